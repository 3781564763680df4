"""Reports that are not violent incidents create none, thirteenth round: a death or an injury that nobody did.

The rules before this round stopped a report of a fire, a crash or a firing by the words of its context (a list of
peaceful contexts); a report whose context the list lacks went on to the model on the strength of "died" or
"killed".  This round's rule is structural: where the only words of violence tell what befell somebody, the text
names no act, weapon, blow nor perpetrator (nor a body found bound or wrapped), and it tells what the death or
injury came of ("died of", "killed in a ...", "hurt when ...", "a fatal ..."), it is no event, whatever the cause.
The sentences are invented; tests/test_nonviolent_round12.py holds both invented check sets at the figures reached."""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.event_type import classify

# The figures both invented check sets reach (set 1's check half 5 -> 4 of 64 with this round; set 2's held at 9
# and 1) are held by ``test_the_check_sets_score_as_reached`` in tests/test_nonviolent_round12.py.


# deaths and injuries by causes no peaceful-context list names: each was an event before this round
NOBODY_DID_IT = [
    # "died ... in a <mishap>": a cause told with an indefinite article
    "A 64-year-old man died Sunday in a sledding mishap on Pine Hill, county officials said. He was pronounced dead at the scene.",
    # "died after a fall": the clause that tells what happened
    "A roofer died after a fall from a three-story building in Dover on Tuesday, the county coroner said.",
    # "died of ...": what the death came of
    "A 30-year-old woman died of an allergic reaction at a seafood restaurant downtown, her family said Thursday.",
    # "died when a cable snapped"
    "A zip-line rider died when a cable snapped at the adventure park, and two others were injured in the fall.",
    # firefighters' "fire attack" is on a fire, and the crew member's injury has its cause
    "Engine crews began an aggressive fire attack at the rear of the warehouse, and one crew member was injured in a fall through the roof.",
]


@pytest.mark.parametrize("text", NOBODY_DID_IT)
def test_a_death_with_a_cause_and_nobody_who_did_it_is_no_event(text):
    assert classify(text) is None


# the near misses: the same shape of sentence with an act, a perpetrator, the marks of killers, a place or no cause
SOMEBODY_DID_IT = [
    # a body found with the marks of those who killed
    "Three men were found dead in a ravine outside the city on Sunday. Their hands were tied and the bodies were wrapped in plastic.",
    # quarrels, detention, the crossfire: deaths in somebody's hands
    "A shopkeeper was killed in a dispute over rent on Monday, and his neighbour was arrested hours later.",
    "A farmer died in a land dispute with a neighbouring family on Monday, village elders said.",
    "A journalist died in detention after weeks of interrogation, his lawyer said.",
    "A man was killed when he was caught in the crossfire between two groups on Main Street.",
    "Two border guards and three smugglers were killed in a firefight near the frontier on Tuesday.",
    # an act named
    "Two men were killed in a revenge attack in the market town on Sunday.",
    # armed men and what they aimed at
    "Snipers targeted and wounded two policemen at a checkpoint on Friday.",
    # where the dead was found is no cause
    "The victim was found dead in a parked car behind the motel on Sunday, deputies said.",
    "The victim died Tuesday in a local hospital, two days after he was found on the porch of a vacant house.",
    # the wounds a death came of are no cause
    "A woman died of her injuries on Monday, a week after she was found in her apartment.",
]


@pytest.mark.parametrize("text", SOMEBODY_DID_IT)
def test_a_death_somebody_did_is_still_an_event(text):
    assert classify(text) is not None


def test_a_killing_told_with_its_place_only_is_left_to_the_other_rules():
    # "killed in the town of": a place, not a cause; the rule does not speak (the model still decides)
    from eventdesk.nlp.components.event_type.cues import _TOLD_CAUSE

    assert not _TOLD_CAUSE.search("Two civilians were killed in the town of Kerem on Sunday.")
    assert not _TOLD_CAUSE.search("A man was killed in the early hours of Saturday.")
    assert _TOLD_CAUSE.search("A man was killed in a rockslide on Saturday.")
