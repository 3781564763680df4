"""Sentence boundaries the parser gets wrong in news prose.

Set before the parser, which keeps boundaries already decided: no sentence starts right after a
month abbreviation before a day ("Sunday, Jan. 17, 2016"), after "No." before a number, or after
the initial of a name ("Caitlin L. Caskey").  The body starts a sentence after the headline
the text opens with.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_ABBREVIATIONS = {"jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "no.", "st.", "mt.", "ft.", "gov.", "sen.", "rep.", "lt.", "sgt.", "cpl.", "det.", "capt.", "col.", "gen.", "dr.", "mr.", "mrs.", "ms.", "jr.", "sr."}


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
    return doc
