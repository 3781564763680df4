"""Per-report killed / injured figures, round thirteen: long reports that carry other incidents' tolls.

``eval/counts_check3.jsonl`` holds 100 invented long reports (mass shootings whose toll rises, comparisons with
earlier shootings, a city's running tallies, weekend roundups, statistics, vigils, reports that end with another
town's shooting); the test below pins the scores this round reached on it.  The focused tests use sentences
written for them, each a rule's positive case and its near miss.  The figure is the one the GVDB suite scores:
``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import datetime as dt

import pytest

from eval import check_sets
from eval.common import report_casualties

from .tolls import check_set_scores, figures as _figures




def test_third_check_set_scores(ledger):
    scores = check_set_scores(ledger, "3", rows=100)
    # both exact before this round: rules half 19 of 55, check half 14 of 45
    assert scores["rules"]["rows"] == 55 and scores["check"]["rows"] == 45
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


# after the round's rules: 27 and 24; with the report's figures taken from its lead incident (the first
# mention that gives any, ``eval.common.report_casualties``): 34 and 30; with an ordinal before a death counting the
# dead ("a fifth person has died", round eighteen): 35 and 33
RULES_BOTH = 36  # 35 -> 36 with the twenty-fourth session's rounds
CHECK_BOTH = 33


@pytest.mark.parametrize("text, expected", [
    # another incident set beside this one by the time between them
    ("A woman was shot and killed outside a laundromat on Pruitt Street on Thursday, police said. The killing came less "
     "than a month after a gunman killed seven people at a bowling alley across town.", (1, 0)),
    ("Two men were wounded in a shooting at a car wash on Route 4 on Monday. The shooting comes about a month after a "
     "man shot four people, killing one, at a park a mile away.", (0, 2)),
])
def test_another_incident_told_by_the_time_between(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_a_time_between_with_no_other_incident_keeps_the_toll(mentions_of):
    # near miss: no time between, so what the shooting came after is this incident's own story
    text = ("A man was shot and killed on Alder Court on Friday night, police said. The shooting came after a fight "
            "outside a party, and three other people were wounded.")
    assert _figures(mentions_of(text)) == (1, 3)


def test_a_month_alone_is_a_tally(mentions_of):
    # (published at the month's end: the month is the report's own, not an earlier date)
    text = ("A 19-year-old man was shot and killed Sunday night near the Sandpiper housing complex, police said. "
            "Police said 27 people had been killed in the city in August alone.")
    assert _figures(mentions_of(text, published=dt.date(2022, 8, 29))) == (1, 0)


def test_a_shooting_that_is_one_of_several_leaves_their_toll_out(mentions_of):
    text = ("A 40-year-old man was wounded Saturday night on Leland Avenue, police said. The shooting was one of at least "
            "nine across the city between Friday evening and Monday morning that left 17 people wounded and three dead.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_one_of_several_victims_is_this_incidents(mentions_of):
    # near miss: a person who is one of the report's own victims, not an incident among others
    text = "A 22-year-old woman was one of three people wounded when a man fired into a crowd outside a bar on Dunn Street."
    assert _figures(mentions_of(text)) == (0, 3)


@pytest.mark.parametrize("text, expected", [
    ("A man was shot in the leg on Cobb Street on Saturday, police said. Across the city, at least 14 people were shot "
     "over the weekend, two of them fatally, police said.", (0, 1)),
    ("A teenager was killed Friday on Sorrel Lane. In all, 23 people were shot in separate incidents "
     "over the weekend, and five of them died.", (1, 0)),
])
def test_a_part_of_a_tally_is_no_toll(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_a_part_of_the_reports_own_count_stays(mentions_of):
    # near miss: the whole is this incident's, so its part is too
    text = "Five people were shot outside a nightclub on Vance Road early Sunday, two of them fatally, police said."
    assert _figures(mentions_of(text)) == (2, 3)


@pytest.mark.parametrize("text, expected", [
    ("A man was shot and wounded on Marsh Road on Tuesday. Nationwide, more than 600 people have been shot in mass "
     "shootings, according to a research group.", (0, 1)),
    ("Two people were killed at a gas station on Route 11 on Friday. Nationally, about 1,100 people were shot during "
     "the holiday, a research group said.", (2, 0)),
])
def test_the_nations_count_is_no_toll(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_a_superlative_since_an_earlier_incident_is_no_toll(mentions_of):
    text = ("A gunman killed four people and wounded two at a skating rink on Bell Road on Friday, police said. It was the "
            "deadliest shooting in the county since a man killed nine people at a truck stop.")
    assert _figures(mentions_of(text)) == (4, 2)


def test_since_a_victim_was_shot_keeps_the_toll(mentions_of):
    # near miss: no superlative; the "since" clause tells this incident's victim
    text = ("Two men were wounded in a shooting on Gable Street on Saturday. One of them has been in critical condition "
            "since he was shot, and a third man who was shot in the arm died on Monday.")
    assert _figures(mentions_of(text)) == (1, 2)


def test_a_decade_compared_with_is_background(mentions_of):
    text = ("A man was shot and killed on Quarry Lane on Thursday. It was the worst year for gun violence in the city since "
            "the 1990s, when as many as 70 people a year were killed.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_participle_of_result_takes_the_period_of_its_clause(mentions_of):
    text = ("A 15-year-old boy was wounded Sunday on Thorne Avenue, police said. More than 30 shootings have been reported "
            "in the neighborhood this summer, leaving nine people dead.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_participle_of_result_of_this_shooting_stays(mentions_of):
    # near miss: the clause the participle hangs on is this incident's, with no period
    text = "A man opened fire at a bus depot on Ninth Street on Sunday, killing three people and wounding five, police said."
    assert _figures(mentions_of(text)) == (3, 5)


def test_earlier_in_the_year_is_background(mentions_of):
    text = ("Four people were wounded at a graduation party on Kestrel Drive on Saturday, police said. Earlier in the year, "
            "12 people were wounded when gunfire broke out at a nearby park during a cookout.")
    assert _figures(mentions_of(text)) == (0, 4)


def test_report_figures_are_the_lead_incidents(ledger):
    """A report split into two incidents gives the figures of the first that has any, not the larger."""
    text = ("A 24-year-old man was shot and wounded outside a convenience store on Hale Street late Friday, police said. "
            "He was taken to Mercy Hospital and is expected to survive.\n\n"
            "In a separate shooting across town early Saturday, three men were killed and two others were wounded "
            "at a house party on Dorsey Avenue in Bellport.")
    (report, _, mentions), = ledger.analyze([check_sets.report({"id": "lead-1", "title": "Man wounded on Hale Street",
                                                                 "text": text, "published": "2024-03-09"})])
    assert len(mentions) == 2
    assert report_casualties(mentions, victims_only=True) == {"wounded": 1}
    # read as one, the larger toll of the other incident wins
    assert report_casualties(mentions, victims_only=True, lead=False) == {"killed": 3, "wounded": 2}
