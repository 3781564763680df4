"""Figures of elsewhere told after the lead (rule 4 of the package, ``_figures_of_elsewhere``): a tally over a place
and a stretch of time, a mass shooting its readers know by name, and the sentence that breaks such a tally down."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...doctext import span_text
from .background import COMPARATIVE
from .earlier import THIS_INCIDENT
from .lead import _lead


# -- figures of elsewhere told after the lead (see ``_figures_of_elsewhere``) --
_TOLL_NOUNS = r"(?:homicides|killings|murders|shootings|slayings|deaths|people|persons|victims)"
# a tally over a place and a stretch of time: "12 people were killed and 51 wounded in the city during the month",
# "according to a count kept by the newspaper", "the city has had 14 homicides this year", "nineteen people shot in
# four days in this city", "by that count"; not "two men were shot in the city's north end"
PERIOD_TALLY = re.compile(
    r"\b(?:according to|by) (?:a|the|that|this|their|its|our|his|her) (?:\w+ )?(?:count|tally|database)\b"
    r"|\b(?:in|across|throughout) (?:this|the) (?:city|county|district|state|country|nation)(?!')\b,? "
    r"(?:during|in|over|for|since|this|last|so far|through|between)\b"
    r"|\b(?:during|for) the (?:month|year)\b|\bin the month\b"
    # a count over a stretch of days the report's incident is one moment of: "at least 23 people had been shot over
    # three days"; not "over three hours", a standoff's
    r"|\bover (?:the )?(?:past |last )?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:days|weeks|months)\b"
    r"|\bin (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days|weeks|months) in (?:this|the|our) (?:city|county|town)\b"
    r"|\b(?:has|have|had) (?:had|recorded|seen|counted|logged|registered|tallied|confirmed) (?:at least |more than |nearly |about |"
    r"almost |its |a record )?(?:\d[\d,]*|\w+) (?:[\w-]+ )?" + _TOLL_NOUNS + r"\b[^.]{0,60}?\b(?:this|last|so far|since|in (?:19|20)\d\d)\b"
    # "He was the seventh St. Louis officer shot in the line of duty this year"
    r"|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:[\w.'-]+ ){0,3}?"
    r"(?:officers?|persons?|people|victims?|child(?:ren)?|teens?|teenagers?|m[ae]n|wom[ae]n|students?|residents?) "
    r"(?:to be )?(?:shot|killed|slain|wounded|murdered)\b[^.]{0,60}?\b(?:this|so far|since)\b",
    re.IGNORECASE,
)
# a sentence that breaks down the tally before it: "Of those, 31 people have died", "27 of the 100 had died", "Two of
# them died"
TALLY_BREAKDOWN = re.compile(r"^\W*(?:of (?:those|them|these|the \w+)|in all|in total|altogether)\b|\b\w+ of the \d[\d,]*\b"
                             r"|^\W*\w+ of (?:them|those)\b",
                             re.IGNORECASE)
# mass shootings readers know by name, as news writes them (capitalised: "the victim had no pulse" is none); a
# city is one only beside the kind of place or attack ("the concert shooting in Las Vegas", "the Aurora theater")
_MASSACRE_PLACE = r"(?:[Cc]oncert\w*|[Ff]estival|[Mm]assacre|mass shooting|[Cc]hurch|[Tt]heat(?:er|re)|[Nn]ightclub|[Ss]chool|[Ee]lementary)"
_MASSACRE_CITY = r"(?:Las Vegas|San Bernardino|Charleston|Aurora|Orlando|Newtown|Parkland|Santa Fe|El Paso)"
KNOWN_MASS_SHOOTING = re.compile(
    r"\b(?:Sandy Hook|Columbine|Virginia Tech|Pulse|Mandalay Bay|Route 91|Stoneman Douglas|Sutherland Springs|Emanuel AME"
    r"|Navy Yard|Fort Hood|Bataclan)\b"
    rf"|\b{_MASSACRE_CITY}\b(?=[^.]{{0,60}}\b{_MASSACRE_PLACE}\b)|\b{_MASSACRE_PLACE}\b[^.]{{0,40}}?\b{_MASSACRE_CITY}\b"
)


def _figures_of_elsewhere(doc: Doc, sents, claim_sents: set[int], background: set[int]) -> set[int]:
    """Sentences after the lead whose figures are another place's or another time's than the report's incident: a
    tally over a place and a stretch of time (``PERIOD_TALLY``), a mass shooting its readers know by name that neither
    the lead nor the headline tells ("the shooting in Las Vegas, in which 58 concertgoers were killed"), and a
    sentence right after such a tally or any other background that breaks it down ("Of those, 31 have died").  The
    lead itself stays the report's, even where it sets its incident in a tally ("one of at least 62 people shot over
    the holiday weekend")."""
    lead = _lead(doc, sents, claim_sents)
    if lead is None:
        return set()
    title_end = doc.user_data.get("title_end")
    told = " ".join(span_text(s) for k, s in enumerate(sents) if k <= lead or (title_end is not None and s.end <= title_end))
    told_massacres = {_massacre_key(m) for m in KNOWN_MASS_SHOOTING.finditer(told)}
    out: set[int] = set()
    tallies: set[int] = set()  # tallies with no claim of their own, which a breakdown may follow
    for i in range(lead + 1, len(sents)):
        text = span_text(sents[i])
        if i not in claim_sents:
            if PERIOD_TALLY.search(text):
                tallies.add(i)
            continue
        if i in background:
            continue
        if PERIOD_TALLY.search(text):
            out.add(i)
        elif any(_massacre_key(m) not in told_massacres and not _compared_with(text, m)
                 for m in KNOWN_MASS_SHOOTING.finditer(text)):
            out.add(i)
        elif ({i - 1} & (out | tallies | background)) and TALLY_BREAKDOWN.search(text) and not THIS_INCIDENT.search(text):
            out.add(i)
    return out


def _compared_with(text: str, m: re.Match) -> bool:
    """The known mass shooting is what this incident is compared with ("14 people dead and 17 wounded, the deadliest
    mass shooting since Sandy Hook"): the figures before the comparison are this incident's."""
    c = COMPARATIVE.search(text)
    return bool(c and c.end() <= m.start())


def _massacre_key(m: re.Match) -> str:
    """A known mass shooting's name as a key: its city or its name's first word ("the Aurora theater" -> "aurora")."""
    city = re.search(_MASSACRE_CITY, m.group(0))
    return (city.group(0) if city else m.group(0)).split()[0].lower()
