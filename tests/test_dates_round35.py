"""The thirty-fifth session's round of incident dates: the days the thirty-fourth left (a run's other day named "among
them" or "including one", a return to the scene or what stays there told on its own day, a death "a week after" the
shooting, "earlier in the day" of a charge's day, a charge told "in a Thursday shooting" in a Thursday report).

``eval/dates_check21.jsonl`` holds 61 invented reports of those kinds and their near misses; the first test pins the
scores this round reached on it.  The focused tests use reports and sentences written for them, each a rule's positive
case and its near misses."""

from __future__ import annotations

from datetime import date

from eventdesk.timex import incident_date

from .dating import (
    MONDAY_BEFORE, SATURDAY_BEFORE, SUNDAY_BEFORE, THURSDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, assert_halves_salted,
    assert_set_reached, role_of,
)

# reached this round (before it: set 21 rules 23, check 22)
SET_21 = {"rules": 31, "check": 26}


def test_date_check_set_21_scores(ledger) -> None:
    assert_set_reached(ledger, "21", 61, SET_21)


def test_set_21_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("21", "thirty-fifth-dates35:", "d35", 61)


def _day(text: str, anchor=WEDNESDAY) -> date | None:
    return incident_date(text, anchor).start


# -- a run's other day -------------------------------------------------------------------------------------------------


def test_a_day_among_a_runs_others_is_another_incidents() -> None:
    among = ("A rash of shootings, among them Sunday's drive-by on Birch Street, has kept the block awake. On Tuesday "
             "evening a woman was shot in the hand on Cole Avenue.")
    assert _day(among) == TUESDAY_BEFORE
    one = ("Police put more officers downtown after a spate of shootings, including one Saturday near the bus depot. "
           "On Monday a teen was shot outside a pizza shop.")
    assert _day(one) == MONDAY_BEFORE
    several = ("A man was shot Tuesday afternoon outside a laundromat on Pine Street, the latest of several, including "
               "Sunday's shooting on Hale Road.")
    assert _day(several) == TUESDAY_BEFORE


def test_among_or_one_without_a_run_keeps_the_day() -> None:
    # near misses: "among them" of the victims, "including one" of the wounded, "several" shots
    victims = "Four people were shot Sunday night at a party, among them a 15-year-old boy, police said."
    assert _day(victims) == SUNDAY_BEFORE
    wounded = "Several people were hurt Monday when gunfire broke out, including one man shot in the leg."
    assert _day(wounded) == MONDAY_BEFORE


# -- a return to the scene, what stays there ---------------------------------------------------------------------------


def test_a_return_to_the_scene_is_told_on_a_day_after_the_shots() -> None:
    returned = ("Detectives returned Tuesday to the duplex on Ninth Street where a man was shot to death. He was "
                "killed Sunday afternoon, police said.")
    assert _day(returned) == SUNDAY_BEFORE
    back = "Officers were back at the scene Tuesday, combing a vacant lot where a teen was shot Saturday night."
    assert _day(back) == SATURDAY_BEFORE
    still_up = "Police tape was still up Tuesday around the corner store where a clerk was shot Monday morning."
    assert _day(still_up) == MONDAY_BEFORE


def test_returned_fire_or_a_return_home_is_no_aftermath() -> None:
    # near misses: the shots returned, a trip's return the evening of the shooting
    fire = "Deputies returned fire Monday night after a man shot at them from a porch on Dale Street."
    assert role_of(fire, "Monday night") >= 0
    assert _day(fire) == MONDAY_BEFORE
    home = "A man who had returned home Monday from a trip was shot outside his house Monday night, police said."
    assert _day(home) == MONDAY_BEFORE
    errand = ("The gunman opened fire on the couple after they returned from grocery shopping shortly before 9:30 "
              "p.m. on March 12.")
    assert role_of(errand, "March 12") >= 0


# -- a week after ------------------------------------------------------------------------------------------------------


def test_a_death_a_week_after_the_shooting_counts_back_a_week() -> None:
    week = "A 41-year-old man died Tuesday at the hospital, a week after he was shot during a robbery on Lee Street."
    assert _day(week) == date(2022, 3, 8)
    place = "A woman was arrested Tuesday in Dayton, two days after her neighbor was shot in a driveway."
    assert _day(place) == SUNDAY_BEFORE


def test_weeks_after_or_a_count_of_another_thing_keeps_the_day() -> None:
    # near misses: a rounded "two weeks after", a count after the shooting's own day of what is no violence
    weeks = "A man died Tuesday at the hospital, two weeks after he was shot on Lee Street."
    assert _day(weeks) != date(2022, 3, 1)
    funeral = "A man was shot Tuesday at the park two days after his brother's funeral, police said."
    assert _day(funeral) == TUESDAY_BEFORE


# -- earlier in the day ------------------------------------------------------------------------------------------------


def test_earlier_in_the_day_is_its_sentences_day() -> None:
    charged = "A man was charged Monday with shooting his cousin earlier in the day during an argument, police said."
    assert _day(charged) == MONDAY_BEFORE


def test_earlier_in_the_day_alone_or_after_a_sentence_end_is_the_reports_day() -> None:
    # near misses: no day before it, the day named in the sentence before
    alone = "A man was shot earlier in the day on Main Street, police said."
    assert _day(alone) == WEDNESDAY
    before = "A man was arrested Monday. Police said a woman was shot earlier in the day on Main Street."
    assert _day(before) == WEDNESDAY


# -- a charge in a shooting of the report's own weekday ----------------------------------------------------------------


def test_a_charge_in_a_shooting_of_the_reports_weekday_is_a_week_back() -> None:
    charged = "Two men were charged Monday in a Wednesday shooting that wounded a woman on Maple Street, police said."
    assert _day(charged) == date(2022, 3, 9)
    arrested = "Police arrested a teen Tuesday in connection with Wednesday's killing of a store clerk."
    assert _day(arrested) == date(2022, 3, 9)


def test_a_charge_the_same_day_or_a_later_death_keeps_the_reports_day() -> None:
    # near misses: a charge on the shooting's own day, a death told by a weekday of the page's lag
    same_day = "A man was charged Wednesday in a shooting early Wednesday at a bus stop on Oak Street."
    assert _day(same_day) == WEDNESDAY
    died = "A man was shot Wednesday on Elm Street. He died Monday at the hospital."
    assert _day(died) == WEDNESDAY
    other_weekday = "Two men were charged Monday in a Thursday shooting that wounded a woman on Maple Street."
    assert _day(other_weekday) == THURSDAY_BEFORE
