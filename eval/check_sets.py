"""What the invented check sets share (``eval/nonviolent.py``, ``eval/counts_check.py``,
``eval/segments_check.py``, ``eval/geo_check.py``, ``eval/dates_check.py``): their rows, the report a row tells, the
salted half a row is in, and their command line."""

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


def parser(module: str, doc: str | None):
    """A check set's command line: ``python -m eval.<module>`` with its docstring as help and ``--show rules``, which
    prints the wrong rows of the rules half and never the check half's.  Callers add their own options."""
    import argparse

    ap = argparse.ArgumentParser(prog=f"python -m eval.{module}", description=doc,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show", choices=("rules",), help="print the wrong rows of the rules half (never the check half)")
    return ap


def quiet_runtime():
    """The evaluation's pipeline runtime, with the package's warnings about single reports silenced (a check set's
    scores say what went wrong)."""
    import logging

    from .common import Runtime

    logging.getLogger("eventdesk").setLevel(logging.ERROR)
    return Runtime()
