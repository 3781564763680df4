"""US places, twenty-third round: which namesake a report means when it names no state.

A local report often names no state ("police in Greenville said ..."): its readers know it.  What it names instead
are clues.  This round reads three more of them: a college town's university or hospital known by a name that holds
no state ("an Auburn University student", "a Purdue student": a hand table in ``eventdesk.geo.outlets``), a
hospital named for its town ("taken to Hilo Medical Center": the town's state, where that town dwarfs its namesakes),
and a city's own sheriff ("the Norfolk Sheriff's Office" of Virginia's independent city names no Norfolk County of
Massachusetts).  A network affiliate's credit ("BEDFORD (CBS) —") and a 911 call make a report American, so that a
bare town's American namesake wins over one abroad.

``eval/geo_check12.jsonl`` holds 64 invented reports of namesake towns naming no state (one clue each, a third with
none); the first test pins the scores this round reached.  ``eval.stateless`` measures the same on SemEval's GVA
reports with their states stripped; its stripping is tested here.  The focused tests use sentences written for
them: each rule's positive case and its near miss."""

from __future__ import annotations

import datetime as dt

from eval import geo_check

from .placing import assert_own_halves, assert_reached, place_fixture

# within 25 km before this round: rules 22 of 25, check 30 of 39
REACHED = {"rules": (25, 25), "check": (39, 32)}  # check 31 -> 32 with the thirty-second session's rounds

place_of = place_fixture("r-round23-namesake", dt.date(2016, 5, 14))


def test_check_set_twelve_scores(ledger, gazetteer):
    assert_reached(ledger, gazetteer, "12", REACHED)


def test_set_twelve_has_its_own_halves_and_names_no_state(gazetteer):
    from eval import check_sets
    from eval.stateless import SALT, strip_states

    assert geo_check.SETS["12"] == (geo_check.CHECK_SET_12, SALT)
    assert_own_halves(gazetteer, "12", 64)
    rows = check_sets.rows(geo_check.CHECK_SET_12)
    assert all(strip_states(r["title"]) == r["title"] and strip_states(r["text"]) == r["text"] for r in rows)
    assert sum(r["kind"] == "no clue" for r in rows) == 20


# -- the measure's stripping --------------------------------------------------------------------------------------------

def test_strip_states_takes_out_every_state_a_report_names():
    from eval.stateless import strip_states

    assert strip_states("GAINESVILLE, Fla. (AP) — A man was shot") == "GAINESVILLE (AP) — A man was shot"
    assert strip_states("in Gainesville, Fla., police said") == "in Gainesville police said"
    assert strip_states("in Gainesville, Fla. Police said") == "in Gainesville. Police said"
    assert strip_states("Salem, OR 97301 today") == "Salem today"
    assert strip_states("a Georgia man was held by the Georgia Bureau of Investigation") == \
        "a man was held by the Bureau of Investigation"


def test_strip_states_keeps_names_that_only_hold_a_state():
    from eval.stateless import strip_states

    text = "Kansas City police and Washington County deputies met in Virginia Beach and Washington, D.C."
    assert strip_states(text) == text


# -- a college town's university of one state -------------------------------------------------------------------------

def test_a_university_of_one_state_says_its_state(place_of):
    text = "AUBURN — A man was wounded in a shooting near the Auburn University campus Friday night, police said."
    assert place_of(text)[:2] == ("Auburn", "Alabama")


def test_without_the_university_the_largest_auburn_stays(place_of):
    text = "AUBURN — A man was wounded in a shooting near an apartment complex Friday night, police said."
    assert place_of(text)[:2] == ("Auburn", "Washington")


def test_a_campus_known_by_its_own_name_says_its_state(place_of):
    text = "LAFAYETTE — A man was shot in the arm late Tuesday a few blocks from Purdue, police said."
    assert place_of(text)[:2] == ("Lafayette", "Indiana")


def test_a_big_citys_hospital_says_no_state(place_of):
    """A big city's hospital is left out of the table: its state would send the city's neighbourhoods to a town of
    the state bearing their name."""
    text = "DECATUR — A woman was shot in the leg Sunday outside a store and was taken to Temple University Hospital."
    assert place_of(text)[:2] == ("Decatur", "Illinois")


# -- a hospital named for its town -------------------------------------------------------------------------------------------

def test_a_hospital_named_for_its_town_says_the_towns_state(place_of):
    text = "MOUNTAIN VIEW — A boy was shot Friday morning at a home, police said.\nHe was taken to Hilo Medical Center."
    assert place_of(text)[:2] == ("Mountain View", "Hawaii")


def test_a_saints_or_a_founders_hospital_says_no_state(place_of):
    text = ("MOUNTAIN VIEW — A boy was shot Friday morning at a home, police said.\n"
            "He was taken to Providence Medical Center.")
    assert place_of(text)[:2] == ("Mountain View", "California")


def test_a_hospital_town_that_does_not_dwarf_its_namesakes_says_no_state(gazetteer):
    from eventdesk.nlp.components.places.state_cues import _hospital_town_states

    assert [t.text for t in _hospital_town_states("flown to Hilo Medical Center", gazetteer)] == ["Hawaii"]
    # the name less a church's word: "Wake Forest" of "Wake Forest Baptist"; never a first word alone
    assert [t.text for t in _hospital_town_states("taken to Wake Forest Baptist Medical Center", gazetteer)] == \
        ["North Carolina"]
    assert _hospital_town_states("He died at Miami Valley Hospital.", gazetteer) == []
    # Lancaster, California, is not five times Lancaster, Pennsylvania
    assert _hospital_town_states("taken to Lancaster General Hospital", gazetteer) == []
    assert _hospital_town_states("taken to Mercy Hospital", gazetteer) == []


# -- a city's own sheriff --------------------------------------------------------------------------------------------------

def test_an_independent_citys_sheriff_names_no_county_elsewhere(place_of):
    text = ("NORFOLK — A deputy was shot in the foot at the jail Thursday, according to a spokesperson with the "
            "Norfolk Sheriff's Office.")
    assert place_of(text)[:2] == ("Norfolk", "Virginia")


def test_a_county_sheriff_still_names_its_county(place_of):
    text = ("NORFOLK — A deputy was shot in the foot at the jail Thursday, according to a spokesperson with the "
            "Norfolk County Sheriff's Office.")
    assert place_of(text)[:2] == ("Norfolk", "Massachusetts")


# -- what makes a report American ------------------------------------------------------------------------------------------

def test_a_network_credit_makes_a_bare_town_american(place_of):
    text = "BEDFORD (CBS) — Three people were found shot dead in a home Saturday, police said."
    assert place_of(text)[2] == "US"


def test_a_wire_credit_does_not(place_of):
    text = "BEDFORD (Reuters) — Three people were found shot dead in a home Saturday, police said."
    assert place_of(text)[2] == "GB"


def test_a_911_call_makes_a_report_american(place_of):
    assert place_of("Police in Bedford said a woman was shot dead after a 911 call Saturday.")[2] == "US"
    assert place_of("Police in Bedford said a woman was shot dead after a call Saturday.")[2] == "GB"
