#!/usr/bin/env bash
# Install eventdesk into ./.venv and run the main job on the bundled sample reports (ledger: ./eventdesk.db).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
.venv/bin/eventdesk gazetteer            # builds the compact place index once (~15 s)
.venv/bin/eventdesk demo --db eventdesk.db
