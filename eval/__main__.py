"""python -m eval <suite> [--data DIR] [--split dev|heldout] [--limit N]   (run from the repo root)

suites: gvdb semeval acled ucdp case ecb, all (every suite), gate (the CI quality gate)."""

from __future__ import annotations

import argparse
import logging
import sys
import traceback

from . import SUITES
from .common import RESULTS_DIR, Runtime, data_dir
from .data import DataMissing


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("suite", choices=[*SUITES, "all", "gate"])
    ap.add_argument("--data", help="evaluation data folder (default: ../shared/evaldata relative to the repository root)")
    ap.add_argument("--split", choices=("dev", "heldout"), default="dev")
    ap.add_argument("--limit", type=int, default=None, help="a deterministic sample of N items (documents, rows)")
    ap.add_argument("--out", default=None, help=f"folder for the JSON results (default: eval/results/)")
    ap.add_argument("--write-baseline", action="store_true", help="gate only: rewrite eval/baseline.json from this run")
    ap.add_argument("--reuse-analysis", metavar="DIR", default=None,
                    help="semeval and ecb: keep each report's analysis in DIR and reuse it while the code that "
                         "shapes it is unchanged (linking and reconciling changes then run in seconds)")
    args = ap.parse_args(argv)
    # the ledger logs every skipped document; the suites count them instead
    logging.getLogger("eventdesk").setLevel(logging.ERROR)
    root = data_dir(args.data)
    from pathlib import Path

    rt = Runtime(Path(args.reuse_analysis) if args.reuse_analysis else None)

    out = Path(args.out) if args.out else RESULTS_DIR
    if args.suite == "gate":
        from .gate import run_gate

        return run_gate(rt, root, write_baseline=args.write_baseline, out_dir=out)
    if not root.exists():
        print(f"evaluation data not found at {root} (pass --data DIR)", file=sys.stderr)
        return 2
    names = list(SUITES) if args.suite == "all" else [args.suite]
    status = 0
    for name in names:
        try:
            r = SUITES[name](rt, root, args.split, args.limit)
        except DataMissing as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            return 2
        except Exception:
            # one broken suite must not hide the others' numbers in `all`
            if len(names) == 1:
                raise
            traceback.print_exc()
            print(f"{name}: FAILED (see the traceback above)", file=sys.stderr)
            status = 1
            continue
        r.print_table()
        print(f"  -> {r.write(out)}")
    return status


if __name__ == "__main__":
    sys.exit(main())
