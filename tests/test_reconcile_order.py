"""A report's figures come out the same in every process: the figure a derived total is credited to (and so its
source) once followed the order of a set, which Python salts per process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# "A police officer was killed and two others were wounded ..., officials said. The gunman was shot and killed by a
# SWAT officer": the officials' figures and the gunman's death, told without a source
SCRIPT = """
from eventdesk.models import Claim
from eventdesk.reconcile import report_figures
claims = [
    Claim("r", "killed", "police", 1, attributed_to="officials", trigger="kill", victim="a officer @s58"),
    Claim("r", "wounded", "police", 2, attributed_to="officials", trigger="wound"),
    Claim("r", "killed", "militants", 1, trigger="kill", victim="unnamed"),
    Claim("r", "wounded", None, 2, trigger="survived"),
]
figures = report_figures(claims, {"r": 0})
print(sorted((repr(k), [(f.source, f.low, f.high, f.derived) for f in v]) for k, v in figures.items()))
"""


def _run(seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", SCRIPT], env=env, cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout


def test_report_figures_do_not_depend_on_the_hash_seed():
    outputs = {_run(seed) for seed in ("0", "1", "2", "3")}
    assert len(outputs) == 1
    assert "('killed', None)" in outputs.pop()
