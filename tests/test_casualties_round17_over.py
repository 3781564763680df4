"""Per-report killed / injured figures, round seventeen: one report's figures over-counted where it tells several
victims.

``eval/counts_check15.jsonl`` holds 64 invented wire and TV-station reports of two to twelve victims that a reading
may over-count (victims listed with their ages, "N shot" totals that hold the dead, victims told twice, "another"
that is one of them, the shooter, other incidents' tallies, numbers that are no victims, breakdowns of the same
victims, tolls that rose), beside plain reports.  The test below pins the scores this round reached on it.  The
focused tests use sentences written for them, each a rule's positive case and its near miss.  The figure is the one
the GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import check_set_scores, figures as _figures


def test_fifteenth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "15", rows=64)
    # both exact before this round: rules half 25 of 33, check half 28 of 31
    assert scores["rules"]["rows"] == 33 and scores["check"]["rows"] == 31
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


# after the round's rules
RULES_BOTH = 26
CHECK_BOTH = 29


# -- a bare age set off after the persons it tells of is no count of them

@pytest.mark.parametrize("text, expected", [
    ("MOLINE, Ill. - Four men were shot outside a tavern on Sunday night, police said. The four men who were hit - "
     "one 24 years old, another 61, two others 33 - were taken to a local hospital.", (0, 4)),
    ("YORK, Pa. - Three men were wounded in a shooting on Sunday, police said. The wounded men, 19, 24 and 31, were "
     "taken to York Hospital.", (0, 3)),
])
def test_a_bare_age_after_persons_is_no_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_a_part_told_right_after_its_persons_still_counts(mentions_of):
    # near miss: "Of the victims, 3 died" is a part of them, whose verb comes right after the number
    text = ("YORK, Pa. - Five people were shot at a party on Sunday, police said. Of the victims, 3 died at York "
            "Hospital.")
    assert _figures(mentions_of(text)) == (3, 2)


# -- what the gunman's conduct could have done is no toll

def test_injuries_that_could_have_been_are_none(mentions_of):
    text = ("ERIE, Pa. - Two men were wounded in a shooting on State Street on Sunday, police said. Police wrote that "
            "his conduct could have likely resulted in serious injuries to any of the hundreds of bystanders who fled.")
    assert _figures(mentions_of(text)) == (0, 2)


def test_injuries_it_did_cause_count(mentions_of):
    # near miss: no "could have": the shooting did cause them
    text = ("ERIE, Pa. - A gunman opened fire on State Street on Sunday, police said. The gunfire resulted in serious "
            "injuries to three bystanders.")
    assert _figures(mentions_of(text)) == (0, 3)


# -- a count dated to recent weeks is a tally

def test_children_shot_in_recent_weeks_are_a_tally(mentions_of):
    text = ("YORK, Pa. - Two men were wounded in a shooting on Sunday, police said. The judge noted that 60 children "
            "have been shot in the city in recent weeks.")
    assert _figures(mentions_of(text)) == (0, 2)


def test_the_first_shooting_in_recent_weeks_is_this_toll(mentions_of):
    # near miss: this shooting's own toll, in the past tense, beside "in recent weeks"
    text = ("YORK, Pa. - Three men were wounded in a shooting on Sunday, the first on the block in recent weeks, "
            "police said.")
    assert _figures(mentions_of(text)) == (0, 3)


# -- an officer of a report that speaks of the police is one officer, however told

def test_an_officer_counted_then_told_again_is_one(mentions_of):
    text = ("NEENAH, Wis. (AP) - Police say an officer and a bystander were injured in a shooting in Neenah. The "
            "officer was hit in the arm and the bystander in the leg; both were expected to recover.")
    assert _figures(mentions_of(text)) == (0, 2)


def test_two_officers_and_a_bystander_are_three(mentions_of):
    # near miss: two officers and one bystander, the officer told again is one of the two
    text = ("NEENAH, Wis. (AP) - Police say two officers and a bystander were injured in a shooting in Neenah. One "
            "officer was hit in the arm and the bystander in the leg.")
    assert _figures(mentions_of(text)) == (0, 3)


# -- persons a colon lists after "three other victims" are those three, not three more

def test_the_others_listed_after_a_colon_are_the_others(mentions_of):
    text = ("CHICAGO - A shooting on the South Side wounded five men on Monday, police said. The youngest victim was "
            "shot in the head. Three other victims were taken to Weiss Memorial Hospital: a 44-year-old man shot in "
            "the knee, a 58-year-old man shot in the hand and a 32-year-old man shot in the foot.")
    assert _figures(mentions_of(text)) == (0, 5)


def test_a_person_told_before_the_others_adds_to_them(mentions_of):
    # near miss: the boy told before "three other people" is one more than they
    text = ("AKRON, Ohio - A boy remained in critical condition after a shooting on Copley Road that also injured "
            "three other people: two women and a man.")
    assert _figures(mentions_of(text)) == (0, 4)


# -- relatives a trigger lists without names are told apart in their sentence, and a name given later is one of them

def test_a_wife_and_son_then_named_are_two(mentions_of):
    text = ("PASADENA, Texas (AP) - Police are looking for a 31-year-old man who they say shot and killed his wife and "
            "her teenage son in their apartment. Authorities said Tuesday that Ruben Castillo is charged with capital "
            "murder in the deaths of 40-year-old Marta Castillo and her son, Diego.")
    assert _figures(mentions_of(text)) == (2, 0)


def test_three_listed_relatives_are_three(mentions_of):
    # near miss: the list alone still counts each person it names by kin
    text = "TOLEDO, Ohio - A man shot his mother, his sister and his aunt on Sunday, police said."
    assert _figures(mentions_of(text)) == (0, 3)


def test_listed_strangers_and_a_name_are_each_one_more(mentions_of):
    # near miss: "the woman, the man and the child" are no relatives; the girl named below is a fourth
    text = ("SUMMERVILLE, S.C. - The woman, the man and the ten-month-old child were pronounced dead at the scene. "
            "A two-year-old girl, Nia Porter, was taken to the hospital, where she died of her injuries.")
    assert _figures(mentions_of(text))[0] == 4


# -- a death in the present under a wish is a dread, not one more dead

def test_another_child_dead_in_a_wish_is_none(mentions_of):
    text = ("MIAMI - A 14-year-old boy was accidentally shot and killed while he and a friend played with a gun, police "
            "said. \"I don't want to wake up tomorrow and hear another child is dead,\" his aunt said.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_victim_in_the_present_beside_a_hope_counts(mentions_of):
    # near miss: the wounded boy is told in the present in a clause of his own, the hope in another sentence
    text = ("MIAMI - A 14-year-old boy was shot and killed on Sunday, police said. A 12-year-old girl who was with him "
            "is in critical condition. \"We hope she pulls through,\" his aunt said.")
    assert _figures(mentions_of(text)) == (1, 1)
