"""Towns with their provinces, as conflict reports write them (step 1): "in Zamora, Michoacan", "Agatu
(Agatu LGA, Benue)", "Mansura city in Ar-Raqqa countryside", "Lakes state", wards before their town.  The
tagger misses or splits such provinces, and a bare town goes to a namesake abroad; outside the US the pair
is read as one name and the holding places weigh less than the scene.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ....geo import Toponym
from ....geo.build import ALTERNATE as _ALTERNATE
from ....geo.names import fold
from ....geo.resolve import NOT_PLACES
from ...doctext import doc_text
from .roles import _struck_place
from .streets import _crossing

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
_CONTAINER_MALUS = 0.2  # a place holding the scene says less than the scene
# "Sittwe District", "Paletwa Township", "Donga LGA": a name ending in a unit word names a unit, not a town
_UNIT_NAMED = re.compile(r"\s(?:District|Township|Division|Region|Province|Governorate|LGA|State|County|Sub-?[Dd]istrict"
                         r"|Prefecture|Department)$")
_UNIT_TAIL = re.compile(r"\s+(?:LGA|[Dd]istrict|[Tt]ownship|[Cc]ounty|[Tt]erritory|[Ss]ub-?[Dd]istrict|[Mm]unicipality|[Cc]ommune)$")
# "Lakes state", "Unity state": a lower-case unit word after a name makes it a province's
_UNIT_AFTER = re.compile(r"[ \t]+(?P<unit>state|province|region|governorate|division)\b")
# the unit words a province's name may carry in the index ("Bay Region", "Lakes State")
_PROVINCE_UNITS = ("Region", "State", "Province", "Governorate")
_QUALIFIED_BONUS = 0.2  # the town said with its province: surer than the same town named bare


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


class ProvincesMixin:
    """PlaceResolver's readings of towns with their provinces; needs ``gazetteer`` and ``_countries``."""

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
