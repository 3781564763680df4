"""US places, twenty-eighth round: the namesake a dateline or a cue word picks wrong.

A local paper datelines its own town bare ("LEBANON —"), and a town may bear a country's name: no wire dates a story
by a country's name, so the report's "Lebanon" is then the American town, not the country (its other names of the
country still say it).  Where every name a report gives has a namesake in one country only, that country is the
report's, though its weightiest name is a bigger city's abroad ("ALEXANDRIA (AP) — ... a hospital in Pineville"). The
gazetteer gives a name's ten largest namesakes; where the report's station or agency names a state holding an
eleventh ("HANOVER (WRIC) —": Virginia's, a town of a few hundred people), that one joins them.  "DPS troopers" say
Arizona or Texas (their highway patrols belong to the Department of Public Safety), and Dartmouth College says New
Hampshire.

``eval/geo_check17.jsonl`` holds 60 invented reports of those kinds, of state forces told by a word several states
use, of a county told by a station's copyright line and of stateless namesakes told by their clues, with their near
misses; the first test pins the scores this round reached.  The focused tests use sentences written for them."""

from __future__ import annotations

import datetime as dt

from eval import geo_check

from .placing import assert_own_halves, assert_reached, place_fixture

# within 25 km before this round: rules 24 of 29, check 27 of 31
REACHED = {"rules": (29, 28), "check": (31, 29)}

place_of = place_fixture("r-round28-namesakes", dt.date(2016, 8, 20))


def test_check_set_seventeen_scores(ledger, gazetteer):
    assert_reached(ledger, gazetteer, "17", REACHED)


def test_set_seventeen_has_its_own_halves(gazetteer):
    assert geo_check.SETS["17"] == (geo_check.CHECK_SET_17, "twenty-eighth-geo17:")
    assert_own_halves(gazetteer, "17", 60)


# -- a bare dateline of a country's name ---------------------------------------------------------------------------------

def test_a_bare_dateline_of_a_countrys_name_is_the_american_town(place_of):
    text = ("LEBANON — A man was shot in the arm outside a market on Brasfield Road on Friday night, police said.\n"
            "Officers said the gunman drove off toward Mount Juliet.")
    assert place_of(text)[:2] == ("Lebanon", "Tennessee")


def test_a_story_from_the_country_stays_abroad(place_of):
    text = ("TYRE, Lebanon (AP) — Gunmen killed two soldiers at an army checkpoint outside the city on Friday, "
            "the Lebanese army said.")
    assert place_of(text)[2] == "LB"
    text = "BEIRUT (AP) — A bomb killed three people near a market in Lebanon's capital on Friday, officials said."
    assert place_of(text)[2] == "LB"


# -- names that all have a namesake in one country ----------------------------------------------------------------------

def test_a_town_abroad_beside_a_town_only_its_american_namesake_lies_by(place_of):
    text = ("ALEXANDRIA (AP) — A man was shot in the chest at a duplex on Marlow Street early Monday, police said.\n"
            "He was taken to a hospital in Pineville.")
    assert place_of(text)[:2] == ("Alexandria", "Louisiana")


def test_a_story_of_the_city_abroad_stays_there(place_of):
    text = ("ALEXANDRIA, Egypt (AP) — Gunmen shot dead two policemen at a checkpoint on Tuesday, the Interior "
            "Ministry said.")
    assert place_of(text)[2] == "EG"
    text = "CAIRO (AP) — Gunmen fired on a police car in Giza on Wednesday, wounding two officers, officials said."
    assert place_of(text)[2] == "EG"


# -- DPS troopers --------------------------------------------------------------------------------------------------------

def test_dps_troopers_say_arizona_or_texas(place_of):
    text = "A DPS trooper shot a man who fired at him on a highway near Florence on Sunday, officials said."
    assert place_of(text)[:2] == ("Florence", "Arizona")


# -- a namesake beyond the ten largest -----------------------------------------------------------------------------------

def test_a_stations_state_brings_in_a_small_namesake(place_of):
    text = ("HANOVER (WRIC) — A man was wounded at a home on Dunmore Road on Thursday night, the sheriff's office said.\n"
            "Deputies are looking for a gray pickup.")
    assert place_of(text)[:2] == ("Hanover", "Virginia")


def test_without_the_station_the_largest_namesake_stays(place_of):
    text = ("HANOVER — A man was wounded at a home on Dunmore Road on Thursday night, police said.\n"
            "Officers are looking for a gray pickup.")
    assert place_of(text)[:2] == ("Hanover", "Maryland")


def test_dartmouth_college_says_new_hampshire(place_of):
    text = ("HANOVER — A man was shot near a fraternity house on Saturday, police said.\n"
            "Dartmouth College told students to shelter in place.")
    assert place_of(text)[:2] == ("Hanover", "New Hampshire")

