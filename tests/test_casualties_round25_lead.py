"""Per-report figures, round twenty-five (the lead's own): a store's name written with a digit and a number word.

"A man was shot outside a 7-Eleven store" was read as eleven people shot: the number word after a digit and a hyphen
is the store's name, not a count.  The near misses keep a number word that counts people, and a digit count of its own
in the same report."""

from __future__ import annotations

import pytest

from .tolls import figures


@pytest.mark.parametrize("text, expected", [
    ("DAYTON, Ohio - A 7-Eleven clerk was shot on Pine Street early Sunday, police said. The clerk was taken to a "
     "hospital in stable condition.", (0, 1)),
    ("DAYTON, Ohio - A man was shot outside a 7-Eleven store on Main Street early Sunday, police said. He is expected "
     "to survive.", (0, 1)),
    # near misses: a number word that counts people, and a count beside the store's name
    ("DAYTON, Ohio - Eleven people were shot on Pine Street early Sunday, police said. All are expected to survive.",
     (0, 11)),
    ("DAYTON, Ohio - Two men were shot outside a 7-Eleven store on Main Street early Sunday, police said. Both are "
     "expected to survive.", (0, 2)),
])
def test_a_number_word_after_a_digit_and_a_hyphen_is_a_name(mentions_of, text, expected):
    assert figures(mentions_of(text)) == expected
