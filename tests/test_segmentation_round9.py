"""Several incidents in one report, round nine: a second shooting told after the first one (by rank, by a shift in
time to someone new, by a cue of separation), and roundups that list several shootings, each become a mention of
their own; their victims are not counted into the report's first incident.  Near misses stay one incident: a later
sentence that goes on about the same victim, the first incident's victims named again, a second victim."""

from __future__ import annotations

import datetime as dt

import pytest

from .tolls import tolls as _tolls

PUBLISHED = dt.date(2017, 3, 13)  # a Monday


@pytest.mark.parametrize("text, expected", [
    # by rank
    ("Police are looking for two gunmen after a shooting on Larkspur Road on Sunday night left three men wounded. "
     "The officers found the three men outside a corner store. "
     "A second shooting was reported around 11 p.m. in the 400 block of Tamber Street, where a woman was shot "
     "and killed.", [(0, 3), (1, 0)]),
    ("Two men were shot and wounded outside a bowling alley on Quill Avenue on Sunday afternoon, police said. "
     "Police said another shooting happened around 4 a.m. Sunday when a man was wounded while walking home "
     "on Danforth Street.", [(0, 2), (0, 1)]),
    # a time that moves the story to someone new
    ("A 23-year-old man was shot and killed outside a laundromat on Pellway Street on Sunday night, police said. "
     "Earlier Sunday, a 40-year-old bystander was shot in the back a few blocks away on Orrin Avenue.",
     [(1, 0), (0, 1)]),
    # a separation cue with a comma in it
    ("A 6-year-old girl was shot in the leg on Maple Crest Drive on Saturday night, police said. "
     "She is in stable condition. "
     "Two men were shot after an argument in a separate, and apparently unrelated incident on Brindle Street "
     "on Saturday morning.", [(0, 1), (0, 2)]),
])
def test_a_second_incident_is_a_mention_of_its_own(mentions_of, text, expected):
    assert _tolls(mentions_of(text, published=PUBLISHED)) == expected


@pytest.mark.parametrize("text, expected", [
    # the second victim of the same shooting
    ("A man was shot and killed outside a bar on Pellway Street on Sunday night, police said. "
     "A second victim, a 19-year-old woman, was wounded in the same shooting.", [(1, 1)]),
    # the same victim, told from an earlier moment
    ("A 17-year-old boy was shot and wounded on Orrin Avenue on Sunday night, police said. "
     "Earlier in the day, his uncle said, the boy had been threatened by a man with a gun.", [(0, 1)]),
    # a tally is background, not a second incident
    ("A woman was shot and wounded on Quill Avenue on Sunday, police said. "
     "It was the second shooting in the city this week.", [(0, 1)]),
    # the rank names a victim, not another shooting
    ("Three people were wounded in a shooting at a birthday party on Larkspur Road on Saturday, police said. "
     "The second shooting victim, a 20-year-old man, was treated and released.", [(0, 3)]),
])
def test_near_misses_stay_one_incident(mentions_of, text, expected):
    assert _tolls(mentions_of(text, published=PUBLISHED)) == expected


def test_a_roundups_total_is_no_ones_and_its_list_is_several_incidents(mentions_of):
    text = ("At least six people were shot in separate shootings across the city between Sunday afternoon and "
            "early Monday, police said.\n\n"
            "The largest shooting happened about 9:50 p.m. Sunday, when three men were shot in the 6100 block of "
            "South Verbena Avenue. All three were taken to a hospital in stable condition.\n\n"
            "In other shootings:\n\n"
            "At 1:40 a.m. Monday, a 20-year-old man was shot in the leg in the 2300 block of West Hollin Street.\n\n"
            "A 15-year-old boy was shot in the arm about 8:40 p.m. Sunday in the 700 block of East Corwin Road. "
            "He was taken to a hospital in good condition.\n\n"
            "A 31-year-old woman was shot in the foot about 7 p.m. Sunday in the 5500 block of North Tarrow Avenue.")
    assert _tolls(mentions_of(text, published=PUBLISHED)) == [(0, 3), (0, 1), (0, 1), (0, 1)]


def test_a_report_of_one_shooting_with_two_blocks_stays_one_incident(mentions_of):
    # no roundup: the victim ran from one block to another
    text = ("A 28-year-old man was shot in the 1200 block of Corwin Road on Sunday night, police said. "
            "He ran to the 1400 block of Tamber Street, where he was found wounded in the chest.")
    assert _tolls(mentions_of(text, published=PUBLISHED)) == [(0, 1)]


def test_a_total_with_no_list_stays_the_reports_figure(mentions_of):
    # nothing follows that tells the attacks one by one: the total is all the report says
    text = ("Militants attacked two army posts in northern Mali on Sunday. "
            "Twelve soldiers were killed in the two attacks, the army said.")
    [m] = mentions_of(text, published=PUBLISHED)
    assert [(c.outcome, c.count) for c in m.claims] == [("killed", 12)]


def test_a_roundup_of_two_shootings_told_one_after_the_other(mentions_of):
    # the total is no one's; the second incident opens with its clock time, before anyone is hurt in it
    text = ("Three people were wounded between two shootings on Sunday, police said. "
            "Around 11:15 p.m. Sunday, a 17-year-old was shot in the hip in the 5100 block of South Garnet Avenue. "
            "He was taken to a hospital in good condition. "
            "Around 6:45 a.m. Sunday, a 24-year-old man broke into a home in the 1400 block of East Fallow Place. "
            "He shot and wounded two people inside, police said.")
    assert _tolls(mentions_of(text, published=PUBLISHED)) == [(0, 1), (0, 2)]


def test_a_clock_time_outside_a_roundup_goes_on_about_the_same_shooting(mentions_of):
    text = ("A 30-year-old man was shot and wounded in the 2200 block of Wexley Avenue on Sunday, police said. "
            "At 9:50 p.m., a neighbor found him bleeding in the 2300 block of Wexley Avenue and called 911.")
    assert _tolls(mentions_of(text, published=PUBLISHED)) == [(0, 1)]


def test_not_long_after_someone_new_is_hurt_elsewhere(mentions_of):
    text = ("A 16-year-old boy was shot in the leg on Tamber Street on Sunday night, police said. "
            "He is expected to recover. "
            "Not long after, a 28-year-old man showed up at a hospital, saying he was shot during an argument "
            "outside a market half a mile away.")
    assert _tolls(mentions_of(text, published=PUBLISHED)) == [(0, 1), (0, 1)]


def test_going_back_to_the_first_incident_adds_nothing_to_the_second(mentions_of):
    text = ("Four men were shot and wounded on Halbrook Avenue on Sunday afternoon, police said. "
            "Police said another shooting happened around 4 a.m. Sunday, when a man was wounded while walking home "
            "on Danforth Street. "
            "The four victims from the afternoon shooting are in stable condition.")
    assert _tolls(mentions_of(text, published=PUBLISHED)) == [(0, 4), (0, 1)]


def test_the_first_shooting_named_before_any_other_is_its_own(mentions_of):
    text = ("Two men were wounded on Halbrook Avenue on Sunday afternoon, police said. "
            "The two victims of the first shooting in the neighborhood this year are in stable condition.")
    assert _tolls(mentions_of(text, published=PUBLISHED)) == [(0, 2)]
