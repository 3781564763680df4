"""What a headline says of the place: its names after "in" or "near", a town as a modifier ("Gwinnett
shooting"), a capitalised phrase whose first words are a sizeable city ("Philly Chinese Restaurant"), and
a county said without "County".  Headlines capitalise every word and drop words, so they are read apart.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ....geo import Toponym
from ....geo.build import county_key
from ....geo.names import fold
from ....geo.resolve import dominant_county
from ....models import Place
from .local_names import _CITY_SIDE
from .outlets import _place_words
from .words import _BANNER_WEIGHT, _COUNTY, _PASSING_WEIGHT, _SIDES, past_said

_TITLE_HEAD_POP = 100_000  # a headline's clipped name must be a city everyone knows by it
_PART_OF_WORD = re.compile(rf"^(?:{_SIDES})$", re.IGNORECASE)
_TITLE_PLACE_CAPS = re.compile(r"\b(?i:in|near|at|outside)\s+((?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*){1,3})")


def _title_head_name(head: str, city: Place) -> str:
    """The name a headline's head stands for: a common name ("Philly", "LA") its city with the state; the town's own
    name bare ("Shooting in Lancaster Wednesday night"), so that the report's other names say which of its
    namesakes it is, not the largest's state (Lancaster, California, on a Pennsylvania station's page)."""
    if fold(head) == fold(city.name) or not city.admin1:
        return city.name
    return f"{city.name}, {city.admin1}"


_TITLE_MODIFIER = re.compile(
    r"(?:^|(?<=[\s,;:]))(?P<name>[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][a-z][\w'’.-]*)?(?:\s+(?:County|Co\.|Parish))?)\s+"
    # "Wilmington double shooting", "Chapel Hill drive-by": the incident's own noun, a kind word before it
    r"(?:(?i:double|triple|quadruple|fatal|deadly|mass|overnight)\s+)?"
    r"(?i:drive-by|stabbings?|killings?|slayings?|murders?|man|men|woman|women|teen|teens|teenager|boy|girl|toddler|child|kids?|youth|infant|baby|couple|family|resident|residents"
    r"|home|apartment|bar|nightclub|club|homicide|homicides|shooting|shootings|police|deputies|officer|officers|cops?|mall)\b"
)
# "in southwest Macon": a lower-case direction before the name names a part of that city
_TITLE_PLACE = re.compile(r"\b(?:in|near|at|outside|of)\s+((?:(?:north|south|east|west|northeast|northwest|southeast|southwest)"
                          r"(?:ern)?\s+)?(?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*){0,2}(?:,\s+[A-Z][\w.]+)?)")


# the nouns of _TITLE_MODIFIER that say a person, whose town is his home
_TITLE_PERSON = re.compile(r"(?i)\s(?:man|men|woman|women|teen|teens|teenager|boy|girl|toddler|child|kids?|youth|infant|baby"
                           r"|couple|family|resident|residents)$")
_TITLE_HOME_WEIGHT = _PASSING_WEIGHT  # as the body's "Jon Doe, 23, of Minneapolis"
# A county this many times larger (by its largest town) than every town of its name is the one a headline means.
_BARE_COUNTY_RATIO = 10
_SPLIT_POSSESSIVE = re.compile(r"\s+(['’]s)\b")
_TITLE_LANDMARK = re.compile(r"\b(?i:north|south|east|west)(?i:east|west)?\s+of\s+$")


def _title_names(title: str | None, body: str = "") -> list[Toponym]:
    """'Man shot, killed in Feltonville': headlines name the town the body may only call 'the city'.
    Weighted below the body's incident sentences, so they only decide when the body is silent.  A person's town
    ("Wister teen charged ...") weighs less where the headline puts the incident in another town or the ``body``
    says it is where someone is from ("Brittney Doe, 17, of Wister")."""
    if not title:
        return []
    # "Boy shot while hunting west of Phoenix": a landmark, weighing like one of the body
    found = [Toponym(m.group(1).strip(" .,"), 0, 0, _BANNER_WEIGHT if _TITLE_LANDMARK.search(title[:m.start(1)]) else 1.2)
             for m in _TITLE_PLACE.finditer(title)]
    # "Lafayette teen ...", "Pittsburgh man to stand trial for Allentown homicide", "Marshall Co. boy":
    # only a place's own name counts, as for the body's "a Lafayette teen".  A person's town ("Wister teen charged
    # in Heavener shooting") is where he lives: beside a town the headline puts the incident in, it weighs less.
    scenes = {fold(t.text) for t in found if t.weight > _BANNER_WEIGHT}
    for m in _TITLE_MODIFIER.finditer(title):
        name = _place_words(m["name"].split())
        if name:
            home = _TITLE_PERSON.search(m.group(0)) is not None and (bool(scenes - {fold(name)}) or _from_town(body, name))
            found.append(Toponym(name, 0, 0, _TITLE_HOME_WEIGHT if home else 1.2, exact=True))
    # "5 shot on Detroit's west side": only a city has sides, as in the body (a headline's possessive may come
    # split off its name: "Detroit 's")
    for m in _CITY_SIDE.finditer(_SPLIT_POSSESSIVE.sub(r"\1", title)):
        name = _place_words(m["name"].split())
        if name:
            found.append(Toponym(name, 0, 0, 1.2, exact=True))
    return found


def _from_town(text: str, name: str) -> bool:
    """Whether a text says someone is from the town: "Brittney Doe, 17, of Wister", "a teen from Wister"."""
    return bool(text) and re.search(rf"(?:,\s*(?:\d{{1,3}},\s*)?of|\bfrom)\s+{re.escape(name)}\b", text) is not None


def _said_as_town(text: str, name: str) -> bool:
    """Whether a text says a name as a town's: after "in", "at", "near" or "outside" and without a county word."""
    return bool(text) and re.search(rf"\b(?:in|at|near|outside)\s+{re.escape(name)}\b(?!\s+(?:County|Parish|Co\b))", text) is not None


class HeadlineMixin:
    """PlaceResolver's readings of the title that need the gazetteer."""

    def _title_heads(self, title: str | None) -> list[Toponym]:
        """ "Shooting Outside Philly Chinese Restaurant", "Six Wounded in South LA Following Fight": a headline
        capitalises every word, so the place is only the first words of the phrase after "in" or "outside".
        The longest head that names a sizeable city by its own or a common name ("Philly", "LA") counts,
        where the whole phrase names no place."""
        out = []
        for m in _TITLE_PLACE_CAPS.finditer(title or ""):
            words = m.group(1).strip(" .,").split()
            if len(words) < 2 or "," in m.group(1) or self.gazetteer.matches(" ".join(words), limit=1):
                continue
            if _PART_OF_WORD.match(words[0]):
                words = words[1:]  # "South LA": a part of the city
            for k in range(len(words) - 1, 0, -1):
                head = " ".join(words[:k])
                found = [p for q, p in self.gazetteer.matches(head, limit=3)
                         if q <= 1 and p.precision == "city" and self.gazetteer.population(p) >= _TITLE_HEAD_POP]
                if found:
                    out.append(Toponym(_title_head_name(head, found[0]), 0, 0, 1.2))
                    break
        return out

    def _side_of_city(self, topo: Toponym) -> Toponym:
        """ "South LA", "North Philly" in the body: a side, then a sizeable city's common name (not its own), where
        the whole is no place's name of its own (the gazetteer would read "South LA" loosely as South Lee, Massachusetts).
        It stands for the city with its state, as the headline's head does (:meth:`_title_heads`)."""
        words = " ".join(topo.text.split()).strip(" .,").split()
        if len(words) != 2 or not _PART_OF_WORD.match(words[0]) or not topo.end:
            return topo
        if any(q <= 1 for q, _ in self.gazetteer.matches(" ".join(words), limit=3)):
            return topo  # "North Charleston", "East Orange": towns of their own
        # only a common name: "South Philadelphia" is read as Philadelphia and moved toward its side already
        found = [p for q, p in self.gazetteer.matches(words[1], limit=3)
                 if q == 1 and fold(p.name) != fold(words[1]) and p.precision == "city"
                 and self.gazetteer.population(p) >= _TITLE_HEAD_POP]
        return replace(topo, text=_title_head_name(words[1], found[0])) if found else topo

    def _counties_said_bare(self, toponyms: list[Toponym], surnames: set[str], text: str = "") -> list[Toponym]:
        """A headline's name that is a county's without its "County" ("Arrest made in Gwinnett shooting",
        "Teen killed in accidental DeKalb shooting"): local headlines drop the word.  The county, where no
        town bears the name or the county dwarfs every town that does (DeKalb County, Georgia, holding part
        of Atlanta, before DeKalb, Illinois); not a name the report gives someone, nor a state's or a country's
        ("Texas toddler" is no Texas County), nor one the ``text`` says as a town ("... apartment complex in
        Franklin": Franklin, Tennessee, not the largest Franklin County's state) or whose county it names
        (:meth:`_county_of_town_named`)."""
        out = []
        for topo in toponyms:
            name = topo.text
            said_otherwise = ("," in name or name in surnames or self.gazetteer.admin1(name) or self.gazetteer.country(name)
                              or _said_as_town(text, name) or self._county_of_town_named(text, name))
            counties = [] if said_otherwise else self.gazetteer.counties(f"{name} County")
            # one county of the name, or one dwarfing its namesakes ("Lake man shot" says no Lake County)
            counties = counties if len(counties) == 1 else dominant_county(counties, self.gazetteer)
            county_top = max((self.gazetteer.county_top(c) for c in counties if c.precision == "region"), default=0)
            if county_top and self._largest_town(name) * _BARE_COUNTY_RATIO <= county_top:
                topo = replace(topo, text=f"{name} County", exact=False)
            out.append(topo)
        return out

    def _county_of_town_named(self, text: str, name: str) -> bool:
        """Whether the ``text`` names a county of another name holding a town of ``name`` ("Marion girl, 12, shot"
        over "Williamson County deputies said"): the headline's name is then that county's town (Marion, Illinois),
        as the body's "in Marion" would say, not a bare county's name decided before the body's county is weighed
        (the largest Marion County, Indiana's)."""
        for m in _COUNTY.finditer(text):
            if fold(m.group(0)).startswith(fold(name)) or past_said(text, m.start(), m.end()):
                continue  # "Marion County deputies" is the county the bare name would be; "moved from Williamson
                # County", a person's past, is no county of the scene
            for county in (c for c in self.gazetteer.counties(m.group(0)) if c.admin1):
                towns = self.gazetteer.lookup(name, "US", admin1=county.admin1, kinds=("city",))
                if any(county_key(county.name) in self.gazetteer.town_counties(t) for t in towns):
                    return True
        return False
