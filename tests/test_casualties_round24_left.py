"""Per-report killed / injured figures, round twenty-four: the leftovers earlier rounds named and left.

``eval/counts_check29.jsonl`` holds 70 invented short reports (a third with their paragraphs run together) of the
faults earlier rounds named: a person, his apposition and a relative ("a man, a 24-year-old father of two, and his
wife"), relatives of one sex coordinated, a person told twice by a role ("a deputy working security"), a
murder-suicide whose second body is found later, photo credits, bylines and captions, reported speech without
"that", and an intruder shot by a homeowner whose wife was unhurt; beside near misses that keep their count.  The
test below pins the scores this round reached on it.  The focused tests use texts written for them, each a rule's
positive case and its near miss; the figure is the one the GVDB suite scores (``eval.common.report_casualties`` over
victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_twenty_ninth_check_set_scores(ledger):
    # both exact before this round: rules half 28 of 37, check half 23 of 33
    assert_pinned_halves(ledger, "29", rows=(37, 33), both=(RULES_BOTH, CHECK_BOTH))


def test_twenty_ninth_check_set_salt():
    assert_salted("29", "twenty-fourth-left24:", "c29-001")


# after the round's rules (rules half 28 -> 33, check half 23 -> 28)
RULES_BOTH = 33
CHECK_BOTH = 29  # 28 -> 29 with the twenty-fourth session's rounds


# -- a person, his apposition, and a relative joined after it

@pytest.mark.parametrize("text, expected", [
    ("KENT, Ohio - A man, a 24-year-old father of two, and his wife were shot outside their home on Tuesday, police "
     "said.", (0, 2)),
    ("KENT, Ohio - A woman, a 31-year-old nurse, and her boyfriend were killed outside their home on Tuesday, police "
     "said.", (2, 0)),
    # near misses: the apposition renames the one man; no "and" joins another to him
    ("KENT, Ohio - A man, a 24-year-old father of two, was shot outside his home on Tuesday, police said.", (0, 1)),
    ("KENT, Ohio - A man, a 24-year-old father of two, was shot outside his home on Tuesday, and his wife called "
     "911, police said.", (0, 1)),
])
def test_a_person_before_his_apposition_and_a_relative(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "a deputy working security": the deputy, told once

@pytest.mark.parametrize("text, expected", [
    ("FLORENCE, S.C. - A sheriff's deputy working security at a high school basketball game was shot in the arm "
     "Friday night, deputies said. The deputy was treated and released.", (0, 1)),
    # near miss: security is no person where nobody works it
    ("FLORENCE, S.C. - Security at the game was tight after a sheriff's deputy was shot in the arm in the parking lot "
     "on Friday night, deputies said. The deputy was treated and released.", (0, 1)),
])
def test_a_deputy_working_security_is_one(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- the shooter who shot another, found dead later by his own hand ("him"), is one more than the one he shot

@pytest.mark.parametrize("text, expected", [
    ("YORK, Pa. - A man shot and wounded his wife at their home on Monday, police said. Hours later, officers found "
     "him dead of a self-inflicted wound. The woman was in serious condition.", (1, 1)),
    # near misses: he was found and arrested; a suicide with nobody else hit; the man found dead is one of the two
    # told before
    ("YORK, Pa. - A man shot and wounded his wife at their home on Monday, police said. Hours later, officers found "
     "him hiding in a shed and arrested him. The woman was in serious condition.", (0, 1)),
    ("YORK, Pa. - A man was found dead of a self-inflicted gunshot wound on Monday, police said.", (1, 0)),
    ("YORK, Pa. - Police found a woman and a man dead in a home on Monday. The man had died of a self-inflicted "
     "gunshot wound, police said.", (2, 0)),
])
def test_the_shooter_found_dead_by_his_own_hand_later(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- an intruder shot by the homeowner is a person shot; the homeowner's wife unhurt is none

@pytest.mark.parametrize("text, expected", [
    ("OCALA, Fla. - A man shot and killed a burglar who kicked in the back door of his home on Sunday night, police "
     "said. His wife, who called 911, was unharmed.", (1, 0)),
    ("JOPLIN, Mo. - A homeowner shot an intruder who broke into his house on Main Street late Friday, police said. The "
     "intruder was taken to a hospital in critical condition. The homeowner's wife was not hurt.", (0, 1)),
    # near misses: the homeowner missed; a suspect the clerk did not hit
    ("FARGO, N.D. - A homeowner fired at an intruder who broke into his house early Monday, but missed, and the man "
     "fled, police said. The homeowner's wife was not hurt.", (0, 0)),
    ("FARGO, N.D. - A burglar broke into a home on 12th Avenue early Monday and fled with a television, police said. "
     "The homeowner's wife was not hurt.", (0, 0)),
])
def test_an_intruder_shot_by_the_homeowner(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
