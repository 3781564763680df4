"""Event type, seventeenth round, on the armed-clash sink and the protest family: a grenade thrown or used as the
means of an attack on a post is the grenade's event however sure the model is of a battle; and news set 12's counts
per half (eval/event_type_check_news12.jsonl, written before the round's rules, salt "seventeenth-case12:")."""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.event_type import classify

_CLASH = ("Battles", "Armed clash")
_GRENADE = ("Explosions/Remote violence", "Grenade")


# -- a grenade attack on a post ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Insurgents attacked a border outpost with hand grenades near Kalvara, the district police said.",
    "Suspected rebels attacked a police picket with grenades in Dornapur; one constable was injured.",
])
def test_an_attack_made_with_grenades_on_a_post_is_a_grenade(text):
    assert classify(text) == _GRENADE


@pytest.mark.parametrize("text", [
    "Insurgents attacked a border outpost with hand grenades and the troops returned fire for an hour.",
    "Rebels attacked the police station in Dornapur with rocket-propelled grenades and automatic rifles.",
])
def test_a_grenade_attack_answered_with_fire_or_fought_with_guns_stays_a_clash(text):
    assert classify(text) == _CLASH


# -- a police picket is a post, not a protest's picket -----------------------------------------------------------------

def test_a_police_picket_attacked_by_rebels_is_no_demonstration():
    assert classify("Suspected rebels attacked a police picket with grenades in Dornapur; one constable was injured.") \
        == _GRENADE


def test_a_picket_of_strikers_is_still_a_demonstration():
    assert classify("Striking dock workers mounted a picket outside the port gates in Harlow Bay on Monday.") \
        == ("Protests", "Peaceful protest")
