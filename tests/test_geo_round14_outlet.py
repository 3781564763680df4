"""US places, fourteenth round: an outlet's name and town at the end of a headline are not the scene.

A page title often ends in the outlet's part, set off by a dash or a bar, with the outlet's home town and state
("... - KXXX Channel 7, Little Rock, Arkansas", "... – The Courier, Everett, Wash.", "... - WXXX-TV 2 Atlanta").
A station or paper covers a region across state lines, so its home is a weak default only: it weighs like a
banner, below any town the text names, and stands in when the text names none.  Before this round only the
postal form ("Shreveport, LA") was read; a state spelt out or abbreviated AP style gave the bare state or no
place, and a town after call letters and a channel gave nothing.

``eval/geo_check3.jsonl`` holds 40 invented reports of that kind; the first test pins the scores this round
reached on its halves.  The focused tests use sentences written for them: positives and near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from eval import check_sets, geo_check
from eventdesk.nlp.components.places.outlets import _tail_homes, _title_outlet_tail

from .placing import assert_reached, place_reader


@pytest.fixture(scope="module")
def place_of(nlp, gazetteer):
    """The place of the mention with the most claims of a report (text, title), as (name, state, country code)."""
    led, read = place_reader(nlp, gazetteer, "r-round14-outlet", dt.date(2017, 3, 4), title=None)
    yield read
    led.close()


# within 25 km before this round: rules 19 of 20, check 18 of 20 (the reports that name no town)
REACHED = {"rules": (20, 20), "check": (20, 20)}


def test_check_set_three_scores(ledger, gazetteer):
    assert_reached(ledger, gazetteer, "3", REACHED)


def test_set_three_has_its_own_halves(gazetteer):
    ids = [row["id"] for row in geo_check.rows(geo_check.CHECK_SET_3)]
    assert len(ids) == len(set(ids)) == 40
    assert geo_check.half("g15-001", "fourteenth-geo3:") == check_sets.first_digit_half("fourteenth-geo3:", "g15-001")
    assert {geo_check.half(i, "fourteenth-geo3:") for i in ids} == {"rules", "check"}
    assert all(geo_check.gold_place(gazetteer, row) is not None for row in geo_check.rows(geo_check.CHECK_SET_3))


@pytest.mark.parametrize("title, home", [
    ("Clerk shot during robbery – KQRT Channel 4, Little Rock, Arkansas", ["Little Rock, Arkansas"]),
    ("Clerk shot during robbery – The Harbor Courier, Everett, Wash.", ["Everett, WA"]),
    ("Clerk shot during robbery | WBQT Local 9 Cincinnati, Ohio", ["Cincinnati, Ohio"]),
    ("Clerk shot during robbery – KZRT 3 News Now, St. Louis, Mo.", ["St. Louis, MO"]),
    ("Clerk shot during robbery - WQRX-TV 11 Atlanta", ["Atlanta"]),
])
def test_an_outlet_part_says_its_home(title, home):
    assert _tail_homes(_title_outlet_tail(title)) == home


@pytest.mark.parametrize("title", [
    "Clerk shot during robbery in Marshall, Texas",  # the headline's own town and state: no outlet part
    "Clerk shot during robbery - Ohio",  # a section's name, not an outlet's
    "Clerk shot during robbery - WQRX 7 Eyewitness News",  # call letters and a channel, then no town
    "Clerk shot during robbery | WQRX 7 News - Tulsa, OK",  # the postal form: read as before, not twice
])
def test_no_outlet_home_where_the_title_has_none(title):
    assert _tail_homes(_title_outlet_tail(title)) == []


@pytest.mark.parametrize("title, town, state", [
    ("Clerk shot during robbery – KQRT Channel 4, Little Rock, Arkansas", "Little Rock", "Arkansas"),
    ("Clerk shot during robbery – The Harbor Courier, Everett, Wash.", "Everett", "Washington"),
    ("Clerk shot during robbery - WQRX-TV 11 Atlanta", "Atlanta", "Georgia"),
])
def test_a_report_naming_no_town_gets_the_outlets_home(place_of, title, town, state):
    text = ("A store clerk was shot in the arm late Tuesday during a robbery, police said.\n"
            "The two robbers ran off with cash from the register.")
    assert place_of(text, title)[:2] == (town, state)


@pytest.mark.parametrize("title, text, town, state", [
    ("Clerk shot during robbery – KQRT Channel 4, Little Rock, Arkansas",
     "A store clerk was shot in the arm late Tuesday during a robbery at a gas station in Pine Bluff, police said.",
     "Pine Bluff", "Arkansas"),
    ("Clerk shot during robbery – The Harbor Courier, Everett, Wash.",
     "A store clerk was shot in the arm late Tuesday during a robbery at a market in Lynnwood, police said.",
     "Lynnwood", "Washington"),
    ("Clerk shot during robbery - WQRX-TV 11 Atlanta",
     "A store clerk was shot in the arm late Tuesday during a robbery in Chattanooga, Tennessee, police said.",
     "Chattanooga", "Tennessee"),
    ("Clerk shot during robbery | WBQT Local 9 Cincinnati, Ohio",
     "NEWPORT, Ky. — A store clerk was shot in the arm late Tuesday during a robbery on Monmouth Street, police said.",
     "Newport", "Kentucky"),
])
def test_a_town_the_text_names_outweighs_the_outlets_home(place_of, title, text, town, state):
    assert place_of(text, title)[:2] == (town, state)
