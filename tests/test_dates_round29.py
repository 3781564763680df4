"""Twenty-ninth round of incident dates: the leftovers a study of the SemEval dev documents dated a day or more off
found beyond sets 1-13 (a quoted statement's own "this evening's incident" in a report published the next day, an
embedded tweet's date beside the shooting's weekday).

``eval/dates_check14.jsonl`` holds 60 invented reports of those kinds, of follow-ups weeks later, court days,
roundups, settled "overnight" and "over the weekend", spans, and their near misses; the first test pins the scores this
round reached on it.  The focused tests use reports and sentences written for them, each a rule's positive case and its
near misses."""

from __future__ import annotations

from eventdesk.timex import incident_date

from .dating import MONDAY_BEFORE, TUESDAY_BEFORE, WEDNESDAY, assert_halves_salted, assert_set_reached
from .dating import role_of as _role

# reached this round (before it: set 14 rules 14, check 31)
SET_14 = {"rules": 19, "check": 34}  # rules 18 until round 34b (whole weeks ago)


def test_date_check_set_14_scores(ledger) -> None:
    assert_set_reached(ledger, "14", 60, SET_14)


def test_set_14_is_registered_with_its_own_salt() -> None:
    assert_halves_salted("14", "twenty-ninth-dates14:", "d29", 60)


def _span(text: str, anchor=WEDNESDAY) -> tuple:
    span = incident_date(text, anchor)
    return span.start, span.end


# -- a quoted statement's own day ------------------------------------------------------------------------------------


def test_a_quoted_this_evenings_incident_yields_to_the_shootings_weekday() -> None:
    text = ("A man shot a clerk at a gas station on Lyle Avenue at about 8:15 p.m. Monday, police said. \"Our officers "
            "were on scene within two minutes of this evening's shooting,\" the chief said in a release.")
    assert _span(text) == (MONDAY_BEFORE, MONDAY_BEFORE)
    curly = ("Two men were wounded outside a bar on Hale Road about 10:40 p.m. Tuesday. \u201cTonight\u2019s shooting "
             "started with an argument in the parking lot,\u201d a sergeant said in a statement.")
    assert _span(curly) == (TUESDAY_BEFORE, TUESDAY_BEFORE)
    earlier = ("A worker opened fire at a warehouse on Dix Road at about 2:45 p.m. Monday. \"Earlier today a former "
               "employee fired on his colleagues,\" the company said in a statement that night.")
    assert _span(earlier) == (MONDAY_BEFORE, MONDAY_BEFORE)


def test_a_quoted_own_day_with_no_other_day_is_the_reports() -> None:
    # near misses: a same-day release names no other day; the quoted day is the only one
    text = "A man was shot outside a tavern on Dean Street. \"Tonight's shooting is under investigation,\" police said."
    assert _span(text) == (WEDNESDAY, WEDNESDAY)
    release = ("\"Officers responded to this evening's shooting on Cole Street at about 7:20 p.m.,\" the department said "
               "in a release. A 19-year-old man was taken to a hospital.")
    assert _span(release) == (WEDNESDAY, WEDNESDAY)


def test_an_own_day_outside_the_quotation_keeps_the_incidents_role() -> None:
    # near miss: the quotation closed before "tonight's shooting": the report's own words, still the shooting's day
    text = ("\"We will find him,\" the chief said of tonight's shooting on Cole Street. A man was shot in the arm, and a "
            "burglary was reported Monday on the same block.")
    assert _role(text, "tonight") == 2
    assert _span(text) == (WEDNESDAY, WEDNESDAY)


# -- an embedded tweet's date ----------------------------------------------------------------------------------------


def test_an_embedded_tweets_date_yields_to_the_shootings_weekday() -> None:
    text = ("Police say a gunman opened fire in a store at the Ridgeview Mall. pic.twitter.com/AbC123 \u2014 Dana Reed "
            "(@danareed) March 16, 2022\nThe shooting began just before 7 p.m. on Tuesday when a man opened fire inside "
            "the store.")
    assert _role(text, "March 16, 2022") == 0
    assert _span(text) == (TUESDAY_BEFORE, TUESDAY_BEFORE)


def test_an_embedded_tweets_date_still_dates_a_report_with_no_other_day() -> None:
    # near miss: a bare "overnight" and the tweet's day: the tweet's day, as before
    text = ("Two men were shot at a sports bar on Channel Street. pic.twitter.com/XyZ789 \u2014 Marv Cole (@marvcole) "
            "March 16, 2022\nA bar fight ended in a shooting overnight, police said.")
    assert _span(text) == (WEDNESDAY, WEDNESDAY)
    # and a date after a name that is no tweet's byline keeps its role
    plain = "Officers found the man shot on Channel Street (near the bar) March 15, 2022, police said."
    assert _role(plain, "March 15, 2022") != 0
