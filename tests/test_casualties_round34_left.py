"""Per-report killed / injured figures, round thirty-four: the counting leftovers the thirty-third session named.

``eval/counts_check55.jsonl`` holds 73 invented reports of those leftovers: victims told by kin nouns ("found the boy's
parents dead", brothers, sisters, twins, a couple, a family), pairs and trios tied back by "both", "the pair", "the
couple", "all three", pairs told by ages and kin, a victim spoken of by a friend, others told after a described victim,
an earlier killing that a shooting avenged, and a victim's age told alone ("He was 38."); beside near misses that keep
their count.  The test below pins the scores this round reached on it.  The focused tests use texts written for them,
each a rule's positive case and its near miss; the figure is the one the GVDB suite scores
(``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_fifty_fifth_check_set_scores(ledger):
    # both exact before this round: rules half 28 of 38, check half 23 of 35
    assert_pinned_halves(ledger, "55", rows=(38, 35), both=(RULES_BOTH, CHECK_BOTH))


def test_fifty_fifth_check_set_salt():
    assert_salted("55", "thirty-fourth-left34:", "c55-001")


# after the round's rules (the round alone reached check 28; merged beside pool34's rule that a person told as
# "another" after dead told only by a count is one more than them, which lifts set 56's check half by one, it is 27)
RULES_BOTH = 33
CHECK_BOTH = 32  # 27 -> 32 with the thirty-fifth session's counting rounds


# -- "found the girl's parents dead": a plural kin noun of two persons, told as whose they are, counts two

@pytest.mark.parametrize("text, expected", [
    ("GREENVILLE, S.C. - Deputies called to a home on Poinsett Highway on Monday found the girl's parents dead in the "
     "kitchen, the coroner said.", (2, 0)),
    ("GREENVILLE, S.C. - A 9-year-old girl's parents were wounded when someone fired into their car on Poinsett "
     "Highway on Monday, deputies said.", (0, 2)),
    ("GREENVILLE, S.C. - Her grandparents were shot in their bed early Monday on Poinsett Highway. Both are expected "
     "to survive, deputies said.", (0, 2)),
    # near misses: the parents speak, are home and not hurt, find the victim or drive him to a hospital
    ("GREENVILLE, S.C. - Tavon Gist, 20, was shot and killed on Poinsett Highway on Monday. His parents said he had "
     "just started a new job.", (1, 0)),
    ("GREENVILLE, S.C. - A 9-year-old girl was wounded when bullets came through a window on Poinsett Highway on "
     "Monday. The girl's parents were home but were not hurt.", (0, 1)),
    ("GREENVILLE, S.C. - A 15-year-old was shot and killed on Poinsett Highway on Monday. His parents found him in the "
     "yard.", (1, 0)),
    ("GREENVILLE, S.C. - A 4-year-old boy shot himself in the hand with a gun he found at home on Monday. The boy's "
     "parents drove him to a hospital in Greenville.", (0, 1)),
])
def test_parents_told_as_a_pair(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "a Winter Haven couple": a place's name before "couple" leaves it a noun of two persons

@pytest.mark.parametrize("text, expected", [
    ("LAKELAND, Fla. - Deputies found a Winter Haven couple shot to death in their home on Lake Howard Drive on "
     "Friday.", (2, 0)),
    # near misses: "a couple of blocks"; the couple who called 911
    ("LAKELAND, Fla. - A man was shot in the leg outside a restaurant on Friday, a couple of blocks from his home, "
     "deputies said.", (0, 1)),
    ("LAKELAND, Fla. - A man was shot in the leg outside a restaurant on Friday. A Winter Haven couple who saw it "
     "called 911.", (0, 1)),
])
def test_a_couple_told_by_its_town(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "his brothers, 16 and 19, were shot": a plural person noun told with a list of ages counts one per age

@pytest.mark.parametrize("text, expected", [
    ("MACON, Ga. - Police said his brothers, 16 and 19, were shot outside a store on Pio Nono Avenue on Saturday. The "
     "younger one died at the hospital.", (1, 1)),
    ("MACON, Ga. - Police said cousins ages 14 and 18 were wounded outside a store on Pio Nono Avenue on Saturday.",
     (0, 2)),
    # near misses: a number counts them already; the brothers with him not hurt
    ("MACON, Ga. - Two brothers, 16 and 19, were shot outside a store on Pio Nono Avenue on Saturday, police said.",
     (0, 2)),
    ("MACON, Ga. - A man was shot outside a store on Pio Nono Avenue on Saturday. His brothers, 16 and 19, were with "
     "him but were not hurt.", (0, 1)),
])
def test_persons_told_by_their_ages(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "in retaliation for a shooting in which NAME was murdered and his mother was shot": both hurts are the avenged
# shooting's, though the parser hangs the second on the sentence's main verb

@pytest.mark.parametrize("text, expected", [
    ("DAYTON, Ohio - Marquis Bell, 22, was shot and killed on Salem Avenue on Sunday. Police believe the shooting was "
     "in retaliation for a March 2 shooting in which Darius Coe was murdered and his brother was shot.", (1, 0)),
    ("DAYTON, Ohio - Two men were wounded on Salem Avenue on Sunday in what police called revenge for a March shooting "
     "in which a woman was killed and her nephew was wounded.", (0, 2)),
    # near misses: the charge story of that shooting, whose hurts are its own; the report's own second clause
    ("DAYTON, Ohio - A 21-year-old man was charged Monday with murder in the March 2 shooting in which Darius Coe was "
     "killed and his brother was shot, police said.", (1, 1)),
    ("DAYTON, Ohio - Police believe the shooting was in retaliation for a March 2 shooting in which Darius Coe was "
     "murdered. Marquis Bell, 22, was killed and his friend was shot.", (1, 1)),
])
def test_the_avenged_shooting_told_in_a_relative_clause(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
