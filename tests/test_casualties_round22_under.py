"""Per-report killed / injured figures, round twenty-two: victims a report tells that a reading missed or gave the
wrong outcome, the kinds found by reading real reports' errors (the per-report pool's readable half and the GVDB dev
errors), each rule's test written on sentences made up for it, with a near miss that must not fire.  The figure is
the one the GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import figures as _figures


# -- an age used as a noun, written without its hyphens ("shot a 12 year old")

@pytest.mark.parametrize("text, expected", [
    ("MILLBROOK, Ala. - A two year old found a pistol in a parked car on Fern Street and shot a 12 year old who was "
     "carrying groceries, police said.", (0, 1)),
    ("MILLBROOK, Ala. - The sheriff said the three year old who accidentally shot himself on Sunday morning has "
     "died.", (1, 0)),
    ("MILLBROOK, Ala. - A 16 year-old was shot in the arm outside a gas station on Fern Street late Friday, police "
     "said.", (0, 1)),
])
def test_an_age_without_hyphens_is_a_person(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_an_age_without_hyphens_before_a_noun_is_no_second_person(mentions_of):
    # near miss: "a 150 year old church" is a building, and "a 15 year old boy" is one person, the boy
    text = ("MILLBROOK, Ala. - Bullets struck the 150 year old church on Fern Street on Sunday and a 15 year old boy "
            "was shot in the foot, police said.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_year_without_a_number_is_no_age(nlp):
    # near miss: "a year old" has no number before its unit; "another 16 year old" is one more person
    from eventdesk.nlp.victims.arguments import _an_age
    from eventdesk.nlp.victims.people import People

    doc = nlp("The case is a year old. Another 16 year old was also shot.")
    olds = [t for t in doc if t.lower_ == "old"]
    assert not _an_age(olds[0])
    assert _an_age(olds[1])
    assert People().key(olds[1])[0].startswith("another old")


# -- a participle on its counted noun is passive in meaning ("two victims fatally shot at a car wash")

def test_victims_fatally_shot_at_a_place_are_dead(mentions_of):
    text = ("GRANBY, Colo. - Police on Tuesday named two victims fatally shot at a car wash on Juniper Avenue late "
            "Monday.")
    assert _figures(mentions_of(text)) == (2, 0)


def test_men_who_shot_at_a_car_hit_nobody(mentions_of):
    # near miss: an active "shot at" with the counted as its subject is a volley at a target, nobody hit
    text = ("GRANBY, Colo. - Police on Tuesday arrested two men who shot at a passing car on Juniper Avenue late "
            "Monday.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_a_participle_on_its_noun(nlp):
    from eventdesk.nlp.victims import participle_of_a_noun

    shot = next(t for t in nlp("Police named two victims fatally shot at a car wash.") if t.lower_ == "shot")
    assert participle_of_a_noun(shot)
    shot = next(t for t in nlp("Two gunmen shot a clerk at a car wash.") if t.lower_ == "shot")
    assert not participle_of_a_noun(shot)


# -- "another" joined to a named victim who died is one more than he ("Tom Reyes and another man were shot ... Reyes
# died")

@pytest.mark.parametrize("text", [
    "Luis Ferro and another man were shot outside a bowling alley on Quarry Road early Sunday. Ferro died at a "
    "hospital, police said.",
    "Luis Ferro and another person got shot outside a bowling alley on Quarry Road early Sunday. The second victim "
    "was hit in the hand. Ferro died.",
])
def test_another_beside_a_named_dead_man_is_wounded(mentions_of, text):
    assert _figures(mentions_of(text)) == (1, 1)


def test_another_told_apart_from_the_dead_is_no_more_than_the_count(mentions_of):
    # near miss: "another man" who did the shooting beside the named man is no victim at all
    text = ("Police say Luis Ferro and another man shot a clerk at a bowling alley on Quarry Road early Sunday. The "
            "clerk died at a hospital.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_another_joined_to_a_subject_is_one_more(nlp):
    from eventdesk.nlp.victims.people import People

    doc = nlp("Luis Ferro and another man were shot on Sunday.")
    man = next(t for t in doc if t.lower_ == "man")
    assert People().key(man)[0].startswith("another man")
    doc = nlp("Police charged Luis Ferro with shooting another man on Sunday.")
    man = next(t for t in doc if t.lower_ == "man")
    assert not People().key(man)[0].startswith("another")


# -- "the fatal shooting of" a person or a count, told as the news, tells those killed ("charged in the fatal shooting
# of his wife")

@pytest.mark.parametrize("text, expected", [
    ("LAKE CITY, Fla. - Deputies on Friday charged a man in the fatal shooting of his former girlfriend outside a "
     "church on Cypress Road.", (1, 0)),
    ("LAKE CITY, Fla. - Deputies on Friday charged a man in the fatal shooting of two brothers outside a church on "
     "Cypress Road.", (2, 0)),
])
def test_the_fatal_shooting_of_someone_tells_him_dead(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_a_fatal_shooting_told_as_background_adds_nobody(mentions_of):
    # near miss: the fatal shooting a spate "began with" is an earlier incident, and a plain "shooting of two men"
    # tells no outcome of its own
    text = ("LAKE CITY, Fla. - A man was wounded on Cypress Road on Friday. The spate of violence began Dec. 18 with the "
            "fatal shooting of 27-year-old Ray Dunn of Lake City. Deputies charged a man in the shooting of two men in "
            "March.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_the_shooting_of_a_video_is_no_hit(nlp):
    from eventdesk.nlp.victims import the_shooting_of

    doc = nlp("Deputies charged a man in the fatal shooting of his wife. The shooting of a music video drew a crowd.")
    shootings = [t for t in doc if t.lower_ == "shooting"]
    assert the_shooting_of(shootings[0])
    from eventdesk.nlp.victims.triggers import _shooting_of_a_person
    assert _shooting_of_a_person(shootings[0]) and not _shooting_of_a_person(shootings[1])
