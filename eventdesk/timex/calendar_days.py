"""Calendar helpers: weekdays, month-days and holidays placed against the report's date."""

from __future__ import annotations

import calendar
import datetime as _dt
import re

from .vocabulary import (
    _CLAUSE_END_RE, _FUTURE_CUE_RE, _TOLERANCE, _TRAILING_CLOCK_RE, _UNTIL_END_RE, _WEEKDAY_YEAR_REACH,
)


# --------------------------------------------------------------------------
# Calendar helpers


def _month_span(year: int, month: int) -> tuple[_dt.date, _dt.date]:
    return _dt.date(year, month, 1), _dt.date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(day: _dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _week_of(day: _dt.date) -> tuple[_dt.date, _dt.date]:
    monday = day - _dt.timedelta(days=day.weekday())
    return monday, monday + _dt.timedelta(days=6)


def _safe_date(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


# An occasion ahead named before its day and the future after it: "A car wash on Saturday will raise money", "a vigil
# Sunday is planned".  Only such nouns: "a man wounded Saturday will recover" is the shooting's past day.
_OCCASION_BEFORE_RE = re.compile(
    r"(?i)\b(?:car\s+wash|fundraiser|benefit|fish\s+fry|bake\s+sale|cookout|vigil|rally|march|walk|visitation|"
    r"funeral|memorial(?:\s+service)?|(?:prayer\s+)?service|celebration\s+of\s+life|wake|hearing|court\s+date|"
    r"arraignment|trial|sentencing)\s+(?:on\s+)?$"
)
_FUTURE_AFTER_RE = re.compile(r"(?i)^(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:will|is\s+(?:planned|set|scheduled))\b")


def _future_context(text: str, start: int, end: int | None = None) -> bool:
    """True when the few words before ``start`` (same clause) speak of the future; with ``end``, also when an occasion's noun comes right
    before the date and a future verb right after it ("A car wash on Saturday will raise money")."""
    # a clock time between the verb and its day belongs to the day ("will be held from noon to 8 p.m. Monday", "is
    # scheduled to be arraigned at 1:30 p.m. Monday"): the verb's tense is read past it (and its "p.m." ends no clause)
    window = _TRAILING_CLOCK_RE.sub("", text[max(0, start - 80) : start])
    ends = list(_CLAUSE_END_RE.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    # Five words: "will vote on" and "is scheduled to meet on" fit; a cue
    # further back usually belongs to another verb than the date's.
    if _FUTURE_CUE_RE.search(" ".join(window.split()[-5:])):
        return True
    if _UNTIL_END_RE.search(window) and _FUTURE_CUE_RE.search(window):
        return True  # "the family will keep her on life support until Sunday": a stay's end ahead, however far its verb
    return (end is not None and _OCCASION_BEFORE_RE.search(text, max(0, start - 40), start) is not None
            and _FUTURE_AFTER_RE.match(text[end : end + 40]) is not None)


def _weekday_date(anchor: _dt.date, weekday: int, mode: str) -> _dt.date:
    """The date of ``weekday`` for mode past / last / future / next / this."""
    if mode == "past":
        return anchor - _dt.timedelta(days=(anchor.weekday() - weekday) % 7)
    if mode == "last":  # "last Friday" on a Friday is a week ago
        return anchor - _dt.timedelta(days=(anchor.weekday() - weekday) % 7 or 7)
    if mode == "next":  # "next Friday" never means today
        return anchor + _dt.timedelta(days=(weekday - anchor.weekday()) % 7 or 7)
    # future, and "this Friday": the coming one, today included
    return anchor + _dt.timedelta(days=(weekday - anchor.weekday()) % 7)


def _infer_year(
    month: int, day: int, anchor: _dt.date, future: bool, weekday: int | None = None
) -> _dt.date | None:
    """A month-day without a year, placed next to the anchor."""
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    candidates = [d for y in years if (d := _safe_date(y, month, day))]
    if weekday is not None:
        # "Sunday, Jan. 27": the stated weekday picks the year when it can.
        matching = [d for d in candidates if d.weekday() == weekday and abs(d - anchor) <= _WEEKDAY_YEAR_REACH]
        if matching:
            candidates = matching
    if future:
        ahead = [d for d in candidates if d >= anchor]
        if ahead:
            return ahead[0]
    else:
        behind = [d for d in candidates if d <= anchor + _TOLERANCE]
        if behind:
            return behind[-1]
    return min(candidates, key=lambda d: abs((d - anchor).days)) if candidates else None
