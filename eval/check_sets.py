"""What the invented check sets share (``eval/nonviolent.py``, ``eval/counts_check.py``,
``eval/segments_check.py``): their rows, the report a row tells, and the salted half a row is in."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from eventdesk.models import Report


def rows(path: Path) -> list[dict]:
    """The rows of a JSON Lines check set."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def report(row: dict) -> Report:
    """The report a row tells: its id, headline, text and publication day."""
    return Report(id=row["id"], title=row["title"], text=row["text"], published=dt.date.fromisoformat(row["published"]))


def first_digit_half(salt: str, row_id: str) -> str:
    """'rules' or 'check', by the first hex digit of a salted sha1 of the row's id (0-7: the rules half)."""
    return "rules" if hashlib.sha1((salt + row_id).encode()).hexdigest()[0] in "01234567" else "check"


def parity_half(salt: str, row_id: str) -> str:
    """'rules' or 'check', by the parity of a salted sha1 of the row's id (even: the rules half)."""
    return "rules" if int(hashlib.sha1((salt + row_id).encode()).hexdigest(), 16) % 2 == 0 else "check"
