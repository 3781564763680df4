"""Where a headline says the shooting was ("Wheeling shooting", "man killed in Dothan"), and whether that
scene lies elsewhere than a report's own place: a follow-up placed by its headline, not by its court or hospital."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..geo.names import fold
from ..geo.resolve import distance_km
from ..models import Place
from .places import _place_rank, _places_agree


# A headline naming where the shooting was: "shot in Suisun City", "Copperas Cove killing", "Mesquite shooting";
# not the victim's hometown ("Alvin boy", "Joliet man shot") nor the court's town ("arraigned in Gatesville").
_SCENE_BEFORE_TOWN = r"\b(?:shot|killed|slain|stabbed|wounded|injured|dead|shooting|killing|homicide|murder)\s+in\s+"
_SCENE_AFTER_TOWN = r"\s+(?:shootings?|killings?|homicides?|murders?|slayings?|stabbings?)\b"
# The court, the jail, the hospital the victim was flown to lie this near the scene; a headline town further off
# is more likely a neighbourhood of the report's own city that bears a far town's name (Pittsburgh's Allentown).
_HEADLINE_SCENE_KM = 200.0
# every match of a town's ``_scene_in_headline`` holds a match of one of the two: a headline with neither (most of
# those that name no killing) names no scene, and no town's pattern is compiled for it
_SCENE_WORDS = re.compile(f"{_SCENE_BEFORE_TOWN}|{_SCENE_AFTER_TOWN}", re.IGNORECASE)
_SCENE_PATTERNS_KEPT = 4096  # towns whose headline pattern is kept compiled


def _headline_scene(title: str | None, own: Place, towns: Sequence[Place]) -> Place | None:
    """The town another report places the incident in that this report's headline names as the scene ("Bond set in
    Bullhead City killing"), where the report's own place lies elsewhere: a follow-up datelined in the court's,
    the jail's or the hospital's town says in its headline where the shooting was.  None where the headline names
    no such town, names the report's own town as well, or names a town further off than ``_HEADLINE_SCENE_KM``."""
    if not title or not _SCENE_WORDS.search(title):
        return None  # no town's pattern can match: none is compiled
    said = [t for t in towns if _may_name(title, t.name) and _scene_in_headline(t.name).search(title)]
    if not said or any(_places_agree(own, t) for t in said):
        return None
    if any((km := distance_km(own, t)) is None or km > _HEADLINE_SCENE_KM for t in said):
        return None
    return said[0] if len({(t.name, t.admin1) for t in said}) == 1 else None


@lru_cache(maxsize=_SCENE_PATTERNS_KEPT)
def _scene_in_headline(name: str) -> re.Pattern:
    """The pattern of a headline naming town ``name`` as the scene, compiled once per town (a batch's reports name
    more towns than the ``re`` module's cache of patterns keeps)."""
    return re.compile(f"(?:{_SCENE_BEFORE_TOWN}){_town_pattern(name)}(?![\\w-])|(?<![\\w-]){_town_pattern(name)}(?:{_SCENE_AFTER_TOWN})",
                      re.IGNORECASE)


def _may_name(title: str, name: str) -> bool:
    """Whether a headline may name a town, before its pattern is built and compiled (most towns it does not name):
    every word of the name must be in it.  Read in ASCII only, where case is ASCII's (``re.IGNORECASE`` matches
    further letters beyond it: the Kelvin sign a "k", the long s an "s")."""
    if not (title.isascii() and name.isascii()):
        return True
    low = title.lower()
    return all(w.lower() in low for w in name.split())


def _town_pattern(name: str) -> str:
    return r"[\s-]+".join(map(re.escape, name.split()))


# Where a headline says the shooting was: the capitalised words before a noun of the act ("Wheeling shooting",
# "Dothan murder suspect", "Kentucky slaying") or after "shot in", "killed in", "found dead in" ("Man killed in
# Dothan", "Four women found dead in Tulsa, Okla., apartment").  A comma ends the name (the state after it).
_HEAD_SCENE_NOUN = re.compile(r"^(?:shootings?|killings?|homicides?|murders?|slayings?|stabbings?|shootouts?)$", re.IGNORECASE)
_HEAD_SCENE_VERB = re.compile(r"^(?:shot|killed|slain|stabbed|wounded|murdered|dead)$", re.IGNORECASE)
_HEAD_WORD = re.compile(r"[A-Za-z][\w.'’-]*|,")
# capitalised words of a headline that are no place ("Suspect In Joplin Killing", "Bar shooting victim")
_HEAD_NOT_PLACE = frozenset("""
in of at on after for from to the a an and suspect suspects man men woman women teen teens boy girl child police
deadly fatal double triple mass weekend overnight party bar club school home house road street drive-by
charged arrested wanted accused alleged possible apparent another second third fatally officer deputy
""".split())
_HEAD_NAME_WORDS = 3


def _head_name(words: Sequence[str]) -> list[str]:
    """The capitalised words (at most ``_HEAD_NAME_WORDS``) that ``words`` open with, up to a headline's common word."""
    name = []
    for w in words[:_HEAD_NAME_WORDS]:
        if not w[:1].isupper() or fold(w) in _HEAD_NOT_PLACE:
            break
        name.append(w)
    return name


def headline_scenes(title: str | None) -> frozenset[str]:
    """The names (folded) a headline gives as the scene of the shooting: a town ("Suspect in Wheeling shooting
    arrested in Pittsburgh" gives "wheeling") or a state ("Man wanted in Kentucky slaying arrested in Memphis"
    gives "kentucky"); empty where it gives none.  Headline case is read word by word: only capitalised words
    that are not the headline's common words ("Suspect", "In", "Bar") make a name."""
    if not title:
        return frozenset()
    words = _HEAD_WORD.findall(title)
    out: set[str] = set()
    for i, w in enumerate(words):
        if _HEAD_SCENE_NOUN.match(w):
            name = _head_name(words[:i][::-1])[::-1]  # read back from the noun
        elif _HEAD_SCENE_VERB.match(w) and [fold(x) for x in words[i + 1:i + 2]] == ["in"]:
            name = _head_name(words[i + 2:])
        else:
            continue
        if name:
            out.add(fold(" ".join(name)))
    return frozenset(out)


def _scene_elsewhere(told: frozenset[str], own: Place | None, loc: Place | None) -> str | None:
    """Whether a report's headline names an incident's place as the scene while the report itself is placed
    elsewhere: "town" where it names the incident's town (the report lies more than a town's reach off: an
    arrest's, a court's, a hospital's town; in another state, or in the same one within ``_HEADLINE_SCENE_KM``),
    "state" where it names the incident's state from a report placed
    in another state; None otherwise (the report agrees with the incident, or its headline names neither)."""
    if not told or own is None or loc is None or own.country_code != loc.country_code:
        return None
    if _place_rank(loc) <= 1 and fold(loc.name) in told and not _places_agree(own, loc) and (
            own.admin1 != loc.admin1 or (km := distance_km(own, loc)) is not None and km <= _HEADLINE_SCENE_KM):
        # in the report's own state, no further off than a court or a hospital: a town further off bearing the
        # name is more likely a neighbourhood of the report's own city (Pittsburgh's Allentown)
        return "town"
    if loc.admin1 and own.admin1 and own.admin1 != loc.admin1 and fold(loc.admin1) in told:
        return "state"
    return None
