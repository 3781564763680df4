"""Places abroad, twenty-second round: conflict notes that name a town with the province or district holding it.

Most of what ACLED and UCDP GED place at a village the gazetteer does not know at all (GeoNames' towns of 1,000
people and more, which is all the installed packages carry): no reading fixes those.  This round fixes how a note's
names are chosen where the town is known:

- a province named beside a town of it only says where the town is: its readings (the province, or the main city
  that bears its name: "Idleb", "Al Hudaydah") leave the race to that town;
- a spelling variant of a town of a province the note names ("Tuhayta" for At Tuhayta, Al Hudaydah) counts as the
  town's name, not as a likelier miss;
- a district known by a town's name only as its seat's ("Stann Creek", whose names include Dangriga) yields the town
  its name, and a province or a country lies beside no town;
- a name said with its holder abroad that has no namesake in the holder's country ("Kelly Village, Tunapuna") is a
  village the index lacks: the holder places the note, where the holder is of one country;
- a name the tagger cut short before a lower-case particle ("Santa Cruz" of "Santa Cruz del Quiche") is the longer
  name the gazetteer knows, and a name starting inside such a longer name ("Spain" of "Port of Spain") is none of
  its own; an untagged name that is shelled or raided ("shelled Ariha") is a place.

``python -m eval.place_halves acled|ucdp`` scores the ACLED town rows and the UCDP place strings of dev in a salted
rules half and check half.  All texts are written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from eval import check_sets, place_halves
from eventdesk.geo.resolve import Toponym, resolve_place

from .placing import place_fixture

place_of = place_fixture("r-world22", dt.date(2022, 3, 14), title=None)


def resolved(gazetteer, *names: tuple[str, float], gap: int = 5):
    """The place ``resolve_place`` picks for these (name, weight) toponyms, ``gap`` characters apart in one note (2:
    "Town, Holder"), as (name, admin1, country code, precision)."""
    toponyms, at = [], 0
    for text, weight in names:
        toponyms.append(Toponym(text, at, at + len(text), weight))
        at += len(text) + gap
    place = resolve_place(toponyms, gazetteer)
    return (place.name, place.admin1, place.country_code, place.precision) if place else None


# -- a province yields to a town of it ---------------------------------------------------------------------------

def test_province_named_beside_its_town_yields_to_the_town(gazetteer):
    # "Idleb" names the province as well as its city; Saraqib lies in it: the town, though said with less weight
    assert resolved(gazetteer, ("Saraqib", 1.5), ("Idleb", 2.1))[:3] == ("Saraqib", "Idlib", "SY")


def test_province_beside_a_town_of_another_province_keeps_its_weight(gazetteer):
    # near miss: Saraqib is no town of Aleppo province, so Aleppo, the weightier name, stays the place
    assert resolved(gazetteer, ("Saraqib", 1.5), ("Aleppo", 2.1))[:3] == ("Aleppo", "Aleppo", "SY")


def test_province_city_alone_is_still_the_city(place_of):
    assert place_of("On 14 March 2022, militants killed a farmer in Al Hudaydah city.") == ("Al Hudaydah", "Al Hudaydah", "YE")


# -- a spelling variant confirmed by its province ----------------------------------------------------------------

def test_spelling_variant_of_a_town_of_the_named_province_is_the_town(place_of):
    text = ("On 14 March 2022, pro-Houthi forces shelled farms of Tuhayta in western Yemen (At Tuhayat, Al Hudaydah), "
            "killing a farmer.")
    assert place_of(text)[:3] == ("At Tuḩaytā’", "Al Hudaydah", "YE")


def test_spelling_variant_without_its_province_stays_weak(gazetteer):
    # near miss: no province says where "Tuhayta" is; the capital, named exactly, outweighs a mere spelling variant
    assert resolved(gazetteer, ("Tuhayta", 2.0), ("Sanaa", 1.8))[:3] == ("Sanaa", "San'a'", "YE")
    assert resolved(gazetteer, ("Tuhayta", 2.0), ("Al Hudaydah", 1.8))[:3] == ("At Tuḩaytā’", "Al Hudaydah", "YE")


# -- a district that lists its seat's name -------------------------------------------------------------------------

def test_seat_said_with_its_district_is_the_town(place_of):
    text = "On 14 March 2022, gunmen shot dead a shopkeeper in Dangriga, Stann Creek, on Monday evening."
    assert place_of(text) == ("Dangriga", "Stann Creek", "BZ")


def test_seat_and_district_said_apart_is_the_town(gazetteer):
    assert resolved(gazetteer, ("Dangriga", 2.1), ("Stann Creek", 2.0))[3] == "city"


def test_district_alone_is_not_moved_off_its_own_name(place_of):
    # near miss: a province whose seat bears another name, said alone, stays the province
    text = "On 4 March 2022, insurgents attacked a police post in Cabo Delgado, killing two officers."
    assert place_of(text) == ("Cabo Delgado", "Cabo Delgado", "MZ")


# -- a village the index lacks, said with its holder abroad ---------------------------------------------------------

def test_village_with_only_foreign_namesakes_gives_way_to_its_holder(gazetteer):
    # Kelly is a town of North Carolina; said with Tunapuna (Trinidad), it is a Trinidadian village the index lacks
    place = resolved(gazetteer, ("Kelly Village", 1.1), ("Tunapuna", 1.0), gap=2)
    assert place[:3] == ("Tunapuna", None, "TT")


def test_holder_with_namesakes_in_several_countries_does_not_say_the_country(gazetteer):
    # near miss: San Fernando is a town of many countries, so it cannot rule out Kelly's namesake
    assert resolved(gazetteer, ("Kelly Village", 1.1), ("San Fernando", 1.0), gap=2)[2] != "TT"


def test_village_said_with_its_holder_in_the_running_text(place_of):
    # the pair as the tagger reads it: the holder abroad, by its own name
    text = "On 14 March 2022, in Kelly Village, Tunapuna, a man was shot dead by two masked gunmen."
    assert place_of(text)[2] == "TT"


# -- names the tagger cut short or left untagged --------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expected",
    [
        # "Santa Cruz" cut short before "del": the longer name the gazetteer knows, not Santa Cruz de la Sierra
        ("On 14 March 2022, a gunman killed a bus driver in Santa Cruz del Quiche, Quiche.",
         ("Santa Cruz del Quiche", None, "GT")),
        # near miss: "Chilpancingo de los Bravo" is no town's own name in the gazetteer: Chilpancingo
        ("On 14 March 2022, gunmen killed a vendor in Chilpancingo de los Bravo, Guerrero.",
         ("Chilpancingo", "Guerrero", "MX")),
        # "Port" and "Spain city" as the tagger cuts them: the capital of Trinidad, not the country Spain
        ("On 14 March 2022, two gunmen shot a taxi driver in Port of Spain city on Monday night.",
         ("Port of Spain", "Port of Spain", "TT")),
        # near miss: "Spain" after a comma is no part of a longer name: it says which Valencia
        ("On 14 March 2022, two gunmen shot a taxi driver in Valencia, Spain, on Monday night.",
         ("Valencia", "Comunidad Valenciana", "ES")),
        # an untagged name that is shelled is a place
        ("On 14 March 2022, regime forces shelled Ariha and its vicinity in Idleb countryside, killing a shepherd.",
         ("Ariha", "Idlib", "SY")),
        # near miss: what a shell hit is a person's house; the town is the one the house stands in
        ("On 14 March 2022, a shell hit Hamid Rasuli's house in Saraqib, killing his son.",
         ("Saraqib", "Idlib", "SY")),
    ],
)
def test_names_the_tagger_cut_short_or_left_untagged(place_of, text, expected):
    assert place_of(text) == expected


# -- the halves of the conflict suites -------------------------------------------------------------------------------

def test_halves_score_both_and_list_only_the_rules_halfs_wrong_rows():
    salt = place_halves.SALTS["acled"]
    ids = [f"XYZ{i}" for i in range(40)]
    outcomes = [(i, 3.0, None, None) if n % 2 else (i, 80.0, "wrong town (>25 km)", {"id": i}) for n, i in enumerate(ids)]
    s = place_halves.score(outcomes, salt)
    halves = {i: check_sets.first_digit_half(salt, i) for i in ids}
    for name in ("rules", "check"):
        mine = [n for n, i in enumerate(ids) if halves[i] == name]
        assert s["halves"][name]["n"] == len(mine)
        assert s["halves"][name]["within_25km"] == sum(1 for n in mine if n % 2)
    assert s["rules_wrong"] and all(halves[ex["id"]] == "rules" for _, ex in s["rules_wrong"])
