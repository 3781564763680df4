"""Reports that are not violent incidents create none, twenty-seventh round: deaths told with what brought them, hurts
told with how many between, farm animals, machines that burst, and job cuts, routs and good things told in the words of
a slaughter.

eval/nonviolent_check5.jsonl is a fifth invented check set, in kinds and wordings the first four lack: job cuts told as
a "bloodbath", a "massacre", "casualties", "slashed", "axed"; a fire told through police and a "person of interest"; a
fatal fire's victims named one by one with their ages; a wildfire's "victims" and "survivors"; a tank that exploded and
"killed two workers"; a structure that gave out, a crowd crush, a bull, a pack of dogs, a drowning, lightning, fumes, a
capsized boat, an avalanche, a ride, food poisoning, a heat wave; a chief fired over an old case; a lockdown that was a
false alarm; a film's or a photo "shoot"; sport's "shootout", "killer crossover", "blasted"; an election "massacred";
and violent near misses in the same words (an arson that killed, a stabbing at a factory, a shooting at a job site, a
fire set after a killing, a "person of interest" in a shooting, shooting victims named with their ages, a real
shootout).  Scored before this round: false alarms 3 of 17 (rules) and 4 of 19 (check), misses 0 of 25 and 0 of 11.

The rules of this round (step 1 of the event type, and its figures of speech):
- a death or a hurt with no word of violence but what befell, told with what brought it, is no event (the rule of
  ``cues._only_befell``), now also where the death is told "to death by" or "to his death from" ("gored to death by a
  bull", "fell 40 feet to his death Thursday from scaffolding"), where a clause of how many or how badly stands before
  the "when" ("were hurt, two of them seriously, when a balcony ..."), and where a part of the thing gave way ("when part
  of a vacant hotel crumbled");
- the big animals of a farm or a park that trampled, gored or kicked somebody are peaceful context, as wild animals
  were (not a police horse, whose riders charge);
- a works' machine, furnace, pump or engine that exploded is an accident, as a tank or a compressor was; so is a death
  in a sport in the air (a parachute, a zip line), a child left in a hot car and a cave-in;
- raccoons, skunks, possums and groundhogs are animals police shoot, as bears were;
- figures of speech: jobs, stores, branches or cuts called "a massacre" or "a bloodbath"; people named "the casualties of the
  restructuring" (or of cuts, a slump, a merger, a price war); a rout told by its score ("a 56-0 massacre"); "killer"
  said of a good thing ("a killer crossover", "a killer shoot").
The sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from eval import nonviolent

from .invented import mentions_found, nonviolent_scores

# the figures reached, per half: (non-violent reports creating an incident, violent ones creating none)
# (set 5 before this round: rules 3 and 0, check 4 and 0)
REACHED = {
    "5": {"rules": (0, 0), "check": (4, 0)},
}


def test_the_fifth_check_set_is_new_and_registered():
    fifth = nonviolent.rows(nonviolent.SETS["5"][0])
    assert sum(not r["violent"] for r in fifth) >= 35 and sum(r["violent"] for r in fifth) >= 35
    assert len({r["id"] for r in fifth}) == len(fifth)
    assert all(50 <= len(r["text"].split()) <= 400 for r in fifth)
    salt = nonviolent.SETS["5"][1]
    assert salt == "twenty-seventh-calm5:"
    assert {nonviolent.half(r["id"], salt) for r in fifth} == {"rules", "check"}
    assert nonviolent.SET_CHOICES["5"] == ("5",) and "5" in nonviolent.SET_CHOICES["all"]
    # no report of the earlier sets is repeated
    earlier = {r["text"] for k in ("1", "2", "3", "4") for r in nonviolent.rows(nonviolent.SETS[k][0])}
    assert not earlier & {r["text"] for r in fifth}


@pytest.mark.parametrize("name", ["5"])
def test_the_check_set_scores_as_reached(nlp, gazetteer, tmp_path, name):
    scores = nonviolent_scores(nlp, gazetteer, tmp_path / "ledger.db", name)
    for h, (false_alarms, misses) in REACHED[name].items():
        assert (scores[h]["false_alarms"], scores[h]["misses"]) == (false_alarms, misses), h


def _found(nlp, gazetteer, db_path, title: str, text: str) -> list:
    return mentions_found(nlp, gazetteer, db_path, title, text, dt.date(2019, 5, 5))


# -- each rule: the report that needs it -------------------------------------------------------------------------------

NO_INCIDENT = [
    # a death told with what brought it
    ("Farmer dies in barn",
     "A 70-year-old farmer was gored to death by a bull on his farm near Sparta on Monday, the sheriff said. His son "
     "found him in a pen."),
    ("Roofer dies in fall",
     "A roofer fell 30 feet to his death Tuesday from the roof of a warehouse on Canal Street, officials said. He was "
     "not wearing a harness."),
    # a hurt with how many between, and a part of the thing that gave
    ("Deck drops during wedding party; 11 hurt",
     "Eleven guests were hurt, two of them seriously, when a second-floor deck dropped onto the patio below during a "
     "wedding party in Ames on Saturday, police said. An inspector said the supports had rotted."),
    ("One dead as old hotel crumbles",
     "One person died and four were hurt when part of a vacant hotel crumbled onto a sidewalk on Main Street on "
     "Tuesday, the city said. Engineers blamed water damage."),
    # a farm animal
    ("Farmer killed by cow",
     "A farmer was killed Tuesday when a cow knocked him down and trampled him in a barn near Monroe, the sheriff said."),
    # a machine that burst
    ("Worker killed when machine exploded",
     "A worker was killed Monday when a grinding machine exploded at a metal shop in Toledo, police said."),
    # a small animal police shot
    ("Officers shoot rabid raccoon",
     "Police officers shot and killed a rabid raccoon that bit a woman in her yard on Oak Street on Tuesday, the "
     "department said. The woman was treated at a hospital."),
    # figures of speech: jobs cut in a massacre, people the casualties of a restructuring, a rout by its score, a
    # killer crossover
    ("Bank axes 2,000 jobs in Friday massacre",
     "Halvorsen Bank axed 2,000 jobs on Friday in what staff called a massacre. The bank slashed its trading desk and "
     "shut 40 branches, it said in a statement. Its shares rose 3 percent."),
    ("The casualties of the restructuring",
     "About 1,200 employees were the casualties of the restructuring announced Tuesday by Omni Freight, which will close "
     "two hubs. The company called the decision painful."),
    ("Union: district declared war on teachers",
     "The school board axed 200 teachers on Tuesday, and the union said the district had declared war on its members, "
     "calling the cuts a massacre of public education."),
    # a sport in the air, a child left in a hot car, a cave-in
    ("Skydiver killed when chute fails",
     "A 35-year-old skydiver was killed Sunday when his parachute failed to open over a drop zone near Lodi, the sheriff "
     "said."),
    ("Toddler dies in hot car",
     "A 2-year-old boy died Wednesday after he was left in a hot car outside his home for several hours, police said. "
     "Temperatures reached 97 degrees."),
    ("Miner trapped for hours dies",
     "A miner who was trapped for nine hours after a cave-in at a gold mine near Lead died Tuesday at a hospital, the "
     "company said."),
    ("Coach axed after 56-0 massacre",
     "Westview fired football coach Don Hurley on Sunday, a day after a 56-0 massacre at the hands of its rival. "
     "Athletic director Jo Kent thanked him for his service."),
]


@pytest.mark.parametrize("title,text", NO_INCIDENT)
def test_a_report_of_no_violence_creates_no_incident(nlp, gazetteer, tmp_path, title, text):
    assert _found(nlp, gazetteer, tmp_path / "ledger.db", title, text) == []


# -- near misses: the same words where somebody did it -------------------------------------------------------------

INCIDENT = [
    ("Man dies after being pushed from balcony",
     "A 30-year-old man fell to his death from a fifth-floor balcony on Sunday after being pushed by a roommate during "
     "an argument, police said."),
    ("Man crushed to death by car driven at him",
     "A man was crushed to death by a car that his former partner drove at him in a parking lot on Friday, police said. "
     "She was charged with murder."),
    ("Three hurt, two critically, when attacked",
     "Three men were hurt, two of them critically, when a group of men attacked them outside a bar on Sunday, police "
     "said."),
    ("Protester trampled by police horse",
     "A protester was trampled by a police horse during a march against the mayor on Saturday and was taken to a "
     "hospital, organizers said."),
    ("Bomb in vending machine kills two",
     "A bomb hidden in a vending machine exploded at a bus station on Monday, killing two people, police said."),
    ("Man shoots neighbor in raccoon dispute",
     "A man shot and wounded his neighbor on Sunday during an argument over a raccoon trap, police said."),
    ("Gunmen massacre 12 workers at mine",
     "Gunmen massacred 12 workers at a gold mine on Monday, police said. The company had cut jobs last year."),
    ("Villagers casualties of the fighting",
     "Villagers were the casualties of the fighting between the army and rebels near the town, where 14 civilians were "
     "killed on Monday, officials said."),
    ("Killer of shop owner sought",
     "Police are searching for the killer of a shop owner who was found stabbed on Monday. The killer fled on foot."),
    ("Bodies bore knife cuts after massacre",
     "Police found deep knife cuts on the bodies of 12 villagers after the massacre in Kuru on Sunday, officials said. "
     "Survivors said armed men came at night."),
    ("Skydiving instructor shot at airfield",
     "A skydiving instructor was shot and wounded at a small airfield near Lodi on Sunday by a man who had argued with "
     "him about a refund, police said."),
    ("Man found dead in hot car after beating",
     "A man was found dead in a hot car on Monday after he was beaten by two men, police said."),
    ("Boxer shot dead outside gym after bout",
     "A 26-year-old boxer was shot dead outside a gym on Friday night, an hour after his bout, police said. The gunman "
     "fled in a car."),
]


@pytest.mark.parametrize("title,text", INCIDENT)
def test_a_report_of_violence_in_the_same_words_still_creates_one(nlp, gazetteer, tmp_path, title, text):
    assert _found(nlp, gazetteer, tmp_path / "ledger.db", title, text)
