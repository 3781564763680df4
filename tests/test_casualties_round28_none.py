"""Per-report killed / injured figures, round twenty-eight: claims where the gold has none.

GVDB dev's claims where the gold holds no such victim (21 killed, 21 injured of 400 articles) were read one by one:
most are the gold's own (no victim list at all, or victims listed with no outcome, beside a text that tells a person
shot), and the reader's own are few (a column of old deaths, a headline's "officer shot" whose text tells only a shot
fired at him, a woman found dead with no cause told beside a police shooting).  ``eval/counts_check39.jsonl`` holds 70
invented reports in which nobody (or nobody of one kind) was hurt but the words tempt a reader, in styles unlike GVDB
dev's (wire briefs, TV stories with updates, press releases, court stories): shots fired and nobody hit told many
ways, hurts that are no casualty of the violence, charges and verdicts worded with outcomes, statements of risk, past
incidents and statistics, officers who fired at a suspect who fled, dead animals; beside near misses whose persons were
hit.  The test below pins the scores this round reached on it.  The focused tests use texts written for them, each a
rule's positive case and its near miss; the figure is the one the GVDB suite scores (``eval.common.report_casualties``
over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_thirty_ninth_check_set_scores(ledger):
    # both exact before this round: rules half 27 of 30, check half 34 of 40
    assert_pinned_halves(ledger, "39", rows=(30, 40), both=(RULES_BOTH, CHECK_BOTH))


def test_thirty_ninth_check_set_salt():
    assert_salted("39", "twenty-eighth-none28:", "c39-001")


# after the round's rules (rules half 27 -> 29, check half 34 -> 34)
RULES_BOTH = 30
CHECK_BOTH = 34


# -- a limb hurt in the chase, told without "while": "a deputy injured his knee chasing a man who had fired shots"

@pytest.mark.parametrize("text, expected", [
    ("PUEBLO, Colo. - A Pueblo police officer injured his knee chasing a man who had fired several shots into the air "
     "outside a bar on Northern Avenue on Saturday night. The officer was treated at Parkview Medical Center. The man, "
     "29, was charged with prohibited use of a weapon.", (0, 0)),
    ("PUEBLO, Colo. - A woman twisted her ankle fleeing the gunfire outside a bar on Northern Avenue on Saturday night, "
     "police said. No one was shot.", (0, 0)),
    # near misses: a hit in the limb counts, however the chase is told; an officer shot during the chase counts
    ("PUEBLO, Colo. - A man was shot in his leg while fleeing the gunman outside a bar on Northern Avenue on Saturday "
     "night, police said. He was taken to Parkview Medical Center.", (0, 1)),
    ("PUEBLO, Colo. - A Pueblo police officer was shot in the knee chasing a man outside a bar on Northern Avenue on "
     "Saturday night. The officer was treated at Parkview Medical Center.", (0, 1)),
])
def test_a_limb_hurt_in_the_chase_is_no_victim(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "the third such shooting ... In the first, ... In the second, ...": the earlier ones of a series

@pytest.mark.parametrize("text, expected", [
    ("SYRACUSE, N.Y. - Someone fired into a house on Grant Boulevard early Sunday, the third such shooting on the "
     "block since March. In the first, a 20-year-old man was killed on his porch. In the second, two women were "
     "wounded. This time the family inside was not hurt, police said.", (0, 0)),
    ("SYRACUSE, N.Y. - A 30-year-old man was shot in the arm on Grant Boulevard early Sunday, the third such shooting "
     "on the block since March. In the first, a 20-year-old man was killed on his porch. In the second, two women "
     "were wounded, police said.", (0, 1)),
    # near misses: a roundup whose first shooting is the report's own keeps it; a plain report of two victims
    ("SYRACUSE, N.Y. - Police are investigating two shootings overnight. In the first, a 20-year-old man was killed on "
     "his porch on Grant Boulevard. In the second, shots hit a parked car on Park Street and no one was hurt.", (1, 0)),
    ("SYRACUSE, N.Y. - A 20-year-old man was killed on his porch on Grant Boulevard early Sunday, and two women were "
     "wounded, police said. This time neighbors called 911 right away.", (1, 2)),
])
def test_the_earlier_ones_of_a_series_are_other_incidents(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
