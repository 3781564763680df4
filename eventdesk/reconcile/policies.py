"""The policies (``POLICIES``) and ``reconcile``: each source's latest figure, then low / best / high per outcome
and party (the median's ties, a rounded figure, a lead's figure told elsewhere, a toll told risen) and the history."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace
from typing import Sequence

from ..models import Claim, Figure, HistoryPoint
from .bounds import _ReportFigure
from .figures import _report_figures
from .wording import _DIED_SINCE, _ORDINALS, _PERPETRATORS


POLICIES = ("ucdp", "conservative", "latest")


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
    figures, history = reconcile_every_policy(claims, report_order, outlets, (policy,))
    return figures[policy], history


def reconcile_every_policy(
    claims: Sequence[Claim],
    report_order: dict[str, int] | None = None,
    outlets: dict[str, str | None] | None = None,
    policies: Sequence[str] = POLICIES,
) -> tuple[dict[str, tuple[Figure, ...]], tuple[HistoryPoint, ...]]:
    """({policy: figures} for each of ``policies``, the history): ``reconcile`` under several policies at the cost of
    about one, as the reports' own figures, most of the work, are the same under every policy and read once (the
    ledger keeps every policy's figures of an incident when its claims change)."""
    for policy in policies:
        if policy not in POLICIES:
            raise ValueError(f"unknown policy {policy!r}")
    if report_order is None:
        report_order = _default_order(claims)
    per, alone = _report_figures(claims, report_order, outlets)
    return {policy: _policy_figures(per, alone, claims, policy) for policy in policies}, _history(per, report_order)


def _policy_figures(per: dict, alone: set[str], claims: Sequence[Claim], policy: str) -> tuple[Figure, ...]:
    """Figures under ``policy`` from the reports' own figures and the outcomes one report alone tells
    (``_report_figures``)."""
    unconfirmed = alone if policy != "latest" else set()
    figures: list[Figure] = []
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
    figures.sort(key=_figure_key)
    return tuple(figures)


def _history(per: dict, report_order: dict[str, int]) -> tuple[HistoryPoint, ...]:
    """The toll as each report claimed it, in report order: the same under every policy."""
    history = [HistoryPoint(f.report_id, f.reported_on, outcome, party, f.low, None if f.derived else f.source)
               for (outcome, party), figs in per.items() for f in figs]
    history.sort(key=lambda h: (report_order.get(h.report_id, 0), h.report_id, _figure_key(h)))
    return tuple(history)


def _figure_key(f) -> tuple:
    from ..models import OUTCOMES

    return (OUTCOMES.index(f.outcome) if f.outcome in OUTCOMES else 99, f.party is not None, f.party or "")


def _default_order(claims: Sequence[Claim]) -> dict[str, int]:
    seen: dict[str, tuple] = {}
    for k, c in enumerate(claims):
        seen.setdefault(c.report_id, (c.reported_on or _dt.date.min, k))
    return {rid: n for n, (rid, _) in enumerate(sorted(seen.items(), key=lambda kv: kv[1]))}
