"""Sixteenth round, small faults left by earlier rounds, each with a text written for it and a near miss: Rangers are
a state's forces (not the sports teams of that name), and the gazetteer answers a county's towns from an index."""

from __future__ import annotations

import sqlite3

import pytest

from eventdesk.nlp.components.event_type import classify
from eventdesk.nlp.components.event_type.cues import _GOVERNMENT

_EXCESSIVE = ("Protests", "Excessive force against protesters")


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
