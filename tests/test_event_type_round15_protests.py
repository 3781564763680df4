"""Event type, fifteenth round, the demonstration family: the gestures of a protest that name no protest word
(placards, banners, people chained to a gate, a crowd told by its demand), a crowd-control weapon that leaves
demonstrators critically hurt, a scuffle the police start, and an arrest where the only demonstration told is one
called for, planned or past; and news set 7's counts per half after the round."""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.event_type import classify

from .news_sets import hits_per_half, news_set_path

_PEACEFUL = ("Protests", "Peaceful protest")
_INTERVENTION = ("Protests", "Protest with intervention")
_EXCESSIVE = ("Protests", "Excessive force against protesters")
_RIOT = ("Riots", "Violent demonstration")
_MOB = ("Riots", "Mob violence")
_ARRESTS = ("Strategic developments", "Arrests")


# -- the gestures of a protest name a demonstration -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police detained a dozen students holding placards outside the provincial assembly in Karachi on Monday.",
    "Officers arrested six women who chained themselves to the railings of the parliament building in Nairobi.",
])
def test_people_arrested_at_a_protest_gesture_is_intervention(text):
    assert classify(text) == _INTERVENTION


def test_a_crowd_told_by_its_demand_that_wrecks_demonstrates_violently():
    assert classify("Residents demanding justice for the slain boy vandalised the police post in Mombasa.") == _RIOT


@pytest.mark.parametrize("text, expected", [
    # something held that is no placard: an arrest
    ("Police detained a man holding a knife outside the railway station in Lahore.", _ARRESTS),
    # a mob with a demand is still a mob
    ("A mob demanding the suspect be handed over beat him to death outside the police station in Kano.", _MOB),
    ("Hundreds of residents demanding clean water gathered outside the town hall in Tamale.", _PEACEFUL),
])
def test_gesture_near_misses(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize("text", [
    "Fans held banners and sang as the team paraded the trophy through the city.",
    "Workers raised placards at the union's annual conference in Durban.",
    "Thousands of people demanding loans have applied to the new scheme, the bank said.",
    "Residents demanding better roads met the governor on Tuesday to discuss the budget.",
])
def test_a_gesture_or_a_demand_with_nothing_done_is_no_event(text):
    assert classify(text) is None


# -- a crowd-control weapon that hurts critically is excessive force ------------------------------------------------

def test_rubber_bullets_that_injure_critically_are_excessive_force():
    text = "Riot police fired rubber bullets at teachers protesting over pay in Harare, critically injuring three of them."
    assert classify(text) == _EXCESSIVE


@pytest.mark.parametrize("text", [
    "Riot police fired rubber bullets at teachers protesting over pay in Harare, slightly injuring three of them.",
    "Police fired tear gas at striking miners outside the mine in Rustenburg; nobody was seriously hurt.",
])
def test_light_or_no_injury_stays_intervention(text):
    assert classify(text) == _INTERVENTION


# -- a scuffle the police start is their intervention ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Police scuffled with opposition supporters outside the court in Lusaka and detained five of them.",
    "Security forces scuffled with students at the university gate in Kampala before dispersing the rally.",
])
def test_police_who_scuffle_with_a_crowd_intervene(text):
    assert classify(text) == _INTERVENTION


@pytest.mark.parametrize("text", [
    "Police clashed with opposition supporters outside the court in Lusaka and detained five of them.",
    "Opposition supporters scuffled with police outside the court in Lusaka, and five were detained.",
])
def test_a_clash_or_the_crowds_own_scuffle_stays_a_riot(text):
    assert classify(text) == _RIOT


# -- an arrest where no demonstration is going on ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Authorities arrested 14 people in connection with the riots that shook Kisumu last month.",
    "Police detained three activists in Minsk ahead of a planned rally.",
])
def test_arrest_over_a_past_or_planned_protest_is_an_arrest(text):
    assert classify(text) == _ARRESTS


@pytest.mark.parametrize("text", [
    "Police arrested 30 protesters who had blocked the highway in Lagos.",
    "Police detained three activists at a rally in Minsk on Saturday.",
    # the organisers arrested while the crowd is being dispersed: the march is going on
    "Police fired tear gas and arrested the organisers of the march in Kampala on Saturday.",
])
def test_arrests_at_a_protest_stay_intervention(text):
    assert classify(text) == _INTERVENTION


# -- news set 7 -----------------------------------------------------------------------------------------------------

def test_news_set_7_counts_per_half():
    """90 of 93 rows in half A and 97 of 103 in half B (before the round: 84 and 96)."""
    assert hits_per_half(news_set_path(7), "fifteenth-news7:") == {"A": 90, "B": 97}
