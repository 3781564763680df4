"""Twenty-eighth round of incident dates: the leftovers a study of the SemEval dev documents dated a day or more off
found beyond sets 1-12 (clock times told in words, "late Friday" past midnight, the press's "reported Saturday" beside
"overnight", shots fired at a vigil, a roundup's tally "since early Saturday", a death "less than 24 hours after" the
shooting, a roundup's heading over its non-fatal shootings).

``eval/dates_check13.jsonl`` holds 60 invented reports of those kinds and their near misses; the first test pins the
scores this round reached on it.  The focused tests use reports and sentences written for them, each a rule's positive
case and its near misses."""

from __future__ import annotations

from eventdesk.timex import incident_date

from .dating import (MONDAY_BEFORE, SATURDAY_BEFORE, SUNDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, assert_halves_salted,
                     assert_set_reached, role_of as _role)

# reached this round (before it: set 13 rules 22, check 20)
SET_13 = {"rules": 30, "check": 25}


def test_date_check_set_13_scores(ledger) -> None:
    assert_set_reached(ledger, "13", 60, SET_13)


def test_date_check_set_1_keeps_the_half_this_round_raised(ledger) -> None:
    assert_set_reached(ledger, "1", 130, {"rules": 60, "check": 62})  # check 60 before this round, 61 before 34b


def test_set_13_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("13", "twenty-eighth-dates13:", "d28", 60)


def _span(text: str, anchor=WEDNESDAY) -> tuple:
    span = incident_date(text, anchor)
    return span.start, span.end


# -- clock times in words --------------------------------------------------------------------------------------------


def test_a_clock_time_in_words_picks_the_nights_side() -> None:
    morning = ("Two men were wounded in a shooting overnight on Larch Avenue. The shots were fired at a quarter to two in "
               "the morning, police said.")
    assert _span(morning) == (WEDNESDAY, WEDNESDAY)
    wee = "A man was shot overnight in Decatur. The shooting happened in the wee hours outside an apartment."
    assert _span(wee) == (WEDNESDAY, WEDNESDAY)
    dawn = "A man was shot overnight on Kessler Avenue. Neighbors heard the shots at dawn, police said."
    assert _span(dawn) == (WEDNESDAY, WEDNESDAY)
    evening = "A woman was hurt when gunfire broke out overnight near a park. Officers were called around half past ten."
    assert _span(evening) == (TUESDAY_BEFORE, TUESDAY_BEFORE)


def test_overnight_with_no_clock_in_words_stays_two_days() -> None:
    # near misses: no hour at all; "twelve o'clock" tells neither half
    assert _span("A man was shot overnight on Kessler Avenue, police said.") == (TUESDAY_BEFORE, WEDNESDAY)
    noon = "A man was shot overnight on Kessler Avenue. The shots came at twelve o'clock, neighbors said."
    assert _span(noon) == (TUESDAY_BEFORE, WEDNESDAY)


def test_a_nights_shots_at_a_small_hour_in_words_are_the_next_days() -> None:
    text = ("A house party on Ludlow Street ended in gunfire Monday night. The shots were fired at a quarter to one in "
            "the morning, police said.")
    assert _span(text) == (TUESDAY_BEFORE, TUESDAY_BEFORE)


def test_a_nights_shots_at_an_evening_hour_in_words_keep_the_night() -> None:
    # near miss: "a quarter to eleven" is the night's own evening
    text = ("A house party on Marsh Road ended in gunfire Monday night. The shots were fired at a quarter to eleven, "
            "police said.")
    assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE)


# -- "late Monday" past midnight -------------------------------------------------------------------------------------


def test_late_monday_whose_shots_came_just_after_midnight_is_tuesday() -> None:
    text = "A man was shot late Monday on Baird Street. Police said the shots were fired just after midnight."
    assert _span(text) == (TUESDAY_BEFORE, TUESDAY_BEFORE)


def test_an_hour_told_at_night_or_in_the_morning_picks_its_half() -> None:
    # "11:50 at night" is an evening hour: "late Monday ... officers arrived just after midnight" keeps Monday
    night = ("A man was shot and killed late Monday on Orchard Street. The call came in at 11:50 at night, and officers "
             "arrived just after midnight.")
    assert _span(night) == (MONDAY_BEFORE, MONDAY_BEFORE)
    morning = "Two men were wounded overnight on Tessa Street. Police said it happened around 2:15 in the morning."
    assert _span(morning) == (WEDNESDAY, WEDNESDAY)


def test_late_monday_with_an_evening_call_keeps_monday() -> None:
    # near misses: the call before midnight, the officers' arrival after it; before midnight
    arrival = ("A man was shot and killed late Monday on Orchard Street. The call came in at 11:50 p.m., and officers "
               "arrived just after midnight.")
    assert _span(arrival) == (MONDAY_BEFORE, MONDAY_BEFORE)
    before = "A man was shot late Monday on Corby Street. Police said the shots were fired shortly before midnight."
    assert _span(before) == (MONDAY_BEFORE, MONDAY_BEFORE)


# -- the press's telling beside "overnight" --------------------------------------------------------------------------


def test_local_media_reported_is_the_tellings_day() -> None:
    text = ("A party ended in gunfire overnight, leaving two people wounded, local media reported Wednesday. The trouble "
            "started around midnight when a fight broke out.")
    assert _role(text, "Wednesday") == -1
    assert _span(text) == (TUESDAY_BEFORE, TUESDAY_BEFORE)


def test_a_shooting_reported_on_a_day_keeps_its_day() -> None:
    # near miss: "a shooting reported Tuesday night" is the call's day, the shots'
    text = "A shooting reported Tuesday night on Pike Street left a man wounded, police said."
    assert _role(text, "Tuesday night") != -1
    assert _span(text) == (TUESDAY_BEFORE, TUESDAY_BEFORE)


# -- shots fired at a vigil ------------------------------------------------------------------------------------------


def test_shots_at_a_vigil_are_the_vigils_day() -> None:
    text = "A gunman opened fire on a vigil Tuesday evening for a man who was killed Monday, wounding three people."
    assert _role(text, "Tuesday evening") == 1
    assert _span(text) == (TUESDAY_BEFORE, TUESDAY_BEFORE)
    funeral = "Shots rang out during a funeral Tuesday for a teen killed last week, wounding two mourners."
    assert _span(funeral) == (TUESDAY_BEFORE, TUESDAY_BEFORE)


def test_a_vigil_with_no_shots_at_it_keeps_the_killings_day() -> None:
    # near misses: a vigil held, a vigil patrolled
    held = "A vigil was held Tuesday evening on Dunbar Street for a man who was shot and killed Monday."
    assert _span(held) == (MONDAY_BEFORE, MONDAY_BEFORE)
    patrolled = "Police patrolled a vigil Tuesday night on Reese Street for a woman who was shot and killed Monday."
    assert _span(patrolled) == (MONDAY_BEFORE, MONDAY_BEFORE)


# -- a roundup's heading over its other shootings ---------------------------------------------------------------------


def test_a_heading_over_the_non_fatal_shootings_yields_to_the_killings_day() -> None:
    text = ("Shootings left one dead and another wounded since Monday, police said. At 10:30 p.m. Monday, a 17-year-old "
            "was shot and killed by two men on Essex Avenue. In non-fatal Tuesday shootings: At 4:31 a.m., a man was "
            "wounded in the foot at a red light.")
    assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE)


def test_a_heading_of_the_days_shootings_keeps_its_day() -> None:
    # near miss: "In Tuesday's shootings:" heads the report's own list
    text = "Several people were shot across the city, police said.\nIn Tuesday's shootings:\nAbout 9:45 p.m., a woman was shot twice."
    assert _span(text) == (TUESDAY_BEFORE, TUESDAY_BEFORE)


# -- a roundup's tally from a weekday --------------------------------------------------------------------------------


def test_a_tally_since_a_weekday_yields_to_the_shootings_own_day() -> None:
    text = ("Four teenagers have been shot dead in the city since early Saturday. Twin brothers were killed in a "
            "drive-by shooting early Monday on North Hudson Street.")
    assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE)


def test_a_tally_since_the_only_day_named_or_a_stay_since_a_day_keeps_it() -> None:
    # near misses: the tally's weekday the only shooting's day named; "hospitalized since Sunday" (no tally)
    alone = "Nine people have been shot in the city since Saturday, police said Tuesday. A man was killed on Ada Street."
    assert _span(alone) == (SATURDAY_BEFORE, SATURDAY_BEFORE)
    stay = "A man who was shot on Ada Street has been hospitalized since Sunday, police said Tuesday."
    assert _span(stay) == (SUNDAY_BEFORE, SUNDAY_BEFORE)


# -- a death "less than 24 hours after" ------------------------------------------------------------------------------


def test_a_death_less_than_24_hours_after_the_shooting_dates_the_day_before() -> None:
    text = ("A 16-year-old boy was pronounced dead at 5:20 p.m. Tuesday, less than 24 hours after officers were called "
            "to a home on Bever Ave.\nSE for a shooting, police said.")
    assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE)


def test_a_shooting_less_than_24_hours_after_another_keeps_its_own_day() -> None:
    # near miss: the shots' own day, chained to another killing
    text = "A man was shot Tuesday morning on Elm Street, less than 24 hours after a woman was killed two blocks away."
    assert _span(text) == (TUESDAY_BEFORE, TUESDAY_BEFORE)
