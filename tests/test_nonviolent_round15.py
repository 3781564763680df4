"""Reports that are not violent incidents create none, fifteenth round: deaths at work told in words the peaceful
context lacked, and a robbery at a works or a bank, which is no business news.

eval/nonviolent_check4.jsonl is a fourth invented check set: house, apartment and wild fires that kill or hurt, fires
under investigation ("not considered suspicious", the fire marshal, no accelerant found), blasts at plants, mines and
pipelines, crashes that start fires, deaths at work, business news in the words of violence ("fired 300 workers",
"the deal was torpedoed", "a price war", "gunning for market share"), and near misses that are events (an arson with a
suspect charged, a firebomb thrown at a home, a person set alight, a shooting or a robbery at a business).  Scored
before this round, it made no false alarm in either half; its misses were 4 of 22 (rules) and 2 of 16 (check).

The rules of this round:
- a structure that gave way or fell on the workers ("injured when scaffolding gave way", "killed when part of the
  roof fell on him", "a roof fall"), the miners of a named ore and a mine's inspectors or shafts are peaceful context,
  as "collapsed" already was; so are a job's other hazards: fumes that overcame a worker, a load or a container that
  struck one ("struck by a pipe", a weapon's blow, is not among them), a worker crushed between things, a tank blast;
- a robbery, a carjacking, a home invasion or a mugging told as done to somebody lifts the peaceful context a factory,
  a plant or a bank would give ("killed in a robbery at his plant", "armed robbers stormed", "was carjacked"); a
  robbery only named ("a film about a bank robbery", prices called "highway robbery") does not.
The sentences are invented."""

from __future__ import annotations

import pytest

from eval import nonviolent
from eventdesk.nlp.components.event_type import classify

from .invented import nonviolent_scores

# the figures reached, per half: (non-violent reports creating an incident, violent ones creating none)
# (set 4 before this round: rules 0 and 4, check 0 and 2; the twenty-sixth round's trade nouns and hits, rules 0 and 1)
REACHED = {
    "4": {"rules": (0, 0), "check": (0, 2)},  # (rules misses 1 -> 0 with the thirty-fifth round's firebombs thrown)
}


def test_the_fourth_check_set_is_new_and_registered():
    fourth = nonviolent.rows(nonviolent.SETS["4"][0])
    assert sum(not r["violent"] for r in fourth) >= 80 and sum(r["violent"] for r in fourth) >= 35
    assert len({r["id"] for r in fourth}) == len(fourth)
    assert all(80 <= len(r["text"].split()) <= 400 for r in fourth)
    salt = nonviolent.SETS["4"][1]
    assert salt == "fifteenth-nonviol4:"
    assert {nonviolent.half(r["id"], salt) for r in fourth} == {"rules", "check"}
    assert nonviolent.SET_CHOICES["4"] == ("4",) and "4" in nonviolent.SET_CHOICES["all"]


@pytest.mark.parametrize("name", ["4"])
def test_the_check_set_scores_as_reached(nlp, gazetteer, tmp_path, name):
    scores = nonviolent_scores(nlp, gazetteer, tmp_path / "ledger.db", name)
    for h, (false_alarms, misses) in REACHED[name].items():
        assert (scores[h]["false_alarms"], scores[h]["misses"]) == (false_alarms, misses), h


# -- deaths and hurts at work, told in words other than "collapsed" ----------------------------------------------------

AT_WORK = [
    ("Miner killed in roof fall",
     "A coal miner was killed Wednesday when part of the roof fell on him at the Ridge No. 2 mine, officials said. "
     "He was 52. Federal mine inspectors were sent to the site.", {"killed"}),
    ("Workers hurt when scaffolding falls",
     "Four workers were injured when scaffolding gave way at a building on Fifth Avenue on Monday. Two were in serious "
     "condition. The building department issued a stop-work order.", {"wounded"}),
    ("Man killed at gravel pit",
     "A 47-year-old man was killed Friday when a boulder came down on him while he was clearing a ledge at a gravel "
     "pit near Elm Ridge, the sheriff said. A second man was hurt.", {"killed", "wounded"}),
    ("Two killed at parking garage",
     "Two men were killed Tuesday when a concrete platform caved in under them at a parking garage on Mercer Street, "
     "police said.", {"killed"}),
    ("Two sewer workers die",
     "Two city workers died Tuesday after being overcome by toxic fumes in a sewer line on Hale Street, officials said. "
     "A third worker who went in to help them was hurt.", {"killed", "wounded"}),
    ("Worker fatally injured at port",
     "A longshoreman was fatally injured Monday when he was struck by a container being unloaded from a ship at the "
     "port, officials said.", {"killed"}),
    ("Dock worker crushed",
     "A dock worker was crushed to death between two shipping containers at the port on Monday, officials said.",
     {"killed"}),
    ("Welder dies in tank blast",
     "A welder was killed Thursday when a storage tank he was working on exploded at a farm supply business, the "
     "sheriff said.", {"killed"}),
]


@pytest.mark.parametrize("headline,text,outcomes", AT_WORK)
def test_a_death_at_work_told_by_its_hazard_is_no_event(headline, text, outcomes):
    assert classify(text, set(), outcomes, headline=headline) is None


# -- a robbery at a works or a bank ------------------------------------------------------------------------------------

ROBBERIES = [
    ("Factory owner killed in robbery at plant",
     "The owner of a textile factory was killed Tuesday when armed robbers stormed his plant and tried to take the "
     "payroll, police said. Two workers were wounded.", {"killed", "wounded"}),
    ("Manager killed at mill",
     "The night manager of a lumber mill was killed in a robbery at the mill office late Friday, police said. "
     "Investigators said the robbers escaped with cash.", {"killed"}),
    ("Driver hurt outside warehouse",
     "A delivery driver was hurt when he was carjacked outside a candy factory on Dock Street, police said. The "
     "company said the driver would recover.", {"wounded"}),
]


@pytest.mark.parametrize("headline,text,outcomes", ROBBERIES)
def test_a_robbery_at_a_works_is_an_event(headline, text, outcomes):
    assert classify(text, set(), outcomes, headline=headline) is not None


# near misses: a robbery only named, prices called robbery, a miner who was shot, a fire at a works
NEAR_MISSES_NONE = [
    ("Actor hurt in stunt at film studio",
     "An actor was injured Tuesday when a prop struck him during a stunt at a studio, the producers said. He broke his "
     "wrist. The film is about a bank robbery gone wrong.", {"wounded"}),
    ("Factory fire kills worker; shoppers call fuel prices highway robbery",
     "A worker was killed Monday when a fire broke out at a paint factory on the east side. In other news, drivers "
     "called the new fuel prices highway robbery.", {"killed"}),
    ("Worker dies at plant",
     "A worker died Tuesday after he was caught in a conveyor at a packing plant, the company said.", {"killed"}),
]
NEAR_MISSES_EVENT = [
    ("Man beaten outside bar",
     "A 33-year-old man was struck by a pipe swung by another man outside a bar on Hale Street and was badly hurt, "
     "police said. The attacker ran off.", {"wounded"}),
    ("Miner shot dead at camp",
     "A gold miner was shot dead by two gunmen at a camp near the river on Sunday, police said.", {"killed"}),
    ("Gunman kills worker after roof gives way",
     "A gunman shot and killed a worker at a building site on Friday, minutes after part of the roof gave way, "
     "police said.", {"killed"}),
]


@pytest.mark.parametrize("headline,text,outcomes", NEAR_MISSES_NONE)
def test_the_peaceful_near_misses_stay_no_event(headline, text, outcomes):
    assert classify(text, set(), outcomes, headline=headline) is None


@pytest.mark.parametrize("headline,text,outcomes", NEAR_MISSES_EVENT)
def test_the_violent_near_misses_stay_events(headline, text, outcomes):
    assert classify(text, set(), outcomes, headline=headline) is not None
