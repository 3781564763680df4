"""Thirtieth round of incident dates: the leftovers a study of the SemEval dev documents dated a day or more off found
beyond sets 1-14 (the words of a sentence whose saying is dated before the report: "early this morning, police said
Sunday", "late last night, police said Saturday", "just before midnight, police said Sunday"; a clause whose facts
come "according to an arrest warrant").

``eval/dates_check15.jsonl`` holds 60 invented reports of those kinds, of spans settled elsewhere, follow-ups weeks
later, roundups, "between" spans, settled "overnight" and "over the weekend", and their near misses; the first test pins
the scores this round reached on it.  The focused tests use reports and sentences written for them, each a rule's
positive case and its near misses."""

from __future__ import annotations

from datetime import date

from eventdesk.timex import incident_date

from .dating import MONDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, assert_halves_salted, assert_set_reached
from .dating import role_of as _role

# reached this round (before it: set 15 rules 21, check 27); the rules half 27 since the thirty-first round
SET_15 = {"rules": 27, "check": 28}
FRIDAY_BEFORE = date(2022, 3, 11)


def test_date_check_set_15_scores(ledger) -> None:
    assert_set_reached(ledger, "15", 60, SET_15)


def test_set_15_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("15", "thirtieth-dates15:", "d30", 60)


def _span(text: str, anchor=WEDNESDAY) -> tuple:
    span = incident_date(text, anchor)
    return span.start, span.end


# -- the telling's own day: "this morning" or "last night" beside a saying dated before the report -------------------


def test_this_morning_beside_a_sayings_weekday_is_that_day() -> None:
    text = ("Two teenagers were wounded when someone fired into a house party on Wood Lane around 1:30 this morning, "
            "police said Monday. Neither wound was life-threatening.")
    assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE)
    early = "A man was shot outside a diner on Cole Street early this morning, police said Tuesday."
    assert _span(early) == (TUESDAY_BEFORE, TUESDAY_BEFORE)


def test_this_morning_with_no_earlier_saying_stays_the_reports() -> None:
    # near misses: no weekday to the saying, or the report's own weekday: the report's day
    bare = "A woman was shot in the arm on Hill Street early this morning, police said. She was expected to recover."
    assert _span(bare) == (WEDNESDAY, WEDNESDAY)
    own = "A woman was shot in the arm on Hill Street early this morning, police said Wednesday."
    assert _span(own) == (WEDNESDAY, WEDNESDAY)


def test_late_last_night_beside_a_sayings_weekday_is_the_night_before_it() -> None:
    text = "A man sitting on his porch on Olney Street was shot in the shoulder late last night, police said Tuesday."
    assert _span(text)[0] == MONDAY_BEFORE


# -- a night's first half in words beside a saying's weekday ----------------------------------------------------------


def test_just_before_midnight_told_by_a_sayings_weekday_is_the_day_before() -> None:
    text = "A 16-year-old boy was shot in the hand on Delmar Street just before midnight, police said Tuesday."
    assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE)
    quarter = "A man was shot outside a bar on Fifth Street at about a quarter to midnight, police said Tuesday."
    assert _span(quarter) == (MONDAY_BEFORE, MONDAY_BEFORE)
    words = "A woman was wounded in a drive-by shooting on Pearl Street around half past ten, police said Tuesday."
    assert _span(words) == (MONDAY_BEFORE, MONDAY_BEFORE)
    clock = "A 16-year-old boy was shot in the hand on Delmar Street about 11:50 p.m., police said Tuesday."
    assert _span(clock) == (MONDAY_BEFORE, MONDAY_BEFORE)


def test_the_small_hours_or_the_shootings_own_weekday_keep_the_day() -> None:
    # near misses: after midnight is the telling's day; a morning's hour in words too; a weekday of the shots' own
    after = "Two men were shot outside the Blue Heron lounge shortly after midnight, police said Tuesday."
    assert _span(after) == (TUESDAY_BEFORE, TUESDAY_BEFORE)
    morning = "A clerk was shot at a gas station on Ridge Avenue at half past ten in the morning, police said Tuesday."
    assert _span(morning) == (TUESDAY_BEFORE, TUESDAY_BEFORE)
    own = "A man was shot on Elm Street shortly before midnight Monday, police said Tuesday."
    assert _span(own) == (MONDAY_BEFORE, MONDAY_BEFORE)
    # and an evening's hour before the late evening stays a guess of the telling's day, as before this round
    early_evening = "A boy was shot on Delmar Street about 7:50 p.m., police said Tuesday."
    assert _span(early_evening) == (TUESDAY_BEFORE, TUESDAY_BEFORE)


# -- "according to an arrest warrant" --------------------------------------------------------------------------------


def test_a_clause_according_to_an_arrest_warrant_is_the_shootings() -> None:
    text = ("Police have arrested a second suspect in a robbery at a motel on Harlan Road that left one man dead last "
            "week. According to an arrest warrant, the two men went to the motel around 1:30 p.m. on Friday and opened "
            "fire in the lobby.")
    assert _role(text, "Friday") == 1
    assert _span(text, TUESDAY_BEFORE) == (FRIDAY_BEFORE, FRIDAY_BEFORE)


def test_an_arrest_warrant_of_its_own_keeps_the_aftermaths_day() -> None:
    # near miss: the warrant is the clause's own act, not its source
    text = "Detectives obtained an arrest warrant Friday for the two men who shot a clerk at a motel on Harlan Road."
    assert _role(text, "Friday") == -1
