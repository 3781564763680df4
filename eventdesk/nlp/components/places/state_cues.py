"""The cues of a state without its name in a place phrase: a state agency ("Illinois State Police", "the
GBI", "THP troopers", North Carolina's bare "State Bureau of Investigation"), a Louisiana parish's offices told by the
word alone ("parish deputies"), a state university, a college town's university known by its own name ("Purdue", "Auburn University"), a
hospital named for its town ("Hilo Medical Center"), a tip line's area code, and a big city's police by its
initials ("IMPD").  They say the state, faintly, so that a namesake town in another state loses.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ....geo import Gazetteer, Toponym
from ....geo.names import fold
from ....geo.neighbourhoods import names_of
from ....geo.outlets import (
    AREA_CODES, BARE_CITY_HOSPITALS, CITY_FORCE_INITIALS, CITY_HOSPITALS, INSTITUTIONS, INTERSTATES,
    MILITARY_INSTALLATIONS, RIVERS, SHARED_HOSPITALS, STATE_AGENCY_INITIALS, STATE_CAPITALS, UNIVERSITY_INITIALS,
)
from ...doctext import doc_text
from .outlets import _title_outlet_states
from .words import _BANNER_WEIGHT, _PASSING_WEIGHT, _STATE_HINT_WEIGHT

# the words of a university's students, after its name told short ("a Kansas State junior", "a UGA student")
_STUDENTS = r"(?= (?:students?|freshman|sophomore|junior|senior)\b)"
_STATE_AGENCY = re.compile(r"\b(?P<state>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:State Police|State Patrol|State Highway Patrol|Highway Patrol|State Troopers?|"
                           r"Bureau of Investigation|Department of Public Safety|Department of Corrections"
                           # a state's other offices work in their state as well: its detectives under other names
                           # ("Iowa Division of Criminal Investigation", "Minnesota Bureau of Criminal Apprehension"),
                           # its game wardens, its attorney general
                           r"|(?:Division|Bureau) of Criminal (?:Investigation|Apprehension)|Department of Law Enforcement"
                           r"|Natural Resources Police|Department of Natural Resources|Attorney General"
                           # and so do its departments of any name and its law enforcement divisions ("the Florida
                           # Department of Children and Families", "the Alabama Law Enforcement Agency")
                           r"|Department of (?:[A-Z][a-z]+ )*[A-Z][a-z]+|Law Enforcement (?:Division|Agency)"
                           r"|Fish and Wildlife|Wildlife and Fisheries|Game and Fish|Fish and Game)\b"
                           # a state's university lies in its state: "a University of Georgia student"
                           r"|\bUniversity of (?P<college>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?![ -](?:at|in)\b)"
                           # and so does one named after it: "an Ohio University student", "Kansas State University"
                           # (not "Indiana University of Pennsylvania"; "Washington University" lies in St. Louis)
                           r"|\b(?P<named>[A-Z][a-z]+(?: (?!State\b)[A-Z][a-z]+)?) (?P<public>State )?University\b(?! of\b)"
                           # and so does one told short before its students: "a Kansas State student", "a Central
                           # Michigan student" (not "a Penn State graduate": a person's past says nothing)
                           r"|\b(?:(?:Central|Eastern|Western|Northern|Southern|Middle)"
                           r" (?P<side>[A-Z][a-z]+(?: [A-Z][a-z]+)?)|(?P<short>[A-Z][a-z]+(?: [A-Z][a-z]+)?) State)"
                           + _STUDENTS)
_SENTENCE_THE = re.compile(r"^The\s+")
# universities named after a state's name that lie elsewhere: "Washington University" (St. Louis), "George
# Washington University" (the District) is caught whole
_NOT_STATE_COLLEGES = frozenset({"Washington"})
_COLLEGE_CITY_POP = 100_000  # a university named for a town this big is that town's (not "University of Oxford")


# "call Crime Stoppers at 513-352-3040", "(412) 555-0100": a local telephone number.
_PHONE = re.compile(r"(?<![\w-])\(?\s?(?P<area>\d{3})\s?\)?[\s.-]?\d{3}\s?[.-]\s?\d{4}(?!\d)")
_AGENCY_INITIALS = re.compile(r"(?<![\w-])(?P<initials>" + "|".join(sorted(STATE_AGENCY_INITIALS, key=len, reverse=True))
                              + r")(?![\w-])")
# "a Marine stationed at Camp Lejeune", "soldiers from Fort Hood": the installation's state
_INSTALLATION = re.compile(r"(?<![\w-])(?P<base>" + "|".join(re.escape(n) for n in sorted(MILITARY_INSTALLATIONS, key=len, reverse=True))
                           + r")(?![\w-])")
# "an Auburn University student", "a Purdue student": a college town's campus or hospital of one state
_INSTITUTION = re.compile(r"(?<![\w-])(?P<name>" + "|".join(re.escape(n) for n in sorted(INSTITUTIONS, key=len, reverse=True))
                          + r")(?![\w-])")
# "a UGA junior", "a K-State student": a state university told by its initials before its students
_UNIVERSITY_INITIALS = re.compile(r"(?<![\w-])(?P<initials>" + "|".join(
    re.escape(n) for n in sorted(UNIVERSITY_INITIALS, key=len, reverse=True)) + r")" + _STUDENTS)
# "a block from the state Capitol", "near the State House": a state's capitol (not the State House's members or seats)
_STATE_CAPITOL = re.compile(r"(?<![\w-])(?:[Ss]tate [Cc]apitol|[Ss]tatehouse|State House(?! (?:of|[Ss]peaker|seat|race)\b))")
# the capitals' names, in any case ("SPRINGFIELD —")
_CAPITAL_NAME = re.compile(r"(?<![\w-])(?P<name>" + "|".join(
    re.escape(n) for n in sorted(STATE_CAPITALS, key=len, reverse=True)) + r")(?![\w-])", re.IGNORECASE)
_CAPITALS_FOLDED = {fold(name): state for name, state in STATE_CAPITALS.items()}
# "near the Susquehanna River", "the West Branch of the Susquehanna River": the river's states
_RIVER = re.compile(
    r"(?<![\w-])(?P<name>" + "|".join(re.escape(n) for n in sorted(RIVERS, key=len, reverse=True)) + r") River\b")
# "just off I-65", "near Interstate 91": the interstate's states (a spur's "I-465" or "I-65's" ramp: not its route's)
_INTERSTATE = re.compile(r"(?<![\w-])(?:I-|Interstate\s+)(?P<number>\d{1,2})(?![\d-])")
# Alabama's State Bureau of Investigation (within ALEA) shares North Carolina's name: where the report names Alabama or
# ALEA, "the SBI" is not read as North Carolina's
_ALABAMA_SBI = re.compile(r"(?<![\w-])(?:ALEA|Alabama)(?![\w-])")
# "the State Bureau of Investigation" with no state's name before it: North Carolina's (a state's name before it,
# "Oklahoma State Bureau of Investigation", is read by _STATE_AGENCY)
_BARE_SBI = re.compile(r"(?<![\w-])(?:(?:the|The) |^)State Bureau of Investigation\b", re.MULTILINE)
# "parish deputies", "the parish coroner", "Parish President": Louisiana's counties are parishes, and the word alone
# before a parish's office says the state.  A church's parish ("the parish priest", "members of the parish") has none
# of these offices after it.
_PARISH_OFFICE = re.compile(r"(?<![\w-])[Pp]arish(?:'s|’s)? (?:[Ss]heriff|[Dd]eput(?:y|ies)|[Cc]oroner|[Jj]ail|[Pp]rison"
                            r"|[Dd]etention|[Dd]istrict [Aa]ttorney|DA|[Pp]resident|[Cc]ouncil|[Gg]overnment|[Ll]ine"
                            r"|[Ss]chool [Bb]oard|[Dd]etectives|[Ll]aw [Ee]nforcement)\b")
# "DPS troopers", "a DPS trooper": a state's highway patrol inside its Department of Public Safety, Texas's or Arizona's
# (other states' troopers are a State Patrol's or a Highway Patrol's by name)
_DPS_TROOPERS = re.compile(r"(?<![\w-])DPS [Tt]roopers?\b")
_DPS_STATES = ("Arizona", "Texas")
_FORCE_INITIALS = re.compile(r"(?<![\w-])(?P<initials>" + "|".join(sorted(CITY_FORCE_INITIALS, key=len, reverse=True))
                             + r")(?![\w-])")


def _state_cues(doc: Doc) -> list[Toponym]:
    """The states a report's telephone numbers (a tip line's, the newsroom's), state forces by their
    initials ("the GBI", "SLED agents") or North Carolina's bureau by its bare name, a parish's offices (Louisiana),
    military installations ("stationed at Camp Lejeune"), rivers ("near the Susquehanna River"), the universities
    and hospitals of one state ("a Purdue student", "an Auburn University student", "a UGA junior") and a state
    capitol beside its capital's name say.  Neither is a scene: weighing
    little, they only say which of the towns of a common name the report means ("Wilmington" with a 302 number is
    Delaware's)."""
    text = (doc._.title or "") + "\n" + doc_text(doc)
    found = [AREA_CODES[m["area"]] for m in _PHONE.finditer(text) if m["area"] in AREA_CODES]
    found += [STATE_AGENCY_INITIALS[m["initials"]] for m in _AGENCY_INITIALS.finditer(text)
              if m["initials"] != "SBI" or not _ALABAMA_SBI.search(text)]
    if _BARE_SBI.search(text) and not _ALABAMA_SBI.search(text):
        found.append("North Carolina")
    if _PARISH_OFFICE.search(text):
        found.append("Louisiana")
    if _DPS_TROOPERS.search(text):
        found.extend(_DPS_STATES)
    found += [MILITARY_INSTALLATIONS[m["base"]] for m in _INSTALLATION.finditer(text)]
    found += [INSTITUTIONS[m["name"]] for m in _INSTITUTION.finditer(text)]
    found += [UNIVERSITY_INITIALS[m["initials"]] for m in _UNIVERSITY_INITIALS.finditer(text)]
    found += _capitol_states(text)
    if " River" in text:
        found += [state for m in _RIVER.finditer(text) for state in RIVERS[m["name"]]]
    found += _title_outlet_states(doc._.title)
    # (said so, the states that share their names with a city are no city)
    return [Toponym(_STATE_SAID.get(state, state), 0, 0, _BANNER_WEIGHT, exact=True) for state in dict.fromkeys(found)]


def _capitol_states(text: str) -> list[str]:
    """The states whose capital the text names beside a state capitol ("SPRINGFIELD — ... a block from the state
    Capitol": Illinois): the capitol stands in its state's capital alone, so that of the towns of that name the
    report means the capital, even where a namesake elsewhere is larger (Concord, California)."""
    if not _STATE_CAPITOL.search(text):
        return []
    return [_CAPITALS_FOLDED[fold(m["name"])] for m in _CAPITAL_NAME.finditer(text)]


def _interstate_states(doc: Doc) -> list[Toponym]:
    """The states of the interstates a report names ("just off I-65": Alabama, Tennessee, Kentucky, Indiana), as
    faint as the other state cues.  Up to eight states each, they are read beside the report's first segment alone
    (the caller's): a later segment naming no town ("In an unrelated shooting, ...") would take the first of them for
    its place instead of the report's city."""
    text = (doc._.title or "") + "\n" + doc_text(doc)
    if "I-" not in text and "Interstate" not in text:
        return []
    found = [state for m in _INTERSTATE.finditer(text) for state in INTERSTATES.get(m["number"], ())]
    return [Toponym(_STATE_SAID.get(state, state), 0, 0, _BANNER_WEIGHT, exact=True) for state in dict.fromkeys(found)]


# the states whose bare name the gazetteer finds as a city first: "Oklahoma" is an old name of Oklahoma City there, so
# that the OSBI's or a 405 number's hint would make "HOBART —" no Oklahoman town
_STATE_SAID = {"New York": "New York State", "Washington": "Washington State", "Oklahoma": "Oklahoma State"}


# "the Metropolitan Police Department" with no city before it: the District of Columbia's force (Las Vegas's and
# St. Louis's say their city; London's is a "Service" or "the Metropolitan Police" without "Department")
_DC_FORCE = re.compile(r"(?<![\w'’])(?-i:the|The)\s+Metropolitan\s+Police\s+Department\b")


# "flown to UPMC Presbyterian", "taken to Phoebe Putney Memorial Hospital": a hospital of one city (outlets.CITY_HOSPITALS)
_CITY_HOSPITAL = re.compile(r"(?<![\w-])(?P<name>" + "|".join(re.escape(n) for n in sorted(CITY_HOSPITALS, key=len, reverse=True))
                            + r")(?![\w-])")


# "taken to Grady", "rushed to Parkland": a trauma centre called by one word after a transfer
# (outlets.BARE_CITY_HOSPITALS), the word not run on into a longer name ("Grady Memorial Hospital" is several towns')
_BARE_CITY_HOSPITAL = re.compile(r"\b(?i:flown|airlifted|transported|transferred|taken|rushed|driven)(?:\s+[a-z]+){0,2}"
                                 r"\s+to\s+(?P<name>" + "|".join(BARE_CITY_HOSPITALS) + r")\b(?![\w-]|\s+[A-Z])")

# "taken to Memorial Medical Center": a hospital's name a few cities' hospitals bear (outlets.SHARED_HOSPITALS), not the
# end of a longer one ("UMass Memorial Medical Center" is Worcester's)
_SHARED_HOSPITAL = re.compile(r"(?P<before>[A-Z][\w'’.-]*\s+)?(?<![\w-])(?P<name>"
                              + "|".join(re.escape(n) for n in SHARED_HOSPITALS) + r")(?![\w-])")


def _shared_hospital_cities(name: str, text: str) -> list[tuple[str, str]]:
    """The cities of a hospital's name several cities share (``outlets.SHARED_HOSPITALS``) whose own name the text
    says: "SPRINGFIELD — ... taken to Memorial Medical Center" is Springfield, Illinois; without Springfield, Modesto or
    Las Cruces in the text the name says nothing."""
    return [(city, state) for city, state in SHARED_HOSPITALS[name]
            if re.search(rf"(?<![\w-]){re.escape(city)}(?![\w-])", text, re.IGNORECASE)]


def _city_hospitals(base: int, text: str, weight_at) -> list[Toponym]:
    """The city of each hospital of one city the text names ("taken to Baystate Medical Center": Springfield, Mass.;
    "rushed to Parkland": Dallas), said with its state and as faintly as a state's hint: where the victims went is no
    scene, but it says which of the towns of a common name the report means, and which big city a neighbourhood known
    elsewhere as a town is of."""
    out = []
    found = [(m, CITY_HOSPITALS[m["name"]]) for m in _CITY_HOSPITAL.finditer(text)]
    found += [(m, BARE_CITY_HOSPITALS[m["name"]]) for m in _BARE_CITY_HOSPITAL.finditer(text)]
    found += [(m, city) for m in _SHARED_HOSPITAL.finditer(text) if not m["before"]
              for city in _shared_hospital_cities(m["name"], text)]
    for m, (city, state) in found:
        start = base + m.start("name")
        out.append(Toponym(f"{city}, {state}", start, base + m.end(), min(weight_at(start), _STATE_HINT_WEIGHT)))
    return out


# "Metro police said", no city before it: the force its readers call so, of a city and its county merged (Nashville's,
# Louisville's, Las Vegas's).  Which city, a neighbourhood of one of them named in the report says ("in Antioch, Metro
# police said" is Nashville's Antioch, not California's town).  A city's name before it ("Louisville Metro Police")
# is read as any city's police is.
_METRO_POLICE = re.compile(
    r"(?:(?P<before>[A-Z][\w.'’-]*)\s+)?\bMetro\s+(?:[Pp]olice|[Oo]fficers?|[Dd]etectives?|[Hh]omicide)\b")
_METRO_CITIES = (("Nashville", "Tennessee"), ("Louisville", "Kentucky"), ("Las Vegas", "Nevada"))
_METRO_NEIGHBOURHOODS = {
    city: re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(name) for name in sorted(names_of(city), key=len, reverse=True)) + r")(?![\w-])")
    for city in _METRO_CITIES}


def _metro_force(text: str):
    """The match of "Metro police" said alone and the one city of ``_METRO_CITIES`` one of whose neighbourhoods the
    text names, or None."""
    m = next((m for m in _METRO_POLICE.finditer(text) if m["before"] in (None, "The")), None)
    if m is None:
        return None
    cities = [city for city, names in _METRO_NEIGHBOURHOODS.items() if names.search(text)]
    return (m, *cities[0]) if len(cities) == 1 else None


# "CPD said", no city before it: the initials of several cities' police (Chicago's, Columbus's, Cleveland's,
# Cincinnati's), each said so by its own readers.  As with "Metro police", a neighbourhood of one of them named in the
# report says which ("in Linden, CPD said" is Columbus's Linden, not New Jersey's town).
_CPD = re.compile(r"(?<![\w-])CPD(?![\w-])")
_CPD_CITIES = (("Chicago", "Illinois"), ("Columbus", "Ohio"), ("Cleveland", "Ohio"), ("Cincinnati", "Ohio"))
_CPD_NEIGHBOURHOODS = {
    city: re.compile(r"(?<![\w-])(?:" + "|".join(
        re.escape(name) for name in sorted(names_of(city), key=len, reverse=True)) + r")(?![\w-])")
    for city in _CPD_CITIES}


def _cpd_force(text: str):
    """The match of "CPD" and the one city of ``_CPD_CITIES`` one of whose neighbourhoods the text names, or None."""
    m = _CPD.search(text)
    if m is None:
        return None
    cities = [city for city, names in _CPD_NEIGHBOURHOODS.items() if names.search(text)]
    return (m, *cities[0]) if len(cities) == 1 else None


def _city_forces(base: int, text: str, weight_at) -> list[Toponym]:
    """A big city's police by its initials ("IMPD officers", "told the LAPD"), or the District's by its name ("the
    Metropolitan Police Department"), or as "Metro police" or "CPD" beside a neighbourhood of its city
    (``_metro_force``, ``_cpd_force``): the city, as "Waco Police" names Waco, though never weightier than a name in
    passing."""
    out = []
    found = [(m, *CITY_FORCE_INITIALS[m["initials"]]) for m in _FORCE_INITIALS.finditer(text)]
    found += [(m, "Washington", "DC") for m in _DC_FORCE.finditer(text)]
    if "Metro" in text and (metro := _metro_force(text)) is not None:
        found.append(metro)
    if "CPD" in text and (cpd := _cpd_force(text)) is not None:
        found.append(cpd)
    for m, city, state in found:
        start = base + m.start()
        out.append(Toponym(f"{city}, {state}", start, base + m.end(), min(weight_at(start), _PASSING_WEIGHT)))
    return out


def _state_named(gazetteer: Gazetteer, name: str) -> str | None:
    """The US state whose own name ``name`` is ("ohio" -> "Ohio"), or None."""
    found = gazetteer.matches(name, "US", kinds=("admin1",), limit=1)
    return found[0][1].name if found and found[0][0] == 0 and found[0][1].name.lower() == name.lower() else None


def _agency_state(m: re.Match[str], gazetteer: Gazetteer) -> tuple[str, str, str] | None:
    """The state a match of ``_STATE_AGENCY`` names, as (its group, the name as written, the state), or None: a
    state's force or office ("Maine State Police"), its university ("University of Georgia", "an Ohio University
    student", "Kansas State University", told short before its students: "a Kansas State student", "a Central
    Michigan student").  A university named for a town or a founder ("Troy University", "the University of Chicago")
    names no state here (outlets.INSTITUTIONS knows a few)."""
    group = next(g for g in ("state", "college", "named", "short", "side") if m[g])
    # "The Iowa Division of ...": a sentence's first word is no part of the state's name
    name = _SENTENCE_THE.sub("", m[group])
    if group == "state" and name.endswith(" State"):
        name = name.removesuffix(" State")  # "Ohio State Highway Patrol": the pattern took "State" for the state's
    if group == "named":
        # "An Ohio University student", "Southern Illinois University": the state is the last word where the
        # two are no state's name; "Tennessee Wesleyan University": the first, where the two are no city's
        # ("Kansas City University" lies in Missouri)
        name = name if _state_named(gazetteer, name) else _named_college_state_word(name, gazetteer)
        if name in _NOT_STATE_COLLEGES and not m["public"]:
            return None
    said = _state_named(gazetteer, name)
    return (group, name, said) if said else None


def _named_college_state_word(name: str, gazetteer: Gazetteer) -> str:
    """The word of a university's two- or one-word name that may be its state's: the last ("Southern Illinois"), else
    the first ("Tennessee Wesleyan") where the two words are no US town's name ("Kansas City")."""
    words = name.split()
    if _state_named(gazetteer, words[-1]) or len(words) == 1:
        return words[-1]
    town = any(q == 0 for q, _ in gazetteer.matches(name, "US", kinds=("city",), limit=1))
    return words[-1] if town else words[0]


def _states_said_by_agencies(text: str, gazetteer: Gazetteer) -> list[str]:
    """The US states a text's state forces, offices and universities name ("Ohio State Highway Patrol", "an Ohio
    University student"): where the tagger leaves the state inside the organisation's name, they still say the
    report is American."""
    return [found[2] for m in _STATE_AGENCY.finditer(text) if (found := _agency_state(m, gazetteer)) is not None]


class StateCuesMixin:
    """PlaceResolver's reading of state agencies and state or big cities' universities in a segment."""

    def _state_agencies(self, text: str, base: int, weight_at) -> list[Toponym]:
        """'Maine State Police said', 'the Georgia Bureau of Investigation': a state's own force works
        in its state, so the state is named (the tagger often leaves it inside the agency's name); a university
        named for a state or a big city ("the University of Chicago") names that state or city, as faintly."""
        out = []
        for m in _STATE_AGENCY.finditer(text):
            found = _agency_state(m, self.gazetteer)
            if found is not None:
                group, name, said = found
            elif m["college"] and (city := self._college_city(m["college"])) is not None:
                # "near the University of Chicago": the city (alone: no cue to prefer its state)
                group, name, said = "college", m["college"], city.name
            else:
                continue
            start = base + m.end(group) - len(name)
            # a cue to which state (or big city) the towns are in, not a scene of its own: a banner's low weight
            out.append(Toponym(said, start, start + len(name), min(weight_at(start), _BANNER_WEIGHT)))
        return out

    def _college_city(self, name: str):
        """The big US city a university is named for ("University of Chicago", "University of Memphis"), or
        None.  A city's name inside an organisation's says the region as a station's home does, so that a
        neighbourhood named beside it ("Hyde Park") is that city's, not a namesake town's elsewhere."""
        for q, p in self.gazetteer.matches(name, "US", kinds=("city",), limit=1):
            if q == 0 and p.name.lower() == name.lower() and p.admin1 and self.gazetteer.population(p) >= _COLLEGE_CITY_POP:
                return p
        return None


# "taken to Hilo Medical Center", "Sentara Norfolk General Hospital", "Wake Forest Baptist Medical Center": a hospital
# named for its town lies in that town's state.  The town is the name, less a church's word ("Wake Forest"), or the
# word before the hospital's kind ("Sentara Norfolk").
_TOWN_HOSPITAL = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) (?:(?:General|Memorial|Regional|Community|"
                            r"Baptist|Methodist|Presbyterian)\s+)*(?:Hospital|Medical Center)\b")
# first words that are a saint's, a church's, a founder's or a chain's: no town of theirs ("Providence Hospital"
# is in many states, "Bethesda North Hospital" is in Cincinnati, "Temple" in Philadelphia)
_NOT_HOSPITAL_TOWNS = frozenset(fold(w) for w in (
    "Providence Bethesda Mercy Grace Trinity Christ Good Sacred Saint St Mount Mt Shriners Kaiser Temple Memorial "
    "General Regional Community University Children Veterans County City State Methodist Baptist Presbyterian "
    "Lutheran Adventist Jewish Union Central North South East West Northern Southern Eastern Western Valley "
    "Riverside Lakeside Parkview Fairview Highland Mission Sisters Doctors Women Kindred Select Hope").split())
_HOSPITAL_TOWN_POP = 10_000  # a town this large, at least, names a hospital (a smaller one is most often a founder's)
_HOSPITAL_TOWN_RATIO = 5  # ... and this many times larger than any namesake in another state


def _hospital_town_states(text: str, gazetteer: Gazetteer) -> list[Toponym]:
    """The states of the towns hospitals are named for ("Hilo Medical Center": Hawaii), as a tip line's area code
    says one: faint, a cue to which of the towns of a common name the report means, no scene of its own (the
    victim may have been flown to it).  Only a town that is the one of its name of some size, or many times
    larger than its namesakes in other states (Norfolk, Virginia, over Norfolk, Nebraska)."""
    out = []
    for m in _TOWN_HOSPITAL.finditer(text):
        words = m["name"].split()
        if fold(words[0]) in _NOT_HOSPITAL_TOWNS:
            words = words[1:]
        # the name whole, then less a church's word it ends with ("Wake Forest" of "Wake Forest Baptist"), then its last
        # word; never its first word alone ("Miami Valley Hospital" is Dayton's, no Miami's)
        bare = re.sub(r"(?: (?:Baptist|Methodist|Presbyterian|General|Memorial|Regional|Community))+$", "", " ".join(words))
        for name in dict.fromkeys((" ".join(words), bare, words[-1] if words else "")):
            if name and fold(name.split()[0]) not in _NOT_HOSPITAL_TOWNS and (state := _town_state(name, gazetteer)):
                out.append(Toponym(_STATE_SAID.get(state, state), 0, 0, _BANNER_WEIGHT, exact=True))
                break
    return list(dict.fromkeys(out))


def _town_state(name: str, gazetteer: Gazetteer) -> str | None:
    """The state of the US town whose own name ``name`` is, where that town is of some size and dwarfs its namesakes
    in other states; None otherwise."""
    towns = sorted(((gazetteer.population(p), p) for q, p in gazetteer.matches(name, "US", kinds=("city",), limit=10)
                    if q == 0 and p.precision == "city" and fold(p.name) == fold(name)), key=lambda tp: -tp[0])
    if not towns or towns[0][0] < _HOSPITAL_TOWN_POP:
        return None
    top = towns[0][1]
    rivals = [pop for pop, p in towns[1:] if p.admin1 != top.admin1]
    return top.admin1 if not rivals or towns[0][0] >= _HOSPITAL_TOWN_RATIO * rivals[0] else None
