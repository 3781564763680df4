"""Reports that are not violent incidents create none, thirty-sixth round: figures in quotes, blows and assaults.

eval/nonviolent_check7.jsonl is a seventh invented check set, in wordings the first six lack: "it's a massacre" said
of newsroom cuts, "a bloodbath on Wall Street", "the layoffs killed the town", "a death blow", a drought "murdering"
resorts, a store "hit list"; jobs "axed", "slashed", a library "gutted"; a team that "shot 40 percent", "the
Bullets", a "killer crossover"; a climbers' "assault", wind that "knocked down" signs, leaves "set burning", a burning
pickup, a fire "set" by a candle or in a vacant mill; a tornado, a gas blast, a crash, a mine roof, a heat wave, a
ferry, lightning and an avalanche that killed; an online "heist"; and violent near misses in the same words (a
massacre at a newspaper, a boy "knocked down and kicked", a bare "assault" under investigation, a man "set burning", a
burning bottle thrown, a fire set at an occupied home, an axe, a knife, a bar "bloodbath", a laid-off worker who
kills, bullets fired into a home, a burning cross, a golf club, a pistol-whipped teller).  Scored before this round:
false alarms 1 of 15 (rules) and 4 of 15 (check), misses 2 of 16 and 3 of 14.

The rules of this round (step 1 of the event type: the figures read before any violence word counts, and the gate's
words):
- a word of slaughter closing a quote said of a thing no person suffers ("'It's a massacre,' one editor said of the
  cuts") is a figure of speech (``figures._FIGURES``; not the same quote said by somebody who hid from a gunman);
- blows done to a person, in the passive or with the person as object ("was knocked down and kicked by a group",
  "punched and kicked him"), pass the gate (``armed._BLOWS``; not "kicked up dust", "kicked out of the club", nor a
  kick by a horse);
- an assault told as a crime (investigated, looked into, reported, done to a person: "police are investigating an
  assault", "an assault on a jogger") passes the gate (``armed._ASSAULT_TOLD``; not a climbers' assault on a face, a
  firefighters' assault on a fire or an assault on democracy);
- a fire set burning, or a burning rag or bottle thrown, is a fire somebody set, and a person "burned on his arms" by
  such a fire is hurt by it (``armed._FIRE_SET``, ``armed._BURNED``; not leaves set burning that hurt nobody).
Set 3's rules half lost its last false alarm to the first rule (tests/test_nonviolent_round14.py).
The sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from eval import nonviolent
from eventdesk.nlp.components.event_type.armed import _fire_as_weapon, _WEAK
from eventdesk.nlp.components.event_type.figures import _prefilter

from .invented import mentions_found, nonviolent_scores

# the figures reached, per half: (non-violent reports creating an incident, violent ones creating none)
# (set 7 before this round: rules 1 and 2, check 4 and 3)
REACHED = {
    "7": {"rules": (0, 0), "check": (4, 1)},
}


def test_the_seventh_check_set_is_new_and_registered():
    seventh = nonviolent.rows(nonviolent.SETS["7"][0])
    assert sum(not r["violent"] for r in seventh) >= 30 and sum(r["violent"] for r in seventh) >= 30
    assert len({r["id"] for r in seventh}) == len(seventh)
    assert all(r["id"].startswith("n36-") for r in seventh)
    assert all(50 <= len(r["text"].split()) <= 400 for r in seventh)
    salt = nonviolent.SETS["7"][1]
    assert salt == "thirty-sixth-calm7:"
    assert {nonviolent.half(r["id"], salt) for r in seventh} == {"rules", "check"}
    assert nonviolent.SET_CHOICES["7"] == ("7",) and "7" in nonviolent.SET_CHOICES["all"]
    # no report of the earlier sets is repeated
    earlier = {r["text"] for k in ("1", "2", "3", "4", "5", "6") for r in nonviolent.rows(nonviolent.SETS[k][0])}
    assert not earlier & {r["text"] for r in seventh}


@pytest.mark.parametrize("name", ["7"])
def test_the_check_set_scores_as_reached(nlp, gazetteer, tmp_path, name):
    scores = nonviolent_scores(nlp, gazetteer, tmp_path / "ledger.db", name)
    for h, (false_alarms, misses) in REACHED[name].items():
        assert (scores[h]["false_alarms"], scores[h]["misses"]) == (false_alarms, misses), h


def _found(nlp, gazetteer, db_path, title: str, text: str) -> list:
    return mentions_found(nlp, gazetteer, db_path, title, text, dt.date(2021, 5, 5))


# -- each rule's words ------------------------------------------------------------------------------------------------

def test_a_slaughter_quoted_of_the_cuts_is_a_figure():
    said_of_cuts = "The paper will cut 40 jobs. \u201cIt's a massacre,\u201d one longtime editor said of the cuts."
    assert "massacre" not in _prefilter(said_of_cuts)
    said_by_a_survivor = "\"It's a massacre,\" said one editor who hid under a desk as the gunman fired."
    assert "massacre" in _prefilter(said_by_a_survivor)


@pytest.mark.parametrize("text", [
    "A boy was knocked down and kicked by a group of young men outside the station.",
    "A man was knocked to the ground and punched repeatedly outside a bar.",
    "Two men punched and kicked him until he stopped moving.",
])
def test_blows_done_to_a_person_pass_the_gate(text):
    assert _WEAK.search(text)


@pytest.mark.parametrize("text", [
    "Gusts knocked down road signs and kicked up dust that closed Route 9.",
    "He was kicked out of the club after the season.",
    "The rancher was kicked in the head by a horse in the barn.",
])
def test_a_thing_kicked_or_a_horse_kick_does_not(text):
    assert not _WEAK.search(text)


@pytest.mark.parametrize("text", [
    "Police are investigating an assault that happened near the park entrance late Saturday.",
    "Police are looking into an assault on a jogger on the river trail.",
])
def test_an_assault_told_as_a_crime_passes_the_gate(text):
    assert _WEAK.search(text)


@pytest.mark.parametrize("text", [
    "The climbers began their assault on the north face of the mountain on Saturday.",
    "Firefighters are investigating an assault on the fire from the air.",
    "The senator called the bill an assault on democracy.",
])
def test_an_assault_on_a_mountain_a_fire_or_democracy_does_not(text):
    assert not _WEAK.search(text)


def test_a_fire_set_burning_on_somebody_burned_is_a_weapon():
    assert _fire_as_weapon("A man threw a burning rag through the window; the woman was burned on her hands.")
    assert _fire_as_weapon("The clerk was burned on his arms after a fire was set at the door of the store.")
    assert not _fire_as_weapon("Leaves he set burning spread to a shed. No one was hurt.")


# -- whole reports: each rule's incident and its near miss ------------------------------------------------------------

INCIDENT = [
    ("Man knocked to the ground and punched outside bar",
     "A 40-year-old man was knocked to the ground and punched repeatedly outside a bar on Dock Street early Sunday, "
     "police said. He was treated for a broken jaw. Police are looking for two men seen running toward the harbor."),
    ("Police probe assault on jogger",
     "Police are looking into an assault on a jogger on the river trail on Tuesday morning. The woman, 29, said a man "
     "struck her from behind and ran off toward the footbridge. She was treated for bruises."),
    ("Clerk burned after fire was set at store door",
     "A fire was set at the front door of a convenience store on Vine Street early Thursday while the clerk was "
     "inside, police said. The clerk, 30, was burned on his arms escaping through the back. Investigators found a "
     "gas can nearby."),
    ("Man threw burning rag into ex-wife's kitchen, police say",
     "A man threw a burning rag soaked in gasoline through the kitchen window of his former wife's house on Ash Street "
     "on Sunday night, police said. The woman was burned on her hands as she put out the flames. He was arrested at "
     "his apartment."),
]


@pytest.mark.parametrize("title,text", INCIDENT)
def test_a_report_of_violence_creates_an_incident(nlp, gazetteer, tmp_path, title, text):
    assert _found(nlp, gazetteer, tmp_path / "ledger.db", title, text)


def test_a_burning_rag_thrown_at_a_woman_is_an_attack_not_the_arrest(nlp, gazetteer, tmp_path):
    title, text = INCIDENT[3]
    assert [m.event_type for m in _found(nlp, gazetteer, tmp_path / "ledger.db", title, text)] \
        == ["Violence against civilians"]


NO_INCIDENT = [
    ("Chain closes 30 stores; 'It's a slaughter,' manager says",
     "The Penner's grocery chain will close 30 of its 110 stores by June and cut about 900 jobs, the company said "
     "Wednesday. \"It's a slaughter,\" one store manager said of the closures, which fall mostly in small towns. The "
     "company blamed rising rents and online competition, and offered transfers to some staff."),
    ("Rancher hurt when horse kicks him in barn",
     "A 66-year-old rancher was kicked in the head by a horse while shoeing it in his barn near Cole Springs on "
     "Monday, the sheriff's office said. He was flown to a hospital with a head injury and is in stable condition."),
    ("Firefighters mount assault on ridge fire",
     "Firefighters mounted an assault on the Cedar Ridge fire from the air on Tuesday, dropping retardant along its "
     "northern edge, the forestry agency said. The fire has burned 3,000 acres. No homes were threatened."),
    ("Brush pile set burning spreads to barn",
     "A brush pile a farmer set burning on Tuesday afternoon spread to a hay barn on Mill Road, the township fire "
     "department said. The barn was a loss. No one was hurt. Open burning is banned during the dry spell."),
]


@pytest.mark.parametrize("title,text", NO_INCIDENT)
def test_a_report_of_no_violence_creates_no_incident(nlp, gazetteer, tmp_path, title, text):
    assert _found(nlp, gazetteer, tmp_path / "ledger.db", title, text) == []
