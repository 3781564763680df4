"""Per-report killed / injured figures, round twenty-nine: the counting leftovers earlier rounds named and left.

``eval/counts_check40.jsonl`` holds 70 invented reports of the faults earlier rounds named: a death told without a
death verb ("had no pulse" after a long subject; "he was gone already" is left: its rule cost the SemEval pool's
scored half a document), a described person coordinated with a counted
group, persons found beside the victim ("found the injured boy and two friends"), hits by birdshot, pellets and
buckshot, "shot his young son and then himself. Both died.", a blotter's one-vehicle accident, pistol-whipped victims,
a glued title "X shot by man who fled" over a body that tells a miss, a boxer dog and "a volunteer firefighter was
killed and another was wounded"; beside near misses that keep their count.  The test below pins the scores this round
reached on it.  The focused tests use texts written for them, each a rule's positive case and its near miss; the figure
is the one the GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import datetime as dt

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_fortieth_check_set_scores(ledger):
    # both exact before this round: rules half 20 of 36, check half 23 of 34
    assert_pinned_halves(ledger, "40", rows=(36, 34), both=(RULES_BOTH, CHECK_BOTH))


def test_fortieth_check_set_salt():
    assert_salted("40", "twenty-ninth-left29:", "c40-001")


# after the round's rules
RULES_BOTH = 30
CHECK_BOTH = 29


# -- "had no pulse" after a participle the person's own, and "the male had no pulse" in the sentence after

@pytest.mark.parametrize("text, expected", [
    ("MEMPHIS, Tenn. -- A woman wounded in a drive-by shooting on Lamar Avenue had no pulse when paramedics reached "
     "her Saturday night, according to police.", (1, 0)),
    ("PINE BLUFF, Ark. - Officers located an adult male lying in a yard on Cherry Street with an apparent gunshot wound "
     "to the back. The male had no pulse. The investigation is ongoing.", (1, 0)),
    # near misses: a pulse restored; a wounded man with a strong pulse
    ("MEMPHIS, Tenn. -- A woman wounded in a drive-by shooting on Lamar Avenue had no pulse when paramedics reached "
     "her, but they revived her, and she is in critical condition, police said.", (0, 1)),
    ("PINE BLUFF, Ark. - Officers located an adult male lying in a yard on Cherry Street with an apparent gunshot wound "
     "to the arm. The male was alert and had a strong pulse.", (0, 1)),
])
def test_no_pulse(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "found the injured boy and two friends": the friends were with him, not hurt

@pytest.mark.parametrize("text, expected", [
    ("WACO, Texas - Officers found the injured boy and two friends who had called 911 in an alley off Elm Avenue on "
     "Saturday night. The 15-year-old had been shot in the shoulder, police said.", (0, 1)),
    ("BATON ROUGE, La. - Police arrived to find the wounded teen and three friends in a breezeway on Sunday evening. "
     "The 17-year-old had a gunshot wound to the leg.", (0, 1)),
])
def test_found_with_friends(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "wounded a 15-year-old boy and two of his friends": the person before the count is one more

@pytest.mark.parametrize("text, expected", [
    ("ROCKFORD, Ill. - A gunman wounded a 15-year-old boy and two of his friends outside a recreation center on "
     "Wednesday night, police said.", (0, 3)),
    ("ROCKFORD, Ill. - Someone fired into an SUV on Sunday, wounding the driver and three passengers, police said.",
     (0, 4)),
    ("ROCKFORD, Ill. - A man shot a 29-year-old woman and two of her cousins at a cookout on Sunday. One of the cousins "
     "died at the scene.", (1, 2)),
    # near misses: friends who ran or were not hurt; a shooter joined to his accomplices
    ("ROCKFORD, Ill. - A gunman wounded the boy as two friends ran for cover outside a recreation center on Wednesday "
     "night, police said.", (0, 1)),
    ("ROCKFORD, Ill. - A gunman wounded a 15-year-old boy, and two friends who were with him were not hurt, police "
     "said.", (0, 1)),
    ("ROCKFORD, Ill. - Police arrested the gunman and two accomplices after a man was wounded on Wednesday night.",
     (0, 1)),
])
def test_object_joined_to_a_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- birdshot and buckshot

@pytest.mark.parametrize("text, expected", [
    ("HATTIESBURG, Miss. - A man was peppered with birdshot during a dispute with a neighbor in rural Forrest County "
     "on Saturday, the sheriff's office said.", (0, 1)),
    ("CORSICANA, Texas - A 23-year-old man was hit by buckshot in the legs when a landowner fired at him on Sunday, "
     "deputies said.", (0, 1)),
    # near misses: birdshot that peppered a truck; peppered with questions
    ("OPELIKA, Ala. - Birdshot peppered the side of a pickup parked on County Road 12 on Friday night, but no one was "
     "hurt, deputies said.", (0, 0)),
    ("OPELIKA, Ala. - The sheriff was peppered with questions about the shooting range at a meeting on Friday.",
     (0, 0)),
])
def test_birdshot(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "shot his young son and then himself. Both died."

@pytest.mark.parametrize("text, expected", [
    ("BILLINGS, Mont. - Police say a man shot his young son and then himself at their home on Monday. Both died.",
     (2, 0)),
    ("OGDEN, Utah - A woman shot her husband and then herself inside their home on Sunday, police said. Both died at "
     "the scene.", (2, 0)),
    ("LUBBOCK, Texas - A man shot his wife and then himself at their home on Friday, police said. Both are in critical "
     "condition.", (0, 2)),
    # near miss: two told hit, both died (a count of its own)
    ("LUBBOCK, Texas - Two men were shot outside a bar on Friday, police said. Both died.", (2, 0)),
])
def test_one_and_himself_both(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a boxer dog

@pytest.mark.parametrize("text, expected", [
    ("AURORA, Colo. - A family says an officer shot and killed their boxer, Bruno, in the yard on Thursday. The "
     "department said the dog charged the officer.", (0, 0)),
    ("SPRINGFIELD, Ohio - A man shot his neighbor's boxer after it got through a fence on Sunday, police said. The dog "
     "died.", (0, 0)),
    ("JACKSON, Miss. - A dog shot during a break-in has died. Duke, a boxer, suffered two gunshot wounds when burglars "
     "broke into a home on Pine Street. He was taken to a veterinarian but did not survive.", (0, 0)),
    # near misses: a boxer who is a person; a man killed while walking his boxer
    ("CAMDEN, N.J. - A 26-year-old boxer was shot and killed outside a gym on Federal Street on Monday, police said.",
     (1, 0)),
    ("ALLENTOWN, Pa. - A 40-year-old man was shot and killed while walking his boxer on Fairview Street on Wednesday "
     "night, police said. The dog was not hurt.", (1, 0)),
])
def test_boxer_dog(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a glued title's hit over a text that tells a miss

@pytest.mark.parametrize("text, expected", [
    ("Store clerk shot by man who fled | WKYR.comLEXINGTON, Ky. - A man who tried to rob a store on Tates Creek Road "
     "on Tuesday fired a shot at the clerk, missing him, and fled on foot, police said.", (0, 0)),
    # near miss: the clerk was hit
    ("Store clerk shot by man who fled | WKYR.comLEXINGTON, Ky. - A man who tried to rob a store on Tates Creek Road "
     "on Tuesday shot the clerk in the shoulder and fled on foot, police said.", (0, 1)),
])
def test_glued_title_miss(ledger, text, expected):
    from eventdesk import Report

    # the page's title glued to the text's opening, as the GVDB suite's articles have it
    report = Report(id="r-glued", title="Store clerk shot by man who fled | WKYR.com", text=text,
                    published=dt.date(2017, 6, 20))
    [(_, _, mentions)] = list(ledger.analyze([report]))
    assert _figures(mentions) == expected
