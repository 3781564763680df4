"""Linking, twenty-fourth round: SemEval dev's linking in two salted halves.

Dev's incidents have been read for twenty rounds.  ``eval.link_halves`` splits them by a salted sha1 of the gold
incident id (salt ``twenty-fourth-link24:``) into a rules half, whose linking errors may be read, and a check half
that is only ever scored: each half's B-cubed and pairwise F1 over its own documents, and the linking errors
(``eval.semeval.linking_errors``, the suite's own) of the rules half only.  All reports are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk import Report

from eval import link_halves
from eval.check_sets import first_digit_half

from .linked import incident_sizes


def test_incidents_fall_in_the_halves_the_salt_gives():
    assert first_digit_half(link_halves.SALT, "inc-b") == "rules"
    assert first_digit_half(link_halves.SALT, "inc-a") == "check"


def test_half_scores_score_each_half_on_its_own_documents():
    gold = {"d1": "inc-b", "d2": "inc-b", "d3": "inc-a", "d4": "inc-a"}
    # the rules half's incident joined, the check half's split in two
    pred = {"d1": "P1", "d2": "P1", "d3": "P2", "d4": "P3"}
    h = link_halves.half_scores(pred, gold)
    assert h["rules"]["documents"] == 2 and h["rules"]["incidents"] == 1
    assert h["rules"]["bcubed"] == (1.0, 1.0, 1.0) and h["rules"]["pairwise"] == (1.0, 1.0, 1.0)
    assert h["check"]["bcubed"][:2] == (1.0, 0.5) and h["check"]["bcubed"][2] == pytest.approx(2 / 3)
    assert h["check"]["pairwise"] == (None, 0.0, 0.0)


def test_a_merge_across_the_halves_costs_both():
    gold = {"d1": "inc-b", "d2": "inc-b", "d3": "inc-a"}
    pred = {"d1": "P1", "d2": "P1", "d3": "P1"}
    h = link_halves.half_scores(pred, gold)
    assert h["rules"]["bcubed"][0] == pytest.approx(2 / 3) and h["check"]["bcubed"][0] == pytest.approx(1 / 3)
    # the pairs holding a document of each half: (d1, d2) is right, (d1, d3) and (d2, d3) are not
    assert h["rules"]["pairwise"][0] == pytest.approx(1 / 3) and h["check"]["pairwise"][0] == 0.0


def test_rules_errors_leave_the_check_half_out():
    errors = [("split: a", "inc-b", {"doc": "d1"}), ("split: b", "inc-a", {"doc": "d3"}),
              ("merge: c", "inc-c", {"doc": "d5"})]
    assert link_halves.rules_errors(errors) == [("split: a", {"doc": "d1"}), ("merge: c", {"doc": "d5"})]


# -- a follow-up on the same telling street a week later ---------------------------------------------------------
#
# ``link.score`` lets a report naming the incident's telling street in the same town past the date window, up to
# ``STREET_FOLLOW_UP_DAYS`` (an arrest, the victims' condition, a week on), but the ledger looked candidates up by
# that street within the window only: the arrest report six days on never met its incident and opened one of its
# own (the linked tolls sets' commonest kind of report left out, 24 of their rules halves' reports).  The street
# lookup now reaches ``STREET_FOLLOW_UP_DAYS`` back; it fetches only incidents naming that street.

FIRST_DAY = dt.date(2018, 9, 8)
FIRST = ("AKRON, Ohio - Three men were shot late Thursday outside a bar on Tallmadge Quarry Road, Akron police said. "
         "Officers found the men, ages 24, 27 and 31, in the parking lot shortly before 11 p.m. All three were taken "
         "to Akron General Medical Center with wounds that were not life-threatening.")
ARREST = ("AKRON, Ohio - Akron police on Wednesday arrested a 19-year-old man in the shooting outside a bar on "
          "Tallmadge Quarry Road that wounded three men. He was booked into the Summit County jail on three "
          "counts of felonious assault, police said.")




def _first_and(title: str, text: str, days: int) -> list[Report]:
    return [Report(id="r1", title="Three shot outside Tallmadge Quarry Road bar", text=FIRST, published=FIRST_DAY),
            Report(id="r2", title=title, text=text, published=FIRST_DAY + dt.timedelta(days=days))]


def test_an_arrest_on_the_same_street_six_days_later_joins(nlp, gazetteer):
    assert incident_sizes(nlp, gazetteer, _first_and("Arrest made in Tallmadge Quarry Road shooting", ARREST, 6)) == [2]


def test_near_miss_the_same_street_three_weeks_later_stays_apart(nlp, gazetteer):
    # past the street follow-up days: another shooting on the road, not this one's arrest
    assert incident_sizes(nlp, gazetteer, _first_and("Arrest made in Tallmadge Quarry Road shooting", ARREST, 21)) == [1, 1]


def test_near_miss_a_street_of_that_name_in_another_state_stays_apart(nlp, gazetteer):
    far = ARREST.replace("AKRON, Ohio - Akron", "FORT WAYNE, Ind. - Fort Wayne").replace("Summit County", "Allen County")
    assert incident_sizes(nlp, gazetteer, _first_and("Arrest made in Tallmadge Quarry Road shooting", far, 6)) == [1, 1]


# -- the same person in two towns of one state, days apart --------------------------------------------------------
#
# A follow-up from the victim's hometown, the hospital's or the court's town names the victim in full and is placed
# in its own town, further off than the distance limit: ``link.score`` gave it no place agreement at all, and the
# person alone did not reach the threshold.  The same person named in full, within ``STREET_FOLLOW_UP_DAYS``, in two
# towns of one state no further apart than a court or a hospital lies from a scene (``_HEADLINE_SCENE_KM``), now
# scores the place as a report with no town would (``PERSON_PLACE_UNKNOWN``).

SCENE_DAY = dt.date(2017, 4, 21)
SCENE = ("MACON, Ga. - A 22-year-old man was shot and killed early Friday outside a convenience store on Pio Nono "
         "Avenue in Macon, police said. Deshawn Pettaway died at the scene. Investigators have not named a suspect.")
HOMETOWN = ("AMERICUS, Ga. - Family and friends gathered Monday in Americus to remember Deshawn Pettaway, 22, who "
            "was shot and killed in Macon. Pettaway played football at Americus-Sumter High School, his "
            "former coach said.")


def _scene_and(text: str, days: int, title: str = "Americus mourns Deshawn Pettaway") -> list[Report]:
    return [Report(id="s1", title="Man shot dead outside Macon store", text=SCENE, published=SCENE_DAY),
            Report(id="h1", title=title, text=text, published=SCENE_DAY + dt.timedelta(days=days))]


def test_a_hometown_follow_up_naming_the_victim_in_full_joins(nlp, gazetteer):
    assert incident_sizes(nlp, gazetteer, _scene_and(HOMETOWN, 3)) == [2]


def test_near_miss_the_same_name_a_month_later_stays_apart(nlp, gazetteer):
    # past the two weeks: a namesake's story, or a follow-up that a town so far off does not place
    assert incident_sizes(nlp, gazetteer, _scene_and(HOMETOWN, 30)) == [1, 1]


def test_near_miss_the_same_name_in_a_town_of_another_state_stays_apart(nlp, gazetteer):
    other = HOMETOWN.replace("AMERICUS, Ga.", "DOTHAN, Ala.").replace("in Americus", "in Dothan").replace(
        "Americus-Sumter", "Dothan")
    assert incident_sizes(nlp, gazetteer, _scene_and(other, 3, "Dothan mourns Deshawn Pettaway")) == [1, 1]
