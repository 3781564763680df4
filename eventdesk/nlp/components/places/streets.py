"""Names that are streets, crossings or buildings, not towns: "Vermont and Manchester avenues", "the 4400
block of", "near Yosemite Avenue and Cleveland", "St. Mary's Hospital".  The tagger takes them for places;
the resolver must not.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc


# "Spain Street", "Magnolia Ave.": a place name before a street word names the street.
_STREET_WORD = re.compile(r"^(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Place|Pl|Court|Ct"
                          r"|Highway|Hwy|Parkway|Pkwy|Terrace|Circle|Trail|Pike|Expressway|Freeway|Turnpike|Alley)\.?$")


# "Bailey's Grove", "Miller's Landing": a possessive before a generic feature word is one place's name, not
# the town its first word names ("Chicago's Park Manor" goes on with a name: Chicago is Chicago).
_FEATURE_WORD = re.compile(r"^(?:Grove|Landing|Creek|Point|Island|Ferry|Corners?|Crossing|Mills?|Hill|Bluff|Lake|Harbor"
                           r"|Neck|Run|Gap|Cove|Chapel|Store|Springs?|Station|Fork|Valley|Ridge|Pond|Woods)$")


def _street_name(doc: Doc, end: int) -> bool:
    """Whether the words ending before token ``end`` are the first part of a street's name."""
    return end < len(doc) and bool(_STREET_WORD.match(doc[end].text))


_STREETS = re.compile(r"^(?:streets|avenues|roads|drives|boulevards|lanes)$", re.IGNORECASE)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)


_TRAVEL = {"northbound", "southbound", "eastbound", "westbound", "traveling", "travelling", "driving", "headed", "heading"}


_CROSS_NAME_TOKENS = 2  # a cross street said bare is a short name: "Craig", "Lamb", "Jones Blvd"
_CORNER_NAME_TOKENS = 3  # ... and at a corner said alone, a town's name at most: "Fond du Lac"


def _pair_start(doc: Doc, start: int, end: int, longest: int = _CROSS_NAME_TOKENS) -> int | None:
    """The first token of the pair "A and B" the name at tokens [start, end) is one of, or None where it is none
    (or a name of more than ``longest`` tokens, too long for a street said bare)."""
    if end - start > longest:
        return None
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and doc[end + 1].is_title:
        return start  # "Craig" of "near Craig and Lamb"
    if start >= 2 and doc[start - 1].lower_ in ("and", "&") and doc[start - 2].is_title:
        first = start - 2  # "Lamb": back over the first street's name
        while first > 0 and start - first <= longest and doc[first - 1].is_title:
            first -= 1
        return first
    return None


def _bare_corner(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is one of a pair told bare after "near" or "at": "near Beale and Fond du Lac", "at Madison
    and Pulaski" name a city's corner, the way its own paper writes it, not two towns (a report tells those "in",
    "between", or each with its own words)."""
    first = _pair_start(doc, start, end, _CORNER_NAME_TOKENS)
    return first is not None and first >= 1 and doc[first - 1].lower_ in ("near", "at")


def _cross_streets_after_address(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is one of a pair after a street: "the 4200 block of Studio Street, near Craig and Lamb" names
    the crossing nearest the address, not Craig, Colorado.  Only the pair counts: "on Route 9 near Glens Falls"
    names a town."""
    first = _pair_start(doc, start, end)
    if first is None:
        return False
    k = first - 1
    if k < 0 or doc[k].lower_ != "near":
        return False
    k -= 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    return k >= 0 and _STREET_WORD.match(doc[k].text) is not None


def _crossing(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at tokens [start, end) is a street of a crossing: "Yosemite Avenue and Cleveland",
    "near Missouri and 16th avenues", "the intersection of Cleveland and Yosemite", "near Beale and Fond du Lac";
    or the road a vehicle
    was on ("traveling southbound on Cleveland")."""
    if start >= 2 and doc[start - 1].lower_ == "on" and doc[start - 2].lower_ in _TRAVEL:
        return True
    if start >= 2 and doc[start - 1].lower_ in ("and", "&") and (
            _STREET_WORD.match(doc[start - 2].text) or _ORDINAL.match(doc[start - 2].text)):
        return True
    j = start
    if j >= 2 and doc[j - 1].lower_ in ("and", "&"):
        j -= 2  # "the intersection of Cleveland and Yosemite": the second street too
        while j > 0 and doc[j].is_title and doc[j - 1].is_title:
            j -= 1
    if j >= 2 and doc[j - 1].lower_ == "of" and doc[j - 2].lower_ in ("intersection", "corner"):
        return True
    if _cross_streets_after_address(doc, start, end) or _bare_corner(doc, start, end):
        return True
    if end < len(doc) and doc[end].lower_ in ("and", "&"):
        return any(_STREET_WORD.match(t.text) or _STREETS.match(t.text) for t in doc[end + 1:end + 4])
    # "Vermont and Manchester avenues": the last street of the crossing, before the plural street word
    if end < len(doc) and _STREETS.match(doc[end].text):
        return True
    # "in the 4400 block of Lexington": a street named without its street word
    return start >= 3 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ == "block" and doc[start - 3].like_num


# "a Brighton High student", "Southwest High School", "St. Mary's Hospital": a place name before one of
# these words names a school, hospital or court, which may lie anywhere (and often elsewhere than the scene).
_BUILDING_WORD = re.compile(r"^(?:High|School|Elementary|Middle|Academy|University|College|Hospital|Medical|Memorial"
                            r"|Regional|Courthouse|Jail|Church|Mall|Apartments|Cemetery)$")


def _building_name(doc: Doc, end: int, start: int | None = None) -> bool:
    """Whether the words ending before token ``end`` begin the name of a school, hospital or other building; given
    the name's ``start``, also an apartment complex's name after "the", its word in small letters ("shot at the
    Gibbs Village apartments": no village of Gibbs)."""
    if end < len(doc) and doc[end].text in ("'s", "’s"):
        end += 1
    if end < len(doc) and start is not None and start > 0 and doc[start - 1].lower_ == "the" \
            and doc[end].text == "apartments":
        return True
    return end < len(doc) and bool(_BUILDING_WORD.match(doc[end].text))
