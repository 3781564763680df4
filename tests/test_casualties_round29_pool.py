"""Per-report killed / injured figures, round twenty-nine (the per-report pool under a fresh salt,
``twenty-ninth-doccounts29:``): the kinds found by reading the readable half's wrong reports, each rule's test
written on reports made up for it, with a near miss that must keep its count.  ``eval/counts_check41.jsonl`` holds 75
invented reports of the pool's pipeline-own kinds beside near misses; the test below pins the scores this round
reached on it.  The figure is the one the GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_forty_first_check_set_scores(ledger):
    # both exact before this round: rules half 27 of 38, check half 27 of 37
    assert_pinned_halves(ledger, "41", rows=(38, 37), both=(RULES_BOTH, CHECK_BOTH))


def test_forty_first_check_set_salt():
    assert_salted("41", "twenty-ninth-pool29:", "c41-001")


# after the round's rules (rules half 27 -> 29, check half 27 -> 27)
RULES_BOTH = 31  # 29 -> 30 with the thirty-second session's rounds, 31 with the thirty-fifth's rounds
CHECK_BOTH = 30  # 27 -> 28 with the thirty-second session's rounds, 29 with the thirty-fifth's, 30 with left36


# -- "A 20-year-old man was shot in the chest and two women were shot in the leg": a person told hit with an article
#    and a count of another kind hit in a clause joined by "and" are apart, and add up (the two were read as the same
#    people and the larger kept)

@pytest.mark.parametrize("text, expected", [
    ("FLINT, Mich. - Police said a 19-year-old woman was shot in the back and two men were shot in the legs outside a "
     "gas station on Pierson Road on Friday.", (0, 3)),
    ("FLINT, Mich. - Two men were shot in the legs and a 19-year-old woman was shot in the back outside a gas station "
     "on Pierson Road on Friday, police said.", (0, 3)),
    # after the dead told before, those told hit are the others: the dead are not taken from them
    ("AKRON, Ohio - A 22-year-old man was fatally shot at a gathering on Copley Road on Thursday night. Police say a "
     "20-year-old man was shot in the chest and two women were shot in the leg.", (1, 3)),
    # a death told after is one of those told hit: the dead are taken from them (1 and 1 before)
    ("FLINT, Mich. - A man was shot in the head and two women were shot in the legs outside a bar on Main Street. The "
     "man died at the hospital.", (1, 2)),
])
def test_a_person_and_a_count_hit_in_joined_clauses_add_up(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: a group of any person may hold the man told beside it
    ("FLINT, Mich. - A man was shot in the chest and two people were shot in the leg outside a gas station on Pierson "
     "Road on Friday, police said.", (0, 2)),
    # near miss: the count was hit by a car, not shot
    ("FLINT, Mich. - A man was shot in the arm and two women were hit by his car as he fled from Pierson Road on "
     "Friday, police said.", (0, 1)),
    # near miss: the count's women were shot at, not hit
    ("FLINT, Mich. - Officers say a man was shot in the stomach on Elm Street on Friday and two women with him were "
     "shot at but not hit.", (0, 1)),
])
def test_a_person_and_a_count_that_may_be_one_keep_their_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "shot into a group of four teenagers, fatally striking a 16-year-old": the group fired on is those present, not
#    those hit

@pytest.mark.parametrize("text, expected", [
    ("PHILADELPHIA - Someone in a passing car shot into a group of four teenagers on Ogontz Avenue on Friday, fatally "
     "striking a 16-year-old boy, police said.", (1, 0)),
    ("TOLEDO, Ohio - A gunman shot into a crowd of 30 people outside a club on Dorr Street, wounding a 22-year-old "
     "woman.", (0, 1)),
])
def test_a_group_fired_on_is_no_count_of_the_hit(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: the persons hit out of the group are counted apart
    ("PHILADELPHIA - A gunman opened fire on a group of five men on Ogontz Avenue on Friday, killing one and wounding "
     "two, police said.", (1, 2)),
    # near miss: a group fired at whose persons hit are told apart (read so before)
    ("TOLEDO, Ohio - Gunmen fired into a crowd of 12 people leaving a party on Dorr Street early Sunday, fatally "
     "striking a 19-year-old man, police said.", (1, 0)),
    # near miss: a group of persons shot, no group fired on
    ("PATCHOGUE, N.Y. - Three men and a woman were shot, one of the men fatally, inside a tire shop on Sunrise "
     "Highway on Friday, police said.", (1, 3)),
])
def test_persons_hit_beside_a_group_keep_their_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
