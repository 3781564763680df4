"""The codebook's plain precedence, which corrects the model's sure answer where a model that reads words one by
one misses it: a bomb found or defused that never went off is a disrupted weapons use, demonstrators who throw
stones or burn riot, demonstrators shot by those who police them suffered excessive force, a crowd that fights the police or troops
riots (it is no battle), and a communal fight with no armed men or weapons named is mob violence.
"""

from __future__ import annotations

from .words import _rx
from .model import _best
from .cues import (
    _ARMED_ACTORS, _ARMED_GROUP, _CROWD_FIGHTS_FORCES, _crowds_clash, _DISRUPTED_WORDS, _done_at_protest, _FORCE_ON_PROTEST, _GOVERNMENT,
    _MOB, _PROTEST, _PROTEST_VIOLENT,
)


# an explosive that went off: then a bomb found or defused beside it does not make the text a disrupted weapons use
_WENT_OFF = _rx(r"\b(?:explod\w*|went off|blasts?|explosions?|detonated by)\b")


# rioting words the demonstration cues leave out: "stone-throwing youths", "rock-throwing protesters"
_RIOTOUS = _rx(r"\b(?:stone|rock|brick)[- ]?throw(?:ing|ers?)\b")
# what the crowd's fight with the police corrects: the model's battle, and its force on a crowd it took for peaceful
_CROWD_FIGHT_FIXES = frozenset({("Battles", "Armed clash"), ("Protests", "Protest with intervention"),
                                ("Protests", "Excessive force against protesters"), ("Protests", "Peaceful protest")})


def _crowd_fights_forces(text: str, top: tuple[str, str], probs: dict) -> tuple[str, str] | None:
    """A crowd that fights the police or troops, with no armed group on its side: a violent demonstration where a
    demonstration is spoken of, else the model's likelier riot; None where the rule has nothing to say."""
    if top not in _CROWD_FIGHT_FIXES or not _CROWD_FIGHTS_FORCES.search(text) or _ARMED_GROUP.search(text):
        return None
    if _PROTEST.search(text) or top[0] == "Protests":
        return "Riots", "Violent demonstration"
    return _best(probs, lambda c: c[0] == "Riots")[0] or ("Riots", "Violent demonstration")


_DISRUPTED = ("Strategic developments", "Disrupted weapons use")
# ... unless it was made to go off by those who made it safe
_MADE_SAFE = _rx(r"\b(?:defus\w*|intercept\w*|shot down|downed|controlled (?:explosion|detonation)|safely|made safe|rendered safe|"
                 r"bomb (?:disposal|squad)|disposal (?:team|unit|experts)|sappers|deminers|demining|eod)\b")


# the words of a sexual act: the codebook's sexual violence names one ("raped", "sexually assaulted", "molested")
_SEXUAL_ACT = _rx(r"\b(?:rap(?:e|ed|es|ing|ists?)|gang-?rap\w*|sex\w*|molest\w*|defil\w*|indecent\w*|forced (?:marriage|nudity)|"
                  r"sodom\w*|violat(?:ed|ing) (?:her|him|them|the (?:girl|woman|women|girls|boy)))\b")
_SEXUAL = ("Violence against civilians", "Sexual violence")


def _went_off(text: str) -> bool:
    """An explosive went off, and nobody who makes bombs safe set it off: the explosion, not a disrupted weapons use."""
    return bool(_WENT_OFF.search(text)) and not _MADE_SAFE.search(text)


def _codebook(text: str, top: tuple[str, str], hurt: bool, probs: dict) -> tuple[str, str]:
    """The model's sure answer, corrected where the codebook's precedence is plain in the words and a model that
    reads words one by one misses it: a bomb found and defused is a disrupted weapons use, not the explosive;
    demonstrators who throw stones or burn make a riot; demonstrators shot or killed by those who police them suffered
    excessive force; a communal fight with sticks and stones, where no armed men or weapons are named, is mob violence."""
    if top[0] == "Explosions/Remote violence" and top[1] not in ("Air/drone strike", "Chemical weapon") and not hurt \
            and not _WENT_OFF.search(text) and _DISRUPTED_WORDS.search(text):
        return "Strategic developments", "Disrupted weapons use"
    if top == _DISRUPTED and _went_off(text):
        return _best(probs, lambda c: c[0] == "Explosions/Remote violence")[0] or top
    riot = _crowd_fights_forces(text, top, probs)
    if riot is not None:
        return riot
    # (the model's own protest is a demonstration, named by a protest word or not: "residents went on a rampage, burning
    # the municipal offices over the tariff hike")
    if top[0] == "Protests" and (_PROTEST_VIOLENT.search(text) or _RIOTOUS.search(text)):
        return "Riots", "Violent demonstration"
    if top[0] == "Protests" and _PROTEST.search(text):
        # (not the killing the crowd protests: "fired tear gas at residents protesting the killing of a rider")
        if top[1] != "Excessive force against protesters" and _FORCE_ON_PROTEST.search(_done_at_protest(text)) and _GOVERNMENT.search(text):
            return "Protests", "Excessive force against protesters"
    if top[0] in ("Battles", "Violence against civilians") and top[1] in ("Armed clash", "Attack") and _PROTEST.search(text) \
            and not _PROTEST_VIOLENT.search(text) and _FORCE_ON_PROTEST.search(_done_at_protest(text)) and _GOVERNMENT.search(text):
        return "Protests", "Excessive force against protesters"
    if top == ("Battles", "Armed clash") and (_MOB.search(text) and not _ARMED_ACTORS.search(text) or _crowds_clash(text)):
        return "Riots", "Mob violence"
    return top
