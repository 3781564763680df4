"""Fourteenth round of incident dates: short numeric dates ("3/12/22", "3-12-22", "on 3/12"), a day of the
month alone ("the shooting on the 12th"), and a short numeric date on the report's own day taken as the page's
stamp.

``eval/dates_check2.jsonl`` holds 130 invented, longer shooting reports (trial, arraignment and funeral
follow-ups, update stamps, same-weekday reports, numeric dates, days of the month, near misses); the first
test pins the scores this round reached on it and on set 1.  The focused tests use sentences written for
them, each a rule's positive case and its near misses."""

from __future__ import annotations

from datetime import date

import pytest

from eval import check_sets, dates_check

from .dating import TUESDAY_BEFORE, dates_check_scores, date_of as _date, day_of as _day, role_of as _role

# reached this round (before it: set 1 rules 58, check 58; set 2 rules 60, check 51)
SET_1 = {"rules": 59, "check": 58}
SET_2 = {"rules": 72, "check": 53}


@pytest.mark.parametrize("name, reached", [("1", SET_1), ("2", SET_2)])
def test_date_check_set_scores(ledger, name: str, reached: dict) -> None:
    rows, scores = dates_check_scores(ledger, name)
    assert rows == 130
    for half, day in reached.items():
        assert scores[half]["day"] >= day, (name, scores)


def test_set_2_halves_use_their_own_salt() -> None:
    assert dates_check.half("d14-001", "fourteenth-dates2:") == check_sets.first_digit_half("fourteenth-dates2:", "d14-001")
    assert {dates_check.half(f"d14-{i:03d}", "fourteenth-dates2:") for i in range(1, 131)} == {"rules", "check"}
    # set 1 keeps its halves
    assert dates_check.half("d13-001") == check_sets.first_digit_half("thirteenth-dates13:", "d13-001")


def test_the_command_line_knows_its_sets() -> None:
    # round 15 added set 3; an unknown set is still refused
    assert {"1", "2"} <= set(dates_check.SETS)
    with pytest.raises(SystemExit):
        dates_check.main(["--set", "99"])


# -- short numeric dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police released a report Wednesday on the shooting. A man was shot 3/12/22 at about 11 p.m. outside a bar on Fir Street.",
        "Police released a report Wednesday on the shooting. A man was shot 3-12-22 at about 11 p.m. outside a bar on Fir Street.",
        "Police released a report Wednesday on the shooting. A man was shot on 3/12 at about 11 p.m. outside a bar on Fir Street.",
    ],
)
def test_a_short_numeric_date_is_the_incidents_day(text: str) -> None:
    assert _day(_date(text)) == (date(2022, 3, 12), date(2022, 3, 12), "day")


@pytest.mark.parametrize(
    "text",
    [
        # a birth date is no incident's year
        "A man was shot Tuesday outside a bar on Fir Street. Jail records list his birth date as 07/19/98.",
        # a year-less number without "on" is a fraction or a score as often as a date
        "A man was shot Tuesday outside a bar on Fir Street. About 3/4 of the block lost power.",
        "A man was shot Tuesday outside a bar on Fir Street. The home team had won 3/12 of its games.",
        "A man was shot Tuesday outside a bar on Fir Street. Police fired on 3/4 of the block's porches, a witness said.",
        # dashes need the year: an emergency number, a range
        "A man was shot Tuesday outside a bar on Fir Street. A neighbor called 9-1-1 and waited 6-8 minutes.",
    ],
)
def test_numbers_that_are_no_date_leave_the_day_alone(text: str) -> None:
    assert _day(_date(text)) == (TUESDAY_BEFORE, TUESDAY_BEFORE, "day")


def test_a_short_numeric_date_on_the_reports_day_is_its_stamp() -> None:
    # "3/16/22" on the report's own day is a caption's or an update's stamp, not the shooting's day
    text = ("3/16/22 (Dana Ruiz | KXYZ) A clerk was wounded by gunfire during a robbery at the store. "
            "The owner said the robbery happened Tuesday evening.")
    assert _date(text).start == TUESDAY_BEFORE


# -- a day of the month alone -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, day",
    [
        ("Police said Wednesday they arrested a man in the shooting on the 12th that wounded a cashier.", date(2022, 3, 12)),
        ("Investigators say the suspect was at the party on the night of the 28th, when a guest was shot.", date(2022, 2, 28)),
        ("Detectives charged a man in the shooting on the 5th, police said.", date(2022, 3, 5)),
    ],
)
def test_a_day_of_the_month_alone_is_the_incidents_day(text: str, day: date) -> None:
    assert _day(_date(text)) == (day, day, "day")


@pytest.mark.parametrize(
    "text",
    [
        "A man was shot Tuesday in an apartment on the 14th floor of the Elm Tower.",
        "A man was shot Tuesday on the 14th Street bridge, police said.",
        "A man killed Tuesday was the city's 14th homicide of the year.",
    ],
)
def test_an_ordinal_that_counts_or_names_is_no_day(text: str) -> None:
    assert _day(_date(text)) == (TUESDAY_BEFORE, TUESDAY_BEFORE, "day")
