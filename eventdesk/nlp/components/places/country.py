"""Which countries a report is about (step 3): the countries it names, the cues only American local news
writes (AP state abbreviations, a sheriff's office, call letters), the Philippines' barangays, and the
desk's default country.  The resolver reads every name against these.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc

from ....dateline import head_dateline_town, head_datelines
from ....geo import Gazetteer
from ....geo.names import fold
from ....geo.outlets import FOREIGN_FORCES, FOREIGN_POLICE_STATES
from ....geo.tables import AP_STATES, STAND_ALONE_DATELINES
from ...doctext import doc_text
from .headline import _TITLE_PLACE
from .outlets import _outlet_names, _site_names
from .roles import _past_place, _sponsor_of
from .state_cues import _states_said_by_agencies
from .streets import _building_name, _street_name
from .words import _AMBIGUOUS_STATES, _COUNTY, _HAMLET_POP, _HEAD_CHARS, _POSTAL

# AP state abbreviations ("Fla.", "N.C."): a report written where these are used is a US report.
_AP_ABBREV = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True)) + r")(?=[\s,;)(—–-]|$)")
# What only American local news writes: "the 1500 block of", a sheriff's office, state or DPS troopers, a
# broadcaster's call letters in a dateline or credit ("(WRIC)", "KDKA-TV"), a network's credit, a 911 call.
_US_CUES = re.compile(
    r"\b\d+\s+block\s+of\b|\b[Ss]heriff(?:['’]s)?\s+(?:[Oo]ffice|[Dd]epartment|[Dd]eput)|\b[Dd]eputies\b"
    r"|\((?:[KW][A-Z]{2,3})(?:-(?:TV|FM|AM|DT))?\b[^()\n]{0,20}\)|\b[KW][A-Z]{2,3}-TV\b"
    r"|\b(?:[Ss]tate|DPS)\s+[Tt]roopers?\b"
    r"|\b[KW][A-Z]{2,3}\s+(?:News|FOX|Fox|NBC|ABC|CBS|CW|Channel|TV|\d)"
    # an office and roads only the United States have: a district attorney, an interstate, a turnpike by name
    r"|\b[Dd]istrict\s+[Aa]ttorney|\bInterstate\s+\d{1,3}\b|\b[A-Z][a-z]+\s+Turnpike\b"
    # an American network's affiliate credited after a dateline ("BEDFORD (CBS) —"; the ABC is Australia's too), and
    # the American emergency number ("a 911 call", "called 911")
    r"|\((?:CBS|NBC|FOX|Fox)\b[^()\n]{0,12}\)|\b(?:called|call|calls|calling|dialed|dialled)\s+911\b"
    r"|\b911\s+(?:call|calls|caller|callers|dispatch|dispatcher|dispatchers|center|centre|operator|operators)\b"
)
# "Tasmania Police said", "RCMP", "Gardaí": a force abroad (outlets.FOREIGN_FORCES); "police in Tasmania",
# "Tasmanian police": a state abroad named as its police's (outlets.FOREIGN_POLICE_STATES)
_FOREIGN_FORCE = re.compile(r"(?<![\w-])(?P<force>"
                            + "|".join(re.escape(n) for n in sorted(FOREIGN_FORCES, key=len, reverse=True)) + r")(?![\w-])")
_STATES_ABROAD = "|".join(re.escape(n) for n in sorted(FOREIGN_POLICE_STATES, key=len, reverse=True))
_FOREIGN_STATE_POLICE = re.compile(rf"\b(?:[Pp]olice|[Dd]etectives|[Oo]fficers) in (?P<state>{_STATES_ABROAD})\b"
                                   rf"|\b(?P<owner>{_STATES_ABROAD}) [Pp]olice\b")


def _foreign_force_countries(text: str) -> set[str]:
    """The countries whose forces the text names ("Tasmania Police", "police in Tasmania", "RCMP"): their reports
    happen there, though a bare dateline of the town ("HOBART —") names an American town too."""
    found = {FOREIGN_FORCES[m["force"]] for m in _FOREIGN_FORCE.finditer(text)}
    return found | {FOREIGN_POLICE_STATES[m["state"] or m["owner"]] for m in _FOREIGN_STATE_POLICE.finditer(text)}


# A ward of a Philippine town, the word only the Philippines use: "in Barangay Daro, Dumaguete".
_BARANGAY = re.compile(r"\b(?:Barangay|Brgy\.)\s+[A-Z0-9]")


def _us_report(doc: Doc, gazetteer: Gazetteer) -> bool:
    """Whether the text names a US state (an AP abbreviation "Fla.", a postal code after a town,
    a state's own name, inside a state force's or university's name too) or a US county ("Cowley County")."""
    if (_AP_ABBREV.search(doc_text(doc)) or _POSTAL.search(doc_text(doc)[:_HEAD_CHARS]) or _US_CUES.search(doc_text(doc))
            or _US_CUES.search(doc._.title or "")):
        return True
    if _states_said_by_agencies(doc_text(doc), gazetteer):
        return True  # "Ohio State Highway Patrol", "an Ohio University student": the state inside a name
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
        if "," not in name and _big_us_city(name, gazetteer):
            return True
    return False


def _big_us_city(name: str, gazetteer: Gazetteer) -> bool:
    """Whether ``name`` is a big US city's own name, and the largest place of that name anywhere ("Atlanta",
    "Pittsburgh"; not "Rome" or "Paris", whose largest namesakes lie abroad)."""
    if not name[:1].isupper():
        return False
    found = gazetteer.matches(name, limit=3)
    if not found or found[0][0] != 0:
        return False
    top = max((p for q, p in found if q == 0), key=gazetteer.population)
    return (top.country_code == "US" and top.precision == "city" and fold(top.name) == fold(name)
            and gazetteer.population(top) >= _TITLE_CITY_POP)


def _big_us_city_in_body(doc: Doc, gazetteer: Gazetteer, seats: frozenset[str] = frozenset()) -> bool:
    """Whether the text names a big US city, the largest place of its name anywhere, as a place ("taken to a
    hospital in Atlanta", "a suspect was arrested in Pittsburgh"): a report that names no country, has no other
    cue to one (a barangay) and such a city is American local news, and its other towns ("Rome police", "in
    Lancaster") are American namesakes before those abroad.  The cities in ``seats`` do not count."""
    return any(e.label_ == "GPE" and fold(name := e.text.strip(" .,")) not in seats and _big_us_city(name, gazetteer)
               for e in doc.ents)


# the cities world news names for the governments and the bodies seated there ("Washington condemned the strike",
# "talks in New York"): no sign of an American local report about a town abroad
_WORLD_SEATS = frozenset({"washington", "new york", "new york city"})


# "(AP)" after a bare dateline: the AP dates a town abroad with its country ("HOBART, Australia (AP) —") unless it is
# one of the cities it dates alone, while its state wires drop the state of a town of their own state ("HOBART (AP) —"
# in an Indiana paper).  Other agencies date towns abroad alone ("HOBART (Reuters) -") and stay unread.
_AP_AGENCY = re.compile(r"\(\s*(?:AP|The Associated Press)\s*\)\s*")
# ... but a bare "DUBLIN (AP) —" is too often Ireland's capital, which AP stylebooks have dated alone
_AP_ALONE_TOO = frozenset({"dublin"})


def _bare_dateline_town(doc: Doc) -> str | None:
    """The town of a bare dateline opening the report ("ATHENS —", "LEBANON —", "HOBART (AP) —": no state, country or
    agency but the AP), unless it is a town the wires date alone abroad ("PARIS (AP) —", "ROME —"); else None."""
    m = next(head_datelines(doc_text(doc)[:_HEAD_CHARS]), None)
    if m is None or m["state"] or (town := head_dateline_town(m)) is None:
        return None
    if m["agency"] and (not _AP_AGENCY.fullmatch(m["agency"]) or fold(town) in _AP_ALONE_TOO):
        return None
    return None if fold(town) in STAND_ALONE_DATELINES else town


def _bare_us_dateline(doc: Doc, gazetteer: Gazetteer) -> bool:
    """Whether the report opens with a bare dateline (``_bare_dateline_town``) of a town that an American town of
    some size is named too: a local paper writes its own town so, while a wire writes "ATHENS, Greece —"."""
    town = _bare_dateline_town(doc)
    return town is not None and _us_town_name(town.title(), gazetteer)


def _dateline_country_names(doc: Doc, gazetteer: Gazetteer) -> str | None:
    """The name of a country that a bare dateline gives as its town ("LEBANON —"), where an American town of some
    size bears it: no wire dates a story by a country's name, so the report's "Lebanon" is that town, not the
    country (the report's other names of the country still say it).  None otherwise; the caller drops only the
    country names spelt as the town is."""
    town = _bare_dateline_town(doc)
    return fold(town) if town is not None and _us_town_name(town.title(), gazetteer) else None


def _us_town_name(name: str, gazetteer: Gazetteer) -> bool:
    """Whether an American town of some size bears ``name`` as its own ("Lebanon", "Mexico", "Peru")."""
    return any(q == 0 and p.precision == "city" and fold(p.name) == fold(name) and gazetteer.population(p) >= _HAMLET_POP
               for q, p in gazetteer.matches(name, "US", kinds=("city",), limit=5))


class CountryMixin:
    """PlaceResolver's reading of the report's countries; needs ``gazetteer``, ``_countries`` and ``default_country``."""

    def _context(self, doc: Doc) -> tuple[str, ...]:
        ents = [e for e in doc.ents
                if e.label_ in ("GPE", "NORP", "LOC") and e.text.lower() in self._countries and not _street_name(doc, e.end)
                and not _sponsor_of(doc, e.end) and not _past_place(doc, e.start_char, e.end_char)
                and not _building_name(doc, e.end) and self._cut_short(doc, e) is None]
        town = _dateline_country_names(doc, self.gazetteer) if ents else None
        if town is not None:
            ents = [e for e in ents if fold(e.text) != town]  # "LEBANON — ... Lebanon police": the town, twice
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
        if not named:
            # "HOBART — ... Tasmania Police said": a force abroad says its country before the dateline's American
            # namesake does (a report with any American cue above stays American)
            named |= _foreign_force_countries(doc_text(doc))
        if not named and _bare_us_dateline(doc, self.gazetteer):
            named.add("US")  # "SALEM —": an American paper's own town, a wire would say "SALEM, India —"
        if (ents and "US" not in named and all(_us_town_name(e.text, self.gazetteer) for e in ents)
                and _big_us_city_in_body(doc, self.gazetteer, _WORLD_SEATS)):
            # "shot in Lebanon ... taken to a hospital in Nashville": a country's name that an American town bears,
            # beside a big American city, is that town (the report names no country but by that name)
            named = {"US"}
        if not named and _big_us_city_in_body(doc, self.gazetteer):
            named.add("US")  # the last cue: any other (a barangay, the desk's country) says more
        return tuple(sorted(named))
