"""What the date rounds' tests share: a fixed report day and short ways to ask the date rules about a text."""

from __future__ import annotations

from datetime import date

from eventdesk.timex import date_role, find_timexes, incident_date

WEDNESDAY = date(2022, 3, 16)  # a Wednesday: the report's day in the tests
THURSDAY_BEFORE = date(2022, 3, 10)
SATURDAY_BEFORE = date(2022, 3, 12)
SUNDAY_BEFORE = date(2022, 3, 13)
MONDAY_BEFORE = date(2022, 3, 14)
TUESDAY_BEFORE = date(2022, 3, 15)


def date_of(text: str, anchor: date = WEDNESDAY, first: bool = True):
    """The incident's date in ``text``, its first sentence taken as the lead unless ``first`` is false."""
    return incident_date(text, anchor, sentences_first=[(0, text.index(".") + 1)] if first else ())


def role_of(text: str, phrase: str, anchor: date = WEDNESDAY) -> int:
    """The role (``date_role``) of the date expression ``phrase`` in ``text``."""
    timex = next(t for t in find_timexes(text, anchor) if t.text == phrase)
    return date_role(text, timex)


def day_of(span) -> tuple:
    """A date span as (start, end, precision), to compare in one assertion."""
    return span.start, span.end, span.precision
