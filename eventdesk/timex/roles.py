"""What a date in a report is the date of: ``date_role`` and its helpers (the incident's day, a follow-up's, the
report's own)."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

from ..dateline import in_dateline
from .vocabulary import (
    _CLAUSE_END_RE, _DATE_OF_RE, _FUTURE_CUE_RE, _HOLIDAY_RE, _HOUR_HALF, _MONTH, _NUMBER_WORDS, _OCCASION_AFTER_RE,
    _ONE_DAY, _ORD, Timex, _WEEKDAY, _WEEKDAY_NAME,
)


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
    # the police's return to the scene and what stays there: "Investigators returned Monday to the block where",
    # "police were back at the scene Tuesday", "crime scene tape was still up Tuesday", "were still processing the
    # scene Sunday morning" (not "they returned from grocery shopping", nor "returned fire": the shots themselves)
    r"(?:investigators|detectives|police|officers|deputies|agents|team)\s+"
    r"(?:returned(?!\s+fire)|(?:went|came|were)\s+back)|"
    r"back\s+(?:at|on|to)\s+the\s+scene|still\s+(?:up|in\s+place|(?:on|at)\s+the\s+scene)|"
    r"(?:processing|combing)\s+the\s+scene|"
    # the inquiry that goes on: "police on Saturday were investigating", "a search continued Monday"
    r"investigat(?:ing|ed|es|ion)|continu(?:ed|es|ing)|search(?:ed|es|ing)?|looking\s+for|recovering|yet\s+to|at\s+large)\b"
)
# "charged with murder", "accused of killing": violence named by a charge is the charge's date.
_CHARGE_LEAD_RE = re.compile(
    r"(?i)\b(?:charged|charges?|counts?|suspicion|convicted|guilty|indicted|sentenced)\s+"
    r"(?:\w+\s+){0,2}(?:with|of|for)\s+(?:\w+\s+){0,2}$"
)
_CHARGE_NOUN_RE = re.compile(r"(?i)(?:murder|homicide|manslaughter|assault|battery|attack|shooting|killing)")
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
# A clock time, its half of the day told by "a.m."/"p.m." or in words ("2 in the morning", "11:40 at night", "8:15 in
# the evening").
_CLOCK_WORDS = (r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?"
                r"|in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b)|\d{1,2}:\d\d|noon|midnight)")
_CLOCK_RE = re.compile(rf"(?i)\b{_CLOCK_WORDS}")
# An hour of the day said as the time something happened ("around 2 p.m.", "at about 11:30 p.m."):
# right before a date, or right after a saying word and before the date it dates.
_CLOCK_LEAD_RE = re.compile(
    rf"(?i)\s+(?:(?:at\s+)?(?:about|around|approximately|roughly|just\s+(?:before|after)|shortly\s+(?:before|after))|at)\s+"
    rf"{_CLOCK_WORDS}\s*(?:on\s+)?$"
)
_CLOCK_BESIDE_RE = re.compile(rf"(?i){_CLOCK_WORDS}\s*(?:on\s+)?$")
_CLOCK_AFTER_RE = re.compile(rf"(?i)^\s*(?:at\s+|around\s+|about\s+)?{_CLOCK_WORDS}")
# The report's own date: a dateline "(Dec. 10, 2015) –", "Posted: Jan 5, 2016", "Updated 3:15 PM".
_STAMP_LEAD_RE = re.compile(r"(?i)(?:\b(?:posted|updated|published|created|modified|last\s+updated)\b[:\s]*(?:on\s+)?|\()\s*$")
# an update's, a breaking line's or a release's own time in brackets: "BREAKING (Thursday, 4:02 p.m.):", "UPDATE
# (Friday):", "NEWS RELEASE (11:30 A.M. Monday)", its clock time before or after its weekday; a release's line may
# follow a page's title with no space between ("... Weather and SportsNEWS RELEASE (11:30 A.M. Monday)")
_UPDATE_PAREN_RE = re.compile(r"(?i)(?:\b(?:update[ds]?|breaking(?:\s+news)?|developing)"
                              r"|(?:news|press|media)\s+release)"
                              rf"\s*\(\s*(?:\d{{1,2}}(?::\d\d)?\s*{_HOUR_HALF}\s*)?$")
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


# "on Saturday, a day after a man was shot", "Monday, two days after the shooting", "on January 18 (one day after
# Cottrell was killed)" ... and a week, a place at most between ("died Saturday at the hospital, a week after he was
# shot"); "two weeks after" is as often a rounded span as a count
_DAYS_AFTER_RE = re.compile(
    r"(?i)(?:\s+(?:at|in)\s+(?:(?:the|a|an)\s+)?\w+(?:\s+\w+)?)?(?:,?\s+|\s*\(\s*)"
    r"(?:(?P<n>a|one|two|three|four|five|six)\s+days?|(?P<week>a|one)\s+week)\s+after\b")


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
    return _dt.timedelta(weeks=1) if m["week"] else _dt.timedelta(days=_NUMBER_WORDS[m["n"].lower()])


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


# A run of incidents and one of them named by its day: "a spate of shootings, including Thursday night's incident",
# "the latest in a string that included Sunday's killing".
# ... "a rash of shootings, among them Wednesday's drive-by", "a spate of shootings, including one Thursday night", "the
# latest of several, including Tuesday's shooting"
_RUN_INCLUDING_RE = re.compile(
    r"(?i)\b(?:spate|string|series|rash|wave|several)\b[^.!?\n]{0,60}?\b(?:includ(?:ing|ed|es)|among\s+them)\s+"
    r"(?:the\s+|one\s+)?$")
_RUN_REACH = 90  # characters from the run's noun to the day it includes


def _one_of_a_run(text: str, timex: Timex) -> bool:
    """True when a day is told as one of a run of incidents the report names: another incident's day, not (or not
    only) the one reported."""
    lo, _ = _sentence_bounds(text, timex.start, timex.end)
    return _RUN_INCLUDING_RE.search(text, max(lo, timex.start - _RUN_REACH), timex.start) is not None


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
        # "BREAKING (Thursday, 4:02 p.m.):", "UPDATE (Friday, 9:15 a.m.):", "NEWS RELEASE (11:30 A.M. Monday)": the
        # update's or the release's own day, often newer than the page's date, not the shots'
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
    if _one_of_a_run(text, timex):
        return 0  # "a spate of shootings, including Thursday night's incident on Elm Street": another of the run's
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


# A date that only dates the telling: "police said Wednesday", "the sheriff told reporters Monday".
# ... and the press's telling: "local media reported Saturday" (not "a shooting reported Saturday": the call's day)
_PRESS_REPORTED = r"(?:media|press|outlets|newspapers?|television|TV|stations?)\s+reported"
_SAID_LEAD_RE = re.compile(
    rf"(?i)\b(?:said|says|told\s+(?:\w+\s+){{0,2}}?\w+|announced|confirmed|{_PRESS_REPORTED})\s+(?:on\s+)?$")
_PRESS_REPORTED_RE = re.compile(rf"(?i)\b{_PRESS_REPORTED}\s+(?:on\s+)?$")
_DEATH_WORDS_RE = re.compile(r"(?i)\b(?:died|dies|dead|death|pronounced|succumbed)\b")
