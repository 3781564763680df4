"""Event type, fourteenth round: property wrecked by a named doer, a crowd that fights the police, and news set 5
(eval/event_type_check_news5.jsonl), written before the round's rules and scored per half."""

from __future__ import annotations

import json

import pytest

from eval import train_event_type
from eventdesk.nlp.components.event_type import classify

from .news_sets import hits_per_half, news_set_path, rows as news_rows

_LOOTING = ("Strategic developments", "Looting/property destruction")
_RIOT = ("Riots", "Violent demonstration")
_CLASH = ("Battles", "Armed clash")
_INTERVENTION = ("Protests", "Protest with intervention")


@pytest.mark.parametrize("text", [
    "Unidentified youths damaged the transformer at the substation in Kisii overnight; nobody was hurt.",
    "Unknown people destroyed the water pumps of the irrigation scheme near Sokoto, officials said.",
])
def test_property_wrecked_by_a_named_doer_is_destruction(text):
    assert classify(text) == _LOOTING


@pytest.mark.parametrize("text", [
    "The storm damaged dozens of houses in the coastal town of Beira.",
    "Heavy rains destroyed the bridge linking the two districts, officials said.",
    "Unknown people were seen near the market before the rain started.",
])
def test_damage_with_no_doer_stays_no_event(text):
    assert classify(text) is None


@pytest.mark.parametrize("text", [
    "Clashes between security forces and demonstrators left 15 people injured in Abidjan on Friday.",
    "Riot police fired tear gas at rock-throwing demonstrators in Quito.",
])
def test_a_crowd_that_fights_the_police_riots(text):
    assert classify(text) == _RIOT


@pytest.mark.parametrize("text", [
    "Police clashed with gunmen in the forest near Zaria; two officers were killed.",
    "Soldiers clashed with Boko Haram fighters near Bama, the army said.",
    "Security forces clashed with militants near the border with Afghanistan, killing four.",
])
def test_the_police_against_armed_men_stays_a_clash(text):
    assert classify(text) == _CLASH


@pytest.mark.parametrize("text", [
    "Riot police fired tear gas at demonstrators in Quito.",
    "Police fired tear gas to disperse students marching to the ministry in Dhaka.",
])
def test_tear_gas_on_a_crowd_that_threw_nothing_stays_an_intervention(text):
    assert classify(text) == _INTERVENTION


def test_news_set_5_is_written_for_the_protest_family_and_never_trained_on():
    rows = news_rows(news_set_path(5))
    assert len(rows) >= 200 and len({r["id"] for r in rows}) == len(rows)
    subs = {r["sub_event_type"] for r in rows}
    assert {"Peaceful protest", "Protest with intervention", "Excessive force against protesters", "Violent demonstration",
            "Mob violence", "Looting/property destruction", "Armed clash", ""} <= subs
    seeds = {json.loads(line)["text"] for line in train_event_type.SEED_PATH.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert not seeds & {r["text"] for r in rows}


def test_news_set_5_accuracy_per_half_is_kept():
    """The shipped model and rules reach 81 of 94 rows in half A and 102 of 110 in half B (before the round:
    80 and 102)."""
    hits = hits_per_half(news_set_path(5), "fourteenth-case14:")
    assert hits["A"] >= 81 and hits["B"] >= 102
