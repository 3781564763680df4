"""Per-report killed / injured figures, round eleven: the ages of the dead told after "were"; a headline's "6 hurt";
"a second victim" is one more person; "an elderly couple" is two; a hit joined to a verb of dying; a bare "officer"
after "police officers" is of the police.  Every report here is written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a bare number said of persons after "be" is an age
    ("Two men were killed when someone opened fire on a porch on Larkin Street. The dead men were 22 and 25.", (2, 0)),
    ("A man was shot and killed outside a bar on Fenwick Avenue. The victim was 34.", (1, 0)),
    # near misses: a toll after "was", and a number that counts a noun
    ("Five people were shot at a party on Larkin Street on Saturday. The death toll was 3.", (3, 2)),
])
def test_ages_after_be_are_no_counts(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gunman opens fire at family picnic; 6 hurt, 1 dead\n\nA man opened fire at a picnic in Millbrook Park on "
     "Saturday, police said.", (1, 6)),
    # near miss: the outcomes the other way round
    ("Gunman opens fire at family picnic; 2 dead, 4 hurt\n\nA man opened fire at a picnic in Millbrook Park on "
     "Saturday, police said.", (2, 4)),
])
def test_a_headlines_hurt_is_an_outcome(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A man was shot Tuesday on Garrow Street, police said. A second victim, a 17-year-old, was treated for a graze "
     "wound to the arm and released.", (0, 2)),
    # near miss: "the second victim" is one of those already counted
    ("Two men were shot Tuesday on Garrow Street, police said. The second victim was shot in the leg.", (0, 2)),
])
def test_a_second_victim_is_one_more(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("An elderly couple was found dead in their home on Quillan Court on Thursday, deputies said.", (2, 0)),
    ("A couple was shot outside their home on Quillan Court on Tuesday. Both are expected to survive.", (0, 2)),
    # near miss: "a couple of" is no couple
    ("A man was shot a couple of blocks from his home on Quillan Court on Tuesday.", (0, 1)),
])
def test_a_couple_is_two(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A man was shot on Dunmore Street on Sunday and died two days later, police said.", (1, 0)),
    ("Two men were shot on Dunmore Street on Sunday and later died at a hospital.", (2, 0)),
    # near misses: nearly dying is living; "one died" is one of them
    ("A man was shot on Dunmore Street on Sunday and nearly died, police said.", (0, 1)),
    ("Two men were shot on Dunmore Street on Sunday and one died, police said.", (1, 1)),
])
def test_shot_and_died(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two police officers were shot Thursday while serving a warrant on Tolliver Road. One officer was shot in the "
     "arm and the other in the leg.", (0, 2)),
    # near miss: no police officers before, the officer is one more
    ("Two men were shot Thursday on Tolliver Road. An officer was also shot in the arm.", (0, 3)),
])
def test_an_officer_after_police_officers(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Shots were fired outside a funeral home on Saturday as mourners gathered for the service of a man killed last "
     "week, wounding three people.", (0, 3)),
    ("Neighbors held a vigil on Pardee Street for a teen shot to death a year ago. Two men were wounded at the vigil.",
     (0, 2)),
    # near miss: a death of no earlier time
    ("Neighbors held a vigil Sunday for a teen killed Friday on Pardee Street.", (1, 0)),
])
def test_a_death_dated_earlier_is_another_incident(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a dateline the parser takes for the subject of "died"
    ("LAS VEGAS \u2014 A woman shot in the head in a west valley apartment on Sunday died Monday at a hospital, police "
     "said.", (1, 0)),
    # near miss: no verb of dying
    ("TOLEDO, Ohio — A man shot on Corliss Street on Sunday remains in critical condition, police said.", (0, 1)),
])
def test_shot_then_died_after_a_dateline(killed_wounded, text, expected):
    assert killed_wounded(text) == expected
