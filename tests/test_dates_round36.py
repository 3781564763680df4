"""The thirty-sixth session's round of incident dates: the days the thirty-fifth left and a sort of the GVDB dev
articles with a URL date found (a "Weds." the weekday pattern did not know, police still at the scene the morning
after an evening's shots, a release's own stamp in brackets with its clock time before its weekday, also glued to a
page's title, and a day a bracket counts from violence: "on January 18 (one day after ... was killed)").

``eval/dates_check22.jsonl`` holds 60 invented reports of those kinds and their near misses; the first test pins the
scores this round reached on it.  The focused tests use reports and sentences written for them, each a rule's positive
case and its near misses."""

from __future__ import annotations

from datetime import date

from eventdesk.timex import find_timexes, incident_date

from .dating import (
    MONDAY_BEFORE, SATURDAY_BEFORE, SUNDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, assert_halves_salted, assert_set_reached,
    role_of,
)

# reached this round (before it: set 22 rules 17, check 18)
SET_22 = {"rules": 32, "check": 27}
FRIDAY = date(2022, 3, 18)  # a report two days after the Wednesday before it


def test_date_check_set_22_scores(ledger) -> None:
    assert_set_reached(ledger, "22", 60, SET_22)


def test_set_22_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("22", "thirty-sixth-dates36:", "d36", 60)


def _day(text: str, anchor=WEDNESDAY) -> date | None:
    return incident_date(text, anchor).start


# -- "Weds." -----------------------------------------------------------------------------------------------------------


def test_weds_with_its_stop_is_wednesday() -> None:
    assert _day("A man was shot Weds. night on Elm Street, police said.", FRIDAY) == WEDNESDAY
    assert _day("On Weds., a gunman shot a clerk in the arm at a store on Pine Avenue.", FRIDAY) == WEDNESDAY
    assert _day("Two men were shot around 11:40 p.m. Weds., police said Friday.", FRIDAY) == WEDNESDAY
    assert _day("A woman was grazed by a bullet late Weds. on Maple Street.", FRIDAY) == WEDNESDAY


def test_weds_without_its_stop_only_after_on_late_or_early() -> None:
    assert _day("Gunfire broke out at a cookout on Weds, wounding a teen, police said.", FRIDAY) == WEDNESDAY
    # near miss: a headline's verb, after a capitalised word
    assert not any(t.text.startswith("Weds") for t in find_timexes("Couple Weds In Park Weeks After Shooting", FRIDAY))


def test_weds_of_a_later_event_leaves_the_shootings_day() -> None:
    # near misses: the arrest's and the death's "Weds." beside the shooting's own weekday
    arrest = "A man was arrested Weds. in the shooting of a man, 30. The victim was shot Sunday night outside his home."
    assert _day(arrest, FRIDAY) == SUNDAY_BEFORE
    died = "A 22-year-old man shot Sunday on Park Avenue died Weds. at the hospital, police said."
    assert _day(died, FRIDAY) == SUNDAY_BEFORE


def test_the_other_abbreviations_still_read() -> None:
    assert _day("A woman was shot on her porch Wed. night, police said.", FRIDAY) == WEDNESDAY
    assert _day("A man was wounded by gunfire Thur. evening on Vine Street.", FRIDAY) == date(2022, 3, 17)
    assert _day("Two people were shot at a house party early Sat., police said.", MONDAY_BEFORE) == SATURDAY_BEFORE


# -- the scene the morning after ---------------------------------------------------------------------------------------


def test_the_scene_the_morning_after_an_evenings_shots_is_the_evening_before() -> None:
    still = ("Police were still on the scene Sunday morning after a man was shot and killed on Elm Street around 11:30 "
             "p.m., officers said.")
    assert _day(still, MONDAY_BEFORE) == SATURDAY_BEFORE
    remained = "Deputies remained on the scene Tuesday morning at a home where a woman was shot shortly after 9 p.m."
    assert _day(remained) == MONDAY_BEFORE
    processing = ("Detectives were still processing the scene Sunday morning on Oak Street after a man was shot there "
                  "around 11:50 p.m.")
    assert _day(processing, MONDAY_BEFORE) == SATURDAY_BEFORE


def test_processing_the_scene_is_an_aftermath() -> None:
    text = "Detectives were still processing the scene Sunday morning after a man was shot there around 11:50 p.m."
    assert role_of(text, "Sunday morning", MONDAY_BEFORE) < 0


def test_the_scene_the_morning_after_the_small_hours_or_no_clock_is_that_morning() -> None:
    # near misses: the shots in the small hours, no clock time at all, the shots told that morning
    small_hours = "Police were still on the scene Sunday morning after a man was shot on Elm Street around 2:30 a.m."
    assert _day(small_hours, MONDAY_BEFORE) == SUNDAY_BEFORE
    no_clock = "Officers were still at the scene Sunday morning on Ash Street, where two men were shot."
    assert _day(no_clock, MONDAY_BEFORE) == SUNDAY_BEFORE
    jogger = "A jogger was shot Sunday morning in a park. Officers were still on the scene hours later."
    assert _day(jogger, MONDAY_BEFORE) == SUNDAY_BEFORE


def test_a_status_morning_with_no_clock_keeps_its_day() -> None:
    # near miss: a weekday's morning of a status with no clock time may be that morning's shots
    text = "A man remained in critical condition Tuesday morning after he was shot on Elm Street."
    assert _day(text) == TUESDAY_BEFORE


# -- a release's bracketed stamp ---------------------------------------------------------------------------------------


def test_a_releases_stamp_with_its_clock_first_is_the_pages() -> None:
    release = ("NEWS RELEASE (11:30 A.M. Wednesday) Deputies are searching for a man who shot at a deputy shortly "
               "after midnight Monday during a traffic stop on Route 60.")
    assert role_of(release, "Wednesday") == -2
    assert _day(release) == MONDAY_BEFORE
    press = "PRESS RELEASE (9 a.m. Wednesday) A man was shot in the leg at a gas station on Route 4 on Sunday night."
    assert _day(press) == SUNDAY_BEFORE


def test_a_bracketed_clock_without_a_release_is_no_stamp() -> None:
    # near misses: a stamp above a report of its own day; a bracket of the shots' own clock time
    today = "NEWS RELEASE (11 a.m. Wednesday) A store clerk was shot during a holdup early this morning, police said."
    assert _day(today) == WEDNESDAY
    shots = "A driver was shot on Interstate 70 (at about 11 p.m. Tuesday), state police said."
    assert role_of(shots, "Tuesday") >= 0
    assert _day(shots) == TUESDAY_BEFORE


def test_a_release_glued_to_a_pages_title_is_still_a_stamp() -> None:
    glued = ("Police search for man who shot at deputy - Channel 9 News, Weather and SportsNEWS RELEASE (11:30 A.M. "
             "Wednesday) Deputies are searching for a man who shot at a deputy shortly after midnight Monday.")
    assert role_of(glued, "Wednesday") == -2
    assert _day(glued) == MONDAY_BEFORE
    # near miss: "news" glued to another word with no release after it
    tips = "Send your SportsNEWS tips (11:30 A.M. Wednesday) to the desk. A man was shot Wednesday on Elm Street."
    assert _day(tips) == WEDNESDAY


# -- a day counted from violence, in brackets --------------------------------------------------------------------------


def test_a_day_a_bracket_counts_from_violence_is_the_day_before() -> None:
    report = ("She says investigators called her after a news report on March 15 (one day after Lee was killed), "
              "her lawyer said.")
    assert _day(report) == date(2022, 3, 14)
    vigil = "A vigil was held Tuesday (a week after the shooting) at the park on Elm Street."
    assert _day(vigil) == date(2022, 3, 8)


def test_a_bracket_of_no_violence_keeps_the_day() -> None:
    # near misses: a bracket counting from a birthday, a bracket with a day of its own
    birthday = "A man was shot Tuesday (a day after his birthday) outside a store on Elm Street, police said."
    assert _day(birthday) == TUESDAY_BEFORE
    own_day = "A news report aired Tuesday (two days after the Sunday shooting on Elm Street), police said."
    assert _day(own_day) == SUNDAY_BEFORE
