"""The spaCy component ``eventdesk_event_type`` and its factory: one event type per segment in
``doc._.event_types``, from the segment's words and its casualty claims.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...doctext import doc_text, span_text
from .model import default_model
from .decide import classify


@Language.factory("eventdesk_event_type", assigns=["doc._.event_types"], requires=["doc._.segments", "doc._.raw_claims"])
def make_event_type(nlp: Language, name: str):
    default_model()  # load the model file once, with the pipeline
    return EventTyper()


class EventTyper:
    def __call__(self, doc: Doc) -> Doc:
        types = []
        sents = list(doc.sents)
        for seg in doc._.segments:
            claims = [c for c in doc._.raw_claims if seg.first_sent <= c.sent < seg.end_sent and c.sent not in doc._.background]
            # the words of the incident, not those of background sentences (a link to another story,
            # last year's bombing), unless the segment is all background
            told = [span_text(sents[i]) for i in range(seg.first_sent, seg.end_sent) if i not in doc._.background]
            types.append(classify(
                " ".join(told) if told else doc_text(doc)[seg.start:seg.end],
                {c.party for c in claims},
                {c.outcome for c in claims},
                headline=doc._.title,
            ))
        doc._.event_types = types
        return doc
