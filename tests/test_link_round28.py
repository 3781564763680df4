"""Linking, twenty-eighth round: a brief with no place the same day, the ages feeds write, and the consolidated
city-counties beyond Honolulu.

``eval.link_halves --salt`` drew fresh halves of SemEval dev's incidents (this round's: ``twenty-eighth-link28:``).
The rules half's commonest split was a brief with no dateline and no town of the same day scoring 0.545 against a
0.55 threshold: where it gives an age the incident's report gives, the age counts as it does between two reports of
one state.  Ages are read as feeds space their punctuation ("a 14-year - old boy", "Jamal Rollins , 17 ,") and two
at once after a plural noun ("Two men, 20 and 22, were shot").  A consolidated city-county's county named alone
("Richmond County deputies") is its city's county wherever the gazetteer put the bare name (the same day, where it
put it in another state), and its towns past the city's suburbs (Girdwood and Anchorage, Baldwin and Jacksonville)
score as a town and its county.  The invented check set ``eval/linked_places_check9.jsonl`` is pinned per half.
All reports are written for these tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from eventdesk import Ledger, Report, link
from eventdesk.models import Place

from eval import linked_places_check

from .linked import assert_fresh_link_salt, assert_places_halves_hold, incident_sizes, linked_runtime

DAY = dt.date(2016, 7, 9)


def _report(rid: str, title: str, text: str, days: int = 0) -> Report:
    return Report(id=rid, title=title, text=text, published=DAY + dt.timedelta(days=days))


def _ages(nlp, gazetteer, title: str, text: str) -> set[str]:
    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        led.ingest_reports([_report("k1", title, text)])
        return {k for m in led.store.report_mentions("k1") for k in m.keywords if k.startswith("a:")}


def test_this_rounds_salt_draws_other_halves():
    assert_fresh_link_salt("twenty-eighth-link28:")


# -- ages as feeds write them -------------------------------------------------------------------------------------

def test_ages_with_spaced_hyphens_and_commas(nlp, gazetteer):
    assert _ages(nlp, gazetteer, "Boy killed",
                 "A 14-year - old boy was fatally shot this evening , according to the sheriff 's office .") == {"a:14"}
    assert _ages(nlp, gazetteer, "Teen killed", "Jamal Rollins , 17 , died at the scene , police said .") == {"a:17"}


def test_two_ages_after_a_plural_noun(nlp, gazetteer):
    assert _ages(nlp, gazetteer, "Two shot in Toledo",
                 "TOLEDO, Ohio - Two men, 20 and 22, were shot on Dorr Street on Saturday night, police said.") == {
        "a:20", "a:22"}
    # near miss: figures after a date are no ages
    assert _ages(nlp, gazetteer, "Shots fired in Toledo",
                 "TOLEDO, Ohio - Shots were fired on Saturday, 20 and 22 minutes apart, on Dorr Street, police said.") == set()


# -- a brief with no place the same day ---------------------------------------------------------------------------

LIMA = ("LIMA, Ohio - Lamont Strayhorn, 37, was shot in the leg on Kibby Street on Saturday night, Lima police said. He "
        "was taken to a hospital.")


def test_a_placeless_brief_of_the_same_day_giving_the_age_joins(nlp, gazetteer):
    brief = "A 37-year - old man was shot in the leg Saturday night , police said . He is expected to recover ."
    reports = [_report("p1", "Man, 37, wounded on Kibby Street", LIMA), _report("p2", "Man shot Saturday night", brief)]
    assert incident_sizes(nlp, gazetteer, reports) == [2]


def test_near_miss_a_placeless_brief_giving_another_age_stays_apart(nlp, gazetteer):
    brief = "A 51-year-old woman was shot Saturday night , police said . She was taken to a hospital ."
    reports = [_report("p1", "Man, 37, wounded on Kibby Street", LIMA), _report("p2", "Woman shot Saturday", brief)]
    assert incident_sizes(nlp, gazetteer, reports) == [1, 1]


def test_near_miss_a_placeless_brief_of_another_day_stays_apart(nlp, gazetteer):
    brief = "A 37-year-old man was shot in the leg , police said . He is expected to recover ."
    reports = [_report("p1", "Man, 37, wounded on Kibby Street", LIMA), _report("p2", "Man shot", brief, 3)]
    assert incident_sizes(nlp, gazetteer, reports) == [1, 1]


def test_a_placeless_brief_naming_someone_else_joins_by_the_age():
    # the town's report names the victim, the brief the father charged: no conflict where the age is shared the same day
    town = Place("Columbia", "South Carolina", "United States", "US", 34.0007, -81.0348, "city")
    inc = _row(town, ("p:heaven miller", "a:2"))
    brief = _mention(None, ("p:dominic myers", "a:2"))
    assert "same age" in link.score(brief, inc, window_days=4, max_km=40.0)[1]
    assert link.decide(brief, [inc], window_days=4, max_km=40.0, threshold=0.55).incident_id == "inc-1"
    # near miss: two incidents of the day give the age, and the age does not say which
    tyler = Place("Tyler", "Texas", "United States", "US", 32.35, -95.30, "city")
    other = replace(_row(tyler, ("p:kendra oakes", "a:2")), id="inc-2")
    assert link.decide(brief, [inc, other], window_days=4, max_km=40.0, threshold=0.55).incident_id is None
    # near misses: another day (the placeless brief's day says nothing), another age
    assert link.score(_mention(None, ("p:dominic myers", "a:2"), days=2), inc, window_days=4, max_km=40.0) is None
    assert link.score(_mention(None, ("p:dominic myers", "a:30")), inc, window_days=4, max_km=40.0)[0] < 0.55


def _mention(place, keywords, days: int = 0):
    from eventdesk.models import DateSpan, Mention

    day = DAY + dt.timedelta(days=days)
    return Mention(report_id="m1", index=0, start=0, end=10, title="Girl killed", event_type="Violence against civilians",
                   sub_event_type="Attack", date=DateSpan(day, day, "day"), place=place, keywords=keywords)


def _row(place, keywords):
    from eventdesk.store import IncidentRow

    return IncidentRow(id="inc-1", title="Girl, 2, killed", event_type="Violence against civilians",
                       sub_event_type="Attack", date_start=DAY, date_end=DAY, date_precision="day", location=place,
                       actors=(), keywords=keywords, n_reports=1, killed_low=1, killed_best=1, killed_high=1,
                       wounded_best=None, first_reported=DAY, last_reported=DAY)


def test_two_ages_join_a_brief_giving_one_of_them(nlp, gazetteer):
    town = ("TOLEDO, Ohio - Two men, 20 and 22, were shot on Nebraska Avenue on Saturday night, Toledo police said. Both "
            "were taken to a hospital.")
    brief = ("A 22-year-old man was in critical condition after a shooting Saturday night that also wounded another man , "
             "police said .")
    reports = [_report("t1", "Two men shot on Nebraska Avenue", town), _report("t2", "Man, 22, in critical condition", brief)]
    assert incident_sizes(nlp, gazetteer, reports) == [2]


# -- consolidated city-counties ------------------------------------------------------------------------------------

AUGUSTA = Place("Augusta", "Georgia", "United States", "US", 33.471, -81.9748, "city")


def test_a_city_countys_county_named_alone_is_its_citys():
    richmond_ny = Place("Richmond County", "New York", "United States", "US", 40.58, -74.15, "region")
    assert link._county_of_city(richmond_ny, AUGUSTA) == "richmond"
    hephzibah = Place("Hephzibah", "Georgia", "United States", "US", 33.3140, -82.0968, "city")
    assert link._county_of_city(hephzibah, richmond_ny) == "richmond"
    # near misses: another county of the name beside another city, another county beside the city
    birmingham = Place("Birmingham", "Alabama", "United States", "US", 33.5207, -86.8025, "city")
    jefferson_al = Place("Jefferson County", "Alabama", "United States", "US", 33.55, -86.9, "region")
    assert link._county_of_city(jefferson_al, birmingham) is None
    columbia = Place("Columbia County", "Georgia", "United States", "US", 33.55, -82.25, "region")
    assert link._county_of_city(columbia, AUGUSTA) is None


def test_a_city_countys_named_towns_only():
    anchorage = Place("Anchorage", "Alaska", "United States", "US", 61.2181, -149.9003, "city")
    girdwood = Place("Girdwood", "Alaska", "United States", "US", 60.9425, -149.1664, "city")
    assert link._city_county(girdwood, anchorage, link.km_between(girdwood, anchorage)) == "Anchorage"
    assert link.candidate_km(girdwood, 40.0) == 65.0
    # near misses: a town as far off in another county (Wasilla, in the Matanuska-Susitna Borough), and Callahan, as far
    # from Jacksonville as Baldwin but in Nassau County
    wasilla = Place("Wasilla", "Alaska", "United States", "US", 61.5814, -149.4394, "city")
    assert link._city_county(wasilla, anchorage, link.km_between(wasilla, anchorage)) is None
    assert link.candidate_km(wasilla, 40.0) == 40.0
    jacksonville = Place("Jacksonville", "Florida", "United States", "US", 30.3322, -81.6556, "city")
    baldwin = Place("Baldwin", "Florida", "United States", "US", 30.3027, -81.9754, "city")
    callahan = Place("Callahan", "Florida", "United States", "US", 30.5622, -81.8307, "city")
    assert link._city_county(baldwin, jacksonville, link.km_between(baldwin, jacksonville)) == "Jacksonville"
    assert link._city_county(callahan, jacksonville, link.km_between(callahan, jacksonville)) is None


GIRDWOOD = ("GIRDWOOD, Alaska - Tanner Oquilluk, 30, was shot at a cabin off the Alyeska Highway on Saturday night, "
            "Anchorage police said.")


def test_a_girdwood_shooting_and_anchorages_dateline_join(nlp, gazetteer):
    city = ("ANCHORAGE, Alaska - Anchorage police are investigating the shooting of a 30-year-old man south of the city "
            "on Saturday night.")
    reports = [_report("g1", "Man shot in Girdwood", GIRDWOOD), _report("g2", "Police investigate shooting", city)]
    assert incident_sizes(nlp, gazetteer, reports) == [2]


def test_near_miss_an_anchorage_shooting_of_other_people_stays_apart(nlp, gazetteer):
    city = ("ANCHORAGE, Alaska - Danita Evon, 29, was shot and killed at an apartment on Bragaw Street on Saturday, "
            "Anchorage police said.")
    reports = [_report("g1", "Man shot in Girdwood", GIRDWOOD), _report("g2", "Woman killed in Mountain View", city)]
    assert incident_sizes(nlp, gazetteer, reports) == [1, 1]


def test_augusta_and_richmond_county_join(nlp, gazetteer):
    city = ("AUGUSTA, Ga. - A 5-year-old boy was shot and killed at a home on Wheeless Road on Saturday, the sheriff's "
            "office said. A 14-year-old was charged.")
    county = ("A 5-year-old boy was killed Saturday at a home in Richmond County, deputies said. A 14-year-old relative "
              "was charged with involuntary manslaughter.")
    reports = [_report("a1", "Boy, 5, killed in Augusta shooting", city), _report("a2", "Child killed, teen charged", county)]
    assert incident_sizes(nlp, gazetteer, reports) == [2]


# -- the invented check set ---------------------------------------------------------------------------------------

def test_set9_scores(nlp, gazetteer):
    # the halves are fixed by the set's own salt; before this round: within 25 km, rules half 28 of 28, check half
    # 22 of 22; joined right (near misses apart) 17 and 14
    assert linked_places_check.SETS["9"][1] == "twenty-eighth-places9:"
    scores, _ = linked_places_check.run(linked_runtime(nlp, gazetteer), name="9")
    # joined 25 and 17 until the twenty-ninth session
    assert_places_halves_hold(scores, {"rules": 28, "check": 22}, {"rules": (28, 26), "check": (22, 18)})
