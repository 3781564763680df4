"""What the event-type rounds' tests share: a news check set (``eval/event_type_check_news*.jsonl``) scored per half.

Each round split its set by a salted sha1 of each row's id: half A (first hex digit 0-7) was read to write rules, half
B was only scored.  A row is right when ``classify`` gives its gold (event type, sub-event type), or no event where
its event type is empty."""

from __future__ import annotations

import json
from pathlib import Path

from eval import train_event_type
from eval.check_sets import first_digit_half
from eventdesk.nlp.components.event_type import classify

_EVAL_DIR = Path(train_event_type.__file__).resolve().parent


def news_set_path(n: int) -> Path:
    """News set ``n``'s file (set 1 is ``event_type_check_news.jsonl``)."""
    return _EVAL_DIR / ("event_type_check_news.jsonl" if n == 1 else f"event_type_check_news{n}.jsonl")


def half(salt: str, row_id: str) -> str:
    """'A' (read to write rules) or 'B' (only scored): ``check_sets.first_digit_half``'s rules and check halves."""
    return "A" if first_digit_half(salt, row_id) == "rules" else "B"


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def hits_per_half(path: Path, salt: str) -> dict[str, int]:
    """How many rows of each half ``classify`` gets right."""
    hits = {"A": 0, "B": 0}
    for r in rows(path):
        gold = (r["event_type"], r["sub_event_type"]) if r["event_type"] else None
        hits[half(salt, r["id"])] += classify(r["text"]) == gold
    return hits
