"""Per-report killed / injured figures, round nineteen: faults the eighteenth session's rounds left, each seen on
invented text or on dev.

Each test reads a text written for it through the real pipeline and pins a rule's positive case beside its near
miss.  The figure is the one the GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import figures as _figures


# -- "a quadruple shooting" told in a dated clause on the place is an earlier incident there

def test_a_multiple_shooting_in_a_dated_clause_on_the_place_is_background(mentions_of):
    text = ("CLEVELAND - A man was shot on Euclid Avenue on Tuesday, police said, near the corner where a quadruple "
            "shooting left two dead last week.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_multiple_shooting_in_an_undated_clause_on_the_place_is_this_one(mentions_of):
    # near miss: no time of its own, the clause tells the scene officers were called to
    text = ("CLEVELAND - Officers were called to the corner of Euclid Avenue and East 79th Street, where a quadruple "
            "shooting left two people dead, police said.")
    assert _figures(mentions_of(text)) == (2, 2)


# -- a person the shot hit, told by an active verb, overrules a theater named beside it (GVDB dev 5049, 9611)

def test_a_woman_shot_in_a_movie_theater_is_an_incident(mentions_of):
    text = ("OLYMPIA, Wash. - A man who accidentally shot a woman in a movie theater had the gun because he feared mass "
            "shootings, police said. Kyle Brandt, 33, was at a screening on Friday when his gun went off, hitting a "
            "38-year-old woman in the arm.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_snake_shot_on_a_theater_stage_is_no_incident(mentions_of):
    # near miss: the theater's show, whose shot hits no person
    text = ("OLYMPIA, Wash. - The community theater opens its new Western on Friday. In the second act the sheriff shot "
            "a rattlesnake, and the director said the prop guns fire only blanks.")
    assert mentions_of(text) == []


# -- "shot once at the window": the shooter fired, nobody is told hit by it

def test_an_officer_who_shot_once_at_a_window_is_no_victim(mentions_of):
    text = ("HANNIBAL, Mo. - Police tried to stop Jalen Ward for a parole violation. Sgt. Owen Pratt, who was working "
            "security at a store a block away, shot once at the driver's side window. Police said the bullet went "
            "through Ward's jacket before hitting his passenger, Leon Brooks.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_man_shot_once_at_close_range_is_hit(mentions_of):
    # near miss: a passive's "at" phrase says where he was hit
    text = ("HANNIBAL, Mo. - Police said Leon Brooks, who was standing on his porch on Main Street, was shot once at "
            "close range on Friday.")
    assert _figures(mentions_of(text)) == (0, 1)


# -- a death toll lowered in words: the report stands by the lower figure

@pytest.mark.parametrize("text, expected", [
    ("TULSA, Okla. - Four people were reported dead after a shooting at a bar on Pine Street on Tuesday. Two of those "
     "first reported dead survived, police said later.", (2, 0)),
    ("TULSA, Okla. - Police said four people were killed at a bar on Pine Street on Tuesday. Police later said one of "
     "the four, a 30-year-old man, survived.", (3, 0)),
    ("TULSA, Okla. - Police said four people were killed at a bar on Pine Street on Tuesday. The toll later fell to "
     "three.", (3, 0)),
])
def test_a_toll_lowered_in_words_is_the_figure(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: survivors of a count of the hit (no dead told before), and another figure that fell
    ("TULSA, Okla. - Four people were shot at a bar on Pine Street on Tuesday. Two of them survived, police said.",
     (0, 4)),
    ("TULSA, Okla. - Police said four people were killed at a bar on Pine Street on Tuesday. Calls to the tip line "
     "later fell to three a day.", (4, 0)),
])
def test_survivors_of_the_hit_and_other_figures_lower_no_toll(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "the slain teen, NAME, and two friends were shot": the slain one dead, the two besides him hit

@pytest.mark.parametrize("text, expected", [
    # ("slain" the tagger takes for a noun; the name taken for an organisation)
    ("AKRON, Ohio - Police said the slain teen, Tyrese Banks, and two friends were shot Saturday night on Maple "
     "Street.", (1, 2)),
    ("AKRON, Ohio - The slain boy, Tyrese Banks, 15, and two other teens were shot Saturday night on Maple Street, "
     "police said.", (1, 2)),
    # all of them killed: the slain one besides the two
    ("AKRON, Ohio - Police said the slain teen, Tyrese Banks, and two friends were shot and killed Saturday night on "
     "Maple Street.", (3, 0)),
])
def test_the_slain_one_and_a_count_joined_to_him(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("AKRON, Ohio - Marcus Hale and two friends were shot Saturday night on Maple Street, police said.", (0, 3)),
    # near misses: a place joined to the street of the scene, persons shot at but not hit, and a headline's person
    # noun, whom the count's own rules take in
    ("Father and 3 sons shot in driveway\n\nNone of the injuries are life-threatening, police said.", (0, 4)),
    ("AKRON, Ohio - Two men were shot Saturday night at the corner of Maple Street and Elm Street, police said.", (0, 2)),
    ("AKRON, Ohio - A gunman shot at Marcus Hale and two friends on Maple Street on Saturday, but nobody was hit, police "
     "said.", (0, 0)),
])
def test_a_name_joined_before_a_count_is_one_more(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- the title before a verb is the shooter's, not the party of the name the verb shot

def _party_of(mentions, victim: str) -> set:
    return {c.party for m in mentions for c in m.claims if c.victim == victim}


def test_an_officer_who_shot_a_man_gives_him_no_police_party(mentions_of):
    text = "CLEVELAND - An officer fatally shot Cantrell on Tuesday, police said. Tyrone Cantrell, 31, had a knife."
    assert _party_of(mentions_of(text), "cantrell") == {"civilians"}


def test_a_deputy_named_by_his_title_is_police(mentions_of):
    # near miss: the title opens the name's own phrase
    text = ("CLEVELAND - Deputy Cantrell was shot in the arm during a traffic stop on Tuesday, the sheriff said. Tyrone "
            "Cantrell, a 12-year veteran, is expected to recover.")
    assert _party_of(mentions_of(text), "cantrell") == {"police"}


# -- a past tense the tagger took for a participle, with a subject and an object of its own, is active

def _victims(mentions) -> set:
    return {c.victim for m in mentions for c in m.claims}


def test_the_officer_set_off_before_an_active_shot_is_the_shooter(mentions_of):
    text = "CHICAGO - One of the responding officers, Dale Ruppert, fatally shot Kevon Marsh on Saturday."
    assert _victims(mentions_of(text)) == {"marsh"}


def test_a_participle_set_off_after_a_name_tells_him_shot(mentions_of):
    # near miss: "fatally shot by an officer" has no object: the name before it is the one shot
    text = "CHICAGO - Kevon Marsh, fatally shot by an officer on Saturday, had called 911 three times, police said."
    assert _victims(mentions_of(text)) == {"marsh"}


# -- "One of the officers then shot and struck the suspect": the counted officer shot, the suspect was hit

def test_a_count_that_shot_and_struck_someone_is_the_shooters(mentions_of):
    text = ("EAU CLAIRE, Wis. - Police said a man threatened officers with a knife on Sunday night. One of the officers "
            "then shot and struck the man. He was taken to a hospital in stable condition.")
    mentions = mentions_of(text)
    assert _figures(mentions) == (0, 1)
    assert "police" not in {c.party for m in mentions for c in m.claims}


def test_a_count_shot_and_struck_is_hit(mentions_of):
    # near miss: the passive, where the counted were hit
    text = ("EAU CLAIRE, Wis. - Police said two men were shot and struck by gunfire outside a bar on Sunday night. Both "
            "were taken to a hospital in stable condition.")
    assert _figures(mentions_of(text)) == (0, 2)
