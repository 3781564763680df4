"""Event type, fourteenth round, second pass on the protest and riot family: a crowd that fights the forces riots
whoever is the subject, strikers and chanted slogans are a demonstration, casualty words said of nobody hurt nobody,
a mob's killing told in the passive, property wrecked by hand, the model's riot with no crowd, a crowd removed by
force and demonstrators maimed by a beating; and news set 5's counts per half after the pass."""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.event_type import classify

from .news_sets import hits_per_half, news_set_path

_PEACEFUL = ("Protests", "Peaceful protest")
_INTERVENTION = ("Protests", "Protest with intervention")
_EXCESSIVE = ("Protests", "Excessive force against protesters")
_RIOT = ("Riots", "Violent demonstration")
_MOB = ("Riots", "Mob violence")
_LOOTING = ("Strategic developments", "Looting/property destruction")
_CLASH = ("Battles", "Armed clash")
_ATTACK = ("Violence against civilians", "Attack")


# -- a crowd that fights the police or troops riots, whichever side the sentence names first ----------------------

@pytest.mark.parametrize("text", [
    "Police clashed with several hundred opposition protesters outside the electoral commission in Lilongwe on Thursday.",
    "Striking port workers clashed with riot police at the harbour gates in Durban on Monday.",
    "Anti-riot police clashed with hundreds of striking nurses outside the health ministry in Harare.",
    "Supporters of the opposition leader pelted police with rocks in Faisalabad after he was detained.",
])
def test_a_crowd_that_fights_the_forces_is_a_violent_demonstration(text):
    assert classify(text) == _RIOT


@pytest.mark.parametrize("text", [
    "Government troops clashed with rebels near the border town of Kaga Bandoro on Sunday.",
    "Police clashed with gunmen in the Mathare slum overnight, leaving two officers wounded.",
])
def test_forces_that_fight_an_armed_group_stay_a_battle(text):
    assert classify(text) == _CLASH


# -- strikers and chanted slogans ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Followers of the jailed imam walked from the mosque to the provincial council in Najaf after prayers, chanting slogans.",
])
def test_chanted_slogans_make_a_peaceful_protest(text):
    assert classify(text) == _PEACEFUL


@pytest.mark.parametrize("text", [
    "Hundreds of teachers marched peacefully through the capital on Friday to demand a pay rise.",
])
def test_a_peaceful_march_stays_peaceful(text):
    assert classify(text) == _PEACEFUL


@pytest.mark.parametrize("text", [
    "The two cousins bore a striking resemblance, the neighbours said.",
    "The minister was demonstrating the new voting machines to reporters in the capital.",
])
def test_striking_and_demonstrating_in_their_other_senses_are_no_protest(text):
    assert classify(text) is None


# -- casualty words said of nobody ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A church was set on fire in a village near Raipur; nobody was injured, police said.",
    "A mosque was set ablaze overnight in the town of Bauchi; there were no casualties.",
])
def test_a_place_of_worship_burned_with_nobody_hurt_is_property_destruction(text):
    assert classify(text) == _LOOTING


def test_a_missile_launched_with_nobody_hurt_is_no_property_destruction():
    """A projectile's flight is a fight though nobody was hurt: the damage it did is the shelling's, not looting."""
    text = ("A missile was launched into the air on the road near the district office in Hermel; no injuries were reported, "
            "but the post office was damaged.")
    assert classify(text) == ("Explosions/Remote violence", "Shelling/artillery/missile attack")


def test_a_bomb_that_hurt_nobody_is_still_the_explosion():
    assert classify("A bomb exploded near the vegetable market in Quetta; no one was hurt.")[0] == "Explosions/Remote violence"


# -- a mob's killing in the passive ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A man suspected of breaking into a house was killed by residents in Alexandra township, police said.",
    "An elderly woman accused of witchcraft was killed by villagers in Kilifi county, police said.",
])
def test_a_killing_by_ordinary_people_is_mob_violence(text):
    assert classify(text) == _MOB


@pytest.mark.parametrize("text", [
    "Two farmers were killed by gunmen who stormed the village of Kwall; residents fled.",
])
def test_gunmen_attacking_villagers_stay_an_attack(text):
    assert classify(text) == _ATTACK


# -- property wrecked by hand, and the model's riot with no crowd ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vandals smashed the windows of a synagogue in Leeds overnight, police said.",
    "Unknown people defaced a statue of the independence hero in the main square.",
])
def test_wrecking_by_hand_with_nobody_hurt_is_property_destruction(text):
    assert classify(text) == _LOOTING


@pytest.mark.parametrize("text", [
    "A delivery lorry smashed into a shop front on the high street in Bolton.",
])
def test_a_vehicle_that_smashed_into_a_shop_is_no_event(text):
    assert classify(text) is None


# -- force on a crowd ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Protesters gathered outside the assembly in Lusaka were rounded up and driven away in police vans.",
])
def test_a_crowd_removed_by_force_is_a_protest_with_intervention(text):
    assert classify(text) == _INTERVENTION


@pytest.mark.parametrize("text", [
    "Demonstrators calling for the release of jailed students were beaten severely by security agents in Isfahan, leaving one in a coma.",
])
def test_demonstrators_maimed_by_a_beating_suffered_excessive_force(text):
    assert classify(text) == _EXCESSIVE


@pytest.mark.parametrize("text", [
    "Police raided a hideout of suspected militants in the hills outside Peshawar and arrested four men.",
])
def test_a_police_raid_on_militants_is_no_protest(text):
    assert classify(text)[0] not in ("Protests", "Riots")


# -- acts of protest beside workplace and accident words; a crowd's own blocking; rival supporters; a crowd's wrecking --

@pytest.mark.parametrize("text", [
    "Miners went on strike at the platinum mine near Rustenburg on Monday over unpaid bonuses.",
    "Workers at the car plant held a demonstration outside the factory gates against job cuts.",
    "Hundreds of people took to the streets of Valparaiso to demand the resignation of the governor.",
    "A bandh called by the opposition party paralysed normal life in the district on Thursday.",
    "Farmers blocked the national highway with tractors for six hours on Tuesday to press for higher crop prices.",
    "Protesters blocked the railway line near Patiala, halting train services for several hours.",
])
def test_acts_of_protest_are_a_peaceful_protest(text):
    assert classify(text) == _PEACEFUL


@pytest.mark.parametrize("text", [
    "Firefighters gave a demonstration of the new ladder truck at the station on Saturday.",
    "A landslide blocked the highway near Shimla for six hours on Tuesday.",
    "Police blocked the road to the stadium before the final to ease traffic.",
    "The company's striker scored twice as workers at the plant watched the match.",
    "A crowd watched as the overturned tanker burned on the highway.",
])
def test_the_same_words_without_a_protest_are_no_event(text):
    assert classify(text) is None


def test_a_truck_that_overturned_makes_no_riot_of_the_residents_who_blocked_the_road():
    assert classify("Residents blocked the road after a truck overturned and spilled its load.") == _PEACEFUL


def test_farmers_who_blocked_a_road_and_were_detained_suffered_an_intervention():
    assert classify("Farmers blocked the highway with tractors in protest; police detained several of them.") == _INTERVENTION


def test_supporters_of_rival_parties_who_clash_are_mob_violence():
    assert classify("Supporters of the two parties clashed in the village after the count, leaving five people injured.") == _MOB


def test_rival_militia_factions_that_clash_stay_a_battle():
    assert classify("Militia fighters of the two rival factions clashed near the town, leaving ten dead.") == _CLASH


def test_a_crowd_that_overturned_police_cars_riots():
    assert classify("Angry youths overturned two police cars and set a bus on fire in the city centre.") == _RIOT


# -- ordinary people who clash with each other or with officials -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Two groups of students clashed on the campus over a poster, leaving ten injured.",
    "Traders clashed with municipal officials during an eviction drive in the market.",
    "Villagers clashed with forest officials who had come to demolish their huts.",
])
def test_ordinary_people_who_clash_riot(text):
    assert classify(text) == _MOB


def test_students_and_police_who_clash_are_a_violent_demonstration():
    assert classify("Students and police clashed at the university as officers tried to end the occupation.") == _RIOT


@pytest.mark.parametrize("text", [
    "Rebels clashed with troops near the village, residents said.",
    "Herders clashed with farmers in the district, leaving three dead.",
    "Vigilantes clashed with cattle thieves near the river, residents said.",
    "Two criminal groups clashed near the village of San Miguel, leaving one man dead.",
])
def test_a_clash_with_an_armed_or_organised_side_stays_a_battle(text):
    assert classify(text) == _CLASH


# -- an effigy burned, a place desecrated ---------------------------------------------------------------------------------

def test_effigies_burned_by_a_student_wing_are_a_peaceful_protest():
    assert classify("Members of the student wing burned effigies of the vice-chancellor outside the campus.") == _PEACEFUL


def test_an_effigy_burned_at_a_festival_is_no_event():
    assert classify("The crowd cheered as the effigy of Ravana was burnt at the Dussehra celebrations.") is None


@pytest.mark.parametrize("text", [
    "A temple was desecrated and idols broken in the village, police said.",
    "Vandals desecrated graves at the Jewish cemetery in the town overnight.",
])
def test_a_place_desecrated_is_property_destruction(text):
    assert classify(text) == _LOOTING


# -- news set 5 ---------------------------------------------------------------------------------------------------------

def test_news_set_5_counts_per_half_after_the_riot_pass():
    """90 of 94 rows in half A and 107 of 110 in half B (before this pass: 81 and 102; 88 in half A until the strategic
    pass's non-violent transfer reached "took over the abandoned police post after officers fled"; 89 in half A until the
    fifteenth round's arrest where the only demonstration told is a past one, "arrested in connection with last week's
    riots"; 105 in half B until the fifteenth session's pass on what is not an armed clash and its regional crowd-control
    words, "were taken into custody", each of which reached one more row)."""
    assert hits_per_half(news_set_path(5), "fourteenth-case14:") == {"A": 90, "B": 108}
