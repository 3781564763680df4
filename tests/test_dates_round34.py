"""Thirty-fourth round of incident dates: the leftovers the thirty-third session's closing note named (a blotter
page whose unrelated arrest's weekday moved the shooting's a week back; a page dated days after the story it carries,
whose own date line tells the story's day).

``eval/dates_check19.jsonl`` holds 60 invented reports of those kinds, of Easter as the shooting's day, of clock forms
beside the shooting's weekday and of a road death's "two weeks ago", and their near misses; the first test pins the
scores this round reached on it.  The focused tests use reports and sentences written for them, each a rule's positive
case and its near misses."""

from __future__ import annotations

from datetime import date

from eventdesk.timex import incident_date

from .dating import MONDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, assert_halves_salted, assert_set_reached

# reached this round (before it: set 19 rules 23, check 26)
SET_19 = {"rules": 28, "check": 29}  # rules 27, check 27 until round 34b
A_WEEK_BEFORE_TUESDAY = date(2022, 3, 8)


def test_date_check_set_19_scores(ledger) -> None:
    assert_set_reached(ledger, "19", 60, SET_19)


def test_set_19_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("19", "thirty-fourth-dates34:", "d34", 60)


def _day(text: str, anchor=WEDNESDAY) -> date | None:
    return incident_date(text, anchor).start


# -- a blotter's other arrest ------------------------------------------------------------------------------------------


def test_an_arrest_on_a_ground_of_its_own_orders_no_shooting() -> None:
    warrant = ("POLICE BLOTTER\nA 34-year-old man was arrested Monday on a warrant for failing to appear in court.\n"
               "A 22-year-old man was shot in the hip Tuesday on Pine Street. He was treated and released.")
    assert _day(warrant) == TUESDAY_BEFORE
    checks = ("Police log\nA woman was arrested Monday for writing bad checks.\n"
              "A man was shot in the foot Tuesday outside a tavern on Route 4.")
    assert _day(checks) == TUESDAY_BEFORE
    charge = ("Sheriff's log\nDeputies arrested a woman Monday on a drunken-driving charge on Route 12.\n"
              "Deputies investigated a shooting Tuesday evening in which a man was wounded in the shoulder.")
    assert _day(charge) == TUESDAY_BEFORE


def test_an_arrest_in_the_shooting_still_comes_after_it() -> None:
    # near misses: the arrest's sentence names the shooting, or gives no ground of its own
    connection = "A 19-year-old was arrested Monday in connection with a shooting Tuesday that wounded a man."
    assert _day(connection) == A_WEEK_BEFORE_TUESDAY
    warrant = "A man was arrested Monday on a warrant in the shooting.\nThe victim was shot Tuesday night on Elm Road."
    assert _day(warrant) == A_WEEK_BEFORE_TUESDAY
    bare = "A man was arrested Monday.\nThe victim was shot Tuesday night on Pine Street."
    assert _day(bare) == A_WEEK_BEFORE_TUESDAY


# -- a story's own date line on a later page ---------------------------------------------------------------------------


def test_a_storys_date_line_is_the_day_its_words_count_from() -> None:
    dashed = "Thursday, March 10, 2022 - A man was shot late Tuesday outside a store on Main Street, police said."
    assert _day(dashed) == A_WEEK_BEFORE_TUESDAY
    review = "WEEK IN REVIEW\nThursday, March 10: A woman was shot in the arm early today on Elm Street."
    assert _day(review) == date(2022, 3, 10)


def test_a_date_line_whose_weekday_is_not_its_dates_or_the_pages_own_counts_from_the_page() -> None:
    # near misses: a weekday that is not the date's, the page's own day, a date that opens no line
    wrong_weekday = "Friday, March 10, 2022 - A man was shot late Tuesday outside a store on Main Street, police said."
    assert _day(wrong_weekday) == TUESDAY_BEFORE
    own = "Wednesday, March 16 - A man was shot early today on Main Street."
    assert _day(own) == WEDNESDAY
    inline = "A man was shot late Tuesday on Main Street. Thursday, March 10 - that was the last time he was seen."
    assert _day(inline) == TUESDAY_BEFORE


# -- a clock time's half of the day told in words ---------------------------------------------------------------------


def test_a_clock_told_in_words_is_an_evening_or_a_small_hours_clock() -> None:
    evening = ("A man was shot in the chest outside a store on Broad Street, police said. Officers arrived about 10:15 "
               "at night and found him in the parking lot.")
    assert _day(evening) == TUESDAY_BEFORE
    small_hours = ("Two men were shot during a fight at a bar about 2 in the morning. On Tuesday, both were listed in "
                   "stable condition, police said.")
    assert _day(small_hours) == TUESDAY_BEFORE
    stamp = ("UPDATE (Tuesday, 2:15 in the morning): A man shot on Main Street shortly before midnight has died. "
             "Police said the man was shot after an argument outside a bar.")
    assert _day(stamp) == MONDAY_BEFORE


def test_a_clock_in_words_of_the_day_or_of_the_small_hours_keeps_the_reports_day() -> None:
    # near misses: an afternoon's clock in words, the small hours in words with no other day, an evening's by the clock
    afternoon = ("A man was shot in the chest outside a store on Broad Street, police said. Officers arrived about "
                 "2:15 in the afternoon and found him in the parking lot.")
    assert _day(afternoon) == WEDNESDAY
    morning = "A man was shot outside a store on Broad Street. Officers arrived at 2 in the morning and found him."
    assert _day(morning) == WEDNESDAY
    by_the_clock = "A man was shot outside a store on Broad Street. Officers arrived about 10:15 p.m. and found him."
    assert _day(by_the_clock) == TUESDAY_BEFORE

