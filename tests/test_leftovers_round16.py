"""Sixteenth round, small faults left by earlier rounds, each with a text written for it and a near miss: a place the
report denies is not the scene; a bare dateline's town of several namesakes is the one the report supports, else the
largest; a US report keeps a small US town over a larger foreign namesake; Rangers are a state's forces (not the sports
teams of that name); and the gazetteer answers a county's towns from an index."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from eventdesk.nlp.components.event_type import classify
from eventdesk.nlp.components.event_type.cues import _GOVERNMENT

from .placing import place_fixture


place_of = place_fixture("r-leftovers16", dt.date(2019, 5, 4))


# -- a place the report denies ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, title, town", [
    ("A man was shot and wounded Saturday night. The shooting, initially reported as in Toledo, happened in Maumee, "
     "police said.", "Man shot in Toledo", "Maumee"),
    ("TOLEDO — A man was shot and wounded Saturday night. The shooting happened in Maumee, not in Toledo as first "
     "reported, police said.", "Man shot", "Maumee"),
    ("A woman was shot and killed Friday. The shooting happened in Kettering rather than Dayton, police said.",
     "Woman shot in Dayton", "Kettering"),
])
def test_a_place_the_report_denies_is_not_the_scene(place_of, text, title, town):
    assert place_of(text, title)[:2] == (town, "Ohio")


@pytest.mark.parametrize("text, title", [
    # a denial of something else, or a "not" with words between it and the name
    ("A man was shot and wounded Saturday night in Toledo, police said. He was not in serious condition.", "Man shot"),
    ("A man was shot and wounded Saturday night not far from Toledo, police said.", "Man shot near Toledo"),
    ("A man was shot and wounded Saturday night in Toledo. Police first said he had been hit in Maumee.", "Man shot in Toledo"),
])
def test_a_place_not_denied_reads_as_before(place_of, text, title):
    assert place_of(text, title)[:2] == ("Toledo", "Ohio")


def test_a_denied_place_that_is_the_only_one_still_says_the_region(place_of):
    text = "A man was shot and wounded Saturday night, not in Toledo's downtown as first reported, police said."
    assert place_of(text, "Man shot in Toledo")[:2] == ("Toledo", "Ohio")


# -- a bare dateline's town among namesakes ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, title, state", [
    # the rest of the report supports one namesake: a county, a tip line's area code, a state's agency, a town near,
    # the outlet
    ("SELMA — A man was shot and killed Saturday night, Dallas County deputies said.", "Man shot", "Alabama"),
    ("SELMA — A man was shot and killed Saturday night. Anyone with information should call 334-555-0100.",
     "Man shot", "Alabama"),
    ("SELMA — A man was shot and killed Saturday night. The Alabama Bureau of Investigation is looking into it.",
     "Man shot", "Alabama"),
    ("SELMA — A man was shot and killed Saturday night. The suspect fled toward Fresno, police said.", "Man shot",
     "California"),
    ("SELMA — A man was shot and killed Saturday night, Fresno County deputies said.", "Man shot", "California"),
    # nothing else: the most populous
    ("SELMA — A man was shot and killed Saturday night on Broad Street, police said.", "Man shot", "California"),
])
def test_a_bare_datelines_town_is_the_namesake_the_report_supports(place_of, text, title, state):
    assert place_of(text, title)[:2] == ("Selma", state)


# -- a US report keeps a US town over a larger foreign namesake -------------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("A man was shot and killed Saturday night in Bel Air, sheriff's deputies said.", "Man shot"),
    ("A man was shot and killed Saturday night in Bel Air, police said. Tips: 410-555-0100.", "Man shot"),
    ("A man was shot and killed Saturday night in Bel Air, police said. Maryland State Police are investigating.",
     "Man shot"),
    ("A man was shot and killed Saturday night in Bel Air, police said.", "Man shot in Bel Air | WBAL-TV 11 Baltimore"),
])
def test_a_us_report_keeps_the_us_namesake(place_of, text, title):
    assert place_of(text, title)[:2] == ("Bel Air", "Maryland")


def test_a_report_from_abroad_keeps_the_foreign_namesake(place_of):
    text = "Gendarmes said a man was shot and killed Saturday night in Bel Air, on the outskirts of Paris."
    assert place_of(text, "Man shot")[2] == "FR"

_EXCESSIVE = ("Protests", "Excessive force against protesters")


# -- a crowd that wrecks a place riots; a later death of a blast is the blast's --------------------------------------

@pytest.mark.parametrize("text", [
    "Villagers set fire to a clinic in Harlow township.",
    "Residents of the Dalen compound ransacked the ward office on Monday.",
])
def test_a_crowd_of_ordinary_people_that_wrecks_a_place_riots(text):
    assert classify(text)[0] == "Riots"


@pytest.mark.parametrize("text", [
    # the wreckers are an armed group or unknown: property destroyed, whoever tells it
    "Villagers said gunmen set fire to a clinic in Harlow township.",
    "Unknown persons set fire to a clinic in Harlow township overnight; no one was hurt.",
    "Villagers fled as soldiers torched their homes.",
])
def test_property_wrecked_by_others_than_a_crowd_stays_property_destruction(text):
    assert classify(text) == ("Strategic developments", "Looting/property destruction")


def test_a_later_death_of_a_blast_is_the_blasts_event():
    # ACLED counts a later death with the event that caused it: the bombing's type, not a new event's
    text = "A second person has died of injuries from Tuesday's bomb blast in Corvin, police said."
    assert classify(text) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


# -- Rangers are government forces ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Rangers beat protesters who had gathered outside the district office in Kot Samad, leaving six injured.",
    "Sindh Rangers beat demonstrators who had gathered outside the press club, leaving four injured.",
])
def test_rangers_who_beat_protesters_use_force_as_the_police_would(text):
    assert classify(text) == _EXCESSIVE
    assert classify(text.replace("Sindh Rangers", "Police").replace("Rangers", "Police")) == _EXCESSIVE


@pytest.mark.parametrize("text", [
    "Pakistan Rangers regained control of the area after an exchange of fire with the gang.",
    "Texas Rangers arrested the suspect at a motel in Harlow on Friday.",
    "Park rangers were shot at by poachers near the reserve's east gate.",
])
def test_rangers_of_a_state_are_government_forces(text):
    assert _GOVERNMENT.search(text)


@pytest.mark.parametrize("text", [
    "The Texas Rangers beat the Houston Astros 5-3 in ten innings on Tuesday.",
    "The Rangers' pitcher left the game in the fourth inning.",
    "New York Rangers supporters marched to the arena before the game.",
    "Queens Park Rangers won away at Harlow Town on Saturday.",
])
def test_a_sports_team_called_rangers_is_no_government_force(text):
    assert not _GOVERNMENT.search(text)


# -- the gazetteer answers a county's towns from an index -------------------------------------------------------------

def test_a_countys_towns_are_searched_by_index_not_scanned(gazetteer):
    con = sqlite3.connect(gazetteer.path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        plan = " ".join(str(row[-1]) for row in con.execute(
            "EXPLAIN QUERY PLAN SELECT name FROM town_county WHERE admin1 = ? AND county = ?", ("Ohio", "lucas")))
    finally:
        con.close()
    assert "USING COVERING INDEX" in plan and "SCAN" not in plan


def test_county_top_is_the_largest_towns_population(gazetteer):
    [lucas] = [c for c in gazetteer.counties("Lucas County") if c.admin1 == "Ohio"]
    toledo = gazetteer.lookup("Toledo", "US", admin1="Ohio", kinds=("city",), limit=1)[0]
    assert gazetteer.county_top(lucas) == gazetteer.population(toledo) > 200_000
