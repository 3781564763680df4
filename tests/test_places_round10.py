"""Places, tenth round: an incident's place by agreement among its reports, a city's side in a headline,
"from the X area" (where someone comes from), a network station's market ("Fox Dallas-Fort Worth reports"),
and a headline's county named without its "County" ("Gwinnett shooting").  All texts are written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk import DateSpan, Mention, Place
from eventdesk.link import aggregate

from .test_places import where

# -- an incident's place by agreement among its reports ---------------------------------------------------

SPRINGFIELD_IL = Place("Springfield", "Illinois", "United States", "US", 39.8017, -89.6437, "city")
CHATHAM_IL = Place("Chatham", "Illinois", "United States", "US", 39.6761, -89.7043, "city")  # ~15 km away
PEORIA_POINT = Place("Peoria", "Illinois", "United States", "US", 40.6936, -89.5890, "point")  # ~100 km away
ILLINOIS = Place("Illinois", "Illinois", "United States", "US", 40.0, -89.0, "admin1")
OHIO = Place("Ohio", "Ohio", "United States", "US", 40.4, -82.7, "admin1")
SANGAMON = Place("Sangamon County", "Illinois", "United States", "US", 39.76, -89.66, "region")


def told(report: str, place: Place | None, index: int = 0) -> Mention:
    day = dt.date(2016, 5, 7)
    return Mention(report, index, 0, 10, "t", "Violence against civilians", "Attack", DateSpan(day, day, "day"),
                   place, (), (), day, None, ())


def place_of_incident(*mentions: Mention) -> Place | None:
    return aggregate("inc-1", list(mentions), None, None).location


def test_three_reports_that_agree_outweigh_one_precise_point_far_away():
    # the old rule took the most precise place first: one report's point beat three reports' town
    got = place_of_incident(told("r1", PEORIA_POINT), told("r2", SPRINGFIELD_IL), told("r3", SPRINGFIELD_IL),
                            told("r4", CHATHAM_IL))
    assert got == SPRINGFIELD_IL


def test_one_report_counts_once_however_many_segments_it_has():
    # one report naming Peoria in three segments is still one report against two
    got = place_of_incident(told("r1", PEORIA_POINT, 0), told("r1", PEORIA_POINT, 1), told("r1", PEORIA_POINT, 2),
                            told("r2", SPRINGFIELD_IL), told("r3", SPRINGFIELD_IL))
    assert got == SPRINGFIELD_IL


def test_a_precise_point_near_the_town_the_others_name_is_kept():
    # near miss: the point lies inside the group that agrees, and is the most precise of it
    near = Place("Springfield", "Illinois", "United States", "US", 39.78, -89.65, "point")
    assert place_of_incident(told("r1", near), told("r2", SPRINGFIELD_IL), told("r3", SPRINGFIELD_IL)) == near


def test_a_state_or_county_backing_a_town_never_outweighs_the_town():
    # near misses: reports naming only the state or the county vouch for the town inside it
    assert place_of_incident(told("r1", SPRINGFIELD_IL), told("r2", ILLINOIS), told("r3", ILLINOIS)) == SPRINGFIELD_IL
    assert place_of_incident(told("r1", SANGAMON), told("r2", SPRINGFIELD_IL), told("r3", SANGAMON)) == SPRINGFIELD_IL


def test_two_towns_of_one_state_and_the_state_keep_a_town():
    # the state agrees with both towns, but a town says more: the one named by more mentions
    got = place_of_incident(told("r1", PEORIA_POINT), told("r2", SPRINGFIELD_IL), told("r2", SPRINGFIELD_IL, 1),
                            told("r3", ILLINOIS), told("r4", ILLINOIS))
    assert got in (SPRINGFIELD_IL, PEORIA_POINT)
    assert got.precision in ("city", "point")


def test_one_town_alone_against_one_state_elsewhere_keeps_the_town():
    # near miss: a state's word vouches less than a town's
    assert place_of_incident(told("r1", SPRINGFIELD_IL), told("r2", OHIO)) == SPRINGFIELD_IL


def test_no_place_at_all_is_none():
    assert place_of_incident(told("r1", None), told("r2", None)) is None


# -- names in the report ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def place_with_title(nlp, gazetteer):
    """The place of the mention with the most claims of a report with a headline."""
    from eventdesk import Ledger, Report

    led = Ledger(":memory:", nlp=nlp, gazetteer=gazetteer)

    def run(title: str | None, text: str):
        report = Report(id="r-round10", text=text, title=title, published=dt.date(2016, 5, 9))
        [(_, _, mentions)] = list(led.analyze([report]))
        assert mentions, "no mention extracted"
        return max(mentions, key=lambda m: len(m.claims)).place

    yield run
    led.close()


# a page whose body is only a sign-up form: the headline tells the story alone
SIGN_UP = ("Thanks for signing up!\nPlease check your inbox and click the link to confirm your account.\n"
           "If the message does not arrive within a few minutes, look in your spam folder.")


@pytest.mark.parametrize("title", [
    "Five shot on Detroit's west side",
    "Five shot on Detroit 's west side",  # a headline whose possessive came split off its name
])
def test_a_citys_side_in_the_headline_names_the_city(place_with_title, title):
    # the body names only where a victim is from: the headline's city is the scene
    text = ("Five people were shot Saturday night outside a party store, police said.\n"
            "One of the victims, a 24-year-old man from Southfield, was in critical condition.")
    assert where(place_with_title(title, text)) == ("Detroit", "Michigan", "US")


def test_a_headline_without_a_side_leaves_the_body_to_say(place_with_title):
    # near miss: "on the west side" names no city
    text = ("Five people were shot Saturday night outside a party store, police said.\n"
            "One of the victims, a 24-year-old man from Southfield, was in critical condition.")
    assert where(place_with_title("Five shot on the west side", text)) == ("Southfield", "Michigan", "US")


@pytest.mark.parametrize("title, expected", [
    ("Arrest made in Gwinnett shooting that wounded three", ("Gwinnett County", "Georgia", "US")),
    # DeKalb County, Georgia, holding part of Atlanta, dwarfs DeKalb, Illinois
    ("Teen killed in accidental DeKalb shooting identified", ("DeKalb County", "Georgia", "US")),
])
def test_a_headlines_county_without_its_county_word(place_with_title, title, expected):
    assert where(place_with_title(title, SIGN_UP)) == expected


@pytest.mark.parametrize("title, expected", [
    # near misses: a city as big as its county, a state, a town as big as the counties of its name
    ("Dallas man shot dead outside store", ("Dallas", "Texas", "US")),
    ("Montgomery man shot dead outside store", ("Montgomery", "Alabama", "US")),
])
def test_a_headlines_town_stays_a_town(place_with_title, title, expected):
    assert where(place_with_title(title, SIGN_UP)) == expected


def test_a_headlines_state_is_no_county(place_with_title):
    place = place_with_title("Texas toddler shot dead by cousin, 8", SIGN_UP)
    assert place is not None and place.precision == "admin1" and place.admin1 == "Texas"


def test_where_someone_comes_from_said_by_its_area(place_with_title):
    text = ("MECOSTA COUNTY, Mi - A 14-year-old was injured after accidentally shooting himself in the foot, deputies "
            "report.\nDeputies say a 14-year-old male from the Comstock Park area shot himself in the foot with a "
            "pistol while he was staying in the Deerfield area.")
    assert where(place_with_title(None, text)) == ("Mecosta County", "Michigan", "US")


def test_a_shooting_in_the_area_is_still_the_scene(place_with_title):
    # near miss: "in the X area" tells where it happened
    text = "A 14-year-old boy was shot and wounded Sunday in the Comstock Park area, deputies said."
    assert where(place_with_title(None, text)) == ("Comstock Park", "Michigan", "US")


def test_a_networks_station_is_the_outlet_not_the_scene(place_with_title):
    text = ("A 3-year-old boy was shot and killed Monday by his 8-year-old cousin at a home in Eureka, Navarro "
            "County, deputies said.\nFox Dallas-Fort Worth reports the older boy loaded a shotgun before it "
            "went off and killed the toddler.")
    place = place_with_title(None, text)
    assert place is not None and place.name != "Fort Worth" and place.admin1 == "Texas"


def test_a_town_the_network_report_names_as_the_scene_stays(place_with_title):
    # near miss: the town is the scene, the network only reported it
    text = "A 19-year-old man was shot and killed Monday in Fort Worth, Fox reported."
    assert where(place_with_title(None, text)) == ("Fort Worth", "Texas", "US")
