"""Distinct persons in a report's count, round eleven (b): unnamed persons whose nouns tell different sexes ("the
man", "the wife") are two.  Every report here is written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("A man who shot his wife at their home on Larkin Street was killed by police minutes later, officials said. "
     "The wife was shot in the leg and is in serious condition.", (1, 1)),
    ("A woman who stabbed her husband outside a store on Fenwick Avenue died after officers shot her. "
     "The husband was taken to a hospital with stab wounds.", (1, 1)),
    # near misses: the same person told by a noun and by a pronoun, or by the same noun twice
    ("A woman was shot on Garrow Street on Sunday. She died at a hospital.", (1, 0)),
    ("A man was shot on Garrow Street on Sunday. The man died at a hospital.", (1, 0)),
])
def test_unnamed_persons_of_both_sexes_are_two(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two teens were shot on Larkin Street on Friday night. Police said another victim was grazed and treated at "
     "the scene.", (0, 3)),
    ("Three people were shot outside a bar on Fenwick Avenue. Another victim, a 19-year-old woman, was grazed.", (0, 4)),
    # near misses: "one ... another" of those counted, and "a third victim" that numbers them
    ("Two men were shot on Garrow Street. One was hit in the leg, and another victim was grazed in the arm.", (0, 2)),
    ("Two men were shot outside a bar on Fenwick Avenue. A third victim was grazed.", (0, 3)),
])
def test_another_victim_after_a_count_is_one_more(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


def test_another_dead_after_a_count_is_left_alone(killed_wounded):
    # near miss: one more dead is as often beyond an earlier shooting's dead
    assert killed_wounded("Two people were shot dead at a wake on Larkin Street on Friday. Hours later another man was "
                          "dead on Fenwick Avenue.")[0] == 2
