"""US places, twenty-seventh round: a state told by words that are no place's name.

A local report often tells its state by its police rather than a place: a state's force by its own initials ("SBI
agents", "THP troopers", "NYSP investigators") or North Carolina's bureau by its bare name ("the State Bureau of
Investigation"; Alabama's bears the same name, so a report naming ALEA or Alabama is left to them), and a Louisiana
parish's offices by the word alone ("parish deputies", "the parish coroner"; a church's parish has no sheriff).
Those now say the state, faintly, as the state's other agencies did, so that the town of a name several states share
is the one of that state.  And "St. Marys" and "Saint Marys" are one name: GeoNames spells the Georgia town one way and
the Ohio and Pennsylvania towns the other, so a report's neighbouring town could not pick the Ohio one.

``eval/geo_check16.jsonl`` holds 62 invented reports of those kinds, of call letters in a dateline's brackets, of
counties several states share and of namesakes told with a neighbouring town, with their near misses; the first test
pins the scores this round reached.  The focused tests use sentences written for them."""

from __future__ import annotations

import datetime as dt

from eval import geo_check

from .placing import assert_own_halves, assert_reached, place_fixture

# within 25 km before this round: rules 26 of 33, check 14 of 29
REACHED = {"rules": (33, 33), "check": (29, 27)}  # check 26 until the twenty-eighth session

place_of = place_fixture("r-round27-cues", dt.date(2016, 7, 14))


def test_check_set_sixteen_scores(ledger, gazetteer):
    assert_reached(ledger, gazetteer, "16", REACHED)


def test_set_sixteen_has_its_own_halves(gazetteer):
    assert geo_check.SETS["16"] == (geo_check.CHECK_SET_16, "twenty-seventh-geo16:")
    assert_own_halves(gazetteer, "16", 62)


# -- a state's force by its initials ------------------------------------------------------------------------------------

def test_the_sbi_says_north_carolina(place_of):
    text = ("SANFORD — A man was wounded Tuesday night at a home on Pelter Creek Road, deputies said.\n"
            "The SBI was asked to investigate.")
    assert place_of(text)[:2] == ("Sanford", "North Carolina")


def test_the_bare_state_bureau_says_north_carolina(place_of):
    text = ("A man was shot Saturday outside a bar in Concord, police said.\n"
            "The State Bureau of Investigation is helping Concord detectives.")
    assert place_of(text)[:2] == ("Concord", "North Carolina")


def test_alabamas_state_bureau_is_not_north_carolinas(place_of):
    # ALEA's bureau bears the same name: the report's Oxford stays the largest namesake
    text = ("OXFORD — A man was found shot Monday in a car on Delmont Avenue, police said.\n"
            "ALEA's State Bureau of Investigation is assisting.")
    assert place_of(text)[:2] != ("Oxford", "North Carolina")
    text = ("OXFORD — A man was found shot Monday in a car on Delmont Avenue, police said.\n"
            "Oxford police are investigating.")
    assert place_of(text)[:2] == ("Oxford", "Mississippi")


def test_a_state_forces_initials_say_its_state(place_of):
    text = "LEBANON — A man was wounded during a traffic stop on Corley Road on Wednesday. The THP trooper was not hurt."
    assert place_of(text)[:2] == ("Lebanon", "Tennessee")
    text = "AUBURN — A man was wounded Tuesday on Garnet Street, police said. NYSP investigators were assisting."
    assert place_of(text)[:2] == ("Auburn", "New York")
    text = "GEORGETOWN — A man was shot at a truck stop on Monday night. KSP troopers said the gunman fled north."
    assert place_of(text)[:2] == ("Georgetown", "Kentucky")


def test_without_the_initials_the_largest_namesake_stays(place_of):
    text = "AUBURN — A man was wounded Tuesday on Garnet Street, police said. Investigators were assisting."
    assert place_of(text)[:2] == ("Auburn", "Washington")


def test_wayne_county_with_the_sbi_is_north_carolinas(place_of):
    text = "A boy was shot Thursday at a home in Wayne County, deputies said. The SBI is investigating."
    place = place_of(text)
    assert place[1] == "North Carolina"


# -- a parish's offices -------------------------------------------------------------------------------------------------

def test_parish_deputies_say_louisiana(place_of):
    text = ("JENNINGS — A man was shot at a trailer park on Corbin Road on Saturday, the sheriff's office said.\n"
            "Parish deputies arrested a suspect hours later.")
    assert place_of(text)[:2] == ("Jennings", "Louisiana")
    text = ("OAKDALE — A man was shot at a camp off Tilden Road on Saturday, authorities said.\n"
            "The parish coroner was called.")
    assert place_of(text)[:2] == ("Oakdale", "Louisiana")


def test_a_churchs_parish_says_nothing(place_of):
    text = ("JENNINGS — A man was shot at a trailer park on Corbin Road on Saturday, police said.\n"
            "Members of his parish held a vigil on Sunday.")
    assert place_of(text)[:2] == ("Jennings", "Missouri")


# -- St. and Saint ------------------------------------------------------------------------------------------------------

def test_st_marys_beside_a_neighbouring_town_is_that_towns(place_of):
    text = ("ST. MARYS — A man was shot at an apartment on Fenwick Street on Saturday, police said.\n"
            "He was taken to a hospital in Wapakoneta.")
    assert place_of(text)[:2] == ("Saint Marys", "Ohio")


def test_st_marys_alone_is_the_largest(place_of):
    text = "ST. MARYS — A man was shot at an apartment on Fenwick Street on Saturday, police said."
    assert place_of(text)[:2] == ("St. Marys", "Georgia")


def test_saint_and_st_are_one_name(gazetteer):
    st = {(p.name, p.admin1) for p in gazetteer.lookup("St. Marys", "US", kinds=["city"], limit=20)}
    saint = {(p.name, p.admin1) for p in gazetteer.lookup("Saint Marys", "US", kinds=["city"], limit=20)}
    assert ("Saint Marys", "Ohio") in st and ("St. Marys", "Georgia") in saint
    # the largest of each spelling still leads its own
    assert gazetteer.lookup("St. Marys", "US", kinds=["city"])[0].admin1 == "Georgia"


def test_alea_says_alabama(place_of):
    text = ("TROY — A student was wounded Friday at an apartment complex on Garnet Street, police said.\n"
            "ALEA agents are assisting.")
    assert place_of(text)[:2] == ("Troy", "Alabama")
