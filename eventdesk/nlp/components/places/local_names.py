"""How local news names its town in passing (step 1): "Waco Police", "a Lafayette teen", "a rural
Williston address", the town after a street address, a city's side ("on Saginaw's southeast side"), and the
county in the name of its offices, buildings and prosecutors ("the Pike County Courthouse", "the Hampden
District Attorney").  The tagger does not take these for places, so they are read here from the text.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ....geo import Toponym
from ....geo.names import fold
from ....geo.neighbourhoods import NEIGHBOURHOODS
from .dateline import _DATELINE_WEIGHT
from .outlets import _place_words
from .words import _BANNER_WEIGHT, _COUNTY, past_said

# (words of one line: a headline's last word is no part of the name opening the body's first line)
_NAME = r"[A-Z][a-z][\w'’.-]*(?:[ \t]+(?:[A-Z][a-z][\w'’.-]*|of))*?"
# "Waco Police", "Kern County Sheriff's Office", "Dallas police", "Baton Rouge Fire Department", and a city's
# metropolitan force ("Las Vegas Metropolitan Police", "Louisville Metro Police").
_LOCAL_BODY = re.compile(
    rf"(?:\b|(?<=\.com))(?P<name>{_NAME}(?:\s+(?:County|Parish))?)(?:\s+Metro(?:politan)?)?\s+(?:[Pp]olice|Sheriff|sheriff|Fire\s+Department|Public\s+Safety"
    r"|Independent\s+School\s+District|School\s+District|Unified\s+School|City\s+Council)\b"
)
# "a Lafayette teen", "the Zanesville bar", "two Chicago men": the town as a modifier; at a sentence's start too
# ("A Marietta man was shot ... in Decatur"), and after an age ("a 24-year-old Gary man"), the way most reports
# introduce a victim or a suspect.
# "in his Alief apartment", "at their Durham home": the home a story is told in is its scene.
_PEOPLE_NOUNS = (r"man|men|woman|women|teen|teens|teenager|teenagers|boy|girl|toddler|child|kids?|youth|resident|residents"
                 r"|family|couple|mother|father")
_PLACE_NOUNS = (r"home|house|bar|nightclub|apartment|neighborhood|neighbourhood|street|park|business|store|restaurant"
                r"|motel|hotel|gas station|high school")
_LOCAL_MODIFIER = re.compile(
    rf"\b(?:[Aa]|[Aa]n|[Tt]he|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\d{{1,2}}-year-old\s+)?"
    rf"(?P<name>{_NAME})\s+(?:(?P<people>{_PEOPLE_NOUNS})|{_PLACE_NOUNS})\b"
)
# Capitalised words before "man" or "woman" that describe a person, not a town ("a Black man", "a Navy veteran"),
# though some hamlet somewhere bears them.
_PERSON_DESCRIPTIONS = frozenset(
    "Black White Hispanic Latino Latina Asian Native American Muslim Jewish Christian Catholic Amish Army Navy Marine "
    "Air Coast Guard Good Samaritan Local Young Old Unknown Unidentified Other Second Third".split())
# "a rural Williston address", "a rural Keene residence": a sheriff's way of placing a call in the countryside
# around a town.  Nobody's name comes between "rural" and "address", so a name the tagger took for a person's
# counts here too.
_RURAL_ADDRESS = re.compile(rf"\b(?:a|an|the)\s+rural\s+(?P<name>{_NAME})\s+(?:address|residence|home|property|farm|area)\b")
# "the 20000 block of Beaverdam Road in Beaverdam", "at 412 Oak St. in Milton": the town after a street
# address is the scene itself, named as precisely as a report names anything; it outweighs the county town of
# the dateline and the headline ("HANOVER, Va.", "... in Hanover").
_STREET_WORDS = (r"(?:Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Court|Ct|Way|Highway|Hwy|Pike"
                 r"|Place|Pl|Circle|Cir|Trail|Parkway|Pkwy|Terrace|Route)\.?")
_ADDRESS_TOWN = re.compile(rf"\b\d{{1,6}}(?:\s+block\s+of)?\s+(?:[NSEW]\.?\s+)?[A-Z0-9][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}\s+"
                           rf"{_STREET_WORDS},?\s+in\s+(?P<name>{_NAME})(?=[\s,.;:]|$)")
_ADDRESS_BONUS = 0.3


def _local_names(doc: Doc, base: int, text: str, weight_at, people_word_town=None, neighbourhood_city=None) -> list[Toponym]:
    """Town names in "Waco Police", "the Kern County Sheriff's Office", "a Lafayette teen"; one the tagger took for
    a people's ("Heavener police") where ``people_word_town`` says it is a town all the same; "the Ivanhoe
    neighborhood" as the big city ``neighbourhood_city`` gives for it."""
    out = []
    for pattern in (_LOCAL_BODY, _LOCAL_MODIFIER, _RURAL_ADDRESS):
        for m in pattern.finditer(text):
            name = _place_words(m["name"].split())
            if not name:
                continue
            start = base + m.end("name") - len(name)
            span = doc.char_span(start, start + len(name), alignment_mode="expand")
            # "the Smith family" is a person's; nobody's name comes before "Police" ("Zanesville Police", which
            # the tagger may take for a person), unless a sentence ends between them ("... Rudd. Police said")
            people = ("NORP",) if pattern is not _LOCAL_MODIFIER and not name.endswith(".") else ("PERSON", "NORP")
            if span is None or any(t.ent_type_ in people for t in span) and not (
                    people_word_town is not None and all(t.ent_type_ == "NORP" for t in span) and people_word_town(name)):
                continue
            if pattern is _LOCAL_MODIFIER and name.split()[0] in _PERSON_DESCRIPTIONS:
                continue
            if pattern is _LOCAL_BODY and re.search(r"[a-z]{3}\.$", name):
                continue  # "... at a gas station in Albuquerque.\nPolice did not say": a sentence ends between them
            weight = weight_at(start)
            if pattern is _LOCAL_MODIFIER and m["people"]:
                # "a Gary man", "a 20-year-old Waterford woman": where someone lives, often beside the scene's town
                # ("... was shot in Hammond") and sometimes a big city's neighbourhood that is a town elsewhere ("an
                # Allentown man" of Pittsburgh): it says the region, faintly, as a banner does, and is no scene
                weight = min(weight, _BANNER_WEIGHT)
            if pattern is _LOCAL_MODIFIER and _THE_NEIGHBOURHOOD.match(m.group(0)):
                if fold(name) not in NEIGHBOURHOODS or _OF_CITY.match(text, m.end()):
                    weight = min(weight, _BANNER_WEIGHT)  # "the Arlington neighborhood": a part of a city, as above
                elif neighbourhood_city is not None and (city := neighbourhood_city(name)) is not None:
                    # "the Ivanhoe neighborhood": the one big city the table knows it in, as above
                    out.append(Toponym(city, start, start + len(name), weight))
                    continue
            out.append(Toponym(name, start, start + len(name), weight, exact=True))
    return out


_THE_NEIGHBOURHOOD = re.compile(r"(?i)^the\s.*\sneighbou?rhoods?$")
_OF_CITY = re.compile(r"\s+of\s+[A-Z]")  # "... neighborhood of Northwest Baltimore"


# "on Saginaw's southeast side", "Milwaukee's North Side": only a city has sides; the tagger often takes the
# name for a people ("Saginaw" as NORP) and leaves it out.
_CITY_SIDE = re.compile(rf"\b(?P<name>{_NAME})['’]s\s+(?:far\s+)?(?i:(?:north|south)?(?:east|west)|north|south)(?:ern)?\s+(?i:side|end)\b")


def _address_towns(base: int, text: str) -> list[Toponym]:
    """The town after a street address ("the 20000 block of Beaverdam Road in Beaverdam"): the scene, weighing
    more than a dateline or an incident sentence's names."""
    out = []
    from .roles import home_address_before

    for m in _ADDRESS_TOWN.finditer(text):
        if home_address_before(text, m.start("name")):
            continue  # "..., of the 400 block of Hedgerow Street in Mansfield": someone's home, not the scene
        name = _place_words(m["name"].split())
        if name and re.search(r"[a-z]{3}\.$", name):
            name = name[:-1]  # the sentence's full stop, not an abbreviation's ("Port St.")
        if name and not _COUNTY.fullmatch(name):
            start = base + m.start("name")
            out.append(Toponym(name, start, start + len(name), _DATELINE_WEIGHT + _ADDRESS_BONUS, exact=True))
    return out


def _city_sides(base: int, text: str, weight_at) -> list[Toponym]:
    """The city whose side a sentence names: "an apartment complex on Saginaw's southeast side"."""
    out = []
    for m in _CITY_SIDE.finditer(text):
        name = _place_words(m["name"].split())
        if name:
            start = base + m.end("name") - len(name)
            out.append(Toponym(name, start, start + len(name), weight_at(start), exact=True))
    return out


def _county_cues(text: str, base: int, gazetteer=None) -> list[Toponym]:
    """Counties inside the names of their offices and buildings ("the Pike County Courthouse", "the Harris County
    Medical Examiner's Office"), which the tagger reads as organisations.  The county is no scene of its own:
    weighing little, it says which of the towns of a common name the report means (Milford in Pike County).  With
    the ``gazetteer``, a sheriff's office named for a city that is its own county ("the Norfolk Sheriff's Office":
    Norfolk, Virginia, an independent city) names no county of another state (Norfolk County, Massachusetts)."""
    out = []
    for m in _COUNTY.finditer(text):
        name = _place_words(m.group(0).split())
        if name and not past_said(text, m.start(), m.end()):  # "moved from Williamson County": a person's past
            start = base + m.end() - len(name)
            out.append(Toponym(name, start, base + m.end(), _BANNER_WEIGHT, exact=True))
    # "the Hampden District Attorney's office": prosecutors named for their district, the county without its word;
    # "the Broward Sheriff's Office": a sheriff's office is a county's, its word dropped (a city's name before it,
    # "the Jacksonville Sheriff's Office", names no county and is left to the gazetteer)
    for pattern in (_COUNTY_PROSECUTOR, _COUNTY_SHERIFF):
        for m in pattern.finditer(text):
            if pattern is _COUNTY_SHERIFF and gazetteer is not None \
                    and (city := _own_county_city(m["name"], gazetteer)):
                # ... and says the city's state: "the Jacksonville Sheriff's Office" is Florida's, whatever base
                # a person of the report once served at (Camp Lejeune, by North Carolina's Jacksonville)
                out.append(Toponym(f"{city.name}, {city.admin1}", base + m.start("name"), base + m.end("name"),
                                   _BANNER_WEIGHT, exact=True))
                continue
            if m["name"].split()[-1] not in _NOT_A_COUNTY:
                out.append(Toponym(m["name"] + " County", base + m.start("name"), base + m.end("name"), _BANNER_WEIGHT, exact=True))
    return out


# A city this large whose state has no county of its name keeps a sheriff of its own (Virginia's independent cities)
_OWN_SHERIFF_CITY_POP = 50_000


def _own_county_city(name: str, gazetteer):
    """The largest US town of the name ``name``, where it is one of some size in a state that has no county of that
    name: its sheriff's office is the city's own ("the Norfolk Sheriff's Office", "the Hampton Sheriff's Office",
    "the Jacksonville Sheriff's Office"); else None."""
    towns = [p for q, p in gazetteer.matches(name, "US", kinds=("city",), limit=3) if q == 0 and fold(p.name) == fold(name)]
    if not towns or gazetteer.population(towns[0]) < _OWN_SHERIFF_CITY_POP:
        return None
    return towns[0] if towns[0].admin1 not in {c.admin1 for c in gazetteer.counties(f"{name} County")} else None


# A district attorney named for his district: in Massachusetts the district is a county said without its word
# ("Essex District Attorney", "the Plymouth DA"); elsewhere the word is said, and _COUNTY reads it.
_COUNTY_PROSECUTOR = re.compile(r"\b(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:District\s+Attorney|DA)\b")
# (in running text the office goes lower case, or its men stand for it: "Broward sheriff's deputies said")
_COUNTY_SHERIFF = re.compile(r"\b(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:Sheriff['’]s\s+(?:Office|Department)"
                             r"|sheriff['’]s\s+(?:office|department|deputies|deputy|detectives|investigators))\b")
_NOT_A_COUNTY = {"County", "Parish", "Assistant", "Deputy", "Acting", "Former", "Interim", "The", "Chief", "State", "Senior"}
