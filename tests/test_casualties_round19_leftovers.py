"""Per-report killed / injured figures, round nineteen: faults the eighteenth session's rounds left, each seen on
invented text or on dev.

Each test reads a text written for it through the real pipeline and pins a rule's positive case beside its near
miss.  The figure is the one the GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import figures as _figures


# -- "a quadruple shooting" told in a dated clause on the place is an earlier incident there

def test_a_multiple_shooting_in_a_dated_clause_on_the_place_is_background(mentions_of):
    text = ("CLEVELAND - A man was shot on Euclid Avenue on Tuesday, police said, near the corner where a quadruple "
            "shooting left two dead last week.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_multiple_shooting_in_an_undated_clause_on_the_place_is_this_one(mentions_of):
    # near miss: no time of its own, the clause tells the scene officers were called to
    text = ("CLEVELAND - Officers were called to the corner of Euclid Avenue and East 79th Street, where a quadruple "
            "shooting left two people dead, police said.")
    assert _figures(mentions_of(text)) == (2, 2)
