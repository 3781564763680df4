"""Places, ninth round: a town named before "Police" on the body's first line under a headline, the town
the victims were taken to against the headline's town, where a victim lives against the scene, a
neighbourhood of a big city whose state the report names, "Georgia" in an American report, a big American
city in the headline against a country the body names, and a "City, ST" at the top of the page.  All texts
are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.nlp.components.places import _home_town

from .test_places import place_of, where


@pytest.fixture(scope="module")
def place_with_title(nlp, gazetteer):
    """The place of the mention with the most claims of a report with a headline."""
    from eventdesk import Ledger, Report

    led = Ledger(":memory:", nlp=nlp, gazetteer=gazetteer)

    def run(title: str | None, text: str):
        report = Report(id="r-round9", text=text, title=title, published=dt.date(2022, 3, 4))
        [(_, _, mentions)] = list(led.analyze([report]))
        assert mentions, "no mention extracted"
        return max(mentions, key=lambda m: len(m.claims)).place

    yield run
    led.close()


def test_a_town_before_police_on_the_first_line_under_a_headline(place_with_title):
    # the headline ends in a capitalised word: the town's name must not run across the line break into it
    text = ("Millersburg Police say a 13-year-old was accidentally shot Tuesday.\n"
            "Lt. Dana Pruitt says it happened shortly after 4 p.m. at a home on Oakmont Avenue.\n"
            "The boy was taken to Nationwide Children's Hospital in Columbus.")
    place = place_with_title("Accidental Shooting Wounds 13-Year-Old", text)
    assert where(place) == ("Millersburg", "Ohio", "US")


def test_the_hospital_town_does_not_outweigh_the_headlines_town(place_with_title):
    text = ("Deputies are investigating a Friday shooting that left a 16-year-old boy in critical condition, the "
            "sheriff said.\n\nKevin Arbeau was shot in the chest and taken by helicopter to the Regional Medical "
            "Center in Baton Rouge, deputies said.\n\nThe caller said the boy was handling a pistol when it went "
            "off at a house on Magnolia Lane in Napoleonville.")
    place = place_with_title("Napoleonville teen critical after being shot in chest", text)
    assert where(place) == ("Napoleonville", "Louisiana", "US")


def test_the_hospital_town_still_says_the_place_when_nothing_else_does(place_with_title):
    text = "A 30-year-old man was shot in the leg early Sunday and was taken to a hospital in Baton Rouge, police said."
    assert where(place_with_title(None, text)) == ("Baton Rouge", "Louisiana", "US")


def test_where_a_victim_lives_weighs_less_than_the_scene(place_with_title):
    # "of Minneapolis" is his home; the scene is named in a sentence that does not itself tell the shooting
    text = ("Marcus Hale, 23, of Minneapolis, was shot and killed early Saturday, police said.\n"
            "Officers were called to an apartment building in Bloomington shortly after 2 a.m.")
    place = place_with_title("Man killed at apartment building", text)
    assert where(place) == ("Bloomington", "Minnesota", "US")


@pytest.mark.parametrize("text, home", [
    ("Marcus Hale, 23, of Minneapolis, was shot.", True),
    ("A 19-year-old of Dover was shot.", True),
    ("A man from Akron was shot.", True),
    ("He was shot in the city of Dover.", False),
    ("Police said two men were shot north of Akron.", False),
])
def test_home_town_phrases(nlp, text, home):
    doc = nlp.make_doc(text)
    name = "Minneapolis" if "Minneapolis" in text else "Dover" if "Dover" in text else "Akron"
    i = next(t.i for t in doc if t.text == name)
    assert _home_town(doc, i) is home


def test_a_neighbourhood_of_a_big_city_whose_state_the_report_names(place_with_title):
    # "Old Town" is a town in Maine; in a report that says Kansas, it is Wichita's neighbourhood
    text = ("One man was killed and four people were hurt early Sunday in a shooting outside a club in Old Town, "
            "police said.\nKansas lawmakers said they would look again at the club's licence.")
    assert where(place_with_title(None, text)) == ("Wichita", "Kansas", "US")


def test_a_town_of_the_state_the_report_names_stays_itself(place_with_title):
    # the report names Maine: Old Town is the Maine town, not a neighbourhood of Wichita
    text = ("A man was shot and wounded early Sunday outside a bar in Old Town, police said.\n"
            "Maine State Police are helping with the investigation, and Maine officials asked for calm.")
    assert where(place_with_title(None, text)) == ("Old Town", "Maine", "US")


def test_georgia_in_an_american_report_is_the_state(nlp, gazetteer):
    from eventdesk.nlp.components.places import PlaceResolver

    resolver = PlaceResolver(gazetteer=gazetteer)
    us = nlp("Cobb County deputies said a boy, 6, found a handgun in a bedroom in Acworth. Georgia law does not "
             "require gun owners to lock up their guns.")
    assert resolver._context(us) == ("US",)
    # a report that names Georgia the country by another of its names keeps it
    abroad = nlp("Georgia and Russia traded accusations after shots were fired at the border, the Georgian "
                 "interior ministry said. Russia denied it.")
    assert resolver._context(abroad) == ("GE", "RU")


def test_a_big_us_city_in_the_headline_makes_the_report_american(place_with_title):
    # the body names Iraq, a country, and no state: the headline's big American city still wins
    text = ("Bullet holes mark the wall of a taco shop after a Monday night shooting in San Bernardino that left "
            "one man dead and two wounded.\nDale Ortiz served two tours in Iraq. He said the gunfire sounded "
            "like the war.\n\"I was safer in Iraq than I am here,\" Ortiz said.")
    place = place_with_title("Veteran says he felt safer in Iraq than in San Bernardino", text)
    assert where(place) == ("San Bernardino", "California", "US")


@pytest.mark.parametrize("title, american", [
    ("Three injured in Dayton shooting", True),
    ("Two killed in Birmingham shooting", False),  # England's Birmingham is the larger
    ("Man shot in Paris", False),
    ("Car bomb kills five in Kirkuk", False),
    ("Shooting in Millersburg", False),  # no big city: the state must be said otherwise
])
def test_big_us_city_in_title(gazetteer, title, american):
    from eventdesk.nlp.components.places import _big_us_city_in_title

    assert _big_us_city_in_title(title, gazetteer) is american


def test_a_city_and_postal_code_at_the_top_says_whose_neighbourhood(place_with_title):
    # Westwood is a town in several states; "(Cincinnati, OH)" glued to the top names the city it is part of
    text = ("Man Found Shot Dead in Westwood Parking Lot(Cincinnati, OH)--A 31-year-old man was shot and killed "
            "Tuesday night in Westwood. Officers found him in a parking lot on Harrison Avenue.")
    assert where(place_with_title(None, text)) == ("Cincinnati", "Ohio", "US")


def test_a_town_and_postal_code_at_the_top_leaves_another_town_of_its_state(place_with_title):
    # a banner's town is no scene: the town the body names, in the banner's state, stays itself
    text = ("WDAY News | Fargo, ND | Weather\nA man was shot and wounded Saturday at a home in Minot, police said.")
    assert where(place_with_title(None, text)) == ("Minot", "North Dakota", "US")


def test_a_big_citys_namesake_beside_the_town_named_is_no_neighbourhood(place_with_title):
    # "Columbus" beside Phenix City, Alabama is the Georgia city across the river, not Ohio's capital
    text = ("A 6-year-old girl was grazed by a bullet Tuesday night on Fourth Street. Police said the shooter fled "
            "toward Phenix City. Officers from Phenix City helped search.")
    place = place_with_title("Child grazed by bullet in Columbus shooting on Fourth Street", text)
    assert place.admin1 in ("Georgia", "Alabama") and place.lat < 33


def test_a_big_city_named_far_from_the_town_is_still_its_neighbourhood(place_with_title):
    # no Austin lies near Chicago: the Austin of a Chicago report is Chicago's West Side
    text = ("A man was shot and killed Sunday in Austin, Chicago police said. The man was standing on a porch "
            "when a car pulled up.")
    assert where(place_with_title(None, text)) == ("Chicago", "Illinois", "US")


def test_call_letters_in_the_headline_make_the_report_american(place_with_title):
    # "east KC" is no region of anywhere abroad; the station's call letters say the report is American
    text = ("A teen was killed and three were hurt in a shooting in east Kansas City on Saturday night. Kansas City "
            "police said the victims were standing outside a house.")
    place = place_with_title("Police ID teen killed in east KC quadruple shooting - KCTV5", text)
    assert (place.name, place.country_code) == ("Kansas City", "US")


def test_a_country_in_a_schools_name_is_no_context(nlp, gazetteer):
    from eventdesk.nlp.components.places import PlaceResolver

    resolver = PlaceResolver(gazetteer=gazetteer)
    doc = nlp("Four people were shot outside Jordan High School on Friday, police said.")
    assert "JO" not in resolver._context(doc)
    doc = nlp("Four people were shot outside a school in Jordan on Friday, police said.")
    assert "JO" in resolver._context(doc)


def test_a_state_alone_on_a_stations_page_is_the_stations_town(place_with_title):
    text = ("A teenage girl was shot in the chest while she got ready for prom on Saturday. Tennessee law lets "
            "the shooter be charged as an adult, officers said.")
    place = place_with_title("Girl shot in chest while getting ready for prom - WMC Action News 5", text)
    assert where(place) == ("Memphis", "Tennessee", "US")


def test_a_state_alone_on_a_page_of_another_states_station_stays_the_state(place_with_title):
    text = ("A teenage girl was shot in the chest while she got ready for prom on Saturday. Tennessee law lets "
            "the shooter be charged as an adult, officers said.")
    place = place_with_title("Girl shot in chest while getting ready for prom - WSB-TV", text)
    assert (place.name, place.precision) == ("Tennessee", "admin1")


def test_a_hamlet_bearing_a_foreign_capitals_name_is_no_scene(place_with_title):
    # "Brussels" is Belgium's capital, however American the report: not the Wisconsin hamlet
    text = ("A boy was charged after his sister was shot at their Port St. Lucie home, police said. Florida "
            "detectives said the boy had been talking about the attacks in Brussels and Paris. The Brussels "
            "attacks had scared him.")
    place = place_with_title("Brother charged with shooting sister", text)
    assert where(place) == ("Port Saint Lucie", "Florida", "US")


def test_a_hamlet_of_the_state_the_report_names_keeps_its_name(gazetteer):
    # the report names Wisconsin: a Brussels there is the one meant
    from eventdesk.geo import Toponym, resolve_place

    topos = [Toponym("Brussels", 0, 8, 2.0), Toponym("Wisconsin", 40, 49, 1.0)]
    place = resolve_place(topos, gazetteer, context_countries=("US",))
    assert (place.name, place.admin1) == ("Brussels", "Wisconsin")


def test_a_much_larger_namesake_outweighs_a_town_beside_another_named(gazetteer):
    # Dayton, Ohio is twenty times the Kentucky town beside Cincinnati's suburbs; only the state would say Kentucky
    from eventdesk.geo import Toponym, resolve_place

    topos = [Toponym("Dayton", 0, 6, 2.0), Toponym("Sharonville", 50, 61, 1.0)]
    assert resolve_place(topos, gazetteer, context_countries=("US",)).admin1 == "Ohio"
    topos.append(Toponym("Kentucky", 80, 88, 1.0))
    assert resolve_place(topos, gazetteer, context_countries=("US",)).admin1 == "Kentucky"


def test_a_county_of_several_states_alone_is_the_big_ones(gazetteer):
    # the report's only place: Clayton County, Georgia (Atlanta's suburbs), not Iowa's
    from eventdesk.geo import Toponym, resolve_place

    place = resolve_place([Toponym("Montego Circle", 0, 14, 1.0), Toponym("Clayton County", 40, 54, 2.0)], gazetteer,
                          context_countries=("US",))
    assert (place.name, place.admin1) == ("Clayton County", "Georgia")
    # several sizeable namesakes and nothing to choose between them: no place rather than a guess
    assert resolve_place([Toponym("Montgomery County", 0, 17, 2.0)], gazetteer, context_countries=("US",)) is None


def test_a_town_said_with_its_state_is_no_big_citys_neighbourhood(mentions_of):
    # "Albany, NY" says the state; the big city a victim came from does not make it a namesake elsewhere
    text = ("ALBANY, NY (WNYT) - Several people were hurt when shots were fired at a bar on Central Avenue in Albany "
            "early Sunday. One of the wounded men was visiting from Orlando, police said.")
    place = place_of(mentions_of, text)
    assert where(place) == ("Albany", "New York", "US")


def test_the_courts_town_is_no_scene(place_with_title):
    text = ("Three men from Detroit were charged Friday in the shooting of a 2-year-old girl, prosecutors said.\n"
            "The three are to be arraigned Saturday in 34th District Court in Romulus.")
    place = place_with_title("Three charged after girl, 2, is shot", text)
    assert where(place) == ("Detroit", "Michigan", "US")
