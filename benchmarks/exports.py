"""Wall and CPU time of each export on a ledger built from the GVDB and SemEval dev reports.

    python benchmarks/exports.py --build /tmp/bench.db              # the ledger: SemEval dev documents, then GVDB dev
    python benchmarks/exports.py --db /tmp/bench.db                 # each export in fresh processes, medians
    python benchmarks/exports.py --db /tmp/bench.db --profile jsonl # cProfile of one export, reconcile's share

``--build`` reads the dev splits only (``--data``, default ``../shared/evaldata``) through the whole pipeline;
``--reuse-analysis DIR`` replays the analysis kept there (the SemEval documents' under the key a ``python -m eval
semeval --reuse-analysis DIR`` run keeps it by, the GVDB articles' under ``bench-gvdb-dev``, kept by the first build)
while the code that shapes it is unchanged.  Measuring runs every format (``--formats``) under one policy
(``--policy``) ``--rounds`` times, each in its own process, formats alternating; each run prints one JSON line: the
export's wall and CPU seconds (opening the ledger and writing to /dev/null, interpreter start excluded) and rows.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_NUM_THREADS", "1")


def build(db: Path, data: Path, analysis_dir: Path | None) -> None:
    """SemEval dev documents in their dates' order, then the GVDB dev articles, into one new ledger at ``db``."""
    import datetime as dt

    from eval.common import Runtime, analysis_fingerprint, reuse_analysis
    from eval.data import _detok, load_gvdb, load_semeval
    from eventdesk import Ledger, Report

    rt = Runtime(analysis_dir)
    docs = sorted(load_semeval(data, "dev").docs.values(), key=lambda d: (d.get("dct") or "", d["doc_id"]))
    batches = {
        "semeval-dev-all": [Report(id=d["doc_id"], text=_detok(d["text"]), title=d.get("title"),
                                   published=dt.date.fromisoformat(d["dct"][:10]) if d.get("dct") else None)
                            for d in docs],
        "bench-gvdb-dev": [Report(id=f"gvdb-{a.id}", text=a.text, title=a.title, url=a.url) for a in load_gvdb(data, "dev")],
    }
    meta = rt.nlp.meta
    fingerprint = analysis_fingerprint(f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}")
    t0 = time.perf_counter()
    stored = 0
    for key, reports in batches.items():
        ledger = Ledger(db, nlp=rt.nlp)
        if analysis_dir is not None:
            reuse_analysis(ledger, analysis_dir / f"{key}-{fingerprint}.pickle")
        stored += ledger.ingest_reports(reports).stored
        counts = ledger.store.counts()
        ledger.close()
    print(json.dumps({"stored": stored, "seconds": round(time.perf_counter() - t0, 1), **counts}))


def export_once(db: Path, fmt: str, policy: str) -> dict:
    """One export of ``db`` in ``fmt`` to /dev/null, timed from opening the ledger."""
    w0, c0 = time.perf_counter(), time.process_time()
    from eventdesk import Ledger

    ledger = Ledger(db)
    with open(os.devnull, "w", encoding="utf-8") as out:
        rows = ledger.export(fmt, out, policy=policy)
    return {"format": fmt, "policy": policy, "rows": rows, "wall_s": round(time.perf_counter() - w0, 3),
            "cpu_s": round(time.process_time() - c0, 3)}


def profile(db: Path, fmt: str, policy: str, top: int) -> None:
    """cProfile of one export: the top functions by cumulative time, and the share of reconcile's."""
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.enable()
    export_once(db, fmt, policy)
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt
    spent = sum(v[3] for k, v in stats.stats.items() if k[2] == "reconcile" and "reconcile" in k[0])
    print(f"{fmt} ({policy}): {total:.2f} s profiled, reconcile {spent:.2f} s ({spent / total:.0%})")
    stats.sort_stats("cumulative").print_stats(top)


def measure(args) -> None:
    """Every format ``rounds`` times in fresh processes, alternating; the medians."""
    runs: dict[str, list[dict]] = {f: [] for f in args.formats}
    for _ in range(args.rounds):
        for fmt in args.formats:
            cmd = [sys.executable, __file__, "--db", str(args.db), "--one", fmt, "--policy", args.policy]
            runs[fmt].append(json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout))
    print(f"{args.db.name}, policy {args.policy}, {args.rounds} rounds, medians (seconds):")
    for fmt, got in runs.items():
        wall = statistics.median(r["wall_s"] for r in got)
        cpu = statistics.median(r["cpu_s"] for r in got)
        print(f"  {fmt:8s} rows {got[0]['rows']:6d}  wall {wall:7.3f}  cpu {cpu:7.3f}  "
              f"(cpu runs {', '.join(str(r['cpu_s']) for r in got)})")


def main() -> None:
    from eventdesk.export import FORMATS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", type=Path, metavar="DB", help="build the benchmark ledger at DB")
    ap.add_argument("--db", type=Path, help="the ledger to export")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "evaldata")
    ap.add_argument("--reuse-analysis", type=Path, default=None, metavar="DIR")
    ap.add_argument("--formats", type=lambda s: s.split(","), default=list(FORMATS))
    ap.add_argument("--policy", default="ucdp")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--one", metavar="FORMAT", help="one timed export (used by the measuring run)")
    ap.add_argument("--profile", metavar="FORMAT", help="profile one export")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    if args.build:
        build(args.build, args.data, args.reuse_analysis)
    elif args.one:
        print(json.dumps(export_once(args.db, args.one, args.policy)))
    elif args.profile:
        profile(args.db, args.profile, args.policy, args.top)
    else:
        measure(args)


if __name__ == "__main__":
    main()
