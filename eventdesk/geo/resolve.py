"""Pick the place an incident happened from the toponyms of a report.

The caller extracts toponyms (spaCy GPE/LOC/FAC entities, plus
:func:`extract_regions` for "northeastern Syria") and weights them: weight > 1
marks text in the sentence describing the incident.  Resolution:

1. each toponym gets its candidate places ("City, State" and "City, Country"
   pairs, adjacent or in one entity, narrow the city to that state/country).
   "Jamaica, Queens" is in the big city (or borough) after the comma where
   the part's name is no sizeable town's; a county's name is found spelt
   with or without the space after its particle ("LeFlore", "Le Flore").
   Streets, buildings and bare acronyms are no places; "South Philadelphia"
   falls back to Philadelphia when the gazetteer lacks the neighbourhood;
   a US county stands for its large namesake city ("Los Angeles County") or
   else itself, a region at the centre of its ZIP codes ("Cowley County",
   Kansas); "Fla." for Florida; a county's jail or court ("the Tulsa County
   Jail") names its county at half the weight; "DC" alone is Washington; a village bearing the name of a
   building the report names ("Riley" beside "Riley Hospital") is the building, said short;
2. countries and provinces the report names, the states of its "City, State"
   pairs (plus ``context_countries``) form the context; each toponym keeps its
   candidate best fitting that context, population breaking ties ("Paris"
   alone is in France, "Naples" beside "Fla." in Florida); a town inside a
   county the report names fits best ("White Plains" beside "Hopkins County"
   is in Kentucky) and weighs a little more; a town of a state none of the
   counties the report names lies in ranks below those of equal weight (a
   county of several states is the one of a state the report's towns lie in,
   where the victims were taken if no weightier town says one).  Then
   a namesake within 40 km of another town the report names, across a state
   line too ("Columbus" beside "Phenix City", Alabama, is Georgia's; "Hammond"
   beside Calumet City, Illinois, is Indiana's), or about as far as the report
   says it lies from one ("a city about 85 miles northeast of Memphis" is
   Jackson, Tennessee); only namesakes in the report's countries dwarf or pair
   (Salem, India, makes no American Salem Oregon's); then each toponym's first
   choice lends its state to the others' candidates: "Bamberg" beside
   Orangeburg and Walterboro is in South Carolina;
3. the winner is one consistent with the context countries (a local report
   naming a US state does not happen abroad), then the highest weight (a name
   matched only as a spelling variant counting for less), then the most
   specific (city > admin1 > region > country), then one inside a state the
   report names, then one sharing its state with another toponym, then an
   exact name, then the earliest.  A town of a state none of the counties the
   report names lies in weighs less ("Eureka" beside "Navarro County, TX" is no
   Californian port); a county of several states is the one of the state of the
   towns the report names ("Rice County" beside Minneapolis).  Abroad, a province
   named beside a town of it only says where the town is: the province and the
   main city bearing its name leave the race to that town ("Ash-Shajara town in
   Dar'a countryside"), and a spelling variant of a town of a province the report
   names counts as the town's name; a district known by a town's name only as its
   seat's yields the town the name, and a province lies beside no town ("Dangriga,
   Stann Creek"); a name said with a holder abroad ("Kelly Village, Tunapuna")
   that has no namesake in the holder's country is a village the index lacks;
4. a big city some of whose names say one side of it ("north Houston") is moved
   off its centre toward that side.

Names the gazetteer lacks are skipped, never fatal: the best of the rest wins.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..dateline import split_city_state
from ..models import Place
from .build import ALTERNATE, LOOSE, PRIMARY, county_key
from .gazetteer import Gazetteer
from .names import fold
from .neighbourhoods import NEIGHBOURHOODS

_SPECIFICITY = {"point": 5, "city": 4, "admin1": 3, "region": 2, "country": 1, "unknown": 0}
_COUNTY_SPECIFICITY = 3.5  # a region inside a state (a US county): finer than the state, coarser than a town
# A town inside a county the report names is where the report is: "Latta in Dillon County", not the
# hospital city the victim was flown to.  Worth more than the "in" bonus, less than a sentence's weight.
_IN_COUNTY_BONUS = 0.2
_BESIDE_KM = 40
# A town of another state than every county the report names is most often a namesake of a hamlet the
# gazetteer lacks there ("Eureka" beside "Navarro County, TX" is no Californian port): it ranks below the
# county, though named in a slightly weightier way (a headline, "in Eureka").
_ASTRAY_MALUS = 0.5
# So is a hamlet this far from every pair of towns the report's other names make together ("in Hickory Flat ...
# arrested in Canton, near Woodstock": Georgia's Hickory Flat, which the gazetteer lacks, not Mississippi's).
_STRAY_KM = 300
# A namesake this large is the one meant, unless the report names the state of a hamlet this small.
_BIG_NAMESAKE_POP = 250_000
_HAMLET_POP = 5_000
# A city this large dwarfs the namesakes it is this many times larger than, short of a state the report names.
_DWARFING_POP = 100_000
_DWARFING_RATIO = 20


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places, None when one has no coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def specificity(place: Place) -> float:
    if place.precision == "region" and place.admin1:
        return _COUNTY_SPECIFICITY
    return _SPECIFICITY.get(place.precision, 0)
_DIRECTIONS = r"(?:north|south)[- ]?(?:east|west)|north|south|east|west|central"
# Lower-case directions only, or the "-ern" forms: "North Carolina" and
# "South Sudan" are names, "northern Iraq" and "Northern Iraq" are regions.
_REGION = re.compile(
    rf"\b(?P<dir>(?i:(?:{_DIRECTIONS})ern)|(?:{_DIRECTIONS}))\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|al|el|ez|az|ad))*(?<![\s,]))"
)


@dataclass(frozen=True)
class Toponym:
    text: str
    start: int = 0
    end: int = 0
    weight: float = 1.0
    exact: bool = False  # only a place's own name counts: a name found by pattern, not tagged by NER
    km: float | None = None  # the distance the report gives from this landmark to the scene ("85 miles east of X")


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
    pair = split_city_state(text)
    if pair is None:
        return None
    found = _pair(*pair, gazetteer)
    return found[0] if found else None


def resolve_place(toponyms: Sequence[Toponym], gazetteer: Gazetteer, *, context_countries: Sequence[str] = (),
                  cities_only: bool = False) -> Place | None:
    """The place of the incident, or None; ``cities_only`` ignores toponyms naming broader places."""
    options = _candidates_per_toponym(sorted(toponyms, key=lambda t: (t.start, t.end)), gazetteer)
    options = _follow_pairs(options)
    ambiguous = [o for o in options if o.ambiguous]
    options = [o for o in options if not o.ambiguous]
    if cities_only:
        options = [o for o in options if o.places[0].precision in ("city", "point")]
    if not options and not ambiguous:
        return None
    countries = {c.upper() for c in context_countries if c}
    given = frozenset(countries)
    provinces: set[tuple[str | None, str | None]] = set()
    for opt in options:
        top = opt.places[0]
        if _town_not_country(opt, given):
            continue
        if top.precision in ("country", "region", "admin1") or opt.states:
            countries.add(top.country_code or "")
        if opt.states:
            provinces.update((p.country_code, p.admin1) for p in opt.places)
        elif top.precision == "admin1":
            provinces.add((top.country_code, top.admin1))
    # a state the report's faint cues name (a station's call letters, a state agency, a tip line) holds a namesake the
    # shortlist of the ten largest left out: "HANOVER (WRIC) —" is Virginia's Hanover, a town of a few hundred people.
    # Not a state said beside another town of the report's sentences ("El Paso, Texas"): its hamlets are no likelier.
    hinted = {(p.country_code, p.admin1) for o in options if o.topo.weight < 1.0
              and (o.states or o.places[0].precision == "admin1") for p in o.places[:1]}
    if hinted:
        options = [_with_state_towns(o, hinted, gazetteer) for o in options]
    # "Dar'a", "Idleb" alone: the province as well as its city, unless the report names another country
    named_countries = set(countries)
    support = _country_support(options)
    for opt in options:
        top = opt.places[0]
        # ... and where no other country has more of the report's names ("Ariana" beside Hartford and
        # Bloomfield is a girl, not the Tunisian province)
        if (_names_province(opt) and (not named_countries or top.country_code in named_countries)
                and support.get(top.country_code, 0.0) >= max(support.values(), default=0.0)):
            provinces.add((top.country_code, top.admin1))
            countries.add(top.country_code or "")
    # a county of several states: the one of a state the report names otherwise, if any
    for opt in ambiguous:
        places = [p for p in opt.places if (p.country_code, p.admin1) in provinces]
        if not places and not provinces:
            hosts = (_counties_of_named_towns(opt.places, options, gazetteer) or _counties_of_town_states(opt.places, options)
                     or _counties_of_town_states(opt.places, options, min_weight=0.0))
            places = hosts if hosts else dominant_county(opt.places, gazetteer)
        if len(places) == 1 and not cities_only:
            options.append(replace(opt, places=places, ambiguous=False))
    if not countries:
        # Nothing says which country: the one where all the report's exactly named places lie
        # ("Chicago" alone makes "Wanda", a victim's name, no village in Argentina).
        exact = {o.places[0].country_code for o in options if o.quality == PRIMARY and o.topo.weight >= 1.0}
        if not exact:
            # failing those, a landmark or a passing name: "al-Shura south of Mosul" is no Swiss village
            exact = {o.places[0].country_code for o in options if o.quality == PRIMARY}
        # ... unless another of its names has no namesake there while all of them have one in a single other country
        # ("Salem", India's largest, beside "just west of Roanoke" is Virginia's)
        shared = set.intersection(*({p.country_code for p in o.places} for o in options if o.quality == PRIMARY)) \
            if any(o.quality == PRIMARY for o in options) else set()
        # ... or, where the names' first choices lie in several countries, one of them the United States, while all
        # of them have a namesake there and in no other one country: "ALEXANDRIA (AP) — ... taken to a hospital in
        # Pineville" is Louisiana's town, not Egypt's city
        if (len(exact) == 1 or "US" in exact) and len(shared) == 1 and not exact <= shared:
            exact = shared
        if len(exact) == 1:
            countries = {c for c in exact if c}

    # Counties the report names, in every state having one: "Hinds County" makes "Jackson" Jackson, Mississippi.
    named_counties: dict[tuple[str | None, str], Place] = {}
    county_states: set[str | None] = set()  # the states of the counties the report names in its own sentences
    for topo in toponyms:
        text = " ".join(topo.text.split()).strip(" ,;:.").split(",")[0]
        if _COUNTY_WORD.search(text):
            key = county_key(_THE.sub("", text))
            found = gazetteer.counties(text)
            # each by its own spelling too, as the towns' ZIP codes give it ("LeFlore" is Le Flore County's)
            named_counties.update(((c.admin1, k), c) for c in found for k in {key, county_key(c.name)})
            if topo.weight >= 1.0:
                county_states.update(c.admin1 for c in found)

    if named_counties:
        options = [_with_neighbourhood_city(_with_county_towns(o, named_counties, gazetteer), named_counties, gazetteer)
                   for o in options]
        # a township's namesake towns of other states (``_candidates``) stand in only where the report names no county
        # they lie outside: "Monroe Township" beside "Clermont County" is no Monroe of Butler County
        options = [_township_in_county(o, named_counties, gazetteer) for o in options]

    def astray(place: Place) -> bool:
        # a town of a state none of the named counties lies in: "Black Point" (Maine) beside "Levy County"
        return bool(county_states) and place.precision in ("city", "point") and place.admin1 not in county_states

    def in_county(place: Place) -> bool:
        return bool(named_counties) and any(_inside(place, named_counties.get((place.admin1, k))) for k in gazetteer.town_counties(place))

    def fit(place: Place) -> tuple[bool, bool, bool]:
        return (in_county(place), (place.country_code, place.admin1) in provinces, place.country_code in countries)

    usable = []
    for opt in options:
        places = opt.places
        if _head(opt.topo.text).upper() in _CITY_STATE_CODES and "US" not in countries:
            continue  # "DC" is Washington in an American report; elsewhere a district commissioner, most likely
        if opt.quality >= LOOSE:
            # A mere spelling variant abroad is more likely a miss than a place ("Al-Hol" -> Hool, Mexico);
            # with no country said at all, a village the index lacks ("Mansila" -> Gobernador Mansilla).
            places = [p for p in places if p.country_code in countries]
        if places:
            # Earlier candidates rank higher in the gazetteer's order (name quality, population).
            usable.append((opt, places, max(enumerate(places), key=lambda ip: (*fit(ip[1]), -ip[0]))[1]))
    # Places named together lie together: "Bamberg" beside Orangeburg and Walterboro is Bamberg,
    # South Carolina.  Each toponym's first choice lends its state to the others' candidates.
    # Another place, not the same one named twice ("Tulsa", "south Tulsa"), must be there.
    # A town known only by its ZIP codes ("Deputy, Indiana") is too often a stray word to vouch for a state.
    # A first choice that is only the largest of namesakes of a like size (``_mere_largest``) vouches faintly: only
    # for a namesake of a like size among the other name's own ("SPRINGFIELD — ... arrested in Franklin" is no
    # Springfield, Tennessee, a tenth of Missouri's, for the largest Franklin's sake).
    near: dict[tuple, set[tuple[str, str, bool]]] = {}
    for opt, places, first in usable:
        if opt.topo.weight >= 1.0 and (first.precision == "admin1" or first.precision == "city" and first.geonameid is not None):
            faint = first.precision == "city" and _mere_largest(places, first, fit, gazetteer)
            near.setdefault((first.country_code, first.admin1), set()).add(
                (fold(opt.topo.text), first.name.lower(), faint))

    # Across a state line too: "Columbus" beside "Phenix City" (Alabama) is Columbus, Georgia, the town next door.
    # Any name counts here, a passing one or the outlet's home; a town this near is no coincidence.
    # A landmark the report gives a distance from ("a city about 85 miles northeast of Memphis") has the scene at
    # about that distance, not within 40 km: Jackson, Tennessee, not Mississippi's capital.
    towns = [(fold(opt.topo.text), first, _metro_reach(_reach(opt.topo.km), first, opt.topo.km, gazetteer))
             for opt, _, first in usable
             if first.precision == "city" and first.geonameid is not None and first.lat is not None]

    def beside(place: Place, text: str) -> bool:
        # a province or a country lies beside no town: its centre says nothing of which town of it is meant
        # ("Dangriga, Stann Creek": the town, not the district that lists the town's name among its own)
        if place.precision in ("admin1", "country"):
            return False
        text = fold(text)
        return any(t != text and fold(p.name) != fold(place.name) and (km := distance_km(place, p)) is not None
                   and low <= km <= high for t, p, (low, high) in towns)

    paired = _paired_namesakes(usable, countries, provinces)
    # ... and so does a namesake paired with another name's: "Burlington" beside "Graham" lends North Carolina to
    # Graham as Graham lends it to Burlington, though the largest American Graham lies in another state
    for opt, places, _ in usable:
        if opt.topo.weight >= 1.0:
            for p in places:
                if id(p) in paired:
                    near.setdefault((p.country_code, p.admin1), set()).add((fold(opt.topo.text), p.name.lower(), False))

    def coherent(place: Place, text: str, places: list[Place]) -> bool:
        # "Ensley" beside "Birmingham" may be Birmingham itself (a neighbourhood): another name, the same place
        text, name = fold(text), place.name.lower()
        return any(t != text and (n != name or fold(name) != text)
                   and (not faint or _like_size(place, places, gazetteer))
                   for t, n, faint in near.get((place.country_code, place.admin1), ()))

    def name_quality(opt: _Option, place: Place) -> int:
        return opt.qualities[opt.places.index(place)] if opt.qualities else opt.quality

    # A place bearing the name as its own before one known by it only as an old or alternate name or a
    # spelling variant ("Harrisburg" is Pennsylvania's capital, not Brownsburg, Indiana, once so called),
    # unless the report names that place by its own name too ("Ensley" beside "Birmingham").
    named = {_head(t.text) for t in toponyms}

    def own_name(opt: _Option, place: Place) -> int:
        return 0 if fold(place.name) in named else -name_quality(opt, place)

    def seat_named(opt: _Option, places: list[Place], place: Place) -> bool:
        # a province known by the name only as its seat's, beside that seat bearing it as its own name: "Dangriga"
        # is the town, though Stann Creek district lists it among its names
        return place.precision == "admin1" and any(
            p.precision == "city" and (p.country_code, p.admin1) == (place.country_code, place.admin1)
            and name_quality(opt, p) < name_quality(opt, place) for p in places)

    buildings = _building_heads(toponyms)
    chosen = []
    for opt, places, _ in usable:
        # only a namesake in the report's countries dwarfs: Salem, India, is no reason an American report's Salem
        # beside Roanoke should be Oregon's rather than Virginia's
        dwarfed = _dwarfed([p for p in places if p.country_code in countries] if countries else places, gazetteer)
        choice = max(enumerate(places), key=lambda ip: (*fit(ip[1]), not seat_named(opt, places, ip[1]),
                                                        own_name(opt, ip[1]), not dwarfed(ip[1]),
                                                        beside(ip[1], opt.topo.text) or id(ip[1]) in paired,
                                                        coherent(ip[1], opt.topo.text, places), -ip[0]))[1]
        if _head(opt.topo.text) in buildings and _hamlet(choice, gazetteer):
            continue  # "Riley" beside "Riley Hospital": the hospital, said short, not a village of that name
        chosen.append((opt, places, choice))
    # Two names whose choices agree on a state agree both ways: "SPRINGFIELD — ... The suspect, from Jackson" chooses
    # Jackson, Missouri, for its Springfield (the largest), while Springfield finds no first choice of Jackson's there
    # (that is Mississippi's); weighed on the first choices alone the home town looked the likelier scene.
    agreed: dict[tuple, set[tuple[str, str]]] = {}
    for opt, _, choice in chosen:
        if opt.topo.weight >= 1.0 and choice.precision in ("city", "point", "admin1"):
            agreed.setdefault((choice.country_code, choice.admin1), set()).add(
                (fold(opt.topo.text), choice.name.lower()))

    def agrees(place: Place, text: str) -> bool:
        text, name = fold(text), place.name.lower()
        return any(t != text and n != name for t, n in agreed.get((place.country_code, place.admin1), ()))

    strays = _far_from_pairs(chosen, gazetteer)
    best = []
    for opt, places, choice in chosen:
        consistent = not countries or choice.country_code in countries
        in_province = not provinces or (choice.country_code, choice.admin1) in provinces
        # a spelling variant of a town of a province the report names is that town as the note spells it
        # ("Ash-Shajara town in Dar'a countryside": Ash Shajarah, Daraa), not a likelier miss
        confirmed = opt.quality >= LOOSE and choice.precision in ("city", "point") and bool(choice.country_code) \
            and (choice.country_code, choice.admin1) in provinces
        weight = opt.topo.weight * _QUALITY_WEIGHT.get(ALTERNATE if confirmed else opt.quality, 0.5) \
            + (_IN_COUNTY_BONUS if in_county(choice) else 0)
        if astray(choice) or id(choice) in strays \
                or (choice.country_code, choice.admin1) not in provinces and _foreign_namesake(places, choice, gazetteer):
            weight -= _ASTRAY_MALUS
        # the name quality of the candidate chosen: "Peoria" may name a Quapaw neighbourhood, but Tulsa is Tulsa
        quality = name_quality(opt, choice)
        key = (consistent, weight, not astray(choice), specificity(choice), in_province, quality == PRIMARY,
               coherent(choice, opt.topo.text, places) or agrees(choice, opt.topo.text), -opt.topo.start)
        best.append((key, choice, opt.topo.weight >= 1.0, _province_word(opt, choice)))
    best = _towns_over_their_province(best)
    # of equally weighty towns, the one the report keeps naming ("Jacksonville", thrice, before a "Franklin")
    times = Counter(choice for _, choice, weighty, _ in best if weighty)
    return _toward_side(max(best, key=lambda b: (*b[0][:-1], times[b[1]], b[0][-1]))[1], toponyms, gazetteer) if best else None


# a distance a report gives is a round figure, by road: the scene lies within this share of it, as the crow flies
_STATED_LOW, _STATED_HIGH = 0.5, 1.3


def _reach(stated_km: float | None) -> tuple[float, float]:
    """How far from a landmark the scene may lie: within 40 km, or about the distance the report gives."""
    if stated_km is None or stated_km <= _BESIDE_KM:
        return 0.0, max(_BESIDE_KM, stated_km or 0.0)
    return stated_km * _STATED_LOW, stated_km * _STATED_HIGH


# A big city's suburbs and satellite towns reach farther than a town's neighbours: "LEBANON — ... taken to a hospital in
# Nashville" is Lebanon, Tennessee, 45 km east of the city, though a Lebanon lies beside a Franklin the report names in
# Ohio.  Only a city of this size, and only where the report gives no distance of its own.
_METRO_POP = 500_000
_METRO_KM = 60


def _metro_reach(reach: tuple[float, float], town: Place, stated_km: float | None,
                 gazetteer: Gazetteer) -> tuple[float, float]:
    """The reach around a named town (``_reach``), widened to ``_METRO_KM`` around a big city's point."""
    if stated_km is not None or reach[1] >= _METRO_KM or gazetteer.population(town) < _METRO_POP:
        return reach
    return reach[0], _METRO_KM


def _far_from_pairs(chosen: list, gazetteer: Gazetteer) -> set[int]:
    """The ids of the chosen hamlets (``_hamlet``) lying more than ``_STRAY_KM`` from every town the report's other
    weighty names choose beside each other (within ``_BESIDE_KM``): a community the gazetteer lacks, read as its only
    namesake hundreds of km away, while two other names agree on where the report is."""
    towns = [(fold(opt.topo.text), choice) for opt, _, choice in chosen
             if opt.topo.weight >= 1.0 and _towns_of([choice])]
    paired = [(t, p) for t, p in towns if any(
        u != t and fold(q.name) != fold(p.name) and (km := distance_km(p, q)) is not None and km <= _BESIDE_KM
        for u, q in towns)]
    if not paired:
        return set()
    return {id(p) for t, p in towns if _hamlet(p, gazetteer) and all(
        u != t and (km := distance_km(p, q)) is not None and km > _STRAY_KM for u, q in paired)}


def _towns_of(places: list[Place]) -> list[Place]:
    """The candidates that are towns with a point: those a neighbour's distance can be measured to."""
    return [p for p in places if p.precision == "city" and p.geonameid is not None and p.lat is not None]


# namesakes of one name times those of the other: beyond this, a pair of them within 40 km is no longer rare
# (the gazetteer gives at most ten of each).  More pairs than that count only nearer, so that a pair that close stays
# as rare by chance as one within 40 km of fifty (the chance grows with the pairs and the square of the distance):
# ten Caledonias by ten Avons meet within 28 km only in New York, as Columbia and Spring Hill do only in Tennessee.
_PAIR_CHANCE_LIMIT = 50


def _pair_reach_km(pairs: int) -> float:
    """How near two namesakes must lie to pair, of names whose namesakes make ``pairs`` pairs."""
    return _BESIDE_KM * min(1.0, math.sqrt(_PAIR_CHANCE_LIMIT / pairs)) if pairs else _BESIDE_KM


def _paired_namesakes(usable: list, countries: set[str] | frozenset[str] = frozenset(),
                      provinces: set[tuple[str | None, str | None]] | frozenset = frozenset()) -> set[int]:
    """The ids of the candidates that are the one namesake of their name lying beside a namesake of another name
    the report gives: "Burlington" and "Graham" are both towns of several states, but only in North Carolina do
    a Burlington and a Graham lie next door; "Colchester" with "a clinic in Marlborough" is Connecticut's.  The
    first choice of the other name (the largest Graham, in Washington) need not be that one, so every candidate
    of it counts.  Two names many towns bear meet somewhere by chance (some Springfield lies beside some
    Franklin), so the more namesakes the two names have, the nearer a pair must lie to count (``_pair_reach_km``);
    and a name with more than one candidate beside the other's says nothing, unless one of them alone lies in the
    ``provinces`` the report names or hints at ("ATHENS ... from Decatur ... on Interstate 75": an Athens lies beside a
    Decatur in Alabama and in Tennessee, but I-75 runs through Tennessee only).  Only namesakes in the report's
    ``countries`` count (an American report's Colchester has three, not England's and Canada's besides)."""
    towns = [(fold(opt.topo.text), [p for p in _towns_of(places) if not countries or p.country_code in countries])
             for opt, places, _ in usable]
    # failing a town with a point, the other name's namesake may be one known only by its ZIP codes (Marlborough,
    # Connecticut, beside Colchester)
    zipped = [(fold(opt.topo.text), [p for p in places if p.precision == "city" and p.lat is not None
                                     and (not countries or p.country_code in countries)]) for opt, places, _ in usable]
    out: set[int] = set()
    for text, mine in towns:
        if len(mine) < 2:
            continue
        for kinds in (towns, zipped):
            others = [(o, _pair_reach_km(len(mine) * len(ps))) for t, ps in kinds if t != text for o in ps]
            close = [p for p in mine if any(fold(o.name) != fold(p.name) and (km := distance_km(p, o)) is not None
                                            and km <= reach for o, reach in others)]
            if close:
                break
        if len(close) > 1:
            close = [p for p in close if (p.country_code, p.admin1) in provinces]
        if len(close) == 1:
            out.add(id(close[0]))
    return out


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


# How many namesakes to look through for one inside a county the report names ("Milford" in Pike County,
# Pennsylvania, is a borough smaller than ten other Milfords).
_COUNTY_TOWN_LIMIT = 60
_COUNTY_TOWN_KM = 100  # from the centre of a county's ZIP codes to its farthest towns, in all but the largest


def _head(text: str) -> str:
    """A toponym's name without its state: "Hanover, Va." -> hanover."""
    return fold(" ".join(text.split()).split(",")[0].strip(" .;:"))


def _building_heads(toponyms: Sequence[Toponym]) -> set[str]:
    """The names the report's buildings bear before their building word: "Riley Hospital" -> riley."""
    heads = set()
    for topo in toponyms:
        text = " ".join(topo.text.split()).strip(" ,;:")
        if (m := _BUILDING.search(text)) and m.start() > 0:
            head = _THE.sub("", text[:m.start()]).strip()
            heads.add(fold(re.sub(r"['’]s$", "", head)))
    return heads - {""}


def _hamlet(place: Place, gazetteer: Gazetteer) -> bool:
    """Whether a place is a village too small for its name to be more likely a town's than a building's."""
    return place.precision == "city" and gazetteer.population(place) < _HAMLET_POP


def _inside(town: Place, county: Place | None) -> bool:
    """Whether a town said by its ZIP codes to lie in the county is near its centre: two towns of one name and
    state share their ZIP codes' counties, and only one of them is there (Milford, Pike County, not the Milford
    of Somerset County, Pennsylvania)."""
    if county is None:
        return False
    if county.precision != "region":
        return True  # a county without ZIP codes of its own: its state stands for it, with no centre to measure
    km = distance_km(town, county)
    return km is None or km <= _COUNTY_TOWN_KM


def _with_county_towns(opt: _Option, named_counties: dict[tuple[str | None, str], Place], gazetteer: Gazetteer) -> _Option:
    """A bare town's candidates, plus its namesakes inside a county the report names that the shortlist of the
    largest left out."""
    top = opt.places[0]
    if opt.states or top.precision != "city" or top.country_code != "US":
        return opt
    text = " ".join(opt.topo.text.split()).strip(" ,;:.")
    known = set(opt.places)
    extra = [p for q, p in gazetteer.matches(text, "US", kinds=("city",), limit=_COUNTY_TOWN_LIMIT)
             if q == PRIMARY and p not in known and any(_inside(p, named_counties.get((p.admin1, k))) for k in gazetteer.town_counties(p))]
    if not extra:
        return opt
    qualities = (opt.qualities or (opt.quality,) * len(opt.places)) + (PRIMARY,) * len(extra)
    return replace(opt, places=opt.places + extra, quality=PRIMARY, qualities=qualities)


def _with_neighbourhood_city(opt: _Option, named_counties: dict[tuple[str | None, str], Place],
                             gazetteer: Gazetteer) -> _Option:
    """A bare town's candidates, plus the big city one of whose neighbourhoods bears its name where that city lies in
    a county the report names and none of the town's namesakes does: "shot in Antioch ... booked into the Davidson
    County jail" is Nashville's Antioch, not California's town."""
    homes = NEIGHBOURHOODS.get(fold(opt.topo.text))
    if not homes or opt.states or opt.places[0].country_code != "US":
        return opt
    if any(_inside(p, named_counties.get((p.admin1, k))) for p in opt.places for k in gazetteer.town_counties(p)):
        return opt  # a namesake of the county's own: the town is meant (Antioch beside Contra Costa County)
    extra = [p for city, state in homes for p in gazetteer.lookup(city, "US", admin1=state, kinds=["city"])[:1]
             if any(_inside(p, named_counties.get((p.admin1, k))) for k in gazetteer.town_counties(p))]
    if not extra:
        return opt
    qualities = (opt.qualities or (opt.quality,) * len(opt.places)) + (PRIMARY,) * len(extra)
    return replace(opt, places=opt.places + extra, quality=PRIMARY, qualities=qualities)


def _with_state_towns(opt: _Option, provinces: set[tuple[str | None, str | None]], gazetteer: Gazetteer) -> _Option:
    """A bare US town's candidates, plus its namesake in each US state of ``provinces`` (the states the report's names
    and cues give) that the shortlist of the largest left out: the gazetteer gives ten namesakes, and an eleventh
    is no less the one meant where the report's station or agency names its state.  Not beside a big city's name,
    whose hamlets the city dwarfs (``_dwarfed``)."""
    top = opt.places[0]
    if opt.states or opt.ambiguous or top.precision != "city" or top.country_code != "US":
        return opt
    if gazetteer.population(top) >= _DWARFING_POP:
        return opt  # a big city's name: a hamlet of a state named for another town is no likelier ("Atlanta")
    have = {(p.country_code, p.admin1) for p in opt.places}
    wanted = [a1 for cc, a1 in provinces if cc == "US" and a1 and ("US", a1) not in have]
    if not wanted:
        return opt
    name = _head(opt.topo.text)
    extra = [p for a1 in wanted for q, p in gazetteer.matches(opt.topo.text, "US", admin1=a1, kinds=("city",), limit=1)
             if q == PRIMARY and fold(p.name) == name]
    if not extra:
        return opt
    qualities = (opt.qualities or (opt.quality,) * len(opt.places)) + (PRIMARY,) * len(extra)
    return replace(opt, places=opt.places + extra, quality=PRIMARY, qualities=qualities)


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


# A county of several states, with nothing to say which (no state, no town of it), is the one of a big city
# ("Harris County" is Houston's, not Georgia's), if that dwarfs the others.
_DOMINANT_COUNTY_POP = 250_000
_DOMINANT_COUNTY_RATIO = 5


def _counties_of_named_towns(counties: list[Place], options: list[_Option], gazetteer: Gazetteer) -> list[Place]:
    """The namesake counties holding a town the report names: "Richmond County" beside "Augusta" is Georgia's."""
    keyed = {(c.admin1, county_key(c.name)): c for c in counties if c.precision == "region"}
    return list(dict.fromkeys(keyed[(p.admin1, k)] for o in options for p in o.places if p.precision == "city"
                              for k in gazetteer.town_counties(p) if (p.admin1, k) in keyed and _inside(p, keyed[(p.admin1, k)])))


def _counties_of_town_states(counties: list[Place], options: list[_Option], min_weight: float = 1.0) -> list[Place]:
    """The namesake counties in a state where a town the report names lies, though in another county: "Rice
    County" beside Minneapolis and Robbinsdale is Minnesota's, not Kansas's.  Only towns the gazetteer knows
    well and by their own name vouch for a state: first those of the report's own sentences; failing them
    (``min_weight`` 0), the faint ones too, where the victims were flown or the outlet's home ("Williams
    County" beside "a Fargo hospital" is North Dakota's): a hospital or a station seldom lies across a state
    line from the scene, and a county left unresolved loses the report's weightiest name."""
    states = {(o.places[0].country_code, o.places[0].admin1) for o in options
              if o.quality == PRIMARY and o.topo.weight >= min_weight and o.places[0].precision == "city" and o.places[0].geonameid is not None}
    return [c for c in counties if c.precision == "region" and (c.country_code, c.admin1) in states]


def dominant_county(counties: list[Place], gazetteer: Gazetteer) -> list[Place]:
    """The county of that name holding a big city, where the others hold none near its size; [] otherwise."""
    sizes = sorted(((gazetteer.county_top(c), i) for i, c in enumerate(counties) if c.precision == "region"), reverse=True)
    if not sizes or sizes[0][0] < _DOMINANT_COUNTY_POP:
        return []
    if len(sizes) > 1 and sizes[0][0] < _DOMINANT_COUNTY_RATIO * sizes[1][0]:
        return []
    return [counties[sizes[0][1]]]


def _names_province(opt: "_Option") -> bool:
    """Whether a bare name outside the US is a province's as well as its main city's ("Dar'a", "Idleb",
    "Ar-Raqqa"): conflict notes name the province so; it says the country and the province of the other
    places named beside it.  (US reports say their state otherwise.)"""
    top = opt.places[0]
    if top.precision != "city" or top.country_code in (None, "US") or opt.quality > ALTERNATE:
        return False
    return any(p.precision == "admin1" and (p.country_code, p.admin1) == (top.country_code, top.admin1)
               and (not opt.qualities or opt.qualities[i] <= ALTERNATE) for i, p in enumerate(opt.places))


def _province_word(opt: "_Option", choice: Place) -> bool:
    """Whether a toponym, as read, names a province outside the US: its province ("Cabo Delgado"), or its
    main city that names the province too ("Dar'a", "Idleb")."""
    if choice.country_code in (None, "US"):
        return False
    return choice.precision == "admin1" or (choice.precision == "city" and _names_province(opt))


def _towns_over_their_province(best: list[tuple]) -> list[tuple]:
    """A province named beside a town of it only says where the town is: conflict notes write "Ash-Shajara town
    in Dar'a countryside", "Tuhayta city (At Tuhayat, Al Hudaydah)".  The province's readings (the province, or
    the main city that bears its name) leave the race where a weighty name of the report is another town of
    that province.  ``best``: (key, choice, weighty, province word) per toponym."""
    towns = {(c.country_code, c.admin1, fold(c.name)) for _, c, weighty, province in best
             if weighty and not province and c.precision in ("city", "point") and c.admin1}
    if not towns:
        return best
    kept = [b for b in best if not (b[3] and any((cc, a1) == (b[1].country_code, b[1].admin1) and name != fold(b[1].name)
                                                 for cc, a1, name in towns))]
    return kept or best


def _country_support(options: list["_Option"]) -> dict[str | None, float]:
    """For each country, the weight of the report's names (each name once, at its weightiest) that have a
    candidate there."""
    best: dict[tuple[str, str | None], float] = {}
    for opt in options:
        if opt.topo.weight < 1.0:
            continue
        text = fold(opt.topo.text)
        for cc in {p.country_code for p in opt.places}:
            best[(text, cc)] = max(best.get((text, cc), 0.0), opt.topo.weight)
    support: dict[str | None, float] = {}
    for (_, cc), w in best.items():
        support[cc] = support.get(cc, 0.0) + w
    return support


def _town_not_country(opt: "_Option", given: frozenset[str]) -> bool:
    """Whether a country's name is, by the caller's countries, a town of theirs that bears it: the caller left the
    country out of an American report's ("shot in Lebanon ... taken to a hospital in Nashville"), so the name adds
    no country of its own and its town in those countries may win."""
    top = opt.places[0]
    return (bool(given) and top.precision == "country" and top.country_code not in given
            and any(p.precision == "city" and p.country_code in given for p in opt.places[1:]))


def _follow_pairs(options: list[_Option]) -> list[_Option]:
    """A bare name a "City, State" pair of the report also names is that pair's place: "Hanover" beside
    "Hanover, Va." is the Virginia one, not the larger Hanover, Maryland."""
    paired = {}
    for opt in options:
        if "," in opt.topo.text and opt.places[0].precision in ("city", "region") and opt.places[0].admin1:
            paired.setdefault(fold(opt.topo.text.split(",")[0].strip()), opt)
    if not paired:
        return options
    out = []
    for opt in options:
        pair = paired.get(fold(" ".join(opt.topo.text.split()).strip(" ,;:.")))
        if pair is not None and "," not in opt.topo.text and not opt.ambiguous:
            opt = replace(opt, places=pair.places, quality=PRIMARY, states=pair.states, qualities=())
        out.append(opt)
    return out


@dataclass(frozen=True)
class _Option:
    topo: Toponym
    places: list[Place]
    quality: int  # best name quality among the candidates (PRIMARY, ALTERNATE, LOOSE)
    states: bool = False  # its places' states are context: "Naples, Fla.", "Lake County" (the states having one)
    qualities: tuple[int, ...] = ()  # each place's name quality, where they differ
    ambiguous: bool = False  # "Putnam County", a county of several states: a place only where another cue names its state


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


_STREET = re.compile(
    r"\b(?:street|st|avenue|ave|av|road|rd|drive|dr|boulevard|blvd|lane|ln|way|place|pl|court|ct|highway|hwy"
    r"|parkway|pkwy|terrace|circle|trail|pike|route|expressway|freeway|turnpike|alley|row)\.?$", re.IGNORECASE)
_BUILDING = re.compile(
    r"\b(?:school|high|academy|hospital|center|centre|mall|church|jail|prison|university|college|station|hotel"
    r"|motel|inn|club|bar|lounge|restaurant|department|office|apartments|complex|stadium|arena|airport"
    r"|courthouse|library|store|cemetery|tavern|cafe|market)s?\.?$", re.IGNORECASE)
# "the East Side", "West End", "downtown": parts of some city that the text does not name here.
_CITY_PART = re.compile(r"^(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)"
                        r"(?:\s+|-)?(?:side|end)|downtown|midtown|uptown)$", re.IGNORECASE)
# A capitalised direction before a city names a part of it: "South Philadelphia", "Southeast Bakersfield",
# and so does a headline's abbreviated one, in capitals only ("SW Atlanta", "NE Portland").
_PART_OF = re.compile(r"^(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west"
                      r"|south-east|south-west|central|downtown|upper|lower|greater|inner|outer|far)(?:ern)?"
                      r"|(?-i:[NS][EW]?|[EW])\.?)\s+(?=\S)", re.IGNORECASE)
_PART_OF_POP = 20_000
# "Lower Juba", "Upper Nile", "Lower Dir": outside the US an upper or lower X is a province or district along a
# river or valley, not a part of the town X (which may lie in another country: Juba is South Sudan's capital);
# "Lower Manhattan" is one.
_UPPER_LOWER = re.compile(r"^(?:upper|lower)\s", re.IGNORECASE)


def _river_region(text: str, city: Place) -> bool:
    """Whether "Upper/Lower <city>" names a region rather than a part of the city: outside the US."""
    return _UPPER_LOWER.match(text) is not None and city.country_code != "US"
_ACRONYM = re.compile(r"^[A-Z]{2,4}$")
# Postal codes that name a city as well as its state: alone, "DC" is Washington.
_CITY_STATE_CODES = {"DC": ("Washington", "District of Columbia")}
_STATE_ABBREV = re.compile(r"^(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.\s?){2,3}|[A-Z]\.\s?[A-Z][a-z]{1,3}\.)$")


# Words news capitalises that name no place here, though some town somewhere bears them: dates ("in May",
# "Thursday night"), holidays ("Easter party"), a bare compass point ("Southwest", "Northeast"), headline words.
NOT_PLACES = frozenset(fold(w) for w in (
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Today Tonight Yesterday Tomorrow Weekend "
    "Easter Christmas Thanksgiving Halloween Day "
    "North South East West Northeast Northwest Southeast Southwest Central Midwest Downtown Uptown Midtown "
    "Accidental Accidentally Arrested Related Hunting Head Deputy Deputies Police Sheriff Officer Officers "
    "As Though Update Updated Breaking Multiple Investigate Investigation Shooting Shootings").split()) | frozenset(
    fold(w) for w in ("Easter Sunday", "Mother's Day", "Father's Day", "Memorial Day", "Labor Day", "Independence Day",
                      "New Year", "New Year's", "New Year's Eve", "New Year's Day", "Fourth of July", "Valentine's Day"))


# "the Tulsa County Jail", "Tulsa County District Court": a county's building says the county, faintly.
_COUNTY_OF_BUILDING = re.compile(r"^(?:the\s+)?(?P<county>(?:[A-Z][\w'’.-]*\s+){1,3}(?:County|Parish))\s+\S")
_COUNTY_OF_BUILDING_SHARE = 0.5


# "College Station": a city whose name ends in a building's word is a place all the same where a sizeable town bears
# that very name (no town of any size is called "Union Station" or "the Stardust Club")
_BUILDING_TOWN_POP = 50_000


def _town_named_like_building(text: str, gazetteer: Gazetteer) -> bool:
    """Whether ``text``, which ends like a building's name, is the very name of a sizeable town."""
    towns = [p for q, p in gazetteer.matches(text, None, kinds=("city",), limit=3) if q == 0 and fold(p.name) == fold(text)]
    return any(gazetteer.population(p) >= _BUILDING_TOWN_POP for p in towns)


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


def _township_in_county(opt: _Option, named_counties: dict, gazetteer: Gazetteer) -> _Option:
    """A township's option less the namesake towns ``_candidates`` added to the gazetteer's own township (a spelling's
    worth, LOOSE) that lie in none of the counties the report names."""
    if not opt.qualities or _TOWNSHIP.search(" ".join(opt.topo.text.split()).strip(" ,;:.")) is None:
        return opt
    keep = [(p, q) for p, q in zip(opt.places, opt.qualities)
            if q != LOOSE or any(_inside(p, named_counties.get((p.admin1, k))) for k in gazetteer.town_counties(p))]
    if len(keep) == len(opt.places) or not keep:
        return opt
    return replace(opt, places=[p for p, _ in keep], qualities=tuple(q for _, q in keep))


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


_SAINT = re.compile(r"^St(e)?\.?\s+(?=[A-Z])")
# "St." inside a name: "East St. Louis", "West St. Paul"
_SAINT_INSIDE = re.compile(r"\bSt\.?\s+(?=[A-Z])")


def _own_name_with_saint(text: str, gazetteer: Gazetteer, kinds) -> bool:
    """Whether a name with "St." inside is a place's own once the saint is spelt out, as the gazetteer spells it:
    "East St. Louis" is East Saint Louis, a city of its own, not the east of St. Louis."""
    spelt = _SAINT_INSIDE.sub("Saint ", text)
    return spelt != text and any(q == PRIMARY for q, _ in gazetteer.matches(spelt, kinds=kinds))
# "Lancaster Twp.", "Upper Darby Township": a township the gazetteer lacks lies around or beside its namesake
# town; said with its state, it is that town, not the state's centre.
_TOWNSHIP = re.compile(r"(?i)\s+(?:twp\.?|township)$")
# "the Black River", "the Duck Creek": with the article, a river or a lake, not the town bearing its name
# elsewhere (Black River, New York); "Lake Charles" and "Fall River" alone are towns.
_WATERWAY = re.compile(r"(?i)^the\s+.+\s(?:river|creek|bayou|lake|reservoir|canal)$")
_COUNTY_WORD = re.compile(r"(?i)\s+(?:county|co\.?|parish|borough)$")
_THE = re.compile(r"^the\s+", re.IGNORECASE)


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
