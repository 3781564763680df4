"""Per-report killed / injured figures, round eight: a victim a killing names died ("the homicide victim",
"the victim of a deadly shooting"); a headline's person "dead" ("Man dead, 3 others hurt").  Every report here is written for these tests."""

from __future__ import annotations

import pytest



@pytest.mark.parametrize("text, expected", [
    # the victim a killing names died, and the "shot" told of that person is no second, living victim
    ("Police have named the victim of a deadly shooting on Dartmouth Drive. Ray Lamb, 41, was found shot "
     "in the chest inside a home on Saturday.", (1, 0)),
    ("The Millbrook homicide victim is Dana Pruitt. The victim was shot at least twice in the head and was "
     "found by a neighbour on Sunday.", (1, 0)),
    ("Investigators identified the murder victim as a 52-year-old man who was shot outside his shop.", (1, 0)),
    ("Detectives said the victim of Friday's fatal shooting on Grove Street was a 19-year-old student.", (1, 0)),
    # no killing named: the victim was hit, perhaps not fatally
    ("The victim of the shooting on Grove Street was taken to a hospital in stable condition.", (0, 1)),
    ("Police said the victim of the robbery was not hurt.", (0, 0)),
    # far from the lead, "the homicide victim" is as often another story's
    ("Five people were wounded in a shooting at a block party on Elm Street on Saturday night. "
     "All five are expected to survive, police said. Officers found more than 40 shell casings. "
     "It was the city's third shooting with several victims this year. Neighbours said the block had been quiet. "
     "In January, a man was killed two streets away. His pastor described the homicide victim as a good father.", (0, 5)),
    # a headline's person "dead": "Man dead, 3 others hurt", capitalised or not
    ("Man dead, 3 others hurt in overnight shooting\n\nPolice are investigating a shooting on Elm Street.", (1, 3)),
    ("Man Dead & 3 Others Hurt In Overnight Shooting\n\nPolice are investigating a shooting on Elm Street.", (1, 3)),
    ("Man dead, infant and another man injured in Algiers shooting\n\nPolice are investigating a triple shooting.", (1, 2)),
    ("Woman dead after shooting in Riverton\n\nPolice said she was shot in her car late on Friday.", (1, 0)),
    ("Police found a dead man in a parked car on Elm Street on Sunday morning.", (1, 0)),
    ("The dead end of Elm Street was closed after shots were fired on Sunday.", (0, 0)),
    # a relative clause hangs on the counted noun: the outcome comes after it, unless it tells one itself
    ("Two officers who responded to the call were wounded, the sheriff said.", (0, 2)),
    ("Four people who were standing outside the store were shot, police said.", (0, 4)),
    ("A 29-year-old man who was found dead in a ditch was shot several times, investigators said.", (1, 0)),
    ("The gunman shot two people who were killed instantly, police said.", (2, 0)),
    ("He shot two men dead outside a bar on Friday, police said.", (2, 0)),
    # ... and the outcome after it is the antecedent's, not the clause object's
    ("Two men who shot a clerk were arrested on Sunday.", (0, 1)),
    # a relative clause is no part of the counted noun: "shootings that police are investigating"
    ("Kevin Jones was shot and killed on Saturday outside his home, one of eight weekend shootings that police "
     "are investigating.", (1, 0)),
    # an age after "also"
    ("Tristan Carr, 18, has been charged with murder in the death of Eric Summerfield, also 18.", (1, 0)),
    # a person of the family joined to a counted group is one more
    ("He opened fire at his home, killing his five young children as well as his wife, police said.", (6, 0)),
    ("Three children and their mother were found shot to death in the home on Sunday.", (4, 0)),
    # persons left in a grave condition were hit
    ("The shooting left two men in critical condition, police said.", (0, 2)),
    ("A man was left in serious condition after the shooting on Elm Street.", (0, 1)),
    # a participle before the noun does not end the search for the outcome; hyphens are no words
    ("Two teens were killed. A third teenager received non-life-threatening injuries.", (2, 1)),
    # after "the second case in a week", an earlier incident told in passing is no part of this one
    ("Two brothers are charged in a shooting that has left a 3-year-old boy in critical condition. This is the "
     "second case in a week a child has been shot riding in a car. On Monday, a 4-year-old girl was grazed by a "
     "bullet on Hill Street.", (0, 1)),
    # an attempted murder's victim lived
    ("The attempted murder victim was shot in the leg and is expected to recover.", (0, 1)),
])
def test_round_eight_counts(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


def test_a_date_written_in_numbers_with_spaces_is_no_count(analyze):
    from eventdesk.nlp.numbers import find_quantities

    doc = analyze("Subject : Accidental Shooting Death Date : 12 - 18 - 2021 From : Lt. Ray Dunn")
    assert [q.value for s in doc.sents for q in find_quantities(s)] == []
