"""One incident's toll from its reports, fifteenth round.

One rule of ``reconcile``'s UCDP best: a figure an outlet rounds ("about a dozen people were wounded", "some 20",
"a couple") does not vote on the best where another source gives a count ("11 people were wounded"); it still
bounds the low and the high.  Near misses stay as before: every source rounds; the other figures are bounds a
count can meet ("at least 10", "more than 10", "up to 12"); the conservative and latest policies.  The invented
check set ``eval/linked_tolls_check.jsonl`` is pinned per half.  All claims and reports are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk import Claim, reconcile
from eval import check_sets, linked_tolls_check

from .linked import assert_halves_hold, linked_runtime

DAY = dt.date(2017, 6, 18)
ORDER = {"wire": 0, "station": 1, "paper": 2}


def wounded(report, count, qualifier="exact", who=None, day=0):
    return Claim(report_id=report, outcome="wounded", party=None, count=count, qualifier=qualifier,
                 attributed_to=who, reported_on=DAY + dt.timedelta(days=day), trigger="wound")


def figure(claims, policy="ucdp"):
    figures, _ = reconcile(claims, policy, ORDER)
    [f] = [f for f in figures if f.outcome == "wounded" and f.party is None]
    return f.low, f.best, f.high


# -- a round figure beside a count -------------------------------------------------------------------------------

def test_a_later_round_figure_yields_to_an_earlier_count():
    # "Police said 11 people were wounded" (the wire), then "about a dozen were hurt, witnesses said" (a station):
    # before this round the more recent of the two middle figures, 12
    claims = [wounded("wire", 11, who="police"), wounded("station", 12, "about", who="witnesses", day=1)]
    assert figure(claims) == (11, 11, 12)


def test_two_outlets_that_round_do_not_outvote_the_count():
    # two stations give "about a dozen", the paper the sheriff's nine: before this round the median, 12
    claims = [wounded("wire", 12, "about"), wounded("station", 12, "about"), wounded("paper", 9, who="sheriff", day=1)]
    assert figure(claims) == (9, 9, 12)


def test_a_couple_beside_a_count_of_three():
    claims = [wounded("wire", 3, who="police"), wounded("station", 2, "about", day=1)]
    assert figure(claims)[1] == 3


# -- near misses: unchanged ---------------------------------------------------------------------------------------

def test_every_source_rounds_keeps_the_median():
    claims = [wounded("wire", 12, "about"), wounded("station", 20, "about", day=1)]
    assert figure(claims) == (12, 20, 20)


@pytest.mark.parametrize("qualifier,count,best", [("at_least", 10, 10), ("more_than", 10, 11), ("up_to", 12, 12)])
def test_bounds_are_not_round_figures(qualifier, count, best):
    # "at least 10", "more than 10", "up to 12" can be the count itself: the more recent figure still wins
    claims = [wounded("wire", 9, who="police"), wounded("station", count, qualifier, day=1)]
    assert figure(claims)[1] == best


def test_a_lone_round_figure_stands():
    assert figure([wounded("wire", 12, "about")]) == (12, 12, 12)


def test_other_policies_are_unchanged():
    claims = [wounded("wire", 11, who="police"), wounded("station", 12, "about", who="witnesses", day=1)]
    assert figure(claims, "conservative") == (11, 11, 12)
    assert figure(claims, "latest") == (11, 12, 12)


# -- the invented check set -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def check_scores(nlp, gazetteer):
    scores, _ = linked_tolls_check.run(linked_runtime(nlp, gazetteer))
    return scores


def test_check_set_scores(check_scores):
    # before this round: rules half killed 28, wounded 12, both 11 of 29; check half 30, 16, 16 of 31
    assert_halves_hold(check_scores, {"rules": 29, "check": 31}, {"rules": RULES, "check": CHECK})


# raised in the sixteenth round (wounded told as others than the dead, tests/test_reconcile_round16.py): rules
# half wounded 13 -> 17, both 12 -> 16; check half wounded 17 -> 21, both 17 -> 21
RULES = (28, 17, 16)
CHECK = (31, 22, 22)  # (30, 21, 21) until the thirty-third session's rounds


def test_halves_are_fixed_by_the_salted_hash():
    assert linked_tolls_check.half("lt15-001") == check_sets.first_digit_half("fifteenth-tolls:", "lt15-001")
    assert len(linked_tolls_check.incidents()) == 60
