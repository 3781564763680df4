"""The rules: each turns a pattern's match into a date span (handler(core match, prefix match or None, text,
anchor) gives (DateSpan, explicit) or None); the scan fills in the span's words."""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..models import DateSpan
from .vocabulary import (
    _AGO_LEAD_RE, _AGO_RE, _CLAUSE_END_RE, _COMING_LEAD_RE, _COMING_REACH, _DATE_OF_RE, _DAY_MONTH_RE,
    _DAY_OF_MONTH_LEAD_RE, _DAY_OF_MONTH_RE, _DAY_WORD_PRE_RE, _DAY_WORD_RE, _DETERMINER_LEAD_RE, _DOTTED_RE,
    _FRACTION_OF_RE, _HOLIDAY_LEAD_RE, _HOLIDAY_PERIOD_RE, _HOLIDAY_RE, _ISO_RE, _MONTH_DAY_RE, _MONTH_ONLY_RE,
    _MONTH_YEAR_RE, _MONTHS, _NUMBER_WORDS, _OCCASION_AFTER_RE, _OF_AFTER_RE, _ON_LEAD_RE, _ONE_DAY, _PERIOD_LEAD_RE,
    _REL_UNIT_LEAD_RE, _REL_UNIT_RE, _SHORT_NUMERIC_RE, _SHORT_NUMERIC_REACH, _SLASH_RE, _TOLERANCE, _VAGUE_COUNTS,
    _VIOLENT_NOUN_AFTER_RE, _WEEKDAY_LEAD_RE, _weekday_number, _WEEKDAY_PRE_RE, _WEEKDAY_RE, _YEAR, _YEAR_ONLY_RE,
)
from .calendar_days import _future_context, _infer_year, _month_span, _safe_date, _shift_month, _week_of, _weekday_date
from .fallback import _dateparser_span


# --------------------------------------------------------------------------
# Rules: handler(core match, prefix match or None, text, anchor) gives
# (DateSpan, explicit) or None; the scan fills in the span's words.

_Result = tuple[DateSpan, bool] | None
_Match = re.Match[str]


def _day(d: _dt.date | None, explicit: bool) -> _Result:
    return (DateSpan(d, d, "day"), explicit) if d else None


def _h_iso(m: _Match, pre: _Match | None, text: str, anchor: _dt.date | None) -> _Result:
    return _day(_safe_date(int(m["y"]), int(m["m"]), int(m["d"])), True)


def _h_slash(m: _Match, pre: _Match | None, text: str, anchor: _dt.date | None) -> _Result:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    month, day = (b, a) if a > 12 else (a, b)
    return _day(_safe_date(y, month, day), True)


def _h_dotted(m: _Match, pre: _Match | None, text: str, anchor: _dt.date | None) -> _Result:
    return _day(_safe_date(int(m["y"]), int(m["m"]), int(m["d"])), True)


def _h_short_numeric(m: _Match, pre: _Match | None, text: str, anchor: _dt.date | None) -> _Result:
    if anchor is None:
        return None
    month, day, yy = int(m["m"]), int(m["d1"] or m["d2"]), m["y1"] or m["y2"]
    if _OF_AFTER_RE.match(text, m.end()) and (pre is None or pre["noun"] is None
                                               or _FRACTION_OF_RE.match(text, m.end())):
        return None
    if yy is not None:
        year = 2000 + int(yy)
        return _day(_safe_date(year, month, day), True) if anchor.year - 1 <= year <= anchor.year else None
    if pre is None or pre["det"] is not None and not _VIOLENT_NOUN_AFTER_RE.match(text, m.end()):
        return None
    found = _infer_year(month, day, anchor, False)
    if found is None or found > anchor + _TOLERANCE or (anchor - found).days > _SHORT_NUMERIC_REACH:
        return None
    return _day(found, True)


def _h_day_of_month(m: _Match, pre: _Match | None, text: str, anchor: _dt.date | None) -> _Result:
    if anchor is None or pre is None:
        return None
    day = int(m["day"])
    if _future_context(text, pre.start()):
        year, month = (anchor.year, anchor.month) if day >= anchor.day else _shift_month(anchor, 1)
    else:
        # the report's month when the day has come, else the month before: "on the 28th" in a report
        # of the 3rd is last month's
        year, month = (anchor.year, anchor.month) if day <= anchor.day else _shift_month(anchor, -1)
    return _day(_safe_date(year, month, day), True)


def _h_month_day(m: _Match, pre: _Match | None, text: str, anchor: _dt.date | None) -> _Result:
    month = _MONTHS[m["mon"].rstrip(".").lower()]
    day = int(m["day"])
    weekday = _weekday_number(pre["wd"]) if pre is not None and pre["wd"] else None
    if m["year"]:
        start = _safe_date(int(m["year"]), month, day)
    elif anchor is not None:
        lead = pre.start() if pre is not None else m.start()
        start = _infer_year(month, day, anchor, _future_context(text, lead, m.end()) or _coming(text, lead, month, day, anchor),
                            weekday)
    else:
        return None
    if start is None:
        return None
    if m["day2"]:
        end = _safe_date(start.year, month, int(m["day2"]))
        if end is not None and end > start:
            return DateSpan(start, end, "days"), True
        # "Jan. 5 to 3" is no range; the first day is still a date.
    return _day(start, True)


def _coming(text: str, start: int, month: int, day: int, anchor: _dt.date) -> bool:
    """True when a month-day without a year is a court day, a service or a birthday named ahead of the report ("is
    due in court Sept. 21" in a report of Sept. 14): the coming one, not last year's, when it lies within
    ``_COMING_REACH`` ahead."""
    ahead = _safe_date(anchor.year, month, day) or _dt.date(anchor.year, 3, 1)
    if ahead <= anchor + _TOLERANCE:
        ahead = _safe_date(anchor.year + 1, month, day) or ahead
    if not anchor + _TOLERANCE < ahead <= anchor + _COMING_REACH:
        return False
    window = text[max(0, start - 80):start]
    ends = list(_CLAUSE_END_RE.finditer(window))
    return _COMING_LEAD_RE.search(window[ends[-1].end():] if ends else window) is not None


def _h_month_year(m: _Match, pre: _Match | None, text: str, anchor: _dt.date | None) -> _Result:
    start, end = _month_span(int(m["year"]), _MONTHS[m["mon"].rstrip(".").lower()])
    return DateSpan(start, end, "month"), True


def _h_month_only(m: _Match, pre: _Match | None, text: str, anchor: _dt.date | None) -> _Result:
    if anchor is None or pre is None:
        return None
    month = _MONTHS[m["mon"].lower()]
    if _future_context(text, pre.start()) or pre["pre"].lower() == "next":
        year = anchor.year if month >= anchor.month else anchor.year + 1
    else:
        year = anchor.year if month <= anchor.month else anchor.year - 1
    start, end = _month_span(year, month)
    return DateSpan(start, end, "month"), True


def _determined_violence(m: _Match, text: str) -> _Match | None:
    """The determiner before a bare year that a violent noun follows ("a 2014 shooting")."""
    after = text[m.end():m.end() + 60]
    if not _DATE_OF_RE.match(after) or after[:1] in "’'":
        return None
    return _DETERMINER_LEAD_RE.search(text, max(0, m.start() - 8), m.start())


def _h_year(m: _Match, pre: _Match | None, text: str, anchor: _dt.date | None) -> _Result:
    if pre is None and _determined_violence(m, text) is None:
        return None
    year = int(m["year"])
    return DateSpan(_dt.date(year, 1, 1), _dt.date(year, 12, 31), "year"), True


def _h_rel_unit(m: _Match, pre: _Match | None, text: str, anchor: _dt.date | None) -> _Result:
    if anchor is None or pre is None:
        return None
    mod = " ".join(pre["mod"].split())
    unit = m["unit"]
    if unit == "weekend":
        # The Saturday-Sunday of the anchor's week; "last" means one that is
        # over before the anchor, and so does "over the" on a weekday.
        sunday = anchor + _dt.timedelta(days=6 - anchor.weekday())
        if mod in ("last", "previous", "past") or (mod == "over the" and anchor.weekday() < 5):
            sunday -= _dt.timedelta(days=7)
        elif mod == "next":
            sunday += _dt.timedelta(days=7)
        # in a report of the weekend's Saturday, the weekend so far is that Saturday alone
        return DateSpan(sunday - _ONE_DAY, min(sunday, anchor) if mod != "next" else sunday, "days"), False
    if unit == "week":
        monday, sunday = _week_of(anchor)
        week = _dt.timedelta(days=7)
        if mod in ("last", "previous"):
            return DateSpan(monday - week, monday - _ONE_DAY, "week"), False
        if mod in ("past", "over the"):
            return DateSpan(anchor - week, anchor, "week"), False
        if mod == "next":
            return DateSpan(monday + week, sunday + week, "week"), False
        if mod == "earlier this":
            return DateSpan(monday, anchor, "week"), False
        if mod == "later this":
            return DateSpan(anchor, sunday, "week"), False
        return DateSpan(monday, sunday, "week"), False
    if unit == "month":
        if mod in ("past", "over the"):
            return DateSpan(anchor - _dt.timedelta(days=30), anchor, "month"), True
        start, end = _month_span(*_shift_month(anchor, {"last": -1, "previous": -1, "next": 1}.get(mod, 0)))
        if mod == "earlier this":
            end = anchor
        elif mod == "later this":
            start = anchor
        return DateSpan(start, end, "month"), True
    if mod in ("past", "over the"):
        return DateSpan(anchor - _dt.timedelta(days=365), anchor, "year"), True
    year = anchor.year + {"last": -1, "previous": -1, "next": 1}.get(mod, 0)
    start, end = _dt.date(year, 1, 1), _dt.date(year, 12, 31)
    if mod == "earlier this":
        end = anchor
    elif mod == "later this":
        start = anchor
    return DateSpan(start, end, "year"), True


def _easter(year: int) -> _dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    return _dt.date(year, month, (h + l - 7 * m + 114) % 31 + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> _dt.date:
    """The n-th ``weekday`` of a month; n = -1 is the last (Memorial Day)."""
    if n < 0:
        last = _dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - _dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = _dt.date(year, month, 1)
    return first + _dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


# Holiday (first word, lower-cased, and the second where the first is ambiguous) -> its date in a year.
_HOLIDAYS: dict[str, Callable[[int], _dt.date]] = {
    "fourth": lambda y: _dt.date(y, 7, 4),
    "independence": lambda y: _dt.date(y, 7, 4),
    "new eve": lambda y: _dt.date(y, 12, 31),
    "new day": lambda y: _dt.date(y, 1, 1),
    "christmas eve": lambda y: _dt.date(y, 12, 24),
    "christmas": lambda y: _dt.date(y, 12, 25),
    "halloween": lambda y: _dt.date(y, 10, 31),
    "veteran": lambda y: _dt.date(y, 11, 11),  # the key drops a plural's "s", as for mothers and fathers
    "valentine": lambda y: _dt.date(y, 2, 14),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "memorial": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor": lambda y: _nth_weekday(y, 9, 0, 1),
    "mother": lambda y: _nth_weekday(y, 5, 6, 2),
    "father": lambda y: _nth_weekday(y, 6, 6, 3),
    "easter": _easter,
    "martin": lambda y: _nth_weekday(y, 1, 0, 3),
    "mlk": lambda y: _nth_weekday(y, 1, 0, 3),
    "president": lambda y: _nth_weekday(y, 2, 0, 3),
    "black": lambda y: _nth_weekday(y, 11, 3, 4) + _ONE_DAY,
    "st": lambda y: _dt.date(y, 3, 17),
    "saint": lambda y: _dt.date(y, 3, 17),
    "cinco": lambda y: _dt.date(y, 5, 5),
    "juneteenth": lambda y: _dt.date(y, 6, 19),
    "columbu": lambda y: _nth_weekday(y, 10, 0, 2),  # the key drops the final "s"
    "mardi": lambda y: _easter(y) - _dt.timedelta(days=47),
    "fat": lambda y: _easter(y) - _dt.timedelta(days=47),
}
# Holidays whose names title parades, sales and services as often as they date anything ("Black Friday deals",
# "the MLK Day parade"): a date only after "on" ("shot on MLK Day") or before a violent noun ("a Black Friday
# shooting").
_NAMES_AN_EVENT = frozenset({"martin", "mlk", "president", "black", "st", "saint", "columbu"})


def _holiday_key(phrase: str) -> str:
    """The ``_HOLIDAYS`` key of a matched holiday name."""
    words = re.findall(r"[a-z]+", phrase.lower())
    first = words[0].removesuffix("s") if words[0] != "christmas" else words[0]
    if first == "new":
        return "new eve" if words[-1] == "eve" else "new day"
    if first == "christmas" and len(words) > 1 and words[1] == "eve":
        return "christmas eve"
    return first


def _holiday_shift(m: _Match, pre: _Match | None) -> _dt.timedelta:
    """How far the day meant lies from the holiday: "Thanksgiving Eve" and "the night before Thanksgiving" the
    day before, "the day after Christmas" the day after."""
    if m["eve"] or pre is not None and (pre["side"] or "").lower() == "before":
        return -_ONE_DAY
    if pre is not None and (pre["side"] or "").lower() == "after":
        return _ONE_DAY
    return _dt.timedelta(0)


# "at a New Year's Eve party in 2014", "the Christmas Day shooting in 2013": the year the holiday's occasion is told in
_HOLIDAY_YEAR_AFTER_RE = re.compile(rf"^\s+(?:[a-z-]+\s+){{1,2}}?in\s+(?P<year>{_YEAR})\b")
# "roses for Valentine's Day", "home for the Fourth of July": what a holiday is for, not a day anything happened on
_FOR_LEAD_RE = re.compile(r"(?i)\bfor\s+(?:the\s+)?$")


# A holiday of the year before the report's: "last year's Fourth of July", "on the Fourth of July last year", "on
# Christmas Eve of last year", "the Labor Day shooting last year".
_LAST_YEARS_BEFORE_RE = re.compile(r"(?i)\blast\s+year[’']s\s+$")
_LAST_YEAR_AFTER_RE = re.compile(r"(?i)^(?:\s+(?:of|shooting|killing|slaying|attack))?,?\s+last\s+year\b")


def _holiday_told_in(when: Callable[[int], _dt.date], text: str, end: int) -> _dt.date | None:
    """The holiday's day in a year the text states it by: its calendar date anywhere ("shot on MLK Day. ... shot on
    Jan. 18, 2016,", "18 January 2016", "1/18/2016") or its month and year right after it ("an MLK Day shooting in
    January 2016"), in a report of 2017: 2016's MLK Day, not the latest one."""
    for rx in (_MONTH_DAY_RE, _DAY_MONTH_RE):  # "Jan. 18, 2016", "18 January 2016"
        for m in rx.finditer(text):
            if m["year"] and not m["day2"]:
                day = when(int(m["year"]))
                if (day.month, day.day) == (_MONTHS[m["mon"].rstrip(".").lower()], int(m["day"])):
                    return day
    for m in _SLASH_RE.finditer(text):  # "1/18/2016", month first
        day = when(int(m["y"]))
        if (day.month, day.day) == (int(m["a"]), int(m["b"])):
            return day
    for m in _MONTH_YEAR_RE.finditer(text, end, end + 50):
        day = when(int(m["year"]))
        if day.month == _MONTHS[m["mon"].rstrip(".").lower()]:
            return day
    return None


def _h_holiday(m: _Match, pre: _Match | None, text: str, anchor: _dt.date | None) -> _Result:
    """A holiday's date: the stated year's (right after it, or after its occasion: "a New Year's Eve party in 2014"),
    the year before the anchor's when "last year" is told with it ("last year's Fourth of July"), else the latest one
    by the anchor (a future cue: the next).  A holiday a thing is for ("buying roses for
    Valentine's Day") dates nothing, unless a violent noun follows it ("charged for the Christmas Eve shooting")."""
    dated_noun = _DATE_OF_RE.match(text[m.end():m.end() + 60]) is not None
    if m["bare"] and not m["part"] and pre is None and (
            not m["newyears"] or not dated_noun and not _OCCASION_AFTER_RE.match(text, m.end())):
        # a bare holiday needs "on" or a part of the day ("on Thanksgiving", "Christmas night"); a bare "New Year's"
        # may instead date the violence or the occasion after it ("a New Year's shooting", "at a New Year's
        # celebration"), never a resolution or a tally's start ("since New Year's")
        return None
    if _HOLIDAY_PERIOD_RE.match(text[m.end():m.end() + 40]):
        return None
    key = _holiday_key(m["long"] or m["bare"])
    if key in _NAMES_AN_EVENT and pre is None and not dated_noun:
        return None
    if m["long"] and pre is None and not dated_noun and _FOR_LEAD_RE.search(text, max(0, m.start() - 10), m.start()):
        return None  # a bare holiday's part of the day is a time even after "for" ("the lights were on for Halloween night")
    holiday = _HOLIDAYS[key]
    shift = _holiday_shift(m, pre)
    when = (lambda y: holiday(y) + shift) if shift else holiday
    year = m["year"] or ((y := _HOLIDAY_YEAR_AFTER_RE.match(text[m.end():m.end() + 40])) and y["year"])
    if year:
        return _day(when(int(year)), True)
    if anchor is None:
        return None
    if (told := _holiday_told_in(when, text, m.end())) is not None:
        return _day(told, True)
    lead = pre.start() if pre is not None else m.start()
    if _LAST_YEARS_BEFORE_RE.search(text, max(0, lead - 20), lead) or _LAST_YEAR_AFTER_RE.match(text[m.end():m.end() + 40]):
        return _day(when(anchor.year - 1), True)  # "last year's Fourth of July", "on the Fourth of July last year"
    days = [when(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if _future_context(text, pre.start() if pre is not None else m.start()):
        ahead = [d for d in days if d >= anchor]
        return _day(ahead[0], True)
    return _day([d for d in days if d <= anchor + _TOLERANCE][-1], True)


_SENTENCE_ENDS_RE = re.compile(r"\s*(?:$|[A-Z\n\"\u201c])")
_WORD_BEFORE_RE = re.compile(r"(\S+)\s+$")


def _h_weekday(m: _Match, pre: _Match | None, text: str, anchor: _dt.date | None) -> _Result:
    if anchor is None or (pre is not None and pre["name"]):
        return None
    if m["wd"] in ("Sat.", "Sun.") and _SENTENCE_ENDS_RE.match(text, m.end()):
        # "released from the hospital Sat." but not "told the Baltimore Sun.": a small word or a clock before it
        word = _WORD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
        if word is None or not word[1][0].islower() or word[1] == "the":
            return None
    weekday = _weekday_number(m["wd"])
    if pre is not None and pre["weeks"]:
        day = _weekday_date(anchor, weekday, "past") - _dt.timedelta(weeks=_NUMBER_WORDS[pre["weeks"].lower()])
        return DateSpan(day, day, "day"), False
    mod = (pre["pre"] or "").lower() if pre is not None else ""
    if mod == "last" and (anchor.weekday() - weekday) % 7 == 1:
        # "last Friday" in a Saturday report is not yesterday (that is "Friday"): the Friday a week before
        return DateSpan(anchor - 8 * _ONE_DAY, anchor - 8 * _ONE_DAY, "day"), False
    if mod in ("last", "past"):
        mode = "last"
    elif mod == "next":
        mode = "next"
    elif mod in ("this", "coming") or _future_context(text, pre.start() if pre is not None else m.start(), m.end()):
        mode = "future"
    else:
        mode = "past"
    day = _weekday_date(anchor, weekday, mode)
    if mod == "overnight" or (m["tod"] or "").lower() == "overnight":
        # The night that starts on the named day runs into the next.
        return DateSpan(day, day + _ONE_DAY, "days"), False
    return DateSpan(day, day, "day"), False


# A page stamped in the first hours after midnight ("Posted 12:14 a.m.") tells the evening just gone as
# "tonight": its day is the one before the page's.
_PAST_MIDNIGHT_STAMP_RE = re.compile(
    r"(?i)\b(?:posted|updated|published)\b[:\s]*(?:at\s+)?(?:12|0?1):[0-5]\d\s*a\.?m\b"
)
_TONIGHT_RE = re.compile(r"tonight|this\s+evening")
_STAMP_REACH = 300  # characters from the start a page's stamp may stand


# "overnight" before a noun of a night's errand or of the weather: "an overnight stay", "her overnight shift", "an
# overnight camping trip", "overnight rates", "overnight lows" (match at the word's end)
_OVERNIGHT_THING_RE = re.compile(
    r"(?i)\s+(?:stays?|shifts?|camp\w*|trips?|rates?|parking|guests?|visits?|flights?|bags?|lows?|temperatures?|"
    r"delivery|deliveries|oats|accommodations?)\b")


def _h_day_word(m: _Match, pre: _Match | None, text: str, anchor: _dt.date | None) -> _Result:
    if anchor is None:
        return None
    if m["dbby"]:
        return _day(anchor - 2 * _ONE_DAY, False)
    if m["yest"]:
        return _day(anchor - _ONE_DAY, False)
    if m["today"]:
        if _TONIGHT_RE.match(m["today"]) and _PAST_MIDNIGHT_STAMP_RE.search(text, 0, _STAMP_REACH):
            return _day(anchor - _ONE_DAY, False)
        return _day(anchor, False)
    if _OVERNIGHT_THING_RE.match(text, m.end()):
        return None  # "an overnight stay", "an overnight shift": a night's errand, not the night of the incident
    # "overnight" / "last night": the night before the report, either side of midnight.
    return DateSpan(anchor - _ONE_DAY, anchor, "days"), False


def _h_ago(m: _Match, pre: _Match | None, text: str, anchor: _dt.date | None) -> _Result:
    if anchor is None or pre is None:
        return None
    if pre["other"]:
        span = _dateparser_span(text[pre.start() : m.end()], anchor)
        return (span, False) if span is not None else None
    unit = pre["unit"].rstrip("s")
    if pre["vague"]:
        most, fewest = _VAGUE_COUNTS[pre["vague"]]
    else:
        most = fewest = int(pre["n"]) if pre["n"].isdigit() else _NUMBER_WORDS[pre["n"]]
    if unit in ("hour", "day"):
        if unit == "hour":
            # Hours count back from an unknown time of the anchor day: "two
            # hours ago" may already be the day before.
            most, fewest = -(-most // 24), fewest // 24
        start, end = anchor - _dt.timedelta(days=most), anchor - _dt.timedelta(days=fewest)
        return DateSpan(start, end, "day" if start == end else "days"), False
    if unit == "week":
        start = _week_of(anchor - _dt.timedelta(weeks=most))[0]
        end = _week_of(anchor - _dt.timedelta(weeks=fewest))[1]
        return DateSpan(start, end, "week" if most == fewest else "days"), False
    if unit == "month":
        start = _month_span(*_shift_month(anchor, -most))[0]
        end = _month_span(*_shift_month(anchor, -fewest))[1]
        return DateSpan(start, end, "month"), False
    return DateSpan(_dt.date(anchor.year - most, 1, 1), _dt.date(anchor.year - fewest, 12, 31), "year"), False


@dataclass(frozen=True)
class _Rule:
    core: re.Pattern[str]
    handler: Callable[[_Match, _Match | None, str, _dt.date | None], _Result]
    prefix: re.Pattern[str] | None = None
    lower: bool = False  # run over the lower-cased text
    not_after: str = ""  # characters that may not touch the core's left edge


# Order matters only for equal spans: the earlier rule wins a tie.
_RULES = (
    _Rule(_ISO_RE, _h_iso),
    _Rule(_SLASH_RE, _h_slash, not_after="/"),
    _Rule(_DOTTED_RE, _h_dotted, not_after="."),
    _Rule(_SHORT_NUMERIC_RE, _h_short_numeric, _ON_LEAD_RE, not_after="/-.$#"),
    _Rule(_DAY_OF_MONTH_RE, _h_day_of_month, _DAY_OF_MONTH_LEAD_RE, not_after="/-.$#"),
    _Rule(_MONTH_DAY_RE, _h_month_day, _WEEKDAY_LEAD_RE),
    _Rule(_DAY_MONTH_RE, _h_month_day, _WEEKDAY_LEAD_RE, not_after=",."),
    _Rule(_MONTH_YEAR_RE, _h_month_year),
    _Rule(_MONTH_ONLY_RE, _h_month_only, _PERIOD_LEAD_RE),
    _Rule(_YEAR_ONLY_RE, _h_year, _PERIOD_LEAD_RE, not_after=",."),
    _Rule(_HOLIDAY_RE, _h_holiday, _HOLIDAY_LEAD_RE),
    _Rule(_REL_UNIT_RE, _h_rel_unit, _REL_UNIT_LEAD_RE, lower=True),
    _Rule(_WEEKDAY_RE, _h_weekday, _WEEKDAY_PRE_RE),
    _Rule(_DAY_WORD_RE, _h_day_word, _DAY_WORD_PRE_RE, lower=True),
    _Rule(_AGO_RE, _h_ago, _AGO_LEAD_RE, lower=True),
)
# Longest prefix any rule looks back for ("the day before" is in the core).
_LOOKBACK = 40
