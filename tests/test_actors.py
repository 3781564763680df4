"""Actors named without a group's name: a country's army and police by their demonym, generic troops,
police and gunmen in the country of the incident's place (ACLED's names), and the police as a source."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.export.ucdp import row as ucdp_row
from eventdesk.models import Actor, Incident
from eventdesk.nlp.lexicon import actor_kind, canonical_actor, qualify

MAY = dt.date(2020, 5, 6)


def roles(mentions_of, text: str) -> dict[str, str]:
    [m] = mentions_of(text, published=MAY)
    return {a.name: a.role for a in m.actors}


def test_demonym_names_the_countrys_army(mentions_of):
    got = roles(mentions_of, "An airstrike by Afghan military forces killed 16 Taliban militants in Balkh province on Tuesday.")
    assert got == {"Military Forces of Afghanistan": "perpetrator", "Taliban": "target"}


def test_demonym_names_the_countrys_police(mentions_of):
    got = roles(mentions_of, "Kenyan police shot dead two protesters in Nairobi on Tuesday, witnesses said.")
    assert got.get("Police Forces of Kenya") == "perpetrator"


def test_generic_gunmen_take_the_country_of_the_place(mentions_of):
    got = roles(mentions_of, "On 5 May 2020, in Celaya, Guanajuato, unidentified gunmen shot and killed a man. 1 fatality.")
    assert got == {"Unidentified Armed Group (Mexico)": "perpetrator"}


def test_men_on_a_motorcycle_are_an_unidentified_armed_group(mentions_of):
    got = roles(mentions_of, "On 2 May 2020, in Celaya, Guanajuato, two men on a motorcycle shot and killed a shopkeeper.")
    assert "Unidentified Armed Group (Mexico)" in got


def test_police_who_act_are_a_party(mentions_of):
    got = roles(mentions_of, "On 3 May 2020, police fired tear gas to disperse protesters in Baghdad, wounding 12 people.")
    assert got.get("Police Forces of Iraq") == "perpetrator"
    assert "Protesters (Iraq)" in got


def test_police_as_a_source_are_no_party(mentions_of):
    got = roles(mentions_of, "CHICAGO (AP) - A man was shot and killed Tuesday on the South Side, police said. "
                             "Police are investigating and have made no arrests.")
    assert not any(name.startswith("Police Forces") for name in got)


def test_police_who_shoot_in_a_us_city(mentions_of):
    got = roles(mentions_of, "DALLAS - Police shot and killed a man who opened fire on officers outside a store Monday night, authorities said.")
    assert got.get("Police Forces of the United States") == "perpetrator"


def test_the_army_as_a_source_keeps_its_words():
    # "the army said": which army is known only with the place, so the source stays as written
    assert canonical_actor("army") is None and canonical_actor("police") is None
    assert canonical_actor("Nigerian army") == "Military Forces of Nigeria"


@pytest.mark.parametrize("name, cc, country, want", [
    ("Military Forces", "ML", "Mali", "Military Forces of Mali"),
    ("Police Forces", "US", "United States", "Police Forces of the United States"),
    ("Unidentified Armed Group", "US", "United States", "Unidentified Armed Group (United States)"),
    ("Protesters", "XX", "Atlantis", "Protesters (Atlantis)"),
    ("Rioters", None, None, "Rioters"),
])
def test_qualify(name, cc, country, want):
    assert qualify(name, cc, country) == want


def test_qualified_state_forces_are_a_state_side_in_the_ucdp_export():
    assert actor_kind("Police Forces of Mexico") == "state"
    assert actor_kind("Unidentified Armed Group (Mexico)") == "generic"
    inc = Incident(id="i1", title="t", event_type="Battles", sub_event_type="Armed clash", date_start=MAY, date_end=MAY,
                   date_precision="day", location=None,
                   actors=(Actor("Unidentified Armed Group (Mexico)", "perpetrator"), Actor("Police Forces of Mexico", "target")))
    r = ucdp_row(inc)
    assert r["side_a"] == "Police Forces of Mexico" and r["side_b"] == "Unidentified Armed Group (Mexico)"


def test_acled_export_names_an_unnamed_perpetrator_in_the_country():
    from eventdesk.export.acled import row as acled_row
    from eventdesk.models import Place

    kano = Place(name="Kano", admin1="Kano", country="Nigeria", country_code="NG", lat=12.0, lon=8.5, precision="city")
    inc = Incident(id="i2", title="t", event_type="Violence against civilians", sub_event_type="Attack", date_start=MAY,
                   date_end=MAY, date_precision="day", location=kano)
    assert acled_row(inc, "")["actor1"] == "Unidentified Armed Group (Nigeria)"


def test_acled_export_names_actors_the_way_acled_codes_them():
    from eventdesk.export.acled import row as acled_row

    inc = Incident(id="i3", title="t", event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                   date_start=MAY, date_end=MAY, date_precision="day", location=None,
                   actors=(Actor("Houthis", "perpetrator"), Actor("Saudi-led coalition", "target")))
    r = acled_row(inc, "")
    assert r["actor1"] == "Military Forces of Yemen (2016-) Supreme Political Council"
    assert r["actor2"] == "Operation Restoring Hope"


def test_naf_by_its_abbreviation(mentions_of):
    got = roles(mentions_of, "On 6 May 2020, the NAF rebel forces fired grenade launchers at the governmental positions near "
                             "Taramchuk, Donetsk. One Ukrainian soldier was wounded.")
    assert got.get("NAF: United Armed Forces of Novorossiya") == "perpetrator"
