"""ACLED notes -> fields.  Each row's ``notes`` is one report dated ``event_date``; we compare the
report's extraction with the row: fatalities (``common.report_casualties``), event type and sub-event
type and actor1 (of the ``primary_mention``), and location (rows coded to a town, geo_precision 1).

Caveat (SOURCE.md): notes are coders' summaries, and some fatality figures are conventions
("unknown fatalities coded as 10", a toll split across events) — those rows are counted as their
own error kind so that they are not mistaken for extraction errors.

``python -m eval.acled [--salt SALT] [--show rules]``: the two actor1 metrics on two halves of the dev rows, split by a
salted hash of event_id_cnty (each actor round draws its own halves with its own salt; the default is the
twenty-second session's, so its numbers reproduce); rules about actors are written from the rules half's wrong rows
only, and the check half is only ever scored.
"""

from __future__ import annotations

import re

from eventdesk.models import Report
from eventdesk.export.acled import actor_columns, unidentified_actor
from eventdesk.nlp.lexicon import acled_name
from rapidfuzz import fuzz

from . import metrics
from .common import claim_context, Errors, Result, Row, Timer, figure_claim, fold, primary_mention, report_casualties, sample, snippet
from .data import acled_date, load_acled

_YEARS = re.compile(r"\(\d{4}-(?:\d{4})?\)")
# ACLED's generic actor names -> the generic party names our lexicon uses (eventdesk/nlp/patterns/parties.jsonl)
_GENERIC = (
    (re.compile(r"^military forces of|^armed forces|army|navy|air force", re.I), "military forces"),
    (re.compile(r"^police forces of|police", re.I), "police"),
    (re.compile(r"^unidentified armed group", re.I), "unidentified armed group"),
    (re.compile(r"^protesters", re.I), "protesters"),
    (re.compile(r"^rioters", re.I), "rioters"),
    (re.compile(r"^civilians", re.I), "civilians"),
)


def norm_actor(name: str) -> str:
    """'Military Forces of Yemen (2016-) Supreme Political Council' -> 'military forces of yemen supreme political council'."""
    return fold(_YEARS.sub("", name or ""))


def actor_match(ours: list[str], gold: str) -> bool:
    """actor1 is matched when any of our actor names is a fuzzy match of it (token-set ratio ≥ 85 on
    folded names, so word order and extra words do not matter) or both map to one generic kind
    (our "military forces" vs ACLED's "Military Forces of Syria")."""
    g = norm_actor(gold)
    if not g:
        return not ours
    kinds = {k for rx, k in _GENERIC if rx.search(gold)}
    for o in ours:
        fo = fold(o)
        if not fo:
            continue
        if fuzz.token_set_ratio(fo, g) >= 85 or fo in kinds:
            return True
    return False


def actor_reading(pm) -> tuple[list[str], str]:
    """The actors of a report's primary mention as the ACLED export names them (with none, the export's
    unidentified group of the place's country), and the one name the export writes in its actor1 column."""
    code = pm.place.country_code if pm and pm.place else None
    ours = [acled_name(a.name, code) for a in (pm.actors if pm else ())] or ([unidentified_actor(pm.place)] if pm and pm.place else [])
    exported = actor_columns(pm.actors, pm.place)[0] if pm else unidentified_actor(None)
    return ours, exported


def _fatality_kind(row, pred: int, gold: int, mentions) -> str:
    notes = row["notes"]
    if re.search(r"coded as \d+|unknown fatalit", notes, re.I):
        return "convention: unknown fatalities coded as a number"
    if re.search(r"split (?:up )?(?:between|across|into)|fatalities split", notes, re.I):
        return "convention: toll split across events"
    base = metrics.count_error_kind(pred, gold)
    if base == "missed (predicted 0)":
        if not mentions:
            return "missed: no mention"
        if any(c.outcome == "wounded" for m in mentions for c in m.claims):
            return "missed: only wounded/other claims"
        return "missed: no killed claim"
    if base == "spurious (gold 0)":
        if re.search(r"\b(?:no|neither|without) (?:\w+ ){0,2}(?:fatalities|casualties|deaths)|no (?:one|reported) (?:was )?(?:killed|injured)", notes, re.I):
            return "spurious: negated statement counted"
        return "spurious: killed claim where ACLED codes 0"
    return base


def primary_of(mentions):
    """The mention a note is scored by: the primary one among those with an event type (else among all)."""
    return primary_mention([m for m in mentions if m.event_type] or mentions)


def location_outcome(row: dict, pm) -> tuple[float | None, str | None, dict | None]:
    """How the place of a row's primary mention ``pm`` compares with the row's (a town, geo_precision 1): the
    distance in km (None when we have no point), and when it is not within 25 km the error kind and an example."""
    place = pm.place if pm else None
    d = None
    if place and place.lat is not None:
        d = metrics.haversine_km(place.lat, place.lon, float(row["latitude"]), float(row["longitude"]))
    if d is not None and d <= 25:
        return d, None, None
    kind = ("no place" if place is None else f"only {place.precision}-level" if place.precision not in ("point", "city")
            else "other country" if fold(place.country) != fold(row["country"]) else "wrong town (>25 km)")
    return d, kind, {"id": row["event_id_cnty"], "ours": place.name if place else None,
                     "gold": f"{row['location']}, {row['admin1']}, {row['country']}"}


def run(rt, root, split: str, limit: int | None = None) -> Result:
    rows = sample(load_acled(root, split), lambda r: r["event_id_cnty"], limit)
    by_id = {r["event_id_cnty"]: r for r in rows}
    errs = {"fatalities": Errors(), "event_type": Errors(), "sub_event_type": Errors(), "actor1": Errors(), "location": Errors()}
    fat, et, st, a1, a1_export, dists = [], [], [], [], [], []
    with Timer() as t:
        reports = [Report(id=r["event_id_cnty"], text=r["notes"], published=acled_date(r["event_date"])) for r in rows]
        for report, anchor, mentions in rt.analyze(reports):
            r = by_id[report.id]
            gold_f = int(r["fatalities"] or 0)
            pred_f = report_casualties(mentions, lead=False).get("killed", 0)
            fat.append((pred_f, gold_f))
            if pred_f != gold_f:
                c = figure_claim(mentions, "killed")
                errs["fatalities"].add(_fatality_kind(r, pred_f, gold_f, mentions),
                                       {"id": report.id, "ours": pred_f, "gold": gold_f,
                                        "text": claim_context(r["notes"], c) if c else snippet(r["notes"], width=200)})
            pm = primary_of(mentions)
            pt, ps = (pm.event_type, pm.sub_event_type) if pm else (None, None)
            et.append((pt or "None", r["event_type"]))
            st.append((ps or "None", r["sub_event_type"]))
            if pt != r["event_type"]:
                errs["event_type"].add(f"{r['event_type']} -> {pt}", {"id": report.id, "ours": pt, "gold": r["event_type"], "text": snippet(r["notes"], width=200)})
            if ps != r["sub_event_type"]:
                errs["sub_event_type"].add(f"{r['sub_event_type']} -> {ps}", {"id": report.id, "ours": ps, "gold": r["sub_event_type"], "text": snippet(r["notes"], width=200)})
            ours, exported = actor_reading(pm)
            ok = actor_match(ours, r["actor1"])
            a1.append(ok)
            a1_export.append(actor_match([exported], r["actor1"]))
            if not ok:
                kind = "no actor extracted" if not ours else "different actor"
                errs["actor1"].add(kind, {"id": report.id, "ours": ours[:3], "gold": r["actor1"]})
            if r["geo_precision"] == "1":
                d, kind, example = location_outcome(r, pm)
                dists.append(d)
                if kind:
                    errs["location"].add(kind, example)
    geo = metrics.distance_summary(dists)
    etr, str_ = metrics.classification_report(et), metrics.classification_report(st)
    out = [
        Row("fatalities exact match", metrics.exact_match(fat)),
        Row("fatalities MAE", metrics.mae(fat), None, "", "num"),
        Row("event_type accuracy", etr["accuracy"]),
        Row("event_type weighted F1", etr["weighted_f1"]),
        Row("sub_event_type accuracy", str_["accuracy"]),
        Row("actor1 match (fuzzy/generic)", metrics.safe_div(sum(a1), len(a1))),
        Row("actor1 as exported (fuzzy/generic)", metrics.safe_div(sum(a1_export), len(a1_export))),
        Row("location within 25 km (geo_precision 1)", geo["within_25km"], None, f"{geo['n']} rows"),
        Row("location median km", geo["median_km"], None, "", "km"),
    ]
    details = {"event_type": etr, "sub_event_type": str_, "geo": geo, "pipeline_failures": rt.failed}
    return Result("acled", split, out, details, errs, t.seconds, len(rows))


# the twenty-second session's split of the dev rows for the actor rules (the default of ``--salt``): rules are written
# from the rules half's wrong rows only; the check half is only ever scored
ACTOR_SALT = "twenty-second-actor22:"


def actor_halves(rt, root, show: bool = False, salt: str = ACTOR_SALT) -> dict[str, dict[str, float]]:
    """Both actor1 metrics on each half of the dev rows (``check_sets.first_digit_half`` of the event_id_cnty
    salted with ``salt``); with ``show``, print the rules half's wrong rows: the note, gold actor1, our names and the
    export's one name.  The check half's rows are never printed."""
    from .check_sets import first_digit_half

    rows = load_acled(root, "dev")
    by_id = {r["event_id_cnty"]: r for r in rows}
    tally = {h: {"n": 0, "fuzzy": 0, "exported": 0} for h in ("rules", "check")}
    reports = [Report(id=r["event_id_cnty"], text=r["notes"], published=acled_date(r["event_date"])) for r in rows]
    for report, _, mentions in rt.analyze(reports):
        r = by_id[report.id]
        half = first_digit_half(salt, report.id)
        pm = primary_of(mentions)
        ours, exported = actor_reading(pm)
        ok, ok_export = actor_match(ours, r["actor1"]), actor_match([exported], r["actor1"])
        t = tally[half]
        t["n"] += 1
        t["fuzzy"] += ok
        t["exported"] += ok_export
        if show and half == "rules" and not (ok and ok_export):
            print(f"{report.id}  gold: {r['actor1']}  | ours: {ours[:4]}  | exported: {exported}"
                  f"{'' if ok else '  [fuzzy wrong]'}{'' if ok_export else '  [export wrong]'}")
            print(f"    {r['notes']}")
    return {h: {"n": t["n"], "actor1 fuzzy": metrics.safe_div(t["fuzzy"], t["n"]),
                "actor1 exported": metrics.safe_div(t["exported"], t["n"])} for h, t in tally.items()}


def main(argv=None) -> int:
    """python -m eval.acled [--data DIR] [--salt SALT] [--show rules]: the actor1 metrics on the two halves of the dev
    rows."""
    import logging

    from .check_sets import parser, quiet_runtime
    from .common import data_dir

    ap = parser("acled", main.__doc__)
    ap.add_argument("--data", help="evaluation data folder")
    ap.add_argument("--salt", default=ACTOR_SALT, help=f"the salt of the halves' hash (default {ACTOR_SALT!r})")
    args = ap.parse_args(argv)
    logging.getLogger("eventdesk").setLevel(logging.ERROR)
    scores = actor_halves(quiet_runtime(), data_dir(args.data), show=args.show == "rules", salt=args.salt)
    for half, s in scores.items():
        print(f"{half:6} n={s['n']:4}  actor1 fuzzy {100 * s['actor1 fuzzy']:.1f}  actor1 exported {100 * s['actor1 exported']:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
