"""The persons a report's claims count and their descriptions: how many distinct victims the claims' keys name
(``_victim_count``: named ages, kin, the same person told later, descriptions that may be one person), whether a key
is a name, the ages told beside a name, and the kind and sex a description tells."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Sequence

from ..models import SHOOTER, Claim


# the victim key of a relative or companion told by his tie to another person hit ("kin son": "a woman was shot and
# her son was grazed"), as nlp.victims writes it: the relatives add one person in all (``_kin_more``)
KIN_PREFIX = "kin "


def _victim_count(keys: set[str], hit: bool = False, ages: dict[str, tuple[str, int]] | None = None) -> int:
    """Distinct persons a report says were hit.

    Keys are surnames ("heavner"), descriptions ("a man, 22 @s40": noun, age, sentence), "kin son" (a relative told
    by his tie to another person hit: ``_kin_more``), "another man @N" (one more; among the ``hit``, the
    wounded, not where a later sentence describes one of its kind: then it is that description), "the other", or
    "unnamed" (of a sex: "unnamed female").  Names and descriptions are two views of
    the same persons ("a 55-year-old woman ... identified as Bettie Jones"), so the count is the
    larger of the two.  Descriptions count as persons apart only within one sentence ("a 22-year-old
    man and a 16-year-old boy were shot"), where "a man" is the aged one of the same noun, if any.
    One unnamed person counts only when nobody is named or described ("a man ... he died"), of whatever sex (a
    report's many "the boy" may stand beside one "his mother" of another incident told in passing); beside a relative
    told by his tie ("a man and his wife", the man unnamed), one of the other sex is the person the relative is tied
    to, and counts.  Where every
    person named has an age told beside the name (``ages``: "Dana Pruitt, 29, died"), a description of that age is
    that person and one of another age another person ("... a 47-year-old man was also killed": two).  The shooter who
    killed himself after shooting others (``SHOOTER``) is always one more.
    """
    shooter = SHOOTER in keys  # one more than the persons he shot, however they are told
    keys = keys - {SHOOTER}
    named, more = set(), 0
    by_sentence: dict[str, set[str]] = defaultdict(set)
    kin = _kin_more(keys)
    more += kin
    for k in keys:
        if _unnamed(k) or k.startswith(KIN_PREFIX):
            continue
        if hit and k.startswith("another ") and _told_later(k, keys):
            # "a girl was killed and another woman wounded ... A 25-year-old woman was also taken to a hospital"
            by_sentence[k].add(_told_later(k, keys))
        elif k.startswith(("another ", "the other")):
            more += 1
        elif k.startswith(("a ", "an ")):
            what, _, where = k.partition(" @")
            by_sentence[where].add(what)
        else:
            named.add(k)
    base = max(len(named), _described(by_sentence))
    if not base and kin and _tied_to_an_unnamed(keys):
        # "A 30-year-old man and his 28-year-old wife were shot": the relative is tied to another person hit, and
        # where that person is told unnamed he is the one the relative is one more than (two, not one)
        base = 1
    n = base + more
    if ages and named and all(k in ages for k in named):
        # the descriptions of the named persons' ages are they; the others, all aged and told in sentences of their
        # own (not "Dale Hunt, 19, ... the death of a boy, 14", whose name may be misread as a victim's), are others
        told = {ages[k][0] for k in named}
        rest = {where: {w for w in whats if w.partition(", ")[2] not in told} for where, whats in by_sentence.items()
                if not _told_with_a_name(where, ages)}
        if all(", " in w for whats in rest.values() for w in whats):
            n = max(n, len(named) + _described(rest) + more)
    return (n if n else (1 if keys else 0)) + shooter


def _described(by_sentence: dict[str, set[str]]) -> int:
    """Persons the descriptions tell (``_victim_count``): the most one sentence describes, or the most that
    descriptions across sentences must be (``_apart_across``)."""
    described = 0
    for whats in by_sentence.values():
        aged = {w.split(",")[0] for w in whats if "," in w}
        described = max(described, len({w for w in whats if "," in w or w not in aged}))
    return max(described, _apart_across(set().union(set(), *by_sentence.values())))


def _tied_to_an_unnamed(keys: set[str]) -> bool:
    """Whether a person told unnamed of a sex is another than the relatives told by their tie: of a sex none of them
    has ("an unnamed male" beside "kin wife"); not "the wife was shot" after "his wife", the one woman told twice."""
    kin_sexes = {_sex(k) for k in keys if k.startswith(KIN_PREFIX)}
    return None not in kin_sexes and any(_unnamed(k) and _sex(k) is not None and _sex(k) not in kin_sexes for k in keys)


def _kin_more(keys: set[str]) -> int:
    """The persons that relatives told by their tie ("her son") add: one, however many nouns of kin the report uses
    ("her grand-daughter" ... "the Jacksons' granddaughter" is one girl), and none where the report already counts
    its persons one more at a time ("another child"): the relative is as likely one of those."""
    if not any(k.startswith(KIN_PREFIX) for k in keys):
        return 0
    return 0 if any(k.startswith("another ") for k in keys) else 1


# nouns that may name the same person: "another teen wounded" ... "a 15-year-old boy"
_SAME_KIND = {"teen": {"boy", "girl", "teenager"}, "teenager": {"boy", "girl", "teen"}, "child": {"boy", "girl", "toddler"},
              "victim": {"man", "woman", "boy", "girl", "teen", "teenager", "person"}, "person": {"man", "woman", "boy", "girl"}}


def _told_later(key: str, keys: set[str]) -> str | None:
    """The description ("a woman, 25") that a later sentence gives of the person an "another ..." key counts as one
    more ("another woman was wounded" in the lead, "a 25-year-old woman was also taken to a hospital" below), or
    None: a later description of the same kind is that person, not one more."""
    what, _, pos = key.partition(" @")
    noun = what.split(" ", 1)[1] if " " in what else None
    if not pos.isdigit():
        return None
    later = []
    for k in keys:
        if not k.startswith(("a ", "an ")):
            continue
        desc, _, where = k.partition(" @s")
        kind = desc.split(",")[0].split(" ", 1)[1]
        if where.isdigit() and int(where) > int(pos) and (noun is None or kind == noun or kind in _SAME_KIND.get(noun, ())):
            later.append((int(where), desc))
    return min(later)[1] if later else None


# who a description can be: a man is never a woman nor a child, a boy never a girl
_KINDS = {"man": "man", "woman": "woman", "boy": "boy", "girl": "girl", "baby": "child", "infant": "child",
          "toddler": "child", "child": "child"}


# the parts persons play at a place of which one person plays one: "a store clerk was critically wounded ... A
# customer was grazed" are two however far apart (a clerk is never the customer; either may be "a man")
_ROLES = {"clerk": "staff", "cashier": "staff", "employee": "staff", "customer": "patron", "patron": "patron",
          "shopper": "patron", "bouncer": "security", "guard": "security"}


def _apart_across(whats: set[str]) -> int:
    """Persons that descriptions in different sentences must be: "a man" and "a 1-year-old baby" are two
    however far apart, and so are "a man, 22" and "a man, 45"; a child may be the boy or the girl; a clerk and a
    customer are two (``_ROLES``)."""
    ages: dict[str, set[str]] = defaultdict(set)  # kind -> the ages given ("" for none)
    roles = set()
    for w in whats:
        noun, _, age = w.split(" ", 1)[1].partition(", ")
        if noun in _KINDS:
            ages[_KINDS[noun]].add(age)
        roles.add(_ROLES.get(noun))
    if "child" in ages and ({"boy", "girl"} & set(ages)):
        del ages["child"]
    return max(sum(max(1, len(a - {""})) for a in ages.values()), len(roles - {None}))


def _unnamed(key: str | None) -> bool:
    """A person told without a name or a description: "unnamed", or of a sex ("unnamed female", "unnamed male")."""
    return key is not None and (key == "unnamed" or key.startswith("unnamed "))


def _is_name(key: str) -> bool:
    """A victim key that is a surname, not "unnamed", a description or "another ..."."""
    return not _unnamed(key) and key != SHOOTER and not key.startswith(("another ", "the other", "a ", "an "))


def _counts_names(keys: set[str]) -> bool:
    """Whether ``_victim_count`` of these keys is the number of named persons: some are named, no
    "another ..." is added, and no sentence describes more persons than are named."""
    named = {k for k in keys if _is_name(k)}
    if not named or any(k.startswith(("another ", "the other")) for k in keys):
        return False
    return _victim_count(named) == _victim_count(keys)


# an age in apposition to a name: "Dana Pruitt, 29, died", "Pruitt (29)"
_NAME_AGE = r"(?:,\s*|\s*\()(\d{1,3})(?:\s*,|\s*\)|\s+(?:died|was|is|had|has)\b)"


_NAME_AGE_PATTERNS_KEPT = 4096  # names whose pattern is kept compiled


@lru_cache(maxsize=_NAME_AGE_PATTERNS_KEPT)
def _name_age(surname: str) -> re.Pattern:
    """The pattern of ``surname`` with its age, compiled once per name (a batch names more people than the ``re``
    module's cache of patterns keeps)."""
    return re.compile(rf"\b{re.escape(surname)}{_NAME_AGE}", re.IGNORECASE)


_DIGIT = re.compile(r"\d")  # the digit ``_NAME_AGE`` reads (``\d``: any decimal digit, as there)


def _may_tell_age(sentence: str, surname: str) -> bool:
    """Whether ``_name_age(surname)`` may match in ``sentence``, told without compiling it (a batch names a few hundred
    people, most in sentences that tell no age): every match holds a digit, and the name itself, which an ASCII
    sentence holds as it is, case aside (outside ASCII ``re.IGNORECASE`` matches further letters, so only the digit
    is asked there)."""
    if not _DIGIT.search(sentence):
        return False
    return not (sentence.isascii() and surname.isascii()) or surname.lower() in sentence.lower()


def _named_ages(claims: Sequence[Claim]) -> dict[str, dict[str, tuple[str, int]]]:
    """{report id: {surname key: (the age told beside the name, where its sentence starts)}} of each report's named
    persons ("Dana Pruitt, 29, died"): a name carries its age as a description does ("a man, 29").  One pass over
    the claims, for every figure of every report."""
    ages: dict[str, dict[str, tuple[str, int]]] = defaultdict(dict)
    for c in claims:
        told = ages[c.report_id]
        if c.victim is None or not _is_name(c.victim) or c.victim in told or not c.sentence:
            continue
        surname = c.victim.split(",")[0]
        if not _may_tell_age(c.sentence, surname):
            continue  # no age can follow the name here: its pattern is neither compiled nor searched
        m = _name_age(surname).search(c.sentence)
        if m:
            told[c.victim] = (m.group(1), c.start)
    return ages


def _told_with_a_name(where: str, ages: dict[str, tuple[str, int]]) -> bool:
    """Whether a description's sentence ("s97" of "a man, 47 @s97") is one where a name's age is told: the two may be
    one person, or the name one misread as a victim's ("Dale Hunt, 19, was charged with the death of a boy, 14")."""
    return where[:1] == "s" and where[1:].isdigit() and int(where[1:]) in {at for _, at in ages.values()}


def _age(key: str, ages: dict[str, tuple[str, int]]) -> str | None:
    """The age a victim key tells: a description's ("a man, 47 @s97") told in a sentence of its own, or a name's from
    ``ages``; None for none."""
    if key.startswith(("a ", "an ")):
        what, _, where = key.partition(" @")
        return (what.partition(", ")[2] or None) if not _told_with_a_name(where, ages) else None
    return ages[key][0] if _is_name(key) and key in ages else None


def _aged_apart(alive: dict[str, int], dead: set[str], n_dead: int, ages: dict[str, tuple[str, int]], claims=()) -> bool:
    """'Dana Pruitt, 29, died ... a 47-year-old man was shot': every dead person and every one hit left has an age
    (a name's told beside it), and no age of the hit is an age of the dead: the dead are none of them.  A person hit
    told by the age alone ("A 15-year-old remains in serious condition", keyed unnamed) has the age its words end
    with."""
    told_dead = [k for k in dead if not _unnamed(k)]
    if not alive or len(told_dead) < n_dead:
        return False
    hit_ages = {_age(k, ages) or (_age_alone(claims[i]) if k == "unnamed" and claims else None) for k, i in alive.items()}
    dead_ages = {_age(k, ages) for k in told_dead}
    return None not in hit_ages | dead_ages and not hit_ages & dead_ages


# a person told by the age alone, as the words of its claim end: "a 15-year-old", "the 2 year old"
_AGE_ALONE = re.compile(r"\b(\d{1,3})[- ](?:years?|months?)[- ]old$", re.IGNORECASE)


def _age_alone(c: Claim) -> str | None:
    """The age of a person whose claim's words are an age alone ("A 15-year-old remains in serious condition"), or
    None.  (A month-old baby's age is no year's: it is told apart from every adult's all the same.)"""
    if c.number_end is None or not c.sentence:
        return None
    m = _AGE_ALONE.search(c.sentence[:max(0, c.number_end - c.start)])
    return m.group(1) if m else None


def _kind(key: str) -> str | None:
    """Who a description is (man, woman, boy, girl, child: ``_KINDS``), or None."""
    if not key.startswith(("a ", "an ")):
        return None
    return _KINDS.get(key.partition(" @")[0].split(",")[0].split(" ", 1)[1])


def _none_of_them(hit: dict[str, int], dead: set[str], n_dead: int) -> bool:
    """'A man was shot and killed ... A woman was also shot': every dead person and every one hit is described, and
    no dead one is of a kind among the hit (a man is none of the women): the dead are not among them."""
    hit_kinds = {_kind(k) for k in hit if not _unnamed(k)}
    # the dead told by a kind ("a man"): where they alone make the toll, a dead one told otherwise ("The man, NAME,
    # died") is one of them ("A man was shot and killed ... A woman walking by was hit ... The man, NAME, died")
    described = {k for k in dead if not _unnamed(k) and _kind(k)}
    dead_kinds = {_kind(k) for k in described}
    if not hit_kinds or None in hit_kinds or not described or len(described) < n_dead:
        return False
    return not hit_kinds & dead_kinds and not ("child" in hit_kinds | dead_kinds and {"boy", "girl"} & (hit_kinds | dead_kinds))


_SEXES = {"man": "male", "boy": "male", "woman": "female", "girl": "female"}


# the sex a relative's noun tells ("kin wife": a woman), for a man who died who is none of the women hit
_KIN_SEXES = {**dict.fromkeys(("wife", "mother", "daughter", "sister", "grandmother", "granddaughter", "aunt", "niece",
                                "girlfriend", "fiancee", "stepmother", "stepdaughter"), "female"),
              **dict.fromkeys(("husband", "father", "son", "brother", "grandfather", "grandson", "uncle", "nephew",
                               "boyfriend", "fiance", "stepfather", "stepson"), "male")}


def _sex(key: str) -> str | None:
    """'male' or 'female' for a person told unnamed of a sex ("unnamed male"), described ("a woman, 30") or by a
    relative's noun ("kin wife"), or None."""
    if _unnamed(key):
        return key.partition(" ")[2] or None
    if key.startswith(KIN_PREFIX):
        return _KIN_SEXES.get(key[len(KIN_PREFIX):])
    return _SEXES.get(_kind(key) or "")


def _of_the_other_sex(alive: dict[str, int], dead: set[str], n_dead: int) -> bool:
    """'A man who shot his wife was killed by police ... The wife was shot': the dead and the hit left both hold one
    told unnamed of a sex only, every one of them has a sex, and none of the dead is of a sex among the hit."""
    if not any(_unnamed(k) for k in alive) or not any(_unnamed(k) for k in dead) or len(dead) < n_dead:
        return False
    hit_sexes = {_sex(k) for k in alive}
    dead_sexes = {_sex(k) for k in dead}
    return None not in hit_sexes | dead_sexes and not hit_sexes & dead_sexes


# a person told hit by a passive verb: "The man ... was shot twice in the back"
_TOLD_HIT = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:shot|wounded|hit|struck|grazed|injured)\b", re.IGNORECASE)


def _one_of_the_other_sex(alive: dict[str, int], dead: set[str], n_dead: int, claims: Sequence[Claim]) -> bool:
    """'A woman is dead and a man is recovering ... She was shot in the head. The man ... was shot twice': every dead
    person is told with a sex (described, "a woman"), and one hit left is told unnamed of the other sex ("the man")
    by a sentence that says he "was shot": he is none of the dead, so the hit hold one alive beside them
    (``_of_the_other_sex`` wants the dead unnamed too).  Not "the woman was able to shoot the man", its shooter."""
    if len(dead) < n_dead or not dead:
        return False
    dead_sexes = {_sex(k) for k in dead}
    if None in dead_sexes:
        return False
    return any(_unnamed(k) and k != "unnamed" and _sex(k) not in dead_sexes and _TOLD_HIT.search(claims[i].sentence or "")
               for k, i in alive.items())
