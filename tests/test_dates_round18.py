"""Eighteenth round of incident dates: a weekday that is another event's, and a shooting told days after what
followed it.

``eval/dates_check6.jsonl`` holds 69 invented reports in the kinds a study of the SemEval dev documents dated later
or earlier than their incident found beyond sets 1-5 (a death, a charge, an arraignment, a vigil or a release from
hospital told by its weekday before the shooting's bare weekday; last week's shooting by its weekday; a court day
first and the shooting's date later; another event's "ago" or another shooting's day first); the first test pins the
scores this round reached on it.  The focused tests use sentences written for them, each a rule's positive case and
its near misses."""

from __future__ import annotations

from datetime import date

from .dating import (SUNDAY_BEFORE, THURSDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, assert_halves_salted,
                     assert_set_reached, date_of as _date, day_of as _day, on as _on)

# reached this round (before it: set 6 rules 19, check 14); the check half rose to 20 in the nineteenth round
SET_6 = {"rules": 28, "check": 20}
FRIDAY = date(2022, 3, 18)
SATURDAY = date(2022, 3, 19)
SUNDAY = date(2022, 3, 20)


def test_date_check_set_6_scores(ledger) -> None:
    assert_set_reached(ledger, "6", 69, SET_6)


def test_set_6_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("6", "eighteenth-dates6:", "d18", 69)


# -- the shooting's bare weekday after the day of what only follows it ------------------------------------------


def test_a_death_told_first_puts_the_shootings_weekday_a_week_back() -> None:
    # died Sunday (March 13); "Tuesday" read as yesterday would come after the death: it is the Tuesday before
    text = ("Ronald Pisk, 44, died Sunday at a hospital, the coroner said. Police said Pisk was shot in the stomach "
            "Tuesday evening outside a bar on Elm Street.")
    assert _day(_date(text)) == _on(date(2022, 3, 8))


def test_a_death_after_the_shootings_weekday_keeps_it() -> None:
    # near miss: died Tuesday, shot Sunday: the Sunday already comes first
    text = ("Gerald Tovey, 39, died Tuesday at a hospital, the coroner said. Police said Tovey was shot in the chest "
            "Sunday night outside a tavern on Elm Street.")
    assert _day(_date(text)) == _on(SUNDAY_BEFORE)


def test_taken_off_life_support_and_an_arraignment_are_later_events() -> None:
    text = ("A 6-year-old boy was taken off life support Sunday and died, his family said. The boy and his brother "
            "were waiting in a parked pickup Monday afternoon when they found a loaded revolver.")
    assert _day(_date(text)) == _on(date(2022, 3, 7))
    robbery = ("A 19-year-old man shot himself in the foot while holding up a gas station late Friday, according to "
               "charging papers. His getaway driver was arraigned Tuesday on a robbery charge.")
    assert _day(_date(robbery, SATURDAY)) == _on(date(2022, 3, 11))


def test_a_news_conference_told_first_puts_the_shooting_a_week_back() -> None:
    text = ("Police held a news conference Wednesday to ask for help finding whoever shot a boy on Orchard Street. "
            "The boy was hit in the hip Thursday night as he rode his bicycle home.")
    assert _day(_date(text, FRIDAY)) == _on(THURSDAY_BEFORE)


def test_an_arraignment_or_a_funeral_ahead_is_no_later_event() -> None:
    # near misses: the arraignment and the funeral are to come ("Tuesday" in a sentence of what will be, whatever it
    # resolved to), and a funeral home names a place
    ahead = ("A 20-year-old man shot himself in the leg while holding up a store late Friday, police said. He is "
             "expected to be arraigned Monday on a robbery charge.")
    assert _day(_date(ahead, SATURDAY)) == _on(FRIDAY)
    funeral = ("Deputies said the boy was shot Wednesday afternoon while hunting with a cousin. A funeral will be "
               "held at 9 a.m. Tuesday at his church.")
    assert _day(_date(funeral, SATURDAY)) == _on(WEDNESDAY)
    home = ("Deputies said the boy was shot Wednesday afternoon while hunting with a cousin. His family met Tuesday "
            "at Hale Funeral Home.")
    assert _day(_date(home, SATURDAY)) == _on(WEDNESDAY)
    # the same without "Home": a funeral held Tuesday came after the shooting, so Wednesday is the one before
    held = home.replace("His family met Tuesday at Hale Funeral Home", "A funeral was held Tuesday")
    assert _day(_date(held, SATURDAY)) == _on(date(2022, 3, 9))


# -- last week's shooting by its weekday -------------------------------------------------------------------------


def test_last_weeks_shooting_by_a_weekday_late_in_the_next_week() -> None:
    # a Friday report: "Thursday" read as yesterday is this week's, so last week's shooting is the Thursday before
    text = ("Police arrested a 22-year-old man Thursday in last week's shooting on Maple Street. Officers said a man "
            "was shot in the back Thursday night as he walked out of a party.")
    assert _day(_date(text, FRIDAY)) == _on(THURSDAY_BEFORE)


def test_last_week_in_a_weekend_report_holds_the_week_now_ending() -> None:
    text = ("A 21-year-old woman was arrested Saturday in last week's drive-by shooting that wounded a boy. The boy "
            "was hit by a bullet about 9 p.m. Tuesday, March 15, deputies said.")
    assert _day(_date(text, SUNDAY)) == _on(TUESDAY_BEFORE)
    # near miss: in a Wednesday report last week is the week before, and this week's March 15 does not narrow it
    midweek = text.replace("arrested Saturday", "arrested Tuesday")
    assert _date(midweek, WEDNESDAY).precision == "week"


def test_two_weeks_ago_is_not_narrowed_by_a_weekday_a_week_back() -> None:
    # near miss: "Two weeks ago" is no "last week"; a later Friday read a week earlier would fall inside it
    text = ("Two weeks ago, students painted the names of two classmates killed in a car crash on the rock. He died "
            "Friday night after a rifle went off inside the truck he was riding in.")
    span = _date(text)  # the fourteenth day back since round 34b (the week's Monday before it)
    assert (span.text, span.start) == ("Two weeks ago", date(2022, 3, 2))
    last = text.replace("Two weeks ago", "Last week")
    assert _day(_date(last)) == _on(date(2022, 3, 11))


# -- the violence's words: a gun that went off, a fight that broke out ---------------------------------------------


def test_a_gun_that_went_off_dates_the_shooting_after_a_plea_day() -> None:
    text = ("A father pleaded no contest Monday to endangering a child after his daughter was shot with his revolver. "
            "Police said the gun went off on Nov. 22 while he was cleaning it at the kitchen table.")
    assert _day(_date(text)) == _on(date(2021, 11, 22))
    # near miss: a store that opened on Nov. 22 is no violence; the plea's day stays
    store = text.replace("the gun went off on Nov. 22", "the store opened on Nov. 22")
    assert _day(_date(store)) == _on(date(2022, 3, 14))


def test_a_fight_that_broke_out_dates_the_shooting_after_a_sentencing_day() -> None:
    text = ("A 19-year-old man was sentenced Friday to four years in prison for an evening shooting outside a school. "
            "On June 13, a fight broke out between two groups who had met at the school, and he fired three shots.")
    assert _day(_date(text, date(2022, 11, 4))) == _on(date(2022, 6, 13))
    met = text.replace("a fight broke out between two groups who had met", "two groups met")
    assert _day(_date(met, date(2022, 11, 4))) == _on(date(2022, 11, 4))


def test_a_shooting_on_the_reports_own_weekday_or_a_later_event_six_days_back_orders_nothing() -> None:
    # near misses: a report whose date is the shooting's ("Wednesday" in a Wednesday report) tells a later death by a
    # weekday only when the page's date lags its writing; and a later event read six days back is as often tomorrow's
    today = ("Kieara Green, 18, died Tuesday afternoon at a hospital, the coroner said. Green was one of four women "
             "police say were shot at a home on Elm Street on Wednesday night.")
    assert _day(_date(today)) == _on(WEDNESDAY)
    six_back = ("Marco Reyes was arraigned in court on Thursday. Police said he shot a man at a party on Elm Street "
                "Tuesday morning.")
    assert _day(_date(six_back)) == _on(TUESDAY_BEFORE)
    # the same arraignment on Monday, two days back, puts the Tuesday a week earlier
    two_back = six_back.replace("on Thursday", "on Monday")
    assert _day(_date(two_back)) == _on(date(2022, 3, 8))
