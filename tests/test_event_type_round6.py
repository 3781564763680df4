"""Sixth round of the event-type classifier: news phrasing unlike ACLED's notes (effects without the weapon's
name, headline verbs for deals, crowds that turn on somebody, people taken away without the word "abducted")."""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.event_type import classify


@pytest.mark.parametrize("text", [
    "Doctors in the camp said 30 people arrived gasping and coughing after a gas spread through the tents when the shells landed.",
    "Rescuers said a sharp smell filled the cellar after the barrel fell, and an old man and two girls died of suffocation.",
])
def test_chemical_weapon_told_by_its_effects(text):
    assert classify(text) == ("Explosions/Remote violence", "Chemical weapon")


def test_tear_gas_that_chokes_protesters_is_no_chemical_weapon():
    text = "Police fired tear gas at the marchers in Harare, and several of them were treated for choking."
    assert classify(text) == ("Protests", "Protest with intervention")


@pytest.mark.parametrize("text", [
    "Villagers beat two suspected cattle thieves to death in Kisoro on Sunday, police said.",
    "A man accused of stealing a phone was stoned to death by residents of a market in Mwanza.",
])
def test_a_crowd_that_turns_on_somebody_is_mob_violence(text):
    assert classify(text) == ("Riots", "Mob violence")


def test_villagers_as_victims_stay_an_attack():
    assert classify("Gunmen on motorcycles attacked villagers in Zamfara, killing 12.") == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Sudan's rival factions ink truce in Juba",
    "Rebels, government seal pact on disarmament",
    "Kyiv and Moscow swap 90 prisoners of war",
])
def test_deals_in_headline_verbs_are_agreements(text):
    assert classify(text) == ("Strategic developments", "Agreement")


def test_an_army_outpost_taken_by_jihadists():
    assert classify("Jihadists overran an army outpost near Djibo after the soldiers fled.") == \
        ("Battles", "Non-state actor overtakes territory")


def test_taken_away_by_agents_is_a_disappearance():
    text = "An opposition councillor was whisked away by unidentified agents in Bulawayo, and his family has had no news of him."
    assert classify(text) == ("Violence against civilians", "Abduction/forced disappearance")


def test_a_mob_killing_in_a_report_is_typed_by_the_pipeline(nlp):
    doc = nlp("Residents of a village near Kakamega set upon a man they accused of stealing chickens on Saturday "
              "and beat him to death before police arrived, the county commander said.")
    assert ("Riots", "Mob violence") in doc._.event_types


@pytest.mark.parametrize("text, expected", [
    ("Dale Ferris committed suicide after shooting his brother at their home on Sunday.", ("Violence against civilians", "Attack")),
    ("A man shot his wife and then himself in an apparent murder-suicide, police said.", ("Violence against civilians", "Attack")),
    ("A suicide bomber blew himself up at a checkpoint, killing five soldiers.", ("Explosions/Remote violence", "Suicide bomb")),
])
def test_a_suicide_with_nothing_that_explodes_is_no_suicide_bomb(text, expected):
    assert classify(text, outcomes={"killed"}) == expected
