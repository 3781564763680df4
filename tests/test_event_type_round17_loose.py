"""Event type, seventeenth round, the loose ends the round's probes left: a weapon recovered after a fight is the fight
(or a weapon use disrupted where no fight is told), never ground regained; armed men driven out of a place by force are
ground the state regained, not a peaceful handover; a crowd that roughs up officials is mob violence; a group's camp
seized by state forces is ground regained, not a base set up; and ground taken by named state forces is the state's,
not a non-state actor's (where others take it, it stays theirs)."""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.event_type import classify

_CLASH = ("Battles", "Armed clash")
_REGAINED = ("Battles", "Government regains territory")
_OVERTAKEN = ("Battles", "Non-state actor overtakes territory")
_DISRUPTED = ("Strategic developments", "Disrupted weapons use")
_TRANSFER = ("Strategic developments", "Non-violent transfer of territory")
_BASE = ("Strategic developments", "Headquarters or base established")
_MOB = ("Riots", "Mob violence")
_VIOLENT_DEMO = ("Riots", "Violent demonstration")


# -- a weapon recovered after a fight ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "After the gunfight near Dornapur, soldiers recovered a rifle and three magazines from the spot.",
    "Following the encounter in the Kalvara forest, police recovered two pistols and a grenade.",
    "Troops recovered an AK-47 from a hut in Dornapur during a search operation.",
])
def test_a_weapon_recovered_is_never_ground_regained(text):
    assert classify(text) in (_CLASH, _DISRUPTED)


def test_a_weapon_recovered_with_no_fight_told_is_a_weapon_use_disrupted():
    assert classify("Troops recovered an AK-47 from a hut in Dornapur during a search operation.") == _DISRUPTED


@pytest.mark.parametrize("text", [
    "Troops recovered the town of Dornapur from the rebels after a week of fighting.",
    "Soldiers recovered Dornapur from the insurgents, the army said, displaying seized rifles.",
])
def test_ground_recovered_by_troops_is_still_regained_whatever_arms_are_shown(text):
    assert classify(text) == _REGAINED


# -- armed men driven out ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The rebels were driven out of Dornapur by the army on Sunday.",
    "Soldiers drove the insurgents out of the market town of Kalvara after heavy fighting.",
])
def test_armed_men_driven_out_by_the_army_is_ground_regained(text):
    assert classify(text) == _REGAINED


def test_a_handover_agreed_stays_a_non_violent_transfer():
    assert classify("The rebels handed over control of Dornapur to the army under the peace deal.") == _TRANSFER


# -- a crowd roughing up officials -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Angry villagers roughed up two revenue officials in Dornapur on Monday.",
    "A mob roughed up a tax inspector at the Kalvara market.",
])
def test_a_crowd_roughing_up_officials_is_mob_violence(text):
    assert classify(text) == _MOB


@pytest.mark.parametrize("text, expected", [
    ("Agitating farmers roughed up two block officials in Dornapur.", _MOB),
    ("Agitating farmers roughed up two block officials and pelted the police with stones in Dornapur.", _VIOLENT_DEMO),
    ("Agitating farmers blocked the highway and roughed up two block officials in Dornapur.", _VIOLENT_DEMO),
])
def test_an_agitating_crowd_that_only_roughs_up_officials_is_a_mob_and_one_that_demonstrates_riots(text, expected):
    assert classify(text) == expected


def test_roughed_up_figuratively_is_no_event():
    assert classify("The champions roughed up the visiting side 4-0 in Kalvara on Saturday.") is None


# -- a group's camp seized ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Security forces seized the rebels' hideout camp in the hills near Dornapur.",
    "Troops seized a base camp of the insurgents in the Kalvara forest.",
])
def test_a_camp_seized_from_a_group_is_ground_regained(text):
    assert classify(text) == _REGAINED


def test_a_camp_set_up_by_a_group_stays_a_base_established():
    assert classify("The insurgents set up a new base camp in the Kalvara forest, villagers said.") == _BASE


# -- ground taken by state forces --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police took control of the Harwell Street neighbourhood in Dornapur.",
    "The army took control of the Kalvara district headquarters on Friday.",
])
def test_ground_taken_by_named_state_forces_is_regained(text):
    assert classify(text) == _REGAINED


@pytest.mark.parametrize("text", [
    "Rebels took control of the Harwell Street neighbourhood in Dornapur.",
    "Tribal fighters took control of the Kalvara district headquarters on Friday.",
    "The Valdor Liberation Army took control of the Harwell Street neighbourhood in Dornapur.",
])
def test_ground_taken_by_others_stays_overtaken(text):
    assert classify(text) == _OVERTAKEN
