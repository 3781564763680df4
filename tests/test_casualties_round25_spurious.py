"""Per-report killed / injured figures, round twenty-five: figures where the report's incident hurt nobody.

GVDB dev's spurious figures (a killed or injured figure where the gold has none) were read one by one; most are the
gold's own (victims listed with no outcome, or no victim list at all, beside a text that tells a person shot), and
the rest are an animal counted as a person, old deaths of a column, a death whose cause is no gunfire, and a shot
fired at somebody read as a hit.  ``eval/counts_check31.jsonl`` holds 70 invented reports of those kinds (shots
that hit nobody, other incidents' victims, figures of a quote or a statistic, police force without a wound, people
hurt by something else, threats, pets shot, killed and injured swapped) beside near misses whose persons were hit.
The test below pins the scores this round reached on it.  The focused tests use texts written for them, each a
rule's positive case and its near miss; the figure is the one the GVDB suite scores (``eval.common.report_casualties``
over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_thirty_first_check_set_scores(ledger):
    # both exact before this round: rules half 28 of 34, check half 32 of 36
    assert_pinned_halves(ledger, "31", rows=(34, 36), both=(RULES_BOTH, CHECK_BOTH))


def test_thirty_first_check_set_salt():
    assert_salted("31", "twenty-fifth-spurious25:", "c31-001")


# after the round's rules (rules half 28 -> 30, check half 32 -> 32)
RULES_BOTH = 31  # 30 -> 31 with the thirty-sixth session's over-count round
CHECK_BOTH = 33  # 32 -> 33 with the twenty-ninth session's rounds (the boxer dog)


# -- an animal told by name is no victim: "Lola, an Akita", "the family's dog, Daisy" (and "he" after it is the dog)

@pytest.mark.parametrize("text, expected", [
    ("SALEM, Ore. - A neighbor shot a family's dog, Lola, an Akita, after it got through a fence on Sunday, police "
     "said. Lola was wounded in the hip. Her owner was not hurt.", (0, 0)),
    ("SALEM, Ore. - Someone shot the family's dog, Daisy, in the backyard on Sunday, police said. Daisy was wounded in "
     "the leg and is recovering.", (0, 0)),
    ("SALEM, Ore. - Police say a burglar shot Bruno, a pit bull, during a break-in on Sunday. Bruno suffered two "
     "gunshot wounds and did not survive.", (0, 0)),
    # near misses: the owner shot beside his dog counts; "a boxer" is a person as often as a dog; a person named
    # before "he"
    ("SALEM, Ore. - Marcus Hale, 30, and his dog, Rex, were shot in the backyard on Sunday, police said. Hale was hit "
     "in the arm and taken to a hospital; Rex died.", (0, 1)),
    ("SALEM, Ore. - Ray Colton, a boxer who trains at a gym on State Street, was shot in the leg on Sunday, police "
     "said. He is expected to recover.", (0, 1)),
    ("SALEM, Ore. - Carl Pryor, 41, was shot in the chest outside his home on Sunday. He died at Salem Hospital, "
     "police said.", (1, 0)),
])
def test_an_animal_told_by_name_is_no_victim(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a death whose cause, told after "after", is a crash, or in a report of gunfire a blow

@pytest.mark.parametrize("text, expected", [
    ("ELKHART, Ind. - A driver died after his car hit a utility pole on Route 9 on Sunday morning. Officers first "
     "looked into reports of gunfire nearby, but the coroner found no gunshot wound, police said.", (0, 0)),
    ("ELKHART, Ind. - A driver died after his pickup slammed into a tree on Route 9 early Sunday. Neighbors had "
     "reported hearing gunshots before the crash, police said.", (0, 0)),
    ("ELKHART, Ind. - A man died after being punched outside a bar on Saturday night. During the fight a woman "
     "standing nearby was shot in the leg, police said.", (0, 1)),
    # near misses: a hit told in the sentence or before the crash; a report of a beating alone keeps its dead; a
    # death after the hospital
    ("ELKHART, Ind. - The driver, who had been shot in the chest, died after his car hit a utility pole on Route 9 on "
     "Sunday, police said.", (1, 0)),
    ("ELKHART, Ind. - A driver died after he was shot in the neck on Route 9 early Sunday and his pickup slammed into a "
     "tree, police said.", (1, 0)),
    ("ELKHART, Ind. - A man died after being punched outside a bar on Saturday night, police said. His attacker was "
     "arrested.", (1, 0)),
    ("ELKHART, Ind. - A man who was shot outside a bar on Saturday night died after being taken to a hospital, police "
     "said.", (1, 0)),
])
def test_a_death_by_a_crash_or_a_blow_told_after(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
