"""Datelines at the top of a report.

Two shapes are recognised, alone or together (date line first):

* a date line: the whole first line is a date, optionally with a keyword
  (``2022-01-21``, ``date 2022-01-21``, ``Published: January 21, 2022``,
  ``Friday, 21 January 2022 14:05 GMT``).  It is metadata, not prose, so
  ``body_start`` points past it.  With an explicit keyword and an ISO date the
  prose may follow on the same line (``date 2022-01-21 Gunmen attacked ...``).
* an agency dateline opening the first paragraph (``BEIRUT (AP) —``,
  ``GAINESVILLE , Fla. -``, ``LONDON, Jan 21 (Reuters) -``, ``PESHAWAR:``).
  It belongs to the first sentence, so it stays in the body; its place and
  agency are reported (what such a dateline looks like is
  :data:`eventdesk.dateline.TOP_DATELINE`).  A month-day without a year only becomes a date when a
  ``reference`` date gives the year.

Numeric dates other than year-first (``01/02/2022``) are not read: day-month
and month-day orders cannot be told apart.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from ..dateline import TOP_DATELINE, TOP_LABELS, TOP_TITLE_DATELINE, TOP_TITLE_WORDS, names_a_town
from ..geo.outlets import US_POSTAL
from ..geo.tables import AP_STATES

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s+"
_ORD = r"(?:st|nd|rd|th)?"
_TIME = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,5}|\s*[+-]\d{2}:?\d{2})?)?"
_ISO = (
    r"(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?"
    r"|(?P<sy>\d{4})/(?P<sm>\d{1,2})/(?P<sd>\d{1,2})"
)
_WRITTEN = (
    rf"(?:{_WEEKDAY})?(?:(?P<mdm>{_MONTH})\s+(?P<mdd>\d{{1,2}}){_ORD},?\s+(?P<mdy>\d{{4}})"
    rf"|(?P<dmd>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dmm>{_MONTH}),?\s+(?P<dmy>\d{{4}})){_TIME}"
)
_KEYWORD = r"(?:date|dated|published|posted|updated|filed)\s*[:=]?\s*"

_DATE = re.compile(rf"(?:{_ISO}|{_WRITTEN})", re.IGNORECASE)
_DATE_LINE = re.compile(rf"[ \t]*(?:{_KEYWORD})?(?:{_ISO}|{_WRITTEN})[ \t]*\.?[ \t]*(?:\n|$)", re.IGNORECASE)
# An explicit keyword makes a date token safe to split off a line of prose.
_DATE_TOKEN = re.compile(rf"[ \t]*{_KEYWORD}(?:{_ISO})[ \t]+(?=\S)", re.IGNORECASE)


@dataclass(frozen=True)
class Dateline:
    date: _dt.date | None = None
    place: str | None = None
    agency: str | None = None
    body_start: int = 0  # offset in the text where the prose begins


def parse_date_text(value: str) -> _dt.date | None:
    """A date written alone (ISO or with a month name), or None when it is not one."""
    m = _DATE.fullmatch(value.strip().rstrip("."))
    return _date_from_match(m) if m else None


def parse_dateline(text: str, *, reference: _dt.date | None = None) -> Dateline:
    """The dateline(s) at the top of ``text``; an empty Dateline when there is none."""
    start = len(text) - len(text.lstrip())
    date = None
    m = _DATE_LINE.match(text, start) or _DATE_TOKEN.match(text, start)
    if m:
        date = _date_from_match(m)
        if date is not None:
            start = m.end()
            start += len(text[start:]) - len(text[start:].lstrip())
    place, agency, agency_date = _agency(text, start, reference or date)
    return Dateline(date=date or agency_date, place=place, agency=agency, body_start=start if date else 0)


def _agency(text: str, start: int, reference: _dt.date | None) -> tuple[str | None, str | None, _dt.date | None]:
    m = TOP_DATELINE.match(text, start)
    if m:
        caps = m.group("place")  # capitals only (see TOP_DATELINE)
        if not names_a_town(caps, TOP_LABELS, 2):
            return None, None, None
        place = caps.title()
    else:
        # "Salem, Ore. (AP) —": the town in title case (see TOP_TITLE_DATELINE)
        m = TOP_TITLE_DATELINE.match(text, start)
        if not m or not names_a_town(m["place"].upper(), TOP_LABELS | TOP_TITLE_WORDS, 2):
            return None, None, None
        place = m.group("place")
    regions = [r.strip() for r in m.group("regions").split(",") if r.strip()]
    agency = m.group("agency")
    if not regions and _bracketed_state(agency):
        # "ANDERSON (SC) —", "GREENVILLE (S.C.) —": some sites print the state in brackets where the wire prints an
        # agency; it is the town's state, not an outlet
        regions, agency = [agency], None
    if regions:
        place = ", ".join([place, *regions])
    date = None
    month, day = (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m2"), m.group("d2"))
    if month:
        year = int(m.group("year")) if m.group("year") else None
        date = _month_day(month, int(day), year, reference)
    return place, agency, date


def _bracketed_state(agency: str | None) -> bool:
    """Whether a dateline's brackets hold a US state's postal code or AP abbreviation rather than an agency ("PA" is
    the Press Association's: "LONDON (PA) —")."""
    return agency is not None and (agency in US_POSTAL and agency != "PA" or agency in AP_STATES)


def _month_day(month: str, day: int, year: int | None, reference: _dt.date | None) -> _dt.date | None:
    key = month.lower().rstrip(".")
    number = _MONTHS.get(key[:4]) or _MONTHS.get(key[:3])
    if number is None:
        return None
    if year is None:
        if reference is None:
            return None
        year = reference.year
        # A dateline is never long after publication: "Dec 31" read in early January is last year's.
        if (number, day) > (reference.month, reference.day):
            year -= 1
    try:
        return _dt.date(year, number, day)
    except ValueError:
        return None


def _date_from_match(m: re.Match[str]) -> _dt.date | None:
    g = m.groupdict()
    try:
        if g.get("iy"):
            return _dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g.get("sy"):
            return _dt.date(int(g["sy"]), int(g["sm"]), int(g["sd"]))
        if g.get("mdm"):
            return _month_day(g["mdm"], int(g["mdd"]), int(g["mdy"]), None)
        if g.get("dmm"):
            return _month_day(g["dmm"], int(g["dmd"]), int(g["dmy"]), None)
    except ValueError:
        return None
    return None
