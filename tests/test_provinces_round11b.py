"""Provinces named beside towns in conflict reports, eleventh round (second part): a province written with a
lower-case unit word ("Lakes state"), a province last in brackets after its town that the index knows only
with its unit word ("Bay" for Bay Region), units that are no towns ("Sittwe District, Rakhine State"), the
district in brackets before the province ("Napula (Macomia, Cabo Delgado)"), a town at the head of its
district ("Ghoryan district center, Herat"), and Myanmar's states and regions.  All texts are written for
these tests."""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.places import PlaceResolver

from .test_places import place_of, where


# -- the index: Myanmar's states and regions --------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Rakhine State", "Rakhine State"),
        ("Rakhine", "Rakhine State"),
        ("Arakan State", "Rakhine State"),
        ("Kachin State", "Kachin State"),
        ("Shan State", "Shan State"),
        ("Sagaing Region", "Sagaing Region"),
        ("Magway Region", "Magway Region"),
        ("Bago Region", "Bago Region"),
        ("Mandalay Region", "Mandalay Region"),
        ("Karen State", "Kayin State"),
        ("Kayin State", "Kayin State"),
        ("Karenni State", "Kayah State"),
        ("Chin State", "Chin State"),
        ("Mon State", "Mon State"),
        ("Tanintharyi Region", "Tanintharyi Region"),
        ("Ayeyarwady Region", "Ayeyarwady Region"),
        ("Yangon Region", "Yangon Region"),
        ("Naypyidaw", "Naypyidaw"),
    ],
)
def test_the_index_knows_myanmars_states_and_regions(gazetteer, name, expected):
    found = gazetteer.admin1(name, "MM")
    assert found is not None and found.name == expected


@pytest.mark.parametrize("town, state", [("Sittwe", "Rakhine State"), ("Myitkyina", "Kachin State"),
                                         ("Taunggyi", "Shan State"), ("Hakha", "Chin State")])
def test_a_myanmar_town_carries_its_state(gazetteer, town, state):
    assert gazetteer.lookup(town, "MM", limit=1)[0].admin1 == state


# -- a province with a lower-case unit word ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Lakes" alone is a town in Alaska; with "state" after it, South Sudan's province
        ("On Monday, cattle raiders killed five herders in Lakes state.", ("Lakes State", "Lakes State", "SS")),
        # an untagged name after "in", as for "Unity" (a town in Canada and several in the US)
        ("On Monday, armed youths killed two traders in Unity state.", ("Unity State", "Unity State", "SS")),
    ],
)
def test_a_name_before_a_lower_case_unit_word_is_a_province(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the town said with its province and the province's unit word: Leer of South Sudan, not of Germany
        ("On Monday, gunmen killed two traders near Leer, Unity state.", ("Leer", "Unity State", "SS")),
        # a town the index lacks: its province, not nothing
        ("On Monday, armed youths killed four herders in Cueibet, Lakes state.", ("Lakes State", "Lakes State", "SS")),
    ],
)
def test_a_town_and_its_province_with_a_lower_case_unit_word(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected


def test_a_province_by_its_own_name_keeps_its_city_with_the_unit_word(gazetteer):
    """ "Battambang province": the index knows the province by that name; nothing to look up otherwise."""
    from eventdesk.geo import Toponym

    resolver = PlaceResolver(gazetteer=gazetteer)
    text = "Gunmen shot a guard in Battambang province."
    start = text.index("Battambang")
    topo = Toponym("Battambang", start, start + len("Battambang"), 2.0)
    assert resolver._provinces_by_unit(text, [topo], ()) == [topo]


def test_the_province_of_the_reports_country_is_preferred(gazetteer):
    resolver = PlaceResolver(gazetteer=gazetteer)
    assert resolver._province_named("Lakes", ("state",), ("SS",)) == "Lakes State"
    # an American state is read as American reports are
    assert resolver._province_named("Washington", ("state",), ("US",)) is None


# -- a province last in brackets, known only with its unit word -------------------------------------------


def test_a_bracketed_name_after_a_town_is_its_province(gazetteer):
    resolver = PlaceResolver(gazetteer=gazetteer)
    # "Bay" alone is a town in the Philippines; after Baidoa it is Somalia's Bay Region
    assert resolver._bracketed_province("Bay", ["Baidoa", "Qoryoley"]) == "Bay Region"
    # a name that is a province of the town's country as it stands needs no unit word
    assert resolver._bracketed_province("Gedo", ["Baidoa"]) is None
    # no town the index knows: nothing to go by
    assert resolver._bracketed_province("Bay", ["Qaryat Zumzum"]) is None


def test_the_chain_after_a_town_reads_the_bracketed_province(analyze, gazetteer):
    from eventdesk.geo import Toponym
    from eventdesk.nlp.components.places import _containers

    resolver = PlaceResolver(gazetteer=gazetteer)
    text = "Militants shot and killed a trader in Baidoa town (Wadajir, Bay) on Monday."
    doc = analyze(text)
    start = text.index("Baidoa")
    scene = Toponym("Baidoa", start, start + len("Baidoa"), 2.0)
    found = [t.text for t in _containers(doc, [scene], 0, len(text), lambda _: 2.0, frozenset(), resolver._bracketed_province)]
    assert "Bay Region" in found and "Bay" not in found


# -- units that are no towns -----------------------------------------------------------------------------


def test_a_district_and_a_state_are_no_town_and_province(gazetteer):
    resolver = PlaceResolver(gazetteer=gazetteer)
    text = "On Monday, soldiers shelled a village in Sittwe District, Rakhine State."
    toponyms = resolver._admin1_qualified(text, 0, lambda _: 2.0)
    assert not any(t.text.startswith("Sittwe District") for t in toponyms)


def test_a_state_tagged_as_a_person_still_holds_the_scene(mentions_of):
    # the scene is unknown to the index; its state is the place, not nothing
    text = "On Monday, in Zin Pyay Town, Zin Pyay Township, Hkaw District, Chin State, a stray bullet wounded a farmer."
    assert where(place_of(mentions_of, text)) == ("Chin State", "Chin State", "MM")


def test_a_unit_the_tagger_took_for_a_person_is_in_the_chain(analyze):
    """ "Hakha District, Chin State": a name ending in a unit word is no person's, whatever the tagger says."""
    from eventdesk.geo import Toponym
    from eventdesk.nlp.components.places import _containers

    text = "On Monday, in Matupi Town, Matupi Township, Hakha District, Chin State, gunmen wounded two farmers."
    doc = analyze(text)
    start = text.index("Hakha District")
    district = Toponym("Hakha District", start, start + len("Hakha District"), 2.0)
    assert "Chin State" in [t.text for t in _containers(doc, [district], 0, len(text), lambda _: 2.0)]


# -- the district in brackets before the province -------------------------------------------------------


def test_the_district_in_brackets_stands_in_for_an_unknown_village(mentions_of):
    text = "On Monday, suspected militants attacked Naruvela (Macomia, Cabo Delgado) and burnt huts."
    assert where(place_of(mentions_of, text))[:1] == ("Macomia",)


def test_the_district_in_brackets_must_lie_in_the_province(gazetteer):
    """A district name the index knows only in another province says nothing of where the scene is."""
    resolver = PlaceResolver(gazetteer=gazetteer)
    text = "Gunmen abducted a farmer in Ugbeko (Macomia, Benue)."
    toponyms = resolver._admin1_qualified(text, 0, lambda _: 2.0)
    assert not any(t.text.startswith("Macomia") for t in toponyms)


# -- a town at the head of its district ------------------------------------------------------------------


def test_a_district_center_and_its_province(mentions_of):
    text = "On Monday, two police officers were shot dead by gunmen in Ghoryan district center, Herat."
    place = place_of(mentions_of, text)
    assert place is not None and (place.admin1, place.country_code) == ("Herat", "AF") and place.precision == "city"


def test_a_district_before_its_province_in_brackets(mentions_of):
    """ "Bathinda district (Punjab)": the province of the district's country, not Pakistan's Punjab."""
    text = "On Monday, police beat two farm workers in Bathinda district (Punjab) after a protest."
    assert where(place_of(mentions_of, text)) == ("Bathinda", "Punjab", "IN")


def test_a_barangay_makes_the_report_philippine(mentions_of):
    """ "Barangay Malinis, Zaragoza": only the Philippines have barangays; not Zaragoza in Spain."""
    text = "On Monday, a drug suspect was shot dead during a police raid in Barangay Malinis, Zaragoza."
    place = place_of(mentions_of, text)
    assert place is not None and (place.name, place.country_code) == ("Zaragoza", "PH")
