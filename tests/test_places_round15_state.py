"""US places, fifteenth round: the state of a town whose name several states bear, told only indirectly.
A county's name with a saint's or an inner capital is read whole ("the St. Clair County Coroner", "DeKalb County
police"), so that it says its state as a plain county's name does; a town before "man", "woman" or "teen" at a
sentence's start or after an age ("A Marietta man ...", "a 24-year-old Gary man") is read as where someone
lives, faintly, so that it lends its state to the scene's town without outweighing it; a military
installation ("a Marine stationed at Camp Lejeune") says its state, faintly.

``eval/geo_check4.jsonl`` holds 121 invented reports of a namesake town with its state told indirectly, and of
reports naming several towns of which one is the scene; the first test pins the scores this round reached.  The
focused tests use sentences written for them, each rule's positive case and its near miss."""

from __future__ import annotations

import datetime as dt

import pytest

from eval import check_sets, geo_check
from eventdesk.nlp.components.places.local_names import _county_cues

from .placing import assert_reached, place_reader


@pytest.fixture(scope="module")
def place_of(nlp, gazetteer):
    """The place of the mention with the most claims of a report (text), as (name, state, country code)."""
    led, read = place_reader(nlp, gazetteer, "r-round15-state", dt.date(2018, 6, 9))
    yield read
    led.close()


# within 25 km before this round: set 4 rules 56 of 57, check 63 of 64
REACHED = {"4": {"rules": (57, 57), "check": (64, 64)}}  # check 63 until round 20, rules 56 until the twenty-fifth session


@pytest.mark.parametrize("name", sorted(REACHED))
def test_check_set_scores(ledger, gazetteer, name):
    assert_reached(ledger, gazetteer, name, REACHED[name])


def test_set_four_has_its_own_halves(gazetteer):
    ids = [row["id"] for row in geo_check.rows(geo_check.CHECK_SET_4)]
    assert len(ids) == len(set(ids)) == 121
    assert geo_check.SETS["4"][1] == "fifteenth-geo4:"
    assert {geo_check.half(i, "fifteenth-geo4:") for i in ids} == {"rules", "check"}
    assert all(geo_check.gold_place(gazetteer, row) is not None for row in geo_check.rows(geo_check.CHECK_SET_4))


def test_the_command_scores_set_four(capsys):
    assert geo_check.main(["--set", "4"]) == 0
    out = capsys.readouterr().out
    assert "set 4  rules" in out and "set 4  check" in out


# -- county names read whole ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, county", [
    ("The man died at the scene, the St. Clair County Coroner's Office said.", "St. Clair County"),
    ("DeKalb County police said the shooting followed an argument.", "DeKalb County"),
    ("Deputies with the McLennan County Sheriff's Office found the car.", "McLennan County"),
    ("Prince George's County police are investigating.", "Prince George's County"),
    ("Ste. Genevieve County deputies took the man into custody.", "Ste. Genevieve County"),
])
def test_a_county_name_with_a_saint_or_inner_capital_is_read_whole(text, county):
    assert [t.text for t in _county_cues(text, 0)] == [county]


@pytest.mark.parametrize("text, county", [
    ("The Kane County Coroner will release his name.", "Kane County"),
    ("Deputies from the Los Angeles County Sheriff's Department responded.", "Los Angeles County"),
])
def test_a_plain_county_name_reads_as_before(text, county):
    assert [t.text for t in _county_cues(text, 0)] == [county]


def test_a_saints_county_says_the_state_of_a_namesake_town(place_of):
    text = ("O'FALLON — A 36-year-old man was shot and killed late Friday outside a home on Cherry Lane, the St. Clair "
            "County Coroner's Office said.\nOfficers found him in the driveway. No arrest has been made.")
    assert place_of(text) == ("O'Fallon", "Illinois", "US")


def test_dekalb_county_makes_decatur_georgias(place_of):
    text = ("DECATUR — A woman was shot and wounded Sunday at an apartment complex on Covington Highway, the DeKalb "
            "County Medical Examiner's Office said. She died later.\nPolice have not named a suspect.")
    assert place_of(text)[:2] == ("Decatur", "Georgia")


def test_a_plain_county_keeps_its_town(place_of):
    text = ("SPRINGFIELD — A man was shot and killed Saturday night on North Main Street, the Greene County Sheriff's "
            "Office said.\nDeputies are looking for a gray pickup truck.")
    assert place_of(text)[:2] == ("Springfield", "Missouri")


# -- a town before "man" or "teen": where someone lives --------------------------------------------------------

def test_a_home_town_at_a_sentences_start_lends_its_state(place_of):
    text = ("A Marietta man was shot and killed Sunday at an apartment complex in Decatur, police said.\n"
            "Officers found him near the pool. Investigators have not named a suspect.")
    assert place_of(text)[:2] == ("Decatur", "Georgia")


def test_a_home_town_after_an_age_lends_its_state(place_of):
    text = ("An 18-year-old Akron man was killed Saturday night in a shooting in Canton, police said.\n"
            "He was pronounced dead at the scene. A second man was questioned and released.")
    assert place_of(text)[:2] == ("Canton", "Ohio")


def test_a_home_town_does_not_outweigh_the_dateline(place_of):
    text = ("SUMTER — A Columbia woman was shot and killed Saturday at a home on Oak Street, police said.\n"
            "She was 34. Her former boyfriend was arrested a few hours later.")
    assert place_of(text)[:2] == ("Sumter", "South Carolina")


def test_a_home_town_does_not_outweigh_the_scene(place_of):
    text = ("A 24-year-old Gary man was shot and killed Sunday at a gas station on Calumet Avenue in Hammond, police "
            "said.\nThe shooter fled in a red sedan.")
    assert place_of(text)[:2] == ("Hammond", "Indiana")


def test_a_persons_description_is_no_town(place_of):
    text = ("A Black man was shot and killed Saturday at a home in Jackson, the Hinds County coroner said.\n"
            "Police have made no arrest.")
    assert place_of(text)[:2] == ("Jackson", "Mississippi")


# -- military installations ------------------------------------------------------------------------------------

def test_camp_lejeune_makes_jacksonville_north_carolinas(place_of):
    text = ("JACKSONVILLE — A 22-year-old man was shot and killed Saturday night outside a bar, police said.\n"
            "He was a Marine stationed at Camp Lejeune, a base spokesman said.")
    assert place_of(text)[:2] == ("Jacksonville", "North Carolina")


def test_an_air_base_by_its_short_form_says_its_state(place_of):
    text = ("A man was shot and wounded Friday outside a home in Belleville, police said.\n"
            "He is an airman assigned to Scott AFB. The shooter fled on foot.")
    assert place_of(text)[:2] == ("Belleville", "Illinois")


def test_a_base_of_the_towns_own_state_keeps_it(place_of):
    text = ("A man was shot and killed Saturday in Jacksonville, police said.\n"
            "He was a sailor assigned to Naval Station Mayport. Police are looking for two men.")
    assert place_of(text)[:2] == ("Jacksonville", "Florida")


def test_a_fort_that_is_also_a_town_says_no_state(place_of):
    text = ("FORT BRAGG — A man was shot and wounded Saturday on Main Street, the Mendocino County Sheriff's Office said.\n"
            "He was taken to a hospital in Ukiah.")
    assert place_of(text)[:2] == ("Fort Bragg", "California")


def test_the_check_set_ids_use_their_salt():
    assert geo_check.half("g16-001", "fifteenth-geo4:") == check_sets.first_digit_half("fifteenth-geo4:", "g16-001")
