"""Follow-up stories: the incident's date beats the arrest's, the court's and the funeral's."""

from __future__ import annotations

from datetime import date

import pytest

from eventdesk.timex import find_timexes, incident_date

TUESDAY = date(2021, 9, 14)  # a Tuesday


@pytest.mark.parametrize(
    "phrase, anchor, day",
    [
        ("Fireworks ended early after the Fourth of July brawl.", TUESDAY, date(2021, 7, 4)),
        ("They met at a barbecue on the 4th of July.", TUESDAY, date(2021, 7, 4)),
        ("The bar was packed on New Year's Eve.", date(2022, 1, 3), date(2021, 12, 31)),
        ("Relatives gathered on Christmas Day.", date(2022, 1, 10), date(2021, 12, 25)),
        ("The porch lights were on for Halloween night.", date(2021, 11, 2), date(2021, 10, 31)),
        ("Traffic was heavy on Thanksgiving.", date(2021, 12, 1), date(2021, 11, 25)),
        ("The lake was crowded on Memorial Day.", date(2021, 6, 2), date(2021, 5, 31)),
        ("Crowds lined the river on Labor Day.", TUESDAY, date(2021, 9, 6)),
        # the plural's "s" is dropped for the lookup, as for Mother's and Father's Day (a KeyError until the tenth session)
        ("The parade was cancelled on Veterans Day.", date(2021, 11, 15), date(2021, 11, 11)),
        ("Flowers were laid on Mothers Day.", date(2021, 5, 12), date(2021, 5, 9)),
    ],
)
def test_holidays_are_dates(phrase: str, anchor: date, day: date) -> None:
    spans = [t.span for t in find_timexes(phrase, anchor)]
    assert [(s.start, s.end) for s in spans] == [(day, day)]


def test_holiday_violence_beats_the_arrest_day() -> None:
    text = ("Detained Monday in the Fourth of July shooting outside a corner store was a 19-year-old "
            "from the east side, detectives said.")
    span = incident_date(text, TUESDAY, sentences_first=[(0, len(text))])
    assert span.start == date(2021, 7, 4)


def test_date_after_the_violent_noun_and_its_victim() -> None:
    text = ("A courier was picked up for a street robbery on Sept. 9. Detectives say the pistol he carried "
            "is the one used in the shooting of a teenage cyclist back on Aug. 28.")
    span = incident_date(text, TUESDAY)
    assert span.start == date(2021, 8, 28)


def test_date_after_during_the_shootout() -> None:
    text = ("Two brothers who robbed a bank were picked up Friday. Their cousin and a deputy were killed "
            "during the gunfight Aug. 30, 2021, outside a motel.")
    span = incident_date(text, TUESDAY, sentences_first=[(0, 52)])
    assert span.start == date(2021, 8, 30)


def test_a_year_with_a_violent_noun_beats_the_verdict_day() -> None:
    text = ("Jurors convicted a 30-year-old man Thursday in connection with a 2019 shooting at a "
            "nightclub that wounded five people.")
    span = incident_date(text, TUESDAY, sentences_first=[(0, len(text))])
    assert (span.start, span.end) == (date(2019, 1, 1), date(2019, 12, 31))


def test_an_old_month_with_a_violent_noun_beats_the_sentencing_day() -> None:
    text = ("The hearing was postponed Monday for the man found guilty over the May 2019 shootout "
            "at a gas station.")
    span = incident_date(text, TUESDAY, sentences_first=[(0, len(text))])
    assert (span.start, span.end) == (date(2019, 5, 1), date(2019, 5, 31))


def test_an_old_shooting_does_not_beat_a_new_incident_day() -> None:
    text = ("A woman was shot Sunday night on Elm Street. Her brother died in a 2018 shooting "
            "two blocks away.")
    span = incident_date(text, TUESDAY)
    assert span.start == date(2021, 9, 12)


def test_a_bare_year_count_is_no_date() -> None:
    assert find_timexes("Officers logged 2019 shootings across the county.", TUESDAY) == []


@pytest.mark.parametrize(
    "phrase",
    ["Patrols doubled over the Memorial Day holiday weekend.", "The Fourth of July shootings kept detectives busy."],
)
def test_a_holiday_naming_a_stretch_of_days_is_no_day(phrase: str) -> None:
    assert find_timexes(phrase, TUESDAY) == []


def test_a_street_initial_does_not_cut_the_sentence() -> None:
    text = ("A week after a cashier was shot and killed outside a pharmacy in the 300 block of N. Oak Avenue "
            "on Sept. 2.\nSaturday night near the pharmacy, a suspect in the shooting was arrested.")
    span = incident_date(text, TUESDAY)
    assert span.start == date(2021, 9, 2)


def test_the_dated_death_names_the_incident() -> None:
    text = ("Relatives wept Monday as the prosecutor announced no charges. She called the boy's Aug. 3 "
            "death a tragic accident.")
    span = incident_date(text, TUESDAY, sentences_first=[(0, 61)])
    assert span.start == date(2021, 8, 3)


def test_an_interview_day_is_aftermath() -> None:
    text = ("A girl accidentally shot herself at her grandmother's house in July. The chief discussed "
            "the case in an interview Sept. 8.")
    span = incident_date(text, TUESDAY)
    assert (span.start, span.end) == (date(2021, 7, 1), date(2021, 7, 31))
