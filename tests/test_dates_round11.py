"""Eleventh round of incident dates: injuries suffered on a day, news conferences, page stamps with a
clock time, the violence "hours after" which something is dated, hours of the day beside a speech
verb, days that nothing marks inside a period, and the incident's words before the lead's place."""

from __future__ import annotations

from datetime import date

import pytest

from .dating import (
    WEDNESDAY, THURSDAY_BEFORE, SATURDAY_BEFORE, SUNDAY_BEFORE, MONDAY_BEFORE,
    date_of as _date, role_of as _role, day_of as _day,
)






# -- injuries suffered on a day ------------------------------------------------------------------


@pytest.mark.parametrize("verb", ["suffered", "sustained"])
def test_injuries_suffered_on_a_day_date_the_shooting_not_the_death(verb: str) -> None:
    text = ("A Portsmouth man has died of a gunshot wound over the weekend. "
            f"Ray Tomlin, 57, died Sunday from injuries {verb} Saturday night behind a bar on Keel Street.")
    assert _day(_date(text)) == (SATURDAY_BEFORE, SATURDAY_BEFORE, "day")


# -- a news conference is an aftermath --------------------------------------------------------------


def test_a_news_conference_day_is_not_the_shooting_day() -> None:
    text = ("Police held a news conference Monday afternoon to discuss the deadly shooting "
            "at Pine and Cedar streets Sunday morning.")
    assert _role(text, "Monday afternoon") == -1
    assert _date(text).start == SUNDAY_BEFORE


def test_a_man_behind_bars_on_a_day_is_an_aftermath() -> None:
    text = "The father was behind bars Sunday morning in connection with the shooting of his baby."
    assert _role(text, "Sunday morning") == -1


# -- a page's stamp with its clock time before the date -------------------------------------------


@pytest.mark.parametrize("stamp", ["Posted 4:12 AM, March 15, 2022", "Updated 10:02 am EDT March 15, 2022"])
def test_a_stamp_with_a_clock_time_is_the_reports_own_date(stamp: str) -> None:
    text = f"{stamp}, by Dana Fell\nA woman shot herself in the face by accident about 10:30 p.m. Monday."
    assert _role(text, "March 15, 2022") == -2
    assert _date(text).start == MONDAY_BEFORE


# -- a gun that discharged, striking someone --------------------------------------------------------


def test_a_bullet_striking_someone_on_a_day_dates_the_shooting() -> None:
    text = "The rifle accidentally discharged, striking their baby daughter in Brooklyn on Saturday, police said."
    assert _role(text, "Saturday") == 1


# -- "hours after" the violence, or care given "after" it ---------------------------------------------


def test_released_hours_after_a_shooting_dates_the_shooting() -> None:
    text = ("A farmer was treated and released from a hospital Saturday hours after his son accidentally shot him "
            "while they were hunting rabbits. The doctor checked on him again Sunday.")
    assert _date(text).start == SATURDAY_BEFORE


def test_hospitalized_after_a_bullet_dates_the_shooting() -> None:
    text = ("A girl was hospitalized Thursday evening after a bullet came through her bedroom window. "
            "A neighbor fixed the window on Tuesday.")
    assert _date(text).start == THURSDAY_BEFORE


def test_hospitalized_after_a_shooting_with_its_own_day_keeps_that_day() -> None:
    text = "A boy was hospitalized Thursday after he was shot Monday near a playground on Elm Street."
    assert _date(text).start == MONDAY_BEFORE


# -- an hour of the day beside a speech verb ---------------------------------------------------------


def test_a_clock_time_after_says_dates_the_event_not_the_saying() -> None:
    text = ("A teen was hurt in an accidental shooting over the weekend. "
            "The sheriff's office says around 2 p.m. on Sunday, deputies were dispatched to a farm on County Road 9.")
    assert _day(_date(text)) == (SUNDAY_BEFORE, SUNDAY_BEFORE, "day")


def test_a_clock_time_before_a_trailing_speech_tag_dates_the_event() -> None:
    text = ("The coroner's office on Tuesday said the death of a guard this week at a strip mall was an accident. "
            "Lena Hart, 30, was found in a parked car around 7:05 p.m. Monday, in the 1700 block of Birch Avenue, "
            "said Deputy Ann Cole.")
    assert _role(text, "Monday") == 1
    assert _day(_date(text)) == (MONDAY_BEFORE, MONDAY_BEFORE, "day")


def test_a_saying_day_without_a_clock_time_stays_the_sayings() -> None:
    text = "A man was wounded on Oak Street, and police said Tuesday they had no suspects."
    assert _role(text, "Tuesday") == -1


# -- a day nothing marks, inside a period ----------------------------------------------------------


def test_a_period_narrows_to_an_unmarked_day_inside_it() -> None:
    text = ("A boy is recovering from the gunshot wounds he got last week, his aunt tells reporters. "
            "He was sitting in his father's car on Ashby Street last Thursday night, his sister recalled.")
    assert _day(_date(text)) == (THURSDAY_BEFORE, THURSDAY_BEFORE, "day")


# -- the incident's words before the lead's place ------------------------------------------------------


def test_a_day_the_violence_words_mark_beats_an_unmarked_date_in_the_lead() -> None:
    text = ("Media release for 03/15/2022 from the public information office. "
            "At about 1:45 p.m. on Friday, March 11, 2022, officers were called to a shooting on Fir Lane.")
    assert _date(text).start == date(2022, 3, 11)


# -- a death day inside a period ---------------------------------------------------------------------


def test_a_period_narrows_to_the_death_day_when_nothing_else_is_inside() -> None:
    text = ("Police have arrested a teenager in the shooting death of another teenager over the weekend. "
            "The arrest was announced Tuesday. The victim, Tom Reyes, 15, died Sunday of a single gunshot wound.")
    assert _day(_date(text)) == (SUNDAY_BEFORE, SUNDAY_BEFORE, "day")


def test_a_marked_day_inside_a_period_beats_the_death_day() -> None:
    text = ("A man has died of a gunshot wound over the weekend. "
            "He died Sunday at a hospital after he was shot outside a bar on Saturday night.")
    assert _date(text).start == SATURDAY_BEFORE
