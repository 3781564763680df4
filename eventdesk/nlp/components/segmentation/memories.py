"""A speaker's memories inside a quotation ("I've seen five people get shot on this street", ``_quoted_memories``):
they hold no figure of the incident."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...doctext import doc_text, span_text
from .earlier import THIS_INCIDENT
from .lead import _lead


# -- a speaker's memories in a quotation (see ``_quoted_memories``) --
# (within a paragraph: a stray quotation mark must not pair quotes across the story's paragraphs)
QUOTATION = re.compile(r'"[^"\n]{10,1200}"|\u201c[^\u201d\n]{10,1200}\u201d')
FIRST_PERSON = re.compile(r"\b(?:I|I've|I'm|we|we've|my|our|me|us)\b")
# what the speaker has lived through: a perfect of experience ("I've seen", "we have had", "I have buried"), a time
# long past ("four years ago", "for 30 years") or a habit ("every weekend", "every time")
LIVED_THROUGH = re.compile(
    r"\b(?:I|we)(?:'ve| have)(?: \w+)? (?:seen|had|lost|buried|watched|heard|lived|known)\b"
    r"|\b(?:\w+|a few|a couple of) (?:years|months|summers) ago\b|\bevery (?:weekend|week|night|time|summer)\b",
    re.IGNORECASE,
)


def _quoted_memories(doc: Doc, sents, claim_sents: set[int]) -> set[int]:
    """Sentences after the lead inside a quotation in which the speaker tells what he has lived through, not what
    happened now: the first person with a perfect or a time long past ("I've lived here 30 years and I've seen five
    people get shot on this street.  Two of them died right there", "My son was shot three times on this corner four
    years ago").  Every figure of that quotation is the speaker's memory.  A witness's quote of the incident itself
    ("I saw him fall, he was shot twice," a neighbor said) has neither and stays."""
    lead = _lead(doc, sents, claim_sents)
    if lead is None:
        return set()
    full = doc_text(doc)
    out: set[int] = set()
    for m in QUOTATION.finditer(full, sents[lead].end_char):
        quote = m.group(0)
        if not (FIRST_PERSON.search(quote) and LIVED_THROUGH.search(quote)):
            continue
        out |= {i for i in claim_sents if i > lead and sents[i].start_char < m.end() and sents[i].end_char > m.start()
                and not THIS_INCIDENT.search(span_text(sents[i]))}
    return out
