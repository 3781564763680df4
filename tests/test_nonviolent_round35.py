"""Reports that are not violent incidents create none, thirty-fifth round: the gate asks who did it.

eval/nonviolent_check6.jsonl is a sixth invented check set, in wordings the first five lack: a boiler, a grain
elevator, a fireworks store, a fuel tank that blew up; an e-bike battery, a houseboat, a care home that burned, its
dead named with their ages; a fire that "attacked" a roof; a crane, a roof under snow, a church ceiling, a mine tunnel
that fell; a press, a power line, a tractor, a train, a bus, a helicopter, a flood, a tornado, fumes, an ammonia line,
an outbreak, a runner's heart; a body in a burned house that police found unhurt; nurses fired, pink slips after a
"hostile takeover", a "boardroom coup", furloughs with their "casualties", a football rout told as a slaughter; and
violent near misses in the same places and words (a pipe bomb, a poisoning, a clerk or a neighbour set alight, a shove
into a machine, a real coup, a helicopter shot down, gunmen at a bus or a mine camp, a body in a burned house that had
been shot).  Scored before this round: false alarms 1 of 13 (rules) and 0 of 17 (check), misses 3 of 22 and 1 of 8.

The rules of this round (step 1 of the event type and the model's veto: a death or a hurt is violence where somebody
did it):
- a fire told as set at a place in the passive ("a fire was set at its rear door") or a firebomb thrown is a fire set by
  somebody, a weapon where somebody was hurt by it (``armed._FIRE_SET``);
- such a fire, set on somebody who was burned, is a claim of a person hurt in words the casualty rules do not count
  ("suffered burns to her legs"): the model's "no event" does not veto it, nor does the arrest told beside it take the
  attack's place (``decide._classify``);
- a person charged with or arrested for murder, assault, battery, manslaughter or homicide did violence, which no gym,
  bar or fireworks named beside it make peaceful (``peaceful._CRIME_ACT``; not a driver's "vehicular manslaughter",
  "homicide by vehicle" or a "negligent homicide");
- a death told "killed ... when" a thing struck is a death that befell, as "died when" was (``cues._TOLD_CAUSE``; not
  "killed after", which tells why somebody killed), and "killing three" after what a thing did names no killer
  (``cues._PERPETRATOR`` keeps the noun, "the killing").
The sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from eval import nonviolent

from .invented import mentions_found, nonviolent_scores

# the figures reached, per half: (non-violent reports creating an incident, violent ones creating none)
# (set 6 before this round: rules 1 and 3, check 0 and 1)
REACHED = {
    "6": {"rules": (0, 0), "check": (0, 0)},
}


def test_the_sixth_check_set_is_new_and_registered():
    sixth = nonviolent.rows(nonviolent.SETS["6"][0])
    assert sum(not r["violent"] for r in sixth) >= 30 and sum(r["violent"] for r in sixth) >= 30
    assert len({r["id"] for r in sixth}) == len(sixth)
    assert all(r["id"].startswith("n35-") for r in sixth)
    assert all(50 <= len(r["text"].split()) <= 400 for r in sixth)
    salt = nonviolent.SETS["6"][1]
    assert salt == "thirty-fifth-calm6:"
    assert {nonviolent.half(r["id"], salt) for r in sixth} == {"rules", "check"}
    assert nonviolent.SET_CHOICES["6"] == ("6",) and "6" in nonviolent.SET_CHOICES["all"]
    # no report of the earlier sets is repeated
    earlier = {r["text"] for k in ("1", "2", "3", "4", "5") for r in nonviolent.rows(nonviolent.SETS[k][0])}
    assert not earlier & {r["text"] for r in sixth}


@pytest.mark.parametrize("name", ["6"])
def test_the_check_set_scores_as_reached(nlp, gazetteer, tmp_path, name):
    scores = nonviolent_scores(nlp, gazetteer, tmp_path / "ledger.db", name)
    for h, (false_alarms, misses) in REACHED[name].items():
        assert (scores[h]["false_alarms"], scores[h]["misses"]) == (false_alarms, misses), h


def _found(nlp, gazetteer, db_path, title: str, text: str) -> list:
    return mentions_found(nlp, gazetteer, db_path, title, text, dt.date(2020, 5, 5))


# -- each rule: the report that needs it ------------------------------------------------------------------------------

INCIDENT = [
    # a fire told as set at a place, in the passive, with people hurt inside
    ("Fire set at rooming house door after threats; one dead",
     "One tenant of a rooming house on Pell Street was killed and three were hurt when a fire was set at its back door "
     "early Tuesday, police said. The landlord had received threats from a former tenant he had evicted, and "
     "detectives found a gas can in the alley."),
    # a firebomb thrown, a man burned, nobody counted by the casualty rules
    ("Man accused of throwing firebombs at bakery",
     "Police arrested a 44-year-old man on Tuesday for throwing two firebombs through the window of a bakery on Dover "
     "Road, where the owner's nephew was sleeping upstairs. The nephew was treated for burns to his hands. The two "
     "families had argued for a year over a parking lot."),
    # a person charged with violence, beside the words of a sport or of fireworks
    ("Referee beaten after youth game; father charged",
     "A referee was beaten in the parking lot of Ridgeview Park after a youth soccer game on Saturday, and the father "
     "of one of the players was charged with aggravated assault, police said. The referee, 19, was treated for a "
     "broken nose. The league banned the man from its fields."),
    ("Man throws lit fireworks at neighbors' porch party",
     "A man threw a box of lit fireworks onto his neighbors' porch during a birthday party on Elm Street on Sunday, "
     "burning four guests, police said. He was charged with four counts of assault with a dangerous weapon. Neighbors "
     "said he had complained about the noise for weeks."),
    # "killed after" tells why somebody killed them, not what befell them
    ("Two cooperative leaders killed near Santa Rita",
     "Two leaders of a farmers' cooperative were killed on Sunday near the village of Santa Rita by unidentified armed "
     "individuals. The two were killed after the cooperative refused to sell its land to a mining company, relatives "
     "said."),
    # "killed ... when" a person did it
    ("Two killed when man opens fire at bus stop",
     "Two men were killed Tuesday when a man opened fire on a crowd waiting at a bus stop on Grand Avenue, police "
     "said. The gunman ran into a nearby apartment building, where officers arrested him an hour later."),
]


@pytest.mark.parametrize("title,text", INCIDENT)
def test_a_report_of_violence_creates_an_incident(nlp, gazetteer, tmp_path, title, text):
    assert _found(nlp, gazetteer, tmp_path / "ledger.db", title, text)


def test_a_fire_set_on_somebody_burned_is_the_attack_not_the_arrest(nlp, gazetteer, tmp_path):
    # (his burns are told in words no casualty rule counts: the fire set on him stands for the claim of a person hurt)
    text = ("A man was charged with arson on Wednesday after deputies said he doused his brother's camper at the "
            "Pine Lake campground with gasoline and set it on fire while he slept inside. The brother, 47, escaped "
            "through a window and suffered burns to his back. Deputies arrested the man at a gas station.")
    found = _found(nlp, gazetteer, tmp_path / "ledger.db", "Man charged after setting brother's camper on fire", text)
    assert [m.event_type for m in found] == ["Violence against civilians"]


# -- near misses: the same words where nobody did it ------------------------------------------------------------------

NO_INCIDENT = [
    # a fire set at an empty building: property, nobody hurt
    ("Fire set at vacant warehouse; no one hurt",
     "A fire was set at the loading dock of a vacant warehouse on Pell Street early Tuesday, the fire marshal said. "
     "The building was empty and no one was hurt. Investigators found a gas can in the alley."),
    # a fire whose burns no person set: an accident
    ("Camper fire burns man at Pine Lake",
     "A 47-year-old man suffered burns to his back when a propane heater set his camper on fire at the Pine Lake "
     "campground on Wednesday, deputies said. He crawled out through a window. The fire was ruled accidental."),
    # a charge for a death that befell on the road
    ("Driver charged with vehicular manslaughter in fatal crash",
     "A 23-year-old driver was charged with vehicular manslaughter on Friday in a crash that killed a cyclist on Route "
     "12 last month, prosecutors said. Police said the driver had been sending a text when his car drifted onto the "
     "shoulder."),
    ("Trucker charged with homicide by vehicle after crash",
     "A truck driver was charged with homicide by vehicle on Monday after his tractor-trailer struck a car stopped in "
     "traffic on Interstate 80, killing a nurse on her way home, state police said."),
    # a death that befell: "killed ... when" a thing struck, "killing" a thing's participle
    ("Train strikes pickup at crossing, killing two",
     "Two farmhands were killed Monday when a freight train struck their pickup at a crossing on County Road 9, the "
     "sheriff said. The crossing has no gates or lights."),
    ("Two killed when tree falls on car during storm",
     "Two sisters were killed Saturday when an oak tree fell on their car during a thunderstorm on Ridge Road, police "
     "said. Winds reached 60 miles an hour."),
]


@pytest.mark.parametrize("title,text", NO_INCIDENT)
def test_a_report_of_no_violence_creates_no_incident(nlp, gazetteer, tmp_path, title, text):
    assert _found(nlp, gazetteer, tmp_path / "ledger.db", title, text) == []
