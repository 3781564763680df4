"""Fire and job-firing news creates no incident, round six; fire set on people and shots fired still do.

tests/data/peaceful_round6.jsonl holds invented local-news and wire reports of fires (fatal house and
apartment fires, vehicle fires, wildfires, explosions at plants, gas blasts, fireworks, firefighters hurt,
deaths "ruled accidental", arson investigations where nobody was attacked), of jobs lost (fired, dismissed,
sacked, laid off, officers fired over old cases, wrongful termination suits) and of figures of speech ("shot
down the proposal", "under fire", "a killer app", "fired back at the mayor").  Each is analysed on its own,
with its own publication date, and must yield no mention, so it creates no incident.

tests/data/violent_lookalikes_round6.jsonl holds invented reports that share those words but tell violence:
a fire set to kill, a shooting and then a fire, shots fired, a fired worker who shot his boss, a firebombing.
Each must yield a mention."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from .invented import read_rows, report_of

DATA = Path(__file__).resolve().parent / "data"


PEACEFUL = read_rows(DATA / "peaceful_round6.jsonl")
VIOLENT = read_rows(DATA / "violent_lookalikes_round6.jsonl")


@pytest.fixture(scope="module")
def found(nlp, gazetteer, tmp_path_factory):
    """Mentions of every invented report, by file and row: one pass of the real pipeline."""
    from eventdesk import Ledger

    with Ledger(tmp_path_factory.mktemp("round6") / "ledger.db", nlp=nlp, gazetteer=gazetteer) as led:
        return {name: {int(r.id): m for r, _, m in led.analyze([report_of(i, row) for i, row in enumerate(rows)])}
                for name, rows in (("peaceful", PEACEFUL), ("violent", VIOLENT))}


def test_the_sets_cover_the_kinds():
    kinds = Counter(r["kind"] for r in PEACEFUL)
    assert len(PEACEFUL) >= 150 and len(VIOLENT) >= 30
    assert kinds["fire"] >= 80 and kinds["business"] >= 30 and kinds["idiom"] >= 25
    assert kinds["explosion"] >= 10 and kinds["fireworks"] >= 4


@pytest.mark.parametrize("i", range(len(PEACEFUL)), ids=[r["title"] for r in PEACEFUL])
def test_peaceful_report_creates_no_incident(found, i):
    if "known_miss" in PEACEFUL[i]:
        # still wrong, for the reason the row gives: this asserts today's behaviour, so that a fix shows
        assert found["peaceful"][i], PEACEFUL[i]["known_miss"]
    else:
        assert found["peaceful"][i] == [], PEACEFUL[i]["text"]


def test_few_reports_are_known_misses():
    assert sum("known_miss" in r for r in PEACEFUL) <= 2


@pytest.mark.parametrize("i", range(len(VIOLENT)), ids=[r["title"] for r in VIOLENT])
def test_violent_lookalike_creates_an_incident(found, i):
    assert found["violent"][i], VIOLENT[i]["text"]


def test_a_fire_set_on_nobody_stays_a_fire(nlp):
    from eventdesk.nlp.components.event_type import classify

    # set on purpose, but the building was empty: an arson, no attack
    assert classify("A man set fire to his own restaurant on Main Street on Tuesday, fire officials said. "
                    "The building was empty.") is None
    # set on a woman who was hurt: an attack, though the fire words are all there
    assert classify("A man set fire to his girlfriend's apartment while she slept, fire officials said. "
                    "She suffered burns and is in critical condition.") is not None


@pytest.mark.parametrize("text", [
    "Two men were killed in a fire fight with police on Sunday.",
    "He said shots were fired, and a man was wounded.",
    "Workers were fired upon by security forces, and two of them were killed.",
    "Gunmen were closing in and firing on the ship, the navy said.",
    "A man who had been fired from a bakery returned and killed his manager.",
])
def test_the_words_of_a_job_lost_or_a_fire_do_not_hide_violence(nlp, text):
    from eventdesk.nlp.components.event_type import classify

    assert classify(text) is not None
