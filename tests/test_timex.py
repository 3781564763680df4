"""Date expressions: finding them, resolving them, and picking the incident's date."""

from __future__ import annotations

import time
from datetime import date

import pytest

from eventdesk.models import DateSpan
from eventdesk.timex import Timex, anchor_from_text, find_timexes, incident_date, resolve_relative

FRIDAY = date(2022, 1, 21)  # a Friday


def d(iso: str) -> date:
    return date.fromisoformat(iso)


# --------------------------------------------------------------------------
# resolve_relative: one phrase, anchor Friday 2022-01-21


@pytest.mark.parametrize(
    "phrase, start, end, precision",
    [
        ("Thursday night", "2022-01-20", "2022-01-20", "day"),
        ("on Friday", "2022-01-21", "2022-01-21", "day"),  # anchor's weekday = the anchor
        ("Friday", "2022-01-21", "2022-01-21", "day"),
        ("late Wednesday", "2022-01-19", "2022-01-19", "day"),
        ("late on Wednesday", "2022-01-19", "2022-01-19", "day"),
        ("early Monday", "2022-01-17", "2022-01-17", "day"),
        ("Tuesday morning", "2022-01-18", "2022-01-18", "day"),
        ("on Saturday", "2022-01-15", "2022-01-15", "day"),  # most recent, never ahead
        ("last Friday", "2022-01-14", "2022-01-14", "day"),
        ("next Friday", "2022-01-28", "2022-01-28", "day"),
        ("overnight Thursday", "2022-01-20", "2022-01-21", "days"),
        ("today", "2022-01-21", "2022-01-21", "day"),
        ("yesterday", "2022-01-20", "2022-01-20", "day"),
        ("yesterday morning", "2022-01-20", "2022-01-20", "day"),
        ("the day before yesterday", "2022-01-19", "2022-01-19", "day"),
        ("overnight", "2022-01-20", "2022-01-21", "days"),
        ("last night", "2022-01-20", "2022-01-21", "days"),
        ("this week", "2022-01-17", "2022-01-23", "week"),
        ("earlier this week", "2022-01-17", "2022-01-21", "week"),
        ("last week", "2022-01-10", "2022-01-16", "week"),
        ("last weekend", "2022-01-15", "2022-01-16", "days"),
        ("over the weekend", "2022-01-15", "2022-01-16", "days"),
        ("earlier this month", "2022-01-01", "2022-01-21", "month"),
        ("last month", "2021-12-01", "2021-12-31", "month"),
        ("last year", "2021-01-01", "2021-12-31", "year"),
        ("two days ago", "2022-01-19", "2022-01-19", "day"),
        ("3 days ago", "2022-01-18", "2022-01-18", "day"),
        ("a few days ago", "2022-01-16", "2022-01-19", "days"),
        ("two weeks ago", "2022-01-03", "2022-01-09", "week"),
        ("in 2019", "2019-01-01", "2019-12-31", "year"),
        ("in March", "2021-03-01", "2021-03-31", "month"),  # the March before the anchor
        ("in January", "2022-01-01", "2022-01-31", "month"),
        ("mid-December", "2021-12-01", "2021-12-31", "month"),
        ("March 2019", "2019-03-01", "2019-03-31", "month"),
    ],
)
def test_resolve_relative(phrase: str, start: str, end: str, precision: str) -> None:
    span = resolve_relative(phrase, FRIDAY)
    assert span is not None
    assert (span.start, span.end, span.precision) == (d(start), d(end), precision)


@pytest.mark.parametrize(
    "phrase",
    ["January 21, 2022", "Jan. 21, 2022", "21 January 2022", "2022-01-21", "1/21/2022", "21.01.2022",
     "Friday, Jan. 21", "the 21st of January", "Jan 21"],
)
def test_explicit_date_shapes(phrase: str) -> None:
    span = resolve_relative(phrase, date(2022, 2, 3))
    assert span == DateSpan(d("2022-01-21"), d("2022-01-21"), "day", phrase)


def test_slash_dates_are_month_first_unless_they_cannot_be() -> None:
    assert resolve_relative("3/4/2022", FRIDAY).start == d("2022-03-04")
    assert resolve_relative("21/1/2022", FRIDAY).start == d("2022-01-21")
    assert resolve_relative("2/30/2022", FRIDAY) is None


def test_month_day_without_year_is_the_most_recent_one() -> None:
    assert resolve_relative("Dec. 30", date(2022, 1, 2)).start == d("2021-12-30")
    # One day of tolerance for timezones: a dateline of Jan 2 may report Jan 3.
    assert resolve_relative("Jan. 3", date(2022, 1, 2)).start == d("2022-01-03")
    assert resolve_relative("Jan. 5", date(2022, 1, 2)).start == d("2021-01-05")


def test_stated_weekday_picks_the_year() -> None:
    # Jan 27 was a Sunday in 2019, not in 2018 or 2020: the weekday wins over
    # the "on or before the anchor" rule.
    anchor = date(2019, 1, 25)
    assert resolve_relative("on Sunday, Jan. 27", anchor).start == d("2019-01-27")
    assert resolve_relative("Tuesday, Jan. 27", date(2026, 1, 28)).start == d("2026-01-27")


def test_day_range() -> None:
    span = resolve_relative("Jan. 19-20", FRIDAY)
    assert (span.start, span.end, span.precision) == (d("2022-01-19"), d("2022-01-20"), "days")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The council will vote on Monday.", "2022-01-24"),
        ("Talks are scheduled to resume on Wednesday.", "2022-01-26"),
        ("The funeral is set for Saturday.", "2022-01-22"),
        ("Leaders will meet on Jan. 27.", "2022-01-27"),
        # No future cue: the same weekday and date fall in the past.
        ("The council voted on Monday.", "2022-01-17"),
        ("Leaders met on Jan. 27.", "2021-01-27"),
    ],
)
def test_future_cues(text: str, expected: str) -> None:
    (timex,) = find_timexes(text, FRIDAY)
    assert timex.span.start == d(expected)


def test_future_cue_in_another_sentence_does_not_count() -> None:
    text = "Elections will be held. Gunmen struck on Monday."
    (timex,) = find_timexes(text, FRIDAY)
    assert timex.span.start == d("2022-01-17")


def test_dateparser_covers_other_ago_phrases() -> None:
    span = resolve_relative("a fortnight ago", FRIDAY)
    assert span is not None and span.start <= d("2022-01-07") <= span.end


def test_resolve_relative_accepts_lower_case_names() -> None:
    # dateparser alone would put "friday" a week back; the news rule keeps it today.
    assert resolve_relative("on friday", FRIDAY).start == d("2022-01-21")
    assert resolve_relative("dec. 30", date(2022, 1, 2)).start == d("2021-12-30")


def test_unresolvable_phrases() -> None:
    assert resolve_relative("the attack", FRIDAY) is None
    assert resolve_relative("", FRIDAY) is None


# --------------------------------------------------------------------------
# find_timexes


def test_offsets_and_text() -> None:
    text = "Gunmen killed 14 people late Wednesday in Kaduna, a week after an attack on Jan. 12, police said."
    timexes = find_timexes(text, FRIDAY)
    assert [t.text for t in timexes] == ["late Wednesday", "Jan. 12"]
    for t in timexes:
        assert text[t.start : t.end] == t.text == t.span.text
    assert [t.explicit for t in timexes] == [False, True]
    assert timexes[1].span.start == d("2022-01-12")


def test_longest_match_wins() -> None:
    (timex,) = find_timexes("It happened on Sunday, Jan. 16, at dawn.", FRIDAY)
    assert timex.text == "Sunday, Jan. 16"
    assert timex.span.start == d("2022-01-16")


def test_without_anchor_only_dates_with_years_resolve() -> None:
    text = "On Friday, Jan. 14, and on January 21, 2022, and in 2019, and yesterday."
    timexes = find_timexes(text, None)
    assert [(t.text, t.span.start) for t in timexes] == [
        ("January 21, 2022", d("2022-01-21")),
        ("in 2019", d("2019-01-01")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Sunday Times reported the figures.",
        "Prayers were held on Good Friday.",
        "Officials may 5 times revise it.",  # lower-case "may" is no month
        "Protesters march in the capital.",
        "Troops killed 2000 people in 2000 attacks.",
        "The score was 3/4 at half time.",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert find_timexes(text, FRIDAY) == []


def test_offsets_survive_characters_that_grow_when_lowercased() -> None:
    # "İ".lower() is two characters; offsets must still point into the text.
    text = "İİİ Gunmen attacked the town yesterday."
    (timex,) = find_timexes(text, FRIDAY)
    assert text[timex.start : timex.end] == "yesterday"
    assert timex.span.start == d("2022-01-20")


def test_timex_is_frozen() -> None:
    (timex,) = find_timexes("today", FRIDAY)
    assert isinstance(timex, Timex)
    with pytest.raises(AttributeError):
        timex.start = 3  # type: ignore[misc]


# --------------------------------------------------------------------------
# incident_date


def test_incident_date_prefers_day_precision_over_background() -> None:
    text = (
        "Gunmen killed 14 people in an attack on a village on Thursday night, officials said. "
        "Last year, a similar attack killed 20, and in 2019 the army lost 81 soldiers."
    )
    assert incident_date(text, FRIDAY) == DateSpan(d("2022-01-20"), d("2022-01-20"), "day", "Thursday night")


def test_incident_date_prefers_priority_sentences() -> None:
    text = "On Monday, the convoy left the capital. Five people were found in the river late Wednesday."
    second = (text.index("Five"), len(text))
    assert incident_date(text, FRIDAY).start == d("2022-01-17")  # first in the text
    assert incident_date(text, FRIDAY, sentences_first=[second]).start == d("2022-01-19")


def test_incident_date_prefers_the_date_of_the_violence_over_the_aftermath() -> None:
    text = "On Monday, officials met in the capital. Gunmen killed five people late Wednesday."
    assert incident_date(text, FRIDAY).start == d("2022-01-19")
    text = "A 24-year-old man was charged with murder Thursday after he shot a woman Saturday in Rogers Park."
    assert incident_date(text, FRIDAY).start == d("2022-01-15")
    text = "Police arrested a suspect Friday in the Jan. 6 shooting of a teenager, police said."
    assert incident_date(text, FRIDAY).start == d("2022-01-06")


def test_incident_date_day_beats_vague_date_in_priority_sentence() -> None:
    text = "The attack came on Tuesday. It killed 12, the worst toll since last month."
    killed = (text.index("It killed"), len(text))
    assert incident_date(text, FRIDAY, sentences_first=[killed]).start == d("2022-01-18")


def test_incident_date_ignores_future_dates() -> None:
    text = "The council will vote on Monday on the curfew imposed after gunmen killed five."
    assert incident_date(text, FRIDAY) == DateSpan(FRIDAY, FRIDAY, "days")  # the report's day, as a guess


def test_incident_date_ignores_background_years() -> None:
    text = "In 2019, 81 soldiers died there. Last year the town was attacked again."
    assert incident_date(text, FRIDAY) == DateSpan(FRIDAY, FRIDAY, "days")  # the report's day, as a guess


def test_incident_date_uses_month_precision_when_that_is_all() -> None:
    text = "An attack earlier this month killed five people, the report said."
    assert incident_date(text, FRIDAY) == DateSpan(d("2022-01-01"), d("2022-01-21"), "month", "earlier this month")


def test_incident_date_month_day_over_year_boundary() -> None:
    text = "Gunmen killed nine people on Dec. 30 in the north."
    assert incident_date(text, date(2022, 1, 2)).start == d("2021-12-30")


def test_incident_date_falls_back_to_the_report_date() -> None:
    # the report's own day, at precision "days": a guess, not a stated day
    assert incident_date("Gunmen killed nine people.", FRIDAY) == DateSpan(FRIDAY, FRIDAY, "days")


def test_incident_date_without_anchor() -> None:
    assert incident_date("Gunmen killed nine people on Thursday.", None) == DateSpan(None, None, "unknown")
    span = incident_date("Gunmen killed nine people on January 20, 2022.", None)
    assert (span.start, span.precision) == (d("2022-01-20"), "day")


# --------------------------------------------------------------------------
# anchor_from_text


def test_anchor_from_text_takes_the_latest_full_date() -> None:
    text = "Posted 2022-01-19. Updated January 21, 2022. The 2019 attack on March 3, 2019 was worse."
    assert anchor_from_text(text) == d("2022-01-21")


def test_anchor_from_text_needs_a_year() -> None:
    assert anchor_from_text("Gunmen struck on Jan. 20 and again on Friday, in March.") is None
    assert anchor_from_text("") is None


# --------------------------------------------------------------------------
# Speed: this runs on every report, so it must stay far below a parse.


