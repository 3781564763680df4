"""The shooter among the persons hit or dead.

"accidentally shot himself and a friend" hits two; "killed his two children and then himself" kills one more,
the shooter; and a count of the dead in a report of the shooter's own death is of those he killed (civilians),
or the whole toll with him in it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ...raw_claims import RawClaim, lemma as _lemma
from ...victims import LATER_SUICIDE, SELF, SHOOTER, People
from ...numbers import PERSON_SINGULAR


def _himself_and_another(verb, people: People, sent: Span, s_i: int) -> RawClaim | None:
    """'accidentally shot himself and a friend': one bullet, both hit; the shooter is one of them, a description of
    the sentence as the friend is (named or not: "Flores ... shooting himself and a woman" tells two persons)."""
    if verb.pos_ != "VERB":
        return None
    own = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in SELF), None)
    if own is None or not any(c.dep_ == "conj" for c in own.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        head = verb.head  # "fired a gun, shooting himself and a woman": the subject of the verb above
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None) if verb.dep_ in ("advcl", "conj", "xcomp") else None
    key = people.key(subj) if subj is not None else None
    if key is None:
        return None
    noun = subj.lower_ if subj.tag_ == "NN" and _lemma(subj) in PERSON_SINGULAR else "shooter"
    victim = f"a {noun} @s{sent.start_char}"
    return RawClaim(sent=s_i, outcome="wounded", party=key[1], count=1, qualifier="exact", num_start=verb.idx,
                    num_end=verb.idx + len(verb), trigger="shoot", victim=victim)


def _and_then_himself(verb) -> bool:
    """'killed his two children and then himself', 'shot three people and himself': the verb acts on its subject too."""
    return verb.pos_ == "VERB" and any(c.dep_ in ("conj", "dobj") and c.lower_ in SELF for c in verb.children) \
        and any(c.dep_ == "dobj" and c.lower_ not in SELF for c in verb.children)


def _killed_by_the_shooter(doc, claims: list[RawClaim], active: set[int]) -> None:
    """'Man shot his family, killing 3, then killed himself', 'killing two firefighters ... The gunman later killed
    himself': the count of the dead is of those the shooter killed, not him; as civilians, it adds up with the
    shooter (a party of his own) to the toll.  That is a count in the sentence that tells his death, or one the
    shooter's own verb makes ("killing two", ``active``: the offsets of such counts); not a count that says it
    includes him ("four dead, including the gunman").  A count of the dead in general elsewhere ("a man and two
    children are dead", which a list makes civilians) is the whole toll, him included: it becomes a total.
    """
    his = {c.sent for c in claims if c.victim == SHOOTER and c.outcome == "killed"}
    if not his:
        return
    # (a suicide told as later than the shooting, "The suspect killed himself later that night": the dead told
    # before it are those he killed)
    later = min((c.sent for c in claims if c.victim == SHOOTER and c.trigger == LATER_SUICIDE), default=-1)
    sents = list(doc.sents)
    for j, c in enumerate(claims):
        if c.outcome != "killed" or c.party not in (None, "civilians") or c.total_of is not None:
            continue
        if c.victim is not None:
            if c.sent < later and c.victim != SHOOTER:
                claims[j] = replace(c, party="civilians")  # ("killed a cashier ... He later killed himself")
            continue
        if c.num_start in active or c.sent < later \
                or (c.sent in his and not any(t.lower_ in ("including", "includes", "include") for t in sents[c.sent])):
            claims[j] = replace(c, party="civilians")
        else:
            claims[j] = replace(c, party=None)
