"""Reports that tell no incident of their own (rule 3 of the package): an anniversary of a past shooting
(``_anniversaries``), and a lawsuit, a vigil or a memorial for the dead of a massacre its readers know
(``_remembrances``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...doctext import span_text
from .lead import _dates, _lead
from .separators import SEPARATOR, SEPARATOR_INSIDE


# -- an anniversary of a past shooting (see ``_anniversaries``) --
# the time since the shooting the report remembers: "to mark one year since a gunman opened fire at a party, killing
# four", "on the first anniversary of the shooting"
ANNIVERSARY = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|a) (?:years?|decades?) (?:since|after) (?:a|an|the)\b"
    r"|\banniversary of (?:a|an|the)\b",
    re.IGNORECASE,
)
# the words of a hurt, which must not come before that time in the lead ("A man was shot dead Sunday, a year after
# his brother was killed" tells this incident first)
_HURT_WORDS = re.compile(r"\b(?:shot|shoot\w*|kill\w*|dead|died|wound\w*|injur\w*|murder\w*|slain)\b", re.IGNORECASE)


# -- a lawsuit, a vigil or a memorial for the dead of a past massacre (see ``_remembrances``) --
# what the news is: the suit, the vigil, the memorial, the remembering
REMEMBRANCE = re.compile(
    r"\b(?:sue[sd]?|suing|lawsuits?|suit|vigils?|memorials?|remember(?:ed|s|ing)?|commemorat\w*|mourn(?:ed|s|ing)?|"
    r"prayers?|tributes?|honou?r(?:ed|ing|s)? (?:the )?(?:victims|dead|memory))\b",
    re.IGNORECASE,
)
# the massacre the report speaks of as one its readers know: "the nightclub massacre", "the Larkin school
# shooting", "a church massacre"; a headline drops the article ("Family sues gun maker over school shooting")
_MASSACRE_WORDS = r"(?:massacres?|mass shootings?|(?:school|church|nightclub|concert|theater|theatre) shootings?|shooting rampage)"
KNOWN_MASSACRE = re.compile(r"\b(?:the|an?) (?:[\w'-]+ ){0,3}?" + _MASSACRE_WORDS + r"\b", re.IGNORECASE)
MASSACRE = re.compile(r"\b" + _MASSACRE_WORDS + r"\b", re.IGNORECASE)
# ... unless it is the news of these days: "Sunday's mass shooting", "the shooting last week"
RECENT = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s\b|\b(?:this|last) (?:week|weekend)\b|\byesterday\b"
    r"|\b(?:days|hours) (?:ago|earlier|after)\b",
    re.IGNORECASE,
)


def _anniversaries(doc: Doc, sents, claim_sents: set[int]) -> set[int]:
    """A report whose lead marks the time since a past shooting and tells its toll only after that time ("More than
    200 people gathered Saturday to mark one year since a gunman opened fire at a birthday party, killing four people
    and wounding seven") tells no incident of its own, as a remembrance of a massacre does (``_remembrances``): the
    lead and every later sentence that names no date of its own are background.  Not "A man was shot dead Sunday, a
    year after his brother was killed", whose lead tells its own hurt first, nor a shooting of these days."""
    lead = _lead(doc, sents, claim_sents)
    if lead is None:
        return set()
    lead_text = span_text(sents[lead])
    m = ANNIVERSARY.search(lead_text)
    if not m or _HURT_WORDS.search(lead_text[:m.start()]) or RECENT.search(lead_text):
        return set()
    anchor = doc._.anchor
    out = {lead}
    for i in range(lead + 1, len(sents)):
        text = span_text(sents[i])
        if not _dates(text, anchor) and not (SEPARATOR.search(text) or SEPARATOR_INSIDE.search(text)):
            out.add(i)
    return out


def _remembrances(doc: Doc, sents, claim_sents: set[int]) -> set[int]:
    """A report whose lead tells a lawsuit, a vigil or a memorial for the dead of a massacre its readers know
    ("Relatives of the nine people killed in the church massacre filed a lawsuit on Monday") tells no incident
    of its own: the lead, a headline of the same news, and every later sentence that names no date of its own
    ("Three people were killed in the shooting") are background.  Not a vigil for the dead of a shooting of these
    days ("a vigil for the victims of Sunday's mass shooting"), whose report is news of it."""
    lead = _lead(doc, sents, claim_sents)
    if lead is None:
        return set()
    title_end = doc.user_data.get("title_end")
    lead_text = span_text(sents[lead])
    if not (REMEMBRANCE.search(lead_text) and KNOWN_MASSACRE.search(lead_text)) or RECENT.search(lead_text):
        return set()
    anchor = doc._.anchor
    out = {lead}
    for i, sent in enumerate(sents):
        text = span_text(sent)
        if i < lead:
            headline = title_end is not None and sent.end <= title_end
            if not headline or (REMEMBRANCE.search(text) and MASSACRE.search(text)):
                out.add(i)
        elif i > lead and not _dates(text, anchor) and not (SEPARATOR.search(text) or SEPARATOR_INSIDE.search(text)):
            out.add(i)
    return out
