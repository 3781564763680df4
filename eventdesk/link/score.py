"""The score of a mention against an incident (place, date, type, actors and names agreement) and the
vetoes that keep it out whatever else they share (``VETOES``)."""

from __future__ import annotations

from ..models import Mention, Place
from ..store import IncidentRow
from .keys import NameMatch, _first_name_only, _persons, _sides_differ, names_overlap, neighbourhoods_agree
from .places import (
    _AGREE_KM, _city_county, _county_of_city, _namesakes, _place_rank, _placed_together, _same_county, km_between,
)
from .scenes import _HEADLINE_SCENE_KM, _scene_elsewhere, headline_scenes
from .titles import _arrest_title, _tells_follow_up, _title_ages, reads_as_follow_up


_COMPATIBLE_TYPES = {
    frozenset({"Battles", "Violence against civilians"}),
    frozenset({"Battles", "Explosions/Remote violence"}),
    frozenset({"Violence against civilians", "Explosions/Remote violence"}),
    frozenset({"Protests", "Riots"}),
    frozenset({"Strategic developments", "Battles"}),
    frozenset({"Strategic developments", "Violence against civilians"}),
}
WEIGHTS = {"place": 0.3, "date": 0.2, "type": 0.1, "actors": 0.1, "names": 0.3}
# The place score of two reports placed in one city that name different neighbourhoods of it: no more
# than two towns of one state.
NEIGHBOURHOODS_DIFFER = 0.3
# The place score of a town and the county it lies in, or of one county named twice: more than two towns of
# one state, less than one town.
SAME_COUNTY = 0.7
# The place score of two reports whose towns lie further apart than the distance limit but which name the
# same telling street on the same day in one state: the score of that state.
STREET_IN_STATE = 0.6
# The name score of two reports that name nobody in common but give a person of the same age ("a
# 10-year-old girl", "Girl, 10"): more than nothing named, less than a shared name.
SAME_AGE = 0.5
# The place score of a report with no place that names a person of the incident in full: that of two
# reports placed in one state.
PERSON_PLACE_UNKNOWN = 0.6
# The place score of two reports placed in one state and no nearer (neither town nor county agree).
STATE_ONLY = 0.6
# Mentions naming a person may be follow-ups (arrest, charges, funeral) of an incident weeks old:
# their candidates reach this far back, and a shared person lets them past the date window.
FOLLOW_UP_DAYS = 120
# A telling street shared with an incident of the same town (or its suburbs) lets a mention this far past
# the date window: the follow-up a week later (the victim's condition, an arrest).  The window itself is not
# widened for streets (``window``): in a big city it would fetch weeks of shootings for every report.
STREET_FOLLOW_UP_DAYS = 14
# A trial or a sentencing comes a year or two after the shooting: a mention naming a person in full and a
# telling street, or two people in full (the defendant and the victim), reaches this far, and joins an
# incident sharing both.
TRIAL_DAYS = 730
# People named in full that a trial report shares with its incident: one name may be a namesake, two are
# one case.
TRIAL_PERSONS = 2


def _date_gap(m: Mention, inc: IncidentRow) -> int | None:
    if m.date.start is None or inc.date_start is None:
        return None
    m_end = m.date.end or m.date.start
    i_end = inc.date_end or inc.date_start
    if m.date.start <= i_end and inc.date_start <= m_end:
        return 0
    return min(abs((m.date.start - i_end).days), abs((inc.date_start - m_end).days))


def _people_apart(m: Mention, inc: IncidentRow, gap: int | None, names: NameMatch) -> bool:
    """Two reports placed under 5 km apart that name two people (``names.conflict``: both name people in full, or
    streets, none shared): the same first name and age in two towns, or another day's report whose ages all differ
    and that names other people in full or other telling streets (a 49-year-old killed near Capitol Drive, the next
    day a girl, 3, and a woman, 23, wounded on Fairmount Avenue), or the same day's report whose ages all differ and
    that names other telling streets, outside follow-up headlines (a 38-year-old killed at a nightclub on St. Clair
    Avenue, a 22-year-old at a pub on Lorain Avenue; a same-day update that revises the age keeps the street)."""
    if names.age:
        return m.place.name != inc.location.name and _first_name_only(m.keywords, inc.keywords)
    if gap == 0:
        return names.ages_differ and names.streets_differ and not _tells_follow_up((m.title, inc.title))
    return bool(gap) and names.ages_differ and (names.streets_differ or any(p[0] for p in _persons(m.keywords))
                                                and any(p[0] for p in _persons(inc.keywords)))


def _street_vouches(names: NameMatch, gap: int | None, a: Place, b: Place) -> bool:
    """A street both reports name, whose name tells a place, on the same day in the same state, or in a
    town of the same name: the two tell one incident even when their towns lie further apart than the
    distance limit (a suburb's post office, a namesake town in another state)."""
    # a street most cities have (MLK), or two reports each naming its own people (two towns' shootings on streets of
    # one name), says nothing across towns
    return (names.wide_street and not names.people_differ and gap == 0
            and (bool(a.admin1) and a.admin1 == b.admin1 or _namesakes(a, b)))


def _tolls_differ(m: Mention, inc: IncidentRow) -> bool:
    """Whether one side tells a death and the other only the wounded ("a 17-year-old girl was killed" beside "a
    17-year-old boy was shot in the leg"): two shootings, whatever age they share."""
    dead = any(c.outcome == "killed" and c.count for c in m.claims)
    hurt = any(c.outcome == "wounded" and c.count for c in m.claims)
    return bool(dead and not inc.killed_best and inc.wounded_best or inc.killed_best and not dead and hurt)


def _shot_counts(killed: int, wounded: int) -> set[int]:
    """The numbers of people shot a toll may be told by: all of them, or the dead or the wounded alone ("7 shot",
    "one killed, 6 wounded")."""
    return {killed + wounded, killed, wounded} - {0}


def _told_toll(m: Mention) -> tuple[int, int]:
    """The dead and the wounded a mention's claims tell: the largest figure of each."""
    killed = max((c.count for c in m.claims if c.outcome == "killed"), default=0)
    wounded = max((c.count for c in m.claims if c.outcome == "wounded"), default=0)
    return killed, wounded


def _numbers_differ(m: Mention, inc: IncidentRow) -> bool:
    """Whether no number of people shot that a mention's toll may be told by is the incident's ("Four shot", "Seven
    shot"; not "7 shot" and "one killed, 6 wounded")."""
    mine, theirs = _shot_counts(*_told_toll(m)), _shot_counts(inc.killed_best or 0, inc.wounded_best or 0)
    return bool(mine and theirs and not mine & theirs)


def _many_shot(m: Mention, inc: IncidentRow) -> bool:
    """Whether both a mention and an incident tell three people shot or more: a number that sets a shooting apart."""
    return sum(_told_toll(m)) >= 3 and (inc.killed_best or 0) + (inc.wounded_best or 0) >= 3


# People shot that a toll must tell before it says which of a day's shootings a report with no place tells: one man
# wounded is most shootings' toll.
TOLL_SHOT = 2


def _same_toll(m: Mention, inc: IncidentRow) -> bool:
    """Whether a mention tells an incident's toll to the person, the dead and the wounded, of two people shot or more
    ("Two women were hurt" beside "Two women were wounded"): a number that sets a shooting apart from most of the
    day's."""
    killed, wounded = _told_toll(m)
    return killed + wounded >= TOLL_SHOT and (killed, wounded) == (inc.killed_best or 0, inc.wounded_best or 0)


def _only_wounded(m: Mention, inc: IncidentRow) -> bool:
    """Whether a mention and an incident both tell people wounded and nobody killed."""
    return (not any(c.outcome == "killed" and c.count for c in m.claims) and not inc.killed_best
            and any(c.outcome == "wounded" and c.count for c in m.claims) and bool(inc.wounded_best))


def _days_told(m: Mention, inc: IncidentRow) -> bool:
    """Whether a mention's day is one its words tell (not its report's publication day, taken where it tells none) and
    the incident's a day to the day."""
    return m.date.text is not None and inc.date_precision == "day"


# The vetoes ``score`` applies, by the name ``veto`` gives each: what keeps a mention out of an incident whatever
# else they share.
VETOES = {
    "country": "countries differ",
    "km": "places further apart than the distance limit",
    "people": "different people named in towns apart",
    "coarse": "no place nearer than the state, other days, nothing named in common",
    "dates": "dates further apart than the window, no follow-up",
    "types": "event types incompatible",
}


def score(m: Mention, inc: IncidentRow, *, window_days: int, max_km: float) -> tuple[float, str] | None:
    """(score, reason) of a mention against an incident, or None when a veto applies."""
    total, reason = _scored(m, inc, window_days, max_km)
    return None if total is None else (total, reason)


def veto(m: Mention, inc: IncidentRow, *, window_days: int, max_km: float) -> str | None:
    """The veto (a key of ``VETOES``) that keeps a mention out of an incident, or None where ``score`` scores it:
    what the evaluation's linking errors name a split by."""
    total, reason = _scored(m, inc, window_days, max_km)
    return reason if total is None else None


def _scored(m: Mention, inc: IncidentRow, window_days: int, max_km: float) -> tuple[float | None, str]:
    """``score``'s work: (score, reason), or (None, the veto's name) when a veto applies."""
    parts: list[str] = []
    total = 0.0
    loc = inc.location
    km = km_between(m.place, loc) if m.place and loc else None
    scene = _scene_elsewhere(headline_scenes(m.title), m.place, loc)
    together = _placed_together(m.place, loc, km, max_km)
    # a venue's name vouches unless the places disagree on the state (a report with no place may name the
    # mall its first report named); an age only where both reports are placed in one state
    names = names_overlap(m.keywords + _title_ages(m.title), inc.keywords + _title_ages(inc.title),
                          venues=together or not (m.place and loc),
                          titles=(m.title, inc.title))
    # the same named person: a follow-up report of the incident, whatever the tagger made of the rest
    person = bool(names.persons)
    gap = _date_gap(m, inc)
    # place
    apart = False  # two towns at least 5 km apart, or two neighbourhoods of one city
    coarse = False  # the two places agree on the state at most, or one is unknown
    other_country = bool(m.place and loc and m.place.country_code and loc.country_code and m.place.country_code != loc.country_code)
    street = bool(m.place and loc) and _street_vouches(names, gap, m.place, loc)
    if scene == "town":
        # a follow-up from the town of an arrest, a court or a hospital whose headline names the incident's town as
        # the scene ("Suspect in Wheeling shooting arrested in Pittsburgh"): its own place is not the scene's
        s = 1.0
        parts.append(f"headline names the scene ({loc.name})")
    elif scene == "state":
        # a headline naming the incident's state as the scene from a report placed in another state ("Man wanted
        # in Kentucky slaying arrested in Memphis"): its place is the arrest's, and says nothing of the scene
        if person:
            s = PERSON_PLACE_UNKNOWN
            parts.append(f"headline names the scene's state ({loc.admin1}), same person")
        else:
            s, coarse = 0.35, True
            parts.append(f"headline names the scene's state ({loc.admin1})")
    elif m.place and loc and (person or street) and (other_country or (km is not None and km > max_km)):
        # the same person named in full, or the same street on the same day in the same state: one of the
        # two places is a geocoding error (a namesake town, the outlet's town, a suburb's post office)
        if street and _namesakes(m.place, loc):
            # the same town and the same street on the same day: the place agrees, only its namesake was
            # picked by one of the two
            s = 1.0
            states = (loc.admin1 or loc.country_code, m.place.admin1 or m.place.country_code)
            parts.append("same town name, namesakes ({}, {})".format(*states))
        elif street:
            # the same telling street on the same day in one state: whichever town is wrong, the state is
            # right, and says as much as it says of any two reports placed in it
            s = STREET_IN_STATE
            parts.append(f"places disagree ({km:.0f} km), same street in {loc.admin1}" if km is not None
                         else f"places disagree, same street in {loc.admin1}")
        elif (person and not other_country and m.place.admin1 and m.place.admin1 == loc.admin1 and km is not None
              and km <= _HEADLINE_SCENE_KM and gap is not None and gap <= STREET_FOLLOW_UP_DAYS):
            # the same person named in full, within two weeks, in two towns of one state a drive apart: a follow-up
            # from the victim's hometown, the hospital's or the court's town; the state is right, and says as
            # much as it says beside a report with no town
            s = PERSON_PLACE_UNKNOWN
            parts.append(f"places disagree ({km:.0f} km), same person in {loc.admin1}")
        else:
            s = 0.0
            parts.append("places disagree" + (f" ({km:.0f} km)" if km is not None else ""))
    elif m.place and loc:
        if other_country:
            return None, "country"
        precise = _place_rank(m.place) <= 1 and _place_rank(loc) <= 1
        county_city = _city_county(m.place, loc, km) if km is not None and precise and km > _AGREE_KM else None
        if county_city:
            # a town of a city-county past the city's suburbs and the city its police tell the shooting under: a town
            # and its county
            s, apart = SAME_COUNTY, True
            parts.append(f"{km:.0f} km apart, one city-county ({county_city})")
        elif km is not None and precise:
            if km > max_km:
                return None, "km"
            s = 1.0 if km < 5 else max(0.0, 1 - (km - 5) / max_km)
            apart = km >= 5
            parts.append(f"{km:.0f} km apart")
            if not apart and names.conflict and _people_apart(m, inc, gap, names):
                # two people under 5 km apart: the same first name and age in two towns ("Andre Colston, 23" in East
                # Orange, "Andre Mabry, 23" in Orange), or other names and other ages in one place on another day
                # ("Corey Lindqvist, 27", the next day "Tanisha Orr, 31"; the same day, on other telling streets): the
                # people veto below, as for towns apart
                apart = True
                parts.append("other people")
            if neighbourhoods_agree(m.keywords, inc.keywords) is False:
                # two neighbourhoods of one city named as the scene are two places, wherever the gazetteer put
                # them (often both at the city's centre)
                s = min(s, NEIGHBOURHOODS_DIFFER)
                apart = True
                parts.append("different neighbourhoods")
            elif (_sides_differ(m.keywords, inc.keywords) and not (names.persons or names.partial or names.age)
                  and _numbers_differ(m, inc)):
                # the two sides of one area ("Four shot in East Garfield Park", "7 shot in West Garfield Park") with
                # nobody, no street and no age in common, and other numbers shot: two shootings of the day, not one
                # whose outlets drew the line apart ("7 shot in West Garfield Park", "One killed, 6 wounded in East
                # Garfield Park")
                s = min(s, NEIGHBOURHOODS_DIFFER)
                apart = True
                parts.append("two sides of one area")
            elif (gap and _days_told(m, inc) and not (names.persons or names.partial) and _numbers_differ(m, inc)
                  and _many_shot(m, inc) and not {a.name for a in m.actors} & {a.name for a in inc.actors}):
                # two shootings of three or more people each in one place on different days, telling other numbers
                # shot ("Four shot in East Garfield Park", the next day "One killed, 6 wounded in East Garfield
                # Park") and naming nobody in common: two of the city's shootings, not one told twice (an attack
                # whose toll rose names its attackers: "Nine SDF fighters were killed", "the toll has risen to 140"; a
                # next day's report revising the toll tells no day of its own: "a fourth person walked into a hospital")
                s = min(s, NEIGHBOURHOODS_DIFFER)
                apart = True
                parts.append("other numbers shot another day")
            elif (gap and _days_told(m, inc) and _only_wounded(m, inc) and _numbers_differ(m, inc)
                  and not (names.persons or names.partial or names.street or names.age)
                  and not {a.name for a in m.actors} & {a.name for a in inc.actors}):
                # two shootings in one place, each on the day its own report tells, that hurt other numbers and killed
                # nobody ("4 wounded in West Garfield Park" on Sunday, "Boy, 10, critically wounded" Monday night), with
                # nobody, no street, no age and no actor in common: two of the city's shootings.  A later report that
                # revises the wounded ("Two men shot" Thursday, days later "a woman also hurt") tells no day of its own
                # (or the first one's: no gap), and is left to join
                s = min(s, NEIGHBOURHOODS_DIFFER)
                apart = True
                parts.append("other numbers hurt another day")
        elif _same_county(m.place, loc) and not names.streets_differ:
            # a county may hold a city: two streets named in it are two places; two people named are often
            # the victim in one report and the shooter in the other
            s = SAME_COUNTY
            parts.append(f"same county ({max(m.place, loc, key=_place_rank).name})")
        elif (county_named := _county_of_city(m.place, loc)) and (m.place.admin1 == loc.admin1 or gap == 0):
            # a city-county's county named alone ("Richmond County deputies") and its city: a town and its county,
            # wherever the gazetteer put the bare county's name (only the same day, where it put it in another state)
            s = SAME_COUNTY
            parts.append(f"one city-county ({county_named} county)")
        elif m.place.admin1 and m.place.admin1 == loc.admin1:
            s, coarse = STATE_ONLY, True
            parts.append(f"same province ({loc.admin1})")
        else:
            s, coarse = 0.3, True
            parts.append(f"same country ({loc.country_code})")
    elif person:
        # no place on one side and the same person named in full on both: nothing speaks against the
        # incident's place, and the person ties the two (a follow-up whose dateline was lost)
        s = PERSON_PLACE_UNKNOWN
        parts.append("place unknown, same person")
    else:
        s, coarse = 0.35, True
        parts.append("place unknown")
    if names.conflict and apart:
        # both name their people and none is shared, and the places are towns apart (or two neighbourhoods
        # of one city): two incidents, however close in time and kind
        return None, "people"
    if coarse and gap and not (names.persons or names.partial):
        # no place nearer than the state (or none at all), different days, and nothing named in common: two
        # of the state's shootings that week, not one told twice
        return None, "coarse"
    total += WEIGHTS["place"] * s
    # date
    if gap is None:
        # undated reports (no dateline, no date in the text) must agree on more than place and type
        s = 0.2
        parts.append("date unknown")
    elif gap > window_days:
        # a telling street in one town and its suburbs: the follow-up a week later (the victim's condition,
        # an arrest) that names nobody the first report named
        # (two reports giving other ages are two shootings on one long street, unless one headline tells an arrest:
        # the follow-up gives the suspect's age, the first report the victim's; names alone are not enough, the
        # tagger misses one of a report's dead as often as not)
        street_follow_up = (names.street and gap <= STREET_FOLLOW_UP_DAYS and km is not None and km <= _AGREE_KM
                            and (not names.ages_differ or _arrest_title(m.title) or _arrest_title(inc.title)))
        trial = names.street or len(names.persons) >= TRIAL_PERSONS
        # a follow-up headline sharing one person in full with an incident of the same town: one case, however
        # common the name (a namesake in the same town on a court story is rarer than the name)
        town_case = (person and km is not None and km <= _AGREE_KM
                     and (reads_as_follow_up(m.title) or reads_as_follow_up(inc.title)))
        if not (person and (gap <= FOLLOW_UP_DAYS or (trial or town_case) and gap <= TRIAL_DAYS) or street_follow_up):
            return None, "dates"
        s = 0.0
        parts.append(f"dates {gap} d apart (follow-up)")
    else:
        s = 1.0 if gap == 0 else max(0.0, 1 - gap / (window_days + 1)) ** 1.5
        parts.append("dates overlap" if gap == 0 else f"dates {gap} d apart")
    total += WEIGHTS["date"] * s
    # type
    other_kind = False  # two kinds of violence that may be one incident's ("Attack", "Armed clash")
    if m.event_type and inc.event_type:
        if m.sub_event_type == inc.sub_event_type:
            s = 1.0
            parts.append(f"same type ({inc.sub_event_type})")
        elif m.event_type == inc.event_type:
            s = 0.8
            parts.append(f"same type ({inc.event_type})")
        elif frozenset({m.event_type, inc.event_type}) in _COMPATIBLE_TYPES:
            s, other_kind = 0.4, True
            parts.append("compatible types")
        elif person:
            s = 0.0
            parts.append("types differ")
        else:
            return None, "types"
    else:
        s = 0.5
    total += WEIGHTS["type"] * s
    # actors
    mine = {a.name for a in m.actors}
    theirs = {a.name for a in inc.actors}
    if mine and theirs:
        shared = mine & theirs
        s = len(shared) / min(len(mine), len(theirs))
        if shared:
            parts.append("shared actors: " + ", ".join(sorted(shared)))
    else:
        s = 0.5
    total += WEIGHTS["actors"] * s
    # names that tell incidents apart: victims, suspects, streets
    if names.persons:
        s = 1.0 if len(names.persons) > 1 or names.partial else 0.9
        parts.append("same people: " + ", ".join(names.persons[:4]))
    elif names.partial:
        s = 0.7
        parts.append("shared names: " + ", ".join(names.partial[:4]))
    elif names.age and gap == 0 and not (m.place and loc) and not _tolls_differ(m, inc):
        # an age both give the same day beside a report with no place ("A 14-year-old boy was fatally shot this
        # evening"): the brief of the town's shooting that day, whoever else the two name (the victim in one, the
        # suspect or a relative in the other); ``decide`` lets it join only the one incident of the day giving it,
        # and only where one does not tell a death and the other only the wounded (one in ten of a day's shootings
        # share an age with another of the day: SemEval dev's GVA incidents)
        s = SAME_AGE
        parts.append(_PLACELESS_AGE)
    elif gap == 0 and not (m.place and loc) and not names.conflict and not names.ages_differ and _same_toll(m, inc):
        # the toll both tell the same day beside a report with no place ("Two women were wounded" in Savannah, "Two
        # women hurt when gunfire hits car"), neither naming nor aging other people: as an age, the one incident of the
        # day telling it (``decide``)
        s = SAME_AGE
        parts.append(_PLACELESS_TOLL)
    elif names.conflict and scene != "town":
        # (a follow-up from an arrest's town names the suspect, the first report the victim: no conflict)
        s = 0.0
        parts.append("different names")
    elif names.ages_differ and (coarse or gap and not _tells_follow_up((m.title, inc.title))) and m.place and loc:
        # a report placed only in the state ("a 29-year-old man was shot at a rest stop in south Alabama") and a
        # town's shooting of the day giving other ages, nothing named in common: two of the state's shootings; or two
        # reports of one place on other days whose ages all differ ("A 27-year-old man was shot" Saturday, "a
        # 45-year-old woman was wounded" Monday): two of the city's shootings that week, unless a headline tells an
        # arrest, a warrant or a court (the suspect's age beside the victim's)
        s = 0.0
        parts.append("other ages")
    elif names.age and together and not _numbers_differ(m, inc):
        # an age both give, where both are placed in one state (not where they tell other numbers shot: "Four shot"
        # and "One killed, 6 wounded" a day apart in one neighbourhood share a 21-year-old and are two shootings)
        s = SAME_AGE
        parts.append("same age")
    elif gap and other_kind and apart:
        # another day's report of another kind of violence that names nothing the incident names (a man shot Tuesday
        # in southeast Dallas, two groups exchanging gunfire Thursday in Pleasant Grove 5 km off): two of the city's
        # shootings that week, not one told twice
        s = 0.0
        parts.append("another kind another day, nothing named")
    else:
        s = 0.3
    total += WEIGHTS["names"] * s
    if gap is None and not (names.persons or names.partial or (mine & theirs)):
        # no date to compare and nobody named in common: the same place and type is not enough
        total = min(total, 0.5)
        parts.append("nothing else in common")
    return round(total, 3), "; ".join(parts)


# The reason ``score`` gives an age shared the same day beside a report with no place.
_PLACELESS_AGE = "same age, one side placed nowhere"
# The reason ``score`` gives a toll told alike the same day beside a report with no place.
_PLACELESS_TOLL = "same toll, one side placed nowhere"
# What a report with no place may share with one of the day's incidents, that ``decide`` lets join only the one
# incident of the day sharing it.
PLACELESS_TRAITS = (_PLACELESS_AGE, _PLACELESS_TOLL)
