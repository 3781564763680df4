"""Step 2, clear cues: demonstrations and mobs, suicide bombs, chemical weapons, sexual violence, changes of
territory, and the strategic developments (disrupted weapons use, agreements, bases, transfers of territory,
changes to a group, looting, arrests), with the rules that choose among the kinds of demonstration and tell who
took a place.

The package's modules, each importing only those before it: ``fights`` (a fight, attacks halted, the hurt),
``crowds`` (who makes a crowd, mobs, crowds that clash or riot), ``protests`` (the words of a demonstration),
``specific`` (suicide bombs, chemical weapons, sexual violence, grenades, a place taken), ``government`` (the state's
forces), ``strategic`` (the strategic developments), ``territory`` (who took a place), ``protest_kind`` (which
demonstration), ``no_violence`` (reports that tell no violence in violent words) and ``befell`` (a death or an injury
with nobody who did it).  Every name the module ``cues`` had is still read from the package.
"""

from __future__ import annotations

from .fights import (
    _FIGHT, _HALT_VERB, _HALTED_ACTS, _ATTACKS_HALTED, _ATTACKS_HALTED_RX, _NO_FIGHT, _CASUALTY, _NO_CASUALTY,
    _told_hurt, _ARMED_PARTIES, _armed_both_sides
)
from .crowds import (
    _TRADES, _AGITATING, _AGITATING_RX, _HANDS_ON_OFFICIALS, _STATE_FORCES, _CIVIC_CROWD, _CLASH, _CROWD_FIGHTS_FORCES,
    _CROWD, _OF_WHOM, _MOB, _ARMED_GROUP, _ARMED_ACTORS, _CROWDS_CLASH, _STATE_FORCES_RX, _ORGANISED_SIDE,
    _crowds_clash, _crowd_riots
)
from .protests import (
    _PROTEST_ACTS, _PROTEST_ACT, _CROWD_WRECKS, _PROTEST_STEMS, _PROTEST, _PROTEST_VIOLENT, _PROTEST_LETHAL,
    _FORCE_ON_PROTEST, _CROWD_BLOCKED, _PROTEST_INTERVENTION, _PROTEST_GESTURE, _DEMAND, _CROWD_DEMANDING,
    _protest_gesture, _protest_named
)
from .specific import (
    _CHEM_EFFECTS, _TEAR_GAS, _chemical_effects, _SPECIFIC
)
from .government import (
    _RANGERS, _GOVERNMENT
)
from .strategic import (
    _GROUP_CHANGE, _DEPLOYED, _DEPLOYED_RX, _AHEAD_OF_PROTEST, _RUSTLING, _RINGLEADER, _GROUP_CHANGE_RX,
    _CAPTURED_PEOPLE, _CAPTURED_PEOPLE_RX, _GIVE_UP_ARMS, _ARMED_MERGER, _ARMED_GROUP_FORMED, _ARMS_SEIZED, _STRATEGIC,
    _DISRUPTED_WORDS, _SD_WORDS, _MORE_EVENT_WORDS, _ARMS_HANDED, _PLACE_HANDED, _arms_handed_over
)
from .territory import (
    _FROM_NON_STATE, _TAKEN_AFTER_LEFT, _TAKEN_BY_FORCE, _CONTESTED, _TAKING, _only_contested, _NON_STATE, _state_took,
    _taker, _FELL_TO, _DRIVEN_OUT, _STATE_SUBJECT, _territory
)
from .protest_kind import (
    _PROTEST_NOT_HELD, _ARRESTED, _PEACEFUL_PROTEST, _PROTEST_WITH_INTERVENTION, _arrest_not_at_protest, _GRIEVANCE,
    _CROWD_CONTROL, _NO_CONTROL, _SERIOUS_HARM, _CONTROL_ACT, _MAIMED_BY_CONTROL, _done_at_protest, _PROTEST_TO_COME,
    _protest_only_to_come, _PROTEST_ENDED_BY_DEAL, _protest
)
from .no_violence import (
    _FIGURES_OF_DEBATE, _FIGURES_OF_FIRE, _NOTHING_HAPPENED, _MORE_ACCIDENTS, _YEARS_AFTER, _YEARS_CLAUSE, _REMEMBRANCE,
    _SENTENCE_END, _STAGE, _FIRE_AT, _PERSON_DOES_VIOLENCE, _STOLEN, _DEBATE_AND_FIRE_BLANKED, _figures_of_debate,
    _RUMOUR_AS_CAUSE, _nothing_happened, _more_accidents, _only_remembered, _OBITUARY, _PEACEFUL_DEATH,
    _peaceful_obituary, _PAST_YEAR, _LAST_CENTURY
)
from .befell import (
    _OUTCOME, _BEFELL, _HAND_VIOLENCE, _PERPETRATOR, _BODY_FOUND, _MARKS_OF_KILLERS, _WHERE_OR_WHEN, _SITES,
    _FIGHT_ACTS, _TOLD_CAUSE, _FIRE_FOUGHT, _only_befell
)

__all__ = [
    "_FIGHT", "_HALT_VERB", "_HALTED_ACTS", "_ATTACKS_HALTED", "_ATTACKS_HALTED_RX", "_NO_FIGHT", "_CASUALTY",
    "_NO_CASUALTY", "_told_hurt", "_ARMED_PARTIES", "_armed_both_sides", "_TRADES", "_AGITATING", "_AGITATING_RX",
    "_HANDS_ON_OFFICIALS", "_STATE_FORCES", "_CIVIC_CROWD", "_CLASH", "_CROWD_FIGHTS_FORCES", "_CROWD", "_OF_WHOM",
    "_MOB", "_ARMED_GROUP", "_ARMED_ACTORS", "_CROWDS_CLASH", "_STATE_FORCES_RX", "_ORGANISED_SIDE", "_crowds_clash",
    "_crowd_riots", "_PROTEST_ACTS", "_PROTEST_ACT", "_CROWD_WRECKS", "_PROTEST_STEMS", "_PROTEST", "_PROTEST_VIOLENT",
    "_PROTEST_LETHAL", "_FORCE_ON_PROTEST", "_CROWD_BLOCKED", "_PROTEST_INTERVENTION", "_PROTEST_GESTURE", "_DEMAND",
    "_CROWD_DEMANDING", "_protest_gesture", "_protest_named", "_CHEM_EFFECTS", "_TEAR_GAS", "_chemical_effects",
    "_SPECIFIC", "_RANGERS", "_GOVERNMENT", "_GROUP_CHANGE", "_DEPLOYED", "_DEPLOYED_RX", "_AHEAD_OF_PROTEST",
    "_RUSTLING", "_RINGLEADER", "_GROUP_CHANGE_RX", "_CAPTURED_PEOPLE", "_CAPTURED_PEOPLE_RX", "_GIVE_UP_ARMS",
    "_ARMED_MERGER", "_ARMED_GROUP_FORMED", "_ARMS_SEIZED", "_STRATEGIC", "_DISRUPTED_WORDS", "_SD_WORDS",
    "_MORE_EVENT_WORDS", "_ARMS_HANDED", "_PLACE_HANDED", "_arms_handed_over", "_FROM_NON_STATE", "_TAKEN_AFTER_LEFT",
    "_TAKEN_BY_FORCE", "_CONTESTED", "_TAKING", "_only_contested", "_NON_STATE", "_state_took", "_taker", "_FELL_TO",
    "_DRIVEN_OUT", "_STATE_SUBJECT", "_territory", "_PROTEST_NOT_HELD", "_ARRESTED", "_PEACEFUL_PROTEST",
    "_PROTEST_WITH_INTERVENTION", "_arrest_not_at_protest", "_GRIEVANCE", "_CROWD_CONTROL", "_NO_CONTROL",
    "_SERIOUS_HARM", "_CONTROL_ACT", "_MAIMED_BY_CONTROL", "_done_at_protest", "_PROTEST_TO_COME",
    "_protest_only_to_come", "_PROTEST_ENDED_BY_DEAL", "_protest", "_FIGURES_OF_DEBATE", "_FIGURES_OF_FIRE",
    "_NOTHING_HAPPENED", "_MORE_ACCIDENTS", "_YEARS_AFTER", "_YEARS_CLAUSE", "_REMEMBRANCE", "_SENTENCE_END", "_STAGE",
    "_FIRE_AT", "_PERSON_DOES_VIOLENCE", "_STOLEN", "_DEBATE_AND_FIRE_BLANKED", "_figures_of_debate",
    "_RUMOUR_AS_CAUSE", "_nothing_happened", "_more_accidents", "_only_remembered", "_OBITUARY", "_PEACEFUL_DEATH",
    "_peaceful_obituary", "_PAST_YEAR", "_LAST_CENTURY", "_OUTCOME", "_BEFELL", "_HAND_VIOLENCE", "_PERPETRATOR",
    "_BODY_FOUND", "_MARKS_OF_KILLERS", "_WHERE_OR_WHEN", "_SITES", "_FIGHT_ACTS", "_TOLD_CAUSE", "_FIRE_FOUGHT",
    "_only_befell"
]
