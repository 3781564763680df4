"""Nineteenth round of incident dates: a month-day or a holiday of an earlier event, holidays the rules did not know,
a holiday's year and its eve's midnight.

``eval/dates_check7.jsonl`` holds 72 invented reports in the kinds a document-date profile showed dated too early (an
earlier event's month-day or holiday, a month-day in the wrong year, reports weeks later), both ways; the first test
pins the scores this round reached on it.  The focused tests use sentences written for them, each a rule's positive
case and its near misses."""

from __future__ import annotations

from datetime import date

from eventdesk.timex import find_timexes

from .dating import (SUNDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, assert_halves_salted, assert_set_reached,
                     date_of as _date, day_of as _day, on as _on, role_of as _role)

# reached this round (before it: set 7 rules 26, check 26)
SET_7 = {"rules": 34, "check": 30}


def test_date_check_set_7_scores(ledger) -> None:
    assert_set_reached(ledger, "7", 72, SET_7)


def test_set_7_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("7", "nineteenth-dates7:", "d19", 72)


# -- holidays the rules did not know ------------------------------------------------------------------------------


def test_holidays_named_by_their_own_names() -> None:
    cases = [
        ("A man was charged Monday in a Juneteenth shooting outside a park pavilion.", date(2021, 7, 1), date(2021, 6, 19)),
        ("Two men were wounded at a Cinco de Mayo festival on Pine Street, police said Monday.", date(2021, 5, 10),
         date(2021, 5, 5)),
        ("A man was wounded on Mardi Gras day near the parade route, police said Monday.", date(2022, 3, 7),
         date(2022, 3, 1)),
        ("A teen was arraigned Monday in the St. Patrick's Day shooting of a bartender.", date(2022, 3, 29),
         date(2022, 3, 17)),
        ("A woman was arraigned Monday in the Columbus Day shooting of her landlord.", date(2021, 10, 18),
         date(2021, 10, 11)),
        ("Police identified Monday the man shot early New Year's morning outside a lounge on Vale Road.", date(2022, 1, 10),
         date(2022, 1, 1)),
        ("Police arrested a man Tuesday in a shooting on the night of the Fourth that wounded a boy at a lake.",
         date(2021, 7, 14), date(2021, 7, 4)),
    ]
    for text, anchor, day in cases:
        assert _day(_date(text, anchor)) == _on(day), text


def test_a_holidays_parade_or_a_precinct_is_no_date() -> None:
    # near misses: a parade named for a holiday is held on other days ("a St. Patrick's Day parade" in Saturday's
    # sentence); "the Fourth District" is a precinct
    text = "A man was shot Saturday night after the St. Patrick's Day parade on Pine Street, police said."
    assert _day(_date(text, date(2022, 3, 15))) == _on(date(2022, 3, 12))
    precinct = "A man was shot Tuesday in the Fourth District, police said."
    assert _day(_date(precinct)) == _on(TUESDAY_BEFORE)


# -- a holiday's year, and a holiday something is for -------------------------------------------------------------


def test_a_holidays_occasion_told_in_a_year_takes_that_years_holiday() -> None:
    # "a Christmas Eve party in 2019" is that year's Christmas Eve: background, below this week's shooting
    text = ("A man charged in a shooting at a Christmas Eve party in 2019 was shot and wounded early Sunday outside a "
            "store on Ash Street, police said.")
    assert _day(_date(text)) == _on(SUNDAY_BEFORE)
    # near miss: no year told, the latest Christmas Eve stands
    plain = "A man shot at a Christmas Eve party on Ash Street has died, police said Monday."
    assert _day(_date(plain, date(2022, 1, 4))) == _on(date(2021, 12, 24))


def test_a_holiday_a_thing_is_for_dates_nothing() -> None:
    text = "A man buying flowers for Mother's Day was shot and wounded Saturday afternoon outside a florist on Elm Street."
    assert _day(_date(text, date(2022, 5, 10))) == _on(date(2022, 5, 7))
    # near miss: "for the Christmas Eve shooting" dates the shooting
    charged = "A 20-year-old was charged Monday for the Christmas Eve shooting of a clerk on Oak Street."
    assert _day(_date(charged, date(2022, 1, 5))) == _on(date(2021, 12, 24))


# -- an earlier event's month-day and the shooting's own day ------------------------------------------------------


def test_an_acquittals_month_day_is_an_aftermath() -> None:
    text = "A man acquitted on March 2 of a robbery was shot Sunday night outside his apartment on Birch Road."
    assert _role(text, "March 2") == -1
    assert _day(_date(text)) == _on(SUNDAY_BEFORE)
    # near miss: the month-day a shooting verb dates stays the incident's
    shot = "A man shot on March 2 outside his apartment on Birch Road died Sunday night."
    assert _role(shot, "March 2") == 1


def test_a_date_after_a_charges_gerund_and_its_object_is_the_shootings() -> None:
    text = ("A man arrested on March 1 for a bar fight was charged Tuesday with shooting a 40-year-old man early Sunday "
            "outside a diner on Pine Street.")
    assert _role(text, "early Sunday") == 1
    assert _day(_date(text)) == _on(SUNDAY_BEFORE)
    # near miss: the charge's own day ("charged Tuesday with murder") stays an aftermath
    assert _role("A man was charged with murder Tuesday, police said.", "Tuesday") == -1


def test_a_robbery_a_shooting_got_back_at_is_another_incident() -> None:
    text = ("Prosecutors say a 20-year-old shot a man on March 9 to get back at him for a Feb. 20 robbery in which he lost "
            "his car keys.")
    assert _day(_date(text)) == _on(date(2022, 3, 9))
    # near miss: a robbery whose date nothing marks as another's is the report's incident
    robbery = "Police said a clerk was shot during a Feb. 20 robbery at a store on Pine Street."
    assert _day(_date(robbery)) == _on(date(2022, 2, 20))


def test_violence_told_as_coming_again_makes_the_first_days_month_day_another_incident() -> None:
    text = ("On Feb. 27, someone fired into a car parked on Hazel Street, hurting no one. On Monday night, the same car "
            "was hit again, and this time a 19-year-old inside was wounded, police said.")
    assert _day(_date(text, first=False)) == _on(date(2022, 3, 14))
    # near miss: no "again": the month-day a violent verb dates stays first
    once = ("On Feb. 27, someone fired into a car parked on Hazel Street, wounding a 19-year-old. On Monday night, "
            "detectives searched a house on Hazel Street.")
    assert _day(_date(once, first=False)) == _on(date(2022, 2, 27))



def test_again_in_the_same_sentence_makes_the_earlier_month_day_another_incident() -> None:
    text = "A man who was shot on March 2 in a dispute was wounded again Sunday night on Elm Street, police said."
    assert _day(_date(text)) == _on(SUNDAY_BEFORE)
    # near miss: no "again": the first day a violent verb dates stays
    once = "A man who was shot on March 2 on Elm Street was wounded Sunday night on Elm Street, police said."
    assert _day(_date(once)) == _on(date(2022, 3, 2))


def test_a_month_day_told_in_the_past_perfect_before_a_later_shooting_is_another_incident() -> None:
    text = ("Police said the victim had been shot before, on Jan. 9, near the same corner. He was shot Sunday night on "
            "Elm Street and is in stable condition.")
    assert _day(_date(text)) == _on(SUNDAY_BEFORE)
    # near misses: a death or an arrest after it is no second shooting: the past perfect's day is the incident's
    died = "Police said the victim had been shot on Jan. 9 near the same corner. He died Sunday night at a hospital."
    assert _day(_date(died)) == _on(date(2022, 1, 9))
    arrest = "The man had been shot on March 9 outside a bar. A second man was arrested Sunday in the shooting."
    assert _day(_date(arrest)) == _on(date(2022, 3, 9))

# -- an eve's midnight --------------------------------------------------------------------------------------------


def test_minutes_after_midnight_on_an_eve_is_the_next_day() -> None:
    text = ("A man was killed by a stray bullet minutes after midnight as he stood in his yard on Cedar Street. Police "
            "believe someone fired into the air to celebrate New Year's Eve.")
    assert _day(_date(text, date(2022, 1, 3))) == _on(date(2022, 1, 1))
    # near misses: an evening hour keeps the eve; an eve with no hour stays the eve
    evening = ("A man was shot about 11:40 p.m. on New Year's Eve in his yard on Cedar Street, minutes before a "
               "neighbor's party went on just after midnight.")
    assert _day(_date(evening, date(2022, 1, 3))) == _on(date(2021, 12, 31))
    plain = "A man was shot on New Year's Eve in his yard on Cedar Street."
    assert _day(_date(plain, date(2022, 1, 3))) == _on(date(2021, 12, 31))


# -- a month-day's year -------------------------------------------------------------------------------------------


def test_a_comma_set_apart_still_joins_a_weekday_or_a_year_to_its_month_day() -> None:
    # tokenised text writes "Oct. 25 , 1993" and "Tuesday , April 19": the year and the weekday still count
    text = "Police said the man had been sentenced on Oct. 25 , 1993 for a robbery."
    assert [t.span.start for t in find_timexes(text, WEDNESDAY)] == [date(1993, 10, 25)]
    visitation = "A visitation will be held on Tuesday , April 19 at a chapel on Elm Street."
    assert [t.span.start for t in find_timexes(visitation, date(2016, 4, 17))] == [date(2016, 4, 19)]
    # near miss: a comma then a count is no year
    count = "On Oct. 25 , 20 people were evacuated."
    assert [t.span.start for t in find_timexes(count, WEDNESDAY)] == [date(2021, 10, 25)]

