"""Twelfth round of incident dates: a mistyped weekday that would move a month-day a year away,
video captions dated by their own "(Published ...)" stamp, confessions and other tellings as
aftermath, and the day of a telling ranked below every other aftermath day."""

from __future__ import annotations

from datetime import date

import pytest

from eventdesk.timex import find_timexes

from .dating import (
    WEDNESDAY, SATURDAY_BEFORE, SUNDAY_BEFORE, TUESDAY_BEFORE,
    date_of as _date, role_of as _role, day_of as _day,
)






def _span(text: str, phrase: str, anchor: date):
    return next(t for t in find_timexes(text, anchor) if t.text == phrase).span


# -- a mistyped weekday does not move a month-day a year away ------------------------------------


def test_a_mistyped_weekday_keeps_the_month_day_of_the_reports_year() -> None:
    # 11 March 2022 is a Friday and 11 March 2021 was a Thursday, a year before the report: the
    # writer slipped on the weekday, the day is this month's 11th
    text = "The boy was shot at 10 a.m. on Thursday, March 11, while loading a rifle near Elk Creek."
    assert _day(_span(text, "Thursday, March 11", WEDNESDAY)) == (date(2022, 3, 11),) * 2 + ("day",)
    assert _day(_date(text)) == (date(2022, 3, 11),) * 2 + ("day",)


def test_a_weekday_still_picks_the_year_next_to_the_anchor() -> None:
    # near miss: early January, "Tuesday, Dec. 28" is last year's, which the weekday and the past agree on
    text = "The shooting happened Tuesday, Dec. 28, outside a bar on Grant Street."
    assert _span(text, "Tuesday, Dec. 28", date(2022, 1, 4)).start == date(2021, 12, 28)
    # near miss: a weekday that matches a candidate a few weeks ahead (a future cue) still chooses it
    hearing = "A hearing is scheduled for Monday, Jan. 10, in the county court."
    assert _span(hearing, "Monday, Jan. 10", date(2021, 12, 20)).start == date(2022, 1, 10)


# -- video captions dated by their own stamp -----------------------------------------------------

_CAPTIONED = (
    "A 20-year-old man turned himself in Tuesday to face murder charges in the killing of a teenager.\n"
    "Mourners Remember Teen Shot on Porch Friends gathered for a teenager who was shot and killed "
    "on his porch in Fairview Monday night.\n"
    "Channel 9's Dana Price has the details.\n"
    "(Published Thursday, March 3, 2022)\n"
    "Police have not said what led to the shooting.\n"
)


def test_a_caption_weekday_is_resolved_against_the_captions_own_stamp() -> None:
    # the page is dated Wednesday 16 March; the caption was published Thursday 3 March, so its
    # "Monday night" is 28 February, not 14 March
    assert _span(_CAPTIONED, "Monday night", WEDNESDAY).start == date(2022, 2, 28)
    assert _day(_date(_CAPTIONED, first=False)) == (date(2022, 2, 28),) * 2 + ("day",)


def test_a_weekday_outside_the_caption_keeps_the_reports_anchor() -> None:
    # near miss: "Tuesday" in the page's own lead, three lines before the stamp, is the page's Tuesday
    assert _span(_CAPTIONED, "Tuesday", WEDNESDAY).start == TUESDAY_BEFORE
    # near miss: a report without a caption stamp is untouched
    plain = _CAPTIONED.replace("(Published Thursday, March 3, 2022)\n", "")
    assert _span(plain, "Monday night", WEDNESDAY).start == date(2022, 3, 14)


# -- confessions and other tellings are aftermath ------------------------------------------------


@pytest.mark.parametrize("verb", ["confessed", "admitted", "learned", "insisted", "testified", "spoke"])
def test_a_telling_verb_makes_its_date_the_aftermaths(verb: str) -> None:
    text = (f"The father {verb} early Sunday morning to shooting his daughter inside a home on Mayfield "
            "Street just before 2:30 p.m. Saturday, police said.")
    assert _role(text, "early Sunday morning") == -1
    assert _day(_date(text)) == (SATURDAY_BEFORE, SATURDAY_BEFORE, "day")


def test_a_violent_verb_before_the_date_still_dates_the_incident() -> None:
    # near miss: no telling word beside the day
    text = "The father shot his daughter early Sunday morning inside a home on Mayfield Street, police said."
    assert _role(text, "early Sunday morning") == 1
    assert _day(_date(text)) == (SUNDAY_BEFORE, SUNDAY_BEFORE, "day")


def test_being_too_overcome_to_speak_is_no_incident_day() -> None:
    text = ("The mother was too overcome Friday to speak about her three murdered sons at their funeral. "
            "The boys were slain in their home March 2, police said.")
    assert _day(_date(text)) == (date(2022, 3, 2),) * 2 + ("day",)


# -- the day of a telling ranks below every other aftermath day ----------------------------------


def test_a_death_day_beats_the_day_authorities_said_it() -> None:
    text = ("A woman was fatally shot by a hunter who mistook her for a deer, authorities said Wednesday. "
            "The sheriff said the 31-year-old woman died Tuesday in an apparent hunting accident.")
    assert _day(_date(text)) == (TUESDAY_BEFORE, TUESDAY_BEFORE, "day")


def test_a_saying_day_still_stands_alone() -> None:
    # near miss: with no other date, the day of the telling is still the best there is
    text = "A woman was fatally shot by a hunter who mistook her for a deer, authorities said Wednesday."
    assert _day(_date(text)) == (WEDNESDAY, WEDNESDAY, "day")


def test_an_embedded_posts_relative_day_is_resolved_against_the_posts_date() -> None:
    text = ("Police are going over video from the shooting in the warehouse district.\n"
            "Chief: the two shootings downtown this morning are connected, five adults hurt. "
            "— Jane Roe (@JaneRoe7) March 14, 2022\n"
            "A suspect was arrested later that day.\n")
    assert _span(text, "this morning", WEDNESDAY).start == date(2022, 3, 14)
    # near miss: the same words with no post stamp are the page's own morning
    unstamped = text.replace(" — Jane Roe (@JaneRoe7) March 14, 2022", "")
    assert _span(unstamped, "this morning", WEDNESDAY).start == WEDNESDAY
