"""A name's role in its sentence, read from the words around it: where the victims were taken ("flown to
St. Paul", "a Fargo hospital"), a landmark ("west of Phoenix"), a home town ("of Minneapolis"), a
network's station, a neighbourhood, a surname, a sponsor ("Turkey-backed"), a force's kind ("Metro police").  The role sets what the name
weighs, or that it is no place at all.
"""

from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc

from ....geo.names import fold
from ....geo.outlets import BARE_CITY_HOSPITALS, US_STATE_NAMES
from ....geo.tables import TEAM_NICKNAMES
from ...arrays import lower_indices
from ...doctext import doc_text
from .local_names import _STREET_WORDS
from .streets import _FEATURE_WORD
from .words import _COUNTY, _HYPHENS, past_said

_CARE = {"hospital", "hospitals", "jail"}
# "taken to John Muir Medical Center in Walnut Creek", "treated at the Children's Hospital in Aurora": a care
# word a few words before "in" names the place the victims went, not the scene; so does a court's ("arraigned
# in 34th District Court in Romulus"): where the accused go.
# A hospital system is often named "X Health" ("at UF Health in Jacksonville", "Atrium Health"): the same.
_CARE_WORDS = _CARE | {"medical", "clinic", "infirmary", "trauma", "health", "court", "courthouse"}
_CARE_SPAN = 6


_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "north-east", "north-west", "south-east", "south-west"}


def _reference_point(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` is the landmark a scene is placed by, not the scene: "west of
    Phoenix", "about 20 miles south of Houston", "just north of Keenesburg"."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _COMPASS


# "about 85 miles northeast of Memphis", "40 km south of Kirkuk": the distance the report gives from the landmark
_STATED_DISTANCE = re.compile(r"(?i)\b(\d{1,4}(?:\.\d+)?)[\s-]+(miles?|mi\.?|kilomet(?:er|re)s?|km)\s+"
                              r"(?:(?:to\s+the\s+)?(?:north|south)?(?:east|west)?(?:ern)?|north|south)\s+of\s+$")
_MILE_KM = 1.609


def _stated_km(doc: Doc, start: int) -> float | None:
    """The distance in km the report gives from the landmark at token ``start`` to the scene ("a city about 85
    miles northeast of Memphis"), None where it gives none."""
    at = doc[start].idx
    text = doc_text(doc)[max(0, at - 40):at]
    m = _STATED_DISTANCE.search(text)
    if m is None:
        return None
    value = float(m[1])
    return value * _MILE_KM if m[2].lower().startswith("mi") else value


# "in Maumee, not in Toledo as first reported", "in Kent rather than Akron", "initially reported as Dayton", "first
# said to be in Toledo": a correction names the place the incident was first put in, and denies it.  Read in the
# words just before the name (a preposition and "the" may come between).
_DENIED_BEFORE = re.compile(
    r"(?:\bnot|\bnever|\brather than|\binstead of|"
    r"\b(?:initially|first|originally|earlier|mistakenly|erroneously|wrongly|incorrectly|previously) (?:been )?"
    r"(?:reported|said|believed|thought|listed|given|described)(?: (?:as|to be|to have been|to have happened|as being|as having happened))?)"
    r"\s+(?:(?:in|at|near)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_DENIED_REACH = 60


def _denied_place(text: str, start_char: int) -> bool:
    """Whether the name at ``start_char`` is one the report denies as the scene: "not in Toledo", "not Akron",
    "rather than Belvidere", "initially reported as Dayton".  (Not "not far from Toledo", "not in serious
    condition": the denial must stand right before the name.)"""
    return _DENIED_BEFORE.search(text[max(0, start_char - _DENIED_REACH):start_char]) is not None


def _without_denied(toponyms: list, denied: set[str]) -> list:
    """The toponyms less those of a name the report denies as the scene (its title's and its outlet's of that name
    too), where a name of the text's own is left to place it; else all of them."""
    if not denied:
        return toponyms
    kept = [t for t in toponyms if fold(t.text.split(",")[0].strip()) not in denied]
    return kept if any(t.end for t in kept) else toponyms


def _after_care(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` follows "in" after a care word of its sentence: "hospitals in
    Orangeburg", "the Regional Medical Center in Orangeburg", or after a hospital known by its own name where the
    victims were taken or lie: "taken to Memorial Hermann in Houston", "in critical condition at Erlanger in
    Chattanooga"."""
    if start < 2 or doc[start - 1].lower_ != "in":
        return False
    lo = max(doc[start].sent.start, start - 1 - _CARE_SPAN)
    return any(t.lower_ in _CARE_WORDS for t in doc[lo:start - 1]) or _named_hospital_before(doc, start - 1)


# a hospital called by its own name ("Erlanger", "Barnes-Jewish", "Memorial Hermann", "Ben Taub") carries no care
# word; what says it is one is where it stands: after "to" of a transfer ("airlifted to", "taken to") or after "at"
# of a condition or a treatment ("in stable condition at", "recovering at", "treated at")
_HOSPITAL_NAME_SPAN = 4
_CONDITION_WORDS = {"condition", "recovering", "recovers", "treated", "hospitalized", "hospitalised", "admitted"}


def _named_hospital_before(doc: Doc, in_at: int) -> bool:
    """Whether "in" at token ``in_at`` follows a hospital's own name after "taken to" or "in stable condition at"."""
    k = in_at - 1
    sent_start = doc[in_at].sent.start
    while k >= sent_start and in_at - k <= _HOSPITAL_NAME_SPAN and (doc[k].is_title or doc[k].text in _HYPHENS
                                                                    or doc[k].text in ("'s", "’s")):
        k -= 1
    if k == in_at - 1 or k < sent_start + 1 or doc[k].lower_ not in ("to", "at"):
        return False
    before = doc[max(sent_start, k - 1 - _TRANSFER_SPAN):k]
    words = _TRANSFER_WORDS if doc[k].lower_ == "to" else _CONDITION_WORDS
    return any(t.lower_ in words for t in before)


# "was arrested hours later in Chambersburg", "taken into custody Friday in Toledo": where the suspect was
# caught, often a town away from the scene.  Only a word or two may come between (a time), so that "arrested in
# connection with the shooting in Dayton" keeps the scene.  Where he goes to court or to jail is the same kind of
# place, often the county seat: "arraigned Monday in Kalamazoo", "after his first appearance in Gainesville",
# "indicted in Greensboro", "booked in Belton".
_CUSTODY_WORDS = {"arrested", "apprehended", "captured", "caught", "custody", "extradited", "surrendered",
                  "arraigned", "arraignment", "appearance", "indicted", "booked", "jailed", "sentenced"}
_CUSTODY_SPAN = 3
# "arrested later that day at a gas station in Albuquerque", "arrested him at the Days Inn in Vernon": further
# back, the custody word still says where he was caught when no word of the incident comes between (as "the
# shooting" of "arrested in connection with the shooting in Dayton" does, or "shot" of "arrested after he shot
# a man in Dayton").
_CUSTODY_REACH = 10
_INCIDENT_WORDS = {"shooting", "shootings", "killing", "killings", "death", "deaths", "homicide", "murder", "slaying",
                   "stabbing", "robbery", "incident", "attack", "connection", "case", "crime", "shot", "killed",
                   "fired", "stabbed", "wounded", "died", "crash", "chase", "pursuit", "gunfire"}


def _custody_place(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` says where a suspect was caught, or went to court or jail, not the
    scene: "was arrested hours later in Chambersburg", "taken into custody in Toledo", "arraigned Monday in
    Kalamazoo", "arrested later that day at a gas station in Albuquerque"."""
    if start < 2 or doc[start - 1].lower_ != "in":
        return False
    lo = max(doc[start].sent.start, start - 1 - _CUSTODY_SPAN)
    if any(t.lower_ in _CUSTODY_WORDS for t in doc[lo:start - 1]):
        return True
    for k in range(start - 2, max(doc[start].sent.start, start - 1 - _CUSTODY_REACH) - 1, -1):
        if doc[k].lower_ in _INCIDENT_WORDS:
            return False
        if doc[k].lower_ in _CUSTODY_WORDS:
            return True
    return False


def _entity_start_ending_at(doc: Doc, end: int) -> int | None:
    """The first token of the entity that ends right before token ``end`` (``e.end == end`` of ``doc.ents``), or
    None: read from the IOB tags of the tokens before it, since ``doc.ents`` builds a Span per entity of the whole
    report on each reading.  As ``doc.ents`` reads them: an entity begins at a "B" token with a label and runs on
    over the "I" tokens after it; a token that is not "I" closes it."""
    if end < 1 or (end < len(doc) and doc[end].ent_iob == 1):  # 1: "I", the entity runs on past ``end``
        return None
    k = end - 1
    while k > 0 and doc[k].ent_iob == 1:
        k -= 1
    return k if doc[k].ent_iob == 3 and doc[k].ent_type != 0 else None  # 3: "B"


def _custody_state(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` is the state after the town of an arrest: "arrested in Chambersburg,
    Pennsylvania" says where the suspect went, not the scene's state."""
    if start < 3 or doc[start - 1].text != ",":
        return False
    town = _entity_start_ending_at(doc, start - 1)
    return town is not None and _custody_place(doc, town)


# "Jon Doe, 23, of Minneapolis", "a 19-year-old of Dover", "a man from Akron": the words before "of" or
# "from" that make the name after it where someone lives, not the scene.
_HOME_BEFORE = {",", "old", "man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "resident", "residents"}
_AGE = re.compile(r"^\d{1,2}-years?-old$", re.IGNORECASE)


# "his brother, who lives in Farmington", "a woman living in Pooler": where someone lives, said with the verb
_LIVES = {"lives", "lived", "living", "resides", "resided", "residing"}


# "Jon Doe, 17, of the 400 block of Hedgerow Street in Mansfield", "of Olive Drive in Delano", "who lives on Kessel
# Street in Flint": a home told by its street address; the town after it is where someone lives, not the scene (the
# address of the scene has no "of" or "lives on" before it: "shot in the 400 block of Elm Street in Dover").  Read in
# the text just before the name.
HOME_ADDRESS = re.compile(
    r"(?:,\s*of|\b(?:lives|lived|living|resides|resided|residing)\s+(?:on|at))\s+(?:the\s+)?(?:\d{1,6}\s+(?:block\s+of\s+)?)?"
    r"(?:[NSEW]\.?\s+)?[A-Z0-9][\w'’.-]*(?:\s+[A-Z0-9][\w'’.-]*){0,3}\s+" + _STREET_WORDS + r",?\s+in\s+$")
_HOME_ADDRESS_REACH = 90


def home_address_before(text: str, at: int) -> bool:
    """Whether a home's street address ends right before ``at`` ("..., of the 400 block of Hedgerow Street in ")."""
    return HOME_ADDRESS.search(text[max(0, at - _HOME_ADDRESS_REACH):at]) is not None


def _home_town(doc: Doc, start: int, end: int | None = None) -> bool:
    """Whether the name at token ``start`` says where someone lives: "Jon Doe, 23, of Minneapolis", "a
    19-year-old of Dover", "a man from Akron", "a teen from the Comstock Park area", "who lives in Farmington",
    "Jon Doe, 17, of Hedgerow Street in Mansfield"."""
    if end is not None and _from_area(doc, start, end):
        return True
    if start >= 3 and doc[start - 1].lower_ == "in":
        # the text before the name, from the tokens that reach it (each holds a character at least): ``doc.text``
        # would join the whole report for every name
        before = doc[max(0, start - _HOME_ADDRESS_REACH):start].text_with_ws
        if home_address_before(before, len(before)):
            return True
    if start >= 2 and doc[start - 1].lower_ == "in" and (doc[start - 2].lower_ in _LIVES
                                                         or start >= 3 and doc[start - 3].lower_ in _LIVES and doc[start - 2].pos_ == "ADV"):
        return True
    if start < 2 or doc[start - 1].lower_ not in ("of", "from"):
        return False
    before = doc[start - 2]
    if before.text == ",":
        return doc[start - 1].lower_ == "of"
    return before.lower_ in _HOME_BEFORE or bool(_AGE.match(before.text))


def _past_place(doc: Doc, start_char: int, end_char: int) -> bool:
    """Whether the name at ``start_char:end_char`` is told as someone's past (``words.past_said``)."""
    return past_said(doc_text(doc), start_char, end_char)


def _past_state(doc: Doc, start_char: int, end_char: int, name: str, countries: Container[str] = ()) -> bool:
    """Whether ``name`` is a US state, a county, or one of ``countries`` (lower-case names), told as someone's past
    (``_past_place``): "he had moved from Georgia", "the suspect moved from Williamson County", "a Canada-born
    student".  None says where the scene is; a county so named would make the report's town its namesake inside that
    county (Marion, Illinois, for a Marion elsewhere)."""
    return ((name in US_STATE_NAMES or name.lower() in countries
             or _COUNTY.fullmatch(name.removeprefix("the ")) is not None)
            and _past_place(doc, start_char, end_char))


# "Three Houston teenagers were wounded ... in College Station", "A Minneapolis rap promoter", "two Atlanta men": a
# town before the people it describes says where they come from, not the scene.  (The same words the tagger leaves
# untagged are read in ``local_names``, as faintly.)
_PERSON_NOUNS = frozenset((
    "man", "men", "woman", "women", "teen", "teens", "teenager", "teenagers", "boy", "boys", "girl", "girls", "youth",
    "couple", "family", "resident", "residents", "native", "rapper", "musician", "promoter", "trucker", "driver",
    "contractor", "tourist", "tourists", "student", "students", "businessman", "artist", "singer"))
_PERSON_BEFORE = frozenset(("a", "an", "two", "three", "four", "five", "six", "several"))


def _town_of_person(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at tokens [start, end) describes people after it ("Three Houston teenagers", "A Minneapolis
    rap promoter", "a 20-year-old Gary man"): where they come from, not the scene."""
    if start < 1 or not (doc[start - 1].lower_ in _PERSON_BEFORE or _AGE.match(doc[start - 1].text)):
        return False
    for k in (end, end + 1):  # one word may describe them first ("rap", "disc")
        if k < len(doc) and doc[k].lower_ in _PERSON_NOUNS:
            return k == end or doc[end].is_lower
    return False


_NEIGHBOURHOOD_WORDS = frozenset(("neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods"))


def _suburb_named(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` is told as a suburb: "in south suburban Dolton", "in the suburb of
    Holladay".  A report filed from a big city ("CHICAGO (AP) —") names its suburb as the scene, not the city.
    (Not "in suburban Detroit": without its side, "suburban" is said of the big city whose suburbs they are.)"""
    if start >= 2 and doc[start - 1].lower_ == "suburban":
        return doc[start - 2].lower_ in _COMPASS
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in ("suburb", "suburbs")


def _neighbourhood_named(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is a neighbourhood's, "the St. Louis Place neighborhood" (not "a Lafayette neighborhood",
    one of the town Lafayette)."""
    return start > 0 and doc[start - 1].lower_ == "the" and end < len(doc) and doc[end].lower_ in _NEIGHBOURHOOD_WORDS


def _of_city(doc: Doc, i: int) -> bool:
    """Whether tokens from ``i`` say whose part the neighbourhood is: "of Northwest Baltimore"."""
    return i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].is_title


def _home_state(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` is the state after a home town: "Jon Doe, 24, of Memphis, Tennessee, was
    found shot in Scott County".  The tagger names the state apart; it says where the victim lives, not where
    the scene is, and must not outweigh the dateline's county."""
    if start < 3 or doc[start - 1].text != ",":
        return False
    town = _entity_start_ending_at(doc, start - 1)
    return town is not None and _home_town(doc, town, start - 1)


# "Fox Dallas-Fort Worth reports", "NBC Chicago reported", "told CBS 11 Dallas": a network's local station, named by
# its market, is the outlet, not the scene.
_NETWORK_BEFORE = re.compile(r"\b(?:Fox|FOX|NBC|CBS|ABC)(?:\s?\d{1,2})?\s+(?:[A-Z][\w.'’]*\s*[-–/]\s*)?$")
_NETWORK_SPAN = 30


def _network_brand(doc: Doc, start_char: int) -> bool:
    """Whether the name at ``start_char`` follows a network's name, as its local station's brand: "Fox
    Dallas-Fort Worth reports".  It weighs like a page banner: the outlet's home only says the region."""
    return _NETWORK_BEFORE.search(doc_text(doc)[max(0, start_char - _NETWORK_SPAN):start_char]) is not None


def _from_area(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is said as "from the X area": where someone comes from, told by its
    region ("a 14-year-old from the Comstock Park area"); the scene is "in the X area"."""
    return (start >= 2 and end < len(doc) and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "from"
            and doc[end].lower_ == "area")


# "flown to St. Paul", "airlifted to Fargo", "rushed to Columbus": where the victims were taken, not the scene.
_TRANSFER_WORDS = {"flown", "airlifted", "transported", "transferred", "taken", "rushed", "driven", "evacuated", "flew"}
_TRANSFER_SPAN = 3


def _care_destination(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at tokens [start, end) is where the victims were taken: "flown to St. Paul", "in a
    Fargo hospital" (the town's hospital, named by its town)."""
    if end < len(doc) and doc[end].lower_ in _CARE:
        return True
    if start < 2 or doc[start - 1].lower_ != "to":
        return False
    lo = max(doc[start].sent.start, start - 1 - _TRANSFER_SPAN)
    return any(t.lower_ in _TRANSFER_WORDS for t in doc[lo:start - 1])


def _hospital_called_bare(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at tokens [start, end) is a city's trauma centre called by one word where the victims were
    taken ("taken to Grady", "rushed to Parkland"; ``outlets.BARE_CITY_HOSPITALS``): a hospital, no town of its name
    (its city is read from it as a state's hint, ``state_cues._city_hospitals``).  Not a name run on into a longer
    one ("taken to Grady Memorial Hospital")."""
    if doc[start:end].text not in BARE_CITY_HOSPITALS or (end < len(doc) and doc[end].is_title):
        return False
    return start >= 2 and doc[start - 1].lower_ == "to" and _care_destination(doc, start, end)


_TITLES = frozenset({"chief", "sgt", "sgt.", "sergeant", "officer", "detective", "det.", "lt.", "lt", "lieutenant", "capt.",
                     "capt", "captain", "deputy", "sheriff", "cpl.", "cpl", "corporal", "trooper", "mr.", "mrs.", "ms.", "dr.",
                     "mayor"})


def _surnames(doc: Doc) -> set[str]:
    """The last names of the people the report names in full: "Chief Chuck Hasty", "Samyah Copeland" (a name
    the tagger took for a place), "Sgt. Jones"."""
    out = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 and e[-1].is_title}
    for e in doc.ents:
        # "Samyah Copeland, 16,": a name with an age is a person's, whatever the tagger thought
        if len(e) >= 2 and e[-1].is_title and e.end + 2 < len(doc) and doc[e.end].text == "," \
                and doc[e.end + 1].like_num and len(doc[e.end + 1].text) <= 2 and doc[e.end + 2].text == ",":
            out.add(e[-1].text)
    for i in lower_indices(doc, _TITLES):  # (the titles' tokens only, found from the doc's arrays)
        tok = doc[i]
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title:
            end = tok.i + 1
            while end + 1 < len(doc) and doc[end + 1].is_title and end - tok.i < 3:
                end += 1
            out.add(doc[end].text)
    return out


# "Turkey-backed", "a Saudi-led coalition", "Iran backed militias": a country as the sponsor of an armed force.
_SPONSORED = {"backed", "led", "supported", "sponsored", "funded", "armed", "allied", "affiliated", "aligned"}


def _team_of(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` is a major-league team's town, said with its nickname ("the
    Dallas Cowboys", "a Chicago Bulls game"): the team, no place of the incident ("in Dallas after the Cowboys
    game" still places it in Dallas)."""
    return end < len(doc) and doc[end].text in TEAM_NICKNAMES


def _before_game(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` is said before "game" ("after the Dallas game", "the next Dallas
    game"): a team's, where the name is a big city's (``PlaceResolver._team_city``)."""
    return end < len(doc) and doc[end].text == "game"


def _sponsor_of(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` qualifies a force it backs or leads ("a Turkey backed
    police patrol", "Saudi-led airstrikes"): the sponsor's country, no scene of the incident."""
    k = end + 1 if end < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ else end
    return k < len(doc) and doc[k].lower_ in _SPONSORED and (k == end or not doc[end].whitespace_)


# "Metro police", "Transit officers": a force named for its kind of beat, not for a town (the tagger may take
# "Metro" for a place, which the gazetteer knows as a town in Indonesia).
_FORCE_KINDS = {"metro", "metropolitan", "transit", "capitol", "campus", "tribal", "park", "port", "airport", "housing"}
_FORCE_WORDS = {"police", "officers", "officer", "detectives", "detective", "homicide", "pd", "lt.", "sgt.", "spokesman",
                "spokeswoman", "spokesperson", "investigators"}


def _force_kind(doc: Doc, start: int, end: int) -> bool:
    """Whether the name from token ``start`` to ``end`` is a police force's kind ("Metro police", "Metro Lt.
    Dan Reyes"): no place at all, wherever else a town bears the word."""
    return (doc[start:end].text.lower() in _FORCE_KINDS and end < len(doc)
            and doc[end].lower_ in _FORCE_WORDS)


# Verbs whose object is a place, never a person: "shelled Menbij in Aleppo", "airstrikes hit Sirwah in Marib".
_PLACE_OBJECT_VERBS = {"shell", "bomb", "bombard", "raid", "storm", "besiege", "overrun", "capture", "recapture", "infiltrate",
                       "hit", "strike", "pound"}


def _struck_place(doc: Doc, start: int) -> bool:
    """Whether the name opening at token ``start`` is the object of a verb only places are (the tagger took
    "Menbij" of "shelled Menbij in Aleppo" for a person)."""
    return start > 0 and doc[start - 1].pos_ == "VERB" and doc[start - 1].lemma_.lower() in _PLACE_OBJECT_VERBS


def _possessive_place(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` is the possessive of a place's name: "Bailey's Grove"."""
    return (end + 1 < len(doc) and doc[end].text in ("'s", "’s") and bool(_FEATURE_WORD.match(doc[end + 1].text))
            and (end + 2 >= len(doc) or not doc[end + 2].is_title))
