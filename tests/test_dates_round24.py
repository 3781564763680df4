"""Twenty-fourth round of incident dates: the kinds a study of the SemEval dev documents dated a day or more off found
beyond sets 1-8 (a roundup whose later paragraphs name no day, a status's or an aftermath's day before the shooting's
weekday).

``eval/dates_check9.jsonl`` holds 70 invented reports of those kinds and their near misses; the first test pins the
scores this round reached on it.  The focused tests use reports and sentences written for them, each a rule's positive
case and its near misses."""

from __future__ import annotations

from datetime import date

from eventdesk.models import Report

from .dating import (SATURDAY_BEFORE, SUNDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, assert_halves_salted,
                     assert_set_reached, date_of as _date, day_of as _day, on as _on, role_of as _role)

# reached this round (before it: set 9 rules 28, check 35)
SET_9 = {"rules": 30, "check": 37}


def test_date_check_set_9_scores(ledger) -> None:
    assert_set_reached(ledger, "9", 70, SET_9)


def test_set_9_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("9", "twenty-fourth-dates9:", "d24", 70)


def _days(ledger, text: str, published: date = WEDNESDAY) -> list[date]:
    [(_, _, mentions)] = list(ledger.analyze([Report(id="r", title="Shootings", text=text, published=published)]))
    return [m.date.start for m in mentions]


# -- a roundup's later paragraphs that name no day -----------------------------------------------------------------

_ROUNDUP = ("DAYTON, Ohio \u2014 Police are investigating two separate shootings that left five people wounded Sunday night.\n"
            "The first shooting happened around 9:40 p.m. in the 1900 block of Salem Avenue, police said. Three men standing "
            "outside a house were shot, two in the legs and one in the arm.\n"
            "The second shooting was reported around 11 p.m. on Hoover Avenue. {second}")


def test_a_roundups_paragraphs_that_name_no_day_tell_the_leads_day(ledger) -> None:
    text = _ROUNDUP.format(second="Two women sitting in a parked car were wounded and taken to a hospital.")
    days = _days(ledger, text)
    assert len(days) >= 2 and set(days) == {SUNDAY_BEFORE}, days


def test_a_roundups_paragraph_with_its_own_day_keeps_it(ledger) -> None:
    # near miss: the second paragraph names its own day, which stands
    text = _ROUNDUP.replace("around 11 p.m. on Hoover", "around 1 a.m. Tuesday on Hoover").format(
        second="Two women sitting in a parked car were wounded and taken to a hospital.")
    assert TUESDAY_BEFORE in _days(ledger, text)


def test_a_lead_without_a_day_leaves_the_reports_own(ledger) -> None:
    # near miss: with no day in the lead the later paragraphs keep the report's own guess, as before (since round 25
    # the guess of a report whose clock times are all the evening's, 9:40 and 11 p.m., is the day before it)
    text = _ROUNDUP.replace(" Sunday night.", ".").format(
        second="Two women sitting in a parked car were wounded and taken to a hospital.")
    assert set(_days(ledger, text)) == {TUESDAY_BEFORE}


# -- a holiday's violence, then "again" on a later day ---------------------------------------------------------------

_LABOR_DAY_WEEK = date(2022, 9, 8)  # a Thursday; Labor Day 2022 was Monday, Sept. 5


def test_a_holidays_shootings_before_gunfire_again_are_the_first_of_two() -> None:
    text = "After several shootings on Labor Day, gunfire erupted again in South Los Angeles on Wednesday, wounding four."
    assert _day(_date(text, _LABOR_DAY_WEEK)) == _on(date(2022, 9, 7))


def test_a_holiday_shooting_without_again_keeps_its_day() -> None:
    # near miss: the holiday is the shooting's, a later weekday only the telling's
    text = "A man was shot on Labor Day outside a bar on Main Street. Police said Wednesday he was doing well."
    assert _day(_date(text, _LABOR_DAY_WEEK)) == _on(date(2022, 9, 5))


# -- "still at large Monday" ---------------------------------------------------------------------------------------


def test_the_day_a_gunman_is_still_at_large_is_an_aftermaths() -> None:
    text = "The gunman, who was still at large Monday, opened fire Sunday evening in front of a deli, wounding two."
    assert _role(text, "Monday") == -1
    assert _day(_date(text)) == _on(SUNDAY_BEFORE)


def test_at_large_before_the_violent_verb_leaves_its_day_alone() -> None:
    # near miss: the day follows the violent verb, nearer than "at large"
    text = "Police said the gunman, still at large, opened fire Monday outside a deli on Elm Street."
    assert _role(text, "Monday") == 1


# -- a weekday opening its sentence before the violence's own day ---------------------------------------------------


def test_an_opening_weekday_before_a_violent_words_day_is_the_clauses() -> None:
    text = ("On Sunday, all four people hurt in a shooting outside a bar late Saturday were listed in stable condition, "
            "the sheriff's office said.")
    assert _role(text, "Sunday") == 0
    assert _day(_date(text)) == _on(SATURDAY_BEFORE)


def test_an_opening_weekday_of_the_violence_keeps_its_day() -> None:
    # near misses: the later weekday follows an aftermath word, or the sentence names no other day
    said = "On Sunday, four people were shot outside a bar, and police said Monday that two remain in critical condition."
    assert _day(_date(said)) == _on(SUNDAY_BEFORE)
    died = "On Sunday, a man was shot outside a bar on Elm Street. He died Monday."
    assert _day(_date(died)) == _on(SUNDAY_BEFORE)
