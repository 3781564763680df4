"""The shape of a counted noun phrase: its head, and what is set off after it.

"two men, 22 and 25, were shot", "Four people, including a pregnant woman, were wounded", "One of them, a
24-year-old man, died": the outcome and the party rules step past ages, descriptions and modifiers to find the
predicate; these helpers say where the phrase and its asides end.
"""

from __future__ import annotations

from spacy.tokens import Span

from ...raw_claims import lemma as _lemma
from ...numbers import Quantity
from .triggers import _trigger, _weak


def _np_head(doc, start: int | None, end: int):
    """The word of a counted noun phrase that hangs outside it ("a robbery suspect last Thursday": "suspect")."""
    if start is None or start >= end:
        return None
    return next((t for t in doc[start:end] if not start <= t.head.i < end and t.pos_ in ("NOUN", "PROPN")), None)


def _after_ages(doc, at: int, sent: Span) -> int:
    """The token after an appositive of ages (", 22 and 25,", ", ages 15 to 17,", ", both 19,", or not set off:
    "Sisters ages 9 and 11 were hit"), or ``at``."""
    if at + 1 < sent.end and doc[at].lower_ in ("ages", "aged") and doc[at + 1].text.isdigit():
        return _past_bare_ages(doc, at + 1, sent)
    if at >= sent.end or doc[at].text != ",":
        return at
    i = at + 1
    if i < sent.end and doc[i].lower_ in ("age", "ages", "aged", "both", "all"):
        i += 1
    seen = False
    while i < sent.end and (doc[i].like_num or doc[i].lower_ in ("and", "to", "or", ",", "-")):
        seen = seen or doc[i].like_num
        if doc[i].text == "," and seen and (i + 1 >= sent.end or not doc[i + 1].like_num and doc[i + 1].lower_ not in ("and", "or")
                                            or _next_count(doc, i + 1, sent)):
            return i + 1
        i += 1
    return at


def _past_bare_ages(doc, i: int, sent: Span) -> int:
    """The token after a list of ages not set off by commas ("9 and 11", "15, 16 and 17", "15 to 17"), from its first
    age ``i``: the tagger may read "ages" there as a verb ("Sisters ages 9 and 11"), so the predicate is found past
    them, as past ", 22 and 25,"."""
    i += 1
    while i + 1 < sent.end and doc[i].lower_ in (",", "and", "to", "or") and doc[i + 1].text.isdigit():
        i += 2
    return i


def _next_count(doc, i: int, sent: Span) -> bool:
    """', and three women': after a list of ages, a number in words that counts a noun starts the next part."""
    if i < sent.end and doc[i].lower_ in ("and", "or"):
        i += 1
    return i + 1 < sent.end and doc[i].like_num and doc[i].is_alpha and doc[i + 1].pos_ == "NOUN"


_SET_OFF = {",", "-", "--", "—", "–", ")"}


def _past_correction(doc, np_end: int, sent: Span) -> int:
    """Past the figure a correction sets off after the count ("three people, not four as first reported, were
    shot"), when the predicate comes right after it; else ``np_end``."""
    if not (np_end + 2 < sent.end and doc[np_end].text == "," and doc[np_end + 1].lower_ == "not"
            and doc[np_end + 2].like_num):
        return np_end
    close = next((t.i for t in doc[np_end + 3:min(sent.end, np_end + 10)] if t.text == ","), None)
    if close is None or close + 1 >= sent.end or doc[close + 1].pos_ not in ("AUX", "VERB"):
        return np_end
    return close + 1


# the verbs of a flight from the gunfire
_FLIGHT = {"flee", "run", "escape", "scramble", "rush", "hide", "dive", "duck", "try"}


def _past_modifiers(doc, np_end: int, sent: Span) -> int:
    """The token after the phrases that hang on the counted noun, set off or not ("4 people including a
    21-year-old girl were injured", "Four people, including a pregnant woman, were wounded", "Four boys
    between ages 12 and 16 were wounded"), when the predicate comes right after them; else ``np_end``."""
    if np_end <= 0 or np_end >= sent.end:
        return np_end
    corrected = _past_correction(doc, np_end, sent)
    if corrected != np_end:
        return corrected
    # ("Two officers who responded to the call were wounded": a relative clause hangs on the noun too; its
    # pronoun may close the counted phrase)
    last = np_end - 1 - (np_end >= 2 and doc[np_end - 1].tag_ in ("WDT", "WP"))
    # (and a present participle's phrase: "Four people waiting at a bus stop were hit", "two men sitting in a car";
    # not one of flight, whose hurt is the flight's: "three people running from the gunfire were hurt")
    mods = [c for c in doc[last].children if c.i > last and (c.dep_ in ("prep", "appos", "relcl") or (
        c.dep_ == "acl" and c.tag_ == "VBG" and not any(_lemma(t) in _FLIGHT for t in c.subtree)))]
    if not mods and doc[np_end].text == ",":
        mods = _described_part(doc, last)
    if not mods or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in mods):
        return np_end  # "A third man, Leon Harper, 26, was wounded": the name counts him (victims/claims.py)
    if any(c.lower_ == "with" and any(_lemma(t) in ("wound", "injury") for t in c.subtree) for c in mods):
        return np_end  # "three other people with gunshot wounds walked into a hospital": the wounds tell the hit
    if any(c.dep_ in ("relcl", "acl") and any(_trigger(t, sent) or _weak(t) for t in c.subtree) for c in mods):
        return np_end  # "a man who was found dead in a ditch was shot": the clause tells the outcome itself
    end = max(c.right_edge.i for c in mods) + 1
    while end < sent.end and doc[end].text in _SET_OFF:
        end += 1
    if end >= sent.end or end - np_end > 14 or doc[end].pos_ not in ("AUX", "VERB"):
        return np_end
    if any(c.dep_ == "relcl" for c in mods) and doc[end].pos_ != "AUX":
        return np_end  # past a relative clause only to an auxiliary ("... who responded were wounded"): the parse holds
    return end


def _a_part(doc, q: Quantity) -> bool:
    """'One of them', 'two of the victims': a count of some of a group."""
    return q.end < len(doc) and doc[q.end].lower_ == "of"


def _described_part(doc, last: int) -> list:
    """'One of the men, a 24-year-old, died': the description set off after "One of the men" hangs on the part
    ("One"), not on the noun the phrase ends with; the description, or nothing."""
    part = doc[last]
    while part.dep_ in ("pobj", "prep") and part.head.i < part.i and last - part.head.i <= 4:
        part = part.head
    if part.i == last or not part.like_num:
        return []
    return [c for c in part.children if c.i > last and c.dep_ in ("appos", "amod")]
