"""Provinces not named after a city, eleventh round: the index knows the provinces, regions and states of
the countries most conflict reports come from (tables.SEATS ties each to a city inside it), by the names
news uses for them; a province beside a town picks the town's namesake inside it; and a province whose
official name is a common word ("Centre", "Bay", "Gaza") is found only by its longer names.
All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_places import where


@pytest.mark.parametrize(
    "name, expected",
    [
        ("North Kivu", ("North Kivu", "CD")),
        ("Nord-Kivu", ("North Kivu", "CD")),
        ("Sud-Kivu", ("South Kivu", "CD")),
        ("Ituri", ("Ituri", "CD")),
        ("Cabo Delgado", ("Cabo Delgado", "MZ")),
        ("Odisha", ("Odisha", "IN")),
        ("Orissa", ("Odisha", "IN")),
        ("Jammu and Kashmir", ("Jammu and Kashmir", "IN")),
        ("Niger State", ("Niger State", "NG")),
        ("Delta State", ("Delta State", "NG")),
        ("Rivers State", ("Rivers State", "NG")),
        ("Balochistan", ("Balochistan", "PK")),
        ("Khyber Pakhtunkhwa", ("Khyber Pakhtunkhwa", "PK")),
        ("Banadir", ("Banadir", "SO")),
        ("Lower Shabelle", ("Lower Shabelle", "SO")),
        ("Extreme-Nord", ("Far North", "CM")),
        ("Nord-Ouest", ("North-West Region", "CM")),
        ("Faryab", ("Faryab", "AF")),
        ("Tigray", ("Tigray", "ET")),
        ("South Darfur", ("South Darfur", "SD")),
        ("Jonglei", ("Jonglei", "SS")),
        ("Kasai-Central", ("Kasai-Central", "CD")),
        ("Antioquia", ("Antioquia", "CO")),
        ("Jfara", ("Al Jafarah", "LY")),
        ("Sistan and Baluchestan", ("Sistan and Baluchestan", "IR")),
        ("Tillabery", ("Tillaberi", "NE")),
        ("Turkana", ("Turkana", "KE")),
    ],
)
def test_the_index_knows_the_province(gazetteer, name, expected):
    found = gazetteer.admin1(name)
    assert found is not None and (found.name, found.country_code) == expected


@pytest.mark.parametrize(
    "town, cc, province",
    [("Goma", "CD", "North Kivu"), ("Pemba", "MZ", "Cabo Delgado"), ("Bhubaneswar", "IN", "Odisha"),
     ("Quetta", "PK", "Balochistan"), ("Mekele", "ET", "Tigray"), ("Maroua", "CM", "Far North")],
)
def test_a_town_carries_its_province(gazetteer, town, cc, province):
    assert gazetteer.lookup(town, cc, limit=1)[0].admin1 == province


@pytest.mark.parametrize(
    "town, province, expected",
    [
        ("Leer", "Unity State", ("Leer", "Unity State", "SS")),  # not Leer in Lower Saxony
        ("Bor", "Jonglei", ("Bor", "Jonglei", "SS")),
        ("Hyderabad", "Sindh", ("Hyderabad", "Sindh", "PK")),  # not the larger Hyderabad of Telangana
        ("Bilaspur", "Himachal Pradesh", ("Bilaspur", "Himachal Pradesh", "IN")),
        ("Aurangabad", "Bihar", ("Aurangabad", "Bihar", "IN")),
    ],
)
def test_a_town_beside_its_province_is_the_namesake_inside_it(mentions_of, town, province, expected):
    text = f"On 2 May 2021, gunmen shot dead two traders in {town}, {province}."
    ms = mentions_of(text, published=dt.date(2021, 5, 6))
    assert ms
    assert where(max(ms, key=lambda m: len(m.claims)).place) == expected


@pytest.mark.parametrize("word, country", [("Centre", "CM"), ("Bay", "SO"), ("Gaza", "MZ"), ("Lakes", "SS"), ("Sila", "TD")])
def test_a_province_named_by_a_common_word_is_not_found_by_the_word_alone(gazetteer, word, country):
    assert not gazetteer.lookup(word, country, kinds=("admin1",))


@pytest.mark.parametrize(
    "name, expected",
    [("Centre Region", "CM"), ("Bay Region", "SO"), ("Gaza Province", "MZ"), ("Lakes State", "SS")],
)
def test_such_a_province_is_found_by_its_longer_name(gazetteer, name, expected):
    assert gazetteer.admin1(name, expected) is not None


def test_a_compass_word_before_a_noun_is_no_cameroonian_region(mentions_of):
    text = "On 3 May 2021, a grenade wounded a South-West police commander near the livestock market of Baidoa."
    ms = mentions_of(text, published=dt.date(2021, 5, 6))
    assert ms
    assert max(ms, key=lambda m: len(m.claims)).place.country_code == "SO"


@pytest.mark.parametrize(
    "town, units, expected",
    [
        ("Sapele", "Sapele LGA, Delta", ("Sapele", "Delta State", "NG")),
        ("Bokkos", "Bokkos LGA, Plateau", ("Bokkos", "Plateau State", "NG")),
        ("Omoku", "Ogba/Egbema/Ndoni LGA, Rivers", ("Omoku", "Rivers State", "NG")),
    ],
)
def test_a_state_named_by_a_word_qualifies_its_town(mentions_of, town, units, expected):
    ms = mentions_of(f"On 2 May 2021, gunmen shot dead a farmer in {town} ({units}).", published=dt.date(2021, 5, 6))
    assert ms
    assert where(max(ms, key=lambda m: len(m.claims)).place) == expected


def test_such_a_state_alone_ranks_below_a_town_of_the_name(gazetteer):
    assert gazetteer.lookup("Delta", limit=1)[0].precision == "city"
    assert gazetteer.lookup("Niger", limit=1)[0].precision == "country"
