"""Places: where each segment's incident happened.

1. Toponyms are spaCy's GPE/LOC/FAC entities, region phrases ("northeastern
   Syria"), and proper names after a locative preposition ("in the city of
   Hasakah", "near Maiduguri") that the small NER model tagged as something
   else or not at all.  Local news names its town mostly in passing: "Waco
   Police Sgt. ...", "the Kern County Sheriff's Office", "a Lafayette teen",
   "a Zanesville bar"; those names count too, but only when the gazetteer
   knows them by their own name (a surname must not become a village).  A
   one-word name that is the last name of someone the report names in full
   ("Chief Chuck Hasty ... Hasty said") weighs half.  Conflict reports name a
   town with its province ("in Zamora, Michoacan", "Agatu (Agatu LGA, Benue)"):
   outside the US the pair is read as one name; a name before a settlement
   word ("Mocimboa town") or joined by hyphens ("Ar-Raqqa") is one too, and a
   name the tagger cut short ("Jamaica" of "Jamaica Plain") is the longer one.
   In such notes a town before its units in brackets ("Kagara (Rafi LGA, Niger)") or
   shelled ("shelled Menbij in Aleppo") is a place whatever the tagger made of it,
   and so is a province or town it took for a people's ("in Aleppo"); a country's
   name last in those brackets is a province of that name; the town after a ward
   or barangay ("Barangay Calumpang, General Santos") is the scene; a country
   backing a force ("Turkey-backed") is none.  A name before a lower-case unit
   word ("Lakes state", "Leer, Unity state") is a province's, looked up with that
   word; so is the name last in brackets after a town that the index knows only
   with one ("Baidoa town (Baydhaba, Bay)": Bay Region).  The district in brackets
   before the province ("Napula (Macomia, Cabo Delgado)") stands in for a village
   the index lacks; a name ending in a unit word ("Sittwe District") is no town of
   a town-province pair; "Zari district center, Balkh" is the town and its province.
   Where the victims were flown or taken ("flown to St. Paul", "a Fargo
   hospital") weighs little: it only says the region; so does a landmark the
   scene is placed by ("west of Phoenix"), and a network's local station
   ("Fox Dallas-Fort Worth reports").  Where someone comes from ("a teen from
   the Comstock Park area") weighs like a home town.  A tip line's telephone
   number ("call 513-...") and a state force's initials ("the GBI") say the
   state, faintly; a big city's police by its initials ("IMPD officers") names
   the city.  A name before a plural street word ("Vermont and Manchester
   avenues") or after "the 4400 block of" is a street.  A city's side ("on
   Saginaw's southeast side") names the city, whatever the tagger made of it,
   in the body or the headline; a saint's hospital ("at St. Mary's Hospital")
   is no town of the saint.  A headline's name that is a county's, said
   without "County" ("Arrest made in Gwinnett shooting"), is the county.
   "A rural Williston address" and "his Alief apartment" name towns; the town
   after a street address ("the 20000 block of Beaverdam Road in Beaverdam")
   is the scene and outweighs the dateline, unless it would carry the report
   into another state than the rest of its names point to.  A station's web
   site ("wsoctv.com", "click2houston.com") says the outlet's state.
2. A toponym in a sentence that tells the incident (a claim or an attack word)
   weighs more than one elsewhere, and one in a background sentence least.
   The agency dateline ("GAINESVILLE, Fla. -") weighs like the incident
   sentence for the first segment: for local news the dateline town is the
   incident town.  A dateline after web-page debris ("Updated: 6:38 PM
   APOPKA, Fla. - ...") is found in the first lines too.  A dateline town the
   body names only as a landmark or where the victims were taken ("PHOENIX --
   ... west of Phoenix") is where the story was filed: it weighs like a body name.
3. The context countries are the countries the report names; a US state
   ("Ohio", "Fla.") in the text makes it a US report; without either, the
   desk's ``default_country``.
4. The gazetteer picks the place.  When it picks a country, province or region,
   a city named in the segment inside that area is preferred: "Syria" and
   "Hasakah" in one sentence mean Hasakah; failing a city, a county of the
   state ("A Virginia girl ... in Washington County").  When it picks a town far from a big
   city the report also names, the town is most often that city's neighbourhood
   known to the gazetteer only elsewhere ("Evanston" beside "Cincinnati
   police"): the big city wins unless the town's state is named otherwise or
   the town is named more.  When it picks a county, a town the county holds,
   named in a background sentence (not as a landmark or where the victims
   were taken), is finer than the county's centre.  A big city's neighbourhood that is no town of its
   own name elsewhere, or only a hamlet ("East Germantown", "Parkway Village"),
   is its city even where the report names none.  A station's page banner ("Charleston, SC | News,
   Weather") names the outlet's home, not the scene: it weighs little.  But a
   town far from that home, in another state nothing else names, is most often a
   namesake: the one near the outlet then, or the outlet's big city.
5. A later incident of the report that names no place of its own took place in
   the town of the incident before it.
A name the gazetteer lacks costs nothing but itself.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ...geo import Gazetteer, Toponym, extract_regions, resolve_place
from ...geo.build import ALTERNATE as _ALTERNATE
from ...geo.build import county_key
from ...geo.names import fold
from ...geo.neighbourhoods import NEIGHBOURHOODS
from ...geo.outlets import AREA_CODES, BRAND_SITES, CALL_LETTERS, CITY_FORCE_INITIALS, STATE_AGENCY_INITIALS, US_POSTAL, US_STATE_NAMES
from ...geo.resolve import NOT_PLACES, distance_km, dominant_county
from ...geo.tables import AP_STATES
from ...models import Place
from ..doctext import doc_text, span_text
from .segmentation import VIOLENCE, _country_names

_LABELS = ("GPE", "LOC", "FAC")
_LOCATIVE = {"in", "near", "outside", "at", "from", "around", "into", "across"}
_AREA_NOUNS = {"city", "town", "village", "province", "district", "region", "governorate", "county", "state", "area", "suburb", "neighbourhood", "neighborhood"}
_NOT_PLACE_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"}
_BROAD = {"country", "region", "admin1"}
_COUNTY_KM = 40  # a town this near a county's centre may be in it where the ZIP codes do not say
_DATELINE_WEIGHT = 2.0
_HEAD_CHARS = 600
_CARE = {"hospital", "hospitals", "jail"}
# "taken to John Muir Medical Center in Walnut Creek", "treated at the Children's Hospital in Aurora": a care
# word a few words before "in" names the place the victims went, not the scene; so does a court's ("arraigned
# in 34th District Court in Romulus"): where the accused go.
_CARE_WORDS = _CARE | {"medical", "clinic", "infirmary", "trauma", "court", "courthouse"}
_CARE_SPAN = 6
_CARE_MALUS = 0.5
_PASSING_WEIGHT = 1.0  # a name in a sentence that does not tell the incident
_COUNTY_BUILDING_SHARE = 0.5
_SURNAME_SHARE = 0.5
_BIG_CITY_POP = 250_000  # a city this large has neighbourhoods the gazetteer may know only as towns elsewhere
_BIG_CITY_KM = 150  # a town nearer than this to the big city may well be itself, across a state line
_TITLE_HEAD_POP = 100_000  # a headline's clipped name must be a city everyone knows by it
# "north longview" (folded): a side of the town, which names it
_SIDE_OF = re.compile(r"^(?:north|south|east|west|northeast|northwest|southeast|southwest|central|downtown)\s+(?=\S)")
_PART_OF_WORD = re.compile(r"^(?:north|south|east|west|northeast|northwest|southeast|southwest|central|downtown)$", re.IGNORECASE)
_TITLE_PLACE_CAPS = re.compile(r"\b(?i:in|near|at|outside)\s+((?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*){1,3})")
_HAMLET_POP = 5_000  # a town this small elsewhere is less likely meant than a big city's neighbourhood of its name
_NAMESAKE_KM = 40  # a town of the big city's name this near the place is the one meant
_NAMESAKE_LIMIT = 20
_OUTLET_KM = 150  # a local station or paper reports on its own region
_IN_BONUS = 0.1  # a tie-breaker among names of equally weighty sentences  # how far into a text a dateline may sit behind page debris

# (words of one line: a headline's last word is no part of the name opening the body's first line)
_NAME = r"[A-Z][a-z][\w'’.-]*(?:[ \t]+(?:[A-Z][a-z][\w'’.-]*|of))*?"
# "Waco Police", "Kern County Sheriff's Office", "Dallas police", "Baton Rouge Fire Department", and a city's
# metropolitan force ("Las Vegas Metropolitan Police", "Louisville Metro Police").
_LOCAL_BODY = re.compile(
    rf"(?:\b|(?<=\.com))(?P<name>{_NAME}(?:\s+(?:County|Parish))?)(?:\s+Metro(?:politan)?)?\s+(?:[Pp]olice|Sheriff|sheriff|Fire\s+Department|Public\s+Safety"
    r"|Independent\s+School\s+District|School\s+District|Unified\s+School|City\s+Council)\b"
)
# "a Lafayette teen", "the Zanesville bar", "two Chicago men": the town as a modifier.
# "in his Alief apartment", "at their Durham home": the home a story is told in is its scene.
_LOCAL_MODIFIER = re.compile(
    rf"\b(?:a|an|the|two|three|four|several|his|her|their)\s+(?P<name>{_NAME})\s+(?:man|men|woman|women|teen|teens|teenager|teenagers"
    r"|boy|girl|toddler|child|kids?|youth|resident|residents|home|house|bar|nightclub|apartment|neighborhood|neighbourhood"
    r"|family|couple|mother|father|street|park|business|store|restaurant|motel|hotel|gas station|high school)\b"
)
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
# Capitalised words that open such a phrase without being a place.
_NOT_NAMES = {"the", "then", "when", "and", "but", "a", "an", "in", "at", "on", "of", "by", "for", "from", "with",
              "state", "metro", "transit", "university", "capitol", "campus", "park", "tribal", "military", "national",
              "border", "airport", "housing", "school", "city", "local", "federal", "county", "police", "area", "off-duty"}
# A dateline behind page debris: "... APOPKA, Fla. - ", "In ST. LOUIS (KMOX/AP) — ", "HARTFORD — ",
# or glued to a scraped title ("... | Fox 59INDIANAPOLIS, Ind. (Dec. 5) –": capitals after a small letter or digit).
_HEAD_DATELINE = re.compile(
    r"(?:^|(?<=[\s.:|•>)\]a-z0-9]))(?P<city>[A-Z][A-Z'’.\-]+(?:[ ][A-Z][A-Z'’.\-]+){0,3})"
    r"(?:\s*,\s*(?P<state>[A-Z][A-Za-z.]+(?:\s[A-Z][a-z.]+)?))?"
    r"\s*(?P<agency>\([^()\n]{1,40}\)\s*)?(?:—|–|--?|•)"
)
_NOT_DATELINES = {"AP", "UPDATE", "UPDATED", "BREAKING", "NEWS", "VIDEO", "WATCH", "PHOTOS", "PHOTO", "CLOSE",
                  "LIVE", "EXCLUSIVE", "FILE", "GALLERY", "RELATED", "MORE", "READ", "SHARE", "EMAIL", "PRINT",
                  "POSTED", "PUBLISHED", "ADVERTISEMENT", "NEWLINE", "JUST IN", "LOCAL", "WEATHER", "SPORTS"}
# AP state abbreviations ("Fla.", "N.C."): a report written where these are used is a US report.
_AP_ABBREV = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True)) + r")(?=[\s,;)(—–-]|$)")
# "Charleston, SC |", "BAY MINETTE, AL-": a postal code after a town, near the top.
_POSTAL = re.compile(r"\b[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?,\s?(?:" + "|".join(sorted(US_POSTAL)) + r")\b(?![a-z])")
_COUNTY = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s(?:County|Parish)\b")
# What only American local news writes: "the 1500 block of", a sheriff's office, state troopers, a
# broadcaster's call letters in a dateline or credit ("(WRIC)", "KDKA-TV").
_US_CUES = re.compile(
    r"\b\d+\s+block\s+of\b|\b[Ss]heriff(?:['’]s)?\s+(?:[Oo]ffice|[Dd]epartment|[Dd]eput)|\b[Dd]eputies\b"
    r"|\((?:[KW][A-Z]{2,3})(?:-(?:TV|FM|AM|DT))?\b[^()\n]{0,20}\)|\b[KW][A-Z]{2,3}-TV\b|\b[Ss]tate\s+[Tt]roopers?\b"
    r"|\b[KW][A-Z]{2,3}\s+(?:News|FOX|Fox|NBC|ABC|CBS|CW|Channel|TV|\d)"
    # an office and a road only the United States have: a district attorney, an interstate
    r"|\b[Dd]istrict\s+[Aa]ttorney|\bInterstate\s+\d{1,3}\b"
)
# "Zamora, Michoacan", "Duque de Caxias, Rio de Janeiro", "Agatu (Agatu LGA, Benue)": a town, then its
# province after a comma or last in parentheses (the district before it, if any, is skipped); a district or
# locality, then its province in parentheses ("Bathinda district (Punjab)").
_PLACE_WORDS = (r"[A-Z][\w'’.-]*(?:[ -](?:[A-Z][\w'’.-]*|de|do|da|dos|das|del|de la|de los|de las|los|las|la|el|al|ad|as|an|ar|az"
                r"|di|du|des|y))*")
# ("Ghoryan district center, Herat": the town at the head of its district)
_UNIT_WORDS = r"(?:town|city|village|area|district\s+cent(?:er|re)|district|sub-?district|camp|neighbou?rhood|municipality|locality|county)"
_QUALIFIED = re.compile(rf"\b(?P<town>{_PLACE_WORDS})(?:(?:\s+{_UNIT_WORDS})?,\s*(?P<admin>{_PLACE_WORDS})(?=\s*[,.;)]|\s+(?:province|state|governorate|department)\b)"
                        rf"|(?:\s+(?:district|locality))?\s+\((?P<units>[^(),\n]{{1,60}},\s*)?(?P<inner>{_PLACE_WORDS})\))")
# "Mansura city in Ar-Raqqa countryside", "the town of Karak in Dar'a", "Dogankoy village of Pervari district": a
# place, then the province it lies in after "in" (or "of", behind a unit word), the province perhaps behind a
# direction and "countryside of" ("in the southern countryside of Idleb").
_CONTAINED = re.compile(
    rf"\b(?P<town>{_PLACE_WORDS})(?:\s+(?P<unit>{_UNIT_WORDS}))?\s+(?P<prep>in|of)\s+(?:the\s+)?"
    r"(?:(?:(?:north|south)[- ]?(?:east|west)|north|south|east|west|central)(?:ern)?\s+)?"
    r"(?:(?:countryside|outskirts|suburbs|rural\s+areas|areas)\s+of\s+)?"
    rf"(?P<admin>{_PLACE_WORDS})")
# "in Barangay Daro, Dumaguete, Negros Oriental", "in Rubaya (Masisi, Nord-Kivu)": after a place, the places
# holding it, each ended by a comma, a parenthesis or a full stop; the tagger often leaves them untagged.
# A part of a town named first in a note's chain: "Barangay Labangal, General Santos, ...", "in the Cano Raya
# community, Tibu, ...", "in Zay Pin ward, Mrauk-U town, ...": the name after it is the town, the scene.
_SUB_TOWN_WORDS = r"(?:ward|community|quarter|sector|village\s+tract)"
_SUB_TOWN_BEFORE = re.compile(r"^(?:the\s+)?(?:Barangay|Brgy\.?|Colonia|Sitio|Purok)\s", re.IGNORECASE)
_SUB_TOWN_AFTER = re.compile(rf"\s+(?:{_SUB_TOWN_WORDS}|neighbou?rhood)$", re.IGNORECASE)
# (behind the rest of a name the tagger cut short: "Nyaung" of "Nyaung Pin Zay ward")
_SUB_TOWN_NEXT = re.compile(rf"(?:\s+[A-Z][\w'’-]*){{0,3}}\s+(?i:{_SUB_TOWN_WORDS}|neighbou?rhood)(?=\s*,)")
_CHAIN_NEXT = re.compile(rf"(?:\s+{_UNIT_WORDS}|\s+LGA|\s+{_SUB_TOWN_WORDS})?(?:\s*,\s*|\s+\(\s*)(?P<name>{_PLACE_WORDS})"
                         rf"(?=(?:\s+{_UNIT_WORDS}|\s+LGA)?\s*[,.;:)(]|$)")
# Words for a people or a faith that are also the names of towns somewhere ("Arab", Alabama): a name the tagger
# took for a people's is no place when it is one of these.
_PEOPLE_WORDS = {"arab", "arabs", "christian", "christians", "muslim", "muslims", "jewish", "jew", "druze", "kurd", "kurds",
                 "sunni", "shia", "shiite", "hindu", "sikh", "catholic", "protestant", "hispanic", "latino", "latina",
                 "black", "white", "asian", "native", "indian", "fulani", "tuareg", "hausa", "yoruba", "igbo", "tiv"}
_CONTAINER_MALUS = 0.2  # a place holding the scene says less than the scene
# "Sittwe District", "Paletwa Township", "Donga LGA": a name ending in a unit word names a unit, not a town
_UNIT_NAMED = re.compile(r"\s(?:District|Township|Division|Region|Province|Governorate|LGA|State|County|Sub-?[Dd]istrict"
                         r"|Prefecture|Department)$")
_UNIT_TAIL = re.compile(r"\s+(?:LGA|[Dd]istrict|[Tt]ownship|[Cc]ounty|[Tt]erritory|[Ss]ub-?[Dd]istrict|[Mm]unicipality|[Cc]ommune)$")
# "Lakes state", "Unity state": a lower-case unit word after a name makes it a province's
_UNIT_AFTER = re.compile(r"[ \t]+(?P<unit>state|province|region|governorate|division)\b")
# the unit words a province's name may carry in the index ("Bay Region", "Lakes State")
_PROVINCE_UNITS = ("Region", "State", "Province", "Governorate")
_CUT_SHORT_WORDS = 4  # how many tokens a name the tagger cut short may go on for
_HYPHENS = {"-", "–"}
_QUALIFIED_BONUS = 0.2  # the town said with its province: surer than the same town named bare
# A station's page banner, "Live5News.com | Charleston, SC | News, Weather, Sports": the outlet's home town,
# not the scene (the story may be "MILWAUKEE (AP)" on a La Crosse station's page).
_BANNER = re.compile(r"[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3}\s*,\s*[A-Z]{2}\s*[-–—|]\s*News\b")
_BANNER_WEIGHT = 0.3
_STATE_HINT_WEIGHT = 0.1
_STATE_AGENCY = re.compile(r"\b(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:State Police|State Patrol|State Highway Patrol|Highway Patrol|State Troopers?|"
                           r"Bureau of Investigation|Department of Public Safety|Department of Corrections"
                           # a state's other offices work in their state as well: its detectives under other names
                           # ("Iowa Division of Criminal Investigation", "Minnesota Bureau of Criminal Apprehension"),
                           # its game wardens, its attorney general
                           r"|(?:Division|Bureau) of Criminal (?:Investigation|Apprehension)|Department of Law Enforcement"
                           r"|Natural Resources Police|Department of Natural Resources|Attorney General)\b"
                           # a state's university lies in its state: "a University of Georgia student"
                           r"|\bUniversity of (?P<college>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?![ -](?:at|in)\b)")
_SENTENCE_THE = re.compile(r"^The\s+")
# State names shared with countries or people do not make a report American on their own.
_AMBIGUOUS_STATES = {"georgia", "washington"}
# A ward of a Philippine town, the word only the Philippines use: "in Barangay Daro, Dumaguete".
_BARANGAY = re.compile(r"\b(?:Barangay|Brgy\.)\s+[A-Z0-9]")


@Language.factory(
    "eventdesk_places",
    assigns=["doc._.segment_places"],
    requires=["doc._.segments", "doc._.raw_claims", "doc.ents"],
    default_config={"cache_dir": "", "default_country": ""},
)
def make_places(nlp: Language, name: str, cache_dir: str, default_country: str):
    return PlaceResolver(cache_dir, default_country=default_country)


class PlaceResolver:
    def __init__(self, cache_dir: str = "", gazetteer: Gazetteer | None = None, default_country: str = ""):
        self.cache_dir = cache_dir
        self.default_country = default_country
        self._gazetteer = gazetteer
        self._countries = _country_names()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.open(Path(self.cache_dir) if self.cache_dir else None)
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents)
        claim_sents = {c.sent for c in doc._.raw_claims}
        weights = []
        # a headline put before the text (api._toll_headline) is read for its numbers; its places come in
        # through the title, as for any report, and are not counted twice
        headline_end = doc.user_data.get("title_end", 0) if doc.user_data.get("headline_numbers_only") else 0
        headline_chars = doc[headline_end].idx if 0 < headline_end < len(doc) else 0
        # the headline's words, where the text opens with them (their bare county names: _counties_said_bare)
        title_end = doc.user_data.get("title_end", 0)
        title_chars = doc[title_end].idx if 0 < title_end < len(doc) else 0
        for i, s in enumerate(sents):
            if i in doc._.background:
                weights.append(0.3)
            elif i in claim_sents or VIOLENCE.search(span_text(s)):
                weights.append(2.0)
            else:
                weights.append(1.0)
        sent_of = [0] * len(doc)
        for i, s in enumerate(sents):
            for k in range(s.start, s.end):
                sent_of[k] = i

        def weight_at(char: int, default: float = 1.0) -> float:
            tok = doc.char_span(char, char + 1, alignment_mode="expand")
            return weights[sent_of[tok.start]] if tok is not None and len(tok) else default

        banners = [m.span() for m in _BANNER.finditer(doc_text(doc)[:_HEAD_CHARS])]

        def in_banner(char: int) -> bool:
            return any(a <= char < b for a, b in banners)

        context = self._context(doc)
        fronts = {span.start for e in doc.ents if e.label_ in _LABELS and (span := self._front_cut(doc, e)) is not None}
        dateline = self._dateline(doc)
        outlet = _outlet_names(doc)
        surnames = _surnames(doc)
        papers = _paper_names(doc) + _head_postal_names(doc) + _state_cues(doc)
        site_homes = self._outlet_homes(_site_names(doc))
        homes = self._outlet_homes(outlet) + site_homes
        # a station's site says its state, faintly (as a tip line's number does), and not its town
        papers += [Toponym(_STATE_SAID.get(h.admin1, h.admin1), 0, 0, _BANNER_WEIGHT, exact=True)
                   for h in dict.fromkeys(site_homes) if h.admin1]
        places = []
        # where the names that only say the region start (a banner's, where the victims went, a landmark's)
        sidelined: set[int] = set()
        for seg in doc._.segments:
            toponyms: list[Toponym] = []
            if seg.index == 0 and dateline is not None:
                toponyms.append(dateline)
            if seg.index == 0:
                toponyms.extend(self._counties_said_bare(_title_names(doc._.title), surnames))
                toponyms.extend(self._title_heads(doc._.title))
            toponyms.extend(outlet)
            toponyms.extend(papers)
            for e in doc.ents:
                county_building = _building_name(doc, e.end) and _COUNTY.fullmatch(e.text.removeprefix("the ")) is not None
                if e.start in fronts:
                    continue  # "Port" of "Port of Spain": the longer name comes with "Spain"
                if (e.label_ in _LABELS and seg.start <= e.start_char < seg.end and not _street_name(doc, e.end)
                        and not _possessive_place(doc, e.end) and not _sponsor_of(doc, e.end)
                        and (county_building or not _building_name(doc, e.end)) and not _crossing(doc, e.start, e.end)):
                    w = weights[sent_of[e.start]]
                    if len(e) == 1 and e.text in surnames:
                        # "Hasty said ...", after "Chief Chuck Hasty": a person, most likely; surely when no
                        # sizeable town bears the name
                        if not self._sizeable_town(e.text):
                            continue
                        w *= _SURNAME_SHARE
                    if county_building:
                        w *= _COUNTY_BUILDING_SHARE  # "Tulsa County Jail": the county's building, in the county
                    elif in_banner(e.start_char) or _network_brand(doc, e.start_char):
                        w = min(w, _BANNER_WEIGHT)
                        sidelined.add(e.start_char)
                    elif _care_destination(doc, e.start, e.end) or _reference_point(doc, e.start):
                        # "flown to St. Paul", "a Fargo hospital": where the victims went; "west of Phoenix": a
                        # landmark to find the scene by; either only says the region
                        w = min(w, _BANNER_WEIGHT)
                        sidelined.add(e.start_char)
                    elif _after_care(doc, e.start):
                        # "taken to hospitals in Orangeburg": where the victims went, not the scene; no weightier
                        # than a name in passing, so that a headline's town outweighs it
                        w = min(w - _CARE_MALUS, _PASSING_WEIGHT)
                        sidelined.add(e.start_char)
                    elif _neighbourhood_named(doc, e.start, e.end) and (fold(e.text) not in NEIGHBOURHOODS or _of_city(doc, e.end + 1)):
                        # "in the Arlington neighborhood of Northwest Baltimore": a part of a city the report names
                        # otherwise, not a town of that name elsewhere; alone it still names the scene.  (One the
                        # table of big cities' neighbourhoods knows, "the Marquette Park neighborhood", stands for
                        # its city, at full weight, unless the city is said after it.)
                        w = min(w, _BANNER_WEIGHT)
                    elif _home_town(doc, e.start, e.end) or _home_state(doc, e.start):
                        # "Jon Doe, 23, of Minneapolis": where a victim lives; "of Memphis, Tennessee": its state too
                        w = min(w, _PASSING_WEIGHT)
                    elif e.start > 0 and doc[e.start - 1].lower_ == "in":
                        w += _IN_BONUS  # "shot in Madera", beside "near Yosemite Avenue and Cleveland"
                    longer = self._cut_short(doc, e)
                    if longer is not None:
                        toponyms.append(Toponym(longer.text, longer.start_char, longer.end_char, w))
                        continue
                    # "Chester\nPHILADELPHIA": an entity across a line break is two names
                    offset = e.start_char
                    for part in e.text.split("\n"):
                        if part.strip():
                            toponyms.append(Toponym(part.strip(), offset, offset + len(part), w))
                        offset += len(part) + 1
            seg_text = doc_text(doc)[seg.start:seg.end]
            for r in extract_regions(seg_text):
                toponyms.append(Toponym(r.text, r.start + seg.start, r.end + seg.start, weight_at(r.start + seg.start, r.weight)))
            toponyms.extend(_untagged_names(doc, seg, sent_of, weights, self._people_word_place))
            toponyms.extend(self._admin1_qualified(seg_text, seg.start, weight_at))
            toponyms = self._provinces_by_unit(doc_text(doc), toponyms, context)
            if "US" not in context:
                toponyms.extend(self._admin1_contained(doc, seg_text, seg.start, weight_at))
                toponyms.extend(_containers(doc, toponyms, seg.start, seg.end, weight_at, self._countries, self._bracketed_province))
                toponyms = _holders_demoted(doc_text(doc), toponyms)
                toponyms = _wards_demoted(doc_text(doc), toponyms)
            toponyms.extend(_named_settlements(doc, seg, sent_of, weights, self._people_word_place))
            toponyms.extend(self._state_agencies(seg_text, seg.start, weight_at))
            toponyms.extend(_local_names(doc, seg.start, seg_text, weight_at))
            toponyms.extend(_city_forces(seg.start, seg_text, weight_at))
            toponyms.extend(_city_sides(seg.start, seg_text, weight_at))
            addressed = _address_towns(seg.start, seg_text)
            toponyms.extend(addressed)
            toponyms.extend(_county_cues(seg_text, seg.start))
            if headline_chars:  # (the title's, the outlet's and the paper's names have no offsets in the text)
                body = [t for t in toponyms if not (t.end and t.start < headline_chars)]
                # (a body that names no place at all leaves the headline's words to name it)
                toponyms = body if any(t.end for t in body) else toponyms
            if title_chars:
                said = [t for t in toponyms if t.end and t.start < title_chars]
                bare = dict(zip(said, self._counties_said_bare(said, surnames)))
                toponyms = [bare.get(t, t) for t in toponyms]
            if seg.index == 0 and dateline is not None:
                toponyms = _filed_from(toponyms, dateline)
            place = self._resolve(toponyms, context, frozenset(sidelined)) if toponyms else None
            if addressed and place is not None:
                place = self._address_in_state(place, toponyms, addressed, context)
            places.append(self._near_outlet(place, toponyms, homes) if place is not None else None)
        # A later incident of the report that names no place of its own ("a second shooting, on 27th Street")
        # happened in the town of the incident before it, where that is a town.
        for i in range(1, len(places)):
            if places[i] is None and places[i - 1] is not None and places[i - 1].precision in ("city", "point"):
                places[i] = places[i - 1]
        doc._.segment_places = places
        return doc

    def _context(self, doc: Doc) -> tuple[str, ...]:
        ents = [e for e in doc.ents
                if e.label_ in ("GPE", "NORP", "LOC") and e.text.lower() in self._countries and not _street_name(doc, e.end)
                and not _sponsor_of(doc, e.end)
                and not _building_name(doc, e.end) and self._cut_short(doc, e) is None]
        named = {self._countries[e.text.lower()] for e in ents}
        if _us_report(doc, self.gazetteer) or _outlet_names(doc) or _site_names(doc):
            named.add("US")
            # "Georgia" in an American report is the state, unless the country is also named some other way
            # ("Georgian", "Tbilisi" do not count: only a country's own names are read here)
            for name in _AMBIGUOUS_STATES:
                code = self._countries.get(name)
                if code and code != "US" and all(e.text.lower() == name for e in ents if self._countries[e.text.lower()] == code):
                    named.discard(code)
        if not named and _BARANGAY.search(doc_text(doc)):
            named.add("PH")  # "Barangay Capihan, ...": only the Philippines have barangays
        if not named and self.default_country:
            named.add(self.default_country)
        return tuple(sorted(named))

    def _dateline(self, doc: Doc) -> Toponym | None:
        if doc._.dateline_place:
            return Toponym(doc._.dateline_place, 0, 0, _DATELINE_WEIGHT)
        banners = [m.span() for m in _BANNER.finditer(doc_text(doc)[:_HEAD_CHARS])]
        for m in _HEAD_DATELINE.finditer(doc_text(doc)[:_HEAD_CHARS]):
            if any(a <= m.start("city") < b for a, b in banners):
                continue
            city = m["city"].strip(" .-")
            if sum(c.isalpha() for c in city) < 3 or city in _NOT_DATELINES or city.split()[0] in _NOT_DATELINES:
                continue
            # A bare capitalised word before a dash is often a headline or label: it must be a dateline's shape.
            if not (m["state"] or m["agency"] or " " in m.group(0)[len(m["city"]):] or "." in city):
                continue
            text = city.title() + (f", {m['state']}" if m["state"] else "")
            return Toponym(text, m.start(), m.end("city"), _DATELINE_WEIGHT)
        return None

    def _resolve(self, toponyms: list[Toponym], context: tuple[str, ...], sidelined: frozenset[int] = frozenset()) -> Place | None:
        toponyms = [self._city_of_neighbourhood(t) for t in toponyms]
        place = resolve_place(toponyms, self.gazetteer, context_countries=context)
        if place is not None and place.precision in ("city", "point"):
            return self._neighbourhood_of(place, toponyms) or self._big_city_instead(place, toponyms)
        if place is None or place.precision not in _BROAD:
            return place
        # a city inside the broad area, named anywhere in the segment, says more
        narrower = [t for t in toponyms if t.weight >= 1.0 and self.gazetteer.country(t.text) is None]
        if not narrower:
            return place
        city = resolve_place(narrower, self.gazetteer, context_countries=(place.country_code,) if place.country_code else context,
                             cities_only=True)
        if city is not None and city.country_code == place.country_code and city.precision in ("city", "point"):
            if place.admin1 is None or (city.admin1 == place.admin1 and (place.precision == "admin1" or self._inside(city, place))):
                return city
        return self._county_of_state(place, narrower, context) or self._town_of_county(place, toponyms, sidelined) or place

    def _address_in_state(self, place: Place, toponyms: list[Toponym], addressed: list[Toponym],
                          context: tuple[str, ...]) -> Place:
        """The town after a street address wins only in the state the rest of the report points to: a suburb the
        gazetteer knows only elsewhere ("1094 Misty Hollow Lane in Eastlake", Florida, read as Eastlake, Ohio)
        must not carry the report out of its state."""
        if fold(place.name) not in {fold(t.text) for t in addressed}:
            return place
        rest = [t for t in toponyms if t not in addressed]
        other = self._resolve(rest, context) if rest else None
        if other is not None and (other.country_code, other.admin1) != (place.country_code, place.admin1):
            return other
        return place

    def _town_of_county(self, place: Place, toponyms: list[Toponym], sidelined: frozenset[int] = frozenset()) -> Place | None:
        """A town inside the county picked, named in the text in a sentence that weighs little (background: "a
        shot fired inside his Alief apartment" in a report on the sentencing): the scene lies there, where a
        county spreads over tens of kilometres around its centre.  Only the text's own names count (not the
        outlet's home), and not those ``sidelined`` for their role: a landmark to find the scene by ("just east
        of Wellington") or where the victims were taken leaves the county."""
        if place.precision != "region" or not place.admin1 or place.country_code != "US":
            return None
        faint = sorted((t for t in toponyms if t.end and t.weight < 1.0 and t.start not in sidelined and not _COUNTY.search(t.text)),
                       key=lambda t: (-t.weight, t.start))
        for topo in faint:
            name = fold(" ".join(topo.text.split()).split(",")[0].strip(" .;:"))
            towns = [p for p in self.gazetteer.lookup(name, "US", kinds=("city",))
                     if p.admin1 == place.admin1 and fold(p.name) == name and self._inside(p, place)]
            if towns:
                return towns[0]
        return None

    def _county_of_state(self, place: Place, narrower: list[Toponym], context: tuple[str, ...]) -> Place | None:
        """A county of the state picked, named in the segment ("A Virginia girl ... in Washington County"):
        finer than the state, where no town of it is named."""
        if place.precision != "admin1" or not place.admin1:
            return None
        counties = [t for t in narrower if _COUNTY.search(t.text)]
        if not counties:
            return None
        # the state, faintly: it says which of the namesake counties ("Washington County") is meant
        state = Toponym(place.admin1, 0, 0, _STATE_HINT_WEIGHT)
        county = resolve_place([state, *counties], self.gazetteer,
                               context_countries=(place.country_code,) if place.country_code else context)
        if county is not None and county.precision == "region" and (county.country_code, county.admin1) == (place.country_code, place.admin1):
            return county
        return None

    def _outlet_homes(self, outlet: list[Toponym]) -> list[Place]:
        """The US towns the report's station or paper is at, resolved once per report."""
        homes = (resolve_place([t], self.gazetteer, context_countries=("US",)) for t in outlet)
        return [h for h in homes if h is not None and h.precision == "city" and h.country_code == "US"]

    def _near_outlet(self, place: Place, toponyms: list[Toponym], homes: list[Place]) -> Place:
        """A town far from the home of the local station or paper that reports it, in a state nothing else in
        the report names, is most often a namesake of the wrong state ("Kensington" on a St. Louis station's
        page): the namesake near the outlet then, or the outlet's own city when it is a big one (its
        neighbourhood known to the gazetteer only elsewhere).  A state alone, on the page of an outlet of that
        state ("Tennessee" on a Memphis station's page), is most often the outlet's town."""
        if place.country_code == "US" and place.precision == "admin1":
            return next((h for h in homes if h.admin1 == place.admin1), place)
        if place.country_code != "US" or place.precision not in ("city", "point"):
            return place
        gaz = self.gazetteer
        # its own state is the outlet's to cover, however far
        if not homes or any(h.admin1 == place.admin1 or (km := distance_km(place, h)) is None or km <= _OUTLET_KM
                            for h in homes):
            return place
        name = fold(place.name)
        for t in toponyms:
            if t.weight < 1.0:
                continue
            text = " ".join(t.text.split()).strip(" ,;:.")
            head = fold(text.split(",")[0])
            if head == name:
                if "," in text:
                    return place  # "Kensington, N.Y.": its state is said
                continue
            if (m := _COUNTY.search(text)) and any(c.admin1 == place.admin1 for c in gaz.counties(m.group(0))):
                return place
            found = gaz.matches(text, "US", limit=1)
            # something else in the report lies in the town's state; not the town itself under another
            # spelling ("Donelson" read as Donnellson, Iowa, vouches for nothing)
            if found and found[0][1].admin1 == place.admin1 and fold(found[0][1].name) != name:
                return place
        near = [(km, p) for p in gaz.lookup(place.name, "US", kinds=("city",)) for h in homes
                if fold(p.name) == name and (km := distance_km(p, h)) is not None and km <= _OUTLET_KM]
        if near:
            return min(near, key=lambda kp: kp[0])[1]
        big = [h for h in homes if gaz.population(h) >= _BIG_CITY_POP]
        return big[0] if big else place

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

    def _counties_said_bare(self, toponyms: list[Toponym], surnames: set[str]) -> list[Toponym]:
        """A headline's name that is a county's without its "County" ("Arrest made in Gwinnett shooting",
        "Teen killed in accidental DeKalb shooting"): local headlines drop the word.  The county, where no
        town bears the name or the county dwarfs every town that does (DeKalb County, Georgia, holding part
        of Atlanta, before DeKalb, Illinois); not a name the report gives someone, nor a state's or a country's
        ("Texas toddler" is no Texas County)."""
        out = []
        for topo in toponyms:
            name = topo.text
            said_otherwise = "," in name or name in surnames or self.gazetteer.admin1(name) or self.gazetteer.country(name)
            counties = [] if said_otherwise else self.gazetteer.counties(f"{name} County")
            # one county of the name, or one dwarfing its namesakes ("Lake man shot" says no Lake County)
            counties = counties if len(counties) == 1 else dominant_county(counties, self.gazetteer)
            county_top = max((self.gazetteer.county_top(c) for c in counties if c.precision == "region"), default=0)
            if county_top and self._largest_town(name) * _BARE_COUNTY_RATIO <= county_top:
                topo = replace(topo, text=f"{name} County", exact=False)
            out.append(topo)
        return out

    def _largest_town(self, name: str) -> int:
        """The population of the largest US town bearing ``name`` as its own name (0 when none does)."""
        return max((self.gazetteer.population(p) for p in self.gazetteer.lookup(name, "US", kinds=("city",), limit=5)
                    if fold(p.name) == fold(name)), default=0)

    def _cut_short(self, doc: Doc, ent):
        """The longer place name the tagger cut short, or None: "Jamaica" of "Jamaica Plain" (Boston's
        neighbourhood, not the country), "Kansas" of "Kansas City", "Ar" of "Ar-Raqqa".  Capitalised words after
        the entity must complete a neighbourhood the desk knows or a town by its own name; words joined to it by
        a hyphen, any place the gazetteer knows by its own or an alternate name."""
        front = self._front_cut(doc, ent)
        if front is not None:
            return front
        end, glued = ent.end, False
        while end < len(doc) and end - ent.end < _CUT_SHORT_WORDS:
            tok = doc[end]
            hyphen = tok.text in _HYPHENS and not doc[end - 1].whitespace_ and not tok.whitespace_
            if tok.sent != ent.sent or not (hyphen or glued or tok.is_title and not tok.ent_type_):
                return None
            glued, end = hyphen, end + 1
            if hyphen:
                continue  # a hyphen needs the word after it
            span = doc[ent.start:end]
            if end < len(doc) and doc[end].is_title and doc[end].sent == ent.sent:
                continue  # "Colorado Springs Gazette": the name goes on, an organisation's perhaps
            key = fold(span.text)
            if key in NEIGHBOURHOODS:
                return span
            for q, p in self.gazetteer.matches(span.text, limit=3):
                if q == 0 and fold(p.name) == key and p.precision == "city" or "-" in span.text and q <= _ALTERNATE:
                    return span
        return None

    def _front_cut(self, doc: Doc, ent):
        """ "Port of Spain" tagged as "Port" and "Spain": the town whose name ends in the entity after "of",
        where the index knows a town by that whole name; else None."""
        if ent.start < 2 or doc[ent.start - 1].lower_ != "of" or not doc[ent.start - 2].is_title:
            return None
        span = doc[ent.start - 2:ent.end]
        key = fold(span.text)
        if any(q == 0 and p.precision == "city" and fold(p.name) == key for q, p in self.gazetteer.matches(span.text, limit=3)):
            return span
        return None

    def _admin1_qualified(self, text: str, base: int, weight_at) -> list[Toponym]:
        """ "in Zamora, Michoacan", "in Agatu (Agatu LGA, Benue)": a town followed by its province, after a
        comma or last in parentheses, as conflict reports write it.  The tagger often misses the province or
        splits it ("Baja" "California"), and the bare town then goes to a namesake abroad.  Only provinces
        outside the US: American towns and states come in pairs the resolver already reads."""
        out = []
        for m in _QUALIFIED.finditer(text):
            admin = m["admin"] or m["inner"]
            if _UNIT_NAMED.search(m["town"]) or fold(m["town"]) == fold(admin):
                # "Sittwe District, Rakhine State": a unit inside the province, not the town of the pair (its seat
                # would stand in for the scene the note names before it)
                continue
            found = self.gazetteer.matches(admin, kinds=("admin1",), limit=1)
            if (not found or found[0][0] > _ALTERNATE) and m["admin"] and (unit := _UNIT_AFTER.match(text, m.end("admin"))):
                # "Leer, Unity state": the province known with its unit word ("Unity" alone is no province's name)
                said = f"{admin} {unit['unit'].title()}"
                found = self.gazetteer.matches(said, kinds=("admin1",), limit=1) or found
                admin = said if found and found[0][1].name == said else admin
            start = base + m.start("town")
            if not found and m["units"] and self._bracketed_town(m["town"]):
                # "Kagara (Rafi LGA, Niger)": the index lacks the province, but the town said with its units is
                # a place, whatever the tagger made of it (a person, most often)
                out.append(Toponym(m["town"], start, start + len(m["town"]), weight_at(start)))
                continue
            # its own name or an alternate one ("Idleb"), not a mere spelling variant
            if not found or found[0][0] > _ALTERNATE or found[0][1].country_code == "US":
                continue
            out.append(Toponym(f"{m['town']}, {admin}", start, base + m.end(), weight_at(start) + _QUALIFIED_BONUS))
            if m["units"]:
                out.extend(self._bracketed_unit(m, base, found[0][1], admin, weight_at(start)))
        return out

    def _bracketed_unit(self, m, base: int, province, admin: str, weight: float) -> list[Toponym]:
        """ "Napula (Macomia, Cabo Delgado)": the district before the province in the brackets, where the index
        knows a town of its name inside that province (the district's seat, most often): a unit holding the
        scene, weighing less than it, which stands in where the index lacks the scene."""
        unit = _UNIT_TAIL.sub("", m["units"].rstrip(", \t")).strip()
        if not unit or fold(unit) == fold(m["town"]) or fold(unit) in NOT_PLACES:
            return []
        if not self.gazetteer.lookup(unit, province.country_code, admin1=province.admin1, kinds=("city",), limit=1):
            return []
        at = base + m.start("units")
        return [Toponym(f"{unit}, {admin}", at, at + len(unit), weight - _CONTAINER_MALUS)]

    def _provinces_by_unit(self, text: str, toponyms: list[Toponym], context: tuple[str, ...]) -> list[Toponym]:
        """ "in Lakes state", "Unity state", "Central Darfur state": a name before a lower-case unit word is a
        province's, looked up with its unit word ("Lakes" alone is a town in Alaska), of the report's country
        where several countries have one of that name.  Not an American state: "Washington state" is read
        the way American reports are."""
        out = []
        for t in toponyms:
            m = _UNIT_AFTER.match(text, t.end) if t.end else None
            if m is not None and "," not in t.text and not _UNIT_NAMED.search(t.text):
                name = " ".join(t.text.split()).strip(" ,;:.")
                # a name that is a province's as it stands ("Battambang province") is read as it is
                province = None if self._is_province(name) else self._province_named(name, (m["unit"],), context)
                if province is not None:
                    t = replace(t, text=province, exact=False)
            out.append(t)
        return out

    def _is_province(self, name: str, countries=()) -> bool:
        """Whether the index knows a province by this name, its own or an alternate one (in one of ``countries``)."""
        return any(q <= _ALTERNATE and (p.country_code in countries if countries else True)
                   for q, p in self.gazetteer.matches(name, kinds=("admin1",), limit=5))

    def _province_named(self, name: str, units: tuple[str, ...], countries) -> str | None:
        """The name of the province outside the US called ``name`` with one of ``units`` after it ("Lakes
        State") or without ("Central Darfur"), in one of ``countries`` where it has one there; else None."""
        if not name or fold(name) in NOT_PLACES:
            return None
        found = []
        for text in (*(f"{name} {u.title()}" for u in units), name):
            found += [p for q, p in self.gazetteer.matches(text, kinds=("admin1",), limit=5)
                      if q <= _ALTERNATE and p.country_code not in (None, "US")]
        if countries:
            found = [p for p in found if p.country_code in countries] or found
        return found[0].name if found else None

    def _bracketed_province(self, name: str, holders: list[str]) -> str | None:
        """ "Baidoa town (Baydhaba, Bay)": the name last in the brackets after a town is that town's province
        where the index knows a province so called (with a unit word: "Bay Region") in the town's country;
        the name to look up then, or None (a name that is a province there as it stands needs none)."""
        countries = set()
        for holder in holders:
            found = self.gazetteer.matches(holder, limit=1)
            if found and found[0][0] <= _ALTERNATE and found[0][1].precision == "city":
                countries.add(found[0][1].country_code)
        countries.discard(None)
        if not countries or countries == {"US"}:
            return None
        if self._is_province(name, countries):
            return None
        province = self._province_named(name, _PROVINCE_UNITS, tuple(countries))
        return province if province is not None and fold(province) != fold(name) else None

    def _bracketed_town(self, name: str) -> bool:
        """Whether the index knows a town by this name, its own or an alternate one (not a spelling variant)."""
        if fold(name) in NOT_PLACES:
            return False
        return any(q <= _ALTERNATE and p.precision == "city" for q, p in self.gazetteer.matches(name, limit=5))

    def _admin1_contained(self, doc: Doc, text: str, base: int, weight_at) -> list[Toponym]:
        """ "Mansura city in Ar-Raqqa countryside", "Ash-Shajara town in Dar'a": a place, then its province after
        "in" (or "of" behind a unit word: "Dogankoy village of ..."), read as the pair "Mansura, Ar-Raqqa" where
        the province has a place of that name (by a loose spelling too).  Not a person's name; the tagger takes
        many a village for an organisation, so that is no reason to skip one."""
        out = []
        for m in _CONTAINED.finditer(text):
            if m["prep"] == "of" and not m["unit"]:
                continue  # "the Governor of Kirkuk"
            town, admin = m["town"], re.split(r"\.\s", m["admin"])[0].rstrip(".")  # "in Dar'a. Neither ..."
            if fold(town) in NOT_PLACES or fold(town) == fold(admin):
                continue
            found = self.gazetteer.matches(admin, kinds=("admin1",), limit=1)
            if not found or found[0][0] > _ALTERNATE or found[0][1].country_code == "US":
                continue
            start = base + m.start("town")
            span = doc.char_span(start, start + len(town), alignment_mode="expand")
            if span is None or any(t.ent_type_ == "NORP" or t.ent_type_ == "PERSON" and not _struck_place(doc, span.start)
                                   for t in span):
                continue
            province = found[0][1]
            # a place of that province, though spelt otherwise ("Ash-Shajara"): not a street of a crossing
            # ("Yosemite Avenue and Cleveland in Madera"), nor a word that is no place there ("But in the Eastern District")
            if _crossing(doc, span.start, span.end) or not self.gazetteer.matches(
                    town, province.country_code, admin1=province.admin1, limit=1):
                continue
            out.append(Toponym(f"{town}, {admin}", start, base + m.end(), weight_at(start) + _QUALIFIED_BONUS))
        return out

    def _state_agencies(self, text: str, base: int, weight_at) -> list[Toponym]:
        """'Maine State Police said', 'the Georgia Bureau of Investigation': a state's own force works
        in its state, so the state is named (the tagger often leaves it inside the agency's name)."""
        out = []
        for m in _STATE_AGENCY.finditer(text):
            group = "state" if m["state"] else "college"
            # "The Iowa Division of ...": a sentence's first word is no part of the state's name
            name = _SENTENCE_THE.sub("", m[group])
            found = self.gazetteer.matches(name, "US", kinds=("admin1",), limit=1)
            if found and found[0][0] == 0 and found[0][1].name.lower() == name.lower():
                start = base + m.end(group) - len(name)
                # a cue to which state the towns are in, not a scene of its own: a banner's low weight
                out.append(Toponym(found[0][1].name, start, start + len(name), min(weight_at(start), _BANNER_WEIGHT)))
        return out

    def _sizeable_town(self, name: str) -> bool:
        """Whether a town of some size bears the name, as its own or an alternate ("Hudaydah")."""
        return any(q <= 1 and (p.precision != "city" or self.gazetteer.population(p) >= _HAMLET_POP)
                   for q, p in self.gazetteer.matches(name, limit=5))

    def _people_word_place(self, name: str) -> bool:
        """Whether a name the tagger took for a people's ("shelled Menbij in Aleppo", "PD12 of Herat city") is
        a place all the same: no country or demonym, no word for a faith or a people, and a province or a
        town of some size by its own name."""
        key = name.lower()
        if key in self._countries or key in _PEOPLE_WORDS:
            return False
        return any(q == 0 and (p.precision == "admin1" or p.precision == "city" and self.gazetteer.population(p) >= _HAMLET_POP)
                   for q, p in self.gazetteer.matches(name, limit=5))

    def _city_of_neighbourhood(self, topo: Toponym) -> Toponym:
        """A neighbourhood of one big city that is no town of its own name elsewhere, or only a hamlet
        ("East Germantown", "Feltonville", "Parkway Village"), stands for its city even where the report
        does not name the city."""
        text = " ".join(topo.text.split()).strip(" ,;:.")
        cities = NEIGHBOURHOODS.get(fold(text)) if topo.weight >= 1.0 else None
        if not cities or len(cities) != 1:
            return topo
        for q, p in self.gazetteer.matches(text, limit=5):
            if q == 0 and (p.precision != "city" or self.gazetteer.population(p) >= _HAMLET_POP):
                return topo  # "Germantown", Maryland: a town in its own right
        city, state = cities[0]
        return replace(topo, text=f"{city}, {state}")

    def _neighbourhood_of(self, place: Place, toponyms: list[Toponym]) -> Place | None:
        """The city whose neighbourhood the place's name is ("Portage Park", "Madisonville") when the report
        also names that city, or comes from one of its stations, or names the city's state and the place lies
        in another; None otherwise."""
        cities = NEIGHBOURHOODS.get(fold(place.name))
        if not cities:
            return None
        named = {fold(" ".join(t.text.split()).split(",")[0].strip(" .;:")) for t in toponyms}
        # the city's state, said by the report, is as good a cue for a town of another state ("Old Town"
        # in a report that says Kansas is Wichita's), in passing too: a state's force, a tip line's number
        states = {fold(t.text.strip(" ,;:.").removesuffix(" State")) for t in toponyms}
        for city, state in cities:
            there = fold(city) in named or (fold(state) in states and place.admin1 != state)
            if there and not (place.name == city and place.admin1 == state):
                found = self.gazetteer.lookup(city, "US", admin1=state, kinds=("city",), limit=1)
                # the gazetteer's own point for the neighbourhood, beside its city, is finer than the city's
                # centre: the city, at the neighbourhood's point
                if found and place.admin1 == state and (km := distance_km(place, found[0])) is not None and km <= _NAMESAKE_KM:
                    return replace(found[0], lat=place.lat, lon=place.lon)
                if found:
                    return found[0]
        return None

    def _big_city_instead(self, place: Place, toponyms: list[Toponym]) -> Place:
        """A town far from a big city the report also names is most often that city's neighbourhood
        which the gazetteer knows only as a town elsewhere ("Evanston" beside "Cincinnati police",
        "Washington Heights" in a Chicago report, "Knoxville" under "PITTSBURGH (KDKA)"): the big city then,
        when nothing else in the report lies in the town's state, or when the big city is named more."""
        gaz = self.gazetteer
        name = fold(place.name)
        bigs: dict[Place, float] = {}
        own, supported = 0.0, False
        for t in toponyms:
            text = " ".join(t.text.split()).strip(" ,;:.")
            head = fold(text.split(",")[0])
            if t.weight < 1.0 or not head:
                continue
            if head == name or _SIDE_OF.sub("", head) == name or self._spelling_of(text, place):
                own += t.weight  # "North Longview" names Longview too
                # a town said with its state or province ("Albany, NY", "Jarablus, Aleppo") is that one's
                supported = supported or "," in text
                continue
            if (m := _COUNTY.search(text)) and any(c.admin1 == place.admin1 for c in gaz.counties(m.group(0))):
                supported = True  # "Cook County": the town's state
                continue
            if m and (seat := _county_namesake(gaz, m.group(0))) is not None and (km := distance_km(place, seat)) is not None \
                    and km > _BIG_CITY_KM:
                bigs[seat] = bigs.get(seat, 0.0) + t.weight  # "Los Angeles County": the big city it is named for
                continue
            found = gaz.matches(text, place.country_code, limit=3)
            if not found:
                continue
            q, top = found[0]
            # "Austin" in a report the resolver placed in Chicago is Chicago's West Side, not Texas's capital
            if (q == 0 and top.precision == "city" and fold(top.name) == head and gaz.population(top) >= _BIG_CITY_POP
                    and (place.name, place.admin1) not in NEIGHBOURHOODS.get(head, ())
                    and (km := distance_km(place, top)) is not None and km > _BIG_CITY_KM
                    and not self._namesake_beside(head, place)):
                bigs[top] = bigs.get(top, 0.0) + t.weight
            elif top.country_code == place.country_code and top.admin1 == place.admin1 and top.admin1:
                supported = True  # something else in the report lies in the town's state
        if not bigs:
            return place
        big, weight = max(bigs.items(), key=lambda kv: (kv[1], gaz.population(kv[0])))
        # a big city itself has its own neighbourhoods ("Austin" in a Chicago report is Chicago's only
        # when Chicago is named more); a town of the big city's state, or of a state the report names
        # otherwise, is itself unless the big city is named more
        if (supported or big.admin1 == place.admin1 or gaz.population(place) >= _BIG_CITY_POP) and weight <= own:
            return place
        # "Montgomery" beside "Aurora": both have a namesake in one state (Illinois), which is where they are,
        # unless the report names the town's own state ("Atlanta ... Georgia")
        bigs_there = {p.admin1 for p in gaz.lookup(big.name, place.country_code, kinds=("city",))}
        for town in gaz.lookup(place.name, place.country_code, kinds=("city",)) if big.admin1 != place.admin1 and not supported else ():
            if town.admin1 in bigs_there and town.admin1 != big.admin1 and fold(town.name) == name:
                return town
        return big

    def _namesake_beside(self, name: str, place: Place) -> bool:
        """Whether a town of that name lies next to the place: "Columbus" beside Phenix City, Alabama is the
        Georgia city across the river, not Ohio's capital."""
        return any(q == 0 and fold(p.name) == name and (km := distance_km(place, p)) is not None and km <= _NAMESAKE_KM
                   for q, p in self.gazetteer.matches(name, place.country_code, kinds=("city",), limit=_NAMESAKE_LIMIT))

    def _spelling_of(self, text: str, place: Place) -> bool:
        """Whether a name outside the US, said with its province or not, is another spelling of the place
        ("Jarablus, Aleppo" of Jarabulus): the report names that town, not a big city's neighbourhood."""
        if place.country_code in (None, "US"):
            return False
        found = self.gazetteer.matches(text.split(",")[0], place.country_code, limit=1)
        return bool(found) and found[0][1] == place

    def _inside(self, city: Place, county: Place) -> bool:
        """Whether a town lies in a county (a region inside a state): by its ZIP codes, else by distance."""
        if county_key(county.name) in self.gazetteer.town_counties(city):
            return True
        km = distance_km(city, county)
        return km is not None and km <= _COUNTY_KM


def _containers(doc: Doc, toponyms: list[Toponym], start: int, end: int, weight_at, countries=frozenset(),
                bracketed_province=None) -> list[Toponym]:
    """The places named after a place as holding it, as conflict notes write them ("Barangay Daro, Dumaguete,
    Negros Oriental", "Mulange (Mulanje, Southern)"): each a little less weighty than the scene, so that it
    decides only where the index lacks the scene.  Not a person's name ("in Lagos, Okafor said" has no
    stop after it), nor a name of ``countries`` last in brackets ("(Rafi LGA, Niger)": a state of Nigeria).
    The name last in brackets is looked up as the province ``bracketed_province`` says, where it says one
    ("(Baydhaba, Bay)": Bay Region, not a town called Bay)."""
    text = doc_text(doc)
    taken = {t.start for t in toponyms if t.end}
    out = []
    for topo in toponyms:
        pos, bracketed = topo.end, False
        if not (start <= topo.start < end) or not topo.end:
            continue
        ward_end = _ward_end(text, topo)
        pos, town_next = (topo.end, False) if ward_end is None else (ward_end, True)
        holders = [topo.text]
        while (m := _CHAIN_NEXT.match(text, pos, end)) is not None:
            name = re.split(r"\.\s", m["name"])[0].rstrip(".")
            at = m.start("name")
            bracketed = bracketed or "(" in m.group(0)
            span = doc.char_span(at, at + len(name), alignment_mode="expand")
            # (the tagger takes many a district for a person; inside brackets after a place, or as the town of
            # a ward, it is none)
            # a name ending in a unit word ("Chin State", "Mindat District") is none either
            people = ("NORP",) if bracketed or town_next or _UNIT_NAMED.search(name) else ("PERSON", "NORP")
            if span is None or any(t.ent_type_ in people for t in span) or fold(name) in NOT_PLACES:
                break
            # "Kagara (Rafi LGA, Niger)": a note names the units holding a town, never its country, in brackets
            # behind a comma; a country's name there is a province of that name (Niger State, Nigeria)
            province_of_country_name = bracketed and "," in m.group(0) and name.lower() in countries
            if at not in taken and not province_of_country_name:
                taken.add(at)
                said = name
                if bracketed and bracketed_province is not None and text[at + len(name):at + len(name) + 2].lstrip().startswith(")"):
                    said = bracketed_province(name, holders) or name
                # the town of a ward is the scene itself, not a unit holding it
                out.append(Toponym(said, at, at + len(name), weight_at(at) - (0.0 if town_next else _CONTAINER_MALUS)))
            holders.append(name)
            pos, town_next = at + len(name), False
    return out


def _ward_end(text: str, topo: Toponym) -> int | None:
    """Where the part of a town a toponym names ends, the town named next in a chain ("Barangay Labangal,
    General Santos", "the Cano Raya community, Tibu", "Zay Pin ward, Mrauk-U town"); None for no such part."""
    if _SUB_TOWN_BEFORE.match(topo.text) or _SUB_TOWN_AFTER.search(topo.text):
        return topo.end
    m = _SUB_TOWN_NEXT.match(text, topo.end)
    return m.end() if m else None


def _wards_demoted(text: str, toponyms: list[Toponym]) -> list[Toponym]:
    """A part of a town named before its town in a chain weighs less than the town: its name is most often a
    namesake's elsewhere ("Nyaung" of a ward is a town near Yangon) or unknown to the index."""
    starts = {t.start for t in toponyms if t.end}
    out = []
    for t in toponyms:
        ward_end = _ward_end(text, t) if t.end else None
        if ward_end is not None and (m := _CHAIN_NEXT.match(text, ward_end)) is not None and m.start("name") in starts:
            t = replace(t, weight=t.weight - _CONTAINER_MALUS - _QUALIFIED_BONUS)
        out.append(t)
    return out


_HOLDER_BEFORE = re.compile(rf"\s+{_UNIT_WORDS}\s+of\s+(?:the\s+)?$")


def _holders_demoted(text: str, toponyms: list[Toponym]) -> list[Toponym]:
    """ "Dogankoy village of Pervari, Siirt", "Ar Rubat area of Tuban district": the place after "<unit> of"
    holds the place before it, which is the scene; the holder weighs a little less (it still stands in where
    the index lacks the scene)."""
    ends = {t.end for t in toponyms if t.end}
    out = []
    for t in toponyms:
        m = _HOLDER_BEFORE.search(text, max(0, t.start - 40), t.start) if t.end else None
        if m is not None and m.start() in ends:
            t = replace(t, weight=t.weight - _CONTAINER_MALUS - _QUALIFIED_BONUS)
        out.append(t)
    return out


def _filed_from(toponyms: list[Toponym], dateline: Toponym) -> list[Toponym]:
    """The toponyms with the dateline's weight lowered to a body name's where the body names its town only as
    a landmark or where the victims were taken ("PHOENIX -- ... hunting west of Phoenix ... airlifted to
    Phoenix"): the story was filed from the big town near a scene it names otherwise."""
    head = fold(dateline.text.split(",")[0].strip())
    body = [t for t in toponyms if t is not dateline and t.end > 0 and fold(" ".join(t.text.split()).split(",")[0].strip(" .")) == head]
    if not body or any(t.weight > _BANNER_WEIGHT for t in body):
        return toponyms
    return [replace(t, weight=1.0) if t is dateline else t for t in toponyms]


_COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
            "north-east", "north-west", "south-east", "south-west"}


def _reference_point(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` is the landmark a scene is placed by, not the scene: "west of
    Phoenix", "about 20 miles south of Houston", "just north of Keenesburg"."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _COMPASS


def _after_care(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` follows "in" after a care word of its sentence: "hospitals in
    Orangeburg", "the Regional Medical Center in Orangeburg"."""
    if start < 2 or doc[start - 1].lower_ != "in":
        return False
    lo = max(doc[start].sent.start, start - 1 - _CARE_SPAN)
    return any(t.lower_ in _CARE_WORDS for t in doc[lo:start - 1])


# "Jon Doe, 23, of Minneapolis", "a 19-year-old of Dover", "a man from Akron": the words before "of" or
# "from" that make the name after it where someone lives, not the scene.
_HOME_BEFORE = {",", "old", "man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "resident", "residents"}
_AGE = re.compile(r"^\d{1,2}-years?-old$", re.IGNORECASE)


def _home_town(doc: Doc, start: int, end: int | None = None) -> bool:
    """Whether the name at token ``start`` says where someone lives: "Jon Doe, 23, of Minneapolis", "a
    19-year-old of Dover", "a man from Akron", "a teen from the Comstock Park area"."""
    if end is not None and _from_area(doc, start, end):
        return True
    if start < 2 or doc[start - 1].lower_ not in ("of", "from"):
        return False
    before = doc[start - 2]
    if before.text == ",":
        return doc[start - 1].lower_ == "of"
    return before.lower_ in _HOME_BEFORE or bool(_AGE.match(before.text))


_NEIGHBOURHOOD_WORDS = frozenset(("neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods"))


def _neighbourhood_named(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is a neighbourhood's, "the St. Louis Place neighborhood" (not "a Lafayette neighborhood",
    one of the town Lafayette)."""
    return start > 0 and doc[start - 1].lower_ == "the" and end < len(doc) and doc[end].lower_ in _NEIGHBOURHOOD_WORDS


def _of_city(doc: Doc, i: int) -> bool:
    """Whether tokens from ``i`` say whose part the neighbourhood is: "of Northwest Baltimore"."""
    return i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].is_title


def _title_head_name(head: str, city: Place) -> str:
    """The name a headline's head stands for: a common name ("Philly", "LA") its city with the state; the town's own
    name bare ("Shooting in Lancaster Wednesday night"), so that the report's other names say which of its
    namesakes it is, not the largest's state (Lancaster, California, on a Pennsylvania station's page)."""
    if fold(head) == fold(city.name) or not city.admin1:
        return city.name
    return f"{city.name}, {city.admin1}"


def _home_state(doc: Doc, start: int) -> bool:
    """Whether the name at token ``start`` is the state after a home town: "Jon Doe, 24, of Memphis, Tennessee, was
    found shot in Scott County".  The tagger names the state apart; it says where the victim lives, not where
    the scene is, and must not outweigh the dateline's county."""
    if start < 3 or doc[start - 1].text != ",":
        return False
    town = next((e for e in doc.ents if e.end == start - 1), None)
    return town is not None and _home_town(doc, town.start, town.end)


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


_TITLES = {"chief", "sgt", "sgt.", "sergeant", "officer", "detective", "det.", "lt.", "lt", "lieutenant", "capt.", "capt",
           "captain", "deputy", "sheriff", "cpl.", "cpl", "corporal", "trooper", "mr.", "mrs.", "ms.", "dr.", "mayor"}


def _surnames(doc: Doc) -> set[str]:
    """The last names of the people the report names in full: "Chief Chuck Hasty", "Samyah Copeland" (a name
    the tagger took for a place), "Sgt. Jones"."""
    out = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2 and e[-1].is_title}
    for e in doc.ents:
        # "Samyah Copeland, 16,": a name with an age is a person's, whatever the tagger thought
        if len(e) >= 2 and e[-1].is_title and e.end + 2 < len(doc) and doc[e.end].text == "," \
                and doc[e.end + 1].like_num and len(doc[e.end + 1].text) <= 2 and doc[e.end + 2].text == ",":
            out.add(e[-1].text)
    for tok in doc:
        if tok.lower_ in _TITLES and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title:
            end = tok.i + 1
            while end + 1 < len(doc) and doc[end + 1].is_title and end - tok.i < 3:
                end += 1
            out.add(doc[end].text)
    return out


def _county_namesake(gaz: Gazetteer, county: str) -> Place | None:
    """The big city a county of one state is named for: "Los Angeles County" -> Los Angeles; else None."""
    states = gaz.counties(county)
    if len(states) != 1:
        return None
    head = re.sub(r"\s+(?:County|Parish)$", "", county)
    found = gaz.lookup(head, "US", admin1=states[0].admin1, kinds=("city",), limit=1)
    return found[0] if found and fold(found[0].name) == fold(head) and gaz.population(found[0]) >= _BIG_CITY_POP else None


# "Spain Street", "Magnolia Ave.": a place name before a street word names the street.
_STREET_WORD = re.compile(r"^(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Place|Pl|Court|Ct"
                          r"|Highway|Hwy|Parkway|Pkwy|Terrace|Circle|Trail|Pike|Expressway|Freeway|Turnpike|Alley)\.?$")


# "Bailey's Grove", "Miller's Landing": a possessive before a generic feature word is one place's name, not
# the town its first word names ("Chicago's Park Manor" goes on with a name: Chicago is Chicago).
_FEATURE_WORD = re.compile(r"^(?:Grove|Landing|Creek|Point|Island|Ferry|Corners?|Crossing|Mills?|Hill|Bluff|Lake|Harbor"
                           r"|Neck|Run|Gap|Cove|Chapel|Store|Springs?|Station|Fork|Valley|Ridge|Pond|Woods)$")


# "Turkey-backed", "a Saudi-led coalition", "Iran backed militias": a country as the sponsor of an armed force.
_SPONSORED = {"backed", "led", "supported", "sponsored", "funded", "armed", "allied", "affiliated", "aligned"}


def _sponsor_of(doc: Doc, end: int) -> bool:
    """Whether the name ending before token ``end`` qualifies a force it backs or leads ("a Turkey backed
    police patrol", "Saudi-led airstrikes"): the sponsor's country, no scene of the incident."""
    k = end + 1 if end < len(doc) and doc[end].text in _HYPHENS and not doc[end - 1].whitespace_ else end
    return k < len(doc) and doc[k].lower_ in _SPONSORED and (k == end or not doc[end].whitespace_)


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


def _street_name(doc: Doc, end: int) -> bool:
    """Whether the words ending before token ``end`` are the first part of a street's name."""
    return end < len(doc) and bool(_STREET_WORD.match(doc[end].text))


_STREETS = re.compile(r"^(?:streets|avenues|roads|drives|boulevards|lanes)$", re.IGNORECASE)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)


_TRAVEL = {"northbound", "southbound", "eastbound", "westbound", "traveling", "travelling", "driving", "headed", "heading"}


_CROSS_NAME_TOKENS = 2  # a cross street said bare is a short name: "Craig", "Lamb", "Jones Blvd"


def _cross_streets_after_address(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is one of a pair after a street: "the 4200 block of Studio Street, near Craig and Lamb" names
    the crossing nearest the address, not Craig, Colorado.  Only the pair counts: "on Route 9 near Glens Falls"
    names a town."""
    if end - start > _CROSS_NAME_TOKENS:
        return False
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and doc[end + 1].is_title:
        first = start  # "Craig" of "near Craig and Lamb"
    elif start >= 2 and doc[start - 1].lower_ in ("and", "&") and doc[start - 2].is_title:
        first = start - 2  # "Lamb": back over the first street's name
        while first > 0 and start - first <= _CROSS_NAME_TOKENS and doc[first - 1].is_title:
            first -= 1
    else:
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
    "near Missouri and 16th avenues", "the intersection of Cleveland and Yosemite"; or the road a vehicle
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
    if _cross_streets_after_address(doc, start, end):
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


def _building_name(doc: Doc, end: int) -> bool:
    """Whether the words ending before token ``end`` begin the name of a school, hospital or other building."""
    if end < len(doc) and doc[end].text in ("'s", "’s"):
        end += 1
    return end < len(doc) and bool(_BUILDING_WORD.match(doc[end].text))


def _us_report(doc: Doc, gazetteer: Gazetteer) -> bool:
    """Whether the text names a US state (an AP abbreviation "Fla.", a postal code after a town,
    a state's own name) or a US county ("Cowley County")."""
    if (_AP_ABBREV.search(doc_text(doc)) or _POSTAL.search(doc_text(doc)[:_HEAD_CHARS]) or _US_CUES.search(doc_text(doc))
            or _US_CUES.search(doc._.title or "")):
        return True
    for m in itertools.islice(_COUNTY.finditer(doc_text(doc)), 5):
        if gazetteer.county_states(m.group(0)):
            return True
    for e in doc.ents:
        if e.label_ == "GPE" and e.text.lower() not in _AMBIGUOUS_STATES:
            found = gazetteer.matches(e.text, "US", kinds=("admin1",), limit=1)
            if found and found[0][0] == 0 and found[0][1].name.lower() == e.text.lower():
                return True
    return _big_us_city_in_title(doc._.title, gazetteer)


_TITLE_CITY_POP = 100_000  # a headline's town this large, and the largest of its name, is known without its state


def _big_us_city_in_title(title: str | None, gazetteer: Gazetteer) -> bool:
    """Whether the headline says the incident happened in a big US city, the largest place of its name
    anywhere ("... shooting in San Bernardino", "3 injured in Dayton shooting"): its page is American local
    news, whatever country a veteran's memories name ("safer in Iraq than in San Bernardino")."""
    for m in _TITLE_PLACE.finditer(title or ""):
        name = m.group(1).strip(" .,")
        if "," in name or not name[:1].isupper():
            continue
        found = gazetteer.matches(name, limit=3)
        if not found or found[0][0] != 0:
            continue
        top = max((p for q, p in found if q == 0), key=gazetteer.population)
        if (top.country_code == "US" and top.precision == "city" and fold(top.name) == fold(name)
                and gazetteer.population(top) >= _TITLE_CITY_POP):
            return True
    return False


# "WTVM.com - Columbus, GA News", "KSLA News 12 Shreveport, Louisiana": the outlet's home in a page title.
_TITLE_POSTAL = re.compile(r"(?P<city>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s*,\s*(?P<state>"
                           + "|".join(sorted(US_POSTAL)) + r")\b(?![a-z])")
# "(WRIC)", "KDKA-TV", and glued to the channel's number, "WDBJ7"
_CALL = re.compile(r"(?<![\w.-])(?P<call>[KW][A-Z]{2,3})(?:-(?:TV|DT|FM|AM)|\d{1,2})?(?![\w-])")
_OUTLET_TAIL = 300
# "KMOV.com", "wsoctv.com", "www.kare11.com", "tips@wric.com", "live5news.com": a station's site; its name is
# its call letters, lower case or not, with "tv" or the channel's number glued on, or a brand.
_SITE = re.compile(r"(?<![\w.-])(?:www\.)?(?P<site>[A-Za-z0-9]{3,20})\s?\.\s?(?i:com)\b")
_SITE_CALL = re.compile(r"(?P<call>[kw][a-z]{2,3})(?:tv|news)?\d{0,2}")


def _outlet_names(doc: Doc) -> list[Toponym]:
    """The outlet's home town, from a "City, ST" in the page title or a station's call letters in the title,
    the first lines or the credits ("- WSMV Channel 4", "(WRIC)", "KENS 5").  The outlet's home is not the
    scene; weighing little, it only says which state a town of a common name lies in, or stands in when
    the report names no other place."""
    title = doc._.title or ""
    found: list[str] = [f"{m['city']}, {m['state']}" for m in _TITLE_POSTAL.finditer(title)]
    text = doc_text(doc)
    for chunk in (title, text[:_HEAD_CHARS], text[-_OUTLET_TAIL:] if len(text) > _HEAD_CHARS else ""):
        for m in _CALL.finditer(chunk):
            market = CALL_LETTERS.get(m["call"])
            if market:
                found.append(f"{market[0]}, {market[1]}")
    return [Toponym(name, 0, 0, _BANNER_WEIGHT) for name in dict.fromkeys(found)]


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


# "call Crime Stoppers at 513-352-3040", "(412) 555-0100": a local telephone number.
_PHONE = re.compile(r"(?<![\w-])\(?\s?(?P<area>\d{3})\s?\)?[\s.-]?\d{3}\s?[.-]\s?\d{4}(?!\d)")
_AGENCY_INITIALS = re.compile(r"(?<![\w-])(?P<initials>" + "|".join(sorted(STATE_AGENCY_INITIALS, key=len, reverse=True))
                              + r")(?![\w-])")
_FORCE_INITIALS = re.compile(r"(?<![\w-])(?P<initials>" + "|".join(sorted(CITY_FORCE_INITIALS, key=len, reverse=True))
                             + r")(?![\w-])")


def _state_cues(doc: Doc) -> list[Toponym]:
    """The states a report's telephone numbers (a tip line's, the newsroom's) and state forces by their
    initials ("the GBI", "SLED agents") say.  Neither is a scene: weighing little, they only say which of the
    towns of a common name the report means ("Wilmington" with a 302 number is Delaware's)."""
    text = (doc._.title or "") + "\n" + doc_text(doc)
    found = [AREA_CODES[m["area"]] for m in _PHONE.finditer(text) if m["area"] in AREA_CODES]
    found += [STATE_AGENCY_INITIALS[m["initials"]] for m in _AGENCY_INITIALS.finditer(text)]
    found += _title_outlet_states(doc._.title)
    # (said so, the two states that share their names with a city are no city)
    return [Toponym(_STATE_SAID.get(state, state), 0, 0, _BANNER_WEIGHT, exact=True) for state in dict.fromkeys(found)]


_STATE_SAID = {"New York": "New York State", "Washington": "Washington State"}

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


def _city_forces(base: int, text: str, weight_at) -> list[Toponym]:
    """A big city's police by its initials ("IMPD officers", "told the LAPD"): the city, as "Waco Police"
    names Waco, though never weightier than a name in passing."""
    out = []
    for m in _FORCE_INITIALS.finditer(text):
        city, state = CITY_FORCE_INITIALS[m["initials"]]
        start = base + m.start()
        out.append(Toponym(f"{city}, {state}", start, base + m.end(), min(weight_at(start), _PASSING_WEIGHT)))
    return out


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


def _paper_names(doc: Doc) -> list[Toponym]:
    """The town of a local paper named in the title, the first lines or the credits ("premium content from The
    Lufkin News").  Like a station's home it weighs little: it stands in when the report names no other place."""
    title, text = doc._.title or "", doc_text(doc)
    found = []
    for chunk in (title, text[:_HEAD_CHARS], text[-_OUTLET_TAIL:] if len(text) > _HEAD_CHARS else ""):
        found.extend(m["city"] for m in _PAPER.finditer(chunk) if m["city"].split()[0].lower() not in _NOT_NAMES)
    return [Toponym(name, 0, 0, _BANNER_WEIGHT, exact=True) for name in dict.fromkeys(found)]


def _local_names(doc: Doc, base: int, text: str, weight_at) -> list[Toponym]:
    """Town names in "Waco Police", "the Kern County Sheriff's Office", "a Lafayette teen"."""
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
            if span is None or any(t.ent_type_ in people for t in span):
                continue
            weight = weight_at(start)
            if (pattern is _LOCAL_MODIFIER and _THE_NEIGHBOURHOOD.match(m.group(0))
                    and (fold(name) not in NEIGHBOURHOODS or _OF_CITY.match(text, m.end()))):
                weight = min(weight, _BANNER_WEIGHT)  # "the Arlington neighborhood": a part of a city, as above
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
    for m in _ADDRESS_TOWN.finditer(text):
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


def _county_cues(text: str, base: int) -> list[Toponym]:
    """Counties inside the names of their offices and buildings ("the Pike County Courthouse", "the Harris County
    Medical Examiner's Office"), which the tagger reads as organisations.  The county is no scene of its own:
    weighing little, it says which of the towns of a common name the report means (Milford in Pike County)."""
    out = []
    for m in _COUNTY.finditer(text):
        name = _place_words(m.group(0).split())
        if name:
            start = base + m.end() - len(name)
            out.append(Toponym(name, start, base + m.end(), _BANNER_WEIGHT, exact=True))
    # "the Hampden District Attorney's office": prosecutors named for their district, the county without its word
    for m in _COUNTY_PROSECUTOR.finditer(text):
        if m["name"].split()[-1] not in _NOT_A_COUNTY:
            out.append(Toponym(m["name"] + " County", base + m.start("name"), base + m.end("name"), _BANNER_WEIGHT, exact=True))
    return out


# A district attorney named for his district: in Massachusetts the district is a county said without its word
# ("Essex District Attorney", "the Plymouth DA"); elsewhere the word is said, and _COUNTY reads it.
_COUNTY_PROSECUTOR = re.compile(r"\b(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+(?:District\s+Attorney|DA)\b")
_NOT_A_COUNTY = {"County", "Parish", "Assistant", "Deputy", "Acting", "Former", "Interim", "The", "Chief", "State", "Senior"}


_TITLE_MODIFIER = re.compile(
    r"(?:^|(?<=[\s,;:]))(?P<name>[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][a-z][\w'’.-]*)?(?:\s+(?:County|Co\.|Parish))?)\s+"
    r"(?i:man|men|woman|women|teen|teens|teenager|boy|girl|toddler|child|kids?|youth|infant|baby|couple|family|resident|residents"
    r"|home|apartment|bar|nightclub|club|homicide|homicides|shooting|shootings|police|deputies|officer|officers|mall)\b"
)
# "in southwest Macon": a lower-case direction before the name names a part of that city
_TITLE_PLACE = re.compile(r"\b(?:in|near|at|outside|of)\s+((?:(?:north|south|east|west|northeast|northwest|southeast|southwest)"
                          r"(?:ern)?\s+)?(?:[A-Z][\w'.-]*)(?:\s+[A-Z][\w'.-]*){0,2}(?:,\s+[A-Z][\w.]+)?)")


# A county this many times larger (by its largest town) than every town of its name is the one a headline means.
_BARE_COUNTY_RATIO = 10
_SPLIT_POSSESSIVE = re.compile(r"\s+(['’]s)\b")
_TITLE_LANDMARK = re.compile(r"\b(?i:north|south|east|west)(?i:east|west)?\s+of\s+$")


def _title_names(title: str | None) -> list[Toponym]:
    """'Man shot, killed in Feltonville': headlines name the town the body may only call 'the city'.
    Weighted below the body's incident sentences, so they only decide when the body is silent."""
    if not title:
        return []
    # "Boy shot while hunting west of Phoenix": a landmark, weighing like one of the body
    found = [Toponym(m.group(1).strip(" .,"), 0, 0, _BANNER_WEIGHT if _TITLE_LANDMARK.search(title[:m.start(1)]) else 1.2)
             for m in _TITLE_PLACE.finditer(title)]
    # "Lafayette teen ...", "Pittsburgh man to stand trial for Allentown homicide", "Marshall Co. boy":
    # only a place's own name counts, as for the body's "a Lafayette teen".
    for m in _TITLE_MODIFIER.finditer(title):
        name = _place_words(m["name"].split())
        if name:
            found.append(Toponym(name, 0, 0, 1.2, exact=True))
    # "5 shot on Detroit's west side": only a city has sides, as in the body (a headline's possessive may come
    # split off its name: "Detroit 's")
    for m in _CITY_SIDE.finditer(_SPLIT_POSSESSIVE.sub(r"\1", title)):
        name = _place_words(m["name"].split())
        if name:
            found.append(Toponym(name, 0, 0, 1.2, exact=True))
    return found


def _joined_by_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen gluing two words of one name: "Ar-Raqqa"."""
    return (doc[i].text in _HYPHENS and i + 1 < len(doc) and not doc[i - 1].whitespace_ and not doc[i].whitespace_
            and doc[i + 1].text[:1].isalpha())


# "Herat city", "Janaale town", "Natugo village": a name before a lower-case settlement word is a place's,
# though the tagger missed it; not "the town hall" or "the city council" (an office of that place).
_SETTLEMENT_WORDS = {"city", "town", "village", "district", "province", "governorate", "municipality"}
_NOT_SETTLEMENT_AFTER = {"hall", "council", "councillor", "councilman", "councilwoman", "manager", "limits", "officials",
                         "official", "clerk", "meeting", "centre", "center", "square", "police", "attorney"}


def _named_settlements(doc: Doc, seg, sent_of: list[int], weights: list[float], people_word_place=None) -> list[Toponym]:
    """Proper names before a settlement word ("in Herat city", "attacked Natugo village"); a name the tagger
    took for a people's only where ``people_word_place`` says it is a place all the same."""
    out = []
    for tok in doc:
        if not (seg.start <= tok.idx < seg.end) or tok.text not in _SETTLEMENT_WORDS or tok.i == 0:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _NOT_SETTLEMENT_AFTER:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 4:
            prev = doc[start - 1]
            if prev.pos_ == "PROPN" and prev.ent_type_ not in ("PERSON", "ORG") and prev.is_title:
                start -= 1
            elif start >= 2 and _joined_by_hyphen(doc, start - 1) and doc[start - 2].pos_ == "PROPN":
                start -= 2
            else:
                break
        if start == tok.i:
            continue
        span = doc[start:tok.i]
        if any(t.ent_type_ == "NORP" for t in span) and not (people_word_place and people_word_place(span.text)):
            continue  # "the Kurdish town": a people's, not a place's name
        out.append(Toponym(span.text, span.start_char, span.end_char, weights[sent_of[start]]))
    return out


def _people_named_place(doc: Doc, span, people_word_place) -> bool:
    """Whether a name the tagger took for a people's names a place: not before a plural noun it qualifies
    ("in Arab villages"), and a place by ``people_word_place``."""
    if span.end < len(doc) and doc[span.end].tag_ in ("NNS", "NNPS"):
        return False
    return people_word_place is not None and people_word_place(span.text)


def _untagged_names(doc: Doc, seg, sent_of: list[int], weights: list[float], people_word_place=None) -> list[Toponym]:
    """Proper names after a locative preposition that NER did not tag as places; one tagged as a people's
    ("in Aleppo" as NORP) only where ``people_word_place`` says it is a place all the same, and not as the
    adjective of a plural noun ("in Arab villages")."""
    out = []
    tokens = [t for t in doc if seg.start <= t.idx < seg.end]
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok.pos_ == "PROPN" and tok.ent_type_ not in _LABELS and tok.i > 0 and (
                tok.ent_type_ not in _NOT_PLACE_ENTS or tok.ent_type_ == "NORP" and people_word_place is not None):
            prev = doc[tok.i - 1]
            prev2 = doc[tok.i - 2] if tok.i > 1 else None
            locative = prev.lower_ in _LOCATIVE or (prev.lower_ == "of" and prev2 is not None and prev2.lower_ in _AREA_NOUNS)
            if locative:
                end = tok.i + 1
                while end < len(doc) and end - tok.i < 4:
                    if doc[end].pos_ == "PROPN":
                        end += 1
                    elif _joined_by_hyphen(doc, end):
                        end += 2  # "Ar-Raqqa", "Deir-ez-Zor": one name
                    else:
                        break
                span = doc[tok.i:end]
                # "at St. Mary's Hospital": a building's name, not the town of its first words
                if _street_name(doc, end) or _crossing(doc, tok.i, end) or _building_name(doc, end) or (
                        any(t.ent_type_ == "NORP" for t in span) and not _people_named_place(doc, span, people_word_place)):
                    k += end - tok.i
                    continue
                w = weights[sent_of[tok.i]]
                if _care_destination(doc, tok.i, end) or _reference_point(doc, tok.i):
                    w = min(w, _BANNER_WEIGHT)  # "taken to a hospital in Aurora", as for a tagged name
                elif _after_care(doc, tok.i):
                    # "a hospital in Aurora": no weightier than a name in passing (which still says the region)
                    w = min(w, _PASSING_WEIGHT)
                out.append(Toponym(span.text, span.start_char, span.end_char, w))
                k += end - tok.i
                continue
        k += 1
    return out
