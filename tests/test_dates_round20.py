"""Twentieth round of incident dates: follow-ups published days to months after the shooting, whose body names
another event's day (an earlier crime, a prior arrest, a birthday, a court date or an occasion still ahead).

``eval/dates_check8.jsonl`` holds 70 invented reports of those kinds and short news with the publication day and a
weekday, both ways; the first test pins the scores this round reached on it.  The focused tests use sentences written
for them, each a rule's positive case and its near misses."""

from __future__ import annotations

from datetime import date

from eventdesk.models import Report
from eventdesk.timex import find_timexes, headline_day

from .dating import (MONDAY_BEFORE, SATURDAY_BEFORE, WEDNESDAY, assert_halves_salted, assert_set_reached,
                     date_of as _date, day_of as _day, on as _on, role_of as _role)

# reached this round (before it: set 8 rules 24, check 29); the check half raised 29 -> 30 by round dates35
SET_8 = {"rules": 26, "check": 30}


def test_date_check_set_8_scores(ledger) -> None:
    assert_set_reached(ledger, "8", 70, SET_8)


def test_set_8_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("8", "twentieth-dates8:", "d20", 70)


def _resolved(text: str, phrase: str, anchor: date = WEDNESDAY) -> date:
    return next(t for t in find_timexes(text, anchor) if t.text == phrase).span.start


# -- an occasion ahead told by its weekday -------------------------------------------------------------------------


def test_an_occasions_weekday_with_a_future_verb_after_it_is_ahead() -> None:
    text = "A car wash on Saturday will raise money for Dana Kell, 19, who was shot March 5 on her porch in Ardmore."
    assert _resolved(text, "Saturday") == date(2022, 3, 19)
    assert _day(_date(text)) == _on(date(2022, 3, 5))
    vigil = "A vigil Sunday evening is planned for Omar Reyes, who was shot and killed March 9 outside a market."
    assert _resolved(vigil, "Sunday evening") == date(2022, 3, 20)


def test_the_shootings_weekday_with_a_future_verb_after_it_stays_past() -> None:
    # near misses: the future verb tells the victim's recovery, not an occasion's day
    text = "A man wounded Saturday will recover, police said."
    assert _resolved(text, "Saturday") == SATURDAY_BEFORE
    assert _day(_date(text)) == _on(SATURDAY_BEFORE)
    shot = "A teen shot on Saturday will be charged as an adult, prosecutors said."
    assert _resolved(shot, "Saturday") == SATURDAY_BEFORE


# -- the shooting of a name with its age ---------------------------------------------------------------------------


def test_the_shooting_of_a_name_with_its_age_dates_the_noun() -> None:
    text = ("Police say a robbery on March 1 set off the feud that ended in the shooting death of Vincent Ruiz, 21, on "
            "March 6 in the 300 block of Elm Street.")
    assert _role(text, "March 6") == 2
    assert _day(_date(text)) == _on(date(2022, 3, 6))


def test_an_arrest_in_the_shooting_of_a_name_with_its_age_is_not_the_nouns_date() -> None:
    # near miss: the aftermath word before the noun makes the day the arrest's as often as the shooting's
    text = "A man was arrested in the shooting of Vincent Ruiz, 21, on March 9, police said."
    assert _role(text, "March 9") != 2


def test_a_lower_case_march_is_still_an_aftermath() -> None:
    # near miss of the month: a march is told in lower case and dates the telling, not the shooting
    assert _role("Neighbors held a march Sunday against the shooting of Vincent Ruiz.", "Sunday") == -1
    assert _role("About 200 people marched Sunday after the shooting on Elm Street.", "Sunday") == -1


# -- an old day a sentence or a charge is for ----------------------------------------------------------------------


def test_the_old_day_of_the_act_a_sentence_is_for() -> None:
    cases = [
        ("A man was sentenced Monday for shooting a neighbor on March 8, 2015.", date(2015, 3, 8)),
        ("A Lorain man pleaded guilty Monday to killing his cousin on Thanksgiving night 2014 after an argument.",
         date(2014, 11, 27)),
        ("A man was sentenced Tuesday for a shooting on Memorial Day 2014 that wounded two people.", date(2014, 5, 26)),
        ("A woman was sentenced Monday for accidentally shooting her nephew on Easter Sunday 2014.", date(2014, 4, 20)),
    ]
    for text, day in cases:
        assert _day(_date(text)) == _on(day), text


def test_an_old_day_of_another_act_stays_background() -> None:
    # near misses: the old day is the defendant's own wounding or an earlier robbery, not the act he is sentenced for
    text = "A man was sentenced Monday for burglary. He had been shot on March 8, 2014, in a robbery."
    assert _day(_date(text)) == _on(MONDAY_BEFORE)
    robbery = "A man was sentenced Monday for a burglary he did on Elm Street on March 8, 2014."
    assert _day(_date(robbery)) == _on(MONDAY_BEFORE)


# -- a birthday's day; an occasion ahead told by its month-day ------------------------------------------------------


def test_a_birthdays_day_is_never_the_incidents() -> None:
    cases = [
        "A man who turned 30 on March 2 was shot and killed Saturday night outside his home, police said.",
        "Deshawn Toller celebrated his 30th birthday on March 2 with his children. On Saturday night, he was shot dead.",
        "On March 2, Derek Hill celebrated his birthday. On Saturday he was shot dead outside a bar.",
    ]
    for text in cases:
        assert _day(_date(text)) == _on(SATURDAY_BEFORE), text


def test_a_shooting_on_a_birthday_keeps_its_day() -> None:
    # near misses: the violence is told on the birthday
    for text in ("Kayla Moore was shot on her 21st birthday, March 8, as she left a party, her mother said Monday.",
                 "Kayla Moore was shot on her birthday March 8 as she left a party, her mother said Monday."):
        assert _day(_date(text)) == _on(date(2022, 3, 8)), text


def test_an_occasions_month_day_with_a_future_verb_after_it_is_ahead() -> None:
    text = "A fundraiser on March 19 will help the family of a girl shot March 9 in her yard."
    assert _resolved(text, "March 19") == date(2022, 3, 19)
    assert _day(_date(text)) == _on(date(2022, 3, 9))
    # near miss: the month-day is the shooting's, whatever the future verb after it
    shot = "A man wounded on March 9 will recover, police said."
    assert _resolved(shot, "March 9") == date(2022, 3, 9)


# -- a holiday of last year ----------------------------------------------------------------------------------------


def test_a_holiday_told_with_last_year_is_last_years() -> None:
    anchor = date(2022, 8, 15)
    for text in ("A man was charged Friday in last year's Fourth of July shooting at a park.",
                 "A man was charged Friday in the shooting at a park on the Fourth of July last year."):
        assert _resolved(text, "Fourth of July", anchor) == date(2021, 7, 4), text
    # the shooting this year's Fourth of July beside last year's, near miss: the report's incident is this year's
    text = ("A 16-year-old was hit in the foot Monday night at the Fourth of July fireworks, a year after two men "
            "were shot at the same show on the Fourth of July last year.")
    assert _day(_date(text, date(2022, 7, 6))) == _on(date(2022, 7, 4))


def test_a_holiday_without_last_year_is_the_latest() -> None:
    # near miss: "last year" about something else in the sentence does not move the holiday
    text = "A man was shot on the Fourth of July at the park, where he had worked since last year."
    assert _resolved(text, "Fourth of July", date(2022, 8, 15)) == date(2022, 7, 4)


# -- the headline's day where the text names none ------------------------------------------------------------------

_BODY = "A 24-year-old man was wounded on Elm Street in Dayton, police said. He is expected to survive."


def _mention_day(ledger, title: str, text: str = _BODY) -> date:
    [(_, _, mentions)] = list(ledger.analyze([Report(id="h", title=title, text=text, published=WEDNESDAY)]))
    return mentions[0].date.start


def test_the_headlines_day_dates_a_text_that_names_none(ledger) -> None:
    assert _mention_day(ledger, "Man shot Saturday night on Elm Street") == SATURDAY_BEFORE


def test_a_headlines_aftermath_day_or_a_texts_own_day_wins_over_it(ledger) -> None:
    # near misses: the headline's day is the charge's; the text names its own day
    assert headline_day("Man charged Monday in Elm Street shooting", WEDNESDAY) is None
    assert _mention_day(ledger, "Man charged Monday in Elm Street shooting") == WEDNESDAY
    told = "A 24-year-old man was wounded Sunday night on Elm Street in Dayton, police said."
    assert _mention_day(ledger, "Man shot Saturday night on Elm Street", told) == date(2022, 3, 13)
