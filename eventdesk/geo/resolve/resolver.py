"""``resolve_place``: the toponyms of a report weighed into the one place the incident happened."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ...models import Place
from ..build import ALTERNATE, LOOSE, PRIMARY, county_key
from ..gazetteer import Gazetteer
from ..names import fold
from .candidates import _QUALITY_WEIGHT, _candidates_per_toponym
from .choices import (
    _country_support, _follow_pairs, _names_province, _province_word, _town_not_country, _towns_over_their_province,
)
from .counties import (
    _counties_of_named_towns, _counties_of_town_states, _inside, _township_in_county, _with_county_towns,
    _with_neighbourhood_city, _with_state_towns, dominant_county,
)
from .measures import distance_km, specificity
from .reach import _far_from_pairs, _metro_reach, _paired_namesakes, _reach
from .sides import _toward_side
from .sizes import _dwarfed, _foreign_namesake, _hamlet, _like_size, _mere_largest
from .toponyms import Toponym, _Option
from .words import _CITY_STATE_CODES, _COUNTY_WORD, _THE, _building_heads, _head


# A town inside a county the report names is where the report is: "Latta in Dillon County", not the
# hospital city the victim was flown to.  Worth more than the "in" bonus, less than a sentence's weight.
_IN_COUNTY_BONUS = 0.2

# A town of another state than every county the report names is most often a namesake of a hamlet the
# gazetteer lacks there ("Eureka" beside "Navarro County, TX" is no Californian port): it ranks below the
# county, though named in a slightly weightier way (a headline, "in Eureka").
_ASTRAY_MALUS = 0.5


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
