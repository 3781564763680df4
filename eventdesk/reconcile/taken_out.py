"""Taking the dead out of a report's hit: a person who died is not also wounded, unless the report tells the hit as
others than the dead ("two others", "another ...", "the other man", another age, sex or kin, officers told alive), and
the dead that other reports of the incident tell where this report tells none; and the reports that tell the hit
alive or shot (``_tellers``)."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Sequence

from ..models import Claim
from .persons import (
    _KIN_SEXES, _SEXES, _aged_apart, _counts_names, _is_name, _none_of_them, _of_the_other_sex, _one_of_the_other_sex,
    _sex, _unnamed)
from .wording import (
    _ALIVE, _DIED_AND_BEFORE, _HOLDS_THE_SHOOTER, _NTH_PERSON, _ORDINALS, _OTHERS_AFTER, _PERPETRATORS, _SHOT)


def _alive(who: dict[str, int], dead: set[str]) -> dict[str, int]:
    """The persons told hit that the report does not tell dead: a person who died is not also wounded.  An unnamed
    dead person is any unnamed one hit, except that "the man" who died is not "the wife" who was shot."""
    sexes = {k for k in dead if _unnamed(k) and k != "unnamed"}

    def died(k: str) -> bool:
        if k in dead:
            return True
        if not _unnamed(k):
            return False
        return bool(sexes) if k == "unnamed" else ("unnamed" in dead and not sexes)

    return {k: i for k, i in who.items() if not died(k)}


def _take_out_dead_among_hit(values, claims, numeric, persons, dead, killed_total, hit_dead, ages) -> None:
    """"shot" counts the dead too: three shot, one of them killed, leaves two wounded.  Each wounded figure of the
    hit loses the report's dead (of ``hit_dead``, the dead less the perpetrators', or of ``killed_total`` where
    the count says it holds the shooter), unless the persons it tells are others than the dead."""
    for key, (_, _, index) in list(values.items()):
        outcome, party, rid = key
        if outcome == "wounded" and _officers_apart(values, claims, party, rid):
            continue
        if outcome == "wounded" and index is not None and claims[index].trigger not in _SHOT:
            _take_out_dead_of_the_wounded(values, key, claims)
            continue
        # ("two people were shot, including the gunman, who died": a count that says it holds him)
        among = killed_total if index is not None and _HOLDS_THE_SHOOTER.search(claims[index].sentence or "") else hit_dead
        if outcome == "wounded" and index is not None and claims[index].trigger in _SHOT and among.get(rid):
            gone = _dead_among(key, numeric, persons, dead[rid], among[rid])
            who = persons.get(key, {})
            alive = _alive(who, dead[rid])
            # (persons told as others than the dead, or of other kinds than the dead, are none of them)
            if gone <= 0 or _besides_the_dead(claims[index]) or _others_after_the_dead(claims[index], claims, rid) \
                    or _after_the_dead_count(claims[index], claims) \
                    or (key not in numeric and (_told_besides(who, alive, claims, dead[rid], rid)
                                                      or _none_of_them(who, dead[rid], among[rid])
                                                      or _of_the_other_sex(alive, dead[rid], among[rid])
                                                      or _one_of_the_other_sex(alive, dead[rid], among[rid], claims)
                                                      or _the_others(alive)
                                                      or _one_more_beside_the_dead(who, alive, claims, among[rid])
                                                      or _listed_beside_the_dead(alive, dead[rid], among[rid], claims)
                                                      or _the_next_after_the_dead(claims[index], among[rid])
                                                      or _kin_of_the_dead(alive, claims)
                                                      or _of_the_other_sex_than_the_counted(alive, claims, rid)
                                                      or _aged_apart(alive, dead[rid], among[rid], ages.get(rid, {}), claims))):
                continue
            _take_from(values, key, gone)


def _others_after_the_dead(claim: Claim, claims: Sequence[Claim], rid: str) -> bool:
    """'Dana Pruitt, 31, was pronounced dead at the scene. Two other victims were taken to Mercy Hospital': a count of
    the hit told as others ("two other", "two additional") in a sentence after every one telling the report's dead
    holds none of them (``_besides_the_dead`` reads the dead told in the count's own sentence)."""
    if claim.victim is not None or claim.number_end is None \
            or not _OTHERS_AFTER.match(claim.sentence or "", claim.number_end - claim.start):
        return False
    dead = [c for c in claims if c.report_id == rid and c.outcome == "killed"]
    # (the dead each named, and told in the very sentence before the count's: not a count that follows a toll)
    return bool(dead) and all(c.victim is not None and _is_name(c.victim) and c.end <= claim.start for c in dead) \
        and all(not (d.end < c.start < claim.start) for d in dead for c in claims if c.report_id == rid)


def _the_next_after_the_dead(claim: Claim, n_dead: int) -> bool:
    """'A man and a woman were shot and killed ... a third person on the porch, a 40-year-old man, was shot in the
    foot': a person hit told by the ordinal right after the count of the dead is one more than they, none of them (not
    "a second man" after two dead, one of the two)."""
    if claim.victim is None or claim.number_start is None:
        return False
    at = claim.number_start - claim.start
    nth = _NTH_PERSON.search(claim.sentence[max(0, at - 80):at + 20])
    return nth is not None and _ORDINALS[nth.group(1).lower()] == n_dead + 1


def _officers_apart(figures, claims, party: str | None, rid: str) -> bool:
    """'An off-duty officer working security was shot in the arm but returned fire and killed the robber ... The
    officer was treated and released', 'a deputy was wounded and the gunman killed ... the deputy is expected to
    recover': wounded officers whom the report tells alive after the hit are none of the dead where it tells no
    officer dead (the dead are those the officers, or the gunman, shot), so the dead are not taken from them.  Not
    where an officer is told dead ("two officers were shot; one died"), nor officers told hit only ("an officer was
    shot ... he died at the hospital": the one dead may be he).  ``figures``: the figure keys (outcome, party,
    report id) the report tells."""
    return party == "police" and ("killed", "police", rid) not in figures and any(
        c.report_id == rid and c.outcome == "wounded" and c.party == "police" and c.trigger in _OFFICER_ALIVE for c in claims)


# the triggers that tell a person hit alive: "expected to recover", "in stable condition" (``_ALIVE``), "was treated
# at a hospital and released"
_OFFICER_ALIVE = {"survived", "treat"}


# a count of the hit told as those left beside the dead: "the remaining four victims", "the surviving three" (not
# "other": "Garcia and three other people had been shot" counts Garcia, who died, with them); a person told as one
# more than those before: "a girl who was also shot"
_LEFT_BEFORE = re.compile(r"\b(?:remaining|surviving)\s+$", re.IGNORECASE)
_ALSO_HIT = re.compile(r"\b(?:was|were)\s+also\s+(?:shot|wounded|hit|struck|injured|hurt|grazed)\b", re.IGNORECASE)


def _besides_the_dead(claim: Claim) -> bool:
    """'Six people were shot ... one more victim died ... The remaining four victims are still hospitalized', 'A man
    shot his wife and three children ... A girl who was also shot escaped', 'One woman died at the scene and three
    other women were taken to a hospital': a figure of the hit that its own words tell as those left beside the dead,
    or as one more than they, holds none of the dead."""
    text = claim.sentence or ""
    if claim.victim is not None:
        return bool(_ALSO_HIT.search(text))
    if claim.number_start is None or claim.number_end is None:
        return False
    before = text[:claim.number_start - claim.start]
    return bool(_LEFT_BEFORE.search(before)) or bool(
        _OTHERS_AFTER.match(text, claim.number_end - claim.start) and _DIED_AND_BEFORE.search(before))


# what may stand between a count of the dead and a count of the hit joined to it: the dead's noun and the word that
# tells them dead, then "and" ("two bodies and", "one man dead and", "three people were found dead and"), no other
# word, count or clause
_DEAD_THEN_AND = re.compile(r"^(?:\s+[\w-]+){0,2}?\s+(?:(?:was|were)\s+(?:found\s+)?)?(?:dead|bodies)"
                            r"\s*,?\s+and\s+$", re.IGNORECASE)


def _after_the_dead_count(claim: Claim, claims: Sequence[Claim]) -> bool:
    """'Deputies found two bodies and two people suffering from gunshot wounds', 'found one man dead and three others
    suffering from gunshot wounds': a count of the hit joined by "and" right after a count of the dead in the same
    clause is a second part beside the first, none of the dead (not "three people were shot, two of them fatally",
    where the dead come after the hit and are a part of it)."""
    if claim.victim is not None or claim.number_start is None or not claim.sentence:
        return False
    for d in claims:
        if d.report_id != claim.report_id or d.outcome != "killed" or d.party == _PERPETRATORS \
                or d.start != claim.start or d.sentence != claim.sentence or d.number_end is None \
                or d.number_end > claim.number_start:
            continue
        if _DEAD_THEN_AND.match(claim.sentence[d.number_end - d.start:claim.number_start - claim.start]):
            return True
    return False


# a relative told by a dead person's possessive: "The boy's father, Darnell Pryce, ...", "the toddler's mother"
_KIN_OF_A_PERSON = re.compile(r"\bthe\s+(?:[\w-]+\s+)?(?:boy|girl|child|toddler|baby|infant|teen|teenager|youth|victim"
                              r"|man|woman)'s\s+$", re.IGNORECASE)


def _kin_of_the_dead(alive: dict[str, int], claims: Sequence[Claim]) -> bool:
    """'A 30-year-old man and a 3-year-old boy were killed ... The boy's father, Darnell Pryce, was shot in the leg':
    every one hit left is told first as a relative of another person by that person's possessive ("the boy's father",
    a relative's noun of ``_KIN_SEXES``): a person of his own beside the one he is kin to, told hit and not told dead
    (one told dead by his name or his words is among the dead and never left here)."""
    def kin(c: Claim) -> bool:
        if c.number_start is None or c.number_end is None or not c.sentence:
            return False
        noun = c.sentence[c.number_start - c.start:c.number_end - c.start].lower()
        return noun in _KIN_SEXES and bool(_KIN_OF_A_PERSON.search(c.sentence[:c.number_start - c.start]))

    return bool(alive) and all(kin(claims[i]) for i in alive.values())


def _of_the_other_sex_than_the_counted(alive: dict[str, int], claims: Sequence[Claim], rid: str) -> bool:
    """'A 4-month-old boy and his 4-year-old brother were killed ... Their mother, 24, was shot in the leg': the dead
    are told only by counts whose persons' nouns are all of one sex (``_counted_sex``), and every one hit left is told
    one by one, of the other sex, after them: none of the dead."""
    dead = [i for i, c in enumerate(claims)
            if c.report_id == rid and c.outcome == "killed" and c.party != _PERPETRATORS]
    sex = _counted_sex([claims[i] for i in dead])
    return sex is not None and bool(alive) and all(
        _sex(k) not in (None, sex) and i > max(dead) for k, i in alive.items())


# the words of a count's persons, up to its verb: " boys were", " 4-month-old boy and his 4-year-old brother were"
_COUNTED_WORDS = re.compile(r"^([^.;,]*?)\s+(?:were|was|are|is|have|has|had)\b")
_IRREGULAR_PLURALS = {"men": "man", "women": "woman", "children": "child"}


def _counted_sex(dead: Sequence[Claim]) -> str | None:
    """The one sex of dead told only by counts ("Two boys were killed", "A 4-month-old boy and his 4-year-old brother
    were killed": male), read from the nouns of the persons each count tells; None where a dead person is told one by
    one, or a count tells no sex or both."""
    sexes = set()
    for c in dead:
        if c.victim is not None or c.number_end is None or not c.sentence:
            return None
        words = _COUNTED_WORDS.match(c.sentence[c.number_end - c.start:])
        if words is None:
            return None
        told = set()
        for w in re.findall(r"[a-z]+", words.group(1).lower()):
            one = _IRREGULAR_PLURALS.get(w) or (w[:-1] if w.endswith("s") and w[:-1] in (*_SEXES, *_KIN_SEXES) else w)
            told.add(_SEXES.get(one) or _KIN_SEXES.get(one))
        sexes |= told - {None}
        if not told - {None}:
            return None
    return sexes.pop() if len(sexes) == 1 else None


def _the_others(alive: dict[str, int]) -> bool:
    """'One man died; the other man, who fired first, was hospitalized': every one hit left is told as "the other",
    the one besides the dead."""
    return bool(alive) and all(k.startswith("the other") for k in alive)


def _take_from(values, key, n: int) -> None:
    """Take ``n`` persons out of a report's figure ``key`` (low, high, claim index); a figure left with none goes."""
    lo, hi, index = values[key]
    left = lo - n
    if left > 0:
        values[key] = (left, max(left, hi - n), index)
    else:
        del values[key]


# the dead told as a part of the wounded: "one of the wounded later died", "two of the injured have died"
_OF_THE_WOUNDED = re.compile(r"\s*of (?:the|those) (?:wounded|injured|hurt)\b", re.IGNORECASE)


# a count told as the group someone belongs to: "a man who was among two people wounded ... has died",
# "one of the three men injured Saturday died"
_AMONG_THE = re.compile(r"\b(?:among|one of)\s+(?:the\s+|those\s+)?$", re.IGNORECASE)


def _take_out_dead_of_the_wounded(values, key, claims) -> None:
    """'Two people were wounded ... One of the wounded later died': a wounded figure told as such holds none of the
    dead ("two killed and three wounded"), save those the report counts as a part of the wounded, and those its own
    sentence says are among it ("a man who was among two people wounded Saturday has died")."""
    _, _, rid = key
    gone = sum(c.count for c in claims if c.report_id == rid and c.outcome == "killed" and c.victim is None
               and c.number_end is not None and c.sentence and _OF_THE_WOUNDED.match(c.sentence, c.number_end - c.start))
    gone += _dead_among_the_count(claims, values[key][2], rid)
    gone += _dead_of_them_next(claims, values[key][2], rid)
    gone += _dead_included(claims, values[key][2], rid)
    if gone <= 0:
        return
    _take_from(values, key, gone)


# what sets a part of the count before it: "Three people were injured, including a girl who later died"
_INCLUDING = re.compile(r"\b(?:including|among them|one of whom|two of whom)\b", re.IGNORECASE)
# what begins another count or clause within the part: "and", a number, a semicolon
_NOT_THE_PART = re.compile(r"\band\b|\d|;")
_DEATH_WORDS = re.compile(r"\b(?:died|dies|succumbed|killed|dead|fatally|death|passed away)\b", re.IGNORECASE)


def _dead_included(claims, index: int | None, rid: str) -> int:
    """'Three people were injured, including a 17-year-old girl who succumbed to her injuries': the dead that the
    wounded count ``index`` sets out as a part of itself ("including", "among them") are counted among the wounded
    by the report and once more among the dead; the wounded are the others.  Only a death told in the part itself:
    between the count and the dead no other count or clause of its own begins ("three were injured, including a
    boy, and two were killed" tells two dead beside the three)."""
    if index is None:
        return 0
    c = claims[index]
    if c.victim is not None or c.number_end is None or not c.sentence:
        return 0
    gone = 0
    for d in claims:
        if d.report_id != rid or d.outcome != "killed" or d.party == _PERPETRATORS or d.sentence != c.sentence \
                or d.start != c.start or d.number_start is None or d.number_start <= c.number_end:
            continue
        between = c.sentence[c.number_end - c.start:d.number_start - c.start]
        part = _INCLUDING.search(between)
        # (the part's own words tell the death: "a girl who succumbed", not a death the part took from the clause after)
        own = re.split(r"[,;.]", c.sentence[d.number_end - c.start:], maxsplit=1)[0]
        if part and ";" not in between[:part.start()] and not _NOT_THE_PART.search(between[part.end():]) \
                and _DEATH_WORDS.search(own):
            gone += d.count if d.victim is None else 1
    return gone


# a death told as one of the group the sentence before counts: "One of them, Devon Hale, 29, died", "Two of them
# have died", "One of the men later died" ("one of the wounded" is ``_OF_THE_WOUNDED``'s)
_ONE_OF_THEM = re.compile(r"\s*(?:one|two|three|four|five|\d+)\s+of\s+(?:them|those|the\s+(?:two|three|four|five|men|"
                          r"women|victims))\b", re.IGNORECASE)


def _dead_of_them_next(claims, index: int | None, rid: str) -> int:
    """'Two men were wounded in a drive-by shooting. One of them, Devon Hale, died Saturday': the dead that the
    sentence right after the wounded count ``index`` (or right after a sentence that restates it) tells as a part of
    "them" are among that count (not a death told further on, nor in a sentence of its own: "Two men were wounded. A
    woman was killed")."""
    if index is None:
        return 0
    c = claims[index]
    if c.victim is not None or not c.sentence or c.end <= c.start:
        return 0
    # ("Four people were injured ... Two men and two women were taken to hospitals. One of the men later died": the
    # count restated, as many, in the sentence between leaves "them" the count's)
    ends = {c.end} | {r.end for r in claims if r.report_id == rid and r.outcome == "wounded" and r.victim is None
                      and r.count == c.count and 0 <= r.start - c.end <= 3}
    dead = [d for d in claims if d.report_id == rid and d.outcome == "killed" and d.party != _PERPETRATORS and d.sentence
            and any(0 <= d.start - end <= 3 for end in ends) and _ONE_OF_THEM.match(d.sentence) and _the_one_of_them(d)]
    named = {d.victim for d in dead if d.victim is not None}
    counted = max((d.count for d in dead if d.victim is None), default=0)
    return min(c.count, max(len(named), counted))


def _the_one_of_them(d: Claim) -> bool:
    """Whether the dead of a claim are the "one of them" its sentence opens with ("One of them, Devon Hale, 29, died":
    the name set off right after it), not a person told further on ("One of them has been in critical condition since
    he was shot, and a third man ... died")."""
    if d.number_start is None:
        return False
    before = d.sentence[:max(0, d.number_start - d.start)]
    return len(before) <= 60 and " and " not in before


def _dead_among_the_count(claims, index: int | None, rid: str) -> int:
    """The dead that the sentence of the wounded count ``index`` tells as among it ("a man who was among two people
    wounded ... has died": one of the two): the count's number follows "among" or "one of", and the sentence tells
    a death of no perpetrator.  (A death told in another sentence may be anyone's: that is for the report's other
    rules.)"""
    if index is None:
        return 0
    c = claims[index]
    if c.number_start is None or not c.sentence or not _AMONG_THE.search(c.sentence[:max(0, c.number_start - c.start)]):
        return 0
    dead = [d for d in claims if d.report_id == rid and d.outcome == "killed" and d.sentence == c.sentence
            and d.party != _PERPETRATORS]
    named = {d.victim for d in dead if d.victim is not None}
    counted = max((d.count for d in dead if d.victim is None), default=0)
    return max(len(named), counted)


def _dead_among(key, numeric, persons, dead: set[str], n_dead: int) -> int:
    """How many of a report's ``n_dead`` dead its wounded figure ``key`` counts among its hit."""
    alive = _alive(persons.get(key, {}), dead)
    # persons counted by name are alive by name: the dead a report names were taken out above,
    # so only its dead without a name ("a man died") may still be among them
    by_name = key not in numeric and _counts_names(set(alive))  # the figure counts named persons only
    gone = n_dead - sum(1 for k in dead if _is_name(k)) if by_name else n_dead
    # a dead person described in the sentence that describes the wounded one is another person ("shot his
    # neighbor before killing himself"): described apart, not among the hit
    described_at = {k.partition(" @")[2] for k in alive if k.startswith(("a ", "an "))} if key not in numeric else set()
    gone -= sum(1 for k in dead if k.startswith(("a ", "an ")) and k.partition(" @")[2] in described_at)
    return gone


def _told_besides(who: dict[str, int], alive: dict[str, int], claims: Sequence[Claim], dead: set[str] = frozenset(),
                  rid: str | None = None) -> bool:
    """'A 16-year-old was shot ... He died at a hospital. Another 16-year-old was also shot': the dead were taken out of
    the hit by their keys, and every one left is "another ..." told in a sentence of its own, after them: one more
    than the dead, not among them (unlike "Man dead, infant and another man injured", one list of one sentence)."""
    gone = [i for k, i in who.items() if k not in alive]
    if not gone:
        # "One teen died after a shooting ... Another teen was taken to the Medical Center", "Four people were found
        # dead ... Another child was taken to a local hospital": the dead told dead only, never hit, by a key or by a
        # count of no person; the one more is told after them all the same
        gone = [i for i, c in enumerate(claims) if c.report_id == rid and c.outcome == "killed"
                and c.party != _PERPETRATORS and (c.victim is None or c.victim in dead)]
    if not gone or not alive or not all(k.startswith("another ") for k in alive):
        return False
    told_dead = {claims[i].sentence for i in gone}
    return all(claims[i].sentence not in told_dead and i > max(gone) for i in alive.values())


def _one_more_beside_the_dead(who: dict[str, int], alive: dict[str, int], claims: Sequence[Claim], n_dead: int) -> bool:
    """'Tom Reyes and another man were shot ... Reyes died': every one of the report's dead was told hit by name and
    taken out of the hit by that name, and every one left is "another ..." told in the very sentence that told a dead
    one hit (one more than he, beside him, not he again), or unnamed ("The second victim was hit in the hand": one of
    those, who count for nobody more)."""
    gone = [i for k, i in who.items() if k not in alive and _is_name(k)]
    others = [i for k, i in alive.items() if k.startswith("another ")]
    if len(gone) < n_dead or not others or not all(k.startswith("another ") or _unnamed(k) for k in alive):
        return False
    beside = {claims[i].sentence for i in gone}
    return all(claims[i].sentence in beside for i in others)


def _listed_beside_the_dead(alive: dict[str, int], dead: set[str], n_dead: int, claims: Sequence[Claim]) -> bool:
    """'Officers found Luis Ortega and a woman with gunshot wounds ... Ortega died': every one of the report's dead is
    named, and every one hit left is "another ..." told in a sentence that names each of them (a person listed beside
    the dead, one more than they), where the dead were never told hit by name (``_one_more_beside_the_dead``)."""
    names = [k.partition(",")[0] for k in dead if _is_name(k)]
    if not alive or not names or len(names) < n_dead or not all(k.startswith("another ") for k in alive):
        return False
    return all(re.search(rf"\b{re.escape(n)}\b", claims[i].sentence or "", re.IGNORECASE)
               for i in alive.values() for n in names)


def _take_out_dead_told_elsewhere(values, claims, killed_total, report_order, persons, dead_of) -> None:
    """A report that tells of no death counts the incident's dead among its wounded when it came out before
    any report of a death ("is expected to survive", then "has died"), or when its figure is of the hit
    ("a girl was shot", "taken to a hospital in critical condition") and it does not say they live ("in
    stable condition"): its wounded figure loses as many as the fewest dead any other report tells.  Not when
    it names its wounded and none of them is among the dead the others name ("Smith was shot", "Jones died")."""
    told = {rid: n for rid, n in killed_total.items() if n > 0}
    if not told:
        return
    dead = min(told.values())
    first_death = min(report_order.get(rid, 0) for rid in told)
    alive = {c.report_id for c in claims if c.outcome == "wounded" and c.trigger == _ALIVE}
    dead_names = {k for rid in told for k in dead_of.get(rid, ()) if _is_name(k)}
    for key, (_, _, index) in list(values.items()):
        outcome, _, rid = key
        if outcome != "wounded" or rid in told or index is None:
            continue
        named = {k for k in persons.get(key, ()) if _is_name(k)}
        if named and dead_names and not named & dead_names:
            continue
        earlier = report_order.get(rid, 0) < first_death
        if earlier or (claims[index].trigger in _SHOT and rid not in alive):
            _take_from(values, key, dead)


def _tellers(values, claims: Sequence[Claim]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(tellers, witnesses): {outcome: the reports whose own figures (``values``) tell it}, and {outcome: the reports
    whose figures of the other outcome bear witness that it did not happen}.  The dead are witness against lone
    wounded; a wounded figure of the hit ("four people were shot", "taken to a hospital") may hold the dead, so only
    the wounded told as such ("four were wounded", "injured") or told alive ("a baby was shot ... she is in stable
    condition") are witness against a lone dead."""
    tellers: dict[str, set[str]] = defaultdict(set)
    living = {c.report_id for c in claims if c.outcome == "wounded" and c.trigger == _ALIVE}
    for (outcome, _, rid), (_, _, index) in values.items():
        tellers[outcome].add(rid)
        if outcome == "wounded" and index is not None and claims[index].trigger not in _SHOT:
            living.add(rid)
    living &= tellers["wounded"]
    return tellers, {"killed": living, "wounded": tellers["killed"]}
