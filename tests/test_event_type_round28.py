"""Shots told by whom they were aimed at, the doers as subject ("officers fired at a car that drove toward them") are a
weapon used: the text makes an event whatever crash or wreck follows.  Before the twenty-eighth session "fired at"
was no armed word (a job lost is "fired at the plant"), and a report that told the car crashed after the shots read
as a crash and made none.  Invented reports in US local news' style."""

import pytest

from eventdesk.nlp.components.event_type.decide import classify

from .tolls import figures as _figures

SHOTS_AIMED = [
    "Two officers fired at a car that drove toward them in a parking lot early Sunday. The driver, 31, was hit in the "
    "shoulder and was arrested after the car crashed a block away.",
    "Somebody fired into a crowd leaving a party on Elm Street, and a woman was hurt when a car crashed into a pole as "
    "people fled.",
    "A deputy fired on the truck as it sped off; the driver was hurt when the truck crashed into a ditch.",
    "Police said a man fired at two men outside a gas station before he fled and crashed his car on Route 9.",
]


@pytest.mark.parametrize("text", SHOTS_AIMED)
def test_shots_aimed_at_somebody_make_an_event(text):
    assert classify(text, parties={"victim"}, outcomes={"wounded"}) is not None


# near misses: a job lost at a place, "fired at least", a crash with nobody firing, stay no event
NO_SHOTS = [
    "The driver, 31, was hurt when his car crashed into a pole on Main Street early Sunday, police said.",
    "A bus driver was fired at the depot after his bus crashed into a parked car on Elm Street, the city said.",
    "The company fired at least 40 workers after the crash of its delivery van, a spokesman said.",
    "The officer was fired on Monday, two months after his cruiser crashed into a house on Route 9.",
]


@pytest.mark.parametrize("text", NO_SHOTS)
def test_a_job_lost_or_a_crash_makes_none(text):
    assert classify(text, parties={"victim"}, outcomes={"wounded"}) is None


# -- the same reports' figures: a dog's bite is no victim of the shots, now that "fired at officers" makes an event
# (before, "A suspect who fired at officers was bitten by a police dog ... treated for dog bites" made no incident,
# so no figure; counts set 21's rules half row of that kind read one wounded once it did)

@pytest.mark.parametrize("text, expected", [
    ("SALEM, Ore. - A burglary suspect who fired at officers was bitten by a police dog and taken into custody early "
     "Friday, police said. The man was treated at a hospital for dog bites. None of the officers was hit.", (0, 0)),
    ("SALEM, Ore. - A man who fired at deputies was caught by a K-9 after a short chase Friday. He was taken to a "
     "hospital for treatment of dog bites, the sheriff's office said.", (0, 0)),
    # near misses: a person shot beside the dog's bite, and a man shot by the officers, count
    ("SALEM, Ore. - A burglary suspect who fired at officers was shot in the leg and bitten by a police dog early "
     "Friday, police said. He was treated at a hospital.", (0, 1)),
    ("SALEM, Ore. - Officers fired at a man who pointed a rifle at them early Friday, hitting him in the shoulder. "
     "He was taken to a hospital, police said.", (0, 1)),
])
def test_a_dogs_bite_is_no_victim_of_the_shots(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
