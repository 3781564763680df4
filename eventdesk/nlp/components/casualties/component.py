"""The spaCy component ``eventdesk_casualties`` and its factory: it fills ``doc._.raw_claims``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extract import extract_claims


@Language.factory(
    "eventdesk_casualties",
    assigns=["doc._.raw_claims"],
    requires=["doc._.actor_mentions", "token.lemma", "token.pos", "doc.sents"],
)
def make_casualties(nlp: Language, name: str):
    return CasualtyExtractor()


class CasualtyExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.raw_claims = extract_claims(doc)
        return doc
