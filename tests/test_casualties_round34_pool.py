"""Per-report killed / injured figures, round thirty-four (the per-report pool under a fresh salt,
``thirty-fourth-doccounts34:``): the readable half's under-counts and swaps sorted into the report's, the gold's and the
reader's own, and three of the reader's own traced to the stage that drops a victim it had found.  Two at the
victims-only figure: a suspect told dead whoever shot him (a homeowner, a clerk, an accomplice, nobody told) where he
is the only one hit, and a gunman whose suicide is told in words in a sentence of its own after the others told dead.
One in reconcile's taking of the dead out of the hit: a person told as "another" after the dead told by a count only.
Each rule's test is written on reports made up for it, with a near miss that must keep its count.
``eval/counts_check56.jsonl`` holds 69 invented reports of the pool's kinds beside near misses; the test below pins the
scores this round reached on it.  The figure is the one the GVDB suite scores (``eval.common.report_casualties`` over
victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_fifty_sixth_check_set_scores(ledger):
    # both exact before this round: rules half 24 of 34, check half 29 of 35
    assert_pinned_halves(ledger, "56", rows=(34, 35), both=(RULES_BOTH, CHECK_BOTH))


def test_fifty_sixth_check_set_salt():
    assert_salted("56", "thirty-fourth-pool34:", "c56-001")


# after the round's rules (rules half 24 -> 25, check half 29 -> 31)
RULES_BOTH = 25
CHECK_BOTH = 31


# -- victims only: a suspect told dead where nobody else is hit, whoever shot him (a homeowner, a clerk, an
#    accomplice), is counted as the one the police shot is

@pytest.mark.parametrize("text, expected", [
    ("MEMPHIS, Tenn. - One suspect is dead and another is on the run after a store clerk fought back during a holdup "
     "at a tire shop on Lamar Avenue on Tuesday, police said.", (1, 0)),
    ("MEMPHIS, Tenn. - One suspect is dead and another is on the run after a store clerk fought back during a holdup "
     "at a tire shop on Lamar Avenue on Tuesday. The clerk shot at both men and then called 911, police said.", (1, 0)),
])
def test_a_suspect_hit_alone_is_counted_whoever_shot_him(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: the clerk was hit too; the suspect beside him stays no victim
    ("MEMPHIS, Tenn. - One suspect is dead and another is on the run after a store clerk fought back during a holdup "
     "at a tire shop on Lamar Avenue on Tuesday. The clerk was shot in the arm, police said.", (0, 1)),
    # near miss: nobody was hit
    ("MEMPHIS, Tenn. - Two suspects are on the run after a store clerk fought back during a holdup at a tire shop on "
     "Lamar Avenue on Tuesday, police said. Nobody was hurt.", (0, 0)),
])
def test_a_suspect_beside_others_hit_or_missed_keeps_the_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- victims only: "police said he killed himself in his car": a suicide told in words in a sentence of its own after
#    the others told dead is the gunman of a murder-suicide, counted among the dead

@pytest.mark.parametrize("text, expected", [
    ("JACKSON, Miss. - A man shot his family in their beds early Sunday, killing his wife, his stepson and his "
     "mother-in-law and wounding his 9-year-old daughter. Police said he then killed himself in a motel room across "
     "town.", (4, 1)),
])
def test_a_suicide_told_after_the_dead_is_one_of_them(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: the gunman was arrested, not dead
    ("JACKSON, Miss. - A man shot his family in their beds early Sunday, killing his wife, his stepson and his "
     "mother-in-law and wounding his 9-year-old daughter. Police said he was arrested in a motel room across town.",
     (3, 1)),
])
def test_a_gunman_arrested_after_the_dead_is_none_of_them(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- reconcile: "Four individuals have been found dead ... Another child was taken to a local hospital": a person told
#    as "another" in a sentence of his own after the dead told by a count only is one more than they, none of them

@pytest.mark.parametrize("text, expected", [
    ("ABILENE, Texas - Three people were found dead after a shooting at a duplex on Grape Street on Friday night, "
     "police said. Another child was taken to a local hospital with minor injuries.", (3, 1)),
    ("ABILENE, Texas - Two men were found shot to death in a car on Grape Street on Friday night, police said. Another "
     "man was taken to Hendrick Medical Center with a gunshot wound to the leg.", (2, 1)),
])
def test_another_told_after_a_count_of_the_dead_is_one_more(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: another child who was not hurt
    ("ABILENE, Texas - Three people were found dead after a shooting at a duplex on Grape Street on Friday night, "
     "police said. Another child in the home was not hurt.", (3, 0)),
])
def test_another_unhurt_after_the_dead_adds_nobody(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
