"""Event type, seventeenth round, on the armed-clash sink and the protest family: a grenade thrown or used as the
means of an attack on a post is the grenade's event however sure the model is of a battle; and news set 12's counts
per half (eval/event_type_check_news12.jsonl, written before the round's rules, salt "seventeenth-case12:")."""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.event_type import classify, likeliest_type

_CLASH = ("Battles", "Armed clash")
_GRENADE = ("Explosions/Remote violence", "Grenade")
_ARRESTS = ("Strategic developments", "Arrests")


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


# -- a battle needs a fight told ---------------------------------------------------------------------------------------

def test_armed_men_arrested_with_their_weapons_are_an_arrest_not_a_battle():
    assert classify("Two militants were arrested with arms and ammunition in Kalvara.") == _ARRESTS


@pytest.mark.parametrize("text", [
    "Cadres of the outfit exchanged gun shots with a police patrol near Talwara; nobody was hurt.",
    "Cadres of the outfit exchanged gun shots with police near Talwara; the police arrested three of them.",
])
def test_gun_shots_exchanged_are_a_fight_whatever_else_is_told(text):
    assert classify(text) == _CLASH


@pytest.mark.parametrize("text", [
    "Security forces cleared the hamlet of Dhanpur of rebels on Sunday.",
    "Rebels of the Chakra front were seen moving through the hills near Dhanpur, villagers said.",
])
def test_armed_men_named_with_no_fight_told_are_no_battle_even_when_an_event_is_known(text):
    assert classify(text) is None
    assert likeliest_type(text) not in (None, _CLASH)


def test_a_fight_told_stays_the_likeliest_battle():
    assert likeliest_type("Troops and rebels exchanged fire near Dhanpur for an hour.") == _CLASH
