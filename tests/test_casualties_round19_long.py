"""Per-report killed / injured figures, round nineteen: long reports whose figures are not the report's incident.

``eval/counts_check18.jsonl`` holds 36 invented long newspaper and TV-station reports (2,000-4,000 characters): a
fresh shooting beside the city's or the nation's tallies, rates and averages, earlier shootings at the same place,
a victim's or a suspect's history, lists of recent shootings, trial, verdict and sentencing stories that retell their
shooting, and pieces with no current incident (an anniversary, a column of statistics, a year-end report).  The test
below pins the scores this round reached on it.  The focused tests use texts written for them, each a rule's
positive case and its near miss; the figure is the one the GVDB suite scores (``eval.common.report_casualties`` over
victims only)."""

from __future__ import annotations

import datetime as dt

import pytest

from .tolls import check_set_scores, figures as _figures


def test_eighteenth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "18", rows=36)
    # both exact before this round: rules half 15 of 23, check half 5 of 13
    assert scores["rules"]["rows"] == 23 and scores["check"]["rows"] == 13
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


def test_eighteenth_check_set_salt():
    from eval import check_sets, counts_check

    _, half_of = counts_check.SETS["18"]
    assert half_of("c19l-001") == check_sets.first_digit_half("nineteenth-long18:", "c19l-001")


# after the round's rules (the rules half 18 -> 19 with round loose19's hits)
RULES_BOTH = 21  # 19 -> 20 with round court22; 20 -> 21 with the twenty-fourth session's rounds
CHECK_BOTH = 6

_DAY = dt.date(2016, 6, 12)


# -- a rate, an average, a count's definition and a total over "such" shootings are statistics

@pytest.mark.parametrize("stat", [
    "Every month, an average of about 40 women in the state are shot to death by a partner, advocates said.",
    "Officials like to compare the numbers with the 1990s, when more than 200 people a year were killed here.",
    "Researchers say 212 people were shot dead in such shootings.",
    'The tally counts any shooting in which four or more people were wounded, a spokesman said.',
    "Shootings rose 18 percent, with 212 people shot, police data show.",
    "In the first five months, 14 people were shot in the division.",
])
def test_a_statistic_after_the_lead_is_no_victim(mentions_of, stat):
    text = ("GREENVILLE, S.C. - A 31-year-old man was shot and wounded outside a barbershop on Laurens Road on Saturday "
            f"afternoon, police said. He was taken to a hospital in stable condition.\n{stat}")
    assert _figures(mentions_of(text, published=_DAY)) == (0, 1)


def test_every_day_inside_a_quote_is_no_rate(mentions_of):
    # near miss: a rate opens its sentence; "every day" in a quote leaves the killing told in it this incident's
    text = ("GREENVILLE, S.C. - 'I will miss him every day,' said the mother of a man who was shot and killed outside a "
            "barbershop on Laurens Road on Saturday.")
    assert _figures(mentions_of(text, published=_DAY)) == (1, 0)


def test_victims_told_in_the_present_perfect_are_no_tally(mentions_of):
    # near miss: "have been shot" without the year's tally is this incident's toll
    text = ("GREENVILLE, S.C. - Two men have been shot outside a barbershop on Laurens Road, police said Saturday. "
            "Both were taken to a hospital in stable condition.")
    assert _figures(mentions_of(text, published=_DAY)) == (0, 2)


def test_a_toll_told_with_its_day_is_no_statistic(mentions_of):
    # near miss: the words of a statistic are not there; two people wounded on Saturday are this incident's
    text = ("GREENVILLE, S.C. - Two men were shot and wounded outside a barbershop on Laurens Road on Saturday "
            "afternoon, police said. Both were taken to a hospital in stable condition.")
    assert _figures(mentions_of(text, published=_DAY)) == (0, 2)


# -- someone hurt at a time after the lead's is another incident told in passing

@pytest.mark.parametrize("later", [
    "The following day, a woman was wounded in a shooting at a gathering held in his memory.",
    "Three weeks after the party, his cousin was shot and killed on the north side.",
])
def test_someone_hurt_later_is_another_incident(mentions_of, later):
    text = ("TOLEDO, Ohio - A 19-year-old man was shot in the leg at a house party on Dorr Street early Saturday, police "
            f"said. He is expected to recover.\n{later}")
    assert _figures(mentions_of(text, published=_DAY)) == (0, 1)


def test_a_death_told_later_is_this_incidents(mentions_of):
    # near miss: the victim who died the next day is this incident's dead, not another incident's
    text = ("TOLEDO, Ohio - A 19-year-old man was shot in the chest at a house party on Dorr Street early Saturday, police "
            "said.\nThe following day, the man died at a hospital.")
    assert _figures(mentions_of(text, published=_DAY)) == (1, 0)


# -- a lead that marks the time since a past shooting tells no incident of its own

def test_an_anniversary_lead_tells_no_incident(mentions_of):
    text = ("HICKORY, N.C. - About 150 people gathered at a park on Saturday evening to mark two years since a gunman "
            "opened fire at a cookout, killing three people and wounding five.\nOne of the wounded, a woman who was "
            "shot in the hip, read a poem.\nThe gunman is serving a life sentence.")
    assert _figures(mentions_of(text, published=_DAY)) == (0, 0)


def test_a_shooting_told_before_the_time_since_is_this_incidents(mentions_of):
    # near miss: the lead tells its own dead before the time since the earlier shooting
    text = ("HICKORY, N.C. - A man was shot dead outside a park on Saturday evening, two years after the cookout "
            "shooting there, police said. Detectives were searching for a gray sedan.")
    assert _figures(mentions_of(text, published=_DAY)) == (1, 0)
