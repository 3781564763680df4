"""Linking: which incident a new mention belongs to, and why.

1. Blocking.  The store returns only incidents whose dates lie within the
   window and whose place is near (``Store.candidates``), and those naming the
   same person in full or the same telling street (``blocking_names``; a
   street up to ``STREET_FOLLOW_UP_DAYS`` back, the follow-up a week later): a
   new report is never compared with the whole ledger.
2. Vetoes.  Different countries, dates further apart than the window, places
   further apart than the distance limit, or two different incident types
   that cannot be the same event (a protest and an air strike) never merge;
   the same person named in full lifts the place veto, and so does the same
   telling street on the same day in one state or in towns of one name (one
   town is a namesake), unless the two reports name other people (in full or
   by ages) or the street is one most cities have once (MLK).  The same
   person lifts the date window for 120 days, a person and a telling street
   for two years (a trial), and so does a
   person in the same town under a follow-up headline (sentenced, trial,
   funeral, vigil), a telling street in one town for 14 days (a follow-up a
   week later; not between reports giving other ages, unless a headline tells
   an arrest).  Two parts of one street ("North Main", "South Main") are two
   streets.
   A follow-up whose headline names the incident's town as the scene ("Suspect
   in Wheeling shooting arrested in Pittsburgh") is read as placed there, and
   one from another state naming the incident's state as placed nowhere: the
   town of an arrest, a court or a hospital is no other incident's place.
   A town of a city-county and the city whose police tell its shootings
   (Kahuku and Honolulu, on Oahu; Girdwood and Anchorage) are a town and its
   county, not two towns past the distance limit, and so are the city and its
   county named alone ("Richmond County deputies" beside Augusta), wherever
   the gazetteer put the bare county's name.
   Two reports that name different people in towns at least 5 km apart, or
   in two neighbourhoods of one city, never merge either; nor do two that
   agree on no more than the state, on different days, naming nothing in
   common.
3. Score.  A weighted sum of place, date, type, actor and name agreement
   (an age both reports give, in the text or the headline, counts for less
   than a shared name, and only between reports placed in one state, or the
   same day beside a brief with no place, whoever else the two name; a
   venue's name counts as a shared name unless the states differ); at or
   above the threshold the mention joins the best-scoring incident, and
   the merge stores its reason in words.  The same person named in full in
   two towns of one state, within two weeks, scores the place as a report
   with no town would: a hometown's, a hospital's or a court's follow-up.
4. Aggregation.  An incident's date, place, type and actors are recomputed
   from all its mentions: the most precise date, the place its reports agree
   on (the most precise of that agreement), the commonest type.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence

from rapidfuzz import fuzz

from .geo.names import fold
from .geo.neighbourhoods import NEIGHBOURHOODS
from .geo.resolve import distance_km
from .models import Actor, Mention, Place
from .store import IncidentRow

_DATE_RANK = {"day": 0, "days": 1, "week": 2, "month": 3, "year": 4, "unknown": 5}
_PLACE_RANK = {"point": 0, "city": 1, "admin1": 2, "region": 3, "country": 4, "unknown": 5}


def _place_rank(place: Place) -> float:
    """Lower is more precise.  A region inside one admin1 (a US county, "northern Aleppo province")
    lies between a town and its state; a region of a country ("northeastern Syria") above the state."""
    if place.precision == "region" and place.admin1:
        return 1.5
    return _PLACE_RANK.get(place.precision, 5)
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
# Ages in a headline, in headline case and as feeds space their punctuation ("10-Year-Old", "Girl , 10 ,").
_TITLE_AGE_RE = re.compile(r"\b(\d{1,2}) ?[- ] ?years? ?[- ] ?old\b|\b[A-Z][a-z'’-]+ ?, (\d{1,2}) ?,", re.IGNORECASE)
# Two ages after a plural noun of people in a headline ("Boys, 4 and 6, Shot In Lawndale", "Two men , 20 and 22 ,
# hurt"): the ages a short report often leaves out of its text.
_TITLE_TWO_AGES_RE = re.compile(
    r"\b(?:men|women|boys|girls|teens|teenagers|brothers|sisters|children|kids|cousins|friends) ?, (\d{1,2}) and "
    r"(\d{1,2}) ?,", re.IGNORECASE)
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
# Headlines that tell a late follow-up of an older incident: the courts, a funeral or a vigil, an anniversary,
# a lawsuit.  Such a report sharing a person named in full with an incident of its own town reaches as far
# back as a trial (``score``, ``window``): the person and the town together are one case, and the headline
# says the news is not the shooting itself.  Arrests, charges, hearings and deaths from wounds are left out:
# they come within the follow-up days anyway, and "charged" heads first reports of other shootings by the
# same man.
_FOLLOW_UP_TITLE = re.compile(
    r"\b(?:sentenc(?:e|ed|es|ing)|convict(?:ed|ion)|guilty|plead(?:s|ed)?|pled|trial|jury|jurors|arraign(?:ed|ment)?"
    r"|indict(?:ed|ment)|verdict|acquitt(?:ed|al)|funeral|vigil|laid to rest"
    r"|anniversary|lawsuit)\b", re.IGNORECASE)
# Ordinal street names written out or in figures ("Sixth Street", "6th Street") are one street.
_ORDINALS = {w: f"{i}th" for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), 1)}
_ORDINALS.update({"first": "1st", "second": "2nd", "third": "3rd"})
_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
# Spellings of one street name a slip apart ("Bentanna Drive", "Betanna Drive") at or above this ratio.
_STREET_SPELLING = 90
# Street names most towns of a state have: sharing one says nothing about where an incident was.
_GENERIC_STREETS = frozenset({
    "main", "church", "park", "high", "oak", "pine", "maple", "elm", "washington", "lake", "hill", "walnut",
    "center", "broadway", "market", "state", "college", "school", "mill", "spring", "river", "lincoln",
    "jefferson", "madison", "franklin", "cedar", "chestnut", "highland", "railroad",
    "king", "union", "water", "front", "central",
})
# Street names most cities have once: inside one town they tell a place (a follow-up a week later on "MLK
# Boulevard"), across towns they do not (two towns of one state each have one): never a reason to join two
# towns further apart than the distance limit (``_street_vouches``).
_TOWN_STREETS = frozenset({"martin luther king"})
# Kinds of street whose "King" is Martin Luther King's: Chicago's and Milwaukee's "King Drive", "King Boulevard" (a
# "King Street" or "King Road" is often another King's).  Inside one town the two are one street (``_same_street``).
_KING_KINDS = frozenset({"drive", "boulevard"})
# Headlines of an arrest or a charge: a follow-up naming the suspect, where the first report named the victim.
_ARREST_TITLE = re.compile(r"\b(?:arrest(?:s|ed)?|charged?|charges|suspects?|custody|booked|jailed|warrants?)\b",
                           re.IGNORECASE)


@dataclass(frozen=True)
class LinkDecision:
    incident_id: str | None  # None: a new incident
    score: float
    reason: str


def incident_id_for(m: Mention) -> str:
    return "inc-" + hashlib.sha1(f"{m.report_id}#{m.index}".encode()).hexdigest()[:12]


km_between = distance_km  # the one great-circle distance of the package lives with the places


def _date_gap(m: Mention, inc: IncidentRow) -> int | None:
    if m.date.start is None or inc.date_start is None:
        return None
    m_end = m.date.end or m.date.start
    i_end = inc.date_end or inc.date_start
    if m.date.start <= i_end and inc.date_start <= m_end:
        return 0
    return min(abs((m.date.start - i_end).days), abs((inc.date_start - m_end).days))


def reads_as_follow_up(title: str | None) -> bool:
    """Whether a report's headline tells a later development of an incident ("Man sentenced in ...",
    "Funeral held for ...", "Vigil marks a year since ...") rather than the shooting itself."""
    return bool(title) and _FOLLOW_UP_TITLE.search(title) is not None


def _persons(keys: Sequence[str]) -> list[tuple[str, str]]:
    """(first, last) of the person keys; a lone name is ("", name)."""
    out = []
    for k in keys:
        if k.startswith("p:"):
            words = k[2:].split(" ")
            out.append((words[0], words[-1]) if len(words) > 1 else ("", words[0]))
    return out


def _same_person(a: tuple[str, str], b: tuple[str, str]) -> int:
    """2: the same full name (spelling slips allowed); 1: one side is a lone name matching the other's
    first or last name; 0: different people."""
    if a[0] and b[0]:
        if a == b:
            return 2
        if a[1][:1] != b[1][:1] and a[0] != b[0]:
            return 0  # cheap reject before any fuzzy ratio
        if fuzz.ratio(a[1], b[1]) >= 85 and (fuzz.ratio(a[0], b[0]) >= 75 or a[0][0] == b[0][0] and min(len(a[0]), len(b[0])) <= 2):
            return 2
        # first and last name swapped by the tagger, or a hyphenated surname shortened
        if a[0] == b[0] and (a[1].startswith(b[1]) or b[1].startswith(a[1])) and min(len(a[1]), len(b[1])) >= 4:
            return 2
        return 0
    lone, full = (a, b) if not a[0] else (b, a)
    if not full[0]:
        return 1 if a[1] == b[1] and len(a[1]) >= 4 else 0
    return 1 if lone[1] in (full[0], full[1]) and len(lone[1]) >= 4 else 0


# How alike two surnames of one first name must be (``fuzz.ratio``) to be one surname heard two ways ("Leonard",
# "Lenhart": 71; "Mohammed", "Muhammad": 75); "Johnson" and "Jackson" (57) are two.
_SURNAME_HEARD = 70


def _surname_heard_twice(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two full names of one first name whose surnames sound alike but are spelled too far apart for
    ``_same_person`` ("Carlos Ybarra", "Carlos Ibarra"; "Jaden Kowalczyk", "Jayden Kowalchuk"); short surnames
    ("Hall", "Hill") are left apart."""
    if not (a[0] and b[0] and min(len(a[0]), len(b[0])) >= 3 and min(len(a[1]), len(b[1])) >= 5):
        return False
    # the first name as ``_same_person`` allows it ("Jaden", "Jayden")
    return fuzz.ratio(a[0], b[0]) >= 75 and fuzz.ratio(a[1], b[1]) >= _SURNAME_HEARD


def _first_name_only(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """Both name a person of one first name whose surnames differ by more than a spelling ("Marcus Hale", "Marcus
    Whitfield"; not "Tyrell Leonard", "Tyrell Lenhart")."""
    pa, pb = _persons(mine), _persons(theirs)
    return any(a[0] == b[0] and len(a[0]) >= 3 and a[1] != b[1] and not _same_person(a, b)
               and not _surname_heard_twice(a, b) for a in pa if a[0] for b in pb)


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


def _street_form(key: str) -> str:
    """A street key's name and kind in one comparable form: ordinals in figures, no spaces or hyphens
    ("s:ocean front circle" and "s:oceanfront circle" agree)."""
    words = [_ORDINALS.get(w, w) for w in key[2:].split(" ")]
    return _NOT_ALNUM.sub("", " ".join(words))


def _same_street(a: str, b: str) -> bool:
    """Two street keys naming one street: the same kind (drive, avenue) and a name a slip apart, or "King Drive"
    and "Martin Luther King Drive"."""
    kind = a.rsplit(" ", 1)[-1]
    if kind != b.rsplit(" ", 1)[-1]:
        return False
    fa, fb = _street_form(a), _street_form(b)
    if {fa, fb} == {"king" + kind, "martinlutherking" + kind} and kind in _KING_KINDS:
        return True
    return fa == fb or (min(len(fa), len(fb)) >= 10 and fuzz.ratio(fa, fb) >= _STREET_SPELLING)


def _specific_street(key: str) -> bool:
    """A street whose name tells a place: not numbered, not one of the names most towns have."""
    name = key[2:].rsplit(" ", 1)[0]
    return not _ORDINALS.get(name, name)[:1].isdigit() and name not in _GENERIC_STREETS


def _wide_street(key: str) -> bool:
    """A telling street whose name says where beyond one town: not one that most cities have once (MLK)."""
    return _specific_street(key) and key[2:].rsplit(" ", 1)[0] not in _TOWN_STREETS


def _parts(keys: Sequence[str]) -> dict[str, set[str]]:
    """The parts of streets a report names (``d:`` keys): street key to directions ("s:main street": {"north"})."""
    out: dict[str, set[str]] = {}
    for k in keys:
        if k.startswith("d:"):
            direction, street = k[2:].split(" ", 1)
            out.setdefault("s:" + street, set()).add(direction)
    return out


# Keys compared on their own (persons fuzzily, neighbourhoods, ages and the parts of streets by ``score``), not as
# shared names.
_NOT_SHARED = ("p:", "n:", "a:", "d:", "b:")


def _placed_together(a: Place | None, b: Place | None, km: float | None, max_km: float) -> bool:
    """Both reports placed, and in one state (or in two towns within the distance limit across a state
    line): where an age or a venue's name can tell one incident.  Across states, or beside a report with
    no place, every day's shootings hold a 17-year-old and a "Sports Bar" somewhere."""
    if a is None or b is None or a.country_code != b.country_code:
        return False
    return bool(a.admin1) and a.admin1 == b.admin1 or km is not None and km <= max_km


@dataclass(frozen=True)
class NameMatch:
    persons: tuple[str, ...]  # full names both sides give
    partial: tuple[str, ...]  # lone names, streets and untyped keys both give
    conflict: bool  # both name people (in full) and none of them is shared
    street: bool = False  # a street both give whose name tells a place (not "Main Street", not "15th Street")
    streets_differ: bool = False  # both name telling streets, and share no street and no other name
    age: bool = False  # an age both give ("a 10-year-old girl", "Girl, 10, ...")
    wide_street: bool = False  # a shared telling street that says where beyond one town (not an MLK street)
    people_differ: bool = False  # both name people (in full, or by ages) and share none, nor any age
    ages_differ: bool = False  # both give ages and share none, nor anyone named


# A surname two reports' people share that ties them as one family: long enough not to be a tagger's fragment.
_FAMILY_NAME = 4


def _streets_apart(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """Both name streets (or addresses) and none is the other's."""
    a = [k for k in mine if k.startswith("s:")]
    b = [k for k in theirs if k.startswith("s:")]
    return bool(a) and bool(b) and not any(_same_street(x, y) for x in a for y in b)


def names_overlap(mine: Sequence[str], theirs: Sequence[str], *, venues: bool = True,
                  titles: Sequence[str | None] | None = None) -> NameMatch:
    """What two reports' keys share; ``venues=False`` leaves venue keys out (``score``: reports placed in two
    states, where "the Sports Bar" or "First Baptist Church" is two buildings); ``titles`` (``score``: the two
    reports' headlines) lets one name given with other ages on other streets be two people, where neither headline
    tells a follow-up."""
    pa, pb = _persons(mine), _persons(theirs)
    full, partial = [], []
    for x in pa:
        best = max((_same_person(x, y) for y in pb), default=0)
        if best == 2:
            full.append(" ".join(x).strip())
        elif best == 1:
            partial.append(" ".join(x).strip())
    ages_a, ages_b = {k for k in mine if k.startswith("a:")}, {k for k in theirs if k.startswith("a:")}
    if (titles is not None and (full or partial) and ages_a and ages_b and not ages_a & ages_b
            and _streets_apart(mine, theirs) and not _tells_follow_up(titles)):
        # one name given by two reports whose ages and streets all differ ("Anthony Brooks, 19" on St. Clair Avenue,
        # four days later "Anthony Brooks, 47" on Kinsman Road; "Marcus Johnson, 24" in one town, "Johnson, 31" the
        # same day in the next): two people of one name, not one named twice (a court or an arrest report gives the
        # suspect's age and the street he was caught on beside the victim's name: left to join)
        full, partial = [], []
    if not full and not partial and ages_a & ages_b:
        # one victim whose surname two outlets heard two ways ("Yusuf Mohammed", "Yusuf Muhammad"; "Tyrell Leonard",
        # "Tyrell Lenhart"), where the reports give one age: a lone name's match, not two people
        partial += [" ".join(x) for x in pa if x[0] and any(_surname_heard_twice(x, y) for y in pb)]
        # one family: two people in full of one surname and other first names, where the reports give one age (the
        # boy, 4, named by one report, his father by the other), where they name no two streets ("Miguel Cardenas,
        # 30" on Airport Way, two days later "Ernesto Cardenas, 30" on Cherokee Lane: two shootings whose victims
        # share a surname and an age)
        if not _streets_apart(mine, theirs):
            partial += sorted({x[1] for x in pa if x[0] and len(x[1]) >= _FAMILY_NAME
                               and any(y[0] and y[0] != x[0] and y[1] == x[1] for y in pb)} - set(partial))
    lone = bool(partial)  # a lone name matching the other's people
    skip = _NOT_SHARED if venues else _NOT_SHARED + ("v:",)
    other_a = {k for k in mine if not k.startswith(skip)}
    other_b = {k for k in theirs if not k.startswith(skip)}
    shared = other_a & other_b
    streets_a = {k for k in other_a if k.startswith("s:")}
    streets_b = {k for k in other_b if k.startswith("s:")}
    # a street spelled two ways by two outlets is still one street
    shared |= {x for x in streets_a - shared if any(_same_street(x, y) for y in streets_b - shared)}
    # an address that leaves the street's kind out ("5751 Green Hill") names the other report's street of that name
    # ("Green Hill Road"), or the other's address of that name, where the name tells a place
    bare_a, bare_b = {k[2:] for k in mine if k.startswith("b:")}, {k[2:] for k in theirs if k.startswith("b:")}
    if bare_a or bare_b:
        shared |= {k for k in streets_b if k[2:].rsplit(" ", 1)[0] in bare_a and _specific_street(k)}
        shared |= {k for k in streets_a if k[2:].rsplit(" ", 1)[0] in bare_b and _specific_street(k)}
        shared |= {f"s:{b} street" for b in bare_a & bare_b if _specific_street(f"s:{b} street")}
    if (not full and not lone and ages_a and ages_b and not ages_a & ages_b
            and neighbourhoods_agree(mine, theirs) is False):
        # a street most towns have ("King Drive" in a Chicago roundup) or have once (Martin Luther King Drive) in two
        # neighbourhoods of one city, named by reports whose ages all differ: two shootings on one long street, not
        # one told twice
        shared -= {k for k in shared if k.startswith("s:") and not _wide_street(k)}
    if titles is not None and ages_a and ages_b and not ages_a & ages_b and not _tells_follow_up(titles):
        # one venue named by two reports whose ages all differ ("A 27-year-old man was shot at the Gold Room lounge",
        # two days later "A 45-year-old woman was wounded at the Gold Room lounge"): two shootings at one bar, unless a
        # headline tells an arrest or a court (the suspect's age beside the victim's)
        shared -= {k for k in shared if k.startswith("v:")}
    parts_a, parts_b = _parts(mine), _parts(theirs)
    if parts_a and parts_b:
        # two parts of one street ("North Main Street", "South Main Street") are two places, not a shared street
        shared -= {k for k in shared if parts_a.get(k) and parts_b.get(k) and not parts_a[k] & parts_b[k]}
    partial += sorted(k.split(":", 1)[-1] for k in shared)
    conflict = not full and not partial and (
        (any(p[0] for p in pa) and any(p[0] for p in pb)) or (bool(streets_a) and bool(streets_b)))
    # a numbered or common street ("Fifth Street", "Main Street") may be the corner of the other report's
    # street, or a namesake across the county; two telling streets are two places
    streets_differ = conflict and any(map(_specific_street, streets_a)) and any(map(_specific_street, streets_b))
    age = any(k.startswith("a:") and k in theirs for k in mine)
    # both name people in full and share none, or both give ages and share none (the tagger misses many names), and
    # no age is shared (a roundup names neighbours, another report the wounded): the victims of two shootings, or the
    # victim and the suspect
    ages_differ = not full and not lone and bool(ages_a) and bool(ages_b) and not ages_a & ages_b
    people_differ = ages_differ or not full and not lone and not ages_a & ages_b and (
        any(p[0] for p in pa) and any(p[0] for p in pb))
    return NameMatch(tuple(full), tuple(partial), conflict,
                     any(k.startswith("s:") and _specific_street(k) for k in shared), streets_differ, age,
                     any(k.startswith("s:") and _wide_street(k) for k in shared), people_differ, ages_differ)


def _hood_form(key: str) -> str:
    words = key[2:].split(" ")
    if len(words) > 1 and words[0] in _DIRECTIONS:
        words = words[1:]
    return "".join(words)


def neighbourhoods_agree(mine: Sequence[str], theirs: Sequence[str]) -> bool | None:
    """Whether two reports placed in one big city name the same neighbourhood of it (``n:`` keys); None
    when either names none.  A part agrees with its whole ("West Englewood", "Englewood"), and the sides
    of one area with each other ("East Garfield Park", "West Garfield Park"): outlets draw the line apart."""
    a = {_hood_form(k) for k in mine if k.startswith("n:")}
    b = {_hood_form(k) for k in theirs if k.startswith("n:")}
    if not a or not b:
        return None
    return any(x.endswith(y) or y.endswith(x) for x in a for y in b)


def _sides_differ(mine: Sequence[str], theirs: Sequence[str]) -> bool:
    """Whether two reports name only the opposite sides of one area ("East Garfield Park", "West Garfield Park"),
    and no neighbourhood in common: the same shooting where outlets draw the line apart, or two shootings of the
    area's two sides (``score`` reads it as two places where the reports share nothing else)."""
    a = {k[2:] for k in mine if k.startswith("n:")}
    b = {k[2:] for k in theirs if k.startswith("n:")}
    if not a or not b or a & b:
        return False
    sides = {(w[0], " ".join(w[1:])) for w in (k.split(" ") for k in a | b) if len(w) > 1 and w[0] in _DIRECTIONS}
    return len(sides) == len(a | b) and len({area for _, area in sides}) == 1


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


def _street_vouches(names: NameMatch, gap: int | None, a: Place, b: Place) -> bool:
    """A street both reports name, whose name tells a place, on the same day in the same state, or in a
    town of the same name: the two tell one incident even when their towns lie further apart than the
    distance limit (a suburb's post office, a namesake town in another state)."""
    # a street most cities have (MLK), or two reports each naming its own people (two towns' shootings on streets of
    # one name), says nothing across towns
    return (names.wide_street and not names.people_differ and gap == 0
            and (bool(a.admin1) and a.admin1 == b.admin1 or _namesakes(a, b)))


def _arrest_title(title: str | None) -> bool:
    """Whether a headline tells an arrest or a charge ("Man charged in Lamar Avenue shooting")."""
    return bool(title) and _ARREST_TITLE.search(title) is not None


def _tells_follow_up(titles: Sequence[str | None]) -> bool:
    """Whether either headline tells an arrest, a charge or a later development (a court, a funeral): a report
    that gives the suspect's age, or a court's, beside the victim's name or place."""
    return any(_arrest_title(t) or reads_as_follow_up(t) for t in titles)


def _title_ages(title: str | None) -> tuple[str, ...]:
    """Ages a headline gives ("Girl, 10, shot in face", "10-Year-Old Girl Shot", "Boys, 4 and 6, Shot"): often
    the only place a short report states one."""
    if not title:
        return ()
    ages = [int(a or b) for a, b in _TITLE_AGE_RE.findall(title)]
    if " and " in title:
        ages += [int(a) for pair in _TITLE_TWO_AGES_RE.findall(title) for a in pair]
    return tuple(f"a:{a}" for a in dict.fromkeys(ages) if a)


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


def _numbers_differ(m: Mention, inc: IncidentRow) -> bool:
    """Whether no number of people shot that a mention's toll may be told by is the incident's ("Four shot", "Seven
    shot"; not "7 shot" and "one killed, 6 wounded")."""
    killed = max((c.count for c in m.claims if c.outcome == "killed"), default=0)
    wounded = max((c.count for c in m.claims if c.outcome == "wounded"), default=0)
    mine, theirs = _shot_counts(killed, wounded), _shot_counts(inc.killed_best or 0, inc.wounded_best or 0)
    return bool(mine and theirs and not mine & theirs)


def _many_shot(m: Mention, inc: IncidentRow) -> bool:
    """Whether both a mention and an incident tell three people shot or more: a number that sets a shooting apart."""
    killed = max((c.count for c in m.claims if c.outcome == "killed"), default=0)
    wounded = max((c.count for c in m.claims if c.outcome == "wounded"), default=0)
    return killed + wounded >= 3 and (inc.killed_best or 0) + (inc.wounded_best or 0) >= 3


def _only_wounded(m: Mention, inc: IncidentRow) -> bool:
    """Whether a mention and an incident both tell people wounded and nobody killed."""
    return (not any(c.outcome == "killed" and c.count for c in m.claims) and not inc.killed_best
            and any(c.outcome == "wounded" and c.count for c in m.claims) and bool(inc.wounded_best))


def _days_told(m: Mention, inc: IncidentRow) -> bool:
    """Whether a mention's day is one its words tell (not its report's publication day, taken where it tells none) and
    the incident's a day to the day."""
    return m.date.text is not None and inc.date_precision == "day"


def blocking_names(m: Mention) -> list[str]:
    """The names a mention's candidates are also looked up by, wherever the gazetteer put them: people
    named in full and streets whose name tells a place (``score`` lets either past the distance limit)."""
    return [k for k in m.keywords if (k.startswith("p:") and " " in k) or (k.startswith("s:") and _specific_street(k))]


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
    if m.event_type and inc.event_type:
        if m.sub_event_type == inc.sub_event_type:
            s = 1.0
            parts.append(f"same type ({inc.sub_event_type})")
        elif m.event_type == inc.event_type:
            s = 0.8
            parts.append(f"same type ({inc.event_type})")
        elif frozenset({m.event_type, inc.event_type}) in _COMPATIBLE_TYPES:
            s = 0.4
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
    else:
        s = 0.3
    total += WEIGHTS["names"] * s
    if gap is None and not (names.persons or names.partial or (mine & theirs)):
        # no date to compare and nobody named in common: the same place and type is not enough
        total = min(total, 0.5)
        parts.append("nothing else in common")
    return round(total, 3), "; ".join(parts)


def ties(m: Mention, inc: IncidentRow) -> bool:
    """Whether a mention names someone or something (a person, a street, a venue) that an incident names: what lets
    the mention's join take a second look at a lone report's incident it may tie to its own (``Ledger``)."""
    names = names_overlap(m.keywords, inc.keywords)
    return bool(names.persons or names.partial)


# The reason ``score`` gives an age shared the same day beside a report with no place.
_PLACELESS_AGE = "same age, one side placed nowhere"


def decide(m: Mention, candidates: Sequence[IncidentRow], *, window_days: int, max_km: float, threshold: float,
           exclude: set[str] = frozenset()) -> LinkDecision:
    """The incident a mention joins, or a new one; ``exclude`` holds incidents of the same report."""
    best: tuple[float, str, str] | None = None
    best_reports = 0
    placeless_aged = 0  # incidents reaching the threshold by an age shared beside a report with no place
    for inc in candidates:
        if inc.id in exclude:
            continue
        result = score(m, inc, window_days=window_days, max_km=max_km)
        if result is None:
            continue
        s, reason = result
        placeless_aged += s >= threshold and _PLACELESS_AGE in reason
        # on equal scores, the incident more reports tell (a report's second segment, an older case its last
        # paragraph tells, opens an incident of its own that the next report of the main one may score as high)
        if best is None or (s, inc.n_reports) > (best[0], best_reports):
            best, best_reports = (s, inc.id, reason), inc.n_reports
    if best is not None and placeless_aged > 1 and _PLACELESS_AGE in best[2]:
        # two of the day's shootings give the age a report with no place gives (every day's shootings across a
        # country hold a 17-year-old somewhere): the age does not say which
        return LinkDecision(None, best[0], f"new incident (best candidate scored {best[0]:.2f}; "
                                           f"{placeless_aged} incidents of the day give the age)")
    if best is not None and best[0] >= threshold:
        return LinkDecision(best[1], best[0], f"score {best[0]:.2f}: {best[2]}")
    return LinkDecision(None, best[0] if best else 0.0, "new incident" + (f" (best candidate scored {best[0]:.2f})" if best else ""))


# Reports of one incident agree on its place when their points lie this near: one town and its suburbs.
_AGREE_KM = 25.0
# A county's centre to its towns: a town this near the centre of a county of its state lies in it, most likely.
_COUNTY_REACH_KM = 60.0
# How much a report's place vouches for a place it agrees with: a town or a street says where; a county, a
# state or a country only that the place lies inside it.
_VOUCH = {"point": 1.0, "city": 1.0, "county": 0.75, "admin1": 0.5, "region": 0.5, "country": 0.25}
# Two points this close (in degrees of latitude or longitude) are one: the gazetteer's, read back.
_SAME_POINT_DEG = 1e-4


def _vouch(place: Place) -> float:
    kind = "county" if place.precision == "region" and place.admin1 else place.precision
    return _VOUCH.get(kind, 0.0)


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


# A headline naming where the shooting was: "shot in Suisun City", "Copperas Cove killing", "Mesquite shooting";
# not the victim's hometown ("Alvin boy", "Joliet man shot") nor the court's town ("arraigned in Gatesville").
_SCENE_BEFORE_TOWN = r"\b(?:shot|killed|slain|stabbed|wounded|injured|dead|shooting|killing|homicide|murder)\s+in\s+"
_SCENE_AFTER_TOWN = r"\s+(?:shootings?|killings?|homicides?|murders?|slayings?|stabbings?)\b"
# The court, the jail, the hospital the victim was flown to lie this near the scene; a headline town further off
# is more likely a neighbourhood of the report's own city that bears a far town's name (Pittsburgh's Allentown).
_HEADLINE_SCENE_KM = 200.0
# every match of a town's ``_scene_in_headline`` holds a match of one of the two: a headline with neither (most of
# those that name no killing) names no scene, and no town's pattern is compiled for it
_SCENE_WORDS = re.compile(f"{_SCENE_BEFORE_TOWN}|{_SCENE_AFTER_TOWN}", re.IGNORECASE)
_SCENE_PATTERNS_KEPT = 4096  # towns whose headline pattern is kept compiled


def _headline_scene(title: str | None, own: Place, towns: Sequence[Place]) -> Place | None:
    """The town another report places the incident in that this report's headline names as the scene ("Bond set in
    Bullhead City killing"), where the report's own place lies elsewhere: a follow-up datelined in the court's,
    the jail's or the hospital's town says in its headline where the shooting was.  None where the headline names
    no such town, names the report's own town as well, or names a town further off than ``_HEADLINE_SCENE_KM``."""
    if not title or not _SCENE_WORDS.search(title):
        return None  # no town's pattern can match: none is compiled
    said = [t for t in towns if _may_name(title, t.name) and _scene_in_headline(t.name).search(title)]
    if not said or any(_places_agree(own, t) for t in said):
        return None
    if any((km := distance_km(own, t)) is None or km > _HEADLINE_SCENE_KM for t in said):
        return None
    return said[0] if len({(t.name, t.admin1) for t in said}) == 1 else None


@lru_cache(maxsize=_SCENE_PATTERNS_KEPT)
def _scene_in_headline(name: str) -> re.Pattern:
    """The pattern of a headline naming town ``name`` as the scene, compiled once per town (a batch's reports name
    more towns than the ``re`` module's cache of patterns keeps)."""
    return re.compile(f"(?:{_SCENE_BEFORE_TOWN}){_town_pattern(name)}(?![\\w-])|(?<![\\w-]){_town_pattern(name)}(?:{_SCENE_AFTER_TOWN})",
                      re.IGNORECASE)


def _may_name(title: str, name: str) -> bool:
    """Whether a headline may name a town, before its pattern is built and compiled (most towns it does not name):
    every word of the name must be in it.  Read in ASCII only, where case is ASCII's (``re.IGNORECASE`` matches
    further letters beyond it: the Kelvin sign a "k", the long s an "s")."""
    if not (title.isascii() and name.isascii()):
        return True
    low = title.lower()
    return all(w.lower() in low for w in name.split())


def _town_pattern(name: str) -> str:
    return r"[\s-]+".join(map(re.escape, name.split()))


# Where a headline says the shooting was: the capitalised words before a noun of the act ("Wheeling shooting",
# "Dothan murder suspect", "Kentucky slaying") or after "shot in", "killed in", "found dead in" ("Man killed in
# Dothan", "Four women found dead in Tulsa, Okla., apartment").  A comma ends the name (the state after it).
_HEAD_SCENE_NOUN = re.compile(r"^(?:shootings?|killings?|homicides?|murders?|slayings?|stabbings?|shootouts?)$", re.IGNORECASE)
_HEAD_SCENE_VERB = re.compile(r"^(?:shot|killed|slain|stabbed|wounded|murdered|dead)$", re.IGNORECASE)
_HEAD_WORD = re.compile(r"[A-Za-z][\w.'’-]*|,")
# capitalised words of a headline that are no place ("Suspect In Joplin Killing", "Bar shooting victim")
_HEAD_NOT_PLACE = frozenset("""
in of at on after for from to the a an and suspect suspects man men woman women teen teens boy girl child police
deadly fatal double triple mass weekend overnight party bar club school home house road street drive-by
charged arrested wanted accused alleged possible apparent another second third fatally officer deputy
""".split())
_HEAD_NAME_WORDS = 3


def _head_name(words: Sequence[str]) -> list[str]:
    """The capitalised words (at most ``_HEAD_NAME_WORDS``) that ``words`` open with, up to a headline's common word."""
    name = []
    for w in words[:_HEAD_NAME_WORDS]:
        if not w[:1].isupper() or fold(w) in _HEAD_NOT_PLACE:
            break
        name.append(w)
    return name


def headline_scenes(title: str | None) -> frozenset[str]:
    """The names (folded) a headline gives as the scene of the shooting: a town ("Suspect in Wheeling shooting
    arrested in Pittsburgh" gives "wheeling") or a state ("Man wanted in Kentucky slaying arrested in Memphis"
    gives "kentucky"); empty where it gives none.  Headline case is read word by word: only capitalised words
    that are not the headline's common words ("Suspect", "In", "Bar") make a name."""
    if not title:
        return frozenset()
    words = _HEAD_WORD.findall(title)
    out: set[str] = set()
    for i, w in enumerate(words):
        if _HEAD_SCENE_NOUN.match(w):
            name = _head_name(words[:i][::-1])[::-1]  # read back from the noun
        elif _HEAD_SCENE_VERB.match(w) and [fold(x) for x in words[i + 1:i + 2]] == ["in"]:
            name = _head_name(words[i + 2:])
        else:
            continue
        if name:
            out.add(fold(" ".join(name)))
    return frozenset(out)


def _scene_elsewhere(told: frozenset[str], own: Place | None, loc: Place | None) -> str | None:
    """Whether a report's headline names an incident's place as the scene while the report itself is placed
    elsewhere: "town" where it names the incident's town (the report lies more than a town's reach off: an
    arrest's, a court's, a hospital's town; in another state, or in the same one within ``_HEADLINE_SCENE_KM``),
    "state" where it names the incident's state from a report placed
    in another state; None otherwise (the report agrees with the incident, or its headline names neither)."""
    if not told or own is None or loc is None or own.country_code != loc.country_code:
        return None
    if _place_rank(loc) <= 1 and fold(loc.name) in told and not _places_agree(own, loc) and (
            own.admin1 != loc.admin1 or (km := distance_km(own, loc)) is not None and km <= _HEADLINE_SCENE_KM):
        # in the report's own state, no further off than a court or a hospital: a town further off bearing the
        # name is more likely a neighbourhood of the report's own city (Pittsburgh's Allentown)
        return "town"
    if loc.admin1 and own.admin1 and own.admin1 != loc.admin1 and fold(loc.admin1) in told:
        return "state"
    return None


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


def window(m: Mention, days: int) -> tuple[_dt.date | None, _dt.date | None]:
    """The dates a mention's candidates may have: the linking window, reaching further both ways for
    a mention that names people (it may follow up an older incident, or be the first report of an
    incident whose follow-up was stored before it; ``score`` decides): two years for two people in full,
    or one under a follow-up headline or with a telling street (a trial)."""
    if m.date.start is None:
        return None, None
    persons = sum(1 for k in m.keywords if k.startswith("p:") and " " in k)
    trial = persons >= TRIAL_PERSONS or persons and (
        reads_as_follow_up(m.title) or any(k.startswith("s:") and _specific_street(k) for k in m.keywords))
    reach = max(days, TRIAL_DAYS if trial else FOLLOW_UP_DAYS if persons else 0)
    return m.date.start - _dt.timedelta(days=reach), (m.date.end or m.date.start) + _dt.timedelta(days=reach)
