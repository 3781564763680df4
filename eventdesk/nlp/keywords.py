"""Names that tell one incident apart from another of the same kind: victims, suspects, streets.

Linking compares them between a new mention and an incident (``link.score``).  Generic words
("county", "sheriff", "hospital", "photo") and the names of officials, spokespeople and reporters
are shared by unrelated incidents of one beat and tell nothing apart, so only two kinds are kept,
each as a typed key:

``p:<first> <last>``  a person named in the segment who is not an official, a source quoted
                      ("..., police spokesman Tim Fanning said") or a byline ("Photo by ...");
``s:<name> <kind>``   a street, road or block ("the 2600 block of Montana Avenue" ->
                      ``s:montana avenue``);
``n:<neighbourhood>`` a neighbourhood of the big city the segment is placed in, named as the scene
                      ("shot in Englewood", "an Englewood shooting" -> ``n:englewood`` when the
                      place is Chicago; not "a teen from Englewood"): the gazetteer puts most
                      neighbourhoods at the city's centre, so two shootings a day apart in a city of
                      millions would look like one place without it;
``v:<name> <kind>``   a venue named by its own name ("shot at the Cascade Mall" -> ``v:cascade mall``,
                      "outside June Jordan High School", "at the Lakeview Motel"): a follow-up names
                      the mall or the motel more often than the victim;
``b:<name>``          an address that leaves the street's kind out ("at the Vistas apartments, 5751 Green Hill.",
                      "the 9500 block of South Loomis," -> ``b:green hill``, ``b:loomis``): the street of another
                      report's ``s:green hill road``;
``a:<age>``           the age of a person of the incident ("a 10-year-old girl", "Girl, 10, was shot",
                      "Jamal Rollins, 17," -> ``a:10``, ``a:17``): the one detail nearly every report of
                      a shooting gives, whether or not it names the victim.

``link.names_overlap`` compares them (persons fuzzily: "Teqnika Marie Moultrie" is
"Teqnika Moultrie", "Makanzee" misspelt once still matches).
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..geo.names import fold as _place_fold
from ..geo.neighbourhoods import NEIGHBOURHOODS
from ..models import Place
from .doctext import span_text, within

# Words before a name that make its bearer an official, a professional or a source rather than
# a victim or suspect of the incident.
_TITLES = {
    "sheriff", "undersheriff", "chief", "officer", "officers", "sgt", "sergeant", "lt", "lieutenant", "capt", "captain",
    "cpl", "corporal", "det", "detective", "detectives", "deputy", "trooper", "const", "constable", "inspector",
    "commander", "cmdr", "marshal", "agent", "superintendent", "commissioner", "spokesman", "spokeswoman",
    "spokesperson", "spokespeople", "mayor", "governor", "gov", "senator", "sen", "rep", "representative",
    "councilman", "councilwoman", "alderman", "alderwoman", "president", "minister", "secretary", "prosecutor",
    "prosecutors", "attorney", "attorneys", "da", "judge", "justice", "magistrate", "coroner", "examiner",
    "lawyer", "counsel", "defender", "reporter", "correspondent", "anchor", "editor", "writer", "photographer",
    "columnist", "producer", "pastor", "reverend", "rev", "bishop", "father", "imam", "rabbi", "principal",
    "superintendent", "professor", "prof", "dr", "doctor", "director", "manager", "ceo", "chairman", "official",
    "officials", "administrator", "investigator", "investigators", "dispatcher", "ranger", "warden", "colonel",
    "col", "gen", "general", "maj", "major", "adm", "admiral", "vice", "ambassador", "premier", "congressman",
    "congresswoman", "supervisor", "clerk", "analyst", "expert", "founder", "coach", "owner", "pfc",
}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "jr", "sr", "ii", "iii", "iv"}
# Verbs that make a name the source of a statement, not a party to the incident.
_SPEECH = {"say", "tell", "add", "state", "confirm", "explain", "note", "announce", "write", "report", "post", "tweet"}
# Sentences that credit people (photos, bylines, social media) name no one in the incident.
_CREDIT_RE = re.compile(
    r"(?i)\b(?:copyright|photo|photos|photograph|image|caption|follow|twitter|facebook|instagram|contributed|"
    r"e-?mail|staff\s+writer|reporter|associated\s+press|getty|all\s+rights)\b|@|^\s*By\s"
)
_STREET_KINDS = {
    "street": "street", "st": "street", "avenue": "avenue", "ave": "avenue", "av": "avenue", "road": "road",
    "rd": "road", "drive": "drive", "dr": "drive", "lane": "lane", "ln": "lane", "boulevard": "boulevard",
    "blvd": "boulevard", "court": "court", "ct": "court", "way": "way", "circle": "circle", "cir": "circle",
    "place": "place", "pl": "place", "parkway": "parkway", "pkwy": "parkway", "highway": "highway",
    "hwy": "highway", "terrace": "terrace", "trail": "trail", "pike": "pike", "square": "square",
    "walk": "walk",  # a seafront's or a campus's footway ("Ocean Front Walk")
}
# (the kind is no street's when a hyphen joins it to the next word: "a Drive-By Shooting", "Drive - By" as feeds space it)
_STREET_RE = re.compile(
    r"\b(?P<name>(?:[A-Z][A-Za-z'’-]+|\d{1,3}(?:st|nd|rd|th))(?:\s+[A-Z][A-Za-z'’-]+){0,2})(?:,?\s+Jr\.?)?\s+"
    r"(?P<kind>Street|St|Avenue|Ave|Av|Road|Rd|Drive|Dr|Lane|Ln|Boulevard|Blvd|Court|Ct|Way|Circle|Cir|Place|Pl|"
    r"Parkway|Pkwy|Highway|Hwy|Terrace|Trail|Pike|Square|Walk)\b(?!-|\s-\s?[Bb]y\b)\.?"
)
# An address whose street's kind is left out ("apartments, 5751 Green Hill.", "the 9500 block of South Loomis,"): a house
# number or a block, one or two capitalised words, then a comma, a full stop or the sentence's end (a kind after the
# name is the street pattern's).
_KINDLESS_RE = re.compile(
    r"\b\d{3,5}(?:\s+block\s+of)?\s+(?P<name>(?:[NSEW]\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s*(?:[,;]|\.?\s*$|\.\s)")
# Prepositions inside a name the street pattern took from headline-case text ("Killed In A Drive-By Shooting On Lever
# Boulevard"): the street's name is what follows the last of them ("Lever Boulevard").
_INNER_PREPOSITIONS = {"on", "in", "at", "near", "along", "onto", "off"}
# Street names that are a direction or a word, not a name ("West Street", "Main Street" stays).
_STREET_SKIP = {"the", "a", "this", "that", "wall", "high", "easy", "one", "memory", "sesame"}
_LEADING = {"on", "at", "in", "of", "near", "and", "from", "to", "off", "along", "onto", "into", "by", "the", "old"}
# Words that make a PERSON entity a place, a school or an outlet (small models tag them so).
_NOT_PERSON = set(_STREET_KINDS) | {
    "school", "center", "centre", "hospital", "church", "park", "live", "news", "javascript", "county", "city",
    "academy", "college", "university", "apartments", "plaza", "mall", "store", "station", "department", "police",
    "tv", "radio", "times", "post", "tribune", "herald", "journal", "gazette", "block", "area", "room", "hall",
}
_DIRECTIONS = {"north", "south", "east", "west", "n", "s", "e", "w", "northeast", "northwest", "southeast", "southwest",
               "ne", "nw", "se", "sw"}
# A saint's street is written "St. Claude Avenue" (the street pattern leaves "St." out) and "Saint Claude Avenue":
# the word is left out of the key, so that both spellings give one key.
_SAINT = {"saint", "st", "ste", "sainte"}
# "MLK Boulevard" and "Martin Luther King Jr. Boulevard" (the pattern drops the "Jr."; a name of three words at
# most may keep "Luther King") are one street: one key.
_MLK = {("mlk",): ("martin", "luther", "king"), ("luther", "king"): ("martin", "luther", "king")}
_MAX_KEYS = 24
# The part of a street a report names ("North Main Street", "S. Main St."): ``d:`` keys beside the street's own key,
# which leaves the direction out; two reports naming two parts of one street name two places (``link.names_overlap``).
# The pattern's name leaves a one-letter direction out ("N."): it is read just before the name.
_SHORT_DIRECTION = re.compile(r"\b(N|S|E|W|NE|NW|SE|SW)\.?\s+$")
_DIRECTION_WORD = {"n": "north", "s": "south", "e": "east", "w": "west", "ne": "northeast", "nw": "northwest",
                   "se": "southeast", "sw": "southwest"}
_MAX_DIRECTIONS = 4
# Venues a shooting happens at, named by their own name: malls, motels, schools, bars.  Not hospitals, centres
# or parks: the wounded of every shooting in a city are taken to one hospital, and a park is often a
# neighbourhood's name.
_VENUE_RE = re.compile(
    r"\b(?P<name>(?:[A-Z][A-Za-z'’&-]+\s+){1,3})(?P<kind>Mall|Motel|Hotel|Apartments|High\s+School|"
    r"Middle\s+School|Elementary\s+School|Elementary|Nightclub|Lounge|Bar|Tavern|Saloon|Restaurant|Church)\b"
)
# A bar's own name with its kind in small letters ("at the Blue Room lounge", "the Rusty Anchor tavern"): the same
# key as the capitalised form another report writes ("the Rusty Anchor Tavern"); only after "the", and not a town's
# name ("the Toledo bar" is any bar of the town)
_SMALL_VENUE_RE = re.compile(
    r"\bthe\s+(?P<name>(?:[A-Z][A-Za-z'’&-]+\s+){1,3})(?P<kind>lounge|bar|tavern|saloon|nightclub|motel)\b")
_SMALL_VENUE_KINDS = ("lounge", "bar", "tavern", "saloon", "nightclub", "motel")
# Ages as news reports give them: "a 10-year-old", "17 years old", and after a name or a noun set off by
# commas ("Girl, 10, was shot", "Jamal Rollins, 17, died"); figures only, as reports write ages; as feeds space
# their punctuation too ("a 14-year - old boy", "Jamal Rollins , 17 ,"); and as a sentence of its own after the
# person ("He was 38.", "She was 52 and in critical condition"), as briefs give a victim's age.
_AGE_RE = re.compile(r"\b(\d{1,2}) ?[- ] ?years? ?[- ] ?old\b|\b[A-Z][a-z'’-]+ ?, (\d{1,2}) ?,"
                     r"|\b(?:He|She) was (\d{1,2})(?= ?[.,;]| and\b)")
# Two ages after a plural noun of people set off by commas: "Two men, 20 and 22, were shot", "Boys , 4 and 6 ,".
_TWO_AGES_RE = re.compile(
    r"\b(?:men|women|boys|girls|teens|teenagers|brothers|sisters|children|kids|cousins|friends) ?, (\d{1,2}) and "
    r"(\d{1,2}) ?,", re.IGNORECASE)
# Ages kept per segment (after the names, never crowding them out): the victims' and the suspect's.
_MAX_AGES = 4


def _fold(text: str) -> str:
    return re.sub(r"[^\w\s'-]", " ", text.lower().replace("’", "'")).strip()


def _person_key(ent: Span) -> str | None:
    words = [w.strip(".,'’-") for w in _fold(ent.text).replace("'s ", " ").split()]
    words = [w[:-2] if w.endswith("'s") else w for w in words]
    words = [w for w in words if w and w not in _HONORIFICS and not w.isdigit()]
    if not words or any(w in _TITLES for w in words[:-1]) or words[-1] in _TITLES:
        return None
    if any(w in _NOT_PERSON or any(c.isdigit() for c in w) for w in words) or len(words[-1]) < 2:
        return None
    if len(words) == 1:
        return f"p:{words[0]}" if len(words[0]) > 2 else None
    return f"p:{words[0]} {words[-1]}"


def _is_source(ent: Span) -> bool:
    """An official, a professional or someone quoted: named by title, or the subject of 'said'."""
    doc = ent.doc
    sent = ent.sent
    before = [t.lower_.strip(".") for t in doc[max(sent.start, ent.start - 4):ent.start]]
    if any(w in _TITLES for w in before):
        return True
    # "Tim Fanning, a police spokesman," / "John Smith, the county coroner"
    after = doc[ent.end:min(sent.end, ent.end + 7)]
    if len(after) >= 2 and after[0].text == "," and not after[1].like_num:
        for t in after[1:]:
            if t.text == ",":
                break
            if t.lower_.strip(".") in _TITLES:
                return True
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _SPEECH:
        # a quoted victim or relative with an age ("Jane Doe, 17, said") is still a party
        return not (len(after) >= 2 and after[0].text == "," and after[1].like_num)
    return False


def _city_neighbourhoods() -> dict[tuple[str, str], tuple[str, ...]]:
    """(city, state) -> its neighbourhoods (the table the place resolver reads), longest first."""
    by_city: dict[tuple[str, str], set[str]] = {}
    for name, cities in NEIGHBOURHOODS.items():
        for city in cities:
            by_city.setdefault(city, set()).add(name)
    return {city: tuple(sorted(names, key=len, reverse=True)) for city, names in by_city.items()}


_HOODS = _city_neighbourhoods()


@lru_cache(maxsize=None)
def _hoods_pattern(city: tuple[str, str]) -> re.Pattern:
    """The pattern of a city's neighbourhoods, compiled the first time a segment is placed in that city (compiling
    all 55 cities' at import cost about 30 ms a process, and a batch of reports names a few of them)."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(r"[\s-]+".join(map(re.escape, n.split())) for n in _HOODS[city])
                      + r")(?![\w-])", re.IGNORECASE)


# A neighbourhood named as the scene ("shot in Englewood", "at the Austin home", "an Englewood shooting"), not as
# where someone lives or comes from ("a teen from Englewood", "Austin residents").
_SCENE_BEFORE = re.compile(r"\b(?:in|at|near|inside|outside)\s+(?:the\s+|an?\s+)?$", re.IGNORECASE)
# Where the wounded were taken is no scene: "taken to UPMC Mercy in Uptown", "rushed to a hospital in Lakeview".
_TAKEN_TO = re.compile(
    r"\b(?:taken|rushed|transported|driven|brought|flown|airlifted|transferred)\s+(?:\w+\s+)?to\b[^.;]{0,60}$",
    re.IGNORECASE)
_TAKEN_TO_REACH = 90  # characters before the neighbourhood searched for "taken to"
_SCENE_AFTER = re.compile(r"\s+(?:shootings?|neighbou?rhood|area|section|community|block|home|apartment|park)\b", re.IGNORECASE)
# A neighbourhood as a city's local outlets dateline their reports ("GAGE PARK — Four teens were shot",
# "BROWNSVILLE --"): in capitals before a dash, it is where the report's shooting was.
_DATELINE_AFTER = re.compile(r"\s*(?:[—–]|-{1,2}\s)")


def _neighbourhood_keys(sent, text: str, place: Place | None, ents) -> list[str]:
    """``n:`` keys of the neighbourhoods of the segment's city named in one sentence as the scene (or as its
    dateline), outside person names ("Austin Jones" is no neighbourhood of Chicago)."""
    if place is None or not place.admin1 or (place.name, place.admin1) not in _HOODS:
        return []
    rx = _hoods_pattern((place.name, place.admin1))
    persons = [(e.start_char - sent.start_char, e.end_char - sent.start_char) for e in ents if e.label_ == "PERSON"]
    return [f"n:{_place_fold(m.group())}" for m in rx.finditer(text)
            if m.group()[:1].isupper() and not any(a <= m.start() < b for a, b in persons)
            and (_SCENE_BEFORE.search(text, 0, m.start()) or _SCENE_AFTER.match(text, m.end())
                 or m.group().isupper() and _DATELINE_AFTER.match(text, m.end()))
            and not _TAKEN_TO.search(text, max(0, m.start() - _TAKEN_TO_REACH), m.start())]


def keywords(doc: Doc, seg, place: Place | None = None) -> tuple[str, ...]:
    """Typed names of a segment (persons ``p:``, streets ``s:``, the neighbourhoods ``n:`` of the
    city it is placed in; then ages ``a:`` and the parts of streets ``d:``) outside background sentences."""
    seen: dict[str, None] = {}
    singles: dict[str, None] = {}
    ages: dict[str, None] = {}
    parts: dict[str, None] = {}
    ents = doc.ents
    for sent_i, sent in enumerate(doc.sents):
        if not (seg.first_sent <= sent_i < seg.end_sent) or sent_i in doc._.background:
            continue
        text = span_text(sent)
        credit = bool(_CREDIT_RE.search(text))
        sent_ents = within(sent, ents)
        for key in _neighbourhood_keys(sent, text, place, sent_ents):
            seen.setdefault(key, None)
        for ent in sent_ents:
            if ent.label_ != "PERSON" or credit or "@" in ent.text:
                continue
            key = _person_key(ent)
            if key is None or _is_source(ent):
                continue
            (singles if " " not in key else seen).setdefault(key, None)
        for m in _VENUE_RE.finditer(text):
            words = _fold(m["name"]).split()
            while words and (words[0] in _DIRECTIONS or words[0] in _LEADING):
                words = words[1:]
            if words:
                seen.setdefault(f"v:{' '.join(words)} {' '.join(_fold(m['kind']).split())}", None)
        if any(k in text for k in _SMALL_VENUE_KINDS):
            towns = {_fold(n) for n in (place.name, place.admin1) if n} if place is not None else set()
            for m in _SMALL_VENUE_RE.finditer(text):
                name = " ".join(_fold(m["name"]).split())
                if name not in towns and name.split()[0] not in _DIRECTIONS:
                    seen.setdefault(f"v:{name} {m['kind']}", None)
        for m in _AGE_RE.finditer(text):
            age = int(m.group(1) or m.group(2) or m.group(3))
            if age:
                ages.setdefault(f"a:{age}", None)
        if " and " in text:
            for m in _TWO_AGES_RE.finditer(text):
                for age in map(int, m.groups()):
                    if age:
                        ages.setdefault(f"a:{age}", None)
        if any(c.isdigit() for c in text):
            for m in _KINDLESS_RE.finditer(text):
                words = _fold(m["name"]).split()
                while words and (words[0] in _DIRECTIONS or words[0] in _SAINT):
                    words = words[1:]
                if words and words[-1] not in _STREET_KINDS and words[0] not in _STREET_SKIP:
                    seen.setdefault(f"b:{' '.join(words)}", None)
        for m in _STREET_RE.finditer(text):
            words = _fold(m["name"]).split()
            inner = [i for i, w in enumerate(words[1:], 1) if w in _INNER_PREPOSITIONS]
            if inner:
                words = words[inner[-1] + 1:]
            direction = None
            while words and (words[0] in _DIRECTIONS or words[0] in _LEADING or words[0] in _SAINT):
                if words[0] in _DIRECTIONS:
                    direction = words[0]
                words = words[1:]
            words = list(_MLK.get(tuple(words), words))
            if not words or words[0] in _STREET_SKIP:
                continue
            key = f"s:{' '.join(words)} {_STREET_KINDS[m['kind'].lower()]}"
            seen.setdefault(key, None)
            short = direction is None and _SHORT_DIRECTION.search(text, max(0, m.start() - 4), m.start())
            if short:
                direction = short.group(1).lower()
            if direction:
                parts.setdefault(f"d:{_DIRECTION_WORD.get(direction, direction)} {key[2:]}", None)
    # a lone surname ("Jackson said") adds nothing when the full name is there
    lasts = {k.rsplit(" ", 1)[-1] for k in seen if k.startswith("p:")}
    for k in singles:
        if k[2:] not in lasts and not any(k[2:] == f.split(" ")[0][2:] for f in seen):
            seen.setdefault(k, None)
    return tuple(list(seen)[:_MAX_KEYS] + list(ages)[:_MAX_AGES] + list(parts)[:_MAX_DIRECTIONS])
