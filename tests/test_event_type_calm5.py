"""Peaceful reports that share words with violence, and violent reports that look like them (calm5).

Sport ("shot 68", "killed off four penalties", the Bombers), markets ("stocks were massacred"), animals
("officers shot a bear"), illness ("died of a heart attack"), drills, parades and films make no event,
even where they name troops, rifles or hostages; a shooting at a sports bar, an arson attack on a mosque,
a mob that burned a house and an officer fired after shooting a man stay incidents."""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.models import Report
from eventdesk.nlp.components.event_type import classify

# invented violent reports that resemble the peaceful ones of tests/data/peaceful_reports.jsonl
LOOKALIKES = [
    ("Two shot outside sports bar after Rangers game",
     "Two men were shot outside a sports bar on Ninth Avenue after the Rangers game on Saturday night, police said. A gunman opened fire after an argument spilled into the parking lot. One victim died at the hospital. Police are looking for the shooter."),
    ("Fan stabbed after football game",
     "A 24-year-old fan was stabbed outside the stadium after Sunday's game between the Raiders and the Chiefs, police said. He was taken to hospital in critical condition. Witnesses said a fight broke out between rival fans. No arrests have been made."),
    ("Mosque set on fire in arson attack",
     "A mosque in the city's north end was set on fire early Friday in what police called a deliberate arson attack. Worshippers found the door smashed and the prayer hall in flames. Firefighters put out the blaze. Police are treating the attack as a hate crime."),
    ("Mob burns house of man accused of witchcraft",
     "A mob burned down the house of a man accused of witchcraft in a village near Mbeya on Tuesday and beat him to death, police said. Villagers had accused him of causing the death of a child. Police arrested four people."),
    ("Officer fired after shooting unarmed man",
     "A police officer was fired on Thursday, a month after he shot and killed an unarmed man during a traffic stop, the police chief said. The man, 28, was shot three times. His family has demanded charges. The officer's lawyer said he feared for his life."),
    ("Gunman kills three at golf course clubhouse",
     "A gunman opened fire in the clubhouse of the Pine Valley golf course on Saturday, killing three people before he was shot dead by police. Witnesses said he walked in carrying a rifle. Two others were wounded."),
    ("Stock trader shot dead in office",
     "A stock trader was shot dead in his office in the financial district on Monday, police said. The gunman, a former client who had lost money in the market crash, fled on foot. Police arrested a suspect hours later."),
    ("Bear hunter killed in clash with poachers",
     "A game warden was shot dead by poachers during a bear hunt patrol in the national park on Friday, officials said. The warden and two colleagues came under fire when they confronted the armed men. The poachers escaped into the forest."),
    ("Firefighters attacked with stones at blaze",
     "Firefighters were attacked by a group of youths throwing stones and bottles as they fought a car fire in the Westgate estate on Saturday night. Two firefighters were injured. Police said the attack was deliberate and arrested three teenagers."),
    ("Gunmen attack wedding, killing 12",
     "Gunmen attacked a wedding party in a village in Zamfara state on Sunday, killing 12 guests and abducting the bride, police said. The attackers arrived on motorcycles and opened fire on the crowd."),
    ("Bomb explodes at football stadium, killing 5",
     "A bomb exploded outside a football stadium in Mogadishu on Friday as fans left a match, killing five people and wounding 20, police said. Al-Shabaab claimed responsibility for the attack."),
    ("Worker shoots manager after being fired",
     "A man who had been fired from a warehouse returned on Tuesday and shot his former manager, police said. The manager was wounded in the chest and is in critical condition. The gunman was arrested in the parking lot."),
    ("Petrol bomb thrown at church during service",
     "Attackers threw a petrol bomb at a church in the town during Sunday service, injuring seven worshippers, police said. The building caught fire but the blaze was put out by members of the congregation. Police are hunting the attackers."),
    ("Troops clash with rebels near training base",
     "Government troops clashed with rebels near a military training base in the north on Wednesday, the army said. Eight soldiers and 15 rebels were killed in the fighting, which lasted several hours."),
    ("Man beaten to death after pub quiz argument",
     "A 35-year-old man was beaten to death outside a pub after an argument over a quiz, police said. Two men kicked and punched him as he lay on the ground. He died in hospital on Sunday. Two men have been charged with murder."),
    ("Protesters torch police station over death in custody",
     "Protesters set fire to a police station in the town on Monday after a young man died in police custody. Police fired tear gas and live rounds to disperse the crowd, and two protesters were killed."),
    ("Zoo guard shot during robbery",
     "A security guard at the city zoo was shot and wounded on Saturday night when armed robbers broke into the ticket office, police said. The robbers took the day's takings and fled in a car."),
    ("Village raided by gunmen, houses burned",
     "Gunmen raided the village of Kukawa on Thursday night, burning dozens of houses and killing nine villagers, residents said. The attackers also stole cattle."),
    ("Hockey player's brother killed in drive-by shooting",
     "The younger brother of a Bombers hockey player was killed in a drive-by shooting in the city on Friday night, police said. Shots were fired from a passing car into a group of people standing outside a house. Two others were wounded."),
    ("Journalist stabbed after filming war movie protest",
     "A journalist was stabbed by a man outside a cinema showing a war movie on Saturday, police said. The reporter had been filming a protest against the film. He was taken to hospital with wounds to his back. The attacker was detained."),
]


def test_violent_lookalikes_stay_incidents(ledger):
    reports = [Report(id=f"violent-{i}", title=t, text=x, published=dt.date(2017, 3, 14)) for i, (t, x) in enumerate(LOOKALIKES)]
    ledger.ingest_reports(reports)
    rows, _ = ledger.incidents()
    made = {m.report_id for row in rows for m in ledger.mentions(row.id)}
    assert len(reports) >= 20
    assert made == {r.id for r in reports}, sorted(r.title for r in reports if r.id not in made)


# -- make-believe and sport: no event whatever the weapons -------------------------------------------

@pytest.mark.parametrize("text", [
    "Thousands of troops stormed a mock village and fired blank rounds on Wednesday in a NATO exercise.",
    "Tanks, rocket launchers and 5,000 troops rolled through the capital in a military parade to mark Independence Day.",
    "Players battle enemy soldiers and shoot it out with rifles in the new Call of Duty game.",
    "Kyle Moreau shot a wrister past the goalie 2:14 into overtime.",
])
def test_make_believe_beats_strong_words(text):
    assert classify(text) is None


def test_make_believe_in_the_headline_counts():
    text = "The reporter shot video of officers playing gunmen and hostages."
    assert classify(text, headline="Reporter fired after filming hostage drill") is None
    assert classify(text) is not None


def test_two_words_of_sport_beat_strong_words_one_only_where_nobody_is_hurt():
    assert classify("The Bombers killed the clock in overtime to seal a 5-4 win.") is None
    assert classify("The Bombers shot down the comeback in overtime.") is None
    # a shooting "during halftime of the game" is a shooting
    assert classify("A teenager was shot in the leg during halftime of the Notre Dame game.") is not None


def test_a_claim_beats_make_believe_only_with_somebody_hurt():
    # the casualty rules read "shot a wrister" as somebody wounded; no person is
    assert classify("Kyle Moreau shot a wrister past the goalie 2:14 into overtime.", outcomes={"wounded"}) is None
    assert classify("A fan was shot dead outside the arena after the game went to overtime.", outcomes={"killed"}) is not None


# -- peaceful context ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sellers attacked technology names on Wall Street as bond yields rose.",  # markets
    "The funding crunch killed the startup, and all 80 employees were laid off.",  # start-ups and lay-offs
    "A tiger attacked a keeper at the zoo on Saturday, injuring her arm.",  # animals
    "Six calves were killed by wolves over the weekend, the rancher said.",
    "A hospital is battling an outbreak that has killed three patients.",  # illness as the killer
    "Former mayor Robert Dunn died Sunday of a heart attack at his home.",
    "A 41-year-old worker was killed when a forklift tipped over at a warehouse.",  # work
    "One model rocket exploded on the launch pad, to cheers from the crowd.",  # rockets for fun
])
def test_peaceful_context(text):
    assert classify(text) is None


def test_a_stunt_hurts_nobody_by_violence():
    assert classify("An actor was injured when he was hit during a stunt, and filming was suspended.", outcomes={"wounded"}) is None


def test_hunting_accidents_stay_but_a_season_is_no_weapon():
    # the Gun Violence Archive counts hunting accidents; "the rifle season" names no rifle used
    assert classify("Hunters shot more than 4,000 deer on the opening weekend of the rifle season, wildlife officials said.", outcomes={"wounded"}) is None
    assert classify("A hunter was fatally shot by his companion on the opening day of the deer season.", outcomes={"killed"}) is not None


def test_shots_of_vaccine_hurt_nobody():
    assert classify("Officials urged parents to get children their shots.", outcomes={"wounded"}) is None


def test_the_words_of_illness_alone_are_no_peaceful_context():
    # a guard, not a rule: "outbreak" or "virus" alone must not join the peaceful context
    # news of 2020 puts "the coronavirus outbreak" beside beatings by the police
    text = ("Police assaulted a family and injured three women at a house over having used a vehicle "
            "during the lockdown due to the coronavirus outbreak.")
    assert classify(text) is not None


# -- figures of speech -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Both teams shot under 40 percent, and the coach said the misses killed them.",  # sport
    "Lopez holds a one-shot lead after two rounds.",
    "The Bombers killed off four penalties in the second period.",
    "He shot video of the police officers at the courthouse.",  # cameras
    "Cryptocurrency prices were massacred overnight as traders sold.",  # markets
    "A crypto market massacre wiped out $200 billion.",
    "Wildlife officers shot and killed a black bear that had wandered into town.",  # animals
    "Each candidate attacked the other's record on taxes.",  # politics
])
def test_figures_of_speech(text):
    assert classify(text) is None


# -- fire and stones as weapons ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A mosque was set on fire early Friday in a deliberate arson attack; firefighters put out the blaze.",
    "A mob burned down the house of a man accused of witchcraft and beat him to death.",
    "Youths threw stones and bottles at firefighters as they fought a car fire; two firefighters were injured.",
    "A hate crime: the synagogue was torched overnight and fire crews found the door smashed.",
])
def test_fire_and_stones_as_weapons_are_violence(text):
    assert classify(text) is not None


def test_teams_named_after_animals_are_no_animals():
    # the peaceful animals are lower-case: the Bears are a team, and their fans get killed too
    assert classify("A man was killed in a fight after the Bears game on Sunday.", outcomes={"killed"}) is not None


def test_a_score_after_beating_is_sport():
    assert classify("The Atlas Lions stormed into the semi-finals after beating Portugal 1-0.") is None


def test_fiction_counts_with_sport():
    assert classify("In the war movie, soldiers storm a beach under machine gun fire; the premiere drew a standing ovation.") is None
    # one word of fiction beside somebody hurt is a real shooting
    assert classify("Gunmen opened fire outside the theater, killing two.", outcomes={"killed"}) is not None
