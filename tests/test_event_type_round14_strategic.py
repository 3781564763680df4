"""Event type, fourteenth round, pass on the strategic developments: a curfew or an emergency told with its hours or
place between, a ban on a group whose name has hyphens, the model's unsure "no event" that no longer vetoes a curfew
or ban named in so many words, forces deployed (in the passive, or ahead of a demonstration still to come), and a place
that changes hands with nobody fighting for it (turned over, ceded, taken once its holders left); and news set 6's
counts per half after the pass."""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.event_type import classify

from .news_sets import hits_per_half, news_set_path

_CHANGE = ("Strategic developments", "Change to group/activity")
_CEDED = ("Strategic developments", "Non-violent transfer of territory")
_OVERTAKEN = ("Battles", "Non-state actor overtakes territory")
_PEACEFUL = ("Protests", "Peaceful protest")
_ATTACK = ("Violence against civilians", "Attack")


# -- a curfew, an emergency or a ban -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A curfew from dusk to dawn has been imposed in three towns of the district, officials said.",
    "A curfew in the old city was extended by another week, the police commissioner said.",
    "A night curfew from 9 pm until 5 am was enforced in the border villages on Saturday.",
    "The president declared a state of emergency nationwide, granting the army powers to detain suspects.",
])
def test_a_curfew_or_emergency_imposed_is_a_change_to_the_activity(text):
    assert classify(text) == _CHANGE


@pytest.mark.parametrize("text", [
    "The governor declared a state of emergency after floods swept through the valley.",
    "A state of emergency was declared in the province after the cyclone destroyed thousands of homes.",
    "The curfew that had been in place since March was discussed by the council on Monday.",
])
def test_an_emergency_over_a_disaster_or_a_curfew_talked_of_is_no_event(text):
    assert classify(text) is None


# -- forces deployed ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Extra police officers have been deployed around the parliament building, a spokesman said.",
    "Riot police were deployed in the capital ahead of a planned opposition march on Friday.",
    "Several hundred gendarmes were dispatched to the mining town in anticipation of protests by unpaid workers.",
])
def test_forces_deployed_with_nobody_fighting_are_a_change_to_the_activity(text):
    assert classify(text) == _CHANGE


def test_forces_deployed_as_demonstrators_march_leave_the_demonstration():
    assert classify("Police were deployed as thousands of protesters marched to parliament demanding the minister's "
                    "resignation.") == _PEACEFUL


def test_forces_deployed_after_a_killing_leave_the_killing():
    assert classify("Police were deployed to the scene after a gunman shot dead two people at a bar.") == _ATTACK


# -- a place that changes hands without a fight ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Rebel fighters took control of the checkpoint after the police had abandoned it, a local chief said.",
    "The insurgents moved into the border post after the guards had vacated it, officials said.",
    "The militia ceded the hilltop town of Bora to the provincial authorities this week.",
])
def test_a_place_taken_unopposed_is_a_non_violent_transfer(text):
    assert classify(text) == _CEDED


@pytest.mark.parametrize("text", [
    "Militants seized the town after soldiers abandoned their positions, residents said.",
    "Insurgents captured the district centre after government troops fled, officials said.",
])
def test_a_place_seized_or_captured_stays_taken_by_force(text):
    assert classify(text) == _OVERTAKEN


def test_a_suspect_turned_over_is_no_transfer_of_territory():
    assert classify("The suspect was turned over to the police by villagers on Monday.") != _CEDED


# -- news set 6 ----------------------------------------------------------------------------------------------------------

def test_news_set_6_counts_per_half_after_the_strategic_pass():
    """98 of 103 rows in half A and 78 of 85 in half B (before this pass: 92 and 78)."""
    assert hits_per_half(news_set_path(6), "fourteenth-strat14:") == {"A": 98, "B": 78}
