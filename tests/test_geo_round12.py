"""US places, twelfth round: a town inside the county picked, named in a background sentence (not as a
landmark or where the victims went), is finer than the county's centre; a county of several states takes the state of the town the
victims were taken to when nothing weightier says one; "a rural Williston address" names a town; the town after
a street address ("the 11000 block of Mill Road in Ashland") is the scene; a station's web site says its
state.  All texts are written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_places import where


@pytest.fixture(scope="module")
def place_with_title(nlp, gazetteer):
    """The place of the mention with the most claims of a report with a headline."""
    from eventdesk import Ledger, Report

    led = Ledger(":memory:", nlp=nlp, gazetteer=gazetteer)

    def run(title: str | None, text: str):
        report = Report(id="r-round12", text=text, title=title, published=dt.date(2016, 10, 3))
        [(_, _, mentions)] = list(led.analyze([report]))
        assert mentions, "no mention extracted"
        return max(mentions, key=lambda m: len(m.claims)).place

    yield run
    led.close()


# -- a town inside the county picked -----------------------------------------------------------------------

def test_a_town_the_county_holds_named_in_the_background_is_finer_than_the_county(place_with_title):
    # a report on the sentencing: the county's jail and court weigh most, the shooting's town is told in passing
    text = ("A man who bought the gun that killed a 5-year-old boy was sentenced Thursday to 11 months in the "
            "Harris County Jail.\nHe pleaded guilty in a Harris County courtroom on Thursday morning.\n"
            "Prosecutors say in March 2015 he bought the gun for a teenage friend, who fired it inside his Alief "
            "apartment, sending a bullet through the wall.")
    assert where(place_with_title("Man sentenced in boy's shooting death", text)) == ("Alief", "Texas", "US")


LARIMER = ("LARIMER COUNTY, Colo. -- A 15-year-old boy was accidentally shot in the leg Saturday while hunting "
           "with his father, the Larimer County Sheriff's Office said.\n"
           "Deputies were called to a ranch {where} shortly after 4 p.m.\n"
           "The boy was taken to a hospital in {care} and is expected to recover.")


@pytest.mark.parametrize("where_, care", [("just east of Wellington", "Denver"), ("off a gravel road", "Denver")])
def test_a_landmark_or_a_hospitals_town_leaves_the_county(place_with_title, where_, care):
    # a town to find the scene by, or where the boy was taken, says only the region
    place = place_with_title("Boy hurt in hunting accident", LARIMER.format(where=where_, care=care))
    assert place is not None and (place.name, place.admin1, place.precision) == ("Larimer County", "Colorado", "region")


# -- a county of several states, and the state of the town the victims were taken to -------------------------

WILLIAMS = ("Williams County deputies are investigating after a man was shot and wounded Sunday afternoon while "
            "cleaning a rifle in his garage.\n"
            "The man was taken to a {city} hospital with injuries that are not life-threatening, the sheriff said.")


@pytest.mark.parametrize("city, state", [("Bismarck", "North Dakota"), ("Toledo", "Ohio")])
def test_a_hospitals_town_says_the_state_of_a_county_of_several_states(place_with_title, city, state):
    place = place_with_title("Man hurt while cleaning rifle", WILLIAMS.format(city=city))
    assert place is not None and (place.name, place.admin1) == ("Williams County", state)


def test_a_weighty_town_still_says_the_state_of_the_county(place_with_title):
    # the report's own town (Bryan, Ohio) vouches for Ohio, whatever the hospital's town says
    text = ("Williams County deputies are investigating after a man was shot and wounded Sunday in Bryan.\n"
            "The man was later flown to a Fort Wayne hospital, the sheriff said.")
    assert where(place_with_title("Man shot in Bryan", text)) == ("Bryan", "Ohio", "US")


# -- "a rural Williston address" ---------------------------------------------------------------------------

def test_a_rural_address_names_its_town(place_with_title):
    text = ("The Williams County Sheriff's Office responded to a rural Williston address on Tuesday after a "
            "4-year-old girl was shot in the hand.\n"
            "The girl is in stable condition in a Fargo hospital.")
    assert where(place_with_title("Girl, 4, shot in the hand", text)) == ("Williston", "North Dakota", "US")


def test_a_familys_residence_is_no_town(place_with_title):
    # "the Hastings residence" without "rural" is a family's house: the report's town stays
    text = ("A man was shot and wounded Friday night at the Hastings residence on Pine Street in Dalton, "
            "police said.\nThe man was taken to a hospital with a wound to the arm.")
    place = place_with_title("Man wounded on Pine Street", text)
    assert where(place) == ("Dalton", "Georgia", "US")


# -- the town after a street address --------------------------------------------------------------------------

HANOVER = ("HANOVER, Va. -- A 9-year-old boy was shot in the arm Sunday in Hanover, deputies said.\n"
           "Deputies responded to the 11000 block of Mill Road in {town} around 2 p.m.\n"
           "The boy was taken to a hospital in Richmond and is expected to recover.")


def test_the_town_after_a_street_address_is_the_scene(place_with_title):
    place = place_with_title("Boy, 9, shot in the arm in Hanover", HANOVER.format(town="Ashland"))
    assert where(place) == ("Ashland", "Virginia", "US")


def test_a_county_after_a_street_address_leaves_the_dateline(place_with_title):
    place = place_with_title("Boy, 9, shot in the arm in Hanover", HANOVER.format(town="Hanover County"))
    assert place is not None and place.name == "Hanover" and place.admin1 == "Virginia"


# -- a station's web site names its home ------------------------------------------------------------------------

def test_site_names_give_the_stations_home():
    from eventdesk.nlp.components.places import _site_market

    assert _site_market("wsoctv") == ("Charlotte", "NC")  # call letters with "tv" glued on
    assert _site_market("kare11") == ("Minneapolis", "MN")  # ... or the channel's number
    assert _site_market("click2houston") == ("Houston", "TX")  # a brand
    # a site that is no station's, and call letters of no station known
    assert _site_market("facebook") is None and _site_market("kidsnews") is None


GREENVILLE = ("Police in Greenville say a man was shot and wounded Sunday night outside a convenience store on "
              "Laurel Street.\nThe man was taken to a hospital with injuries that are not life-threatening.\n"
              "Stay with {site} for updates.")


@pytest.mark.parametrize("site, state", [("wyff4.com", "South Carolina"), ("the station's app", "North Carolina")])
def test_a_stations_site_in_the_credits_says_which_namesake_town(place_with_title, site, state):
    place = place_with_title("Man shot outside Greenville store", GREENVILLE.format(site=site))
    assert where(place) == ("Greenville", state, "US")


PASADENA = ("A 17-year-old was shot and wounded Saturday night in Pasadena, police said.\n"
            "The teen was taken to a hospital with a wound to the leg.\nCopyright 2016 {site}. All rights reserved.")


@pytest.mark.parametrize("site, state", [("nbclosangeles.com", "California"), ("Example Media", "Texas")])
def test_a_stations_brand_site_says_which_namesake_town(place_with_title, site, state):
    assert where(place_with_title("Teen shot in Pasadena", PASADENA.format(site=site))) == ("Pasadena", state, "US")


def test_the_town_after_a_street_address_does_not_carry_the_report_out_of_its_state(place_with_title):
    # a suburb the gazetteer knows by this spelling only in another state (Ohio's): the rest keeps Florida
    text = ("A 3-year-old boy found a handgun in a car parked outside his family's home at 2210 Cedar Hollow Lane "
            "in Eastlake and shot himself in the hand, Pinellas deputies said.\n"
            "The boy was taken to a hospital in St. Petersburg and is expected to recover.")
    place = place_with_title("Boy, 3, shoots himself with gun found in car", text)
    assert place is not None and place.admin1 == "Florida"


# -- "in his Alief apartment" -----------------------------------------------------------------------------------

def test_the_town_of_a_victims_own_home_is_the_scene(place_with_title):
    text = ("A 15-year-old boy was shot in the leg Saturday night inside his Alief apartment while a friend handled "
            "a pistol, police said.\nThe boy was taken to a hospital and is expected to survive.")
    assert where(place_with_title("Teen shot while friend handles gun", text)) == ("Alief", "Texas", "US")
