"""Sentence boundaries the parser gets wrong in news prose.

Set before the parser, which keeps boundaries already decided: no sentence starts right after a
month abbreviation before a day ("Sunday, Jan. 17, 2016"), after "No." before a number, or after
the initial of a name ("Caitlin L. Caskey").  A dateline on a line of its own ends there, and so does a line that ends with an abbreviation
("p.m.") before a line that begins with a capital or a digit.  The body starts a sentence after the headline
the text opens with.  A link to another story ("Also read: Two shot outside a bar", with the link on
the label's line or the next) is one sentence of its own, which segmentation then sets aside.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..doctext import doc_text

_ABBREVIATIONS = {"jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "no.", "st.", "mt.", "ft.", "gov.", "sen.", "rep.", "lt.", "sgt.", "cpl.", "det.", "capt.", "col.", "gen.", "dr.", "mr.", "mrs.", "ms.", "jr.", "sr."}


_DASHES = {"-", "–", "—", "--"}
# the labels web pages put before a link to another story
LINK_LABEL = (
    r"(?:also read|read more|read also|more reading|related(?: stories| coverage| articles?| content| links?| news)?|"
    r"see also|more on this(?: story)?|more from \w+|recommended(?: for you)?|trending(?: now)?|you may also like|don'?t miss)"
)
# a link line: its label, and the link on the same line or, after a bare label, on the next
_LINK_LINE = re.compile(rf"^[^\S\n]*{LINK_LABEL}[^\S\n]*:[^\S\n]*(?:\n[^\S\n]*)?[^\n]*", re.IGNORECASE | re.MULTILINE)


def _line_ends_sentence(before: str, first: str) -> bool:
    """A dateline on a line of its own ("NEWARK —", "TOWN OF CASSVILLE, Wis. -") before a capital, or a line
    ending in an abbreviation ("just before 8 p.m.") before a capital or a digit ("16-year-old Kristian ...")."""
    if before in _DASHES:
        return first[:1].isupper()
    return before.endswith(".") and len(before) > 1 and before.lower() not in _ABBREVIATIONS \
        and (first[:1].isupper() or first[:1].isdigit())


@Language.component("eventdesk_sentences")
def fix_sentences(doc: Doc) -> Doc:
    title_end = doc.user_data.get("title_end")
    for tok in doc[1:]:
        if tok.i == title_end:
            tok.is_sent_start = True  # the headline ends here (see ``nlp.blank_doc``)
            continue
        prev = doc[tok.i - 1]
        if prev.lower_ in _ABBREVIATIONS or (len(prev.text) == 2 and prev.text[0].isupper() and prev.text[1] == "." and tok.text[:1].isupper()):
            tok.is_sent_start = False
        elif prev.is_space and tok.i > 1 and "\n" in prev.text and _line_ends_sentence(doc[tok.i - 2].text, tok.text):
            tok.is_sent_start = True
    for m in _LINK_LINE.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        inside = [t for t in span if not t.is_space] if span is not None else []
        if not inside:
            continue
        for t in inside:
            if t.i > 0:
                t.is_sent_start = t.i == inside[0].i
        after = next((t for t in doc[inside[-1].i + 1:] if not t.is_space), None)
        if after is not None:
            after.is_sent_start = True
    return doc
