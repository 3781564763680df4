"""Linking, thirty-third round: one name given to two people, one family named by two reports, the incident more
reports tell on equal scores, and a venue whose kind is written in small letters.

``eval.link_halves --salt`` drew fresh halves of SemEval dev's incidents (this round's: ``thirty-third-link33:``).
Two reports giving one name with other ages on other streets ("Anthony Brooks, 19" on one avenue, four days later
"Anthony Brooks, 47" on another road; "Marcus Johnson, 24" and a "Johnson, 31" the same day in the next town) name
two people, unless a headline tells a follow-up (a court or an arrest report gives the suspect's age and the street
he was caught on beside the victim's name).  Two people in full of one surname and other first names, where the
reports give one age (the boy named by one, his father by the other), are one family: no people veto.  On equal
scores a mention joins the incident more reports tell (a report's second segment opens an incident of its own that
the next report of the main one may score as high).  "The Blue Room lounge" keys as "the Blue Room Lounge" does.
The invented check set ``eval/linked_places_check14.jsonl`` is pinned per half.  All reports are written for these
tests.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from eventdesk import Ledger, Report, link

from eval import linked_places_check

from .linked import (assert_fresh_link_salt, assert_places_halves_hold, incident_sizes, linked_runtime,
                     report_keys)

DAY = dt.date(2016, 3, 1)


def _report(rid: str, title: str, text: str, days: int = 0) -> Report:
    return Report(id=rid, title=title, text=text, published=DAY + dt.timedelta(days=days))


def test_this_rounds_salt_draws_other_halves():
    assert_fresh_link_salt("thirty-third-link33:")


# -- one name, two people -------------------------------------------------------------------------------------------

def test_one_name_with_other_ages_on_other_streets_is_two_people():
    mine = ("p:anthony brooks", "s:clair avenue", "a:19")
    theirs = ("p:anthony brooks", "s:kinsman road", "a:47")
    assert link.names_overlap(mine, theirs).persons == ("anthony brooks",)  # without the headlines: as before
    two = link.names_overlap(mine, theirs, titles=("Man, 19, wounded", "Man, 47, shot on Kinsman Road"))
    assert two.persons == () and two.conflict and two.ages_differ


def test_near_miss_one_name_under_an_arrest_headline_stays_one_person():
    mine = ("p:anthony brooks", "s:clair avenue", "a:19")
    theirs = ("p:anthony brooks", "s:kinsman road", "a:24")
    titles = ("Man, 19, wounded", "Man, 24, charged in shooting of Anthony Brooks")
    assert link.names_overlap(mine, theirs, titles=titles).persons == ("anthony brooks",)


def test_near_miss_one_name_and_one_street_stays_one_person():
    mine = ("p:anthony brooks", "s:clair avenue", "a:19")
    theirs = ("p:anthony brooks", "s:st clair avenue", "s:clair avenue", "a:20")
    assert link.names_overlap(mine, theirs, titles=("a", "b")).persons == ("anthony brooks",)


def test_a_lone_surname_with_other_ages_on_other_streets_ties_nothing():
    mine = ("p:marcus johnson", "s:central avenue", "a:24")
    theirs = ("p:johnson", "s:rainier avenue", "a:31")
    assert link.names_overlap(mine, theirs).partial == ("marcus johnson",)
    assert link.names_overlap(mine, theirs, titles=(None, None)).partial == ()


CLEVELAND = _report("c1", "Cleveland man, 19, wounded",
                    "CLEVELAND — Anthony Gaines, 19, was shot on St. Clair Avenue on Tuesday, police said.")


def test_one_name_in_one_city_days_apart_with_other_ages_and_streets_stays_apart(nlp, gazetteer):
    other = _report("c2", "Man, 47, shot on Kinsman Road",
                    "CLEVELAND — Anthony Gaines, 47, was shot in the leg on Kinsman Road on Friday night, police "
                    "said.", days=4)
    assert incident_sizes(nlp, gazetteer, [CLEVELAND, other]) == [1, 1]


def test_near_miss_the_victims_name_and_age_days_later_joins(nlp, gazetteer):
    follow = _report("c2", "Man shot on St. Clair Avenue dies",
                     "CLEVELAND — Anthony Gaines, 19, who was shot on St. Clair Avenue on Tuesday, died Friday, "
                     "police said.", days=4)
    assert incident_sizes(nlp, gazetteer, [CLEVELAND, follow]) == [2]


# -- one family -----------------------------------------------------------------------------------------------------

def test_one_surname_other_first_names_and_one_age_is_one_family():
    mine = ("p:damon ruelas", "s:broadway road", "a:11", "a:14")
    theirs = ("p:isaac ruelas", "a:11")
    names = link.names_overlap(mine, theirs)
    assert names.partial == ("ruelas",) and not names.conflict


def test_near_miss_one_surname_and_other_ages_is_two_people():
    names = link.names_overlap(("p:marcus johnson", "a:24"), ("p:tyrone johnson", "a:31"))
    assert names.partial == () and names.conflict


def test_near_miss_a_short_surname_fragment_ties_no_family():
    names = link.names_overlap(("p:damon li", "a:11"), ("p:isaac li", "a:11"))
    assert names.partial == ()


RENTON = _report("a1", "Girl, 7, shot in Renton home",
                 "RENTON, Wash. — A 7-year-old girl was shot in the hand at a home on Sunset Boulevard on Saturday, "
                 "police said. Her uncle, Curtis Vandermeer, was questioned.")


def test_the_child_and_her_uncle_named_by_two_reports_in_towns_apart_join(nlp, gazetteer):
    seattle = _report("a2", "Girl, 7, hurt by pistol left on table",
                      "SEATTLE — A 7-year-old girl, Lila Vandermeer, was wounded Saturday by a pistol left on a table, "
                      "King County investigators said.")
    assert incident_sizes(nlp, gazetteer, [RENTON, seattle]) == [2]


def test_near_miss_one_surname_of_other_ages_in_towns_apart_stays_apart(nlp, gazetteer):
    seattle = _report("a2", "Man, 33, shot in Seattle",
                      "SEATTLE — Bryce Vandermeer, 33, was shot on Rainier Avenue on Saturday, police said.")
    assert incident_sizes(nlp, gazetteer, [RENTON, seattle]) == [1, 1]


# -- equal scores ---------------------------------------------------------------------------------------------------

def test_on_equal_scores_the_incident_more_reports_tell_is_joined(nlp, gazetteer):
    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        led.ingest_reports([CLEVELAND])
        (row,), _ = led.incidents()
        m = led.store.report_mentions("c1")[0]
    lone = dataclasses.replace(row, id="inc-lone", n_reports=1)
    told = dataclasses.replace(row, id="inc-told", n_reports=3)
    for candidates in ([lone, told], [told, lone]):
        decision = link.decide(m, candidates, window_days=4, max_km=40.0, threshold=0.55)
        assert decision.incident_id == "inc-told"


def test_near_miss_a_higher_score_beats_more_reports(nlp, gazetteer):
    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        led.ingest_reports([CLEVELAND])
        (row,), _ = led.incidents()
        m = led.store.report_mentions("c1")[0]
    lone = dataclasses.replace(row, id="inc-lone", n_reports=1)
    told = dataclasses.replace(row, id="inc-told", n_reports=3, keywords=(), actors=())
    assert link.score(m, lone, window_days=4, max_km=40.0)[0] > link.score(m, told, window_days=4, max_km=40.0)[0]
    decision = link.decide(m, [told, lone], window_days=4, max_km=40.0, threshold=0.55)
    assert decision.incident_id == "inc-lone"


# -- a venue's kind in small letters --------------------------------------------------------------------------------

MEMPHIS = _report("v1", "Man, 28, killed at Memphis lounge",
                  "MEMPHIS, Tenn. — Darnell Whitby, 28, was shot and killed at the Blue Room lounge early Sunday, "
                  "police said.")


def test_a_venues_kind_in_small_letters_keys_as_its_capitalised_form(nlp, gazetteer):
    capital = _report("v2", "Man killed at Blue Room Lounge",
                      "MEMPHIS, Tenn. — A man was shot and killed at the Blue Room Lounge early Sunday, police said.")
    assert report_keys(nlp, gazetteer, MEMPHIS, "v:") == {"v:blue room lounge"}
    assert report_keys(nlp, gazetteer, capital, "v:") == {"v:blue room lounge"}


def test_near_miss_a_towns_bar_is_no_venue(nlp, gazetteer):
    town = _report("v3", "Man shot outside bar",
                   "MEMPHIS, Tenn. — A man was shot outside the Memphis bar where he worked, police said.")
    assert report_keys(nlp, gazetteer, town, "v:") == set()


def test_a_brief_with_no_place_naming_the_lounge_joins(nlp, gazetteer):
    brief = _report("v2", "Man shot dead at lounge",
                    "A man was shot and killed inside the Blue Room lounge early Sunday, police said. A gunman ran "
                    "from the building.")
    assert incident_sizes(nlp, gazetteer, [MEMPHIS, brief]) == [2]


def test_near_miss_a_brief_naming_another_lounge_stays_alone(nlp, gazetteer):
    brief = _report("v2", "Woman shot at lounge",
                    "A 45-year-old woman was shot at the Red Door lounge early Sunday, police said.")
    assert incident_sizes(nlp, gazetteer, [MEMPHIS, brief]) == [1, 1]


# -- the invented check set ---------------------------------------------------------------------------------------

def test_set14_scores(nlp, gazetteer):
    # the halves are fixed by the set's own salt; before this round: within 25 km, rules half 31 of 31, check half
    # 24 of 24; joined right (near misses apart) 21 and 13
    assert linked_places_check.SETS["14"][1] == "thirty-third-places14:"
    scores, _ = linked_places_check.run(linked_runtime(nlp, gazetteer), name="14")
    # joined 27 and 19 with this round's rules; 29 and 21 once the actors round let "let's" be no Lashkar-e-Taiba
    assert_places_halves_hold(scores, {"rules": 31, "check": 24}, {"rules": (31, 29), "check": (24, 21)})
