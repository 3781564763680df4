"""Per-report killed / injured figures, round thirteen: a victim's state, told as it changes or in passing.

``eval/counts_check5.jsonl`` holds invented shooting reports whose victims were shot and later died, were
pronounced dead at a hospital, were in critical condition and then died, or were hurt but not shot; the test below
pins the scores this round reached on it.  The focused tests use sentences written for them, each a rule's positive
case and its near miss.  The figure is the one the GVDB suite scores: ``eval.common.report_casualties`` over
victims only."""

from __future__ import annotations

import pytest

from .tolls import check_set_scores, figures as _figures


def _report(mentions_of, text):
    return _figures(mentions_of(text))


def test_fifth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "5", rows=102)
    # both exact before this round: rules half 48 of 56, check half 37 of 46
    assert scores["rules"]["rows"] == 56 and scores["check"]["rows"] == 46
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


# (rules 51 until round eighteen's ordinal before a death: "a second man wounded ... has died")
RULES_BOTH = 52
CHECK_BOTH = 41  # 40 -> 41 with the twenty-seventh session's rounds; 38 -> 40 with the twenty-fifth session's rounds


@pytest.mark.parametrize("text, expected", [
    # the death stated by "pronounced dead" / "declared dead", joined to the hit
    ("A man was shot on Ferris Street late Monday and was pronounced dead at the scene, police said.", (1, 0)),
    ("A 17-year-old boy was shot in the neck on Tuesday and was declared dead at Mercy Hospital shortly after.", (1, 0)),
    ("A woman was found shot inside a car on Dale Road and was pronounced dead a short time later.", (1, 0)),
])
def test_shot_and_pronounced_dead(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: the hit alone, or a death that has its own subject
    ("A man was shot on Ferris Street late Monday and was taken to Mercy Hospital, police said.", (0, 1)),
    ("A man was found shot on Dale Road and was listed in stable condition, police said.", (0, 1)),
    ("A man was shot on Ferris Street late Monday and was declared out of danger on Tuesday.", (0, 1)),
])
def test_shot_and_pronounced_dead_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a condition told in a clause on the subject of "died": the same person died
    ("A man who had been in critical condition since he was shot on Friday died Tuesday at Regional Hospital.", (1, 0)),
    ("A woman who was in grave condition after the shooting on Kemp Street died on Sunday.", (1, 0)),
])
def test_in_condition_then_died(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: the condition holds, nobody died
    ("A man who had been in critical condition since he was shot on Friday is now stable, police said.", (0, 1)),
    ("A teenager who was shot on Kemp Street remains in serious condition, police said.", (0, 1)),
])
def test_in_condition_then_died_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a wound suffered (or a person wounded) and a death joined to it: the same subject died
    ("A man suffered a gunshot wound to the neck on Orchard Road Friday and died at County Hospital.", (1, 0)),
    ("A woman was wounded outside a laundromat on Friday and died two days later, police said.", (1, 0)),
])
def test_wound_and_died(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: the wound alone, or "nearly died"
    ("A man suffered a gunshot wound to the neck on Orchard Road Friday and was taken to County Hospital.", (0, 1)),
    ("A woman was wounded outside a laundromat on Friday and nearly died, police said.", (0, 1)),
])
def test_wound_and_died_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an attempt told in a clause of its own is not the death's
    ("A man was shot on Orchard Road Friday. Life-saving measures were attempted but he died at the scene.", (1, 0)),
    ("A man was shot on Orchard Road Friday. CPR was attempted but he died minutes later.", (1, 0)),
])
def test_attempt_in_a_clause_of_its_own(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: an attempt on the trigger itself stays no death
    ("Police said the man attempted to kill his neighbor on Orchard Road Friday.", (0, 0)),
    ("A man was charged Friday with attempted murder after a fight on Orchard Road.", (0, 0)),
])
def test_attempt_in_a_clause_of_its_own_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hurt of the chase, the arrest or a crash is not the shooting's
    ("A man was shot in the arm on Vine Street Friday. An officer hurt his hand while chasing the suspect.", (0, 1)),
    ("A man was shot and killed Friday on Vine Street. A deputy was injured in a crash while responding to the call.",
     (1, 0)),
    ("A teen was shot in the shoulder on Vine Street Friday. Two officers were hurt during the arrest of the suspect.",
     (0, 1)),
])
def test_hurt_in_a_mishap(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: a hit by gunfire in the chase is a hit
    ("A teen was shot on Vine Street on Friday. An officer was shot in the hand while chasing the suspect.", (0, 2)),
    ("A deputy was injured by gunfire during the chase on Vine Street, the sheriff said.", (0, 1)),
])
def test_hurt_in_a_mishap_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.fixture
def ledger(nlp, gazetteer):
    from eventdesk import Ledger

    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        yield led


# --- "shot at": a miss when fired at a target, a hit when a passive says where (thirteenth session) ---

@pytest.mark.parametrize("text, figures", [
    # a passive's "at" phrase says where the persons were hit, whatever the place is called
    ("Four people were shot at a cookout on Sunday, police said.", (0, 4)),
    ("Three men were shot at a barbecue in the park late Saturday.", (0, 3)),
    ("Two women were shot at a baby shower on Friday night.", (0, 2)),
])
def test_a_passive_shot_at_a_place_is_a_hit(killed_wounded, text, figures):
    assert killed_wounded(text) == figures


@pytest.mark.parametrize("text", [
    "Two officers were shot at while they sat in a patrol car, but neither was hit.",
    "The officers were shot at by a man in a passing truck.",
    "Someone shot at a car on Elm Street late Friday.",
    "His truck was shot at a dozen times, police said.",
])
def test_shots_fired_at_a_target_hit_nobody(killed_wounded, text):
    assert killed_wounded(text) == (0, 0)
