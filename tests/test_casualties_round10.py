"""Per-report killed / injured figures, round ten: numbers that are no counts (a year cut short, a house number);
counts of no incident (any time, a grief, several shootings); "another 15-year-old" is one more than the dead; one
person in two roles; a shooter who turned the gun on himself or hit himself with others; a person of the family before
a count; a count on a line above; a death mourned at a rite where the shooting took place.  Every report here is
written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # a year after an apostrophe, a house number before a street name without "Street"
    ("Police said the suspect killed a clerk during a robbery in \u201988.", (1, 0)),
    ("Officers were called to a second scene. On 11500 Harrison, a woman has been found dead, police said.", (1, 0)),
    # near misses: counts of their own beside an apostrophe or a place
    ("Police said the suspect killed a clerk during a robbery in '88.", (1, 0)),
    ("Officers responded at 2300 Kessler, where a man had been shot in the leg.", (0, 1)),
    ("The gunmen killed 150 villagers and wounded 40 others, officials said.", (150, 40)),
    ("At 120 Main Street, two men were shot and wounded early Sunday.", (0, 2)),
])
def test_numbers_that_are_no_counts(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # any time, a grief, several shootings told with their toll
    ("A 16-year-old was shot and killed outside a gym on Sunday. \"Any time one of our players is hurt, all of us "
     "feel it,\" the coach said.", (1, 0)),
    ("A man was shot and killed on Ridge Street. \"Tonight two families are hurting,\" the chief said.", (1, 0)),
    ("An 11-year-old boy was grazed by a stray bullet on Tuesday. \"Six shootings in a week, two people dead,\" a "
     "neighbor said.", (0, 1)),
    ("Three killed, 11 hurt in overnight shootings around the city\n\nA man was shot and killed on Elm Street.", (1, 0)),
    # near misses: one shooting, a hurt with somebody hurt, a count of its own
    ("Two men were killed and eight wounded in a shooting at a bar on Elm Street.", (2, 8)),
    ("The blast hurt two workers at the plant, officials said.", (0, 2)),
    ("Every one of the four victims was taken to a hospital, police said.", (0, 4)),
])
def test_counts_of_no_incident(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "another 15-year-old" is one more than the one who died, told in a sentence of its own
    ("Gunfire broke out between two cars outside a diner. A 16-year-old was shot in the chest. He died at a "
     "hospital. Another 16-year-old in the second car was also shot.", (1, 1)),
    # near miss: one list of one sentence, where "another man" is among those the headline counts
    ("Man dead, infant and another man injured in Westfield shooting\n\nPolice are investigating a triple shooting.",
     (1, 2)),
    ("A 15-year-old was shot and killed on Main Street. Police said he was accused of shooting another 15-year-old "
     "last year.", (1, 0)),
])
def test_another_is_one_more_than_the_dead(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # one person in two roles
    ("Neighbors said a husband and father of three was shot and killed Friday outside a grocery store.", (1, 0)),
    ("A wife and mother was shot and wounded outside her home on Sunday.", (0, 1)),
    # near misses: two persons
    ("A husband and wife were shot and wounded outside their home on Sunday.", (0, 2)),
    ("A father and son were shot and killed outside their store on Sunday.", (2, 0)),
    ("A husband and his father were shot and wounded on Sunday.", (0, 2)),
])
def test_one_person_in_two_roles(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the shooter who turned the gun on himself is one more dead
    ("A man shot and killed his wife and son before turning the gun on himself, police said.", (3, 0)),
    ("Investigators say the grandmother killed her adult son and three young grandchildren before turning the gun on "
     "herself.", (5, 0)),
    # the shooter who hit himself and others is one more hit
    ("While unloading a rifle, a man accidentally shot himself and his two sons on Thursday. One of the boys died at "
     "a hospital.", (1, 2)),
    # a person of the family before a count
    ("Police said the man killed his wife and two children on Sunday.", (3, 0)),
    ("His wife and two children were killed in the shooting, police said.", (3, 0)),
    # near misses: a gun turned on others, a person before a count who was not hit, one count of persons
    ("The man turned the gun on the officers and was shot and killed by police.", (1, 0)),
    ("The wife of the victim and two children were not hurt. The gunman killed two neighbors on Sunday.", (2, 0)),
    ("A man and two children were shot at a park on Sunday.", (0, 3)),
])
def test_the_shooter_and_the_family(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a count on a line above is a headline, not a count "the others" are others than
    ("2 Injured, 1 Dead in Eastfield Shooting\nA man was fatally wounded and two other people were hospitalized after "
     "a shooting Sunday.", (1, 2)),
    # near miss: one sentence, the others are others than the count before
    ("Two people were shot and wounded, and three others were grazed by gunfire, police said.", (0, 5)),
])
def test_others_besides_a_count_on_its_own_line(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a shooting at a rite: whose rite it was died before
    ("Three mourners were wounded by gunfire while attending a funeral on Saturday. It was the funeral of Dale Pike, "
     "who died last month. Pike was killed in a motorcycle crash.", (0, 3)),
    ("A man opened fire at a vigil Tuesday night for a homicide victim, wounding four people. The vigil was for the son "
     "of a local coach, who was killed on Saturday.", (0, 4)),
    # near misses: a rite that only mourns this incident's dead; a person killed at a rite
    ("Hundreds attended a vigil for the two teens killed Friday on Elm Street.", (2, 0)),
    ("Two teens were shot and killed on Friday. A vigil for the two teens was held Sunday at the school.", (2, 0)),
    ("A man was shot and killed at the funeral of his cousin on Saturday, police said.", (1, 0)),
])
def test_a_death_mourned_at_the_rite(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "her" owns the person after it
    ("The woman accused of fatally shooting her older brother pleaded not guilty Thursday.", (1, 0)),
    # near misses: "her" of a person the parser joins right, "her" the one shot
    ("Police said the man shot her 15-year-old son in the chest.", (0, 1)),
    ("Her boyfriend shot her in the leg on Sunday, police said.", (0, 1)),
    ("A man shot her and her brother outside a store on Sunday.", (0, 2)),
])
def test_her_owns_the_person_after_it(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


def test_a_report_of_an_attempt_tells_no_death_of_the_shooter(killed_wounded):
    # "turned the gun on himself in an attempted murder-suicide": he lived
    text = "Deputies said the man shot his partner and then turned the gun on himself in an attempted murder-suicide."
    assert killed_wounded(text)[0] == 0


@pytest.mark.parametrize("words, person, expected", [
    # the NER's span runs on into an acronym: the surname is the word before it
    (["Paramedics", "gave", "Dale", "Whitmore", "CPR", "."], (2, 5), "whitmore"),
    # near misses: a name of its own words, a name all in capitals (a headline's)
    (["Paramedics", "treated", "Dale", "Whitmore", "."], (2, 4), "whitmore"),
    (["DALE", "WHITMORE", "KILLED"], (0, 2), "whitmore"),
])
def test_an_acronym_is_no_surname(nlp, words, person, expected):
    from spacy.tokens import Doc, Span

    from eventdesk.nlp.victims import People

    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, *person, label="PERSON")]
    assert People().key(doc[person[0]])[0] == expected


@pytest.mark.parametrize("text, expected", [
    # a body found is one dead, unnamed
    ("A body was found in a field near the state line on Saturday night, deputies said.", (1, 0)),
    ("Troopers are investigating after the discovery of a body in a ditch on Friday.", (1, 0)),
    # near misses: a body camera, a student body, the body of a described person, a body and a name
    ("The officer's body camera was found in a field on Saturday, deputies said.", (0, 0)),
    ("The student body was told on Monday that classes would resume.", (0, 0)),
    ("The body of a man was found in a field on Saturday night.", (1, 0)),
    ("A body was found in a field on Saturday. Deputies identified the man as John Ward, 45, who had been shot.",
     (1, 0)),
])
def test_a_body_found(killed_wounded, text, expected):
    assert killed_wounded(text) == expected
