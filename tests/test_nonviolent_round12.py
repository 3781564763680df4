"""Reports that are not violent incidents create none, twelfth round: the second invented check set and its rules.

eval/nonviolent_check2.jsonl holds invented reports of kinds the first set lacks (fire deaths of residents and pets,
fire causes, smoke alarms, gas and propane blasts, insurance arsons, firings of teachers, coaches, chiefs and
officers, layoffs, "opened fire" on a rival's record, scares that were nothing, ranges, gun shows, obituaries, old
shootings remembered) and violent reports in the same words.  The first tests run the real pipeline over both sets
and hold the figures reached; the others pin each rule on a sentence of its own, with near misses that must stay
violent."""

from __future__ import annotations

import datetime as dt

import pytest

from eval import nonviolent
from eventdesk.models import Report
from eventdesk.nlp.components.event_type import classify

from .invented import nonviolent_scores

# the figures reached, per set and half: (non-violent reports creating an incident, violent ones creating none)
# (set 2 before this round: rules 8 and 0, check 11 and 1; set 1 unchanged: rules 0 and 0, check 5 and 0)
REACHED = {
    "1": {"rules": (0, 0), "check": (4, 0)},  # (check 5 -> 4 in the thirteenth round)
    "2": {"rules": (0, 0), "check": (8, 1)},  # (check 9 -> 8 with the sixteenth round's stated-figure rules)
}


def test_the_second_check_set_covers_new_kinds():
    first, second = (nonviolent.rows(nonviolent.SETS[k][0]) for k in ("1", "2"))
    assert sum(not r["violent"] for r in second) >= 120 and sum(r["violent"] for r in second) >= 40
    assert len({r["id"] for r in second}) == len(second)
    assert not {r["kind"] for r in second} & {r["kind"] for r in first}
    salt = nonviolent.SETS["2"][1]
    assert {nonviolent.half(r["id"], salt) for r in second} == {"rules", "check"}


@pytest.mark.parametrize("name", ["1", "2"])
def test_the_check_sets_score_as_reached(nlp, gazetteer, tmp_path, name):
    scores = nonviolent_scores(nlp, gazetteer, tmp_path / "ledger.db", name)
    for h, (false_alarms, misses) in REACHED[name].items():
        assert (scores[h]["false_alarms"], scores[h]["misses"]) == (false_alarms, misses), h


# -- the rules, one sentence each ---------------------------------------------------------------------------------

PEACEFUL = [
    # figures of debate: fire opened on a record, a reunion that was a blast, a request shot down
    "The two candidates opened fire on each other's records in Tuesday's debate, trading attacks over taxes and schools.",
    # shooting as a sport, a player's shot
    "The 4-H trap shooting team placed second at the state shooting championship on Saturday, hitting 96 of 100 clay targets.",
    # scares that were nothing: fireworks, a bomb threat with nothing found, a package that was laundry, a drill
    "Callers reported shots near the park, but officers found no evidence of a shooting and said the bangs were fireworks.",
    "Students were sent home after a bomb threat was phoned in. Police searched the building with dogs and found nothing.",
    "A suspicious package left outside the courthouse turned out to be a bag of laundry, police said after the bomb squad examined it.",
    "Police staged an active-shooter exercise at the high school on Saturday; blanks were fired and cadets played the wounded.",
    # accidents the peaceful context did not name: a tank that burst, a lab, a machine
    "A scuba tank exploded at a dive shop on Tuesday, injuring an employee who was filling it.",
    "A worker was killed on Monday when he was caught in a conveyor belt at a recycling center.",
    "An explosion in a university laboratory injured two researchers on Wednesday, officials said.",
    # an old killing remembered, history
    "Twenty years after a gunman killed 13 people at the school, hundreds gathered on Friday to remember them at the memorial.",
    "A new museum exhibit recalls the 1864 battle, in which 2,000 soldiers were killed or wounded along the creek.",
    # a peaceful obituary whose life had a war in it
    "Ruth Hale, who served as an Army nurse and cared for wounded soldiers in Korea, died peacefully on Sunday. She is survived by two daughters.",
    # guns named as things, with nothing done with them
    "Thieves stole 20 handguns from a sporting goods store overnight, the sheriff said.",
]


@pytest.mark.parametrize("text", PEACEFUL)
def test_a_lookalike_of_violence_is_no_event(text):
    assert classify(text) is None


VIOLENT = [
    # the same words, with violence in them
    ("A gunman opened fire on the crowd at a debate watch party on Tuesday, wounding three people.", set()),
    ("A blast ripped through a market on Tuesday, killing four people.", set()),
    ("Rebels shot down an army helicopter on Monday, killing its crew.", set()),
    ("A man was shot in the chest at a trap shooting club after an argument with another member.", set()),
    ("Police shot and wounded a man who reached into his waistband; officers found no weapon on him.", {"wounded"}),
    ("A man who had made a threat to kill his wife shot her outside her office on Saturday.", {"wounded"}),
    ("A pipe bomb exploded in a laboratory parking lot, injuring a guard.", set()),
    ("A year after his brother was killed, a man was shot dead Saturday on the same street; neighbors built a memorial.", {"killed"}),
    ("John Reed, 17, who was shot and killed Friday on Elm Street, is survived by his mother. Funeral services are Saturday.", {"killed"}),
    ("Two men armed with handguns robbed a pawn shop and shot the clerk in the arm.", {"wounded"}),
]


@pytest.mark.parametrize("text,outcomes", VIOLENT)
def test_violence_in_the_same_words_is_still_an_event(text, outcomes):
    assert classify(text, outcomes=outcomes) is not None


def _claims(nlp, text):
    doc = nlp(text)
    return [(c.outcome, c.count) for c in doc._.raw_claims]


def test_an_age_at_death_is_no_count(nlp):
    # an obituary's "died Sunday at 88" is an age, not 88 dead
    assert ("killed", 88) not in _claims(nlp, "Mary Jones, a retired nurse, died Sunday at 88. She leaves three sons.")
    # near miss: a count after "at" that is no age of one who died
    assert ("killed", 3) in _claims(nlp, "Three people were killed at the intersection on Sunday, police said.")


def test_a_threat_to_shoot_is_no_toll(nlp):
    assert not [c for c in _claims(nlp, "A student's threat to shoot two classmates was not reported to police.") if c[0] == "wounded"]
    # near miss: the shot done after the threat
    assert [c for c in _claims(nlp, "After his threat, the student shot two classmates in the hallway.") if c[0] == "wounded"]


REPORTS = [
    # a headline's figure of speech, read when the body tells nothing violent
    ("Class of '78 reunion a blast from the past",
     "Old friends gathered Saturday for the 40th reunion of the class of 1978. About 120 graduates came."),
    # a request shot down by a board
    ("Commission shoots down diner's patio plan",
     "The planning commission shot down a restaurant owner's request to build a patio on Tuesday."),
    # an obituary: a war in a life, an age at death
    ("Obituary: Mary Jones, 88, Army nurse",
     "Mary Jones, a retired Army nurse who cared for wounded soldiers in Vietnam, died peacefully Sunday at 88.\n"
     "She is survived by three sons. Services will be held Friday."),
]


@pytest.mark.parametrize("title,text", REPORTS)
def test_a_report_of_no_violence_creates_no_incident(nlp, gazetteer, tmp_path, title, text):
    from eventdesk import Ledger

    report = Report(id="r12", title=title, text=text, published=dt.date(2017, 4, 26))
    with Ledger(tmp_path / "ledger.db", nlp=nlp, gazetteer=gazetteer) as led:
        [(_, _, found)] = list(led.analyze([report]))
    assert found == []


def test_a_report_of_a_shooting_victims_obituary_still_creates_one(nlp, gazetteer, tmp_path):
    from eventdesk import Ledger

    report = Report(id="r12v", title="Teen shot Friday remembered as a gifted artist",
                    text="John Reed, 17, who was shot and killed Friday night on Elm Street, is survived by his mother "
                         "and two sisters. Funeral services will be Saturday. Police have made no arrests.",
                    published=dt.date(2017, 4, 26))
    with Ledger(tmp_path / "ledger.db", nlp=nlp, gazetteer=gazetteer) as led:
        [(_, _, found)] = list(led.analyze([report]))
    assert found
