"""A claim's bounds ("more than 100" counts as 101, a figure the report says was revised counts as the revised one)
and ``_ReportFigure``, the record of one report's figure that the per-report figures make and the policies weigh."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from ..models import Claim


@dataclass(frozen=True)
class _ReportFigure:
    report_id: str
    order: int  # report order: date reported, then order of arrival
    reported_on: _dt.date | None
    source: str
    low: int
    high: int
    claim_index: int | None  # None for a derived total
    derived: bool = False


def _bounds(c: Claim) -> tuple[int, int]:
    revised = _revised_to(c)
    if revised is not None:
        return revised, revised
    if c.qualifier == "more_than":
        return c.count + 1, c.count + 1
    if c.qualifier == "up_to":
        return c.count, c.count
    return c.count, c.count


# a figure the report changes in the same breath: "revised the toll from seven to five", "lowered the number of
# wounded from three to two", "raised the count from two to three"; the figure after "to" is the one it stands by
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\s+(\d{1,4}|[a-z]+)\b", re.IGNORECASE)


def _revised_to(c: Claim) -> int | None:
    """The figure a claim's number is changed to ("from seven to five": 5), or None."""
    if c.number_start is None or c.number_end is None or not c.sentence:
        return None
    at, end = c.number_start - c.start, c.number_end - c.start
    if at < 0 or end > len(c.sentence) or not _FROM_BEFORE.search(c.sentence[max(0, at - 8):at]):
        return None
    after = _TO_AFTER.match(c.sentence, end)
    if after is None:
        return None
    word = after.group(1)
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower())


_NUMBER_WORDS = {w: n for n, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                             "nine", "ten", "eleven", "twelve"))}
