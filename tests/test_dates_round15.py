"""Fifteenth round of incident dates: reports that name another day before the shooting's, or tell the
shooting's day relative to something else.

``eval/dates_check3.jsonl`` holds 120 invented shooting reports whose first day named is often a police
statement's, a charge's, a death's or a release's, with weekdays said as "last", "this past" or "a week ago
Sunday", holidays' neighbours ("the night before Thanksgiving"), pages stamped just after midnight, and lines that
give the page's first day ("Originally published ..."); the first test pins the scores this round reached on it.
The focused tests use sentences written for them, each a rule's positive case and its near misses."""

from __future__ import annotations

from datetime import date

import pytest

from eval import dates_check
from eventdesk.timex import find_timexes

from .dating import (MONDAY_BEFORE, SATURDAY_BEFORE, SUNDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, dates_check_scores,
                     date_of as _date, day_of as _day, role_of as _role)

# reached this round (before it: set 3 rules 52, check 47; set 1 rules 59, check 58)
SET_3 = {"rules": 62, "check": 57}
SET_1 = {"rules": 60, "check": 59}  # check 58 until the twenty-first round (abbreviated weekdays, numeric days)
FRIDAY_BEFORE = date(2022, 3, 11)
MONDAY_AFTER_THANKSGIVING = date(2021, 11, 29)  # Thanksgiving 2021 was Thursday, Nov. 25


@pytest.mark.parametrize("name, reached, size", [("3", SET_3, 120), ("1", SET_1, 130)])
def test_date_check_set_scores(ledger, name: str, reached: dict, size: int) -> None:
    rows, scores = dates_check_scores(ledger, name)
    assert rows == size
    for half, day in reached.items():
        assert scores[half]["day"] >= day, (name, scores)


def test_set_3_is_registered_with_its_own_salt() -> None:
    assert dates_check.SETS["3"][1] == "fifteenth-dates3:"
    assert {dates_check.half(f"d15-{i:03d}", "fifteenth-dates3:") for i in range(1, 121)} == {"rules", "check"}


# -- "a week ago Sunday" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, day",
    [
        ("Police arrested a second man in the shooting a week ago Sunday that killed a teenager on Elm Street.", date(2022, 3, 6)),
        ("A man was shot two weeks ago Friday outside a bar on Fir Street, police said.", date(2022, 2, 25)),
    ],
)
def test_weeks_ago_and_a_weekday_count_back_from_the_last_one(text: str, day: date) -> None:
    assert _day(_date(text)) == (day, day, "day")


@pytest.mark.parametrize(
    "text, day",
    [
        # "a week ago" apart from the weekday: each keeps its own meaning
        ("A week ago the bar lost its license. A man was shot Sunday outside it on Fir Street.", SUNDAY_BEFORE),
        ("A man was shot Sunday outside a bar on Fir Street.", SUNDAY_BEFORE),
    ],
)
def test_a_weekday_without_weeks_ago_is_unchanged(text: str, day: date) -> None:
    assert _day(_date(text)) == (day, day, "day")


# -- "last Tuesday" in a Wednesday report ---------------------------------------------------------------


def test_last_and_yesterdays_weekday_is_the_week_before() -> None:
    text = "A man who was shot last Tuesday outside a bar on Fir Street has died, police said."
    assert _day(_date(text)) == (date(2022, 3, 8), date(2022, 3, 8), "day")


@pytest.mark.parametrize(
    "text, day",
    [
        ("A man who was shot Tuesday outside a bar on Fir Street has died, police said.", TUESDAY_BEFORE),
        ("A man who was shot this past Tuesday outside a bar on Fir Street has died, police said.", TUESDAY_BEFORE),
        ("A man who was shot last Monday outside a bar on Fir Street has died, police said.", MONDAY_BEFORE),
    ],
)
def test_last_with_another_weekday_is_unchanged(text: str, day: date) -> None:
    assert _day(_date(text)) == (day, day, "day")


# -- a holiday's neighbours -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, day",
    [
        ("Two brothers were wounded outside a bar the night before Thanksgiving, police said.", date(2021, 11, 24)),
        ("A man shot on Thanksgiving Eve outside a liquor store has died, police said.", date(2021, 11, 24)),
        ("A woman was shot on the day after Thanksgiving in a store parking lot, police said.", date(2021, 11, 26)),
    ],
)
def test_a_holidays_neighbour_is_a_day_off_the_holiday(text: str, day: date) -> None:
    assert _day(_date(text, MONDAY_AFTER_THANKSGIVING)) == (day, day, "day")


@pytest.mark.parametrize(
    "text, day",
    [
        ("A man was shot on Thanksgiving Day after an argument at a family gathering, police said.", date(2021, 11, 25)),
        ("A man was shot on Thanksgiving night after an argument at a family gathering, police said.", date(2021, 11, 25)),
    ],
)
def test_the_holiday_itself_is_unchanged(text: str, day: date) -> None:
    assert _day(_date(text, MONDAY_AFTER_THANKSGIVING)) == (day, day, "day")


# -- a page stamped just after midnight -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Posted 12:20 a.m. A man was shot tonight in the 1200 block of Elm Street, police said.",
        "Updated at 12:45 a.m. Wednesday. A man was shot tonight in the 1200 block of Elm Street, police said.",
    ],
)
def test_tonight_on_a_page_stamped_after_midnight_is_the_evening_before(text: str) -> None:
    assert _day(_date(text)) == (TUESDAY_BEFORE, TUESDAY_BEFORE, "day")


@pytest.mark.parametrize(
    "text",
    [
        "Posted 9:40 p.m. A man was shot tonight in the 1200 block of Elm Street, police said.",
        # the small hours after midnight are the page's own day
        "Posted 12:20 a.m. A man was shot early this morning in the 1200 block of Elm Street, police said.",
        "A man was shot tonight in the 1200 block of Elm Street, police said.",
    ],
)
def test_tonight_elsewhere_is_the_pages_day(text: str) -> None:
    assert _day(_date(text)) == (WEDNESDAY, WEDNESDAY, "day")


def test_a_weekday_after_stamp_words_is_the_pages_stamp() -> None:
    text = "Posted 12:20 a.m. Wednesday. A man was shot in the 1200 block of Elm Street, police said."
    assert _role(text, "Wednesday") == -2
    assert _role("A man was shot Wednesday in the 1200 block of Elm Street.", "Wednesday") == 1


# -- "Originally published" --------------------------------------------------------------------------------


def test_relative_days_count_from_the_day_the_page_was_first_published() -> None:
    text = ("Originally published March 10, 2022. A woman was shot and killed Wednesday night on Elm Street, "
            "police said.")
    assert _day(_date(text)) == (date(2022, 3, 9), date(2022, 3, 9), "day")


@pytest.mark.parametrize(
    "text",
    [
        "A woman was shot and killed Tuesday night on Elm Street, police said.",
        # a first-published day that is the page's own changes nothing
        "Originally published March 16, 2022. A woman was shot and killed Tuesday night on Elm Street, police said.",
    ],
)
def test_without_an_earlier_first_day_the_page_counts(text: str) -> None:
    assert _day(_date(text)) == (TUESDAY_BEFORE, TUESDAY_BEFORE, "day")


# -- "on Saturday, a day after ... was shot" ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, day",
    [
        ("Police arrested a man on Saturday, a day after a woman was shot on Elm Street.", FRIDAY_BEFORE),
        ("Police arrested a man Monday, two days after the shooting on Elm Street.", SATURDAY_BEFORE),
    ],
)
def test_a_day_counted_from_the_violence_is_moved_back(text: str, day: date) -> None:
    assert _day(_date(text)) == (day, day, "day")


@pytest.mark.parametrize(
    "text",
    [
        # what the day is counted from is no violence
        "A man was shot Sunday on Elm Street. He was arrested Monday, a day after his release from jail.",
        # the violence names a day of its own
        "A man was shot on Elm Street. Police arrested his cousin Monday, a day after the Sunday shooting.",
    ],
)
def test_a_day_counted_from_something_else_is_unchanged(text: str) -> None:
    assert _day(_date(text)) == (SUNDAY_BEFORE, SUNDAY_BEFORE, "day")


# -- "shots rang out" --------------------------------------------------------------------------------------


def test_shots_rang_out_dates_the_violence_inside_a_weekend() -> None:
    text = ("A shooting over the weekend left a man dead outside a nightclub. Officers said shots rang out shortly "
            "before 2 a.m. Sunday.")
    assert _day(_date(text)) == (SUNDAY_BEFORE, SUNDAY_BEFORE, "day")


def test_a_weekend_with_a_days_aftermath_only_stays_the_weekend() -> None:
    text = ("A shooting over the weekend left a man dead outside a nightclub. Police said Sunday they had no "
            "suspects.")
    span = _date(text)
    assert (span.start, span.end) == (SATURDAY_BEFORE, SUNDAY_BEFORE)


def test_weeks_ago_weekday_is_one_expression() -> None:
    assert [t.text for t in find_timexes("shot a week ago Sunday on Elm Street", WEDNESDAY)] == ["a week ago Sunday"]
