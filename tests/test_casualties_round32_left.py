"""Per-report killed / injured figures, round thirty-two: the counting leftovers earlier rounds named and left.

``eval/counts_check49.jsonl`` holds 70 invented reports of the faults earlier rounds named and left: one suspect told
killed and named dead later, a spouse shot by a woman who "then turned the gun on herself" whose own outcome is not
told as death, a count among the things gunfire struck, a victim told only inside a noun phrase ("the family of a
17-year-old shot and killed by a police officer"), "killed one man and hurt four others last month", an update above
the original telling, officials who recalled an officer killed years ago, pipe-delimited photo credits, and "two men
were shot, one fatally" told beside a named dead man and "the second man" in every order; beside near misses that keep
their count.  The test below pins the scores this round reached on it.  The focused tests use texts written for them,
each a rule's positive case and its near miss; the figure is the one the GVDB suite scores
(``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_forty_ninth_check_set_scores(ledger):
    # both exact before this round: rules half 27 of 35, check half 20 of 35
    assert_pinned_halves(ledger, "49", rows=(35, 35), both=(RULES_BOTH, CHECK_BOTH))


def test_forty_ninth_check_set_salt():
    assert_salted("49", "thirty-second-left32:", "c49-001")


# after the round's rules
RULES_BOTH = 34
CHECK_BOTH = 24  # 23 -> 24 with round pool34 (a suspect told dead alone, whoever shot him)


# -- "shot her husband and then turned the gun on herself. The woman died.": the woman is the one dead

@pytest.mark.parametrize("text, expected", [
    ("ELGIN, Ill. - A woman shot her husband and then turned the gun on herself inside their home on Oak Street on "
     "Monday night, police said. The woman, 61, died at the scene. Her husband was taken to a hospital.", (1, 1)),
    ("ELGIN, Ill. - Police say a man shot his wife and then turned the gun on himself on Monday night. The man, 45, "
     "died. The woman was flown to a hospital in Chicago.", (1, 1)),
    ("ELGIN, Ill. - A man shot his brother and then turned the gun on himself in a barn on Monday, police said. The "
     "man, 38, was pronounced dead at the scene. The brother was shot in the shoulder.", (1, 1)),
    # the one shot died and the shooter lives
    ("ELGIN, Ill. - A woman shot her husband and then turned the gun on herself on Monday night, police said. The "
     "husband, 63, died at the scene. The woman is in critical condition.", (1, 1)),
    # near misses: both died; the husband missed
    ("ELGIN, Ill. - A woman shot her husband and then turned the gun on herself on Monday night, police said. The "
     "woman, 61, died at the scene. Her husband, 63, died later at a hospital.", (2, 0)),
    ("ELGIN, Ill. - A woman fired at her husband, missing him, and then turned the gun on herself on Monday night, "
     "police said. The woman, 61, died at the scene. Her husband was not hurt.", (1, 0)),
])
def test_the_shooter_who_turned_the_gun_told_again(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a victim inside a noun phrase the tagger misreads ("a 17-year-old shot" as a noun "shot")

@pytest.mark.parametrize("text, expected", [
    ("OCALA, Fla. - The family of a 17-year-old shot and killed by a deputy last week is asking the county to release "
     "body camera video.", (1, 0)),
    ("OCALA, Fla. - The family of a teen shot and wounded by a deputy last week is asking the county to release "
     "video.", (0, 1)),
    # near misses: no shot; the victim told again by name
    ("OCALA, Fla. - The family of a 17-year-old stopped and searched by a deputy last week is asking the county to "
     "release video.", (0, 0)),
    ("OCALA, Fla. - The family of a 17-year-old shot and killed by a deputy last week is asking for video. The teen, "
     "Jalen Moss, died at the scene.", (1, 0)),
])
def test_a_victim_inside_a_noun_phrase(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- an update above the original telling: "the man shot ... has died" over "Originally reported: a man was injured"

@pytest.mark.parametrize("text, expected", [
    ("UPDATE (Sunday, 8 a.m.): Police say the man shot on Elm Street on Saturday night has died.\n\nOriginally "
     "reported: ALTOONA, Pa. - A man was injured in a shooting on Elm Street on Saturday night, police said.", (1, 0)),
    ("UPDATE: The victim died at the hospital, police said Sunday.\n\nORIGINAL STORY: One man was wounded in a "
     "shooting on Elm Street early Sunday. He was taken to a hospital in critical condition.", (1, 0)),
    ("ALTOONA, Pa. - Police say the man shot on Elm Street on Saturday night has died.", (1, 0)),
    # near misses: the update tells he lives; no update at all
    ("UPDATE (Sunday, 8 a.m.): Police say the man shot on Elm Street on Saturday night is in stable condition.\n\n"
     "Originally reported: ALTOONA, Pa. - A man was injured in a shooting on Elm Street on Saturday night.", (0, 1)),
    ("ALTOONA, Pa. - A man was injured in a shooting on Elm Street on Saturday night, police said.", (0, 1)),
])
def test_an_update_above_the_original_telling(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- persons at the end of a list of things the gunfire struck

@pytest.mark.parametrize("text, expected", [
    ("TOPEKA, Kan. - Gunfire on Lane Street late Friday hit two houses, a parked van and three people, police said.",
     (0, 3)),
    ("TOPEKA, Kan. - Someone opened fire outside a bar on Lane Street, striking two cars, a fence and a 30-year-old "
     "man, police said.", (0, 1)),
    ("TOPEKA, Kan. - Shots fired into a crowd on Lane Street hit a car, a window and two women. Both were treated at "
     "a hospital.", (0, 2)),
    # near misses: only things struck; a car, not gunfire
    ("TOPEKA, Kan. - Gunfire hit two houses and a parked van on Lane Street late Friday. Three people inside were not "
     "hurt.", (0, 0)),
    ("TOPEKA, Kan. - A car jumped the curb on Lane Street, hitting two houses, a parked van and three people, police "
     "said.", (0, 0)),
])
def test_persons_among_the_things_struck(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "killed one man and hurt four others last month": the time is the verb's, not the count's noun

@pytest.mark.parametrize("text, expected", [
    ("TOPEKA, Kan. - Police arrested a man on Tuesday in the shooting at a Lane Street bar that killed one man and "
     "hurt four others last month.", (1, 4)),
    ("TOPEKA, Kan. - A man was charged Tuesday in a shooting that killed two men and injured four others last "
     "month.", (2, 4)),
    # near misses: only one killed; another shooting recalled beside the report's own
    ("TOPEKA, Kan. - Police arrested a man on Tuesday in the shooting at a Lane Street bar that killed one man last "
     "month.", (1, 0)),
    ("TOPEKA, Kan. - A man was wounded on Lane Street on Friday, near the bar where a gunman killed one man and hurt "
     "four others last month.", (0, 1)),
])
def test_a_retold_toll_dated_last_month(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a death a speaker recalls: "recalled the night Officer NAME was killed in a shootout"

@pytest.mark.parametrize("text, expected", [
    ('BANGOR, Maine - A police officer was shot in the hand on Hammond Street on Thursday. "We all remember the night '
     'Officer Dale Rusk was killed in a shootout on this street," Chief Roy Haskell said.', (0, 1)),
    ("BANGOR, Maine - A police officer was shot in the hand on Hammond Street on Thursday. Chief Roy Haskell recalled "
     "the night Officer Dale Rusk was killed in a shootout on the same street.", (0, 1)),
    ("BANGOR, Maine - A police officer was shot in the hand on Hammond Street on Thursday. The chief recalled when "
     "Officer Lena Ortiz was killed in a shootout.", (0, 1)),
    # near misses: the officer killed is the report's own; a recalled night that tells no death
    ("BANGOR, Maine - Officer Dale Rusk was killed in a shootout on Hammond Street on Thursday night, police said. "
     "The chief recalled the night Rusk joined the force.", (1, 0)),
    ("BANGOR, Maine - Officer Dale Rusk was killed in a shootout on Hammond Street on Thursday night, police said.",
     (1, 0)),
])
def test_a_death_a_speaker_recalls(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
