"""Names the tagger missed, mislabelled or cut short (step 1): proper names after a locative preposition,
a name before a settlement word ("Mocimboa town") or joined by hyphens ("Ar-Raqqa"), a province the tagger
took for a people's ("in Aleppo"), and the longer name of one it cut short ("Jamaica" of "Jamaica Plain").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.attrs import IDX, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc

from ....geo import Toponym
from ....geo.build import ALTERNATE as _ALTERNATE
from ....geo.names import fold
from ....geo.neighbourhoods import NEIGHBOURHOODS, sole_city
from ...doctext import doc_text
from .roles import _after_care, _care_destination, _custody_place, _home_town, _reference_point, _struck_place, _suburb_named
from .streets import _building_name, _crossing, _street_name
from .words import _BANNER_WEIGHT, _HAMLET_POP, _HYPHENS, _IN_BONUS, _LABELS, _LANDMARK_TOWN_WEIGHT, _PASSING_WEIGHT, _SUBURB_BONUS

_LOCATIVE = {"in", "near", "outside", "at", "from", "around", "into", "across"}
_AREA_NOUNS = {"city", "town", "village", "province", "district", "region", "governorate", "county", "state", "area", "suburb", "neighbourhood", "neighborhood",
               # "on the outskirts of Chillicothe", "the edge of Bowling Green", "just outside of Galion": a town's rim
               "outskirts", "edge", "outside"}
_NOT_PLACE_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"}
# Words for a people or a faith that are also the names of towns somewhere ("Arab", Alabama): a name the tagger
# took for a people's is no place when it is one of these.
_PEOPLE_WORDS = {"arab", "arabs", "christian", "christians", "muslim", "muslims", "jewish", "jew", "druze", "kurd", "kurds",
                 "sunni", "shia", "shiite", "hindu", "sikh", "catholic", "protestant", "hispanic", "latino", "latina",
                 "black", "white", "asian", "native", "indian", "fulani", "tuareg", "hausa", "yoruba", "igbo", "tiv"}
# Nations whose names towns bear too ("Choctaw", Oklahoma): "Choctaw Nation police" is no town's force.
_NATIONS = {"cherokee", "choctaw", "chickasaw", "seminole", "creek", "muscogee", "navajo", "apache", "comanche", "osage",
            "sioux", "lakota", "cheyenne", "arapaho", "kiowa", "pawnee", "ute", "shoshone", "crow", "blackfeet", "hopi",
            "zuni", "oneida", "mohawk", "seneca", "menominee", "ojibwe", "chippewa", "potawatomi", "shawnee", "miami"}
_DEMONYM_END = re.compile(r"(?:an|ese|ish|i)$")
_VILLAGE_POP = 1_000
_DAY_WORDS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_CUT_SHORT_WORDS = 4  # how many tokens a name the tagger cut short may go on for
_COUNTY_WORDS = {"County", "Parish", "Borough"}
# lower-case words inside place names: "San Jose del Monte", "Port of Spain", "Ras al Ain"
_NAME_PARTICLES = {"de", "del", "di", "da", "do", "dos", "das", "la", "las", "los", "le", "el", "al", "ad", "as", "ash",
                   "an", "ar", "at", "az", "ul", "of", "en", "sur", "sul"}


def _joined_by_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen gluing two words of one name: "Ar-Raqqa"."""
    return (doc[i].text in _HYPHENS and i + 1 < len(doc) and not doc[i - 1].whitespace_ and not doc[i].whitespace_
            and doc[i + 1].text[:1].isalpha())


# "Herat city", "Janaale town", "Natugo village": a name before a lower-case settlement word is a place's,
# though the tagger missed it; not "the town hall" or "the city council" (an office of that place).
_SETTLEMENT_WORDS = {"city", "town", "village", "district", "province", "governorate", "municipality"}
_NOT_SETTLEMENT_AFTER = {"hall", "council", "councillor", "councilman", "councilwoman", "manager", "limits", "officials",
                         "official", "clerk", "meeting", "centre", "center", "square", "police", "attorney"}


def _holds_a_settlement_word(doc: Doc, seg) -> bool:
    """Whether a token of the segment may be one of ``_SETTLEMENT_WORDS``: the word is in its text (a token that
    starts inside the segment may end past it)."""
    text = doc_text(doc)
    return any(text.find(w, seg.start, seg.end + len(w) - 1) >= 0 for w in _SETTLEMENT_WORDS)


def _named_settlements(doc: Doc, seg, sent_of: list[int], weights: list[float], people_word_place=None) -> list[Toponym]:
    """Proper names before a settlement word ("in Herat city", "attacked Natugo village"); a name the tagger
    took for a people's only where ``people_word_place`` says it is a place all the same."""
    out = []
    if not _holds_a_settlement_word(doc, seg):
        return out  # (most segments: no token need be read)
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
    if len(span) > 1 and fold(span.text) in NEIGHBOURHOODS:
        return True  # "in French Valley": a place the table knows whole, its first word a people's
    return people_word_place is not None and people_word_place(span.text)


def _proper_nouns(doc: Doc, seg) -> list[int]:
    """The indices of the tokens of the segment (by their offsets) tagged PROPN, from the token arrays: no token is
    read, where a report's segments have thousands of tokens and few proper nouns."""
    starts = doc.to_array(IDX).tolist()
    lo, hi = bisect_left(starts, seg.start), bisect_left(starts, seg.end)
    return [lo + j for j, pos in enumerate(doc.to_array(POS)[lo:hi].tolist()) if pos == PROPN]


def _untagged_names(doc: Doc, seg, sent_of: list[int], weights: list[float], people_word_place=None,
                    landmark_town=None, surnames: frozenset[str] | set[str] = frozenset()) -> list[Toponym]:
    """Proper names after a locative preposition (or a landmark's "south of") that NER did not tag as places; one
    tagged as a people's ("in Aleppo" as NORP) only where ``people_word_place`` says it is a place all the same, and
    not as the adjective of a plural noun ("in Arab villages").  A landmark weighs as a tagged one does: a small
    town by ``landmark_town`` more than a big city.  A lone word that is the last name of someone the report names in
    full (``surnames``: "took the gun from Walker", after "Perez Walker") is that person."""
    out = []
    # (only the segment's proper nouns can open a name; ``after`` is where the reading goes on once a name is taken)
    after = 0
    for i in _proper_nouns(doc, seg):
        if i < after:
            continue
        tok = doc[i]
        if tok.ent_type_ not in _LABELS and tok.i > 0 and (
                tok.ent_type_ not in _NOT_PLACE_ENTS or tok.ent_type_ == "NORP" and people_word_place is not None):
            prev = doc[tok.i - 1]
            prev2 = doc[tok.i - 2] if tok.i > 1 else None
            locative = (prev.lower_ in _LOCATIVE or (prev.lower_ == "of" and prev2 is not None and prev2.lower_ in _AREA_NOUNS)
                        or _suburb_named(doc, tok.i) or _reference_point(doc, tok.i)  # "in south suburban Dolton"
                        # "shelled Tall Refaat and its vicinity": what only a place can be shelled or raided is one
                        or not tok.ent_type_ and _struck_place(doc, tok.i))
            # "in the Ironbound": a neighbourhood the table knows in one big city, after its article
            the_hood = prev.lower_ == "the" and prev2 is not None and prev2.lower_ in _LOCATIVE
            if locative or the_hood:
                end = tok.i + 1
                while end < len(doc) and end - tok.i < 4:
                    if doc[end].pos_ == "PROPN" and doc[end].text not in _DAY_WORDS:  # not "Elm Mott Saturday"
                        end += 1
                    elif _joined_by_hyphen(doc, end):
                        end += 2  # "Ar-Raqqa", "Deir-ez-Zor": one name
                    else:
                        break
                span = doc[tok.i:end]
                if not locative and sole_city(span.text) is None or len(span) == 1 and span.text in surnames:
                    continue
                # "at St. Mary's Hospital": a building's name, not the town of its first words
                if _street_name(doc, end) or _crossing(doc, tok.i, end) or _building_name(doc, end, tok.i) or (
                        any(t.ent_type_ == "NORP" for t in span) and not _people_named_place(doc, span, people_word_place)):
                    after = end
                    continue
                w = weights[sent_of[tok.i]]
                if _care_destination(doc, tok.i, end):
                    w = min(w, _BANNER_WEIGHT)  # "taken to a hospital in Aurora", as for a tagged name
                elif _reference_point(doc, tok.i):
                    # "south of Checotah", "west of Phoenix": as for a tagged name
                    small = landmark_town is not None and landmark_town(span.text)
                    w = min(w, _LANDMARK_TOWN_WEIGHT if small else _BANNER_WEIGHT)
                elif _after_care(doc, tok.i) or _custody_place(doc, tok.i) or _home_town(doc, tok.i, end):
                    # "a hospital in Aurora", "arrested at a gas station in Albuquerque", "who lives in Farmington":
                    # no weightier than a name in passing (which still says the region), as for a tagged name
                    w = min(w, _PASSING_WEIGHT)
                elif _suburb_named(doc, tok.i):
                    w += _SUBURB_BONUS  # "in the suburb of Holladay", as for a tagged name
                elif prev.lower_ == "in":
                    # "fatally shooting a police officer in Danville" under "MARTINSVILLE, Va. (AP) —": as for a
                    # tagged name, the incident sentence's "in" tips a tie with the dateline's town
                    w += _IN_BONUS
                out.append(Toponym(span.text, span.start_char, span.end_char, w))
                after = end
    return out


class UntaggedMixin:
    """PlaceResolver's readings of names the tagger cut short or took for a people's; needs ``gazetteer``."""

    def _cut_short(self, doc: Doc, ent):
        """The longer place name the tagger cut short, or None: "Jamaica" of "Jamaica Plain" (Boston's
        neighbourhood, not the country), "Kansas" of "Kansas City", "Ar" of "Ar-Raqqa", "Sabine" of "Sabine Parish".  Capitalised words after
        the entity must complete a neighbourhood the desk knows or a town by its own name; words joined to it by
        a hyphen, any place the gazetteer knows by its own or an alternate name."""
        front = self._front_cut(doc, ent)
        if front is not None:
            return front
        # "Sabine" of "Sabine Parish", the tagger taking "Parish" for a people's word: Louisiana's parishes are
        # its counties, and a county the index knows is the longer name
        if (ent.end < len(doc) and doc[ent.end].text in _COUNTY_WORDS and doc[ent.end].sent == ent.sent
                and self.gazetteer.counties(doc[ent.start:ent.end + 1].text)):
            return doc[ent.start:ent.end + 1]
        end, glued = ent.end, False
        while end < len(doc) and end - ent.end < _CUT_SHORT_WORDS:
            tok = doc[end]
            hyphen = tok.text in _HYPHENS and not doc[end - 1].whitespace_ and not tok.whitespace_
            # "San Jose" of "San Jose del Monte": a lower-case particle inside a name, before a capitalised word
            particle = tok.lower_ in _NAME_PARTICLES and tok.is_lower and end + 1 < len(doc) and doc[end + 1].is_title
            if tok.sent != ent.sent or not (hyphen or particle or glued or tok.is_title and not tok.ent_type_):
                return None
            glued, end = hyphen or particle, end + 1
            if glued:
                continue  # a hyphen or a particle needs the word after it
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

    def _people_word_place(self, name: str) -> bool:
        """Whether a name the tagger took for a people's ("shelled Menbij in Aleppo", "PD12 of Herat city") is
        a place all the same: no country or demonym, no word for a faith or a people, and a province or a
        town of some size by its own name."""
        key = name.lower()
        if key in self._countries or key in _PEOPLE_WORDS:
            return False
        return any(q == 0 and (p.precision == "admin1" or p.precision == "city" and self.gazetteer.population(p) >= _HAMLET_POP)
                   for q, p in self.gazetteer.matches(name, limit=5))

    def _people_word_town_or_place(self, name: str) -> bool:
        """Either of the two: a place of some size anywhere, or an American town however small."""
        return self._people_word_place(name) or self._people_word_town(name)

    def _people_word_town(self, name: str) -> bool:
        """Whether a name the tagger took for a people's before "police" or "man" ("Heavener police", "a Heavener
        man": the "-er" reads like a demonym) is an American town all the same: none of the words above, no
        demonym's ending ("-an", "-ese", "-ish", "-i"), no nation's name that towns bear too ("Choctaw"), and a
        town of the name by its own name, however small."""
        key = name.lower()
        if key in self._countries or key in _PEOPLE_WORDS or key in _NATIONS or _DEMONYM_END.search(key):
            return False
        return any(q == 0 and p.precision == "city" and self.gazetteer.population(p) >= _VILLAGE_POP
                   for q, p in self.gazetteer.matches(name, "US", limit=3))
