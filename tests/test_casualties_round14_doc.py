"""Per-report killed / injured figures, round fourteen (one report's own toll): the counts a report gives of
something other than its incident's victims.  All sentences are written for these tests.  The figure is the one
the GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import figures as _figures




@pytest.mark.parametrize("text, expected", [
    # a relative clause on several shootings
    ("The first of the four shootings that wounded 12 people in Hampton over the holiday weekend happened on Elm "
     "Street. Three people were shot at a party there.", (0, 3)),
    ("Police are looking into more than a dozen shootings in which four people died over the summer. A man was shot "
     "dead on Pine Road on Friday.", (1, 0)),
    # several incidents as the clause's subject
    ("Three other overnight incidents left seven people wounded, police said. A woman was shot in the leg on Oak "
     "Street.", (0, 1)),
    # a place of several shootings with words between the number and the noun
    ("Four men are dead after a string of late-night shootings across Dayton. Two men were killed on Main Street.",
     (2, 0)),
])
def test_a_count_over_several_shootings_is_a_roundup(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: one shooting, one of several, or plural events that no number counts
    ("A man was killed and two people were wounded in a shooting that followed a fight at a bar, police said.", (1, 2)),
    ("The shooting that wounded three people at a cookout on Sunday remains under investigation.", (0, 3)),
    ("A man was killed in one of two shootings overnight, police said.", (1, 0)),
    ("The attacks killed three soldiers near the border, the army said.", (3, 0)),
    # a conflict report's one event may be several attacks: their toll is the event's
    ("After several attacks on farms near the river, four villagers were killed and two were wounded, officials "
     "said.", (4, 2)),
])
def test_a_count_of_one_shooting_stays(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # an age after "both" set off by dashes, and a decade of ages
    ("Two women — both 19 — were also shot, police said.", (0, 2)),
    ("3 women in 20's with gun shot wounds being taken to hospital from Harvard Ave.", (0, 3)),
    ("Two men - both 22 - were wounded outside a bar on Grove Street late Friday.", (0, 2)),
])
def test_ages_are_no_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: "all" before a number counts; ages set off by commas were read before
    ("All 19 passengers were killed when the bus was attacked.", (19, 0)),
    ("Police said all 12 were wounded and taken to hospitals.", (0, 12)),
    ("Two women, both 19, were also shot, police said.", (0, 2)),
])
def test_counts_beside_ages_stay(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
