"""Deaths told by a noun rather than a killing verb: a suicide, the victim of a killing, a body found.

"The death was ruled a suicide", "the homicide victim", "a body was found in a field" each tell one person
dead, whom the parse of a trigger verb would not find.  Each rule guards against its look-alikes: an attempted
suicide, an attempted murder victim, a body camera.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..raw_claims import RawClaim, lemma
from .arguments import _subjects
from .people import People
from .person_claims import _one_person
from .words import NEGATORS


_OTHER_ONES = {"first", "second", "third", "another", "previous", "earlier", "other", "last"}
_SUICIDE_NOT = {"attempt", "attempted", "threaten", "threatened", "threat", "prevent", "prevention", "watch", "possible"}


def _a_suicide(tok) -> bool:
    """'the death was ruled a suicide', 'he committed suicide', 'the manner is a suicide': a person died by his own
    hand.  Not a suicide bomber or attack, an attempted or threatened suicide, nor "murder-suicide" (its dead are
    told by name or number)."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.dep_ == "compound" or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN"):
        return False
    if tok.i > 0 and (doc[tok.i - 1].text == "-" or doc[tok.i - 1].ent_type_ == "ORDINAL" or doc[tok.i - 1].lower_ in _OTHER_ONES):
        return False  # (nor "the second suicide at the school": others, earlier)
    return not any(lemma(t) in _SUICIDE_NOT or t.lower_ in _SUICIDE_NOT for t in tok.sent)


def _suicide_key(tok, people: People):
    """Who died: the subject of "committed suicide", else a person unnamed."""
    if lemma(tok.head) == "commit":
        subj = _subjects(tok.head)
        return people.key(subj[0]) if subj else None
    return "unnamed", "civilians"


_KILLINGS = {"homicide", "murder", "slaying", "killing"}
_LEAD_SENTENCES = 4  # a headline and the first sentences
_FATAL = {"deadly", "fatal"}


def _victim_of_a_killing(tok) -> bool:
    """'the homicide victim', 'a murder victim', 'the fatal victim', 'the victim of a deadly shooting', 'the victim
    of the slaying': a victim a killing names died.  ('an attempted murder victim' did not.)"""
    if any(c.lower_ in ("attempted", "attempt") for c in tok.subtree):
        return False
    if any(c.dep_ in ("compound", "amod") and (lemma(c) in _KILLINGS or c.lower_ in _FATAL) for c in tok.children):
        return True
    for prep in (c for c in tok.children if c.lower_ == "of" and c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if lemma(pobj) in _KILLINGS or any(c.dep_ == "amod" and c.lower_ in _FATAL for c in pobj.children):
                return True
    return False


_FINDING = {"find", "discover", "discovery", "recover", "locate", "spot", "pull"}


def _a_body_found(tok) -> bool:
    """'A body was found', 'police found a body', 'the discovery of a body': a body, no modifier's ("body camera" is
    a compound, "the student body" has no finding), that someone found."""
    if tok.dep_ in ("compound", "amod") or not any(c.dep_ == "det" and c.lower_ in ("a", "the") for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "the discovery of a body"
    elif tok.dep_ not in ("nsubjpass", "dobj"):
        return False
    return lemma(head) in _FINDING


def _suicide_claim(tok, s_i: int, people: People) -> RawClaim | None:
    """'the death was ruled a suicide', 'he committed suicide': the one who died."""
    key = _suicide_key(tok, people)
    if key is None:
        return None
    return _one_person(s_i, "killed", key[1], tok, "suicide", key[0])


def _victim_claim(doc: Doc, sent: Span, s_i: int, tok, people: People) -> RawClaim | None:
    """"the homicide victim is Jason Alford", "the victim of a deadly shooting": that person died.  Only in the
    lead: further down "the homicide victim" is as often another story's ("a roundup's")."""
    key = people.key(tok) if s_i < _LEAD_SENTENCES else None
    if key is None or any(t.lower_ in NEGATORS for t in doc[max(sent.start, tok.i - 3):tok.i]):
        return None
    return _one_person(s_i, "killed", key[1], tok, "victim", key[0])
