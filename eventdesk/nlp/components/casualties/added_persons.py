"""Persons who add to a count without a number of their own.

Joined to the count ("a husband and wife", "his five children and his wife", "along with their father", "her
adult son and three young grandchildren"), told as one more ("a fourth wounded by shrapnel") or as others
besides the persons a sentence tells one by one ("three other people"), or counted by the kind of shooting ("a
double shooting" is two hit).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from ...doctext import doc_text
from ...raw_claims import RawClaim, lemma as _lemma
from ...victims import ALIVE
from ...numbers import PERSON_SINGULAR, Quantity
from .no_toll import _tally


OTHERS_HIT = "shot, besides those told"  # a trigger reconcile does not take the dead from


_BESIDES = {"other", "others", "more", "additional"}  # "three others", "two more people", "three additional patients"


def _others_besides(doc, quantities: list[Quantity], info, claims: list[RawClaim], claim_of: dict[int, int],
                    persons: list[RawClaim]) -> None:
    """'A boy remained in critical condition after a shooting that also injured three other people': the
    others are others than the persons the sentence tells one by one, who add to their number (not the persons a
    colon lists after the count: those are the others themselves)."""
    for k, at in claim_of.items():
        c = claims[at]
        if c.total_of is not None or not any(t.lower_ in _BESIDES for t in doc[quantities[k].end:info[k][2]]):
            continue
        told = persons + [claims[j] for j in claim_of.values() if j != at and claims[j].victim]  # ("a man was shot and ...")
        # (persons listed after a colon that follows the count are the count's own: "Three other victims were taken
        # to a hospital: a 44-year-old man shot in the knee, a 58-year-old man shot in the hand and ...")
        besides = {p.victim for p in told if p.outcome == c.outcome and not _listed_after(doc, c, p)}
        # "2 shot and wounded, 3 others grazed by gunfire": the others are others than the count before
        # (not a count on a line above, a headline the sentence split missed: "2 Injured, 1 Dead in Eastfield
        # Shooting\nA man was fatally wounded and two other people were hospitalized")
        counted = sum(claims[j].count for j in claim_of.values() if j < at and claims[j].victim is None
                      and claims[j].total_of is None and claims[j].outcome == c.outcome and claims[j].trigger != ALIVE
                      and "\n" not in doc_text(doc)[claims[j].num_end:c.num_start])
        noun = doc[info[k][2] - 1]
        if noun.dep_ == "conj" and noun.head.i < quantities[k].start and (noun.head.ent_type_ == "PERSON" or _lemma(noun.head) in PERSON_SINGULAR):
            besides.add(noun.head.lower_)  # "Simpson and the four other teens were shot": Simpson too, dead or alive
        elif c.outcome == "wounded" and c.trigger in ("shoot", "shot", "hit", "strike", "gunshot wound"):
            # "two were killed and three others were shot": the others are not among the dead told
            c = replace(c, trigger=OTHERS_HIT)
        claims[at] = replace(c, count=c.count + len(besides) + counted)


def _listed_after(doc, count: RawClaim, person: RawClaim) -> bool:
    """Whether a person told one by one comes after a colon that follows the count: one of those it lists."""
    return person.num_start > count.num_end and ":" in doc_text(doc)[count.num_end:person.num_start]


_ONE_MORE = re.compile(r"(?:an?other|a (?:second|third|fourth|fifth|sixth|seventh))\b", re.IGNORECASE)


def _one_more(doc, claims: list[RawClaim], first: int, persons: list[RawClaim]) -> list[RawClaim]:
    """'Three men shot, a fourth wounded by shrapnel', 'two men were shot and another was wounded': one more person
    hit the same way as a count before it in the sentence adds to that count (not "one man was killed and
    another wounded": another outcome).  The sentence's claims are ``claims[first:]``; returns the persons
    left once those told as one more are added."""
    counts = [j for j in range(first, len(claims)) if claims[j].victim is None and claims[j].total_of is None and claims[j].count > 1]
    if not counts:
        return persons

    def earlier(c: RawClaim) -> int | None:
        return next((j for j in reversed(counts) if claims[j].outcome == c.outcome and claims[j].num_end <= c.num_start), None)

    def one_more(c: RawClaim) -> bool:
        if c.count != 1 or c.total_of is not None:
            return False
        if c.victim is not None:  # "another @N", "another man @N" (victims/people.py)
            return c.victim.startswith("another ")
        return bool(_ONE_MORE.fullmatch(doc_text(doc)[c.num_start:c.num_end]))

    told_as_one_more = []
    for j in range(first, len(claims)):
        at = earlier(claims[j]) if one_more(claims[j]) else None
        if at is not None:
            claims[at] = replace(claims[at], count=claims[at].count + 1)
            told_as_one_more.append(j)
    for j in reversed(told_as_one_more):
        del claims[j]  # the sentence's claims are the list's tail; none refers to these
    kept = []
    for c in persons:
        at = earlier(c) if one_more(c) else None
        if at is None:
            kept.append(c)
        else:
            claims[at] = replace(claims[at], count=claims[at].count + 1)
    return kept


def _along_with(doc, at: int, sent: Span) -> int:
    """'Two boys are dead along with their father': the person after "along with" the trigger is one more."""
    if at < 0 or at + 3 >= sent.end or doc[at + 1].lower_ != "along" or doc[at + 2].lower_ != "with":
        return 0
    for t in doc[at + 3:min(sent.end, at + 7)]:
        if t.tag_ == "NN" and _lemma(t) in PERSON_SINGULAR:
            return 1
        if t.pos_ not in ("DET", "PRON", "ADJ") and t.tag_ != "PRP$" and t.dep_ != "compound":
            return 0
    return 0


def _kin_before(doc, q: Quantity, np_end: int) -> int:
    """'killed her adult son and three young grandchildren', 'a woman and her two sons were shot': a person of the
    family told before the count and joined to it is one more (the count's words take in hers, so no claim of her
    own is made)."""
    noun = doc[np_end - 1]
    first = noun.head
    if noun.dep_ != "conj" or first.i >= q.start or first.tag_ != "NN" or _lemma(first) not in PERSON_SINGULAR:
        return 0
    if doc[q.start - 1].lower_ != "and" and not (doc[q.start - 1].tag_ == "PRP$" and q.start >= 2 and doc[q.start - 2].lower_ == "and"):
        return 0
    # "a woman and her two sons were shot": the possessive of the count points back at the person before it
    return int(any(c.dep_ == "poss" for c in first.children)
               or (any(c.tag_ == "PRP$" and c.i < q.start for c in noun.children)
                   and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in first.children)))


def _name_before_a_list(doc, q: Quantity, np_end: int) -> int:
    """'Marcus Hale, a 42-year-old man and a 38-year-old woman were shot': a name and then described persons in one
    list, the parser hanging the first description on the name as its apposition, are three; the name is one more
    (not "Marcus Hale, a 42-year-old man, and a woman": a description closed by a comma is the name's own)."""
    if q.value != 1 or q.qualifier != "exact" or q.start < 2 or doc[q.start - 1].text != ",":
        return 0
    noun = doc[np_end - 1]
    name = noun.head
    # (the name as the NER misses it too: "Marcus Hale" taken for an organisation)
    if noun.dep_ != "appos" or not (name.ent_type_ == "PERSON" or name.pos_ == "PROPN") or name.i >= q.start \
            or _lemma(noun) not in PERSON_SINGULAR:
        return 0
    listed = [c for c in noun.children if c.dep_ == "conj" and c.i >= np_end]
    return int(bool(listed) and doc[np_end].lower_ == "and")


def _joined_persons(doc, q: Quantity, np_end: int, next_q: Quantity | None) -> int:
    """Persons joined to a lone counted person without a number of their own: "a husband and wife were
    shot", "fatally shot a man and the man's neighbor" count two.  ("a man and a woman" are two
    quantities, which the coordination rules add up.)"""
    if q.qualifier != "exact" or np_end <= q.end:
        return 0
    noun = doc[np_end - 1]
    if q.value != 1:
        # "killing his five children and his wife", "... as well as his wife": a person of a family joined to a
        # counted group is one more
        if noun.tag_ != "NNS" or _lemma(noun) not in PERSON_SINGULAR:
            return 0
        return sum(1 for c in noun.children if c.dep_ == "conj" and c.i >= np_end and c.tag_ == "NN"
                   and _lemma(c) in PERSON_SINGULAR and any(d.tag_ == "PRP$" for d in c.children)
                   and (next_q is None or next_q.start > c.i))
    if _lemma(noun) not in PERSON_SINGULAR:
        return 0
    if _second_subject_after(doc, noun, np_end):
        return 1
    return sum(1 for c in noun.children if c.dep_ == "conj" and c.i >= np_end and c.tag_ == "NN"
               and _lemma(c) in PERSON_SINGULAR and (next_q is None or next_q.start > c.i) and not _one_in_two_roles(noun, c))


def _second_subject_after(doc, noun, np_end: int) -> bool:
    """'A teenager and his mother were shot': the parser may make the relative a second subject of the verb rather
    than a part of a list; "and", a possessive and a person noun of the same verb right after the counted person
    are one more person all the same (not "A man and his wife's car were hit": no person)."""
    if np_end + 2 >= len(doc) or doc[np_end].lower_ != "and" or doc[np_end + 1].tag_ != "PRP$":
        return False
    other = doc[np_end + 2]
    return other.tag_ == "NN" and _lemma(other) in PERSON_SINGULAR and other.dep_ == noun.dep_ \
        and other.dep_ in ("nsubj", "nsubjpass") and other.head.i == noun.head.i


# roles one person holds at once, told with one article: "a husband and father", "a wife and mother", "a son and
# brother" (not "a husband and wife", "a father and son": those are two)
_ROLES_OF_ONE = {frozenset(p) for p in (("husband", "father"), ("husband", "dad"), ("wife", "mother"), ("wife", "mom"),
                                        ("son", "brother"), ("daughter", "sister"), ("father", "grandfather"),
                                        ("mother", "grandmother"))}


def _one_in_two_roles(noun, conj) -> bool:
    """'a husband and father of two': the second role has no article of its own and is one the first person holds."""
    own_article = any(c.dep_ in ("det", "poss") for c in conj.children)
    return not own_article and frozenset((_lemma(noun), _lemma(conj))) in _ROLES_OF_ONE


_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4}
_ORDINALS = {"second", "third", "fourth", "another", "last", "previous", "earlier", "other"}


def _multiple(doc, sent: Span, s_i: int) -> list[RawClaim]:
    """'a double shooting' is two hit, 'a triple shooting' three (reconcile takes the dead from the hit); not
    'the city's second double shooting this year', another one.  ("a double homicide" is left to the names: it
    is as often a charge, or what a killing may legally become, as a count.)"""
    out = []
    for tok in sent:
        n = _MULTIPLE.get(tok.lower_)
        if n is None or tok.head.i != tok.i + 1 or tok.head.lower_ != "shooting" or tok.i == sent.start:
            continue
        if doc[tok.i - 1].lower_ in _ORDINALS or doc[tok.i - 1].ent_type_ == "ORDINAL" or _tally(doc, tok.head.i):
            continue
        out.append(RawClaim(sent=s_i, outcome="wounded", party=None, count=n, qualifier="exact", num_start=tok.idx,
                            num_end=tok.idx + len(tok.text), trigger="shoot"))
    return out
