"""Date expressions in report text, resolved against the report's date.

``find_timexes`` finds the common shapes news copy uses with compiled regexes
and resolves them itself; ``dateparser`` is only consulted for the odd
"<words> ago" phrase the regexes do not understand ("a fortnight ago"), and for
phrases handed to ``resolve_relative`` that no regex recognises.  This keeps
the module far cheaper than a parse and keeps the news conventions under our
control, where dateparser's own choices differ (it takes a bare "Friday" in a
report dated Friday to mean the week before).

Conventions (news style, the anchor being the report's date):

* a weekday may be abbreviated with its stop ("Tues. night", "early Sun.");
* a bare weekday is the most recent such day on or before the anchor (the
  anchor's own weekday is the anchor day); with a future cue in the few words
  before it ("will meet on Friday", "next Friday"), or after an occasion's noun with a future verb after it ("A
  car wash on Saturday will raise money"), it is on or after it; an
  incident's bare weekday that would come after a later event's ("died Sunday
  ... shot Tuesday" in a Wednesday report) is the week before's;
* a month-day without a year is the most recent such day on or before the
  anchor plus one day (datelines and events straddle timezones); future cues
  flip it forward as for weekdays, and so does a court day, a service or a
  birthday named up to 90 days ahead ("is due in court Sept. 21" in a report
  of Sept. 14 is next week's, not last year's);
* a holiday is its latest date on or before the anchor plus one day, or the
  year its occasion is told in ("a New Year's Eve party in 2014"); an eve
  whose segment puts the shots just after midnight is the next day;
* "overnight" / "last night" span anchor-1 .. anchor with precision "days";
  a clock time the segment gives picks the side of midnight ("overnight ...
  around 1:30 a.m." is the anchor day, "last night about 10 p.m." the day
  before); a segment with no date at all but a morning clock time is the
  anchor day (the report of an early-morning shooting is that day's);
* "last week" is the previous Monday..Sunday;
* a relative date in a video caption or an embedded post that carries its
  own stamp ("(Published Wednesday, Nov. 30, 2016)") is resolved against
  that stamp, not the page's date;
* without an anchor only expressions carrying their own year resolve.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as _dt
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .dateline import in_dateline
from .models import DateSpan

_ONE_DAY = _dt.timedelta(days=1)
# How far past the anchor a past-referring date may still fall: a report
# dated in one timezone may describe an event already "tomorrow" in another.
_TOLERANCE = _ONE_DAY
# Day-level dates older than this are history quoted for context, not the
# incident a segment reports.
_BACKGROUND_DAYS = 365
# How far from the anchor a stated weekday may move a month-day's year: "Wednesday, November 11"
# in a report of late November 2016 is that month's 11th with the weekday mistyped (reporters slip
# on weekdays far more often than a report names a day of another year by its weekday alone).
_WEEKDAY_YEAR_REACH = _dt.timedelta(days=183)


@dataclass(frozen=True)
class Timex:
    start: int  # character offsets of the phrase in the text searched
    end: int
    text: str
    span: DateSpan
    explicit: bool  # names a calendar date, month or year (not a relative day)


# --------------------------------------------------------------------------
# Vocabulary

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30,
}
# Vague counts as (most, fewest) units back: "a few days ago" is 2..5 days.
_VAGUE_COUNTS = {"couple": (3, 1), "few": (5, 2), "several": (7, 3)}
_PRECISION_RANK = {"day": 0, "days": 1, "week": 2, "month": 3, "year": 4, "unknown": 5}

# Month and weekday names are matched case-sensitively: lower-case "may",
# "march" and "sat" are ordinary words far more often than dates.
# Only an abbreviation takes the stop after it: "Sept. 4", but "on 23 June." ends its sentence.
_MONTH = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
# A weekday, whole or abbreviated with its stop as some desks print it ("Tues. night", "early Sun."); the pattern
# ends at a word's edge.  "Sun." and "Sat." that end a sentence count only after a small word or a clock ("shot
# early Sun.", "released from the hospital Sat.", "2 a.m. Sun."), not after a name ("told the Baltimore Sun."; the
# weekday's handler asks the word before).
_WEEKDAY = (r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
            r"|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri)\.|(?:Sat|Sun)\.(?!\s*(?:$|[A-Z\n\"\u201c]))"
            r"|(?<=[a-z.] )(?<!the )(?:Sat|Sun)\.)")
# A weekday's name alone, whole or abbreviated, for a phrase already found ("Sun. night", "late Tues.").
_WEEKDAY_NAME = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"


def _weekday_number(name: str) -> int:
    """A weekday's number (Monday 0) from its name, whole or abbreviated with its stop ("Tues.", "Thu.")."""
    return _WEEKDAYS[next(w for w in _WEEKDAYS if w.startswith(name.rstrip(".").lower()))]


_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_RANGE_SEP = r"\s*(?:-|–|—|to|through|until)\s*"

# --------------------------------------------------------------------------
# Patterns, compiled once
#
# Each rule is a *core* regex that starts with a literal word or a digit, plus
# an optional *prefix* regex matched backwards from the core ("late" before
# "Wednesday", "in" before "March").  Python's engine only skips quickly
# through text to a possible first character; optional lead-ins, look-behinds
# and (?i) at the start of a pattern make it try every position, which cost
# four times as much on a 3 KB report.  Rules marked ``lower`` run over the
# lower-cased text, so their words need no (?i).

_ISO_RE = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")
# Slashes are US order (month first) unless the first number cannot be a
# month; dots are the European day.month.year.  Two-digit years are left out:
# "3/4" and "12/10/21" are as likely scores or fractions as dates.
_SLASH_RE = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/])")
_DOTTED_RE = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?![\d.]*\d)")
# Short numeric dates a police blotter or a follow-up writes: "12/3/16", "3-12-16" (month first, a
# two-digit year), and "on 12/3" with no year.  A two-digit year counts only when it is the report's
# own year or the one before (a birth date "07/19/98" is not the incident's), and a date without a
# year only after "on" (a bare "3/4" is a fraction or a score as often as a date, and "on 3/4 of the
# block" is one); dashes need the year ("9-1-1", "6-8 months").
_SHORT_NUMERIC_RE = re.compile(
    r"(?P<m>\d{1,2})(?:/(?P<d1>\d{1,2})(?:/(?P<y1>\d\d))?|-(?P<d2>\d{1,2})-(?P<y2>\d\d))(?![\d/%]|-\d|\.\d)"
)
# "3/4 of the block" is a fraction, unless a violent noun leads ("the shooting 9/2 of a man"); "of a mile" is one always
_OF_AFTER_RE = re.compile(r"\s+of\b")
_FRACTION_OF_RE = re.compile(r"(?i)\s+of\s+(?:a|an|the)\s+(?:mile|inch|block|way)\b")
# What makes a year-less "12/3" a day: "on" before it, a part of the day ("late 12/10", "the night of 12/9", "the
# early morning hours of 3/3"), its weekday ("Saturday, 6/13"), a violent verb ("was shot 8/9", "arrested 5/4") or noun
# ("the fatal shooting 9/2"), or a determiner with a violent noun after it ("the 7/5 shooting").
# The verb and the determiner stay out of the date's words (looked behind): they are the words around it.
_ON_LEAD_RE = re.compile(
    rf"\b(?:(?i:on|late|early|(?:night|morning|evening|afternoon|hours)\s+of)|(?P<wd>{_WEEKDAY})\s?,)\s+$"
    r"|(?:" + "|".join(rf"(?<=\b{w} )" for w in ("shot", "killed", "wounded", "slain", "injured", "hurt", "arrested"))
    # a violent noun right before it: "the fatal shooting 9/2", "the shooting 8/27 that killed a woman"
    + r"|(?P<noun>"
    + "|".join(rf"(?<=\b{w} )" for w in ("shooting", "killing", "slaying", "homicide", "stabbing", "murder"))
    + r"))$|(?P<det>" + "|".join(rf"(?<=\b{w} )" for w in ("a", "A", "an", "An", "the", "The")) + r")$"
)
_VIOLENT_NOUN_AFTER_RE = re.compile(
    r"\s+(?:shooting|killing|slaying|homicide|murder|stabbing|wounding|robbery|attack|death)s?\b")
_SHORT_NUMERIC_REACH = 120  # days before the report a year-less "on 12/3" may lie
# A day of the month alone, the month the report's: "the shooting on the 14th", "the night of the
# 14th".  An ordinal that a word follows is a count or a name ("the 14th homicide", "on the 14th
# floor", "the 14th Street bridge"); only a few words of time or place may follow the date.
_DAY_OF_MONTH_RE = re.compile(
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[.,;:)!?\n]|$|(?:that|when|which|and|at|around|about|in|near|outside|after|before|shortly|"
    r"just|of\s+this\s+month)\b))"
)
_DAY_OF_MONTH_LEAD_RE = re.compile(r"\b(?i:on|of)\s+the\s+$")
_MONTH_DAY_RE = re.compile(
    rf"(?P<mon>{_MONTH})\s*(?P<day>\d{{1,2}}){_ORD}\b(?![,.]\d)"
    rf"(?:{_RANGE_SEP}(?P<day2>\d{{1,2}}){_ORD}\b)?"
    rf"(?:\s?,?\s+(?P<year>{_YEAR})\b)?"
)
_DAY_MONTH_RE = re.compile(
    rf"(?P<day>\d{{1,2}}){_ORD}(?:{_RANGE_SEP}(?P<day2>\d{{1,2}}){_ORD})?"
    rf"\s+(?:of\s+)?(?P<mon>{_MONTH})(?:\s?,?\s+(?P<year>{_YEAR})\b)?"
)
# "Sunday, Jan. 27" / "Sunday 27 January" / "the 27th of January"; a comma may stand apart from the word before it
# ("Tuesday , April 19", "Oct. 25 , 1993") as a tokenised text writes it.
_WEEKDAY_LEAD_RE = re.compile(rf"\b(?:(?P<wd>{_WEEKDAY})\s?,?\s+(?:[Tt]he\s+)?|[Tt]he\s+)$")
_MONTH_YEAR_RE = re.compile(rf"(?P<mon>{_MONTH})\s?,?\s+(?P<year>{_YEAR})\b")
# A bare month or year needs a preposition in front, or "March" the verb and
# "May" the modal, and every "2000 people", would turn up.
_MONTH_ONLY_RE = re.compile(rf"(?P<mon>{_MONTH_FULL})(?!\.?\s*\d)")
_YEAR_ONLY_RE = re.compile(
    rf"(?P<year>{_YEAR})\b(?![-–/%]|\s*(?:per\s*cent|percent)"
    # "in 2000 attacks": a count that happens to look like a year.
    r"|\s+(?:people|persons|civilians|soldiers|troops|police|men|women|children|residents|"
    r"attacks|incidents|cases|deaths|homes|houses|families|fighters|militants|refugees)\b)"
)
_PERIOD_LEAD_RE = re.compile(
    r"\b(?P<pre>(?i:in|during|since|until|till|by|before|after|through|early|late|mid|last|"
    r"this|next))(?:\s+|-)$"
)
# Holidays news names instead of the date ("the Fourth of July shooting", "on New Year's Eve").
# The long names stand alone; the bare ones ("Christmas", "Thanksgiving") need "on" before them or a
# part of the day after them, or "Christmas" the season and "Easter" the surname would turn up.
# "New Year's morning" is New Year's Day, and so is a bare "New Year's" ("a New Year's shooting", "shot early on New
# Year's"); "the Fourth" alone (after "the", before no capitalised word: not "the Fourth
# District") is the Fourth of July.
_HOLIDAY_RE = re.compile(
    r"(?:(?P<long>Fourth\s+of\s+July|Independence\s+Day|New\s+Year(?:[’']?s)?\s+(?:Eve|Day|morning)|Christmas\s+(?:Eve|Day)|"
    r"Memorial\s+Day|Labor\s+Day|Veterans\s+Day|Valentine[’']?s\s+Day|Mother[’']?s\s+Day|Father[’']?s\s+Day|"
    r"Thanksgiving\s+Day|Easter\s+Sunday|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day|MLK\s+Day|Black\s+Friday|"
    r"Presidents[’']?\s+Day|(?:St\.?|Saint)\s+Patrick[’']?s\s+Day|Cinco\s+de\s+Mayo|Juneteenth|Columbus\s+Day|"
    r"Mardi\s+Gras\s+[Dd]ay|Fat\s+Tuesday|(?<=\bthe\s)Fourth(?=\s*[,.;)]|\s+(?!and\b)[a-z]|\s*$))"
    r"|(?P<bare>Christmas|Thanksgiving|Halloween|Easter|(?P<newyears>New\s+Year[’']?s\b))"
    r"(?P<part>\s+(?:night|morning|evening|afternoon|(?P<eve>Eve))\b)?)"
    rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
)
# "the night before Thanksgiving", "on the day after Christmas": the holiday's neighbour, told by the holiday
_HOLIDAY_LEAD_RE = re.compile(r"\b(?i:on|(?:on\s+)?the\s+(?:day|night|evening)\s+(?P<side>before|after))\s+$")
# "the Fourth of July holiday weekend", "the Labor Day shootings": a holiday naming a stretch of days
# (or the many incidents in it), not one day.
_HOLIDAY_PERIOD_RE = re.compile(
    r"(?i)^\s+(?:holiday|weekend|week|period|(?:\w+\s+)?(?:shootings|killings|homicides|murders|violence))\b"
)
# "a 2014 shooting": a bare year that a determiner and a violent noun make a date without a
# preposition (a count, "2000 shootings", has no determiner).  A bare month is left out: "the
# April shooting" in a story is as often an earlier incident of another year as the one reported.
_DETERMINER_LEAD_RE = re.compile(r"\b(?i:a|an|the|that|this)\s+$")
_REL_UNIT_RE = re.compile(r"(?P<unit>weekend|week|month|year)\b")
_REL_UNIT_LEAD_RE = re.compile(
    r"\b(?P<mod>earlier\s+this|later\s+this|this|last|next|past|previous|over\s+the)\s+$"
)
_WEEKDAY_RE = re.compile(
    rf"(?P<wd>{_WEEKDAY})"
    # Names that start with a weekday without being one.
    r"(?!\s+(?:Times|Telegraph|Express|Mirror|Post|Tribune|Herald|Independent|Observer|Mail|"
    r"World|School|Service|Bloody|Prayers?)\b)"
    r"(?:\s+(?P<tod>(?i:morning|afternoon|evening|night|overnight))\b)?"
)
_WEEKDAY_PRE_RE = re.compile(
    r"\b(?:(?P<pre>(?i:late|early|overnight|last|this|next|past|coming))\s+(?:(?i:on)\s+)?"
    # "in the early-morning hours of Sunday": early Sunday
    r"|(?i:in\s+the\s+)?(?i:early[- ]morning|early|wee|small)\s+hours\s+of\s+"
    # "a week ago Sunday": the Sunday a week before the last one
    r"|(?P<weeks>(?i:a|one|two|three))\s+(?i:weeks?\s+ago)\s+"
    # Names that end with one.
    r"|(?P<name>Good|Black|Bloody|Holy|Ash|Palm|Easter)\s+)$"
)
_DAY_WORD_RE = re.compile(
    r"(?:(?P<dbby>the\s+day\s+before\s+yesterday)"
    r"|(?P<yest>yesterday(?:\s+(?:morning|afternoon|evening|night)\b)?)"
    r"|(?P<today>today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+in\s+the\s+day)"
    r"|(?P<night>last\s+(?:night|evening)|overnight))\b"
)
_DAY_WORD_PRE_RE = re.compile(r"\b(?:earlier|later|late|early)\s+$")
_AGO_RE = re.compile(r"ago\b")
_AGO_LEAD_RE = re.compile(
    r"\b(?:(?:(?P<n>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|twenty|thirty)|(?:a\s+)?(?P<vague>couple|few|several)"
    r"(?:\s+of)?)\s+(?P<unit>hours?|days?|weeks?|months?|years?)"
    # Anything else: resolved by dateparser, which knows "a fortnight".
    r"|(?P<other>[a-z0-9]+(?:\s+[a-z0-9]+)?))\s+$"
)

_FUTURE_CUE_RE = re.compile(
    r"(?i)(?:\b(?:will|shall|won[’']t|going\s+to|scheduled|planned|plans?\s+to|expected\s+to|"
    r"set\s+(?:to|for)|is\s+to|are\s+to|upcoming|to\s+be\s+held)\b|[’']ll\b)"
)
_CLAUSE_END_RE = re.compile(r"[.!?;:]\s|\n")
_UNTIL_END_RE = re.compile(r"(?i)\b(?:until|till|through)\s+$")
# A clock time, or a span of two, at the end of the words before a day: "at 11 a.m.", "from noon to 8 p.m.", "from 4 to
# 7 p.m.", "at 11 in the morning" (its last hour told by a.m./p.m., the part of the day, noon or midnight)
_HOUR_HALF = r"(?:[ap]\.?m\.?|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|o[’']clock)"
_TRAILING_CLOCK_RE = re.compile(
    r"(?i)\s+(?:(?:at|from|between|by|until)\s+)?(?:about\s+|around\s+)?"
    rf"(?:(?:noon|\d{{1,2}}(?::\d\d)?(?:\s*{_HOUR_HALF})?)\s*(?:to|until|and|-|–)\s*)?"
    rf"(?:noon|midnight|\d{{1,2}}(?::\d\d)?\s*{_HOUR_HALF})\s*$"
)
# What a report names ahead of it by a month-day: a court day, a service, a birthday that will not come ("is due in
# court Sept. 21", "a hearing Sept. 21", "funeral services June 9", "would have turned 18 on Sept. 20").
_COMING_LEAD_RE = re.compile(
    r"(?i)\b(?:(?:is|are|was|were)\s+due|court\s+date|hearing|arraignment|trial|sentencing|funeral|visitation|"
    r"vigil|services?|would\s+have\s+(?:turned|been|celebrated))\b(?:\s+[\w’']+){0,3}?\s+(?:on\s+|for\s+)?$"
)
_COMING_REACH = _dt.timedelta(days=90)  # how far ahead of the report such a month-day may lie


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


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def _lowered(text: str) -> str:
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    # A few characters ("İ") grow when lower-cased, which would shift every
    # offset after them; lower-case ASCII only in that case.
    return text.translate(_ASCII_LOWER)


# --------------------------------------------------------------------------
# Public API


# texts whose matches are kept: a batch of reports (whose anchors are all read before the pipeline reads the batch's
# dates) and their segments; a longer text is searched each time (the kept texts' memory stays a few megabytes)
_MATCHES_KEPT = 128
_KEPT_MAX_CHARS = 20_000

_RuleMatches = tuple[tuple[int, _Rule, re.Match, "re.Match | None"], ...]


def _search_rules(text: str) -> _RuleMatches:
    """Every rule's matches in ``text``: see ``_rule_matches``."""
    lower: str | None = None
    out: list[tuple[int, _Rule, re.Match, re.Match | None]] = []
    for order, rule in enumerate(_RULES):
        if rule.lower:
            if lower is None:
                lower = _lowered(text)
            source = lower
        else:
            source = text
        for m in rule.core.finditer(source):
            i = m.start()
            if i and (source[i - 1].isalnum() or source[i - 1] in rule.not_after):
                continue
            out.append((order, rule, m, rule.prefix.search(source, max(0, i - _LOOKBACK), i) if rule.prefix else None))
    return tuple(out)


_kept_rule_matches = functools.lru_cache(maxsize=_MATCHES_KEPT)(_search_rules)


def _rule_matches(text: str) -> _RuleMatches:
    """(rule order, rule, core match, prefix match) of every rule's matches in ``text``, the anchor left out: the
    patterns' search is most of ``find_timexes``'s cost, and a report's text is read more than once (for the anchor
    of a report without a dateline, then as its one segment, against that anchor)."""
    return _kept_rule_matches(text) if len(text) <= _KEPT_MAX_CHARS else _search_rules(text)


def find_timexes(text: str, anchor: _dt.date | None) -> list[Timex]:
    """Date expressions in ``text``, resolved against ``anchor``, in text order.

    Overlapping matches are settled longest first ("Sunday, Jan. 27" beats
    "Sunday"); expressions that cannot be resolved (relative ones without an
    anchor, impossible dates) are left out.
    """
    if anchor is not None:
        anchor = _first_published(text, anchor)
    found: list[tuple[int, int, int, DateSpan, bool]] = []
    for order, rule, m, pre in _rule_matches(text):
        result = rule.handler(m, pre, text, anchor)
        if result is not None:
            start = pre.start() if pre is not None else m.start()
            found.append((start, m.end(), order, *result))
    found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))
    taken: list[tuple[int, int, int, DateSpan, bool]] = []
    for cand in found:
        if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
            taken.append(cand)
    taken.sort(key=lambda t: t[0])
    timexes = [
        Timex(s, e, text[s:e], dataclasses.replace(span, text=text[s:e]), explicit)
        for s, e, _, span, explicit in taken
    ]
    if anchor is not None and ("(Published" in text or "(@" in text):
        timexes = _caption_dated(text, timexes)
    return timexes


# "Originally published June 16, 2017": a page republished or updated later keeps the words of its first day,
# so its "Thursday night" counts back from that day, not from the page's date.
_FIRST_PUBLISHED_RE = re.compile(r"(?i)\b(?:originally|first)\s+(?:published|posted)\b[:\s]*(?:on\s+)?")


def _first_published(text: str, anchor: _dt.date) -> _dt.date:
    """The day a page says it was first published, when that is before ``anchor``; else ``anchor``."""
    m = _FIRST_PUBLISHED_RE.search(text)
    if m is None:
        return anchor
    stated = [t.span.start for t in find_timexes(text[m.end():m.end() + 40], None)[:1]
              if t.start == 0 and t.explicit and t.span.precision == "day"]
    return stated[0] if stated and stated[0] < anchor else anchor


# A video caption's own stamp on a page that carries several: "... was shot and killed Monday night.\n
# NBC10's Denise Nakano has the details.\n(Published Wednesday, Nov. 30, 2016)"; and an embedded
# post's: "Two shootings downtown this morning are connected. — Jane Roe (@JaneRoe7) October 3, 2016".
# Each was written that day, often days before the page's date, so its "Monday night" is that week's.
_CAPTION_STAMP_RE = re.compile(
    rf"(?:^\(Published\s+(?:{_WEEKDAY},?\s+)?|\(@\w{{1,30}}\)\s+)"
    rf"(?P<mon>{_MONTH})\s*(?P<day>\d{{1,2}}),?\s+(?P<year>{_YEAR})\b",
    re.M,
)
_CAPTION_LINES = 2  # the caption and the line naming its reporter (a post and its wrapped line)
_CAPTION_REACH = 400  # characters before the stamp a caption may start


def _caption_start(text: str, stamp: int, floor: int) -> int:
    """Where the caption a stamp at ``stamp`` closes begins: up to ``_CAPTION_LINES`` lines back."""
    start = stamp
    for _ in range(_CAPTION_LINES):
        if start <= floor:
            break
        start = text.rfind("\n", floor, start - 1) + 1 or floor
    return max(start, floor, stamp - _CAPTION_REACH)


def _caption_dated(text: str, timexes: list[Timex]) -> list[Timex]:
    """Relative dates in a video caption or an embedded post resolved against its own stamp
    ("(Published Wednesday, Nov. 30, 2016)", "(@handle) October 3, 2016") instead of the page's date."""
    floor = 0
    for m in _CAPTION_STAMP_RE.finditer(text):
        stamp = _safe_date(int(m["year"]), _MONTHS[m["mon"].rstrip(".").lower()], int(m["day"]))
        lo, hi, floor = _caption_start(text, m.start(), floor), m.start(), m.end()
        if stamp is None or not any(lo <= t.start < hi and not t.explicit for t in timexes):
            continue
        redated = {t.start + lo: t for t in find_timexes(text[lo:hi], stamp) if not t.explicit}
        timexes = [
            dataclasses.replace(t, span=redated[t.start].span)
            if lo <= t.start < hi and not t.explicit and t.start in redated and redated[t.start].end + lo == t.end
            else t
            for t in timexes
        ]
    return timexes


def resolve_relative(phrase: str, anchor: _dt.date) -> DateSpan | None:
    """The span one phrase names ("Thursday night", "last week"), or None."""
    # A phrase on its own may come lower-cased ("on friday"); the names are
    # only matched capitalised in running text, so give them capitals here.
    timexes = find_timexes(phrase, anchor) or find_timexes(phrase.title(), anchor)
    if timexes:
        # A phrase holding two ("Sunday, ... Jan. 27" split oddly) names the widest.
        return max(timexes, key=lambda t: t.end - t.start).span
    return _dateparser_span(phrase.strip(), anchor) if phrase.strip() else None


def _is_background(span: DateSpan, anchor: _dt.date) -> bool:
    """Dates a report cites as context rather than as the incident's date."""
    if span.precision == "year":
        # "last year", "in 2019" are background; "this year" only says what
        # the anchor already says, and less precisely.
        return True
    return span.end is not None and (anchor - span.end).days > _BACKGROUND_DAYS


# --------------------------------------------------------------------------
# What a date in a report is the date of.  Follow-up stories (arrests, charges, court, funerals)
# carry two dates: the follow-up's ("was charged Monday") and the incident's ("the Jan. 6
# shooting", "after he shot a woman Saturday").  The words nearest a date in its sentence say which.

_VIOLENCE_RE = re.compile(
    r"(?i)\b(?:shot|shots|shoots?|shooting|shootings|shootout|gunfire|rang\s+out|gunshots?|gunned|gunman|gunmen|fired|firing|opened\s+fire|"
    r"killed|killing|kills?|slain|slaying|murdered|stabbed|stabbing|wounded|wounding|injured|injuring|hurt|"
    r"attack(?:ed|s)?|struck|striking|discharged|bullets?|ambush(?:ed)?|bomb(?:ed|ing|ings)?|blast|explosion|exploded|clash(?:ed|es)?|"
    r"robbed|robbery|carjack(?:ed|ing)|invasion|rampage|massacre|standoff|happened|occurred|took\s+place|erupted|"
    r"responded|found\s+(?:dead|shot)|suffered|sustained|went\s+off|broke\s+out|911\s+calls?)\b"
)
# Words of what came after: the arrest, the charges, the court, the funeral, the statement.  A march is one in lower
# case only: "March" is the month ("a robbery on March 1 set off the feud").
_AFTERMATH_RE = re.compile(
    r"(?i)\b(?:arrest(?:ed|s)?|charg(?:ed|es?|ing)|arraign(?:ed|ment)|(?<!food\s)court|judge|hearing|sentenc(?:ed|ing|e)|acquit(?:ted|tal)|"
    r"plead(?:ed|s)?|pled|guilty|convicted|verdict|deliberat(?:ed|ing|ions?)|trial|indict(?:ed|ment)|booked|jail(?:ed)?|bond|bail|custody|surrender(?:ed)?|"
    r"turned\s+(?:himself|herself)\s+in|confess(?:ed|es|ion)?|admitted|funeral|vigil|memorial|buried|identified|released|said|says|told|"
    r"announced|confirmed|statement|learned|insisted|explained|testified|sp(?:oke|eaks?|eaking)|interview(?:ed|s)?|article|autopsy|ruled|scheduled|remains?|remained|appear(?:ed|s)?|extradit\w*|"
    r"rally|(?-i:march|[Mm]arched)|protest(?:ed|s)?|gathered|mourn\w*|(?:press|news)\s+conference|briefing|behind\s+bars|update[ds]?|listed|visited|"
    r"met|meeting|closed|reopened|filed|lawsuit|reward|warrant|captured|caught|detained|questioned|"
    r"named\s+(?:(?:a|the|two|three)\s+)?(?:suspects?|person\s+of\s+interest)|"
    r"investigators?\s+(?:said|say)|hospitali[sz]ed|condition|died|dies|succumbed|life\s+support|"
    # the inquiry that goes on: "police on Saturday were investigating", "a search continued Monday"
    r"investigat(?:ing|ed|es|ion)|continu(?:ed|es|ing)|search(?:ed|es|ing)?|looking\s+for|recovering|yet\s+to|at\s+large)\b"
)
# "charged with murder", "accused of killing": violence named by a charge is the charge's date.
_CHARGE_LEAD_RE = re.compile(
    r"(?i)\b(?:charged|charges?|counts?|suspicion|convicted|guilty|indicted|sentenced)\s+"
    r"(?:\w+\s+){0,2}(?:with|of|for)\s+(?:\w+\s+){0,2}$"
)
_CHARGE_NOUN_RE = re.compile(r"(?i)(?:murder|homicide|manslaughter|assault|battery|attack|shooting|killing)")
# "the Jan. 6 shooting", "Sunday's killing", "last month's fatal shooting"
_DATE_OF_RE = re.compile(
    r"(?i)^(?:[’']s\s+(?:\w+\s+){0,2}?|\s+(?:(?:fatal|deadly|double|triple|quadruple|mass|drive-by|apparent|"
    r"accidental|gang|police|officer-involved|early|late|morning|afternoon|evening|night|overnight|weekend|"
    r"bar|party|school|shooting)\s+)?)"
    r"(?:shooting|shootings|shootout|killing|killings|slaying|slayings|murder|murders|homicide|attack|stabbing|"
    r"ambush|bombing|gunfire|massacre|rampage|robbery|carjacking|home\s+invasion|drive-by|incident|violence|death)\b"
)
# "the shooting of the girl back on July 16", "killed during the shootout July 24, 2015": a calendar
# date right after a violent noun and what it was of, or after "during the <noun>", is that noun's
# date; the name may carry its age ("the shooting death of Vincent Ruiz, 21, on July 4").  Looser shapes ("a double
# murder in July", "posted about the shooting on Facebook Friday")
# date something else as often as not.
_NOUN_BEFORE_RE = re.compile(
    r"(?i)(?:\bthe\s+(?:(?:fatal|deadly|double|triple|mass|drive-by|gang|police)\s+)?"
    r"(?:shooting\s+deaths?|shooting|shootout|gunfight|killing|slaying|murder|stabbing|ambush|bombing|massacre|robbery|carjacking|"
    r"attack)\s+of\s+[^.;:!?()\n,]{1,50}?(?:,\s+\d{1,3},)?\s+(?:back\s+)?(?:on\s+)?"
    r"|\b(?:during|in)\s+the\s+(?:shooting|shootout|gunfight|ambush|attack|massacre|rampage),?\s+(?:on\s+)?)$"
)
# Words that only report ("police said the shooting of ... on July 16"), not an aftermath of their own.
_SAYING_RE = re.compile(r"(?i)^(?:said|says|told)$")
_CLOCK_RE = re.compile(r"(?i)\b(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d{1,2}:\d\d|noon|midnight)")
# An hour of the day said as the time something happened ("around 2 p.m.", "at about 11:30 p.m."):
# right before a date, or right after a saying word and before the date it dates.
_CLOCK_WORDS = r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d{1,2}:\d\d|noon|midnight)"
_CLOCK_LEAD_RE = re.compile(
    rf"(?i)\s+(?:(?:at\s+)?(?:about|around|approximately|roughly|just\s+(?:before|after)|shortly\s+(?:before|after))|at)\s+"
    rf"{_CLOCK_WORDS}\s*(?:on\s+)?$"
)
_CLOCK_BESIDE_RE = re.compile(rf"(?i){_CLOCK_WORDS}\s*(?:on\s+)?$")
_CLOCK_AFTER_RE = re.compile(rf"(?i)^\s*(?:at\s+|around\s+|about\s+)?{_CLOCK_WORDS}")
# The report's own date: a dateline "(Dec. 10, 2015) –", "Posted: Jan 5, 2016", "Updated 3:15 PM".
_STAMP_LEAD_RE = re.compile(r"(?i)(?:\b(?:posted|updated|published|created|modified|last\s+updated)\b[:\s]*(?:on\s+)?|\()\s*$")
# an update's or a breaking line's own time in brackets: "BREAKING (Thursday, 4:02 p.m.):", "UPDATE (Friday):"
_UPDATE_PAREN_RE = re.compile(r"(?i)\b(?:update[ds]?|breaking(?:\s+news)?|developing)\s*\(\s*$")
_PAREN_CLOCK_AFTER_RE = re.compile(rf"(?i)^(?:,?\s*(?:at\s+)?\d{{1,2}}(?::\d\d)?\s*{_HOUR_HALF})?\s*\)")
_STAMP_TAIL_RE = re.compile(r"^\s*(?:\)\s*)?(?:[-–—|]|\d{1,2}:\d\d|[A-Z]{3,}\b)")
_CLAUSE_WORD_RE = re.compile(r"(?i)\b(?:after|before|when|while|since|because|following|as|and|but|then)\b|[;:]")
_PUBLISHED_RE = re.compile(
    r"(?i)\b(?:posted|updated|published)\b[:\s]*(?:on\s+)?"
    # the stamp's clock time before its date: "Posted 3:57 AM, May 26, 2015", "Updated 10:02 am EDT Jan. 5"
    r"(?:(?:at\s+)?\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?\s*(?:[ECMP][SD]?T\b)?[,\s]*(?:on\s+)?)?$"
)
# "March 25, 2014 12:45 PM SAN FRANCISCO", "June 17, 2013-Houston police ...", "Jan. 5, 2016 | ..."
_STAMP_AFTER_RE = re.compile(r"^(?:,?\s*\d{1,2}:\d\d|\s*[-–—|]\s*[A-Z]|\s*\)\s*[-–—])")
_YEAR_END_RE = re.compile(r"(?:19|20)\d\d$")
_VERB_REACH = 60  # characters from a verb to the date that modifies it ("shot to death at a bar on Federal Boulevard early Sunday")
# a line break ends a sentence unless a lowercase word follows it: pages broken after an abbreviation ("on Remsen
# Ave.\nin Brownsville on Sunday night") go on with the same sentence
_SENT_END_RE = re.compile(r"(?<!\b[A-Z])[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n(?![ \t]*[a-z])")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    lo = 0
    for m in _SENT_END_RE.finditer(text, max(0, start - 400), start):
        lo = m.end()
    m = _SENT_END_RE.search(text, end)
    return lo, m.start() if m else len(text)


# Gatherings the aftermath words name that may themselves be the scene of the violence ...
_GATHERING_RE = re.compile(r"(?i)vigil|funeral|memorial|rally|protest|march|meeting")
# ... when a violent verb puts the violence there: "shot at a vigil", "opened fire minutes into a funeral".
_SCENE_LEAD_RE = re.compile(
    r"(?i)\b(?:shot|fired|opened\s+fire|gunfire|killed|wounded|stabbed|attacked)\s+(?:\w+\s+)?"
    r"(?:at|during|into|outside|near)\s+(?:a|an|the)\s+(?:\w+\s+)?$"
)


# "charged Tuesday with shooting a 30-year-old man early Sunday": a charge's gerund, its object, then a date: the
# date is the shooting's, not the charge's.
_GERUND_OBJECT_RE = re.compile(r"(?i)ing\s+(?:a|an|the|his|her|their|two|three|four|\d+)\s+[^,;:()]{0,40}?\s+(?:on\s+)?$")


# A source the clause's facts come from, not an event after them: "According to an arrest warrant,", "according to
# Williams' arrest warrant," (the words between "according to" and the aftermath word that would date the clause).
_ACCORDING_TO_RE = re.compile(r"(?i)\baccording\s+to\s+(?:[\w'’]+\s+){0,3}$")


def _nearest_before(rx: re.Pattern[str], sentence: str, start: int, skip_charges: bool = False) -> int | None:
    """Characters between the date and the nearest match of ``rx`` before it in its clause (None: none there)."""
    lo = 0
    for c in _CLAUSE_WORD_RE.finditer(sentence, 0, start):
        lo = c.end()
    best = None
    for m in rx.finditer(sentence, lo, start):
        if m.end() > start:
            continue
        if (skip_charges and _CHARGE_NOUN_RE.match(m.group()) and _CHARGE_LEAD_RE.search(sentence[max(0, m.start() - 60):m.start()])
                and not _GERUND_OBJECT_RE.match(sentence, m.end() - 3, start)):
            continue
        if _GATHERING_RE.fullmatch(m.group()) and _SCENE_LEAD_RE.search(sentence, max(0, m.start() - 60), m.start()):
            continue  # "five people were shot at a vigil Monday evening": the vigil is where, not after
        if _SAYING_RE.match(m.group()) and _CLOCK_LEAD_RE.match(sentence, m.end(), start):
            continue  # "the sheriff's office says around 2 p.m. on Sunday, deputies were dispatched"
        if _ACCORDING_TO_RE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "According to an arrest warrant, the men went to the motel ... on Friday": the clause's source
        best = start - m.end()
    return best


# A death or a wound of the road, not of gunfire: "two students killed in a traffic accident", "hurt in a crash".
_ROAD_TOLL_AFTER_RE = re.compile(
    r"(?i)\s+in\s+an?\s+(?:(?:car|traffic|auto|vehicle|motorcycle|head-on|highway|single-vehicle|two-vehicle)\s+)?"
    r"(?:crash|wreck|collision)\b|\s+in\s+an?\s+(?:car|traffic|auto|vehicle|motorcycle|boating)\s+accident\b")


def _nearest(rx: re.Pattern[str], sentence: str, start: int, end: int, skip_charges: bool = False) -> int | None:
    best = None
    for m in rx.finditer(sentence):
        if start < m.end() and m.start() < end:
            continue  # inside the date phrase ("Sunday's shooting" is handled apart)
        if rx is _VIOLENCE_RE and _ROAD_TOLL_AFTER_RE.match(sentence, m.end()):
            continue  # "Two weeks ago the names of two students killed in a traffic accident were painted on"
        if skip_charges and _CHARGE_NOUN_RE.match(m.group()) and _CHARGE_LEAD_RE.search(sentence[max(0, m.start() - 60):m.start()]):
            continue
        if m.start() >= end and _CLAUSE_WORD_RE.search(sentence, end, m.start()):
            continue  # "charged Thursday after he shot ...": the shooting is another clause's
        if m.start() >= end and _speech_tag_after(sentence, start, end, m):
            continue
        if m.end() <= start and _SAYING_RE.match(m.group()) and _CLOCK_LEAD_RE.match(sentence, m.end(), start):
            continue
        if m.end() <= start and _ACCORDING_TO_RE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "According to an arrest warrant, ...": the clause's source, see _nearest_before
        gap = start - m.end() if m.end() <= start else m.start() - end
        if best is None or gap < best:
            best = gap
    return best


def _speech_tag_after(sentence: str, start: int, end: int, word: re.Match[str]) -> bool:
    """True when ``word`` is a speech tag set off by a comma after a date that a violent word just
    before it dates: "was shot in the back and the leg Thursday night, his mother told reporters",
    or that an hour of the day dates: "was found in a car around 7:05 p.m. Monday, in the 100 block
    of Elm Street, said Deputy ...".  A date opening its clause ("On Friday, he said ...") is the
    saying's, and stays so."""
    if not _SAYING_RE.match(word.group()) or "," not in sentence[end:word.start()]:
        return False
    return (_VIOLENCE_RE.search(sentence, max(0, start - _VERB_REACH), start) is not None
            or _CLOCK_BESIDE_RE.search(sentence, max(0, start - 25), start) is not None
            or _CLOCK_AFTER_RE.match(sentence, end) is not None)


# how many sentences open a segment and tell what it is about (a headline, the lead, the sentence after it)
_LEAD_SENTENCES = 3


# The act a sentence or a charge is for, told by its verb or an indefinite noun: "sentenced Monday for shooting a
# neighbor on March 8, 2015", "pleaded guilty to killing his cousin on Thanksgiving night 2014", "for a shooting on
# Memorial Day 2014".
_ACT_BEFORE_RE = re.compile(
    r"(?i)\b(?:for|of|to|with)\s+(?:(?:accidentally|fatally)\s+)?(?:(?:shooting(?:\s+and\s+killing)?|killing|wounding|"
    r"murdering|stabbing)\s+(?!(?:death|deaths|spree|range|victim)\b)|(?:a|the)\s+(?:(?:fatal|deadly)\s+)?(?:shooting|killing|"
    r"slaying|murder|stabbing)\s+)[^.;:!?()\n]{0,50}?(?:on\s+)?$"
)


def _the_incidents_old_day(text: str, timex: Timex) -> bool:
    """'Sentenced Monday for the killing of Dana Pruitt on March 3, 2014', 'the March 3, 2014, shooting',
    'convicted in the shooting death of X on March 3, 2014', 'sentenced Monday for shooting a neighbor on March 8,
    2015' (an act a sentence or a charge is for): a calendar day told in the segment's opening sentences as
    the day of THE shooting or killing, after the aftermath that is the report's news.  Such a day is the incident's
    however long ago (a sentencing or a trial comes years later).  An old day told otherwise ("a deadly shooting on
    March 3, 2014" at the same corner), or further down (a brother's shooting years before, told as background),
    stays background."""
    if not timex.explicit or timex.span.precision != "day":
        return False
    if sum(1 for _ in _SENT_END_RE.finditer(text, 0, timex.start)) >= _LEAD_SENTENCES:
        return False
    after = text[timex.end:timex.end + 40]
    if _YEAR_END_RE.search(timex.text) and after[:1] == "," and _DATE_OF_RE.match(after[1:]):
        return True  # (the comma after a year: "the March 3, 2014, shooting")
    lo, _ = _sentence_bounds(text, timex.start, timex.end)
    return (_NOUN_BEFORE_RE.search(text[lo:timex.start], max(0, timex.start - lo - 90)) is not None
            or _ACT_BEFORE_RE.search(text, max(lo, timex.start - 90), timex.start) is not None)


def _a_holiday_restated(timex: Timex, timexes: Sequence[Timex]) -> bool:
    """True for an old holiday the text also states as its calendar date ("pleaded guilty Tuesday in a shooting on
    Thanksgiving ... The shooting happened Nov. 26, 2015"): told twice, it is the incident's day however long ago,
    like an old day told as the shooting's (``_the_incidents_old_day``)."""
    return (timex.span.precision == "day" and _HOLIDAY_RE.search(timex.text) is not None
            and any(t is not timex and t.explicit and t.span.precision == "day" and t.span.start == timex.span.start
                    for t in timexes))


def _after_violent_noun(sentence: str, start: int) -> bool:
    """True when the date follows a violent noun phrase ("the shooting of the girl back on July 16")
    whose clause has no aftermath word before it: "arrested in the shooting of X on Monday" may date
    the arrest, "the gun used in the shooting of X on Monday" dates the shooting."""
    m = _NOUN_BEFORE_RE.search(sentence, max(0, start - 90), start)
    if m is None:
        return False
    lo = 0
    for c in _CLAUSE_WORD_RE.finditer(sentence, 0, m.start()):
        lo = c.end()
    return not any(not _SAYING_RE.match(a.group()) for a in _AFTERMATH_RE.finditer(sentence, lo, m.start()))


# "treated and released Saturday hours after his son shot him", "arrested Friday, minutes after the
# shooting": what the date dates came hours after the violence, so the date is the violence's too.
# What a date dates when the violence follows it with "after" and no day of its own: "treated and
# released Saturday hours after his son shot him", "arrested Friday, minutes after the shooting"
# (hours after the violence), "a girl was hospitalized Thursday evening after a bullet entered her
# home" (care given the day of the violence).  "hospitalized Thursday after being shot Monday" names
# the violence's own day, and that one dates it.
_HOURS_AFTER_RE = re.compile(
    r"(?i)^,?\s*(?:(?:just|only|mere|several|a\s+few|two|three)\s+)?(?:hours|minutes|moments)\s+after\b|"
    r"^,?\s*(?:shortly|soon|right|just|immediately)\s+after\b"
)
_CARE_AFTER_RE = re.compile(r"(?i)^\s+after\b")
_CARE_BEFORE_RE = re.compile(
    r"(?i)\b(?:hospitali[sz]ed|treated|rushed|taken\s+to\s+(?:a|the)\s+(?:\w+\s+){0,2}hospital)\s+(?:on\s+)?$"
)
_DAY_NAME_RE = re.compile(rf"\b(?:{_WEEKDAY}|{_MONTH})|\b(?:yesterday|last\s+night|overnight)\b")


def _dates_violence_after(text: str, timex: Timex) -> bool:
    """True when the date is followed by "hours after" (or, after words of care, by "after") and a
    violent word in the same clause that names no day of its own."""
    after = text[timex.end:timex.end + 40]
    m = _HOURS_AFTER_RE.match(after)
    if m is None and _CARE_BEFORE_RE.search(text[max(0, timex.start - 60):timex.start]):
        m = _CARE_AFTER_RE.match(after)
    if m is None:
        return False
    rest = text[timex.end + m.end():timex.end + m.end() + _VERB_REACH]
    stop = _CLAUSE_END_RE.search(rest)
    rest = rest[:stop.start()] if stop else rest
    return _VIOLENCE_RE.search(rest) is not None and _DAY_NAME_RE.search(rest) is None


# "on Saturday, a day after a man was shot", "Monday, two days after the shooting"
_DAYS_AFTER_RE = re.compile(r"(?i),?\s+(?P<n>a|one|two|three|four|five|six)\s+days?\s+after\b")


def _days_before_violence(text: str, timex: Timex) -> _dt.timedelta | None:
    """How many days a date lies after the violence it is counted from ("Saturday, a day after ... was shot"):
    the violent word must follow in the clause, with no day of its own named."""
    if timex.span.precision != "day":
        return None
    m = _DAYS_AFTER_RE.match(text, timex.end)
    if m is None:
        return _a_death_a_day_after(text, timex) or _a_death_the_night_after(text, timex)
    rest = text[m.end():m.end() + _VERB_REACH]
    stop = _CLAUSE_END_RE.search(rest)
    rest = rest[:stop.start()] if stop else rest
    if _VIOLENCE_RE.search(rest) is None or _DAY_NAME_RE.search(rest) is not None:
        return None
    return _dt.timedelta(days=_NUMBER_WORDS[m["n"].lower()])


# A death's day "less than 24 hours after" the shooting it counts from ("was pronounced dead at 5:20 p.m. Saturday, less
# than 24 hours after officers were called to a home on Bever Ave. for a shooting"): the day before.  Only a death's:
# "A man was shot Saturday, less than 24 hours after a woman was killed" dates its own shots.
_UNDER_A_DAY_AFTER_RE = re.compile(r"(?i),?\s+(?:less\s+than|under|not\s+even)\s+(?:24|twenty-four)\s+hours\s+after\b")
_DEATH_REACH = 60  # characters from a death's words to the day they are told on
# the end of a clause, but not a street's abbreviation ("on Bever Ave. SE for a shooting")
_NOT_STREET = r"(?<!\bAve)(?<!\bSt)(?<!\bRd)(?<!\bDr)(?<!\bLn)(?<!\bCt)(?<!\bHwy)(?<!\bBlvd)"
_CLAUSE_END_NOT_STREET_RE = re.compile(rf"[!?;]\s|{_NOT_STREET}\.\s|(?<![.])\n|{_NOT_STREET}\.\n")


def _a_death_a_day_after(text: str, timex: Timex) -> _dt.timedelta | None:
    """One day when a death's day is told "less than 24 hours after" the violence that follows in its clause."""
    m = _UNDER_A_DAY_AFTER_RE.match(text, timex.end)
    if m is None or not _DEATH_WORDS_RE.search(text, max(0, timex.start - _DEATH_REACH), timex.start):
        return None
    rest = text[m.end():m.end() + 2 * _VERB_REACH]
    stop = _CLAUSE_END_NOT_STREET_RE.search(rest)
    rest = rest[:stop.start()] if stop else rest
    if _VIOLENCE_RE.search(rest) is None or _DAY_NAME_RE.search(rest) is not None:
        return None
    return _ONE_DAY


# The violence told as "the night before" a death's day, in the death's sentence or the next ("died Sunday morning after
# being shot ... at around 8:30 p.m. the night before", "died Thursday. She had been shot the day before, police said"):
# the words end their clause or a place or a time follows ("the night before his graduation" is another day's)
_THE_NIGHT_BEFORE_RE = re.compile(
    r"(?i)\bthe\s+(?:night|evening|day|afternoon)\s+before(?=\s*(?:[,.;!?]|$)"
    r"|\s+(?:police|authorities|officials|according|outside|inside|at|in|on|near|behind|while|when)\b)")


def _a_death_the_night_after(text: str, timex: Timex) -> _dt.timedelta | None:
    """One day when a death's day is followed, in its sentence or the next, by a violent word and "the night before"
    with no day named between."""
    if not _DEATH_WORDS_RE.search(text, max(0, timex.start - _DEATH_REACH), timex.start):
        return None
    rest = text[timex.end:timex.end + 3 * _VERB_REACH]
    before = _THE_NIGHT_BEFORE_RE.search(rest)
    if before is None or len(_SENT_END_RE.findall(rest, 0, before.start())) > 1:
        return None
    rest = rest[:before.start()]
    if _VIOLENCE_RE.search(rest) is None or _DAY_NAME_RE.search(rest) is not None:
        return None
    return _ONE_DAY


# Another incident named beside the report's own, by its calendar date: "a separate shooting, one that occurred
# Oct. 30", "in retaliation for an Oct. 13 gang shooting", "to get back at him for a June 30 robbery", "an earlier
# shooting on July 2" (the cue and a violent noun
# around the date in its sentence), or a sentence opening on the date after a tally of incidents ("It was the city's
# second homicide in a week. On Feb. 4, a man was found shot to death ...").
_OTHER_CUE_RE = re.compile(
    r"(?i)\b(?:separate|unrelated|earlier|previous|prior|similar|retaliat(?:ion|ory|e)|revenge|avenge[ds]?|get(?:ting)?\s+back\s+at|payback)\b"
)
_OTHER_NOUN_RE = re.compile(
    r"(?i)\b(?:shootings?|killings?|slayings?|homicides?|murders?|attacks?|stabbings?|drive-by|gunfire|robbery|robberies)\b"
)
_OTHER_CUE_REACH = 70  # characters from the cue to the date
_TALLY_RE = re.compile(
    r"(?i)\b(?:second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th)|latest|string|series|spate|rash)\b"
    r"[^.!?\n]{0,60}?\b(?:homicides?|shootings?|killings?|slayings?|murders?)\b"
)
_SENTENCE_OPENER_RE = re.compile(r"(?i)(?:^|[.!?][\"'”’)]*\s+|\n\s*)(?:on\s+)?$")
# a calendar date in words, either way round, or in figures: "Oct. 30", "July 2, 2015", "30 October", "2nd of July",
# "10/30"
_MONTH_DAY_WORDS_RE = re.compile(_MONTH + r"\s+\d|\d" + _ORD + r"\s+(?:of\s+)?" + _MONTH + r"|\b\d{1,2}/\d{1,2}\b")


def _names_other_incident(text: str, timex: Timex) -> bool:
    """True when the words around a calendar date make it another incident's than the one reported: a cue
    ("separate", "retaliation for", "an earlier") with a violent noun near the date in its sentence, or the date
    opening a sentence after one that tallies incidents ("the second homicide in a week")."""
    lo, hi = _sentence_bounds(text, timex.start, timex.end)
    for cue in _OTHER_CUE_RE.finditer(text, max(lo, timex.start - _OTHER_CUE_REACH), timex.start):
        if _OTHER_NOUN_RE.search(text, cue.end(), min(hi, timex.end + 40)):
            return True
    if lo and _SENTENCE_OPENER_RE.search(text, max(0, lo - 4), timex.start) and text[timex.end:timex.end + 1] == ",":
        plo, _ = _sentence_bounds(text, max(0, lo - 2), max(0, lo - 2))
        return _TALLY_RE.search(text, plo, lo) is not None
    return False


# The violence told as coming back: "the same house was hit again", "and this time a woman was wounded".
_AGAIN_RE = re.compile(r"(?i)\b(?:again|this\s+time|once\s+more|for\s+the\s+second\s+time)\b")


_AGAIN_REACH = 300  # characters from the first time's date to the sentence that tells the violence came again
# Violence told as before the story's time: "had been shot on Jan. 9", "had also been wounded".
_PLUPERFECT_RE = re.compile(
    r"(?i)\bhad\s+(?:(?:also|previously|already)\s+)?been\s+(?:shot|wounded|stabbed|attacked|robbed|injured|hurt|targeted)\b"
)


def _first_of_two(text: str, timex: Timex, timexes: Sequence[Timex]) -> bool:
    """True when a calendar day is the first of two violent days: the words after it tell violence came again on a
    later day they name ("On March 28, someone fired a dozen shots into a house, hurting no one.  On Monday night, the
    same house was hit again, and this time a woman was wounded"), or it is told in the past perfect ("had been shot
    before, on Jan. 9") before a later day a violent word dates ("He was shot Sunday night"): the report's incident is
    the second."""
    lo, hi = _sentence_bounds(text, timex.start, timex.end)
    told_before = _PLUPERFECT_RE.search(text, max(lo, timex.start - _VERB_REACH), timex.start) is not None
    for t in timexes:
        if (t.start < timex.end or t.start > hi + _AGAIN_REACH or t.span.precision != "day" or t.span.start is None
                or t.span.start <= timex.span.start):
            continue
        a, b = _sentence_bounds(text, t.start, t.end)
        role = date_role(text, t)
        if (_AGAIN_RE.search(text, max(a, timex.end), b) and _VIOLENCE_RE.search(text, a, b) and role >= 0
                or told_before and role == 1 and not _PLUPERFECT_RE.search(text, max(a, t.start - _VERB_REACH), t.start)):
            return True
    return False


def _other_incident_days(text: str, timexes: Sequence[Timex]) -> frozenset[_dt.date]:
    """The calendar days a text gives to another incident than its own (see ``_names_other_incident`` and
    ``_first_of_two``): every mention of such a day is that incident's ("the Oct. 30 shooting" after "a separate
    shooting ... Oct. 30")."""
    return frozenset(t.span.start for t in timexes
                     if t.explicit and t.span.precision == "day" and (
                         _MONTH_DAY_WORDS_RE.search(t.text) and (_names_other_incident(text, t) or _first_of_two(text, t, timexes))
                         # "After several shootings on Labor Day, gunfire erupted again ... on Wednesday": the
                         # holiday's violence is the first of two
                         or _HOLIDAY_RE.search(t.text) is not None and _first_of_two(text, t, timexes)))


# "a New Year's Eve party", "a Fourth of July cookout": a holiday naming the occasion the violence came at, which
# may run past midnight into the next day ("at a New Year's Eve party ... about 3:10 a.m. Jan. 1").
_OCCASION_AFTER_RE = re.compile(
    r"(?i)\s+(?:party|parties|celebration|gathering|cookout|barbecue|bash|festivities|fireworks|dinner|event)\b"
)
# A photograph's date: "This March 11, 2013 photo shows ...", "(Photo: ..., taken May 30.)", "a file photo from".
_PHOTO_AFTER_RE = re.compile(r"(?i),?[ \t]+(?:file[ \t]+)?photo(?:graph)?\b(?![ \t]*(?:credit|courtesy))")
_PHOTO_BEFORE_RE = re.compile(r"(?i)(?:\(\s*(?:AP\s+)?photo\b[^()\n]*|\bphoto(?:graph)?\s+(?:taken|dated|from)\s+(?:on\s+)?)$")


# "since Jan. 1": the day a stretch began, never that of the incident reported; with a count or a tally in its
# sentence ("the city's 41st homicide since Jan. 1", "Since Aug. 1, six people have been shot") only the count's start.
_SINCE_LEAD_RE = re.compile(r"(?i)\bsince\s+$")
_COUNT_RE = re.compile(
    r"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens?|several)\b[^.!?\n]{0,30}?"
    r"\b(?:people|persons|homicides?|shootings?|killings?|slayings?|murders?|victims?|deaths?|teens|teenagers|"
    r"men|women|children|kids)\b"
)


def _since(text: str, timex: Timex) -> str | None:
    """What "since" before a calendar date makes it: "count" (the start of a tally: never the incident's day),
    "stretch" (the start of a condition or of a run of incidents: another day than the incident's), None (no
    "since")."""
    if not _SINCE_LEAD_RE.search(text, max(0, timex.start - 8), timex.start):
        return None
    lo, hi = _sentence_bounds(text, timex.start, timex.end)
    if _TALLY_RE.search(text, lo, hi) or _COUNT_RE.search(text, lo, hi):
        return "count"
    return "stretch"


# A birthday told by its day: "who turned 30 on May 2", "celebrated his 30th birthday on April 2", "On April 2, Deshawn
# Toller celebrated his birthday".  Not "shot on her 21st birthday, June 18": the shooting's verb dates that day.
_BIRTHDAY_BEFORE_RE = re.compile(r"(?i)\b(?:turned\s+\d{1,3}(?:\s+years\s+old)?|birthday|was\s+born)\s+(?:on\s+)?$")
_BIRTHDAY_AFTER_RE = re.compile(
    r"^,\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:celebrated|marked|turned)\b[^.;!?\n]{0,30}?\b(?:birthday|\d{1,3})\b"
)


# A roundup's heading over a list of the other shootings: "In non-fatal Monday shootings:", "Other Sunday shootings:"
# (the report's own, often the killing it leads with, is told by its own day elsewhere).
_OTHERS_HEAD_BEFORE_RE = re.compile(r"(?i)\b(?:non-?fatal|other)\s+$")
_OTHERS_HEAD_AFTER_RE = re.compile(r"(?i)\s+(?:shootings|incidents|attacks)\s*:")


def _heads_a_list_of_others(text: str, timex: Timex) -> bool:
    """True when a day heads a roundup's list of its other shootings ("In non-fatal Monday shootings: At 4:31 a.m.")."""
    return (_OTHERS_HEAD_AFTER_RE.match(text, timex.end) is not None
            and _OTHERS_HEAD_BEFORE_RE.search(text, max(0, timex.start - 12), timex.start) is not None)


def _birthdays(text: str, timex: Timex) -> bool:
    """True when a calendar day is told as someone's birthday: right after "turned 30", "birthday" or "was born", or
    right before a name that "celebrated" one; such a day dates a life, never the violence, unless the violence is
    told on it ("was shot on her birthday May 8")."""
    if not timex.explicit or timex.span.precision != "day":
        return False
    cue = _BIRTHDAY_BEFORE_RE.search(text, max(0, timex.start - 40), timex.start)
    if cue is not None:
        lo, _ = _sentence_bounds(text, timex.start, timex.end)
        # "was shot on her birthday May 8": the violence told on the birthday dates it
        return _VIOLENCE_RE.search(text, max(lo, cue.start() - 40), cue.start()) is None
    return _BIRTHDAY_AFTER_RE.match(text[timex.end:timex.end + 80]) is not None


def _occasion_before_the_next_day(text: str, timex: Timex, stated: set[_dt.date]) -> bool:
    """True when a holiday names the occasion the violence came at ("at a New Year's Eve party") and the text states
    the next day as a calendar date too ("about 3:10 a.m. Jan. 1"): the party ran past midnight, the shots with it."""
    return (timex.span.start + _ONE_DAY in stated and _OCCASION_AFTER_RE.match(text, timex.end) is not None
            and _HOLIDAY_RE.search(timex.text) is not None)


def _dates_photo(text: str, timex: Timex) -> bool:
    """True when a date is a photograph's, told in its caption, not the incident's."""
    return bool(_PHOTO_AFTER_RE.match(text, timex.end)
                or _PHOTO_BEFORE_RE.search(text, max(0, timex.start - 200), timex.start))


# "As of late Tuesday", "as of Monday morning": the day a tally or a condition stood, told after the event.
_AS_OF_RE = re.compile(r"(?i)\bas\s+of\s+$")
# "By Monday," opening its sentence (match at the date's start; the date's own "late" or "early" is inside it)
_BY_OPENER_RE = re.compile(r"(?:^|[.!?][\"'”’]?\s+|\n\s*)By\s+$")


def _alone_on_its_line(text: str, timex: Timex) -> bool:
    """True when a date is all its line says, as a page prints its own day above the story ("October 23, 2015")."""
    lo = text.rfind("\n", 0, timex.start) + 1
    hi = text.find("\n", timex.end)
    return hi != -1 and not text[lo:timex.start].strip() and not text[timex.end:hi].strip(" \t.")


# Shots fired at a gathering that only follows a killing (a vigil, a funeral, a memorial): the gathering's day, right
# after it, is the shots' ("opened fire minutes into a vigil Monday evening", "Shots rang out during a funeral
# Saturday"); "A vigil was held Monday for a man shot Sunday" has no shots at the vigil.
_SHOTS_AT_A_GATHERING_RE = re.compile(
    r"(?i)\b(?:opened\s+fire|fired|shots?\s+(?:rang\s+out|were\s+fired)|gunfire\s+(?:erupted|broke\s+out)|shot|"
    r"shooting)"
    r"\s+(?:\w+\s+){0,3}?(?:on|at|into|during|outside)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:vigil|funeral|memorial(?:\s+(?:service|gathering))?|wake|repast)\s+(?:on\s+)?$")


# An embedded tweet's byline just before its date: "— Dana Reed (@danareed) September 24, 2016"
_TWEET_BY_RE = re.compile(r"\(@\w{1,20}\)\s*$")


def date_role(text: str, timex: Timex) -> int:
    """What the words around a date make it: 2 the incident's date ("the Jan. 6 shooting"),
    1 near the incident's words, 0 nothing said, -1 an aftermath's date ("charged Monday"),
    -2 the report's own time stamp ("(Dec. 10, 2015) –", "Posted Jan. 5, 2016", a line that is a full date alone)."""
    before = text[max(0, timex.start - 30):timex.start]
    after = text[timex.end:timex.end + 40]
    if timex.explicit and (_STAMP_LEAD_RE.search(before) and _STAMP_TAIL_RE.match(after)
                           or _PUBLISHED_RE.search(before)
                           or _YEAR_END_RE.search(timex.text) and (_STAMP_AFTER_RE.match(after)
                                                                   or _alone_on_its_line(text, timex))
                           or in_dateline(text, timex.start, after)):  # a wire dateline's date is the report's
        return -2
    if timex.explicit and _TWEET_BY_RE.search(before):
        return 0  # "pic.twitter.com/x — Dana Reed (@danareed) September 24, 2016": an embedded tweet's own day
    if not timex.explicit and timex.span.precision == "day" and _PUBLISHED_RE.search(before):
        return -2  # "Posted 12:14 a.m. Saturday": the page's own day named by its weekday
    if not timex.explicit and _UPDATE_PAREN_RE.search(before) and _PAREN_CLOCK_AFTER_RE.match(after):
        # "BREAKING (Thursday, 4:02 p.m.):", "UPDATE (Friday, 9:15 a.m.):": the update's own day, often newer than the
        # page's date, not the shots'
        return -2
    if not timex.explicit and _PRESS_REPORTED_RE.search(before):
        # "... ended in gunfire overnight, local media reported Saturday": the press's telling, not the shots'
        return -1
    if _AS_OF_RE.search(before):
        return -1  # "As of late Tuesday, 2,000 cards had arrived": a tally's day, after the shooting's
    if _BY_OPENER_RE.search(before) and text[timex.end:timex.end + 1] == ",":
        return -1  # "By Monday, most of the shooting victims had gone home": a status's deadline
    if not timex.explicit and _opens_a_saying_of_an_earlier_day(text, timex):
        return -1  # "On Wednesday, the sheriff's office said deputies found the body ... on Tuesday night": the telling's
    if not timex.explicit and _tells_a_later_day(text, timex):
        return -1  # "Police were confident Monday that they would catch the men who ... on Sunday": the telling's day
    if not timex.explicit and _opens_before_a_violent_day(text, timex):
        return 0  # "On Sunday, all four people hurt in a shooting ... late Saturday were listed in stable condition"
    if not timex.explicit and _SHOTS_AT_A_GATHERING_RE.search(text, max(0, timex.start - 90), timex.start):
        # "A gunman opened fire on a vigil Monday evening for a man killed Sunday": the vigil's day is the shots'
        return 1
    if _DATE_OF_RE.match(after):
        return 2
    if timex.explicit and _OCCASION_AFTER_RE.match(after) and _HOLIDAY_RE.search(timex.text) is not None:
        # "accused of crashing a New Year's party and shooting four people": the holiday an occasion is named by is
        # the day of what happened there, whatever aftermath verb the sentence opens with
        return 1
    if not timex.explicit and _an_inquirys_day(text, timex, before):
        return -1  # "Police were still looking Friday for the car whose driver fired": the search's day, not the shots'
    if _dates_violence_after(text, timex):
        return 1
    lo, hi = _sentence_bounds(text, timex.start, timex.end)
    sentence = text[lo:hi]
    start, end = timex.start - lo, timex.end - lo
    if timex.explicit and timex.span.precision == "day" and _after_violent_noun(sentence, start):
        return 2
    # a date modifies the verb before it in its clause ("a man shot ... early Sunday morning has been
    # released", "shot by his cousin on Sunday, has died"): the nearer of the two kinds of words there
    # decides; with neither before it, the nearest on either side
    vb = _nearest_before(_VIOLENCE_RE, sentence, start, skip_charges=True)
    ab = _nearest_before(_AFTERMATH_RE, sentence, start)
    if vb is not None and vb <= _VERB_REACH or ab is not None and ab <= _VERB_REACH:
        return 1 if ab is None or (vb is not None and vb < ab) else -1
    v = _nearest(_VIOLENCE_RE, sentence, start, end, skip_charges=True)
    a = _nearest(_AFTERMATH_RE, sentence, start, end)
    clock = bool(_CLOCK_RE.search(text[max(lo, timex.start - 25):min(hi, timex.end + 25)]))
    if v is not None and (a is None or v < a):
        return 1
    if a is not None and (v is None or a < v):
        return -1
    return 1 if clock else 0


# An inquiry going on on a day: "were still looking Friday for", "still trying Thursday to identify", "kept working
# Tuesday to learn why", "worked today to determine why" (the lead before the day, the tail after it).
_STILL_LEAD_RE = re.compile(r"(?i)\b(?:still|kept)\s+[a-z]+ing\s+(?:on\s+)?$")
_WORKED_LEAD_RE = re.compile(r"(?i)\bwork(?:ed|ing)\s+(?:on\s+)?$")
_INQUIRY_TAIL_RE = re.compile(
    r"(?i)\s+(?:to\s+(?:determine|find|identify|learn|locate|track|figure|piece|understand|establish)|(?P<for>for))\b")


# The speaker's own day inside a quotation: "today", "tonight", "this evening" (with "earlier" or "'s" after it).
_OWN_DAY_WORD_RE = re.compile(r"(?i)(?:earlier\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))")


def _a_quoted_own_day(text: str, timex: Timex) -> bool:
    """Whether ``timex`` is "today", "tonight" or "this evening" inside a quotation on its line (an odd number of
    straight double quotes before it, or a curly opening quote after the last closing one): a statement's or a
    release's own day ('"The FBI will assist with this evening's incident at the mall," the spokeswoman said'), which
    a report published the next day carries over; the shots' weekday the report tells itself dates them better."""
    if timex.explicit or not _OWN_DAY_WORD_RE.fullmatch(timex.text):
        return False
    line = text[text.rfind("\n", 0, timex.start) + 1:timex.start]
    if line.count('"') % 2:
        return True
    return line.rfind("\u201c") > line.rfind("\u201d")


def _an_inquirys_day(text: str, timex: Timex, before: str) -> bool:
    """True when a day names an inquiry still going on ("Police were still looking Friday for the car whose driver
    fired at a man", "As police worked today to determine why a person opened fire"): the day of the search, after the
    shots.  "worked Friday for a moving company" is a job, not an inquiry: "work" takes only "to determine" and kin."""
    tail = _INQUIRY_TAIL_RE.match(text, timex.end)
    if tail is None:
        return False
    return _STILL_LEAD_RE.search(before) is not None or not tail["for"] and _WORKED_LEAD_RE.search(before) is not None


# A complement after a day: "were confident Monday that", "announced Tuesday that" (match at the date's end).
_THAT_AFTER_RE = re.compile(r",?\s+that\b")


def _tells_a_later_day(text: str, timex: Timex) -> bool:
    """True when a weekday a "that" clause follows ("Police were confident Monday that they would catch the men who
    hid near a block party on Sunday and fired") names no violence's day (no violent word just before it) and its
    sentence names another weekday after it: the first dates the telling, the clause's the shooting."""
    if not _THAT_AFTER_RE.match(text, timex.end):
        return False
    lo, hi = _sentence_bounds(text, timex.start, timex.end)
    sentence = text[lo:hi]
    vb = _nearest_before(_VIOLENCE_RE, sentence, timex.start - lo, skip_charges=True)
    if vb is not None and vb <= _VERB_REACH:
        return False
    return _WEEKDAY_NAME_RE.search(sentence, timex.end - lo) is not None


# A weekday that opens its sentence (after a dateline's dash at most) and ends its phrase with a comma: "On Sunday,".
_OPENER_BEFORE_RE = re.compile(r"(?:^|[—–]\s*)(?i:on\s+)?$")
_WEEKDAY_NAME_RE = re.compile(_WEEKDAY_NAME)


def _opens_before_a_violent_day(text: str, timex: Timex) -> bool:
    """True when a weekday opens its sentence ("On Sunday, all four people hurt in a shooting outside a bar late
    Saturday were listed in stable condition") and a later weekday of the sentence follows a violent word nearer than
    any aftermath word: the opener dates the sentence's clause (a status, a statement), the later one the violence."""
    if text[timex.end:timex.end + 1] != ",":
        return False
    lo, hi = _sentence_bounds(text, timex.start, timex.end)
    # the slice, not search(text, lo, ...): "^" matches only at a string's real start, never at ``pos``, so a later
    # sentence's opener ("... was shot. On Sunday, all four ...") would never be seen
    if not _OPENER_BEFORE_RE.search(text[lo:timex.start]):
        return False
    sentence = text[lo:hi]
    for m in _WEEKDAY_NAME_RE.finditer(sentence, timex.end - lo):
        vb = _nearest_before(_VIOLENCE_RE, sentence, m.start(), skip_charges=True)
        ab = _nearest_before(_AFTERMATH_RE, sentence, m.start())
        if vb is not None and vb <= _VERB_REACH and (ab is None or vb < ab):
            return True
    return False


# A saying right after an opening weekday: "On Wednesday, the sheriff's office said", "On Friday, deputies announced".
_OPENER_SAYING_RE = re.compile(r"(?i)\b(?:said|says|announced|confirmed|reported|told\s+\w+)\b")
_OPENER_SAYING_REACH = 60  # characters from the opener's comma to its saying verb


def _opens_a_saying_of_an_earlier_day(text: str, timex: Timex) -> bool:
    """True when a weekday opens its sentence ("On Wednesday, the sheriff's office said deputies found the body of the
    man on Tuesday night") and its clause is a saying whose reported words name another weekday, not itself a saying's
    day nor one ahead: the opener dates the telling, the reported weekday the incident."""
    if text[timex.end:timex.end + 1] != ",":
        return False
    lo, hi = _sentence_bounds(text, timex.start, timex.end)
    if not _OPENER_BEFORE_RE.search(text[lo:timex.start]) or _FUTURE_CUE_RE.search(text, timex.end, hi):
        return False
    said = _OPENER_SAYING_RE.search(text, timex.end, min(hi, timex.end + _OPENER_SAYING_REACH))
    if said is None or _VIOLENCE_RE.search(text, timex.end, said.start()):
        return False  # no saying, or the opener's clause tells the violence first ("On Friday, a student was shot")
    for m in _WEEKDAY_NAME_RE.finditer(text, said.end(), hi):
        if m[0] != timex.text.split()[-1] and not _SAID_LEAD_RE.search(text, max(0, m.start() - 30), m.start()):
            return True
    return False


# Periods a lead names before the story gives the day: "last week", "earlier this week", "over the
# weekend", "overnight", and a month ("last month's shooting ... She was shot July 16"): a follow-up's
# lead names the month, its body the day.
_PERIOD_PRECISIONS = frozenset({"days", "week", "month"})
# The small hours said in words: "an early morning shooting", "shortly after midnight".
_SMALL_HOURS_RE = re.compile(r"(?i)\b(?:early[ -]morning|(?:just|shortly|right|soon)\s+after\s+midnight|wee\s+hours)\b")


def _of_the_small_hours(text: str) -> bool:
    """True when a segment's hours are all the morning's: its clock times ("1:30 a.m."), or words
    for the small hours ("an early morning shooting") with no evening clock time beside them."""
    halves = _clock_halves(text)
    return halves == {"a"} or not halves - {"a"} and _SMALL_HOURS_RE.search(text) is not None


# A date that only dates the telling: "police said Wednesday", "the sheriff told reporters Monday".
# ... and the press's telling: "local media reported Saturday" (not "a shooting reported Saturday": the call's day)
_PRESS_REPORTED = r"(?:media|press|outlets|newspapers?|television|TV|stations?)\s+reported"
_SAID_LEAD_RE = re.compile(
    rf"(?i)\b(?:said|says|told\s+(?:\w+\s+){{0,2}}?\w+|announced|confirmed|{_PRESS_REPORTED})\s+(?:on\s+)?$")
_PRESS_REPORTED_RE = re.compile(rf"(?i)\b{_PRESS_REPORTED}\s+(?:on\s+)?$")
# ... and at a news conference, when the reported words follow the day with no "that" ("said at a press conference
# Monday the officers were on a coffee break Sunday"); with "that" the saying's day may be the violence's too
_CONFERENCE_LEAD_RE = re.compile(
    r"(?i)\b(?:said|says)\s+(?:at|during)\s+(?:a|an|the)\s+(?:(?:news|press)\s+conference|briefing)\s+(?:on\s+)?$")
# "He died Sunday of a gunshot wound": a death's day, the last resort for narrowing a period.
_DIED_LEAD_RE = re.compile(r"(?i)\b(?:died|succumbed(?:\s+to\s+\w+\s+(?:injuries|wounds))?|was\s+pronounced\s+dead)\s+(?:on\s+)?$")
# ... and with its clock time between ("died just before 12:30 p.m. on Saturday", "died at about 4 p.m. Tuesday"): a
# day that narrows a period it lies in, never one moved a week back into it
_DIED_AT_CLOCK_RE = re.compile(
    r"(?i)\b(?:died|was\s+pronounced\s+dead)\s+(?:(?:just|shortly)\s+(?:before|after)\s+|at\s+(?:about\s+|around\s+)?|"
    r"about\s+|around\s+)\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?\s+(?:on\s+)?$")


# How far before a week a day its words surround may lie and still narrow it: the weekend before.
_WEEK_SLACK = 2 * _ONE_DAY


# What follows a shooting and never comes before it, named beside its own day: "died Sunday", "was taken off life
# support Sunday", "Prosecutors on Monday charged", "was arraigned Tuesday", "released from the hospital Saturday",
# "gathered Monday evening for a candlelight vigil", "held a news conference Wednesday".
_FOLLOWS_RE = re.compile(
    r"(?i)\b(?:died|pronounced\s+dead|succumbed|(?:taken|removed)\s+off\s+life\s+support|charged|arrested|arraigned|"
    r"indicted|booked|turned\s+(?:himself|herself)\s+in|released\s+from\s+(?:the\s+|a\s+)?hospital|vigil|"
    r"funeral(?!\s+(?:home|parlor|chapel)s?\b)|(?:news|press)\s+conference)\b"
)
_FOLLOWS_REACH = 60  # characters between such words and the day they are told on, in one clause
# A weekday named alone or after "late" or "early" (not "last Friday", "this Friday", "next Friday").
_BARE_WEEKDAY_RE = re.compile(rf"^(?:(?i:late|early)\s+(?:(?i:on)\s+)?)?(?P<wd>{_WEEKDAY_NAME})")


def _follows_the_violence(text: str, timex: Timex) -> bool:
    """True when a date is told as the day of what comes only after a shooting (a death, a charge, an arrest, an
    arraignment, a release from hospital, a vigil, a funeral, a news conference), by those words near it in its
    clause, before or after it, in a sentence that speaks of no day ahead."""
    lo, hi = _sentence_bounds(text, timex.start, timex.end)
    if _FUTURE_CUE_RE.search(text, lo, hi):
        return False  # "Visitation will be Monday and 9 a.m. Tuesday": days ahead, whatever they resolved to
    for m in _FOLLOWS_RE.finditer(text, max(lo, timex.start - _FOLLOWS_REACH), min(hi, timex.end + _FOLLOWS_REACH)):
        between = text[m.end():timex.start] if m.end() <= timex.start else text[timex.end:m.start()]
        if m.start() < timex.end and m.end() > timex.start or _CLAUSE_WORD_RE.search(between):
            continue
        return True
    return False


def _bare_weekday(timex: Timex, anchor: _dt.date | None) -> bool:
    """True when a date is a weekday named alone ("Tuesday night", "late Friday") and read as the latest such day."""
    m = _BARE_WEEKDAY_RE.match(timex.text)
    return (m is not None and anchor is not None and not timex.explicit and timex.span.precision == "day"
            and timex.span.start == _weekday_date(anchor, _weekday_number(m["wd"]), "past"))


# How many days before the report a later event's bare weekday may lie and still order the shooting's: a weekday
# read six days back is as often tomorrow's, told by a report whose date lags its writing (a page dated the day of
# the shooting that tells the arraignment "Tuesday").
_FOLLOWS_DAYS = 5


def _before_what_follows(span: DateSpan, follows: Sequence[_dt.date], anchor: _dt.date) -> DateSpan:
    """A shooting's bare weekday read one week earlier when its latest reading falls after the day of what can only
    follow the shooting, itself told by a bare weekday ("was taken off life support Sunday ... were waiting in a parked
    pickup Monday" in a Tuesday report: that Monday is the one before the Sunday, not yesterday).  A shooting told by
    the report's own weekday stays the report's day: a report of a week-old shooting says "last Tuesday"."""
    if span.start >= anchor:
        return span
    if any(span.start - 7 * _ONE_DAY < day < span.start and (anchor - day).days <= _FOLLOWS_DAYS for day in follows):
        week = 7 * _ONE_DAY
        return DateSpan(span.start - week, span.end - week, span.precision, span.text)
    return span


_LAST_WEEK_RE = re.compile(r"(?i)\blast\s+week\b")


_NIGHT_WORD_RE = re.compile(r"(?i)(?:late\s+|early\s+)?(?:overnight|last\s+night)")
# the telling's own day: "early this morning", "earlier today", "tonight"
_TOLD_OWN_DAY_RE = re.compile(
    r"(?i)(?:late\s+|early\s+)?(?:earlier\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))")


def _night_told_on(span: DateSpan, text: str, won: Timex, told: Sequence[tuple[int, _dt.date]]) -> DateSpan:
    """"overnight" or "late last night" in a sentence whose saying is dated before the report ("A man was shot
    overnight ..., police said Sunday" in a Monday report): the night before the telling's day, not before the
    report's; "this morning", "today" or "tonight" there ("fired into a party around 1:30 this morning, police said
    Sunday"): the telling's day itself."""
    lo, hi = _sentence_bounds(text, won.start, won.end)
    day = next((d for at, d in told if lo <= at < hi), None)
    if day is None and _NIGHT_WORD_RE.fullmatch(won.text) and (end := _SENT_END_RE.search(text, hi)) is not None:
        # "Police investigated a shooting overnight on Lake Street. A woman was hit ... at 1:10 a.m., officers said
        # Sunday.": the next sentence's saying tells the same night
        after = _SENT_END_RE.search(text, end.end())
        day = next((d for at, d in told if end.end() <= at < (after.start() if after else len(text))), None)
    if day is None:
        return span
    if _TOLD_OWN_DAY_RE.fullmatch(won.text):
        return DateSpan(day, day, "day", span.text)
    return DateSpan(day - _ONE_DAY, day, span.precision, span.text)


# The night's first half told in words: "just before midnight", "a quarter to midnight"
_BEFORE_MIDNIGHT_RE = re.compile(
    r"(?i)\b(?:(?:just|shortly|right|a\s+little|minutes)\s+before|(?:a\s+)?quarter\s+(?:to|till|before))\s+midnight\b")
_LATE_EVENING_HOUR = 9  # a clock time in words from this hour ("around half past ten") is the night's, told next day


def _evening_told_next_day(text: str, won: Timex, told: Sequence[tuple[int, _dt.date]]) -> bool:
    """True when the day that won is only a saying's ("police said Sunday") and its sentence puts the shots just
    before midnight or late in the evening, in words or by the clock ("around half past ten", "about 11:50 p.m."), with
    no hour past midnight: "was shot in the hand just before midnight, police said Sunday" tells Saturday night's shots
    on the morning after (the telling's day is no night's end: police speak of a night past)."""
    if not any(at == won.start for at, _ in told):
        return False
    lo, hi = _sentence_bounds(text, won.start, won.end)
    sentence = text[lo:hi]
    if _AFTER_MIDNIGHT_RE.search(sentence) or "a" in _clock_halves(sentence):
        return False
    late = [int(re.match(r"\d+", m[0])[0]) % 12 >= _LATE_EVENING_HOUR for m in _HOUR_RE.finditer(sentence)]
    return (_BEFORE_MIDNIGHT_RE.search(sentence) is not None or bool(late) and all(late)
            or any(half == "p" and hour is not None and hour >= _LATE_EVENING_HOUR
                   for _, half, hour in _word_clocks(sentence)))


_DATELINE_REACH = 120  # characters from the start a wire dateline's date may stand
_WRITTEN_BEFORE = 2  # how many days before the report's publication its dateline's day may lie and still count


def _dateline_day(text: str, timexes: Sequence[Timex], anchor: _dt.date | None) -> _dt.date | None:
    """The day a wire dateline gives a report ("HOUSTON, Nov. 16 (Xinhua) --"), when that is a day or two before
    ``anchor`` and the report has words that count from its own day ("overnight", "Saturday"); else None."""
    if anchor is None or not timexes:
        return None
    first = timexes[0]
    day = first.span.start
    if (first.start > _DATELINE_REACH or not first.explicit or first.span.precision != "day" or day is None
            or not 1 <= (anchor - day).days <= _WRITTEN_BEFORE
            or not in_dateline(text, first.start, text[first.end:first.end + 40])):
        return None
    return day if any(not t.explicit for t in timexes[1:]) else None


def _refined(span: DateSpan, days: Sequence[tuple[tuple[int, ...], DateSpan]], anchor: _dt.date | None = None,
             weekdays: Sequence[tuple[tuple[int, ...], DateSpan]] = ()) -> DateSpan:
    """A period ("last week", "over the weekend", "last month") narrowed to the day inside it that the incident's
    words surround ("... wounded last week.  About 4 p.m. Nov. 9, the men were standing ..."): the
    lead names the period, the body the day.  The best-ranked such day wins; a day nothing marks
    counts too, and a victim's death day ("arrested ... in the shooting death over the weekend.
    He died Sunday of a gunshot wound") when no other day is inside the period.

    "Last week" in a report of a Saturday or a Sunday holds the days of the week now ending too (a
    weekend report's "last week's drive-by" is this Tuesday's as often as the Tuesday before).  With no day inside
    it, a bare weekday of ``weekdays`` (read as the latest such day, see ``_bare_weekday``) that lies after the week
    is taken a week earlier when that puts it inside: "arrested Thursday in last week's shooting ... was shot
    Thursday night" in a Friday report is the Thursday of last week."""
    if span.precision not in _PERIOD_PRECISIONS or span.start is None or span.end is None:
        return span
    # "last week's shooting" in a Monday report is as often the weekend before the week as the week itself
    start = span.start - _WEEK_SLACK if span.precision == "week" else span.start
    end = span.end
    last_week = span.precision == "week" and anchor is not None and _LAST_WEEK_RE.search(span.text or "") is not None
    if last_week and anchor.weekday() >= 5 and end < anchor:
        end = anchor - _ONE_DAY
    inside = [d for d in days if start <= d[1].start <= end]
    if not inside and last_week:
        week = 7 * _ONE_DAY
        inside = [(k, DateSpan(d.start - week, d.end - week, d.precision, d.text)) for k, d in weekdays
                  if d.start > end and start <= d.start - week <= end]
    return min(inside, key=lambda d: d[0])[1] if inside else span


def incident_date(
    text: str,
    anchor: _dt.date | None,
    *,
    sentences_first: Sequence[tuple[int, int]] = (),
) -> DateSpan:
    """The date of the incident a text segment describes.

    Ranking, best first: a date the words around it make the incident's ("the Jan. 6 shooting",
    "was shot Saturday") before one with nothing around it, and both before an aftermath's date
    ("was charged Monday", "said Tuesday"), see ``date_role``, where a day only a saying verb dates
    ("police said Tuesday") comes last; within each, a day-to-week precise
    date before a month or year one (a "last month" in the casualty sentence rarely beats a
    "Thursday night" elsewhere) — except that "last month's shooting" beats every aftermath date,
    and that another incident's calendar day ("a separate shooting Oct. 30", "retaliation for an
    Oct. 13 shooting", "On Feb. 4, ..." after "the second homicide in a week") and a photograph's
    date rank with background dates, below any date of the report's own incident;
    then one the incident's words mark before an unmarked one (a "Media release for 03/15" in the
    lead does not beat "a shooting at 1:45 p.m. Friday" below it); then one inside
    ``sentences_first`` (offsets into ``text``); then the finer precision; then
    the earlier in the text (the lead names the incident, later sentences add aftermath).  Dates
    after the anchor (plus a day), background dates and the report's own time stamps are ignored.
    A period that wins ("last week", "over the weekend") is narrowed to the best day inside it
    that the incident's words surround, see ``_refined``; a bare weekday that wins is read a week
    earlier when it would otherwise come after a death, a charge or a vigil the report tells by its
    weekday ("died Sunday ... was shot Tuesday evening" in a Wednesday report), see
    ``_before_what_follows``; a first day that is the small hours of what followed a shooting told by an evening clock
    time alone ("around 10:30 p.m. ... Shortly after midnight on Monday, a SWAT team") is read a day earlier, see
    ``_past_an_evenings_shooting``.

    With nothing usable the report's own date stands in: news reports events of the same or the
    previous day, and of those two the same day more often (a report that names no day at all is
    most often written while the incident is still that day's news), so the result is the anchor
    day with precision "days" (a guess, ranked below any stated day when an incident's reports are
    aggregated); the day before when the only clock times are the evening's ("around 8:30 p.m."):
    the report came out the next morning.  Without an anchor and without any date: unknown.
    """
    best: tuple[tuple[int, ...], DateSpan] | None = None
    stamp: DateSpan | None = None
    days: list[tuple[tuple[int, ...], DateSpan]] = []  # single days the incident's words surround
    follows: list[_dt.date] = []  # the days of what only follows a shooting (a death, a charge, a vigil)
    weekdays: list[tuple[tuple[int, ...], DateSpan]] = []  # those of ``days`` named by a bare weekday
    told: list[tuple[int, _dt.date]] = []  # where a saying's day before the report's stands, and that day
    timexes = find_timexes(text, anchor)
    written = _dateline_day(text, timexes, anchor)
    if written is not None:
        # "HOUSTON, Nov. 16 (Xinhua) -- ... ended in gunfire overnight" published on the 17th: its words count from
        # the day its dateline gives
        return incident_date(text, written, sentences_first=sentences_first)
    others = _other_incident_days(text, timexes)
    stated = {t.span.start for t in timexes if t.explicit and t.span.precision == "day"}
    captions = _caption_lines(text)
    stamp_timex: Timex | None = None
    for index, timex in enumerate(timexes):
        span = timex.span
        if span.start is None:
            continue
        if anchor is not None and span.start > anchor + _TOLERANCE:
            continue
        if anchor is not None and span.start > anchor and _future_context(text, timex.start, timex.end):
            continue  # "More information will be released Friday morning": tomorrow's, not a day the shots were fired
        if anchor is None and span.precision == "year":
            continue  # "in 1974" in an undated text is history as often as not
        since = _since(text, timex) if timex.explicit or span.precision == "day" else None
        if since == "count" and timex.explicit:
            continue  # "the city's 41st homicide since Jan. 1"
        if since != "count" and not timex.explicit:
            since = None  # "hospitalized since Saturday": the day he was shot, as often as not
        # a roundup's tally from a weekday ("four teenagers shot dead since early Saturday") ranks as another
        # incident's day: the first of the run, not the report's own shooting told by its day elsewhere
        if _birthdays(text, timex):
            continue  # "who turned 30 on May 2", "celebrated his birthday on April 2": a life's day, not the incident's
        role = date_role(text, timex)
        if role > 0 and _a_quoted_own_day(text, timex):
            # '"... assist with this evening's incident," the spokeswoman said': the speaker's day, not the shots'
            role = 0
        if role == 1 and _occasion_before_the_next_day(text, timex, stated):
            role = 0  # "shot ... at a New Year's Eve party" beside "about 3:10 a.m. Jan. 1": the party's day, not the shots'
        before_by = _days_before_violence(text, timex)
        if before_by and role != -2:
            # "arrested on Saturday, a day after he was shot": the violence's day, counted back
            span = DateSpan(span.start - before_by, span.end - before_by, span.precision, span.text)
            role = 1
        background = anchor is not None and _is_background(span, anchor)
        if background and role != 2 and not _the_incidents_old_day(text, timex) and not _a_holiday_restated(timex, timexes):
            continue
        if anchor is not None and span.start == anchor and _SHORT_NUMERIC_RE.fullmatch(timex.text):
            # "12/6/16" on the report's own day is a page's stamp ("UPDATE 12/6/16:", a photo's
            # caption): a report tells its own day's shooting as "Tuesday" or "today"
            role = -2
        if role == -2:
            # the report's own date: the incident's only when nothing else is said
            if stamp is None:
                stamp, stamp_timex = span, timex
            continue
        rank = _PRECISION_RANK[span.precision]
        coarse = 0 if rank <= _PRECISION_RANK["week"] else 1
        prioritised = any(a <= timex.start < b for a, b in sentences_first)
        aside = span.precision == "day" and (span.start in others or since is not None
                                             or timex.explicit and _dates_photo(text, timex)
                                             or _heads_a_list_of_others(text, timex))
        # a photo caption's own day word ("the scene of an overnight shooting") is of the day the picture was
        # taken, told from a day the caption does not give: below any day the report's text gives its shooting
        pictured = not timex.explicit and any(a <= timex.start < b for a, b in captions)
        if background or aside or pictured:
            # "the June 2014 shootout", "a 2014 shooting": a follow-up story's incident, worth
            # more than its arrest or verdict day, less than any date of a fresh incident; so too
            # another incident's day the report names beside its own ("a separate shooting Oct. 30")
            # and a photograph's ("This March 11, 2013 photo shows ..."), which may be the scene's
            tier = 3
        elif role == 2:
            tier = 0
        elif role >= 0:
            tier = 1 + coarse
        elif _SAID_LEAD_RE.search(text, max(0, timex.start - 30), timex.start) or role == -1 and (
                _CONFERENCE_LEAD_RE.search(text, max(0, timex.start - 50), timex.start)
                and not _THAT_AFTER_RE.match(text, timex.end) or _opens_a_saying_of_an_earlier_day(text, timex)
                or not timex.explicit and _an_inquirys_day(text, timex, text[max(0, timex.start - 30):timex.start])):
            # "authorities said Wednesday": the day of the telling, the report's own, below any other
            # aftermath ("the woman died Tuesday in an apparent hunting accident"); so too the day of a search
            # still going on ("as police worked today to determine why ... died Friday night after he was shot")
            tier = 6 + coarse
        else:
            tier = 4 + coarse
        key = (tier, 0 if role == 1 else 1, 0 if prioritised else 1, rank, index)
        if best is None or key < best[0]:
            best = (key, span)
        died = role < 0 and _DIED_LEAD_RE.search(text, max(0, timex.start - 25), timex.start) is not None
        if span.precision == "day" and not background and not aside and not pictured and (
                role >= 0 or died or role < 0 and _DIED_AT_CLOCK_RE.search(text, max(0, timex.start - 60), timex.start)):
            if span is timex.span and _past_an_evenings_shooting(text, timex):
                # "around 10:30 p.m. ... Shortly after midnight on Monday, a tactical team was called": inside an
                # "overnight" the SWAT team's small hours mark the evening before as the shots' day
                days.append((key, DateSpan(span.start - _ONE_DAY, span.end - _ONE_DAY, span.precision, span.text)))
            else:
                days.append((key, span))
            if span is timex.span and _bare_weekday(timex, anchor) and (role >= 0 or died):
                weekdays.append((key, span))
        if role == -1 and span is timex.span and _bare_weekday(timex, anchor) and _follows_the_violence(text, timex):
            follows.append(span.start)
        if (role < 0 and span.precision == "day" and anchor is not None and span.start < anchor
                and _SAID_LEAD_RE.search(text, max(0, timex.start - 30), timex.start)):
            told.append((timex.start, span.start))
    if best is not None:
        span = best[1]
        won = timexes[best[0][-1]]
        if follows and span is won.span and _bare_weekday(won, anchor):
            span = _before_what_follows(span, follows, anchor)
        if told and span is won.span and (_NIGHT_WORD_RE.fullmatch(won.text) or _TOLD_OWN_DAY_RE.fullmatch(won.text)):
            span = _night_told_on(span, text, won, told)
        elif told and span is won.span and _evening_told_next_day(text, won, told):
            span = DateSpan(span.start - _ONE_DAY, span.end - _ONE_DAY, span.precision, span.text)
        if span is won.span and best[0][-1] == 0 and _past_an_evenings_shooting(text, won):
            span = DateSpan(span.start - _ONE_DAY, span.end - _ONE_DAY, span.precision, span.text)
        elif span is won.span and (best[0][0] >= 4 and (_a_status_after_an_evening(text, won)
                                                        or _a_status_alone(text, won))
                                   or _a_status_named_again(text, won, timexes)):
            span = DateSpan(span.start - _ONE_DAY, span.end - _ONE_DAY, span.precision, span.text)
        return _past_the_nights_midnight(_past_the_eve(_side_of_midnight(_refined(span, days, anchor, weekdays), text),
                                                       text), text, anchor)
    if stamp is not None:
        if stamp_timex is not None and _stamped_after_a_nights_shots(text, stamp_timex):
            return DateSpan(stamp.start - _ONE_DAY, stamp.end - _ONE_DAY, stamp.precision, stamp.text)
        return stamp
    if anchor is None:
        return DateSpan(None, None, "unknown")
    if _of_the_small_hours(text):
        # no date, only the morning's hours: the report is of its own day's early hours
        return DateSpan(anchor, anchor, "day", "a.m.")
    if _of_the_evening(text):
        # no date, only the evening's hours ("Deputies were called around 8:30 p.m."): a report that names no day
        # and no "tonight" was written after that evening, the next morning; still a guess ("days", no text: a
        # headline's day or a roundup lead's still comes first, see components/dates.py)
        return DateSpan(anchor - _ONE_DAY, anchor - _ONE_DAY, "days")
    return DateSpan(anchor, anchor, "days")


# A photo's caption: "Photo: Officers at the scene of an overnight shooting.", "PHOTO CAPTION: ...", "Caption: ...",
# from the start of a line or after a sentence's end to its credit ("(Dana Coyle / Herald)"), its first sentence's end
# or its line's.
_CAPTION_LINE_RE = re.compile(
    r"(?im)(?:^[ \t]*|(?<=[.!?)] ))(?:photo(?:\s+caption)?|caption)[ \t]*:[^\n]*?(?:\([^()\n]{0,60}\)|[.!?](?=\s)|$)")


def _caption_lines(text: str) -> list[tuple[int, int]]:
    """Where a report's photo caption lines stand, as (start, end) offsets; none in most reports."""
    if "aption" not in text and "hoto" not in text and "HOTO" not in text:
        return []
    return [m.span() for m in _CAPTION_LINE_RE.finditer(text)]


# The small hours after an update's bracketed weekday: "UPDATE (Sunday 2:15 a.m.):", "Updated Saturday, 12:50 a.m.:".
# (used with match(text, pos))
_STAMP_SMALL_HOURS_AFTER_RE = re.compile(r"(?i),?\s*(?:at\s+)?(?P<hour>\d{1,2})(?::[0-5]\d)?\s*a\.?m\b")


def _stamped_after_a_nights_shots(text: str, timex: Timex) -> bool:
    """True when the only day a report gives is its update's own weekday told with a small-hours clock time ("UPDATE
    (Sunday 2:15 a.m.): The man has died") and the text below it tells the shots by an evening clock time or "shortly
    before midnight" (``_BEFORE_MIDNIGHT_RE``) alone, with no small hours of its own: the shots were fired the evening
    before the update."""
    clock = _STAMP_SMALL_HOURS_AFTER_RE.match(text, timex.end)
    if clock is None or int(clock["hour"]) % 12 > _SMALL_HOUR:
        return False
    rest = text[clock.end():]
    if _SMALL_HOURS_RE.search(rest) or _AFTER_MIDNIGHT_RE.search(rest):
        return False
    return _of_the_evening(rest) or (_BEFORE_MIDNIGHT_RE.search(rest) is not None and "a" not in _clock_halves(rest))


def headline_day(title: str, anchor: _dt.date | None) -> DateSpan | None:
    """The day a headline gives its incident ("Six people injured in two shootings Wednesday night"), for a report
    whose text names none: a single day the headline's words make the violence's or leave unsaid, never an
    aftermath's ("Man charged Monday in shooting") nor the page's stamp.  None when it gives no such day."""
    span = incident_date(title, anchor)
    if span.text is None or span.precision != "day" or span.start is None:
        return None
    won = [t for t in find_timexes(title, anchor) if t.span.start == span.start and t.span.text == span.text]
    return span if won and all(date_role(title, t) >= 0 for t in won) else None


# "1:30 a.m.", "10 p.m."; not a page's own time stamp ("Updated 3:15 PM EST", "Posted 10:02 am")
_HOUR_RE = re.compile(r"(?i)\b(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*([ap])\.?m\b\.?")
_ZONE_AFTER_RE = re.compile(r"\s*(?:[ECMP][SD]?T|GMT|UTC)\b")  # used with match(text, pos)
_STAMP_BEFORE_RE = re.compile(r"(?i)\b(?:posted|updated|published|modified|created)\b[^.\n]{0,30}$")
_NIGHT_RE = re.compile(r"(?i)\b(?:overnight|night)\b")


# A clock time told in words ("a quarter to two in the morning", "half past ten", "11:50 at night"; "ten minutes to
# midnight" aside: its hour is midnight's) and the small hours by name ("in the wee hours", "at dawn", "at daybreak"):
# which half of the day they put a night's shots in.  A bare hour word counts by the hour: one to four the morning's,
# six to eleven the evening's (a night's "around half past ten" is no morning's); twelve and five tell nothing alone.
_HOUR_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_WORD_CLOCK_RE = re.compile(
    rf"(?i)\b(?:(?:a\s+)?quarter\s+(?:to|till|before|past|after)|half\s+past)\s+(?P<hour>{_HOUR_WORD})\b"
    rf"|\b(?P<oclock>{_HOUR_WORD})\s+o['’]clock\b"
    r"|\b(?P<num>1[0-2]|0?[1-9])(?::[0-5]\d)?(?=\s+(?:in\s+the\s+(?:morning|evening|afternoon)|at\s+night)\b)")
_WORD_CLOCK_PART_RE = re.compile(
    r"(?i)\s+(?:o['’]clock\s+)?(?:(?P<a>in\s+the\s+morning)|in\s+the\s+(?:evening|afternoon)|at\s+night)\b")
_DAWN_RE = re.compile(
    r"(?i)\b(?:wee|small)\s+hours\b|\b(?:at|before|around|near|just\s+after)\s+(?:dawn|daybreak|first\s+light)\b")
_HOUR_NUMBER = {w: n for n, w in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"), 1)}


def _word_clocks(text: str) -> list[tuple[int, str, int | None]]:
    """Each clock time in words in a segment, as (offset, half "a" or "p", hour or None for the small hours by name);
    a bare hour word that tells no half (twelve, five) is left out."""
    out: list[tuple[int, str, int | None]] = []
    for m in _WORD_CLOCK_RE.finditer(text):
        hour = int(m["num"]) if m["num"] else _HOUR_NUMBER[(m["hour"] or m["oclock"]).lower()]
        part = _WORD_CLOCK_PART_RE.match(text, m.end())
        half = ("a" if part["a"] else "p") if part else "a" if hour <= _SMALL_HOUR else "p" if 6 <= hour <= 11 else ""
        if half:
            out.append((m.start(), half, hour))
    out.extend((m.start(), "a", None) for m in _DAWN_RE.finditer(text))
    return out


def _clock_halves(text: str) -> set[str]:
    """Which halves of the day ("a", "p") the clock times of a segment fall in."""
    halves = set()
    for m in _HOUR_RE.finditer(text):
        if _ZONE_AFTER_RE.match(text, m.end()) or _STAMP_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        halves.add(m[1].lower())
    return halves


# A broadcast's or a stream's hour, not the incident's: "STREAM at 9 pm", "Watch our newscast at 10 p.m.".
_BROADCAST_RE = re.compile(r"(?i)\b(?:stream(?:ing)?|watch|newscast|tune\s+in|airs|live\s+at|broadcast)\b")


def _of_the_evening(text: str) -> bool:
    """True when a segment's clock times are all the evening's, 6 to 11:59 p.m. ("around 8:30 p.m."), a broadcast's
    hour aside ("STREAM at 9 pm"), and no words for the small hours beside them ("An early morning shooting ... a second
    man was shot at 9 p.m."); an afternoon's ("3:30 p.m."), a morning's or none: False."""
    if _clock_halves(text) != {"p"} or _SMALL_HOURS_RE.search(text):
        return False
    hours = []
    for m in _HOUR_RE.finditer(text):
        if _ZONE_AFTER_RE.match(text, m.end()) or _STAMP_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        lo, hi = _sentence_bounds(text, m.start(), m.end())
        if _BROADCAST_RE.search(text, lo, hi) is None:
            hours.append(int(re.match(r"\d+", m[0])[0]) % 12)
    return bool(hours) and all(h >= 6 for h in hours)


# The small hours beside a day: "Shortly after midnight on Monday", "At about 2 a.m. Saturday", "early Friday".
_SMALL_HOURS_BEFORE_RE = re.compile(
    r"(?i)(?:(?:just|shortly|right|soon|minutes)\s+)?(?:after\s+midnight|(?:after\s+)?\d(?::\d\d)?\s*a\.?m\.?)\s*(?:on\s+)?$")


# What a status tells of the people hurt: "were listed in stable condition", "remained in serious condition".
# So too an inquiry or a closing still going on: "A death investigation is underway Monday", "were still searching
# Tuesday for the gunman", "remained closed Sunday after".
_STATUS_RE = re.compile(r"(?i)\b(?:condition|listed|remain(?:s|ed)?\s+(?:hospitalized|in\s+the\s+hospital|closed)"
                        r"|recovering|investigation\s+(?:is|was)\s+underway"
                        r"|(?:is|are|was|were)\s+still\s+(?:searching|looking))\b")


def _a_status_after_an_evening(text: str, timex: Timex) -> bool:
    """True when the only day a report's words give its incident is a status's weekday opening a later sentence
    ("Deputies were called to a party around 11 p.m. after reports of gunfire. On Sunday, all four victims were listed
    in stable condition"), with no violent word in that sentence and an evening clock time alone before it: the shots
    came the evening before the status's day."""
    if timex.explicit or timex.span.precision != "day" or text[timex.end:timex.end + 1] != ",":
        return False
    lo, hi = _sentence_bounds(text, timex.start, timex.end)
    if lo == 0 or not _OPENER_BEFORE_RE.search(text[lo:timex.start]) or not _STATUS_RE.search(text, timex.end, hi):
        return False
    if _VIOLENCE_RE.search(text, timex.end, hi) is not None:
        return False
    return _of_the_evening(text[:lo]) and _VIOLENCE_RE.search(text, 0, lo) is not None


# Words of a day other than a weekday's, and of the small hours: a report naming one is no status's day alone.
_OTHER_DAY_RE = re.compile(r"(?i)\b(?:yesterday|today|tonight|last\s+night|overnight|this\s+(?:morning|afternoon|evening))\b")


def _a_status_alone(text: str, timex: Timex) -> bool:
    """True when the only day a report names is a status's weekday ("A 17-year-old remained in critical condition
    Monday after being shot on Mercer Street"; "On Sunday, all four victims were reported to be in stable condition")
    and the report gives no clock time, no small hours and no other day: a status told on a day is of a shooting
    before it, most often the day before."""
    if timex.explicit or timex.span.precision != "day" or not _WEEKDAY_NAME_RE.fullmatch(timex.text):
        return False
    lo, hi = _sentence_bounds(text, timex.start, timex.end)
    status = _nearest_before(_STATUS_RE, text[lo:hi], timex.start - lo)
    opener = text[timex.end:timex.end + 1] == "," and _OPENER_BEFORE_RE.search(text[lo:timex.start])
    if not (status is not None and status <= _VERB_REACH or opener and _STATUS_RE.search(text, timex.end, hi)):
        return False
    if _SMALL_HOURS_RE.search(text) or _OTHER_DAY_RE.search(text):
        return False
    if len({w.lower() for w in _WEEKDAY_NAME_RE.findall(text)}) != 1:
        return False  # "Counselors were at the school Monday" beside the status's Monday is no other day
    # no clock time, or only the evening's ("found shot to death ... around 11 p.m."): the evening before the status
    clocks = [m for m in _CLOCK_RE.finditer(text)
              if not _STAMP_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())]  # a page stamp's is no clock
    return not clocks or _of_the_evening(text) and not _MIDNIGHT_RE.search(text)


def _a_status_named_again(text: str, won: Timex, timexes: list[Timex]) -> bool:
    """True when the day that won is a bare weekday of no violence named again after a status's ("A death
    investigation is underway Monday ... after a 16-year-old was shot and killed. Counselors were at his school
    Monday"): the status alone tells the day, as in ``_a_status_alone``."""
    if won.explicit or not _WEEKDAY_NAME_RE.fullmatch(won.text):
        return False
    earlier = [t for t in timexes if t.start < won.start and t.span.start == won.span.start]
    return bool(earlier) and date_role(text, won) <= 0 and any(_a_status_alone(text, t) for t in earlier)


def _past_an_evenings_shooting(text: str, timex: Timex) -> bool:
    """True when a report's first day is a weekday in the small hours of what followed a shooting it told by an
    evening clock time alone ("Police were dispatched around 10:30 p.m. after neighbors reported shots. Shortly after
    midnight on Monday, a SWAT team was called"; "shot ... around 11:30 p.m., and deputies arrested two men early
    Friday"): no violent word before the day in its clause, so the shots were fired the evening before."""
    if timex.explicit or timex.span.precision != "day" or not _WEEKDAY_NAME_RE.search(timex.text):
        return False
    hours = _SMALL_HOURS_BEFORE_RE.search(text, max(0, timex.start - 30), timex.start)
    if not (hours or timex.text.lower().startswith("early")):
        return False
    lo, hi = _sentence_bounds(text, timex.start, timex.end)
    at = hours.start() if hours else timex.start  # "after" of "after midnight" would end the clause
    if _nearest_before(_VIOLENCE_RE, text[lo:hi], at - lo, skip_charges=True) is not None:
        return False
    head = text[:lo] if hours and hours.start() >= lo else text[:timex.start]
    return _of_the_evening(head) and _VIOLENCE_RE.search(head) is not None


def _side_of_midnight(span: DateSpan, text: str) -> DateSpan:
    """A night's two days narrowed to one by the clock: "overnight ... around 2 a.m." is the
    night's second day, "Saturday night ... at 10:45 p.m." its first.  Both halves named
    ("shot at 11:50 p.m., died at 3 a.m.") or none: the night stays two days."""
    if (span.precision != "days" or span.start is None or span.end != span.start + _ONE_DAY
            or not _NIGHT_RE.search(span.text or "")):
        return span
    halves = _clock_halves(text) or _midnight_halves(text) or {half for _, half, _ in _word_clocks(text)}
    if halves == {"a"}:
        return DateSpan(span.end, span.end, "day", span.text)
    if halves == {"p"}:
        return DateSpan(span.start, span.start, "day", span.text)
    return span


# Midnight told in words: "shortly before midnight", "around midnight", "a little before midnight" (the night's first
# day), "just after midnight", "minutes after midnight" (its second).
_MIDNIGHT_RE = re.compile(
    r"(?i)\b(?:(?P<before>(?:(?:just|shortly|right|a\s+little|minutes)\s+)?before|around|about|near|close\s+to)|"
    r"(?P<after>(?:just|shortly|right|soon|minutes|moments|a\s+little)\s+after))\s+midnight\b")


def _midnight_halves(text: str) -> set[str]:
    """Which halves of the day ("p": before midnight, "a": after it) a segment's midnight words put its night in, for a
    segment with no clock time: "around midnight" counts as the evening's (the day a night's incident is dated by)."""
    return {"p" if m["before"] else "a" for m in _MIDNIGHT_RE.finditer(text)}


# "minutes after midnight", "just after midnight": the night's second day
_AFTER_MIDNIGHT_RE = re.compile(r"(?i)\b(?:just|shortly|right|soon|minutes|moments)\s+after\s+midnight\b")
_EVE_RE = re.compile(r"(?i)\bEve$")


def _past_the_eve(span: DateSpan, text: str) -> DateSpan:
    """A holiday's eve read as the next day when the segment puts the shots just past midnight and names no evening
    hour ("killed by a stray bullet minutes after midnight ... to celebrate New Year's Eve": New Year's Day); an
    hour of the eve itself ("about 11:20 p.m. on New Year's Eve") keeps the eve."""
    if (span.precision != "day" or span.start is None or not _EVE_RE.search(span.text or "")
            or not _AFTER_MIDNIGHT_RE.search(text) or "p" in _clock_halves(text)):
        return span
    return DateSpan(span.start + _ONE_DAY, span.end + _ONE_DAY, span.precision, span.text)


_NIGHT_END_RE = re.compile(r"(?i)\bnight$")
# "late Friday" alone: a night too ("shot at a party late Friday ... just after midnight" is Saturday's)
_LATE_WEEKDAY_RE = re.compile(rf"(?i:late)\s+(?:(?i:on)\s+)?{_WEEKDAY_NAME}")
_SMALL_HOUR = 4  # the last hour after midnight still told as the night before ("Saturday night ... about 1 a.m.")
_DEATH_WORDS_RE = re.compile(r"(?i)\b(?:died|dies|dead|death|pronounced|succumbed)\b")


def _past_the_nights_midnight(span: DateSpan, text: str, anchor: _dt.date | None) -> DateSpan:
    """A weekday's night read as the next day when the segment puts the shots past midnight and names no evening hour
    ("eight people wounded Friday night ... The shooting happened just after midnight"; "shot late Saturday night ...
    Officers were called at about 12:40 a.m."): the calendar day the shots were fired.  A death's hour ("pronounced
    dead at 1:30 a.m.") is no hour of the shots; a clock time past the small hours or of the evening keeps the day, and
    so does a night whose next day is after the report's ("Saturday night ... shortly after 2:15 a.m." in a Saturday
    report is the night before)."""
    if (span.precision != "day" or span.start is None
            or not (_NIGHT_END_RE.search(span.text or "") or _LATE_WEEKDAY_RE.fullmatch(span.text or ""))
            or anchor is not None and span.start >= anchor
            or not _WEEKDAY_NAME_RE.search(span.text or "")):
        return span
    past = False
    for m in _HOUR_RE.finditer(text):
        if _ZONE_AFTER_RE.match(text, m.end()) or _STAMP_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        lo, hi = _sentence_bounds(text, m.start(), m.end())
        if _DEATH_WORDS_RE.search(text, lo, hi):
            continue
        if m[1].lower() == "p" or int(re.match(r"\d+", m[0])[0]) % 12 > _SMALL_HOUR:
            return span
        past = True
    for at, half, hour in _word_clocks(text):
        # "at a quarter to one in the morning" past the night's midnight; "a quarter to eleven" keeps the day
        lo, hi = _sentence_bounds(text, at, at + 1)
        if hour is None or _DEATH_WORDS_RE.search(text, lo, hi):
            continue
        if half == "p" or hour > _SMALL_HOUR:
            return span
        past = True
    for m in _AFTER_MIDNIGHT_RE.finditer(text):
        lo, hi = _sentence_bounds(text, m.start(), m.end())
        past = past or not _DEATH_WORDS_RE.search(text, lo, hi)
    if not past or _MIDNIGHT_RE.search(text) and any(m["before"] for m in _MIDNIGHT_RE.finditer(text)):
        return span
    return DateSpan(span.start + _ONE_DAY, span.end + _ONE_DAY, span.precision, span.text)


def anchor_from_text(text: str) -> _dt.date | None:
    """For a report without a dateline: the latest full date (with a year) it states."""
    dates = [
        t.span.end
        for t in find_timexes(text, None)
        if t.explicit and t.span.precision in ("day", "days") and t.span.end is not None
    ]
    return max(dates, default=None)


__all__ = ["Timex", "anchor_from_text", "find_timexes", "incident_date", "resolve_relative"]
