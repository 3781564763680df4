"""Linking, twenty-ninth round: a big city's neighbourhood as a dateline, ages in a headline, King Drive, and a brief
with no place that tells a death beside a shooting of the same age that wounded.

``eval.link_halves --salt`` drew fresh halves of SemEval dev's incidents (this round's: ``twenty-ninth-link29:``).
Local outlets dateline a report in the neighbourhood ("GAGE PARK — Four teens were shot"): in capitals before a dash
the neighbourhood is the scene's, so that two shootings of two neighbourhoods a day apart are two places.  A
headline's two ages after a plural noun ("Boys, 4 and 6, Shot In Lawndale") are read as the headline's one age is.
Chicago's "King Drive" and "Martin Luther King Drive" (a drive or a boulevard) are one street inside one town.  The
same-day age beside a report with no place (the twenty-eighth round's rule) no longer joins where one side tells a
death and the other only the wounded: one in ten of SemEval dev's GVA incidents shares an age with another shooting
of its day.  The invented check set ``eval/linked_places_check10.jsonl`` is pinned per half.  All reports are written
for these tests.
"""

from __future__ import annotations

import datetime as dt

from eventdesk import Report, link
from eventdesk.models import Claim, DateSpan, Mention, Place
from eventdesk.store import IncidentRow

from eval import linked_places_check

from .linked import assert_fresh_link_salt, assert_places_halves_hold, incident_sizes, linked_runtime, report_keys

DAY = dt.date(2016, 5, 10)


def _report(rid: str, title: str, text: str, days: int = 0) -> Report:
    return Report(id=rid, title=title, text=text, published=DAY + dt.timedelta(days=days))


def _keys(nlp, gazetteer, title: str, text: str, prefix: str) -> set[str]:
    return report_keys(nlp, gazetteer, _report("k1", title, text), prefix)


def test_this_rounds_salt_draws_other_halves():
    assert_fresh_link_salt("twenty-ninth-link29:")


# -- a neighbourhood as a dateline ---------------------------------------------------------------------------------

GAGE_PARK = ("GAGE PARK — Three teenagers were shot, one fatally, while sitting in a parked van in the 2600 block of "
             "West 54th Street late Monday night, a Chicago police spokeswoman said. Marco Delgado, 18, died at the "
             "scene; two 19-year-olds were wounded.")


def test_a_neighbourhood_datelined_in_capitals_is_the_scene(nlp, gazetteer):
    assert "n:gage park" in _keys(nlp, gazetteer, "Shots hit van on Gage Park block", GAGE_PARK, "n:")
    # near miss: the neighbourhood's residents, not in capitals before a dash, are no scene
    text = ("CHICAGO — A man was shot in the leg late Monday, police said. Gage Park residents said they heard four "
            "shots.")
    assert _keys(nlp, gazetteer, "Man shot", text, "n:") == set()


def test_near_miss_a_neighbourhoods_dateline_and_another_neighbourhoods_shooting_stay_apart(nlp, gazetteer):
    # (no street in the second report: two streets named apart would keep them apart anyway)
    lawndale = ("CHICAGO — Two small boys were wounded in a North Lawndale shooting on Tuesday night, police said. The "
                "4-year-old was hit in the foot, and the 6-year-old was grazed on a finger.")
    reports = [_report("h1", "Shots hit van on Gage Park block", GAGE_PARK),
               _report("h2", "Boys, 4 and 6, Shot In Lawndale", lawndale, 1)]
    assert incident_sizes(nlp, gazetteer, reports) == [1, 1]


def test_a_neighbourhoods_dateline_and_the_citys_report_of_it_join(nlp, gazetteer):
    dateline = ("GAGE PARK — A 17-year-old boy was shot in the back while walking in the 5400 block of South Fairfield "
                "Avenue late Monday, Chicago police said.")
    city = ("CHICAGO — A 17-year-old boy was wounded Monday night on the Southwest Side, police said. The teen was "
            "walking on Fairfield Avenue in Gage Park when someone fired from a passing car.")
    reports = [_report("h1", "Teen shot in Gage Park", dateline), _report("h2", "Boy, 17, wounded", city)]
    assert incident_sizes(nlp, gazetteer, reports) == [2]


# -- ages in a headline --------------------------------------------------------------------------------------------

def test_two_ages_in_a_headline():
    assert link._title_ages("Boys , 4 and 6 , Shot In Lawndale , Police Say") == ("a:4", "a:6")
    assert link._title_ages("Two men, 20 and 22, shot outside Toledo bar") == ("a:20", "a:22")
    assert link._title_ages("Girl, 10, shot in face") == ("a:10",)
    # near misses: figures after a noun that is no people's, a plural noun with no commas
    assert link._title_ages("Shots fired, 20 and 22 minutes apart, on Dorr Street") == ()
    assert link._title_ages("Boys 4 and 6 wounded") == ()


LAWNDALE = ("CHICAGO — Two young brothers were wounded Tuesday night when a gunman fired at a group of men on their "
            "block in North Lawndale, police said.")


def test_a_brief_giving_one_of_a_headlines_two_ages_joins(nlp, gazetteer):
    # the headline tells no count, so it is not read before the text: only the link reads its ages
    brief = ("A 6-year-old boy was grazed and his younger brother was hit in the foot when a gunman fired at a group "
             "of men Tuesday night , police said .")
    reports = [_report("a1", "Boys, 4 and 6, hurt in North Lawndale", LAWNDALE),
               _report("a2", "Child among two hurt in shooting", brief)]
    assert incident_sizes(nlp, gazetteer, reports) == [2]


def test_near_miss_a_brief_giving_another_age_stays_apart(nlp, gazetteer):
    brief = "A 45-year-old woman was shot in the arm Tuesday night , police said . She is in good condition ."
    reports = [_report("a1", "Boys, 4 and 6, hurt in North Lawndale", LAWNDALE),
               _report("a2", "Woman shot in arm", brief)]
    assert incident_sizes(nlp, gazetteer, reports) == [1, 1]


# -- King Drive ----------------------------------------------------------------------------------------------------

def test_king_drive_and_martin_luther_king_drive_are_one_street():
    assert link._same_street("s:king drive", "s:martin luther king drive")
    assert link._same_street("s:martin luther king boulevard", "s:king boulevard")
    # near misses: a King Street is often another King's; another kind of street
    assert not link._same_street("s:king street", "s:martin luther king street")
    assert not link._same_street("s:king drive", "s:martin luther king boulevard")


def test_king_drive_and_martin_luther_king_drive_join(nlp, gazetteer):
    one = ("CHICAGO — A 30-year-old man was shot in the 6300 block of South King Drive in Woodlawn on Saturday night, "
           "police said.")
    two = ("CHICAGO — A 30-year-old man was wounded Saturday night on Martin Luther King Drive, police said. He was "
           "taken to the University of Chicago Medical Center.")
    reports = [_report("d1", "Man shot on King Drive in Woodlawn", one),
               _report("d2", "Man, 30, wounded on South Side", two)]
    assert incident_sizes(nlp, gazetteer, reports) == [2]


def test_near_miss_king_drive_in_two_neighbourhoods_with_other_ages_stays_apart(nlp, gazetteer):
    one = ("CHICAGO — A 34-year-old man was shot in the 6500 block of South King Drive in Woodlawn on Friday night, "
           "police said.")
    two = ("CHICAGO — A 16-year-old boy was shot on Martin Luther King Drive in Bronzeville on Saturday night, police "
           "said.")
    reports = [_report("d1", "Man shot on King Drive in Woodlawn", one),
               _report("d2", "Teen wounded in Bronzeville", two, 1)]
    assert incident_sizes(nlp, gazetteer, reports) == [1, 1]


# -- the same age beside a report with no place, one killed and one wounded ----------------------------------------

def _mention(claims):
    return Mention(report_id="m1", index=0, start=0, end=10, title="Teen killed",
                   event_type="Violence against civilians", sub_event_type="Attack", date=DateSpan(DAY, DAY, "day"),
                   place=None, keywords=("a:17",),
                   claims=tuple(Claim("m1", outcome, None, n) for outcome, n in claims))


def _row(killed: int, wounded: int):
    town = Place("Rockford", "Illinois", "United States", "US", 42.2711, -89.0940, "city")
    return IncidentRow(id="inc-1", title="Teen shot on Kilburn Avenue", event_type="Violence against civilians",
                       sub_event_type="Attack", date_start=DAY, date_end=DAY, date_precision="day", location=town,
                       actors=(), keywords=("s:kilburn avenue", "a:17"), n_reports=1, killed_low=killed,
                       killed_best=killed, killed_high=killed, wounded_best=wounded, first_reported=DAY,
                       last_reported=DAY)


def test_a_death_beside_a_shooting_that_wounded_is_another_shooting():
    kw = dict(window_days=4, max_km=40.0, threshold=0.55)
    assert link.decide(_mention([("killed", 1)]), [_row(0, 1)], **kw).incident_id is None
    assert link.decide(_mention([("wounded", 1)]), [_row(1, 0)], **kw).incident_id is None
    # near misses: both tell a death, both only the wounded, or the brief gives no figure
    assert link.decide(_mention([("killed", 1)]), [_row(1, 0)], **kw).incident_id == "inc-1"
    assert link.decide(_mention([("wounded", 1)]), [_row(0, 1)], **kw).incident_id == "inc-1"
    assert link.decide(_mention([]), [_row(0, 1)], **kw).incident_id == "inc-1"


ROCKFORD = ("ROCKFORD, Ill. — A 17-year-old boy was shot in the leg on Kilburn Avenue on Friday night, Rockford "
            "police said. He is expected to recover.")


def test_near_miss_a_placeless_death_of_the_same_age_stays_apart(nlp, gazetteer):
    brief = "A 17-year-old girl was shot and killed Friday night , police said . Officers found her in a car ."
    reports = [_report("r1", "Teen wounded on Kilburn Avenue", ROCKFORD), _report("r2", "Teen girl killed", brief)]
    assert incident_sizes(nlp, gazetteer, reports) == [1, 1]


def test_a_placeless_brief_of_the_same_age_and_outcome_still_joins(nlp, gazetteer):
    brief = "A 17-year-old boy was shot in the leg Friday night , police said . He is expected to recover ."
    reports = [_report("r1", "Teen wounded on Kilburn Avenue", ROCKFORD), _report("r2", "Teen wounded", brief)]
    assert incident_sizes(nlp, gazetteer, reports) == [2]


# -- the invented check set ---------------------------------------------------------------------------------------

def test_set10_scores(nlp, gazetteer):
    # the halves are fixed by the set's own salt; before this round: within 25 km, rules half 25 of 28, check half
    # 19 of 22; joined right (near misses apart) 22 and 15
    assert linked_places_check.SETS["10"][1] == "twenty-ninth-places10:"
    scores, _ = linked_places_check.run(linked_runtime(nlp, gazetteer), name="10")
    assert_places_halves_hold(scores, {"rules": 28, "check": 22}, {"rules": (25, 25), "check": (19, 18)})
