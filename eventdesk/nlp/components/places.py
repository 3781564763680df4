"""Places: where each segment's incident happened.

1. Toponyms are spaCy's GPE/LOC/FAC entities, region phrases ("northeastern
   Syria"), and proper names after a locative preposition ("in the city of
   Hasakah", "near Maiduguri") that the small NER model tagged as something
   else or not at all.
2. A toponym in a sentence that tells the incident (a claim or an attack word)
   weighs more than one elsewhere, and one in a background sentence least; the
   agency dateline ("GAINESVILLE, Fla. -") weighs in for the first segment.
3. The gazetteer picks the place.  When it picks a country, province or region,
   a city named in the segment inside that area is preferred: "Syria" and
   "Hasakah" in one sentence mean Hasakah.
A name the gazetteer lacks costs nothing but itself.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ...geo import Gazetteer, Toponym, extract_regions, resolve_place
from ...models import Place
from .segmentation import VIOLENCE, _country_names

_LABELS = ("GPE", "LOC", "FAC")
_LOCATIVE = {"in", "near", "outside", "at", "from", "around", "into", "across"}
_AREA_NOUNS = {"city", "town", "village", "province", "district", "region", "governorate", "county", "state", "area", "suburb", "neighbourhood", "neighborhood"}
_NOT_PLACE_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "NORP"}
_BROAD = {"country", "region", "admin1"}


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
        for i, s in enumerate(sents):
            if i in doc._.background:
                weights.append(0.3)
            elif i in claim_sents or VIOLENCE.search(s.text):
                weights.append(2.0)
            else:
                weights.append(1.0)
        sent_of = [0] * len(doc)
        for i, s in enumerate(sents):
            for k in range(s.start, s.end):
                sent_of[k] = i
        context = tuple(sorted({self._countries[e.text.lower()] for e in doc.ents if e.text.lower() in self._countries}))
        if not context and self.default_country:
            context = (self.default_country,)
        places = []
        for seg in doc._.segments:
            toponyms: list[Toponym] = []
            if seg.index == 0 and doc._.dateline_place:
                toponyms.append(Toponym(doc._.dateline_place, 0, 0, 1.5))
            for e in doc.ents:
                if e.label_ in _LABELS and seg.start <= e.start_char < seg.end:
                    toponyms.append(Toponym(e.text, e.start_char, e.end_char, weights[sent_of[e.start]]))
            for r in extract_regions(doc.text[seg.start:seg.end]):
                tok = doc.char_span(r.start + seg.start, r.end + seg.start, alignment_mode="expand")
                weight = weights[sent_of[tok.start]] if tok is not None and len(tok) else r.weight
                toponyms.append(Toponym(r.text, r.start + seg.start, r.end + seg.start, weight))
            toponyms.extend(_untagged_names(doc, seg, sent_of, weights))
            places.append(self._resolve(toponyms, context) if toponyms else None)
        doc._.segment_places = places
        return doc

    def _resolve(self, toponyms: list[Toponym], context: tuple[str, ...]) -> Place | None:
        place = resolve_place(toponyms, self.gazetteer, context_countries=context)
        if place is None or place.precision not in _BROAD:
            return place
        # a city inside the broad area, named anywhere in the segment, says more
        narrower = [t for t in toponyms if t.weight >= 1.0 and self.gazetteer.country(t.text) is None]
        if not narrower:
            return place
        city = resolve_place(narrower, self.gazetteer, context_countries=(place.country_code,) if place.country_code else context)
        if city is not None and city.country_code == place.country_code and city.precision in ("city", "point"):
            if place.precision != "admin1" or city.admin1 == place.admin1 or place.admin1 is None:
                return city
        return place


def _untagged_names(doc: Doc, seg, sent_of: list[int], weights: list[float]) -> list[Toponym]:
    """Proper names after a locative preposition that NER did not tag as places."""
    out = []
    tokens = [t for t in doc if seg.start <= t.idx < seg.end]
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok.pos_ == "PROPN" and tok.ent_type_ not in _LABELS and tok.ent_type_ not in _NOT_PLACE_ENTS and tok.i > 0:
            prev = doc[tok.i - 1]
            prev2 = doc[tok.i - 2] if tok.i > 1 else None
            locative = prev.lower_ in _LOCATIVE or (prev.lower_ == "of" and prev2 is not None and prev2.lower_ in _AREA_NOUNS)
            if locative:
                end = tok.i + 1
                while end < len(doc) and doc[end].pos_ == "PROPN" and end - tok.i < 4:
                    end += 1
                span = doc[tok.i:end]
                out.append(Toponym(span.text, span.start_char, span.end_char, weights[sent_of[tok.i]]))
                k += end - tok.i
                continue
        k += 1
    return out
