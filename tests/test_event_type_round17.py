"""Event type, seventeenth round, on the armed-clash sink and the protest family: a grenade thrown or used as the
means of an attack on a post is the grenade's event however sure the model is of a battle, and a police picket is a
post; a battle needs a fight told (armed men arrested with their weapons are an arrest, armed men merely named are no
battle, even where an event is known to be told); a battle told only as what went before leaves the act reported;
news set 12's rules half (weapons foiled or dug up, arrests, groups formed, strikes observed, marches announced,
demonstrations called off on a deal); excessive force in the codebook's words and stone-pelting crowds; places that
fell to somebody and camps named by whose they were; and news set 12's counts per half
(eval/event_type_check_news12.jsonl, written before the round's rules, salt "seventeenth-case12:")."""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.event_type import classify, likeliest_type

from .news_sets import hits_per_half, news_set_path

_CLASH = ("Battles", "Armed clash")
_GRENADE = ("Explosions/Remote violence", "Grenade")
_ARRESTS = ("Strategic developments", "Arrests")
_DISRUPTED = ("Strategic developments", "Disrupted weapons use")
_CHANGE = ("Strategic developments", "Change to group/activity")
_AGREEMENT = ("Strategic developments", "Agreement")
_PEACEFUL = ("Protests", "Peaceful protest")
_IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


# -- a grenade attack on a post ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Insurgents attacked a border outpost with hand grenades near Kalvara, the district police said.",
    "Suspected rebels attacked a police picket with grenades in Dornapur; one constable was injured.",
])
def test_an_attack_made_with_grenades_on_a_post_is_a_grenade(text):
    assert classify(text) == _GRENADE


@pytest.mark.parametrize("text", [
    "Insurgents attacked a border outpost with hand grenades and the troops returned fire for an hour.",
    "Rebels attacked the police station in Dornapur with rocket-propelled grenades and automatic rifles.",
])
def test_a_grenade_attack_answered_with_fire_or_fought_with_guns_stays_a_clash(text):
    assert classify(text) == _CLASH


# -- a police picket is a post, not a protest's picket -----------------------------------------------------------------

def test_a_police_picket_attacked_by_rebels_is_no_demonstration():
    assert classify("Suspected rebels attacked a police picket with grenades in Dornapur; one constable was injured.") \
        == _GRENADE


def test_a_picket_of_strikers_is_still_a_demonstration():
    assert classify("Striking dock workers mounted a picket outside the port gates in Harlow Bay on Monday.") \
        == ("Protests", "Peaceful protest")


# -- a battle needs a fight told ---------------------------------------------------------------------------------------

def test_armed_men_arrested_with_their_weapons_are_an_arrest_not_a_battle():
    assert classify("Two militants were arrested with arms and ammunition in Kalvara.") == _ARRESTS


@pytest.mark.parametrize("text", [
    "Cadres of the outfit exchanged gun shots with a police patrol near Talwara; nobody was hurt.",
    "Cadres of the outfit exchanged gun shots with police near Talwara; the police arrested three of them.",
])
def test_gun_shots_exchanged_are_a_fight_whatever_else_is_told(text):
    assert classify(text) == _CLASH


@pytest.mark.parametrize("text", [
    "Security forces cleared the hamlet of Dhanpur of rebels on Sunday.",
    "Rebels of the Chakra front were seen moving through the hills near Dhanpur, villagers said.",
])
def test_armed_men_named_with_no_fight_told_are_no_battle_even_when_an_event_is_known(text):
    assert classify(text) is None
    assert likeliest_type(text) not in (None, _CLASH)


def test_a_fight_told_stays_the_likeliest_battle():
    assert likeliest_type("Troops and rebels exchanged fire near Dhanpur for an hour.") == _CLASH


# -- the rules half of news set 12: weapons foiled or dug up, arrests, groups formed, strikes, deals -------------------

@pytest.mark.parametrize("text, expected", [
    ("An attempt to plant a bomb on the rail line near Kestrel Junction was foiled by a track patrol.", _DISRUPTED),
    ("A bomb exploded on the rail line near Kestrel Junction, wounding two track workers.", _IED),
    ("Troops unearthed an arms dump in the forest near Kalvara.", _DISRUPTED),
    ("Construction workers unearthed an old well near Kalvara.", None),
])
def test_a_bomb_plot_foiled_or_an_arms_dump_dug_up_is_a_disrupted_weapons_use(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police nabbed a wanted insurgent hiding in a house in Kalvara.", _ARRESTS),
    ("Police seized two pistols from a house in Kalvara where an insurgent was hiding.", _DISRUPTED),
])
def test_an_armed_man_caught_with_no_weapon_seized_is_an_arrest(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Farmers in Oduba formed a vigilante group to guard their herds against rustlers.", _CHANGE),
    ("Parents in Oduba formed a reading group for the children.", None),
])
def test_a_vigilante_or_armed_group_formed_is_a_change_to_group(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bus drivers in Marlow County observed a strike on Tuesday demanding a pay rise.", _PEACEFUL),
    ("Residents observed a minute's silence for the victims of the flood.", None),
    ("The opposition party announced a protest march for next week in Carden.", None),
    ("Opposition supporters held a protest march in Carden on Sunday.", _PEACEFUL),
])
def test_a_strike_observed_is_held_and_a_march_announced_is_not(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Striking nurses in Bellmont called off their strike after an agreement with the health ministry.", _AGREEMENT),
    ("Nurses in Bellmont protested against the new pay agreement with the health ministry.", _PEACEFUL),
])
def test_a_demonstration_called_off_on_a_deal_is_the_agreement(text, expected):
    assert classify(text) == expected


# -- a battle told only as what went before ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The grenade attack on the Kalvara police post came two days after a gunfight in the same area in which two rebels "
     "were killed.", _GRENADE),
    ("A fighter jet bombed a rebel hideout near Dornapur hours after the rebels ambushed an army convoy.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Protesters clashed with police in Dornapur after the funeral of a youth killed in fighting between troops and rebels.",
     ("Riots", "Violent demonstration")),
])
def test_a_battle_told_only_as_what_went_before_does_not_make_the_act_a_battle(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize("text", [
    "Troops ambushed a rebel convoy near Dornapur hours after a fighter jet bombed the rebel hideout.",
    "Troops clashed with rebels near Dornapur after the funeral of a village elder.",
])
def test_a_battle_in_the_main_clause_stays_a_battle(text):
    assert classify(text) == _CLASH


# -- force on a demonstration, and crowds that throw stones ------------------------------------------------------------

_FORCE = ("Protests", "Excessive force against protesters")
_INTERVENTION = ("Protests", "Protest with intervention")
_VIOLENT_DEMO = ("Riots", "Violent demonstration")


@pytest.mark.parametrize("text, expected", [
    ("Police used excessive force against peaceful protesters outside the Harlow Bay town hall.", _FORCE),
    ("Police used force to clear peaceful protesters from the Harlow Bay town hall steps.", _INTERVENTION),
])
def test_excessive_force_named_in_the_codebook_words_is_excessive_force(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police fired pellets at stone-pelting youths in Dornapur, injuring 12.", _VIOLENT_DEMO),
    ("Police fired pellets at protesters in Dornapur, injuring 12.", _FORCE),
])
def test_stone_pelters_met_with_pellets_riot_and_protesters_met_with_pellets_suffer_force(text, expected):
    assert classify(text) == expected



@pytest.mark.parametrize("text, expected", [
    ("Students in Bellmont demonstrated against the fee hike and broke window panes of the administrative building.",
     _VIOLENT_DEMO),
    ("Students in Bellmont demonstrated against the fee hike outside the administrative building.", _PEACEFUL),
    ("Workers at the Harlow Bay mill protested over unpaid wages and held the factory manager hostage for six hours.",
     _VIOLENT_DEMO),
    ("Protesters in Dornapur snatched rifles from police personnel during the march.", _VIOLENT_DEMO),
])
def test_demonstrators_who_break_windows_hold_hostages_or_snatch_rifles_riot(text, expected):
    assert classify(text) == expected

# -- a place that fell to somebody, a camp named by whose it was -------------------------------------------------------

_OVERTAKEN = ("Battles", "Non-state actor overtakes territory")
_REGAINED = ("Battles", "Government regains territory")


@pytest.mark.parametrize("text, expected", [
    ("The town fell to the insurgents on Tuesday.", _OVERTAKEN),
    ("The post fell to the rebels on Sunday night.", _OVERTAKEN),
    ("His shares fell to the lowest level on Tuesday.", None),
])
def test_a_place_that_fell_to_armed_men_was_taken_by_them(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Troops overran the rebels' camp near Ravensby after a gunfight.", _REGAINED),
    ("Rebels captured the army's camp near Ravensby.", _OVERTAKEN),
])
def test_a_camp_named_by_whose_it_was_is_a_place_taken_by_the_other_side(text, expected):
    assert classify(text) == expected


# -- news set 12 -------------------------------------------------------------------------------------------------------

def test_news_set_12_counts_per_half_after_the_round():
    """Half A (141 rows, read to write the rules) and half B (125 rows, only scored): 131 and 121 before the round."""
    assert hits_per_half(news_set_path(12), "seventeenth-case12:") == {"A": 138, "B": 121}
