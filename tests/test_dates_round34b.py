"""The thirty-fourth session's second round of incident dates: the days the first round left (an aftermath's clock
hour read as the night's, "two weeks ago" read as the calendar week's Monday, another incident's day named in a run
of shootings).

``eval/dates_check20.jsonl`` holds 40 invented reports of aftermath and status weekdays beside the shooting's own day,
of "two weeks ago" and of a spate's other day, and their near misses; the first test pins the scores this round
reached on it.  The focused tests use reports and sentences written for them, each a rule's positive case and its near
misses."""

from __future__ import annotations

from datetime import date

from eventdesk.timex import incident_date

from .dating import (
    MONDAY_BEFORE, SATURDAY_BEFORE, SUNDAY_BEFORE, THURSDAY_BEFORE, WEDNESDAY, assert_halves_salted,
    assert_set_reached,
)

# reached this round (before it: set 20 rules 12, check 19); the rules half raised 16 -> 18 by round dates35
SET_20 = {"rules": 18, "check": 21}


def test_date_check_set_20_scores(ledger) -> None:
    assert_set_reached(ledger, "20", 40, SET_20)


def test_set_20_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("20", "thirty-fourth-dates34b:", "d34b", 40)


def _day(text: str, anchor=WEDNESDAY) -> date | None:
    return incident_date(text, anchor).start


# -- an hour told with another day ------------------------------------------------------------------------------------


def test_an_hour_told_with_another_day_is_no_hour_of_the_night() -> None:
    arrest = ("Police arrested a suspect Monday at 3 a.m. in the shooting of a clerk. The clerk was shot Saturday "
              "night during a robbery at a gas station on Route 30.")
    assert _day(arrest) == SATURDAY_BEFORE
    booked = ("A man was shot late Saturday night outside a bar on Elm Street. His cousin was booked into jail at "
              "2:30 a.m. Tuesday.")
    assert _day(booked) == SATURDAY_BEFORE
    in_words = arrest.replace("3 a.m.", "3 in the morning")
    assert _day(in_words) == SATURDAY_BEFORE


def test_an_hour_of_the_nights_next_day_or_of_no_day_still_passes_its_midnight() -> None:
    # near misses: the clock told with the night's next day, and with no day at all
    next_day = "A man was shot late Saturday night on Route 30. Officers were called at 1:40 a.m. Sunday."
    assert _day(next_day) == SUNDAY_BEFORE
    no_day = "A man was shot late Saturday night on Route 30. Officers were called at 1:40 a.m."
    assert _day(no_day) == SUNDAY_BEFORE


# -- "two weeks ago" ---------------------------------------------------------------------------------------------------


def test_whole_weeks_ago_count_back_from_the_reports_day() -> None:
    two = "A 27-year-old man who was shot two weeks ago on Madison Street has died, police said."
    assert _day(two) == date(2022, 3, 2)
    one = "A man shot a week ago outside a gas station on Route 9 has died, police said."
    assert _day(one) == date(2022, 3, 9)


def test_a_day_inside_the_weeks_or_a_vague_count_keeps_its_own_reading() -> None:
    # near misses: a day told inside the week, a count of weeks that is no number, "last week"
    inside = "Two weeks ago, on Thursday, March 3, a man was shot on Madison Street. He died Tuesday."
    assert _day(inside) == date(2022, 3, 3)
    vague = "A man shot a couple of weeks ago on Madison Street has died, police said."
    assert _day(vague) != date(2022, 3, 2)
    last_week = "A man shot last week on Madison Street has died, police said."
    assert _day(last_week) != date(2022, 3, 9)


# -- a run of shootings ------------------------------------------------------------------------------------------------


def test_a_day_a_run_of_shootings_includes_is_another_incidents() -> None:
    spate = ("A spate of shootings, including Thursday night's on Elm Street, has neighbors worried. On Monday a man "
             "was shot in the leg on Oak Street, police said.")
    assert _day(spate) == MONDAY_BEFORE
    string = ("It was the latest in a string that included Saturday's killing of a teen on Park Avenue. A man was "
              "shot Monday afternoon on Lake Street.")
    assert _day(string) == MONDAY_BEFORE


def test_an_including_without_a_run_or_a_run_without_a_day_keeps_the_day() -> None:
    # near misses: "including" of the victims, a run named in a sentence of its own
    victims = "Three people were shot Thursday night on Elm Street, including a 12-year-old girl."
    assert _day(victims) == THURSDAY_BEFORE
    own_sentence = "It was the latest in a spate of shootings. A man was shot Thursday night on Elm Street."
    assert _day(own_sentence) == THURSDAY_BEFORE
