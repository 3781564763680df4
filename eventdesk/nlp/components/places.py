"""Places: where each segment's incident happened.

Toponyms are spaCy's GPE/LOC/FAC entities plus region phrases ("northeastern
Syria").  A toponym in a sentence that tells the incident (a claim or an
attack word) weighs more than one in a background sentence; the agency
dateline ("GAINESVILLE, Fla. -") weighs in for the report's first segment.
The gazetteer picks the place; a name it lacks costs nothing but itself.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...geo import Gazetteer, Toponym, extract_regions, resolve_place
from .segmentation import VIOLENCE, _country_names

_LABELS = ("GPE", "LOC", "FAC")


@Language.factory(
    "eventdesk_places",
    assigns=["doc._.segment_places"],
    requires=["doc._.segments", "doc._.raw_claims", "doc.ents"],
    default_config={"cache_dir": ""},
)
def make_places(nlp: Language, name: str, cache_dir: str):
    return PlaceResolver(cache_dir)


class PlaceResolver:
    def __init__(self, cache_dir: str = "", gazetteer: Gazetteer | None = None):
        self.cache_dir = cache_dir
        self._gazetteer = gazetteer
        self._countries = _country_names()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            from pathlib import Path

            self._gazetteer = Gazetteer.open(Path(self.cache_dir) if self.cache_dir else None)
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents)
        claim_sents = {c.sent for c in doc._.raw_claims}
        sent_of = {}
        for i, s in enumerate(sents):
            for tok in s:
                sent_of[tok.i] = i
        context = sorted({self._countries[e.text.lower()] for e in doc.ents if e.text.lower() in self._countries})
        places = []
        for seg in doc._.segments:
            toponyms: list[Toponym] = []
            if seg.index == 0 and doc._.dateline_place:
                toponyms.append(Toponym(doc._.dateline_place, 0, 0, 1.5))
            for e in doc.ents:
                if e.label_ not in _LABELS or not (seg.start <= e.start_char < seg.end):
                    continue
                i = sent_of[e.start]
                if i in doc._.background:
                    weight = 0.3
                elif i in claim_sents or VIOLENCE.search(sents[i].text):
                    weight = 2.0
                else:
                    weight = 1.0
                toponyms.append(Toponym(e.text, e.start_char, e.end_char, weight))
            for r in extract_regions(doc.text[seg.start:seg.end]):
                toponyms.append(Toponym(r.text, r.start + seg.start, r.end + seg.start, r.weight))
            places.append(resolve_place(toponyms, self.gazetteer, context_countries=tuple(context)) if toponyms else None)
        doc._.segment_places = places
        return doc
