"""US places, thirteenth round: general cues to which of several namesake towns a report means, for towns and
outlets no table knows.  A state's offices beside its police (its bureau or division of criminal investigation,
its attorney general, "a University of Georgia student") say the state, as its state police did;
"The Iowa Division ..." at a sentence's start is still Iowa; a district attorney and an interstate make a report
American; a district attorney named for his district ("the Essex District Attorney", Massachusetts' way) names
that county.

``eval/geo_check.jsonl`` holds 154 invented reports whose scene town has namesakes; the first test pins the
scores this round reached on it.  The focused tests use sentences written for them, each rule's positive case
and its near miss."""

from __future__ import annotations

import datetime as dt

import pytest

from eval import check_sets, geo_check

from .placing import geo_check_scores, place_reader


@pytest.fixture(scope="module")
def place_of(nlp, gazetteer):
    """The place of the mention with the most claims of a report (title, text)."""
    led, read = place_reader(nlp, gazetteer, "r-round13", dt.date(2016, 5, 14), need_mention=True)
    yield read
    led.close()


def test_check_set_scores(ledger, gazetteer):
    assert len(geo_check.rows()) == 154
    scores = geo_check_scores(ledger, gazetteer, "1")
    # within 25 km before this round: rules half 59 of 69, check half 74 of 85
    assert scores["rules"]["rows"] == 69 and scores["check"]["rows"] == 85
    assert scores["rules"]["within"] >= RULES_WITHIN, scores
    assert scores["check"]["within"] >= CHECK_WITHIN, scores


RULES_WITHIN = 66  # 62 -> 66 by the thirty-second session
CHECK_WITHIN = 80  # 75 until the nineteenth round, 77 until the thirty-second session


def test_halves_are_fixed_by_the_salted_hash():
    assert geo_check.half("g13-001") == check_sets.first_digit_half("thirteenth-geo13:", "g13-001")
    assert {geo_check.half(f"g13-{i:03d}") for i in range(1, 155)} == {"rules", "check"}


def test_every_gold_town_is_in_the_gazetteer(gazetteer):
    assert all(geo_check.gold_place(gazetteer, row) is not None for row in geo_check.rows())


# -- a state's offices say its state ---------------------------------------------------------------------------

@pytest.mark.parametrize("town, office, state", [
    ("Clinton", "The Iowa Division of Criminal Investigation", "Iowa"),
    ("Rochester", "The Minnesota Bureau of Criminal Apprehension", "Minnesota"),
    ("Springfield", "The Illinois Attorney General", "Illinois"),
])
def test_a_state_office_says_which_namesake(place_of, town, office, state):
    text = (f"{town.upper()} — A man was shot and wounded late Friday outside a tavern on Fifth Avenue, police said.\n"
            f"{office} was asked to help with the investigation.")
    assert place_of(text) == (town, state, "US")


def test_a_state_university_says_its_state(place_of):
    text = "ATHENS — A University of Georgia student was wounded Saturday in a shooting near a bar downtown, police said."
    assert place_of(text) == ("Athens", "Georgia", "US")


def test_without_an_office_the_largest_namesake_stays(place_of):
    text = ("CLINTON — A man was shot and wounded late Friday outside a tavern on Fifth Avenue, police said.\n"
            "Detectives were asked to help with the investigation.")
    assert place_of(text) == ("Clinton", "Maryland", "US")


# -- offices and roads only the United States have ----------------------------------------------------------

def test_a_district_attorney_makes_the_report_american(place_of):
    text = ("SALEM — A man was shot in the arm late Friday on Lafayette Street, the district attorney's office said.\n"
            "He is expected to recover.")
    assert place_of(text)[2] == "US"


def test_an_interstate_makes_the_report_american(place_of):
    text = "KINGSTON — A driver was shot and wounded Friday night on Interstate 87 near the exit for the city, police said."
    assert place_of(text)[2] == "US"


def test_without_such_a_cue_the_largest_namesake_abroad_stays(place_of):
    # a near miss: nothing American, and the largest Salem is India's.  (Round 20: no longer under a bare dateline
    # "SALEM —", which is an American paper's own town; see test_places_round20.)
    text = "A man was shot in the arm late Friday on Lafayette Street in Salem, police said.\nHe is expected to recover."
    assert place_of(text)[2] != "US"


# -- a district attorney named for his district ----------------------------------------------------------------

@pytest.mark.parametrize("town, office", [
    ("Springfield", "a spokesman for Hampden District Attorney Anthony Gulluni said"),
    ("Salem", "the Essex District Attorney's office said"),
])
def test_a_prosecutors_district_is_a_county(place_of, town, office):
    text = f"{town.upper()} — Two men were wounded in a shooting near a corner store Friday night, {office}."
    assert place_of(text)[:2] == (town, "Massachusetts")


def test_an_assistant_district_attorney_names_no_county(place_of):
    text = ("SPRINGFIELD — Two men were wounded in a shooting near a corner store Friday night, "
            "Assistant District Attorney Dana Pryor said.")
    assert place_of(text)[:2] == ("Springfield", "Missouri")
