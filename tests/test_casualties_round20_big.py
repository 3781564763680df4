"""Per-report killed / injured figures, round twenty: big figures that are not the report's incident.

``eval/counts_check22.jsonl`` holds 50 invented long wire, TV-station and newspaper reports and opinion pieces whose
big figures belong elsewhere (a mass shooting recalled or compared, a holiday weekend's, a month's or a city's tally,
a nation's counts, anniversaries, trials that recount other shootings, a war abroad, a stampede) beside true mass
shootings told with their own big figures.  The test below pins the scores this round reached on it.  The focused
tests use texts written for them, each a rule's positive case and its near miss; the figure is the one the GVDB suite
scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import datetime as dt

import pytest

from .tolls import check_set_scores, figures as _figures


def test_twenty_second_check_set_scores(ledger):
    scores = check_set_scores(ledger, "22", rows=50)
    # both exact before this round: rules half 11 of 25, check half 16 of 25
    assert scores["rules"]["rows"] == 25 and scores["check"]["rows"] == 25
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


def test_twenty_second_check_set_salt():
    from eval import check_sets, counts_check

    _, half_of = counts_check.SETS["22"]
    assert half_of("c22b-001") == check_sets.first_digit_half("twentieth-big22:", "c22b-001")


# after the round's rules (rules half 11 -> 17, check half 16 -> 17)
RULES_BOTH = 18  # 17 -> 18 with round court22
CHECK_BOTH = 18  # 17 -> 18 with the twenty-fifth session's rounds

_DAY = dt.date(2017, 8, 14)
_LEAD = ("RACINE, Wis. - A 27-year-old man was shot in the arm outside a tavern on Douglas Avenue late Saturday, police "
         "said. He was taken to a hospital in stable condition.\n")


# -- a tally over a place and a stretch of time, told after the lead, is no victim of this incident

@pytest.mark.parametrize("tally", [
    "In all, 14 people were killed and 38 wounded in the city during the month, police said.",
    "By Sunday night, at least 41 people had been shot, six of them fatally, according to a count kept by the paper.",
    '"We had twenty-two people shot in five days in this city," the chief said.',
    "Racine has had 9 homicides this year, and 33 people have been wounded by gunfire, police said.",
    "He was the fourth Racine officer shot in the line of duty this year, and two of them died.",
])
def test_a_period_tally_after_the_lead_is_no_victim(mentions_of, tally):
    assert _figures(mentions_of(_LEAD + tally, published=_DAY)) == (0, 1)


def test_a_second_victim_told_in_the_city_is_this_incidents(mentions_of):
    # near miss: "in the city" without a stretch of time names where this incident's second victim was hurt
    text = _LEAD + "A second man was shot in the leg in the city's north end minutes later, police said."
    assert _figures(mentions_of(text, published=_DAY)) == (0, 2)


def test_a_tally_in_the_lead_leaves_the_lead_its_victim(mentions_of):
    # near miss: the lead sets its own victim in the weekend's tally; the lead stays the report's (how many of the
    # tally's wounded its claims hold is the casualty readers' business, not the segmenter's)
    text = ("RACINE, Wis. - A 16-year-old boy was shot in the leg on Saturday night, one of at least 12 people shot in "
            "the city over the holiday weekend, police said. He is expected to recover.")
    killed, wounded = _figures(mentions_of(text, published=_DAY))
    assert killed == 0 and wounded >= 1


# -- a tally's breakdown goes with the tally

def test_the_breakdown_of_a_tally_is_no_victim(mentions_of):
    text = (_LEAD + "An anti-violence group said at least 80 people had been shot in the city since the beginning of "
            "March.\nThe group said 19 of the 80 had died.")
    assert _figures(mentions_of(text, published=_DAY)) == (0, 1)


def test_of_them_after_this_incident_is_this_incidents(mentions_of):
    # near miss: "of them" after this incident's own toll breaks down this incident's victims
    text = ("RACINE, Wis. - Three men were shot outside a tavern on Douglas Avenue late Saturday, police said.\n"
            "Of them, one died at the scene.")
    assert _figures(mentions_of(text, published=_DAY)) == (1, 2)


# -- a mass shooting readers know by name, which the lead does not tell, is recalled

@pytest.mark.parametrize("recalled", [
    "A neighbor said the gunfire reminded her of the Aurora theater shooting, where 12 people were killed.",
    "Opponents said no bill would have stopped the gunman at Sandy Hook Elementary, where 26 people were killed.",
])
def test_a_known_mass_shooting_recalled_is_no_victim(mentions_of, recalled):
    assert _figures(mentions_of(_LEAD + recalled, published=_DAY)) == (0, 1)


def test_a_known_mass_shooting_the_lead_tells_keeps_its_figures(mentions_of):
    # near miss: the report is news of that shooting; its later figures are its own
    text = ("AURORA, Colo. - A gunman opened fire inside the Aurora theater early Friday, killing 12 people, police "
            "said.\nAt the Aurora theater, 58 others were wounded by gunfire, officials said later.")
    assert _figures(mentions_of(text, published=dt.date(2012, 7, 20))) == (12, 58)


def test_a_city_without_a_massacre_word_is_no_known_mass_shooting(mentions_of):
    # near miss: the city of a known mass shooting, named for a shooting of its own, is no recall
    text = ("A 27-year-old man was shot in the arm outside a tavern late Saturday, police said.\n"
            "Las Vegas police said a second man was also shot and wounded there.")
    assert _figures(mentions_of(text, published=_DAY)) == (0, 2)


def test_no_pulse_is_no_known_mass_shooting(mentions_of):
    # near miss: the lower-case word of a medical report is not the nightclub's name
    text = ("RACINE, Wis. - A man was shot in the chest outside a tavern on Douglas Avenue late Saturday, police said.\n"
            "He had no pulse when two officers found him, and he was killed, the medical examiner said.")
    assert _figures(mentions_of(text, published=_DAY)) == (1, 0)


# -- a yearly figure and an average day are statistics

@pytest.mark.parametrize("stat", [
    "Health officials said about 180 people die from gunshots in the state each year.",
    "About 40 people are shot to death on an average day in the United States, federal data show.",
])
def test_a_yearly_or_daily_average_is_no_victim(mentions_of, stat):
    assert _figures(mentions_of(_LEAD + stat, published=_DAY)) == (0, 1)


def test_a_known_mass_shooting_compared_with_leaves_this_incidents_figures(mentions_of):
    # near miss: the figures before "the deadliest ... since Sandy Hook" are this incident's, told after its lead
    text = ("REDLANDS, Calif. - A gunman opened fire at a holiday party at a county office on Wednesday, police said.\n"
            "It ended with 14 people dead and 17 wounded, the deadliest mass shooting since Sandy Hook.")
    assert _figures(mentions_of(text, published=dt.date(2015, 12, 3))) == (14, 17)


# -- after a sentence that recalls an earlier shooting without figures, "in that shooting" goes on about it

def test_that_shooting_after_a_recalled_one_is_no_victim(mentions_of):
    text = (_LEAD + "Neighbors said a memorial for a man killed at the same corner in March had just been taken down.\n"
            "In that shooting, three people were shot and one died.")
    assert _figures(mentions_of(text, published=_DAY)) == (0, 1)


def test_that_shooting_after_a_sentence_of_today_is_this_incidents(mentions_of):
    # near miss: no earlier time is recalled before "that shooting", which is this incident
    text = ("RACINE, Wis. - Gunfire broke out outside a tavern on Douglas Avenue late Saturday, police said.\n"
            "Neighbors said they heard at least ten shots.\nIn that shooting, two men were wounded.")
    assert _figures(mentions_of(text, published=_DAY)) == (0, 2)


# -- "Two of them" after a tally without figures breaks the tally down

def test_two_of_them_after_an_officers_tally_is_no_victim(mentions_of):
    text = (_LEAD + "He was the seventh Racine officer shot in the line of duty this year.\nTwo of them died.")
    assert _figures(mentions_of(text, published=_DAY)) == (0, 1)


def test_two_of_them_after_this_incidents_victims_is_this_incidents(mentions_of):
    # near miss: after this incident's own victims, "Two of them died" is its dead
    text = ("RACINE, Wis. - Three men were shot outside a tavern on Douglas Avenue late Saturday, police said.\n"
            "Two of them died.")
    assert _figures(mentions_of(text, published=_DAY))[0] == 2
