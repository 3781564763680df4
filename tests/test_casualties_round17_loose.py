"""Per-report killed / injured figures, round seventeen: loose ends of the counting rounds.

Each is a fault found on dev or on an invented set and left by an earlier round: a figure revised down
("the number was later revised down to four"), a part of a whole that was hurt ("six of the seven victims were
hospitalised"), a toll told verb first ("Killed was Dana Pruitt, 24"), a hurt total that holds the shot ("ten people
were hurt, including eight who were shot"), a named victim of a whole who died, and a person told after a dateline's
town in capitals ("AKRON, Ohio - Dana Pruitt, 24, was shot and killed").  The texts are written for these
tests, each a rule's positive case and its near miss.  The figure is the one the GVDB suite scores:
``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import figures


# -- a figure revised down replaces the first one ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "AKRON, Ohio - Six people were wounded in a shooting on Elm Street on Sunday, police first said. The number was "
    "later revised down to four.",
    "AKRON, Ohio - Six wounded, police first said. The number was later revised down to four.",
])
def test_a_figure_revised_down_is_the_toll(mentions_of, text):
    assert figures(mentions_of(text)) == (0, 4)


def test_a_number_revised_of_no_toll_leaves_it(mentions_of):
    # near miss: what was revised is the count of shots, not of the hurt
    text = ("AKRON, Ohio - Six people were wounded in a shooting on Elm Street on Sunday, police said. The number of "
            "shots fired was later revised down to forty.")
    assert figures(mentions_of(text)) == (0, 6)


# -- "six of the seven victims were hospitalised" -------------------------------------------------------------------

def test_part_of_the_victims_hospitalised_leaves_the_whole(mentions_of):
    text = ("AKRON, Ohio - Seven people were shot outside a bar on Elm Street on Sunday. Six of the seven victims were "
            "hospitalised, police said; the seventh was treated at the scene.")
    assert figures(mentions_of(text)) == (0, 7)


@pytest.mark.parametrize("text", [
    # the seventh's fate told otherwise: he died (the whole was hit, perhaps fatally, however spelt)
    "AKRON, Ohio - Seven people were shot outside a bar on Elm Street on Sunday. Six of the seven victims were "
    "hospitalised, police said; the seventh died at the scene.",
    "AKRON, Ohio - Gunfire erupted outside a bar on Elm Street on Sunday. Six of the seven victims were hospitalized "
    "and the seventh was killed, police said.",
    "AKRON, Ohio - Seven people were shot outside a bar on Elm Street on Sunday. Six of the seven victims were "
    "hospitalised, police said. The seventh victim died at the scene.",
])
def test_the_rest_of_the_victims_who_died(mentions_of, text):
    assert figures(mentions_of(text)) == (1, 6)


def test_an_ordinal_of_no_count_is_no_one_left(mentions_of):
    # near miss: "the third" where no three were told is no one left of them (here a third shot, no person)
    text = ("AKRON, Ohio - Two men were shot outside a bar on Elm Street on Sunday, police said. Witnesses heard two "
            "shots; the third missed.")
    assert figures(mentions_of(text)) == (0, 2)


# -- "Killed was NAME, 24. Wounded were A and B" ------------------------------------------------------------------

def test_a_toll_told_verb_first(mentions_of):
    text = ("AKRON, Ohio - Gunfire broke out at a party on Elm Street early Sunday, police said. Killed was Dana "
            "Pruitt, 24, of Akron. Wounded were Marcus Bell and Tyrell Owens.")
    assert figures(mentions_of(text)) == (1, 2)


def test_a_verb_first_of_no_person_is_no_toll(mentions_of):
    # near miss: "Wounded was his pride" tells no victim
    text = ("AKRON, Ohio - Dana Pruitt, 24, was shot and killed at a party on Elm Street early Sunday, police said. "
            "Wounded was the pride of the neighbourhood, his uncle said.")
    assert figures(mentions_of(text)) == (1, 0)


# -- "ten people were hurt, including eight who were shot" --------------------------------------------------------

def test_the_hurt_total_holds_the_shot(mentions_of):
    text = ("AKRON, Ohio - Ten people were hurt at a block party on Elm Street on Sunday, including eight who were "
            "shot, police said.")
    assert figures(mentions_of(text)) == (0, 10)


def test_shot_and_hurt_told_apart_add(mentions_of):
    # near miss: "and two others were hurt" are others: they add
    text = ("AKRON, Ohio - Eight people were shot at a block party on Elm Street on Sunday, and two others were hurt "
            "as the crowd fled, police said.")
    assert figures(mentions_of(text)) == (0, 10)


# -- a named one of a whole who died -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "AKRON, Ohio - Dana Pruitt, one of three people shot at a party on Elm Street on Saturday, has died, police said.",
    "AKRON, Ohio - Dana Pruitt, 22, one of three people shot outside a bar on Elm Street on Saturday night, died "
    "Thursday, police said.",
    "AKRON, Ohio - Police said Thursday that Dana Pruitt, one of three people wounded in Saturday's shooting on Elm "
    "Street, has died.",
    "AKRON, Ohio - Dana Pruitt, who was one of three people shot at a party on Elm Street on Saturday, died of his "
    "wounds on Thursday, police said.",
])
def test_a_named_one_of_three_shot_who_died(mentions_of, text):
    assert figures(mentions_of(text)) == (1, 2)


def test_one_of_three_not_hit_adds_no_hit(mentions_of):
    # near miss: the three were guests, not hit
    text = ("AKRON, Ohio - Dana Pruitt, who was one of three people invited to a party on Elm Street on Saturday, died "
            "after being shot, police said.")
    assert figures(mentions_of(text)) == (1, 0)


@pytest.mark.parametrize("text", [
    "AKRON, Ohio - Two men were shot outside a bar on Elm Street on Saturday night, police said. Dana Pruitt, 22, one "
    "of the wounded men, died Thursday at Summa Hospital.",
    # the tagger takes the surname opening the sentence for a plural noun
    "AKRON, Ohio - Two men were shot outside a bar on Elm Street on Saturday night, police said. Dana Pruitt, 22, was "
    "listed in critical condition. Pruitt died Thursday, police said.",
])
def test_a_named_wounded_man_who_died_thursday(mentions_of, text):
    assert figures(mentions_of(text)) == (1, 1)


def test_a_surname_named_once_after_a_charge_who_died(mentions_of):
    text = ("AKRON, Ohio - Marcus Bell, 30, was charged Thursday in the shooting of Dana Pruitt, 22, outside a bar on "
            "Elm Street. Pruitt died Thursday.")
    assert figures(mentions_of(text)) == (1, 0)


def test_a_plural_noun_opening_a_sentence_is_no_surname(mentions_of):
    # near miss: "Witnesses" opens its sentence as a plural noun and is no surname the report gave
    text = ("AKRON, Ohio - Two men were shot outside a bar on Elm Street on Saturday night, police said. Witnesses "
            "died down to a murmur as police arrived.")
    assert figures(mentions_of(text)) == (0, 2)


def test_a_named_wounded_man_who_lives(mentions_of):
    # near miss: "died" of no one here: he is in stable condition
    text = ("AKRON, Ohio - Two men were shot outside a bar on Elm Street on Saturday night, police said. Dana Pruitt, "
            "22, one of the wounded men, was in stable condition Thursday at Summa Hospital.")
    assert figures(mentions_of(text)) == (0, 2)


# -- a dateline's town in capitals, untyped, before the person --------------------------------------------------

@pytest.mark.parametrize("text", [
    "AKRON, Ohio - Dana Pruitt, 24, was shot and killed at a party on Elm Street early Sunday, police said.",
    "DAYTON, Ohio \u2014 Marcus Bell, 24, was shot and killed at a party on Elm Street early Sunday, police said.",
])
def test_a_person_after_a_capital_dateline_is_the_victim(mentions_of, text):
    assert figures(mentions_of(text)) == (1, 0)


def test_a_person_after_a_dateline_who_shot_is_no_victim(mentions_of):
    # near miss: the person after the dash is the shooter; the man he shot is the one wounded
    text = "AKRON, Ohio - Dana Pruitt, 24, shot a man in the leg on Elm Street early Sunday, police said."
    assert figures(mentions_of(text)) == (0, 1)
