"""US places, twentieth round: the wrong state, or a town abroad, for a town with namesakes.

A town that shares its name with a city abroad or a bigger American town (Athens, Salem, Parma, Florence, Troy)
is told by a clue, not its state.  This round: a state's university or force whose name holds the state ("an Ohio
University student", "Kansas State University", "the Ohio State Highway Patrol") says that state and that the
report is American, where the tagger leaves the state inside the organisation's name ("Washington University" lies
in St. Louis and says nothing); a street or a building said with its town ("on Mill Street, Athens police said")
is no part of the largest city of the town's name; and a bare dateline ("SALEM —", "PARMA —") of a town an
American town of some size is named too is an American paper's own town, unless American wire copy datelines
that city alone abroad ("PARIS —", "ROME (AP) —"); and a country's name an American town bears ("shot in Lebanon
... taken to a hospital in Nashville"), in a report naming no other country and a big American city that is no seat
of world news (Washington, New York), is that town.

``eval/geo_check10.jsonl`` holds 113 invented reports of those kinds; the first test pins the scores this round
reached.  The focused tests use sentences written for them: each rule's positive case and its near miss."""

from __future__ import annotations

import datetime as dt

import pytest

from eval import geo_check

from .placing import assert_own_halves, assert_reached, place_fixture

# within 25 km before this round: rules 53 of 57, check 53 of 56
REACHED = {"rules": (57, 55), "check": (56, 54)}


def test_check_set_ten_scores(ledger, gazetteer):
    assert_reached(ledger, gazetteer, "10", REACHED)


def test_set_ten_has_its_own_halves(gazetteer):
    assert geo_check.SETS["10"] == (geo_check.CHECK_SET_10, "twentieth-geo10:")
    assert_own_halves(gazetteer, "10", 113)


place_of = place_fixture("r-round20-geo", dt.date(2017, 5, 5))


# -- a state inside a university's or a force's name -------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("ATHENS — An Ohio University student was wounded early Saturday when shots were fired outside a party, police "
     "said.", ("Athens", "Ohio", "US")),
    ("ATHENS — A student was wounded early Saturday when shots were fired outside a party, the Ohio State Highway "
     "Patrol said.", ("Athens", "Ohio", "US")),
    ("A Washington State University student was shot and wounded Sunday in Vancouver, police said.",
     ("Vancouver", "Washington", "US")),
    # near miss: Washington University lies in St. Louis, and says nothing of the state of Washington
    ("A Washington University student was shot and wounded Sunday in Vancouver, police said.",
     ("Vancouver", None, "CA")),
])
def test_a_state_inside_a_university_or_force_says_the_state(place_of, text, place):
    assert place_of(text, "Student wounded") == place


# -- a street with its town --------------------------------------------------------------------------------------------

def test_a_street_with_its_town_is_no_part_of_the_largest_namesake(place_of):
    text = ("ATHENS — An Ohio University student was wounded early Saturday when shots were fired outside a party on "
            "Mill Street, Athens police said.")
    assert place_of(text, "Student wounded")[:2] == ("Athens", "Ohio")


def test_a_neighbourhood_with_its_city_is_still_that_city(place_of):
    # near miss: a part of a big city said with the city after it is that city
    text = "A man was shot and wounded Friday at a home in Homewood, Pittsburgh police said."
    assert place_of(text, "Man wounded")[:2] == ("Pittsburgh", "Pennsylvania")


# -- a bare dateline ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("SALEM — A man was shot and wounded on Sunday, police said.\nHe was taken to a hospital.", ("Salem", "US")),
    ("PARMA — A man was shot and wounded on Sunday, police said.", ("Parma", "US")),
    ("FLORENCE — Two men were wounded outside a nightclub early Sunday, police said.", ("Florence", "US")),
    # near misses: a wire's own dateline of a city abroad, and a dateline that says its country
    ("PARIS — A man was shot and wounded Sunday outside a cafe, police said.", ("Paris", "FR")),
    ("ROME (AP) — A man was shot and wounded Sunday outside a cafe, police said.", ("Rome", "IT")),
    ("ATHENS, Greece — A man was shot and wounded Sunday outside a cafe, police said.", ("Athens", "GR")),
])
def test_a_bare_dateline_is_an_american_papers_own_town(place_of, text, place):
    found = place_of(text, "Man wounded")
    assert (found[0], found[2]) == place


def test_a_town_in_the_body_alone_keeps_its_largest_namesake(place_of):
    # near miss: no dateline, no cue: nothing says the report is American
    text = "A man was shot and wounded on Sunday in Salem, police said. He was taken to a hospital in Coimbatore."
    assert place_of(text, "Man wounded")[2] == "IN"


# -- a country's name an American town bears ---------------------------------------------------------------------------

def test_a_countrys_name_beside_a_big_american_city_is_the_american_town(place_of):
    text = ("A man was shot and wounded Sunday in Lebanon, police said. He was taken to Vanderbilt University Medical "
            "Center in Nashville.")
    assert place_of(text, "Man wounded")[:3] == ("Lebanon", "Tennessee", "US")


@pytest.mark.parametrize("text", [
    # near misses: no big American city; Washington standing for the government
    "Two people were killed in Lebanon on Sunday when a car bomb exploded, officials said.",
    "Two people were killed in Lebanon on Sunday when a car bomb exploded, officials said. Washington condemned the attack.",
])
def test_a_country_without_an_american_citys_report_is_no_american_town(place_of, text):
    assert place_of(text, "Two killed in bombing")[:2] != ("Lebanon", "Tennessee")


# -- a turnpike by name ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("A man was shot and wounded at a motel on the Berlin Turnpike in Berlin on Sunday, police said.", "US"),
    # near miss: no American road, and the largest Berlin is Germany's
    ("A man was shot and wounded near the Brandenburg Gate in Berlin on Sunday, police said.", "DE"),
])
def test_a_turnpike_by_name_is_an_american_road(place_of, text, country):
    assert place_of(text, "Man wounded")[2] == country
