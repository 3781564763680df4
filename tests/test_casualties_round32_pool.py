"""Per-report killed / injured figures, round thirty-two (the per-report pool under a fresh salt,
``thirty-second-doccounts32:``): the kinds found by reading the readable half's wrong reports where the reader loses a
victim it had already found (a named dead the tagger took for an adjective or the NER for a nationality, the wounded
of a retold shooting dated "last summer" taken for a tally); the over-counts were another round's.  Each rule's test
is written on reports made up for it, with a near miss that must keep its count.  ``eval/counts_check50.jsonl`` holds
70 invented reports of the pool's pipeline-own kinds beside near misses; the test below pins the scores this round
reached on it.  The figure is the one the GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_fiftieth_check_set_scores(ledger):
    # both exact before this round: rules half 31 of 43, check half 18 of 27
    assert_pinned_halves(ledger, "50", rows=(43, 27), both=(RULES_BOTH, CHECK_BOTH))


def test_fiftieth_check_set_salt():
    assert_salted("50", "thirty-second-pool32:", "c50-001")


# after the round's rules (rules half 31 -> 33, check half 18 -> 18)
RULES_BOTH = 36  # 33 -> 34 with the thirty-fourth session's counting round, 36 with the thirty-fifth's
CHECK_BOTH = 19  # 18 -> 19 with the thirty-fifth session's counting rounds


# -- "Pruitt and Marcus Lyle, 20, died", "Toller and Reese died": a surname the report gives as a full name's last
#    word is a person where the tagger takes it, opening a sentence, for an adjective, or the NER for a nationality

@pytest.mark.parametrize("text, expected", [
    ("SAN ANTONIO - The family of Darnell Pruitt, 17, gathered Saturday at a park. Pruitt and four other young men "
     "were sitting in a car when someone opened fire. All five were shot. Pruitt and Marcus Lyle, 20, died.", (2, 3)),
    ("COLUMBUS, Ohio - Relatives on Monday mourned Andre Toller, 19, who was killed in a shooting on Wexford Road. "
     "Toller and his cousin, Jamal Reese, 22, were shot as they sat on a porch. Toller and Reese both died at Grant "
     "Medical Center.", (2, 0)),
])
def test_a_named_dead_the_tagger_misreads_is_counted(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: only the one named dead; the other named is not hurt
    ("COLUMBUS, Ohio - Andre Toller, 19, was shot and killed on Wexford Road on Sunday. Toller and his cousin, Jamal "
     "Reese, had argued with the gunman. Reese was not hurt.", (1, 0)),
    # near miss: a nationality that is no name of the report
    ("COLUMBUS, Ohio - Andre Toller, 19, was shot and killed on Wexford Road on Sunday. Toller and Haitian friends had "
     "gathered on the porch.", (1, 0)),
])
def test_a_name_not_told_hurt_keeps_the_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "a deadly shootout killed two teens and wounded four others last summer": the second of two verbs of ONE
#    shooting tells its toll as the first does; the time at its end is no tally of a period

@pytest.mark.parametrize("text, expected", [
    ("ERIE, Pa. - Five suspects have been charged after a deadly shootout killed two teens and wounded four others "
     "last summer. Police rounded up four of them early Friday; the fifth remains at large.", (2, 4)),
    ("ST. LOUIS - Police have arrested a man accused in a drive-by that killed a 15-year-old girl and wounded three "
     "others in March on Delmar Avenue. He is being held on $500,000 bail.", (1, 3)),
    ("TOPEKA, Kan. - A man was charged Friday in a shooting that killed one man and injured two others last winter "
     "outside a bar on Kansas Avenue.", (1, 2)),
])
def test_the_second_verb_of_one_shooting_dated_earlier_keeps_its_toll(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: shootings across the city over a period are a tally
    ("CHICAGO - Shootings across the city killed 40 people and wounded 200 others last summer, police said.", (0, 0)),
    # near miss: last year's shooting at the same place beside the night's own victim
    ("ROCKFORD, Ill. - A 20-year-old man was shot in the leg near Linden Park on Saturday night. A year ago, a "
     "shooting there killed one man and wounded three others last August.", (0, 1)),
    # near miss: several shootings are a tally
    ("GARY, Ind. - Several shootings killed two men and wounded six others last summer, police said. No arrests "
     "have been made.", (0, 0)),
])
def test_a_tally_or_an_earlier_shooting_keeps_the_count(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
