"""Per-report killed / injured figures, round sixteen: victims told as "another", "the other", a second man or a
description, and one victim told twice.

``eval/counts_check14.jsonl`` holds 112 invented reports whose victims are told by "another", "the other", "a second
man" or a description ("a 25-year-old man"): one victim told by number, then described, then named; "one died, the
other was taken to the hospital"; another man who is the shooter, a witness or unhurt; described victims of earlier
shootings; beside plain pairs.  The test below pins the scores this round reached on it.  The focused tests use
sentences written for them, each a rule's positive case and its near miss.  The figure is the one the GVDB suite
scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import check_set_scores, figures as _figures


def test_fourteenth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "14", rows=112)
    # both exact before this round: rules half 57 of 66, check half 38 of 46
    assert scores["rules"]["rows"] == 66 and scores["check"]["rows"] == 46
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


# after the round's rules (both halves rose with the seventeenth round's leftovers: 61 -> 63, 42 -> 44; the rules half
# 63 -> 65 with round loose19's hits; 65 -> 66 with round inv21's invariance fixes)
RULES_BOTH = 66
CHECK_BOTH = 46  # 44 -> 46 with the twenty-fifth session's rounds


# -- a uniformed person told without a name is one of the civilians the report names, not one more

def test_a_nameless_guard_is_the_person_named_apart(mentions_of):
    text = ("The coroner's office on Thursday said the shooting death of a security guard this week at a strip mall in "
            "Lakeview was an accident. Daniel Okafor, 24, was found with a gunshot wound to the head in a car parked at "
            "the strip mall on Monday night, a sheriff's spokeswoman said. He was pronounced dead at the scene.")
    assert _figures(mentions_of(text)) == (1, 0)


@pytest.mark.parametrize("text", [
    # told in one sentence: two persons
    "A sheriff's deputy was shot and killed on Monday night, and Daniel Okafor, 24, a bystander, was also killed, "
    "a sheriff's spokeswoman said.",
    # the named one told as one more
    "A sheriff's deputy was shot and killed on Monday night at a traffic stop, a sheriff's spokeswoman said. "
    "Daniel Okafor, 24, who was walking by, was also killed.",
])
def test_a_nameless_deputy_beside_a_named_one_more_stays_apart(mentions_of, text):
    assert _figures(mentions_of(text)) == (2, 0)


# -- a name before an acronym: "gave Pettway CPR" is Pettway, not a person named CPR

def test_a_name_before_an_acronym_is_no_first_name(nlp):
    from eventdesk.nlp.victims.names import _name_pairs

    assert "pettway" not in _name_pairs(nlp("An officer and then paramedics gave Pettway CPR, but he died at the scene."))
    # an all-capital full name is still one
    assert _name_pairs(nlp("JOHN PETTWAY was shot on Saturday."))["john"] == "pettway"


def test_the_victim_given_cpr_is_counted_once(mentions_of):
    text = ("Tristan Cole, 18, has been charged with murder in the death of Eric Pettway, also 18. Police arrived at a home "
            "on Skyline Drive on Saturday and found Pettway lying in the road with a gunshot wound to the chest. An "
            "officer and then paramedics gave Pettway CPR, but he died at the scene.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_second_victim_beside_the_one_given_cpr_is_counted(mentions_of):
    text = ("Tristan Cole, 18, has been charged with murder in the death of Eric Pettway, also 18. Police arrived at a home "
            "on Skyline Drive on Saturday and found Pettway lying in the road with a gunshot wound to the chest. "
            "Paramedics gave Pettway CPR, but he died at the scene. Cole's brother Lamar Cole, 20, was also shot and "
            "died on Sunday.")
    assert _figures(mentions_of(text)) == (2, 0)


# -- a name right after a dateline's dash is the subject, not the dateline's town

@pytest.mark.parametrize("text", [
    "TOPEKA, Kan. — Dustin Hale, 25, was shot and killed Tuesday outside his home on Elm Street, police said.",
    "SPOKANE, Wash. — Tyrell Ambrose, 49, was shot to death outside a convenience store on Tuesday, police said.",
])
def test_a_name_after_a_dateline_is_the_victim(mentions_of, text):
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_dateline_town_alone_is_nobody_hurt(mentions_of):
    # the town is no person: with no one hurt after the dash, no victim is made of it
    text = "TOPEKA, Kan. — Police were called to a home on Elm Street on Tuesday after shots were fired, police said."
    assert _figures(mentions_of(text)) == (0, 0)


# -- "One of them, <name>, died": the part named in apposition is who died

def test_one_of_them_named_in_apposition_died(mentions_of):
    text = ("Two men were shot on Saturday night outside a house on Garfield Road, police said. One of them, Dante "
            "Colquitt, 44, died at the hospital.")
    assert _figures(mentions_of(text)) == (1, 1)


def test_one_of_them_named_and_another_named_dead_stays_two(mentions_of):
    # near miss: a second man named apart as dead is one more, not the part
    text = ("Two men were shot on Saturday night outside a house on Garfield Road, police said. One of them, Dante "
            "Colquitt, 44, died at the hospital. The other, Reggie Mabry, 30, died at the scene.")
    assert _figures(mentions_of(text)) == (2, 0)
