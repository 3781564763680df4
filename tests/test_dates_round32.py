"""Thirty-second round of incident dates: the leftovers a study of the SemEval dev documents dated a day or more off
found beyond sets 1-16 (a weekday in a future clause whose verb stands before a clock time, "will be held from noon to
8 p.m. Monday", or far before "until", "will keep her on life support until Sunday"; an update's or a breaking line's
own weekday in brackets, "BREAKING (Thursday, 4:02 p.m.):"; a year-less month/day right after a violent noun, "the
fatal shooting 9/2 of a man"; the shots told as "the night before" or "the day before" a death's day).

``eval/dates_check17.jsonl`` holds 61 invented reports of those kinds, of follow-ups, spans and a non-violent "ago" and
their near misses; the first test pins the scores this round reached on it.  The focused tests use reports and
sentences written for them, each a rule's positive case and its near misses."""

from __future__ import annotations

from datetime import date

from eventdesk.timex import incident_date

from .dating import (MONDAY_BEFORE, SATURDAY_BEFORE, SUNDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, assert_halves_salted,
                     assert_set_reached)
from .dating import role_of as _role

# reached this round (before it: set 17 rules 22, check 23)
SET_17 = {"rules": 29, "check": 27}


def test_date_check_set_17_scores(ledger) -> None:
    assert_set_reached(ledger, "17", 61, SET_17)


def test_set_17_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("17", "thirty-second-dates17:", "d32", 61)


def _day(text: str, anchor=WEDNESDAY) -> date | None:
    return incident_date(text, anchor).start


# -- a future clause's weekday ----------------------------------------------------------------------------------------


def test_a_clock_time_between_a_future_verb_and_its_weekday_keeps_it_ahead() -> None:
    visitation = ("Visitation for a boy shot and killed by a friend will be held from noon to 8 p.m. Monday at a "
                  "funeral home. The boy was shot Tuesday afternoon at a home on Elm Street.")
    assert _day(visitation) == TUESDAY_BEFORE
    services = ("Services for a teenager killed in a shooting on Dale Street will be held at 11 a.m. Saturday at a "
                "church. He was shot Tuesday afternoon near a basketball court.")
    assert _day(services) == TUESDAY_BEFORE
    wake = ("A wake for a clerk shot during a robbery on Main Street will take place from 4 to 7 p.m. Sunday, his "
            "family said. He was killed shortly after 9 p.m. Monday.")
    assert _day(wake) == MONDAY_BEFORE
    # the hour told in words: "at 11 in the morning"
    words = ("Services for a teenager killed in a shooting on Dale Street will be held at 11 in the morning Saturday. "
             "He was shot Tuesday afternoon near a basketball court.")
    assert _day(words) == TUESDAY_BEFORE


def test_a_past_act_told_with_a_clock_time_stays_past() -> None:
    # near misses: the clock and the weekday belong to the shots, the future verb comes after them or is another's
    assert _day("A man shot at 11 p.m. Saturday will recover, police said.") == SATURDAY_BEFORE
    assert _day("Police will not say why a man was shot at 9 p.m. Sunday outside a bar.") == SUNDAY_BEFORE


def test_until_a_weekday_in_a_future_clause_is_ahead() -> None:
    text = ("A girl who was shot in the head during an argument was declared brain-dead at 5:10 p.m. Tuesday, although "
            "the family will keep her on life support until Sunday so her organs can be donated.")
    assert _day(text) == TUESDAY_BEFORE
    # with no other day named the report's own day stands in, not the Sunday before it
    alone = ("A girl was shot in the head during an argument. The family will keep her on life support until Sunday so "
             "her organs can be donated, her uncle said.")
    assert _day(alone) == WEDNESDAY
    # near miss: a stay that ended in the past
    assert _day("A man who was shot stayed in the hospital until Sunday, police said.") == SUNDAY_BEFORE


# -- an update's own weekday in brackets ------------------------------------------------------------------------------


def test_an_update_lines_bracketed_weekday_is_the_pages_own() -> None:
    text = ("BREAKING (Thursday, 4:02 p.m.): The girl has died, her aunt said. She was shot in the head late Monday on "
            "Lane Street.")
    assert _role(text, "Thursday") == -2
    assert _day(text) == MONDAY_BEFORE
    assert _role("UPDATE (Tuesday): A man shot on Lane Street has died.", "Tuesday") == -2
    assert _role("BREAKING (Thursday, 4:02 in the afternoon): The girl has died.", "Thursday") == -2


def test_a_bracketed_weekday_of_no_update_is_the_shots() -> None:
    # near miss: brackets after no update word
    text = "Shots were fired in a fight (Monday, 9 p.m.) outside a bar on Lane Street."
    assert _role(text, "Monday") != -2
    assert _day(text) == MONDAY_BEFORE


# -- a month/day after a violent noun ---------------------------------------------------------------------------------


def test_a_month_day_right_after_a_violent_noun_is_the_shootings() -> None:
    text = "Police arrested a man Tuesday in the fatal shooting 3/2 of a woman outside a store on Pine Street."
    assert _day(text) == date(2022, 3, 2)
    assert _day("Prosecutors on Monday charged a man in the shooting 3/5 that killed a clerk.") == date(2022, 3, 5)


def test_a_fraction_stays_a_fraction() -> None:
    # near misses: "of a mile" after a violent noun, and "3/4 of" with no violent noun before it
    assert _day("The shooting 3/4 of a mile from the school wounded a man Monday.") == MONDAY_BEFORE
    assert _day("Police said 3/4 of the block was closed after a man was shot Monday.") == MONDAY_BEFORE


# -- the night before a death -----------------------------------------------------------------------------------------


def test_shots_the_night_or_day_before_a_death_are_a_day_earlier() -> None:
    same = ("A boy died Sunday morning after being shot on Park Avenue at around 8:30 p.m. the night before, police "
            "said.")
    assert _day(same) == SATURDAY_BEFORE
    nxt = ("A woman who was found shot in her car on Bell Road died Tuesday. She had been shot the day before, police "
           "said.")
    assert _day(nxt) == MONDAY_BEFORE
    place = "A man died Tuesday at a hospital. He had been shot the evening before outside his home on Elm Street."
    assert _day(place) == MONDAY_BEFORE


def test_the_night_before_another_day_or_without_shots_counts_nothing_back() -> None:
    # near misses: the night before an occasion, and a night before with no violence told
    party = ("A teenager shot at a house party the night before his graduation died Monday, police said. The party on "
             "Birch Street was Saturday night.")
    assert _day(party) == SATURDAY_BEFORE
    assert _day("A man died Tuesday at his home. He had been at a party the night before, his wife said.") == (
        TUESDAY_BEFORE)
