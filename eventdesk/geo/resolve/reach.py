"""How near is beside: the reach a stated distance gives, a big city's metro reach, the towns far from every pair the
report's names make, and namesakes that pair with another name's within a reach that shrinks as pairs grow."""

from __future__ import annotations

import math

from ...models import Place
from ..gazetteer import Gazetteer
from ..names import fold
from .measures import distance_km
from .sizes import _hamlet


_BESIDE_KM = 40

# So is a hamlet this far from every pair of towns the report's other names make together ("in Hickory Flat ...
# arrested in Canton, near Woodstock": Georgia's Hickory Flat, which the gazetteer lacks, not Mississippi's).
_STRAY_KM = 300

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
