"""Reports that are not violent incidents create none, tenth round: the invented check set and the rules it led to.

eval/nonviolent_check.jsonl holds invented reports (fires, explosions, crashes, storms, illness, job firings, business
and sport news, and violent reports in the same words); ``python -m eval.nonviolent`` scores it on a rules half and a
check half.  tests/test_nonviolent_round12.py runs the real pipeline over the whole set and holds the figures
reached; the tests here pin each rule on a sentence of its own, with near misses that must stay violent."""

from __future__ import annotations

import datetime as dt

import pytest

from eval import nonviolent
from eventdesk.api import _toll_headline
from eventdesk.models import Report
from eventdesk.nlp.components.event_type import classify

# The figures the set reaches per half (before this round: rules 15 and 0, check 10 and 0; later rounds brought the
# rules half to 0 and the check half to 4) are held with the second set's by ``test_the_check_sets_score_as_reached``
# in tests/test_nonviolent_round12.py.


def test_the_check_set_covers_the_kinds():
    rows = nonviolent.rows()
    assert sum(not r["violent"] for r in rows) >= 120 and sum(r["violent"] for r in rows) >= 40
    assert len({r["id"] for r in rows}) == len(rows)
    halves = {nonviolent.half(r["id"]) for r in rows}
    assert halves == {"rules", "check"}


# -- the rules, one sentence each ---------------------------------------------------------------------------------

PEACEFUL = [
    # disasters in the plural
    "Three people were killed and dozens hurt when tornadoes tore through two small towns on Friday night.",
    "The storms flattened barns and killed two people in the county, officials said.",
    # a car that left the road, a drunken driver's charge, a truck that hit a cruiser
    "Two teenagers were killed when their car left the highway on a curve and rolled several times. Neither wore a seat belt.",
    "A couple from Racine were killed and the other driver was charged with homicide by intoxicated use of a vehicle.",
    "A deputy was killed when a tractor-trailer struck his patrol car on the shoulder, and the driver was charged.",
    # overdoses in the plural, heat, a player who collapsed
    "Four people died of suspected overdoses in one night, police said.",
    "An elderly man died of heat-related causes in his apartment, the medical examiner said.",
    # the trade in guns
    "Gun sales set a record in December as background checks topped two million, the FBI said after the attacks overseas.",
    "Police will hold a gun buyback at two churches on Saturday. The chief said every gun collected is one that will never be used in a shooting.",
    # a quarry's blast
    "A scheduled blast at a limestone quarry hurled rocks into a neighborhood, smashing a windshield.",
    # golf, a title shot, the shooting sports, the box score
    "She fired a 4-under 68 on Sunday to win by two strokes. Her rival said she gave it her best shot.",
    "The Norwegian shot clean in all four stages and won the race by a minute; the event combines skiing and rifle shooting.",
    "The defense smothered the visitors' attack, forcing three interceptions and two turnovers.",
    # make-believe
    "Actors in masks chase visitors through the haunted house, which promises a zombie massacre every night in October.",
    "Residents will hear machine-gun fire and artillery this weekend during live-fire training at the base.",
    # a bill that died on a vote
    "The bill to raise the fuel tax died on a 5-4 vote in the Senate committee on Wednesday.",
    # a job lost: a guard fired, a board that voted to fire its chief executive
    "The reporter was fired after he attacked his editor in an online post that hurt the station.",
    "The school board decided to fire the principal after parents attacked her response to a student's death.",
    # animals
    "A 4-year-old boy was killed Wednesday when a neighbor's dogs attacked him in a backyard.",
]


@pytest.mark.parametrize("text", PEACEFUL)
def test_a_lookalike_of_violence_is_no_event(text):
    assert classify(text) is None


VIOLENT = [
    # the same words, with violence in them
    "Three people were shot dead at a gas station on Friday night after the storms had passed.",
    "A driver was shot and killed after a minor crash on the interstate, police said; the gunman fled in a pickup.",
    "A man opened fire at a gun club's parking lot, wounding two members, deputies said.",
    "A homicide detective said the man was stabbed to death in his car after he lost control of it.",
    "Gunmen opened fire on a crowd watching a golf tournament, killing two spectators.",
    "A security guard was shot in the chest by a man he had escorted out of the store.",
    "A 32-year-old man was beaten to death by two men who attacked him in a parking lot.",
    "The dogs' owner shot and killed a neighbor after the dogs attacked her child.",
    "Two fans were shot in the parking lot after the penalty shootout, police said.",
    # an accident at target practice is a shooting the Gun Violence Archive counts, told with an adverb before "shot"
    "A teenager has been accidentally shot while he and a friend were target shooting behind a barn.",
    "A bomb exploded outside a quarry office, killing a guard, and police called it an attack.",
]


@pytest.mark.parametrize("text", VIOLENT)
def test_violence_in_the_same_words_is_still_an_event(text):
    assert classify(text) is not None


def _report(title: str) -> Report:
    return Report(id="r", title=title, text="By Staff\nThe story goes on in its own words.", published=dt.date(2016, 5, 1))


@pytest.mark.parametrize("title", [
    "Deputy terminated over 2015 shooting; union vows appeal",
    "Officer fired nine months after fatal shooting of unarmed man",
    "Man dies two years after he was shot in a robbery",
])
def test_a_year_or_a_length_of_time_in_a_headline_is_no_toll(title):
    assert _toll_headline(_report(title)) is None


@pytest.mark.parametrize("title", [
    "3-year-old shot by brother with gun found in car",
    # ages written as wire copy and page titles write them
    "4 Year Old Shot By Police Officer",
    "3-year - old wounded with gun found in bedroom",
    "Two shot outside bar on Main Street",
    "Four wounded in 2 a.m. shooting",
])
def test_a_headline_count_of_people_is_still_a_toll(title):
    assert _toll_headline(_report(title)) == title
