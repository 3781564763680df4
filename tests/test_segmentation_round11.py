"""Several incidents in one report, round eleven: a separate incident opened as a "case" or a "matter" is a mention
of its own; a report whose news is a lawsuit, a vigil or a memorial for the dead of a massacre its readers know tells
no incident; a sentence that goes back to the first incident by its place after a second one is told counts for the
first.  Near misses stay as they were: an unrelated case that tells no violence, a vigil for the dead of a shooting
of these days, a sentence that names the place of the incident it sits in."""

from __future__ import annotations

import datetime as dt

import pytest

from .tolls import tolls as _tolls

PUBLISHED = dt.date(2018, 5, 14)  # a Monday


@pytest.mark.parametrize("text, expected", [
    ("A 27-year-old man was shot and killed outside a diner on Grisholm Avenue on Sunday night, police said. "
     "In an unrelated case, a woman was shot in the hip near a bus shelter on Vantry Road early Monday.",
     [(1, 0), (0, 1)]),
    ("Two men were wounded by gunfire outside a barber shop on Pennick Street on Saturday, police said. "
     "In a separate matter, a 58-year-old man was found stabbed to death in his apartment on Holloway Court.",
     [(0, 2), (1, 0)]),
    ("A teenager was shot in the arm on Cobbet Lane on Sunday afternoon, police said. "
     "In another case, two brothers were shot and killed in a parked car on Ellery Drive on Sunday night.",
     [(0, 1), (2, 0)]),
])
def test_a_separate_case_is_a_mention_of_its_own(mentions_of, text, expected):
    assert _tolls(mentions_of(text, published=PUBLISHED)) == expected


def test_an_unrelated_case_that_tells_no_violence_stays_one_incident(mentions_of):
    text = ("A man was shot in the shoulder on Grisholm Avenue on Sunday night, police said. "
            "In an unrelated case, officers are looking for a boy who ran away from home on Vantry Road.")
    assert _tolls(mentions_of(text, published=PUBLISHED)) == [(0, 1)]


@pytest.mark.parametrize("text", [
    "Relatives of the 11 people killed in the Brackton synagogue massacre filed a lawsuit on Monday against the "
    "county, saying deputies ignored warnings about the gunman. A county spokesman declined to comment.",
    "Hundreds of people gathered at a vigil on Sunday to remember the eight workers who were killed in the mass "
    "shooting at the Dunmore warehouse. Their names were read aloud. Five others were wounded in the shooting.",
    "Parents of children killed in a school shooting in Pell County sued the rifle's maker on Monday. "
    "The company said it would fight the suit.",
])
def test_a_lawsuit_or_vigil_for_a_known_massacre_tells_no_incident(mentions_of, text):
    assert mentions_of(text, published=PUBLISHED) == []


def test_a_vigil_for_the_dead_of_this_weeks_shooting_is_news_of_it(mentions_of):
    text = ("Mourners held a vigil on Monday for the three people killed in Saturday's mass shooting at a "
            "bowling alley on Harwick Road.")
    assert _tolls(mentions_of(text, published=PUBLISHED)) == [(3, 0)]


@pytest.mark.parametrize("text, expected", [
    ("A man was shot in the leg outside a pharmacy on Grisholm Avenue on Sunday night, police said. "
     "In an unrelated shooting, a 30-year-old woman was wounded on Vantry Road about an hour later. "
     "In the Grisholm Avenue shooting, a second man was also wounded, police said.",
     [(0, 2), (0, 1)]),
    ("A roadside bomb killed two soldiers near the town of Tuz Khurmatu on Monday, police said. "
     "Separately, gunmen killed a shop owner in Samarra. "
     "Back in Tuz Khurmatu, three more soldiers were wounded by a second bomb, a military source said.",
     [(2, 3), (1, 0)]),
])
def test_a_sentence_that_goes_back_to_the_first_incident_counts_for_it(mentions_of, text, expected):
    assert _tolls(mentions_of(text, published=PUBLISHED)) == expected


def test_a_sentence_naming_its_own_incidents_place_stays_in_it(mentions_of):
    text = ("A man was shot in the leg outside a pharmacy on Grisholm Avenue on Sunday night, police said. "
            "In an unrelated shooting, a 30-year-old woman was wounded outside a bakery on Vantry Road. "
            "At the Vantry Road bakery, a second woman was also wounded, police said.")
    assert _tolls(mentions_of(text, published=PUBLISHED)) == [(0, 1), (0, 2)]


@pytest.mark.parametrize("text, expected", [
    # a tally of the day's shootings, then a bare "Earlier,": one of those counted, told in passing
    ("A man was wounded by a police officer on Granton Street on Sunday afternoon, police said. He is in stable "
     "condition. It was the second officer-involved shooting Sunday in Pima County. Earlier, a couple "
     "was shot dead by deputies in Marana.", [(0, 1)]),
    ("A 22-year-old man was wounded outside a laundromat on Tolliver Road on Sunday afternoon, police said. "
     "It was the third shooting Sunday in the city. Earlier, two teenagers were wounded on Pima Street.", [(0, 1)]),
])
def test_after_a_tally_of_the_day_an_earlier_incident_is_background(mentions_of, text, expected):
    assert _tolls(mentions_of(text, published=PUBLISHED)) == expected


def test_without_a_tally_a_bare_earlier_still_opens_another_incident(mentions_of):
    text = ("A 22-year-old man was wounded outside a laundromat on Tolliver Road on Sunday night, police said. "
            "Earlier, two teenagers were shot and wounded on Pima Street.")
    assert _tolls(mentions_of(text, published=PUBLISHED)) == [(0, 1), (0, 2)]


# the figures reached on eval/segments_check.jsonl: rows whose number of incidents, main killed and main injured are
# all exact, per half (before this round: rules 29 of 45, check 29 of 39)
# (check 36 -> 37 with the thirty-fifth session's one more victim who turns up)
REACHED = {"rules": 42, "check": 37}


def test_the_segments_check_set_covers_the_kinds():
    from eval import segments_check

    rows = segments_check.rows()
    assert len(rows) >= 80 and len({r["id"] for r in rows}) == len(rows)
    assert {segments_check.half(r["id"]) for r in rows} == {"rules", "check"}
    assert sum(r["incidents"] != 1 for r in rows) >= 25 and sum(r["kind"].startswith("control") for r in rows) >= 35


def test_the_segments_check_set_scores_as_reached(nlp, gazetteer, tmp_path):
    from eval import segments_check
    from eventdesk import Ledger

    class _Rt:
        def __init__(self, led):
            self.led = led

        def analyze(self, reports):
            return self.led.analyze(reports)

    rows = segments_check.rows()
    with Ledger(tmp_path / "ledger.db", nlp=nlp, gazetteer=gazetteer) as led:
        found = segments_check.figures(_Rt(led), rows)
    scores = segments_check.score(rows, found)
    assert {h: s["all"] for h, s in scores.items()} == REACHED
