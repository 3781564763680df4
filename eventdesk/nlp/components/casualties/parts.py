"""Restated and partial counts: counts that are parts of another count, or only describe it (step 2 of the
cascade).

A breakdown after "including", "among them", "of whom" or ":" is a part of the total before it; a count set off
between an earlier count and its outcome only describes it ("Two of the victims, both men in their 20s,
died"); "one of the four women wounded ... has died" makes both a death and four hit; "two of those first reported
dead survived" lowers the dead told before by the survivors; parts of one coordinated list with the same party add
up.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from ....dateline import DATELINE_DASHES
from ...raw_claims import RawClaim, lemma as _lemma
from ...numbers import Quantity
from .triggers import _DIE
from .phrase import _a_part


# the verbs that tell a count was hit, not how it ended: "One of the two men shot ... has died" says two were shot
_HIT_TRIGGERS = {"shoot", "shot", "wound", "injure", "hit", "strike"}
# "One of the four was pronounced dead": the part's verb that tells a death, though "dead" is no verb
_DEAD_AFTER = {"pronounced", "declared", "found", "was", "is", "lay"}

_BREAKDOWN = {"including", "include", "includes", "included", "among", "whom", ":", "mostly", "namely"}


def _restated(doc, quantities: list[Quantity], info, right: list[tuple[str | None, int]]) -> set[int]:
    """Counts that only describe an earlier count, set off between it and its outcome: "Two of the victims, both
    men in their 20s, died", "One of them, a 24-year-old man, died" (not "Four people, including two children,
    were wounded": a part of the four)."""
    out = set()
    for j in range(len(quantities)):
        outcome, at = right[j]
        np_end = info[j][2]
        if outcome is None or np_end >= len(doc) or doc[np_end].text != ",":
            continue
        if quantities[j].value < 2 and not _a_part(doc, quantities[j]):
            continue  # ("A third victim, a 23-year-old woman, remains hospitalized": the description is the count)
        for k in range(j + 1, len(quantities)):
            q = quantities[k]
            if np_end < q.start < at and doc[q.start - 1].text == "," and (
                    doc[q.start].lower_ in _RESTATING or _smaller_count_in_an_aside(doc, q, quantities[j])):
                out.add(k)
    return out


_RESTATING = {"both", "all", "a", "an"}


def _group_told_before(doc, q: Quantity, s_i: int, claims: list[RawClaim]) -> bool:
    """'Six people were shot ... One of the six people shot survived': the count after "one of the" names the group
    the part is taken from, a group an earlier sentence counted as hit with the same number; it is no count of its
    own (not "Two of the five people shot at the party died" told first: the five are counted there)."""
    if q.start < 3 or doc[q.start - 1].lower_ not in ("the", "those") or doc[q.start - 2].lower_ != "of" \
            or not doc[q.start - 3].like_num:
        return False
    return any(c.sent < s_i and c.count == q.value and c.outcome in ("wounded", "killed") and c.victim is None
               for c in claims)


def _smaller_count_in_an_aside(doc, q: Quantity, counted: Quantity) -> bool:
    """'Three of the victims, two men and a critically injured woman, were taken to a hospital': a smaller count in
    commas that close right before a verb describes the count (not "3 adults, 1 child found shot": a list)."""
    end = min(len(doc) - 1, q.end + _ASIDE_REACH)
    return q.value < counted.value and any(doc[i].text == "," and doc[i + 1].pos_ in ("AUX", "VERB") for i in range(q.end, end))


_ASIDE_REACH = 10  # tokens from an aside's count to the comma that closes it


def _breakdown_parent(doc, q: Quantity, prev: list[tuple[Quantity, int]], claims: list[RawClaim]) -> int | None:
    """Index into raw claims of the total that q is a part of, if any."""
    if not prev:
        return None
    last_q, last_idx = prev[-1]
    between = doc[last_q.end:q.start]
    if len(between) > 12:
        return None
    words = {t.lower_ for t in between}
    if words & _BREAKDOWN:
        return last_idx
    # "including 81 militants, 52 members of the security forces and seven civilians": the list goes on
    parent = claims[last_idx].total_of
    if parent is not None and not any(t.pos_ in ("VERB", "AUX") for t in between):
        return parent
    return None


def _some_of_them_died(doc, sent: Span, s_i: int, quantities: list[Quantity], claims: list[RawClaim], claim_of: dict[int, int]) -> None:
    """'One of the four women wounded in the shooting has died': one killed, and the four were hit, one of
    them fatally (reconcile leaves three wounded), whatever word told the hit."""
    for k in range(len(quantities) - 1):
        part, whole = quantities[k], quantities[k + 1]
        if not all(t.lower_ in ("of", "the", "those") for t in doc[part.end:whole.start]) or part.end == whole.start:
            continue
        if doc[part.num_start].dep_ not in ("nsubj", "nsubjpass") and not _opens_the_sentence(doc, part, sent) \
                and not (_set_off_part(doc, part) and (k + 1 in claim_of or _hit_participle_after(doc, whole))):
            # ("One of the four was pronounced dead"; "A teen, one of four people hit ..., has died", where the
            # whole was counted: "a man, one of two suspects, died" adds no two hit)
            continue
        # the verb whose subject the part is (the parser may hang it on "shot" and "died" on that)
        verb = _part_died(doc, part, whole, sent)
        if verb is None:
            continue
        if k not in claim_of:
            num = doc[part.num_start:part.end]
            claims.append(RawClaim(sent=s_i, outcome="killed", party=None, count=part.value, qualifier=part.qualifier,
                                   num_start=num.start_char, num_end=num.end_char, trigger=_lemma(verb)))
        hit = claim_of.get(k + 1)
        if hit is None:
            num = doc[whole.num_start:whole.end]
            claims.append(RawClaim(sent=s_i, outcome="wounded", party=None, count=whole.value, qualifier=whole.qualifier,
                                   num_start=num.start_char, num_end=num.end_char, trigger="shoot"))
        elif claims[hit].outcome == "wounded":
            claims[hit] = replace(claims[hit], trigger="shoot")
        elif claims[hit].trigger == _lemma(verb) or claims[hit].trigger in _HIT_TRIGGERS:
            # "One of five victims in the shooting dies": the verb is the part's, the whole were hit; so too "One
            # of the two firefighters shot ... has died", where the whole's own verb says only that they were hit
            claims[hit] = replace(claims[hit], outcome="wounded", trigger="shoot")


# the trigger of the dead less those of them the report says survived ("Two of those first reported dead survived"):
# the figure the report stands by, which replaces the larger one told before it (reconcile)
SURVIVORS_TAKEN_OUT = "dead less the survivors"
# the words between a part and the verb that may tell the dead it is a part of: "those first reported dead"
_OF_THE_DEAD = {"those", "them", "the", "first", "initially", "originally", "reported", "believed", "thought", "dead",
                "killed", "victims", "people", ","}


def _survivors_of_the_dead(doc, sent: Span, s_i: int, quantities: list[Quantity], claims: list[RawClaim],
                           claim_of: dict[int, int], first: int) -> None:
    """'Four people were reported dead ... Two of those first reported dead survived', 'Police later said one of the
    four, a 30-year-old man, survived': a toll lowered in words, with no number of its own.  The dead are those the
    report counted before (a count of the dead in an earlier sentence, the largest) less the part that survived; the
    part's own words ("reported dead") are no count of the dead.  Only where the whole, when it is a number, is
    that count ("one of the four" after "four were killed"; not "one of the six people shot")."""
    dead = [c for c in claims[:first] if c.outcome == "killed" and c.victim is None and c.total_of is None]
    if not dead:
        return
    told = max(dead, key=lambda c: c.count)
    for k, part in enumerate(quantities):
        if part.end + 1 >= sent.end or doc[part.end].lower_ != "of" or part.value >= told.count:
            continue
        verb = next((t for t in doc[part.end + 1:min(sent.end, part.end + 14)] if _lemma(t) == "survive"), None)
        if verb is None or any(t.lower_ not in _OF_THE_DEAD and not t.like_num
                                 for t in doc[part.end + 1:verb.i] if t.i not in _aside(doc, part, verb)):
            continue
        whole = quantities[k + 1] if k + 1 < len(quantities) and quantities[k + 1].start < verb.i else None
        if whole is not None and whole.start <= part.end + 2 and whole.value != told.count:
            continue
        num = doc[part.num_start:part.end]
        claim = RawClaim(sent=s_i, outcome="killed", party=told.party, count=told.count - part.value, qualifier="exact",
                         num_start=num.start_char, num_end=num.end_char, trigger=SURVIVORS_TAKEN_OUT)
        if k in claim_of and claims[claim_of[k]].outcome == "killed":
            claims[claim_of[k]] = claim  # ("Two of those first reported dead": no two dead)
        else:
            claims.append(claim)
        return


def _aside(doc, part: Quantity, verb) -> set[int]:
    """The token indices of a description set off in commas between a part and its verb ("one of the four, a
    30-year-old man, survived")."""
    commas = [t.i for t in doc[part.end:verb.i] if t.text == ","]
    return set(range(commas[0], commas[-1] + 1)) if len(commas) >= 2 else set()


def _opens_the_sentence(doc, part: Quantity, sent: Span) -> bool:
    """'One of the four people shot ... died', 'CLEVELAND — One of the four ...': a part that opens its sentence, or
    follows a dateline's dash, is the subject of the verb after the whole, though the parser, misled by a long
    clause or the dateline, hangs it elsewhere."""
    return part.start == sent.start or (part.start > sent.start and doc[part.start - 1].text in DATELINE_DASHES)


def _set_off_part(doc, part: Quantity) -> bool:
    """'A teenager, one of four people hit by gunfire, has died': a part set off by a comma after the person it
    describes, whom the verb after the whole tells dead; or said of that person in a relative clause ("Dana Pruitt,
    who was one of three people shot ..., died").  (The parser hangs such a part anywhere: an apposition, a
    quantifier of the whole.)"""
    if part.start == 0 or part.value != 1:
        return False
    before = doc[part.start - 1]
    return before.text == "," or (before.lower_ in ("was", "is") and part.start >= 2 and doc[part.start - 2].lower_ == "who")


def _hit_participle_after(doc, whole: Quantity) -> bool:
    """'Dana Pruitt, 22, one of four people shot at a party ..., has died': the whole's noun followed by a participle
    of the hit, though the parser took the name for the subject of "shot" and the whole got no claim of its own
    (unlike "a man, one of two suspects, died", which tells no hit)."""
    for t in doc[whole.end:min(len(doc), whole.end + 3)]:
        if t.tag_ in ("VBN", "VBD") and _lemma(t) in _HIT_TRIGGERS:
            return True  # (tagged a past tense where the parser made the name its subject)
        if t.pos_ not in ("NOUN", "ADJ"):
            return False
    return False


def _subject_of_part(doc, subj, part: Quantity, whole: Quantity) -> bool:
    """Whether a subject of the verb of dying is the part, the person the part is set off after ("Jon Reyes, one
    of five people struck ..., died"), or the whole's noun on which the parser hung the part ("A teenager, one of
    four people hit ..., has died": "people" as the subject of "died")."""
    if subj.i == part.num_start:
        return True
    if _quantifier_of_the_whole(doc, part, whole) and subj.i == doc[whole.num_start].head.i:
        return True  # ("Two of three people shot ... have died": "Two of" hung on "three", "people" the subject)
    return _set_off_part(doc, part) and subj.i in (doc[whole.num_start].head.i, doc[part.num_start].head.i)


def _quantifier_of_the_whole(doc, part: Quantity, whole: Quantity) -> bool:
    """'Two of three people shot on Elm Street have died', 'Two of four teens shot on West Side die': the parser
    hung the part on the whole's number as a quantifier ("Two of" of "three"), so that the whole's noun stands as
    the subject of the verb that tells the part died."""
    return doc[part.num_start].dep_ == "quantmod" and doc[part.num_start].head.i == whole.num_start


# a subject the parser gives the verb of dying that is nobody: the place or the day of the clause of a whole told hit
# ("One of four people shot at a party in Springfield, Illinois on Saturday has died", "Illinois" as the subject)
_NO_ONE = {"GPE", "LOC", "FAC", "DATE", "TIME"}


def _dateline_town(doc, tok) -> bool:
    """'AKRON, Ohio - Dana Pruitt, 22, one of three people shot ..., died Thursday': the dateline's town, which the
    parser may make the subject of the verb of dying (the NER leaves a town in capitals untyped): the word opening
    the sentence, a dateline's dash a few words after it."""
    return tok.i == tok.sent.start and any(t.text in DATELINE_DASHES for t in doc[tok.i + 1:min(len(doc), tok.i + 6)])


def _part_died(doc, part: Quantity, whole: Quantity, sent: Span):
    """The token after ``whole`` that tells the part died: a verb of dying with no subject of its own ("One of the
    four women wounded ... has died"), or "dead" after "pronounced"/"was" ("One of the four was pronounced dead");
    None where there is none."""
    for t in doc[whole.end:sent.end]:
        if _lemma(t) in _DIE and (t.pos_ in ("VERB", "AUX") or _headline_verb(doc, t, sent)) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") and not _subject_of_part(doc, c, part, whole)
                            and not (c.ent_type_ in _NO_ONE and _hit_participle_after(doc, whole))
                            and not _dateline_town(doc, c) for c in t.children):
            return t
        if t.lower_ == "dead" and doc[t.i - 1].lower_ in _DEAD_AFTER and t.head == doc[part.num_start].head:
            return t  # (the part's own verb: not "One of the two was arrested and the other was found dead")
        if _lemma(t) == "kill" and t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children) \
                and any(c.dep_ == "nsubjpass" and _subject_of_part(doc, c, part, whole) for c in t.children) \
                and _hit_participle_after(doc, whole):
            # "Two of the three people shot on Maple Street were killed": the part's own passive "killed", after a
            # whole told hit (not "two of the three men were killed": no more were hit than the dead)
            return t
    return None


def _headline_verb(doc, t, sent: Span) -> bool:
    """'Two of four teens shot on West Side die': the last word of a headline, which the tagger takes for a noun."""
    title_end = doc.user_data.get("title_end")
    return title_end is not None and sent.end <= title_end and t.pos_ == "NOUN" and t.dep_ == "ROOT" \
        and t.i == max(u.i for u in sent if not u.is_punct and not u.is_space)


def adds_up(a: RawClaim, b: RawClaim, any_party: bool = False) -> bool:
    """Whether two coordinated counts are parts of one list that add up: one outcome, one party (known, unless
    ``any_party``), neither a total of others."""
    return a.outcome == b.outcome and a.party == b.party and (a.party is not None or any_party) \
        and a.total_of is None and b.total_of is None


def _sum_coordinated(claims: list[RawClaim], coordinated: set[int], claim_of: dict[int, int],
                     any_party: set[int] = frozenset()) -> None:
    """'5 FC personnel and 1 officer were killed': parts of one list with the same party add up (those of
    ``any_party`` whatever their party, unknown included: extract._joined_by_and)."""
    drop = []
    for k in sorted(coordinated, reverse=True):
        a, b = claim_of.get(k), claim_of.get(k + 1)
        if a is None or b is None:
            continue
        ca, cb = claims[a], claims[b]
        if adds_up(ca, cb, k in any_party):
            claims[a] = replace(ca, count=ca.count + cb.count, num_end=cb.num_end, victim=None)
            drop.append(b)
    for b in sorted(drop, reverse=True):
        del claims[b]
