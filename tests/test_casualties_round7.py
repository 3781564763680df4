"""Per-report killed / injured figures, round seven: a headline's capitalised words, persons told with their
wounds, a time after the counted noun, one more person hit the same way, a person a headline lists before a
count, "others" besides a count, ages told as "younger than", "passed away", and hits only feared.  Every
report here is written for these tests."""

from __future__ import annotations

import pytest

from eval.common import report_casualties


def figures(mentions_of, text):
    figs = report_casualties(mentions_of(text))
    return figs.get("killed", 0), figs.get("wounded", 0)


@pytest.mark.parametrize("text, expected", [
    # a headline's capitalised nouns are tagged proper nouns: "Shots" are no persons, "Dead" is a toll
    ("30 Shots Fired, 1 Dead in Overnight Marlow Shooting\n"
     "Four people were shot along Third Street in Marlow overnight and one of those victims died.", (1, 3)),
    ("1 Dead , 6 Hurt After Shooting At Birthday Party\n\n"
     "One man died and six people were hurt when gunfire erupted at a birthday party on Saturday night.", (1, 6)),
    # persons told with their wounds
    ("Police said three other people with gunshot wounds walked into Mercy Hospital on Thursday night.", (0, 3)),
    ("A man was found shot dead on Elm Street. Two more people with gunshot wounds later arrived at a hospital.", (1, 2)),
    # a time after the counted noun ends the noun phrase
    ("A night of gunfire in west Dalton injured at least five victims this week, police said.", (0, 5)),
    # one more person, hit the same way as the count before
    ("Three men shot, a fourth wounded by shrapnel in Riverton\n\nPolice were called at 9:15 p.m.", (0, 4)),
    ("Two men were shot and another was wounded by flying glass outside a bar on Friday.", (0, 3)),
    ("Two people were killed and another died later at a hospital after the shooting on Monday.", (3, 0)),
    # ... not another outcome
    ("One man was killed and another was wounded in a shooting on Oak Street on Sunday.", (1, 1)),
    ("Two men were killed and a third was wounded in the attack on Sunday.", (2, 1)),
    # a person a headline lists, without an article, before a count
    ("Mother, 2 children found dead in Kayenta home\n\nThe three were shot, police said.", (3, 0)),
    ("Father and 3 sons shot in driveway\n\nNone of the injuries are life-threatening, police said.", (0, 4)),
    # "others" besides a count of the same outcome
    ("Two men were shot and three others were grazed by bullets at a party on Saturday.", (0, 5)),
    ("One man was killed and two others were wounded in a shooting in Pinecrest on Friday.", (1, 2)),
    # an age told as "younger than" is no count
    ("Around 7 p.m., a boy younger than 12 was shot in the leg at the townhome complex.", (0, 1)),
    # "passed away"
    ("Police are investigating an accidental shooting in Trinidad on Monday. "
     "The boy was taken off life support on Sunday and passed away.", (1, 0)),
    # a hit only feared is none
    ("A 15-year-old boy was shot and killed on Gordon Way on Sunday. "
     "Neighbors say more supervision is needed before another teen is killed.", (1, 0)),
])
def test_round_seven_counts(mentions_of, text, expected):
    assert figures(mentions_of, text) == expected
