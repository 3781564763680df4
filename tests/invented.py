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


def nonviolent_scores(nlp, gazetteer, db_path: Path, name: str) -> dict:
    """The non-violent check set ``name`` (``eval.nonviolent.SETS``) scored per half: false alarms and misses,
    each report analysed into a fresh ledger at ``db_path``."""
    from eval import nonviolent
    from eventdesk import Ledger

    path, salt = nonviolent.SETS[name]
    rows = nonviolent.rows(path)
    with Ledger(db_path, nlp=nlp, gazetteer=gazetteer) as led:
        found = nonviolent.created(led, rows)
    return nonviolent.score(rows, found, salt)


def mentions_found(nlp, gazetteer, db_path: Path, title: str, text: str, published: dt.date) -> list:
    """The mentions a ledger at ``db_path`` finds in one report (``Ledger.analyze``, the stage the non-violent sets
    score): an empty list where the report creates no incident."""
    from eventdesk import Ledger

    report = Report(id="r", title=title, text=text, published=published)
    with Ledger(db_path, nlp=nlp, gazetteer=gazetteer) as led:
        [(_, _, found)] = list(led.analyze([report]))
    return found
