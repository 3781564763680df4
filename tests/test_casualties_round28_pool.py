"""Per-report killed / injured figures, round twenty-eight (the per-report pool under a fresh salt,
``twenty-eighth-doccounts28:``): the kinds found by reading the readable half's wrong reports, each rule's test
written on reports made up for it, with a near miss that must keep its count.  ``eval/counts_check38.jsonl`` holds 70
invented reports of the pool's pipeline-own kinds beside near misses; the test below pins the scores this round
reached on it.  The figure is the one the GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_thirty_eighth_check_set_scores(ledger):
    # both exact before this round: rules half 29 of 38, check half 25 of 32
    assert_pinned_halves(ledger, "38", rows=(38, 32), both=(RULES_BOTH, CHECK_BOTH))


def test_thirty_eighth_check_set_salt():
    assert_salted("38", "twenty-eighth-pool28:", "c38-001")


# after the round's rules (rules half 29 -> 32, check half 25 -> 25)
RULES_BOTH = 36  # 32 -> 35 with the twenty-ninth session's rounds, 36 with the thirty-first's
CHECK_BOTH = 25


# -- "A gunman wounded two men and three women", "found an injured girl and an injured woman": two counts of one
#    outcome that only an "and" joins are parts of one list, and add up

@pytest.mark.parametrize("text, expected", [
    ("PUEBLO, Colo. - A gunman wounded two men and three women outside a bar on Vance Street on Sunday, police said.",
     (0, 5)),
    ("PUEBLO, Colo. - Officers found an injured girl and an injured woman in a house on Vance Street on Sunday, police "
     "said.", (0, 2)),
    ("INDIANAPOLIS - Officers called to a home on Carrow Street on Sunday found an injured 5-year-old girl and an "
     "injured 27-year-old woman, police said.", (0, 2)),
])
def test_counts_joined_by_and_add_up(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: the second count has an outcome of its own
    ("PUEBLO, Colo. - A gunman wounded two men and killed three women outside a bar on Vance Street on Sunday, police "
     "said.", (3, 2)),
    # near miss: the second count was not hurt
    ("PUEBLO, Colo. - Two men were wounded and three women were questioned outside a bar on Vance Street on Sunday, "
     "police said.", (0, 2)),
    # near miss: a total and its parts after a comma are one group, not two
    ("PUEBLO, Colo. - A gunman wounded five people, two men and three women, outside a bar on Vance Street on Sunday, "
     "police said.", (0, 5)),
])
def test_counts_apart_or_a_breakdown_keep_their_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "A teenager was killed and three others were hospitalized": the others are others than the dead, so the dead are
#    not taken from them (as from "three others were shot")

@pytest.mark.parametrize("text, expected", [
    ("LAS VEGAS - A teenager was killed and three others were hospitalized after a shooting at a recreation center on "
     "Orland Street on Friday.", (1, 3)),
    ("LAS VEGAS - A teenager was killed and three others were hospitalized after gunfire broke out at a youth "
     "recreation center on Orland Street on Friday night.\nTwo suffered non-life-threatening injuries and another "
     "remains in critical condition, police said.", (1, 3)),
])
def test_others_hospitalized_beside_the_dead(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: those hospitalized, no "others", hold the one who died
    ("LAS VEGAS - Three people were hospitalized after a shooting at a recreation center on Orland Street on Friday. "
     "One of them died.", (1, 2)),
    # near miss: "others ... wounded" was read so before
    ("LAS VEGAS - A teenager was killed and three others were wounded after a shooting at a recreation center on "
     "Orland Street on Friday.", (1, 3)),
])
def test_the_hospitalized_who_hold_the_dead(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
