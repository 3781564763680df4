"""A fight told as what somebody was killed or hurt in ("killed in a clash between youths and gendarmes") is an act
with its doers, not a cause that merely befell: the text makes an event.  Before the twenty-seventh session the
singular "a clash" (not among the armed words, as sport writes "Saturday's clash") read like "killed in a wreck", and
the text made none.  Invented notes in ACLED's style."""

import pytest

from eventdesk.nlp.components.event_type.decide import classify

FIGHTS = [
    "On 17 March 2020, a man was killed in a clash between youths and gendarmes near Hire.",
    "A miner was killed in a clash between gold panners and gendarmes at an illegal mine site near Hire on Tuesday.",
    "Two herders were wounded in a skirmish with farmers near Bouna on 4 May 2020.",
    "A trader died in a brawl between rival transport unions at the Adjame bus station on 2 June 2020.",
]


@pytest.mark.parametrize("text", FIGHTS)
def test_killed_in_a_fight_makes_an_event(text):
    assert classify(text, parties={"civilians"}, outcomes={"killed"}) is not None


# near misses: what befell somebody with nobody doing it, and the sport's clash, stay no event
BEFELL = [
    "A man was killed in a wreck on the coastal road near Sassandra on Tuesday, the gendarmerie said.",
    "Two workers died in a collapse at a quarry near Abengourou on 3 April 2020.",
    "The striker was injured in a clash with the goalkeeper during the second half of Saturday's match.",
    "Two players were hurt in a clash of heads during the final, the coach said.",
]


@pytest.mark.parametrize("text", BEFELL)
def test_what_befell_or_a_sports_clash_makes_none(text):
    assert classify(text) is None
