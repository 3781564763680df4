"""python -m eval.link_halves [--reuse-analysis DIR] [--salt SALT] [--show rules]   (from the repo root; dev only)

SemEval dev linking, scored in two halves: the GVA incidents are split by a salted sha1 of the gold incident id
(``check_sets.first_digit_half``, salt ``twenty-fourth-link24:``) into a *rules* half, whose linking errors may be
read (``--show rules``: each document kept out of its incident or joined to another, with why, as the SemEval
suite's linking errors give them) and a *check* half that is only ever scored.  Dev's incidents have been studied
for twenty sessions; the check half says whether a linking rule carries to incidents nobody read this round.

Per half: B-cubed P / R / F1 over the half's documents (each document's precision and recall against the whole
clustering: a document joined to an incident of the other half costs its own half), and pairwise P / R / F1 over
the pairs that hold a document of the half.  The suite's own table is unchanged.

``--salt`` draws fresh halves (a round that has read one salt's rules half gives the next round a new salt, so its
check half holds incidents nobody has read); the default stays the twenty-fourth session's."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from .check_sets import first_digit_half, parser

SALT = "twenty-fourth-link24:"


def half_scores(pred: dict, gold: dict, salt: str = SALT) -> dict[str, dict]:
    """Per half ("rules", "check"): documents, B-cubed P/R/F1 and pairwise P/R/F1 (``pred``/``gold``: document to
    our incident and to its gold incident, as ``semeval.Reading`` gives them)."""
    items = [d for d in gold if d in pred]
    by_pred: dict = defaultdict(set)
    by_gold: dict = defaultdict(set)
    for d in items:
        by_pred[pred[d]].add(d)
        by_gold[gold[d]].add(d)
    out = {}
    for half in ("rules", "check"):
        mine = [d for d in items if first_digit_half(salt, gold[d]) == half]
        p = r = 0.0
        for d in mine:
            both = len(by_pred[pred[d]] & by_gold[gold[d]])
            p += both / len(by_pred[pred[d]])
            r += both / len(by_gold[gold[d]])
        bp, br = (p / len(mine), r / len(mine)) if mine else (0.0, 0.0)
        in_half = set(mine)
        pp = {(a, b) for c in by_pred.values() for a in c for b in c if a < b and (a in in_half or b in in_half)}
        gp = {(a, b) for c in by_gold.values() for a in c for b in c if a < b and (a in in_half or b in in_half)}
        tp = len(pp & gp)
        wp, wr = (tp / len(pp) if pp else None), (tp / len(gp) if gp else 0.0)
        out[half] = {
            "documents": len(mine), "incidents": len({gold[d] for d in mine}),
            "bcubed": (bp, br, 2 * bp * br / (bp + br) if bp + br else 0.0),
            "pairwise": (wp, wr, 2 * wp * wr / (wp + wr) if wp and wp + wr else 0.0),
        }
    return out


def rules_errors(errors, salt: str = SALT) -> list[tuple[str, dict]]:
    """The linking errors (``semeval.linking_errors``) of the rules half's incidents only."""
    return [(kind, ex) for kind, iid, ex in errors if first_digit_half(salt, iid) == "rules"]


def build_parser():
    """The command line: ``--reuse-analysis``, ``--salt`` and ``--show rules``."""
    ap = parser("link_halves", __doc__)
    ap.add_argument("--reuse-analysis", default=None, help="the analysis cache of a SemEval run (read and filled)")
    ap.add_argument("--salt", default=SALT, help=f"the salt of the halves (default {SALT!r})")
    return ap


def main(argv=None) -> int:
    import logging

    from .common import Runtime, data_dir
    from .data import load_semeval
    from .semeval import linking_errors, read_split

    args = build_parser().parse_args(argv)
    logging.getLogger("eventdesk").setLevel(logging.ERROR)
    rt = Runtime(Path(args.reuse_analysis) if args.reuse_analysis else None)
    data = load_semeval(data_dir(None), "dev")
    rd = read_split(rt, data, "semeval-dev-all")
    try:
        for half, h in half_scores(rd.pred, rd.gold, args.salt).items():
            (bp, br, bf), (wp, wr, wf) = h["bcubed"], h["pairwise"]
            print(f"semeval dev {half:5s} half ({args.salt}): {h['incidents']} incidents, {h['documents']} documents; B-cubed P {bp:.4f}"
                  f" R {br:.4f} F1 {bf:.4f}; pairwise P {wp if wp is None else round(wp, 4)} R {wr:.4f} F1 {wf:.4f}")
        errors = linking_errors(rd, data)
        kinds = Counter(k for k, _ex in rules_errors(errors, args.salt))
        print(f"  rules half linking errors: " + (", ".join(f"{k} {c}" for k, c in kinds.most_common()) or "none"))
        print(f"  check half linking errors: {len(errors) - sum(kinds.values())} (kinds not shown: the half is only scored)")
        if args.show == "rules":
            for kind, ex in sorted(rules_errors(errors, args.salt), key=lambda w: w[0]):
                print(f"[{kind}] {ex}")
    finally:
        rd.ledger.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
