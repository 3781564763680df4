"""Per-report killed / injured figures, round thirty-six: outcomes a reader swaps, killed read as wounded and wounded
read as killed.

``eval/counts_check60.jsonl`` holds 70 invented reports whose victim's outcome a reader may swap: a death told later
or apart ("did not survive" after "was rushed to a hospital", "turned deadly", "lost his life", "the death of a man
found shot"), injuries that read like deaths ("clinging to life", "on life support", "not expected to survive"),
superseding updates and outcomes told by group; beside near misses in the same words.  The test below pins the scores
this round reached on it.  The focused tests use texts written for them, each a rule's positive case and its near
miss; the figure is the one the GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_sixtieth_check_set_scores(ledger):
    # both exact before this round: rules half 32 of 38, check half 23 of 32
    assert_pinned_halves(ledger, "60", rows=(38, 32), both=(RULES_BOTH, CHECK_BOTH))


def test_sixtieth_check_set_salt():
    assert_salted("60", "thirty-sixth-outcome36:", "c60-001")


# after the round's rules
RULES_BOTH = 35
CHECK_BOTH = 23


# -- "A man who was shot Friday was rushed to a hospital but did not survive": the death joined to the main verb

@pytest.mark.parametrize("text, expected", [
    ("EVANSVILLE, Ind. - A 29-year-old man who was shot on Fulton Avenue late Friday was rushed to Deaconess "
     "Midtown Hospital but did not survive, police said.", (1, 0)),
    ("EVANSVILLE, Ind. - A woman who was wounded on Fulton Avenue late Friday was taken to Deaconess Midtown Hospital "
     "and died there an hour later, police said.", (1, 0)),
    ("EVANSVILLE, Ind. - A man who was shot on Fulton Avenue late Friday lost his life on Saturday, police said.",
     (1, 0)),
    # near misses: expected to survive; nearly died; nearly lost his life
    ("EVANSVILLE, Ind. - A 29-year-old man who was shot on Fulton Avenue late Friday was rushed to Deaconess "
     "Midtown Hospital and is expected to survive, police said.", (0, 1)),
    ("EVANSVILLE, Ind. - A 29-year-old man who was shot on Fulton Avenue late Friday was rushed to Deaconess "
     "Midtown Hospital and nearly died, police said.", (0, 1)),
    ("EVANSVILLE, Ind. - A man who was shot on Fulton Avenue late Friday nearly lost his life, police said.", (0, 1)),
])
def test_a_death_joined_to_the_main_verb(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "One of them lost his life": a phrase of death after a part (not "nearly lost his life"); "both nearly died"

@pytest.mark.parametrize("text, expected", [
    ("ERIE, Pa. - Two men were shot outside a tavern on Parade Street on Saturday. One of them lost his life; the "
     "other is recovering at UPMC Hamot.", (1, 1)),
    # near misses: nearly lost his life; lost a finger
    ("ERIE, Pa. - Two men were shot outside a tavern on Parade Street on Saturday. One of them nearly lost his life; "
     "the other is recovering at UPMC Hamot.", (0, 2)),
    ("ERIE, Pa. - Two men were shot outside a tavern on Parade Street on Saturday. One of them lost a finger; the "
     "other is recovering at UPMC Hamot.", (0, 2)),
    # "both nearly died" against "both later died"
    ("ERIE, Pa. - Two men were shot outside a tavern on Parade Street on Saturday; both nearly died, police said.",
     (0, 2)),
    ("ERIE, Pa. - Two men were shot outside a tavern on Parade Street on Saturday; both later died, police said.",
     (2, 0)),
])
def test_a_part_that_lost_his_life(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "ruled the death of a man found shot in an alley a homicide": the death noun before the counted person

@pytest.mark.parametrize("text, expected", [
    ("SAVANNAH, Ga. - The coroner has ruled the death of a man found shot behind a Bay Street warehouse a homicide, "
     "Savannah police said Thursday.", (1, 0)),
    ("SAVANNAH, Ga. - Police arrested a 20-year-old Thursday in the killing of a woman who was shot behind a Bay "
     "Street warehouse.", (1, 0)),
    # near misses: the attempted murder of a man shot; the shooting of a man found wounded
    ("SAVANNAH, Ga. - Police are investigating the attempted murder of a man who was shot behind a Bay Street "
     "warehouse on Monday.", (0, 1)),
    ("SAVANNAH, Ga. - Police are investigating the shooting of a man who was found wounded behind a Bay Street "
     "warehouse on Monday.", (0, 1)),
])
def test_the_death_of_a_person_told_hit(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "An argument over a parking spot turned deadly": a death told only by the violence that turned deadly

@pytest.mark.parametrize("text, expected", [
    ("OGDEN, Utah - A fight at a birthday party turned deadly early Sunday, police said. A 22-year-old man was shot in "
     "the back.", (1, 0)),
    ("OGDEN, Utah - A robbery that turned deadly early Sunday left a clerk shot in the chest, police said.", (1, 0)),
    ("OGDEN, Utah - A fight at a birthday party turned deadly early Sunday. Two men were shot; one of them died and the "
     "other is in stable condition.", (1, 1)),
    # near misses: turned violent; nearly turned deadly; a chase that turned deadly in a crash, nobody shot
    ("OGDEN, Utah - A fight at a birthday party turned violent early Sunday, police said. A 22-year-old man was shot "
     "in the back.", (0, 1)),
    ("OGDEN, Utah - A fight at a birthday party nearly turned deadly early Sunday, police said. A 22-year-old man was "
     "shot in the back and is expected to recover.", (0, 1)),
    ("OGDEN, Utah - A police chase turned deadly early Sunday when the car hit a pole, police said. An officer had "
     "fired at the car earlier, missing it.", (0, 0)),
])
def test_violence_that_turned_deadly(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "Police are investigating a homicide ... He remains on life support": a homicide told of a hit who lives

@pytest.mark.parametrize("text, expected", [
    ("PUEBLO, Colo. - Police are investigating a homicide after a man was shot in the chest on the East Side on "
     "Saturday night. He remains on life support at Parkview Medical Center.", (0, 1)),
    ("PUEBLO, Colo. - A fight outside a bar turned deadly on Saturday night. The man who was shot is expected to "
     "survive, police said.", (0, 1)),
    # near misses: the homicide and the violence that turned deadly, the hit not told alive
    ("PUEBLO, Colo. - Police are investigating a homicide after a man was shot in the chest on the East Side on "
     "Saturday night. He was taken to Parkview Medical Center.", (1, 0)),
    ("PUEBLO, Colo. - A fight outside a bar turned deadly on Saturday night. A man was shot in the chest, police "
     "said.", (1, 0)),
])
def test_a_homicide_whose_hit_is_told_alive(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
