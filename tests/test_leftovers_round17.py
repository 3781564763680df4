"""Seventeenth round, small faults left by earlier rounds, each with a text written for it and a near miss.

Places: a city named inside an organisation's name ("University of Chicago") still says where a neighbourhood is; a
police force's name ("Metro police") is no place abroad; a town the NER leaves untagged after "the city of", "just
outside", "on the outskirts of" or "near" is read; a Louisiana parish is a county.  Event type: police or soldiers
taking control of a neighbourhood regain territory.  Counts: a wounded shooter told as "the other man, who fired
first"; a named victim's age and a different age are two people; "one of four people shot" who died; "the shooting
deaths of A and B"; a figure the police lowered replaces the old one."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.nlp.components.event_type import classify

from .placing import place_reader
from .tolls import figures


@pytest.fixture(scope="module")
def place_of(nlp, gazetteer):
    """The place of the mention with the most claims of a report (text, title), as (name, state, country code)."""
    led, read = place_reader(nlp, gazetteer, "r-leftovers17", dt.date(2021, 6, 12))
    yield read
    led.close()


# -- 1. a city named inside an organisation's name is a cue for its neighbourhood ----------------------------------

@pytest.mark.parametrize("text", [
    "A man was shot and wounded Saturday night in Hyde Park, a few blocks from the University of Chicago, police said.",
    "A University of Chicago graduate student was shot and killed Saturday night in Hyde Park, police said.",
])
def test_a_city_inside_an_organisations_name_places_its_neighbourhood(place_of, text):
    assert place_of(text, "Man shot")[1:] == ("Illinois", "US")


def test_a_neighbourhood_with_its_city_named_plainly_keeps_that_city(place_of):
    # near miss: the report says Boston itself; a university elsewhere named in passing does not move it
    text = ("A man was shot and wounded Saturday night in Hyde Park, Boston police said. The victim had studied at the "
            "University of Chicago.")
    assert place_of(text, "Man shot")[1:] == ("Massachusetts", "US")


# -- 2. a police force's name is no place abroad --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # "Metro", which the tagger takes for a place, is a town in Indonesia
    "A man was shot dead Saturday night. Metro police Lt. Dan Reyes said the shooting happened in the 3000 block of "
    "Charleston Boulevard near Las Vegas Boulevard.",
    "A man was shot dead Saturday night. Metro police Lt. Dan Reyes said the shooting happened in the 3000 block of "
    "Charleston Boulevard. Anyone with information should call 702-555-0100.",
])
def test_metro_police_is_no_place_abroad(place_of, text):
    place = place_of(text, "Man shot")
    assert place is None or place[2] == "US"


@pytest.mark.parametrize("text", [
    "LAS VEGAS — A man was shot and killed Saturday night near Fremont Street, Metro police said.",
    "A man was shot and killed Saturday night in Las Vegas, and Metro police are looking for the gunman.",
])
def test_metro_police_beside_its_city(place_of, text):
    assert place_of(text, "Man shot")[1:] == ("Nevada", "US")


def test_the_town_of_metro_is_still_a_place(place_of):
    # near miss: "Police in Metro" is the town itself
    text = "Police in Metro, Indonesia, said a man was shot dead on Saturday."
    assert place_of(text, "Man shot")[::2] == ("Metro", "ID")


# -- 3. a town the NER leaves untagged after a phrase of place -------------------------------------------------------

@pytest.mark.parametrize("text, town, state", [
    # the tagger takes these for organisations
    ("A woman was shot and wounded Saturday night on the outskirts of Chillicothe, deputies in Ohio said.",
     "Chillicothe", "Ohio"),
    ("A man was shot and killed Saturday night on the edge of Bowling Green, Kentucky State Police said.",
     "Bowling Green", "Kentucky"),
    # a town of the state said, where the largest town of its name lies elsewhere
    ("A man was shot and killed Saturday night in the city of Commerce, deputies in Texas said.", "Commerce", "Texas"),
    ("A man was shot and killed Saturday night on the outskirts of Cleveland, deputies in Tennessee said.",
     "Cleveland", "Tennessee"),
    ("A man was shot and killed Saturday night near Paradise, deputies in California said.", "Paradise", "California"),
    # read before
    ("A man was shot and killed Saturday night just outside Pahrump, deputies said.", "Pahrump", "Nevada"),
    ("A man was shot and killed Saturday night near Ionia, Michigan, deputies said.", "Ionia", "Michigan"),
])
def test_an_untagged_town_after_a_phrase_of_place_is_read(place_of, text, town, state):
    assert place_of(text, "Man shot")[:2] == (town, state)


@pytest.mark.parametrize("text, place", [
    # near misses: a street after "near", a state's name after "outside", a county said with its state
    ("A man was shot and killed Saturday night near Central Avenue in Toledo, police said.", ("Toledo", "Ohio")),
    ("A man was shot and killed Saturday night just outside Ohio's capital, Columbus, police said.",
     ("Columbus", "Ohio")),
    ("A man was shot and killed Saturday night in Texas, in Lubbock County, deputies said.",
     ("Lubbock", "Texas")),
])
def test_no_town_read_where_none_is_named(place_of, text, place):
    assert place_of(text, "Man shot")[:2] == place


# -- 4. Louisiana's parishes are its counties ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A man was shot and killed Saturday night in Sabine Parish, sheriff's deputies said.",
    "Deputies in Caddo Parish said a man was shot and killed Saturday night.",
])
def test_a_parish_is_a_louisiana_county(place_of, text):
    assert place_of(text, "Man shot")[1:] == ("Louisiana", "US")


def test_a_county_of_that_name_stays_where_it_is(place_of):
    # near miss: Sabine County is in Texas
    text = "A man was shot and killed Saturday night in Sabine County, sheriff's deputies said."
    assert place_of(text, "Man shot")[1:] == ("Texas", "US")


# -- 5. police or soldiers taking control of ground regain it -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police took control of the Kot Samad neighbourhood after a gunfight with gang members on Tuesday.",
    "Soldiers took control of the Harlow district after heavy clashes with the militia.",
    "Security forces took full control of the area after an exchange of fire with the gang.",
])
def test_police_taking_control_of_ground_regain_territory(text):
    assert classify(text) == ("Battles", "Government regains territory")


@pytest.mark.parametrize("text", [
    "Gunmen took control of the Kot Samad neighbourhood after a gunfight with police on Tuesday.",
    "Militants took control of the Harlow district after heavy clashes with the army.",
])
def test_an_armed_group_taking_control_overtakes_territory(text):
    assert classify(text) == ("Battles", "Non-state actor overtakes territory")


# -- 6. a wounded shooter told as "the other man, who fired first" -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("SPRINGFIELD, Ill. — Two men exchanged gunfire outside a bar on Main Street on Saturday night. One man was "
     "killed. The other man, who fired first, was wounded and taken to a hospital, police said.", (1, 1)),
])
def test_a_wounded_shooter_told_as_the_other_man(mentions_of, text, expected):
    assert figures(mentions_of(text)) == expected


def test_the_other_man_unhurt_is_not_counted(mentions_of):
    # near miss: the other man was not hurt
    text = ("SPRINGFIELD, Ill. — Two men exchanged gunfire outside a bar on Main Street on Saturday night. One man was "
            "killed. The other man, who fired first, was not hurt and was arrested, police said.")
    assert figures(mentions_of(text)) == (1, 0)


# -- 7. a named victim's age and another age are two people --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("SPRINGFIELD, Ill. — Dana Pruitt, 29, died at the scene of a shooting on Oak Street on Saturday night. A "
     "47-year-old man was shot in the leg and is expected to survive, police said.", (1, 1)),
])
def test_a_different_age_is_another_victim(mentions_of, text, expected):
    assert figures(mentions_of(text)) == expected


def test_the_same_age_is_the_same_victim(mentions_of):
    # near miss: the 29-year-old is Dana Pruitt, told again
    text = ("SPRINGFIELD, Ill. — Dana Pruitt, 29, died at the scene of a shooting on Oak Street on Saturday night. "
            "The 29-year-old was shot in the chest, police said.")
    assert figures(mentions_of(text)) == (1, 0)


# -- 8. "one of four people shot" who died ---------------------------------------------------------------------------

def test_one_of_four_shot_who_died_is_one_killed(mentions_of):
    text = ("SPRINGFIELD, Ill. — Dana Pruitt, one of four people shot on Oak Street on Saturday night, has died, "
            "police said.")
    assert figures(mentions_of(text)) == (1, 3)


def test_one_of_four_killed_is_four_killed(mentions_of):
    # near miss: all four were killed
    text = ("SPRINGFIELD, Ill. — Dana Pruitt, one of four people killed on Oak Street on Saturday night, was a "
            "teacher, police said.")
    assert figures(mentions_of(text))[0] == 4


# -- 9. "the shooting deaths of A and B" ---------------------------------------------------------------------------

def test_the_shooting_deaths_of_two_named_people(mentions_of):
    text = ("SPRINGFIELD, Ill. — Police arrested a man Monday in the shooting deaths of Dana Pruitt and Marcus Bell on "
            "Oak Street.")
    assert figures(mentions_of(text)) == (2, 0)


def test_the_shooting_death_of_one_named_person(mentions_of):
    # near miss: one death, and a second name that is no victim
    text = ("SPRINGFIELD, Ill. — Police arrested Marcus Bell on Monday in the shooting death of Dana Pruitt on Oak "
            "Street.")
    assert figures(mentions_of(text)) == (1, 0)


# -- 10. a figure the police lowered replaces the old one -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("SPRINGFIELD, Ill. — Six people were wounded in a shooting on Oak Street on Saturday night, police first said. "
     "Police later lowered the number wounded in the shooting to four.", (0, 4)),
    ("SPRINGFIELD, Ill. — Police lowered the number of people wounded in Saturday's shooting on Oak Street to four.",
     (0, 4)),
])
def test_a_lowered_figure_replaces_the_old_one(mentions_of, text, expected):
    assert figures(mentions_of(text)) == expected


def test_a_raised_figure_replaces_the_old_one(mentions_of):
    # near miss in the other direction
    text = ("SPRINGFIELD, Ill. — Police raised the number of people wounded in Saturday's shooting on Oak Street to "
            "seven.")
    assert figures(mentions_of(text)) == (0, 7)
