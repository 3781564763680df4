"""Names that tell one incident apart from another of the same kind: victims, streets, units.

Linking compares them between a new mention and an incident (``link.score``).
"""

from __future__ import annotations

from spacy.tokens import Doc

_SKIP_KEYWORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "police", "ap", "afp", "reuters", "mr", "mrs", "ms", "dr", "st", "street", "avenue", "road",
}


def keywords(doc: Doc, seg) -> tuple[str, ...]:
    """Proper names of a segment (people, streets, units) outside places and background."""
    seen: dict[str, None] = {}
    # names of actors and sources are shared by unrelated incidents: they tell nothing apart
    taken = {i for m in doc._.actor_mentions for i in range(m.start, m.end)}
    for sent_i, sent in enumerate(doc.sents):
        if not (seg.first_sent <= sent_i < seg.end_sent) or sent_i in doc._.background:
            continue
        for tok in sent:
            if tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "DATE", "NORP", "ORG") and len(tok.text) > 2 and tok.idx not in taken:
                key = tok.lower_
                if key not in _SKIP_KEYWORDS:
                    seen.setdefault(key, None)
    return tuple(list(seen)[:24])
