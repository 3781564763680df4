"""Pick the place an incident happened from the toponyms of a report.

The caller extracts toponyms (spaCy GPE/LOC/FAC entities, plus
:func:`extract_regions` for "northeastern Syria") and weights them: weight > 1
marks text in the sentence describing the incident.  Resolution:

1. each toponym gets its candidate places ("City, State" and "City, Country"
   pairs, adjacent or in one entity, narrow the city to that state/country);
2. countries and provinces the report names (plus ``context_countries``)
   form the context; each toponym keeps its candidate best fitting that
   context, population breaking ties ("Paris" alone is in France);
3. the winner is the highest-weight toponym, then one consistent with the
   context countries, then the most specific (city > admin1 > region >
   country), then the earliest.

Names the gazetteer lacks are skipped, never fatal: the best of the rest wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..models import Place
from .build import LOOSE
from .gazetteer import Gazetteer

_SPECIFICITY = {"point": 5, "city": 4, "admin1": 3, "region": 2, "country": 1, "unknown": 0}
_DIRECTIONS = r"(?:north|south)[- ]?(?:east|west)|north|south|east|west|central"
# Lower-case directions only, or the "-ern" forms: "North Carolina" and
# "South Sudan" are names, "northern Iraq" and "Northern Iraq" are regions.
_REGION = re.compile(
    rf"\b(?P<dir>(?i:(?:{_DIRECTIONS})ern)|(?:{_DIRECTIONS}))\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|al|el|ez|az|ad))*(?<![\s,]))"
)
_DATELINE = re.compile(r"^\s*(?P<city>[^,()\n—–]+?)\s*,\s*(?P<qual>[^()\n—–]+?)\s*(?:\(|—|–|\s-\s|:|\n|$)")


@dataclass(frozen=True)
class Toponym:
    text: str
    start: int = 0
    end: int = 0
    weight: float = 1.0


def extract_regions(text: str) -> list[Toponym]:
    """Region phrases ("northeastern Syria", "southern Lebanon") spaCy would not tag."""
    found = []
    for m in _REGION.finditer(text):
        direction = m["dir"]
        if direction[0].isupper() and not direction.lower().endswith("ern"):
            continue
        name = re.split(r"['’]s\b", m["name"])[0]  # "northern Iraq's Nineveh" -> Iraq
        end = m.start("name") + len(name)
        found.append(Toponym(text[m.start() : end], m.start(), end))
    return found


def parse_city_state(text: str, gazetteer: Gazetteer) -> Place | None:
    """The place of an AP dateline or "City, State" string: "GAINESVILLE, Fla." -> Gainesville, Florida."""
    m = _DATELINE.match(text)
    if not m:
        return None
    found = _pair(m["city"], m["qual"].split(",")[0], gazetteer)
    return found[0] if found else None


def resolve_place(toponyms: Sequence[Toponym], gazetteer: Gazetteer, *, context_countries: Sequence[str] = ()) -> Place | None:
    options = _candidates_per_toponym(sorted(toponyms, key=lambda t: (t.start, t.end)), gazetteer)
    if not options:
        return None
    countries = {c.upper() for c in context_countries if c}
    provinces: set[tuple[str | None, str | None]] = set()
    for _, places, _ in options:
        top = places[0]
        if top.precision in ("country", "region", "admin1"):
            countries.add(top.country_code or "")
        if top.precision == "admin1":
            provinces.add((top.country_code, top.admin1))

    def fit(place: Place) -> tuple[bool, bool]:
        return ((place.country_code, place.admin1) in provinces, place.country_code in countries)

    best = []
    for topo, places, loose_only in options:
        if countries and loose_only:
            # A mere spelling variant abroad is more likely a miss than a place ("Al-Hol" -> Hool, Mexico).
            places = [p for p in places if p.country_code in countries]
            if not places:
                continue
        # Earlier candidates rank higher in the gazetteer's order (name quality, population).
        choice = max(enumerate(places), key=lambda ip: (*fit(ip[1]), -ip[0]))[1]
        consistent = not countries or choice.country_code in countries
        best.append(((topo.weight, consistent, _SPECIFICITY.get(choice.precision, 0), -topo.start), choice))
    return max(best, key=lambda b: b[0])[1] if best else None


def _candidates_per_toponym(toponyms: list[Toponym], gazetteer: Gazetteer) -> list[tuple[Toponym, list[Place], bool]]:
    """(toponym, its candidate places, whether they matched only as spelling variants)."""
    out: list[tuple[Toponym, list[Place], bool]] = []
    i = 0
    while i < len(toponyms):
        topo = toponyms[i]
        nxt = toponyms[i + 1] if i + 1 < len(toponyms) else None
        # "Paris, Texas" tagged as two entities: only ", " (or a space) between them.
        if nxt is not None and 0 < nxt.start - topo.end <= 2:
            paired = _pair(topo.text, nxt.text, gazetteer)
            if paired:
                merged = Toponym(f"{topo.text}, {nxt.text}", topo.start, nxt.end, max(topo.weight, nxt.weight))
                out.append((merged, paired, False))
                i += 2
                continue
        places, loose_only = _candidates(topo.text, gazetteer)
        if places:
            out.append((topo, places, loose_only))
        i += 1
    return out


def _candidates(text: str, gazetteer: Gazetteer) -> tuple[list[Place], bool]:
    text = " ".join(text.split()).strip(" ,.;:")
    if not text:
        return [], False
    if "," in text:
        head, _, qual = text.partition(",")
        paired = _pair(head, qual, gazetteer)
        if paired:
            return paired, False
        text = head
    found = gazetteer.matches(text)
    if found:
        return [p for _, p in found], all(q >= LOOSE for q, _ in found)
    m = _REGION.fullmatch(text)
    if m:
        return _region(m["dir"], m["name"], gazetteer), False
    return [], False


def _pair(head: str, qual: str, gazetteer: Gazetteer) -> list[Place]:
    """Cities called ``head`` inside the state or country ``qual``; that state or country if none is."""
    head, qual = head.strip(" ,."), qual.strip(" ,")
    if not head or not qual:
        return []
    containers = gazetteer.lookup(qual, kinds=("admin1", "country"), abbreviations=True, limit=5)
    for container in containers:
        if container.precision == "admin1":
            found = gazetteer.lookup(head, container.country_code, admin1=container.admin1)
        else:
            found = gazetteer.lookup(head, container.country_code)
        if found:
            return found
    return containers[:1]


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
