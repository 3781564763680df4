"""Per-report killed / injured figures, round six: counts with phrases between them and their verb, parts
of a count that died, hits told without "shot", victims counted, suicides after a killing, names that hold
a number, and a dateline on a line of its own.  Every report here is written for these tests."""

from __future__ import annotations

import pytest



@pytest.mark.parametrize("text, expected", [
    # phrases that hang on the counted noun, set off or not, before the verb
    ("Deputies said 3 people including a 16-year-old boy were wounded in a shooting in Lindale on Saturday night.", (0, 3)),
    ("Five people, including a pregnant woman, were wounded in a shooting on Oak Street on Sunday.", (0, 5)),
    ("Three teens -- including a 14-year-old girl -- were wounded in a drive-by shooting on Monday night.", (0, 3)),
    ("Four men between ages 18 and 24 were wounded in a shooting outside a bar on Friday, police said.", (0, 4)),
    # "one fatally" is the next count's, not the first one's
    ("Police are looking for two men who shot five people — one fatally — at a party in Marlow on Sunday.", (1, 4)),
    ("A gunman shot three people, one fatally, outside a gas station on Tuesday night.", (1, 2)),
    # a part of a count that died
    ("One of the three people wounded in Saturday's shooting at a Dalton bar has died, police said.", (1, 2)),
    ("Two of the five men shot at a cookout on Sunday have died.", (2, 3)),
    # the person killed, and the people wounded, told in one phrase
    ("One man was killed and two others were wounded in a shooting in Pinecrest on Friday. "
     "The names of the man killed and the two wounded people have not been released.", (1, 2)),
    # the police say it: no party of theirs
    ("Police say four women were shot at a house party in Ellsworth on Saturday. "
     "Tamika Rowe, 19, was one of four women police say were shot, and she died on Sunday.", (1, 3)),
    # a hit told without "shot"
    ("A 10-year-old girl was among three people hit in a shooting at a park in Riverton on Sunday.", (0, 3)),
    ("Two bystanders were struck by gunfire during a shootout outside a store on Main Street on Friday.", (0, 2)),
    ("Two pedestrians were hit by a car on Main Street on Friday.", (0, 0)),
    # victims counted in a report of gunfire; not victims of another crime
    ("A man walked up to a porch where the three victims were sitting, opened fire and ran off on Tuesday night. "
     "All of them are expected to survive.", (0, 3)),
    ("Officers heard shots nearby and found two robbery victims outside a store on Friday. Nobody was hurt.", (0, 0)),
    # a claimed life; a killing, then a suicide, in one sentence
    ("An accident with a hunting rifle claimed the life of 6-year-old Owen Pratt of Millbrook on Saturday morning.", (1, 0)),
    ("Sheriff's deputies say a 41-year-old man shot his 9-year-old son to death and then killed himself on Sunday.", (2, 0)),
    ("The standoff ended on Friday with a man killing his wife and then taking his own life.", (2, 0)),
    # a number in a name is no count
    ("A woman was found shot dead in a motel near Six Flags Drive on Monday, police said.", (1, 0)),
    # a count over a period since another event is a tally, not this incident's
    ("A boy, 7, was wounded in a shooting in Elmwood on Friday. Since the rampage at a school in Carver County, "
     "at least 310 children have been killed by gunfire in the state, a group said.", (0, 1)),
    # a dateline on a line of its own; a line that ends with an abbreviation
    ("TOWN OF ASHFORD, Wis. -\nA 16-year-old was accidentally shot and killed Sunday night while hunting with friends.", (1, 0)),
    ("Two teens were taken to a hospital after being shot on Elm Street shortly before 9 p.m.\n"
     "17-year-old Marcus Dale of Fairview was pronounced dead and 17-year-old Leon Pike was treated and released.", (1, 1)),
    # an age without hyphens is no count
    ("Police charged a man with negligent homicide in the death of his girlfriend's seven month old son on Sunday.", (1, 0)),
    # capitalised common words are no names
    ("A Lakeview Man has died of a gunshot wound over the weekend. Dennis Ward, 57, died Sunday from injuries he "
     "suffered Saturday night.", (1, 0)),
    # persons by sex are one party, whom a named person among them does not add to
    ("Three females and two males were taken to Kent County Hospital, and at last check, one victim – 25-year-old "
     "Carlos Ruiz – was in serious condition.", (0, 5)),
    # a suicide, the shooter's own death after a killing, a dead person found, a name set off after a kin noun
    ("Deputies were called to a house on Birch Road on Tuesday. The man who lived there had shot himself, and the "
     "coroner ruled the death a suicide.", (1, 0)),
    ("Her husband, 30-year-old Omar Reyes, shot her sister, 22-year-old Lina Reyes, before killing himself "
     "on Sunday, deputies said.", (1, 1)),
    ("A man shot his neighbor after an argument on Friday before killing himself, police said.", (1, 1)),
    ("Responding to a call on Monday night, deputies located a deceased white male with a gunshot wound to the chest.", (1, 0)),
    ("The coroner says the son, 8-year-old Dylan Marsh, died of multiple gunshot wounds. The cause of death of the "
     "father, 40-year-old Gary Marsh, is a gunshot wound to the head and the manner is a suicide.", (2, 0)),
    ("A man is facing charges for shooting at his neighbor's house from his own porch on Wednesday. No one was hurt.", (0, 0)),
    # a clause about another person; an age in short; the dead spoken of; other suicides before
    ("Tara Vance, 17, was in a car with three other friends on Saturday when she was shot and killed.", (1, 0)),
    ("Police said a young girl was injured by a firearm on Monday. The chief wrote: 4 yr old injured by firearm on "
     "Elm Street.", (0, 1)),
    ("A girl, 5, died after a gun went off at her home on Monday. A relative of the deceased said it was an accident.", (1, 0)),
    ("A student shot himself in a school parking lot on Tuesday and died. It was the second suicide at the school "
     "this year.", (1, 0)),
    # others besides the persons told one by one
    ("A 9-year-old girl remained in critical condition on Friday after a shooting that also injured two other people "
     "outside a store on Elm Street.", (0, 3)),
    ("A man was shot in the arm and two others were wounded in a shooting outside a bar on Sunday.", (0, 3)),
    ("One man was killed and two others were wounded in a shooting outside a bar on Sunday.", (1, 2)),
    # "to" before a gerund is no aim
    ("A man pleaded guilty on Monday to shooting his cousin, 12, while cleaning a rifle at his home last spring.", (0, 1)),
    # others shot besides the dead told; a named person joined to the others counted
    ("Police believe Ray Cole shot and killed a woman and her son on Sunday. Three others were also shot and left in "
     "critical condition.", (2, 3)),
    ("Police believe Tyrell Banks and the three other teens were shot from a passing car on Friday. Tyrell Banks, 16, "
     "was killed.", (1, 3)),
    # a roundup of separate shootings is no incident's toll; a series told as one is
    ("Nine people were wounded in three separate shootings across the city on Saturday night, police said. In one of "
     "them, a man was shot in the leg outside a bar on Pine Street.", (0, 1)),
    ("A man and a woman were killed and three other people were wounded in shootings that happened within an hour "
     "in Dunmore on Sunday.", (2, 3)),
])
def test_round_six_figures(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


def test_a_person_noun_that_modifies_another_is_no_person(analyze):
    doc = analyze("A fight between two groups left one man dead and six others injured at a teen function early Sunday.")
    assert [(c.outcome, c.count) for c in doc._.raw_claims] == [("killed", 1), ("wounded", 6)]
