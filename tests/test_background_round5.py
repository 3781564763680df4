"""Earlier incidents told in a report's background, round five: their figures are no claims about the report's own.

tests/data/background_reports_round5.jsonl holds invented local-news and conflict wire reports whose later
paragraphs tell earlier incidents (a tally of the week's shootings, a killing at the same corner last month,
a past trial, an anniversary), each with the killed and injured counts of the MAIN incident, and controls
where a later sentence still tells this incident ("On Monday, the second victim died").  The report figure
is the one the GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventdesk.models import Report

from .test_casualties_round5 import _figures

DATA = Path(__file__).resolve().parent / "data" / "background_reports_round5.jsonl"
PUBLISHED = dt.date(2017, 3, 14)  # a Tuesday


def _report(mentions_of, text):
    return _figures(mentions_of(text, published=PUBLISHED))


def test_invented_reports(ledger):
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 40
    reports = [Report(id=str(i), title=r["title"], text=r["text"], published=PUBLISHED) for i, r in enumerate(rows)]
    wrong = []
    for report, _, mentions in ledger.analyze(reports):
        r = rows[int(report.id)]
        got = _figures(mentions)
        if got != (r["killed"], r["injured"]):
            wrong.append((r["title"], got, (r["killed"], r["injured"])))
    # 10 of 42 before this round's rules; the controls still wrong count a later death or a third
    # victim of this incident short, which is no matter of background
    assert len(rows) - len(wrong) >= RIGHT, wrong


RIGHT = 35


@pytest.mark.parametrize("text, expected", [
    # a cue of an earlier time, after the lead
    ("A 15-year-old boy was shot and wounded near Jefferson Park on Monday afternoon, police said. "
     "Last weekend, two people were killed and five were injured at a party a mile away.", (0, 1)),
    ("Two men were shot and wounded on Oak Street on Sunday night, police said. "
     "Earlier this month, a man was shot and killed on the same block.", (0, 2)),
    ("A man was shot and killed in the parking lot of a shopping plaza Sunday evening, police said.\n\n"
     "In another shooting last weekend, four people were wounded outside a bar on Main Street.", (1, 0)),
    ("A man was shot and wounded outside the Blue Note bar early Sunday, police said. "
     "The bar was the scene of a previous shooting in which two patrons were killed.", (0, 1)),
    ("A man was shot and killed at a laundromat on Fifth Street on Monday, police said. The shooting came "
     "days after a woman was wounded in a shooting outside the same laundromat.", (1, 0)),
])
def test_an_earlier_time_after_the_lead_is_background(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


def test_the_leads_own_time_is_no_earlier_time(analyze):
    # "last week" names the lead's own shooting here
    doc = analyze("Three people were shot and wounded outside a gas station last week, police said. "
                  "Last week, a fourth man was also wounded there, police said Tuesday.", anchor=PUBLISHED)
    assert doc._.background == set()


@pytest.mark.parametrize("text, expected", [
    ("A man was shot and wounded in a shooting near Lincoln Park on Saturday, police said. "
     "On March 3, a 19-year-old was shot and killed on the park's basketball court.", (0, 1)),
    ("Two men were shot and killed at the Westwood apartment complex on Monday night, police said. "
     "On Feb. 18, a woman was wounded by a stray bullet at the complex.", (2, 0)),
])
def test_a_date_before_the_leads_is_background(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


def test_an_aftermath_or_a_time_stamp_is_not_the_leads_date(analyze):
    # "turned himself in Monday" is the surrender's date: Saturday's killing is this incident's
    doc = analyze("A man accused of fatally shooting a police officer turned himself in Monday, authorities said. "
                  "He is accused of killing Officer Dan Reyes on Saturday night.", anchor=dt.date(2017, 3, 14))
    assert doc._.background == set()


@pytest.mark.parametrize("text, expected", [
    # no date in the lead: only the tally says that Saturday's shooting is another one
    ("A 31-year-old man was shot and killed outside a bakery on Grove Avenue, police said. "
     "It was the fourth shooting in the city this week. On Saturday, two women were wounded on Elm Street.", (1, 0)),
    # the tally and the other incident in one sentence
    ("A man was shot and wounded during a carjacking on Monday, police said. It was the second carjacking in the "
     "area this week; a woman was shot and killed in a carjacking on Saturday.", (0, 1)),
    ("A woman was wounded on Interstate 10 in what police believe is the latest in a series of road "
     "rage shootings. Two drivers were wounded on the highway on Friday.", (0, 1)),
])
def test_after_a_tally_another_date_is_another_incident(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A man was shot and wounded outside a barbershop on Tuesday, police said. The man had testified in a murder "
     "trial. In that trial, a man was convicted of killing two people outside a nightclub.", (0, 1)),
    ("A 27-year-old man was killed in a drive-by shooting on Monday night, police said. His brother was "
     "convicted of shooting and killing two men outside a nightclub.", (1, 0)),
])
def test_a_past_trial_is_background(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


def test_a_conviction_in_named_shooting_deaths_is_past(mentions_of):
    # "the shooting deaths of two players" names the earlier incident, not this one
    text = ("A 19-year-old man was shot and killed at an apartment complex on Sunday morning, police said. "
            "Jurors convicted another man of capital murder in the shooting deaths of two former players.")
    assert _report(mentions_of, text) == (1, 0)


def test_shooting_deaths_named_with_an_earlier_date_are_past(mentions_of):
    text = ("A 19-year-old man was shot and killed at an apartment complex on Sunday morning, police said. "
            "Police are still investigating the shooting deaths of two brothers on March 2 at the same complex.")
    assert _report(mentions_of, text) == (1, 0)


def test_a_sentence_going_on_about_the_earlier_incident_is_background(mentions_of):
    text = ("A 19-year-old man was shot and killed at an apartment complex on Sunday morning, police said. "
            "Last month, a man was shot and killed at a party two blocks away. Three other people were wounded.")
    assert _report(mentions_of, text) == (1, 0)


def test_other_victims_of_this_incident_still_count(mentions_of):
    # after the earlier incident, the lead's own day brings the report back to its incident
    text = ("A man was shot and killed outside a bar on Sunday morning, police said. "
            "Last month, a man was shot and killed at a party two blocks away. "
            "Three other people were wounded outside the bar on Sunday morning.")
    assert _report(mentions_of, text) == (1, 3)


def test_a_year_compared_with_and_its_toll_are_background(analyze):
    doc = analyze("A man was shot and killed on Tuesday, police said. It is the most killings the city has seen in "
                  "January since 2007, when 28 were killed.", anchor=dt.date(2014, 1, 28))
    assert doc._.background == {1}


def test_a_court_story_keeps_its_trial(mentions_of):
    text = ("A man was sentenced to life in prison on Monday for shooting and killing two men outside a nightclub. "
            "At his trial, a jury also convicted him of wounding a woman.")
    assert _report(mentions_of, text) == (2, 1)


def test_this_incident_named_right_before_a_time_cue(analyze):
    # "the shooting last week" is the report's own, though the lead does not say "last week"
    doc = analyze("Two men were shot and wounded outside a gas station, police said Tuesday. "
                  "The shooting last week also wounded a woman, police said.", anchor=PUBLISHED)
    assert doc._.background == set()


@pytest.mark.parametrize("text, expected", [
    ("A man who was shot on Friday night died on Monday, police said. "
     "He was shot in the head outside a corner store.", (1, 0)),
    ("Police on Monday identified the two men killed in a shooting on Saturday night. "
     "A third man was wounded in the shooting and is in stable condition.", (2, 1)),
    ("A 19-year-old was charged Monday with killing a man and wounding a woman in a shooting on Saturday, "
     "police said. The man died at the scene.", (1, 1)),
    ("Hundreds gathered on Monday for the funeral of a teenager who was shot and killed on March 4 outside his "
     "school. Police said another student was wounded in the shooting.", (1, 1)),
])
def test_later_news_of_this_incident_still_counts(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


def test_news_of_the_victims_condition_is_this_incidents(analyze):
    # the report's date makes Sunday the day before Saturday's shooting; a victim's condition is news of it
    doc = analyze("A man was shot and wounded by a police officer Saturday afternoon. As of Sunday morning, "
                  "the wounded man remains hospitalized in stable condition.", anchor=dt.date(2015, 12, 26))
    assert doc._.background == set()
