"""US places, eleventh round: the state a report's telephone numbers and state forces' initials say, a big
city's police by its initials, streets named without their street word ("Vermont and Manchester avenues",
"the 4400 block of Lexington"), where the victims were taken said after an untagged name, a town's side
that names the town, and the neighbourhoods of more large cities.  All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk import Place
from eventdesk.geo.neighbourhoods import NEIGHBOURHOODS
from eventdesk.geo.outlets import AREA_CODES, CITY_FORCE_INITIALS, STATE_AGENCY_INITIALS

from .test_places import where


@pytest.fixture(scope="module")
def place_with_title(nlp, gazetteer):
    """The place of the mention with the most claims of a report with a headline."""
    from eventdesk import Ledger, Report

    led = Ledger(":memory:", nlp=nlp, gazetteer=gazetteer)

    def run(title: str | None, text: str):
        report = Report(id="r-round11", text=text, title=title, published=dt.date(2016, 5, 9))
        [(_, _, mentions)] = list(led.analyze([report]))
        assert mentions, "no mention extracted"
        return max(mentions, key=lambda m: len(m.claims)).place

    yield run
    led.close()


# -- the tables --------------------------------------------------------------------------------------------


def test_area_codes_are_three_digits_of_one_state_and_no_toll_free_code():
    assert all(len(code) == 3 and code.isdigit() for code in AREA_CODES)
    assert AREA_CODES["302"] == "Delaware" and AREA_CODES["513"] == "Ohio" and AREA_CODES["713"] == "Texas"
    assert not {"800", "888", "877", "866", "855", "844", "833"} & set(AREA_CODES)


def test_force_initials_name_one_state_or_city():
    assert STATE_AGENCY_INITIALS["GBI"] == "Georgia"
    assert CITY_FORCE_INITIALS["IMPD"] == ("Indianapolis", "IN")
    # initials several cities' forces share say nothing
    assert not {"HPD", "APD", "CPD", "MPD", "DPD", "SPD"} & set(CITY_FORCE_INITIALS)


def test_more_cities_have_neighbourhoods():
    assert ("Pittsburgh", "Pennsylvania") in NEIGHBOURHOODS["east hills"]
    assert ("Houston", "Texas") in NEIGHBOURHOODS["spring branch"]
    assert ("St. Louis", "Missouri") in NEIGHBOURHOODS["penrose"]


# -- a tip line's number says the state ---------------------------------------------------------------------

WILMINGTON = ("Police in Wilmington are investigating a shooting that left three people wounded Sunday night.\n"
              "Officers found two men and a woman shot on Orchard Lane near Pebble Street, Cpl. Dana Whitlow said.\n"
              "Anyone with information is asked to call the tip line at {phone}.")


@pytest.mark.parametrize("phone, state", [("302-555-0142", "Delaware"), ("(910) 555-0142", "North Carolina")])
def test_a_tip_lines_area_code_says_which_namesake_town(place_with_title, phone, state):
    place = place_with_title("Three shot in Wilmington", WILMINGTON.format(phone=phone))
    assert where(place) == ("Wilmington", state, "US")


def test_a_tip_lines_state_says_which_citys_neighbourhood(place_with_title):
    # Westwood is a town in several states and a neighbourhood of Cincinnati: an Ohio number says which
    text = ("Police are investigating a shooting in Westwood that wounded two men Friday night.\n"
            "The men were shot on the porch of a home on Brambleton Avenue, police said.\n"
            "Anyone with information is asked to call 513-555-0199.")
    assert where(place_with_title("Two shot on a Westwood porch", text)) == ("Cincinnati", "Ohio", "US")


def test_a_state_forces_initials_say_the_state_of_a_county(place_with_title):
    # "Floyd County" is a county of several states; the GBI works in Georgia only
    text = ("A 20-year-old man was shot and killed Thursday at a home on Millbrook Road, Floyd County police said.\n"
            "His body was sent to the GBI crime lab, investigators said.")
    place = place_with_title("Man killed in shooting", text)
    assert place is not None and (place.name, place.admin1) == ("Floyd County", "Georgia")


def test_a_city_forces_initials_name_the_city(place_with_title):
    text = ("A man was shot and killed early Sunday outside a convenience store on Wrenfield Street.\n"
            "IMPD officers found the man in the parking lot, and he died at the scene.")
    assert where(place_with_title("Man killed outside store", text)) == ("Indianapolis", "Indiana", "US")


# -- streets named without their street word -------------------------------------------------------------


def _token(doc, word: str) -> int:
    return next(t.i for t in doc if t.text == word)


@pytest.mark.parametrize("text, word", [
    ("The two men were shot in the area of Vermont and Manchester avenues on Wednesday.", "Manchester"),
    ("A man was shot in the side in the 4400 block of Lexington early Sunday.", "Lexington"),
])
def test_a_street_named_without_its_street_word(analyze, text, word):
    from eventdesk.nlp.components.places import _crossing

    doc = analyze(text)
    i = _token(doc, word)
    assert _crossing(doc, i, i + 1)


def test_a_town_after_a_crossing_or_block_stays_a_town(analyze):
    from eventdesk.nlp.components.places import _crossing

    doc = analyze("A man was shot in the 400 block of Pine Street in Lexington early Sunday.")
    i = _token(doc, "Lexington")
    assert not _crossing(doc, i, i + 1)


# -- where the victims were taken, after a name the tagger left untagged --------------------------------------


def test_a_hospitals_town_after_an_untagged_name_weighs_little(analyze):
    from types import SimpleNamespace

    from eventdesk.nlp.components.places import _untagged_names

    text = "The boy was shot while hunting and was taken to the Children's Hospital in Aurora."
    doc = analyze(text)
    doc.ents = []  # the tagger missed the town
    seg = SimpleNamespace(start=0, end=len(text))
    sents = list(doc.sents)
    sent_of = [next(k for k, s in enumerate(sents) if s.start <= t.i < s.end) for t in doc]
    found = {t.text: t.weight for t in _untagged_names(doc, seg, sent_of, [2.0] * len(sents))}
    assert "Aurora" in found and found["Aurora"] <= 1.0


# -- a town's side names the town -------------------------------------------------------------------------------


def test_a_towns_side_names_the_town_against_a_big_city_named_once(place_with_title):
    text = ("A 2-year-old girl was killed Monday in an accidental shooting at a North Longview apartment complex, "
            "Longview police said.\n"
            "Officers were called to the Timberline apartments in the 2500 block of Cresswood Road.\n"
            "An autopsy was ordered at a forensic institute in Dallas.")
    assert where(place_with_title("Toddler killed in accidental shooting", text)) == ("Longview", "Texas", "US")


# -- neighbourhoods of more cities ------------------------------------------------------------------------------


def test_a_neighbourhood_no_sizeable_town_shares_is_its_city(place_with_title):
    text = ("A teenager was killed when a gun went off in an apartment in Spring Branch late Friday.\n"
            "The 19-year-old was handling the gun with friends near Gessner Road, police said.")
    assert where(place_with_title("Spring Branch teen killed in accidental shooting", text)) == ("Houston", "Texas", "US")


def test_a_neighbourhood_of_a_city_the_report_names(place_with_title):
    text = ("A 22-year-old man was killed and two others wounded in a shooting outside an East Hills apartment "
            "building Tuesday, Pittsburgh police said.\n"
            "The victims were shot in the parking lot on Birchmont Drive.")
    assert where(place_with_title("One dead in East Hills shooting", text)) == ("Pittsburgh", "Pennsylvania", "US")


def test_a_neighbourhood_the_gazetteer_knows_beside_its_city_is_the_city_at_its_own_point(place_with_title):
    # Sherman Oaks is a Los Angeles neighbourhood the gazetteer places itself, some 20 km from the city's centre:
    # the city's name, the neighbourhood's point
    text = ("A man was shot and wounded Saturday night outside a restaurant in Sherman Oaks, Los Angeles police said.\n"
            "The man was hit in the leg on Dellwood Boulevard near Larkspur Avenue.")
    from eventdesk.geo.resolve import distance_km

    place = place_with_title("Man shot in Sherman Oaks", text)
    assert where(place) == ("Los Angeles", "California", "US")
    assert distance_km(place, Place("Sherman Oaks", "California", "United States", "US", 34.151, -118.449, "city")) < 3


# -- more stations' home markets ---------------------------------------------------------------------------------


def test_more_stations_have_home_markets():
    from eventdesk.geo.outlets import CALL_LETTERS

    assert CALL_LETTERS["KOMU"] == ("Columbia", "MO") and CALL_LETTERS["WIS"] == ("Columbia", "SC")
    assert CALL_LETTERS["KIFI"] == ("Idaho Falls", "ID")


def test_a_stations_call_letters_say_which_namesake_town(place_with_title):
    text = ("COLUMBIA (KOMU) - A man was shot and wounded Saturday night outside a bar on Fernhill Street, police said.\n"
            "Columbia police said the man was taken to a hospital with injuries that are not life-threatening.")
    assert where(place_with_title("Man shot outside bar", text)) == ("Columbia", "Missouri", "US")
