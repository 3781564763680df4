"""Seventeenth round of incident dates: a holiday or a month-day that is the shooting's day or another event's.

``eval/dates_check5.jsonl`` holds 81 invented reports where a holiday or a month-day is the shooting's day or competes
with another event's (another shooting named by its date, a New Year's Eve party whose shots came after midnight, a
photograph's date, holidays across the turn of the year); the first test pins the scores this round reached on it.
The focused tests use sentences written for them, each a rule's positive case and its near misses."""

from __future__ import annotations

from datetime import date

from eventdesk.timex import find_timexes, incident_date

from .dating import (MONDAY_BEFORE, SUNDAY_BEFORE, WEDNESDAY, assert_halves_salted, assert_set_reached, date_of as _date,
                     day_of as _day, on as _on, role_of as _role)

# reached this round (before it: set 5 rules 37, check 39)
SET_5 = {"rules": 38, "check": 42}


def test_date_check_set_5_scores(ledger) -> None:
    assert_set_reached(ledger, "5", 81, SET_5)


def test_set_5_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("5", "seventeenth-dates5:", "d17", 81)


# -- another incident named by its month-day ---------------------------------------------------------------


def test_a_separate_shootings_day_gives_way_everywhere_it_is_named() -> None:
    # "the March 2 shooting" would date a shooting on its own; "a separate shooting ... March 2" made it another's
    text = ("A 17-year-old who fired into a house on Fir Street on March 9, wounding a girl, was arrested Tuesday. "
            "Police said the pistol was used in a separate shooting March 2 on Elm Street, and he was charged in the "
            "March 2 shooting as well.")
    assert _day(_date(text)) == _on(date(2022, 3, 9))
    # near miss: the same report without "separate" dates its shooting by "the March 2 shooting"
    plain = text.replace("a separate shooting March 2", "a shooting March 2")
    assert _day(_date(plain)) == _on(date(2022, 3, 2))


def test_retaliation_for_an_earlier_shooting() -> None:
    text = ("The boy was shot in an alley on Fir Street on March 9, prosecutors said. They said the killing was "
            "retaliation for a March 2 gang shooting in which a man was killed on Elm Street.")
    assert _day(_date(text, first=False)) == _on(date(2022, 3, 9))


def test_the_earlier_incident_of_a_tally_gives_way() -> None:
    text = ("Police on Tuesday identified a man killed in a shooting that wounded three others Monday night on Fir "
            "Street. It was the city's second homicide in a week. On March 7, a woman was found shot to death in a "
            "car on Elm Street.")
    # the earlier killing's sentence holds a toll, so it is among the sentences read first
    told = text.index("On March 7")
    assert _day(incident_date(text, WEDNESDAY, sentences_first=[(told, len(text))])) == _on(MONDAY_BEFORE)


def test_a_sentence_opening_on_a_date_without_a_tally_keeps_it() -> None:
    # near miss: no tally before it, so nothing makes March 7 another incident's day
    text = ("Police on Tuesday identified a man killed in a shooting that wounded three others Monday night on Fir "
            "Street. On March 7, a woman was found shot to death in a car on Elm Street.")
    told = text.index("On March 7")
    assert _day(incident_date(text, WEDNESDAY, sentences_first=[(told, len(text))])) == _on(date(2022, 3, 7))


def test_a_month_day_without_a_cue_is_the_shootings() -> None:
    # near miss: no cue ("separate", "retaliation for") stands before the month-day
    text = "A man was charged Tuesday in the March 2 shooting on Elm Street that left a woman hurt, police said."
    assert _day(_date(text)) == _on(date(2022, 3, 2))


# -- "firing into a home" ---------------------------------------------------------------------------------


def test_firing_is_a_violent_word() -> None:
    text = ("Prosecutors say the man was firing into a house on Fir Street on March 5, hitting the boy. He is also "
            "accused of firing shots into a neighboring house on March 6; no one was hurt there.")
    assert _role(text, "March 5") == 1
    assert _day(_date(text, first=False)) == _on(date(2022, 3, 5))


# -- a holiday party whose shots came after midnight ------------------------------------------------------


def test_a_new_years_eve_party_gives_way_to_the_stated_next_day() -> None:
    text = ("The man police say shot four people at a New Year's Eve party on Fir Street was arrested today. "
            "Officers were called to the house about 3:10 a.m. Jan. 1 as the party was ending.")
    assert _day(_date(text, date(2022, 1, 17))) == _on(date(2022, 1, 1))


def test_a_new_years_eve_party_before_midnight_stays() -> None:
    # near miss: the day stated is the party's own
    text = ("The man police say shot four people at a New Year's Eve party on Fir Street was arrested today. "
            "Officers were called to the house about 11:35 p.m. Dec. 31.")
    assert _day(_date(text, date(2022, 1, 17))) == _on(date(2021, 12, 31))


def test_new_years_eve_that_is_no_occasion_keeps_its_day() -> None:
    # near miss: the holiday dates the shots, the next day only the death
    text = "A man was shot on New Year's Eve outside a store on Fir Street. He died at the hospital on Jan. 1."
    assert _day(_date(text, date(2022, 1, 17))) == _on(date(2021, 12, 31))


# -- a photograph's date ----------------------------------------------------------------------------------


def test_a_photo_captions_date_gives_way_to_the_shootings_day() -> None:
    text = ("(Photo: An officer looks over a car where a man was shot, March 2, 2022.) A woman was shot and killed "
            "Sunday evening in an apartment on Fir Street, police said.")
    assert _day(_date(text, first=False)) == _on(SUNDAY_BEFORE)


def test_a_dated_photo_gives_way() -> None:
    text = ("This March 2, 2022 photo shows the house on Fir Street where a man was shot. A woman was shot and "
            "killed Sunday evening in the house next door, police said.")
    assert _day(_date(text, first=False)) == _on(SUNDAY_BEFORE)


def test_a_photo_credit_line_after_a_date_is_no_photos_date() -> None:
    # near miss: the credit line that follows on the next line does not date the photo
    text = ("He was killed in the line of duty on March 12, 2022\nPhoto credit: County Fire Department\n"
            "Officials also noted the crash that injured a trooper on Thursday.")
    assert _day(_date(text, first=False)) == _on(date(2022, 3, 12))


# -- holidays news names ----------------------------------------------------------------------------------


def test_more_holidays_resolve() -> None:
    cases = [
        ("A man was shot on Martin Luther King Jr. Day near a parade route.", date(2022, 1, 19), date(2022, 1, 17)),
        ("A man was shot on MLK Day near a parade route.", date(2022, 1, 19), date(2022, 1, 17)),
        ("A man was shot on Presidents Day outside a bank.", date(2022, 2, 23), date(2022, 2, 21)),
        ("Shots were fired in a mall parking lot on Black Friday.", date(2021, 11, 30), date(2021, 11, 26)),
        ("A Black Friday shooting in a mall parking lot left a man hurt.", date(2021, 11, 30), date(2021, 11, 26)),
    ]
    for text, anchor, day in cases:
        assert _day(_date(text, anchor)) == _on(day), text


def test_a_holiday_titling_an_event_is_no_day() -> None:
    # near miss: without "on" or a violent noun, "Black Friday" and "MLK Day" title sales and parades
    for text in ("Black Friday deals drew crowds to the mall.", "The MLK Day parade drew crowds downtown."):
        assert find_timexes(text, date(2022, 1, 19)) == [], text


def test_a_holiday_naming_its_shootings_is_no_day() -> None:
    # near miss: "the MLK Day shootings" name a stretch of incidents, as "the Labor Day shootings" do
    text = "Police made an arrest in one of the MLK Day shootings."
    assert _date(text, date(2022, 1, 19)).precision == "days"


# -- a month-day named ahead: a court day, a service, a birthday ---------------------------------------------


def test_a_court_day_ahead_is_the_coming_one() -> None:
    # "Sept. 21" in a report of Sept. 14 would be last year's without the court word; it is next week's
    anchor = date(2022, 9, 14)
    for text in ("A man was shot and wounded on Fir Street, police said. He is due in court Sept. 21.",
                 "A man was shot on Fir Street. A hearing is Sept. 21.",
                 "A teen was shot on Fir Street. She would have turned 18 on Sept. 20."):
        assert [t.span.start.year for t in find_timexes(text, anchor)] == [2022], text
        assert _date(text, anchor).precision == "days", text  # nothing stated: the report's own day stands in


def test_a_past_shootings_month_day_in_a_trial_report_stays_last_years() -> None:
    # near miss: the court word is the trial's, further back than the date's own words
    text = "The trial of the man accused of the shooting on Sept. 21 began Monday."
    assert _day(_date(text, date(2022, 9, 14))) == _on(date(2021, 9, 21))


def test_a_hearing_already_held_stays_in_the_past() -> None:
    # near miss: a hearing's day before the report's is this year's, as before
    text = "At a hearing Sept. 9, a judge set bond for the man accused of the shooting."
    assert [t.span.start for t in find_timexes(text, date(2022, 9, 14))] == [date(2022, 9, 9)]


# -- "since Jan. 1" ----------------------------------------------------------------------------------------


def test_a_tallys_start_is_never_the_incidents_day() -> None:
    anchor = date(2022, 9, 14)
    for text in ("A man was found shot to death in a car on Fir Street, the city's 41st homicide since Jan. 1, "
                 "police said.",
                 "A man was killed on Fir Street. Since Aug. 1, six people have been shot on the street."):
        assert _date(text, anchor).precision == "days", text


def test_a_run_of_shootings_since_an_earlier_one_gives_way() -> None:
    text = ("A man was killed in a shooting on Fir Street over the weekend. It was the second shooting on the block "
            "since Aug. 20, when a woman was wounded.")
    assert _date(text, date(2022, 9, 14), first=False).start == date(2022, 9, 10)


def test_a_condition_since_a_day_alone_still_dates_it() -> None:
    # near miss: no count and no other day; the day the condition began is the only one given
    text = "A man who had been in critical condition since Aug. 20 died Tuesday at the hospital."
    assert _day(_date(text, date(2022, 9, 14))) == _on(date(2022, 8, 20))
