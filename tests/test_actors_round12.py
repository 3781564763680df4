"""Actors the twelfth round names: groups ACLED codes by a name of their own (party workers, Burundi's
ruling-party youth, France's Sahel force, a pro-government militia), clans and families that fight as
communal militias, and prison guards as police.  All texts are written for these tests."""

from __future__ import annotations

import pytest

from eventdesk.export.acled import actor_columns
from .actoring import JUNE, main_mention, names


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, a group of Imbonerakure attacked and injured a member of the opposition party in Ngozi commune.",
     "CNDD-FDD-Imbonerakure: National Council for the Defence of Democracy (Imbonerakure Faction)"),
    ("On 6 June 2021, suspected EPP fighters attacked a ranch near Horqueta and set two trucks on fire.",
     "EPP: Paraguayan People's Army"),
    ("On 6 June 2021, Malay Muslim separatists shot dead a village headman in Rueso district of Narathiwat.",
     "Malay Muslim Separatists"),
    ("On 6 June 2021, Raia Mutomboki militiamen looted a village in Shabunda territory and abducted three men.",
     "Mayi Mayi Militia (Raia Mutomboki)"),
    ("On 6 June 2021, Operation Barkhane forces struck a militant camp near Menaka, killing four fighters.",
     "Military Forces of France"),
    ("On 6 June 2021, a farmer was shot dead by pro-government militiamen in Chaghcharan district, Ghor.",
     "Militia (Pro-Government)"),
    ("On 6 June 2021, BJP workers attacked a rival party office in Agartala and injured two people.",
     "BJP: Bharatiya Janata Party"),
    ("On 6 June 2021, TMC workers assaulted a poll agent in Nandigram and injured him.",
     "AITC: All India Trinamool Congress"),
    ("On 6 June 2021, helicopters of the Dyck Advisory Group fired on insurgents near Mocimboa da Praia.",
     "Dyck Advisory Group"),
])
def test_groups_named_by_their_own_name(mentions_of, text, actor):
    assert actor in names(mentions_of, text)


def test_a_ruling_party_perpetrator_is_actor1(mentions_of):
    m = main_mention(mentions_of, "On 6 June 2021, BJP supporters beat a journalist in Khowai town, injuring him.")
    assert actor_columns(m.actors, m.place)[0] == "BJP: Bharatiya Janata Party"


@pytest.mark.parametrize("text, absent", [
    # the party named as the side hurt, or as a word, is no party to the violence
    ("On 6 June 2021, a BJP leader said that the party would hold a rally in Agartala.", "BJP: Bharatiya Janata Party"),
    # the word "Congress" alone is the legislature as often as the party
    ("On 6 June 2021, Congress passed a bill on police reform after a shooting in Ohio.", "INC: Indian National Congress"),
    # government forces are not a pro-government militia
    ("On 6 June 2021, pro-government forces shelled a village near Maarat al-Numan, killing two civilians.",
     "Militia (Pro-Government)"),
])
def test_near_misses_name_no_party(mentions_of, text, absent):
    ms = mentions_of(text, published=JUNE)
    assert absent not in {a.name for m in ms for a in m.actors}


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, militias from the Abgaal and Murusade clans fought over a water point near Adale; two men were killed.",
     "Abgaal Militia (Somalia)"),
    ("On 6 June 2021, local militiamen attacked a herders' camp near Agatu in Benue and killed three people.",
     "Unidentified Communal Militia (Nigeria)"),
    ("On 6 June 2021, two armed families exchanged fire in the town of Hermel, Lebanon, after a dispute over land.",
     "Unidentified Communal Militia (Lebanon)"),
    # (clans named without a name are ACLED's unidentified clan militia: test_actors_round13)
    ("On 6 June 2021, rival clans clashed in Datu Piang, Maguindanao, Philippines, leaving one man dead.",
     "Unidentified Clan Militia (Philippines)"),
])
def test_clans_and_families_fight_as_communal_militias(mentions_of, text, actor):
    assert actor in names(mentions_of, text)


@pytest.mark.parametrize("text", [
    # one clan named as a community beside the killing (only "clans" fighting, plural, are sides), and a
    # family in a local report
    "On 6 June 2021, gunmen killed a trader in Beledweyne; elders of the Abgaal clan called for calm.",
    "On 6 June 2021, a man was shot dead in Dayton, Ohio; the families of the victim asked for calm.",
])
def test_clans_and_families_near_misses(mentions_of, text):
    ms = mentions_of(text, published=JUNE)
    got = {a.name for m in ms for a in m.actors}
    assert not any("Communal Militia" in n or n.endswith("Militia (Somalia)") for n in got)


def test_prison_guards_are_the_countrys_police(mentions_of):
    m = main_mention(mentions_of, "On 6 June 2021, an inmate was beaten to death by prison guards in Kampong Cham, Cambodia.")
    assert actor_columns(m.actors, m.place)[0] == "Police Forces of Cambodia"


def test_prison_guards_as_a_source_are_no_party(mentions_of):
    ms = mentions_of("On 6 June 2021, prison guards said an inmate died of illness in a Kampong Cham jail.", published=JUNE)
    assert not any(a.name.startswith("Police Forces") for m in ms for a in m.actors)


def test_a_side_named_by_whom_it_fights_is_not_that_group(mentions_of):
    m = main_mention(mentions_of, "On 6 June 2021, anti-Houthi National Resistance forces shelled pro-Houthi positions "
                                  "east of Hays in Al Hudaydah, killing two fighters.")
    assert actor_columns(m.actors, m.place)[0] == "National Resistance Forces"


@pytest.mark.parametrize("text, actor1", [
    # the group itself still acts where it is named alone
    ("On 6 June 2021, Houthi forces attacked anti-Houthi tribesmen near Sirwah in Marib, killing three men.",
     "Military Forces of Yemen (2016-) Supreme Political Council"),
    # an alias that begins with "anti-" is a name of its own
    ("On 6 June 2021, anti-IS coalition warplanes struck a hideout near Hajin, killing four militants.",
     "Global Coalition Against Daesh"),
])
def test_anti_near_misses_keep_their_actor(mentions_of, text, actor1):
    m = main_mention(mentions_of, text)
    assert actor_columns(m.actors, m.place)[0] == actor1


def test_a_group_of_police_takes_part_as_the_police(mentions_of):
    text = ("On 6 June 2021, a group of police clashed with soldiers at a checkpoint in Mogadishu; "
            "two soldiers were injured.")
    assert "Police Forces of Somalia" in names(mentions_of, text)


def test_a_group_of_police_as_a_source_is_no_party(mentions_of):
    ms = mentions_of("On 6 June 2021, gunmen shot dead a trader in Mogadishu, a group of police said.", published=JUNE)
    assert not any(a.name.startswith("Police Forces") for m in ms for a in m.actors)


def test_a_lone_armed_man_is_the_unidentified_armed_group(mentions_of):
    m = main_mention(mentions_of, "On 6 June 2021, in Culiacan, Sinaloa, a man was shot dead by an armed man on a motorcycle.")
    assert ("Unidentified Armed Group (Mexico)", "perpetrator") in {(a.name, a.role) for a in m.actors}


def test_an_unarmed_man_is_no_armed_group(mentions_of):
    ms = mentions_of("On 6 June 2021, in Culiacan, Sinaloa, police shot and wounded an unarmed man at a checkpoint.",
                     published=JUNE)
    assert not any(a.name.startswith("Unidentified Armed Group") for m in ms for a in m.actors)


@pytest.mark.parametrize("text, actor1", [
    ("On 6 June 2021, RR, CRPF and SoG had an encounter with militants at Pulwama, Jammu and Kashmir, "
     "in which two militants were killed.", "Military Forces of India"),
    ("On 6 June 2021, SoG and CRPF personnel had an encounter with militants at Sopore, Jammu and Kashmir, "
     "in which one militant was killed.", "Police Forces of India"),
])
def test_indian_security_force_acronyms(mentions_of, text, actor1):
    m = main_mention(mentions_of, text)
    assert actor_columns(m.actors, m.place)[0] == actor1


@pytest.mark.parametrize("text, actor1", [
    ("On 6 June 2021, a member of the Sharqiya Army shot and killed a rival fighter near Ras al-Ain.", "Sharqiya Army"),
    # a name that itself begins with "anti-" is kept whole, not read as the side it fights
    ("On 6 June 2021, anti-Balaka militiamen attacked a camp near Bambari, killing three herders.", "Anti-Balaka"),
    ("On 6 June 2021, UPC rebels attacked a village near Alindao, killing two farmers.",
     "UPC: Union for Peace in the Central African Republic"),
])
def test_armed_groups_added_to_the_table(mentions_of, text, actor1):
    m = main_mention(mentions_of, text)
    assert actor_columns(m.actors, m.place)[0] == actor1
