"""Linking, the thirty-fourth round's continuation: two reports of one day in one place.

Two reports of one place the same day whose ages all differ and that name other telling streets (a 38-year-old
killed at a nightclub on St. Clair Avenue, a 22-year-old at a pub on Lorain Avenue) take the people veto, as they do
a day apart; a same-day update that revises the age keeps the street, and one under a follow-up headline (an arrest:
the suspect's age, the street he was caught on) is left to join.  The invented check set
``eval/linked_places_check16.jsonl`` is pinned per half.  All reports are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from eventdesk import Report

from eval import linked_places_check

from .linked import assert_places_halves_hold, incident_sizes, linked_runtime

DAY = dt.date(2018, 5, 12)


def _report(rid: str, title: str, text: str, days: int = 0) -> Report:
    return Report(id=rid, title=title, text=text, published=DAY + dt.timedelta(days=days))


AKRON = _report("a1", "Man, 38, killed at Akron nightclub",
                "AKRON, Ohio — A 38-year-old man was shot and killed early Saturday at the Midnight Room nightclub "
                "on Copley Road, Akron police said.")


def test_other_ages_and_telling_streets_the_same_day_take_the_people_veto(nlp, gazetteer):
    other = _report("a2", "Man, 22, dies after shooting at Akron pub",
                    "AKRON, Ohio — A 22-year-old man died Saturday evening after he was shot at the Thistle pub on "
                    "Kenmore Boulevard, police said.")
    assert incident_sizes(nlp, gazetteer, [AKRON, other]) == [1, 1]


def test_near_miss_a_same_day_update_revising_the_age_on_one_street_joins(nlp, gazetteer):
    update = _report("a2", "Man killed on Copley Road identified",
                     "AKRON, Ohio — The man shot and killed early Saturday at a nightclub on Copley Road was Darnell "
                     "Pryor, 39, the Summit County medical examiner said.")
    assert incident_sizes(nlp, gazetteer, [AKRON, update]) == [2]


def test_near_miss_a_same_day_arrest_on_another_street_joins(nlp, gazetteer):
    arrest = _report("a2", "Man, 24, arrested in Akron nightclub killing",
                     "AKRON, Ohio — Police on Saturday arrested a 24-year-old man on Kenmore Boulevard in the "
                     "shooting death of a man at a nightclub, Akron police said.")
    assert incident_sizes(nlp, gazetteer, [AKRON, arrest]) == [2]


# -- the invented check set ---------------------------------------------------------------------------------------

def test_set16_scores(nlp, gazetteer):
    # the halves are fixed by the set's own salt; before this round: within 25 km, rules half 11 of 11, check half
    # 14 of 14; joined right (near misses apart) 6 and 9
    assert linked_places_check.SETS["16"][1] == "thirty-fourth-links34b:"
    scores, _ = linked_places_check.run(linked_runtime(nlp, gazetteer), name="16")
    # joined 8 and 11 once other ages on other telling streets the same day take the people veto; 9 and 12 once two
    # numbered streets of one kind tell two places (the thirty-fifth round), rules 11 once that round's geo rules place
    # its reports (test_geo_round35)
    assert_places_halves_hold(scores, {"rules": 11, "check": 14}, {"rules": (11, 11), "check": (14, 12)})
