"""How far the rules trust the model: the probabilities above which its answer stands, and the groups of
ACLED types those bars speak of.  Most were chosen by cross-validation on ACLED dev notes
(``eval/train_event_type.py``); they live in one place so that a retrained model is tuned in one place.
"""

from __future__ import annotations


_TRUST = 0.6  # the model decides above this probability of its best class (vetoes aside)
_SD_VETOED = ("Arrests", "Looting/property destruction", "Change to group/activity", "Agreement", "Headquarters or base established", "Non-violent transfer of territory", "Disrupted weapons use")
_UNSURE = 0.6  # below this probability of its best class the model gives way to the weapon rules
_NONE_SURE = 0.5  # the model's "no event" vetoes only above this
_EVENT_SURE = 0.8  # a text without a violence word is a violent event when the model is this sure of one (it has
# seen little crime news without violence, and calls a shoplifting an attack at 0.7)
_QUIET_EVENT_SURE = 0.4  # ... and a strategic development, demonstration or change of territory at this: news names
# those without a word of violence ("announced a truce", "troops were deployed", "activists gathered")
_LITTLE_VIOLENCE = 0.4  # below this share of the violent types the model's best class stands (chosen by cross-validation)
_LITTLE_VIOLENCE_NONE = 0.3  # ... its "no event" below this (lower: an arrest for a killing is still the killing)
_MODEL_SURE = 0.2  # the model's territory, demonstration and strategic types win over the rules above this (chosen by
# cross-validation: the rules' patterns for these types miss most of the ways news words them)
_N_WEAPON_CUES = 4  # the first _SPECIFIC cues (suicide bomb, chemical weapon, sexual violence, thrown grenade)
_PROTEST_SURE = 0.6  # the model picks the kind of demonstration above this (share among the protest types)
_TERRITORY_MASS, _TERRITORY_SURE = 0.2, 0.75  # the model tells who took a place when it clearly prefers one
_VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
