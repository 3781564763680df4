"""Per-report killed / injured figures, round thirty-one: the counting leftovers earlier rounds named and left.

``eval/counts_check46.jsonl`` holds 70 invented reports of the faults earlier rounds named and left: a suspect told
killed and named dead later, corrections, "she shot her husband and then herself. She died. He is expected to live",
"sent three women and one man to the hospital", a named gunman who took his own life, named survivors, a weekend's
city tally, photographer credits glued to captions, a drive-by in another town told in the same story, "the city's
40th homicide this year", "a week after a 15-year-old was gunned down, police charged", and one suspect killed beside
the other wounded and an officer hurt; beside near misses that keep their count.  The test below pins the scores
this round reached on it.  The focused tests use texts written for them, each a rule's positive case and its near
miss; the figure is the one the GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_forty_sixth_check_set_scores(ledger):
    # both exact before this round: rules half 19 of 31, check half 25 of 39
    assert_pinned_halves(ledger, "46", rows=(31, 39), both=(RULES_BOTH, CHECK_BOTH))


def test_forty_sixth_check_set_salt():
    assert_salted("46", "thirty-first-left31:", "c46-001")


# after the round's rules
RULES_BOTH = 26  # 25 -> 26 with the thirty-second session's rounds
CHECK_BOTH = 31  # 30 -> 31 with round pool34 (a suspect told dead alone, whoever shot him)


# -- a count joined by "and" to one person told by a description: one more

@pytest.mark.parametrize("text, expected", [
    ("BATON ROUGE, La. - Gunfire outside a bar on Main Street early Sunday sent three women and one man to the "
     "hospital, police said.", (0, 4)),
    ("MOBILE, Ala. - A gunman killed two men and a woman outside a bar on Dauphin Street early Sunday, police said.",
     (3, 0)),
    ("MOBILE, Ala. - The shooting wounded three women and one man outside a bar on Dauphin Street, police said.",
     (0, 4)),
    # the man sent to the hospital died: he is one of the four hit
    ("BATON ROUGE, La. - Gunfire outside a bar on Main Street early Sunday sent three women and one man to the "
     "hospital, police said. The man, 23, died later that morning.", (1, 3)),
    # near misses: no man; a fight, not gunfire; the man not hit
    ("BATON ROUGE, La. - Gunfire outside a bar on Main Street early Sunday sent two men to the hospital, police said.",
     (0, 2)),
    ("MOBILE, Ala. - A fight outside a bar on Main Street early Sunday sent two men to the hospital, police said.",
     (0, 0)),
    ("BATON ROUGE, La. - Gunfire outside a bar on Main Street early Sunday sent three women to the hospital, police "
     "said. A man standing with them was not hit.", (0, 3)),
])
def test_a_count_and_one_person(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "she shot her husband and then herself. She died. He is expected to live."

@pytest.mark.parametrize("text, expected", [
    ("LUBBOCK, Texas - Police say a woman shot her husband and then herself inside their home on 34th Street on "
     "Sunday morning. She died. He is expected to live.", (1, 1)),
    ("TULSA, Okla. - Police said a man shot his wife and then himself in their apartment Friday night. The man died "
     "at the scene. The woman is expected to live.", (1, 1)),
    ("TULSA, Okla. - Police said a man shot his wife and then himself in their apartment Friday night. He died at the "
     "scene. His wife survived.", (1, 1)),
    # the one shot died, the shooter lives
    ("LUBBOCK, Texas - Police say a woman shot her husband and then herself inside their home on Sunday morning. He "
     "died. She is expected to live.", (1, 1)),
    # near misses: the wife of the hit, taken to a hospital; both died; she shot only him
    ("FORT WAYNE, Ind. - A man shot his wife and then himself Wednesday morning, police said. The man died at the "
     "scene. His wife was taken to a hospital with wounds that were not considered life-threatening.", (1, 1)),
    ("LUBBOCK, Texas - Police say a woman shot her husband and then herself inside their home on Sunday morning. Both "
     "died.", (2, 0)),
    ("LUBBOCK, Texas - Police say a woman shot her husband inside their home on Sunday morning. She was arrested. He "
     "is expected to live.", (0, 1)),
])
def test_spouses_told_apart(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- named survivors told hit

@pytest.mark.parametrize("text, expected", [
    ("WICHITA, Kan. - One man was killed in a shooting at a bar on South Broadway early Saturday. Police identified "
     "the two survivors, Ana Ruiz and Joe Tate, both 29, who were treated for gunshot wounds.", (1, 2)),
    ("ERIE, Pa. - A former employee shot and killed two co-workers at a packaging plant on Tuesday. Police on "
     "Wednesday named the two survivors, Lena Marsh, 44, and Rob Keene, 50, who were wounded and remain "
     "hospitalized.", (2, 2)),
    # near misses: survivors not told hit; named witnesses
    ("WICHITA, Kan. - One man was killed in a shooting at a bar early Saturday. The survivors, Ana Ruiz and Joe Tate, "
     "hid in a closet until police arrived.", (1, 0)),
    ("WICHITA, Kan. - One man was killed in a shooting at a bar on South Broadway early Saturday. Police identified "
     "two witnesses, Ana Ruiz and Joe Tate, who told officers they saw the gunman leave.", (1, 0)),
])
def test_named_survivors(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a shooter who took his own life after wounding others

@pytest.mark.parametrize("text, expected", [
    ("SPOKANE, Wash. - Two people were wounded when a man opened fire at a storage business on Sunday morning, the "
     "sheriff's office said. Deputies said the shooter, identified as Glen Hoyt, 52, took his own life as they "
     "arrived.", (1, 2)),
    # near misses: he surrendered; he shot himself and lives
    ("SPOKANE, Wash. - Two people were wounded when a man opened fire at a storage business on Sunday morning, the "
     "sheriff's office said. Deputies said the shooter, identified as Glen Hoyt, 52, surrendered as they arrived.",
     (0, 2)),
])
def test_took_his_own_life_after_wounding(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a shooting in another town told beside the report's own

@pytest.mark.parametrize("text, expected", [
    ("STOCKTON, Calif. - A 15-year-old boy was shot and wounded near a park on Airport Way on Friday evening. In Lodi, "
     "a drive-by shooting on Cherokee Lane earlier Friday left three people hurt, Lodi police said.", (0, 1)),
    ("CAMDEN, N.J. - A 6-year-old girl was hit in the arm by gunfire on Louis Street on Saturday. She is expected to "
     "recover, police said. In Trenton, a drive-by on Saturday night wounded two men on Hoffman Avenue.", (0, 1)),
    # near misses: the report's own town again; the other town's people not hurt
    ("FRESNO, Calif. - A man was shot on Belmont Avenue in Fresno on Sunday. In Fresno, police said the man was hit in "
     "the leg and a woman was wounded too.", (0, 2)),
    ("HAYWARD, Calif. - A man was shot dead on Tennyson Road on Saturday. In Oakland, where he lived, his family held "
     "a vigil.", (1, 0)),
])
def test_another_town(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "A week after a 16-year-old was gunned down ..., police charged ...": the dateline's town is no subject

@pytest.mark.parametrize("text, expected", [
    ("CAMDEN, N.J. - A week after a 16-year-old was gunned down outside a bodega on Federal Street, police charged a "
     "20-year-old man with murder on Thursday.", (1, 0)),
    ("CAMDEN, N.J. - Days after a 16-year-old was gunned down outside a bodega on Federal Street, police charged a "
     "20-year-old man with murder on Thursday.", (1, 0)),
    # near miss: the town's dateline before a named victim
    ("TOPEKA, Kan. - Dustin Hale, 25, was shot in the leg on Sunday, police said.", (0, 1)),
])
def test_after_a_time_past_the_dateline(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
