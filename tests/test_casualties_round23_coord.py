"""Per-report killed / injured figures, round twenty-three: persons told together, counted whole.

``eval/counts_check27.jsonl`` holds 50 invented short reports (a third with their paragraphs run together) that tell
the persons hit as a list or a coordination of two, three or four described persons ("a woman, a man and a teenager",
"the driver and a 40-year-old passenger", "a mother and her two sons") and the "and a third" forms, beside near misses
that keep their count (an appositive that renames the same person, a shooter or companions among those present, a
list of who was arrested or sought).  The test below pins the scores this round reached on it.  The focused tests use
texts written for them, each a rule's positive case and its near miss; the figure is the one the GVDB suite scores
(``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_twenty_seventh_check_set_scores(ledger):
    # both exact before this round: rules half 16 of 19, check half 23 of 31
    assert_pinned_halves(ledger, "27", rows=(19, 31), both=(RULES_BOTH, CHECK_BOTH))


def test_twenty_seventh_check_set_salt():
    assert_salted("27", "twenty-third-coord23:", "c27-001")


# after the round's rules (rules half 16 -> 19, check half 23 -> 24)
RULES_BOTH = 19
CHECK_BOTH = 26  # 24 -> 26 with the thirty-fifth session's counting rounds


# -- a person told unnamed and his relative told by the tie: two

@pytest.mark.parametrize("text, expected", [
    ("KENT, Ohio - A man and his 28-year-old wife were wounded in a shooting on Water Street on Tuesday, police said.",
     (0, 2)),
    ("KENT, Ohio - A woman and her 8-year-old son were wounded by gunfire outside their home on Tuesday, police said.",
     (0, 2)),
    # near miss: the relatives looked on and were not hit
    ("KENT, Ohio - A man was wounded in a shooting on Water Street on Tuesday as his wife and son looked on, police "
     "said.", (0, 1)),
])
def test_an_unnamed_person_and_his_relative_are_two(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- the persons a dateline's state stands for as the subject

@pytest.mark.parametrize("text, expected", [
    ("DAYTON, Ohio - A 30-year-old man and his 28-year-old wife were shot outside a store on Tuesday, police said.",
     (0, 2)),
    # near miss: the persons after the dateline are the ones arrested; only the neighbour was hit
    ("DAYTON, Ohio - A 30-year-old man and his 28-year-old wife were arrested on Tuesday in a shooting that wounded "
     "a neighbor, police said.", (0, 1)),
])
def test_persons_hung_on_the_datelines_state_are_the_subject(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a person joined to a count of his kin with its own age between ("a man and his 12-year-old twin daughters")

@pytest.mark.parametrize("text, expected", [
    ("GARY, Ind. - A man and his 12-year-old twin daughters were shot on their porch Friday evening, police said.",
     (0, 3)),
    # near miss: the daughters were in the house, not joined to the man hit
    ("GARY, Ind. - A man was shot on his porch Friday evening while his 12-year-old twin daughters were inside, "
     "police said.", (0, 1)),
])
def test_a_person_and_his_aged_kin_counted_together(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- persons of a church counted one at a time ("a pastor and a church deacon")

@pytest.mark.parametrize("text, expected", [
    ("AUGUSTA, Ga. - A pastor and a church deacon were shot and killed inside a church office on Tuesday, police said.",
     (2, 0)),
    # near miss: the deacon hid and was not hit
    ("AUGUSTA, Ga. - A pastor was shot and killed inside a church office on Tuesday while a deacon hid under a desk, "
     "police said.", (1, 0)),
])
def test_a_deacon_is_a_person_counted(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a list of described persons whose second the parser hangs on the first as its apposition

@pytest.mark.parametrize("text, expected", [
    ("SALEM, Ore. - A woman, a man and a teenager were wounded outside a tavern on Friday, police said.", (0, 3)),
    # near misses: an apposition that renames the one person, alone or as two roles he holds
    ("SALEM, Ore. - A man, a 24-year-old father of two, was shot outside a tavern on Friday, police said.", (0, 1)),
    ("SALEM, Ore. - A man, a husband and father of two, was shot outside a tavern on Friday, police said.", (0, 1)),
    # near miss: a list the coordination rules already add up, each person a count of one, is not one more
    ("SALEM, Ore. - A 17-year-old boy, a 35-year-old woman and a 44-year-old man were wounded outside a tavern on "
     "Friday, police said.", (0, 3)),
])
def test_a_list_of_described_persons_counts_each(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "the driver and a passenger": a person told with "the" joined to a person counted after him

@pytest.mark.parametrize("text, expected", [
    ("SALEM, Ore. - The driver and a 35-year-old passenger were killed when someone fired into their truck on Friday, "
     "police said.", (2, 0)),
    # near misses: the passenger was arrested, not hit; a gunman is no victim
    ("SALEM, Ore. - The driver was killed when someone fired into the truck on Friday, and a 35-year-old passenger "
     "was arrested, police said.", (1, 0)),
    ("SALEM, Ore. - The gunman and a 35-year-old hostage were killed when officers stormed the house on Friday, "
     "police said.", (1, 0)),
])
def test_the_person_joined_to_a_person_counted_is_one_more(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
