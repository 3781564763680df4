"""Places compared: the rank of a place's precision, towns and their namesakes, counties and the
city-counties whose police tell the county's shootings as the city's, and when two reports' places agree."""

from __future__ import annotations

from typing import Sequence

from ..geo.names import fold
from ..geo.resolve import distance_km
from ..models import Place


_PLACE_RANK = {"point": 0, "city": 1, "admin1": 2, "region": 3, "country": 4, "unknown": 5}


def _place_rank(place: Place) -> float:
    """Lower is more precise.  A region inside one admin1 (a US county, "northern Aleppo province")
    lies between a town and its state; a region of a country ("northeastern Syria") above the state."""
    if place.precision == "region" and place.admin1:
        return 1.5
    return _PLACE_RANK.get(place.precision, 5)


km_between = distance_km  # the one great-circle distance of the package lives with the places


def _placed_together(a: Place | None, b: Place | None, km: float | None, max_km: float) -> bool:
    """Both reports placed, and in one state (or in two towns within the distance limit across a state
    line): where an age or a venue's name can tell one incident.  Across states, or beside a report with
    no place, every day's shootings hold a 17-year-old and a "Sports Bar" somewhere."""
    if a is None or b is None or a.country_code != b.country_code:
        return False
    return bool(a.admin1) and a.admin1 == b.admin1 or km is not None and km <= max_km


def _namesakes(a: Place, b: Place) -> bool:
    """Two towns of one name the gazetteer put in different states or countries ("Wilmington" in
    California and in North Carolina): both reports named the same town, one of them got the wrong one."""
    if _place_rank(a) > 1 or _place_rank(b) > 1:
        return False
    return fold(a.name) == fold(b.name) and (a.admin1, a.country_code) != (b.admin1, b.country_code)


def _same_county(a: Place, b: Place) -> bool:
    """One county named by both reports, or a town and the county it lies in ("Pandora", "Putnam County"):
    a far smaller area than the state they share."""
    ranks = sorted((_place_rank(a), _place_rank(b)))
    if ranks[1] != 1.5 or ranks[0] not in (0, 1, 1.5):
        return False
    if ranks[0] == 1.5:
        return (fold(a.name), a.admin1) == (fold(b.name), b.admin1)
    return _places_agree(a, b)


# Consolidated city-counties whose police tell every shooting of the county as the city's ("Honolulu police" patrol
# all of Oahu, the Jacksonville Sheriff's Office all of Duval County): (city, state) -> the city's point, its reach
# (the km from it within which a town of the county may lie), the county's name, and the county's towns past a
# town's suburbs (None: every town within the reach, an island's).  Towns are named where a reach would take in
# another county's (Callahan lies as far from Jacksonville as Baldwin, Wasilla as far from Anchorage as Girdwood).
# Only the city's own name, not a neighbourhood ("Kalihi").
_CITY_COUNTIES: dict[tuple[str, str], tuple[float, float, float, str, frozenset[str] | None]] = {
    ("honolulu", "Hawaii"): (21.3069, -157.8583, 65.0, "honolulu", None),
    ("anchorage", "Alaska"): (61.2181, -149.9003, 65.0, "anchorage", frozenset({"girdwood", "chugiak", "eagle river"})),
    ("jacksonville", "Florida"): (30.3322, -81.6556, 40.0, "duval", frozenset({"baldwin"})),
    ("augusta", "Georgia"): (33.471, -81.9748, 35.0, "richmond", frozenset({"hephzibah", "blythe"})),
    ("nashville", "Tennessee"): (36.1659, -86.7844, 0.0, "davidson", frozenset()),
    ("louisville", "Kentucky"): (38.2542, -85.7594, 0.0, "jefferson", frozenset()),
    ("indianapolis", "Indiana"): (39.7684, -86.158, 0.0, "marion", frozenset()),
    ("lexington", "Kentucky"): (37.9887, -84.4777, 0.0, "fayette", frozenset()),
    ("athens", "Georgia"): (33.9609, -83.3779, 0.0, "clarke", frozenset()),
    ("macon", "Georgia"): (32.8407, -83.6324, 0.0, "bibb", frozenset()),
    ("columbus", "Georgia"): (32.461, -84.9877, 0.0, "muscogee", frozenset()),
    ("kansas city", "Kansas"): (39.1142, -94.6275, 0.0, "wyandotte", frozenset()),
    ("san francisco", "California"): (37.7749, -122.4194, 0.0, "san francisco", frozenset()),
    ("denver", "Colorado"): (39.7392, -104.9847, 0.0, "denver", frozenset()),
    ("philadelphia", "Pennsylvania"): (39.9524, -75.1636, 0.0, "philadelphia", frozenset()),
}


def _in_city_county(key: tuple[str, str], place: Place) -> bool:
    """Whether a town lies in the city-county of ``key`` past the city's suburbs: within its reach, and one of its
    named towns where the county names them."""
    lat, lon, reach, _county, towns = _CITY_COUNTIES[key]
    if place.admin1 != key[1] or (towns is not None and fold(place.name) not in towns):
        return False
    return (distance_km(place, Place(key[0], key[1], lat=lat, lon=lon)) or 0.0) <= reach


def _city_county(a: Place, b: Place, km: float | None) -> str | None:
    """The city-county whose city one report names and whose town the other names, or None."""
    if km is None or a.admin1 != b.admin1:
        return None
    for city, town in ((a, b), (b, a)):
        key = (fold(city.name), city.admin1)
        if key in _CITY_COUNTIES and _in_city_county(key, town):
            return city.name
    return None


def _county_of_city(a: Place, b: Place) -> str | None:
    """The county of a city-county that one report names, wherever the gazetteer put it, and whose city (or a town
    of it) the other names: "Richmond County deputies" is Augusta's county, though the bare county's name gets
    the largest namesake (Staten Island's).  None otherwise."""
    for county, town in ((a, b), (b, a)):
        if _place_rank(county) != 1.5 or _place_rank(town) > 1:
            continue
        name = fold(county.name).removesuffix(" county")
        for key, entry in _CITY_COUNTIES.items():
            if name == entry[3] and (key == (fold(town.name), town.admin1) or _in_city_county(key, town)):
                return name
    return None


def candidate_km(place: Place | None, max_km: float) -> float:
    """How far from a mention's point its candidate incidents are looked up: the distance limit, or a city-county's
    reach where the point is a town of it (a town of Oahu and a report told under Honolulu's dateline)."""
    if place is None or place.lat is None or not place.admin1:
        return max_km
    for key, entry in _CITY_COUNTIES.items():
        if key == (fold(place.name), place.admin1) or _in_city_county(key, place):
            return max(max_km, entry[2])
    return max_km


def _city_county_as_town(places: Sequence[Place]) -> dict[Place, Place]:
    """A city-county's city read as the one town of its county, further off than one town's suburbs, that another
    report names: Honolulu's police tell a Kahuku shooting as Honolulu's, the town is the scene."""
    out: dict[Place, Place] = {}
    for city in dict.fromkeys(places):
        key = (fold(city.name), city.admin1)
        if key not in _CITY_COUNTIES or _place_rank(city) > 1:
            continue
        towns = {p for p in places if p != city and _place_rank(p) <= 1 and _in_city_county(key, p)
                 and (km_between(p, city) or 0.0) > _AGREE_KM}
        if len(towns) == 1:
            out[city] = towns.pop()
    return out


# Reports of one incident agree on its place when their points lie this near: one town and its suburbs.
_AGREE_KM = 25.0
# A county's centre to its towns: a town this near the centre of a county of its state lies in it, most likely.
_COUNTY_REACH_KM = 60.0


def _places_agree(a: Place, b: Place) -> bool:
    """Could the two places be where one incident happened: two towns near each other, or a town and the
    county, state or country it lies in."""
    if a.country_code != b.country_code:
        return False
    fine, coarse = sorted((a, b), key=_place_rank)
    rank = _place_rank(coarse)
    if rank <= 1:
        km = distance_km(a, b)
        if km is None:  # a place without coordinates agrees with itself only
            return (a.name, a.admin1) == (b.name, b.admin1)
        return km <= _AGREE_KM
    if rank == 1.5:  # a county: its state, and not far from its centre
        km = distance_km(fine, coarse)
        return fine.admin1 == coarse.admin1 and (km is None or km <= _COUNTY_REACH_KM)
    if coarse.precision == "admin1":
        return fine.admin1 == coarse.admin1
    return True  # a country, or a region of one: anything inside the country
