"""Which demonstration: violent, met with excessive force or an intervention, or peaceful; and the
demonstrations that are none (only called for or to come, called off on a deal, the reason for an arrest)."""

from __future__ import annotations

from ..words import _rx
from ..thresholds import _PROTEST_SURE
from ..model import _best
from .crowds import _AGITATING_RX, _HANDS_ON_OFFICIALS, _MOB, _crowds_clash, _crowd_riots
from .protests import (
    _PROTEST_VIOLENT, _PROTEST_LETHAL, _FORCE_ON_PROTEST, _CROWD_BLOCKED, _PROTEST_INTERVENTION, _protest_named
)
from .government import _GOVERNMENT
from .strategic import _STRATEGIC


# a demonstration named only as one that is not going on: called for, planned, led or organised before, ahead of, or
# the reason for an arrest ("arrested activists who had called for a general strike", "detained the organiser of last
# week's protest", "arrested in connection with the riots"), with the few words that name it
_PROTEST_NOT_HELD = _rx(
    r"\b(?:call(?:ed|ing|s)? for|urg(?:ed|ing) (?:people |supporters |residents )?to (?:join|hold|stage)|plann(?:ed|ing)|"
    r"organi[sz](?:ed|ing|ers?)(?: of)?|(?:accused|suspected|charged) of (?:leading|organi[sz]ing|inciting|instigating)|"
    r"ringleaders? of|incit(?:ed|ing)|ahead of|in anticipation of|to prevent|in connection with)(?: [\w'-]+){0,5}"
)
_ARRESTED = dict(_STRATEGIC)["Arrests"]
_PEACEFUL_PROTEST = ("Protests", "Peaceful protest")
_PROTEST_WITH_INTERVENTION = ("Protests", "Protest with intervention")


def _arrest_not_at_protest(text: str) -> bool:
    """People arrested where the only demonstration told is one called for, planned or past: in the codebook an
    arrest, no intervention in a demonstration that is not going on."""
    return bool(_ARRESTED.search(text)) and not _protest_named(_PROTEST_NOT_HELD.sub(" ", text)) \
        and not _MOB.search(text) and not _crowd_riots(text) and not _crowds_clash(text)


# what a demonstration is about, which was not done at it: "to protest the killing of a rider", "demanding the arrest of
# those who attacked a teacher", "over the detention of their leader".  Its words of death or arrest tell the grievance,
# not force used on the crowd
_GRIEVANCE = _rx(
    r"\b(?:demand\w*|call(?:ed|ing|s)? for|seek\w*|sought|against|over|protest(?:ing|ed|s)?|condemn\w*|denounc\w*|justice for|"
    r"in memory of|mourn\w*)(?: the| a| an| their| his| her)? (?:[\w-]+ )?(?:arrests?|detentions?|release|killings?|deaths?|murders?|"
    r"lynchings?|shootings?|rapes?|abductions?|disappearances?|attacks?)(?: (?:of|on)\b(?: [\w'-]+){0,6})?|"
    # (the condition the crowd sets: "refusing to leave until the killers are arrested")
    r"\b(?:until|unless|till) [^.;,]{0,60}"
)
# the acts that control a crowd, in the words of the regional press too: what makes a demonstration the model reads as
# peaceful an intervention (not "no arrests were made", taken out first)
_CROWD_CONTROL = _rx(
    # (a crowd dispersed by somebody, not one that "dispersed peacefully" of itself)
    r"\b(?:tear ?gas|teargas|tear-?gass\w*|teargass\w*|to disperse|dispers(?:ed|ing) (?:them|the|a|an|by|with|hundreds|dozens|\d+)|rubber bullets|water cannons?|baton[- ]?charg\w*|lathi[- ]?charg\w*|"
    r"stun grenades?|arrest(?:ed|ing)|detain(?:ed|ing)|broke up|bundled (?:\w+ ){0,3}into|rounded up|(?:took|taken|taking) (?:\w+ ){0,3}into (?:police )?custody)\b"
)
_NO_CONTROL = _rx(r"\b(?:no|without(?: any)?|nobody was|no one was|none (?:was|were)) (?:\w+ ){0,2}(?:arrests?|arrested|detained|detentions?|dispersed)\b")
# harm that the codebook counts as serious, and the crowd-control acts that can cause it: "suffered a fractured skull
# when police lathi-charged", "critically injured when police baton-charged a hunger strike camp"
_SERIOUS_HARM = (r"(?:critically|seriously|gravely|severely) (?:injur\w*|wound\w*|hurt)|fractur\w*|lost (?:an|one|his|her|their|both) eyes?|"
                 r"in (?:a )?coma|head injuries|skull|died|killed|dead|to death|succumb\w*|(?:bullet|pellet|gunshot) (?:injuries|wounds)")
_CONTROL_ACT = r"(?:baton[- ]?charg\w*|lathi[- ]?charg\w*|beat(?:en|ing)?|clubbed|rubber bullets?|tear ?gas canisters?|rifle butts|fired|firing)"
_MAIMED_BY_CONTROL = _rx(rf"\b(?:{_SERIOUS_HARM})\b[^.;]{{0,80}}?\b{_CONTROL_ACT}|\b{_CONTROL_ACT}\b[^.;]{{0,80}}?\b(?:{_SERIOUS_HARM})\b")


def _done_at_protest(text: str) -> str:
    """The text without what the demonstration is about (its grievance or demand) nor interventions said not to
    have happened: the words left tell what was done to the crowd."""
    return _NO_CONTROL.sub(" ", _GRIEVANCE.sub(" ", text))


# a demonstration only announced, threatened or planned: "the union said its members would hold a dharna next Tuesday",
# "transporters have threatened a chakka jam if the price is not cut"
_PROTEST_TO_COME = _rx(
    r"\b(?:threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?(?: of)?|would|will|shall|plan(?:s|ned|ning)? to|vow(?:s|ed)? to|"
    r"(?:has|have|had) called for|announc(?:ed|es|ing) (?:plans (?:for|to) )?an?(?= )|announc(?:ed|es|ing) (?:plans (?:for|to) )?(?:an? )?)(?: [\w'-]+){0,6}"
)


def _protest_only_to_come(text: str) -> bool:
    """A demonstration named only as one still to come, and nothing done: no act of a crowd, no intervention, no mob.
    In the codebook no event (the demonstration, once held, is)."""
    return _protest_named(text) and not _protest_named(_PROTEST_TO_COME.sub(" ", text)) \
        and not _PROTEST_INTERVENTION.search(text) and not _PROTEST_VIOLENT.search(text) and not _MOB.search(text) \
        and not _crowd_riots(text)


# a demonstration called off on a deal: "farmers called off their agitation after an agreement with the government"; the
# codebook's agreement, the news being the deal that ended it (not a protest against a deal: nothing was called off)
_PROTEST_ENDED_BY_DEAL = _rx(
    r"\b(?:called off|calls? off|calling off|ended|ends|suspended|withdr[ae]w|withdrawn|end(?:ing)?) (?:their |its |the |a |his |her )?(?:[\w-]+ ){0,2}?"
    r"(?:protests?|agitations?|strikes?|sit-ins?|dharnas?|blockades?|march(?:es)?|demonstrations?|hunger strikes?)\b[^.;]{0,60}?\b"
    r"(?:after|following|under|as part of|on reaching) (?:an? |the )?(?:\w+ ){0,2}(?:agreement|deal|accord|pact|understanding)\b"
)


def _protest(text: str, probs: dict | None = None) -> tuple[str, str]:
    """Which demonstration: violent demonstrators first (ACLED codes them so whatever the police did),
    then the model among the protest and riot types when it is sure, then the rules.  A demonstration called off on a
    deal, where nobody did violence, is the agreement."""
    if _PROTEST_ENDED_BY_DEAL.search(text) and not _PROTEST_VIOLENT.search(text):
        return "Strategic developments", "Agreement"
    if _arrest_not_at_protest(text):
        return "Strategic developments", "Arrests"
    named = _protest_named(text)
    if named and _HANDS_ON_OFFICIALS.search(text) and not _protest_named(_AGITATING_RX.sub(lambda m: m.group()[len("agitating"):], text)) \
            and not _PROTEST_VIOLENT.search(_HANDS_ON_OFFICIALS.sub(" ", text)):
        # (a crowd named agitating that roughs up officials, does no other violence and, the word gone, is told in no
        # demonstration (its crowd stays, to block a road): mob violence, the crowd's assault the act, not a
        # demonstration that turned violent)
        return "Riots", "Mob violence"
    if not named and _crowd_riots(text):  # a crowd's fight with the forces, no demonstration named
        return _best(probs or {}, lambda c: c[0] == "Riots")[0] or ("Riots", "Violent demonstration")
    if not named:  # a mob, not a demonstration
        guess, p = _best(probs or {}, lambda c: c[0] == "Riots")
        return guess if guess is not None and p >= _PROTEST_SURE else ("Riots", "Mob violence")
    if _PROTEST_VIOLENT.search(text) or _crowd_riots(text):
        return "Riots", "Violent demonstration"
    done = _done_at_protest(text)
    if (_FORCE_ON_PROTEST.search(done) or _MAIMED_BY_CONTROL.search(done)) and _GOVERNMENT.search(text):
        return "Protests", "Excessive force against protesters"
    if probs:
        guess, p = _best(probs, lambda c: c[0] in ("Protests", "Riots"))
        if guess is not None and p >= _PROTEST_SURE:
            # (the model's peaceful protest where the crowd was teargassed, dispersed or detained: an intervention)
            return _PROTEST_WITH_INTERVENTION if guess == _PEACEFUL_PROTEST and _CROWD_CONTROL.search(done) else guess
    if _PROTEST_LETHAL.search(done):
        return "Protests", "Excessive force against protesters"
    if _PROTEST_INTERVENTION.search(_CROWD_BLOCKED.sub(" ", done)):
        return "Protests", "Protest with intervention"
    return "Protests", "Peaceful protest"
