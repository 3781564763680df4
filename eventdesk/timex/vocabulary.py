"""The words and compiled patterns dates are read with, the tolerances of resolving them, and the ``Timex`` record."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from ..models import DateSpan


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
# A weekday, whole or abbreviated with its stop as some desks print it ("Tues. night", "early Sun.", "Weds. night");
# the pattern ends at a word's edge.  "Weds" goes without its stop only after "on", "late" or "early" ("on Weds,
# police said"): a headline's "Couple Weds" is the verb.  "Sun." and "Sat." that end a sentence count only after a
# small word or a clock ("shot early Sun.", "released from the hospital Sat.", "2 a.m. Sun."), not after a name
# ("told the Baltimore Sun."; the weekday's handler asks the word before).
_WEEKDAY = (r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
            r"|(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri)\.|(?:(?<=\bon )|(?<=\blate )|(?<=\bearly ))Weds\b"
            r"|(?:Sat|Sun)\.(?!\s*(?:$|[A-Z\n\"\u201c]))"
            r"|(?<=[a-z.] )(?<!the )(?:Sat|Sun)\.)")
# A weekday's name alone, whole or abbreviated, for a phrase already found ("Sun. night", "late Tues.").
_WEEKDAY_NAME = (r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                 r"|(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\.|Weds\b)")


def _weekday_number(name: str) -> int:
    """A weekday's number (Monday 0) from its name, whole or abbreviated with its stop ("Tues.", "Thu.", "Weds."): its
    first three letters name it ("Weds" is no prefix of "Wednesday")."""
    return _WEEKDAYS[next(w for w in _WEEKDAYS if w.startswith(name.rstrip(".").lower()[:3]))]


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
# "the Jan. 6 shooting", "Sunday's killing", "last month's fatal shooting"
_DATE_OF_RE = re.compile(
    r"(?i)^(?:[’']s\s+(?:\w+\s+){0,2}?|\s+(?:(?:fatal|deadly|double|triple|quadruple|mass|drive-by|apparent|"
    r"accidental|gang|police|officer-involved|early|late|morning|afternoon|evening|night|overnight|weekend|"
    r"bar|party|school|shooting)\s+)?)"
    r"(?:shooting|shootings|shootout|killing|killings|slaying|slayings|murder|murders|homicide|attack|stabbing|"
    r"ambush|bombing|gunfire|massacre|rampage|robbery|carjacking|home\s+invasion|drive-by|incident|violence|death)\b"
)


# "a New Year's Eve party", "a Fourth of July cookout": a holiday naming the occasion the violence came at, which
# may run past midnight into the next day ("at a New Year's Eve party ... about 3:10 a.m. Jan. 1").
_OCCASION_AFTER_RE = re.compile(
    r"(?i)\s+(?:party|parties|celebration|gathering|cookout|barbecue|bash|festivities|fireworks|dinner|event)\b"
)
