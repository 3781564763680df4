"""Persons who add to a count without a number of their own.

Joined to the count ("a husband and wife", "his five children and his wife", "along with their father", "her
adult son and three young grandchildren", "a 16-year-old and two children"), told as one more ("a fourth wounded by shrapnel") or as others
besides the persons a sentence tells one by one ("three other people"), counted by the kind of shooting ("a
double shooting" is two hit), or told one by one and then together ("both were taken to a hospital", "the pair").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from ...doctext import doc_text, span_text
from ...raw_claims import RawClaim, lemma as _lemma
from ...victims import ALIVE, PERPETRATOR_NOUNS, TAKEN, an_age, hurt_in_a_mishap, is_unnamed, says_alive
from ...numbers import PERSON_SINGULAR, Quantity
from ..segmentation import SEPARATOR, SEPARATOR_INSIDE
from .no_toll import _earlier_place_clause, _tally
from .parts import adds_up
from .later_deaths import one_and_himself_before


OTHERS_HIT = "shot, besides those told"  # a trigger reconcile does not take the dead from


_BESIDES = {"other", "others", "more", "additional"}  # "three others", "two more people", "three additional patients"
# the triggers of a count of the hit whose "others" are others than the dead: "three others were shot", "a teen was
# killed and three others were hospitalized" (not "taken to a hospital", "rushed": the pool's other half fell)
_HIT_AS_OTHERS = {"shoot", "shot", "hit", "strike", "gunshot wound", "hospitalize", "hospitalise"}


def _others_besides(doc, quantities: list[Quantity], info, claims: list[RawClaim], claim_of: dict[int, int],
                    persons: list[RawClaim], coordinated: set[int] = frozenset()) -> None:
    """'A boy remained in critical condition after a shooting that also injured three other people': the
    others are others than the persons the sentence tells one by one, who add to their number (not the persons a
    colon lists after the count: those are the others themselves).  Others that share their trigger with the count
    before them ("a man and three others were wounded", "two men and three others were shot") are the list's second
    part, which ``parts._sum_coordinated`` adds to the first: they take nobody in here (4 and 5, not 6 and 8)."""
    for k, at in claim_of.items():
        c = claims[at]
        if c.total_of is not None or not any(t.lower_ in _BESIDES for t in doc[quantities[k].end:info[k][2]]):
            continue
        if k - 1 in coordinated and claim_of.get(k - 1) is not None and adds_up(claims[claim_of[k - 1]], c):
            continue
        told = persons + [claims[j] for j in claim_of.values() if j != at and claims[j].victim]  # ("a man was shot and ...")
        # (persons listed after a colon that follows the count are the count's own: "Three other victims were taken
        # to a hospital: a 44-year-old man shot in the knee, a 58-year-old man shot in the hand and ...")
        # (nor one told as one more after the count, whom ``_one_more`` adds: "two other victims were driven to a
        # hospital, and another victim walked in")
        besides = {p.victim for p in told if p.outcome == c.outcome and not _listed_after(doc, c, p)
                   and not (p.num_start > c.num_end and p.victim and p.victim.startswith("another "))}
        # "2 shot and wounded, 3 others grazed by gunfire": the others are others than the count before
        # (not a count on a line above, a headline the sentence split missed: "2 Injured, 1 Dead in Eastfield
        # Shooting\nA man was fatally wounded and two other people were hospitalized")
        counted = sum(claims[j].count for j in claim_of.values() if j < at and claims[j].victim is None
                      and claims[j].total_of is None and claims[j].outcome == c.outcome and claims[j].trigger != ALIVE
                      and "\n" not in doc_text(doc)[claims[j].num_end:c.num_start])
        noun = doc[info[k][2] - 1]
        if noun.dep_ == "conj" and noun.head.i < quantities[k].start and (noun.head.ent_type_ == "PERSON" or _lemma(noun.head) in PERSON_SINGULAR):
            # "Simpson and the four other teens were shot": Simpson too, dead or alive (once: "a man and three others
            # were wounded", whose man the sentence already told as a person of his own, is four)
            if not any(v is not None and v.split(" @")[0].split()[-1:] == [noun.head.lower_] for v in besides):
                besides.add(noun.head.lower_)
        elif c.outcome == "wounded" and c.trigger in _HIT_AS_OTHERS:
            # "two were killed and three others were shot", "a teen was killed and three others were hospitalized":
            # the others are not among the dead told
            c = replace(c, trigger=OTHERS_HIT)
        claims[at] = replace(c, count=c.count + len(besides) + counted)


# the words that tell a hit as one more besides the hits told before: "two women who had been shot too", "the gunfire
# also wounded two people"
_TOO = {"too", "also"}


def _hit_too(verb) -> bool:
    """'along with two women who had been shot too', 'The gunfire also wounded two people', 'two others were also
    hit': the verb of a count of the hit says its persons are others besides those told hit or dead before, so that
    none of the dead are among them (a count with ``OTHERS_HIT``).  ("as well" after the verb says the same.)"""
    if any(c.dep_ == "advmod" and c.lower_ in _TOO for c in verb.children):
        return True
    doc = verb.doc
    return verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "as" and doc[verb.i + 2].lower_ == "well"


def _listed_after(doc, count: RawClaim, person: RawClaim) -> bool:
    """Whether a person told one by one comes after a colon that follows the count: one of those it lists."""
    return person.num_start > count.num_end and ":" in doc_text(doc)[count.num_end:person.num_start]


_ONE_MORE = re.compile(r"(?:an?other|a (?:second|third|fourth|fifth|sixth|seventh))\b", re.IGNORECASE)


_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}


def _token_starting_at(doc, char: int):
    """The token that starts at character ``char``, or None: found by spaCy's search over its character offsets
    (``char_span``), not by reading every token before it."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) and span[0].idx == char else None


def _another_at_another_time(doc, claims: list[RawClaim], first: int, persons: list[RawClaim]) -> list[RawClaim]:
    """'Four people were wounded in a shootout Sunday, just hours after another man was struck by a stray bullet around
    the corner': a person hit in a clause that a span of time sets before or after the sentence's own event ("hours
    after", "two days before") is another incident's, neither one more of the count nor a victim of this one.  The
    sentence's claims are ``claims[first:]`` (those told so are dropped); returns the persons left.  Only where the
    sentence tells a hit outside that clause: "A day after police said a boy shot himself and a friend, he was
    charged" sets the news apart from the shooting, whose persons are the report's."""
    told = [*claims[first:], *persons]

    def apart(c: RawClaim) -> bool:
        tok = _token_starting_at(doc, c.num_start)
        if tok is None:
            return False
        verb = tok
        while verb.dep_ not in ("advcl", "ROOT") and verb.head is not verb:
            verb = verb.head
        if verb.dep_ != "advcl":
            return False
        mark = next((m for m in verb.children if m.dep_ == "mark" and m.lower_ in ("after", "before")), None)
        if mark is None or not any(_lemma(t) in _TIME_UNITS for t in doc[max(verb.sent.start, mark.i - 3):mark.i]):
            return False
        inside = (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
        return any(not inside[0] <= o.num_start < inside[1] for o in told if o is not c)

    for j in range(len(claims) - 1, first - 1, -1):
        if claims[j].count == 1 and apart(claims[j]):
            del claims[j]
    return [c for c in persons if not apart(c)]


def _one_more(doc, claims: list[RawClaim], first: int, persons: list[RawClaim]) -> list[RawClaim]:
    """'Three men shot, a fourth wounded by shrapnel', 'two men were shot and another was wounded': one more person
    hit the same way as a count before it in the sentence adds to that count (not "one man was killed and
    another wounded": another outcome).  The sentence's claims are ``claims[first:]``; returns the persons
    left once those told as one more are added."""
    counts = [j for j in range(first, len(claims)) if claims[j].victim is None and claims[j].total_of is None and claims[j].count > 1]
    if not counts:
        return persons

    def earlier(c: RawClaim) -> int | None:
        # (not a count whose persons a colon lists after it: "four victims: a 54-year-old man had a gunshot wound ...;
        # a 20-year-old man ...", whose like descriptions the sentence's rules made "another")
        return next((j for j in reversed(counts) if claims[j].outcome == c.outcome and claims[j].num_end <= c.num_start
                     and not _listed_after(doc, claims[j], c)), None)

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


# the verbs of a gunshot wound (not "injured" nor "struck": "two teens were injured in a crash as they fled")
_SHOT_VERBS = {"shoot", "wound", "graze"}


def _subject_hit(tok):
    """The verb of a gunshot (``_SHOT_VERBS``) whose subject ``tok`` is, or None."""
    if tok is None or tok.dep_ not in ("nsubj", "nsubjpass") or _lemma(tok.head) not in _SHOT_VERBS:
        return None
    return tok.head


def _count_noun(doc, c: RawClaim):
    """The noun a count's number counts ("two men" of "two men were shot"), or None."""
    span = doc.char_span(c.num_start, c.num_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    return tok.head if tok.dep_ == "nummod" else tok


# the nouns of a group that may hold any person told beside it
_ANY_PERSONS = {"person", "people", "victim", "individual", "other", "resident", "patron", "customer", "bystander"}


def _person_and_a_count(doc, claims: list[RawClaim], first: int, persons: list[RawClaim]) -> list[RawClaim]:
    """'A 20-year-old man was shot in the chest and two women were shot in the leg', 'two men were hit in the legs
    and a woman was shot in the back': a person told with an article as the subject of one hit and a count the
    subject of a hit joined to it by "and" are apart; the count takes the person in (reconcile read the two as the
    same people and kept the larger).  Not "a man was shot and two people were shot" (a group of any person may hold
    him), "two teens were injured in a crash" (no gunshot), nor "a man was killed and two were wounded" (another
    outcome).  The sentence's claims are ``claims[first:]``;
    returns the persons left."""
    counts = [j for j in range(first, len(claims)) if claims[j].victim is None and claims[j].total_of is None
              and claims[j].count > 1]
    if not counts:
        return persons

    def joined_count(p: RawClaim) -> int | None:
        if p.victim is None or p.count != 1 or p.total_of is not None:
            return None
        noun = _person_token(doc, p)
        verb = _subject_hit(noun)
        if verb is None:
            return None
        for j in counts:
            group = _count_noun(doc, claims[j])
            other = _subject_hit(group)
            if other is None or other.i == verb.i or claims[j].outcome != p.outcome or claims[j].party != p.party:
                continue
            # (a group of another kind only: "a man was shot and two people were hit" may count the man among them)
            if _lemma(group) in _ANY_PERSONS or _lemma(group) == _lemma(noun):
                continue
            left, right = (verb, other) if verb.i < other.i else (other, verb)
            # (the parser may hang the "and" on the first clause's last word: "shot in the legs and a woman ...")
            if right.dep_ == "conj" and right.head.i == left.i and any(t.lower_ == "and" for t in doc[left.i:right.i]):
                return j
        return None

    # (after the dead told in a sentence before, those told hit by a body part are the others, none of the dead: "A
    # man was fatally shot.  A 20-year-old was shot in the chest and two women were shot in the leg"; not where a
    # death is told after: "... and two women were shot in the legs.  The man died")
    dead_before = any(c.outcome == "killed" for c in claims[:first])

    def take_in(at: int) -> None:
        claims[at] = replace(claims[at], count=claims[at].count + 1,
                             trigger=OTHERS_HIT if dead_before else claims[at].trigger)

    taken = []
    for j in range(first, len(claims)):
        at = joined_count(claims[j])
        if at is not None:
            take_in(at)
            taken.append(j)
    for j in reversed(taken):
        del claims[j]  # the sentence's claims are the list's tail; none refers to these
    kept = []
    for p in persons:
        at = joined_count(p)
        if at is None:
            kept.append(p)
        else:
            take_in(at)
    return kept


def _also_hit(doc, claims: list[RawClaim], first: int, persons: list[RawClaim], s_i: int) -> list[RawClaim]:
    """'Three men were found shot inside a lounge ... A woman was also shot and drove herself to the hospital', 'A man
    was shot in the leg, and a bystander waiting for a bus was also wounded': a person told with an article ("a
    woman", "a bystander") whose hit is "also" or "too" is one more than those told hit before.  After a count of the
    hit in the three sentences before, with no person told hit between, the count takes him in (the report's dead are
    still taken from it); else, after another person told hit, he becomes "another ..." of his noun.  The sentence's
    claims are ``claims[first:]`` (a person counted as "a woman" is one of them); returns the persons left."""
    taken: list[int] = []  # the sentence's own claims the count before took in
    for j in range(first, len(claims)):
        c = claims[j]
        if c.victim is not None and c.count == 1 and c.total_of is None:
            one = _one_more_hit(doc, claims, first, c, s_i, persons)
            if one is None:
                taken.append(j)
            else:
                claims[j] = one
    for j in reversed(taken):
        del claims[j]  # the sentence's claims are the list's tail; none refers to these
    kept = []
    for p in persons:
        one = _one_more_hit(doc, claims, first, p, s_i, persons)
        if one is not None:
            kept.append(one)
    return kept


def _one_more_hit(doc, claims: list[RawClaim], first: int, p: RawClaim, s_i: int, persons: list[RawClaim]) -> RawClaim | None:
    """The person's claim as ``_also_hit`` leaves it: as it was, "another ..." of its noun, or None where a count of
    the hit before took him in."""
    tok = _person_token(doc, p)
    if tok is None or p.outcome != "wounded" or not _told_also(tok) or hurt_in_a_mishap(tok.sent):
        return p
    before = [j for j in range(first) if s_i - 3 <= claims[j].sent < s_i and claims[j].outcome == "wounded"]
    counts = [j for j in before if claims[j].victim is None and claims[j].total_of is None and claims[j].count >= 2
              and claims[j].party != "militants"]
    if counts and _a_part_told(doc_text(doc)[claims[counts[-1]].num_end:p.num_start]):
        return p  # "Two other people were injured. One was inside the club ... A woman was also injured": one of the two
    if counts and _of_another_shooting(doc, claims[counts[-1]]):
        return p  # "In an unrelated shooting, two men were wounded ... a girl was also hit in the first shooting"
    # (not an age told alone: "two people were shot ... a 16-year-old was also hit" may be one of them; where another
    # person was hit before, reconcile reads it as "another" one below)
    if counts and not an_age(tok) and not any(claims[j].victim is not None for j in before if j > counts[-1]):
        claims[counts[-1]] = replace(claims[counts[-1]], count=claims[counts[-1]].count + 1)
        return None
    hit_before = any(c.outcome in ("wounded", "killed") and c.num_end <= p.num_start
                     for c in [*claims, *persons] if c is not p and c.sent >= s_i - 2)
    if hit_before and p.victim is not None and is_unnamed(p.victim):
        # (a description, "a 25-year-old woman was also taken to a hospital", stays one: reconcile reads it as the
        # "another woman" told before, if any)
        return replace(p, victim=f"another {tok.lower_} @{p.num_start}")
    return p


# a part of a count told after it, sentence-first: "One was inside the club", "One of them was hit in the leg"
_ONE_OF_THEM = re.compile(r"(?:^|[.;:]\s+)(?:One|The first|The other)\b")


def _a_part_told(between: str) -> bool:
    """Whether the words between a count and a person told "also" hit tell a part of the count: the person is then
    the rest of it, not one more."""
    return bool(_ONE_OF_THEM.search(between))


def _of_another_shooting(doc, count: RawClaim) -> bool:
    """Whether the sentence of a count opens or tells another incident ("In an unrelated shooting, two men were
    wounded"): a person "also" hit after it may be one of the first incident's."""
    sent = doc.char_span(count.num_start, count.num_end, alignment_mode="expand")
    if sent is None:
        return False
    text = span_text(sent[0].sent)
    return bool(SEPARATOR.search(text) or SEPARATOR_INSIDE.search(text))


def _person_token(doc, p: RawClaim):
    """The person noun a person's claim was read from, with an article of its own ("a woman", "a bystander", or an
    age told as a noun: "a 2-year-old"), or None (a name, a pronoun, "the man": one told before may be meant)."""
    span = doc.char_span(p.num_start, p.num_end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    if tok.dep_ == "det":
        tok = tok.head  # a count of one: its number is the article ("A woman")
    if not an_age(tok) and (tok.pos_ != "NOUN" or _lemma(tok) not in PERSON_SINGULAR):
        return None
    return tok if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) else None


# the verbs of a hit that "also" makes one more (not "was also taken to a hospital": perhaps one told before)
_ALSO_HIT_VERBS = {"shoot", "wound", "injure", "hurt", "hit", "strike", "graze"}


def _told_also(tok) -> bool:
    """Whether the verb a person is the subject of says "also" or "too" of his hit ("a woman was also shot")."""
    verb = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass") and _lemma(verb) in _ALSO_HIT_VERBS and _hit_too(verb)


# the hit words after which "along with" adds one more hit, not one more dead, where the count died later
_HIT_ALONG = {"shoot", "wound", "hit", "strike", "injure"}


def _along_with(doc, at: int, sent: Span, outcome: str = "") -> int:
    """'Two boys are dead along with their father': the person after "along with" the trigger is one more.  Not one
    more dead where the trigger is a hit and the death a later verb's ("A woman who was shot along with her daughter
    died Monday": the daughter was hit, and is told so apart)."""
    if at < 0 or at + 3 >= sent.end or doc[at + 1].lower_ != "along" or doc[at + 2].lower_ != "with":
        return 0
    hit_only = outcome == "killed" and _lemma(doc[at]) in _HIT_ALONG
    for t in doc[at + 3:min(sent.end, at + 7)]:
        if t.tag_ == "NN" and _lemma(t) in PERSON_SINGULAR:
            # (one more dead after all where a later sentence tells the same noun died: "The grandson died Monday")
            return int(not hit_only or _died_later(t, sent))
        if t.pos_ not in ("DET", "PRON", "ADJ") and t.tag_ != "PRP$" and t.dep_ != "compound":
            return 0
    return 0


def _died_later(person, sent: Span) -> bool:
    """Whether a sentence after ``sent`` tells a person of the same noun died ("The grandson died Monday")."""
    word = _lemma(person)
    return any(_lemma(t) == word and t.dep_ in ("nsubj", "nsubjpass") and _lemma(t.head) in ("die", "succumb")
               for t in person.doc[sent.end:])


def _kin_before(doc, q: Quantity, np_end: int) -> int:
    """'killed her adult son and three young grandchildren', 'a woman and her two sons were shot': a person of the
    family told before the count and joined to it is one more (the count's words take in hers, so no claim of her
    own is made); a couple told so is two more ("A couple and their two children were shot": four).  (After a
    dateline the parser may take the person's article for a compound, "MILWAUKEE - A couple", or hang both on the
    place's name: ``_sibling_before``.)"""
    noun = doc[np_end - 1]
    first = _sibling_before(doc, noun, q) if noun.dep_ == "conj" and not _kin_head(noun.head) else noun.head
    if noun.dep_ != "conj" or first is None or first.i >= q.start or not _kin_head(first):
        return 0
    # ("a man and his 12-year-old twin daughters": the count's own age may stand between the possessive and it)
    k = _before_an_age(doc, q.start, first.i)
    if doc[k - 1].lower_ != "and" and not (doc[k - 1].tag_ == "PRP$" and k >= 2 and doc[k - 2].lower_ == "and"):
        return 0
    # "a woman and her two sons were shot": the possessive of the count points back at the person before it
    tied = any(c.dep_ == "poss" for c in first.children) or (
        any(c.tag_ == "PRP$" and c.i < q.start for c in noun.children)
        and any(c.lower_ in ("a", "an") and c.i < first.i for c in first.children))
    return (2 if _lemma(first) == "couple" else 1) if tied else 0


def _kin_head(tok) -> bool:
    """A person noun, or "couple", that a count of kin may be joined to ("a woman and her two sons")."""
    return tok.tag_ == "NN" and (_lemma(tok) in PERSON_SINGULAR or _lemma(tok) == "couple")


def _sibling_before(doc, noun, q: Quantity):
    """'YAKIMA, Wash. - A couple and their three daughters': the person noun right before "and" (and the count's
    possessive) where the parser hangs both it and the count's noun on the dateline's place; else None."""
    k = q.start - 1 if doc[q.start - 1].tag_ == "PRP$" else q.start
    before = doc[k - 2] if k >= 2 and doc[k - 1].lower_ == "and" else None
    return before if before is not None and before.head.i == noun.head.i and before.dep_ in ("appos", "conj") else None


_AGE_WORDS = {"-", "year", "years", "month", "months", "old"}


def _before_an_age(doc, k: int, floor: int) -> int:
    """Where an age told right before index ``k`` begins ("12-year-old" before "twin daughters"), or ``k`` itself where
    no age ending in "old" stands there; never at or before ``floor``."""
    if k - 1 <= floor or doc[k - 1].lower_ != "old":
        return k
    i = k - 1
    while i - 1 > floor and (doc[i - 1].lower_ in _AGE_WORDS or doc[i - 1].like_num):
        i -= 1
    return i if doc[i].like_num else k


def _the_person_joined_before(doc, q: Quantity, np_end: int) -> int:
    """'The driver and a 40-year-old passenger died': a person noun told with "the" as the subject and joined by "and"
    to a person counted after it is one more (a count of one makes no claim of "the driver", who has no number).  Not
    "the driver and two passengers" read elsewhere as a count of its own, nor "shot the driver and a passenger" (an
    object: the rules of targets count it), nor a person the count renames ("the victim, a 40-year-old man")."""
    if q.value != 1 or q.qualifier != "exact" or q.start < 2 or doc[q.start - 1].lower_ != "and" or np_end <= q.end:
        return 0
    noun = doc[np_end - 1]
    first = noun.head
    if noun.dep_ != "conj" or _lemma(noun) not in PERSON_SINGULAR or first.i >= q.start or first.tag_ != "NN" \
            or _lemma(first) not in PERSON_SINGULAR or first.dep_ not in ("nsubj", "nsubjpass") or _lemma(first) in PERPETRATOR_NOUNS:
        return 0  # (nor "the gunman and a hostage were killed": the gunman is no victim)
    return int(any(c.dep_ == "det" and c.lower_ == "the" for c in first.children) and first.i + 1 == q.start - 1)


# those who were with a person ("wounded a boy and two of his friends", "the driver and three passengers")
_COMPANIONS = {"friend", "passenger", "cousin", "neighbor", "neighbour", "relative", "companion", "classmate",
               "sibling", "brother", "sister", "coworker", "co-worker"}
# the verbs whose object a count of the hurt may be joined to ("wounded a 15-year-old boy and two of his friends")
_HURTING_VERBS = {"wound", "shoot", "injure", "hit", "strike"}


def _object_joined_before(doc, q: Quantity, np_end: int) -> int:
    """'A gunman wounded a 15-year-old boy and two of his friends', 'wounding the driver and three passengers': a person
    the hurting verb takes as its object, joined by "and" to the count right after him, is one more hurt (the count
    names the others: "two of his friends").  Not "shot the boy in front of two friends" (no "and"), nor a shooter
    ("the gunman and two accomplices")."""
    if q.qualifier != "exact" or q.start < 3 or doc[q.start - 1].lower_ != "and":
        return 0
    first = doc[q.start - 2]
    if first.tag_ != "NN" or _lemma(first) not in PERSON_SINGULAR or _lemma(first) in PERPETRATOR_NOUNS \
            or first.dep_ != "dobj" or _lemma(first.head) not in _HURTING_VERBS:
        return 0
    # the count itself, or its noun, is the person's conjunct ("two of his friends", "three passengers"), and names
    # those who were with him (not "a woman and two men", whose counts the others rules read)
    span = doc[q.start:max(np_end, q.end) + 3]
    return int(any(t.dep_ == "conj" and t.head.i == first.i for t in span)
               and any(_lemma(t) in _COMPANIONS for t in span))


def _aged_person_joined_before(doc, q: Quantity, np_end: int) -> int:
    """'A 16-year-old and two children were shot', 'a six-year-old and three adults': an age used as a noun joined to
    the count by "and" is one more person; the parser reads "16-year-old" as an adjective of the count's noun, so
    that no claim of its own is made.  Read on the words: an article, a number, "year", "old", "and", the count.  Not
    "a 16-year-old boy and two children" (two quantities the coordination rules add up) nor "two 16-year-old boys and
    three adults" (no article: the count's own age)."""
    if q.qualifier != "exact" or q.start < 5 or np_end <= q.end or doc[q.start - 1].lower_ != "and" \
            or doc[q.start - 2].lower_ != "old" or _lemma(doc[np_end - 1]) not in PERSON_SINGULAR:
        return 0
    # "a 16-year-old", "a six-year-old" (hyphens split off), "a 16 year old": an article, a number, "year", "old"
    words = [t for t in doc[max(0, q.start - 7):q.start - 1] if t.text != "-"]
    return int(len(words) >= 4 and words[-4].lower_ in ("a", "an") and words[-3].like_num
               and words[-2].lower_ in ("year", "years"))


def _name_before_a_list(doc, q: Quantity, np_end: int) -> int:
    """'Marcus Hale, a 42-year-old man and a 38-year-old woman were shot', 'A woman, a man and a teenager were wounded':
    a name (or a person told by "a") and then described persons in one list, the parser hanging the first description
    on the first person as its apposition, are three; the first is one more
    (not "Marcus Hale, a 42-year-old man, and a woman": a description closed by a comma is the name's own; nor a
    place the description follows: "in Celaya, Guanajuato, a man and a woman were shot dead", a preposition's object)."""
    if q.value != 1 or q.qualifier != "exact" or q.start < 2 or doc[q.start - 1].text != ",":
        return 0
    noun = doc[np_end - 1]
    name = noun.head
    # (the name as the NER misses it too: "Marcus Hale" taken for an organisation; or a person told by "a", the first
    # of a list of described persons: "A woman, a man and a teenager were wounded")
    if noun.dep_ != "appos" or not (name.ent_type_ == "PERSON" or name.pos_ == "PROPN" or _a_described_person(name)) \
            or name.i >= q.start \
            or name.dep_ == "pobj" or _lemma(noun) not in PERSON_SINGULAR:
        return 0
    # (not "A man, a husband and father of two, was shot": two roles of the one person the apposition renames)
    listed = [c for c in noun.children if c.dep_ == "conj" and c.i >= np_end and not _one_in_two_roles(noun, c)]
    return int(bool(listed) and doc[np_end].lower_ == "and")


def _a_described_person(tok) -> bool:
    """'a woman', 'a 30-year-old man': one person noun told with "a" or "an" (not "the victim", who may be any of a
    list after him, nor "two people": a count of its own)."""
    return tok.tag_ == "NN" and _lemma(tok) in PERSON_SINGULAR \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


# the entity types of a proper noun that is no person ("Euclid Avenue and two cars", "Ohio and two other states")
_NO_PERSON_TYPES = {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "CARDINAL", "PRODUCT", "EVENT", "LAW"}


def _name_joined_before(doc, q: Quantity, np_end: int) -> int:
    """'Marcus Hale and two friends were shot': a person named before a count of two or more and joined to it by
    "and" is one more (the count's words take in his, so no claim of his own is made).  Not a count of others besides
    him ("and two other teens": ``_others_besides``), nor a name set off after a description ("the slain teen, Tyrese
    Banks, and two friends": the description is told on its own, see ``_besides_a_described_name``) or with one of
    its own ("Marcus Hale, a 42-year-old man, and ..."), nor a person noun a headline capitalises ("Father and 3 sons
    shot"), a place ("on Euclid Avenue and two side streets") or a preposition's object."""
    name = _name_joined(doc, q, np_end)
    return int(name is not None and not _set_off_after_a_description(name)
               and not any(c.dep_ == "appos" and _lemma(c) in PERSON_SINGULAR for c in name.children))


def _besides_a_described_name(doc, q: Quantity, np_end: int) -> bool:
    """'The slain teen, Tyrese Banks, and two friends were shot': a count joined to a name set off after a person
    told on his own (the slain teen) counts others besides him: none of the dead told of him is among them."""
    name = _name_joined(doc, q, np_end)
    return name is not None and _set_off_after_a_description(name)


def _name_joined(doc, q: Quantity, np_end: int):
    """The name a count of two or more is joined to by "and" right before it (its noun a conjunct of the name), or
    None; not where the count is of others ("two other teens")."""
    if q.qualifier != "exact" or q.value < 2 or q.start < 2 or doc[q.start - 1].lower_ != "and" or np_end <= q.end:
        return None
    noun = doc[np_end - 1]
    if noun.dep_ != "conj" or any(t.lower_ in _BESIDES for t in doc[q.end:np_end]):
        return None
    name = noun.head
    return name if name.i < q.start and _a_name(name) else None


def _a_name(tok) -> bool:
    """A proper noun that may name a person (the NER takes many a name after a dateline for an organisation: "AKRON,
    Ohio - Marcus Hale and ..."), not a place nor a person noun a headline capitalises ("Father", "Man"), and no
    preposition's object or possessor."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in _NO_PERSON_TYPES and tok.dep_ not in ("pobj", "poss") \
        and tok.head.dep_ != "pobj" and _lemma(tok) not in PERSON_SINGULAR and tok.lower_ not in PERSON_SINGULAR


def _set_off_after_a_description(name) -> bool:
    """'the slain teen, Tyrese Banks, ...': a name (first name and all) in commas right after a person noun."""
    doc, i = name.doc, name.i
    while i > 0 and doc[i - 1].dep_ == "compound" and doc[i - 1].head.i == name.i:
        i -= 1
    return i >= 2 and doc[i - 1].text == "," and _lemma(doc[i - 2]) in PERSON_SINGULAR


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
    'the city's second double shooting this year', another one; nor one told in a dated clause on the place ("near
    the corner where a quadruple shooting left two dead last week": an earlier incident there, as a count told so is).
    ("a double homicide" is left to the names: it is as often a charge, or what a killing may legally become, as a
    count.)"""
    out = []
    low = span_text(sent).lower()
    if not any(w in low for w in _MULTIPLE):
        return out  # (no token's lower-cased text is one of the words where the sentence's holds none of them)
    for tok in sent:
        n = _MULTIPLE.get(tok.lower_)
        if n is None or tok.head.i != tok.i + 1 or tok.head.lower_ != "shooting" or tok.i == sent.start:
            continue
        if doc[tok.i - 1].lower_ in _ORDINALS or doc[tok.i - 1].ent_type_ == "ORDINAL" or _tally(doc, tok.head.i) \
                or _earlier_place_clause(doc, tok.head.i):
            continue
        out.append(RawClaim(sent=s_i, outcome="wounded", party=None, count=n, qualifier="exact", num_start=tok.idx,
                            num_end=tok.idx + len(tok.text), trigger="shoot"))
    return out


# verbs whose subject "both" or "the pair" says two persons were hit, with or without a place to be taken to
_HIT_VERBS = {"shoot", "wound", "injure", "hurt", "hit", "strike", "graze", "hospitalize", "hospitalise", "treat"}
# where a person taken is taken for a wound: "to Regional One Health", "to the University Medical Center"
_CARE = re.compile(r"\b(?:hospitals?|medical|health|clinic|trauma|infirmary)\b", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:critical|serious|stable|fair|good|grave|satisfactory) condition\b|\bexpected to (?:survive|recover)\b"
                        r"|\bnon-life[- ]threatening\b|\bnot (?:considered )?life[- ]threatening\b", re.IGNORECASE)


def _the_two(tok) -> bool:
    """'Both were taken to a hospital', 'The pair were treated': "both" alone, or "the pair", as the subject (not
    "both suspects", "both of the officers", "a pair of shoes")."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if tok.lower_ == "both":
        return not any(c.dep_ in ("compound", "nummod", "amod", "prep") for c in tok.children)
    return tok.lower_ == "pair" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) \
        and not any(c.dep_ == "prep" for c in tok.children)


_CHECKED = re.compile(r"\bto be (?:checked|evaluated|examined)\b|\bas a precaution\b|\bfor (?:evaluation|observation|shock)\b",
                      re.IGNORECASE)


def _tells_a_hit(verb, sent: Span) -> bool:
    """Whether the verb of "both" says they were hit: shot, wounded, taken to a hospital, in critical condition,
    expected to survive (not taken into custody, nor to jail)."""
    word = _lemma(verb)
    if word in _HIT_VERBS:
        return not any(c.dep_ == "neg" for c in verb.children)
    rest = span_text(sent.doc[verb.i:sent.end])
    if _CHECKED.search(rest):
        return False  # "both were taken to a hospital to be checked out": no hit told
    if word in TAKEN:
        return bool(_CARE.search(rest) or _CONDITION.search(rest))
    return word in ("be", "remain", "list") and bool(_CONDITION.search(rest))


def _may_name_two(sent: Span) -> bool:
    """Whether a sentence's text holds the word of ``_the_two`` ("both", "pair"), which a token must have."""
    low = span_text(sent).lower()
    return "both" in low or "pair" in low


def both_were_hit(doc, sent: Span, s_i: int, claims: list[RawClaim]) -> None:
    """'A robbery suspect was shot by a clerk, and the clerk was also shot. Both were taken to the hospital', 'Two
    women were caught in crossfire. The pair were taken to Regional One Health': "both" and "the pair" as the subject
    of a hit, of a hospital or of a condition count two hit, of whatever party.  Two persons told hurt or killed (or
    caught in gunfire) must come before, in the sentence or the two before, and no count of two or more hit among
    them, which "both" would only restate.  Reconcile takes out the dead unless the sentence says they are alive."""
    # ("both" or "the pair" as a subject first, its words in the text before its tokens: the few sentences that
    # hold one are read for a mishap's hurt)
    if not _may_name_two(sent):
        return
    twos = [tok for tok in sent if _the_two(tok)]
    if not twos or hurt_in_a_mishap(sent):
        return
    pair = _a_pair_under_fire(doc, sent)
    for tok in twos:
        # (after a named pair under fire, "both are expected to survive" tells their hit as well)
        if not _tells_a_hit(tok.head, sent) and not (pair and _CONDITION.search(span_text(sent))):
            continue
        near = [c for c in claims if s_i - 2 <= c.sent <= s_i and c.outcome in ("killed", "wounded")]
        if any(c.outcome == "wounded" and c.victim is None and c.count >= 2 for c in near):
            return
        # (two persons told hurt, or caught in gunfire: "Officer Kyle Benton shot Trevor Nashe. Both were taken to a
        # hospital" is one hit and the officer)
        # (or one shot and then the shooter: "A man shot his wife and then himself. Both are in critical condition")
        if len({c.victim or c.num_start for c in near}) < 2 \
                and not _CAUGHT.search(span_text(doc[max(0, sent.start - 60):tok.i])) \
                and not one_and_himself_before(doc, sent) and not pair:
            return
        claims.append(RawClaim(sent=s_i, outcome="wounded", party=None, count=2, qualifier="exact", num_start=tok.idx,
                               num_end=tok.idx + len(tok.text), trigger=ALIVE if says_alive(sent) else "shoot"))
        return


# gunfire that hit persons the report has not told as hit: "caught in crossfire", "struck by gunfire"
_CAUGHT = re.compile(r"\bcaught in (?:the )?(?:cross ?fire|gunfire)\b", re.IGNORECASE)
# the words of gunfire told without a person hit: "when shots were fired", "when gunfire broke out", "bullets came"
_FIRE = re.compile(r"\b(?:shots?|gunfire|gunshots|bullets?|rounds)\b", re.IGNORECASE)
# two persons named (with their ages) as the subject of "were": "Marcus Hill, 23, and Tyrone Baker, 25, were",
# "Ray Collins, 50, and his wife Donna, 48, were" (words, not the parse: after a dateline the parser hangs the
# names anywhere)
_A_NAMED_PAIR = re.compile(r"\b[A-Z][a-z]+(?:, \d+,)? and (?:(?:his|her|their) [a-z]+ )?(?:[A-Z][a-z]+ )?[A-Z][a-z]+"
                           r"(?:, \d+,)? were\b")


def _a_pair_under_fire(doc, sent: Span) -> bool:
    """'Marcus Hill, 23, and Tyrone Baker, 25, were standing outside a store when shots were fired ... Both are
    expected to survive': the sentence before names two persons as the subject of "were", and gunfire, with no hit
    told; "both" then tells them hit (not "Hill was shot. His friend Baker saw the car. Both ...": one person as a
    subject)."""
    if sent.start == 0:
        return False
    before = span_text(doc[sent.start - 1].sent)
    return bool(_FIRE.search(before) and _A_NAMED_PAIR.search(before))
