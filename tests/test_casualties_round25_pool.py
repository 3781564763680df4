"""Per-report killed / injured figures, round twenty-five (the per-report pool under a fresh salt,
``twenty-fifth-doccounts25:``): the kinds found by reading the readable half's wrong reports, each rule's test written on
reports made up for it, with a near miss that must not fire.  The figure is the one the GVDB suite scores:
``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import figures as _figures


# -- "the fatal injury of a man": a deadly wound with an "of" phrase names who died, as "the death of" does

@pytest.mark.parametrize("text, expected", [
    ("OCALA, Fla. - Deputies said a shotgun went off inside a barn on Sunday, which resulted in the fatal injury of a "
     "79-year-old man.", (1, 0)),
    ("OCALA, Fla. - Deputies are investigating the fatal injury of Dale Pruitt, 79, who was shot inside a barn on "
     "Sunday.", (1, 0)),
])
def test_the_fatal_injury_of_a_person_is_a_death(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text", [
    # near misses: an injury told not deadly, or told "non-fatal", stays a hit
    "OCALA, Fla. - Deputies said a shotgun went off inside a barn on Sunday, which resulted in the serious injury of a "
    "79-year-old man.",
    "OCALA, Fla. - Deputies said a shotgun went off inside a barn on Sunday, which resulted in the non-fatal injury of "
    "a 79-year-old man.",
])
def test_an_injury_of_a_person_told_not_fatal_is_a_hit(mentions_of, text):
    assert _figures(mentions_of(text)) == (0, 1)


# -- "found a 15-year-old with a gunshot wound": the age used as a noun, whose "old" the parser tags an adjective

def test_an_age_found_with_a_gunshot_wound_is_hit(mentions_of):
    text = "RALEIGH, N.C. - Officers found a 15-year-old with a gunshot wound to the head on Maple Lane early Friday."
    assert _figures(mentions_of(text)) == (0, 1)


@pytest.mark.parametrize("text, expected", [
    # near miss: a 15-year-old found with a gun is no one hit
    ("RALEIGH, N.C. - Officers found a 15-year-old with a handgun on Maple Lane early Friday.", (0, 0)),
    # near miss: the same person dies later in the report: one dead, not one dead and one hurt
    ("RALEIGH, N.C. - Officers found a 15-year-old with a gunshot wound to the head on Maple Lane early Friday. The "
     "15-year-old died at WakeMed.", (1, 0)),
])
def test_an_age_found_with_no_wound_or_dead_later(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "one shot the other": the pair retold, the one who shot and the one hit, who is the person the report tells

@pytest.mark.parametrize("text, expected", [
    ("MOBILE, Ala. - A 14-year-old boy accidentally shot and killed his 9-year-old brother on Saturday, deputies said. "
     "\"They found the gun, started playing with it and one shot the other,\" the sheriff said.", (1, 0)),
    ("MOBILE, Ala. - Two brothers found a handgun in a closet on Saturday and one shot the other, deputies said. The "
     "9-year-old was taken to a hospital.", (0, 1)),
])
def test_one_shot_the_other_is_the_person_hit(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: "the other" of two men hit, one killed, is one more person
    ("MOBILE, Ala. - Two men were shot on Elm Street on Saturday. One man was killed and the other was wounded, "
     "deputies said.", (1, 1)),
    # near miss: "the other man" shot by another gunman than "one" is one more person
    ("MOBILE, Ala. - A man was shot and killed on Elm Street on Saturday, deputies said. One gunman fired at him and "
     "another shot the other man in the car.", (1, 1)),
])
def test_the_other_of_two_hit_is_one_more(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "Four people were injured ... Two men and two women were taken to hospitals. One of the men later died": the count
#    restated in the sentence between leaves "them" the count's, and the dead come out of its wounded

@pytest.mark.parametrize("text", [
    "HOUSTON - Four people were injured in a shooting outside a night club on Saturday. Two men and two women were "
    "taken to nearby hospitals. One of the men later died.",
    "HOUSTON - Four people were injured in a shooting outside a night club on Saturday. All four were taken to nearby "
    "hospitals. One of them later died.",
])
def test_one_of_a_restated_count_who_died_is_among_it(mentions_of, text):
    assert _figures(mentions_of(text)) == (1, 3)


@pytest.mark.parametrize("text", [
    # near miss: a sentence of its own between the restated count and the death
    "HOUSTON - Four people were injured in a shooting outside a night club on Saturday. Two men and two women were "
    "taken to nearby hospitals. The gunman fled in a gray car. One of the men later died.",
    # near miss: a part of the count is no restatement of it
    "HOUSTON - Four people were injured in a shooting outside a night club on Saturday. Two of them were taken to "
    "nearby hospitals. One of the men later died.",
])
def test_a_death_after_no_restatement_stays_beside_the_count(mentions_of, text):
    assert _figures(mentions_of(text)) == (1, 4)
