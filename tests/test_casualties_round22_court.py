"""Per-report killed / injured figures, round twenty-two: reports told after their incident.

``eval/counts_check23.jsonl`` holds 100 invented trial, verdict, sentencing, plea, indictment, appeal and parole
stories, vigils, funerals, memorials and anniversaries, reports that name earlier years and the accused's earlier
crimes, and police shootings told by the police and by the family, each with the toll of the incident the report is
about.  The test below pins the scores this round reached on it.  The focused tests use texts written for them, each
a rule's positive case and its near miss; the figure is the one the GVDB suite scores (``eval.common.report_casualties``
over victims only)."""

from __future__ import annotations

import datetime as dt

import pytest

from .tolls import check_set_scores, figures as _figures


def test_twenty_third_check_set_scores(ledger):
    scores = check_set_scores(ledger, "23", rows=100)
    # both exact before this round: rules half 22 of 42, check half 37 of 58
    assert scores["rules"]["rows"] == 42 and scores["check"]["rows"] == 58
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


def test_twenty_third_check_set_salt():
    from eval import check_sets, counts_check

    _, half_of = counts_check.SETS["23"]
    assert half_of("c23c-001") == check_sets.first_digit_half("twenty-second-court23:", "c23c-001")


# after the round's rules (rules half 22 -> 35, check half 37 -> 44)
RULES_BOTH = 36  # 35 -> 36 with round police23 (wounded officers told alive)
CHECK_BOTH = 44

_DAY = dt.date(2017, 3, 9)


# -- a court story's lead dates the act it tries by its year: that act is the report's incident

@pytest.mark.parametrize("text, toll", [
    ("A judge on Tuesday sentenced a Joliet man to 60 years in prison for a 2014 shooting at a cookout that killed a "
     "9-year-old girl and wounded three adults.", (1, 3)),
    ("Jury selection began Monday in the trial of a man accused of killing a clerk and wounding a customer when he "
     "opened fire at a gas station in 2015.", (1, 1)),
    ("Relatives of two store clerks killed in a 1981 holdup urged the parole board on Wednesday to keep their gunman "
     "in prison.", (2, 0)),
])
def test_the_tried_act_of_a_past_year_is_the_reports(mentions_of, text, toll):
    assert _figures(mentions_of(text, published=_DAY)) == toll


def test_a_tried_killing_with_no_gun_stays_background(mentions_of):
    # near miss: a court story of a killing whose report names no gun is left background, as before
    text = "A jury convicted a 31-year-old man of murder on Thursday in the 2015 killing of his roommate."
    assert _figures(mentions_of(text, published=_DAY)) == (0, 0)


def test_a_tried_act_that_killed_nobody_stays_background(mentions_of):
    # near miss: the rule takes back a tried killing only; a tried wounding of a past year is left as before
    text = "A judge on Monday sentenced a Joliet man to 12 years in prison for shooting a neighbor in the foot in 2015."
    assert _figures(mentions_of(text, published=_DAY)) == (0, 0)


def test_a_later_sentence_of_another_year_stays_another_incidents(mentions_of):
    # near miss: the accused's crime of another year than the tried act's is no victim of it
    text = ("A judge on Tuesday sentenced a Joliet man to 60 years in prison for the 2014 shooting death of a "
            "9-year-old girl at a cookout.\nIn 2009, the man wounded two teenagers in a drive-by shooting, "
            "prosecutors said.")
    assert _figures(mentions_of(text, published=_DAY)) == (1, 0)


def test_a_year_of_a_term_served_is_no_tried_act(mentions_of):
    # near miss: the year dates the crime a term was served for, not an act a court now tries
    text = "A man who was charged Monday with robbery had served 11 years for a 2004 shooting that killed two men."
    assert _figures(mentions_of(text, published=_DAY)) == (0, 0)


# -- a past year in the lead that dates nothing violent (or a place's history) leaves the sentence the report's

def test_a_year_of_a_quiet_clause_leaves_the_lead_the_reports(mentions_of):
    text = ("Police on Tuesday identified the officer who fired at a man during a traffic stop Monday night as Officer "
            "Jenna Cole, who joined the force in 2012. The man was hit in the arm and is expected to survive.")
    assert _figures(mentions_of(text, published=_DAY)) == (0, 1)


def test_a_place_history_in_a_where_clause_leaves_the_lead_the_reports(mentions_of):
    text = ("A 22-year-old man was shot in the leg Sunday at Fifth and Vine, the same corner where two men were killed "
            "in a drive-by shooting in 2009, police said.")
    assert _figures(mentions_of(text, published=_DAY)) == (0, 1)


def test_a_year_that_dates_the_hurt_leaves_the_sentence_background(mentions_of):
    # near miss: the year dates the sentence's own hurt, an earlier incident
    text = "In 2009, two men were killed in a drive-by shooting at Fifth and Vine, police said."
    assert _figures(mentions_of(text, published=_DAY)) == (0, 0)


# -- the accused's record: a hurt he served a term for, was on parole for, was convicted of before or is also
# charged with in another case is another incident

_COURT_LEAD = ("A Flint man was sentenced Monday to 40 years in prison for shooting and killing a 30-year-old man "
               "outside a bar on Elm Street.")


@pytest.mark.parametrize("record", [
    "He had served 10 years for a shooting that wounded three people.",
    "He was on parole after serving 10 years for a shooting that wounded three people.",
    "He had previously been convicted of wounding two men.",
    "He is also charged in a March shooting that wounded two people.",
])
def test_the_accuseds_earlier_crimes_are_no_victims(mentions_of, record):
    assert _figures(mentions_of(_COURT_LEAD + " " + record, published=_DAY)) == (1, 0)


def test_a_second_victim_of_the_tried_shooting_counts(mentions_of):
    # near miss: a term for a hurt of the same shooting ("the man's brother, who survived") is the report's victim
    text = _COURT_LEAD + " He also received 10 years for shooting the man's brother, who survived."
    assert _figures(mentions_of(text, published=_DAY)) == (1, 1)


def test_a_parolee_who_shoots_now_is_read(mentions_of):
    # near miss: "on parole" of the shooter, not of the hurt
    text = "A man who was on parole shot and killed a store clerk Sunday, police said."
    assert _figures(mentions_of(text, published=_DAY)) == (1, 0)


# -- "death" that names a punishment, a highway's number and the noun of a killing

def test_death_row_counts_nobody_dead(mentions_of):
    text = ("A state trooper was shot and killed during a traffic stop Sunday, police said. The suspect's brother is "
            "one of 163 inmates on death row.")
    assert _figures(mentions_of(text, published=_DAY)) == (1, 0)


def test_deaths_of_the_incident_still_count(mentions_of):
    # near miss: "death" of persons, no punishment
    text = "A gunman opened fire at a plant Sunday. The coroner confirmed 3 deaths, police said."
    assert _figures(mentions_of(text, published=_DAY)) == (3, 0)


def test_a_us_highways_number_is_no_count(mentions_of):
    text = "A motorist was shot and killed in a road-rage shooting on U.S. 60 on Sunday, police said."
    assert _figures(mentions_of(text, published=_DAY)) == (1, 0)


def test_a_count_beside_a_us_highway_is_read(mentions_of):
    # near miss: the number of persons told beside the highway's
    text = "Two people were wounded when someone fired at their car on U.S. 60 on Sunday, police said."
    assert _figures(mentions_of(text, published=_DAY)) == (0, 2)


def test_the_killing_of_a_person_tells_a_death(mentions_of):
    text = "Police are investigating the killing of a 21-year-old college student near campus on Sunday."
    assert _figures(mentions_of(text, published=_DAY)) == (1, 0)


def test_the_killing_alone_tells_nobody(mentions_of):
    # near miss: the noun without "of" names no person
    text = "Police said the killing near campus on Sunday remains unsolved and asked for tips."
    assert _figures(mentions_of(text, published=_DAY)) == (0, 0)
