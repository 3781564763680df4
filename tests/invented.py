"""Invented reports kept as JSON Lines for the tests: one report a row (title, text, published date, and what the
test expects of it)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from eventdesk.models import Report


def read_rows(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def report_of(i: int, row: dict) -> Report:
    """Row ``i`` as a report whose id is its row number."""
    return Report(id=str(i), title=row["title"], text=row["text"], published=dt.date.fromisoformat(row["published"]))
