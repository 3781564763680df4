"""Casualty claims: a quantity, the outcome it counts, and whose people.

For each quantity in a sentence (see ``numbers.py``):

1. Outcome.  A trigger word after the quantity's noun phrase ("14 soldiers were
   killed", "12 wounded"), else one before it ("killing at least 14", "the death
   toll rose to 140").  A trigger that governs the *next* quantity ("killed 3
   and wounded 12") is not taken by the one before it.
2. Breakdown.  A quantity after "including", "among them", "of whom" or ":"
   inherits the outcome of the total before it; the total is kept as a claim
   with party None.
3. Party.  The noun the quantity counts: a known actor ("IS fighters"), a
   generic party ("militants", "civilians", "security forces"), "our fighters"
   (resolved later to the speaker), or None for people in general.

Raw claims go to ``doc._.raw_claims``; attribution and segmentation fill the rest.

The modules, from the bottom up (each imports only those above it in this list):

- ``triggers``       the words that tell an outcome, and the checks a word must pass
- ``headline``       what a headline drops, and what a headline put before the text adds
- ``phrase``         the shape of a counted noun phrase: its head, its ages and asides
- ``party``          reading a figure's party (step 3)
- ``outcome``        reading a figure's outcome, and whose a trigger is (step 1)
- ``no_toll``        the rules that drop a figure as no toll of this incident
- ``rites``          deaths mourned at a funeral or a vigil where shots were fired
- ``parts``          restated and partial counts, breakdowns of a total (step 2)
- ``persons``        persons told one at a time, and the key that tells them apart
- ``added_persons``  persons who add to a count without a number of their own
- ``later_deaths``   "both", "all", "they" who died, standing for the persons a count just before told hit
- ``shooter``        the shooter among the hit and the dead
- ``extract``        the cascade itself, sentence by sentence (``extract_claims``)
- ``component``      the spaCy component and its factory

Names with a leading underscore are private to this package.
"""

from .added_persons import OTHERS_HIT
from .component import CasualtyExtractor, make_casualties
from .extract import extract_claims
from .triggers import TRIGGERS

__all__ = ["OTHERS_HIT", "TRIGGERS", "CasualtyExtractor", "extract_claims", "make_casualties"]
