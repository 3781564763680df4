"""The twenty-fifth session's second speed pass: each shortcut skips only work that could not have found anything.

Each shortcut is tested twice: over a bank of invented reports its answer equals the full path's, and the rule behind
it still fires on a report that needs it (a near miss keeps its answer).

- ``event_type.cues._PROTEST`` is searched only where the lower-cased text holds one of ``_PROTEST_STEMS`` (the words
  one of which each of its matches holds), or one of the three letters outside ASCII a case-blind pattern reads as
  "i" or "s";
- ``places.untagged._untagged_names`` reads only the segment's proper nouns, found from the token arrays
  (``_proper_nouns``) instead of reading every token of the report for each segment.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from eventdesk.nlp.components.event_type import cues
from eventdesk.nlp.components.event_type.decide import classify
from eventdesk.nlp.components.event_type.words import _Prechecked
from eventdesk.nlp.components.places import component as places_component
from eventdesk.nlp.components.places import untagged

# invented reports (persons, streets and outlets made up)
BANK = [
    "Hundreds of teachers staged a protest outside the education ministry in Abuja on Monday, demanding unpaid salaries.",
    "Two men were shot on the 1400 block of Garnet Street late Friday. Police said the shooter walked away on foot.",
    "Dock workers went on strike at the port of Mombasa on Tuesday. Striking dockers blocked the main gate with tyres.",
    "A man was wounded in south suburban Dolton on Saturday night, police said. He was taken to a hospital in Harvey.",
    "Residents took to the streets of Karachi after the killing of a shopkeeper; the march ended peacefully.",
    "Villagers staged a sit-in at the district office in Gaya. Police said a bandh was called for Thursday.",
    "Farmers blockaded the highway near Ludhiana with tractors for a second day, chanting slogans against the new law.",
    "A teenager was shot in the leg at a rally for a city council candidate in Milwaukee on Sunday.",
    "The rioters burned an effigy of the governor and pelted officers with stones in Port Harcourt.",
    "Officers found Jamal Reddick, 24, dead of a gunshot wound in an alley off Birch Avenue in Toledo on March 3.",
    "A woman was killed in a shooting in Ironbound on Tuesday. In a separate incident, a man was shot in Camden.\n\n"
    "A third man was wounded outside a bar in West Oakland, police said.",
    "Shots were fired at a home on Shutter Lane. No one was hurt, and the walk-in clinic nearby stayed open.",
]

# one invented phrase for each alternative of _PROTEST, each of which must pass the precheck and be found
PROTEST_PHRASES = [
    "they protested", "the demonstrations", "demonstrators gathered", "demonstrated against the tax", "a rally",
    "the rallies", "nurses went on strike", "a general strike", "traders observed a shutdown", "they observed a shut-down",
    "unions held a walkout", "they staged a walk-out", "students staged a sit-in", "they held a sit-down",
    "took to the streets", "a bandh", "hartals", "a dharna", "gheraoed the officer", "a rail roko", "a chakka jam",
    "a human chain", "took out a candle march", "a torch-light procession", "processions of farmers", "a shutter-down",
    "toyi-toyi", "marched peacefully", "the agitation", "agitating farmers", "during the strike", "striking miners",
    "demonstrating outside the court", "chanting slogans", "burned an effigy", "effigies were torched",
    "hundreds blocked the highway", "villagers blockaded the road", "residents barricaded the bridge", "protest march",
    "marchers", "marched against the law", "rallied outside the court", "staged a rally", "sit-ins", "pickets",
    "stone-pelting", "strikers", "a hunger strike", "walkouts", "the march", "marching for justice",
    "tried to march to parliament", "riots", "rioting", "rioters",
]


def _full(rx: _Prechecked, text: str):
    m = rx.rx.search(text)
    return m and (m.span(), m.group())


def _fast(rx: _Prechecked, text: str):
    m = rx.search(text)
    return m and (m.span(), m.group())


def _pieces(text: str) -> list[str]:
    sents = re.split(r"(?<=[.!?;])\s+", text)
    return [text, *sents, *(a + " " + b for a, b in zip(sents, sents[1:]))]


# --- the protest pattern's precheck ---

def test_protest_precheck_gives_the_full_answer():
    texts = [p for t in BANK for p in _pieces(t)] + PROTEST_PHRASES
    assert [_fast(cues._PROTEST, t) for t in texts] == [_full(cues._PROTEST, t) for t in texts]


@pytest.mark.parametrize("phrase", PROTEST_PHRASES)
def test_each_protest_alternative_passes_the_precheck(phrase):
    assert cues._PROTEST.may_match(phrase) and cues._PROTEST.search(phrase), phrase
    loud = phrase.upper()  # the precheck is as case-blind as the pattern (whose "march" after "the" is lower-case)
    assert _fast(cues._PROTEST, loud) == _full(cues._PROTEST, loud) and (_full(cues._PROTEST, loud) or phrase == "the march")


def test_letters_outside_ascii_read_as_i_or_s_pass_the_precheck():
    # the pattern reads dotted and dotless i and the long s as "i" and "s": the lower-cased text holds no stem then
    for text in ("RİOTERS torched a bus", "rıoters torched a bus", "a hunger ſtrike"):
        assert cues._PROTEST.rx.search(text)
        assert _fast(cues._PROTEST, text) == _full(cues._PROTEST, text)


def test_a_shootings_street_and_block_skip_the_protest_search():
    # near miss: "Garnet Street", "the 1400 block", "walked away" hold the words of no protest
    assert not cues._PROTEST.may_match(BANK[1])
    assert cues._PROTEST.search(BANK[1]) is None


def test_a_protest_is_still_typed_a_protest():
    found = classify(BANK[0])
    assert found is not None and found[0] == "Protests"
    found = classify(BANK[1], {"civilian"}, {"wounded"})
    assert found is None or found[0] != "Protests"


# --- the untagged names read from the proper nouns ---

def _slow_proper_nouns(doc, seg) -> list[int]:
    """The full path: every token of the report read for each segment."""
    return [t.i for t in doc if seg.start <= t.idx < seg.end and t.pos_ == "PROPN"]


@pytest.fixture(scope="module")
def docs(nlp):
    from eventdesk.nlp import blank_doc

    return [nlp(blank_doc(nlp, text, anchor=dt.date(2022, 1, 21))) for text in BANK]


def test_proper_nouns_from_the_arrays_are_those_read_token_by_token(docs):
    segs = 0
    for doc in docs:
        for seg in doc._.segments:
            assert untagged._proper_nouns(doc, seg) == _slow_proper_nouns(doc, seg)
            segs += 1
    assert segs > len(docs)  # the bank has reports of several segments


def _untagged_found(nlp, monkeypatch) -> list:
    from eventdesk.nlp import blank_doc

    found = []
    inner = untagged._untagged_names

    def record(*args, **kwargs):
        found.append(inner(*args, **kwargs))
        return found[-1]

    with monkeypatch.context() as m:
        m.setattr(places_component, "_untagged_names", record)
        for text in BANK:
            nlp(blank_doc(nlp, text, anchor=dt.date(2022, 1, 21)))
    return found


def test_untagged_names_unchanged_by_the_arrays(nlp, monkeypatch):
    fast = _untagged_found(nlp, monkeypatch)
    monkeypatch.setattr(untagged, "_proper_nouns", _slow_proper_nouns)
    slow = _untagged_found(nlp, monkeypatch)
    assert fast == slow
    assert any(fast)  # the rule still finds the names the tagger missed
