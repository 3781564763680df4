"""Seventeenth round, small faults left by earlier rounds, each with a text written for it and a near miss.

Places: a city named inside an organisation's name ("University of Chicago") still says where a neighbourhood is; a
police force's name ("Metro police") is no place abroad; a town the NER leaves untagged after "the city of", "just
outside", "on the outskirts of" or "near" is read, and a town of the state said is that state's namesake; a Louisiana
parish is a county.  Counts: a wounded shooter told as "the other man, who fired first"; a named victim's age and a
different age are two people; "one of four people shot" who died; "the shooting deaths of A and B"; a figure the
police lowered replaces the old one."""

from __future__ import annotations

import datetime as dt

import pytest

from .placing import place_fixture
from .tolls import figures


place_of = place_fixture("r-leftovers17", dt.date(2021, 6, 12))


# -- a city named inside an organisation's name is a cue for its neighbourhood ----------------------------------

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


# -- a police force's name is no place abroad --------------------------------------------------------------------

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


# -- a town the NER leaves untagged after a phrase of place -------------------------------------------------------

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


# -- Louisiana's parishes are its counties ----------------------------------------------------------------------

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


# -- a wounded shooter told as "the other man, who fired first" -------------------------------------------------

@pytest.mark.parametrize("text", [
    "SPRINGFIELD, Ill. — Two men exchanged gunfire outside a bar on Main Street on Saturday night. One man died; the "
    "other man, who fired first, was hospitalized with a gunshot wound, police said.",
    "SPRINGFIELD, Ill. — A shooting on Main Street left one man dead Saturday. Police said Dana Pruitt, 31, was "
    "killed by a man he had argued with. The other man, who fired first, was shot in the arm by Pruitt.",
])
def test_a_wounded_shooter_told_as_the_other_man(mentions_of, text):
    assert figures(mentions_of(text)) == (1, 1)


@pytest.mark.parametrize("text, expected", [
    # near misses: the other man was not hurt; "the man" who was shot is the one who died
    ("SPRINGFIELD, Ill. — Two men exchanged gunfire outside a bar on Main Street on Saturday night. One man died; the "
     "other man, who fired first, was not hurt and was arrested, police said.", (1, 0)),
    ("SPRINGFIELD, Ill. — A man was shot outside a bar on Main Street on Saturday night. The man died at a hospital, "
     "police said.", (1, 0)),
])
def test_no_other_man_hurt_adds_none(mentions_of, text, expected):
    assert figures(mentions_of(text)) == expected


# -- a named victim's age and another age are two people --------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("SPRINGFIELD, Ill. — Dana Pruitt, 29, died after a shooting on Oak Street on Saturday night. Police said a "
     "47-year-old man was shot in the arm.", (1, 1)),
    ("SPRINGFIELD, Ill. — Dana Pruitt, 29, was shot and killed on Oak Street on Saturday night. A 47-year-old man died "
     "later at a hospital, police said.", (2, 0)),
])
def test_a_different_age_is_another_victim(mentions_of, text, expected):
    assert figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text", [
    # near misses: the same age is Dana Pruitt told again; a hit told without an age may be him
    "SPRINGFIELD, Ill. — Dana Pruitt, 29, died after a shooting on Oak Street on Saturday night. Police said a "
    "29-year-old man was shot in the chest.",
    "SPRINGFIELD, Ill. — Dana Pruitt, 29, died after a shooting on Oak Street on Saturday night. Police said a man "
    "was shot in the chest.",
    "SPRINGFIELD, Ill. — Dana Pruitt, 29, was shot and killed on Oak Street on Saturday night. A 29-year-old man died "
    "at the scene, police said.",
])
def test_the_same_age_or_none_is_the_same_victim(mentions_of, text):
    assert figures(mentions_of(text)) == (1, 0)


# -- "one of four people shot" who died ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "SPRINGFIELD, Ill. — Police said Dana Pruitt, 22, one of four people shot at a party on Oak Street on Saturday, "
    "has died of his wounds.",
    "SPRINGFIELD, Ill. — One of four people shot at a party in Springfield, Illinois on Saturday has died, police said.",
    # read before
    "SPRINGFIELD, Ill. — Dana Pruitt, one of four people shot on Oak Street on Saturday night, has died, police said.",
])
def test_one_of_four_shot_who_died_is_one_killed(mentions_of, text):
    assert figures(mentions_of(text)) == (1, 3)


@pytest.mark.parametrize("text", [
    # near misses: the four were guests, not hit (the place of the whole's clause is no subject of "died" only where
    # the whole was hit)
    "SPRINGFIELD, Ill. — Police said Dana Pruitt, 22, one of four people invited to a party on Oak Street on "
    "Saturday, has died after being shot.",
    "SPRINGFIELD, Ill. — One of four people invited to a party in Springfield, Illinois on Saturday has died after "
    "being shot, police said.",
])
def test_one_of_four_not_hit_adds_no_hit(mentions_of, text):
    assert figures(mentions_of(text))[1] == 0


# -- "the shooting deaths of A and B" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "SPRINGFIELD, Ill. — Police are investigating the shooting deaths of Dana Pruitt and Marcus Bell on Oak Street.",
    "SPRINGFIELD, Ill. — A man was charged Monday in the shooting deaths of Dana Pruitt and Marcus Bell.",
])
def test_the_shooting_deaths_of_two_named_people(mentions_of, text):
    assert figures(mentions_of(text)) == (2, 0)


def test_the_shooting_death_of_one_named_person(mentions_of):
    # near miss: one death, and a second name that is no victim
    text = ("SPRINGFIELD, Ill. — Police arrested Marcus Bell on Monday in the shooting death of Dana Pruitt on Oak "
            "Street.")
    assert figures(mentions_of(text)) == (1, 0)


# -- a figure the police lowered replaces the old one -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "SPRINGFIELD, Ill. — Seven people were reported shot at a party on Oak Street on Saturday. Police later lowered "
    "the number wounded to four.",
    "SPRINGFIELD, Ill. — Police lowered the number of people wounded in Saturday's shooting on Oak Street to four.",
    "SPRINGFIELD, Ill. — Six people were reported wounded in a shooting on Oak Street on Saturday night. Police have "
    "since revised the number of wounded down to four.",
])
def test_a_lowered_figure_replaces_the_old_one(mentions_of, text):
    assert figures(mentions_of(text)) == (0, 4)


@pytest.mark.parametrize("text, expected", [
    # near misses: a figure raised; a figure cut off from another count ("to four" of a hospital)
    ("SPRINGFIELD, Ill. — Four people were reported shot at a party on Oak Street on Saturday. Police later raised "
     "the number wounded to seven.", (0, 7)),
    ("SPRINGFIELD, Ill. — Seven people were shot at a party on Oak Street on Saturday. Police said four of the "
     "wounded were taken to Memorial Hospital.", (0, 7)),
])
def test_a_figure_not_lowered_keeps_the_largest(mentions_of, text, expected):
    assert figures(mentions_of(text)) == expected
