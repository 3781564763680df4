"""python -m eval.geo_profile [--data DIR] [--split dev|heldout|both]   (run from the repo root)

Where the SemEval/GVA geocoding goes wrong, as counts only: for the GVA incidents with coordinates, the share our
incident's place puts within 25 km of GVA's point, split by one feature of our reading at a time: what the place
rests on (where its name stands in the report that gave it: a dateline, the outlet's name, after a street, elsewhere
in the text, not in the text; or a county or state only), how many reports the incident has, whether those reports
disagree on the place, the place's precision, the outlet that ends the headline of the incident's first report
(SemEval's documents carry no URL), whether the town has namesakes in other states, and the error kind the SemEval
suite gives.

With ``--split both`` it ends with a reweighting: held-out's share expected were each of its incidents placed as
well as dev's incidents of the same number of reports (or the same state) are.

It prints no text, no id and no figure of a single incident, and hides every cell of fewer than five incidents, so it
may be run on held-out: a profile tells which *kind* of incident a split misplaces, never which incident.  Rules are
still written from dev alone.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable, Sequence

from eventdesk.models import Mention, Place

from .common import Runtime, fold, primary_mention
from . import gvdb_profile
from .gvdb_profile import MIN_CELL, _bucket

_STREET = re.compile(r"\b(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|lane|ln|way|court|ct|place|pl|"
                     r"parkway|pkwy|highway|hwy|route|interstate|block)\b\.?", re.IGNORECASE)
_DASH = re.compile(r"\s*(?:,[^\n—–]{0,30})?\s*(?:\([^()\n]{1,30}\)\s*)?(?:—|–|--?\s)")
DATELINE_REACH = 200  # a dateline stands in the report's first lines (behind a title or a byline)
STREET_REACH = 60  # "on Elm Street in Dover": the town soon after the street


def _name_at(text: str, name: str) -> list[re.Match[str]]:
    return list(re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text, re.IGNORECASE)) if name else []


def rests_on(place: Place | None, text: str, outlet: str | None) -> str:
    """What a report's place rests on, read from where its name stands in the report: "dateline" (a town that opens
    the report before a dash), "street or address" (soon after a street), "outlet" (the outlet's own name), "town in
    text", "not in text" (an alias, a neighbourhood's town); or "county or state only", "no place"."""
    if place is None:
        return "no place"
    if place.precision not in ("point", "city"):
        return "county or state only"
    hits = _name_at(text, place.name)
    if any(m.start() < DATELINE_REACH and _DASH.match(text, m.end()) for m in hits):
        return "dateline"
    if any(_STREET.search(text, max(0, m.start() - STREET_REACH), m.start()) for m in hits):
        return "street or address"
    if outlet and _name_at(outlet, place.name):
        return "outlet"
    return "town in text" if hits else "not in text"


_TITLE_TAIL = re.compile(r"\s[-|–—]\s+([^-|–—]{2,60})$")
_OUTLET_MARK = re.compile(r"\b(?:[KW][A-Z]{2,3}\b|\w+\.com\b|News\b|Times\b|Post\b|Tribune\b|Herald\b|Journal\b|"
                          r"Gazette\b|Channel\b|Daily\b|Press\b|Star\b|Sun\b|Observer\b|Courier\b|Register\b|NBC|CBS|ABC|FOX)")


def title_outlet(title: str | None) -> str | None:
    """The outlet a headline ends with ("... - WXXX Channel 4" -> "wxxx channel 4"), else None: SemEval's documents
    carry no URL, and the masthead in the headline is the nearest thing to the site they came from."""
    m = _TITLE_TAIL.search(title or "")
    return fold(m.group(1)) if m and _OUTLET_MARK.search(m.group(1)) else None


def _same(a: Place | None, b: Place | None) -> bool:
    return a is not None and b is not None and (fold(a.name), fold(a.admin1)) == (fold(b.name), fold(b.admin1))


def namesakes(place: Place | None, gazetteer) -> str:
    """Whether a US town's very name is also a town's in another state ("yes"/"no"; "n/a" for no town)."""
    if place is None or place.precision not in ("point", "city") or place.country_code != "US":
        return "n/a"
    others = {fold(p.admin1) for how, p in gazetteer.matches(place.name, "US", kinds=("city",), limit=50)
              if how == 0 and fold(p.name) == fold(place.name)}
    return "yes" if others - {fold(place.admin1)} else "no"


def _state_forms(state: str) -> list[str]:
    """A US state's full name and its AP abbreviations ("Louisiana", "La.")."""
    from eventdesk.geo.build import _load
    from eventdesk.geo.tables import AP_STATES

    code = next((s["code"] for s in _load("us_states.json").values() if fold(s["name"]) == fold(state)), None)
    return [state, *(a for a, c in AP_STATES.items() if c == code)]


def named_where(reports: Sequence[tuple[str, str | None, Mention | None]], forms: Sequence[str]) -> str:
    """Where the incident's reports (title and text) name any of ``forms`` (a gold name): "in a report's first
    lines", "further down", "not named" (no form given: "not given")."""
    forms = [f for f in forms if f]
    if not forms:
        return "not given"
    pattern = re.compile("|".join(r"(?<![\w-])" + re.escape(f) + (r"(?![\w-])" if f[-1].isalnum() else "")
                                  for f in forms), re.IGNORECASE)
    where = "not named"
    for text, title, _ in reports:
        if title and pattern.search(title):
            return "in a report's first lines"
        m = pattern.search(text or "")
        if m:
            if m.start() < DATELINE_REACH:
                return "in a report's first lines"
            where = "further down"
    return where


def features(place: Place | None, reports: Sequence[tuple[str, str | None, Mention | None]], kind: str | None,
             gazetteer, state: str | None = None, town: str | None = None) -> dict[str, str]:
    """The profile's features of one GVA incident: ``place`` our incident's place (None: no place or no incident),
    ``reports`` the incident's reports in publication order (text, title, primary mention), ``kind`` the suite's
    error kind (None: within 25 km), ``state`` and ``town`` GVA's state and city or county of it (features of the
    gold, where given; with the reports' text they say whether the reports name the gold's place at all)."""
    own = [(t, title, m) for t, title, m in reports if m is not None]
    giver = next(((t, title, m) for t, title, m in own if _same(m.place, place)), None)
    read = {(fold(m.place.name), fold(m.place.admin1)) for _, _, m in own if m.place is not None}
    return {
        "place rests on": (rests_on(place, giver[0], giver[2].outlet or title_outlet(giver[1])) if giver else
                           "no place" if place is None else "no report's own place"),
        "reports": _bucket(len(reports)) if len(reports) < 5 else "5+",
        "reports disagree on the place": ("one report" if len(reports) < 2 else "no place read" if not read else
                                          "yes" if len(read) > 1 else "no"),
        "precision of our place": place.precision if place else "no place",
        "outlet of the first report": (title_outlet(reports[0][1]) if reports else None) or "none in title",
        "town has namesakes in other states": namesakes(place, gazetteer),
        "error kind": kind or "within 25 km",
    } | ({"state (GVA's)": state, "GVA's state named in the reports": named_where(reports, _state_forms(state)),
          "GVA's town named in the reports": named_where(reports, [town or ""])} if state else {})


def profile(rows: Iterable[tuple[dict[str, str], bool]]) -> dict:
    """Counts per (feature, value) of incidents within 25 km and not, from (features, within) rows."""
    table: dict = defaultdict(Counter)
    for feats, within in rows:
        for feat, value in feats.items():
            table[(feat, value)]["within" if within else "off"] += 1
    return table


def run(rt: Runtime, root, split: str) -> dict:
    from .data import load_semeval
    from .semeval import geocode_kind, incident_km, our_incident, read_split

    data = load_semeval(root, split)
    rd = read_split(rt, data, f"semeval-{split}-all")
    order = {r.id: i for i, r in enumerate(rd.reports)}
    titles = {r.id: r.title for r in rd.reports}
    rows = []
    for row in data.incidents.values():
        if row["registry"] != "GVA" or not row.get("gva_n_killed") or not row.get("gva_latitude"):
            continue
        ds, mine = our_incident(row, rd)
        d_km = incident_km(row, mine)
        reports = [(rd.texts[d], titles[d], primary_mention(rd.doc_mentions.get(d) or [])) for d in sorted(ds, key=order.get)]
        feats = features(mine.location if mine else None, reports, geocode_kind(row, mine, d_km, ds, rd), rt.gazetteer,
                         row.get("gva_state"), row.get("gva_city_or_county"))
        rows.append((feats, d_km is not None and d_km <= 25))
    rd.ledger.close()
    return profile(rows)


def _cell(c: Counter | None) -> str:
    n = sum(c.values()) if c else 0
    if n < MIN_CELL:
        return gvdb_profile.hidden(n)
    return f"n={n:4d} within 25 km {100 * c['within'] / n:3.0f}%"


# features of the gold (how many reports GVA's incident has, its state): how a split's mix of them moves its share
# can be told apart from how well each kind of incident is placed
SHIFT_FEATURES = ("reports", "state (GVA's)", "GVA's state named in the reports", "GVA's town named in the reports")


def print_profiles(profiles: dict[str, dict]) -> None:
    """One line per (feature, value) shared by at least ``MIN_CELL`` incidents of some split; smaller cells hidden.
    When dev and held-out are both profiled, then held-out's share within 25 km expected at dev's share per value of
    each gold feature (``gvdb_profile.expected_share``)."""
    gvdb_profile.print_profiles(profiles, _cell, 70, 30, "feature / value")
    if not {"dev", "heldout"} <= set(profiles):
        return
    print("\nwithin 25 km: dev / held-out / held-out expected at dev's share per value of the feature")
    for feature in SHIFT_FEATURES:
        dev_cells, held_cells = ({v: c for (f, v), c in profiles[s].items() if f == feature} for s in ("dev", "heldout"))
        if not dev_cells or not held_cells:
            continue
        dev, held, expected = gvdb_profile.expected_share(dev_cells, held_cells, "within")
        print(f"by {feature:24s} {100 * dev:5.1f} / {100 * held:5.1f} / {100 * expected:5.1f}")


def main(argv=None) -> int:
    return gvdb_profile.profile_main("geo_profile", __doc__, run, print_profiles, argv, reuse=True)


if __name__ == "__main__":
    raise SystemExit(main())
