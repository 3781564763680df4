"""python -m eval.doc_counts [--data DIR] [--reuse-analysis DIR] [--show A]   (run from the repo root)

One report's own killed / injured against its incident's gold: a pool for the counting rules that the GVDB
suite no longer is (its dev articles have been studied for many rounds).

Each SemEval-2018 Task 5 dev document tied to exactly one gold incident, a GVA incident with figures, is
analysed on its own; its figures are the GVDB suite's (``common.report_casualties`` over victims only) and
are set against GVA's killed / injured for the incident.  A report may rightly give fewer than GVA (written
before a victim died, or before all were found), so the kinds that tell a rule is wrong are:

- over-counts: ours above the gold (killed, injured);
- outcome swaps: ours killed + injured equals the gold's, split differently;
- misses: ours 0 where the gold is above 0 (some of them early reports, read the text before calling one a
  bug).

The documents fall in two halves by a salted sha1 of their id (``--salt``; first hex digit 0-7: half A):
read half A's texts and errors to write rules, only ever score half B.  ``--show A`` prints half A's wrong
documents with their claims.  With ``--reuse-analysis DIR`` the analysis is kept under the same key as the
semeval suite's, so either run replays the other's while the code that shapes it is unchanged.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
from collections import Counter
from pathlib import Path

from . import check_sets

DEFAULT_SALT = "twelfth-doccounts12:"
KINDS = ("exact", "killed exact", "injured exact", "over killed", "over injured", "swap", "missed killed",
         "missed injured")


def half(doc_id: str, salt: str = DEFAULT_SALT) -> str:
    """'A' (may be read) or 'B' (scored only), by the first hex digit of a salted sha1 of the id."""
    return "A" if check_sets.first_digit_half(salt, doc_id) == "rules" else "B"


def kinds(ours: tuple[int, int], gold: tuple[int, int]) -> list[str]:
    """The kinds (of ``KINDS``) one document's (killed, injured) falls in against the gold."""
    (pk, pw), (gk, gw) = ours, gold
    found = {
        "exact": (pk, pw) == (gk, gw), "killed exact": pk == gk, "injured exact": pw == gw,
        "over killed": pk > gk, "over injured": pw > gw,
        "swap": pk + pw == gk + gw and (pk, pw) != (gk, gw),
        "missed killed": pk == 0 < gk, "missed injured": pw == 0 < gw,
    }
    return [k for k in KINDS if found[k]]


def documents(root: Path) -> list[tuple[dict, tuple[int, int]]]:
    """(document, gold (killed, injured)) of each dev document tied to exactly one GVA incident with figures."""
    from .data import load_semeval

    data = load_semeval(root, "dev")
    out = []
    for doc_id, incidents in sorted(data.doc_incidents.items()):
        row = data.incidents[incidents[0]]
        if len(incidents) != 1 or row["registry"] != "GVA" or not row.get("gva_n_killed"):
            continue
        out.append((data.docs[doc_id], (int(row["gva_n_killed"] or 0), int(row["gva_n_injured"] or 0))))
    return out


def _report(d: dict):
    from eventdesk.models import Report

    from .data import _detok

    try:
        published = dt.date.fromisoformat(d["dct"][:10]) if d.get("dct") else None
    except ValueError:
        published = None
    return Report(id=d["doc_id"], text=_detok(d["text"]), title=d.get("title"), published=published)


def main(argv=None) -> int:
    from .common import Runtime, data_dir, report_casualties

    ap = argparse.ArgumentParser(prog="python -m eval.doc_counts", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", help="evaluation data folder (default: ../shared/evaldata relative to the repository root)")
    ap.add_argument("--reuse-analysis", metavar="DIR", default=None, help="keep and replay the analysis in DIR")
    ap.add_argument("--salt", default=DEFAULT_SALT, help="the salt of the halves' hash")
    ap.add_argument("--show", choices=("A",), help="print half A's wrong documents (never half B's)")
    args = ap.parse_args(argv)
    logging.getLogger("eventdesk").setLevel(logging.ERROR)
    pool = documents(data_dir(args.data))
    gold = {d["doc_id"]: g for d, g in pool}
    rt = Runtime(Path(args.reuse_analysis) if args.reuse_analysis else None)
    # the semeval suite's key: the same reports, so that one run's analysis serves the other
    ledger = rt.fresh_ledger("semeval-dev-all")
    counts = {"A": Counter(), "B": Counter()}
    for report, _, mentions in ledger.analyze([_report(d) for d, _ in pool]):
        figs = report_casualties(mentions, victims_only=True)
        ours = (figs.get("killed", 0), figs.get("wounded", 0))
        h = half(report.id, args.salt)
        counts[h]["documents"] += 1
        counts[h].update(kinds(ours, gold[report.id]))
        if args.show == "A" and h == "A" and ours != gold[report.id]:
            print(f"{report.id}  ours {ours}  gold {gold[report.id]}")
            for c in (c for m in mentions for c in m.claims):
                print(f"    {c.outcome} {c.count} {c.party} victim={c.victim} | {c.sentence[:160]!r}")
    for h in ("A", "B"):
        print(f"half {h}: " + "  ".join(f"{k} {counts[h][k]}" for k in ("documents", *KINDS)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
