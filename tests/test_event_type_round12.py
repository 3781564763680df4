"""Event type, twelfth round: the fifth news check set, which ``--check-news all`` reads and nothing trains on."""

from __future__ import annotations

import json
from pathlib import Path

from eval import train_event_type


def test_the_fifth_news_check_set_covers_every_sub_event_type():
    rows = [json.loads(line) for line in Path(train_event_type.CHECK_NEWS4_PATH).read_text(encoding="utf-8").splitlines()
            if line.strip()]
    subs = {r["sub_event_type"] for r in rows}
    assert len(rows) >= 240 and len(subs) == 25 and "" in subs
    # never trained on: no check-set text is a seed sentence
    seeds = {json.loads(line)["text"] for line in train_event_type.SEED_PATH.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not seeds & {r["text"] for r in rows}


def test_check_news_all_reads_the_four_news_sets():
    assert train_event_type.CHECK_NEWS4_PATH in train_event_type.NEWS_PATHS
    assert len(set(train_event_type.NEWS_PATHS)) == 4
