"""Places in conflict notes and wire copy from outside the US: a town and the province holding it ("X in Y",
"X city, Y", "X village of Y, Z", "X (Y, Z)"), a province named bare, spelling variants that must not jump
abroad.  All texts are written for these tests."""

from __future__ import annotations

import pytest

from .test_places import place_of, where


@pytest.mark.parametrize(
    "text, expected",
    [
        # "de los" inside the town's name: the whole name, not its last word (Aldama is another town)
        ("On 12 January 2022, in Leon de los Aldama, Guanajuato, gunmen killed a taxi driver at a traffic light.",
         ("Leon de los Aldama", "Guanajuato", "MX")),
        # "X town in Y countryside": the namesake in that province, though spelt otherwise, not Mansura, Louisiana
        ("On 3 January 2022, unidentified gunmen shot dead a shepherd in Mansura town in Ar-Raqqa countryside.",
         ("Al Mansurah", "Raqqa", "SY")),
        # a spelling variant inside the province the note names
        ("On 9 January 2022, regime forces shelled the outskirts of Ash-Shajara village in Dar'a, wounding a farmer.",
         ("Ash Shajarah", "Daraa", "SY")),
        # "X village of Y, Z": the village is the scene, the district holds it
        ("On 11 January 2022, a landmine killed a boy in Dogankoy village of Pervari, Siirt.",
         ("Dogankoy", "Siirt", "TR")),
        # a unit word between the town and its province
        ("On 17 January 2022, Taliban fighters attacked a checkpoint in Baraki Barak city, Logar, killing two policemen.",
         ("Baraki Barak", "Logar", "AF")),
        # the town said with its province is no neighbourhood of the big city named elsewhere in the note
        ("On 18 January 2022, gunmen killed a driver in the town of Jarablus in the northern countryside of Aleppo. "
         "The gunmen were from Deir ez-Zor.",
         ("Jarabulus", "Aleppo", "SY")),
    ],
)
def test_town_in_its_province(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the village is unknown: the district town named after it, untagged, holds it
        ("On 14 January 2022, police shot dead two robbery suspects in Barangay Kalumpang, Dumaguete, Negros Oriental.",
         ("Dumaguete", "PH")),
        ("On 15 January 2022, a mob set fire to a party office in Mkando (Mulanje, Southern), and a guard died.",
         ("Mulanje", "MW")),
        # "Central" is Malawi's Central Region here, not Uganda's Central, which has no Lilongwe
        ("On 16 January 2022, protesters clashed with police in Lilongwe (Lilongwe, Central), and one man died.",
         ("Lilongwe", "MW")),
    ],
)
def test_places_holding_an_unknown_village(mentions_of, text, expected):
    place = place_of(mentions_of, text)
    assert (place.name, place.country_code) == expected


def test_a_town_of_another_province_of_the_country(mentions_of):
    # the note's province (Borno) lacks Goniri; the country's only Goniri (Yobe) is meant, not the province
    place = place_of(mentions_of, "On 6 January 2022, Boko Haram fighters shelled army positions in Goniri (Gujba LGA, Borno).")
    assert where(place) == ("Goniri", "Yobe", "NG")


def test_a_name_the_tagger_cut_in_front(mentions_of):
    # "Port" and "Spain" tagged apart: the capital of Trinidad, not a port in Spain
    place = place_of(mentions_of, "On 9 January 2022, a man was shot dead outside a bar in Port of Spain.")
    assert (place.name, place.country_code) == ("Port of Spain", "TT")


def test_a_town_the_province_lacks_is_no_town_abroad(mentions_of):
    # Karak is a town in Pakistan, but "in Dar'a" says the village is Syrian: the province, said short
    place = place_of(mentions_of, "On 8 January 2022, a roadside bomb wounded two soldiers in the town of Karak in Dar'a.")
    assert (place.country_code, place.admin1) == ("SY", "Daraa")


def test_a_province_named_bare_gives_the_country(mentions_of):
    # "Raqqa" is the province as well as its city: "near Mansura" is no town in Louisiana
    place = place_of(mentions_of, "On 21 January 2022, a drone strike killed two men in a car near Mansura. "
                                  "The strike took place in Raqqa.")
    assert (place.country_code, place.admin1) == ("SY", "Raqqa")


def test_a_spelling_variant_alone_is_no_town_abroad(mentions_of):
    # only a loose spelling of a town in Argentina, and nothing says which country: no place rather than a wrong one
    place = place_of(mentions_of, "On 19 January 2022, militants abducted and killed two herders in Mansila (Mansila, Yagha).")
    assert place is None or place.country_code != "AR"


@pytest.mark.parametrize(
    "text, expected",
    [
        # "the Governor of Kirkuk" holds no town: "of" pairs a place only behind a unit word
        ("On 5 January 2022, the Governor of Kirkuk said gunmen killed two shepherds in Daquq.", ("Daquq", "Kirkuk", "IQ")),
        # a person's name after a town and a comma is no province
        ("A man was shot and killed Friday night in Dayton, Johnson said. Police have no suspects.", ("Dayton", "Ohio", "US")),
        ("SPRINGFIELD, Ill. - A man was shot in the leg Saturday in Springfield, police said.",
         ("Springfield", "Illinois", "US")),
        # an American town with a unit word and its state stays American
        ("A teenager was shot and killed Saturday in Clinton Township, Michigan, police said.",
         ("Clinton Township", "Michigan", "US")),
    ],
)
def test_places_that_must_not_move(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected
