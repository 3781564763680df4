"""US places, thirtieth round: the leftovers of the place a report names, placed in a namesake elsewhere.

An interstate's number says the states it runs through ("a motel just off I-65": Indiana's Hobart, not Oklahoma's),
for the two-digit routes of one stretch through at most eight states; the long ones (I-70, I-95) and the numbers two
routes far apart share say nothing.  "Piedmont Columbus Regional" is Georgia's Columbus's hospital.  "CPD" said
without its city is Chicago's, Columbus's, Cleveland's or Cincinnati's police, and which one, a neighbourhood of one of
them named in the report says (as "Metro police" and Nashville's neighbourhoods did).  A river bearing the name of the
one state it flows within says that state ("by the Alabama River": Alabama's Selma, not California's).

``eval/geo_check19.jsonl`` holds 62 invented reports of those kinds and of stateless namesakes told by one clue, with
their near misses; the first test pins the scores this round reached.  The focused tests use sentences written for
them."""

from __future__ import annotations

import datetime as dt

from eval import geo_check

from .placing import assert_own_halves, assert_reached, place_fixture

# within 25 km before this round: rules 25 of 35, check 17 of 27
REACHED = {"rules": (35, 34), "check": (27, 26)}

place_of = place_fixture("r-round30-namesakes", dt.date(2016, 9, 14))


def test_check_set_nineteen_scores(ledger, gazetteer):
    assert_reached(ledger, gazetteer, "19", REACHED)


def test_set_nineteen_has_its_own_halves(gazetteer):
    assert geo_check.SETS["19"] == (geo_check.CHECK_SET_19, "thirtieth-geo19:")
    assert_own_halves(gazetteer, "19", 62)


# -- an interstate's states ------------------------------------------------------------------------------------------

def test_an_interstate_says_its_states(place_of):
    text = "HOBART — A man was shot in the parking lot of a motel just off I-65 early Tuesday, police said."
    assert place_of(text)[:2] == ("Hobart", "Indiana")
    text = "SALEM — Two men were shot outside a truck stop near Interstate 81 late Friday, police said."
    assert place_of(text)[:2] == ("Salem", "Virginia")


def test_an_interstate_through_the_largest_namesakes_state_keeps_it(place_of):
    text = "JACKSON — A man was found shot to death in a car parked near I-55 on Sunday morning, police said."
    assert place_of(text)[:2] == ("Jackson", "Mississippi")


def test_a_long_interstate_or_a_spur_says_nothing(place_of):
    # I-95 crosses fifteen states; I-465 is a loop's number, not I-65's
    text = "SALEM — Two men were shot outside a truck stop near I-95 late Friday, police said."
    assert place_of(text)[:2] == ("Salem", "Oregon")
    text = "HOBART — A man was shot at a motel just off I-465 early Tuesday, police said. The OSBI is investigating."
    assert place_of(text)[:2] == ("Hobart", "Oklahoma")


# -- a hospital naming its city by another word ----------------------------------------------------------------------

def test_piedmont_columbus_regional_is_georgias(place_of):
    text = "COLUMBUS — Two teens were wounded at a house party early Sunday, police said. Both were taken to Piedmont Columbus Regional."
    assert place_of(text)[:2] == ("Columbus", "Georgia")


def test_columbus_ohios_own_hospital_keeps_ohio(place_of):
    text = "COLUMBUS — A man was shot on Parsons Avenue early Friday and taken to Grant Medical Center, police said."
    assert place_of(text)[:2] == ("Columbus", "Ohio")


# -- "CPD" and a neighbourhood ---------------------------------------------------------------------------------------

def test_cpd_beside_a_neighbourhood_is_that_citys(place_of):
    text = "A man was shot several times in Glenville on Wednesday night, CPD said."
    assert place_of(text)[:2] == ("Cleveland", "Ohio")
    text = "A man was wounded in a shooting in Linden on Tuesday night, CPD said."
    assert place_of(text)[:2] == ("Columbus", "Ohio")


def test_the_towns_own_police_keep_the_town(place_of):
    text = "LINDEN — A man was shot outside a bar on Wood Avenue on Saturday, Linden police said. Union County prosecutors are investigating."
    assert place_of(text)[:2] == ("Linden", "New Jersey")


def test_cpd_beside_neighbourhoods_of_two_cities_says_neither(place_of):
    # Avondale is Chicago's and Cincinnati's: CPD does not choose between them, and the bare name keeps its reading
    with_cpd = place_of("A man was shot in Avondale on Sunday night, CPD said.")
    without = place_of("A man was shot in Avondale on Sunday night, police said.")
    assert with_cpd == without


# -- a river named after its state -----------------------------------------------------------------------------------

def test_a_river_named_after_its_one_state_says_it(place_of):
    text = "SELMA — A man was shot on a boat ramp by the Alabama River on Saturday, police said."
    assert place_of(text)[:2] == ("Selma", "Alabama")


def test_a_river_named_after_a_state_it_leaves_says_nothing(place_of):
    # the Ohio River runs along Kentucky, Indiana, West Virginia and Illinois too
    text = "MILTON — A man was shot at a home near the Ohio River on Sunday, police said."
    assert place_of(text)[:2] == ("Milton", "Georgia")
