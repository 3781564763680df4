"""Actors the thirteenth round names: a country's forces named "<forces> of <country>", groups no table
lists named by their acronym before a fighters' noun, private security guards, and the side that
"conducted airstrikes" or "carried out an attack".  All texts are written for these tests."""

from __future__ import annotations

import pytest

from .actoring import actor1, names


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, the Defense Forces of Mozambique bombed insurgent positions near Macomia, killing six.",
     "Military Forces of Mozambique"),
    # the forces of a country other than the place's: the generic "armed forces" would take the place's
    ("On 6 June 2021, the armed forces of Rwanda shelled insurgent bases near Mocimboa da Praia, Mozambique, killing eight.",
     "Military Forces of Rwanda"),
])
def test_forces_named_of_their_country(mentions_of, text, actor):
    assert actor in names(mentions_of, text)


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, NAS rebels attacked an army post near Yei and killed three soldiers.", "NAS"),
    ("On 6 June 2021, suspected KLM militants shot dead two farmers near Talitay.", "KLM"),
    ("On 6 June 2021, ZRF combatants abducted a trader and his driver near Fizi.", "ZRF"),
    ("On 6 June 2021, a guard was shot and wounded by armed members of the RMK near Temuco.", "RMK"),
])
def test_a_group_named_by_its_acronym_is_actor1(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor


@pytest.mark.parametrize("text, absent", [
    # monitors and peacekeepers are no armed group, and "members of" alone may be a party's or a club's
    ("On 6 June 2021, UN peacekeepers were attacked near Bunia and two were wounded.", "UN"),
    ("On 6 June 2021, a blast killed one man in a house where members of the KSU used to live.", "KSU"),
    # an acronym before a word that is no fighters' noun
    ("On 6 June 2021, KMT leaders said gunmen had shot a councillor dead in Taichung.", "KMT"),
])
def test_acronyms_that_name_no_armed_group(mentions_of, text, absent):
    assert absent not in names(mentions_of, text)


def test_private_security_guards(mentions_of):
    text = "On 6 June 2021, private security guards of a mining company shot and injured four miners in Geita."
    assert actor1(mentions_of, text).startswith("Private Security Forces")


def test_security_guards_alone_stay_as_they_were(mentions_of):
    text = "On 6 June 2021, gunmen shot dead two security guards at a bank in Kano."
    assert not any(n.startswith("Private Security Forces") for n in names(mentions_of, text))


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, Egyptian forces conducted airstrikes on militant hideouts near Rafah. "
     "Earlier that day, Islamic State fighters had killed four Egyptian soldiers with a roadside bomb.",
     "Military Forces of Egypt"),
    ("On 6 June 2021, Nigerian troops carried out an assault on a camp near Monguno. The camp's "
     "ISWAP fighters had attacked a convoy there a week earlier.",
     "Military Forces of Nigeria"),
])
def test_the_subject_of_a_light_verb_with_an_attack_object_attacked(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor


def test_repelling_an_attack_is_not_attacking(mentions_of):
    # "repelled an attack": the army is the side attacked; the light-verb rule must not make it the attacker
    text = "On 6 June 2021, Burkinabe soldiers repelled an attack by Ansaroul Islam near Djibo, killing four."
    assert actor1(mentions_of, text) == "Ansaroul Islam"


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, inter-clan clashes broke out near Galkayo, Somalia, leaving four people dead.",
     "Unidentified Clan Militia (Somalia)"),
    ("On 6 June 2021, armed tribesmen clashed over a well in Marib, Yemen; two were killed.",
     "Unidentified Tribal Militia (Yemen)"),
    ("On 6 June 2021, ethnic militias attacked a village near Bambari, Central African Republic, killing five.",
     "Unidentified Ethnic Militia (Central African Republic)"),
])
def test_unnamed_identity_militias_by_the_word_the_report_uses(mentions_of, text, actor):
    assert actor in names(mentions_of, text)


def test_an_unnamed_communal_militia_stays_communal(mentions_of):
    text = "On 6 June 2021, local militiamen attacked a herders' camp near Agatu in Benue and killed three people."
    assert "Unidentified Communal Militia (Nigeria)" in names(mentions_of, text)


def test_opposition_factions_are_the_countrys_opposition_rebels(mentions_of):
    text = "On 6 June 2021, opposition factions shelled army positions near Kafr Nabl in Idlib, Syria, wounding two soldiers."
    assert actor1(mentions_of, text) == "Opposition Rebels (Syria)"


def test_a_political_opposition_is_no_armed_side(mentions_of):
    text = "On 6 June 2021, police fired tear gas at opposition supporters marching in Kampala, Uganda, injuring four."
    assert not any(n.startswith("Opposition Rebels") for n in names(mentions_of, text))


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, gunmen believed to belong to Al-Shabaab shot dead a trader near Afgoye.", "Al-Shabaab"),
    ("On 6 June 2021, two soldiers were killed by militants (suspected Boko Haram) in an attack on a checkpoint "
     "near Bama.", "Boko Haram"),
])
def test_attackers_attributed_to_a_group_are_the_group(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor


def test_fighters_of_a_group_who_were_hit_stay_the_target(mentions_of):
    text = "On 6 June 2021, Nigerian troops killed five fighters of Boko Haram near Bama."
    assert actor1(mentions_of, text) == "Military Forces of Nigeria"
