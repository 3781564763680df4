"""Per-report killed / injured figures, round nineteen: three counting faults seen on invented text (a hit told as
"were hit" with the gunfire told in the sentence before, a part taken "of the six people shot" already counted, a
bullet that "missed the driver but hit his passenger").

Each test uses sentences written for it: a rule's positive case and its near miss.  The figure is the one the GVDB
suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

from .tolls import figures as _figures


# -- "Five people who were standing outside were hit", the gunfire told in the sentence before

def test_hit_after_gunfire_told_in_the_sentence_before_is_wounded(mentions_of):
    text = ("Gunfire erupted outside a bar on Main Street early Saturday. Five people who were standing outside were "
            "hit, police said.")
    assert _figures(mentions_of(text)) == (0, 5)


def test_hit_after_a_fight_told_in_the_sentence_before_is_no_wound(mentions_of):
    # near miss: no gunfire in either sentence
    text = ("A fight broke out outside a bar on Main Street early Saturday. Five people who were standing outside were "
            "hit, police said.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_hit_with_bottles_after_gunfire_is_no_gunshot(mentions_of):
    # near miss: what the hit was dealt with is named, and it is no gunfire
    text = ("Gunfire erupted outside a bar on Main Street early Saturday. Five people who were standing outside were "
            "hit with bottles, police said.")
    assert _figures(mentions_of(text)) == (0, 0)


# -- "One of the six people shot survived": the six were counted before

def test_one_of_the_six_shot_counted_before_adds_no_one(mentions_of):
    text = ("Six people were shot at a party on Pine Street Saturday night. Four of them died. One of the six people "
            "shot survived with a wound to the leg and another remains in critical condition.")
    assert _figures(mentions_of(text)) == (4, 2)


def test_two_of_the_five_shot_told_first_counts_the_five(mentions_of):
    # near miss: no count before, so the group after "of the" is the count of the hit
    text = "Two of the five people shot at a party on Pine Street Saturday night died, police said."
    assert _figures(mentions_of(text)) == (2, 3)


# -- "The bullet missed the driver but hit his passenger"

def test_a_bullet_that_missed_the_driver_but_hit_his_passenger_wounds_one(mentions_of):
    text = "The bullet missed the driver but hit his passenger, Jamal Greene, 19, in the arm, police said."
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_bouncer_who_missed_the_driver_but_hit_his_passenger_wounds_no_one(mentions_of):
    # near miss: the subject of "missed" is a person, not a bullet: a blow, no gunshot
    text = "The bouncer missed the driver but hit his passenger, Jamal Greene, 19, in the arm, police said."
    assert _figures(mentions_of(text)) == (0, 0)
