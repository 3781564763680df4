"""Each report's own figures per (outcome, party): ``report_figures`` and what it sums up (the largest count stated,
a figure the report lowered, one more told by "another" or by the next ordinal after a count, the derived totals of a
toll broken down by party, a dead named elsewhere), with the dead taken out of the hit and lone outcomes doubted."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Sequence

from ..models import Claim
from .bounds import _ReportFigure, _bounds
from .lone_outcomes import _dead_beside_as_many_wounded, _late_deaths, _told_by_one_alone, _wounded_told_as_others
from .persons import KIN_PREFIX, _is_name, _named_ages, _told_later, _unnamed, _victim_count
from .taken_out import _alive, _officers_apart, _take_out_dead_among_hit, _take_out_dead_told_elsewhere, _tellers
from .wording import _NEXT_OF, _NTH_PERSON, _ORDINALS, _PERPETRATORS, _SHOT


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
