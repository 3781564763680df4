"""The text of a Doc and of its spans, read without rebuilding it.

spaCy's ``Doc.text`` and ``Span.text`` join a fresh Token object per token on every access (about half a
millisecond for a 2.5 KB report), and our rules read the report's and its sentences' texts dozens of times.
A Doc's text never changes (retokenizing keeps it), so it is joined once and kept in ``doc.user_data``;
a span's text is a slice of it: ``doc.text[span.start_char:span.end_char] == span.text``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the module imports without spaCy
    from spacy.tokens import Doc, Span

_KEY = "doc_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def keep_text(doc: Doc, text: str) -> Doc:
    """``doc`` with ``text`` kept as its text: for a doc just made from ``text`` (spaCy's tokenizer never changes
    a character, so ``doc.text == text``), which spares joining its tokens again."""
    doc.user_data[_KEY] = text
    return doc


def span_text(span: Span) -> str:
    """``span.text`` (a sentence, an entity) as a slice of the doc's text."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def within(span: Span, ents) -> list[Span]:
    """``span.ents`` from the doc's entities read once (``ents = doc.ents``): spaCy builds every entity of
    the doc again on each ``span.ents``."""
    return [e for e in ents if span.start <= e.start and e.end <= span.end]
