"""Linking, the thirty-fifth round: the linking leftovers.

``eval.link_halves --salt`` drew fresh halves of SemEval dev's incidents (this round's: ``thirty-fifth-link35:``).
Two numbered streets of one kind ("East 38th Street", "East 26th Street") are two places as two telling streets are:
parallel streets of one grid never meet, so two reports of one day whose ages all differ on them take the people
veto (a numbered street beside a named one, or a numbered avenue beside a numbered street, may be its corner: left
to join); and "35th Street" is no slip of spelling for "36th Street".  Another day's report of another kind of
violence (an exchange of gunfire two days after a man was shot) in a place 5 km or more off that names nothing the
incident names scores no names: two of the city's shootings that week.  The invented check set
``eval/linked_places_check17.jsonl`` is pinned per half.  All reports are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from eventdesk import Report
from eventdesk.link import _same_street, names_overlap

from eval import linked_places_check

from .linked import assert_fresh_link_salt, assert_places_halves_hold, incident_sizes, linked_runtime
from .test_link_round34 import _decided

DAY = dt.date(2016, 9, 10)


def _report(rid: str, title: str, text: str, days: int = 0) -> Report:
    return Report(id=rid, title=title, text=text, published=DAY + dt.timedelta(days=days))


def test_this_rounds_salt_draws_other_halves():
    assert_fresh_link_salt("thirty-fifth-link35:")


# -- numbered streets ----------------------------------------------------------------------------------------------

DES_MOINES = _report("d1", "Man, 23, shot on East 14th Street",
                     "DES MOINES, Iowa — A 23-year-old man was shot Saturday afternoon on East 14th Street, "
                     "Des Moines police said. He was taken to a hospital.")


def test_two_numbered_streets_of_one_kind_the_same_day_with_other_ages_stay_apart(nlp, gazetteer):
    other = _report("d2", "Woman, 46, wounded on East 30th Street",
                    "DES MOINES, Iowa — A 46-year-old woman was wounded Saturday night on East 30th Street, police "
                    "said.")
    assert incident_sizes(nlp, gazetteer, [DES_MOINES, other]) == [1, 1]


def test_near_miss_a_numbered_avenue_beside_a_numbered_street_may_be_its_corner(nlp, gazetteer):
    corner = _report("d2", "Man wounded near Euclid Avenue",
                     "DES MOINES, Iowa — A man was wounded Saturday on Sixth Avenue, Des Moines police said. He is "
                     "expected to survive.")
    assert incident_sizes(nlp, gazetteer, [DES_MOINES, corner]) == [2]


def test_near_miss_one_numbered_street_written_two_ways_joins(nlp, gazetteer):
    update = _report("d2", "Man shot on E. 14th St. will survive",
                     "DES MOINES, Iowa — The man shot Saturday on E. 14th St. is expected to survive, police said. "
                     "He is 23.")
    assert incident_sizes(nlp, gazetteer, [DES_MOINES, update]) == [2]


def test_numbered_streets_of_one_kind_differ_and_of_two_kinds_may_meet():
    assert names_overlap(["s:38th street", "a:19"], ["s:26th street", "a:57"]).streets_differ
    assert not names_overlap(["s:38th street", "a:19"], ["s:35th avenue", "a:57"]).streets_differ
    assert not names_overlap(["s:38th street", "a:19"], ["s:lake street", "a:57"]).streets_differ


def test_near_miss_numbered_streets_a_block_apart_may_bound_one_park():
    # a playground between East 56th and East 57th Street: one report names the one, the other the other
    assert not names_overlap(["s:56th street", "a:17"], ["s:57th street", "a:61"]).streets_differ
    assert names_overlap(["s:56th street", "a:17"], ["s:59th street", "a:61"]).streets_differ


def test_a_street_number_is_no_slip_of_spelling():
    assert not _same_street("s:35th street", "s:36th street")
    assert _same_street("s:bentanna drive", "s:betanna drive")
    assert _same_street("s:sixth street", "s:6th street")


# -- another kind of violence another day, nothing named -------------------------------------------------------------

DALLAS_SHOT = _report("x1", "Man shot in southeast Dallas",
                      "DALLAS — A man was shot and wounded Tuesday night in southeast Dallas, police said. Officers "
                      "found him in the street.")
GUNFIRE = _report("x2", "Gunfire exchanged in Pleasant Grove, man hurt",
                  "DALLAS — A man was hurt Thursday when two groups exchanged gunfire in Pleasant Grove, Dallas "
                  "police said.", days=2)


def test_another_kind_another_day_a_few_km_off_naming_nothing_stays_apart(nlp, gazetteer):
    scored = _decided(nlp, gazetteer, DALLAS_SHOT, GUNFIRE)
    assert scored is not None and "another kind another day, nothing named" in scored[1]
    assert incident_sizes(nlp, gazetteer, [DALLAS_SHOT, GUNFIRE]) == [1, 1]


def test_near_miss_another_kind_another_day_at_one_place_is_left_to_join(nlp, gazetteer):
    shot = _report("x1", "Man shot in Pleasant Grove",
                   "DALLAS — A man was shot and wounded Tuesday night in Pleasant Grove, police said. Officers found "
                   "him in the street.")
    scored = _decided(nlp, gazetteer, shot, GUNFIRE)
    assert scored is not None and "another kind another day" not in scored[1]
    assert incident_sizes(nlp, gazetteer, [shot, GUNFIRE]) == [2]


# -- the invented check set ---------------------------------------------------------------------------------------

def test_set17_scores(nlp, gazetteer):
    # the halves are fixed by the set's own salt; before this round: within 25 km, rules half 25 of 25, check half
    # 16 of 16; joined right (near misses apart) 21 and 9
    assert linked_places_check.SETS["17"][1] == "thirty-fifth-links35:"
    scores, _ = linked_places_check.run(linked_runtime(nlp, gazetteer), name="17")
    # joined 24 and 13 once two numbered streets of one kind tell two places; 25 and 13 once another kind of violence
    # another day a few km off, naming nothing in common, scores no names
    assert_places_halves_hold(scores, {"rules": 25, "check": 16}, {"rules": (25, 25), "check": (16, 13)})
