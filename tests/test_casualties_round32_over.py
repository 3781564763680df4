"""Per-report killed / injured figures, round thirty-two (over-counts and claims where the gold has none: the
per-report pool under the salt ``thirty-second-doccounts32:``, whose readable half's over-counts were sorted into
kinds, and GVDB dev's): each rule's test written on reports made up for it, with a near miss that must keep its count.
``eval/counts_check51.jsonl`` holds 70 invented reports of the kinds a reading may over-count or claim where nobody
was hurt (a second shooting told beside the report's own, the same victims told by count, role and name, past
incidents told as background, modal and hypothetical harm, hurts that are no gunshot, incidents with no victim) beside
near misses whose figures add up; the test below pins the scores this round reached on it.  The figure is the one the
GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_fifty_first_check_set_scores(ledger):
    # both exact before this round: rules half 32 of 36, check half 31 of 34
    assert_pinned_halves(ledger, "51", rows=(36, 34), both=(RULES_BOTH, CHECK_BOTH))


def test_fifty_first_check_set_salt():
    assert_salted("51", "thirty-second-over32:", "c51-001")


# after the round's rules
RULES_BOTH = 33
CHECK_BOTH = 32  # 31 -> 32 with the thirty-third session's rounds


# -- "None of the three people inside was struck", "Neither of the two men was hit": a hit verb whose subject is
#    "none" or "neither" of a counted group denies the hit of each (read as three or two wounded: the negator stands
#    three words before the number, past the window that reads negators)

@pytest.mark.parametrize("text", [
    "OMAHA, Neb. - Someone fired eight shots at a car on North 30th Street on Sunday night. None of the three people "
    "inside was struck, police said.",
    "OMAHA, Neb. - Someone fired eight shots at a car on North 30th Street on Sunday night. None of the three people "
    "inside was hit, though several rounds could have hit them, police said.",
    "OMAHA, Neb. - Someone fired at a parked car on North 30th Street on Sunday. Neither of the two men inside was "
    "struck.",
    "OMAHA, Neb. - Someone fired into a house on Ames Avenue on Sunday. None of the five people inside were injured.",
])
def test_none_of_a_group_struck_is_no_hit(mentions_of, text):
    assert _figures(mentions_of(text)) == (0, 0)


@pytest.mark.parametrize("text", [
    # near misses: hurt, but not badly; hurt, with no life-threatening wound
    "OMAHA, Neb. - Three people were shot on North 30th Street on Sunday. None of the three was seriously hurt, police "
    "said.",
    "OMAHA, Neb. - Three people were shot on North 30th Street on Sunday. None of the three victims suffered "
    "life-threatening injuries.",
])
def test_none_of_a_group_hurt_badly_keeps_the_group(mentions_of, text):
    assert _figures(mentions_of(text)) == (0, 3)


# -- "Marcus Hale, 14, died after police said Tyrone Beck, 17, shot him": "him", the object of a verb whose subject is
#    the person last named, is somebody else (he would be "himself"): the person named before that subject, where the
#    NER took him for an organisation beside his age, or else an unnamed person (read as Beck wounded)

@pytest.mark.parametrize("text, expected", [
    ("DAYTON, Ohio - Marcus Hale, 14, died after police said Tyrone Beck, 17, shot him in the chest on Main Street on "
     "Sunday.", (1, 0)),
    ("DAYTON, Ohio - A man was found shot on a porch on Main Street on Sunday. Police said Tyrone Beck, 17, shot him "
     "after an argument.", (0, 1)),
])
def test_him_after_a_named_shooter_is_not_the_shooter(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_him_after_an_unnamed_shooter_is_the_one_named_before(mentions_of):
    # near miss: the shooter is no name, and "him" is the man last named, who was shot
    text = ("DAYTON, Ohio - Tyrone Beck, 17, was shot in the leg on Main Street on Sunday. Police said a man shot him "
            "after an argument.")
    assert _figures(mentions_of(text)) == (0, 1)


# -- "spent 16 years in prison for killing his first wife and her son": a term told spent, in the past, is one the
#    accused served for an earlier crime (read as two dead of this incident, or as the wounded man dead)

@pytest.mark.parametrize("text, expected", [
    ("DETROIT - A man suspected of killing his wife Wednesday spent 16 years in prison for killing his first wife and "
     "her son, police said.", (0, 0)),
    ("DETROIT - A man was shot and wounded on Gratiot Avenue on Sunday. The suspect spent 12 years in prison for "
     "killing a man, records show.", (0, 1)),
])
def test_a_term_spent_in_prison_for_a_killing_is_an_earlier_crime(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_a_term_to_be_spent_for_the_tried_killing_keeps_its_dead(mentions_of):
    # near miss: the term of the sentencing the story tells is for the report's own shooting
    text = ("DETROIT - Tyrone Beck was sentenced Monday to spend 30 years in prison for shooting and killing two men on "
            "Gratiot Avenue in 2020.")
    assert _figures(mentions_of(text)) == (2, 0)
