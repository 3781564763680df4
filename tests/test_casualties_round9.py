"""Per-report killed / injured figures, round nine: ages that are no counts (a headline that ends on one, "a four
year-old", a long list of ages); tallies over hours in words and over past years; what could have happened; "fighting
for her life"; the shooter who shot or killed others and then himself, one more of his own party; the perpetrators'
dead, who are none of those they shot; "another woman" that a later sentence describes; the dead of another kind than
those hit.  Every report here is written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # an age that ends a headline, an age written "four year-old", the last ages of a long list
    ("Police charge Dale Hunt, 19, with shooting death of Elmwood boy, 14\n\nDale Hunt, 19, was charged with the "
     "shooting death of a 14-year-old boy, police said.", (1, 0)),
    ("Nobody will be charged in the accidental discharge of a gun in a Maple Grove home that injured a four year-old "
     "girl.", (0, 1)),
    ("Three men, ages 15, 18, and 22, and three women, ages 15, 17, and 18, were injured and treated for "
     "non-life-threatening injuries.", (0, 6)),
    ("The suspect shot and killed in an attempted robbery at a smoke shop was 13-years-old, police said.", (1, 0)),
    # near misses: a count in words that is no age
    ("Four people were injured at a Maple Grove home on Sunday night, police said.", (0, 4)),
    ("Three men, ages 19 to 24, were wounded outside a bar on Dell Avenue.", (0, 3)),
])
def test_ages_are_no_counts(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Twelve people, including two children, were shot in the city in about ten hours. A man was shot and killed "
     "on Birch Street.", (1, 0)),
    ("In the past three years, 29 children were wounded and eleven killed with guns left in reach. On Sunday a "
     "4-year-old girl shot herself in the hand on Oak Lane.", (0, 1)),
    ("Seven people were wounded in a shooting at the Elm Garden apartments on Sunday. Two years earlier, two men "
     "were killed in a shooting at the same complex.", (0, 7)),
    # near misses: hours and years that date no tally
    ("Twelve people were shot at a block party on Birch Street about ten hours after the parade ended.", (0, 12)),
    ("Two men were killed on Sunday in the deadliest shooting in the town in twenty years.", (2, 0)),
])
def test_tallies_over_hours_and_years(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A 7-year-old girl was shot in the shoulder by a stray bullet on Friday. Doctors say the bullet could have hit "
     "her in the heart and killed her.", (0, 1)),
    ("A 37-year-old man was killed in the gunfire. There should have been five or six people dead that day, the "
     "chief said.", (1, 0)),
    # near miss: a modal that tells no counterfactual of the count
    ("Two people were killed on Sunday and the gunman could not be found.", (2, 0)),
])
def test_what_could_have_happened_is_no_toll(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Four people are dead and another is fighting for her life at a hospital after an overnight shooting on Lark "
     "Road.", (4, 1)),
    ("A boy was shot on Lark Road on Friday and was fighting for his life at a hospital.", (0, 1)),
    # near miss: a fight for lives that are not hit
    ("Four people were killed on Sunday. Activists said they are fighting for the lives of the city's children.", (4, 0)),
])
def test_fighting_for_a_life_is_a_hit(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police say a Riverton man shot an 8-year-old boy and then himself in a murder-suicide Tuesday inside an "
     "apartment.", (2, 0)),
    ("Man shot his family, killing 3, then killed himself. His older daughter was hospitalized in stable "
     "condition.", (4, 1)),
    ("A former employee opened fire at a box factory on Monday, killing three workers before killing himself, the "
     "sheriff said. Two other workers were wounded.", (4, 2)),
    ("A man set a shed on fire and then shot at firefighters as they arrived, killing two firefighters and wounding "
     "two others, police said. The gunman later killed himself.", (3, 2)),
    ("A man killed his two children and then himself early Wednesday. A man and two children are dead in what "
     "police say is an apparent murder-suicide.", (3, 0)),
    ("A man shot his wife on Tuesday. He then killed himself, police said.", (1, 1)),
    ("Investigators say Ron Tuller shot his daughter Mia three times with a pistol, killing her, and then shot "
     "himself once in the chest.", (1, 1)),
    # near misses: one who shot himself and nobody else; a count that includes the gunman; those shot, not killed
    ("A 10-year-old boy fatally shot himself at his home in February.", (1, 0)),
    ("Four people, including the gunman, died in the shooting. The gunman killed himself after shooting three "
     "neighbours.", (4, 0)),
    ("A gunman shot three people outside a bar on Vine Street and then killed himself, police said.", (1, 3)),
])
def test_the_shooter_who_killed_himself_is_one_more(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the perpetrators' dead are none of those they shot
    ("The gunman who shot three people was killed by police, the chief said.", (1, 3)),
    # near miss: the dead are among those shot
    ("Three people were shot on Vine Street on Saturday, and one of them died at a hospital.", (1, 2)),
])
def test_the_shooters_dead_are_not_taken_from_those_he_shot(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "another woman" in the lead is the woman a later sentence describes
    ("A 15-year-old girl was shot to death and another woman was wounded Saturday. A 25-year-old woman was also "
     "taken to Mercy Hospital.", (1, 1)),
    ("A 16-year-old boy was killed and another teen was wounded in a shooting in Westfield on Monday night. Police "
     "said a 15-year-old boy was taken to Mercy Hospital with a wound to the leg.", (1, 1)),
    # near miss: another one told after the first, each of them hit
    ("A man was shot in the leg on Cedar Street. Another man was shot in the arm.", (0, 2)),
])
def test_another_one_described_later_is_that_one(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the dead of another kind are none of those hit
    ("A man was shot and killed in a parking lot on Sunday. A woman was also shot. She is in stable condition.", (1, 1)),
    # near misses: told alive, then dead; a dead man among the men shot
    ("A man was shot on Emma Street on Monday. He was listed in stable condition. He died on Wednesday, police said.", (1, 0)),
    ("Two men were shot in a parking lot on Sunday. A man died at the hospital.", (1, 1)),
])
def test_the_dead_and_the_living_told_apart(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


def test_a_person_at_work_is_counted_one_at_a_time(killed_wounded):
    text = ("A man who had been fired on Monday returned the next morning and shot his former supervisor to death, "
            "police said.")
    assert killed_wounded(text) == (1, 0)


@pytest.mark.parametrize("text, expected", [
    # "the fatal victim" died
    ("Fatal victim ID'd, 3 others injured in Dayton shooting\n\nPolice identified the man who died in an overnight "
     "shooting on Elm Street.", (1, 3)),
    # one of the victims died: the rest were hit
    ("One of five victims in Hot Springs shooting dies", (1, 4)),
    # a gallery's "1 / 3" is no count
    ("Police say they know who fired the deadly shot in club 1 / 3 Back to Gallery\nDetectives believe they know "
     "who fired a gun inside the club, killing a man.", (1, 0)),
    # near misses: a victim of no killing; all of the victims died
    ("The victim of the robbery on Elm Street was not hurt, police said.", (0, 0)),
    ("All five victims of the shooting on Elm Street died, police said.", (5, 0)),
])
def test_victims_told_in_other_words(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the parser takes a thing for the subject of "shot himself": the person named first
    ("A 15-year-old boy who was being chased by a deputy after a convenience store robbery in Millbrook shot himself "
     "in the leg Thursday, according to a news release.", (0, 1)),
    # near miss: a name is the subject, whoever spoke of him
    ("The officer said Dan Cantu shot himself in the leg while cleaning his rifle on Thursday.", (0, 1)),
])
def test_who_shot_himself(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "had sustained a gunshot wound" is a hit, perhaps fatal: the dead are taken from it
    ("Officers found a 16-year-old male who had sustained a gunshot wound to the head inside the residence. The "
     "16-year-old male died from the injury at the scene.", (1, 0)),
    # a grief is no hit
    ("A 15-year-old girl was shot and killed on Monday. Her cousin, Dana Robbins, is also hurting.", (1, 0)),
    # struck in a body part where a gun went off
    ("The woman was struck in the shoulder when a gun that she and another person were taking apart went off, "
     "police said.", (0, 1)),
    # one bullet, the shooter and another hit
    ("A boy playing with a gun accidentally shot himself and a friend on Monday night.", (0, 2)),
    ("Police say Ed Flores accidentally fired a gun early Sunday morning, shooting himself and a woman.", (0, 2)),
    # near misses: struck with no gun told; one who shot another and then himself, not said hit
    ("The woman was struck in the head during an argument, police said.", (0, 0)),
    ("A man shot his neighbor and then himself, police said. The neighbor was taken to a hospital.", (0, 1)),
])
def test_hits_told_without_a_count(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


def test_another_one_killed_is_one_more(killed_wounded):
    """Among the dead "another" stays one more, whatever a later sentence describes."""
    text = ("A 20-year-old man was killed on Cedar Street on Sunday. Another man was killed on Elm Street. A 30-year-old "
            "man was killed in the shooting too, police said.")
    assert killed_wounded(text)[0] == 3


@pytest.mark.parametrize("text, expected", [
    # "treated and released": hit, and alive
    ("One man was killed in the shooting on Elm Street. Two others were treated and released from a local hospital.", (1, 2)),
    ("A man and a woman were shot on Elm Street on Sunday. The man was treated and released; the woman remains "
     "hospitalized.", (0, 2)),
    # a third one hit: the persons hit are three, the dead among them
    ("Two men were shot outside a bar on Elm Street. A third man was grazed by a bullet.", (0, 3)),
    ("Two men were killed on Elm Street on Sunday. A third man was wounded, police said.", (2, 1)),
    ("Two people were shot on Elm Street, one fatally. A third person was wounded by a stray bullet.", (1, 2)),
    # a count that says it holds the gunman: his death is taken from it
    ("Two people were shot on Elm Street, including the gunman, who died at the scene.", (1, 1)),
    ("Three people were shot, including the suspect, who was killed by police.", (1, 2)),
    # near misses: another shooting's ordinal; treated for no hit
    ("A man was shot on Elm Street on Sunday. It was the second man shot on the street this week.", (0, 1)),
    ("A man was shot on Elm Street on Sunday. His mother was treated for shock at the scene.", (0, 1)),
])
def test_the_hit_told_in_other_words(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a part of those hit, described between commas before its verb: the description is no count of its own
    ("Two men were shot early Sunday outside a bar on Maple Street, police said. One of them, a 24-year-old man, "
     "died at the scene.", (1, 1)),
    ("Two men were shot early Sunday outside a bar on Maple Street, police said. One of the men, a 24-year-old, "
     "died at the hospital.", (1, 1)),
    ("Three people were shot Friday night on Oak Street. Two of the victims, both men in their 20s, died at the "
     "hospital.", (2, 1)),
    ("Three people were shot Friday night on Oak Street. One of the victims, a woman in her 40s, died Saturday.", (1, 2)),
    # near misses: a part of the group ("including"), an ordinal whose description is the count
    ("Four people, including two children, were wounded Saturday on Elm Street.", (0, 4)),
    ("Two men were killed on Elm Street. A third victim, a 23-year-old woman, remains hospitalized.", (2, 1)),
])
def test_a_part_described_between_commas(killed_wounded, text, expected):
    assert killed_wounded(text) == expected
