"""Per-report killed / injured figures, round thirty-three (the per-report pool under a fresh salt,
``thirty-third-doccounts33:``): the readable half's under-counts and swaps traced to the stage where the reader loses a
victim it had found: reconcile taking the dead out of a hit count told beside them ("two bodies and two people
suffering from gunshot wounds"); a party read off a part's group ("one of the shooters ... left five others injured")
or missing for a person told by sex alone ("a 19 year-old male").
Each rule's test is written on reports made up for it, with a near miss that must keep its count.
``eval/counts_check53.jsonl`` holds 70 invented reports of the pool's kinds beside near misses; the test below pins the
scores this round reached on it.  The figure is the one the GVDB suite scores (``eval.common.report_casualties`` over
victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_fifty_third_check_set_scores(ledger):
    # both exact before this round: rules half 18 of 33, check half 20 of 37
    assert_pinned_halves(ledger, "53", rows=(33, 37), both=(RULES_BOTH, CHECK_BOTH))


def test_fifty_third_check_set_salt():
    assert_salted("53", "thirty-third-pool33:", "c53-001")


# after the round's rules (rules half 18 -> 22, check half 20 -> 24)
RULES_BOTH = 23  # 22 -> 23 with the thirty-fifth session's counting rounds
CHECK_BOTH = 25  # 24 -> 25 with the thirty-fifth session's counting round


# -- reconcile: "found two bodies and two people suffering from gunshot wounds": a hit count joined by "and" right
#    after a count of the dead in one clause is a second part, none of the dead

@pytest.mark.parametrize("text, expected", [
    ("BATON ROUGE, La. - Deputies called to a house on Jasmine Court found two bodies and two people suffering from "
     "gunshot wounds, one of them critically, on Monday night.", (2, 2)),
    ("MOBILE, Ala. - Officers arriving at a duplex on Cedar Street found one man dead and three others suffering from "
     "gunshot wounds, police said.", (1, 3)),
])
def test_a_hit_count_after_the_dead_count_is_besides_them(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: the dead told after the hit are a part of it
    ("MOBILE, Ala. - Four people were shot on Cedar Street late Friday, and two of them died at the hospital, "
     "police said.", (2, 2)),
    ("FRESNO, Calif. - Three people were shot, two of them fatally, on Shields Avenue on Tuesday.", (2, 1)),
])
def test_the_dead_told_after_the_hit_stay_among_them(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- party: "a third shooting victim, a 19 year-old male": a person told by sex alone is a civilian, as "a man" is,
#    not a total of no party that overrides the others

@pytest.mark.parametrize("text, expected", [
    ("RENO, Nev. - Officers found a 15 year-old male and a 16 year-old female who had been shot near Sierra Street. "
     "Both were taken to the hospital. The 16 year-old female died of her injuries. A third shooting victim, a 19 "
     "year-old male, arrived at the hospital a short time later.", (1, 2)),
])
def test_a_person_told_by_sex_alone_is_a_civilian(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: the male is the one arrested
    ("RENO, Nev. - A 15 year-old male was shot near Sierra Street and died at the hospital. A 19 year-old male was "
     "arrested and charged with murder.", (1, 0)),
])
def test_a_male_arrested_is_no_victim(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- party: "Troy Ball was one of the shooters in the gunfight that also killed Roy Dean and left five others
#    injured": "others" takes no party from a part's group ("one of the shooters"), only from persons a verb acted on

@pytest.mark.parametrize("text, expected", [
    ("CINCINNATI - Two people died in gunfire at a fish fry on Friday. Dwayne Lusk, 30, was one of the shooters in the "
     "gunfight that also killed Arnold Pike, 56, and left four others injured, police said.", (2, 4)),
])
def test_others_after_one_of_the_shooters_are_victims(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: "one" of the suspects a verb acted on is one of them, no victim
    ("CINCINNATI - Deputies traded shots with three suspects outside a fish fry on Friday and wounded one, police "
     "said. Arnold Pike, 56, a cook, was killed in the crossfire.", (1, 0)),
])
def test_one_of_the_suspects_hit_keeps_the_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
