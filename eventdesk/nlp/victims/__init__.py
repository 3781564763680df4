"""Victims without a number: "Jefferson Heavner was shot and killed", "he died at a hospital".

Local news names its victims one by one rather than counting them.  Each person a trigger word
says was killed or hurt becomes a claim of one, with a victim key (a surname, or "unnamed"), so
that ``reconcile.report_figures`` counts distinct persons however often a report names them.
The trigger's arguments come from the parse: the subject of "was killed", "died", "was found
dead"; the object of "shot and killed", "assassinated"; "the death of X", "the body of X";
the person of "beaten to death".  A pronoun is the last person named before it; "who" is the
noun its clause hangs on.  Where the small parser fails the rules help it: a surname the NER
missed counts when the report gives it after a first name ("Victoria Cantu" ... "Cantu was found
dead"), a lone first name is the full name's surname, and a headline ("Girl shot at party dies")
is read without its dropped auxiliaries.  Signs of a hit without a hurting verb ("in critical
condition", "suffering from a gunshot wound", "taken to a hospital") count as wounded the way
"shot" does: reconcile subtracts those who died.  The subject of an active "shot" is the shooter; one who
killed himself after shooting others ("then killed himself", "and then himself") is ``SHOOTER``, one more dead
of the perpetrators' party.

The modules, from the bottom up (each imports only those above it in this list):

- ``words``          the word lists more than one module reads (negators, person nouns, words of death and hurt)
- ``died``           deaths told by a phrase: "did not survive", "did not make it", "passed away", "succumbed"
- ``names``          surnames, where the NER finds them and where it does not
- ``arguments``      a trigger's subjects and objects as the parse gives them, and whether it is passive
- ``people``         person keys: who a token names, and ``People``, the persons named so far
- ``person_claims``  a claim of one person, added once per person and outcome
- ``no_hit``         the tests that a trigger tells no hit of this incident (negated, intended, earlier, a miss)
- ``signs``          signs of a hit without a hurting verb ("in critical condition"), and ``ALIVE``
- ``shooter``        the shooter who shot himself, or others and then himself; whether the police shot (``police_shot``)
- ``deaths``         deaths told by a noun: a suicide, a killing's victim, a body found
- ``triggers``       reading a trigger word and the outcome it tells
- ``claims``         the cascade itself, sentence by sentence (``victim_claims``)

Names with a leading underscore are private to this package.
"""

from ...models import SHOOTER
from .arguments import _an_age as an_age, participle_of_a_noun
from .claims import victim_claims
from .triggers import the_shooting_of
from .died import death_negator, died_by_phrase
from .no_hit import (
    a_kind_of_hurt, counterfactual, died_of_illness, earlier_at_the_same_place, earlier_of_another, first_told,
    hurt_in_a_mishap, on_the_record, shot_at_miss, superseded,
)
from .people import People, police_before
from .shooter import LATER_SUICIDE, OWN_HAND, PERPETRATOR_NOUNS, police_shot
from .person_claims import is_unnamed
from .signs import (
    ALIVE, CONDITIONS, HIT_TRIGGERS, TAKEN, fatal_wound, fighting_for_life, says_alive, told_fatal, treated_for_a_hit,
)
from .words import NEGATORS, SELF

__all__ = [
    "ALIVE", "CONDITIONS", "HIT_TRIGGERS", "LATER_SUICIDE", "NEGATORS", "OWN_HAND", "PERPETRATOR_NOUNS", "SELF", "SHOOTER", "TAKEN", "People",
    "a_kind_of_hurt", "an_age", "counterfactual", "police_before",
    "death_negator", "died_by_phrase", "died_of_illness", "fatal_wound", "earlier_at_the_same_place", "earlier_of_another",
    "fighting_for_life", "first_told", "hurt_in_a_mishap", "is_unnamed", "on_the_record", "participle_of_a_noun",
    "police_shot", "says_alive", "shot_at_miss", "superseded", "the_shooting_of", "told_fatal", "treated_for_a_hit", "victim_claims",
]
