"""A dismissal told long after the act (``_dismissals``): a sentence whose news is a job lost ("The department fired
an officer on Friday, seven months after he fatally shot a man in March") tells the act in passing, not the report's
incident."""

from __future__ import annotations

import re

from ...doctext import span_text
from .lead import _dates


# -- a dismissal told long after the act (see ``_dismissals``) --
# the verbs of a job lost, and who loses one
DISMISS = frozenset({"fire", "dismiss", "terminate", "sack", "oust", "axe", "discharge"})
WORKER = frozenset(
    "officer deputy trooper sergeant detective lieutenant captain cop constable marshal agent guard jailer warden chief "
    "employee worker teacher coach manager nurse clerk staff staffer executive ceo principal firefighter editor professor "
    "pilot driver host anchor player screener superintendent director president man woman".split())
REPORTING = frozenset({"say", "tell", "announce", "confirm", "report", "add", "state"})
# a time between the act and the news: "seven months after he shot", "last year", "earlier this month"
LONG_AFTER = re.compile(
    r"\b(?:\w+|several|a few|a couple of) (?:weeks|months|years) (?:after|since|later|before|following)\b"
    r"|\b(?:last|the previous|the prior) (?:week|month|year|spring|summer|fall|autumn|winter)\b|\bearlier this (?:month|year)\b"
    r"|\b(?:weeks|months|years) ago\b",
    re.IGNORECASE,
)


def _dismissals(sents, anchor) -> set[int]:
    """Sentences whose news is a job lost, told with a time that sets the act it was lost for well before it ("The
    department fired an officer on Friday, seven months after he fatally shot a man in March"): that act is the
    reason for the news, told in passing, not the report's incident.  Not "a man who was fired last week returned
    and shot his boss", whose news is the shooting."""
    out: set[int] = set()
    for i, sent in enumerate(sents):
        if not _tells_a_dismissal(sent):
            continue
        text = span_text(sent)
        if LONG_AFTER.search(text) or _names_an_earlier_date(text, anchor):
            out.add(i)
    return out


def _tells_a_dismissal(sent) -> bool:
    """The sentence's main verb (or the one a reporting verb reports) is a dismissal of a person: "fired an
    officer", "was terminated", a headline's "Officer fired"."""
    root = sent.root
    mains = [c for c in root.children if c.dep_ in ("ccomp", "parataxis")] if root.lemma_ in REPORTING else [root]
    for v in mains:
        if v.lemma_.lower() not in DISMISS:
            continue
        headline_passive = v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
        roles = ("dobj", "nsubjpass", "nsubj") if headline_passive else ("dobj", "nsubjpass")
        if any(c.dep_ in roles and (c.lemma_.lower() in WORKER or c.ent_type_ == "PERSON") for c in v.children):
            return True
    return False


def _names_an_earlier_date(text: str, anchor) -> bool:
    """A date more than a week before the report's ("in March" in an October report)."""
    if anchor is None:
        return False
    return any(t.span.end is not None and (anchor - t.span.end).days > 7 for t in _dates(text, anchor))
