"""Per-report killed / injured figures, round twenty-nine: killed read as wounded and wounded read as killed, in styles
GVDB dev lacks.

GVDB dev's outcome swaps were read one by one: of its eight articles (six killed read as wounded, two wounded read as
killed), seven are the gold's or the report's own (victims alive in stable or critical condition, or "non-fatal",
marked killed; three women found dead marked injured; a headline "shot and killed" over a body that tells only shots)
and one is the reader's: a TV transcript whose lead says the police are investigating "a crash that turned into a
homicide" and whose death ("POLICE SAY DIED") the parse of its capitals loses.  ``eval/counts_check42.jsonl`` holds 71
invented reports telling outcomes in styles dev lacks (wire briefs, TV updates on top or at the bottom, release tables,
court stories, Spanish names and nicknames, obituary-like features, live blogs, capitals) and in the ways a death or a
life hides (the funeral or memorial of, the late, the deceased, the slain, the body of, a city's 30th homicide, a
charge of murder; expected to recover, treated and released, a hospital bed, attempted murder), each beside a near
miss that keeps its count.  The test below pins the scores this round reached on it.  The focused tests use texts
written for them, each a rule's positive case and its near miss; the figure is the one the GVDB suite scores
(``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_forty_second_check_set_scores(ledger):
    # both exact before this round: rules half 28 of 36, check half 20 of 35
    assert_pinned_halves(ledger, "42", rows=(36, 35), both=(RULES_BOTH, CHECK_BOTH))


def test_forty_second_check_set_salt():
    assert_salted("42", "twenty-ninth-outcome29:", "c42-001")


# after the round's rules (rules half 28 -> 33, check half 20 -> 26)
RULES_BOTH = 33
CHECK_BOTH = 27  # 26 -> 27 with the thirty-second session's rounds


# -- a hit told in the relative clause of a person mourned: "the funeral of NAME, who was shot"

@pytest.mark.parametrize("text, expected", [
    ("BIRMINGHAM, Ala. - Hundreds attended the funeral Saturday of Jaylen Moody, 16, who was shot at a bus stop on "
     "Third Avenue North last week.", (1, 0)),
    ("ROCHESTER, N.Y. - A memorial for Keon Hardy, 22, who was shot Saturday night outside a corner store on Joseph "
     "Avenue, grew on Monday as friends left candles.", (1, 0)),
    ("GARY, Ind. - Friends filled the gym at Roosevelt High on Tuesday to remember the late Darnell Fisk, the "
     "assistant coach who was shot outside his home on Jackson Street last week.", (1, 0)),
    # near misses: the same persons prayed for, or visited, alive
    ("GARY, Ind. - Friends filled the gym at Roosevelt High on Tuesday to pray for Darnell Fisk, the assistant coach "
     "who was shot outside his home on Jackson Street last week.", (0, 1)),
    ("BIRMINGHAM, Ala. - Classmates cheered Monday as Jaylen Moody, 16, who was shot at a bus stop on Third Avenue "
     "North last month, returned to school on crutches.", (0, 1)),
])
def test_a_hit_of_a_person_mourned_is_a_death(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a person who was "the city's 30th homicide"

@pytest.mark.parametrize("text, expected", [
    ("SHREVEPORT, La. (AP) - Police say a woman found shot in her car on Linwood Avenue on Sunday was the city's 30th "
     "homicide of the year. Her name has not been released.", (1, 0)),
    ("SHREVEPORT, La. - The shooting of a woman in her car on Linwood Avenue on Sunday was the city's 30th homicide of "
     "the year, police said.", (1, 0)),
    # near miss: the city's 30th shooting victim, who lives
    ("SHREVEPORT, La. (AP) - Police say a woman found shot in her car on Linwood Avenue on Sunday was the city's 30th "
     "shooting victim of the year. She is expected to recover.", (0, 1)),
])
def test_a_person_who_was_a_homicide(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- the lead's "police are investigating a homicide", where nobody else is told dead

@pytest.mark.parametrize("text, expected", [
    ("Oklahoma City police are investigating a crash that turned into a homicide. The driver was shot and then "
     "wrecked near Southwest 74th and Penn.", (1, 0)),
    ("NEW ORLEANS - The NOPD is investigating a homicide in the 7th Ward after a man was shot on Bayou Road on "
     "Thursday night. Police did not release his name.", (1, 0)),
    # near misses: homicide detectives at a man who lives; a homicide whose dead a count tells; an attempted homicide
    ("NEW ORLEANS - Homicide detectives are investigating after a man was shot on Bayou Road on Thursday night. He is "
     "expected to survive.", (0, 1)),
    ("NEW ORLEANS - The NOPD is investigating a homicide after four people were found dead in a house on Bayou Road "
     "on Thursday night.", (4, 0)),
    ("NEW ORLEANS - The NOPD is investigating an attempted homicide after a man was shot on Bayou Road on Thursday "
     "night.", (0, 1)),
])
def test_a_homicide_the_police_investigate(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a release's table of victims: "Victim 1: ... - deceased at scene", "Name: ... Condition: Deceased"

_NUMBERED = ("PRESS RELEASE - Kansas City Police Department\nOn Sunday at approximately 1:20 a.m., officers responded "
             "to the 3100 block of Garfield Avenue on a shooting call. Two victims were located.\n"
             "Victim 1: Hispanic male, 27 - {one}\nVictim 2: Black male, 22 - transported, non-life-threatening "
             "injuries\nThe investigation is ongoing.")
_RECORDS = ("NEWS RELEASE - Marion County Sheriff's Office\nDeputies responded Friday to a {what} in the Pine Ridge "
            "subdivision.\nName: Luis Benitez\nAge: 34\nCondition: {one}\nName: Dana Whitlock\nAge: 29\n"
            "Condition: Stable, Ocala Regional Medical Center\nThe investigation is ongoing.")


@pytest.mark.parametrize("text, expected", [
    (_NUMBERED.format(one="deceased at scene"), (1, 1)),
    (_RECORDS.format(what="shooting", one="Deceased"), (1, 1)),
    # near misses: both alive; a crash's release, no gunfire
    (_NUMBERED.format(one="transported, critical condition"), (0, 2)),
    (_RECORDS.format(what="shooting", one="Serious, Ocala Regional Medical Center"), (0, 2)),
    (_RECORDS.format(what="two-vehicle crash", one="Deceased"), (0, 0)),
])
def test_a_release_table_of_victims(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "the deceased" as a subject

@pytest.mark.parametrize("text, expected", [
    ("TACOMA, Wash. - A man was shot outside a bar on Pacific Avenue on Sunday. The deceased was identified as Rick "
     "Salas, 40.", (1, 0)),
    ("TACOMA, Wash. - Rick Salas was shot outside a bar on Pacific Avenue on Sunday. The deceased was 40.", (1, 0)),
    # near miss: the injured man identified
    ("TACOMA, Wash. - A man was shot outside a bar on Pacific Avenue on Sunday. The injured man was identified as Rick "
     "Salas, 40.", (0, 1)),
])
def test_the_deceased_identified(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "a bullet took her life", "his family is planning a funeral"

@pytest.mark.parametrize("text, expected", [
    ("TOPEKA, Kan. - Aliyah Brooks was 19 when a bullet fired into a party on Kansas Avenue took her life in March, "
     "her father said.", (1, 0)),
    ("TOPEKA, Kan. - A man was shot on Kansas Avenue on Friday night. His family is planning a funeral for next week, "
     "his brother said.", (1, 0)),
    ("TOPEKA, Kan. - Derek Oakes was shot on Kansas Avenue on Friday night. Relatives are arranging his funeral.",
     (1, 0)),
    # near misses: a life taken by a car; a shooting that changed a life; a fundraiser; another's funeral attended
    ("TOPEKA, Kan. - Aliyah Brooks was 19 when a drunk driver on Kansas Avenue took her life in March, her father "
     "said.", (0, 0)),
    ("TOPEKA, Kan. - Aliyah Brooks, 19, was hit by a bullet fired into a party on Kansas Avenue. The shooting changed "
     "her life, her father said.", (0, 1)),
    ("TOPEKA, Kan. - A man was shot on Kansas Avenue on Friday night. His family is planning a fundraiser for his "
     "hospital bills, his brother said.", (0, 1)),
    ("TOPEKA, Kan. - Derek Oakes was shot on Kansas Avenue on Friday night. He attended the funeral of his cousin the "
     "day before.", (0, 1)),
])
def test_a_life_taken_and_a_funeral_planned(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
