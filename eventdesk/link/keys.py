"""The keys two reports are compared by (persons, ages, streets, venues, families, neighbourhoods) and how
two reports' keys overlap (``names_overlap``), with the keys the store blocks candidates by (``blocking_names``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from rapidfuzz import fuzz

from ..models import Mention
from .titles import _tells_follow_up


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


def _street_form(key: str) -> str:
    """A street key's name and kind in one comparable form: ordinals in figures, no spaces or hyphens
    ("s:ocean front circle" and "s:oceanfront circle" agree)."""
    words = [_ORDINALS.get(w, w) for w in key[2:].split(" ")]
    return _NOT_ALNUM.sub("", " ".join(words))


_DIGITS = re.compile(r"\d+")


def _same_street(a: str, b: str) -> bool:
    """Two street keys naming one street: the same kind (drive, avenue) and a name a slip apart, or "King Drive"
    and "Martin Luther King Drive"."""
    kind = a.rsplit(" ", 1)[-1]
    if kind != b.rsplit(" ", 1)[-1]:
        return False
    fa, fb = _street_form(a), _street_form(b)
    if {fa, fb} == {"king" + kind, "martinlutherking" + kind} and kind in _KING_KINDS:
        return True
    # a slip of spelling, never of number ("35th Street" and "36th Street" are two streets)
    return fa == fb or (min(len(fa), len(fb)) >= 10 and _DIGITS.findall(fa) == _DIGITS.findall(fb)
                        and fuzz.ratio(fa, fb) >= _STREET_SPELLING)


# Numbered streets of one kind this many numbers apart or fewer may bound one block (a park between East 56th and
# East 57th Street): one report may name the one and the other the other.
_GRID_BLOCK = 2


def _street_number(key: str) -> int | None:
    """The number of a numbered street ("s:35th street": 35, "s:sixth street": 6), or None."""
    name = key[2:].rsplit(" ", 1)[0]
    found = _DIGITS.match(_ORDINALS.get(name, name))
    return int(found.group()) if found else None


def _specific_street(key: str) -> bool:
    """A street whose name tells a place: not numbered, not one of the names most towns have."""
    return _street_number(key) is None and key[2:].rsplit(" ", 1)[0] not in _GENERIC_STREETS


def _grid_apart(mine: set[str], theirs: set[str]) -> bool:
    """Both name numbered streets of one kind more than a block or two apart ("East 38th Street", "East 26th
    Street"; "North 43rd Avenue", "North 27th Avenue"): parallel streets of one city's grid never meet, so they tell
    two places as two telling streets do (a numbered street beside a named one, or "38th Street" beside "35th
    Avenue", may be its corner; East 56th and East 57th Street may bound one park)."""
    numbers: dict[str, list[int]] = {}
    for k in mine:
        if (n := _street_number(k)) is not None:
            numbers.setdefault(k.rsplit(" ", 1)[-1], []).append(n)
    pairs = [(n, x) for k in theirs if (n := _street_number(k)) is not None
             for x in numbers.get(k.rsplit(" ", 1)[-1], ())]
    return bool(pairs) and all(abs(n - x) > _GRID_BLOCK for n, x in pairs)


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


@dataclass(frozen=True)
class NameMatch:
    persons: tuple[str, ...]  # full names both sides give
    partial: tuple[str, ...]  # lone names, streets and untyped keys both give
    conflict: bool  # both name people (in full) and none of them is shared
    street: bool = False  # a street both give whose name tells a place (not "Main Street", not "15th Street")
    streets_differ: bool = False  # both name telling streets (or numbered ones of one kind), share none nor a name
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
    # street, or a namesake across the county; two telling streets are two places, and so are two numbered streets
    # of one kind
    streets_differ = conflict and (any(map(_specific_street, streets_a)) and any(map(_specific_street, streets_b))
                                   or _grid_apart(streets_a, streets_b))
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


def blocking_names(m: Mention) -> list[str]:
    """The names a mention's candidates are also looked up by, wherever the gazetteer put them: people
    named in full and streets whose name tells a place (``score`` lets either past the distance limit)."""
    return [k for k in m.keywords if (k.startswith("p:") and " " in k) or (k.startswith("s:") and _specific_street(k))]
