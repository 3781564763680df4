"""The quality gate: a fixed, sampled, fast subset of the dev suites compared with the floors in
eval/baseline.json.  Deterministic (samples by stable hash), so a drop is a regression, not noise.

A metric where higher is better has a floor ("min"); one where lower is better (MAE, RMSE, km,
counts of bad merges) has a ceiling ("max").  Floors sit a little under the numbers measured when
they were set, so ordinary edits pass and a real regression fails CI.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from .common import Timer

# suite -> --limit for the gate (None: all of the dev split); run in this order
GATE_PLAN = (("gvdb", 150), ("semeval", 300), ("acled", 300), ("ucdp", 500), ("case", None), ("ecb", None))
BASELINE = Path(__file__).resolve().parent / "baseline.json"
LOWER_IS_BETTER = ("MAE", "RMSE", "median km", "cross-incident", "failed on", "creating incidents")


def lower_is_better(metric: str) -> bool:
    """MAE, RMSE, a median distance, counts of bad merges; but "within 25 km" is a share, higher is better."""
    return any(w in metric for w in LOWER_IS_BETTER) and "within" not in metric


def check(results: dict[str, dict], baseline: dict) -> list[str]:
    """Messages for every metric beyond its floor or ceiling (empty: the gate passes).  A metric the
    baseline names but the run did not produce fails too: a renamed metric must not pass silently."""
    failures = []
    for suite, bounds in baseline.get("suites", {}).items():
        got = results.get(suite)
        if got is None:
            failures.append(f"{suite}: suite did not run")
            continue
        for metric, b in bounds.items():
            v = got.get(metric)
            if v is None:
                failures.append(f"{suite}: {metric}: no value (metric missing or undefined)")
                continue
            if "min" in b and v < b["min"]:
                failures.append(f"{suite}: {metric} = {v:.4f} is below its floor {b['min']:.4f}")
            if "max" in b and v > b["max"]:
                failures.append(f"{suite}: {metric} = {v:.4f} is above its ceiling {b['max']:.4f}")
    return failures


def make_baseline(results: dict[str, dict], margin: float = 0.02) -> dict:
    """Floors from measured values: shares lose ``margin`` (absolute), other numbers 10 %."""
    suites = {}
    for suite, ms in results.items():
        out = {}
        for metric, v in ms.items():
            if not isinstance(v, (int, float)) or v is None:
                continue
            if lower_is_better(metric):
                out[metric] = {"max": round(v * 1.1 + (margin if v <= 1 else 0.5), 4)}
            elif 0 <= v <= 1:
                out[metric] = {"min": round(max(0.0, v - margin), 4)}
        suites[suite] = out
    return {"note": "floors ('min') and ceilings ('max') for `python -m eval gate`; regenerate with "
                    "`python -m eval gate --write-baseline` only when a change is meant to move them",
            "suites": suites}


def run_gate(rt, root: Path, *, write_baseline: bool = False, out_dir=None) -> int:
    from . import SUITES

    if not root.exists():
        msg = f"eval gate: evaluation data not found at {root} (pass --data DIR)"
        if os.environ.get("EVENTDESK_GATE_OPTIONAL") == "1":
            print(msg + "; EVENTDESK_GATE_OPTIONAL=1, so the gate is skipped", file=sys.stderr)
            return 0
        print(msg + "; set EVENTDESK_GATE_OPTIONAL=1 to skip the gate where the data are absent", file=sys.stderr)
        return 2
    results: dict[str, dict] = {}
    with Timer() as t:
        for suite, limit in GATE_PLAN:
            r = SUITES[suite](rt, root, "dev", limit)
            r.suite = f"gate_{suite}"
            r.print_table()
            r.write(out_dir)
            results[suite] = r.metrics()
    print(f"gate: {t.seconds:.0f} s")
    if write_baseline:
        BASELINE.write_text(json.dumps(make_baseline(results), indent=1) + "\n")
        print(f"gate: wrote {BASELINE.name}")
        return 0
    baseline = json.loads(BASELINE.read_text())
    failures = check(results, baseline)
    if failures:
        print("GATE FAILED — metrics beyond their floors/ceilings in eval/baseline.json:", file=sys.stderr)
        for f in failures:
            print("  " + f, file=sys.stderr)
        return 1
    print("gate: all metrics at or above their floors")
    return 0
