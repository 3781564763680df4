"""Linking, the thirty-sixth round: a report with no place the same day.

``eval.link_halves --salt`` drew fresh halves of SemEval dev's incidents (this round's: ``thirty-sixth-link36:``).
A brief with no place that tells the same toll, two people shot or more, the dead and the wounded alike ("Two women
were hurt" beside "Two women were wounded" in Savannah), the same day, naming and aging nobody apart, joins the one
incident of the day telling it, as an age shared the same day does: one wounded is most shootings' toll, and says
nothing.  The invented check set ``eval/linked_places_check19.jsonl`` is pinned per half.  All reports are written
for these tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from eventdesk import Report, link
from eventdesk.models import Claim, DateSpan, Mention, Place
from eventdesk.store import IncidentRow

from eval import linked_places_check

from .linked import assert_fresh_link_salt, assert_places_halves_hold, incident_sizes, linked_runtime

DAY = dt.date(2017, 7, 15)


def _report(rid: str, title: str, text: str, days: int = 0) -> Report:
    return Report(id=rid, title=title, text=text, published=DAY + dt.timedelta(days=days))


def test_this_rounds_salt_draws_other_halves():
    assert_fresh_link_salt("thirty-sixth-link36:")


# -- a brief with no place telling the same toll ------------------------------------------------------------------

WARNER_ROBINS = _report("t1", "Two women wounded in Warner Robins shooting",
                "WARNER ROBINS, Ga. — Two women were wounded Saturday afternoon when someone fired into their car "
                "outside a laundromat, Warner Robins police said.")


def test_a_placeless_brief_of_the_day_telling_the_same_toll_joins(nlp, gazetteer):
    brief = _report("t2", "Two women hurt when shots hit car",
                    "Two women were hurt Saturday afternoon when shots were fired into the car they sat in outside a "
                    "laundromat, police said.")
    assert incident_sizes(nlp, gazetteer, [WARNER_ROBINS, brief]) == [2]


def test_near_miss_a_placeless_brief_telling_another_toll_stays_apart(nlp, gazetteer):
    brief = _report("t2", "Three men shot outside nightclub",
                    "Three men were wounded early Saturday outside a nightclub after an argument, police said.")
    assert incident_sizes(nlp, gazetteer, [WARNER_ROBINS, brief]) == [1, 1]


def test_near_miss_a_placeless_brief_of_another_day_stays_apart(nlp, gazetteer):
    brief = _report("t2", "Two women hurt when shots hit car",
                    "Two women were hurt when shots were fired into the car they sat in, police said.", 3)
    assert incident_sizes(nlp, gazetteer, [WARNER_ROBINS, brief]) == [1, 1]


def test_near_miss_a_placeless_brief_telling_the_toll_with_other_ages_stays_apart(nlp, gazetteer):
    town = _report("t1", "Two women, 22 and 25, shot in Warner Robins",
                   "WARNER ROBINS, Ga. — Two women, 22 and 25, were wounded Saturday night on Watson Boulevard, "
                   "Warner Robins police said.")
    brief = _report("t2", "Two women, 61 and 64, hurt by stray gunfire",
                    "Two women, 61 and 64, were hurt Saturday night when stray gunfire struck their porch, police "
                    "said.")
    assert incident_sizes(nlp, gazetteer, [town, brief]) == [1, 1]


TOWN = Place("Warner Robins", "Georgia", "United States", "US", 32.6130, -83.6242, "city")


def _mention(place, wounded: int) -> Mention:
    claims = (Claim(report_id="m1", outcome="wounded", party=None, count=wounded),)
    return Mention(report_id="m1", index=0, start=0, end=10, title="Women hurt",
                   event_type="Violence against civilians", sub_event_type="Attack", date=DateSpan(DAY, DAY, "day"),
                   place=place, keywords=(), claims=claims)


def _row(place, wounded: int, rid: str = "inc-1") -> IncidentRow:
    return IncidentRow(id=rid, title="Women shot", event_type="Violence against civilians", sub_event_type="Attack",
                       date_start=DAY, date_end=DAY, date_precision="day", location=place, actors=(), keywords=(),
                       n_reports=1, killed_low=None, killed_best=None, killed_high=None, wounded_best=wounded,
                       first_reported=DAY, last_reported=DAY)


def _joins(m: Mention, candidates: list[IncidentRow]) -> str | None:
    return link.decide(m, candidates, window_days=4, max_km=40.0, threshold=0.55).incident_id


def test_the_same_toll_of_two_shot_joins_the_one_incident_of_the_day_telling_it():
    brief, inc = _mention(None, 2), _row(TOWN, 2)
    assert link.TOLL_SHOT == 2 and link._same_toll(brief, inc)
    assert "same toll" in link.score(brief, inc, window_days=4, max_km=40.0)[1]
    assert _joins(brief, [inc]) == "inc-1"
    # near miss: two incidents of the day tell the toll, and the toll does not say which
    other = replace(_row(Place("Macon", "Georgia", "United States", "US", 32.84, -83.63, "city"), 2), id="inc-2")
    assert _joins(brief, [inc, other]) is None


def test_near_miss_one_wounded_is_no_toll_that_tells():
    brief, inc = _mention(None, 1), _row(TOWN, 1)
    assert not link._same_toll(brief, inc) and _joins(brief, [inc]) is None


def test_near_miss_the_toll_beside_a_placed_report_is_no_placeless_trait():
    # two placed reports score their places: the placeless trait is only for a report with no place
    placed = _mention(Place("Perry", "Georgia", "United States", "US", 32.458, -83.731, "city"), 2)
    assert "same toll" not in link.score(placed, _row(TOWN, 2), window_days=4, max_km=40.0)[1]


# -- the round's check set ------------------------------------------------------------------------------------------

def test_set19_scores(nlp, gazetteer):
    # the halves are fixed by the set's own salt: within 25 km, rules half 23 of 23, check half 17 of 17; all joined,
    # rules half 20 of 23 (unchanged code: 18), check half 17 of 17 (unchanged code: 16)
    assert linked_places_check.SETS["19"][1] == "thirty-sixth-links36:"
    scores, _ = linked_places_check.run(linked_runtime(nlp, gazetteer), name="19")
    assert_places_halves_hold(scores, {"rules": 23, "check": 17}, {"rules": (23, 20), "check": (17, 17)})
