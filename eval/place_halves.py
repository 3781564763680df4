"""python -m eval.place_halves acled|ucdp [--split dev] [--show rules]

Placing abroad, scored in two halves: the ACLED rows coded to a town (geo_precision 1) and the UCDP GED rows coded
to a place (where_prec 1-2) are split by a salted hash of their id (``check_sets.first_digit_half``) into a *rules*
half, whose wrong rows may be read (``--show rules``) to find what to fix, and a *check* half that is only ever
scored, so that a fix can be seen to carry to rows nobody read.  The scores are those of the suites
(``eval/acled.py``: within 25 km of the primary mention's place; ``eval/ucdp.py``: within 25 km of the
gazetteer's first candidate for the place string); the suites' own tables are unchanged."""

from __future__ import annotations

import sys
from collections import Counter

from . import acled, ucdp
from .check_sets import first_digit_half, parser, quiet_runtime
from .common import data_dir, snippet
from .data import acled_date, load_acled, load_ucdp

SALTS = {"acled": "twenty-second-acled22:", "ucdp": "twenty-second-ucdp22:"}


def acled_outcomes(rt, rows: list[dict]):
    """(row id, distance, error kind, example) for each ACLED row coded to a town."""
    from eventdesk.models import Report

    rows = [r for r in rows if r["geo_precision"] == "1"]
    by_id = {r["event_id_cnty"]: r for r in rows}
    reports = [Report(id=r["event_id_cnty"], text=r["notes"], published=acled_date(r["event_date"])) for r in rows]
    for report, _anchor, mentions in rt.analyze(reports):
        r = by_id[report.id]
        d, kind, example = acled.location_outcome(r, acled.primary_of(mentions))
        if example is not None:
            example = {**example, "notes": snippet(r["notes"], width=400)}
        yield report.id, d, kind, example


def ucdp_outcomes(rt, rows: list[dict]):
    """(row id, distance, error kind, example) for each UCDP row coded to a place."""
    gz = rt.gazetteer
    for r in rows:
        if r["where_prec"] in ("1", "2"):
            d, kind, example = ucdp.geocode_outcome(gz, r)
            yield r["id"], d, kind, example


def score(outcomes, salt: str) -> dict:
    """Per half: rows, within 25 km, the error kinds; and the rules half's wrong rows."""
    halves = {h: {"n": 0, "within_25km": 0, "kinds": Counter()} for h in ("rules", "check")}
    wrong = []
    for row_id, _d, kind, example in outcomes:
        half = first_digit_half(salt, row_id)
        h = halves[half]
        h["n"] += 1
        if kind is None:
            h["within_25km"] += 1
        else:
            h["kinds"][kind] += 1
            if half == "rules":
                wrong.append((kind, example))
    return {"halves": halves, "rules_wrong": wrong}


def main(argv=None) -> int:
    ap = parser("place_halves", __doc__)
    ap.add_argument("suite", choices=tuple(SALTS))
    ap.add_argument("--split", choices=("dev",), default="dev", help="dev only: held-out rows are never read here")
    args = ap.parse_args(argv)
    rt = quiet_runtime()
    root = data_dir(None)
    if args.suite == "acled":
        outcomes = acled_outcomes(rt, load_acled(root, args.split))
    else:
        outcomes = ucdp_outcomes(rt, load_ucdp(root, args.split))
    s = score(outcomes, SALTS[args.suite])
    for name, h in s["halves"].items():
        pct = 100 * h["within_25km"] / h["n"] if h["n"] else 0.0
        kinds = ", ".join(f"{k} {c}" for k, c in h["kinds"].most_common())
        print(f"{args.suite} {args.split} {name:5s} half: within 25 km {pct:5.1f}% of {h['n']} rows; {kinds}")
    if args.show == "rules":
        for kind, ex in sorted(s["rules_wrong"], key=lambda w: w[0]):
            print(f"[{kind}] {ex}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
