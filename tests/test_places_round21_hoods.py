"""US places, twenty-first round: a shooting placed by a big city's neighbourhood, borough, ward, housing project or
landmark, the city named once, only by a dateline, or not at all.

Local news of gun violence comes most from big cities and names the neighbourhood ("shot in Scotlandville", "at the
Nickerson Gardens housing project") more than the city.  This round: the table of big cities' neighbourhoods
(``eventdesk.geo.neighbourhoods``) holds twenty more cities (Kansas City, San Antonio, Birmingham, Baton Rouge,
Toledo, Buffalo, Newark, Camden, Oakland, Tampa, Richmond, Norfolk, Tulsa, Omaha, Albuquerque, Las Vegas, Portland
...) and more of those it had, each name checked against the gazetteer: a name that is a town of some size
elsewhere in the city's own state is left out, so that town keeps its reports ("RUSSELL, Ky."); and a neighbourhood
whose last word the gazetteer reads as a kind ("Pratt City", found as Pratt, Kansas) is no town of its own name;
and a name the report calls a neighbourhood ("in the Ivanhoe neighborhood") that the table knows in one big city
only is that city's, not a town of the name elsewhere (Ivanhoe, Victoria), and is read after its article too ("in the
Ironbound", "at the Nickerson Gardens housing project").

``eval/geo_check11.jsonl`` holds 110 invented reports of those kinds; the first test pins the scores this round
reached.  The focused tests use sentences written for them: each rule's positive case and its near miss."""

from __future__ import annotations

import datetime as dt

import pytest

from eval import geo_check

from .placing import assert_own_halves, assert_reached, place_fixture

# within 25 km before this round: rules 40 of 61, check 35 of 49
# rules 49 until round 23, 50 and check 41 until the twenty-ninth session
REACHED = {"rules": (61, 51), "check": (49, 44)}

# the cities this round added to the table, each with its state
NEW_CITIES = (
    ("Kansas City", "Missouri"), ("San Antonio", "Texas"), ("Birmingham", "Alabama"), ("Baton Rouge", "Louisiana"),
    ("Jackson", "Mississippi"), ("Dayton", "Ohio"), ("Toledo", "Ohio"), ("Buffalo", "New York"),
    ("Rochester", "New York"), ("Newark", "New Jersey"), ("Camden", "New Jersey"), ("Oakland", "California"),
    ("Fresno", "California"), ("Stockton", "California"), ("Tampa", "Florida"), ("Richmond", "Virginia"),
    ("Norfolk", "Virginia"), ("Little Rock", "Arkansas"), ("Tulsa", "Oklahoma"), ("Omaha", "Nebraska"),
    ("Albuquerque", "New Mexico"), ("Las Vegas", "Nevada"), ("Portland", "Oregon"),
)


def test_check_set_eleven_scores(ledger, gazetteer):
    assert_reached(ledger, gazetteer, "11", REACHED)


def test_set_eleven_has_its_own_halves(gazetteer):
    assert geo_check.SETS["11"] == (geo_check.CHECK_SET_11, "twenty-first-geo11:")
    assert_own_halves(gazetteer, "11", 110)


# -- the table: new cities, and no town of the city's own state among their neighbourhoods ----------------------------

def test_new_cities_neighbourhoods_are_no_towns_of_their_own_state(gazetteer):
    """Each neighbourhood of a city this round added is no town of 1,000 people or more of that name elsewhere in the
    city's state (farther than 25 km from the city): a report naming the city may mean that town."""
    from eventdesk.geo.names import fold
    from eventdesk.geo.neighbourhoods import _CITIES
    from eventdesk.geo.resolve import distance_km

    clashes = []
    for city, state in NEW_CITIES:
        [centre] = gazetteer.lookup(city, "US", admin1=state, kinds=("city",), limit=1)
        for name in (n.strip() for n in _CITIES[(city, state)].split(";")):
            for q, town in gazetteer.matches(name, "US", admin1=state, kinds=("city",), limit=8):
                if (q == 0 and town.admin1 == state and fold(town.name) == fold(name)
                        and distance_km(centre, town) > 25 and gazetteer.population(town) >= 1000):
                    clashes.append((city, name, town.name))
    assert clashes == []


def test_the_table_holds_the_new_cities_and_leaves_out_their_states_towns():
    from eventdesk.geo.neighbourhoods import NEIGHBOURHOODS

    assert NEIGHBOURHOODS["scotlandville"] == [("Baton Rouge", "Louisiana")]
    assert NEIGHBOURHOODS["ironbound"] == [("Newark", "New Jersey")]
    assert NEIGHBOURHOODS["nickerson gardens"] == [("Los Angeles", "California")]
    assert NEIGHBOURHOODS["international district"] == [("Seattle", "Washington")]  # not made ambiguous
    # towns of the city's own state: Russell, Kentucky; Jordan, Minnesota; Palmetto, Florida
    assert ("Louisville", "Kentucky") not in NEIGHBOURHOODS.get("russell", [])
    assert ("Minneapolis", "Minnesota") not in NEIGHBOURHOODS.get("jordan", [])
    assert ("Tampa", "Florida") not in NEIGHBOURHOODS.get("palmetto", [])


place_of = place_fixture("r-round21-hoods", dt.date(2016, 8, 6))


# -- a neighbourhood alone stands for its city -------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("A 24-year-old man was killed Friday night in a shooting in Scotlandville, police said.",
     ("Baton Rouge", "Louisiana", "US")),
    ("Two people were wounded early Saturday outside a bar in the Ironbound, police said.",
     ("Newark", "New Jersey", "US")),
    ("A boy, 16, was wounded Friday night at the Nickerson Gardens housing project, police said.",
     ("Los Angeles", "California", "US")),
    ("A man was shot and killed Friday in Dignowity Hill, police said.", ("San Antonio", "Texas", "US")),
])
def test_a_neighbourhood_alone_stands_for_its_city(place_of, text, place):
    assert place_of(text) == place


@pytest.mark.parametrize("text, place", [
    # near misses: a neighbourhood after its article that the table knows in several cities, or in another city
    ("BOSTON — A man was shot Friday night in the West End, police said.", ("Boston", "Massachusetts", "US")),
    ("TACOMA, Wash. — A man was shot Friday night in the Hilltop neighborhood, Tacoma police said.",
     ("Tacoma", "Washington", "US")),
])
def test_a_neighbourhood_of_several_cities_or_of_the_towns_own_keeps_the_town(place_of, text, place):
    assert place_of(text) == place


def test_a_neighbourhood_with_its_city_named_once_is_that_city(place_of):
    assert place_of("A man was shot and killed Friday night in Fruitvale, Oakland police said.") == \
        ("Oakland", "California", "US")


# -- a last word read as a kind ----------------------------------------------------------------------------------------

def test_a_neighbourhood_ending_in_city_is_no_town_of_its_first_word(place_of):
    assert place_of("A teenager was shot Friday evening in Pratt City, police said.") == ("Birmingham", "Alabama", "US")


def test_the_town_of_the_first_word_keeps_its_own_report(place_of):
    # near miss: Pratt, Kansas, said as itself
    assert place_of("PRATT, Kan. — A man was shot Friday at a home in Pratt, the Pratt County sheriff said.") == \
        ("Pratt", "Kansas", "US")


# -- near misses: a town of the city's own state bearing a neighbourhood's name ----------------------------------------

@pytest.mark.parametrize("text, place", [
    ("RUSSELL, Ky. — A man was shot Friday at his home, Greenup County deputies said.", ("Russell", "Kentucky", "US")),
    ("JORDAN, Minn. — A man was shot Friday at a home, the Scott County Sheriff's Office said.",
     ("Jordan", "Minnesota", "US")),
    ("FRUITVALE, Colo. — A man was shot Friday outside a home, the Mesa County Sheriff's Office said.",
     ("Fruitvale", "Colorado", "US")),
])
def test_a_town_bearing_a_neighbourhoods_name_keeps_its_report(place_of, text, place):
    assert place_of(text) == place


# -- a name called a neighbourhood -------------------------------------------------------------------------------------

def test_sole_city_is_the_one_city_having_the_neighbourhood():
    from eventdesk.geo.neighbourhoods import sole_city

    assert sole_city("Ivanhoe") == "Kansas City, Missouri"
    assert sole_city("Scotlandville") == "Baton Rouge, Louisiana"
    assert sole_city("Westport") is None  # Kansas City's and Baltimore's
    assert sole_city("Lakeland") is None  # no big city's neighbourhood


@pytest.mark.parametrize("text, place", [
    ("A man was shot and killed Friday in the Ivanhoe neighborhood, police said.", ("Kansas City", "Missouri", "US")),
    ("A man was shot and killed Friday in the Scotlandville neighborhood, police said.",
     ("Baton Rouge", "Louisiana", "US")),
    # near misses: a neighbourhood of the dateline's own town, whose name the table knows in another city
    ("LAKELAND, Fla. — A man was shot Friday in the Edgewood neighborhood, Lakeland police said.",
     ("Lakeland", "Florida", "US")),
    ("SALEM, Ore. — A man was shot Friday in the Hilltop neighborhood, police said.", ("Salem", "Oregon", "US")),
    # near miss: a name many American towns bear is not forced to the table's one city (Atlanta's Lakewood)
    ("A man was shot and wounded Sunday in the Lakewood neighborhood, Dallas police said.", ("Dallas", "Texas", "US")),
])
def test_a_name_called_a_neighbourhood_is_the_one_city_having_it(place_of, text, place):
    assert place_of(text) == place
