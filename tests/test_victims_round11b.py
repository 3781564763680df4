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
