"""Places in conflict notes, tenth round: a name the tagger took for a people's ("in Aleppo" as NORP), a town
before its units in brackets whose province the index lacks ("Minna (Chanchaga LGA, Niger)"), a country's
name last in such brackets (a province of that name), a country that backs or leads a force ("a
Turkey-backed faction"), a town the tagger took for a person as the object of a verb only places take
("shelled Tal Tamr in Hasakah"), and "Upper/Lower X" outside the US (a region, not a part of town X).
All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_places import where


def place_of(mentions_of, text: str):
    """The place of a note's incident, the note dated a few days after its events, as a coder's note is."""
    ms = mentions_of(text, published=dt.date(2021, 6, 16))
    assert ms, "no mention extracted"
    return max(ms, key=lambda m: len(m.claims)).place


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Herat" tagged NORP before "city"
        ("On 14 June 2021, gunmen shot dead a shopkeeper in PD3 of Herat city.", ("Herat", "Herat", "AF")),
        # "in Aleppo" tagged NORP after a locative
        ("On 3 March 2021, Russian jets struck a poultry farm in Aleppo using guided missiles.", ("Aleppo", "Aleppo", "SY")),
    ],
)
def test_a_place_the_tagger_took_for_a_people(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # near misses: a people's word before a plural noun is no place; the town named after it decides
        ("On 7 May 2021, settlers attacked Arab homes in Hebron, injuring two residents.", ("Hebron", "West Bank", "PS")),
        ("On 7 May 2021, settlers attacked Arab villages near Nablus, injuring two residents.", ("Nablus", "West Bank", "PS")),
    ],
)
def test_a_peoples_word_is_still_no_place(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the tagger takes both towns for persons; the index lacks Niger State: the country must not win
        ("On 9 June 2021, bandits attacked Kontagora (Mariga LGA, Niger) and killed 2 farmers.", ("Kontagora", "NG")),
        ("On 9 June 2021, gunmen attacked Bida (Bida LGA, Niger), killing a trader.", ("Bida", "NG")),
        # a tagged town: only the country's name in the brackets was in the way
        ("On 9 June 2021, gunmen abducted 3 travellers in Minna (Chanchaga LGA, Niger).", ("Minna", "NG")),
        ("On 9 June 2021, gunmen killed a vigilante in Suleja (Suleja LGA, Niger).", ("Suleja", "NG")),
    ],
)
def test_a_town_before_its_units_in_brackets(mentions_of, text, expected):
    place = place_of(mentions_of, text)
    assert place is not None and (place.name, place.country_code) == expected


def test_a_province_the_index_knows_still_pairs_with_its_town(mentions_of):
    # near miss: a province of its own name in the brackets, as before
    text = "On 9 June 2021, bandits killed 4 villagers in Kaduna (Kaduna North LGA, Kaduna)."
    assert where(place_of(mentions_of, text)) == ("Kaduna", "Kaduna", "NG")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 2 May 2021, an Iran backed militia fired rockets at a base in Balad, wounding a contractor.", ("Balad", "IQ")),
        ("On 2 May 2021, a Turkey-backed faction shelled positions near Tal Rifaat, injuring a fighter.", None),
    ],
)
def test_a_country_that_backs_a_force_is_no_scene(mentions_of, text, expected):
    place = place_of(mentions_of, text)
    if expected is None:
        # the village is not in the index: no place rather than the sponsor's country
        assert place is None or place.country_code == "SY"
    else:
        assert place is not None and (place.name, place.country_code) == expected


def test_a_country_named_as_the_scene_is_still_the_scene(mentions_of):
    # near miss: no force follows the country's name
    text = "On 8 May 2021, a clash on the border killed a smuggler in Turkey."
    assert where(place_of(mentions_of, text)) == ("Turkey", None, "TR")


def test_a_town_shelled_is_no_person(mentions_of):
    # the tagger takes "Tal Tamr" for a person; shelling says it is a place, read with its province
    text = "On 3 March 2021, Turkish forces shelled Tal Tamr in Hasakah using artillery."
    place = place_of(mentions_of, text)
    assert place is not None and place.name == "Tall Tamr" and place.country_code == "SY"


def test_a_town_tagged_a_place_is_read_as_before(mentions_of):
    # near miss: a town the tagger knows, after a verb of that kind
    text = "On 6 May 2021, regime forces shelled Sarmin in Idleb, wounding a child."
    assert where(place_of(mentions_of, text)) == ("Sarmin", "Idlib", "SY")


@pytest.mark.parametrize("name", ["Lower Juba", "Upper Juba", "Lower Kabul"])
def test_upper_or_lower_x_abroad_is_no_part_of_town_x(gazetteer, name):
    from eventdesk.geo import Toponym, resolve_place

    place = resolve_place([Toponym(name, 0, len(name), 2.0)], gazetteer)
    assert place is None or place.name not in ("Juba", "Kabul")


def test_lower_manhattan_is_still_manhattan(gazetteer):
    # near miss: an American city's lower part is that city's
    from eventdesk.geo import Toponym, resolve_place

    place = resolve_place([Toponym("Lower Manhattan", 0, 15, 2.0)], gazetteer, context_countries=("US",))
    assert (place.name, place.country_code) == ("Manhattan", "US")


def test_a_side_of_a_town_abroad_is_still_that_town(gazetteer):
    # near miss: a direction, not upper or lower ("south Juba" is a part of Juba)
    from eventdesk.geo import Toponym, resolve_place

    place = resolve_place([Toponym("South Juba", 0, 10, 2.0)], gazetteer)
    assert (place.name, place.country_code) == ("Juba", "SS")


@pytest.mark.parametrize(
    "text, expected",
    [
        # the town after a barangay, which the tagger cuts to a surname ("Santos"); not the province's namesake city
        ("On 4 June 2021, a village councilor was shot dead by motorcycle-riding gunmen in Barangay Calumpang, "
         "General Santos, South Cotabato.", ("General Santos", "PH")),
        # the town after a community, which the tagger takes for a person
        ("On 4 June 2021, in the La Gabarra community, Tibu, Norte de Santander department, a farmer was killed "
         "by armed men.", ("Tibu", "CO")),
    ],
)
def test_the_town_after_a_part_of_a_town(mentions_of, text, expected):
    place = place_of(mentions_of, text)
    assert place is not None and (place.name, place.country_code) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # near misses: no part of a town comes first; a person's name after a town is still no place
        ("On 4 June 2021, gunmen shot dead a trader in Kaduna, Sani Bello said, and fled on motorcycles.", ("Kaduna", "NG")),
        ("On 4 June 2021, gunmen shot dead a trader in Ikeja, Lagos, and fled on motorcycles.", ("Ikeja", "NG")),
    ],
)
def test_a_chain_without_a_part_of_a_town_reads_as_before(mentions_of, text, expected):
    place = place_of(mentions_of, text)
    assert place is not None and (place.name, place.country_code) == expected


def test_the_town_after_a_ward_the_tagger_cut_short(mentions_of):
    # the tagger tags only "Thazi" of "Thazi Gone ward" (Thazi is a town elsewhere in the country, not in the index
    # here, or nothing at all): the town named next is the scene
    text = ("On 2 June 2021, in Thazi Gone ward, Kyauktaw town, Kyauktaw Township, Sittwe District, Rakhine State, "
            "a mortar shell hit a house and wounded two children.")
    place = place_of(mentions_of, text)
    assert place is not None and (place.name, place.country_code) == ("Kyauktaw", "MM")


def test_a_ward_is_no_namesake_town_far_away(mentions_of):
    # "Pyinmana" of "Pyinmana Lay ward" is a ward's name, not the town near the capital; the index lacks Minbya,
    # so the district holding it stands in
    text = ("On 2 June 2021, in Pyinmana Lay ward, Minbya town, Minbya Township, Mrauk-U District, Rakhine State, "
            "a landmine exploded and killed a farmer.")
    place = place_of(mentions_of, text)
    assert place is not None and place.name != "Pyinmana"


def test_a_chain_opening_with_its_town_reads_as_before(mentions_of):
    # near miss: no ward before the town
    text = ("On 2 June 2021, in Kyauktaw town, Kyauktaw Township, Sittwe District, Rakhine State, a mortar shell hit "
            "a house and wounded two children.")
    place = place_of(mentions_of, text)
    assert place is not None and (place.name, place.country_code) == ("Kyauktaw", "MM")
