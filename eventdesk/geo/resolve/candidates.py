"""One toponym's candidate places from the gazetteer: the namesakes each toponym gives, a village the gazetteer
lacks, and a township's towns."""

from __future__ import annotations

from dataclasses import replace

from ..build import ALTERNATE, LOOSE, PRIMARY
from ..gazetteer import Gazetteer
from ..names import fold
from .pairs import _county, _pair, _region
from .toponyms import Toponym, _Option, _REGION
from .words import (
    NOT_PLACES, _ACRONYM, _BUILDING, _CITY_PART, _CITY_STATE_CODES, _COUNTY_OF_BUILDING, _COUNTY_OF_BUILDING_SHARE,
    _PART_OF, _PART_OF_POP, _SAINT, _STATE_ABBREV, _STREET, _TOWNSHIP, _WATERWAY, _own_name_with_saint,
    _river_region, _town_named_like_building,
)


# A toponym matched only as a spelling variant is weaker evidence (alternate names are not:
# English news spells Arabic places by GeoNames' alternates, "Hasakah" for "Al Ḩasakah").
_QUALITY_WEIGHT = {PRIMARY: 1.0, ALTERNATE: 1.0, LOOSE: 0.6}


def _candidates_per_toponym(toponyms: list[Toponym], gazetteer: Gazetteer) -> list[_Option]:
    out: list[_Option] = []
    i = 0
    while i < len(toponyms):
        topo = toponyms[i]
        nxt = toponyms[i + 1] if i + 1 < len(toponyms) else None
        # "Paris, Texas" tagged as two entities: only ", " (or a space) between them.
        if nxt is not None and 0 < nxt.start - topo.end <= 2:
            paired = _pair(topo.text, nxt.text, gazetteer)
            if paired and paired[0].precision == "city":
                merged = Toponym(f"{topo.text}, {nxt.text}", topo.start, nxt.end, max(topo.weight, nxt.weight))
                out.append(_Option(merged, paired, PRIMARY, True))
                i += 2
                continue
            if _village_lacked(topo, nxt, gazetteer):
                i += 1
                continue
        opt = _candidates(topo, gazetteer)
        if opt is not None:
            out.append(opt)
        i += 1
    return out


def _village_lacked(topo: Toponym, nxt: Toponym, gazetteer: Gazetteer) -> bool:
    """Whether ``topo``, said with the place holding it after a comma ("Kelly Village, Tunapuna"), is a village the
    index lacks: the holder is a town or province abroad, of one country by all its namesakes, and none of the name's namesakes lies in its country (the
    Kelly of North Carolina is no scene of a Trinidadian note).  The holder alone then places the report."""
    holder = _candidates(nxt, gazetteer)
    if holder is None or holder.quality > ALTERNATE:
        return False
    top = holder.places[0]
    if top.precision not in ("city", "admin1") or top.country_code in (None, "US") \
            or any(p.country_code != top.country_code for p in holder.places):
        return False  # a holder with namesakes in other countries does not say which country the note is in
    own = _candidates(topo, gazetteer)
    return own is not None and own.places[0].precision in ("city", "point") \
        and all(p.country_code != top.country_code for p in own.places)


def _candidates(topo: Toponym, gazetteer: Gazetteer) -> _Option | None:
    text = " ".join(topo.text.split()).strip(" ,;:")
    if text and (_STREET.search(text) or _BUILDING.search(text)) and (m := _COUNTY_OF_BUILDING.match(text)):
        county = replace(topo, text=m["county"], weight=topo.weight * _COUNTY_OF_BUILDING_SHARE)
        return _candidates(county, gazetteer)
    if not text or any(c.isdigit() for c in text) or _STREET.search(text) or _CITY_PART.match(text):
        return None
    if _BUILDING.search(text) and not _town_named_like_building(text, gazetteer):
        return None
    if fold(text.rstrip(".")) in NOT_PLACES or _WATERWAY.match(text):
        return None
    if not any(c.isupper() for c in text):
        return None  # "a north city neighborhood": a place's name has a capital; North City, Illinois, is no scene here
    if _STATE_ABBREV.match(text):
        # "Fla.", "N.C.": AP state abbreviations stand for their state; other short forms are no places.
        found = gazetteer.lookup(text, kinds=("admin1",), abbreviations=True, limit=1)
        return _Option(topo, found, PRIMARY) if found else None
    text = text.rstrip(".")
    if "," in text:
        head, _, qual = text.partition(",")
        paired = _pair(head, qual, gazetteer)
        if paired:
            return _Option(topo, paired, PRIMARY, paired[0].precision == "city")
        text = head
    if text in _CITY_STATE_CODES:
        # "DC police": the one postal code news uses alone as a town's name; an alternate name, so that it alone
        # never makes a report American (a district commissioner is a "DC" too)
        city, state = _CITY_STATE_CODES[text]
        found = gazetteer.lookup(city, "US", admin1=state, kinds=("city",), limit=1)
        return _Option(topo, found, ALTERNATE) if found else None
    if sum(c.isalpha() for c in text) < 3:
        return None  # "ST" of a split "ST. LOUIS", "Mo": too short to be told from noise
    counties = _county(text, gazetteer)
    if len(counties) == 1:
        return _Option(topo, counties, PRIMARY, True)
    if counties:
        # "Putnam County" is in nine states: alone it would pick one at random; beside "Lima, OH" it is Ohio's
        return _Option(topo, counties, PRIMARY, ambiguous=True)
    kinds = ("country",) if _ACRONYM.match(text) and len(text) < 4 else None
    found = gazetteer.matches(text, kinds=kinds)
    if not found and (m := _SAINT.match(text)):
        # "St. Marie" where the gazetteer spells only "Saint Marie"
        found = gazetteer.matches(("Sainte " if m[1] else "Saint ") + text[m.end():], kinds=kinds)
    if _ACRONYM.match(text) or topo.exact:
        found = [(q, p) for q, p in found if q == PRIMARY]  # "GPD", "KMOV": only a place's own name counts
    # "north Baltimore", "West Louisville": a part of the city, not North Baltimore, Ohio, nor a
    # village known only by its ZIP code; "North Baltimore" capitalised may be the village.
    if (m := _PART_OF.match(text)) and (not found or found[0][0] > PRIMARY and not _own_name_with_saint(text, gazetteer, kinds)
                                        or text[0].islower()
                                        or all(p.precision == "city" and p.geonameid is None for _, p in found)):
        # Only a sizeable city has named parts: "South Broadway" is a street, not Broadway, Virginia.
        rest = _candidates(replace(topo, text=text[m.end():]), gazetteer)
        if (rest is not None and rest.quality == PRIMARY and rest.places[0].precision == "city"
                and gazetteer.population(rest.places[0]) >= _PART_OF_POP and not _river_region(text, rest.places[0])):
            return rest
    if found:
        places, qualities = [p for _, p in found], tuple(q for q, _ in found)
        # "Warren Township" the gazetteer knows in one state (New Jersey's) is also a township of other states around
        # its namesake town (Warren, Ohio): those towns follow, a spelling's worth, for a state the report names
        # otherwise ("Cleveland, OH") to pick
        if (township := _township_towns(topo, text, gazetteer)) is not None:
            more = [p for p in township.places if p not in places]
            places, qualities = places + more, qualities + (LOOSE,) * len(more)
        return _Option(topo, places, min(qualities), qualities=qualities)
    if township := _township_towns(topo, text, gazetteer):
        return township
    m = _REGION.fullmatch(text)
    if m:
        places = _region(m["dir"], m["name"], gazetteer)
        return _Option(topo, places, PRIMARY) if places else None
    return None


def _township_towns(topo: Toponym, text: str, gazetteer: Gazetteer) -> _Option | None:
    """The US towns a township the gazetteer lacks is named after: "Cherry Hill Township" is Cherry Hill, "Bristol
    Township" lies around Bristol.  Only a spelling's worth (LOOSE): a township is not always beside its namesake
    town, so it counts only in a report already known to be American, and a county or a town the report names
    outweighs it."""
    t = _TOWNSHIP.search(text)
    if t is None or t.start() == 0:
        return None
    towns = gazetteer.lookup(text[:t.start()], "US", kinds=("city",))
    return _Option(topo, towns, LOOSE) if towns else None
