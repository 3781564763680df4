"""Counties and the towns inside them: the towns of a county the report names, the county of a named town or of a
town's state, a township in a named county, and the county a big city dominates."""

from __future__ import annotations

from dataclasses import replace

from ...models import Place
from ..build import LOOSE, PRIMARY, county_key
from ..gazetteer import Gazetteer
from ..names import fold
from ..neighbourhoods import NEIGHBOURHOODS
from .measures import distance_km
from .sizes import _DWARFING_POP
from .toponyms import _Option
from .words import _TOWNSHIP, _head


# How many namesakes to look through for one inside a county the report names ("Milford" in Pike County,
# Pennsylvania, is a borough smaller than ten other Milfords).
_COUNTY_TOWN_LIMIT = 60
_COUNTY_TOWN_KM = 100  # from the centre of a county's ZIP codes to its farthest towns, in all but the largest


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
