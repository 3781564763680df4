#!/usr/bin/env bash
# Install eventdesk with its test dependencies into ./.venv, then run the test suite and the quality gate.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e ".[test]"
.venv/bin/eventdesk gazetteer
.venv/bin/python -m pytest -q
if [ -f eval/gate.py ]; then
  .venv/bin/python -m eval gate
fi
