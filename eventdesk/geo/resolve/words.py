"""The words of a toponym that say what it is not or what it holds: streets, buildings, parts of a city, acronyms,
state abbreviations, saints, townships, waterways, counties, and the words that name no place (``NOT_PLACES``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...models import Place
from ..build import PRIMARY
from ..gazetteer import Gazetteer
from ..names import fold
from .toponyms import Toponym


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


_STREET = re.compile(
    r"\b(?:street|st|avenue|ave|av|road|rd|drive|dr|boulevard|blvd|lane|ln|way|place|pl|court|ct|highway|hwy"
    r"|parkway|pkwy|terrace|circle|trail|pike|route|expressway|freeway|turnpike|alley|row)\.?$", re.IGNORECASE)
_BUILDING = re.compile(
    r"\b(?:school|high|academy|hospital|center|centre|mall|church|jail|prison|university|college|station|hotel"
    r"|motel|inn|club|bar|lounge|restaurant|department|office|apartments|complex|stadium|arena|airport"
    r"|courthouse|library|store|cemetery|tavern|cafe|market|gate)s?\.?$", re.IGNORECASE)
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
