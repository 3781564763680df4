"""Per-report killed / injured figures, round twenty-three (the per-report pool under a fresh salt): the kinds found
by reading the readable half's wrong reports, each rule's test written on sentences made up for it, with a near miss
that must not fire.  The figure is the one the GVDB suite scores: ``eval.common.report_casualties`` over victims
only."""

from __future__ import annotations

import pytest

from .tolls import figures as _figures


# -- a hurt person told by the ordinal right after a count is one more ("four men ... a fifth victim")

@pytest.mark.parametrize("text, expected", [
    # a breakdown of the four told between the count and the fifth does not make the fifth one of them
    ("PINE BLUFF, Ark. - Officers found four men who had been struck by gunfire outside a tavern on Walnut Street "
     "late Saturday. Two of the men were in serious condition and two were in stable condition. A fifth victim, a "
     "22-year-old man, walked into Jefferson Regional Medical Center an hour later with a gunshot wound to the hand, "
     "police said.", (0, 5)),
    # the third is one more of the hit: three shot, one of them dead, leaves two wounded
    ("PINE BLUFF, Ark. - Officers found a 17-year-old boy and a 19-year-old woman who had been shot outside a tavern "
     "on Walnut Street late Saturday. The woman died at the hospital. A third shooting victim, a 20-year-old man, "
     "arrived at the hospital a short time later, police said.", (1, 2)),
    ("PINE BLUFF, Ark. - Three people were wounded in a shooting outside a tavern on Walnut Street late Saturday, "
     "police said. One was in critical condition and the two others were stable. Police were trying to learn "
     "whether a fourth man who came to the hospital with a gunshot wound was also a victim.", (0, 4)),
])
def test_the_next_ordinal_after_a_count_is_one_more(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: "a fourth victim" after four shot is one of the four
    ("PINE BLUFF, Ark. - Four men were shot outside a tavern on Walnut Street late Saturday. Two were in serious "
     "condition and one was stable. A fourth victim, a 24-year-old man, was shot in the arm, police said.", (0, 4)),
    # near miss: "two others hurt" beside the dead leaves him out, whom "a third man" counts: the third of all three
    ("PINE BLUFF, Ark. - A shooting outside a tavern on Walnut Street late Saturday left one man dead and two others "
     "hurt, police said. Marcus Dell, 30, died at the scene. Police later said a third man, Owen Tate, 21, had been "
     "grazed in the arm.", (1, 2)),
    # near miss: a third man who was arrested is no one hurt
    ("PINE BLUFF, Ark. - Two men were wounded outside a tavern on Walnut Street late Saturday, police said. A third "
     "man, the driver of the car, was arrested at the scene.", (0, 2)),
    # near miss: "the third man shot on the street this month" numbers shootings of other days
    ("PINE BLUFF, Ark. - Three people were wounded in a shooting outside a tavern on Walnut Street late Saturday, "
     "police said. The two others were stable. The shooting was the third man shot on the street this month, police "
     "said.", (0, 3)),
])
def test_an_ordinal_that_is_not_the_next_adds_nobody(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a dead person told by the ordinal right after a count of the dead is one more of the dead

def test_the_next_ordinal_after_the_dead_adds_a_death(mentions_of):
    text = ("CEDAR FALLS, Wash. - Four women were killed when a gunman opened fire inside a department store on Friday, "
            "a state patrol spokesman said. A fifth victim, a man, was flown to a trauma center in critical condition "
            "and died of his injuries on Saturday.")
    assert _figures(mentions_of(text))[0] == 5


def test_the_last_of_the_dead_by_its_ordinal_adds_none(mentions_of):
    # near miss: "the fourth victim" after four dead is one of the four
    text = ("CEDAR FALLS, Wash. - Four women were killed when a gunman opened fire inside a department store on Friday, "
            "a state patrol spokesman said. The fourth victim, a 60-year-old woman, died at the scene.")
    assert _figures(mentions_of(text)) == (4, 0)


# -- "non-fatal" injuries are no fatal wound: the tokenizer splits "non" from "fatal"

@pytest.mark.parametrize("text, expected", [
    ("MILLBROOK, Ala. - Two men suffered non-fatal gunshot wounds outside a bar on Fern Street on Sunday, deputies "
     "said.", (0, 2)),
    ("MILLBROOK, Ala. - A 79-year-old man suffered non-fatal injuries when a handgun went off at a home on Fern Street "
     "on Sunday, deputies said.", (0, 1)),
])
def test_non_fatal_wounds_are_wounds(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_a_fatal_wound_is_a_death(mentions_of):
    # near miss: "fatal injuries" without "non" are a death
    text = ("MILLBROOK, Ala. - A 79-year-old man suffered fatal injuries when a handgun went off at a home on Fern "
            "Street on Sunday, deputies said.")
    assert _figures(mentions_of(text)) == (1, 0)


# -- an age used as a noun joined to a count ("A 16-year-old and two children were shot") is one more person

@pytest.mark.parametrize("text, expected", [
    ("ATLANTA - A 16-year-old and two children were shot late Saturday in southwest Atlanta, police said.", (0, 3)),
    ("ATLANTA - A six-year-old and three adults were shot in a drive-by shooting in southwest Atlanta on Sunday, "
     "police said.", (0, 4)),
])
def test_an_aged_person_joined_to_a_count_adds_one(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: the age is the count's own ("two 16-year-old boys"), no article of a person of its own
    ("ATLANTA - Two 16-year-old boys and three adults were shot in southwest Atlanta on Sunday, police said.", (0, 5)),
    # near miss: "a 16-year-old boy" has a noun of its own, a quantity the coordination rules add once
    ("ATLANTA - A 16-year-old boy and two children were shot late Saturday in southwest Atlanta, police said.", (0, 3)),
])
def test_an_age_of_a_noun_adds_nobody_more(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- persons counted by their age used as a noun ("two 16-year-olds were shot")

@pytest.mark.parametrize("text, expected", [
    ("ATLANTA - Two 17-year-olds were wounded in a shooting outside a school in southwest Atlanta on Friday, police "
     "said.", (0, 2)),
    ("ATLANTA - A gunman killed two 19-year-olds outside a school in southwest Atlanta on Friday, police said.", (2, 0)),
])
def test_ages_used_as_a_noun_are_persons(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_years_are_no_persons(mentions_of):
    # near miss: "two years" after a shooting counts time, not persons
    text = ("ATLANTA - A 17-year-old was wounded in a shooting outside a school in southwest Atlanta on Friday, two "
            "years after his brother was shot on the same block, police said.")
    assert _figures(mentions_of(text)) == (0, 1)
