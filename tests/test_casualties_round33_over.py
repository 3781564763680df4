"""Per-report killed / injured figures, round thirty-three (over-counts and claims where the gold has none: the
per-report pool under the salt ``thirty-third-doccounts33:``, whose readable half's over-counts were sorted into
kinds, and GVDB dev's): each rule's test written on reports made up for it, with a near miss that must keep its count.
``eval/counts_check54.jsonl`` holds 73 invented reports of the kinds a reading may over-count or claim where nobody
was hurt (another incident's figure told beside the report's own: an earlier shooting at the same place, a separate
shooting the same night, a retaliation, a roundup's other items; the same victims told by count, role, name and a
nested figure; incidents with no victim beside background deaths) beside near misses whose figures add up; the test
below pins the scores this round reached on it.  The figure is the one the GVDB suite scores
(``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_fifty_fourth_check_set_scores(ledger):
    # both exact before this round: rules half 32 of 37, check half 27 of 36
    assert_pinned_halves(ledger, "54", rows=(37, 36), both=(RULES_BOTH, CHECK_BOTH))


def test_fifty_fourth_check_set_salt():
    assert_salted("54", "thirty-third-over33:", "c54-001")


# after the round's rules
RULES_BOTH = 33
CHECK_BOTH = 27


# -- "was shot in what police believe was retaliation for Sunday's shooting, in which two brothers were killed": a
#    hit told in a clause on the act that the reported one answers (retaliation, revenge, reprisal for it; avenging
#    it) is that earlier act's, another incident (read as two more dead, which took the wounded man in as one of them)

@pytest.mark.parametrize("text, expected", [
    ("DAYTON, Ohio - A 30-year-old man was shot in the leg on Salem Avenue on Tuesday in what police believe was "
     "retaliation for Sunday's shooting on Hoover Avenue, in which two brothers were killed.", (0, 1)),
    ("DAYTON, Ohio - A 20-year-old man was shot and wounded Sunday in what police called retaliation for a shooting "
     "that killed two men last week.", (0, 1)),
    ("DAYTON, Ohio - A 19-year-old man was shot in the arm on Friday. Police said the shooting was payback for a "
     "shooting on Third Street that wounded three men.", (0, 1)),
    ("DAYTON, Ohio - Prosecutors said the killing of Dwayne Pike was retaliation for a shooting in which two of his "
     "cousins were wounded.", (1, 0)),
])
def test_a_hit_of_the_act_answered_is_another_incident(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: the report's own dead, shot in retaliation; the report's own hit told in a clause on it
    ("DAYTON, Ohio - Two men were shot and killed Sunday in retaliation for a robbery, police said.", (2, 0)),
    ("DAYTON, Ohio - The killing of a man on Salem Avenue on Tuesday, in which two brothers were also wounded, was "
     "retaliation for a fight, police said.", (1, 2)),
])
def test_the_reported_hit_done_in_retaliation_keeps_its_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "the names of two students killed in a traffic accident", "was injured ... after a one-vehicle accident": a death
#    or a hurt in an accident of the road is no shooting's (read as more dead, or as one more hurt from a brief)

@pytest.mark.parametrize("text, expected", [
    ("HICKORY, N.C. - A 15-year-old boy was shot and killed Friday night when a rifle went off in a truck. Students "
     "painted the names of two classmates killed in a traffic accident on the school's rock.", (1, 0)),
    ("SPRINGFIELD, Ill. - A 17-year-old boy was shot in the leg Wednesday. In other news, one man was injured about "
     "noon Wednesday after a one-vehicle accident on Franklin Road.", (0, 1)),
])
def test_a_hurt_in_a_road_accident_is_no_shooting(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: shot, and then crashed; an accidental shooting told as "an accident"
    ("SPRINGFIELD, Ill. - A man was shot while driving on Elm Street and crashed into a pole. He died at the scene.",
     (1, 0)),
    ("SPRINGFIELD, Ill. - A 12-year-old boy was shot in the arm in an accident at his home on Elm Street on Sunday, "
     "police said.", (0, 1)),
])
def test_a_shot_beside_a_crash_or_an_accident_keeps_its_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "Police arrested a 19-year-old man Tuesday in the death of a woman": the person the police arrested is the
#    suspect, and the death told after him, the crime he is held in, is another's (read as the arrested man dead, one
#    more beside the woman; the passive "a man was arrested in the death of" was read right)

@pytest.mark.parametrize("text", [
    "STOCKTON, Calif. - Police arrested a 19-year-old man Tuesday in the death of a woman who was shot on Madrid "
    "Drive last week.",
    "STOCKTON, Calif. - Police arrested a 19-year-old man Tuesday in the shooting death of a woman on Madrid Drive.",
    "STOCKTON, Calif. - Deputies arrested a 30-year-old woman in connection with the shooting death of her husband on "
    "Sunday.",
])
def test_the_arrested_is_not_the_dead_of_the_crime(mentions_of, text):
    assert _figures(mentions_of(text)) == (1, 0)


def test_the_dead_of_the_crime_beside_the_arrested_keep_their_count(mentions_of):
    # near miss: the crime's two dead, one told in the arrest's sentence and one after it, are both counted
    text = ("STOCKTON, Calif. - Police arrested a 19-year-old man Tuesday in the death of a woman on Madrid Drive. The "
            "woman's 20-year-old son was also shot and killed.")
    assert _figures(mentions_of(text)) == (2, 0)
