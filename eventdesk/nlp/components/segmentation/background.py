"""What makes a sentence background by its own words (``is_background``): another time ("last year", a past year
that is no house number), a statistic, a link to another story, a question, a past year compared with."""

from __future__ import annotations

import re

from ..event_type.words import _Prechecked
from ..sentences import LINK_LABEL


BACKGROUND = re.compile(
    r"\b(last|previous|past) (year|decade)\b"
    r"|\bsince (?:the (?:start|beginning|outbreak|fall)|(?:19|20)\d\d|its)\b"
    r"|\bat (?:its|the) (?:height|peak)\b"
    r"|\bremain(?:s|ed|ing)? (?:in|behind) (?:detention|custody|prison|jail|bars)\b"
    r"|\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years|decades|months|decade)\b"
    r"|\bin recent (?:years|months)\b|\bso far this year\b|\bthis year alone\b|\bearlier this year\b"
    r"|\bearlier in the (?:year|summer|spring|fall|autumn|winter)\b"
    r"|\b(?:years|decades|months) ago\b|\ba year ago\b|\bin the past\b"
    r"|\beach killed\b|\bhave been killed since (?:19|20)\d\d|\bhistory\b|\banniversary\b"
    r"|\bwere (?:once|previously)\b|\bformerly\b|\bannually\b|\bevery year\b|\bper year\b"
    r"|\bin (?:those|these|all) (?:\w+ )?(?:shootings|attacks|incidents|homicides|bombings)\b|\byear to date\b|\bso far in (?:19|20)\d\d\b"
    # another incident set beside this one by the time between them: "The attack came less than a month after a
    # gunman killed 10 people", "The shooting comes two days before the anniversary of ..."
    r"|\b(?:came|comes?) (?:(?:less|more) than |about |just |only |nearly |barely )?(?:a|an|one|two|three|four|five|six|\d+|a few) "
    r"(?:hours?|days?|weeks?|months?|years?) (?:after|before)\b"
    # a month's or a year's toll: "38 people had been killed in the city in July alone"
    r"|\bin (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d) alone\b"
    # a tally of incidents: "The shooting was one of at least seven across the city that left 14 wounded"
    r"|\b(?:shooting|attack|killing|homicide|incident|stabbing) (?:was|is) (?:one|among) (?:of )?(?:at least |more than |nearly |about )?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|dozens|\d+)\b",
    re.IGNORECASE,
)
# a statistic, not an incident: a rate ("Every month, an average of about 50 women are shot to death", "more than 300
# people a year were killed", "kills about 100 Americans every day"), the definition of a count ("any shooting in
# which four or more people were shot") or a total over the incidents a count holds ("460 people were killed in
# such shootings this year")
STATISTIC = re.compile(
    # a rate opens its sentence ("Every month, ..."); "I miss him every day" in a quote is none
    r"^\W*every (?:month|week|day)\b|\ban average of\b|\bon average\b|\bon an average (?:day|week|month|year)\b"
    r"|\beach year\b"
    r"|\b(?:people|persons|victims|women|men|children|officers|residents|americans) (?:a|every|each) "
    r"(?:year|month|week|day)\b"
    r"|\bin such (?:[\w-]+ )?(?:shootings|attacks|incidents|killings)\b"
    r"|\b(?:any|every|each) (?:[\w-]+ )?(?:shooting|attack|incident) (?:in which|where|with)\b|\bin which (?:\w+|\d+) or more\b"
    # a tally of part of a year ("in the first five months of this year, compared with 23 in the same period") or a
    # share ("shootings rose 18 percent")
    r"|\bin the first (?:\w+ )?(?:months|weeks|half|quarter)\b|\b(?:in|during|over) the same (?:period|time|stretch)\b"
    r"|\b\d+(?:\.\d+)?\s?(?:percent|per cent)\b|\d%",
    re.IGNORECASE,
)
# (searched only in a sentence that holds a word every match of one of its branches holds, in the order above; a
# sentence of most reports holds none: "any" is the stem of the "any shooting in which" branch)
STATISTIC = _Prechecked(STATISTIC, ("every", "average", "each", "a year", "a month", "a week", "a day", "such", "any", "or more",
                                    "first", "same", "percent", "per cent", "%"))
# a link to another story, which web pages put between paragraphs (one sentence: ``sentences``)
LINK = re.compile(rf"^\W*{LINK_LABEL}\s*:", re.IGNORECASE)
# a question tells of no event: "What if he had gone in and attacked one of the kids?"
QUESTION = re.compile(r"\?\W{0,3}$")
# "the most killings since 2007, when 28 were killed": what follows "when" happened in that year
# (or a decade: "the worst violence since the 1990s, when as many as 60 people a year were killed")
PAST_COMPARED = re.compile(r"\b(?:since|in|than in|with|to) (?:(?:19|20)\d\d|the (?:19|20)\d0'?s),? when\b", re.IGNORECASE)
# "the deadliest attack since 2019" compares; it is not about 2019.
COMPARATIVE = re.compile(r"\b(deadliest|worst|largest|biggest|bloodiest|most \w+|first|highest)\b[^.]{0,40}\bsince\b", re.IGNORECASE)


YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# what makes such a number a house or block number, not a year: "the 2000 block of", "2010 Elm Street"
_ADDRESS_AFTER = re.compile(
    r"\s+(?:block\b|(?:[NSEW]\.? |North |South |East |West )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)? "
    r"(?:Street|St\b|Avenue|Ave\b|Road|Rd\b|Drive|Dr\b|Boulevard|Blvd\b|Lane|Ln\b|Way\b|Court|Ct\b|Place|Pl\b"
    r"|Parkway|Pkwy\b|Highway|Hwy\b|Circle|Terrace|Trail))")


def is_background(text: str, anchor_year: int | None = None) -> bool:
    """True when a sentence speaks of another time than the incident's, links to another story or asks."""
    if LINK.search(text) or QUESTION.search(text):
        return True
    if PAST_COMPARED.search(text) or STATISTIC.search(text):
        return True
    m = BACKGROUND.search(text)
    if m and not (COMPARATIVE.search(text) and "since" in m.group(0).lower()):
        return True
    if anchor_year is None:
        return False
    for y in YEAR.finditer(text):
        if _ADDRESS_AFTER.match(text, y.end()):
            continue
        if int(y.group(1)) < anchor_year and not COMPARATIVE.search(text[max(0, y.start() - 60):y.end()]):
            return True
    return False
