"""Actors the eleventh round names: Yemen's southern forces apart ("Southern Resistance" fighters are
not the Southern Transitional Council, the Security Belt is a force of its own), and a brigade ACLED codes
under Yemen's military.  All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.export.acled import actor_columns

JUNE = dt.date(2021, 6, 9)


def actors_of(mentions_of, text: str):
    ms = mentions_of(text, published=JUNE)
    assert ms
    return max(ms, key=lambda m: len(m.claims))


@pytest.mark.parametrize("text, actor, absent", [
    ("On 6 June 2021, Southern Resistance fighters shelled pro-Houthi positions near Qatabah, killing two fighters.",
     "Southern Resistance", "Southern Transitional Council"),
    ("On 6 June 2021, STC forces clashed with pro-Hadi troops in Zinjibar; three fighters were killed.",
     "Southern Transitional Council", "Southern Resistance"),
    ("On 6 June 2021, Security Belt forces raided a market in Aden and wounded two traders.",
     "Security Belt Forces", "Southern Transitional Council"),
])
def test_southern_forces_are_told_apart(mentions_of, text, actor, absent):
    names = {a.name for a in actors_of(mentions_of, text).actors}
    assert actor in names and absent not in names


def test_a_brigade_is_exported_under_yemens_military(mentions_of):
    m = actors_of(mentions_of, "On 6 June 2021, the Amajid Brigade attacked Houthi positions near Mukayras, killing four fighters.")
    assert actor_columns(m.actors, m.place)[0] == "Military Forces of Yemen (2012-) Amajid Brigade"


def test_security_belt_is_exported_under_yemens_military(mentions_of):
    m = actors_of(mentions_of, "On 6 June 2021, Security Belt forces raided a market in Aden and wounded two traders.")
    assert actor_columns(m.actors, m.place)[0] == "Military Forces of Yemen (2012-) Security Belt Forces"


@pytest.mark.parametrize("text", [
    "On 6 June 2021, unknown raiders attacked a cattle camp near Bor in Jonglei state, killing one herder.",
    "On 6 June 2021, suspected cattle raiders attacked a village near Bor in Jonglei state and killed two herders.",
])
def test_unnamed_raiders_are_a_communal_militia(mentions_of, text):
    names = {a.name for a in actors_of(mentions_of, text).actors}
    assert "Unidentified Communal Militia (South Sudan)" in names


def test_raiders_named_by_their_community_stay_named(mentions_of):
    names = {a.name for a in actors_of(mentions_of, "On 6 June 2021, Murle raiders attacked a cattle camp near Bor in Jonglei state, killing three herders.").actors}
    assert "Murle Militia (South Sudan)" in names and not any(n.startswith("Unidentified") for n in names)
