"""python -m eval.stateless [--split dev] [--reuse-analysis DIR] [--sample N] [--show rules]   (from the repo root)

Which namesake does a report mean when it names no state?  A local report often names none ("police in Greenville
said ..."): its readers know the state, and what the report names instead are clues (a county, a neighbouring town,
a sheriff's office, a TV station, a state agency, a parish).  SemEval's GVA reports mostly do name the state, so the
suite cannot tell how we place those that do not.  This measure makes them: each report of a SemEval GVA incident
with coordinates is stripped of every state it names (``strip_states``: full names, AP abbreviations such as
"Gainesville, Fla.", postal codes after a town or before a ZIP code), read alone by the pipeline, and its primary
mention's place scored against GVA's point (within 25 km).  The unstripped reports are read and scored the same way,
so that the loss the stripping causes is seen beside it.

Incidents are split into halves by ``check_sets.first_digit_half(SALT, incident id)``; a report's half is its
incident's.  ``--show rules`` prints the rules half's stripped reports placed wrong (never the check half's).  Per
half it prints the share of all reports, and of the reports that name GVA's town within their first lines (those a
reader could place at all), placed within 25 km.  ``--sample N`` reads N incidents chosen by a stable hash;
``--reuse-analysis DIR`` keeps each reading's analysis there as ``python -m eval semeval`` does.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from eventdesk.geo.tables import AP_STATES

from . import metrics
from .check_sets import first_digit_half, parser, quiet_runtime
from .common import data_dir, fold, primary_mention, sample, snippet
from .geo_invariance import _STATE_NAMES

SALT = "twenty-third-namesake23:"
DATELINE_REACH = 200  # "the report's first lines": a dateline or a lead (as eval.geo_profile counts them)

_FULL = sorted((n for c, n in _STATE_NAMES.items() if c != "DC"), key=len, reverse=True)
_AP = sorted((a for a, c in AP_STATES.items() if c != "DC"), key=len, reverse=True)
_POSTAL = sorted(c for c in _STATE_NAMES if c != "DC")
# a state after a town and a comma ("Gainesville, Fla.", "Marion, Indiana", "Salem, OR 97301"), with the comma that
# closes it ("in Gainesville, Fla., police said")
_AFTER_TOWN = re.compile(
    r",\s*(?:(?P<ap>" + "|".join(re.escape(a) for a in _AP) + r")|(?P<name>" + "|".join(_FULL) + r")(?![\w])"
    r"|(?P<postal>" + "|".join(_POSTAL) + r")(?![\w]))(?:\s+\d{5}(?:-\d{4})?)?(?P<comma>,)?")
# a state's name anywhere else ("a Georgia man", "in Florida"), but not a city's, a county's or a street's name that
# holds it ("Kansas City", "Virginia Beach", "Delaware County", "Washington Street", "Washington, D.C."): those name no
# state.  A region of a state goes with its state ("West Tennessee", "Southern California", "upstate New York"): its
# side left alone would read as a town ("in West this week": West, Texas)
_REGION_OF = (r"(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern|[Ee]ast(?:ern)?|[Ww]est(?:ern)?)?"
              r"|[Cc]entral|[Mm]iddle|[Uu]pstate|[Dd]ownstate)\s+")
_ANYWHERE = re.compile(r"(?<![\w-])(?:" + _REGION_OF + r")?(?:" + "|".join(_FULL) + r")(?![\w-])(?:'s)?"
                       r"(?! (?:City|Beach|County|Street|St\b|Avenue|Ave\b|Road|Boulevard|Heights|Park|Township))(?!,? D\.?C\b)")


def strip_states(text: str | None) -> str | None:
    """``text`` with every US state it names taken out: after a town ("Gainesville, Fla., police" -> "Gainesville
    police"; "in Gainesville, Fla. Police" -> "in Gainesville. Police"), and a state's name anywhere else ("the
    Georgia Bureau of Investigation" -> "the Bureau of Investigation").  The District of Columbia stays (it has no
    namesake problem), and so do names that hold a state's but name a city, county or street ("Kansas City")."""
    if not text:
        return text

    def after_town(m: re.Match) -> str:
        if m["comma"]:
            return ""
        ends = m["ap"] and re.match(r"\s*(?:$|\n|[A-Z\"\u201c])", text[m.end():])
        return "." if ends else ""

    text = _AFTER_TOWN.sub(after_town, text)
    text = _ANYWHERE.sub("", text)
    return re.sub(r"[ \t]{2,}", " ", re.sub(r" +([,.;:])", r"\1", text))


@dataclass(frozen=True)
class Outcome:
    """One report of a GVA incident read alone: its incident and half, whether it names GVA's town in its first
    lines, and the km from its primary mention's place to GVA's point (None: no place) unstripped and stripped."""

    doc_id: str
    incident: str
    half: str
    names_town: bool
    plain_km: float | None
    stripped_km: float | None
    stripped_place: str


def _names_town(town: str, title: str | None, text: str) -> bool:
    pattern = re.compile(r"(?<![\w-])" + re.escape(town) + r"(?![\w-])", re.IGNORECASE)
    return bool(town) and bool(pattern.search(title or "") or pattern.search(text[:DATELINE_REACH]))


def _place_km(mentions, lat: float, lon: float) -> tuple[float | None, str]:
    pm = primary_mention(mentions)
    place = pm.place if pm else None
    if place is None or place.lat is None:
        return None, "no place"
    return metrics.haversine_km(place.lat, place.lon, lat, lon), f"{place.name}, {place.admin1 or place.country_code} ({place.precision})"


def outcomes(rt, root: Path, split: str, limit: int | None = None) -> list[Outcome]:
    """Each report of the split's GVA incidents with coordinates, read alone as written and stripped of its states."""
    from dataclasses import replace

    from .data import load_semeval
    from .doc_counts import _report

    data = load_semeval(root, split)
    rows = [r for r in data.incidents.values() if r["registry"] == "GVA" and r.get("gva_latitude")]
    rows = sample(rows, lambda r: r["incident_id"], limit)
    docs = sorted({d for r in rows for d in r["doc_ids"] if d in data.docs})
    plain = [_report(data.docs[d]) for d in docs]
    stripped = [replace(r, text=strip_states(r.text), title=strip_states(r.title)) for r in plain]
    tag = f"-sample{limit}" if limit else ""
    read = {}
    for key, reports in (("plain", plain), ("stripped", stripped)):
        # the kept analysis is replayed by report id: the key carries a digest of the texts, so that a change to the
        # stripping reads them afresh
        digest = hashlib.sha1("\0".join(f"{r.title}\0{r.text}" for r in reports).encode()).hexdigest()[:10]
        ledger = rt.fresh_ledger(f"stateless-{split}-{key}{tag}-{digest}")
        read[key] = {report.id: mentions for report, _a, mentions in ledger.analyze(reports)}
    by_id = {r.id: r for r in stripped}
    out = []
    for row in rows:
        lat, lon = float(row["gva_latitude"]), float(row["gva_longitude"])
        for d in row["doc_ids"]:
            if d not in by_id:
                continue
            plain_km, _ = _place_km(read["plain"].get(d, []), lat, lon)
            km, place = _place_km(read["stripped"].get(d, []), lat, lon)
            out.append(Outcome(d, row["incident_id"], first_digit_half(SALT, row["incident_id"]),
                               _names_town(row.get("gva_city_or_county") or "", by_id[d].title, by_id[d].text),
                               plain_km, km, place))
    return out


def _within(km: float | None) -> bool:
    return km is not None and km <= 25


def score(outs: list[Outcome]) -> dict:
    """Per half, and per half over the reports that name GVA's town in their first lines: reports, and the shares
    within 25 km unstripped and stripped."""
    table = {}
    for half in ("rules", "check"):
        for subset, keep in (("all reports", lambda o: True), ("town in first lines", lambda o: o.names_town)):
            rows = [o for o in outs if o.half == half and keep(o)]
            n = len(rows)
            table[(half, subset)] = {
                "n": n,
                "plain": 100 * sum(_within(o.plain_km) for o in rows) / n if n else 0.0,
                "stripped": 100 * sum(_within(o.stripped_km) for o in rows) / n if n else 0.0,
            }
    return table


def main(argv=None) -> int:
    ap = parser("stateless", __doc__)
    ap.add_argument("--split", choices=("dev",), default="dev", help="dev only: held-out reports are never read here")
    ap.add_argument("--data", default=None)
    ap.add_argument("--sample", type=int, default=None, metavar="N", help="read N incidents (a stable sample)")
    ap.add_argument("--reuse-analysis", metavar="DIR", default=None, help="keep and replay the analysis in DIR")
    ap.add_argument("--out", metavar="FILE", default=None,
                    help="write each report's half and whether it was placed within 25 km, as written and stripped "
                         "(JSON), to compare a change with a baseline report by report")
    args = ap.parse_args(argv)
    rt = quiet_runtime()
    rt.analysis_dir = Path(args.reuse_analysis) if args.reuse_analysis else None
    outs = outcomes(rt, data_dir(args.data), args.split, args.sample)
    if args.out:
        import json

        Path(args.out).write_text(json.dumps({o.doc_id: [o.half, _within(o.plain_km), _within(o.stripped_km)] for o in outs}))
    for (half, subset), s in score(outs).items():
        print(f"stateless {args.split} {half:5s} half, {subset:19s}: n={s['n']:4d}  within 25 km as written "
              f"{s['plain']:5.1f}%  stripped of states {s['stripped']:5.1f}%")
    if args.show == "rules":
        from .data import load_semeval

        data = load_semeval(data_dir(args.data), args.split)
        kinds = Counter()
        for o in outs:
            if o.half != "rules" or _within(o.stripped_km):
                continue
            row = data.incidents[o.incident]
            d = data.docs[o.doc_id]
            kinds["placed right as written" if _within(o.plain_km) else "wrong as written too"] += 1
            km = "no place" if o.stripped_km is None else f"{o.stripped_km:.0f} km"
            print(f"[{o.incident} {o.doc_id}] GVA {row.get('gva_city_or_county')}, {row['gva_state']}; ours "
                  f"{o.stripped_place} {km}; as written {'right' if _within(o.plain_km) else 'wrong'}\n"
                  f"    {snippet(strip_states(d.get('title')), width=120)} | {snippet(strip_states(d['text']), width=300)}")
        print(", ".join(f"{k} {c}" for k, c in kinds.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
