"""Sixteenth round of incident dates: follow-up and roundup reports whose first day named is not the shooting's.

``eval/dates_check4.jsonl`` holds 100 invented reports of the kind the document-date profile (eval/date_profile.py)
showed erring most: reports published days to weeks after the shooting that lead with a court day, a death, a
funeral, a tally's day ("As of late Tuesday") or "last week's shooting", and give the shooting's own day later; the
first test pins the scores this round reached on it.  The focused tests use sentences written for them, each a
rule's positive case and its near misses."""

from __future__ import annotations

from datetime import date

from .dating import (TUESDAY_BEFORE, assert_halves_salted, assert_set_reached, date_of as _date, day_of as _day,
                     role_of as _role)

# reached this round (before it: set 4 rules 29, check 47)
SET_4 = {"rules": 38, "check": 52}
MONDAY = date(2022, 3, 21)  # a Monday report: "last week" is March 14-20


def test_date_check_set_4_scores(ledger) -> None:
    assert_set_reached(ledger, "4", 100, SET_4)


def test_set_4_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("4", "sixteenth-dates4:", "d16", 100)


# -- "As of late Tuesday": a tally's day ------------------------------------------------------------------


def test_a_tallys_day_gives_way_to_the_shootings() -> None:
    text = ("As of late Tuesday, more than 2,000 cards had arrived for the boy who was shot in the leg on March 9 "
            "while playing outside his home on Fir Street.")
    assert _role(text, "late Tuesday") == -1
    assert _day(_date(text)) == (date(2022, 3, 9), date(2022, 3, 9), "day")


def test_a_tallys_day_alone_still_dates_the_report() -> None:
    # nothing else is said: the tally's day is the only day there is
    text = "As of Tuesday, more than 2,000 cards had arrived for the boy who was shot outside his home on Fir Street."
    assert _day(_date(text)) == (TUESDAY_BEFORE, TUESDAY_BEFORE, "day")


def test_as_without_of_is_no_tally() -> None:
    # near miss: "as" before the day is no "as of"
    text = "The boy was shot late Tuesday as he played outside his home on Fir Street, and 2,000 cards have arrived."
    assert _role(text, "late Tuesday") == 1
    assert _day(_date(text)) == (TUESDAY_BEFORE, TUESDAY_BEFORE, "day")


# -- "last week's shooting" narrowed to the weekend before the week ---------------------------------------------


def test_last_weeks_shooting_on_the_weekend_before_the_week() -> None:
    text = ("An arrest has been made in last week's drive-by shooting that wounded a man on Fir Street. "
            "The shooting happened about 9 p.m. Saturday, March 12, outside a bar.")
    assert _day(_date(text, MONDAY)) == (date(2022, 3, 12), date(2022, 3, 12), "day")


def test_last_weeks_shooting_inside_the_week_is_unchanged() -> None:
    text = ("An arrest has been made in last week's drive-by shooting that wounded a man on Fir Street. "
            "The shooting happened about 9 p.m. Tuesday, March 15, outside a bar.")
    assert _day(_date(text, MONDAY)) == (date(2022, 3, 15), date(2022, 3, 15), "day")


def test_a_day_before_the_weekend_before_does_not_narrow_last_week() -> None:
    # near miss: a Friday before the week is no weekend slack; the week stands
    text = ("An arrest has been made in last week's drive-by shooting that wounded a man on Fir Street. "
            "The shooting happened about 9 p.m. Friday, March 11, outside a bar.")
    assert _day(_date(text, MONDAY)) == (date(2022, 3, 14), date(2022, 3, 20), "week")
