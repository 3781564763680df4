"""Per-report killed / injured figures, round twenty-six: victims named one by one, and victims told twice.

GVDB dev's under-counts of named victims and its over-counts were read one by one (most are the gold's own: people
pistol-whipped, a child who shot himself counted twice, a wounded total above the persons the text tells); the rest
are victims a release lists with their outcomes and one more person told by the ordinal after the dead.
``eval/counts_check34.jsonl`` holds 72 invented reports of those kinds (releases listing victims with ages, "the dead
were identified as", "also killed was", court-and-family stories, victims named only in a quote or a later paragraph,
totals retold by name) beside near misses that keep their count.  The test below pins the scores this round reached
on it.  The focused tests use texts written for them, each a rule's positive case and its near miss; the figure is
the one the GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_thirty_fourth_check_set_scores(ledger):
    # both exact before this round: rules half 26 of 34, check half 30 of 38
    assert_pinned_halves(ledger, "34", rows=(34, 38), both=(RULES_BOTH, CHECK_BOTH))


def test_thirty_fourth_check_set_salt():
    assert_salted("34", "twenty-sixth-named26:", "c34-001")


# after the round's rules (rules half 26 -> 29, check half 30 -> 31)
RULES_BOTH = 30  # 29 -> 30 with the twenty-seventh session's rounds
CHECK_BOTH = 32  # 31 -> 32 likewise


# -- a release's "(deceased)" after a listed victim's name: that one died, the others were hurt

@pytest.mark.parametrize("text, expected", [
    ("MACON, Ga. - The sheriff's office released the names of the people shot Sunday night outside a lounge on Pio "
     "Nono Avenue.\nThe victims have been identified as: Andre Fields, 19, of Macon (deceased); Keisha Rowe, 22, of "
     "Macon (gunshot wound to the arm, stable); and Darius Nunley, 17, of Warner Robins (treated and released).",
     (1, 2)),
    ("AUGUSTA, Ga. - Deputies released the names of the two people shot on Walton Way on Friday.\nThe victims were "
     "identified as Carla Booker, 40 (deceased), and Dwight Moten, 38 (gunshot wound to the leg).", (1, 1)),
    # near misses: no mark, every listed victim hurt; the death told after the list; a parenthesis of another kind
    ("MACON, Ga. - The sheriff's office released the names of the people shot Sunday night outside a lounge on Pio "
     "Nono Avenue.\nThe victims have been identified as: Andre Fields, 19, of Macon; Keisha Rowe, 22, of Macon; and "
     "Darius Nunley, 17, of Warner Robins.", (0, 3)),
    ("MACON, Ga. - The sheriff's office released the names of the people shot Sunday night outside a lounge.\nThe "
     "victims have been identified as Andre Fields, 19, Keisha Rowe, 22, and Darius Nunley, 17. Fields died at the "
     "scene.", (1, 2)),
    ("AUGUSTA, Ga. - Deputies released the names of the two people shot on Walton Way on Friday.\nThe victims were "
     "identified as Carla Booker, 40 (stable), and Dwight Moten, 38 (gunshot wound to the leg).", (0, 2)),
])
def test_a_listed_victim_marked_deceased(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a release's lines headed by an outcome: "Shot and killed: NAME, 31", "Shot and wounded: NAME, 27, and NAME, 25"

@pytest.mark.parametrize("text, expected", [
    ("OCALA, Fla. - The sheriff's office on Tuesday released the following information about Sunday's shooting off "
     "Route 9:\nShot and killed: Trevor Gaines, 31, of Ocala.\nShot and wounded: Malik Ortiz, 27, of Belleview, and "
     "Shauna Reed, 25, of Ocala.\nDetectives are still looking for the shooter.", (1, 2)),
    ("OCALA, Fla. - The sheriff's office released the following about Sunday's shooting:\nKilled: Trevor Gaines, 31.\n"
     "Injured: Malik Ortiz, 27.\nDetectives are still looking for the shooter.", (1, 1)),
    # near misses: headings of no outcome (witnesses, arrests) name nobody hurt
    ("OCALA, Fla. - The sheriff's office on Tuesday released the following information about Sunday's shooting off "
     "Route 9:\nShot and killed: Trevor Gaines, 31, of Ocala.\nWitnesses interviewed: Malik Ortiz, 27, of Belleview, "
     "and Shauna Reed, 25, of Ocala.\nDetectives are still looking for the shooter.", (1, 0)),
    ("OCALA, Fla. - The sheriff's office released the following about Sunday's shooting:\nKilled: Trevor Gaines, 31.\n"
     "Arrested: Malik Ortiz, 27, and Shauna Reed, 25.", (1, 0)),
])
def test_a_release_line_headed_by_an_outcome(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- one hit told by the ordinal after the count of the dead is one more: "two killed ... a third person was shot"

@pytest.mark.parametrize("text, expected", [
    ("CHICAGO - A man and a woman were shot and killed early Sunday. Police said a third person on the porch, a "
     "40-year-old man, was shot in the foot.", (2, 1)),
    ("CHICAGO - Two people were shot and killed early Sunday. Police said a third person, a 40-year-old man, was shot "
     "in the foot.", (2, 1)),
    # near misses: an ordinal of no person ("the third shooting"); a third man of three shot, two of whom died, is the
    # one left
    ("CHICAGO - Two people were shot and killed early Sunday. It was the third shooting on the block this month, "
     "police said.", (2, 0)),
    ("CHICAGO - Three men were shot early Sunday, and two of them died. A third man, Ray Diaz, 40, was shot in the "
     "foot and is expected to recover.", (2, 1)),
])
def test_the_next_by_its_ordinal_after_the_dead(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
