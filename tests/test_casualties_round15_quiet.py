"""Per-report killed / injured figures, round fifteen (reports whose incident hurt nobody or killed nobody): a miss
told after "shot at", a hit denied of each person named or said of any person at all, a threat quoted in part, and
rounds that hit a thing.  All sentences are written for these tests.  The figure is the one the GVDB suite scores:
``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import check_set_scores, figures as _figures


def test_tenth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "10", rows=100)
    # both exact before this round: rules half 42 of 47, check half 49 of 53
    assert scores["rules"]["rows"] == 47 and scores["check"]["rows"] == 53
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


RULES_BOTH = 45
CHECK_BOTH = 50


@pytest.mark.parametrize("text, expected", [
    # "shot at" with a time or a place after it, and the miss told in a conjunct
    ("A man walking home on Grant Street was shot at Tuesday night but was not hit, police said.", (0, 0)),
    ("A teenager was shot at about 9 p.m. Friday near the school but was not hit, according to police.", (0, 0)),
])
def test_shot_at_but_not_hit_is_a_miss(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: a hit whose degree alone is denied, and a hit with no "at"
    ("A man was shot at a party on Grant Street but was not seriously hurt, police said.", (0, 1)),
    ("A woman was shot in the arm but was not seriously injured, police said.", (0, 1)),
])
def test_a_hit_whose_degree_is_denied_stays(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # "neither ... nor" denies the hit of each person it names
    ("Someone fired four shots into a house on Birch Lane overnight. Neither the woman nor her son was injured, "
     "police said.", (0, 0)),
    # any person at all: a fear, not a victim
    ("Shots were fired near the park on Sunday and nobody was hit. \"It is a nightmare when any child gets shot,\" "
     "a neighbor said.", (0, 0)),
])
def test_a_hit_of_nobody_in_particular_is_no_victim(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: persons named together who were hurt, and "every" said of the victims
    ("Both the woman and her son were injured when someone fired into the house on Birch Lane, police said.", (0, 2)),
    ("Three men were killed in the house on Birch Lane. Every victim was shot in the head, police said.", (3, 0)),
])
def test_persons_named_together_who_were_hurt_stay(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a threat quoted in part: the quotation mark does not hide "would"
    ("The councilman said a letter left at his home warned that he would be \"shot dead like the others.\"", (0, 0)),
])
def test_a_threat_quoted_in_part_is_no_death(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: a death told in quotation marks is a death
    ("Her brother was \"shot dead in front of his kids,\" his sister said on Monday.", (1, 0)),
])
def test_a_death_in_quotation_marks_stays(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the rounds that hit a thing are no persons hit
    ("Someone fired at a pickup on Route 12 late Friday. Two bullets struck the windshield and one hit the "
     "driver's door, deputies said. The driver was not hurt.", (0, 0)),
    ("Someone fired into a house on Oak Street overnight. Police said three bullets hit the house and one struck a "
     "car parked in the driveway.", (0, 0)),
])
def test_rounds_that_hit_a_thing_are_no_victims(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: a count whose trigger hits a person
    ("Two bullets struck the car and one hit the driver in the arm, deputies said.", (0, 1)),
    ("Police said two people were hit by gunfire outside the house on Elm Street.", (0, 2)),
])
def test_rounds_that_hit_a_person_stay(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
