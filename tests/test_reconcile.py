"""Reconciliation policies on claims made up for each case."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk import Claim, reconcile

D = dt.date(2022, 1, 21)


def claim(report, count, party=None, outcome="killed", qualifier="exact", who=None, day=0):
    return Claim(report_id=report, outcome=outcome, party=party, count=count, qualifier=qualifier,
                 attributed_to=who, reported_on=D + dt.timedelta(days=day))


CLAIMS = [
    claim("a", 40, who="SDF"),
    claim("b", 62, who="SOHR", day=1),
    claim("c", 140, who="SOHR", day=2),
    claim("d", 55, who="Health ministry", day=2),
]
ORDER = {"a": 0, "b": 1, "c": 2, "d": 3}


def total(figures):
    [f] = [f for f in figures if f.outcome == "killed" and f.party is None]
    return f.low, f.best, f.high


def test_ucdp_uses_each_sources_latest_figure():
    figures, _ = reconcile(CLAIMS, "ucdp", ORDER)
    # latest per source: SDF 40, SOHR 140, ministry 55 -> low 40, median 55, high 140
    assert total(figures) == (40, 55, 140)


def test_conservative_takes_the_lowest_credible_figure():
    figures, _ = reconcile(CLAIMS, "conservative", ORDER)
    assert total(figures) == (40, 40, 140)


def test_latest_takes_the_most_recent_report():
    figures, _ = reconcile(CLAIMS, "latest", ORDER)
    assert total(figures) == (40, 55, 140)
    figures, _ = reconcile(CLAIMS[:3], "latest", ORDER)
    assert total(figures) == (40, 140, 140)


def test_even_number_of_sources_takes_the_more_recent_middle_figure():
    figures, _ = reconcile(CLAIMS[:3], "ucdp", ORDER)
    assert total(figures) == (40, 140, 140)


def test_breakdown_without_total_gives_a_derived_total_and_parties():
    claims = [claim("a", 9, "SDF"), claim("a", 31, "Islamic State"), claim("a", 12, "SDF", outcome="wounded")]
    figures, history = reconcile(claims, "ucdp", {"a": 0})
    got = {(f.outcome, f.party): f.best for f in figures}
    assert got == {("killed", None): 40, ("killed", "SDF"): 9, ("killed", "Islamic State"): 31,
                   ("wounded", None): 12, ("wounded", "SDF"): 12}
    # the derived total names no source: nobody claimed 40
    assert [h.attributed_to for h in history if h.party is None and h.outcome == "killed"] == [None]


def test_a_report_revising_its_own_figure_counts_its_largest():
    claims = [claim("a", 14, qualifier="at_least"), claim("a", 17)]
    figures, _ = reconcile(claims, "ucdp", {"a": 0})
    assert total(figures) == (17, 17, 17)


def test_more_than_counts_one_above():
    figures, _ = reconcile([claim("a", 100, qualifier="more_than")], "ucdp", {"a": 0})
    assert total(figures) == (101, 101, 101)


def test_history_is_in_report_order():
    _, history = reconcile(list(reversed(CLAIMS)), "ucdp", ORDER)
    assert [(h.report_id, h.count) for h in history] == [("a", 40), ("b", 62), ("c", 140), ("d", 55)]


def test_figures_name_the_claims_behind_them():
    figures, _ = reconcile(CLAIMS, "ucdp", ORDER)
    [f] = figures
    assert f.claims == (0, 1, 2, 3) and f.policy == "ucdp"


def test_unknown_policy_is_refused():
    with pytest.raises(ValueError):
        reconcile(CLAIMS, "median", ORDER)


def test_descriptions_that_cannot_be_one_person_count_apart():
    from eventdesk.reconcile import _victim_count

    # a man and a baby, however far apart, are two; so are two men of different ages
    assert _victim_count({"a man @s0", "a baby, 1 @s120"}) == 2
    assert _victim_count({"a man, 22 @s0", "a man, 45 @s300"}) == 2
    # an unaged man may be the aged one; a child may be the girl; a person may be anyone
    assert _victim_count({"a man, 22 @s0", "a man @s300"}) == 1
    assert _victim_count({"a girl, 7 @s0", "a child @s90"}) == 1
    assert _victim_count({"a person @s0", "a man @s90"}) == 1
