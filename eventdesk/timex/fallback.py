"""dateparser, for what the patterns do not cover: the odd "<words> ago" phrase and phrases handed to
``resolve_relative`` that no rule recognises (imported only when first needed)."""

from __future__ import annotations

import datetime as _dt
import functools

from ..models import DateSpan
from .calendar_days import _month_span, _week_of


# --------------------------------------------------------------------------
# dateparser, for what the patterns do not cover

_DATEPARSER_PRECISION = {"time": "day", "day": "day", "week": "week", "month": "month", "year": "year"}


@functools.lru_cache(maxsize=64)
def _date_data_parser(anchor: _dt.date):
    # Imported on first need: loading dateparser costs more than a whole
    # report's worth of regex matching, and most reports never need it.
    from dateparser.date import DateDataParser

    base = _dt.datetime(anchor.year, anchor.month, anchor.day, 12, 0)
    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})


def _dateparser_span(phrase: str, anchor: _dt.date) -> DateSpan | None:
    try:
        data = _date_data_parser(anchor).get_date_data(phrase)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    precision = _DATEPARSER_PRECISION.get(data.period or "day", "day")
    if precision == "week":
        start, end = _week_of(day)
    elif precision == "month":
        start, end = _month_span(day.year, day.month)
    elif precision == "year":
        start, end = _dt.date(day.year, 1, 1), _dt.date(day.year, 12, 31)
    else:
        start = end = day
    return DateSpan(start, end, precision, phrase)
