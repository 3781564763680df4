"""US places, thirty-first round: what the thirtieth left of the place a report names, placed in a namesake elsewhere.

A force abroad says its country where nothing else in the report names one: "HOBART — ... Tasmania Police said" is
Tasmania's capital, though a bare dateline of a name an American town bears reads as an American paper's own town
("RCMP", "Gardaí", "Police Scotland", "police in Tasmania" ...); a report with an American cue besides (a block
number) stays American.  A US state told as a person's past ("moved from Georgia", "grew up in Tennessee", "a Maine
native") is no place: it says nothing of which namesake the scene is; a town so told ("grew up in Memphis") weighs as
little as a banner's and lends no state.  A state's university told short before its
students ("a Kansas State student", "a Central Michigan student") says its state, and universities named for their
towns say theirs ("Murray State": Kentucky, not Utah; "Troy University": Alabama, not Michigan).

``eval/geo_check20.jsonl`` holds 65 invented reports of those kinds, of a station's city ending the headline, of
routes and of University City, with their near misses; the first test pins the scores this round reached.  The
focused tests use sentences written for them."""

from __future__ import annotations

import datetime as dt

from eval import geo_check

from .placing import assert_own_halves, assert_reached, place_fixture

# within 25 km before this round: rules 24 of 37, check 19 of 28
REACHED = {"rules": (37, 37), "check": (28, 26)}

place_of = place_fixture("r-round31-namesakes", dt.date(2016, 10, 5))


def test_check_set_twenty_scores(ledger, gazetteer):
    assert_reached(ledger, gazetteer, "20", REACHED)


def test_set_twenty_has_its_own_halves(gazetteer):
    assert geo_check.SETS["20"] == (geo_check.CHECK_SET_20, "thirty-first-geo20:")
    assert_own_halves(gazetteer, "20", 65)


# -- a force abroad --------------------------------------------------------------------------------------------------

def test_a_force_abroad_says_its_country(place_of):
    text = "HOBART — A man was shot at a rural property on Sunday afternoon, Tasmania Police said."
    assert place_of(text)[::2] == ("Hobart", "AU")
    text = "HOBART — A woman was wounded when shots were fired into a house late Saturday, police in Tasmania said."
    assert place_of(text)[::2] == ("Hobart", "AU")
    text = "RICHMOND — A man was shot in a parking lot on Tuesday night, RCMP said."
    assert place_of(text)[::2] == ("Richmond", "CA")


def test_the_american_towns_own_story_stays_american(place_of):
    text = ("HOBART — A man was shot at an apartment complex on Sunday night, Hobart police said. "
            "The Lake County prosecutor's office is reviewing the case.")
    assert place_of(text)[:2] == ("Hobart", "Indiana")


def test_an_american_cue_outweighs_a_force_abroad(place_of):
    # the block number is American local news; the Mounties only caught the suspect
    text = ("RICHMOND — A man was shot in the 1500 block of Hull Street on Tuesday, police said. "
            "The suspect was later arrested by the RCMP.")
    assert place_of(text)[:2] == ("Richmond", "Virginia")


def test_the_districts_metropolitan_police_department_is_no_force_abroad(place_of):
    text = "A man was shot in Congress Heights on Monday afternoon, the Metropolitan Police Department said."
    assert place_of(text)[:2] == ("Washington", "District of Columbia")


# -- a state told as a person's past ---------------------------------------------------------------------------------

def test_a_state_told_as_a_persons_past_is_no_place(place_of):
    text = ("JACKSON — A man was found shot to death in a car on Sunday morning, police said. "
            "The 40-year-old grew up in Tennessee, relatives said.")
    assert place_of(text)[:2] == ("Jackson", "Mississippi")
    text = "ALBANY — A man was shot on Central Avenue early Monday, police said. He had moved from Georgia a year ago."
    assert place_of(text)[:2] == ("Albany", "New York")
    text = "PORTLAND — A man was shot in a parking lot on Friday night, police said. The victim was a Maine native."
    assert place_of(text)[:2] == ("Portland", "Oregon")


def test_a_town_told_as_a_persons_past_lends_no_state(place_of):
    # Memphis lends Tennessee to no Jackson: the man only grew up there
    text = ("JACKSON — A man was found shot to death in a car on Sunday morning, police said. "
            "The 40-year-old grew up in Memphis, Tennessee, relatives said.")
    assert place_of(text)[:2] == ("Jackson", "Mississippi")
    text = ("COLUMBUS — A man was shot and killed outside an apartment early Sunday, police said. "
            "He moved to Columbus from Georgia two years ago.")
    assert place_of(text)[:2] == ("Columbus", "Ohio")


def test_a_home_town_still_lends_its_state(place_of):
    # where the victim lives now is no past: "of Memphis, Tennessee" still says the region
    text = ("JACKSON — A man was found shot to death in a car on Sunday morning, police said. "
            "He was identified as Jon Doe, 40, of Memphis, Tennessee.")
    assert place_of(text)[:2] == ("Jackson", "Tennessee")


def test_the_reports_own_clue_still_says_the_state(place_of):
    # the county's coroner says Georgia; the victim's past in Ohio says nothing
    text = ("COLUMBUS — A man was shot and killed outside an apartment early Sunday, the Muscogee County coroner said. "
            "He had moved from Ohio two years ago.")
    assert place_of(text)[:2] == ("Columbus", "Georgia")
    # the TBI says Tennessee, whatever state the man was born in
    text = ("JACKSON — A man was found shot to death on Sunday, the Tennessee Bureau of Investigation said. "
            "He was born in Mississippi.")
    assert place_of(text)[:2] == ("Jackson", "Tennessee")


# -- universities told short -----------------------------------------------------------------------------------------

def test_a_state_university_told_short_says_its_state(place_of):
    text = "MOUNT PLEASANT — A Central Michigan student was wounded in a shooting at an apartment complex on Saturday, police said."
    assert place_of(text)[:2] == ("Mount Pleasant", "Michigan")
    text = "MANHATTAN — A Kansas State student was wounded in a shooting outside a bar early Sunday, police said."
    assert place_of(text)[:2] == ("Manhattan", "Kansas")


def test_a_graduate_of_one_says_nothing(place_of):
    text = ("MOUNT PLEASANT — A man was wounded in a shooting at an apartment complex on Saturday, police said. "
            "He is a Central Michigan graduate.")
    assert place_of(text)[:2] == ("Mount Pleasant", "South Carolina")


def test_a_university_named_for_its_town_says_its_state(place_of):
    assert place_of("MURRAY — A Murray State student was shot at an apartment on Saturday night, police said.")[:2] == (
        "Murray", "Kentucky")
    # without it, the largest Murray
    assert place_of("MURRAY — A man was shot at an apartment on Saturday night, police said.")[:2] == ("Murray", "Utah")


def test_more_universities_named_for_their_towns_say_their_states(place_of):
    text = "TROY — A Troy University student was shot at an apartment complex on Saturday night, police said."
    assert place_of(text)[:2] == ("Troy", "Alabama")
    text = "JACKSONVILLE — A Jacksonville State student was shot at an off-campus house on Friday, police said."
    assert place_of(text)[:2] == ("Jacksonville", "Alabama")
    text = "GREENVILLE — A Furman University student was shot outside an apartment on Saturday, police said."
    assert place_of(text)[:2] == ("Greenville", "South Carolina")
    text = "RICHMOND — An EKU student was shot at an apartment complex on Friday night, police said."
    assert place_of(text)[:2] == ("Richmond", "Kentucky")


def test_the_big_namesakes_own_story_keeps_it(place_of):
    text = "JACKSONVILLE — A man was shot in Arlington on Sunday night, JSO said."
    assert place_of(text)[:2] == ("Jacksonville", "Florida")
    text = "TROY — A man was shot at an apartment complex on Saturday night, police said."
    assert place_of(text)[:2] == ("Troy", "Michigan")
