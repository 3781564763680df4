"""ACLED event types from the words of a segment (no model needed)."""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.event_type import classify


@pytest.mark.parametrize("text, expected", [
    ("A suicide bomber blew himself up at a wedding hall, killing 12 guests.", ("Explosions/Remote violence", "Suicide bomb")),
    ("Warplanes carried out an air strike on the village, killing four.", ("Explosions/Remote violence", "Air/drone strike")),
    ("A drone strike hit a car on the highway.", ("Explosions/Remote violence", "Air/drone strike")),
    ("Artillery shelling of the town killed three children.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("A roadside bomb struck a patrol, killing two soldiers.", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Militants threw a grenade into the market.", ("Explosions/Remote violence", "Grenade")),
    ("Troops clashed with rebels for hours near the border.", ("Battles", "Armed clash")),
    ("Insurgents ambushed a police convoy, killing six officers.", ("Battles", "Armed clash")),
    ("Government forces recaptured the town from the rebels.", ("Battles", "Government regains territory")),
    ("The militants seized control of the town after a day of fighting.", ("Battles", "Non-state actor overtakes territory")),
    ("Gunmen kidnapped 30 students from their school.", ("Violence against civilians", "Abduction/forced disappearance")),
    ("A gunman opened fire in a bar, killing two men.", ("Violence against civilians", "Attack")),
    ("A man was stabbed to death in his home.", ("Violence against civilians", "Attack")),
    ("Police fired tear gas to disperse the protest in the capital.", ("Protests", "Protest with intervention")),
    ("Security forces opened fire on protesters, killing five.", ("Protests", "Excessive force against protesters")),
    ("Rioters torched shops and attacked police.", ("Riots", "Violent demonstration")),
    ("Police arrested 12 people in dawn raids on Tuesday.", ("Strategic developments", "Arrests")),
])
def test_sub_event_types(text, expected):
    assert classify(text) == expected


def test_attacks_on_armed_parties_are_battles():
    assert classify("Gunmen attacked a checkpoint, killing three soldiers.", {"military forces", "militants"}, {"killed"}) == ("Battles", "Armed clash")
    assert classify("Gunmen attacked a bus, killing three passengers.", {"civilians"}, {"killed"}) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "A fire in a warehouse killed two workers, firefighters said.",
    "Three people died when their car crashed into a truck on the highway.",
    "The company reported record quarterly earnings and its shares rose.",
    "The council met on Tuesday to discuss the budget.",
])
def test_no_violent_incident(text):
    assert classify(text) is None
