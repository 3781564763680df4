"""Per-report killed / injured figures, round thirty-five: the counting leftovers the thirty-fourth session named.

``eval/counts_check57.jsonl`` holds 70 invented reports of those leftovers: children who shot themselves by accident,
a man killed and a boy hurt told twice, men named Major, pairs told by names and then "Both are expected to survive",
pairs told by ages and kin, "the parents died" after a couple told before, kin told by ages at a sentence's start
("Sisters ages 9 and 11 were hit") and couples shot with no outcome word after them; beside near misses that keep
their count.  The test below pins the scores this round reached on it.  The focused tests use texts written for them,
each a rule's positive case and its near miss; the figure is the one the GVDB suite scores
(``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_fifty_seventh_check_set_scores(ledger):
    # both exact before this round: rules half 26 of 33, check half 28 of 37
    assert_pinned_halves(ledger, "57", rows=(33, 37), both=(RULES_BOTH, CHECK_BOTH))


def test_fifty_seventh_check_set_salt():
    assert_salted("57", "thirty-fifth-left35:", "c57-001")


# after the round's rules
RULES_BOTH = 33
CHECK_BOTH = 31


# -- "Sisters ages 9 and 11 were hit": kin told by a list of ages not set off by commas, at a sentence's start

@pytest.mark.parametrize("text, expected", [
    ("SALINAS, Calif. - Sisters ages 7 and 10 were hit by stray bullets while riding bikes on Alisal Street on Monday "
     "evening, police said.", (0, 2)),
    ("SALINAS, Calif. - Brothers ages 16 and 18 were shot on Alisal Street on Monday. The older boy died at Natividad "
     "Medical Center, police said.", (1, 1)),
    ("SALINAS, Calif. - Two teens ages 15 and 17 were wounded on Alisal Street on Monday, police said.", (0, 2)),
    # near misses: the sisters inside and not hit; the brothers charged in another's death
    ("SALINAS, Calif. - A 41-year-old man was shot in the hip on Alisal Street on Monday. Sisters ages 7 and 10 were "
     "in the yard but were not hit, police said.", (0, 1)),
    ("SALINAS, Calif. - Brothers ages 18 and 20 were charged Tuesday in the shooting death of a 19-year-old man on "
     "Alisal Street, police said.", (1, 0)),
])
def test_kin_told_by_bare_ages(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "WINTER HAVEN, Fla. - A Winter Haven couple was shot": a couple the parser hangs on the dateline's place

@pytest.mark.parametrize("text, expected", [
    ("BRADENTON, Fla. - A Bradenton couple was shot in their driveway on 9th Street West late Sunday, the Manatee "
     "County Sheriff's Office said.", (0, 2)),
    # near misses: the couple who fired; the couple arrested
    ("BRADENTON, Fla. - A Bradenton couple shot a man who kicked in their door on 9th Street West late Sunday, "
     "deputies said. The man was taken to a hospital.", (0, 1)),
    ("BRADENTON, Fla. - A Bradenton couple was arrested Sunday after a 30-year-old man was shot outside their home on "
     "9th Street West, deputies said.", (0, 1)),
])
def test_a_couple_after_a_dateline(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "The parents died": "the" ties the kin noun back to the pair told before, as a possessive does

@pytest.mark.parametrize("text, expected", [
    ("ELKHART, Ind. - A man and a woman were shot inside their home on Prairie Street on Friday night. The parents "
     "died at the scene, police said.", (2, 0)),
    ("ELKHART, Ind. - Gunfire tore through a home on Prairie Street on Friday night. A husband and wife and their "
     "12-year-old son were hit. The parents died at the hospital. The boy is expected to recover.", (2, 1)),
    # near misses: the parents come to the scene, speak, are charged
    ("ELKHART, Ind. - A 17-year-old was shot and killed on Prairie Street on Friday night. The parents, who arrived "
     "minutes later, asked for witnesses to call police.", (1, 0)),
    ("ELKHART, Ind. - A 13-year-old boy was wounded on Prairie Street on Friday night. The parents said he had been "
     "walking to a friend's house.", (0, 1)),
])
def test_the_parents_told_after_the_pair(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "A couple and their two children were shot": a couple joined to a count by the count's possessive is two more

@pytest.mark.parametrize("text, expected", [
    ("YAKIMA, Wash. - A couple and their two sons were shot in their apartment on Nob Hill Boulevard late Thursday, "
     "police said.", (0, 4)),
    ("YAKIMA, Wash. - A couple and their three daughters were shot in their apartment on Nob Hill Boulevard late "
     "Thursday. The parents died at the scene; the girls were taken to a hospital.", (2, 3)),
    ("YAKIMA, Wash. - Police said a woman and her two sons were shot in their apartment on Nob Hill Boulevard late "
     "Thursday.", (0, 3)),
    # near miss: a couple and the count of their friends arrested, two men shot
    ("YAKIMA, Wash. - A couple and their two friends were arrested after two men were shot on Nob Hill Boulevard late "
     "Thursday, police said.", (0, 2)),
])
def test_a_couple_and_their_children(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "A man and a woman were shot along with their son": the list's last part counts the person "along with" it once

@pytest.mark.parametrize("text, expected", [
    ("LIMA, Ohio - A man and a woman were shot along with their teenage son inside their home on Elm Street on "
     "Sunday. The parents died. The son, 16, survived, police said.", (2, 1)),
    # near miss: a count alone before "along with" keeps the one more it tells
    ("LIMA, Ohio - Two men were killed along with their father inside a home on Elm Street on Sunday.", (3, 0)),
])
def test_along_with_after_a_list(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "A 24 year old man and his 15 year old nephew were shot and killed": the trigger is looked for past the relative

@pytest.mark.parametrize("text, expected", [
    ("GARY, Ind. - A 31 year old man and his 14 year old nephew were shot and killed inside a home on Grant Street on "
     "Wednesday, police said.", (2, 0)),
    ("GARY, Ind. - A 38-year-old woman and her 17-year-old daughter were shot outside a store on Grant Street on "
     "Wednesday, police said.", (0, 2)),
    ("GARY, Ind. - A 20-year-old and his 17-year-old cousin were shot outside a store on Grant Street on Wednesday, "
     "police said.", (0, 2)),
    # near misses: the relative unhurt; a man and his wife's car
    ("GARY, Ind. - A 38-year-old woman was shot outside a store on Grant Street on Wednesday. Her 17-year-old "
     "daughter, who was with her, was not hurt.", (0, 1)),
    ("GARY, Ind. - A 38-year-old man and his wife's car were hit by gunfire on Grant Street on Wednesday, police "
     "said.", (0, 1)),
])
def test_a_person_and_an_aged_relative(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- dead told only by a count of one sex: a person of the other sex told hit after them is none of them

@pytest.mark.parametrize("text, expected", [
    ("MUNCIE, Ind. - A 5-month-old boy and his 3-year-old brother were killed when gunfire tore through their "
     "apartment on Walnut Street late Saturday, police said. Their mother, 31, was shot in the leg.", (2, 1)),
    ("MUNCIE, Ind. - Two brothers were killed when gunfire tore through their apartment on Walnut Street late "
     "Saturday, police said. A woman, 31, was shot in the arm.", (2, 1)),
    # near misses: one of the same sex told hit after them is one of them; the woman arrested
    ("MUNCIE, Ind. - Two women were killed in a shooting on Walnut Street late Saturday, police said. One woman, 45, "
     "was shot in the head.", (2, 0)),
    ("MUNCIE, Ind. - Two men were killed in a shooting on Walnut Street late Saturday, police said. A woman, 31, was "
     "arrested at the scene.", (2, 0)),
])
def test_dead_counted_of_one_sex(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
