"""Per-report killed / injured figures, round twenty-seven: the counting leftovers earlier rounds named and left.

``eval/counts_check35.jsonl`` holds 70 invented short reports of the faults earlier rounds named: a relative "who was
also hit", a wounded victim who later "did not make it", one person told by a description and then by name and age,
deaths by no violence in a shooting story, "a deputy and a man were both wounded" then each named, verdict and
sentencing stories, a death told without a death verb ("he was gone"), "opened fire on a group, hitting one man in the
leg", a headline "Two found dead in ..." and "a 6-month-old and a 6-year-old"; beside near misses that keep their
count.  The test below pins the scores this round reached on it.  The focused tests use texts written for them, each a
rule's positive case and its near miss; the figure is the one the GVDB suite scores (``eval.common.report_casualties``
over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_thirty_fifth_check_set_scores(ledger):
    # both exact before this round: rules half 31 of 44, check half 22 of 26
    assert_pinned_halves(ledger, "35", rows=(44, 26), both=(RULES_BOTH, CHECK_BOTH))


def test_thirty_fifth_check_set_salt():
    assert_salted("35", "twenty-seventh-left27:", "c35-001")


# after the round's rules
RULES_BOTH = 39  # 38 -> 39 with the thirty-fifth session's counting rounds
CHECK_BOTH = 23


# -- "a deputy and a man ... were both wounded. Deputy NAME ... The suspect, NAME": the two, named again

@pytest.mark.parametrize("text, expected", [
    ("OCALA, Fla. - A deputy and a driver he had pulled over were both wounded in a shootout on Pine Avenue on "
     "Tuesday, the sheriff's office said. Deputy Glen Ayers was shot in the hand. The driver, Marco Quill, 27, was "
     "shot in the hip.", (0, 2)),
    # near miss: the driver was not hit, the deputy alone counts
    ("OCALA, Fla. - A deputy was wounded in a shootout with a driver he had pulled over on Pine Avenue on Tuesday, "
     "the sheriff's office said. Deputy Glen Ayers was shot in the hand. The driver, Marco Quill, 27, was not hit "
     "and was arrested.", (0, 1)),
    # a relative in the list keeps each listed noun one more ("a man, a coach, and his son": the man is the coach)
    ("MACON, Ga. - A man, a volunteer soccer coach, and his 9-year-old son were wounded when gunfire broke out near "
     "a park on Sunday evening, deputies said. Both are expected to recover.", (0, 2)),
])
def test_a_pair_listed_then_named(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "His brother, who was also struck, ...": a person "also" struck beside the one shot

@pytest.mark.parametrize("text, expected", [
    ("ENID, Okla. - A 19-year-old man was shot in the chest outside a house on Maple Street on Friday. His mother, who "
     "was also struck, was treated at a hospital, police said.", (0, 2)),
    ("ENID, Okla. - Gunfire erupted outside a bar on Maple Street early Sunday, and a man was shot in the back. A "
     "woman who was also hit walked into St. Mary's Regional a short time later.", (0, 2)),
    # near misses: a car also struck; a mother who was also home
    ("ENID, Okla. - A 19-year-old man was shot in the chest outside a house on Maple Street on Friday. His car, which "
     "was also struck, was towed, police said.", (0, 1)),
    ("ENID, Okla. - A 19-year-old man was shot in the chest outside a house on Maple Street on Friday. His mother, who "
     "was also home, called 911, police said.", (0, 1)),
])
def test_also_struck(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "fired toward a group, hitting a woman in the shoulder": the hitting after a person's firing

@pytest.mark.parametrize("text, expected", [
    ("YAKIMA, Wash. - Police said a man fired toward a group of people outside a store on Nob Hill Boulevard on "
     "Saturday, hitting a 40-year-old man in the arm.", (0, 1)),
    ("YAKIMA, Wash. - A gunman opened fire into a crowd leaving a club on Nob Hill Boulevard early Saturday, hitting "
     "a 22-year-old woman in the leg, police said.", (0, 1)),
    # near misses: a punch's "hitting"; a shot that hit a wall; a shot at a house that hit it (no person)
    ("YAKIMA, Wash. - Police said a man punched a clerk outside a store on Nob Hill Boulevard on Saturday, hitting "
     "him in the face.", (0, 0)),
    ("YAKIMA, Wash. - Police said a man fired toward a group of people outside a store on Nob Hill Boulevard on "
     "Saturday, hitting a wall. No one was hurt.", (0, 0)),
    ("YAKIMA, Wash. - Police said a man fired at a house on Nob Hill Boulevard on Saturday, hitting it several times. "
     "Nobody inside was hurt.", (0, 0)),
])
def test_hitting_after_a_firing(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "a 6-month-old and a 6-year-old": two ages in one sentence are two persons

@pytest.mark.parametrize("text, expected", [
    ("JOLIET, Ill. - A 15-year-old was killed and a 15-month-old was wounded when shots were fired into a car on "
     "Cass Street on Friday, police said.", (1, 1)),
    ("JOLIET, Ill. - A 3-month-old and a 3-year-old were wounded when someone fired into a house on Cass Street on "
     "Friday, police said.", (0, 2)),
    # near misses: the same age told twice is one person; the infant was not hit
    ("JOLIET, Ill. - A 15-year-old was shot on Cass Street on Friday and the 15-year-old later died, police "
     "said.", (1, 0)),
    ("JOLIET, Ill. - A 3-year-old was wounded when someone fired into a house on Cass Street on Friday. A 3-month-old "
     "in the same room was not hurt, police said.", (0, 1)),
])
def test_two_ages_two_persons(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "A woman who was wounded Friday did not make it": the wounded one died, killed and not one more

@pytest.mark.parametrize("text, expected", [
    ("GADSDEN, Ala. - A man who was wounded Saturday in a shooting on Meighan Boulevard did not survive, police "
     "said.", (1, 0)),
    # near misses: he made it to court; he is improving
    ("GADSDEN, Ala. - A man who was wounded Saturday in a shooting on Meighan Boulevard did not make it to a court "
     "hearing on Tuesday, police said.", (0, 1)),
    ("GADSDEN, Ala. - A man who was wounded Saturday in a shooting on Meighan Boulevard is improving, police "
     "said.", (0, 1)),
])
def test_wounded_who_did_not_make_it(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
