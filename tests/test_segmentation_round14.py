"""A house or block number is no year: "the 2000 block of Elm Street" or "2011 Maple Avenue" in a report of 2016
used to make its sentence background (a year before the report's), so the report told no incident at all.  Near
misses stay background: a year of an earlier killing, told as such."""

from __future__ import annotations

import datetime as dt

import pytest

from .tolls import tolls as _tolls

PUBLISHED = dt.date(2016, 5, 2)


@pytest.mark.parametrize("text, expected", [
    ("A man was shot and killed Saturday night in the 2000 block of Elm Street in Monroe, police said.", [(1, 0)]),
    ("Police said a man was shot and killed Sunday outside a home at 2011 Maple Avenue.", [(1, 0)]),
    ("Two women were wounded by gunfire on Friday near 2008 N. Kessler Boulevard, police said.", [(0, 2)]),
])
def test_a_block_or_house_number_is_no_year(mentions_of, text, expected):
    assert _tolls(mentions_of(text, published=PUBLISHED)) == expected


def test_a_year_of_an_earlier_killing_is_still_background(mentions_of):
    text = ("A man was shot and killed Sunday on Ardley Road, police said. "
            "In 2009, three people were killed in a shooting on the same street.")
    assert _tolls(mentions_of(text, published=PUBLISHED)) == [(1, 0)]
