"""Who did it, as the twenty-second round reads it: the agent after "by" of a verb of wanting or telling is no
perpetrator; the subject of a verb of fighting acted; a coalition member's forces in the coalition's theatre are the
coalition; forces "under" a named operation act as it; Brazil's unnamed killers of a drive-by shooting; the
gendarmerie of a country whose gendarmerie is army; Afghan police units.  All texts are written for these tests."""

from __future__ import annotations

import pytest

from eventdesk.nlp.lexicon import acled_name, qualify

from .actoring import actor1, main_mention, names


def test_the_agent_of_a_verb_of_telling_did_no_violence(mentions_of):
    # the police "presented" reports: no party to the shooting, which the armed men did
    text = ("On 6 June 2021, in Ecatepec, Mexico, armed men fired at the house of a councillor, days after reports "
            "presented by the police had linked him to a cartel. No injuries were reported.")
    assert "Police Forces of Mexico" not in names(mentions_of, text)
    assert actor1(mentions_of, text) == "Unidentified Armed Group (Mexico)"


@pytest.mark.parametrize("text, actor", [
    # "wanted by the police": the police are the ones shot at, the man who was wanted shot
    ("On 6 June 2021, in Zacatecas, Mexico, a police officer was shot and wounded by a man who was wanted by the police.",
     "Unidentified Armed Group (Mexico)"),
    # the agent of a violent verb is still the perpetrator
    ("On 6 June 2021, in Ecatepec, Mexico, a man was shot and killed by the police during a raid on a warehouse.",
     "Police Forces of Mexico"),
])
def test_the_agent_after_by_of_a_verb_of_wanting_or_of_violence(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor


def test_the_subject_of_a_verb_of_fighting_acted(mentions_of):
    # the side that fought acted, though its own soldiers died
    text = "On 6 June 2021, Indian troops exchanged fire with militants near Uri, Jammu and Kashmir, killing two Indian soldiers."
    assert actor1(mentions_of, text) == "Military Forces of India"


def test_sides_that_clashed_after_a_dateline_that_breaks_the_parse(mentions_of):
    # "X and Y clashed" by the order of the words: both are sides that acted, though one of the dahalo died
    text = "On 6 June 2021, dahalo and gendarmes clashed in a village near Ihosy, Madagascar. One dahalo was killed."
    roles = {a.name: a.role for a in main_mention(mentions_of, text).actors}
    assert roles["Dahalo Militia"] == "perpetrator"
    assert actor1(mentions_of, text) == "Dahalo Militia"


def test_soldiers_only_hit_are_no_side_that_acted(mentions_of):
    text = "On 6 June 2021, two Indian soldiers were killed by a landmine near Uri, Jammu and Kashmir."
    assert actor1(mentions_of, text) != "Military Forces of India"


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, Saudi forces fired artillery shells at villages of Shada district in Saada, Yemen, killing a "
     "farmer.", "Operation Restoring Hope"),
    ("On 6 June 2021, an airstrike by US forces killed four Taliban fighters in Nad Ali district, Helmand, Afghanistan.",
     "NATO: North Atlantic Treaty Organization"),
    # outside the coalition's theatre the forces are their country's
    ("On 6 June 2021, Saudi forces shot dead two smugglers near Jizan, Saudi Arabia.", "Military Forces of Saudi Arabia"),
])
def test_a_coalition_members_forces_in_the_coalitions_theatre(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor


def test_acled_name_by_the_country_of_the_event():
    assert acled_name("Military Forces of the United States", "AF") == "NATO: North Atlantic Treaty Organization"
    assert acled_name("Military Forces of the United States", "IQ") == "Military Forces of the United States"
    assert acled_name("Military Forces of the United States") == "Military Forces of the United States"


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, Turkish forces and allied rebel factions operating under OPS shelled a village near Tell Tamer in "
     "Al-Hasakeh, Syria.", "Operation Peace Spring"),
    ("On 6 June 2021, Turkish forces shelled a village near Tell Tamer in Al-Hasakeh, Syria.", "Military Forces of Turkey"),
])
def test_forces_under_a_named_operation_act_as_the_operation(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, in Fortaleza, Ceara, a man was killed in a drive-by shooting by two armed men on a motorcycle.",
     "Unidentified Gang and/or Police Militia"),
    # no actor named at all: the body of a man found bound and shot
    ("On 6 June 2021, in Recife, Pernambuco, the body of a man was found in a canal with his hands tied and a gunshot "
     "wound to the head.", "Unidentified Gang and/or Police Militia"),
    # in Brazil, a shooting that is neither keeps the unidentified armed group
    ("On 6 June 2021, in Fortaleza, Ceara, a man was shot and wounded at a bar by two armed men.",
     "Unidentified Armed Group (Brazil)"),
    # elsewhere, a drive-by shooting's gunmen stay the unidentified armed group of the country
    ("On 6 June 2021, in Culiacan, Sinaloa, Mexico, a man was killed in a drive-by shooting by two armed men on a "
     "motorcycle.", "Unidentified Armed Group (Mexico)"),
])
def test_the_unnamed_killers_of_a_drive_by_shooting_in_brazil(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, two PKK militants were killed in an operation carried out by the Gendarmerie forces in Lice "
     "district of Diyarbakir, Turkey.", "Military Forces of Turkey"),
    ("On 6 June 2021, gendarmes shot and wounded two smugglers at a checkpoint near Mopti, Mali.", "Police Forces of Mali"),
])
def test_the_gendarmerie_is_police_or_army_by_its_country(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor


def test_a_gendarmerie_without_a_country_is_police():
    assert qualify("Gendarmerie", None) == "Police Forces"
    assert qualify("Gendarmerie", "TR") == "Military Forces of Turkey"


def test_afghan_police_units_are_the_police_of_afghanistan(mentions_of):
    text = ("On 6 June 2021, five Taliban fighters were killed during an operation by the General Command of Police "
            "Special Units in Baraki Barak district, Logar, Afghanistan.")
    assert "Police Forces of Afghanistan" in names(mentions_of, text)


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, police in Kisumu, Kenya, are accused of assaulting a motorcycle taxi rider for breaking the curfew.",
     "Police Forces of Kenya"),
    ("On 6 June 2021, residents of Kisumu, Kenya, accused soldiers of beating two traders at a market.",
     "Military Forces of Kenya"),
])
def test_the_accused_of_an_act_of_violence_did_it(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor


def test_police_who_tell_of_an_assault_are_no_side(mentions_of):
    text = "On 6 June 2021, police in Kisumu, Kenya, said unknown men had assaulted and wounded a motorcycle taxi rider."
    assert actor1(mentions_of, text) != "Police Forces of Kenya"


def test_burkina_fasos_volunteers_for_the_defence_of_the_homeland(mentions_of):
    text = "On 6 June 2021, VDP fighters killed three suspected cattle thieves near Kaya, Burkina Faso."
    assert actor1(mentions_of, text) == "VDP: Volunteers for the Defence of the Homeland"


@pytest.mark.parametrize("text, actor", [
    # an acronym before "militiamen" names a group, not a community
    ("On 6 June 2021, RPRC militiamen attacked a market in Ndele, Central African Republic, killing four traders.", "RPRC"),
    ("On 6 June 2021, Gula militiamen attacked a market in Ndele, Central African Republic, killing four traders.",
     "Gula Militia (Central African Republic)"),
])
def test_an_acronym_before_a_militia_noun_is_a_group_not_a_community(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor


@pytest.mark.parametrize("text, actor", [
    # the group named before the attacker's noun attacked, and acted before the troops who fired back
    ("On 6 June 2021, at least nine soldiers were killed when an ISWAP suicide bomber drove into an army base near "
     "Monguno, Borno, Nigeria. Nigerian troops fired at the vehicle before it exploded.",
     "Islamic State West Africa Province"),
    # the attacker is the one hit: the troops acted
    ("On 6 June 2021, Nigerian troops shot dead an ISWAP gunman near Monguno, Borno, Nigeria.", "Military Forces of Nigeria"),
    ("On 6 June 2021, an ISWAP gunman was shot dead by Nigerian troops near Monguno, Borno, Nigeria.",
     "Military Forces of Nigeria"),
])
def test_the_side_of_the_attackers_noun_and_the_side_that_acted_first(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, youths from the Bobo community attacked cattle owners from the Fulani community near Kokoro, "
     "Burkina Faso, wounding four people.", "Bobo Militia (Burkina Faso)"),
    ("On 6 June 2021, militiamen of the Hawadle clan shot dead two herders near Beledweyne, Somalia.",
     "Hawadle Militia (Somalia)"),
    # the youths of a community are the ones hit: no militia of theirs
    ("On 6 June 2021, two youths from the Bobo community were shot dead by gunmen near Kokoro, Burkina Faso.",
     "Unidentified Armed Group (Burkina Faso)"),
])
def test_armed_men_named_by_the_community_they_come_from(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor
