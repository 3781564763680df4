"""Per-report killed / injured figures, round fourteen: relatives who share a surname, and groups of whom some died.

``eval/counts_check7.jsonl`` holds 102 invented reports (relatives and couples shot together, family
murder-suicides, groups of whom some died, and near misses: one person named twice, a relative who was not hurt, a
suspect who shares the victim's surname); the test below pins the scores this round reached on it.  The focused
tests use sentences written for them, each a rule's positive case and its near miss.  The figure is the one the
GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import check_set_scores, figures as _figures




def test_seventh_check_set_scores(ledger):
    scores = check_set_scores(ledger, "7", rows=102)
    # both exact before this round: rules half 41 of 56, check half 35 of 46
    assert scores["rules"]["rows"] == 56 and scores["check"]["rows"] == 46
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


# after the round's rules (rules half 44 since round sixteen: "a man and his two sons were shot" counts the man; 45
# since round seventeen: relatives a trigger lists without names are described apart; 47 with round inv21's
# invariance fixes)
RULES_BOTH = 48  # 47 -> 48 with the twenty-fourth session's rounds
CHECK_BOTH = 38  # 36 -> 37 with the twenty-fourth session's rounds, 37 -> 38 with the twenty-fifth session's rounds


# -- a list of persons found dead: every one of them died

@pytest.mark.parametrize("text", [
    # the parser hangs "dead" on the verb, with the last of the list as its subject
    "Troopers found Elena Sroka, 70, and Walter Sroka dead inside their home, police said.",
    # ... or on the place after it
    "Deputies found Marla Quist, 52, and Dean Quist dead inside a farmhouse on County Road 9 on Sunday, the sheriff said.",
    # two persons of two surnames
    "Police found Tom Reyes and Ann Lee dead on the porch of a house on Birch Lane.",
])
def test_all_of_a_list_found_dead_died(mentions_of, text):
    assert _figures(mentions_of(text)) == (2, 0)


@pytest.mark.parametrize("text", [
    # one person found dead, a relative who only called for help
    "Officers found Victor Lund dead in his garage on Sunday, police said. His brother, Carl Lund, called 911.",
    # the one who found the body is no victim
    "Gail Ferris told police she found her husband dead when she came home from work.",
])
def test_one_person_found_dead_stays_one(mentions_of, text):
    assert _figures(mentions_of(text)) == (1, 0)


# -- "both of them", "all of them": the persons a count just told hit, in the same sentence too

@pytest.mark.parametrize("text, expected", [
    ("Two men were shot outside a tavern on Pike Street late Friday, and both of them died, police said.", (2, 0)),
    ("Three teenagers were shot in a parked car on Saturday night, and all of them died at the scene.", (3, 0)),
])
def test_all_of_them_died_in_the_sentence_of_the_hit(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text", [
    "Two men were shot outside a tavern on Pike Street late Friday, and both of them are expected to survive.",
    "Two men were shot outside a tavern on Pike Street late Friday, and both of them were taken to a hospital.",
])
def test_all_of_them_alive_stay_wounded(mentions_of, text):
    assert _figures(mentions_of(text)) == (0, 2)


# -- a relative listed by a noun of kin and named later is one person, not two

def test_relatives_listed_then_named_are_not_counted_twice(mentions_of):
    text = ("A man shot his mother and his sister inside their home on Tuesday, police said.\n"
            "The mother, Rosa Lindqvist, 61, died at the scene. The sister, Ana Lindqvist, 30, is in stable condition.")
    assert _figures(mentions_of(text)) == (1, 1)


def test_two_relatives_of_one_noun_are_not_merged(mentions_of):
    # near miss: two sons named, so "son" stands for neither; the figures stay as before the rule
    text = ("Two brothers were shot on Elm Street on Saturday. One son, Ray Tolliver, 22, died. "
            "The other son, Tim Tolliver, 19, was wounded.")
    assert _figures(mentions_of(text)) == (1, 1)


def test_a_relative_left_unnamed_beside_one_named_still_counts(mentions_of):
    # near miss: only the wife is named later; naming her alone would leave the mother-in-law an unnamed person,
    # who counts only where nobody is named, so neither takes the name
    text = ("A man shot his wife and his mother-in-law on Sunday, police said. "
            "The wife, Tina Oakes, 41, died at the scene.")
    assert _figures(mentions_of(text)) == (1, 1)


def test_a_relative_named_elsewhere_is_not_taken_for_one_not_hurt(mentions_of):
    # near miss: the father is named, as the one charged; the boy is the only one hit
    text = ("A 3-year-old boy was shot in the head on Wednesday, police said. The father put the boy in his car and "
            "drove to a fire station. The boy's father, Dale Cobb, 34, was charged with child endangering.")
    assert _figures(mentions_of(text)) == (0, 1)
