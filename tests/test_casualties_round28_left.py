"""Per-report killed / injured figures, round twenty-eight: the counting leftovers earlier rounds named and left.

``eval/counts_check37.jsonl`` holds 70 invented reports of the faults earlier rounds named: a death told without a
death verb ("had no pulse"), two persons of one verb, a person shot while checking on another who "has died", a hit on
a named child, an earlier killing told with its date, a headline that tells the body's persons again, surnames one
letter apart, a named wounded victim who "did not make it", a shot driver who crashed and died, "shot along with her
daughter, died", a blotter's located victim, the non-fatal "shooting of 3-year-old NAME", a boxer who died after a bout
and a fisherman drowned by robbers; beside near misses that keep their count.  The test below pins the scores this
round reached on it.  The focused tests use texts written for them, each a rule's positive case and its near miss; the
figure is the one the GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_thirty_seventh_check_set_scores(ledger):
    # both exact before this round: rules half 31 of 38, check half 22 of 32
    assert_pinned_halves(ledger, "37", rows=(38, 32), both=(RULES_BOTH, CHECK_BOTH))


def test_thirty_seventh_check_set_salt():
    assert_salted("37", "twenty-eighth-left28:", "c37-001")


# after the round's rules
RULES_BOTH = 38
CHECK_BOTH = 27  # 25 -> 27 with the thirty-fifth session's counting rounds


# -- "had no pulse": a death told without a word of death

@pytest.mark.parametrize("text, expected", [
    ("ERIE, Pa. - Officers called to a house on Cascade Street on Monday found a 45-year-old man with a gunshot wound "
     "to the chest. He was not breathing and had no pulse, police said.", (1, 0)),
    ("ERIE, Pa. - A 45-year-old man who was shot in a dispute over a parking space had no pulse when medics arrived "
     "on Cascade Street on Monday night, police said.", (1, 0)),
    # near misses: a pulse found again; "no pulse" of nobody hit
    ("ERIE, Pa. - Officers called to a house on Cascade Street on Monday found a 45-year-old man with a gunshot wound "
     "to the chest. He had no pulse until medics revived him, and he is in critical condition, police said.", (0, 1)),
    ("ERIE, Pa. - A 45-year-old man was shot in the arm on Cascade Street on Monday. A neighbor who had no pulse "
     "problems ran to help, police said.", (0, 1)),
])
def test_no_pulse(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "did not make it": of a verb joined to another, and of a name the parser hung on the dateline

@pytest.mark.parametrize("text, expected", [
    ("FLORENCE, S.C. - Deputies found Marla Quint, 41, with a gunshot wound outside a home on Irby Street on Friday. "
     "She was flown to a hospital in Columbia but did not make it, the coroner said.", (1, 0)),
    ("FLORENCE, S.C. - Tavis Rook, 22, who was shot in the back outside a gas station on Irby Street on Friday, "
     "didn't make it, his sister said Sunday.", (1, 0)),
    # near misses: "made it" to a hospital and lives; did not make it home (no death)
    ("FLORENCE, S.C. - Deputies found Marla Quint, 41, with a gunshot wound outside a home on Irby Street on Friday. "
     "She was flown to a hospital in Columbia and made it through surgery, the sheriff said.", (0, 1)),
    ("FLORENCE, S.C. - Tavis Rook, 22, was shot in the leg outside a gas station on Irby Street on Friday and "
     "did not make it home until Sunday, his sister said.", (0, 1)),
])
def test_did_not_make_it(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "shot along with her son, has died": one more hit, not one more dead

@pytest.mark.parametrize("text, expected", [
    ("DOTHAN, Ala. - A 58-year-old man who was shot along with his nephew outside a church on Oates Street last week "
     "died Tuesday, police said. His nephew, 20, is in stable condition.", (1, 1)),
    # near misses: the nephew died too; both dead in one word
    ("DOTHAN, Ala. - A 58-year-old man who was shot along with his nephew outside a church on Oates Street last week "
     "died Tuesday, police said. The nephew died Sunday.", (2, 0)),
    ("DOTHAN, Ala. - A 58-year-old man was found dead along with his nephew outside a church on Oates Street on "
     "Tuesday, police said. Both had been shot.", (2, 0)),
])
def test_shot_along_with(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a boxer as a person; a boxer's death after a collapse in the ring is no killing

@pytest.mark.parametrize("text, expected", [
    ("TUCSON, Ariz. - A 24-year-old boxer was shot and killed in the parking lot of a gym on Grant Road on Friday "
     "night, police said.", (1, 0)),
    ("TUCSON, Ariz. - A 24-year-old boxer died Saturday, a day after he collapsed following a 12-round title fight at "
     "a resort, his manager said.", (0, 0)),
    # near miss: a man who collapsed after being shot died of the shot
    ("TUCSON, Ariz. - A 24-year-old man was shot on Grant Road on Friday night and died after he collapsed on a "
     "neighbor's porch, police said.", (1, 0)),
])
def test_boxer(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "two men drowned a fisherman": a killing by hand done to a person is an incident with its dead

@pytest.mark.parametrize("text, expected, incident", [
    ("MORGAN CITY, La. - Two men drowned a fisherman after robbing him on a dock on Sunday, the St. Mary Parish "
     "Sheriff's Office said.", (1, 0), True),
    ("MORGAN CITY, La. - A man strangled his girlfriend in their camper on Sunday, the sheriff's office said.",
     (1, 0), True),
    # near misses: a drowning that befell; a flood that drowned cattle
    ("MORGAN CITY, La. - A 12-year-old boy drowned in the Atchafalaya River on Sunday while swimming with friends, "
     "the sheriff's office said.", (0, 0), False),
    ("MORGAN CITY, La. - Floodwater drowned 40 cattle on a farm near the river on Sunday, the parish said.",
     (0, 0), False),
])
def test_killed_by_hand(mentions_of, text, expected, incident):
    mentions = mentions_of(text)
    assert _figures(mentions) == expected
    assert bool(mentions) == incident
