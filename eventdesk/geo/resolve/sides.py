"""A big city's side ("north Houston", "SW Atlanta"): the place moved off the city's centre toward it."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace

from ...models import Place
from ..gazetteer import Gazetteer
from ..names import fold
from .toponyms import Toponym


# "north Houston", "N. Houston", "Southeast Bakersfield": a big city's side lies off its centre that way, by a
# share of the city's reach (the square root of its size): some 7 km for a city of two million.
_SIDE = re.compile(r"^(?:(?P<word>(?:north|south)[- ]?(?:east|west)|north|south|east|west)(?:ern)?|(?-i:(?P<abbr>[NS][EW]?|[EW]))\.?)\s+(?=\S)",
                   re.IGNORECASE)
_SIDED_CITY_POP = 200_000
_SIDE_KM_PER_ROOT = 0.15  # km per square root of a thousand people
_SIDE_MAX_KM = 10.0


def _toward_side(place: Place, toponyms: Sequence[Toponym], gazetteer: Gazetteer) -> Place:
    """A big city some of whose names in the report say one side of it ("north Houston"): the point moved
    toward that side.  Sides that disagree ("north" and "south Houston") leave the centre."""
    if place.precision != "city" or place.lat is None or place.lon is None:
        return place
    population = gazetteer.population(place)
    if population < _SIDED_CITY_POP:
        return place
    sides = set()
    for topo in toponyms:
        text = " ".join(topo.text.split()).strip(" ,;:.")
        m = _SIDE.match(text)
        if topo.weight >= 1.0 and m and fold(text[m.end():]) == fold(place.name):
            side = (m["word"] or m["abbr"]).lower().replace("-", "").replace(" ", "")
            sides.add(side if m["word"] else {"n": "north", "s": "south", "e": "east", "w": "west"}[side[0]]
                      + {"": "", "e": "east", "w": "west"}[side[1:]])
    if len(sides) != 1:
        return place
    side = sides.pop()
    north = ("north" in side) - ("south" in side)
    east = ("east" in side) - ("west" in side)
    km = min(_SIDE_MAX_KM, _SIDE_KM_PER_ROOT * math.sqrt(population / 1000)) / math.hypot(north, east)
    lat = place.lat + north * km / 111.2
    lon = place.lon + east * km / (111.2 * math.cos(math.radians(place.lat)))
    return replace(place, lat=round(lat, 5), lon=round(lon, 5))
