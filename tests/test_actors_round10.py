"""Actors the tenth round names: a community's militia by the community ("Fulani herdsmen"), a
country's forces by their weapons ("Israeli artillery") or by the country's own name ("Mozambique's
military"), forces that carried out an operation, unidentified aircraft, and single attackers."""

from __future__ import annotations

import datetime as dt

import pytest

MAY = dt.date(2020, 5, 6)


def names(mentions_of, text: str) -> dict[str, str]:
    [m] = mentions_of(text, published=MAY)
    return {a.name: a.role for a in m.actors}


@pytest.mark.parametrize("text, actor", [
    ("On 4 May 2020, suspected Fulani herdsmen attacked Agatu village in Benue state, killing three farmers.",
     "Fulani Militia (Nigeria)"),
    ("On 4 May 2020, Dozo militiamen attacked the village of Sangha in Mopti region, killing four people.",
     "Dozo Militia (Mali)"),
    ("On 4 May 2020, Kuki and Naga tribal militias clashed near Ukhrul in Manipur; two people were killed.",
     "Naga Militia (India)"),
    ("On 4 May 2020, Kuki and Naga tribal militias clashed near Ukhrul in Manipur; two people were killed.",
     "Kuki Militia (India)"),
])
def test_a_militia_is_named_by_its_community(mentions_of, text, actor):
    assert actor in names(mentions_of, text)


def test_a_named_community_replaces_the_unnamed_militia(mentions_of):
    got = names(mentions_of, "On 4 May 2020, Tiv and Jukun ethnic militias clashed in Wukari, Taraba, leaving six people dead.")
    assert {"Tiv Militia (Nigeria)", "Jukun Militia (Nigeria)"} <= set(got)
    assert not any(n.startswith("Unidentified Communal Militia") for n in got)


@pytest.mark.parametrize("text", [
    "On 4 May 2020, local militiamen attacked a settlement near Asaba in Delta state, killing two herders.",
    "On 4 May 2020, Islamist militants attacked an army post near Diffa, killing two soldiers.",
    "On 4 May 2020, Malian militiamen attacked a village near Mopti, killing two people.",
])
def test_no_community_no_named_militia(mentions_of, text):
    assert not any(n.endswith(" Militia (Mali)") or n.endswith(" Militia (Nigeria)") or n.endswith(" Militia (Niger)")
                   for n in names(mentions_of, text) if not n.startswith(("Unidentified", "Islamist")))


@pytest.mark.parametrize("text, actor", [
    ("On 6 May 2020, Israeli artillery shelled two observation posts east of Khan Younis in Gaza. No injuries were reported.",
     "Military Forces of Israel"),
    ("On 6 May 2020, Israeli airstrikes hit positions near Quneitra. No casualties were reported.",
     "Military Forces of Israel"),
    ("Around 5 May 2020, Mozambique's military recaptured Macomia after it was overrun by insurgents.",
     "Military Forces of Mozambique"),
    ("On 29 April 2020, the United States air force carried out an air strike near Jilib, killing three militants.",
     "Military Forces of the United States"),
])
def test_forces_named_by_weapon_or_country(mentions_of, text, actor):
    assert actor in names(mentions_of, text)


def test_forces_that_carry_out_an_operation_are_a_party(mentions_of):
    got = names(mentions_of, "On 9 May 2020, in Niteroi, Rio de Janeiro, the Military Police carried out an operation in the "
                             "Caramujo neighborhood. A suspect was shot dead.")
    assert "Military Forces of Brazil" in got


def test_police_who_only_speak_stay_no_party(mentions_of):
    got = names(mentions_of, "On 9 May 2020, in Niteroi, Rio de Janeiro, a man was shot dead in the Caramujo neighborhood. "
                             "The Military Police said it had carried out no operation there.")
    assert not any(n.startswith("Military Forces") for n in got)


def test_unidentified_warplanes(mentions_of):
    got = names(mentions_of, "On 9 May 2020, unidentified warplanes carried out airstrikes on a depot near Albu Kamal in Deir ez-Zor. "
                             "No casualties were reported.")
    assert "Unidentified Military Forces" in got


@pytest.mark.parametrize("text, actor", [
    ("On 30 April 2020, a judge was shot dead by an unknown gunman in Herat city.", "Unidentified Armed Group"),
    ("On 6 May 2020, a policeman shot and injured a rickshaw driver in Mogadishu.", "Police Forces of Somalia"),
])
def test_single_attackers(mentions_of, text, actor):
    assert any(n.startswith(actor) for n in names(mentions_of, text))


def test_the_anti_is_coalition_goes_out_under_acleds_name():
    from eventdesk.nlp.lexicon import acled_name, canonical_actor
    assert canonical_actor("Global Coalition") == "US-led coalition"
    assert acled_name("US-led coalition") == "Global Coalition Against Daesh"


@pytest.mark.parametrize("text, actor", [
    ("On 2 May 2020, BSF personnel beat up two traders at a checkpoint in Cooch Behar, West Bengal.", "Police Forces of India"),
    ("On 2 May 2020, a regime soldier was shot dead by a sniper near Kafr Nabl in southern Idleb.",
     "Military Forces of Syria"),
    ("On 2 May 2020, members of Ahrar al-Sharqiyah shot and wounded a shepherd near Ras al-Ain, Syria.", "Ahrar al Sharqiyah"),
    ("On 2 May 2020, a drone strike by NATO forces killed two men in Kunduz province, Afghanistan.",
     "NATO: North Atlantic Treaty Organization"),
    ("On 2 May 2020, Puntland Dervish forces clashed with Al-Shabaab near Galgala in Bari region, Somalia.",
     "Military Forces of Somalia"),
])
def test_known_forces_and_factions(mentions_of, text, actor):
    assert actor in names(mentions_of, text)


def _columns(*actors):
    from eventdesk.export.acled import actor_columns
    from eventdesk.models import Actor, Place

    kano = Place(name="Kano", admin1="Kano", country="Nigeria", country_code="NG", lat=12.0, lon=8.5, precision="city")
    return actor_columns(tuple(Actor(n, r) for n, r in actors), kano)


def test_export_two_sides_with_no_perpetrator_the_first_named_acted():
    # "clashes between the army and ISWAP": the first side named is actor1, not the second
    assert _columns(("Military Forces of Nigeria", "other"), ("Islamic State West Africa Province", "target")) == (
        "Military Forces of Nigeria", "Islamic State West Africa Province")


def test_export_a_side_only_hit_is_actor2():
    # "two soldiers were killed by a roadside bomb": the soldiers did not act
    assert _columns(("Military Forces of Nigeria", "target")) == ("Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria")


def test_export_perpetrator_first():
    assert _columns(("Civilians", "target"), ("Boko Haram", "perpetrator")) == ("Boko Haram", "Civilians")
