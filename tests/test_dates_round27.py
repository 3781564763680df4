"""Twenty-seventh round of incident dates: the leftovers a study of the SemEval dev documents dated a day off found
beyond sets 1-11 (an inquiry's day before the shooting's, a status's day alone, "overnight" beside a wire dateline a
day before publication or beside the weekday the police told it on, a small-hours aftermath inside an evening's night,
a weekday's night whose shots came past midnight).

``eval/dates_check12.jsonl`` holds 59 invented reports of those kinds and their near misses; the first test pins the
scores this round reached on it.  The focused tests use reports and sentences written for them, each a rule's positive
case and its near misses."""

from __future__ import annotations

from datetime import date

from eventdesk.timex import incident_date

from .dating import (MONDAY_BEFORE, SUNDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, assert_halves_salted,
                     assert_set_reached, role_of as _role)

THURSDAY = date(2022, 3, 17)
FRIDAY = date(2022, 3, 18)

# reached this round (before it: set 12 rules 16, check 11)
SET_12 = {"rules": 28, "check": 30}


def test_date_check_set_12_scores(ledger) -> None:
    assert_set_reached(ledger, "12", 59, SET_12)


def test_date_check_sets_1_and_11_keep_the_halves_this_round_raised(ledger) -> None:
    assert_set_reached(ledger, "1", 130, {"rules": 60, "check": 60})  # check 59 before this round
    assert_set_reached(ledger, "11", 60, {"rules": 28, "check": 27})  # rules 27 before this round


def test_set_12_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("12", "twenty-seventh-dates12:", "d27", 59)


def _span(text: str, anchor: date = WEDNESDAY) -> tuple:
    span = incident_date(text, anchor)
    return span.start, span.end


# -- an inquiry's day ------------------------------------------------------------------------------------------------


def test_an_inquirys_day_is_the_searchs_not_the_shots() -> None:
    text = ("Police were still looking Tuesday for the car whose driver fired at a man on Dorrance Street. The man was "
            "shot in the hip late Monday and is expected to recover.")
    assert _role(text, "Tuesday") == -1
    assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE)
    trying = ("Investigators were still trying Tuesday to identify the man who fired into a crowd on Marlow Avenue. "
              "Three people were hurt when the shots rang out Monday night.")
    assert _span(trying) == (MONDAY_BEFORE, MONDAY_BEFORE)


def test_a_day_police_worked_to_determine_why_ranks_below_a_deaths_day() -> None:
    text = ("As police worked today to determine why a homeowner opened fire on firefighters, the shooter was "
            "released. A captain died Monday night after he was shot at the door, officials said.")
    assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE)


def test_an_inquiry_on_the_shootings_own_day_or_a_job_keeps_its_day() -> None:
    # near misses: the search's day is the shooting's too; "working Monday for a moving company" is a job
    same = "Police were still searching Tuesday for the gunman who shot a store clerk early Tuesday on Pryor Street."
    assert _span(same) == (TUESDAY_BEFORE, TUESDAY_BEFORE)
    job = "A man who was working Monday for a moving company was shot on Pryor Street."
    assert _role(job, "Monday") == 1
    assert _span(job) == (MONDAY_BEFORE, MONDAY_BEFORE)
    # "still investigating Sunday's shooting" names the shooting's day
    assert _span("Police are still investigating Sunday's shooting that killed a boy on Tallow Court.") == (
        SUNDAY_BEFORE, SUNDAY_BEFORE)


# -- a status's day alone --------------------------------------------------------------------------------------------


def test_a_status_day_alone_is_the_day_after_the_shots() -> None:
    for text in ("A 17-year-old boy remained in critical condition Tuesday after being shot on Mercer Street, police "
                 "said.",
                 "A man shot in the back on Terry Road was still in serious condition Tuesday, police said.",
                 "Two men were shot outside a store. On Tuesday, both men were listed in stable condition.",
                 # round 26's near miss, read as the status's day itself then
                 "A fourth man was shot at the party. On Tuesday, all four victims were listed in stable condition."):
        assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE), text


def test_a_status_beside_a_clock_time_or_the_shootings_day_keeps_its_day() -> None:
    # near misses: the small hours of the status's own day; the shooting's own weekday; "earlier today"
    small = "Two men were shot at a bar about 2 a.m. On Tuesday, both were listed in stable condition, police said."
    assert _span(small) == (TUESDAY_BEFORE, TUESDAY_BEFORE)
    told = "A man was shot early Tuesday on Alder Street. He remained in critical condition Tuesday night."
    assert _span(told) == (TUESDAY_BEFORE, TUESDAY_BEFORE)
    today = "A clerk shot during a robbery earlier today remains in critical condition, police said Wednesday."
    assert _span(today) == (WEDNESDAY, WEDNESDAY)


# -- "overnight" beside a wire dateline or a telling's weekday -------------------------------------------------------


def test_overnight_counts_from_a_wire_datelines_day_before_the_report() -> None:
    text = ("HOUSTON, March 17 (Wire) -- A house party ended in gunfire overnight, leaving one man dead, police said. "
            "The shots were fired about 1:30 a.m.")
    assert _span(text, FRIDAY) == (THURSDAY, THURSDAY)
    night = ("FRESNO, Calif., March 17 (Wire) -- A boy was shot overnight at an apartment complex. The gunfire broke "
             "out around midnight.")
    assert _span(night, FRIDAY) == (WEDNESDAY, WEDNESDAY)


def test_overnight_beside_a_dateline_of_the_report_day_keeps_the_reports_night() -> None:
    # near miss: the dateline's day is the publication day
    text = "MACON, Ga., March 16 (Wire) -- A man was shot overnight at a motel, police said. Officers found him around 3 a.m."
    assert _span(text) == (WEDNESDAY, WEDNESDAY)


def test_overnight_told_on_an_earlier_weekday_is_the_night_before_the_telling() -> None:
    text = "A man was shot overnight outside a bar on Quill Street, police said Tuesday. Officers were called at 1:40 a.m."
    assert _span(text, THURSDAY) == (TUESDAY_BEFORE, TUESDAY_BEFORE)
    evening = "Two men were wounded overnight on Holmes Road, police said Tuesday. The shots were fired around 11 p.m."
    assert _span(evening, THURSDAY) == (MONDAY_BEFORE, MONDAY_BEFORE)


def test_overnight_told_on_the_reports_day_keeps_the_reports_night() -> None:
    # near miss: the telling's day is the report's own
    text = "A man was wounded overnight on Fulton Avenue, police said Wednesday. Officers were called about 1:15 a.m."
    assert _span(text) == (WEDNESDAY, WEDNESDAY)


# -- a small-hours aftermath inside an evening's night ---------------------------------------------------------------


def test_a_swat_teams_small_hours_inside_the_night_mark_the_evening_before() -> None:
    text = ("Four people are dead after an overnight shooting at a home on Godman Street. Police were dispatched around "
            "10:30 p.m. after neighbors heard shots. Shortly after midnight on Wednesday, a tactical team was called to "
            "the house.")
    assert _span(text) == (TUESDAY_BEFORE, TUESDAY_BEFORE)


def test_the_shooting_itself_after_midnight_keeps_the_named_day() -> None:
    # near miss: no evening hour; the small hours are the shots'
    text = "A man was shot overnight on Ash Street. Shortly after midnight on Wednesday, officers found him in a car."
    assert _span(text) == (WEDNESDAY, WEDNESDAY)


# -- a weekday's night past midnight ---------------------------------------------------------------------------------


def test_a_nights_shots_past_midnight_are_the_next_days() -> None:
    for text in ("A gun battle outside a nightclub left eight people wounded Monday night. The shooting happened just "
                 "after midnight, police said.",
                 "A man was shot late Monday night outside a bar, police said. Officers were called at about 12:40 a.m."):
        assert _span(text) == (TUESDAY_BEFORE, TUESDAY_BEFORE), text


def test_a_nights_shots_before_midnight_or_a_deaths_hour_keep_the_night() -> None:
    # near misses: before midnight; an evening clock; a death's small hour
    for text in ("Three people were shot Monday night at a housing complex. The shootings happened just before midnight.",
                 "A man was shot Monday night outside a bar. Officers were called at about 11:50 p.m.",
                 "A man was shot Monday night outside a bar. He was pronounced dead at 1:30 a.m."):
        assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE), text


def test_a_nights_next_day_after_the_report_keeps_the_night() -> None:
    # near miss: "Saturday night ... shortly after 2:15 a.m." in a Saturday report cannot be Sunday's
    text = "A man was shot on St. Claude Avenue Tuesday night. He was struck shortly after 2:15 a.m., police said."
    assert _span(text, TUESDAY_BEFORE) == (TUESDAY_BEFORE, TUESDAY_BEFORE)
