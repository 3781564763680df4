"""US places, twenty-fourth round: the scene among the other places a report names.

Once namesakes are set aside, SemEval dev's GVA incidents placed more than 25 km off are mostly reports that name the
scene beside another place: a victim's home told by its street address ("Jesse Doe, 15, of Elm Street in Parma"), a
person told by his town ("a Minneapolis rap musician"), the hospital's city, a county's dateline with the scene's
small town told as a landmark ("WELD COUNTY — ... just north of Keenesburg").  This round reads three of them:

- a home's street address after "of" or "lives on" makes the town after it a home town, not the scene's address;
- a hospital called by its own name ("taken to Memorial Hermann in Houston", "in stable condition at Erlanger in
  Chattanooga") makes the town after it where the victims went, as a hospital with a care word already did;
- a town before the people it describes ("three Houston teenagers") says where they come from, faintly;

and one name: a sizeable town whose name ends like a building's ("College Station") is a place all the same.

``eval/geo_check13.jsonl`` holds 63 invented reports of those kinds and their near misses; the first test pins the
scores this round reached.  The focused tests use sentences written for them: each rule's positive case and its near
miss.  (A county giving way to the one small town of it the text names as the scene's landmark, "WELD COUNTY — ...
just east of Platteville", was tried and dropped: round 12 keeps such a county on purpose, and on SemEval dev it moved
the one incident it touched from 44 km off to 57 km off.)"""

from __future__ import annotations

import datetime as dt

from eval import geo_check

from .placing import assert_own_halves, assert_reached, place_fixture

# within 25 km before this round: rules 21 of 28, check 25 of 35
REACHED = {"rules": (28, 26), "check": (35, 33)}  # check 32 until the twenty-eighth session

place_of = place_fixture("r-round24-scene", dt.date(2016, 6, 12))


def test_check_set_thirteen_scores(ledger, gazetteer):
    assert_reached(ledger, gazetteer, "13", REACHED)


def test_set_thirteen_has_its_own_halves(gazetteer):
    assert geo_check.SETS["13"] == (geo_check.CHECK_SET_13, "twenty-fourth-geo13:")
    assert_own_halves(gazetteer, "13", 63)


# -- a home told by its street address -----------------------------------------------------------------------------------

def test_a_home_street_address_names_a_home_town(place_of):
    text = ("SANDUSKY — A 17-year-old boy died early Sunday after he was shot outside a house party on Pierce Street, "
            "police said.\nThe boy, Jalen Moss, 17, of the 300 block of Hedgerow Street in Mansfield, was pronounced "
            "dead at a hospital.")
    assert place_of(text)[:2] == ("Sandusky", "Ohio")


def test_a_home_street_without_its_number_names_a_home_town_too(place_of):
    text = ("BAKERSFIELD — The coroner's office identified the man killed in a shooting on Niles Street on Monday as "
            "Ruben Cole, 36, of Olive Drive in Delano.\nPolice said he was shot in a parking lot.")
    assert place_of(text)[:2] == ("Bakersfield", "California")


def test_the_scenes_own_street_address_still_names_the_scene(place_of):
    text = ("SANDUSKY — A 17-year-old boy died early Sunday after he was shot in the 300 block of Hedgerow Street in "
            "Mansfield, police said.\nThe boy was pronounced dead at a hospital.")
    assert place_of(text)[:2] == ("Mansfield", "Ohio")


def test_the_home_address_pattern_needs_an_of_or_a_verb_of_living():
    from eventdesk.nlp.components.places.roles import home_address_before

    def before(text: str) -> bool:
        return home_address_before(text, len(text))

    assert before("Jalen Moss, 17, of the 300 block of Hedgerow Street in ")
    assert before("his mother, who lives on Kessel Street in ")
    assert not before("he was shot in the 300 block of Hedgerow Street in ")
    assert not before("a resident of Greeley in ")


# -- a hospital called by its own name -----------------------------------------------------------------------------------

def test_a_hospital_by_its_own_name_is_where_the_victim_went(place_of):
    text = ("CONROE — A 15-year-old boy was wounded Wednesday night in a drive-by shooting on Avenue M, police said.\n"
            "He was taken to Memorial Hermann in Houston, where he was in stable condition.")
    assert place_of(text)[:2] == ("Conroe", "Texas")


def test_a_capitalised_place_after_at_without_care_is_no_hospital():
    from eventdesk.nlp.components.places.roles import _named_hospital_before
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("He was in stable condition at Erlanger in Chattanooga.")
    assert _named_hospital_before(doc, 7)
    doc = nlp("He was taken to Barnes-Jewish in St. Louis.")
    assert _named_hospital_before(doc, [t.i for t in doc if t.text == "in"][0])
    doc = nlp("A guard was shot at Greenspoint Mall in Houston.")
    assert not _named_hospital_before(doc, 7)


def test_a_scene_at_a_hospital_stays_the_scene(place_of):
    text = ("A security guard was shot Monday night in the parking garage of Erlanger in Chattanooga, police said.\n"
            "He was treated in the emergency room.")
    assert place_of(text)[:2] == ("Chattanooga", "Tennessee")


# -- a town that names people ----------------------------------------------------------------------------------------------

def test_people_told_by_their_town_are_no_scene(place_of):
    text = "Two Atlanta men were wounded Saturday at a party at a farm in rural Putnam County, deputies said."
    place = place_of(text)
    assert place[1] == "Georgia" and place[0] != "Atlanta"


def test_a_town_before_its_police_is_still_the_scene(place_of):
    text = "An off-duty officer was shot and wounded Sunday while shopping, Casa Grande police said."
    assert place_of(text)[:2] == ("Casa Grande", "Arizona")


# -- a town named like a building ------------------------------------------------------------------------------------------

def test_a_town_named_like_a_building_is_a_place(place_of):
    text = "A man was wounded in a shooting at a house party in College Station early Sunday, police said."
    assert place_of(text)[:2] == ("College Station", "Texas")


def test_a_club_is_still_no_town(place_of):
    text = "A man was shot Friday at the Stardust Club in Waco, police said."
    assert place_of(text)[:2] == ("Waco", "Texas")
