"""Per-report killed / injured figures, round sixteen: how one stated figure is read.

``eval/counts_check13.jsonl`` holds 122 invented reports whose figures are stated numbers, most of them attributed
("police said", "according to the sheriff's office"), many of them long, beside numbers that are no victims, groups
of whom some died, hospital counts that hold the dead, corrected figures and other incidents' tolls; the test below
pins the scores this round reached on it.  The focused tests use sentences written for them, each a rule's positive
case and its near miss.  The figure is the one the GVDB suite scores: ``eval.common.report_casualties`` over victims
only."""

from __future__ import annotations

import pytest

from .tolls import check_set_scores, figures as _figures


def test_thirteenth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "13", rows=122)
    # both exact before this round: rules half 53 of 61, check half 50 of 61
    assert scores["rules"]["rows"] == 61 and scores["check"]["rows"] == 61
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


# after the round's rules
RULES_BOTH = 60
CHECK_BOTH = 53


# -- a part the parser conjoins to the hit before a death is that death's subject: only the part died

def test_a_part_conjoined_before_a_death_died_alone(mentions_of):
    text = ("Four people were shot outside a carryout on Friday evening, and one of them, a woman who had been walking "
            "by, died at a hospital, police said.")
    assert _figures(mentions_of(text)) == (1, 3)


def test_a_death_conjoined_to_the_hit_without_a_part_is_of_all_hit(mentions_of):
    assert _figures(mentions_of("Two men were shot on Friday and died at a hospital, police said.")) == (2, 0)


# -- a fatal wound kills

@pytest.mark.parametrize("text", [
    "A 23-year-old man suffered a fatal gunshot wound early Sunday at a home on the south side, police said.",
    "A man suffered fatal injuries in a shooting on Sunday, police said.",
    "Marcus Reed suffered a fatal gunshot wound on Sunday, police said.",
])
def test_a_fatal_wound_is_a_death(mentions_of, text):
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_wound_not_called_fatal_is_a_hit(mentions_of):
    assert _figures(mentions_of("A man suffered a gunshot wound on Sunday, police said.")) == (0, 1)


# -- hurts of the fight before a shooting, of the flight from it or of the fright are no hits

@pytest.mark.parametrize("text", [
    "A man was shot in the hand during a fight outside a nightclub early Saturday, police said.\n"
    "Two other men were treated and released for cuts and bruises from the fight, according to police.",
    "A man was shot in the leg on Sunday. Two women were treated and released for shock, police said.",
    "A man was shot in the leg on Sunday. A woman was injured while fleeing the scene, police said.",
    "A man was shot in the leg on Sunday. Another man was injured from being assaulted, police said.",
    "A man was shot in the leg on Sunday. Two people were hurt in the rush to get out, police said.",
])
def test_a_hurt_of_the_fight_flight_or_fright_is_no_victim(mentions_of, text):
    assert _figures(mentions_of(text)) == (0, 1)


@pytest.mark.parametrize("text, expected", [
    # treated and released, for nothing named: a hit
    ("A man was shot in the leg on Sunday. Two other men were treated and released, police said.", (0, 2)),
    # shot during the fight: a hit all the same
    ("A man was shot during a fight on Sunday, police said.", (0, 1)),
])
def test_a_hit_in_or_after_a_fight_is_still_a_hit(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a saying in the past perfect is an earlier account the report has moved past

def test_a_figure_police_had_said_is_superseded(mentions_of):
    text = ("Four people were wounded in a shooting outside a shopping center late Saturday, police said Sunday.\n"
            "In a news release issued early Sunday, police had said six people were shot.")
    assert _figures(mentions_of(text)) == (0, 4)


@pytest.mark.parametrize("text, expected", [
    ("In a news release issued early Sunday, police said six people were shot.", (0, 6)),
    # the past perfect is the finding's, not the saying's
    ("Police said they had found two people with gunshot wounds.", (0, 2)),
])
def test_a_figure_said_in_the_simple_past_stands(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "the other three cases" are other incidents

def test_the_toll_of_the_other_cases_is_no_toll(mentions_of):
    text = ("A deputy and a man were both wounded in an exchange of gunfire on Thursday. In the other three cases, "
            "two people were killed.")
    assert _figures(mentions_of(text)) == (0, 2)


def test_cases_not_set_beside_this_one_leave_the_toll(mentions_of):
    text = "Prosecutors have filed two cases after two people were killed in a shooting on Elm Street on Friday."
    assert _figures(mentions_of(text)) == (2, 0)


# -- a hit told as a part of the missiles or as a participle after the firing

@pytest.mark.parametrize("text", [
    "A man was hit by one of at least 15 bullets fired on McMicken Avenue late Saturday, police said.",
    "Marcus Reed was hit by one of the bullets fired on Elm Street late Saturday, police said.",
])
def test_a_hit_by_one_of_the_bullets_is_a_hit(mentions_of, text):
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_hit_by_one_of_something_else_is_no_hit(mentions_of):
    text = "A man was hit by one of the cars after shots were fired on Elm Street late Saturday, police said."
    assert _figures(mentions_of(text)) == (0, 0)


@pytest.mark.parametrize("text, expected", [
    ("A gunman opened fire on a group of six people standing outside a home on Friday night, hitting two of them, "
     "police said.", (0, 2)),
    ("Someone fired into the crowd outside the club, striking three people, police said.", (0, 3)),
])
def test_those_the_firing_hit_are_hit(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text", [
    "A gunman fired at the car several times, hitting it twice, police said. No one was hurt.",
    "The driver lost control, hitting two parked cars, police said.",
])
def test_a_hitting_of_things_or_without_firing_hits_nobody(mentions_of, text):
    assert _figures(mentions_of(text)) == (0, 0)


def test_a_lone_person_struck_by_the_firing_is_left_to_the_persons(mentions_of):
    # he is told again and dies: one dead, not one dead and one more hit
    text = ("Police say a gunman fired several shots, striking a 24-year-old man. The man was taken to a hospital where "
            "he later died.")
    assert _figures(mentions_of(text)) == (1, 0)
