"""Per-report killed / injured figures, round fifteen: small groups and the last persons.

``eval/counts_check11.jsonl`` holds 100 invented reports (pairs and trios told in many ways, corrected tolls, hits
told without a gunfire word, bylines glued before the story, near misses); the test below pins the scores this
round reached on it.  The focused tests use sentences written for them, each a rule's positive case and its near
miss.  The figure is the one the GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import check_set_scores, figures as _figures


def test_eleventh_check_set_scores(ledger):
    scores = check_set_scores(ledger, "11", rows=100)
    # both exact before this round: rules half 32 of 47, check half 43 of 53
    assert scores["rules"]["rows"] == 47 and scores["check"]["rows"] == 53
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


# after the round's rules (36 and 44; the check half 46 with the eighteenth round's persons missed, 47 with round
# loose19's hits, 48 with round multi20's victims summed across sentences)
RULES_BOTH = 37  # 36 -> 37 with the twenty-fourth session's rounds
CHECK_BOTH = 48


# -- a relative the parser makes a second subject of the verb is one more person of the count

@pytest.mark.parametrize("text, expected", [
    ("A teenager and his mother were shot as they sat in a parked car on Monday, police said.", (0, 2)),
])
def test_a_relative_as_a_second_subject_joins_the_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the relative is no subject of the hit
    ("A teenager was shot in the leg on Monday and his mother called police, officers said.", (0, 1)),
    # a list the parser reads as a list was two already
    ("A girl and her grandmother were wounded when bullets came through the window of their home late Friday, "
     "police said.", (0, 2)),
])
def test_a_relative_not_hit_or_listed_already_is_unchanged(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a figure the sentence changes "from five to four" counts as the later one

@pytest.mark.parametrize("text, expected", [
    ("Police revised the number of people wounded in Saturday's shooting at a park from five to four on Monday.", (0, 4)),
    ("The sheriff's office lowered the number of people hurt in the bar shooting from 3 to 2 on Sunday.", (0, 2)),
])
def test_a_figure_revised_from_one_number_to_another_counts_the_later(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_from_before_a_number_that_is_no_toll_changes_nothing(mentions_of):
    assert _figures(mentions_of("Shots were fired from two cars, and four people were wounded, police said.")) == (0, 4)


# -- "struck in the leg" without a gun word in its sentence, in a report of a shooting, is a hit

@pytest.mark.parametrize("text, expected", [
    ("A store clerk was hit in the shoulder during a robbery on Main Street on Saturday night, police said. "
     "The shooting is under investigation.", (0, 1)),
    ("He was struck in the leg while he stood on his porch, police said. Officers found several shell casings in "
     "the street after the shooting.", (0, 1)),
])
def test_a_hit_in_a_body_part_in_a_report_of_gunfire_is_a_hit(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # no gunfire anywhere in the report
    ("A referee was hit in the head with a bottle after the game on Friday, police said.", (0, 0)),
    # a bottle in a report that also tells a shot: the bottle's hit is no shot
    ("Two men argued outside a bar on Friday. One man was hit in the head with a bottle. Police said the other was "
     "shot in the arm.", (0, 1)),
    # struck by a car
    ("A man was struck in the leg by a car on Main Street on Friday. Police said he had fired a gun at the driver "
     "earlier.", (0, 0)),
])
def test_a_hit_by_something_else_or_outside_a_shooting_is_unchanged(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
