"""US places, twelfth round (second): cues that keep a town in its own state.  A township said with its state is
its namesake town there; "the Black River" is a river, not a village of another state; a lower-case phrase
("a north city neighborhood") names no place; "the Arlington neighborhood" is a part of the city the report
names; the state after a victim's home town weighs as the town; the state an outlet's name in the page title
bears says which namesake is meant; a headline's bare town does not pin the largest namesake's state.  All texts
are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.geo.resolve import Toponym, resolve_place

from .test_places import where


@pytest.fixture(scope="module")
def place_with_title(nlp, gazetteer):
    """The place of the mention with the most claims of a report with a headline."""
    from eventdesk import Ledger, Report

    led = Ledger(":memory:", nlp=nlp, gazetteer=gazetteer)

    def run(title: str | None, text: str):
        report = Report(id="r-round12b", text=text, title=title, published=dt.date(2016, 10, 3))
        [(_, _, mentions)] = list(led.analyze([report]))
        assert mentions, "no mention extracted"
        return max(mentions, key=lambda m: len(m.claims)).place

    yield run
    led.close()


# -- a township said with its state ------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Lancaster Twp., Pa.", "Lancaster Township, Pa."])
def test_a_township_with_its_state_is_its_namesake_town_there(gazetteer, text):
    # the gazetteer has no township: its namesake town in that state, not the state's centre
    place = resolve_place([Toponym(text, 0, 0, 2.0)], gazetteer, context_countries=("US",))
    assert place is not None and (place.name, place.admin1, place.precision) == ("Lancaster", "Pennsylvania", "city")


def test_a_town_with_its_state_is_unchanged(gazetteer):
    place = resolve_place([Toponym("Lancaster, Calif.", 0, 0, 2.0)], gazetteer, context_countries=("US",))
    assert where(place) == ("Lancaster", "California", "US")


# -- "the Black River" ---------------------------------------------------------------------------------------

RIVER = ("WAYNE COUNTY, Mo. - A fisherman found the body of a man with a gunshot wound in {water} on Saturday "
         "morning, the sheriff said.\nThe man, 47, had been reported missing in November.")


def test_a_river_is_no_town_of_another_state(place_with_title):
    place = place_with_title("Body with gunshot wound found in river", RIVER.format(water="the Black River"))
    assert place is not None and (place.name, place.admin1) == ("Wayne County", "Missouri")


@pytest.mark.parametrize("text, expected", [("Lake Charles", ("Lake Charles", "Louisiana", "US")),
                                            ("Fall River", ("Fall River", "Massachusetts", "US"))])
def test_a_town_named_for_water_is_still_a_town(gazetteer, text, expected):
    assert where(resolve_place([Toponym(text, 0, 0, 2.0)], gazetteer, context_countries=("US",))) == expected


# -- a lower-case phrase ------------------------------------------------------------------------------------

def test_a_lower_case_phrase_names_no_place(gazetteer):
    # "in a north city neighborhood": North City is an Illinois village's other name, no scene in St. Louis
    topos = [Toponym("St. Louis, Mo.", 0, 0, 0.3), Toponym("north city", 40, 50, 2.0)]
    assert where(resolve_place(topos, gazetteer, context_countries=("US",))) == ("St. Louis", "Missouri", "US")


def test_a_capitalised_name_is_still_read(gazetteer):
    assert resolve_place([Toponym("North City", 0, 0, 2.0)], gazetteer, context_countries=("US",)) is not None


# -- "the Arlington neighborhood" ----------------------------------------------------------------------------

def test_a_neighbourhood_is_a_part_of_the_city_named(place_with_title):
    text = ("Two men were shot Tuesday afternoon in the 4100 block of Elm Ave. in the Arlington neighborhood of "
            "Northwest Baltimore, police said.\nOne of them died at a hospital.")
    assert where(place_with_title("Two shot near race track", text)) == ("Baltimore", "Maryland", "US")


def test_a_big_citys_known_neighbourhood_still_stands_for_its_city(place_with_title):
    # the table of big cities' neighbourhoods knows it: its city, as before
    text = "A man was shot and killed early Sunday in the Marquette Park neighborhood, police said."
    assert where(place_with_title("Man killed in shooting", text)) == ("Chicago", "Illinois", "US")


def test_a_towns_neighbourhood_still_names_the_town(place_with_title):
    # "a Lafayette neighborhood": the town's, the modifier as before
    text = "A man was shot and killed Sunday night in a Lafayette neighborhood, police said."
    place = place_with_title("Man killed in shooting", text)
    assert place is not None and place.name == "Lafayette"


# -- the state of a victim's home town -----------------------------------------------------------------------

def test_the_state_of_a_home_town_does_not_outweigh_the_dateline(place_with_title):
    text = ("SCOTT COUNTY, Ky. - A man was found shot to death behind a truck stop Saturday night, deputies said.\n"
            "John Ward, 31, of Memphis, Tennessee, was pronounced dead at a hospital.")
    place = place_with_title("Man found shot behind truck stop", text)
    assert place is not None and (place.name, place.admin1) == ("Scott County", "Kentucky")


def test_a_town_with_its_state_as_the_scene_is_unchanged(place_with_title):
    text = "A man was shot and killed Saturday night in Memphis, Tennessee, police said."
    assert where(place_with_title("Man killed in shooting", text)) == ("Memphis", "Tennessee", "US")


# -- the outlet's state in the page title --------------------------------------------------------------------

NORWALK = "Police found a man with a gunshot wound during a traffic stop in Norwalk on Friday night, officers said."


def test_the_state_an_outlets_name_bears_says_the_namesake(place_with_title):
    place = place_with_title("Man found shot during traffic stop | News 8 Connecticut", NORWALK)
    assert where(place) == ("Norwalk", "Connecticut", "US")


@pytest.mark.parametrize("title", ["Man found shot during traffic stop | News 8",
                                   "Man found shot during traffic stop | Georgia News Network",
                                   "Man found shot during traffic stop - New York Daily Ledger",
                                   "Man found shot during traffic stop - Connecticut"])
def test_an_outlet_without_a_state_or_with_an_ambiguous_one_says_nothing(place_with_title, title):
    # the larger Norwalk, as before: no state; Georgia, which is also a country; New York's papers, read nationwide;
    # a section's name, no outlet's
    assert where(place_with_title(title, NORWALK)) == ("Norwalk", "California", "US")


# -- a headline's bare town ----------------------------------------------------------------------------------

def test_a_headlines_town_takes_the_state_the_report_says(place_with_title):
    text = ("One man was injured after he was shot outside a bar on Wednesday night, police said.\n"
            "Anyone with information is asked to call police at (717) 555-0134.")
    place = place_with_title("One hurt in shooting in Lancaster Wednesday night", text)
    assert where(place) == ("Lancaster", "Pennsylvania", "US")


def test_a_headlines_common_name_keeps_its_city(place_with_title):
    text = "Six people were wounded when gunfire broke out after a fight on Saturday night, police said."
    place = place_with_title("Six Wounded in Philly Following Fight", text)
    assert where(place) == ("Philadelphia", "Pennsylvania", "US")


# -- cross streets after an address --------------------------------------------------------------------------

def test_cross_streets_after_an_address_are_no_towns(place_with_title):
    text = ("A 4-year-old girl was shot and wounded Sunday afternoon in the 3100 block of Orchard Street, near Craig "
            "and Lamb, LVMPD officers said.\nThe girl was taken to a hospital in critical condition.")
    assert where(place_with_title("Girl, 4, wounded in accidental shooting", text)) == ("Las Vegas", "Nevada", "US")


def test_a_town_near_a_road_is_still_a_town(place_with_title):
    # one name after "near", no crossing: a town, as before
    text = "A man was shot and wounded Sunday on Route 9 near Glens Falls, state police said."
    place = place_with_title("Man wounded on highway", text)
    assert place is not None and (place.name, place.admin1) == ("Glens Falls", "New York")
