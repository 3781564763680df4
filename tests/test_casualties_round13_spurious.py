"""Per-report killed / injured figures, round thirteen: deaths a report tells that are not its incident's dead.

Four kinds of over-counted dead, each a wording class rather than one report's sentence: a part set off after
the person it describes ("A teenager, one of four people hit by gunfire, has died"), where the whole took the
death; a death of an illness, of age or of drugs ("a memorial for a coach who died of cancer"); a killing
dated back from the story's own time at the same place ("A year earlier, a man was shot and killed at the same
motel"), where the date hangs on one of two verbs joined by "and"; and a death the report takes back ("Early
reports said one had died, but that proved to be incorrect").  Each positive failed before this round; each
near miss held.  The figure is the one the GVDB suite scores: ``eval.common.report_casualties`` over victims
only.  All sentences were written for these tests."""

from __future__ import annotations

import pytest


def _figures(mentions_of, text):
    from eval.common import report_casualties

    figs = report_casualties(mentions_of(text), victims_only=True)
    return figs.get("killed", 0), figs.get("wounded", 0)


@pytest.mark.parametrize("text, expected", [
    # a part set off by a comma after the person: the person died, the whole were hit
    ("A teenager, one of four people hit by gunfire outside a bar late Friday, has died, police said.", (1, 3)),
    ("Jon Reyes, one of five people struck by bullets at a cookout on Saturday, died Monday.", (1, 4)),
])
def test_a_part_set_off_after_the_person_died(mentions_of, text, expected):
    assert _figures(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the part as the subject was read before, and still is
    ("One of three men struck by bullets in a drive-by shooting on Sunday has died.", (1, 2)),
    # a part of a whole no verb counted adds no whole hit: the two suspects were not both shot
    ("Police said a man, one of two suspects, died after officers returned fire. Three people were wounded.", (1, 3)),
])
def test_a_part_near_misses(mentions_of, text, expected):
    assert _figures(mentions_of, text) == expected


@pytest.mark.parametrize("text", [
    "Two people were shot outside a gym on Monday. The gym was hosting a memorial for a man who died of natural causes.",
    "Two people were shot outside a gym on Monday. The gym was hosting a memorial for a coach who died of cancer last "
    "spring.",
])
def test_a_death_of_illness_is_no_killing(mentions_of, text):
    assert _figures(mentions_of, text) == (0, 2)


@pytest.mark.parametrize("text, expected", [
    # deaths of the shooting's wounds stay deaths
    ("A man was shot on Monday. He died of his wounds at a hospital on Tuesday.", (1, 0)),
    ("A man was shot on Monday. He died from a gunshot wound to the chest.", (1, 0)),
    ("A man was shot on Monday and died of complications from his injuries a week later.", (1, 0)),
    ("Four people died of gunshot wounds after a shooting at a bar on Sunday.", (4, 0)),
])
def test_a_death_of_wounds_near_misses(mentions_of, text, expected):
    assert _figures(mentions_of, text) == expected


@pytest.mark.parametrize("text", [
    "A man was shot in the arm outside an apartment on Lee Road on Friday. A year earlier, another man was shot and "
    "killed at the same complex.",
    "A woman was wounded by gunfire on Pine Avenue late Sunday. Two years earlier, a 17-year-old was shot and killed "
    "on the same block, neighbors said.",
])
def test_a_killing_dated_back_at_the_same_place(mentions_of, text):
    assert _figures(mentions_of, text) == (0, 1)


def test_a_killing_later_at_the_same_place_is_this_incidents(mentions_of):
    # "an hour later" is no earlier time: the second man is one of this report's dead
    text = ("A man was shot and wounded outside a bar on Friday, and an hour later a second man was shot and killed "
            "at the same bar.")
    assert _figures(mentions_of, text)[0] == 1


@pytest.mark.parametrize("text", [
    "Five men were wounded early Sunday in a shooting outside a club in Belmont. Early reports said one person had "
    "died in the shooting, but that proved to be incorrect, fire officials said.",
    "Three people were shot at a bus stop on Friday night. Witnesses said a woman had been killed, but that turned "
    "out to be wrong, police said.",
])
def test_a_death_the_report_takes_back(mentions_of, text):
    # what was said is called wrong in a clause joined by "but": no death
    assert _figures(mentions_of, text)[0] == 0


@pytest.mark.parametrize("text", [
    "Three people were shot at a bus stop on Friday night. Police said one man died, but the other two are expected "
    "to live.",
    "Three people were shot at a bus stop on Friday night. Police said one man died, but it was wrong to call the "
    "shooting random, the chief said.",
    "Three people were shot at a bus stop on Friday night. Police said one man died, but that did not stop the crowd "
    "from gathering.",
])
def test_a_death_told_with_a_but_near_misses(mentions_of, text):
    assert _figures(mentions_of, text)[0] == 1
