"""Event-type rules of the ninth round: where the codebook's precedence is plain in the words and the model,
reading words one by one, misses it.  The texts are written for these tests (none is a check-set row)."""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.event_type import classify, likeliest_type


def sub(text: str) -> str | None:
    found = classify(text)
    return found[1] if found else None


@pytest.mark.parametrize("text", [
    "Sappers made safe a roadside device discovered by shepherds near the village of Kalay.",
    "The bomb squad safely detonated a suspicious bag left at the entrance to the bus terminal.",
    "Troops searching the forest recovered four assault rifles, two grenades and a box of detonators.",
    "Rifles, grenades and detonators were seized from a hideout used by the rebels, the army said.",
])
def test_weapons_found_and_made_safe_are_disrupted_weapons_use(text):
    assert sub(text) == "Disrupted weapons use"


def test_a_bomb_that_went_off_stays_the_explosion():
    assert sub("A roadside bomb exploded under a bus, killing four; a second device was defused nearby.") \
        == "Remote explosive/landmine/IED"


def test_weapons_seized_in_a_drug_raid_are_no_event():
    assert classify("Police seized cocaine, cash and two pistols in a raid on a stash house.") is None


@pytest.mark.parametrize("text", [
    "Shopkeepers protesting the new market levy smashed the windows of the council office.",
    "Protesters pelted the convoy with stones and set a police car on fire.",
    "The march against fuel prices went on the rampage through the city centre.",
])
def test_demonstrators_who_throw_or_burn_make_a_riot(text):
    assert sub(text) == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Riot police broke up the sit-in outside the ministry and detained its organisers.",
    "Riot police fired tear gas at students protesting outside parliament.",
])
def test_riot_police_are_no_riot(text):
    assert sub(text) == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Soldiers opened fire on protesters outside the governor's office, killing three.",
    "Police fired live rounds into the crowd of demonstrators; two were shot dead.",
    "A protester was shot dead by police during the march on the palace.",
])
def test_force_that_kills_demonstrators_is_excessive(text):
    assert sub(text) == "Excessive force against protesters"


def test_a_protest_over_a_killing_is_no_excessive_force():
    assert sub("Hundreds marched peacefully to demand justice for a teenager shot dead by police last month.") \
        in ("Peaceful protest", None)


@pytest.mark.parametrize("text", [
    "Hindu and Muslim youths clashed with stones and sticks after a procession, injuring 12.",
    "Violence broke out between the two villages over a water point; several huts were burned.",
])
def test_communal_fights_without_arms_are_mob_violence(text):
    assert sub(text) == "Mob violence"


def test_a_communal_militia_with_guns_is_still_a_clash():
    assert sub("Clan militias fought with guns and machetes over grazing land, leaving 20 dead.") != "Mob violence"


@pytest.mark.parametrize("text", [
    "Authorities imposed a dusk-to-dawn curfew on the town after two nights of unrest.",
    "Authorities banned all protests in the capital after the unrest.",
    "ISWAP named a new governor for its Lake Chad province.",
    "The cabinet declared a state of emergency in three northern provinces.",
])
def test_curfews_bans_and_new_leaders_are_changes_to_a_group(text):
    assert sub(text) == "Change to group/activity"


def test_control_of_a_named_place():
    assert likeliest_type("Rebel fighters said they had taken control of Kibati.")[1] in (
        "Non-state actor overtakes territory", "Government regains territory")
    assert classify("Rebel fighters said they had taken control of Kibati.") is not None


def test_boko_haram_burning_a_school_is_no_house_fire():
    assert sub("Boko Haram fighters burned down a primary school in the village overnight.") \
        == "Looting/property destruction"
