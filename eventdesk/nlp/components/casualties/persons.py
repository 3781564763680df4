"""Persons told one at a time, and the key that tells them apart.

"a 22-year-old man" becomes the key "a man, 22 @s40" for ``reconcile.report_figures``; two descriptions of the
same noun in one sentence are two persons; "a third man" numbers those hit; "she" after "a two-year-old girl"
is that girl, not one more person.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ...doctext import doc_text
from ...raw_claims import RawClaim, lemma as _lemma
from ...numbers import PERSON_SINGULAR, Quantity
from ...victims import People


_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


def _nth_person(doc, q: Quantity, sent: Span) -> int:
    """'a third man', 'a fourth victim': the ordinal of a person told one at a time (0 for none)."""
    k = q.num_start
    if q.value != 1 or doc[k].lower_ not in ("a", "an") or k + 2 >= sent.end:
        return 0
    nth = _NTH.get(doc[k + 1].lower_, 0)
    return nth if nth and (_lemma(doc[k + 2]) in PERSON_SINGULAR or doc[k + 2].lower_ in PERSON_SINGULAR) else 0


_SHE = {"woman", "girl", "mother", "daughter", "wife", "sister", "grandmother", "aunt", "niece", "girlfriend", "female"}
_HE = {"man", "boy", "father", "son", "husband", "brother", "grandfather", "uncle", "nephew", "boyfriend", "male"}


def _pronoun_of_a_description(doc, claims: list[RawClaim], first: int, persons: list[RawClaim]) -> list[RawClaim]:
    """'A two-year-old girl was taken to the hospital but the coroner says she died': "she" is the girl the
    sentence describes (one of her kind, no other), not one more unnamed person."""
    described = [c.victim for c in claims[first:] if c.victim and c.victim.startswith(("a ", "an "))]
    out = []
    for p in persons:
        word = doc_text(doc)[p.num_start:p.num_end].lower()
        kinds = _SHE if word in ("she", "her") else _HE if word in ("he", "him") else None
        if p.victim == "unnamed" and kinds is not None:
            same = [d for d in described if d.split(" @")[0].split(",")[0].split(" ", 1)[1] in kinds]
            if len(same) == 1:
                p = replace(p, victim=same[0])
        out.append(p)
    return out


def _apart_in_one_sentence(claims: list[RawClaim], indices: list[int]) -> None:
    """'One man was shot in the back and a 29-year-old man was shot': in one sentence, two
    descriptions of the same noun are two persons, so the later one becomes 'another'."""
    seen: dict[tuple[str, str], set[str]] = {}
    for i in indices:
        if i >= len(claims):
            continue
        c = claims[i]
        if not c.victim or not c.victim.startswith(("a ", "an ")):
            continue
        what = c.victim.split(" @")[0]
        noun = what.split(",")[0].split(" ", 1)[1]
        before = seen.setdefault((c.outcome, noun), set())
        # the very same words twice are a text repeated by its scraper, not a second person
        if before and what not in before:
            claims[i] = replace(c, victim=f"another {noun} @{c.num_start}")
        before.add(what)


def _described(doc, q: Quantity, np_end: int, sent: Span) -> str | None:
    """A person counted as 'a 22-year-old man' or 'one woman': a key that tells persons apart
    for ``reconcile.report_figures`` ("a man, 22 @s40" and "a boy, 16 @s40" are two); None for real
    numbers.  The key ends with the sentence's offset: one sentence describing two persons names two,
    while descriptions in different sentences ("a toddler", "the shooting death of a 3-year-old boy")
    may well be the same person."""
    if q.value != 1 or q.qualifier != "exact" or doc[q.num_start].lower_ not in ("a", "an", "one"):
        return None
    nouns = [t for t in doc[q.end:np_end] if t.tag_ == "NN" and t.lower_ in PERSON_SINGULAR]
    if not nouns:
        return None
    named = _name_set_off(doc, np_end, sent)
    if named is not None:
        # "shot and killed a neighbor, 55-year-old Jane Roe": the person is the name, one more beside another
        # named victim, not a description that may be him
        key = People().key(named)
        if key is not None:
            return key[0]
    if _joined_to_a_name(nouns[-1]):
        # "found Luis Ortega and a woman with gunshot wounds": the person described beside a name is another than
        # he, one more however the name's own fate is told ("Ortega died"), not a description that may be him
        return f"another {nouns[-1].lower_} @{q.num_start}"
    age = next((t.text for t in doc[q.end:nouns[-1].i] if t.like_num and t.i + 2 < len(doc)
                and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ == "year"), None)
    return f"a {nouns[-1].lower_}" + (f", {age}" if age else "") + f" @s{sent.start_char}"


def _joined_to_a_name(noun) -> bool:
    """Whether a described person is joined by "and" to a person the NER names: "NAME, 35, and a man", "a woman and
    NAME" (the noun a conjunct of the name, or the name of the noun)."""
    if noun.dep_ == "conj" and noun.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in noun.children)


# the words of an age set off before a name: "a neighbor, 55-year-old Jane Roe"
_AGE_WORDS = {"-", "year", "years", "old"}
# entity types a name set off after a person is not: "a man, Chicago police said"
_NO_NAME_ENTS = {"GPE", "LOC", "FAC", "DATE", "TIME", "NORP"}


def _name_set_off(doc, np_end: int, sent: Span):
    """The last word of a name set off by a comma right after a counted person ("a neighbor, Jane Roe", "a neighbor,
    55-year-old Jane Roe"), or None.  The name's words are proper nouns no place or date tag claims (the small NER
    takes many names for organisations); ``People`` decides whether the last is a surname."""
    if np_end + 1 >= sent.end or doc[np_end].text != ",":
        return None
    k = np_end + 1
    while k < sent.end and (doc[k].like_num or doc[k].lower_ in _AGE_WORDS):
        k += 1
    last = None
    while k < sent.end and doc[k].tag_ == "NNP" and doc[k].ent_type_ not in _NO_NAME_ENTS:
        last, k = doc[k], k + 1
    return last
