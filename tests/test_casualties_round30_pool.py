"""Per-report killed / injured figures, round thirty (the per-report pool under a fresh salt, ``thirtieth-doccounts30:``):
the kinds found by reading the readable half's wrong reports that the reader drops, misses or swaps (the over-counts
were another round's), each rule's test written on reports made up for it, with a near miss that must keep its count.
``eval/counts_check44.jsonl`` holds 70 invented reports of the pool's pipeline-own kinds beside near misses; the test
below pins the scores this round reached on it.  The figure is the one the GVDB suite scores
(``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_forty_fourth_check_set_scores(ledger):
    # both exact before this round: rules half 26 of 36, check half 20 of 34
    assert_pinned_halves(ledger, "44", rows=(36, 34), both=(RULES_BOTH, CHECK_BOTH))


def test_forty_fourth_check_set_salt():
    assert_salted("44", "thirtieth-pool30:", "c44-001")


# after the round's rules (rules half 26 -> 30, check half 20 -> 20)
RULES_BOTH = 31  # 30 -> 31 with the thirty-third session's rounds
CHECK_BOTH = 23  # 20 -> 22 with the thirty-first session's rounds, -> 23 with the thirty-second's


# -- "A 30-year-old man and a 3-year-old boy were killed ... The boy's father, NAME, was shot in the leg": a person told
#    hit as the relative of another by that person's possessive is one of his own, not one of the dead (the dead were
#    taken from him and the wounded left none)

@pytest.mark.parametrize("text, expected", [
    ("CAMDEN, N.J. - A 27-year-old man and a 5-year-old girl were shot and killed on a porch on Ferry Avenue late "
     "Friday, police said. The girl's uncle, 31-year-old Andre Tillis, was shot in the hand. He was treated at Cooper "
     "Hospital.", (2, 1)),
    ("ORANGE, N.J. - A 30-year-old man and a 3-year-old boy were killed in a shooting on Hollis Street on Thursday "
     "night, prosecutors said. The boy's father, 22-year-old Darnell Pryce, was shot in the leg. He is being treated "
     "at University Hospital.", (2, 1)),
])
def test_a_relative_of_the_dead_told_hit_is_one_more(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: the relative was not hurt
    ("CAMDEN, N.J. - A 27-year-old man and a 5-year-old girl were shot and killed on a porch on Ferry Avenue late "
     "Friday, police said. The girl's uncle, Andre Tillis, was on the porch and was not hurt.", (2, 0)),
    # near miss: the relative is one of the dead
    ("CAMDEN, N.J. - A man and his 5-year-old daughter were killed on a porch on Ferry Avenue late Friday. The girl's "
     "father, Andre Tillis, 31, died at the scene, police said.", (2, 0)),
])
def test_a_relative_of_the_dead_not_hit_or_dead_keeps_the_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "One woman died at the scene and three other women were taken to a hospital": a count of others after a death
#    told in a clause of its own in the sentence is the hit beside the dead (the dead were taken from it)

@pytest.mark.parametrize("text, expected", [
    ("AUSTIN, Texas - One woman in her 20s died at the scene and three other women in their 30s were taken to "
     "Brackenridge Hospital with serious injuries, EMS said.", (1, 3)),
    ("AUSTIN, Texas - One man died at the scene and two other men were taken to Brackenridge Hospital with gunshot "
     "wounds, police said.", (1, 2)),
])
def test_others_taken_to_a_hospital_beside_a_death_hold_none_of_the_dead(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: the dead man is one of those taken, with the others (one subject of one verb)
    ("AUSTIN, Texas - Police said Luis Garcia and two other men were taken to Brackenridge Hospital with gunshot "
     "wounds. Garcia died there.", (1, 2)),
    # near miss: the hit told as such in a clause of their own beside the dead
    ("AUSTIN, Texas - One man was killed and two others were wounded in a shooting on Sixth Street, police said.",
     (1, 2)),
])
def test_others_with_the_dead_among_them_keep_their_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "a drive-by shooting that sent one man to the hospital": those gunfire sent to a hospital were hit

@pytest.mark.parametrize("text, expected", [
    ("MIAMI - Police are searching for the gunman in a drive-by shooting outside a corner store that sent one man to "
     "the hospital on Monday evening.", (0, 1)),
    ("MIAMI - A drive-by shooting outside a corner store on Monday sent one woman to the hospital, police said.", (0, 1)),
    ("MIAMI - A shooting outside a store on Monday sent two men to the hospital, police said. One of them died.", (1, 1)),
])
def test_gunfire_that_sent_persons_to_a_hospital_hit_them(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: a crash sent them
    ("MIAMI - A crash on Biscayne Boulevard sent two people to the hospital on Monday, police said. The driver had been "
     "shot at earlier but was not hit.", (0, 0)),
    # near miss: a fight sent them
    ("MIAMI - A fight outside a bar on Monday sent two men to the hospital, police said. No shots were fired.", (0, 0)),
])
def test_persons_sent_to_a_hospital_by_no_gunfire_are_no_victims(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "when they learned of the boy's death": the person whose death a possessive tells died

@pytest.mark.parametrize("text, expected", [
    ("GRANBY, Colo. - The sheriff's office continued to investigate the accidental shooting of 3-year-old Eli Banner "
     "on Friday. Deputies said the boy got hold of his father's handgun. Officers were in mourning Thursday when they "
     "learned of the boy's death.", (1, 0)),
    ("GRANBY, Colo. - A 3-year-old boy got hold of his father's handgun on Friday and shot himself, deputies said. "
     "Officers were in mourning Saturday when they learned of the boy's death.", (1, 0)),
])
def test_a_persons_death_told_by_a_possessive_is_a_death(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: a death that did not happen
    ("GRANBY, Colo. - A 3-year-old boy was shot in the arm on Friday. The boy's death would have been a tragedy, the "
     "sheriff said, but he is expected to recover.", (0, 1)),
    # near miss: a death of another cause, told apart from the shooting
    ("DULUTH, Minn. - A man was shot in the leg at a house on Fourth Street on Friday night. Police said the woman's "
     "death did not appear to be related to the shooting.", (0, 1)),
    # near miss: his brother's death last year is an earlier death, none of this report's
    ("DENVER - A man was shot in the leg on Colfax Avenue on Friday. He said his brother's death last year still haunts "
     "him.", (0, 1)),
])
def test_a_death_not_told_as_happened_keeps_the_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
