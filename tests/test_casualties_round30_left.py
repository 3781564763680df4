"""Per-report killed / injured figures, round thirty: the counting leftovers earlier rounds named and left.

``eval/counts_check43.jsonl`` holds 74 invented reports of the faults earlier rounds named and left: a suspect
told killed and named dead later, "he was gone already", "struck several times ... and who had no pulse", pellets,
"found the injured boy and two injured friends", "shot his son and then himself. The father died. The boy survived",
"shot the boy in front of two friends", a fatal shooting beside two men shot in the legs, station names and photo
credits, vigils and fundraisers, a bouncer grazed, attempted-murder charges with no hit, corrected tolls and all-caps
transcripts; beside near misses that keep their count.  The test below pins the scores this round reached on it.
The focused tests use texts written for them, each a rule's positive case and its near miss; the figure is the one
the GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_forty_third_check_set_scores(ledger):
    # both exact before this round: rules half 26 of 34, check half 32 of 40
    assert_pinned_halves(ledger, "43", rows=(34, 40), both=(RULES_BOTH, CHECK_BOTH))


def test_forty_third_check_set_salt():
    assert_salted("43", "thirtieth-left30:", "c43-001")


# after the round's rules
RULES_BOTH = 34
CHECK_BOTH = 37  # 36 -> 37 with the thirty-first session's rounds


# -- "in front of two friends": those who saw it

@pytest.mark.parametrize("text, expected", [
    ("NEWARK, N.J. - A man walked up to a 13-year-old boy on Clinton Avenue on Thursday and shot the boy in front of "
     "two friends, police said. The boy was hit in the leg.", (0, 1)),
    ("CAMDEN, N.J. - A 17-year-old was shot and killed in front of his three younger brothers outside their home on "
     "Thursday night, authorities said.", (1, 0)),
    ("COLUMBUS, Ohio - A man was shot and wounded in front of dozens of people at a park on Sunday afternoon.", (0, 1)),
    # near misses: the friends shot too; a count before "in front of"
    ("NEWARK, N.J. - A man walked up to a 13-year-old boy and two friends on Clinton Avenue on Thursday and shot all "
     "three, police said.", (0, 3)),
    ("COLUMBUS, Ohio - Two men were shot in front of a bar on Sunday afternoon, police said.", (0, 2)),
])
def test_in_front_of(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a second "who" clause of the person hit: "struck several times ..., and who had no pulse"

@pytest.mark.parametrize("text, expected", [
    ("CHATTANOOGA, Tenn. -- Officers responding to a report of shots fired at a laundromat on Sunday night found a "
     "34-year-old man who had been struck several times in the chest and back, and who had no pulse, according to a "
     "police report.", (1, 0)),
    # near miss: a pulse
    ("CHATTANOOGA, Tenn. -- Officers responding to a report of shots fired at a laundromat on Sunday night found a "
     "34-year-old man who had been struck several times in the chest and back, and who had a pulse, according to a "
     "police report.", (0, 1)),
])
def test_who_had_no_pulse(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "shot his son and then himself. The father died. The boy survived."

@pytest.mark.parametrize("text, expected", [
    ("TOPEKA, Kan. - Police say a man shot his son and then himself inside their home on Sunday. The father died. The "
     "boy survived and is in serious condition.", (1, 1)),
    ("TOPEKA, Kan. - Police say a man shot his son and then himself inside their home on Sunday. The father died. The "
     "boy died later at a hospital.", (2, 0)),
    # near misses: both died; the one shot told dead, the father not told again; no "himself"
    ("BILLINGS, Mont. - Police say a man shot his young son and then himself at their home on Monday. Both died.",
     (2, 0)),
    ("TOPEKA, Kan. - A man shot his son and then himself on Sunday. The boy died.", (1, 0)),
    ("TOPEKA, Kan. - Police say a man shot his son inside their home on Sunday. The boy survived and is in serious "
     "condition. The father was arrested.", (0, 1)),
])
def test_the_shooter_by_his_tie(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a clause after a semicolon is no part of the first account before it

@pytest.mark.parametrize("text, expected", [
    ("WICHITA, Kan. - Police on Sunday corrected the toll of a shooting at a park. Officers had said four people "
     "died; only one person died, and three others were wounded.", (1, 3)),
    # near miss: the first account alone, corrected in the next sentence
    ("WICHITA, Kan. - Officers had said four people died in a shooting at a park. One person died, and three others "
     "were wounded.", (1, 3)),
])
def test_after_a_semicolon(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "he was gone by the time medics arrived", "she was already gone" in a quote

@pytest.mark.parametrize("text, expected", [
    ("SHREVEPORT, La. - A neighbor says he tried CPR on a man shot in a driveway on Jewella Avenue on Monday, but he "
     "was gone by the time medics arrived.", (1, 0)),
    ("JACKSON, Miss. -- A woman was shot inside a car on Northside Drive late Thursday, police said. \"She was already "
     "gone,\" her friend said.", (1, 0)),
    # near misses: the gunman gone; "he" gone when the police came; gone from work
    ("KANSAS CITY, Mo. - A man was shot in the leg on Prospect Avenue on Saturday night, police said. The gunman was "
     "gone by the time medics arrived.", (0, 1)),
    ("DAYTON, Ohio - A man shot a clerk in the arm on Main Street on Sunday, police said. He was already gone when "
     "officers arrived, a witness said.", (0, 1)),
    ("JACKSON, Miss. -- A store clerk was shot in the hand during a robbery late Thursday. He was gone from work for a "
     "week, his manager said.", (0, 1)),
])
def test_gone(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a clerk and a customer, told in sentences of their own, are two

@pytest.mark.parametrize("text, expected", [
    ("FRESNO, Calif. - A store clerk was critically wounded during a robbery on Blackstone Avenue on Friday night. A "
     "customer was grazed by a bullet, police said.", (0, 2)),
    # near misses: the clerk told twice; one customer told twice
    ("FRESNO, Calif. - A store clerk was wounded during a robbery on Blackstone Avenue on Friday night. A 45-year-old "
     "man, the clerk was taken to a hospital.", (0, 1)),
    ("FRESNO, Calif. - A customer was wounded during a robbery on Blackstone Avenue on Friday night. A customer later "
     "said the robber wore a mask.", (0, 1)),
])
def test_a_clerk_and_a_customer(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
