"""Claims -> low / best / high per outcome and party, under a named policy.

1. Each report's own figure for an (outcome, party) is the largest count it
   states for it ("at least 14 ... the toll later rose to 17" gives 17).
   A figure the report says was lowered ("police lowered the number wounded to
   four") replaces the larger one it told before.
   A report that breaks a toll down by party but gives no total gets a derived
   total: the sum of its parties.  A person who died is not also wounded: a
   report's wounded leave out the dead it tells, and a report that tells no
   death leaves out the fewest dead another report of the incident tells when
   it counts the hit ("a girl was shot") without saying they live, or when it
   came out before any report of a death ("expected to survive", "has died"),
   unless the wounded it names are none of the dead the others name.  The
   perpetrators' dead (a gunman killed by police, one who killed himself) are
   none of those they shot, unless the count says it includes him; a dead
   told only as "The teen died ..." after "the teen suspect shot and killed"
   is the suspect again, not one more in the report's total.  The hit
   told as "another ..." in sentences after the dead ("He died at a hospital.
   Another 16-year-old was also shot") are others than the dead, and so are
   "the other man" and the hit of another age than the dead's, a name's age
   told beside it ("Dana Pruitt, 29, died ... a 47-year-old man was shot").
   A person told by the ordinal next after a count ("four men were shot ...
   A fifth victim walked into a hospital") is one more than the count, of
   the hit or of the dead as the person's own claim tells.
   Wounded officers the report tells alive ("treated and released") are none
   of the dead where no officer is told dead.
2. A *source* is who made the claim (``attributed_to``), else the outlet,
   else the report.  A source that revised its figure counts with its latest.
3. The policies:

   ucdp          low = the lowest of the sources' latest figures,
                 best = their median (of two middle figures, the more recent
                 report's, unless it tells the dead one person at a time,
                 "police identified one of the men killed as ...", and the
                 other is the number the earlier report's lead states; a
                 figure an outlet rounds, "about a dozen", votes
                 only where no source gives a count; a report whose figure no
                 other source gives votes with its lead figure where another
                 source gives that; earlier reports that tell the wounded one
                 person at a time do not vote against the latest report's
                 larger figure where its lead states it; a report whose
                 wounded are told beside one hurt by flying glass votes with
                 the number shot where another source gives it), high = the
                 highest figure ever claimed
   conservative  low = best = the lowest of the sources' latest figures
                 (ACLED's most conservative credible estimate), high = highest
   latest        best = the most recent report's figure; low/high = the lowest
                 and highest ever claimed

   Under ucdp and conservative, an outcome that one report alone tells is doubted where other reports tell the
   toll without it: dead beside two reports that give the wounded as such or alive (not "shot" alone, which may
   hold the dead), wounded beside two reports of the dead, or one where the lone report tells those dead too and
   does not count its wounded as others than they ("one man was killed and one other person was wounded").  A
   named dead whom another report named among the hit is no lone death but one told late, and stands.
   Its best and low are 0, its figure stays as the high, and its dead are not taken out of the others' wounded.
   The wounded are weighed so once more after the dead told elsewhere are taken out: a report whose wounded were
   all those dead tells no wounded.  A lone death is doubted beside one report too, where that report gives as many
   wounded (or hit) as the report of the death and no death, and the report of the death does not tell its wounded
   as others than its dead: the death is one more than the toll the reports agree on, told in passing.

Bounds follow qualifiers: "more than 100" counts as 101, "up to 50" bounds only
the high.  The history is the toll as each report claimed it, in report order.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from .models import SHOOTER, Claim, Figure, HistoryPoint

POLICIES = ("ucdp", "conservative", "latest")


@dataclass(frozen=True)
class _ReportFigure:
    report_id: str
    order: int  # report order: date reported, then order of arrival
    reported_on: _dt.date | None
    source: str
    low: int
    high: int
    claim_index: int | None  # None for a derived total
    derived: bool = False


def _bounds(c: Claim) -> tuple[int, int]:
    revised = _revised_to(c)
    if revised is not None:
        return revised, revised
    if c.qualifier == "more_than":
        return c.count + 1, c.count + 1
    if c.qualifier == "up_to":
        return c.count, c.count
    return c.count, c.count


# a figure the report changes in the same breath: "revised the toll from seven to five", "lowered the number of
# wounded from three to two", "raised the count from two to three"; the figure after "to" is the one it stands by
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\s+(\d{1,4}|[a-z]+)\b", re.IGNORECASE)


def _revised_to(c: Claim) -> int | None:
    """The figure a claim's number is changed to ("from seven to five": 5), or None."""
    if c.number_start is None or c.number_end is None or not c.sentence:
        return None
    at, end = c.number_start - c.start, c.number_end - c.start
    if at < 0 or end > len(c.sentence) or not _FROM_BEFORE.search(c.sentence[max(0, at - 8):at]):
        return None
    after = _TO_AFTER.match(c.sentence, end)
    if after is None:
        return None
    word = after.group(1)
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word.lower())


_NUMBER_WORDS = {w: n for n, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                             "nine", "ten", "eleven", "twelve"))}


# the party the casualty rules give a gunman's or a shooter's own death (nlp.victims, casualties)
_PERPETRATORS = "militants"
_HOLDS_THE_SHOOTER = re.compile(r"\bincluding (?:the |a |one )?(?:alleged |suspected )?(?:gunman|shooter|suspect|attacker|assailant|robber)\b",
                                re.IGNORECASE)


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


def report_figures(claims: Sequence[Claim], report_order: dict[str, int], outlets: dict[str, str | None] | None = None):
    """{(outcome, party): [_ReportFigure, ...]} in report order: each report's own figures.

    A report's figure for an (outcome, party) is the largest number it states, or the number of
    distinct persons it says were hit, whichever is larger.  A person who died is not also counted as
    wounded, and "three people were shot, one fatally" leaves two wounded.
    """
    return _report_figures(claims, report_order, outlets)[0]


def _report_figures(claims, report_order, outlets) -> tuple[dict[tuple[str, str | None], list[_ReportFigure]], set[str]]:
    """(``report_figures``, the outcomes one report alone tells: ``_told_by_one_alone``)."""
    outlets = outlets or {}
    numeric, persons = _stated_and_told(claims)
    dead = _dead_by_report(persons)
    ages = _named_ages(claims)
    values = _own_figures(claims, numeric, persons, dead, ages)
    killed_total = _killed_totals(values)
    # the shooter is none of the persons he shot, whether he killed himself or police killed him ("the gunman who
    # shot three people was killed by police"): the dead taken from the hit leave out the perpetrators' dead
    hit_dead = {rid: max(0, n - values.get(("killed", _PERPETRATORS, rid), (0,))[0]) for rid, n in killed_total.items()}
    _take_out_dead_among_hit(values, claims, numeric, persons, dead, killed_total, hit_dead, ages)
    others = _wounded_told_as_others(claims)
    alone = _told_by_one_alone(*_tellers(values, claims), others) - _late_deaths(claims)
    alone |= _dead_beside_as_many_wounded(values, claims, others) - _late_deaths(claims)
    # one report's dead that the others leave out are none of their wounded
    hit_before = {rid for outcome, _, rid in values if outcome == "wounded"}
    _take_out_dead_told_elsewhere(values, claims, {} if "killed" in alone else hit_dead, report_order, persons, dead)
    # a report whose wounded all turn out to be the dead another report tells ("a girl was shot", then "she died")
    # tells no wounded: weighed again, it is one of the reports that leave the wounded out, not one that tells them
    if "wounded" not in alone:
        emptied = hit_before - {rid for outcome, _, rid in values if outcome == "wounded"}
        alone |= _told_by_one_alone(*_tellers(values, claims), others, emptied) & {"wounded"}
    per = _figures_per_party(values, claims, report_order, outlets)
    _add_derived_totals(per, values, claims, report_order, outlets, _named_elsewhere(values, numeric, persons, claims))
    for figs in per.values():
        figs.sort(key=lambda f: (f.order, f.report_id))
    return per, alone


_FigureKey = tuple[str, str | None, str]  # (outcome, party, report id)


def _party_of_named(claims: Sequence[Claim]) -> dict[tuple[str, str], str | None]:
    """{(report id, victim key): party} of the named persons.  One named person is one party in a report:
    "Officer Thomas Cottrell" stays police where a later sentence says only "Cottrell was killed"."""
    party_of: dict[tuple[str, str], str | None] = {}
    for c in claims:
        if c.victim is not None and not _unnamed(c.victim):
            k = (c.report_id, c.victim)
            if k not in party_of or party_of[k] in (None, "civilians"):
                party_of[k] = c.party
    return party_of


def _stated_and_told(claims: Sequence[Claim]) -> tuple[dict[_FigureKey, tuple[int, Claim]], dict[_FigureKey, dict[str, int]]]:
    """(numeric, persons): per figure key, the largest number stated (claim index, claim), and the persons told
    one by one (victim key -> index of the first claim that tells it)."""
    party_of = _party_of_named(claims)
    numeric: dict[_FigureKey, tuple[int, Claim]] = {}
    persons: dict[_FigureKey, dict[str, int]] = defaultdict(dict)
    for i, c in enumerate(claims):
        party = party_of.get((c.report_id, c.victim), c.party) if c.victim is not None and not _unnamed(c.victim) else c.party
        key = (c.outcome, party, c.report_id)
        if c.victim is not None:
            persons[key].setdefault(c.victim, i)
        elif key not in numeric or (_lowered(c) or c.count > numeric[key][1].count) and not _lowered(numeric[key][1]):
            numeric[key] = (i, c)
    return numeric, persons


# a figure the report revises downward: "police lowered the number wounded to four", "the toll was revised down to
# two"; the figure after "to" replaces the larger one told before
_LOWERED_BEFORE = re.compile(r"\b(?:lower(?:ed|s|ing)?|reduc(?:ed|es|ing)|revis(?:ed|es|ing)(?:\s+down(?:ward)?)?|correct(?:ed|s|ing)"
                             r"|downgrad(?:ed|es|ing)|cut|fell|dropped|decreased|declined)\b[^.;]{0,60}?\bto\s+$", re.IGNORECASE)
# the trigger of the dead less those the report says survived ("Two of those first reported dead survived"), as
# nlp.components.casualties.parts.SURVIVORS_TAKEN_OUT writes it: a lowered figure too
_SURVIVORS_TAKEN_OUT = "dead less the survivors"


def _lowered(c: Claim) -> bool:
    """Whether a claim's number is a figure the report revised down to ("lowered the number wounded to four", "the
    toll later fell to three", "two of those first reported dead survived")."""
    if c.trigger == _SURVIVORS_TAKEN_OUT:
        return True
    if c.number_start is None or not c.sentence:
        return False
    return bool(_LOWERED_BEFORE.search(c.sentence[:max(0, c.number_start - c.start)]))


def _dead_by_report(persons: dict[_FigureKey, dict[str, int]]) -> dict[str, set[str]]:
    """{report id: the victim keys it tells were killed}."""
    dead: dict[str, set[str]] = defaultdict(set)
    for (outcome, _, rid), who in persons.items():
        if outcome == "killed":
            dead[rid] |= set(who)
    return dead


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


def _dead_who_may_be_of(party: str | None, rid: str, numeric, persons, dead: dict[str, set[str]], claims) -> set[str]:
    """The dead whom a party's wounded persons may be (``_alive``): any of the report's dead; of officers told alive
    after the hit, only the officers told dead ("an officer was shot in the arm ... treated and released ... the
    robber was pronounced dead": the unnamed officer is not the unnamed robber who died; ``_officers_apart``)."""
    if _officers_apart({*numeric, *persons}, claims, party, rid):
        return set(persons.get(("killed", "police", rid), {}))
    return dead[rid]


def _own_figures(claims, numeric, persons, dead, ages) -> dict[_FigureKey, tuple[int, int, int | None]]:
    """{figure key: (low, high, claim index)}: the larger of the number stated and the persons told, where above 0."""
    values: dict[_FigureKey, tuple[int, int, int | None]] = {}
    # in the order the report gives them, never a set's: which figure a derived total is credited to (and so
    # its source) must not change from one process to the next
    for key in dict.fromkeys([*numeric, *persons]):
        outcome, party, rid = key
        who = persons.get(key, {})
        if outcome == "wounded":
            who = _alive(who, _dead_who_may_be_of(party, rid, numeric, persons, dead, claims))
        lo = hi = _victim_count(set(who), hit=outcome == "wounded", ages=ages.get(rid))
        index = min(who.values()) if who else None
        if key in numeric:
            i, c = numeric[key]
            clo, chi = _bounds(c)
            more = 0
            if outcome == "wounded":
                others = _another_of_the_count(key, persons, dead[rid])
                more = max(_more_after_the_count(claims, i, others), _the_next_by_its_ordinal(claims, i, others))
            elif outcome == "killed":
                # "four women had been killed ... A fifth victim, a man, ... succumbed to his injuries"
                told = dict(persons.get(key, {}))
                if party is None:
                    told.update(persons.get((outcome, "civilians", rid), {}))
                more = _the_next_by_its_ordinal(claims, i, told)
            clo, chi = clo + more, chi + more
            if clo >= lo:
                lo, hi, index = clo, chi, i
        if lo > 0:
            values[key] = (lo, hi, index)
    return values


def _another_of_the_count(key, persons, dead: set[str]) -> dict[str, int]:
    """The persons told one by one that a wounded count of this key may leave out: of its party, or civilians for a
    count of no party ("three people were shot ... another victim"), less the dead.  (Not the dead: "minutes later
    another man was dead" is as often one more than the dead of an earlier shooting.)"""
    outcome, party, rid = key
    who = dict(persons.get(key, {}))
    if party is None:
        who.update(persons.get((outcome, "civilians", rid), {}))
    return _alive(who, dead)


_ONE_BEFORE = re.compile(r"\bone\b", re.IGNORECASE)


def _says_another(c, count: int = 0) -> bool:
    """Whether the words of a person's claim are "another ..." (not a second description of one sentence), or "a third
    victim" right after a count of two (the next of a count is one more; "a second victim" after two is one of them)."""
    at = c.number_start - c.start
    if "another" in c.sentence[max(0, at - 8):at + 7].lower():
        return True
    nth = _NEXT_OF.search(c.sentence[max(0, at - 12):at])
    return nth is not None and _ORDINALS[nth.group(1).lower()] == count + 1


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_NEXT_OF = re.compile(r"\ban? (" + "|".join(_ORDINALS) + r") $", re.IGNORECASE)


def _more_after_the_count(claims, at: int, who: dict[str, int]) -> int:
    """'Two teens were shot ... Police said another victim was grazed': persons told as one more ("another ...") in a
    sentence after the count add to it, unless another count or person is told between them ("four were wounded ...
    two women ... another man": a breakdown of the four), or a "one" before it in its sentence ("one was hit in the
    leg, and another victim was grazed": one of them)."""
    c = claims[at]
    if c.number_end is None or c.qualifier != "exact":
        return 0
    keys = set(who)
    later = [claims[j] for k, j in who.items() if k.startswith("another ") and not _told_later(k, keys)
             and claims[j].number_start is not None and claims[j].start >= c.end and claims[j].number_start > c.number_end
             and _says_another(claims[j], c.count)]
    if not later:
        return 0
    first = min(later, key=lambda d: d.number_start)
    between = any(d.report_id == c.report_id and d.number_start is not None
                  and c.number_end <= d.number_start < first.number_start for d in claims)
    between = between or bool(_ONE_BEFORE.search(first.sentence[:max(0, first.number_start - first.start)]))
    return 0 if between else len(later)


# a person told by the ordinal that comes next after a count: "a fifth victim", "a possible fourth man", "a third
# shooting victim" (up to two words between the ordinal and the person's noun; not "the third victim", as often one of
# the count as one more)
_NTH_PERSON = re.compile(r"\ban?\s+(?:(?:possible|apparent|suspected)\s+)?(" + "|".join(_ORDINALS) + r")\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:victim|person|man|woman|boy|girl|teen|teenager|male|female|juvenile)s?\b",
                         re.IGNORECASE)


def _the_next_by_its_ordinal(claims, at: int, who: dict[str, int]) -> int:
    """'Officers found four men struck by gunfire.  Two ... were in serious condition and two were stable.  A fifth
    victim walked into a hospital later': a hurt person told, in a sentence after the count, by the ordinal right after
    it is one more than the count, however the count was broken down between them (which ``_more_after_the_count``
    reads as a breakdown of the count when the one more is "another").  Not "the fourth victim" after four (one of
    them), nor an ordinal of no person ("the third shooting this month"), nor one after a count of the wounded beside the
    dead ("one man dead and two others hurt ... a third man, Tyrese Banks, was grazed": the third of all three)."""
    c = claims[at]
    if c.number_end is None or c.qualifier != "exact":
        return 0
    # a count of the wounded as such beside the dead ("one man dead and two others hurt ... a third man") leaves the
    # dead out, whom the ordinal counts: only a count of the hit (the dead among them) or of a report of no dead
    if c.outcome == "wounded" and c.trigger not in _SHOT and any(
            d.report_id == c.report_id and d.outcome == "killed" and d.party != _PERPETRATORS for d in claims):
        return 0
    for j in who.values():
        d = claims[j]
        if d.report_id != c.report_id or d.start < c.end:
            continue
        # the ordinal is among the person's own words: near the word the claim counts (not another person of its sentence)
        at = (d.number_start if d.number_start is not None else d.end) - d.start
        nth = _NTH_PERSON.search(d.sentence[max(0, at - 80):at + 20])
        if nth is not None and _ORDINALS[nth.group(1).lower()] == c.count + 1:
            return 1
    return 0


def _killed_totals(values) -> dict[str, int]:
    """{report id: its dead}: its total, or the sum of its parties' dead where that is larger."""
    killed_total: dict[str, int] = defaultdict(int)
    killed_parties: dict[str, int] = defaultdict(int)
    for (outcome, party, rid), (lo, _, _) in values.items():
        if outcome == "killed" and party is None:
            killed_total[rid] = lo
        elif outcome == "killed":
            killed_parties[rid] += lo
    for rid, n in killed_parties.items():
        killed_total[rid] = max(killed_total[rid], n)
    return killed_total


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


# "three other women", "two others" right after a count, and a death told in a clause of its own before it in the
# sentence ("one woman died at the scene and", "a man was killed, and"): the count is the hit besides the dead (not
# "Garcia and three other people had been shot", one subject of one verb, where Garcia may be among the dead)
_OTHERS_AFTER = re.compile(r"\s+others?\b", re.IGNORECASE)
_DIED_AND_BEFORE = re.compile(r"\b(?:died|dies|was\s+killed|is\s+dead|was\s+pronounced\s+dead)\b[^;.]*?,?\s+and\s+$",
                              re.IGNORECASE)


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


def _the_others(alive: dict[str, int]) -> bool:
    """'One man died; the other man, who fired first, was hospitalized': every one hit left is told as "the other",
    the one besides the dead."""
    return bool(alive) and all(k.startswith("the other") for k in alive)


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


def _report_figure(claims, report_order, outlets, rid: str, lo: int, hi: int, index: int) -> _ReportFigure:
    """A report's own figure, credited to who made the claim, else the outlet, else the report."""
    c = claims[index]
    source = c.attributed_to or outlets.get(rid) or rid
    return _ReportFigure(rid, report_order.get(rid, 0), c.reported_on, source, lo, hi, index)


def _figures_per_party(values, claims, report_order, outlets) -> dict[tuple[str, str | None], list[_ReportFigure]]:
    """{(outcome, party): the reports' own figures}."""
    per: dict[tuple[str, str | None], list[_ReportFigure]] = defaultdict(list)
    for (outcome, party, rid), (lo, hi, index) in values.items():
        per[(outcome, party)].append(_report_figure(claims, report_order, outlets, rid, lo, hi, index))
    return per


def _named_elsewhere(values, numeric, persons, claims) -> set[_FigureKey]:
    """The figures of a party of uniforms (a guard, an officer, a rank) that rest on persons told only without a name
    ("the shooting death of a security guard", "Major was shot" read as a rank) in a report that names as many
    persons of no title among the civilians of the same outcome ("Ulysses Escobar, 21, ... was pronounced dead"):
    the nameless one is one of those named, whose title the report gave apart, not one more in the sum of the
    parties.  Not a figure with a number of its own, nor one that counts "another ..." or "the other", nor where a
    named person is told in the nameless one's sentence or told as one more ("Daniel Okafor, 24, was also
    killed")."""
    out: set[_FigureKey] = set()
    for key, (lo, _, _) in values.items():
        outcome, party, rid = key
        if party in (None, "civilians", _PERPETRATORS) or key in numeric:
            continue
        who = persons.get(key, {})
        if not who or not all(_unnamed(k) or k.startswith(("a ", "an ")) for k in who):
            continue
        civilians = (outcome, "civilians", rid)
        named = {k for k in persons.get(civilians, {}) if _is_name(k) and not k.startswith(KIN_PREFIX)}
        if civilians not in numeric and len(named) >= lo and values.get(civilians, (0,))[0] == len(named):
            nameless = {claims[i].sentence for i in who.values()}
            told = [claims[persons[civilians][k]].sentence for k in named]
            if not any(t in nameless or _ONE_MORE.search(t) for t in told):
                out.add(key)
    return out


# a person told as one more than those told before: "Daniel Okafor, 24, was also killed"
_ONE_MORE = re.compile(r"\b(?:also|too|as well|another|second)\b", re.IGNORECASE)


def _the_perpetrator_again(values, claims: Sequence[Claim], outcome: str, party: str | None, rid: str) -> bool:
    """Whether a report's civilian dead are only persons told without a name or a number, each in a sentence of its
    own that opens with the noun the report gave the perpetrators' dead before ("The teen suspect shot and killed in an
    attempted robbery ...", then "The teen died from gunshot wounds"): the one told before, whom the reading gave a
    party of his own, not one more dead in the sum of the parties.  Not "The victim died at a hospital" after "police
    shot and killed a gunman", nor a dead told by a pronoun."""
    if outcome != "killed" or party != "civilians" or not values.get(("killed", _PERPETRATORS, rid), (0,))[0]:
        return False
    civ = [c for c in claims if c.report_id == rid and c.outcome == "killed" and c.party == "civilians"]
    theirs = [c for c in claims if c.report_id == rid and c.outcome == "killed" and c.party == _PERPETRATORS]
    if not civ or not all(_unnamed(c.victim) for c in civ) or min(c.start for c in theirs) > min(c.start for c in civ):
        return False
    said = {c.sentence for c in theirs if c.sentence}
    told = " ".join(t.lower() for t in said)
    return all(c.sentence not in said and (m := _THE_ONE.match(c.sentence or "")) is not None
               and re.search(rf"\b{m.group(1).lower()}\b", told) for c in civ)


# a sentence that tells its dead by a noun of the kind told before: "The teen died from gunshot wounds"
_THE_ONE = re.compile(r"\s*(?:the|that)\s+([a-z]+)\b", re.IGNORECASE)


def _add_derived_totals(per, values, claims, report_order, outlets, named_elsewhere=frozenset()) -> None:
    """Derived totals: a report that gives parties but no total, or a total smaller than its own parties, gets the
    sum of its parties as its total, credited to the source of its first party's figure.  A nameless party's
    figure whose persons the civilians name (``_named_elsewhere``) adds nothing to the sum."""
    by_report: dict[tuple[str, str], list[tuple[str | None, int]]] = defaultdict(list)
    first_party: dict[tuple[str, str], tuple[int, int, int]] = {}  # who a derived total is credited to
    for (outcome, party, rid), (lo, hi, index) in values.items():
        if (outcome, party, rid) in named_elsewhere or _the_perpetrator_again(values, claims, outcome, party, rid):
            continue
        by_report[(outcome, rid)].append((party, lo))
        if party is not None:
            first_party.setdefault((outcome, rid), (lo, hi, index))
    for (outcome, rid), items in by_report.items():
        parties = [lo for party, lo in items if party is not None]
        if not parties:
            continue
        s = sum(parties)
        total = next((lo for party, lo in items if party is None), None)
        if total is not None and s <= total:
            continue
        figs = per[(outcome, None)]
        some = _report_figure(claims, report_order, outlets, rid, *first_party[(outcome, rid)])
        derived = _ReportFigure(rid, report_order.get(rid, 0), some.reported_on, some.source, s, s, None, True)
        for k, f in enumerate(figs):
            if f.report_id == rid:
                figs[k] = _ReportFigure(rid, f.order, f.reported_on, f.source, s, s, f.claim_index, True)
                break
        else:
            figs.append(derived)


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


# the trigger of a hit told alive ("in stable condition", "expected to survive"): nlp.victims.ALIVE
_ALIVE = "survived"


# hit, perhaps fatally: "shot", "in critical condition", "suffering from a gunshot wound", "taken to a hospital"
# (the triggers nlp.victims.HIT_TRIGGERS and nlp.victims.TAKEN give, and "suffer" of "suffered gunshot wounds", "sustain"
# of "had sustained a gunshot wound")
_SHOT = {"shoot", "shot", "stab", "hit", "strike", "victim", "in condition", "gunshot wound", "taken to hospital", "suffer", "sustain",
         "take", "transport", "rush", "airlift", "fly", "drive", "carry", "hospitalize", "hospitalise", "admit", "send"}


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


# the fewest other reports that, telling the incident's toll without an outcome, leave one report's figure of it
# alone.  A death may be told late (one of the wounded died after the first reports), and a report of a survivor
# may be about him alone, so it takes two to doubt them; but the wounded of a report that tells the dead the others
# tell are known from the first reports on, and one report of those dead that names no wounded is enough, unless
# the report counts its wounded as others than the dead (``_wounded_told_as_others``)
_SILENT_TELLERS = 2
_SILENT_BESIDE_THE_DEAD = 1

# a count of the hit told as more than the dead: "one man was killed and one other person was wounded", "three
# others were injured", "two more people were hurt", "four additional victims"
_OTHERS_AFTER = re.compile(r"\s+(?:others?|more|additional)\b", re.IGNORECASE)


def _wounded_told_as_others(claims: Sequence[Claim]) -> set[str]:
    """The reports that give a number of wounded as others than the dead ("one man was killed and one other person
    was wounded", "three others were injured"): their wounded are a count of their own, which a follow-up that
    names only the dead (a charge, a funeral) leaves out without gainsaying it."""
    return {c.report_id for c in claims if c.outcome == "wounded" and c.number_end is not None and c.sentence
            and _OTHERS_AFTER.match(c.sentence, c.number_end - c.start)}


def _late_deaths(claims: Sequence[Claim]) -> set[str]:
    """{"killed"} where a report's dead are named and another report of the incident names one of them among its hit
    ("Darnell Tillman, 31, was listed in critical condition", then "Darnell Tillman ... has died"), or where the
    report tells its death as one of the hit dying since (``_DIED_SINCE``: "one of the two people wounded ... has
    died", "Victor Tremble, who was shot Saturday night, died of his wounds"): a death told late of the incident's own
    wounded, which reports of the wounded alive that came out before it do not gainsay."""
    dead = {(c.report_id, c.victim) for c in claims if c.outcome == "killed" and c.victim and _is_name(c.victim)}
    hit = {(c.report_id, c.victim) for c in claims if c.outcome == "wounded" and c.victim and _is_name(c.victim)}
    if any(key == other and rid != rid2 for rid, key in dead for rid2, other in hit):
        return {"killed"}
    return {"killed"} if any(c.outcome == "killed" and c.party != _PERPETRATORS and c.sentence
                             and _DIED_SINCE.search(c.sentence) for c in claims) else set()


# a death told as one of the hit dying since the shooting: "one of the two people wounded ... has died", "who was
# shot Saturday night, died of his wounds", "succumbed to her injuries" (not "was shot to death", "was killed": a
# death of the shooting itself, as often another shooting's told in passing)
_DIED_SINCE = re.compile(r"\b(?:one|two|three) of the (?:\w+ )?(?:people |men |women |victims |persons )?(?:wounded|injured|hurt|shot)\b"
                         r"[^.;]{0,80}\b(?:has|have|had) (?:since )?died\b"
                         r"|\bwho was (?:shot|wounded|injured)\b[^.;]{0,80}\bdied (?:of|from) (?:his|her|their) (?:wounds|injuries)\b"
                         r"|\bsuccumbed to (?:his|her|their) (?:wounds|injuries)\b", re.IGNORECASE)


def _told_by_one_alone(tellers: dict[str, set[str]], witnesses: dict[str, set[str]],
                       others: set[str] = frozenset(), emptied: set[str] = frozenset()) -> set[str]:
    """The outcomes told by one report only, while at least ``_SILENT_TELLERS`` other reports tell the toll and leave
    it out (``_tellers``).  Reports that give "five people were wounded" and no death, beside one that gives a dead,
    have as a rule not missed a death: the one has counted someone else (a victim of another shooting told in
    passing, the shooter of an earlier case).  Its best is 0, the figure stays as the high, and its dead are not
    taken out of the others' wounded.  ``others``: the reports whose wounded are told as others than the dead, which
    take two reports that leave them out, a report whose hit all turned out to be the dead (``emptied``) among them
    ("a boy was shot", then "the boy has died; two other people were wounded", then "the boy was killed")."""
    alone = set()
    for outcome, who in tellers.items():
        if len(who) != 1:
            continue
        beside_the_dead = outcome == "wounded" and who <= tellers.get("killed", set())
        need = _SILENT_TELLERS if not beside_the_dead or who & others else _SILENT_BESIDE_THE_DEAD
        silent = witnesses.get(outcome, set()) | (emptied if beside_the_dead and who & others else set())
        if len(silent - who) >= need:
            alone.add(outcome)
    return alone


def _wounded_of(values, rid: str) -> int:
    """A report's own wounded: its total, or the sum of its parties' where that is larger."""
    total = values.get(("wounded", None, rid), (0,))[0]
    parties = sum(lo for (outcome, party, r), (lo, _, _) in values.items()
                  if outcome == "wounded" and party is not None and r == rid)
    return max(total, parties)


def _dead_beside_as_many_wounded(values, claims: Sequence[Claim], others: set[str]) -> set[str]:
    """{"killed"} where one report alone tells a death and tells as many wounded as each report that gives the
    wounded (or the hit) and tells no death, one such report or more: the reports agree on the hit and the one has a
    death more, told in passing (a death the police of the next town look into, the man a vigil was held for),
    not a death of the incident's own, which would leave it a wounded fewer ("Four people were wounded ... One of
    them has died") or the others a hit more ("five people were shot", "one was killed and four wounded").  Not where
    the report tells its wounded as others than its dead ("one man was killed and four others were wounded",
    ``_wounded_told_as_others``): those dead are of the same toll.  Two reports of the wounded as such or alive that
    leave the dead out doubt them whatever they say of the wounded (``_told_by_one_alone``)."""
    tellers, _ = _tellers(values, claims)
    who = tellers.get("killed", set())
    if len(who) != 1 or who & others:
        return set()
    (rid,) = who
    silent = tellers.get("wounded", set()) - who
    hit = _wounded_of(values, rid)
    return {"killed"} if silent and hit and all(_wounded_of(values, r) == hit for r in silent) else set()


# the qualifier of a round figure ("about a dozen", "some 20", "roughly 30", "a couple"): an outlet's estimate, where
# "at least", "more than" and "up to" are bounds a count can meet
_ROUGHLY = "about"


def _told_exactly(figs: list["_ReportFigure"], claims: Sequence[Claim]) -> list["_ReportFigure"]:
    """The sources' figures that give a count rather than round it: where one source says "about a dozen were
    wounded" and another "11 were wounded", a recorder takes the 11 and the dozen only bounds it.  All of them when
    every source rounds.  A derived total (no claim of its own) is a count."""
    counted = [f for f in figs if f.claim_index is None or claims[f.claim_index].qualifier != _ROUGHLY]
    return counted or figs


# the outcomes whose figures a report's lead may stand for (``_leads_told_elsewhere``), and the parties of its lead
_LEAD_OUTCOMES = ("killed", "wounded")
_LEAD_PARTIES = (None, "civilians")
# a lead figure the report raises further on: "bringing the number wounded to three", "a third victim", "later"
_RAISED = re.compile(r"\b(?:bringing|brings|raising|rose|risen|climbed|later|another|(?:a|an) (?:"
                     + "|".join(_ORDINALS) + r"))\b", re.IGNORECASE)


def _lead(claims: Sequence[Claim], rid: str, outcome: str) -> Claim | None:
    """A report's lead figure of an outcome: its first claim of it that states a number ("Four people were hurt in a
    shooting late Friday"), of no party or of civilians, a count or a floor."""
    return next((c for c in claims if c.report_id == rid and c.outcome == outcome and c.victim is None
                 and c.party in _LEAD_PARTIES and c.qualifier in ("exact", "at_least")), None)


def _leads_told_elsewhere(figs: list["_ReportFigure"], claims: Sequence[Claim], outcome: str) -> list["_ReportFigure"]:
    """The sources' latest figures, where a report's own (its largest) is one no other source gives, and its lead
    figure is one another source gives (as its own figure or as its lead), the lead standing for the report: a lead
    of four wounded that another outlet gives too beats the six a later sentence of the same report was read as (a
    part of the four told beside them, "of the four, two remain in surgery"); a lead of three shot stands beside the
    four a second agency gave, where another outlet gives three; and two reports that lead with two dead and then
    count three and four persons (one told again in a caption) agree on two.  Not where a
    sentence of the report after its lead tells the toll raised ("a third victim walked into a hospital later,
    bringing the number wounded to three"): the larger figure is news."""
    if outcome not in _LEAD_OUTCOMES:
        return figs
    out = []
    for f in figs:
        others = [g for g in figs if g is not f]
        given = {g.low for g in others} | {lead.count for g in others
                                           for lead in [_lead(claims, g.report_id, outcome)] if lead is not None}
        lead = _lead(claims, f.report_id, outcome)
        if (lead is not None and lead.count < f.low and lead.count in given and f.low not in given
                and not _raised_after(claims, lead)):
            f = replace(f, low=lead.count, high=max(lead.count, f.high))
        out.append(f)
    return out


# a sentence that counts some of the hurt as hurt otherwise than by a bullet: "four from gunshots and one from flying
# glass", "a fifth person injured by flying glass", "one hurt in a fall"
_NOT_BY_A_BULLET = re.compile(r"\b(?:glass|debris|shrapnel|in (?:a|the) fall|fell|falling|trampled|stampede|while "
                              r"(?:fleeing|running))\b", re.IGNORECASE)


def _shot_part_told_elsewhere(figs: list["_ReportFigure"], claims: Sequence[Claim], outcome: str) -> list["_ReportFigure"]:
    """The sources' latest figures of the wounded, where a report's own figure (its largest) is told in a sentence
    that counts some of them hurt otherwise than by a bullet (``_NOT_BY_A_BULLET``) and that states a smaller number
    of the wounded another source gives ("injured four people, three from gunshots and one from flying glass" beside
    "three people were shot"): the report votes with the smaller, the people shot, as the Gun Violence Archive
    counts them."""
    if outcome != "wounded":
        return figs
    out = []
    for f in figs:
        own = claims[f.claim_index] if f.claim_index is not None else None
        if own is not None and own.sentence and _NOT_BY_A_BULLET.search(own.sentence):
            given = {g.low for g in figs if g is not f}
            parts = [c.count for c in claims if c.report_id == f.report_id and c.outcome == outcome
                     and c.sentence == own.sentence and c.count < f.low and c.count in given]
            if parts:
                f = replace(f, low=max(parts), high=max(max(parts), f.high))
        out.append(f)
    return out


def _raised_after(claims: Sequence[Claim], lead: Claim) -> bool:
    """Whether a claim of the lead's outcome told after it in its report says the toll rose (``_RAISED``): a person
    told one by one, or a number above the lead's ("a fifth victim had also been hit" after "five were wounded" is
    one of the five)."""
    return any(c.report_id == lead.report_id and c.outcome == lead.outcome and c.start > lead.start and c.sentence
               and c.sentence != lead.sentence and (c.victim is not None or c.count > lead.count)
               and _RAISED.search(c.sentence) for c in claims)


def _one_by_one(claims: Sequence[Claim], rid: str, outcome: str) -> bool:
    """Whether a report tells an outcome only one person at a time: each of its claims of it (the perpetrators'
    aside) counts one ("Police identified one of the men killed as Luis Kettering", "A boy was wounded")."""
    own = [c for c in claims if c.report_id == rid and c.outcome == outcome and c.party != _PERPETRATORS]
    return bool(own) and all(c.count <= 1 for c in own)


def _counted_in_lead(claims: Sequence[Claim], f: "_ReportFigure", outcome: str) -> bool:
    """Whether a report's figure is the number its lead states ("Two men were killed and one other person was
    wounded"), a number above one told beside no person of the outcome ("opened fire on the group of three men
    and fatally struck Taliek Bristel, 19" counts the group, not the dead)."""
    lead = _lead(claims, f.report_id, outcome)
    return (lead is not None and lead.count >= 2 and lead.count == f.low
            and not any(c.report_id == lead.report_id and c.outcome == outcome and c.victim is not None
                        and c.sentence == lead.sentence for c in claims))


def _one_by_one_before_a_count(figs: list["_ReportFigure"], claims: Sequence[Claim], outcome: str) -> list["_ReportFigure"]:
    """The sources' latest figures less those of earlier reports that tell the outcome one person at a time, where
    the latest report's figure is larger and is the number its lead states: two early reports of "a boy" shot and a
    later one that "he accidentally shot himself and a friend ... Both children were taken to hospitals" tell two
    wounded; the early ones told whom they knew of, not how many, and do not outvote the count."""
    if outcome not in _OUTVOTED_OUTCOMES or len(figs) < 3:
        return figs
    last = max(f.order for f in figs)
    latest = [f for f in figs if f.order == last]
    if len(latest) != 1 or not _counted_in_lead(claims, latest[0], outcome):
        return figs
    return [f for f in figs if f.order == last or not (f.low < latest[0].low
                                                       and _one_by_one(claims, f.report_id, outcome))]


# the outcomes whose earlier one-person reports a later lead count outvotes (``_one_by_one_before_a_count``): the
# wounded only; a later report's count of the dead is as often a roundup's ("seven people dead" over a weekend)
_OUTVOTED_OUTCOMES = ("wounded",)


def _median(figs: list["_ReportFigure"], claims: Sequence[Claim] = (), outcome: str | None = None) -> int:
    """The median of the sources' latest figures; of two middle ones, the more recent report's, unless it tells the
    outcome one person at a time and the other is the number its report's lead states: a follow-up that names one
    of the dead ("Police identified one of the men killed as ...") tells who, not how many, and does not lower the
    "two men were killed" of the report before it."""
    ranked = sorted(figs, key=lambda f: (f.low, f.order))
    n = len(ranked)
    if n % 2:
        return ranked[n // 2].low
    a, b = ranked[n // 2 - 1], ranked[n // 2]
    later, earlier = (a, b) if a.order > b.order else (b, a)
    if (outcome in _NAMED_FOLLOW_UP_OUTCOMES and later.low < earlier.low
            and _one_by_one(claims, later.report_id, outcome) and _counted_in_lead(claims, earlier, outcome)):
        return earlier.low
    return later.low


# the outcomes whose count a follow-up telling persons one by one does not lower (``_median``): the dead only; a
# later report of "a boy" wounded is as often a report of another shooting joined to the incident as a partial one
_NAMED_FOLLOW_UP_OUTCOMES = ("killed",)


# what tells a toll risen since the first reports, in the sentence of a report's figure: a correction upward ("police
# corrected the number wounded to four", "four people, not three, were wounded", "police now say two men were
# killed"), one more found ("a second body", "found dead", "walked into a hospital", "drove herself to a hospital",
# "found to have been hit as well"), the incident's count brought up ("bringing the number wounded to three"; not
# "bringing the city's homicides this year to 40"), or one of the hit who died since ("died of his wounds",
# ``_DIED_SINCE``; not "has died" alone, as often another victim's told in passing)
_TOLL_ROSE = re.compile(r"\b(?:correct(?:ed|s|ing)|now say|not (?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b"
                        r"|(?:second|third|fourth|fifth|another) (?:body|victim)|body of (?:a|another) (?:second|third|fourth)"
                        r"|found dead|walked into|drove (?:himself|herself|themselves) to|(?:hit|shot|wounded) as well"
                        r"|(?:bringing|raising) the (?:number|toll|count) (?:of )?(?:people )?(?:killed|wounded|injured|dead|hurt|shot|victims)"
                        r"|died (?:of|from) (?:his|her|their) (?:wounds|injuries))",
                        re.IGNORECASE)
# the outcomes whose risen toll a later report tells (``_told_risen``)
_RISEN_OUTCOMES = ("killed", "wounded")


def _told_risen(figs: list["_ReportFigure"], claims: Sequence[Claim], outcome: str, best: int) -> int:
    """The toll a report tells risen above ``best`` (``_TOLL_ROSE`` in the sentence of its figure, or of a claim of as
    many: "a second victim ... walked into a hospital, bringing the number wounded to three", "Police on Monday corrected the
    number of people wounded to four", "found the body of a second man ... Police now say two men were killed"),
    where no report after it gives less: the first reports told what was known then, and however many agree on it
    they do not outvote the news.  ``best`` where none does (a larger figure that no such words stand behind stays
    one vote among the others')."""
    if outcome not in _RISEN_OUTCOMES:
        return best
    risen = best
    for f in figs:
        if f.low <= risen or any(g.order > f.order and g.low < f.low for g in figs):
            continue
        own = {c.sentence for k, c in enumerate(claims) if c.report_id == f.report_id and c.outcome == outcome
               and c.sentence and c.party != _PERPETRATORS and (k == f.claim_index or c.count == f.low)}
        if any(_TOLL_ROSE.search(sentence) or _DIED_SINCE.search(sentence) for sentence in own):
            risen = f.low
    return risen


def reconcile(
    claims: Sequence[Claim],
    policy: str = "ucdp",
    report_order: dict[str, int] | None = None,
    outlets: dict[str, str | None] | None = None,
) -> tuple[tuple[Figure, ...], tuple[HistoryPoint, ...]]:
    """Figures under ``policy`` and the history of every report's own figures."""
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}")
    if report_order is None:
        report_order = _default_order(claims)
    per, alone = _report_figures(claims, report_order, outlets)
    unconfirmed = alone if policy != "latest" else set()
    figures: list[Figure] = []
    history: list[HistoryPoint] = []
    for (outcome, party), figs in per.items():
        latest_by_source: dict[str, _ReportFigure] = {}
        for f in figs:
            latest_by_source[f.source] = f
        latest = list(latest_by_source.values())
        lows = [f.low for f in latest]
        ever_high = max(f.high for f in figs)
        ever_low = min(f.low for f in figs)
        if policy == "ucdp":
            told = _told_exactly(latest, claims) if party is not None else _leads_told_elsewhere(
                _told_exactly(latest, claims), claims, outcome)
            if party is None:
                told = _one_by_one_before_a_count(_shot_part_told_elsewhere(told, claims, outcome), claims, outcome)
            low, best, high = min(lows), _median(told, claims, outcome if party is None else None), ever_high
            if party is None:
                best = _told_risen(figs, claims, outcome, best)
        elif policy == "conservative":
            low = best = min(lows)
            high = ever_high
        else:
            last_order = figs[-1].order
            best = max(f.low for f in figs if f.order == last_order)
            low, high = ever_low, ever_high
        if outcome in unconfirmed:
            low = best = 0
        high = max(high, best)
        low = min(low, best)
        behind = tuple(sorted({f.claim_index for f in figs if f.claim_index is not None}))
        figures.append(Figure(outcome, party, low, best, high, policy, behind))
        for f in figs:
            history.append(HistoryPoint(f.report_id, f.reported_on, outcome, party, f.low, None if f.derived else f.source))
    figures.sort(key=_figure_key)
    history.sort(key=lambda h: (report_order.get(h.report_id, 0), h.report_id, _figure_key(h)))
    return tuple(figures), tuple(history)


def _figure_key(f) -> tuple:
    from .models import OUTCOMES

    return (OUTCOMES.index(f.outcome) if f.outcome in OUTCOMES else 99, f.party is not None, f.party or "")


def _default_order(claims: Sequence[Claim]) -> dict[str, int]:
    seen: dict[str, tuple] = {}
    for k, c in enumerate(claims):
        seen.setdefault(c.report_id, (c.reported_on or _dt.date.min, k))
    return {rid: n for n, (rid, _) in enumerate(sorted(seen.items(), key=lambda kv: kv[1]))}
