"""Thirty-first round of incident dates: the leftovers a study of the SemEval dev documents dated a day or more off found
beyond sets 1-15 (a bare "New Year's" as the holiday: "a New Year's shooting", "crashed a New Years party"; a holiday
without a year whose calendar date the text states in an older year: "on MLK Day ... on Jan. 18, 2016" read in 2017;
an old holiday the text restates by its full date; a holiday naming the occasion the violence came at as the
incident's day; "named a suspect" as an aftermath; "a 911 call Saturday morning" as the shots' day; "overnight" whose
next sentence carries the saying's weekday and the small hours' clock).

``eval/dates_check16.jsonl`` holds 60 invented reports of those kinds, of stamps older than the story, follow-ups,
settled spans and their near misses; the first test pins the scores this round reached on it.  The focused tests use
reports and sentences written for them, each a rule's positive case and its near misses."""

from __future__ import annotations

from datetime import date

from eventdesk.timex import incident_date

from .dating import SATURDAY_BEFORE, SUNDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, assert_halves_salted, assert_set_reached
from .dating import role_of as _role

# reached this round (before it: set 16 rules 14, check 22)
SET_16 = {"rules": 22, "check": 28}  # rules 21 until round 34b
NEW_YEARS_DAY = date(2022, 1, 1)


def test_date_check_set_16_scores(ledger) -> None:
    assert_set_reached(ledger, "16", 60, SET_16)


def test_set_16_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("16", "thirty-first-dates16:", "d31", 60)


def _day(text: str, anchor=WEDNESDAY) -> date | None:
    return incident_date(text, anchor).start


# -- a bare "New Year's" ----------------------------------------------------------------------------------------------


def test_a_bare_new_years_before_a_violent_noun_or_after_on_is_new_years_day() -> None:
    assert _day("A man was killed in a New Year's shooting outside a bar on Dale Street, police said.") == NEW_YEARS_DAY
    assert _day("A boy was wounded early on New Year's when someone fired into a crowd on Pike Road.") == NEW_YEARS_DAY
    # no apostrophe, and an occasion after it: the party's shots, whatever aftermath opens the sentence
    party = ("Marshals have arrested a man accused of crashing a New Years party and shooting four people after he was "
             "told to leave.")
    assert _role(party, "New Years") == 1
    assert _day(party) == NEW_YEARS_DAY


def test_a_new_years_resolution_or_a_tallys_start_dates_nothing() -> None:
    # near misses: the resolution, the tally since the holiday, patrols ahead of it keep the shooting's own weekday
    resolution = "A man who made a New Year's resolution to stay out of trouble was shot Saturday night on Main Street."
    assert _day(resolution) == SATURDAY_BEFORE
    tally = "The city has seen four homicides since New Year's. The latest came Sunday afternoon on Dort Highway."
    assert _day(tally) == SUNDAY_BEFORE
    ahead = "Police will add patrols ahead of New Year's after a man was shot Tuesday evening on Front Street."
    assert _day(ahead) == TUESDAY_BEFORE
    # and New Year's Eve stays the eve
    assert _day("A man was shot at a New Year's Eve party on Grant Avenue about 11:30 p.m.") == date(2021, 12, 31)


# -- a holiday whose year the text states by its calendar date --------------------------------------------------------


def test_a_holiday_takes_the_year_its_calendar_date_is_told_in() -> None:
    # MLK Day was Jan. 18 in 2021 and Jan. 17 in 2022: the text's full date says which one
    text = ("A man was sentenced Friday to 30 years for shooting a teenager on MLK Day. The teen was shot on Jan. 18, "
            "2021, outside a gym on King Street.")
    assert _day(text) == date(2021, 1, 18)
    month = "Prosecutors charged a second man in an MLK Day shooting in January 2021 that wounded two people."
    assert _day(month) == date(2021, 1, 18)


def test_an_older_full_date_of_another_day_keeps_the_latest_holiday() -> None:
    # near miss: the older full date is another event's, not the holiday's in another year
    text = ("A 16-year-old was shot on MLK Day at a park on Cedar Street. A cousin of his was wounded at the same park "
            "on Aug. 4, 2020.")
    assert _day(text) == date(2022, 1, 17)


def test_an_old_holiday_restated_by_its_full_date_is_the_incidents() -> None:
    # more than a year before the report: background, unless the text says twice that it was the shooting's day
    text = ("A man pleaded guilty Tuesday in a shooting on Thanksgiving that wounded his uncle. The shooting happened "
            "Nov. 26, 2020, at a house on Polk Street.")
    assert _day(text) == date(2020, 11, 26)


# -- what a day is of: "named a suspect", "a 911 call" ----------------------------------------------------------------


def test_naming_a_suspect_is_an_aftermath() -> None:
    text = ("Police on Monday named a suspect in a shooting two weeks ago that wounded a clerk at a store on Main "
            "Street. The clerk was shot about 9 p.m. on Feb. 28.")
    assert _role(text, "Monday") == -1
    assert _day(text) == date(2022, 2, 28)
    # near miss: a man named in the report is no aftermath
    named = "A man named Carl Reed was shot Monday night outside a store on Main Street."
    assert _role(named, "Monday night") == 1


def test_a_911_calls_day_is_the_shootings() -> None:
    text = ("The attorney general's office said police got a 911 call Saturday morning from the woman's husband. On "
            "Monday, a cleanup crew went through the house.")
    assert _role(text, "Saturday morning") == 1
    assert _day(text) == SATURDAY_BEFORE


# -- "overnight" told by the next sentence's saying -------------------------------------------------------------------


def test_overnight_with_the_next_sentences_saying_and_small_hours_is_that_day() -> None:
    text = ("Police investigated a shooting overnight on Lake Street. A woman was hit in the leg at 1:10 a.m. outside a "
            "tavern, officers said Monday.")
    assert _day(text) == date(2022, 3, 14)


def test_overnight_with_no_saying_after_it_stays_the_reports_night() -> None:
    # near miss: no weekday in the next sentence: the night before the report, as before this round
    text = "Police investigated a shooting overnight on Lake Street. A woman was hit in the leg outside a tavern."
    assert _day(text) == TUESDAY_BEFORE
