"""The incident's own day (``incident_date``), a headline's day (``headline_day``), the side-of-midnight helpers and
``anchor_from_text``."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

from ..dateline import in_dateline
from ..models import DateSpan
from .vocabulary import (
    _DATE_OF_RE, _FUTURE_CUE_RE, _NUMBER_WORDS, _ONE_DAY, _PRECISION_RANK, _SHORT_NUMERIC_RE, Timex, _TOLERANCE,
    _WEEKDAY_NAME, _weekday_number,
)
from .calendar_days import _future_context, _weekday_date
from .find import find_timexes, _is_background
from .roles import (
    _a_holiday_restated, _a_quoted_own_day, _an_inquirys_day, _birthdays, _CLAUSE_WORD_RE, _CLOCK_RE, date_role,
    _dates_photo, _days_before_violence, _DEATH_WORDS_RE, _heads_a_list_of_others, _nearest_before,
    _occasion_before_the_next_day, _OPENER_BEFORE_RE, _opens_a_saying_of_an_earlier_day, _other_incident_days,
    _SAID_LEAD_RE, _SENT_END_RE, _sentence_bounds, _since, _THAT_AFTER_RE, _the_incidents_old_day, _VERB_REACH,
    _VIOLENCE_RE, _WEEKDAY_NAME_RE,
)


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
# An arrest or a charge told with a ground of its own, in a sentence that names no violence: a blotter's other item
# ("A man was arrested Tuesday on a warrant for failing to appear", "booked ... for trespassing", "on a probation
# violation"), no follow-up of the page's shooting.
_CUSTODY_RE = re.compile(r"(?i)\b(?:charged|arrested|arraigned|indicted|booked)\b")
_OWN_GROUND_RE = re.compile(
    r"(?i)\b(?:on\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}(?:warrants?|charges?|violation)|for\s+\w+ing)\b")
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
        if _CUSTODY_RE.fullmatch(m.group(0)) and _another_cases_custody(text[lo:hi]):
            continue
        return True
    return False


def _another_cases_custody(sentence: str) -> bool:
    """True when an arrest's or a charge's sentence gives a ground of its own and names no violence: a blotter's
    other item ("Deputies arrested a woman Tuesday on a drunken-driving charge"), whose day orders no shooting's."""
    return _OWN_GROUND_RE.search(sentence) is not None and _VIOLENCE_RE.search(sentence) is None


def _bare_weekday(timex: Timex, anchor: _dt.date | None) -> bool:
    """True when a date is a weekday named alone ("Tuesday night", "late Friday") and read as the latest such day."""
    m = _BARE_WEEKDAY_RE.match(timex.text)
    return (m is not None and anchor is not None and not timex.explicit and timex.span.precision == "day"
            and timex.span.start == _weekday_date(anchor, _weekday_number(m["wd"]), "past"))


# How many days before the report a later event's bare weekday may lie and still order the shooting's: a weekday
# read six days back is as often tomorrow's, told by a report whose date lags its writing (a page dated the day of
# the shooting that tells the arraignment "Tuesday").
_FOLLOWS_DAYS = 5


def _before_what_follows(span: DateSpan, follows: Sequence[_dt.date], anchor: _dt.date,
                         told_in: bool = False) -> DateSpan:
    """A shooting's bare weekday read one week earlier when its latest reading falls after the day of what can only
    follow the shooting, itself told by a bare weekday ("was taken off life support Sunday ... were waiting in a parked
    pickup Monday" in a Tuesday report: that Monday is the one before the Sunday, not yesterday).  A shooting told by
    the report's own weekday stays the report's day (a report of a week-old shooting says "last Tuesday"; a page dated
    the shooting's day tells a later death by a weekday that wraps to last week), unless ``told_in``: the shooting
    named as what the later event was in ("charged Monday in a Thursday shooting" in a Thursday report)."""
    if span.start > anchor or span.start == anchor and not told_in:
        return span
    if any(span.start - 7 * _ONE_DAY < day < span.start and (anchor - day).days <= _FOLLOWS_DAYS for day in follows):
        week = 7 * _ONE_DAY
        return DateSpan(span.start - week, span.end - week, span.precision, span.text)
    return span


# A shooting named by its day as what a charge or an arrest before it in the sentence was in or for: "charged Monday in
# a Thursday shooting", "arrested Tuesday in connection with Friday's killing".
_IN_WHAT_LEAD_RE = re.compile(r"(?i)\b(?:in|for|with)\s+(?:(?:a|an|the)\s+)?$")


def _told_in_what_follows(text: str, timex: Timex) -> bool:
    """True when a weekday dates a violent noun ("a Thursday shooting", "Thursday's killing") that a word of what
    follows a shooting earlier in its sentence was told in or for."""
    if not _IN_WHAT_LEAD_RE.search(text, max(0, timex.start - 20), timex.start):
        return False
    if not _DATE_OF_RE.match(text[timex.end:timex.end + 40]):
        return False
    lo, _ = _sentence_bounds(text, timex.start, timex.end)
    return _FOLLOWS_RE.search(text, lo, timex.start) is not None


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


# A story's own date line on a page dated later ("Tuesday, June 7, 2016 - A man was shot late Monday", "WEEK IN
# REVIEW\nWednesday, June 8: A woman was shot ... early today"): a line that opens on a weekday and its date, which
# agree, before a dash or a colon.  How many days before the page such a line may lie and still count:
_DATE_LINE_DAYS = 31
_DATE_LINE_AFTER_RE = re.compile(r"\s*[:\-–—]")  # used with match(text, pos)
_DATE_LINE_WEEKDAY_RE = re.compile(_WEEKDAY_NAME, re.IGNORECASE)


def _date_line_day(text: str, timexes: Sequence[Timex], anchor: _dt.date | None) -> _dt.date | None:
    """The day a story's own date line gives it ("Wednesday, June 8: ..."), when that is up to a month before
    ``anchor`` and the story has words that count from its own day ("early today", "late Monday"); else None.  The
    weekday told with the date must be the date's: a page's stamp of its own day is no other story's."""
    if anchor is None or not timexes:
        return None
    first = timexes[0]
    day = first.span.start
    if (not first.explicit or first.span.precision != "day" or day is None
            or not 1 <= (anchor - day).days <= _DATE_LINE_DAYS
            or text[:first.start].strip(" \t") and not text[:first.start].endswith("\n")
            or not _DATE_LINE_AFTER_RE.match(text, first.end)):
        return None
    m = _DATE_LINE_WEEKDAY_RE.match(first.text)
    if m is None or _weekday_number(m.group(0)) != day.weekday():
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


_WEEKS_AGO_RE = re.compile(r"(?i)(?P<n>a|one|two|three|four|[1-4])\s+weeks?\s+ago")


def _weeks_ago_day(span: DateSpan, anchor: _dt.date | None) -> DateSpan:
    """A shooting "two weeks ago" with no day inside that week: the fourteenth day back, not the Monday that opens
    the calendar week (a report counts whole weeks from its own day).  Still a guess ("days")."""
    m = _WEEKS_AGO_RE.fullmatch(span.text or "") if span.precision == "week" else None
    if m is None or anchor is None:
        return span
    n = int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS[m["n"].lower()]
    day = anchor - _dt.timedelta(weeks=n)
    return DateSpan(day, day, "days", span.text)


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
    ``_past_an_evenings_shooting``.  A wire dateline's day a day or two before ``anchor``, or a story's own date line
    on a page dated up to a month later ("Wednesday, June 8: A woman was shot ... early today"), is the day the text's
    words count from, see ``_dateline_day`` and ``_date_line_day``.

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
    written = _dateline_day(text, timexes, anchor) or _date_line_day(text, timexes, anchor)
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
            span = _before_what_follows(span, follows, anchor, _told_in_what_follows(text, won))
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
        refined = _weeks_ago_day(_refined(span, days, anchor, weekdays), anchor)
        return _past_the_nights_midnight(_past_the_eve(_side_of_midnight(refined, text), text), text, anchor)
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
_STAMP_SMALL_HOURS_AFTER_RE = re.compile(
    r"(?i),?\s*(?:at\s+)?(?P<hour>\d{1,2})(?::[0-5]\d)?\s*(?:a\.?m\b|in\s+the\s+morning\b)")


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


# "1:30 a.m.", "10 p.m.", and the half of the day told in words ("2:10 in the morning", "11:30 at night", "6:50 in the
# evening"); not a page's own time stamp ("Updated 3:15 PM EST", "Posted 10:02 am").  ``_half`` tells which half.
_HOUR_RE = re.compile(r"(?i)\b(?:1[0-2]|0?[1-9])(?::[0-5]\d)?(?:\s*(?P<ap>[ap])\.?m\b\.?"
                      r"|\s+(?:(?P<morning>in\s+the\s+morning)|in\s+the\s+(?:afternoon|evening)|at\s+night)\b)")


def _half(hour: re.Match[str]) -> str:
    """The half of the day ("a" or "p") a clock time of ``_HOUR_RE`` falls in."""
    return "a" if (hour["ap"] or "").lower() == "a" or hour["morning"] else "p"
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
        halves.add(_half(m))
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
    r"(?i)(?:(?:just|shortly|right|soon|minutes)\s+)?"
    r"(?:after\s+midnight|(?:after\s+)?\d(?::\d\d)?\s*(?:a\.?m\.?|in\s+the\s+morning))\s*(?:on\s+)?$")


# What a status tells of the people hurt: "were listed in stable condition", "remained in serious condition".
# So too an inquiry or a closing still going on: "A death investigation is underway Monday", "were still searching
# Tuesday for the gunman", "remained closed Sunday after"; and the police kept at the scene: "were still on the scene
# Sunday morning", "remained at the scene", "were still processing the scene".
_STATUS_RE = re.compile(r"(?i)\b(?:condition|listed|remain(?:s|ed)?\s+(?:hospitalized|in\s+the\s+hospital|closed)"
                        r"|recovering|investigation\s+(?:is|was)\s+underway"
                        r"|(?:is|are|was|were)\s+still\s+(?:searching|looking)"
                        r"|(?:still|remained|stayed)\s+(?:on|at)\s+the\s+scene|(?:processing|combing)\s+the\s+scene)\b")
# A weekday's morning alone ("Sunday morning"): a status told then is of the evening before only beside that
# evening's clock time.
_WEEKDAY_MORNING_RE = re.compile(rf"{_WEEKDAY_NAME}\s+morning")


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
    before it, most often the day before.  So too a status's weekday morning beside the evening's clock times alone
    ("Police were still on the scene Sunday morning after a man was shot ... around 11:30 p.m."); with no clock time
    the morning's status may be of that morning's shots."""
    morning = _WEEKDAY_MORNING_RE.fullmatch(timex.text) is not None
    if timex.explicit or timex.span.precision != "day" or not (morning or _WEEKDAY_NAME_RE.fullmatch(timex.text)):
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
    return not (clocks or morning) or bool(clocks) and _of_the_evening(text) and not _MIDNIGHT_RE.search(text)


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
    night = span.start.weekday()
    for m in _HOUR_RE.finditer(text):
        if _ZONE_AFTER_RE.match(text, m.end()) or _STAMP_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]):
            continue
        lo, hi = _sentence_bounds(text, m.start(), m.end())
        if _DEATH_WORDS_RE.search(text, lo, hi) or _another_days_sentence(text[lo:hi], night):
            continue
        if _half(m) == "p" or int(re.match(r"\d+", m[0])[0]) % 12 > _SMALL_HOUR:
            return span
        past = True
    for at, half, hour in _word_clocks(text):
        # "at a quarter to one in the morning" past the night's midnight; "a quarter to eleven" keeps the day
        lo, hi = _sentence_bounds(text, at, at + 1)
        if hour is None or _DEATH_WORDS_RE.search(text, lo, hi) or _another_days_sentence(text[lo:hi], night):
            continue
        if half == "p" or hour > _SMALL_HOUR:
            return span
        past = True
    for m in _AFTER_MIDNIGHT_RE.finditer(text):
        lo, hi = _sentence_bounds(text, m.start(), m.end())
        past = past or not (_DEATH_WORDS_RE.search(text, lo, hi) or _another_days_sentence(text[lo:hi], night))
    if not past or _MIDNIGHT_RE.search(text) and any(m["before"] for m in _MIDNIGHT_RE.finditer(text)):
        return span
    return DateSpan(span.start + _ONE_DAY, span.end + _ONE_DAY, span.precision, span.text)


def _another_days_sentence(sentence: str, night: int) -> bool:
    """True when a sentence names weekdays and none is the night's or the day after it: its clock time is that other
    day's ("Police arrested a suspect Friday morning at 3 a.m." beside "shot Wednesday night"), no hour of the night."""
    days = {_weekday_number(m[0]) for m in _WEEKDAY_NAME_RE.finditer(sentence)}
    return bool(days) and not days & {night, (night + 1) % 7}


def anchor_from_text(text: str) -> _dt.date | None:
    """For a report without a dateline: the latest full date (with a year) it states."""
    dates = [
        t.span.end
        for t in find_timexes(text, None)
        if t.explicit and t.span.precision in ("day", "days") and t.span.end is not None
    ]
    return max(dates, default=None)
