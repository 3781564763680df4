"""Who did it, as the twenty-third round reads it: a side parsed as the modifier of a coordinated noun ("the PMF and
police forces shelled"); militias named by the village they come from; army units named by their number; a country's
shelling and rockets; a faction joined to its group by a hyphen; Uganda's Local Defence Units and Venezuela's military
counterintelligence.  All texts are written for these tests."""

from __future__ import annotations

import pytest

from .actoring import actor1, main_mention, names


def test_a_side_coordinated_before_a_shared_noun_acted(mentions_of):
    # parsed as "(PMF and police) forces shelled": the PMF shelled too, and is named first
    text = "On 6 June 2021, the PMF and police forces shelled IS hideouts using mortars near Baiji, Salah al-Din, Iraq."
    roles = {a.name: a.role for a in main_mention(mentions_of, text).actors}
    assert roles["Popular Mobilisation Forces"] == "perpetrator"
    assert actor1(mentions_of, text) == "Military Forces of Iraq (2018-) Popular Mobilization Forces"


def test_a_side_named_beside_the_shelling_is_no_perpetrator(mentions_of):
    # near miss: the PMF is where the shells fell, not who fired them
    text = "On 6 June 2021, IS militants shelled a PMF position near Baiji, Salah al-Din, Iraq, wounding two fighters."
    roles = {a.name: a.role for a in main_mention(mentions_of, text).actors}
    assert roles.get("Popular Mobilisation Forces") != "perpetrator"
    assert actor1(mentions_of, text) == "Islamic State"


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, communal militias from Kofa in Bebeji LGA, Kano, Nigeria, attacked a herders' camp and burnt "
     "down huts.", "Kofa Communal Militia (Nigeria)"),
    ("On 6 June 2021, militias from Adikpo and Ugbema clashed over farmland in Kwande LGA, Benue, Nigeria; two men "
     "were killed.", "Adikpo Communal Militia (Nigeria)"),
])
def test_militias_named_by_the_village_they_come_from(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor
    assert not any(n.startswith("Unidentified") for n in names(mentions_of, text))


def test_both_villages_militias_are_sides(mentions_of):
    text = ("On 6 June 2021, militias from Adikpo and Ugbema clashed over farmland in Kwande LGA, Benue, Nigeria; two "
            "men were killed.")
    assert {"Adikpo Communal Militia (Nigeria)", "Ugbema Communal Militia (Nigeria)"} <= names(mentions_of, text)


@pytest.mark.parametrize("text", [
    # a state is named by no community, nor is a country; militiamen who were hit make no militia; youths are no militia
    "On 6 June 2021, militias from Plateau State attacked a village near Bokkos, Nigeria, killing three people.",
    "On 6 June 2021, militias from Nigeria crossed into Cameroon and attacked a village near Mora, killing three people.",
    "On 6 June 2021, soldiers killed four militiamen from Kofa near Bebeji, Kano, Nigeria.",
    "On 6 June 2021, youths from Kofa attacked a herders' camp near Bebeji, Kano, Nigeria.",
])
def test_no_village_militia_where_no_village_names_one(mentions_of, text):
    assert not any("Communal Militia" in n and not n.startswith("Unidentified") for n in names(mentions_of, text))


@pytest.mark.parametrize("text", [
    "On 6 June 2021, gunmen of the Islah-affiliated 35th Armored Brigade stormed a tax office in Al Mudhaffar, Taiz, "
    "Yemen, and beat its director.",
    "On 6 June 2021, the 117th Infantry Battalion raided a market in Lahij, Yemen, and detained three traders.",
])
def test_an_army_unit_named_by_its_number_is_the_countrys_forces(mentions_of, text):
    assert actor1(mentions_of, text) == "Military Forces of Yemen"
    assert "Unidentified Armed Group (Yemen)" not in names(mentions_of, text)


def test_a_numbered_unit_of_a_named_group_is_the_groups(mentions_of):
    # near miss: the brigade is the Southern Resistance's, no army unit
    text = ("On 6 June 2021, fighters of the 4th Southern Resistance Brigade stormed a checkpoint in Al Dhale, Yemen, "
            "killing a guard.")
    assert "Military Forces of Yemen" not in names(mentions_of, text)


def test_a_numbered_division_is_no_army_unit(mentions_of):
    # near miss: divisions are numbered on both sides of some wars, so they are left unnamed
    text = "On 6 June 2021, fighters of the 20th Division shelled a village near Afrin, Aleppo, Syria."
    assert "Military Forces of Syria" not in names(mentions_of, text)


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, Turkish shelling hit a village near Tell Tamer, Al-Hasakeh, Syria; no casualties were reported.",
     "Military Forces of Turkey"),
    # a coalition member's fire in the coalition's theatre is the coalition's
    ("On 6 June 2021, Saudi rocket and artillery shelling was reported on villages of Shada district, Saada, Yemen.",
     "Operation Restoring Hope"),
])
def test_a_countrys_shelling_is_its_armys(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor


def test_shelling_named_without_a_country_is_no_army(mentions_of):
    # near miss: whose rockets they were the note does not say
    text = "On 6 June 2021, rockets hit a village near Tell Tamer, Al-Hasakeh, Syria; no casualties were reported."
    assert not any(n.startswith("Military Forces") for n in names(mentions_of, text))


def test_a_faction_joined_to_its_group_by_a_hyphen(mentions_of):
    text = ("On 6 June 2021, Raia Mutomboki-Kazimoto militiamen looted a village in Shabunda territory, Sud-Kivu, "
            "Democratic Republic of Congo, and abducted four men.")
    assert actor1(mentions_of, text) == "Mayi Mayi Militia (Raia Mutomboki)"
    assert not any(n.startswith("Kazimoto") for n in names(mentions_of, text))


def test_a_community_named_alone_is_still_a_militia(mentions_of):
    # near miss: no group's name before the hyphen, so the community's militia stands
    text = "On 6 June 2021, Twa militiamen looted a village in Kabalo territory, Tanganyika, Democratic Republic of Congo."
    assert "Twa Militia (Democratic Republic of Congo)" in names(mentions_of, text)


@pytest.mark.parametrize("text, actor", [
    ("On 6 June 2021, LDU personnel beat and robbed a trader in Lira town, Uganda, during the curfew.",
     "Military Forces of Uganda (1986-) Local Defense Unit"),
    ("On 6 June 2021, DGCIM officers beat a detained army captain in a cell in Caracas, Venezuela.",
     "Military Forces of Venezuela (1999-) DGCIM: Directorate General of Military Counterintelligence"),
])
def test_state_units_known_by_their_acronyms(mentions_of, text, actor):
    assert actor1(mentions_of, text) == actor
