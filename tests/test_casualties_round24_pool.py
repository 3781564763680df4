"""Per-report killed / injured figures, round twenty-four (the per-report pool under a fresh salt): the kinds found
by reading the readable half's wrong reports, each rule's test written on reports made up for it, with a near miss
that must not fire.  The figure is the one the GVDB suite scores: ``eval.common.report_casualties`` over victims
only."""

from __future__ import annotations

import datetime as dt

import pytest

from .tolls import figures as _figures


def _titled(ledger, title: str, body: str) -> tuple[int, int]:
    """The figures of a report whose page title is not the opening of its text."""
    from eventdesk import Report

    report = Report(id="titled", title=title, text=body, published=dt.date(2016, 6, 14))
    [(_, _, mentions)] = list(ledger.analyze([report]))
    return _figures(mentions)


# -- a body that speaks of the shooting but counts nobody is read with its headline's persons

@pytest.mark.parametrize("title, body, expected", [
    ("Girl, 11, shot in leg during fight at Linwood park",
     "Police said the Tuesday evening shooting appears to have followed an argument between two groups of teens. "
     "No arrests have been made.", (0, 1)),
    ("4-year-old Tulsa boy shot in arm at grandparents' home",
     "Police said the Sunday afternoon shooting appears to be an accident.", (0, 1)),
    ("Father who killed 3-year-old son says gun went off as he cleaned it",
     "The trial of Dale Rennick resumed Wednesday in Fort Smith. Rennick testified that the shooting was an "
     "accident.", (1, 0)),
])
def test_a_body_that_counts_nobody_takes_the_headlines_persons(ledger, title, body, expected):
    assert _titled(ledger, title, body) == expected


@pytest.mark.parametrize("title, body, expected", [
    # near miss: the body counts the same boy: he is one, not two
    ("Boy, 12, shot in hand near Lincoln school",
     "A 12-year-old boy was wounded in the hand near Lincoln Middle School on Monday, police said.", (0, 1)),
    # near miss: the body tells what became of him: its figure stands
    ("Boy, 12, shot near Lincoln school",
     "A 12-year-old boy who was shot near Lincoln Middle School on Monday died at the hospital, police said.", (1, 0)),
])
def test_a_body_that_counts_keeps_its_own_figures(ledger, title, body, expected):
    assert _titled(ledger, title, body) == expected


# -- "fatally wounded a boy": the adverb before the verb makes the count after it a death

@pytest.mark.parametrize("text, expected", [
    ("CHICAGO - A shooting in the Garfield Park neighborhood fatally wounded a 17-year-old boy and injured five "
     "others, including a 14-year-old girl, police said.", (1, 5)),
    ("AKRON, Ohio - Gunfire outside a bar on Market Street mortally wounded a 30-year-old man and injured two others "
     "early Sunday, police said.", (1, 2)),
])
def test_fatally_wounded_before_the_count_is_a_death(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_seriously_wounded_before_the_count_stays_a_hit(mentions_of):
    # near miss: another adverb of degree leaves him wounded, one of the three
    text = ("AKRON, Ohio - Gunfire outside a bar on Market Street seriously wounded a 30-year-old man and injured two "
            "others early Sunday, police said.")
    assert _figures(mentions_of(text)) == (0, 3)


# -- a count told of a violent night or in the clause of a bloody weekend is a tally

@pytest.mark.parametrize("text, expected", [
    ("ST. LOUIS - Darnell Hayes fired into a group of people outside a corner store Monday night, wounding four "
     "people, prosecutors said. They were among more than a dozen people shot during a violent Monday night in the "
     "city.", (0, 4)),
    ("DETROIT - A 6-year-old boy riding his bicycle on Linwood Street was shot in the leg on Saturday, police said. "
     "The shooting came during a bloody weekend in Detroit that left six people dead.", (0, 1)),
    ("DETROIT - A 6-year-old boy riding his bicycle on Linwood Street was shot in the leg on Saturday, police said. "
     "It was the latest shooting in a violent weekend that left five people dead in the city.", (0, 1)),
])
def test_a_periods_count_is_a_tally(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: a night's clause may be one shooting's toll
    ("DAYTON, Ohio - A gunman opened fire at a crowded bar on a bloody Saturday night that left six people dead and "
     "15 others hurt, police said.", (6, 15)),
    # near miss: a burst of gunfire is one shooting
    ("DAYTON, Ohio - A burst of gunfire that left three people dead rang out on Elm Street on Saturday, police "
     "said.", (3, 0)),
])
def test_one_shootings_count_is_no_tally(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected

