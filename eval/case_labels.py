"""CASE 2021 Task 2 labels -> ACLED (event_type, sub_event_type): the ONE mapping table.

CASE's 25 "seen" types are ACLED sub-event types under short names (Haneczok et al. 2021); the map
follows ACLED's codebook.  Types outside ACLED (CASE sub-tasks 2-3: ORG_CRIME, NATURAL_DISASTER,
MAN_MADE_DISASTER, DIPLO, ATTRIB) and OTHER map to None: eventdesk's classifier should say "no
violent event" (None) for them, which is what we score them against.
"""

from __future__ import annotations

CASE_TO_ACLED: dict[str, tuple[str, str] | None] = {
    # Battles
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    # Explosions/Remote violence
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    # Violence against civilians
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    # Protests and riots
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    # Strategic developments
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "OTHER": None,
    # not ACLED types (CASE sub-tasks 2 and 3)
    "ORG_CRIME": None,
    "NATURAL_DISASTER": None,
    "MAN_MADE_DISASTER": None,
    "DIPLO": None,
    "ATTRIB": None,
}
SEEN = tuple(k for k in CASE_TO_ACLED if k not in ("ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ATTRIB"))
NONE_LABEL = "NONE"  # our name for "no ACLED event" on the CASE side
_BY_SUB = {v[1]: k for k, v in CASE_TO_ACLED.items() if v}


def to_case(pred: tuple[str, str] | None) -> str:
    """Our (event_type, sub_event_type) as a CASE label; a sub-type CASE lacks counts as NONE."""
    if not pred:
        return NONE_LABEL
    return _BY_SUB.get(pred[1], NONE_LABEL)


def gold_case(label: str) -> str:
    """CASE's gold label with the non-ACLED types collapsed into NONE."""
    return label if CASE_TO_ACLED.get(label) else NONE_LABEL
