"""Per-report killed / injured figures, round fourteen: a toll told several times over is counted once.

``eval/counts_check6.jsonl`` holds 100 invented reports that tell their toll several ways (a number in the lead,
then the victims one by one, restated in quotes, a hospital's count, tallies with or without the shooter,
corrected counts, updates where one of the wounded died); the test below pins the scores this round reached on
it.  The focused tests use sentences written for them, each a rule's positive case and its near miss.  The figure
is the one the GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import check_set_scores, figures as _figures




def test_sixth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "6", rows=100)
    # both exact before this round: rules half 46 of 51, check half 41 of 49
    assert scores["rules"]["rows"] == 51 and scores["check"]["rows"] == 49
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


RULES_BOTH = 49
CHECK_BOTH = 45


@pytest.mark.parametrize("text, expected", [
    # the dead man is one of the wounded the same sentence counts
    ("A man who was among three people wounded in a shooting Friday night on Garland Street has died, police said "
     "Monday. The other two victims are expected to recover.", (1, 2)),
    ("A woman who was one of the two people injured in a shooting outside a bowling alley last week died Sunday, "
     "her family said.", (1, 1)),
])
def test_the_dead_among_the_wounded_count_of_their_sentence(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: the count is not told as the group the dead belong to
    ("A man was killed and three people were wounded in a shooting Friday night on Garland Street, police said.", (1, 3)),
    ("Two people were injured in a shooting outside a bowling alley last week. A third man was found dead in a car "
     "nearby on Sunday, police said.", (1, 2)),
])
def test_a_count_beside_the_dead_keeps_its_wounded(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
