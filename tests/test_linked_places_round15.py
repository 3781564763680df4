"""An incident's place when its reports disagree, fifteenth round.

Two rules of ``link._incident_place``:

- a town vouched for by a report that gives the street the incident happened on comes first, where a report
  without that street names the same state: a station in a bigger city 40 to 150 km off, a wire datelined in
  the county seat, a follow-up from the hospital's or the jail's town name their own town, however many they are;
- reports that put one town name in different states read as naming the smaller namesake: the reports that name
  the town alone got the largest, the one that got another was told its state.

Near misses stay as before: a street report placed in a state no other report names, or only at a county's
precision; no report giving a street; namesakes whose population the gazetteer does not know.  The invented check
set ``eval/linked_places_check.jsonl`` is pinned per half.  All reports are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk import DateSpan, Mention, Place
from eventdesk.link import aggregate
from eval import check_sets, linked_places_check

from .linked import assert_places_halves_hold, linked_runtime

DAY = dt.date(2018, 3, 10)
LUFKIN = Place("Lufkin", "Texas", "United States", "US", 31.33824, -94.72881, "city", 4707814)
TYLER = Place("Tyler", "Texas", "United States", "US", 32.35126, -95.30106, "city", 4738214)
NACOGDOCHES = Place("Nacogdoches", "Texas", "United States", "US", 31.60351, -94.65549, "city", 4714131)
SHREVEPORT = Place("Shreveport", "Louisiana", "United States", "US", 32.52515, -93.75018, "city", 4341513)
ANGELINA_COUNTY = Place("Angelina County", "Texas", "United States", "US", 31.25, -94.61, "region", None)
# a county of one name in another state, where the gazetteer may put a street report
HOUSTON_COUNTY_AL = Place("Houston County", "Alabama", "United States", "US", 31.15, -85.30, "region", None)
AURORA_CO = Place("Aurora", "Colorado", "United States", "US", 39.72943, -104.83192, "city", 5412347)
AURORA_IL = Place("Aurora", "Illinois", "United States", "US", 41.76058, -88.32007, "city", 4883817)
POPULATION = {AURORA_CO: 359407, AURORA_IL: 197899, LUFKIN: 35067, TYLER: 96900}
STREET = ("s:timberland drive",)


def told(report: str, place: Place | None, keywords: tuple[str, ...] = ()) -> Mention:
    return Mention(report, 0, 0, 10, "t", "Violence against civilians", "Attack", DateSpan(DAY, DAY, "day"),
                   place, (), (), DAY, None, ("p:jalen morrow",) + keywords)


def place_of(*mentions: Mention, population_of=None) -> Place | None:
    more = {"population_of": population_of} if population_of is not None else {}
    return aggregate("inc-1", list(mentions), None, None, None, **more).location


# -- a report that gives the street ------------------------------------------------------------------------------

def test_the_street_report_outranks_two_reports_from_a_bigger_city_of_its_state():
    got = place_of(told("r1", TYLER), told("r2", LUFKIN, STREET), told("r3", TYLER))
    assert got == LUFKIN


def test_the_street_report_outranks_a_wire_and_a_hometown_of_its_state():
    got = place_of(told("r1", TYLER), told("r2", NACOGDOCHES), told("r3", LUFKIN, STREET))
    assert got == LUFKIN


def test_a_county_of_the_state_is_enough_for_the_street_report():
    assert place_of(told("r1", ANGELINA_COUNTY), told("r2", TYLER), told("r3", TYLER),
                    told("r4", LUFKIN, STREET)) == LUFKIN


def test_near_miss_no_report_gives_a_street():
    assert place_of(told("r1", TYLER), told("r2", LUFKIN), told("r3", TYLER)) == TYLER


def test_near_miss_the_street_report_is_in_a_state_no_other_report_names():
    # the gazetteer put the street report in a town of another state: the others' place stands
    assert place_of(told("r1", TYLER), told("r2", SHREVEPORT, STREET), told("r3", TYLER)) == TYLER


def test_near_miss_the_street_report_is_placed_only_at_a_county():
    got = place_of(told("r1", TYLER), told("r2", HOUSTON_COUNTY_AL, STREET), told("r3", TYLER))
    assert got == TYLER


def test_near_miss_every_report_gives_the_street():
    got = place_of(told("r1", TYLER, STREET), told("r2", LUFKIN, STREET), told("r3", TYLER, STREET))
    assert got == TYLER


# -- one town name in two states -------------------------------------------------------------------------------

def test_reports_of_one_town_name_read_as_the_smaller_namesake():
    got = place_of(told("r1", AURORA_CO), told("r2", AURORA_CO), told("r3", AURORA_IL),
                   population_of=POPULATION.get)
    assert got == AURORA_IL


def test_near_miss_without_populations_the_majority_stands():
    assert place_of(told("r1", AURORA_CO), told("r2", AURORA_CO), told("r3", AURORA_IL)) == AURORA_CO


def test_near_miss_a_namesake_of_unknown_population_changes_nothing():
    pops = {AURORA_CO: 359407, AURORA_IL: 0}
    got = place_of(told("r1", AURORA_CO), told("r2", AURORA_CO), told("r3", AURORA_IL), population_of=pops.get)
    assert got == AURORA_CO


def test_near_miss_two_towns_of_different_names_are_not_namesakes():
    got = place_of(told("r1", TYLER), told("r2", TYLER), told("r3", LUFKIN), population_of=POPULATION.get)
    assert got == TYLER


# -- through the ledger, with invented reports -------------------------------------------------------------------

def test_ledger_places_the_incident_by_the_datelined_report_with_its_street(nlp, gazetteer):
    from eventdesk import Ledger, Report

    local = ("LUFKIN — A 29-year-old man was shot and killed Friday night in the 900 block of Timberland Drive, "
             "Lufkin police said. The victim was identified as Jalen Morrow, 29. Officers found him in a driveway after neighbors called "
             "about gunfire. Detectives said the shooting followed an argument. No arrest has been made.")
    station = ("Investigators are searching for whoever shot and killed Jalen Morrow, 29, on Friday night, police "
               "told KLTV. Morrow was found in a driveway after neighbors reported gunfire. Detectives said the "
               "shooting followed an argument. No arrest has been made. KLTV will update this story.")
    follow = ("Police on Saturday named Jalen Morrow, 29, as the man shot and killed Friday night, KLTV reported. "
              "Morrow died in a driveway after an argument, detectives said. They asked anyone with video from the "
              "area to call Crime Stoppers. No arrest has been made.")
    reports = [Report(id="s1", title="Man killed in shooting | KLTV 7 Tyler", text=station, published=DAY),
               Report(id="l1", title="Man killed on Timberland Drive", text=local, published=DAY),
               Report(id="s2", title="Police seek gunman in deadly shooting | KLTV 7 Tyler", text=follow,
                      published=DAY + dt.timedelta(days=1))]
    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        led.ingest_reports(reports)
        rows, _ = led.incidents()
        main = max(rows, key=lambda r: r.n_reports)
        assert main.n_reports == 3
        assert (main.location.name, main.location.admin1) == ("Lufkin", "Texas")


# -- the invented check set -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def check_scores(nlp, gazetteer):
    scores, _ = linked_places_check.run(linked_runtime(nlp, gazetteer))
    return scores


def test_check_set_scores(check_scores):
    # before this round: within 25 km, rules half 22 of 33, check half 11 of 27; all joined 33 and 23
    assert_places_halves_hold(check_scores, {"rules": 33, "check": 27},
                              {"rules": (RULES_WITHIN, 33), "check": (CHECK_WITHIN, CHECK_JOINED)})


RULES_WITHIN = 30  # 28 until round 19 read a stray town as its namesake in the other reports' state
CHECK_WITHIN = 24  # 19 until round 16 dropped the places a correction denies; 20 until round 19; 22 until round 25 gave a
# street one key however spelled
CHECK_JOINED = 25  # 23 until round 24 let the same person in two towns of one state, days apart, join


def test_halves_are_fixed_by_the_salted_hash():
    assert linked_places_check.half("lp15-001") == check_sets.first_digit_half("fifteenth-linked:", "lp15-001")
    assert len(linked_places_check.incidents()) == 60
