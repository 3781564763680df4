"""An incident's date, place, type and actors recomputed from all its mentions (``aggregate``): the
most precise date, the place its reports agree on, the commonest type."""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from typing import Callable, Sequence

from ..geo.names import fold
from ..geo.neighbourhoods import NEIGHBOURHOODS
from ..geo.resolve import distance_km
from ..models import Actor, Mention, Place
from ..store import IncidentRow
from .places import _city_county_as_town, _place_rank, _places_agree
from .scenes import _headline_scene, _scene_elsewhere, headline_scenes


_DATE_RANK = {"day": 0, "days": 1, "week": 2, "month": 3, "year": 4, "unknown": 5}
# How much a report's place vouches for a place it agrees with: a town or a street says where; a county, a
# state or a country only that the place lies inside it.
_VOUCH = {"point": 1.0, "city": 1.0, "county": 0.75, "admin1": 0.5, "region": 0.5, "country": 0.25}
# Two points this close (in degrees of latitude or longitude) are one: the gazetteer's, read back.
_SAME_POINT_DEG = 1e-4


def _vouch(place: Place) -> float:
    kind = "county" if place.precision == "region" and place.admin1 else place.precision
    return _VOUCH.get(kind, 0.0)


def _incident_place(mentions: Sequence[Mention], centre_of: CentreOf | None = None,
                    population_of: PopulationOf | None = None, town_in: TownIn | None = None) -> Place | None:
    """The incident's place by agreement among its reports: one report's precise but wrong point (the
    outlet's town, a namesake in another state) must not outweigh three reports that agree.

    1. Reports that name one town which the gazetteer put in different states read as naming the smaller
       namesake (``_namesakes_as_one``); a town far off whose name is a neighbourhood of the city another report
       names reads as that city (``_neighbourhoods_as_city``); a city-county's city (Honolulu) reads as the one
       town of its county past a town's suburbs that another report names (``_city_county_as_town``); a report
       whose headline says the shooting was in another report's town ("Suspect in Copperas Cove killing arraigned
       in Gatesville") places it there, not in its own town, the court's or the hospital's (``_headline_scene``); a
       report whose headline names another report's town or state as the scene while it lies further off (an
       arrest's town, "Man wanted in Kentucky slaying arrested in Memphis") places nothing (``_scene_elsewhere``); a town the gazetteer put in a state (or
       a country) where no other place of the incident lies, while those others lie in one state that has a town
       of that name near them, reads as that town (``_strays_as_namesakes``).
    2. Each place its reports name is backed by every report whose place agrees with it (``_places_agree``),
       each report once, vouching by how precise its own place is (and no more than the place backed is).
    3. A town vouched for by a report that gives the street it happened on, in a state another report names
       too, comes first (``_street_vouched``); then the best-backed place, then the more precise, then the one
       named by most mentions, then the earliest."""
    placed = [m for m in mentions if m.place is not None]
    if not placed:
        return None
    as_one = _namesakes_as_one([m.place for m in placed], population_of)
    as_one.update(_neighbourhoods_as_city([m.place for m in placed]))
    as_one.update(_city_county_as_town([m.place for m in placed]))
    read = [as_one.get(m.place, m.place) for m in placed]
    # a report whose headline names another report's town or state as the scene while it lies elsewhere is told
    # from the town of an arrest, a court or a hospital ("Suspect in Wheeling shooting arrested in Pittsburgh", "Man
    # wanted in Kentucky slaying arrested in Memphis"): its own town neither places the incident nor makes the
    # scene's town a stray
    elsewhere = [any(_scene_elsewhere(headline_scenes(m.title), p, q) for q in read) for m, p in zip(placed, read)]
    if all(elsewhere):
        elsewhere = [False] * len(placed)
    strays = _strays_as_namesakes([p for p, e in zip(read, elsewhere) if not e], town_in, population_of)
    where = [(m.report_id, strays.get(p, p), _names_street(m)) for m, p in zip(placed, read)]
    towns = [p for p in dict.fromkeys(p for _, p, _ in where) if _place_rank(p) <= 1]
    scenes = [_headline_scene(m.title, p, towns) for m, (_, p, _) in zip(placed, where)]
    where = [(r, scene, False) if scene is not None else (r, p, street)
             for (r, p, street), scene, e in zip(where, scenes, elsewhere) if scene is not None or not e]
    counts = Counter((p.name, p.country_code) for _, p, _ in where)
    vouch: dict[str, dict[Place, float]] = {}
    for report_id, p, _ in where:
        vouch.setdefault(report_id, {})[p] = _vouch(p)
    places = list(dict.fromkeys(p for _, p, _ in where))

    def backing(p: Place) -> float:
        # a state backed by a town in it says no more than the state: a place containing the others never
        # outweighs the best backed of them
        cap = _vouch(p)
        return sum(max((min(v, cap) for q, v in named.items() if _places_agree(p, q)), default=0.0)
                   for named in vouch.values())

    best = min(places, key=lambda p: (not _street_vouched(p, where), -round(backing(p), 6), _place_rank(p),
                                      -counts[(p.name, p.country_code)]))
    return _own_point(best, placed, centre_of)


def _names_street(m: Mention) -> bool:
    """Whether the report gives the street the incident happened on (a street key of the mention)."""
    return any(k.startswith("s:") for k in m.keywords)


def _street_vouched(p: Place, where: Sequence[tuple[str, Place, bool]]) -> bool:
    """Whether a report that gives the street places the incident in a town agreeing with ``p``, and a report
    without that street names the same state.  A reporter who knows the street knows the town; a station in a
    bigger city 40 to 150 km off, a wire datelined in the county seat or a follow-up from the hospital's town
    name their own town.  Only a town counts (a street in a county the gazetteer placed in another state says
    nothing), and only in a state another report backs: a street report the gazetteer put in a namesake town
    far off must not outweigh the others."""
    if _place_rank(p) > 1:
        return False
    streets = {r for r, q, street in where if street and _place_rank(q) <= 1 and _places_agree(p, q)}
    return bool(streets) and any(r not in streets and q.country_code == p.country_code and q.admin1 == p.admin1
                                 for r, q, _ in where)


def _namesakes_as_one(places: Sequence[Place], population_of: PopulationOf | None) -> dict[Place, Place]:
    """Towns of one name the gazetteer put in different states of one country, each mapped to the smallest
    of them.  Reports that name the town alone get the largest namesake; a report that got a smaller one was
    told its state (a county, an agency, the state's name), so all read as naming that one.  Counties of one
    name likewise ("Davidson County" in Tennessee and in North Carolina), where ``population_of`` sizes them
    (0 otherwise: left as they are)."""
    if population_of is None:
        return {}
    towns: dict[tuple[str, str | None, bool], list[Place]] = {}
    for p in dict.fromkeys(places):
        if _place_rank(p) <= 1 or _place_rank(p) == 1.5:
            towns.setdefault((fold(p.name), p.country_code, _place_rank(p) <= 1), []).append(p)
    out: dict[Place, Place] = {}
    for same_name in towns.values():
        if len({p.admin1 for p in same_name}) < 2:
            continue
        pops = {p: population_of(p) for p in same_name}
        if not all(pops.values()):  # a town (or a county) the gazetteer does not size: nothing to compare
            continue
        smallest = min(same_name, key=lambda p: pops[p])
        out.update({p: smallest for p in same_name if p.admin1 != smallest.admin1})
    return out


# A namesake town this near a place another report of the incident names may stand for the stray town: as far as a
# station, a court or the town of a chase's end lies from the scene.
_NAMESAKE_NEAR_KM = 150.0


def _strays_as_namesakes(places: Sequence[Place], town_in: TownIn | None,
                         population_of: PopulationOf | None = None) -> dict[Place, Place]:
    """Towns that the gazetteer put in a state (or a country) where no other place of the incident lies, mapped to
    the town of the same name in the one state where all the other places lie, when that town is near one of
    them: "BRUNSWICK — A man was shot ..." beside two reports from Jesup, Georgia, is Brunswick, Georgia, not the
    largest Brunswick (Ohio) the bare name gets; "ATHENS —" beside a report from Zanesville is Athens, Ohio.

    ``places``: the reports' places, one per report (a town two reports name is one stray).  Places coarser than a
    state say nothing of the state (a bare "United States").  Nothing is mapped where the others lie in more than
    one state, where one of them lies near the stray (Covington, Kentucky beside Cincinnati is no Covington, Ohio),
    where the stray's own state holds another place of the incident, where the stray is a smaller town
    than its namesake (``population_of``: the bare name gets the largest, so a report that got a smaller one was
    told its state), or where strays of two states would each read as a namesake in the other's (no telling which
    is astray)."""
    if town_in is None:
        return {}
    stated = [p for p in places if _place_rank(p) <= 2 and (p.admin1 or p.country_code != "US")]
    out: dict[Place, Place] = {}
    for p in dict.fromkeys(stated):
        if _place_rank(p) > 1:
            continue
        home = (p.country_code, p.admin1)
        if any((q.country_code, q.admin1) == home and q != p for q in stated):
            continue  # another place in the stray's own state backs it
        others = [q for q in stated if (q.country_code, q.admin1) != home]
        states = {(q.country_code, q.admin1) for q in others}
        if len(states) != 1 or any(_places_agree(p, q) for q in others):
            continue  # the others lie in two states, or one of them lies near the stray: a town across a state line
        cc, admin1 = next(iter(states))
        if cc != "US" or not admin1:
            continue
        town = town_in(p.name, cc, admin1)
        if town is None or not any((km := distance_km(town, q)) is not None and km <= _NAMESAKE_NEAR_KM
                                   for q in others):
            continue
        if p.country_code == cc and population_of is not None and population_of(p) < population_of(town):
            continue  # the smaller namesake: its report was told its state
        out[p] = town
    if len({(t.country_code, t.admin1) for t in out.values()}) > 1:
        return {}
    return out


def _neighbourhoods_as_city(places: Sequence[Place]) -> dict[Place, Place]:
    """Towns far from a city another report names, whose name is one of that city's neighbourhoods, each mapped to
    the city: a station's "shot in Kensington" is Philadelphia's Kensington, not the town in New York the gazetteer
    put it in, when a report of the same incident is placed in Philadelphia.  A town near the city agrees with it
    anyway and is left as it is."""
    cities = [p for p in dict.fromkeys(places) if _place_rank(p) <= 1]
    out: dict[Place, Place] = {}
    for p in cities:
        homes = NEIGHBOURHOODS.get(fold(p.name), ())
        city = next((q for q in cities if q is not p and (q.name, q.admin1) in homes and not _places_agree(p, q)), None)
        if city is not None:
            out[p] = city
    return out


# a town's population by its place (0 where the gazetteer does not know the town); a county's, where it is given,
# its largest town's
PopulationOf = Callable[[Place], int]


# the town of exactly this name in a state (country code, state name), or None where the state has none
TownIn = Callable[[str, str, str], "Place | None"]


# a town's own point by its GeoNames id (the gazetteer's, where a report that says no more than its name puts it)
CentreOf = Callable[[int], "tuple[float, float] | None"]


def _at_centre(place: Place, centre_of: CentreOf) -> bool | None:
    """Whether a town lies at the gazetteer's point for it; None where that point is not known."""
    centre = centre_of(place.geonameid) if place.geonameid is not None else None
    if centre is None:
        return None
    return abs(place.lat - centre[0]) < _SAME_POINT_DEG and abs(place.lon - centre[1]) < _SAME_POINT_DEG


def _own_point(town: Place, placed: Sequence[Mention], centre_of: CentreOf | None) -> Place:
    """The incident's town at the point a report of it gave it, where other reports give the town's centre.

    A report that says which side of a big city ("north Houston") or which of its neighbourhoods ("shot in
    Englewood") places the town at a point of its own; the reports that say neither place it at the
    gazetteer's centre, kilometres away in a large city.  Both agree (they name one town), so the finer point
    stands for the incident: the one most of the town's reports give, then the first."""
    if (centre_of is None or _place_rank(town) > 1 or town.lat is None or town.geonameid is None
            or not _at_centre(town, centre_of)):
        return town
    own: dict[Place, set[str]] = {}
    for m in placed:
        p = m.place
        if p.geonameid == town.geonameid and p.lat is not None and _at_centre(p, centre_of) is False:
            own.setdefault(p, set()).add(m.report_id)
    if not own:
        return town
    return max(own, key=lambda p: len(own[p]))


def aggregate(incident_id: str, mentions: Sequence[Mention], killed: tuple[int, int, int] | None, wounded_best: int | None,
              centre_of: CentreOf | None = None, population_of: PopulationOf | None = None,
              town_in: TownIn | None = None) -> IncidentRow:
    """An incident's aggregates from all its mentions (in report order).  ``centre_of`` gives a town's own point by
    its GeoNames id (the ledger passes its gazetteer's): with it, a town a report placed at a finer point (a side of
    the city, a neighbourhood) stands for the incident over the town's centre other reports give.  ``population_of``
    gives a town's population (the ledger passes its gazetteer's): with it, reports that put one town name in
    different states read as naming the smaller namesake (``_namesakes_as_one``).  ``town_in`` finds a town of a
    name in a state (the ledger passes one over its gazetteer): with it, a town one report alone put in a state
    the others do not name reads as its namesake in theirs (``_strays_as_namesakes``)."""
    dated = [m for m in mentions if m.date.start is not None]
    finest = min((_DATE_RANK.get(m.date.precision, 5) for m in dated), default=5)
    # reports of a fight that went on for days: the incident spans their most precise dates
    best_dated = [m for m in dated if _DATE_RANK.get(m.date.precision, 5) == finest]
    if best_dated:
        d_start = min(m.date.start for m in best_dated)
        d_end = max(m.date.end or m.date.start for m in best_dated)
        d_prec = best_dated[0].date.precision if d_start == d_end or finest > 1 else "days"
    else:
        d_start = d_end = None
        d_prec = "unknown"
    place = _incident_place(mentions, centre_of, population_of, town_in)
    types = Counter((m.event_type, m.sub_event_type) for m in mentions if m.event_type)
    etype, sub = types.most_common(1)[0][0] if types else (None, None)
    roles: dict[str, str] = {}
    for m in mentions:
        for a in m.actors:
            if roles.get(a.name) in (None, "other") or (roles[a.name] == "target" and a.role == "perpetrator"):
                roles[a.name] = a.role
    keywords: dict[str, None] = {}
    for m in mentions:
        for k in m.keywords:
            keywords.setdefault(k, None)
    reported = [m.reported_on for m in mentions if m.reported_on]
    return IncidentRow(
        id=incident_id,
        # the first report of the incident names it
        title=min(mentions, key=lambda m: (m.reported_on or _dt.date.max,)).title,
        event_type=etype,
        sub_event_type=sub,
        date_start=d_start,
        date_end=d_end,
        date_precision=d_prec,
        location=place,
        actors=tuple(Actor(n, r) for n, r in roles.items()),
        keywords=tuple(list(keywords)[:60]),
        n_reports=len({m.report_id for m in mentions}),
        killed_low=killed[0] if killed else None,
        killed_best=killed[1] if killed else None,
        killed_high=killed[2] if killed else None,
        wounded_best=wounded_best,
        first_reported=min(reported) if reported else None,
        last_reported=max(reported) if reported else None,
    )
