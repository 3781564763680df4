"""Namesakes by their size: a hamlet, a city that dwarfs its namesakes, a first choice that is only the largest of
namesakes of a like size, a big namesake abroad."""

from __future__ import annotations

from ...models import Place
from ..gazetteer import Gazetteer


# A namesake this large is the one meant, unless the report names the state of a hamlet this small.
_BIG_NAMESAKE_POP = 250_000
_HAMLET_POP = 5_000
# A city this large dwarfs the namesakes it is this many times larger than, short of a state the report names.
_DWARFING_POP = 100_000
_DWARFING_RATIO = 20


def _hamlet(place: Place, gazetteer: Gazetteer) -> bool:
    """Whether a place is a village too small for its name to be more likely a town's than a building's."""
    return place.precision == "city" and gazetteer.population(place) < _HAMLET_POP


# A name's first choice that is only the largest of namesakes of a like size (Franklin, Tennessee, beside Franklin,
# Wisconsin, not thrice its size) says nothing of the state the report means.
_RIVAL_SHARE = 1 / 3


def _mere_largest(places: list[Place], first: Place, fit, gazetteer: Gazetteer) -> bool:
    """Whether a name's first choice holds its place by size alone, among namesakes of a like size in its country: no
    county or state of the report points to it (``fit``), and another namesake town has a third of its people or
    more."""
    if any(fit(first)[:2]):
        return False  # a county or a state the report names holds it
    big = gazetteer.population(first)
    return big > 0 and any(p is not first and p.precision == "city" and p.country_code == first.country_code
                           and gazetteer.population(p) >= big * _RIVAL_SHARE for p in places)


def _like_size(place: Place, places: list[Place], gazetteer: Gazetteer) -> bool:
    """Whether a town has a third of the people of the largest namesake of its country among ``places`` at least."""
    top = max((gazetteer.population(p) for p in places
               if p.precision == "city" and p.country_code == place.country_code), default=0)
    return gazetteer.population(place) >= top * _RIVAL_SHARE


def _dwarfed(places: list[Place], gazetteer: Gazetteer):
    """Whether a candidate is a hamlet whose name a big city also bears: "Columbus" is Ohio's capital, not the
    Texas village of that name because a "Garland" (a person, perhaps) lies in Texas.  Only a state the report
    names makes it the hamlet; a neighbouring name does not."""
    top = next((p for p in places if p.precision == "city"), None)
    big = gazetteer.population(top) if top is not None else 0
    if big < _DWARFING_POP:
        return lambda place: False
    # a big city dwarfs its hamlets; a sizeable one, the namesakes it is many times larger than ("Dayton" is
    # Ohio's city, not the Kentucky town beside Cincinnati's suburbs)
    small = max(_HAMLET_POP if big >= _BIG_NAMESAKE_POP else 0, big / _DWARFING_RATIO)
    return lambda place: place.precision == "city" and place is not top and gazetteer.population(place) < small


def _foreign_namesake(places: list[Place], choice: Place, gazetteer: Gazetteer) -> bool:
    """Whether the candidate chosen is a hamlet bearing the name of a big city of another country, which the
    report most likely means though its country is not in the context ("Brussels" in a Florida report is
    Belgium's capital, not the Wisconsin hamlet)."""
    top = next((p for p in places if p.precision == "city"), None)
    return (top is not None and choice.precision == "city" and top.country_code != choice.country_code
            and gazetteer.population(top) >= _BIG_NAMESAKE_POP and gazetteer.population(choice) < _HAMLET_POP)
