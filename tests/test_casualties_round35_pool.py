"""Per-report killed / injured figures, round thirty-five (the per-report pool under a fresh salt,
``thirty-fifth-doccounts35:``): parts that should add up, told apart from breakdowns of a total told before.  One rule
kept, in the reading of persons: a victim told as one more ("another victim", "a third victim") who turns up at a
hospital, walks in or is found was hit, though his verb tells no wound; and he is no "other" of a count before him in
his sentence ("two other victims were driven to a hospital, and another victim walked in": the others are others than
those told before the count, not than he, whom ``_one_more`` adds); not "another" after a sentence that opens on
"One" (the second of a count told before).  Its test is written on reports made up for it,
with near misses that must keep their count.  ``eval/counts_check58.jsonl`` holds 70 invented reports of the pool's
kinds beside near misses; the test below pins the scores this round reached on it.  The figure is the one the GVDB
suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_fifty_eighth_check_set_scores(ledger):
    # both exact before this round: rules half 23 of 29, check half 38 of 41; after it: 24 and 38
    assert_pinned_halves(ledger, "58", rows=(29, 41), both=(RULES_BOTH, CHECK_BOTH))


def test_fifty_eighth_check_set_salt():
    assert_salted("58", "thirty-fifth-pool35:", "c58-001")


# after the round's rules
RULES_BOTH = 25  # 24 -> 25 with round left36
CHECK_BOTH = 38


# -- persons: "Another victim walked into the emergency room": a victim told as one more who turns up was hit

@pytest.mark.parametrize("text, expected", [
    ("AKRON, Ohio - Two men were shot outside a bar early Saturday. Another victim walked into the emergency room "
     "about an hour later.", (0, 3)),
    ("AKRON, Ohio - A man was shot in the leg outside a bar early Saturday. A second victim showed up at Summa Health "
     "a short time later, police said.", (0, 2)),
    # (one more after "two other victims" in its sentence: the others are others than the man, not than he)
    ("AKRON, Ohio - A man was shot in the chest outside a bar early Saturday, two other victims were driven to Akron "
     "General by friends, and another victim walked into the emergency room there about an hour later, police said.",
     (0, 4)),
])
def test_one_more_victim_who_turns_up_was_hit(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: no one more after the man and the two others
    ("AKRON, Ohio - A man was shot in the chest outside a bar early Saturday and two other victims were driven to "
     "Akron General by friends, police said.", (0, 3)),
    # near miss: "another" after "One man": the second of the two told before
    ("SPRINGFIELD, Mo. - Two men were shot at a park on Sunday evening, police said. One man, 30, was found at the "
     "park. Another victim, 25, was found on Walnut Street about three blocks away after he ran from the gunfire.",
     (0, 2)),
    # near miss: another man, no victim, who came to ask
    ("AKRON, Ohio - Two men were shot outside a bar early Saturday. Another man walked into the emergency room about "
     "an hour later to ask about them.", (0, 2)),
    # near miss: another victim of an earlier shooting, remembered
    ("AKRON, Ohio - Two men were shot outside a bar early Saturday, police said. Another victim of the city's gun "
     "violence, a 15-year-old boy killed last month, was remembered at a vigil on Sunday.", (0, 2)),
])
def test_another_who_is_no_victim_of_this_shooting_adds_nobody(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
