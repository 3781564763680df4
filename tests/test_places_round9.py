"""Places, ninth round: a town named before "Police" on the body's first line under a headline, the town
the victims were taken to against the headline's town, where a victim lives against the scene, and a
neighbourhood of a big city whose state the report names.  All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.nlp.components.places import _home_town

from .test_places import where


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

