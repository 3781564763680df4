"""Per-report killed / injured figures, round sixteen: reports with several victims.

``eval/counts_check12.jsonl`` holds 120 invented reports with several victims (totals with "fatally", families shot
by a man who then shot himself, named victims with mixed outcomes, tolls that rose, shootouts, sprees, court
retellings); the test below pins the scores this round reached on it.  The focused tests use sentences written for
them, each a rule's positive case and its near miss.  The figure is the one the GVDB suite scores:
``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import check_set_scores, figures as _figures


def test_twelfth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "12", rows=120)
    # both exact before this round: rules half 42 of 65, check half 35 of 55
    assert scores["rules"]["rows"] == 65 and scores["check"]["rows"] == 55
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


# after the round's rules (53 and 46 with round multi20's victims summed across sentences)
RULES_BOTH = 53
CHECK_BOTH = 46


# -- a count that is the object of a relative clause's trigger verb takes that verb, not the main verb after it

@pytest.mark.parametrize("text, expected", [
    ("HARTFORD, Conn. — A gunman who wounded two police officers on Maple Avenue Friday was shot and killed by "
     "officers, authorities said.", (0, 2)),
    ("HARTFORD, Conn. — A gunman who wounded two police officers and two bystanders on Maple Avenue Friday was shot "
     "and killed by officers, authorities said.", (0, 4)),
])
def test_the_object_of_a_relative_clause_takes_its_verb(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the count is the clause's subject: the main verb is theirs
    ("HARTFORD, Conn. — Two police officers who chased a gunman on Maple Avenue Friday were shot and killed, "
     "authorities said.", (2, 0)),
])
def test_the_subject_of_a_relative_clause_keeps_the_main_verb(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "one of the wounded" who died, told past an appositive of a name and an age

@pytest.mark.parametrize("text, expected", [
    ("Three people were wounded in a shooting on Oak Street on Friday. One of the wounded, Dana Pruitt, 36, died "
     "Monday, police said.", (1, 2)),
    # the plain form, handled before
    ("Three people were wounded in a shooting on Oak Street on Friday. One of the wounded died Monday, police said.",
     (1, 2)),
])
def test_one_of_the_wounded_named_who_died(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # released, not dead
    ("Three people were wounded in a shooting on Oak Street on Friday. One of the wounded, Dana Pruitt, 36, was "
     "released Monday, police said.", (0, 3)),
])
def test_one_of_the_wounded_named_who_lives(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- the hit told as those left beside the dead, or as one more than they, holds none of the dead

@pytest.mark.parametrize("text, expected", [
    ("PEORIA, Ill. — One more victim of the Oak Street block party shooting died Monday, bringing the number of dead "
     "to two, police said.\nThe remaining four victims are still hospitalized, police said.", (2, 4)),
    # (five dead since round twenty: GVDB counts the gunman of a murder-suicide, eval.common)
    ("DAYTON, Ohio — A man shot and killed his wife and three children inside their home on Garfield Boulevard on "
     "Monday before turning the gun on himself, police said.\nA 10-year-old girl who was also shot escaped to a "
     "neighbor's house and was taken to Memorial Hospital in serious condition.", (5, 1)),
])
def test_the_hit_told_beside_the_dead(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # without "remaining" the hospitalized may be the hit, the dead among them
    ("PEORIA, Ill. — One more victim of the Oak Street block party shooting died Monday, bringing the number of dead "
     "to two, police said.\nFour victims are still hospitalized, police said.", (2, 2)),
    # "also" with no hit after it adds nobody
    ("DAYTON, Ohio — A man shot and killed his wife and three children inside their home on Garfield Boulevard on "
     "Monday before turning the gun on himself, police said.\nA 10-year-old girl who was also at home escaped to a "
     "neighbor's house and was not hurt.", (5, 0)),
])
def test_the_hit_not_told_beside_the_dead(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a person told before a count whose possessive points back at her is one more of the count

@pytest.mark.parametrize("text, expected", [
    ("AKRON, Ohio — A woman and her two sons were shot Sunday inside their home on Oak Street, police said.", (0, 3)),
    ("AKRON, Ohio — Police say a gunman killed a woman and her three children on Oak Street Sunday.", (4, 0)),
    ("AKRON, Ohio — A woman and her two sons were shot Sunday inside their home on Oak Street, police said. The woman "
     "died Monday. Her sons are expected to recover.", (1, 2)),
])
def test_a_person_and_her_counted_kin(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the person only speaks of the count
    ("AKRON, Ohio — A woman said her two sons were shot Sunday on Oak Street.", (0, 2)),
    # no person joined: the counted are not persons
    ("AKRON, Ohio — A neighbor and her two dogs were hurt Sunday when a gunman fired on Oak Street.", (0, 1)),
])
def test_no_person_joined_to_the_counted_kin(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
