"""US places, thirty-sixth round: towns with no state, told by the paper the report quotes.

A local paper named after its town says the town but not its state where several states have a town of that name
("police told The Greenville News", "The Decatur Daily reported"); the rest of its masthead says which, as a
masthead naming no town ("The Plain Dealer") says its city.  Such papers are listed in ``outlets._MASTHEADS`` with
their home, so the report's town goes to the namesake the paper is published in rather than the largest.

``eval/geo_check25.jsonl`` holds 60 invented reports of that kind and of others left alone (a suspect's home county
beside the scene's, a direction before a county, a hospital named like a town, Athens beside Decatur), with their
near misses; the first test pins the scores this round reached.  The focused tests use sentences written for them."""

from __future__ import annotations

import datetime as dt

import pytest

from eval import geo_check

from .placing import assert_own_halves, assert_reached, place_fixture

# within 25 km before this round: rules 23 of 32, check 16 of 28
REACHED = {"rules": (32, 28), "check": (28, 21)}

place_of = place_fixture("r-round36-masthead", dt.date(2016, 11, 12))


def test_check_set_twenty_five_scores(ledger, gazetteer):
    assert_reached(ledger, gazetteer, "25", REACHED)


def test_set_twenty_five_has_its_own_halves(gazetteer):
    assert geo_check.SETS["25"] == (geo_check.CHECK_SET_25, "thirty-sixth-geo36:")
    assert_own_halves(gazetteer, "25", 60)


# -- a paper named after a town several states share ------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    # the largest Greenville is North Carolina's: the paper is South Carolina's
    ("A man was shot early Saturday outside a pharmacy on Wade Hampton Boulevard, police told The Greenville News.",
     ("Greenville", "South Carolina")),
    # the largest Decatur is Illinois's: the paper is Alabama's
    ("DECATUR — A woman was wounded on Saturday at a house on Moulton Street, The Decatur Daily reported.",
     ("Decatur", "Alabama")),
    # a masthead naming no town at all, of a namesake's paper
    ("ROCHESTER — A man was shot on Saturday at a duplex in the northwest part of the city, police told the "
     "Post-Bulletin.", ("Rochester", "Minnesota")),
])
def test_a_namesakes_paper_says_which_town(place_of, text, place):
    assert place_of(text)[:2] == place


@pytest.mark.parametrize("text, place", [
    # a wire service's name says no state: the largest Greenville
    ("A man was shot early Saturday outside a pharmacy in Greenville, police told The Associated Press.",
     ("Greenville", "North Carolina")),
    # "daily" alone is no masthead: the largest Decatur
    ("DECATUR — A woman was wounded on Saturday at a house on Moulton Street, a daily paper reported.",
     ("Decatur", "Illinois")),
])
def test_a_wire_or_a_word_of_no_masthead_leaves_the_largest_namesake(place_of, text, place):
    assert place_of(text)[:2] == place


def test_the_mastheads_of_namesake_towns_are_listed_with_their_state():
    from eventdesk.geo.outlets import MASTHEADS

    assert MASTHEADS["Greenville News"] == ("Greenville", "SC")
    assert MASTHEADS["Daily Reflector"] == ("Greenville", "NC")
    assert MASTHEADS["Reflector-Chronicle"] == ("Abilene", "KS")
    assert MASTHEADS["Gazette-Mail"] == ("Charleston", "WV")
