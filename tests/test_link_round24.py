"""Linking, twenty-fourth round: SemEval dev's linking in two salted halves.

Dev's incidents have been read for twenty rounds.  ``eval.link_halves`` splits them by a salted sha1 of the gold
incident id (salt ``twenty-fourth-link24:``) into a rules half, whose linking errors may be read, and a check half
that is only ever scored: each half's B-cubed and pairwise F1 over its own documents, and the linking errors
(``eval.semeval.linking_errors``, the suite's own) of the rules half only.  All reports are written for these tests.
"""

from __future__ import annotations

import pytest

from eval import link_halves
from eval.check_sets import first_digit_half


def test_incidents_fall_in_the_halves_the_salt_gives():
    assert first_digit_half(link_halves.SALT, "inc-b") == "rules"
    assert first_digit_half(link_halves.SALT, "inc-a") == "check"


def test_half_scores_score_each_half_on_its_own_documents():
    gold = {"d1": "inc-b", "d2": "inc-b", "d3": "inc-a", "d4": "inc-a"}
    # the rules half's incident joined, the check half's split in two
    pred = {"d1": "P1", "d2": "P1", "d3": "P2", "d4": "P3"}
    h = link_halves.half_scores(pred, gold)
    assert h["rules"]["documents"] == 2 and h["rules"]["incidents"] == 1
    assert h["rules"]["bcubed"] == (1.0, 1.0, 1.0) and h["rules"]["pairwise"] == (1.0, 1.0, 1.0)
    assert h["check"]["bcubed"][:2] == (1.0, 0.5) and h["check"]["bcubed"][2] == pytest.approx(2 / 3)
    assert h["check"]["pairwise"] == (None, 0.0, 0.0)


def test_a_merge_across_the_halves_costs_both():
    gold = {"d1": "inc-b", "d2": "inc-b", "d3": "inc-a"}
    pred = {"d1": "P1", "d2": "P1", "d3": "P1"}
    h = link_halves.half_scores(pred, gold)
    assert h["rules"]["bcubed"][0] == pytest.approx(2 / 3) and h["check"]["bcubed"][0] == pytest.approx(1 / 3)
    # the pairs holding a document of each half: (d1, d2) is right, (d1, d3) and (d2, d3) are not
    assert h["rules"]["pairwise"][0] == pytest.approx(1 / 3) and h["check"]["pairwise"][0] == 0.0


def test_rules_errors_leave_the_check_half_out():
    errors = [("split: a", "inc-b", {"doc": "d1"}), ("split: b", "inc-a", {"doc": "d3"}),
              ("merge: c", "inc-c", {"doc": "d5"})]
    assert link_halves.rules_errors(errors) == [("split: a", {"doc": "d1"}), ("merge: c", {"doc": "d5"})]
