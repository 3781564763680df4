"""What the actor rounds' tests share: a fixed report day and short ways to ask who a text's main incident names."""

from __future__ import annotations

import datetime as dt

from eventdesk.export.acled import actor_columns

JUNE = dt.date(2021, 6, 9)  # the notes' report day


def main_mention(mentions_of, text: str):
    """The mention with most claims of an invented note dated ``JUNE``."""
    ms = mentions_of(text, published=JUNE)
    assert ms
    return max(ms, key=lambda m: len(m.claims))


def names(mentions_of, text: str) -> set[str]:
    """The names of the main mention's actors."""
    return {a.name for a in main_mention(mentions_of, text).actors}


def actor1(mentions_of, text: str) -> str:
    """The main mention's ACLED actor1, as exported."""
    m = main_mention(mentions_of, text)
    return actor_columns(m.actors, m.place)[0]
