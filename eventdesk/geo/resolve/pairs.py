""""City, State" and "Head, Qualifier" pairs: a town said with its state, county or city, a county and its seat, a
part of a big city said with the city, and a region by compass word."""

from __future__ import annotations

from dataclasses import replace

from ...dateline import split_city_state
from ...models import Place
from ..build import PRIMARY
from ..gazetteer import Gazetteer
from ..names import fold
from .measures import distance_km
from .words import _BUILDING, _COUNTY_WORD, _PART_OF, _STREET, _TOWNSHIP


def parse_city_state(text: str, gazetteer: Gazetteer) -> Place | None:
    """The place of an AP dateline or "City, State" string: "GAINESVILLE, Fla." -> Gainesville, Florida."""
    pair = split_city_state(text)
    if pair is None:
        return None
    found = _pair(*pair, gazetteer)
    return found[0] if found else None


# A county's namesake city this large is its seat or lies beside it ("Los Angeles County", "Dallas County");
# a smaller one may lie in another county of the state (Franklin, Kentucky is not in Franklin County).
_COUNTY_SEAT_POP = 50_000


def _county(text: str, gazetteer: Gazetteer) -> list[Place]:
    """A US county: its large namesake city where there is one, else the county itself (at the centre of
    its ZIP codes) or, for one the ZIP codes lack, its state; several when several states have one."""
    counties = gazetteer.counties(text)
    if len(counties) == 1:
        return _county_seat(text, counties[0], gazetteer) or counties
    return counties


def _county_seat(text: str, state: Place, gazetteer: Gazetteer) -> list[Place]:
    head = _COUNTY_WORD.sub("", text)
    found = gazetteer.lookup(head, state.country_code, admin1=state.admin1, kinds=("city",), limit=1) if head != text else []
    return [p for p in found if gazetteer.population(p) >= _COUNTY_SEAT_POP]


def _pair(head: str, qual: str, gazetteer: Gazetteer) -> list[Place]:
    """Cities called ``head`` inside the state or country ``qual``; that state or country if none is.
    "Southwest Miami-Dade, Fla." is Miami-Dade in Florida; "Los Angeles County, Calif." its seat."""
    head, qual = head.strip(" ,."), qual.strip(" ,")
    if not head or not qual:
        return []
    containers = gazetteer.lookup(qual, kinds=("admin1", "country"), abbreviations=True, limit=5)
    m = _PART_OF.match(head)
    heads = [head, head[m.end():]] if m else [head]
    if (t := _TOWNSHIP.search(head)) and t.start() > 0:
        heads.append(head[:t.start()])  # "Lancaster Twp., Pa.": the township beside its namesake town, in that state
    for container in containers:
        for name in heads:
            if container.precision == "admin1":
                found = gazetteer.lookup(name, container.country_code, admin1=container.admin1)
                found = found or _county_seat(name, container, gazetteer)
                # "Floyd Co., Ind.", "Hanover, Va." (no town, a county): the county of that state
                for county in (name, f"{name} County") if not found else ():
                    found = found or [c for c in gazetteer.counties(county)
                                      if c.admin1 == container.admin1 and c.precision == "region"]
            else:
                found = gazetteer.lookup(name, container.country_code)
            if found:
                return found
    if not containers:
        return _part_of_city(head, qual, gazetteer)
    if containers and containers[0].country_code != "US":
        # abroad, a town of that name in another province of the country, the only one there: the note's
        # province is the coder's slip or a border ("Goniri (Gujba LGA, Borno)": Goniri lies in Yobe)
        same = [p for q, p in gazetteer.matches(head, containers[0].country_code, kinds=("city",), limit=2) if q == PRIMARY]
        if len(same) == 1:
            return same
    if containers and fold(qual) in _COMPASS_PROVINCES and not gazetteer.matches(head, containers[0].country_code, limit=1):
        return []  # "Lilongwe, Central": Malawi's Central Region, not Uganda's Central, which has no Lilongwe
    return containers[:1]


# "Jamaica, Queens", "Homewood, Pittsburgh": a part of a big American city said with the city (or borough) after it.
_PART_CITY_POP = 100_000
_PART_TOWN_POP = 50_000  # a name this large of its own is a town in a list ("Boston, Chicago and Denver"), no part
_PART_KM = 25


def _part_of_city(head: str, qual: str, gazetteer: Gazetteer) -> list[Place]:
    """The place of "<part>, <big US city>": the part where the gazetteer has a town of its name beside the city,
    else the city itself, unless the part's name is a sizeable town's elsewhere (then the pair is a list of towns).
    "Jamaica, Queens" is in New York, not the island."""
    if fold(head) == fold(qual):
        return []  # one name said twice over ("Richmond police ... Richmond")
    if _STREET.search(head) or _BUILDING.search(head):
        # "on Mill Street, Athens police said": a street or building with its town says nothing of the town's
        # state (Athens, Ohio, is no part of Athens, Georgia, the largest): the town is read alone
        return []
    cities = [p for q, p in gazetteer.matches(qual, "US", kinds=("city",), limit=3)
              if q == PRIMARY and gazetteer.population(p) >= _PART_CITY_POP]
    if not cities:
        return []
    city = cities[0]
    towns = [p for q, p in gazetteer.matches(head, "US", kinds=("city",), limit=10) if q == PRIMARY]
    beside = [p for p in towns if (km := distance_km(p, city)) is not None and km <= _PART_KM]
    if beside:
        return beside[:1]
    if any(gazetteer.population(p) >= _PART_TOWN_POP for p in towns):
        return []
    return [city]


# Provinces named by a compass word alone, in many countries: such a name beside a town that its country
# lacks says nothing of where the town is.
_COMPASS_PROVINCES = frozenset(("north", "south", "east", "west", "central", "centre", "center", "northern", "southern",
                                "eastern", "western", "nord", "sud", "est", "ouest", "norte", "sur", "centro", "oeste"))


def _region(direction: str, name: str, gazetteer: Gazetteer) -> list[Place]:
    """ "northeastern Syria": the country, moved toward that side of it."""
    places = gazetteer.lookup(name)
    if not places or places[0].precision != "country":
        return places
    country = places[0]
    direction = direction.lower().replace("-", "").replace(" ", "").removesuffix("ern")
    lat, lon = country.lat, country.lon
    box = gazetteer.country_box(country.country_code or "")
    if box:
        south, north, west, east = box
        lat, lon = (south + north) / 2, (west + east) / 2
        # Halfway from the middle to the edge: inside the named part, off the border.
        if "north" in direction:
            lat = (lat + north) / 2
        if "south" in direction:
            lat = (lat + south) / 2
        if "east" in direction:
            lon = (lon + east) / 2
        if "west" in direction:
            lon = (lon + west) / 2
    name = f"{direction}ern {country.name}" if direction != "central" else f"central {country.name}"
    return [replace(country, name=name, lat=round(lat, 4), lon=round(lon, 4), precision="region")]
