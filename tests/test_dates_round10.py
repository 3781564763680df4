"""Tenth round of incident dates: a period narrowed to the day the story gives, a speech tag after a
date, the small hours said in words."""

from __future__ import annotations

from datetime import date

import pytest

from .dating import WEDNESDAY, SATURDAY_BEFORE, MONDAY_BEFORE, date_of as _date, day_of as _day




# -- a period in the lead, the day in the body ------------------------------------------------------


@pytest.mark.parametrize(
    "text, day",
    [
        ("A teenager was wounded in a shooting over the weekend in Maple Heights. "
         "The shooting happened Saturday night outside a convenience store, police said.", SATURDAY_BEFORE),
        ("Two men died after a shooting earlier this week on the east side. "
         "Officers said the men were shot Monday afternoon in a parking lot.", MONDAY_BEFORE),
        ("A man has died after a shooting that wounded two others last week. "
         "About 9 p.m. March 9, the three men were shot outside a laundromat.", date(2022, 3, 9)),
    ],
)
def test_a_period_is_narrowed_to_the_day_inside_it(text: str, day: date) -> None:
    span = _date(text)
    assert (span.start, span.end, span.precision) == (day, day, "day")


def test_a_day_outside_the_period_leaves_it_alone() -> None:
    # "Tuesday" falls after the weekend: it is the vigil's day, not the weekend shooting's
    text = ("A woman was shot over the weekend in Riverside. "
            "Neighbors who were shot at on Tuesday by a passing car gathered at a vigil.")
    span = _date(text)
    assert (span.start, span.end) == (SATURDAY_BEFORE, date(2022, 3, 13))


def test_an_aftermath_day_inside_the_period_does_not_narrow_it() -> None:
    text = ("A man was shot last week in Dayton. "
            "He was charged Thursday with a weapons offence, and he remained in jail.")
    span = _date(text)
    assert span.precision == "week"


# -- a speech tag after the date ---------------------------------------------------------------------


def test_a_speech_tag_after_a_shooting_date_dates_the_shooting() -> None:
    text = ("A boy remained in critical condition Wednesday after a shooting on the north side. "
            "He was shot in the back and the leg Monday night, his aunt told reporters.")
    span = _date(text, first=False)
    assert span.start == MONDAY_BEFORE


def test_a_date_opening_its_clause_stays_the_sayings() -> None:
    # near miss: "On Tuesday, he said" is the saying's day, the aftermath's, not the incident's
    text = ("A boy remained in critical condition after a shooting Monday night, police said. "
            "On Tuesday, he said the family was praying for him.")
    span = _date(text, first=False)
    assert span.start == MONDAY_BEFORE


def test_a_speech_tag_without_a_comma_is_the_dates_verb() -> None:
    # near miss: "the coroner on Tuesday said" dates the saying, not the shooting
    text = "The coroner on Tuesday said the shooting death of a guard this week was an accident."
    span = _date(text)
    assert span.precision == "week"


# -- the small hours said in words -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police are investigating an early morning shooting that left one man dead on Grand Street.",
        "Three people were wounded when shots rang out shortly after midnight near a bar.",
    ],
)
def test_the_small_hours_in_words_are_the_reports_day(text: str) -> None:
    span = _date(text)
    assert (span.start, span.end, span.precision) == (WEDNESDAY, WEDNESDAY, "day")


@pytest.mark.parametrize(
    "text",
    [
        # no hour at all: the report's day, but only as a guess (round 13: no longer the two days)
        "Police are investigating a shooting that left one man dead on Grand Street.",
        # the small hours and an evening hour: which day is not said
        "An early morning shooting left one dead; a second man was shot at 9 p.m. nearby.",
    ],
)
def test_without_the_small_hours_the_report_day_is_only_a_guess(text: str) -> None:
    span = _date(text)
    assert (span.start, span.end, span.precision) == (WEDNESDAY, WEDNESDAY, "days")


# -- a gathering that is the scene of the shooting --------------------------------------------------


def test_a_vigil_shot_at_is_the_scene_not_the_aftermath() -> None:
    text = ("Five people were shot at a vigil Monday evening, police said. "
            "The vigil was for a man killed early Sunday on the same corner.")
    span = _date(text)
    assert span.start == MONDAY_BEFORE


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the gathering came after the shooting, and its day is the aftermath's
        "Relatives of a man shot early Sunday gathered at a vigil Monday evening.",
        "Relatives of a man shot Sunday gathered at a vigil Monday evening.",
    ],
)
def test_a_vigil_for_the_dead_stays_the_aftermath(text: str) -> None:
    span = _date(text)
    assert span.start == date(2022, 3, 13)
