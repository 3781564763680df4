"""An incident's place when its reports disagree, nineteenth round.

A rule of ``link._incident_place`` (``_strays_as_namesakes``): a town the gazetteer put in a state, or a country,
where no other place of the incident lies, while those others all lie in one state that has a town of that very
name within 150 km of them, reads as that state's town.  A bare dateline ("BRUNSWICK —", "ATHENS —") gets the
largest town of the name (Brunswick, Ohio; Athens, Georgia or Greece); the reports it was joined with say which
one the reporter meant.

Near misses stay as before: a stray whose state holds another place of the incident, other places in two states,
a town across a state line from another place of the incident (Covington, Kentucky beside Cincinnati), a namesake
further off than a station or a court lies (Hammond, Illinois is 240 km from Calumet City), a stray
smaller than its namesake (its report was told its state), and an incident aggregated without the gazetteer's
lookup.  The invented check set ``eval/linked_places_check3.jsonl`` is pinned per half.  All reports are written
for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk import DateSpan, Mention, Place
from eventdesk.api import _town_in
from eventdesk.link import _strays_as_namesakes, aggregate
from eval import linked_places_check

from .linked import assert_places_halves_hold, linked_runtime, main_place

DAY = dt.date(2017, 9, 9)
BRUNSWICK_OH = Place("Brunswick", "Ohio", "United States", "US", 41.23811, -81.8418, "city", 5148480)
BRUNSWICK_GA = Place("Brunswick", "Georgia", "United States", "US", 31.15013, -81.49147, "city", 4184845)
JESUP = Place("Jesup", "Georgia", "United States", "US", 31.60785, -81.88634, "city", 4202810)
MEDINA = Place("Medina", "Ohio", "United States", "US", 41.13839, -81.86375, "city", 5162512)
ATHENS_GR = Place("Athens", None, "Greece", "GR", 37.98376, 23.72784, "city", 264371)
ATHENS_OH = Place("Athens", "Ohio", "United States", "US", 39.32924, -82.10126, "city", 4505542)
ZANESVILLE = Place("Zanesville", "Ohio", "United States", "US", 39.94035, -82.01319, "city", 4528923)
COVINGTON_KY = Place("Covington", "Kentucky", "United States", "US", 39.08367, -84.50855, "city", 4288809)
CINCINNATI = Place("Cincinnati", "Ohio", "United States", "US", 39.12711, -84.51439, "city", 4508722)
HAMMOND_IN = Place("Hammond", "Indiana", "United States", "US", 41.58337, -87.50004, "city", 4921100)
CALUMET_CITY = Place("Calumet City", "Illinois", "United States", "US", 41.61559, -87.52949, "city", 4886255)


def told(report: str, place: Place | None, street: str | None = None) -> Mention:
    keys = ("p:rashad kimble",) + ((f"s:{street}",) if street else ())
    return Mention(report, 0, 0, 10, "Man shot Saturday night", "Violence against civilians", "Attack",
                   DateSpan(DAY, DAY, "day"), place, (), (), DAY, None, keys)


@pytest.fixture(scope="module")
def town_in(gazetteer):
    return _town_in(gazetteer)


@pytest.fixture(scope="module")
def place_of(gazetteer, town_in):
    def place(*mentions: Mention) -> Place | None:
        return aggregate("inc-1", list(mentions), None, None, None, population_of=gazetteer.population,
                         town_in=town_in).location

    return place


def same_town(a: Place | None, b: Place) -> bool:
    return a is not None and (a.name, a.admin1, a.country_code) == (b.name, b.admin1, b.country_code)


# -- a stray town read as its namesake in the others' state -------------------------------------------------------

def test_a_dateline_town_in_another_state_reads_as_its_namesake_in_the_state_of_the_other_reports(place_of):
    # the scene's paper gives the street; the chase's end is in Jesup, Georgia, 60 km off
    got = place_of(told("r1", BRUNSWICK_OH, "norwich street"), told("r2", JESUP), told("r3", JESUP))
    assert same_town(got, BRUNSWICK_GA)


def test_a_town_the_gazetteer_put_abroad_reads_as_its_namesake_in_the_state_of_the_other_reports(place_of):
    got = place_of(told("r1", ATHENS_GR, "mill street"), told("r2", ZANESVILLE))
    assert same_town(got, ATHENS_OH)


def test_without_the_gazetteers_lookup_the_reports_disagree_as_before():
    got = aggregate("inc-1", [told("r1", BRUNSWICK_OH, "norwich street"), told("r2", JESUP), told("r3", JESUP)],
                    None, None, None).location
    assert same_town(got, JESUP)


# -- near misses ----------------------------------------------------------------------------------------------

def test_near_miss_a_stray_whose_state_another_report_names_stays(town_in, place_of):
    # Medina backs Ohio: the reports lie in two states, and no one of them is astray
    assert _strays_as_namesakes([BRUNSWICK_OH, MEDINA, JESUP], town_in) == {}
    got = place_of(told("r1", BRUNSWICK_OH, "norwich street"), told("r2", MEDINA), told("r3", JESUP))
    assert not same_town(got, BRUNSWICK_GA)


def test_near_miss_the_smaller_namesake_was_told_its_state_and_stays(gazetteer, town_in):
    # "BRUNSWICK, Ga." beside a Medina, Ohio report: the bare name would have got the larger Ohio town, so the
    # report said Georgia; without populations to tell, the Georgia town would read as Ohio's
    assert _strays_as_namesakes([BRUNSWICK_GA, MEDINA], town_in, gazetteer.population) == {}
    mapped = _strays_as_namesakes([BRUNSWICK_GA, MEDINA], town_in)
    assert [(t.name, t.admin1) for t in mapped.values()] == [("Brunswick", "Ohio")]


def test_near_miss_a_town_across_a_state_line_from_the_others_is_no_stray(town_in, place_of):
    # Ohio has a Covington 110 km north of Cincinnati; the Kentucky city across the river agrees with Cincinnati
    assert _strays_as_namesakes([COVINGTON_KY, CINCINNATI], town_in) == {}
    got = place_of(told("r1", COVINGTON_KY, "madison avenue"), told("r2", CINCINNATI))
    assert got is not None and got.admin1 in ("Kentucky", "Ohio") and got.name in ("Covington", "Cincinnati")
    assert not (got.name == "Covington" and got.admin1 == "Ohio")


def test_near_miss_the_others_in_two_states_map_nothing(town_in):
    assert _strays_as_namesakes([ATHENS_GR, ZANESVILLE, JESUP], town_in) == {}


def test_near_miss_a_namesake_further_off_than_a_court_or_a_station_is_no_reading(town_in):
    # Illinois has a Hammond, 240 km from Calumet City: the Indiana city across the line stays itself
    assert _strays_as_namesakes([CALUMET_CITY, HAMMOND_IN], town_in) == {}


# -- through the ledger, with invented reports -------------------------------------------------------------------

def test_ledger_reads_a_bare_athens_dateline_as_the_ohio_town_of_the_hometown_report(nlp, gazetteer):
    from eventdesk import Report

    body = ("Deandre Whitsett, 29, was pronounced dead at the scene. Investigators said a witness saw a white "
            "pickup truck leave the area moments after the shots, and they asked anyone with video to call them.")
    # the bare name alone gets the largest Athens of the country (Georgia's)
    paper = ("ATHENS — A man was shot and killed Friday night in the 100 block of Baxter Street, police said. "
             + body)
    home = ("ZANESVILLE, Ohio — Friends gathered Saturday at a church here to remember Deandre Whitsett, who grew up "
            "in Zanesville. " + body)
    reports = [Report(id="p1", title="Man killed on Baxter Street", text=paper, published=DAY),
               Report(id="h1", title="Zanesville mourns Deandre", text=home, published=DAY + dt.timedelta(days=1))]
    n, place = main_place(nlp, gazetteer, reports)
    assert n == 2 and place == ("Athens", "Ohio")


# -- the invented check set -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def set3_scores(nlp, gazetteer):
    scores, _ = linked_places_check.run(linked_runtime(nlp, gazetteer), name="3")
    return scores


def test_set3_scores(set3_scores):
    # the halves are fixed by the set's own salt; before this round: within 25 km, rules half 21 of 25, check half
    # 20 of 25; all joined 11 and 8
    assert linked_places_check.SETS["3"][1] == "nineteenth-lplaces3:"
    # check half all joined: 8 until round 20
    assert_places_halves_hold(set3_scores, {"rules": 25, "check": 25},
                              {"rules": (RULES_WITHIN, RULES_JOINED), "check": (CHECK_WITHIN, CHECK_JOINED)})


# 23 and 20 until round 20 let a follow-up from an arrest's town join the incident its headline names
RULES_WITHIN = 24
CHECK_WITHIN = 23  # 22 -> 23 with the thirty-first session's rounds
# 11 and 10 until round 24 let the same person in two towns of one state, days apart, join
RULES_JOINED = 14
CHECK_JOINED = 13  # 11 -> 12 with the thirty-first session's rounds, -> 13 with the thirty-third's
