"""An incident's place when its reports disagree, seventeenth round.

Two rules of ``link._incident_place``:

- a town far from a city another report of the incident names, whose name is one of that city's neighbourhoods,
  reads as that city (``_neighbourhoods_as_city``): a station's "shot in Kensington" beside a Philadelphia report
  is Philadelphia's Kensington, not the town in New York the gazetteer put it in;
- a report whose headline names another report's town as the scene ("Suspect in Copperas Cove killing arraigned
  in Gatesville", "Bond set in Bullhead City killing") places the incident there, not in the court's, the jail's
  or the hospital's town it is datelined in (``_headline_scene``).

Near misses stay as before: a neighbourhood's name beside a city that has no neighbourhood of that name; a headline
that names the victim's hometown ("Copperas Cove man arraigned"), or a town further off than a court or a hospital
lies (Pittsburgh's Allentown neighbourhood is no shooting in the city of Allentown).  The invented check set
``eval/linked_places_check2.jsonl`` is pinned per half.  All reports are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk import DateSpan, Mention, Place
from eventdesk.link import aggregate
from eval import check_sets, linked_places_check

from .linked import assert_places_halves_hold, linked_runtime, main_place

DAY = dt.date(2017, 4, 15)
COPPERAS_COVE = Place("Copperas Cove", "Texas", "United States", "US", 31.12406, -97.90308, "city", 4683244)
GATESVILLE = Place("Gatesville", "Texas", "United States", "US", 31.43516, -97.74391, "city", 4693150)
PHILADELPHIA = Place("Philadelphia", "Pennsylvania", "United States", "US", 39.95238, -75.16362, "city", 4560349)
KENSINGTON_NY = Place("Kensington", "New York", "United States", "US", 40.64621, -73.97069, "city", 5123280)
BALTIMORE = Place("Baltimore", "Maryland", "United States", "US", 39.29038, -76.61219, "city", 4347778)
PITTSBURGH = Place("Pittsburgh", "Pennsylvania", "United States", "US", 40.44062, -79.99589, "city", 5206379)
ALLENTOWN = Place("Allentown", "Pennsylvania", "United States", "US", 40.60843, -75.49018, "city", 5178127)


def told(report: str, place: Place | None, title: str = "Man shot Saturday night",
         keywords: tuple[str, ...] = ()) -> Mention:
    return Mention(report, 0, 0, 10, title, "Violence against civilians", "Attack", DateSpan(DAY, DAY, "day"),
                   place, (), (), DAY, None, ("p:darius mcgee",) + keywords)


def place_of(*mentions: Mention) -> Place | None:
    return aggregate("inc-1", list(mentions), None, None, None).location


# -- a neighbourhood's name that the gazetteer put in a town far off ---------------------------------------------

def test_a_town_named_like_a_neighbourhood_of_the_other_reports_city_reads_as_that_city():
    got = place_of(told("r1", KENSINGTON_NY), told("r2", PHILADELPHIA, keywords=("s:allegheny avenue",)))
    assert got == PHILADELPHIA


def test_the_neighbourhood_town_first_and_alone_against_the_city_still_gives_way():
    got = place_of(told("r1", KENSINGTON_NY), told("r2", KENSINGTON_NY), told("r3", PHILADELPHIA))
    assert got == PHILADELPHIA


def test_near_miss_a_city_without_a_neighbourhood_of_that_name_changes_nothing():
    # Baltimore has no Kensington: the reports disagree as before, and the first report's town stands
    got = place_of(told("r1", KENSINGTON_NY), told("r2", BALTIMORE))
    assert got == KENSINGTON_NY


# -- a headline that says where the shooting was --------------------------------------------------------------------

def test_court_reports_whose_headline_names_the_scene_back_the_scene_over_their_own_town():
    got = place_of(told("r1", COPPERAS_COVE, "Man shot dead on Avenue D"),
                   told("r2", GATESVILLE, "Suspect in Copperas Cove killing arraigned in Gatesville"),
                   told("r3", GATESVILLE, "Man Shot In Copperas Cove Dies; Suspect Jailed"))
    assert got == COPPERAS_COVE


def test_near_miss_a_headline_naming_the_victims_hometown_is_no_scene():
    got = place_of(told("r1", COPPERAS_COVE, "Man shot dead on Avenue D"),
                   told("r2", GATESVILLE, "Copperas Cove man arraigned in Gatesville"),
                   told("r3", GATESVILLE, "Murder suspect jailed in Gatesville"))
    assert got == GATESVILLE


def test_near_miss_a_headline_town_further_off_than_a_court_or_a_hospital_is_no_scene():
    # Pittsburgh's Allentown neighbourhood, which the gazetteer knows only as the city 380 km east
    got = place_of(told("r1", ALLENTOWN, "Allentown man charged in shooting"),
                   told("r2", PITTSBURGH, "Suspect in fatal Allentown shooting was victim's friend"),
                   told("r3", PITTSBURGH, "Pittsburgh man to stand trial for Allentown homicide"))
    assert got == PITTSBURGH


# -- through the ledger, with invented reports -------------------------------------------------------------------

def test_ledger_places_the_incident_in_the_scene_the_court_reports_headlines_name(nlp, gazetteer):
    from eventdesk import Report

    body = ("Prosecutors said Darius Whitfield, 31, and the suspect had argued outside a bar earlier in the evening. "
            "A judge set bond at $300,000.")
    # no street in the local report: the fifteenth round's street rule does not place it
    local = ("SIERRA VISTA — A man was shot and killed Saturday night outside a bar, Sierra Vista police said. "
             "The victim was identified as Darius Whitfield, 31. Officers found him beside a pickup truck after callers reported gunfire. No arrest had been made by Sunday morning.")
    court = ("BISBEE — A man charged in the Saturday night shooting death of Darius Whitfield, 31, in Sierra Vista "
             "appeared Monday before a Cochise County judge in Bisbee. " + body)
    jail = ("BISBEE, Ariz. — A man accused of shooting Darius Whitfield, 31, to death Saturday night was held Monday "
            "in the Cochise County jail in Bisbee. " + body)
    reports = [Report(id="l1", title="Man shot dead outside bar", text=local, published=DAY),
               Report(id="c1", title="Suspect in Sierra Vista killing arraigned in Bisbee", text=court,
                      published=DAY + dt.timedelta(days=2)),
               Report(id="c2", title="Bond set in Sierra Vista shooting", text=jail,
                      published=DAY + dt.timedelta(days=2))]
    assert main_place(nlp, gazetteer, reports) == (3, ("Sierra Vista", "Arizona"))


def test_ledger_reads_the_stations_kensington_as_the_philadelphia_reports_neighbourhood(nlp, gazetteer):
    from eventdesk import Report

    body = ("Luis Arroyo, 27, was taken to Temple University Hospital with a gunshot wound to the arm and is "
            "expected to survive. Officers found him on the sidewalk outside a corner store. Police said they "
            "recovered six shell casings and have made no arrest.")
    station = "A man was shot and wounded Saturday night in Kensington, police told Action News. " + body
    paper = ("PHILADELPHIA — A man was shot and wounded Saturday night on Kensington Avenue near East Somerset "
             "Street, police said. " + body)
    reports = [Report(id="s1", title="Man wounded in Kensington shooting | 6abc Philadelphia", text=station,
                      published=DAY),
               Report(id="p1", title="Man shot outside corner store", text=paper, published=DAY)]
    assert main_place(nlp, gazetteer, reports) == (2, ("Philadelphia", "Pennsylvania"))


# -- the invented check set -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def set2_scores(nlp, gazetteer):
    scores, _ = linked_places_check.run(linked_runtime(nlp, gazetteer), name="2")
    return scores


def test_set2_scores(set2_scores):
    # before this round: within 25 km, rules half 24 of 29, check half 16 of 21; all joined 24 and 17
    # check half all joined: 17 until round 20 let a follow-up from an arrest's town join its incident; rules half all
    # joined: 24 until the twenty-fifth session
    assert_places_halves_hold(set2_scores, {"rules": 29, "check": 21},
                              {"rules": (RULES_WITHIN, 25), "check": (CHECK_WITHIN, 19)})


RULES_WITHIN = 29  # 28 until round 19 read a stray town as its namesake in the other reports' state
CHECK_WITHIN = 17


def test_set2_halves_are_fixed_by_their_own_salt():
    rows = linked_places_check.incidents(linked_places_check.CHECK_SET_2)
    assert len(rows) == 50
    assert linked_places_check.half("lp17-001", "seventeenth-places2:") == check_sets.first_digit_half(
        "seventeenth-places2:", "lp17-001")
