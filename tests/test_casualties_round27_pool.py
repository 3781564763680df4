"""Per-report killed / injured figures, round twenty-seven (the per-report pool under a fresh salt,
``twenty-seventh-doccounts27:``): the kinds found by reading the readable half's wrong reports, each rule's test
written on reports made up for it, with a near miss that must keep its count.  ``eval/counts_check36.jsonl`` holds 73
invented reports of the pool's pipeline-own kinds beside near misses; the test below pins the scores this round
reached on it.  The figure is the one the GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_thirty_sixth_check_set_scores(ledger):
    # both exact before this round: rules half 27 of 39, check half 22 of 34
    assert_pinned_halves(ledger, "36", rows=(39, 34), both=(RULES_BOTH, CHECK_BOTH))


def test_thirty_sixth_check_set_salt():
    assert_salted("36", "twenty-seventh-pool27:", "c36-001")


# after the round's rules (rules half 27 -> 30, check half 22 -> 25)
RULES_BOTH = 32
CHECK_BOTH = 25


# -- "Of the five men, two are in critical condition": the count after "of the" names the group the next count is a
#    part of; the two are no list whose parts add up

@pytest.mark.parametrize("text, expected", [
    ("ELYRIA, Ohio - Five men were wounded early Sunday outside a bar on Lodge Street. Of the five men, two are in "
     "critical condition.", (0, 5)),
    ("ELYRIA, Ohio - Four people were shot Saturday at a cookout on Lodge Street. Of the four victims, one was flown to "
     "a trauma center.", (0, 4)),
])
def test_of_the_group_then_a_part_is_no_sum(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: two lists of hit persons joined by "and" still add up
    ("ELYRIA, Ohio - Five men and two women were wounded early Sunday outside a bar on Lodge Street.", (0, 7)),
    # near miss: "of the four shot, one died": the part's death, the group's hits
    ("ELYRIA, Ohio - Of the four people shot at the cookout on Lodge Street, one died.", (1, 3)),
])
def test_a_list_and_a_part_keep_their_counts(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "the bullet went through two walls and then struck the girl": walls, windows and doors are no people

def test_walls_a_bullet_passed_are_no_people(mentions_of):
    text = ("MERCED, Calif. - A 6-year-old girl was hit by a bullet on Sunday when a gun went off next door, police said. "
            "The bullet went through two walls and then struck the girl.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_people_by_a_window_are_people(mentions_of):
    # near miss: persons standing by a window are counted
    text = "MERCED, Calif. - Three people standing by a window were shot on Sunday, police said."
    assert _figures(mentions_of(text)) == (0, 3)


# -- "Corey Blane, 13, died after police said Marcus Teel, 16, shot him": "him" is not the subject of its own verb

@pytest.mark.parametrize("text", [
    "SPRINGFIELD, Ohio - Corey Blane, 13, died after police said Marcus Teel, 16, shot him in the chest on Monday.",
    "SPRINGFIELD, Ohio - Corey Blane, 13, died after Marcus Teel, 16, shot him in the chest on Monday.",
    "SPRINGFIELD, Ohio - Darnell Frye, 28, died Saturday after his roommate, Kevin Oakes, 31, shot him during an "
    "argument, police said.",
])
def test_him_of_a_named_shooter_is_the_one_named_before(mentions_of, text):
    assert _figures(mentions_of(text)) == (1, 0)


@pytest.mark.parametrize("text, expected", [
    # near miss: the shooter shot too is still counted
    ("SPRINGFIELD, Ohio - Corey Blane, 19, was wounded after police said Marcus Teel, 21, shot him. Blane's cousin "
     "then shot Teel in the leg.", (0, 2)),
    # near miss: a second person named and shot
    ("SPRINGFIELD, Ohio - Darnell Frye, 28, died Saturday after a gunman burst into his apartment, police said. His "
     "roommate, Kevin Oakes, 31, was shot in the arm.", (1, 1)),
])
def test_a_shooter_or_companion_who_was_hit_is_counted(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "fired into a crowd, hitting a child", "fired on four friends and struck Luis Ortega": a hit by gunfire

@pytest.mark.parametrize("text", [
    "SUMTER, S.C. - A man fired into a crowd during a fight at a party Saturday, hitting a child, witnesses said.",
    "YORK, Pa. - A gunman fired on a group of four friends outside a store on Saturday and struck Luis Ortega, 22, in "
    "the leg, police said.",
])
def test_a_hit_after_firing_is_a_gunshot(mentions_of, text):
    assert _figures(mentions_of(text)) == (0, 1)


@pytest.mark.parametrize("text", [
    # near miss: a punch that hit, then shots into the ceiling
    "YORK, Pa. - A man punched a clerk, hitting him in the face, and then fired into the ceiling.",
    # near miss: the gun used as a club
    "YORK, Pa. - A man fired into the air and struck the clerk with the gun.",
    # near miss: a car hit, the deputy unhurt
    "YORK, Pa. - A man fired at a deputy, hitting his patrol car. The deputy was not hurt.",
])
def test_no_gunshot_hit_after_firing(mentions_of, text):
    assert _figures(mentions_of(text)) == (0, 0)


def test_a_person_told_before_is_not_hit_again(mentions_of):
    # near miss: "striking the 4-year-old girl" is the girl told before, one person
    text = ("MUNCIE, Ind. - A 4-year-old girl was shot in the face at her home on Sunday, police said. Investigators say "
            "her 2-year-old brother found a loaded handgun and fired a single shot, striking the 4-year-old girl.")
    assert _figures(mentions_of(text)) == (0, 1)


# -- "Angel's older brother, Tomas Vera, woke to hear that his younger brother had been killed": not his own brother

@pytest.mark.parametrize("text", [
    "RENO, Nev. - Angel Duran, 15, was killed in a shooting early Saturday. Angel's older brother, Tomas Vera, woke up "
    "Saturday morning to hear that his younger brother had been killed.",
    "RENO, Nev. - Angel Duran, 15, was killed in a shooting early Saturday. His older brother, Tomas Vera, said his "
    "younger brother had been killed for nothing.",
])
def test_a_brother_named_is_not_his_own_brother(mentions_of, text):
    assert _figures(mentions_of(text)) == (1, 0)


@pytest.mark.parametrize("text, expected", [
    # near miss: the brother named after the noun is the one who died
    ("RENO, Nev. - A man shot his brother on Saturday. The brother, Tomas Vera, died at the scene.", (1, 0)),
    # near miss: the named brother was shot too
    ("RENO, Nev. - Tomas Vera was shot on Saturday. Police said his brother, Luis Vera, was also shot and died at the "
     "scene.", (1, 1)),
])
def test_a_named_brother_who_was_hit(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
