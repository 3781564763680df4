"""Per-report killed / injured figures, round twenty-five: the counting leftovers earlier rounds named and left.

``eval/counts_check30.jsonl`` holds 70 invented short reports (a third with their paragraphs run together) of the
faults earlier rounds named: a part of a group shot that died ("two of four teenagers shot since early Saturday have
died"), persons coordinated each with an adjective, a plural group noun with ages ("the Harper twins, 17"), a gunman
who killed others and "then shot himself", a suicide told apart and later ("the gunman killed himself hours
later"), a headline cut off mid-word, and an unnamed "him" beside an unnamed wife in one sentence; beside near misses
that keep their count.  The test below pins the scores this round reached on it.  The focused tests use texts
written for them, each a rule's positive case and its near miss; the figure is the one the GVDB suite scores
(``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import datetime as dt

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_thirtieth_check_set_scores(ledger):
    # both exact before this round: rules half 29 of 44, check half 18 of 26
    assert_pinned_halves(ledger, "30", rows=(44, 26), both=(RULES_BOTH, CHECK_BOTH))


def test_thirtieth_check_set_salt():
    assert_salted("30", "twenty-fifth-left25:", "c30-001")


# after the round's rules
RULES_BOTH = 43
CHECK_BOTH = 24  # 20 -> 23 with the thirty-fourth session's counting round, 24 with the thirty-fifth's rounds


# -- "two of three people shot ... have died": the part died, the whole were hit

@pytest.mark.parametrize("text, expected", [
    # the parser hangs "Two of" on "three" as a quantifier, and makes "people" the subject of "died"
    ("CANTON, Ohio - Two of three people shot on Elm Street late Thursday have died, police said Friday.", (2, 1)),
    # the part's own passive "killed", after a whole told hit
    ("ERIE, Pa. - Two of the three people shot on Parade Street on Friday were killed, police said.", (2, 1)),
    # near misses: none died (the part was released, or treated)
    ("ERIE, Pa. - Two of three people shot on Parade Street late Friday have been released from the hospital, "
     "police said Saturday.", (0, 3)),
    ("ERIE, Pa. - Two of the three people shot on Parade Street on Friday were treated and released, police said.",
     (0, 3)),
])
def test_a_part_of_those_shot_died(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def _headline_figures(ledger, title: str, text: str) -> tuple[int, int]:
    """The figures of a report with its headline apart from its text, as the check sets' reports are."""
    from eventdesk.models import Report

    [(_, _, mentions)] = list(ledger.analyze([Report(id="r25", title=title, text=text, published=dt.date(2019, 5, 6))]))
    return _figures(mentions)


def test_a_part_died_in_a_headline(ledger):
    # "die" at a headline's end, which the tagger takes for a noun
    assert _headline_figures(ledger, "Two of four teens shot on East Side die",
                             "ERIE, Pa. - Police are looking for a gray sedan.") == (2, 2)
    # near miss: the headline's part was arrested, not dead
    assert _headline_figures(ledger, "Two of four teens shot on East Side arrested",
                             "ERIE, Pa. - Police are looking for a gray sedan.")[0] == 0


# -- "the Harper twins": two persons

@pytest.mark.parametrize("text, expected", [
    ("CANTON, Ohio - The Lowry twins, 16, were shot and killed outside a recreation center on Sunday, police said.",
     (2, 0)),
    ("CANTON, Ohio - The Lowry twins were wounded outside a recreation center on Sunday, police said.", (0, 2)),
    # near misses: the twins watched; a team's name
    ("CANTON, Ohio - The Lowry twins, 16, saw their uncle shot and killed outside a recreation center on Sunday, "
     "police said.", (1, 0)),
    ("CANTON, Ohio - A man in a Minnesota Twins cap was wounded outside a recreation center on Sunday, police "
     "said.", (0, 1)),
])
def test_twins_of_a_family_are_two(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "killed his father, then shot himself": the shooter's suicide, not a wound

@pytest.mark.parametrize("text, expected", [
    ("BOISE, Idaho - A 44-year-old man shot and killed his brother in their garage on Monday, then shot himself, "
     "police said.\nBoth were pronounced dead at the scene.", (2, 0)),
    ("BOISE, Idaho - A man shot his ex-girlfriend and her friend in a parking lot on Monday, killing his "
     "ex-girlfriend, then shot himself, police said.\nThe friend was taken to a hospital with a wound to the arm. "
     "The gunman died at the scene.", (2, 1)),
    # near misses: he lived (a later sentence says so, or the rest of his own)
    ("BOISE, Idaho - A 44-year-old man shot and killed his brother in their garage on Monday, then shot himself, "
     "police said.\nHe was taken to a hospital in critical condition.", (1, 1)),
    ("BOISE, Idaho - A 44-year-old man shot and killed his brother in their garage on Monday, then shot himself, "
     "police said.\nHe survived and was charged with murder.", (1, 1)),
])
def test_shot_himself_after_a_murder(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a suicide told apart and later: the shooter, one more than the dead told before

@pytest.mark.parametrize("text, expected", [
    ("HELENA, Mont. - A man shot and killed a cashier during a robbery at a pharmacy on Last Chance Gulch on "
     "Tuesday, police said.\nHe later killed himself in a field behind the store, police said.", (2, 0)),
    ("HELENA, Mont. - A man was shot and wounded in a parking garage on Tuesday night, police said. The shooter "
     "later shot and killed himself in his truck, police said. The wounded man is expected to survive.", (1, 1)),
    ("HELENA, Mont. - Two people were shot and killed in a bowling alley on Tuesday night, police said.\nThe "
     "suspect killed himself later that night at his home, police said.", (3, 0)),
    # near misses: the suspect was arrested later; he talked of killing himself; he threatened to
    ("HELENA, Mont. - Two people were shot and killed in a bowling alley on Tuesday night, police said.\nThe "
     "suspect was arrested later that night at his home, police said.", (2, 0)),
    ("HELENA, Mont. - A man shot and killed his cousin on Tuesday night, police said.\nHis mother said he had "
     "talked about killing himself for years. He was arrested at her home.", (1, 0)),
])
def test_a_suicide_told_later(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- an unnamed "him" beside an unnamed wife in one sentence: two persons

@pytest.mark.parametrize("text, expected", [
    ("SALEM, Ore. - A gunman shot a man's wife in their yard on Friday and then shot him as he ran to help her, "
     "police said.", (0, 2)),
    ("SALEM, Ore. - A man shot and killed his wife at her sister's house on Friday night, and the sister's husband "
     "then shot and killed him, police said.", (2, 0)),
    # near misses: he was shot as his wife watched; she was not hit and he was arrested
    ("SALEM, Ore. - A man was shot in the arm in their yard on Friday as his wife watched, police said. She called "
     "911.", (0, 1)),
    ("SALEM, Ore. - A man shot his wife in their yard on Friday, and police arrested him an hour later, police "
     "said.", (0, 1)),
])
def test_a_pronoun_beside_a_wife_of_the_other_sex(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
