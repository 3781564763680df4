"""The reporting outlet and what it says of the region: a station's call letters, its web site
("wsoctv.com"), a newspaper's name, a town with its postal code near the top, and the states a title's
outlet tail names.  An outlet reports on its own region, so these weigh little but keep namesakes apart.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ....geo import Toponym
from ....geo.outlets import BRAND_SITES, CALL_LETTERS, MASTHEADS, US_POSTAL, US_STATE_NAMES
from ....geo.tables import AP_STATES
from ...doctext import doc_text
from .words import _AMBIGUOUS_STATES, _BANNER_WEIGHT, _HEAD_CHARS, _POSTAL

# Capitalised words that open such a phrase without being a place.
_NOT_NAMES = {"the", "then", "when", "and", "but", "a", "an", "in", "at", "on", "of", "by", "for", "from", "with",
              "state", "metro", "transit", "university", "capitol", "campus", "park", "tribal", "military", "national",
              "border", "airport", "housing", "school", "city", "local", "federal", "county", "police", "area", "off-duty"}


# "WTVM.com - Columbus, GA News", "KSLA News 12 Shreveport, Louisiana": the outlet's home in a page title.
_TITLE_POSTAL = re.compile(r"(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s*,\s*(?P<state>"
                           + "|".join(sorted(US_POSTAL)) + r")\b(?![a-z])")
# "(WRIC)", "KDKA-TV", and glued to the channel's number, "WDBJ7"
_CALL = re.compile(r"(?<![\w.-])(?P<call>[KW][A-Z]{2,3})(?:-(?:TV|DT|FM|AM)|\d{1,2})?(?![\w-])")
_OUTLET_TAIL = 300
# "police told The Plain Dealer", "(Star Tribune)": a masthead that names no town, with its capitals as printed.  A
# masthead of one word is a people's word too ("an Oregonian hiker"): it counts only after "the".
_MASTHEAD = re.compile(r"(?<![\w-])(?P<paper>" + "|".join(
    re.escape(n) if re.search(r"[\s-]", n) else rf"(?<=[Tt]he ){re.escape(n)}"
    for n in sorted(MASTHEADS, key=len, reverse=True)) + r")(?![\w-])")
# "... – KLRA Channel 7, Little Rock, Arkansas", "... – The Daily Courier, Everett, Wash.": the outlet's home with
# its state spelt out or abbreviated AP style.  Read only in the title's outlet part (see _title_outlet_tail), where
# it cannot be the headline's own "Man shot in Marshall, Texas".
_TAIL_TOWN_STATE = re.compile(
    r"(?P<city>(?:St\.\s|Ft\.\s)?[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s*,\s*(?P<state>"
    + "|".join(re.escape(n) for n in sorted(US_STATE_NAMES | set(AP_STATES), key=len, reverse=True))
    + r")(?![\w])")
# "... - WSB-TV 2 Atlanta", "... | KXAN News 36 Austin": call letters and a channel, then the home town, ending
# the title; the town may not be a media word ("WABC 7 Eyewitness News")
_TAIL_CALL_TOWN = re.compile(r"\b[KW][A-Z]{2,3}(?:-(?:TV|DT))?(?:\s+(?:News|TV|Channel))*\s+\d{1,2}"
                             r"\s+(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2})\s*$")
# "KMOV.com", "wsoctv.com", "www.kare11.com", "tips@wric.com", "live5news.com": a station's site; its name is
# its call letters, lower case or not, with "tv" or the channel's number glued on, or a brand.
_SITE = re.compile(r"(?<![\w.-])(?:www\.)?(?P<site>[A-Za-z0-9]{3,20})\s?\.\s?(?i:com)\b")
_SITE_CALL = re.compile(r"(?P<call>[kw][a-z]{2,3})(?:tv|news)?\d{0,2}")


def _outlet_names(doc: Doc) -> list[Toponym]:
    """The outlet's home town, from a "City, ST" in the page title or a station's call letters or a paper's
    masthead that names no town in the title, the first lines or the credits ("- WSMV Channel 4", "(WRIC)",
    "KENS 5", "told The Oregonian").  The outlet's home is not the
    scene; weighing little, it only says which state a town of a common name lies in, or stands in when
    the report names no other place."""
    title = doc._.title or ""
    found: list[str] = [f"{m['city']}, {m['state']}" for m in _TITLE_POSTAL.finditer(title)]
    found += _tail_homes(_title_outlet_tail(title))
    text = doc_text(doc)
    for chunk in (title, text[:_HEAD_CHARS], text[-_OUTLET_TAIL:] if len(text) > _HEAD_CHARS else ""):
        for m in _CALL.finditer(chunk):
            market = CALL_LETTERS.get(m["call"])
            if market:
                found.append(f"{market[0]}, {market[1]}")
        found += [", ".join(MASTHEADS[m["paper"]]) for m in _MASTHEAD.finditer(chunk)]
    return [Toponym(name, 0, 0, _BANNER_WEIGHT) for name in dict.fromkeys(found)]


def _tail_homes(tail: str | None) -> list[str]:
    """The outlet's home town as its part of the title says it ("Everett, Wash.", "Little Rock, Arkansas", "WSB-TV 2
    Atlanta"), as "Town, State" or a bare town: a weak default, below any town the text names (its weight is a
    banner's), that stands in when the text names none."""
    if not tail:
        return []
    found = [f"{m['city']}, {AP_STATES.get(m['state'], m['state'])}" for m in _TAIL_TOWN_STATE.finditer(tail)]
    m = _TAIL_CALL_TOWN.search(tail)
    if m and not found and not _MEDIA_WORD.search(m["city"]):
        found.append(m["city"])
    return found


def _title_outlet_tail(title: str | None) -> str | None:
    """The title's last part after a bar or a spaced dash where it names an outlet (a media word or call letters)."""
    m = _TITLE_TAIL.search(title or "")
    return m["tail"] if m and (_MEDIA_WORD.search(m["tail"]) or _CALL.search(m["tail"])) else None


def _site_names(doc: Doc) -> list[Toponym]:
    """The home town of the station whose web site the title, the first lines or the credits name ("| abc7ny.com",
    "Stay with wsoctv.com for updates").  Unlike call letters in a headline, a site's name is mostly the page's
    furniture, so it only says the outlet's state (:meth:`PlaceResolver.__call__`), and where its town is, for a
    namesake far from it: a city's neighbourhood the report names stays that neighbourhood."""
    title, text = doc._.title or "", doc_text(doc)
    found = []
    for chunk in (title, text[:_HEAD_CHARS], text[-_OUTLET_TAIL:] if len(text) > _HEAD_CHARS else ""):
        for m in _SITE.finditer(chunk):
            market = _site_market(m["site"].lower())
            if market:
                found.append(f"{market[0]}, {market[1]}")
    return [Toponym(name, 0, 0, _BANNER_WEIGHT) for name in dict.fromkeys(found)]


def _site_market(site: str) -> tuple[str, str] | None:
    """The home of the station whose site this is: "wsoctv" -> Charlotte, "click2houston" -> Houston."""
    if site in BRAND_SITES:
        return BRAND_SITES[site]
    m = _SITE_CALL.fullmatch(site)
    return CALL_LETTERS.get(m["call"].upper()) if m else None

# A page title's last part after a bar or a spaced dash is the outlet's name: "... | News 12 Connecticut".
# New York's papers ("New York Post", "New York Daily News") report the whole country: their name says no state.
_NATIONAL_OUTLET_STATES = frozenset(("new york",))
_MEDIA_WORD = re.compile(r"\b(?:News|Online|Times|Tribune|Herald|Journal|Gazette|Post|Press|Radio|TV|Channel|Daily|Courier"
                         r"|Chronicle|Observer|Register|Sentinel|Star|Examiner|Record|Dispatch|Media)\b")
_TITLE_TAIL = re.compile(r"(?:\s[|]\s|\s[-–—]\s)(?P<tail>[^|–—]{3,60})$")
_STATE_WORD = re.compile(r"\b(?P<state>" + "|".join(sorted((re.escape(n) for n in US_STATE_NAMES), key=len, reverse=True)) + r")\b")


def _title_outlet_states(title: str | None) -> list[str]:
    """The state an outlet's name in the page title bears ("Man found shot | News 12 Connecticut", "... - Arkansas
    Online"): a state-wide outlet covers its state, so the state says which of the towns of a common name is
    meant (Norwalk, Connecticut, not California's larger one).  Only the title's last part, the outlet's; Georgia
    and Washington also name a country, a city and newspapers elsewhere, and say nothing alone."""
    m = _TITLE_TAIL.search(title or "")
    if not m or not _MEDIA_WORD.search(m["tail"]):
        return []  # a section's or a topic's name ("... - Ohio"), not an outlet's
    return [s["state"] for s in _STATE_WORD.finditer(m["tail"])
            if s["state"].lower() not in _AMBIGUOUS_STATES and s["state"].lower() not in _NATIONAL_OUTLET_STATES]


# Words that are no name alone but begin or end one: "Park Manor", "Kansas City", "Oak Park".
_NAME_PARTS = {"city", "park"}


def _place_words(words: list[str]) -> str | None:
    """The place name in the words before "police" or "teen": "Then Dallas" -> Dallas, "the State" -> None,
    "the Park Manor" -> Park Manor, "Kansas City" -> Kansas City."""
    # a name does not run across a sentence's end: "... Project Child Safe. The Roanoke Rapids Police"
    ends = [i for i, w in enumerate(words[:-1]) if re.search(r"[a-z]{3}\.$", w)]
    if ends:
        words = words[ends[-1] + 1:]
    while words and words[0].lower() in _NOT_NAMES and not (words[0].lower() in _NAME_PARTS and len(words) > 1):
        words = words[1:]
    if not words or words[-1].lower() in _NOT_NAMES - {"county"} and not (words[-1].lower() in _NAME_PARTS and len(words) > 1):
        return None
    return " ".join(words)


def _head_postal_names(doc: Doc) -> list[Toponym]:
    """ "Cincinnati, OH" near the top, in a dateline of the page's own style ("... Parking Lot(Cincinnati, OH)--A
    man was ...") or a banner: the town of the story or of its outlet.  Weighing little, it says which city a
    neighbourhood the report names belongs to, or which state a town of a common name lies in."""
    found = [m.group(0) for m in _POSTAL.finditer(doc_text(doc)[:_HEAD_CHARS])]
    return [Toponym(name, 0, 0, _BANNER_WEIGHT) for name in dict.fromkeys(found)]


# "The Lufkin News", "the Tyler Morning Telegraph": a local paper's name says its town.
_PAPER = re.compile(r"\b(?!The\b)(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?:Daily\s+|Morning\s+|Evening\s+)?"
                    r"(?:News|Times|Herald|Gazette|Tribune|Journal|Courier|Observer|Chronicle|Register|Sentinel|Telegraph"
                    r"|Dispatch|Enquirer|Examiner|Star-Telegram|Free\s+Press|Post-Dispatch|Daily)\b(?!\s+(?:Service|Network|Agency))")


# "her brother told the New York Times", "speaking to the Washington Post": a national paper, the one told or quoted,
# whose home says nothing of the report's.  A local paper told ("police told the Springfield News-Leader") is the
# one a rewrite draws on, whose home is the report's.
_TOLD_PAPER = re.compile(r"(?i)\b(?:told|to|with)\s+the\s+$")
_NATIONAL_PAPER_HOMES = frozenset(("New York", "Washington", "Los Angeles"))


def _paper_names(doc: Doc) -> list[Toponym]:
    """The town of a local paper named in the title, the first lines or the credits ("premium content from The
    Lufkin News").  Like a station's home it weighs little: it stands in when the report names no other place.
    A national paper named as the one told or quoted ("told the New York Times") is another outlet, and says nothing."""
    title, text = doc._.title or "", doc_text(doc)
    found = []
    for chunk in (title, text[:_HEAD_CHARS], text[-_OUTLET_TAIL:] if len(text) > _HEAD_CHARS else ""):
        found.extend(m["city"] for m in _PAPER.finditer(chunk) if m["city"].split()[0].lower() not in _NOT_NAMES
                     and not (m["city"] in _NATIONAL_PAPER_HOMES and _TOLD_PAPER.search(chunk[max(0, m.start() - 20):m.start()])))
    return [Toponym(name, 0, 0, _BANNER_WEIGHT, exact=True) for name in dict.fromkeys(found)]
