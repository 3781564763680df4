"""Per-report killed / injured figures, round thirty-one (the per-report pool under a fresh salt,
``thirty-first-doccounts31:``): the kinds found by reading the readable half's wrong reports that the reader drops,
misses or swaps (the over-counts were another round's), each rule's test written on reports made up for it, with a near
miss that must keep its count.  ``eval/counts_check47.jsonl`` holds 70 invented reports of the pool's pipeline-own
kinds beside near misses; the test below pins the scores this round reached on it.  The figure is the one the GVDB
suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_forty_seventh_check_set_scores(ledger):
    # both exact before this round: rules half 27 of 43, check half 15 of 27
    assert_pinned_halves(ledger, "47", rows=(43, 27), both=(RULES_BOTH, CHECK_BOTH))


def test_forty_seventh_check_set_salt():
    assert_salted("47", "thirty-first-pool31:", "c47-001")


# after the round's rules (rules half 27 -> 29, check half 15 -> 15)
RULES_BOTH = 32  # 29 -> 32 with the thirty-second session's rounds
CHECK_BOTH = 20  # 15 -> 17 with the thirty-second session's rounds, -> 19 with the thirty-third's, -> 20 with left36


# -- "A man was shot and killed ... A woman walking by was hit in the leg ... The man, NAME, died": where the dead
#    told by a kind alone make the toll, a dead one told by name is one of them, and one hit of another kind is none

@pytest.mark.parametrize("text, expected", [
    ("HOUSTON - A man was shot and killed outside a taco stand on Airline Drive on Saturday night. A woman walking by "
     "was hit in the leg by a stray bullet, police said. The man, Ruben Salas, 29, died at the scene.", (1, 1)),
    ("TULSA, Okla. - A woman was shot and killed in a parking lot on Admiral Place on Sunday. A boy sitting in a nearby "
     "car was grazed on the arm, police said. The woman, Dana Loftis, 41, died at the scene.", (1, 1)),
])
def test_one_hit_of_another_kind_than_the_dead_told_by_kind_is_one_more(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: the woman was nearly hit, not hit
    ("HOUSTON - A man was shot and killed outside a taco stand on Airline Drive on Saturday night. A woman walking by "
     "was nearly struck by a bullet, police said. The man, Ruben Salas, 29, died at the scene.", (1, 0)),
    # near miss: nearly struck, with the dead told by kind alone
    ("HOUSTON - A man was shot and killed outside a taco stand on Saturday night. A woman walking by was nearly struck "
     "by a bullet, police said.", (1, 0)),
    # near miss: the hit man is the dead man
    ("HOUSTON - A man was shot and killed outside a taco stand on Airline Drive on Saturday night. A man was hit in the "
     "chest, police said. The man, Ruben Salas, 29, died at the scene.", (1, 0)),
])
def test_a_person_nearly_hit_or_of_the_dead_kind_keeps_the_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "we received the sad news that he passed": a bare "passed" of a person, with nothing passed, is a death

@pytest.mark.parametrize("text, expected", [
    ("STEAMBOAT SPRINGS, Colo. - A boy was shot at his home on Tuesday morning. He was driven toward the hospital by his "
     "father. It was several hours before we received the sad news that he passed, his uncle said.", (1, 0)),
    ("HUNTSVILLE, Ala. - A man was shot on Ridge Road on Saturday. He passed early Sunday at the hospital, his family "
     "said.", (1, 0)),
])
def test_a_person_who_passed_died(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: passed the night, passed a test, passed out, a car passed by
    ("HUNTSVILLE, Ala. - A man was shot on Ridge Road on Saturday. He passed the night in the hospital and is expected "
     "to recover.", (0, 1)),
    ("HUNTSVILLE, Ala. - A man was shot in the arm on Ridge Road on Saturday. Later that night, he passed his driving "
     "test.", (0, 1)),
    ("DENVER - A man was shot in the leg on Colfax Avenue. He passed out at the scene and was taken to Denver Health.",
     (0, 1)),
    ("DENVER - A man was shot in the leg on Colfax Avenue. A car passed by and he waved it down.", (0, 1)),
    # near miss: "as he passed", a passing by
    ("DENVER - A man was shot in the leg on Colfax Avenue on Friday. As the boy passed, he saw the man lying on the "
     "sidewalk and called 911.", (0, 1)),
])
def test_a_passed_that_tells_no_death_keeps_the_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
