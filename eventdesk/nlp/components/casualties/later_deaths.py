"""Deaths told after the hit, of all the persons the hit counted: "Two men were shot on Elm Street. Both were
pronounced dead at the scene."

"Both", "all" and "they" as the subject of a death carry no number of their own, so no count is read from them;
they stand for the persons a count just before told hit.  A claim of the dead is made here with that count ("both"
is two), and reconcile takes the dead out of the hit.  Not where the sentence tells its dead otherwise (a count or
persons of its own), nor a death negated, feared or hoped for ("both are expected to survive", "they could have
died"), nor a group of another kind ("both suspects", "all of the officers": a noun or an "of" of their own).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...doctext import doc_text, span_text
from ...raw_claims import RawClaim, lemma as _lemma
from ...victims import NEGATORS, death_negator, died_by_phrase
from .outcome import _DEATH_STATERS


# subjects that stand for all the persons counted hit just before
_ALL_OF_THEM = {"both", "all", "they"}
# how far back the count of the hit may lie, in sentences ("they" only in the sentence right before)
_REACH = {"both": 2, "all": 2, "they": 1}
# verbs that tell a death outright; "pronounced dead", "declared dead" and "are dead" by their complement
_DIE = {"die", "perish", "succumb"}
_SAY_DEAD = _DEATH_STATERS | {"be", "find"}


def _tells_death(verb) -> bool:
    """'died', 'were pronounced dead', 'are dead', 'did not survive', 'passed away': a death stated as a fact (not
    "may die", "did not die", "both nearly died")."""
    if any(c.tag_ == "MD" or c.lower_ in ("nearly", "almost") for c in verb.children):
        return False  # "both could die": a fear; "both nearly died": hurt, and alive
    own = death_negator(verb)
    if any(c.dep_ == "neg" and c.lower_ in NEGATORS and (own is None or c.i != own.i) for c in verb.children):
        return False
    word = _lemma(verb)
    if word in _DIE or died_by_phrase(verb):
        return True
    return word in _SAY_DEAD and any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "dobj", "attr")
                                     for c in verb.children)


def _bare_subject(tok) -> bool:
    """'Both later died', 'They were pronounced dead', 'both of them died': the word alone as the subject, or with
    an "of them" that points back at the same persons (not "both suspects", "all of the officers", "both of
    whom")."""
    if tok.lower_ not in _ALL_OF_THEM or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return not any(c.dep_ in ("compound", "nummod", "amod") or (c.dep_ == "prep" and not _of_them(c)) for c in tok.children)


# the pronouns after "of" that point back at the persons just counted: "both of them", "all of those"
_THEM = {"them", "those"}


def _of_them(prep) -> bool:
    """'of them', 'of those': a preposition that names no group of its own."""
    return prep.lower_ == "of" and [c.lower_ for c in prep.children] in ([w] for w in _THEM)


def _hit_count_before(claims: list[RawClaim], s_i: int, reach: int, at: int):
    """The last count of persons hit (two or more, none of the perpetrators) before character ``at``, in its sentence
    ("Two men were shot, and both of them died") or the ``reach`` sentences before, or None where a count of the
    dead follows it (those are told)."""
    for c in reversed(claims):
        if c.sent == s_i and c.num_start >= at:
            continue
        if c.sent < s_i - reach:
            return None
        if c.outcome == "killed":
            return None
        if c.outcome == "wounded" and c.victim is None and c.total_of is None and c.count >= 2 and c.party != "militants":
            return c
    return None


def all_of_them_died(doc, sent: Span, s_i: int, claims: list[RawClaim], first: int) -> None:
    """'Two cousins were shot ... Both later died', 'Three men were shot ... They did not survive': the persons
    counted hit just before all died; a claim of the dead of their number is added to ``claims``.  The sentence's
    own claims are ``claims[first:]``."""
    if any(c.outcome == "killed" for c in claims[first:]):
        return  # the sentence counts or names its dead
    low = span_text(sent).lower()
    if not any(w in low for w in _ALL_OF_THEM):
        return  # (no token's lower-cased text is one of the words where the sentence's holds none of them)
    for tok in sent:
        if not _bare_subject(tok) or not _tells_death(tok.head):
            continue
        hit = _hit_count_before(claims, s_i, _REACH[tok.lower_], tok.idx)
        if hit is None and tok.lower_ == "both" and one_and_himself_before(doc, sent):
            # "A man shot his young son and then himself. Both died.": the one he shot and the shooter
            claims.append(RawClaim(sent=s_i, outcome="killed", party="civilians", count=2, qualifier="exact",
                                   num_start=tok.idx, num_end=tok.idx + len(tok.text), trigger="die"))
            return
        if hit is None:
            return
        n = 2 if tok.lower_ == "both" else hit.count
        claims.append(RawClaim(sent=s_i, outcome="killed", party=hit.party, count=n, qualifier="exact",
                               num_start=tok.idx, num_end=tok.idx + len(tok.text), trigger="die"))
        return


# "shot his young son and then himself", "shot her husband and then herself": one person shot, then the shooter
_ONE_AND_HIMSELF = re.compile(
    r"\bshot (?:his|her|a|an|the) (?:[\w-]+ ){0,2}?[a-z]+(?<!s) and (?:then )?(?:him|her)self\b", re.IGNORECASE)


def one_and_himself_before(doc, sent: Span) -> bool:
    """Whether the sentence before (or this one) tells a shooter who shot one person and then himself: "both" are
    those two, though no count of two was told."""
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    return bool(_ONE_AND_HIMSELF.search(doc_text(doc)[before.start_char:sent.end_char]))
