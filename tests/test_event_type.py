"""ACLED event types from the words of a segment: the clear-cue rules, the shipped model behind them, and
the texts that are no ACLED event at all (fires, crashes, business)."""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.event_type import classify


@pytest.mark.parametrize("text, expected", [
    ("A suicide bomber blew himself up at a wedding hall, killing 12 guests.", ("Explosions/Remote violence", "Suicide bomb")),
    ("Warplanes carried out an air strike on the village, killing four.", ("Explosions/Remote violence", "Air/drone strike")),
    ("A drone strike hit a car on the highway.", ("Explosions/Remote violence", "Air/drone strike")),
    ("Artillery shelling of the town killed three children.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("A roadside bomb struck a patrol, killing two soldiers.", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    ("Militants threw a grenade into the market.", ("Explosions/Remote violence", "Grenade")),
    ("Troops clashed with rebels for hours near the border.", ("Battles", "Armed clash")),
    ("Insurgents ambushed a police convoy, killing six officers.", ("Battles", "Armed clash")),
    ("Government forces recaptured the town from the rebels.", ("Battles", "Government regains territory")),
    ("The militants seized control of the town after a day of fighting.", ("Battles", "Non-state actor overtakes territory")),
    ("Gunmen kidnapped 30 students from their school.", ("Violence against civilians", "Abduction/forced disappearance")),
    ("A gunman opened fire in a bar, killing two men.", ("Violence against civilians", "Attack")),
    ("A man was stabbed to death in his home.", ("Violence against civilians", "Attack")),
    ("Police fired tear gas to disperse the protest in the capital.", ("Protests", "Protest with intervention")),
    ("Security forces opened fire on protesters, killing five.", ("Protests", "Excessive force against protesters")),
    ("Rioters torched shops and attacked police.", ("Riots", "Violent demonstration")),
    ("Police arrested 12 people in dawn raids on Tuesday.", ("Strategic developments", "Arrests")),
    # ACLED codes an attack on armed forces as a battle, and a clash amid shelling as a battle too
    ("Militants attacked Jubaland security forces in Gedo, killing two soldiers.", ("Battles", "Armed clash")),
    ("Forces exchanged artillery fire with pro-Hadi forces near the front.", ("Battles", "Armed clash")),
    ("Clashes erupted between the army and rebels amid regime shelling of the town.", ("Battles", "Armed clash")),
    ("Rebels fired mortar rounds at the army base overnight.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
    ("A man was found dead in his home; the body presented firearm injuries.", ("Violence against civilians", "Attack")),
    ("Gunmen shot dead a village chief in Kaduna.", ("Violence against civilians", "Attack")),
    ("A woman was raped by armed men near the camp.", ("Violence against civilians", "Sexual violence")),
    ("A chemical attack on the town left dozens struggling to breathe.", ("Explosions/Remote violence", "Chemical weapon")),
    ("Islamic State fighters seized control of the town after government forces fled.", ("Battles", "Non-state actor overtakes territory")),
    ("The army recaptured the village from al-Shabaab militants.", ("Battles", "Government regains territory")),
    # protests and riots
    ("Hundreds of teachers marched to parliament to protest unpaid salaries.", ("Protests", "Peaceful protest")),
    ("Thousands of workers went on strike demanding higher wages.", ("Protests", "Peaceful protest")),
    ("Police dispersed students who were protesting, arresting 20.", ("Protests", "Protest with intervention")),
    ("Demonstrators threw stones at police and set tyres ablaze.", ("Riots", "Violent demonstration")),
    ("An angry mob lynched a suspected thief in the market.", ("Riots", "Mob violence")),
    # strategic developments
    ("The army and the rebels signed a ceasefire agreement in Khartoum.", ("Strategic developments", "Agreement")),
    ("Bomb disposal experts defused an explosive device found near the mosque.", ("Strategic developments", "Disrupted weapons use")),
    ("Saudi air defences intercepted a ballistic missile fired toward Jizan.", ("Strategic developments", "Disrupted weapons use")),
    ("The militants established a new base in the forest near the border.", ("Strategic developments", "Headquarters or base established")),
    ("Government troops withdrew from the town, handing it over to the local militia without a fight.", ("Strategic developments", "Non-violent transfer of territory")),
    ("Hundreds of fighters defected from the rebel group and joined the army.", ("Strategic developments", "Change to group/activity")),
    ("Herders looted shops and torched houses in the village.", ("Strategic developments", "Looting/property destruction")),
    # news sentences, where the clear cues and the model trained on the seed corpus work together
    ("Unknown assailants lobbed a hand grenade at a police station in the town.", ("Explosions/Remote violence", "Grenade")),
    ("Villagers beat a suspected thief to death in jungle justice.", ("Riots", "Mob violence")),
    ("Around 5 May, the army re-captured Quissanga after it was taken over by militants.", ("Battles", "Government regains territory")),
    # mixed cues in one snippet, coded by the codebook's precedence
    ("The march started peacefully, but later protesters hurled stones at police and burned a car; 30 were arrested.", ("Riots", "Violent demonstration")),
    ("After two days of clashes with the insurgents, troops retook the town and raised the flag, the army said.", ("Battles", "Government regains territory")),
    ("A bomb exploded at a bus stop, killing four people. Police later arrested two suspects.", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
    # events named without a word of violence, protest or arrest
    ("Several thousand people marched through the port city on Friday demanding the governor's resignation.", ("Protests", "Peaceful protest")),
    ("Officers fired tear gas at supporters of the jailed candidate outside the court.", ("Protests", "Protest with intervention")),
    ("The air force said its jets struck rebel hideouts in the hills overnight.", ("Explosions/Remote violence", "Air/drone strike")),
    ("The monitors said chlorine had been used on the besieged suburb.", ("Explosions/Remote violence", "Chemical weapon")),
    ("The blue helmets handed over their camp to the national army on Monday.", ("Strategic developments", "Non-violent transfer of territory")),
    # weapons named by what they carry, places taken back, fights named by their arms
    ("A woman detonated an explosive belt at the entrance of the market, killing six.", ("Explosions/Remote violence", "Suicide bomb")),
    ("Artillery shells loaded with chlorine hit the northern suburb overnight.", ("Explosions/Remote violence", "Chemical weapon")),
    ("Army units reoccupied Tessalit on Monday, the defence ministry said.", ("Battles", "Government regains territory")),
])
def test_sub_event_types(text, expected):
    assert classify(text) == expected


@pytest.mark.parametrize("text, parties, outcomes", [
    # a shooting in which police later arrest a suspect stays an act of violence, not Arrests
    ("A man was shot and killed outside a bar on Saturday night. Police later arrested a 24-year-old suspect.", {"civilians"}, {"killed"}),
    ("Two people were wounded in a shooting at an apartment complex; police arrested the shooter.", {"civilians"}, {"wounded"}),
])
def test_shooting_then_arrest_stays_violence(text, parties, outcomes):
    result = classify(text, parties, outcomes)
    assert result is not None and result[0] in ("Violence against civilians", "Battles")


def test_attacks_on_armed_parties_are_battles():
    assert classify("Gunmen attacked a checkpoint, killing three soldiers.", {"military forces", "militants"}, {"killed"}) == ("Battles", "Armed clash")
    assert classify("Gunmen attacked a bus, killing three passengers.", {"civilians"}, {"killed"}) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "A fire in a warehouse killed two workers, firefighters said.",
    "Three people died when their car crashed into a truck on the highway.",
    "The company reported record quarterly earnings and its shares rose.",
    "The council met on Tuesday to discuss the budget.",
    # firefighters "attack" and "battle" fires; workers are "fired"; industrial explosions are accidents
    "Firefighters made a fast attack on the blaze and battled the flames for an hour.",
    "A gas explosion destroyed an apartment building, firefighters said.",
    "An explosion at a chemical plant killed three workers.",
    "Two people died when a bus overturned on the highway.",
    "The company fired 200 workers after profits fell.",
    "The teacher was fired after cameras were found in a restroom.",
    "Arson investigators from the Bureau of Alcohol, Tobacco, Firearms and Explosives joined firefighters at the scene.",
    "A magnitude 6 earthquake struck the region, damaging hundreds of homes.",
    "The foreign minister held talks with his counterpart on trade.",
    # sparks "shoot out"; soldiers are hurt in training; crime without violence is no ACLED event
    "Sparks started to shoot out at the crews from the outlets, so they backed out until the power was cut.",
    "He said he was injured during a training exercise in hand-to-hand combat before he left the army.",
    "A man dressed as a store employee walked out with four televisions, and the police are asking for help.",
    # arrests for ordinary crime are police work, not an ACLED event
    "Eight workers died when a building under construction collapsed in the city centre.",
    "Three people were arrested on drug charges after police searched a home on Tuesday.",
    "Police arrested a former clerk accused of stealing $200,000 from the city.",
    # a sign-up form: the model alone would call "set up your account" a base established
    "Already a subscriber? Click on the button below to log in or set up your account.",
])


def test_no_violent_incident(text):
    assert classify(text) is None


def test_political_arrests_stay_events():
    assert classify("Police arrested two men suspected of supplying weapons to militants.") == ("Strategic developments", "Arrests")
    assert classify("Security forces arrested three suspected IS members in Mosul.") == ("Strategic developments", "Arrests")


def test_model_is_loaded_once_and_small():
    from eventdesk.nlp.components.event_type import MODEL_PATH, default_model

    assert default_model() is default_model()
    assert MODEL_PATH.stat().st_size < 1_000_000


def test_without_model_the_rules_decide():
    class NoModel:
        def predict(self, text):
            return None, 0.0

    assert classify("An air strike hit the village.", model=NoModel()) == ("Explosions/Remote violence", "Air/drone strike")
    assert classify("A gunman opened fire in a bar, killing two men.", model=NoModel()) == ("Violence against civilians", "Attack")


def test_a_count_of_people_shot_is_no_golf_score():
    # "shot a 68" is a round of golf; "shot 2 people" is a shooting
    assert classify("A man shot 2 people on Main Street on Friday night.") == ("Violence against civilians", "Attack")
    assert classify("He shot 3 men outside a bar.") is not None
    assert classify("She shot a 3-under 67 on Friday to lead by two.") is None
    assert classify("Woods shot 71 in the final round.") is None
