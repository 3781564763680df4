"""Per-report killed / injured figures, round twenty: reports whose victim a reading took for nobody.

``eval/counts_check19.jsonl`` holds 75 invented reports whose victim is told in any form but "N people were shot"
(charges and arrests, verdicts, bodies found, "died from a gunshot wound", "a bullet struck", "grazed", "gunned
down", "after being shot", "returned fire, killing", a press release's victim, a victim told only in the headline or
in a later paragraph), beside near misses with no victim (shots that hit no one, a suspect shot at and missed, a
stabbing, a beating, a bullet in a car or a wall).  The test below pins the scores this round reached on it.  The
focused tests use sentences written for them, each a rule's positive case and its near miss.  The figure is the one
the GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import check_set_scores, figures as _figures


def test_nineteenth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "19", rows=75)
    # both exact before this round: rules half 24 of 31, check half 38 of 44
    assert scores["rules"]["rows"] == 31 and scores["check"]["rows"] == 44
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


def test_nineteenth_check_set_salt():
    from eval import check_sets, counts_check

    _, half_of = counts_check.SETS["19"]
    assert half_of("c20z-001") == check_sets.first_digit_half("twentieth-zero19:", "c20z-001")


# after the round's rules
RULES_BOTH = 29
CHECK_BOTH = 39  # 38 -> 39 with round left24


# -- "gunned down" kills

@pytest.mark.parametrize("text, expected", [
    ("FLINT, Mich. - A 29-year-old man was gunned down on the porch of a house on Dupont Street late Friday, police "
     "said.", (1, 0)),
    ("FLINT, Mich. - Two men in ski masks gunned down a store owner as he locked up on Saturday night, police said.",
     (1, 0)),
])
def test_gunned_down_is_a_killing(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_a_killing_gunned_down_in_a_year_told_before_is_left_unread(ledger):
    # near miss: a retrospective's old killing ("In 1991, when ... was gunned down") adds no one of its own
    from eventdesk.nlp.victims.triggers import _gunned_down

    doc = ledger.nlp("In 1991, when the singer was gunned down outside a club, the city was shocked.")
    gunned = next(t for t in doc if t.lower_ == "gunned")
    assert not _gunned_down(gunned, "gun")
    assert _gunned_down(ledger.nlp("The singer was gunned down outside a club on Friday.")[3], "gun")


def test_gunning_an_engine_is_no_killing(mentions_of):
    # near miss: "gunned" without "down" tells no hit
    text = ("FLINT, Mich. - A driver gunned his engine and sped away after shots were fired on Dupont Street late "
            "Friday; no one was hit, police said.")
    assert _figures(mentions_of(text)) == (0, 0)


# -- "after being shot" whose person is told by the age alone

def test_an_age_airlifted_after_being_shot_is_hit(mentions_of):
    text = ("LENOIR COUNTY, N.C. - A 14-year-old was flown to a hospital in Greenville on Sunday after being shot "
            "near a pond behind a home, deputies said.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_an_age_arrested_after_a_shooting_is_no_victim(mentions_of):
    # near miss: the person told by age is the one arrested, nobody is said hit
    text = ("LENOIR COUNTY, N.C. - A 14-year-old was arrested on Sunday after shots were fired near a pond behind a "
            "home, deputies said. No one was struck.")
    assert _figures(mentions_of(text)) == (0, 0)


# -- a dateline's town of two words is no victim; the person after its dash is

def test_a_two_word_dateline_town_yields_the_person_after_the_dash(mentions_of):
    text = ("GRANT COUNTY, Ind. - A man who fired a rifle at troopers from his barn near Marion was killed Thursday "
            "when the troopers returned fire, state police said.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_two_word_dateline_town_with_no_one_hit(mentions_of):
    # near miss: the troopers fired back, nobody was hit
    text = ("GRANT COUNTY, Ind. - A man who fired a rifle at troopers from his barn near Marion was arrested Thursday "
            "after the troopers returned fire, state police said. No one was hit.")
    assert _figures(mentions_of(text)) == (0, 0)


# -- a wound told without "gunshot": "whose wounds", "suffered a hand injury" after a gun went off

@pytest.mark.parametrize("text", [
    "RENO, Nev. - Someone fired from a passing car at a man outside a motel on Fourth Street on Friday. The man, whose "
    "injuries were not life-threatening, told officers he did not know the shooter.",
    "RENO, Nev. - A pistol a woman was unloading in her kitchen went off on Friday, police said. She suffered a minor "
    "hand injury and was treated at Renown Regional Medical Center.",
])
def test_a_wound_without_a_gun_word_is_a_hit(mentions_of, text):
    assert _figures(mentions_of(text)) == (0, 1)


@pytest.mark.parametrize("text", [
    # near misses: "whose" owns no wound; the shot went into the air
    "RENO, Nev. - A man fired a pistol into the air outside a bar on Fourth Street on Friday, police said. Nobody was "
    "hit. The bartender, whose son was inside, called 911.",
    "RENO, Nev. - Someone fired from a passing car at a man outside a motel on Fourth Street on Friday. The man, whose "
    "truck was struck twice, was not hurt.",
])
def test_whose_without_a_wound_is_no_hit(mentions_of, text):
    assert _figures(mentions_of(text)) == (0, 0)


# -- a shooting that left a person paralyzed hit that person

@pytest.mark.parametrize("text", [
    "YORK, Pa. - A shooting outside a bar on Market Street on Saturday left a 24-year-old man paralyzed from the chest "
    "down, his mother said.",
    "YORK, Pa. - A 24-year-old woman was left paralyzed after a stray bullet came through her window on Saturday, her "
    "mother said.",
])
def test_left_paralyzed_by_a_shooting_is_a_hit(mentions_of, text):
    assert _figures(mentions_of(text)) == (0, 1)


def test_paralyzed_with_fear_is_no_hit(mentions_of):
    # near miss: nobody was hit, the neighbors were only afraid
    text = ("YORK, Pa. - Gunfire outside a bar on Market Street on Saturday left neighbors paralyzed with fear, but "
            "no one was hit, police said.")
    assert _figures(mentions_of(text)) == (0, 0)


# -- "a previous murder", "an earlier killing": another incident, dated by its own adjective

def test_a_previous_murder_is_another_incident(mentions_of):
    text = ("ERIE, Pa. - Police arrested a man Friday in the shooting of a clerk at a Peach Street store, saying it was "
            "retaliation for a previous murder of his cousin. The clerk was wounded in the arm.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_murder_without_an_earlier_date_is_the_report_s(mentions_of):
    # near miss: the murder's adjective tells no earlier time
    text = ("ERIE, Pa. - Police arrested a man Friday in what they called the brutal murder of Dale Ross, a clerk at a "
            "Peach Street store, on Thursday.")
    assert _figures(mentions_of(text)) == (1, 0)
