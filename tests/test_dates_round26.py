"""Twenty-sixth round of incident dates: the kinds a study of the SemEval dev documents dated a day off or as a span
found beyond sets 1-10 ("overnight" told by a midnight word or naming a stay, "over the weekend" in the weekend's own
Saturday report, a death's day told with its clock time, a telling's day at a news conference or opening a saying, "By
Monday," a line break inside a sentence, a status's opener after an evening clock time).

``eval/dates_check11.jsonl`` holds 60 invented reports of those kinds and their near misses; the first test pins the
scores this round reached on it.  The focused tests use reports and sentences written for them, each a rule's positive
case and its near misses."""

from __future__ import annotations

from datetime import date

from eventdesk.timex import incident_date

from .dating import (MONDAY_BEFORE, SATURDAY_BEFORE, SUNDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, assert_halves_salted,
                     assert_set_reached, date_of as _date, day_of as _day, on as _on, role_of as _role)

SATURDAY = date(2022, 3, 19)  # a Saturday report: its weekend so far is that day alone
SUNDAY = date(2022, 3, 20)
FRIDAY_BEFORE = date(2022, 3, 11)

# reached this round (before it: set 11 rules 17, check 15)
SET_11 = {"rules": 27, "check": 27}


def test_date_check_set_11_scores(ledger) -> None:
    assert_set_reached(ledger, "11", 60, SET_11)


def test_date_check_set_10_keeps_the_check_half_this_round_raised(ledger) -> None:
    assert_set_reached(ledger, "10", 58, {"rules": 28, "check": 28})  # check 27 before this round


def test_set_11_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("11", "twenty-sixth-dates11:", "d26", 60)


def _span(text: str, anchor: date = WEDNESDAY) -> tuple:
    span = incident_date(text, anchor)
    return span.start, span.end


# -- "overnight" told by a midnight word, or naming a stay ----------------------------------------------------------


def test_overnight_before_or_around_midnight_is_the_nights_first_day() -> None:
    for words in ("shortly before midnight", "around midnight", "a little before midnight"):
        text = f"A man was shot overnight outside a bar on Quill Street. Officers were called {words}, police said."
        assert _span(text) == (TUESDAY_BEFORE, TUESDAY_BEFORE), words


def test_overnight_after_midnight_is_the_nights_second_day() -> None:
    text = "A man was killed in a shooting overnight on Brandt Street. Officers found him just after midnight."
    assert _span(text) == (WEDNESDAY, WEDNESDAY)


def test_overnight_keeps_its_clock_time_or_its_two_days() -> None:
    # near misses: a clock time decides before any midnight word; with neither the night stays two days
    clock = "A man was shot overnight on Tessa Street. It happened around 2:15 a.m., an hour after midnight."
    assert _span(clock) == (WEDNESDAY, WEDNESDAY)
    assert _span("Two men were shot overnight on Dover Lane, police said.") == (TUESDAY_BEFORE, WEDNESDAY)


def test_an_overnight_stay_or_shift_is_no_date() -> None:
    for text in ("Four people were shot at a party on Crane Avenue. Malibu is the choice for an overnight stay.",
                 "A nurse was shot in a garage. She had just finished an overnight shift when a man demanded her keys.",
                 "A clerk was shot at a hotel on Bay Road. The robber asked about overnight rates first."):
        span = incident_date(text, WEDNESDAY)
        assert (span.start, span.end, span.text) == (WEDNESDAY, WEDNESDAY, None), text


def test_an_overnight_shooting_is_still_the_night() -> None:
    # near miss: "overnight" before the incident's own noun
    assert _span("One man is dead after an overnight shooting at a bar on Keller Street.") == (TUESDAY_BEFORE, WEDNESDAY)


# -- "over the weekend" ---------------------------------------------------------------------------------------------


def test_the_weekend_in_its_saturday_report_is_that_saturday() -> None:
    text = "An 11-year-old boy was killed in a shooting over the weekend, deputies said."
    assert _span(text, SATURDAY) == (SATURDAY, SATURDAY)
    # near miss: "last weekend" in a Saturday report is the weekend before, both its days
    last = "A teenager shot last weekend in Flint is expected to recover."
    assert _span(last, SATURDAY) == (SATURDAY_BEFORE, SUNDAY_BEFORE)


def test_the_weekend_in_a_sunday_or_a_later_report_keeps_both_days() -> None:
    # near misses: the weekend over, or half over, is still two days when nothing narrows it
    text = "A man was shot over the weekend in Lansing, police said."
    assert _span(text, SUNDAY) == (SATURDAY, SUNDAY)
    assert _span(text, date(2022, 3, 21)) == (SATURDAY, SUNDAY)


def test_a_deaths_day_told_with_its_clock_time_narrows_the_weekend() -> None:
    text = ("The boy who was shot by his brother last weekend has been identified. He died just before 12:30 p.m. on "
            "Saturday, deputies said.")
    assert _span(text) == (SATURDAY_BEFORE, SATURDAY_BEFORE)
    # near miss: a death's day after the weekend does not narrow it
    later = "A man was shot over the weekend in Toledo. He died at about 4 p.m. Tuesday at a hospital."
    assert _span(later) == (SATURDAY_BEFORE, SUNDAY_BEFORE)


# -- a telling's day -------------------------------------------------------------------------------------------------


def test_a_news_conferences_day_before_the_reported_weekday_is_the_tellings() -> None:
    text = ("The police chief said at a press conference Tuesday the officers were on a coffee break Monday at a cafe "
            "when a gunman appeared in the doorway and fired.")
    assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE)


def test_a_news_conferences_day_with_that_keeps_its_rank() -> None:
    # near miss: "that" and no day of the violence in the clause: the conference's day is the shooting's too
    text = ("The chief said at a news conference Monday that officers shot a man who fired at them outside a pawn "
            "shop, and the man died Tuesday.")
    assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE)


def test_an_opening_weekday_of_a_saying_dates_the_telling() -> None:
    text = ("Investigators say a man appears to have shot himself. On Tuesday, the sheriff's office said deputies "
            "found the body of the 25-year-old on Monday night.")
    assert _role(text, "Tuesday") == -1
    assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE)


def test_an_opening_weekday_of_the_violence_or_of_a_saying_alone_keeps_its_day() -> None:
    # near misses: the opener's clause tells the shooting before the saying; a saying with no other day
    shot = "The school held an assembly. On Sunday, a student was shot at a bus stop, police said, and a classmate " \
           "was arrested Monday."
    assert _span(shot) == (SUNDAY_BEFORE, SUNDAY_BEFORE)
    alone = "A man was shot on Elm Street. On Tuesday, police said the man is expected to survive."
    assert _span(alone) == (TUESDAY_BEFORE, TUESDAY_BEFORE)


def test_by_a_weekday_opening_a_sentence_is_a_status_deadline() -> None:
    text = ("Thirteen people were wounded at a house party. By Tuesday, most of the shooting victims, many of whom "
            "were shot in the legs, had gone home. The gunmen opened fire on the party early Sunday.")
    assert _role(text, "Tuesday") == -1
    assert _span(text) == (SUNDAY_BEFORE, SUNDAY_BEFORE)


def test_by_before_a_weekday_inside_a_sentence_is_no_deadline() -> None:
    # near miss: "shot by a neighbor Sunday"
    assert _span("A man was shot by a neighbor Sunday during an argument over a fence.") == (SUNDAY_BEFORE,
                                                                                           SUNDAY_BEFORE)


# -- a line break inside a sentence ----------------------------------------------------------------------------------


def test_a_line_break_before_a_lowercase_word_does_not_end_the_sentence() -> None:
    text = ("A man who wounded four people outside a baby shower was still at large Tuesday, police said. He opened "
            "fire in front of a hall on Remsen Ave.\nin Brownsville on Monday night, police said.")
    assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE)


def test_a_line_break_before_a_capital_ends_the_sentence() -> None:
    # near miss: the next line is a sentence of its own, an arrest's
    text = "A woman was wounded by gunfire on Ridge Ave.\nPolice arrested a man Tuesday in the shooting, late Sunday."
    assert _span(text) == (SUNDAY_BEFORE, SUNDAY_BEFORE)


# -- a status's opener after an evening clock time -------------------------------------------------------------------


def test_a_status_opener_after_an_evening_hour_is_of_the_day_after_the_shots() -> None:
    text = ("Deputies were called to a party around 11 p.m. after reports of gunfire. On Tuesday, all four victims "
            "were listed in stable condition, the sheriff's office said.")
    assert _day(_date(text, first=False)) == _on(MONDAY_BEFORE)


def test_a_status_opener_keeps_its_day_after_the_small_hours() -> None:
    # near miss: the shots in the small hours of the status's own day (with no clock time at all the status's day is
    # the day after the shots since round 27, see tests/test_dates_round27.py)
    small = ("Police were called to a club around 2 a.m. after shots were fired. On Tuesday, all three people hurt "
             "were listed in stable condition.")
    assert _day(_date(small, first=False)) == _on(TUESDAY_BEFORE)


def test_a_food_court_is_no_court() -> None:
    # a mall's food court is the scene, not a court's day
    text = ("By Tuesday, all three people hurt in the mall shooting had been released. A man fired into a crowd near "
            "the food court on Saturday afternoon, police said.")
    assert _role(text, "Saturday afternoon") == 1
    assert _span(text) == (SATURDAY_BEFORE, SATURDAY_BEFORE)


# -- a day ahead -------------------------------------------------------------------------------------------------------


def test_a_day_ahead_told_with_will_is_no_day_of_the_shooting() -> None:
    # "Friday" in a Wednesday report's future clause would be read as the day after the report, inside the tolerance
    # that datelines across time zones need
    text = "Police are investigating a shooting that left a man wounded on Bever Avenue. More information will be " \
           "released Thursday morning, police said."
    span = incident_date(text, WEDNESDAY)
    assert (span.start, span.end, span.text) == (WEDNESDAY, WEDNESDAY, None)


def test_a_past_weekday_beside_will_in_another_clause_keeps_its_day() -> None:
    # near miss: the future verb belongs to another clause
    text = "A man was shot at a gas station on Forest Road on Monday. Police said more details will be released later."
    assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE)
