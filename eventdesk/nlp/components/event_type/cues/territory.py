"""Who took a place: the place fought over with no winner told, taken once its holders had gone or by
force, fallen to somebody or whose holders were driven out, and the side (government or non-state) that took it."""

from __future__ import annotations

import re

from ..words import _NAMED_GROUPS, _rx
from ..thresholds import _N_WEAPON_CUES, _TERRITORY_MASS, _TERRITORY_SURE
from .specific import _SPECIFIC
from .government import _GOVERNMENT


_FROM_NON_STATE = _rx(r"\bfrom (?:the )?(?:militants|rebels|insurgents|jihadists|terrorists|islamic state|is|isis|isil|daesh|al-?shabaa?b|boko haram|taliban|militia\w*|armed groups?)\b")
# a place taken once its holders had gone ("took over the post after the police abandoned it"): no fight over it, the
# codebook's non-violent transfer, where nobody is said to have fought
# (not "fled", which news tells of those driven out: "seized the town after soldiers fled")
_TAKEN_AFTER_LEFT = _rx(r"\bafter (?:the |its |their )?[^.;]{0,50}?\b(?:had )?(?:abandoned|vacated|withdr[ae]w|pulled out|evacuated|deserted)\b")
# ... unless the place was taken by force or the holders left under fire: "seized", "captured", "overran", "regained",
# "withdrew under heavy bombardment", "were driven out of the town"
_TAKEN_BY_FORCE = _rx(r"\b(?:seiz\w*|captur\w*|overr[au]n\w*|storm\w*|wrest\w*|regain\w*|re-?took|retaken|re-?entered|under (?:\w+ )?(?:fire|attack|bombardment|shelling)|"
                      r"bombard\w*|shell(?:ed|ing)|air ?(?:raids?|strikes?)|(?:driven|drove (?:[\w'-]+ ){1,4}?) out of)\b")


# a place fought over or an attempt to take it, which news tells with the words of a taking ("battled for control of
# the city", "an offensive to retake the town"): nobody is said to have taken it, so the fight is the event
_CONTESTED = _rx(
    r"\b(?:battl\w*|fight\w*|fought|clash\w*|vy(?:ing|ed)|struggl\w*) (?:\w+ ){0,3}?for (?:the |full )?control (?:of|over)\b|"
    r"\b(?:attempt\w*|bids?|tr(?:y|ies|ied|ying)|efforts?|push|offensive|sought|seeking|failed) to (?:re-?take|re-?capture|regain|seize|capture|"
    r"take (?:back|over|control))\b"
)
# ... and the words that say somebody took it after all
_TAKING = _rx(r"\b(?:seiz\w*|captur\w*|overr[au]n\w*|wrest\w*|regain\w*|re-?took|retaken|re-?entered|took|taken|fell to|liberat\w*|"
              r"recaptur\w*|drove (?:\w+ ){0,3}out|driven out|pushed (?:\w+ ){0,3}out)\b")


def _only_contested(text: str) -> bool:
    """The place was fought over or an attempt was made on it, and no other words say it was taken: an armed clash,
    not a change of territory ("troops fought rebels for control of the town" tells no winner)."""
    if not _CONTESTED.search(text):
        return False
    rest = _CONTESTED.sub(" ", text)
    return not _TAKING.search(rest) and not any(rx.search(rest) for _, _, rx in _SPECIFIC[_N_WEAPON_CUES:])


# non-state armed actors named as those who took a place ("Tigrayan fighters recaptured Mekelle")
_NON_STATE = _rx(r"\b(?:rebels?|militants?|insurgents?|jihadists?|fighters|militia\w*|guerrillas?|separatists?|resistance|"
                 r"armed groups?|gunmen|bandits|" + _NAMED_GROUPS + r")\b")


def _state_took(text: str, m: re.Match) -> bool:
    """Named state forces, and nothing else, are the subject of the taking ``m``: the state took the place."""
    clause = re.split(r"[.;,]", text[:m.start()])[-1]
    return "pro-" not in clause.lower() and bool(_STATE_SUBJECT.fullmatch(clause))


def _taker(clause: str) -> str | None:
    """Who took the place, where the clause before the verb names one side alone: its forces (government) or a non-state
    armed group.  "Rebels said the army retook the town" names both, and the model and the rules below decide."""
    government, non_state = bool(_GOVERNMENT.search(clause)), bool(_NON_STATE.search(clause))
    if government == non_state:
        return None
    return "Government regains territory" if government else "Non-state actor overtakes territory"


# a place that fell to somebody, who is named after the verb: "the town fell to the insurgents", "the village fell to
# the army after two days of fighting"
# (it and _DRIVEN_OUT are compiled at import, not lazily as ``_rx`` does: ``_territory`` tells them by identity,
# m.re is _FELL_TO)
_FELL_TO = re.compile(r"\b(?:fell|falls|fallen) (?:in)?to (?:the )?([^.;,]{1,40})", re.IGNORECASE)
# armed men driven out of a place by force, the taker named after "by" ("the militants were driven out of the town by the
# army") or before the verb ("soldiers drove the insurgents out of the village"): a place taken, not handed over
_DRIVEN_OUT = re.compile(r"\b(?:was|were|been|being|are|is|get|got) (?:\w+ )?(?:driven|pushed|chased|flushed|forced) "
                         r"out of\b[^.;]{0,60}?\bby (?:the )?([^.;,]{1,40})|"
                         r"\b(?:drove|drives|driving|pushed|chased|flushed) (?:[\w'-]+ ){1,4}?out of\b", re.IGNORECASE)
# named state forces as the subject of a taking, the whole clause before its verb ("Police took control of ...", "The
# army seized ..."): the state took the place.  Not forces named by whom they back ("pro-Houthi forces"), nor a subject
# with more words, whose taker the model and the rules below decide
# (an army in lower case: "the Arakan Army", "the Kachin Independence Army" are armed groups by name)
_STATE_SUBJECT = _rx(r"\s*(?:the |a )?(?:(?:[\w-]+ ){0,2}?(?:police(?:men)?|troops|soldiers|security forces|armed forces|government forces|"
                     r"paramilitary forces|gendarm\w*|commandos)|(?:(?-i:[a-z][\w-]*) ){0,2}?(?-i:army|military))\s*")


def _territory(text: str, m: re.Match, probs: dict | None = None, default: str | None = None) -> str:
    """Who took the place: government forces (or it was taken from militants) -> regained, else overtaken.
    The model, when it clearly prefers one of the two, decides (it knows the actors' names).  A place that fell to
    somebody, or whose holders were driven out by somebody, has its taker named after the verb."""
    if m.re is _FELL_TO or m.re is _DRIVEN_OUT and m.group(1):
        side = _taker(m.group(1))
        if side:
            return side
    before = text[max(0, m.start() - 120):m.start()]
    clause = re.split(r"[.;]", before)[-1]
    side = _taker(clause)
    if side:
        return side
    if probs:
        g = probs.get(("Battles", "Government regains territory"), 0.0)
        n = probs.get(("Battles", "Non-state actor overtakes territory"), 0.0)
        if g + n >= _TERRITORY_MASS and max(g, n) >= _TERRITORY_SURE * (g + n):
            return "Government regains territory" if g > n else "Non-state actor overtakes territory"
    if default:
        return default
    if _GOVERNMENT.search(clause) or _FROM_NON_STATE.search(text[m.start():m.end() + 80]):
        return "Government regains territory"
    return "Non-state actor overtakes territory"
