"""Step 3 without a sure model: the weapon named decides (armed clash, air strike, explosive, grenade, shelling,
incendiary, abduction), tried in order.  Without the model file these keyword rules decide alone.
"""

from __future__ import annotations

import re

from .words import _rx


# -- 3. the model, and the keyword rules it replaces when its file is missing --------------------------

# the weapon named: the keyword rules, tried in order.  Without the model they decide; with it, they
# decide when the model is unsure (short news sentences are far from the ACLED notes it learnt from)
_WEAPON: tuple[tuple[str, str, re.Pattern], ...] = tuple(
    (etype, sub, _rx(pattern))
    for etype, sub, pattern in (
        ("Battles", "Armed clash",
         r"\b(?:clash\w*|fighting|battles?|firefights?|fire fights?|gun ?battles?|exchang\w* (?:of )?(?:fire|gunfire)|shoot-?outs?|small arms|machine ?guns?|machineguns?|prison break|jailbreak|"
         r"stormed (?:the )?(?:prison|jail|base|barracks|checkpoint)|repelled|repuls(?:ed|es?|ing)|ambush\w*|"
         r"attack\w* on (?:the |a )?(?:prison|jail|military|army|base|barracks|checkpoint|position|convoy|outpost|police station))"),
        ("Explosions/Remote violence", "Air/drone strike",
         r"\b(?:air ?strikes?|airstrikes?|air raids?|drone (?:strikes?|attacks?)|warplanes?|war planes?|fighter jets?|jets? (?:bombed|struck|pounded)|"
         r"(?:jets?|warplanes?|helicopters?|drones?) (?:bombs|strikes|hits|pounds)|aerial (?:bombardment|attacks?|bombing)|helicopter gunships?|(?:bombed|struck) from the air|air force (?:targeted|bombed|struck|hit)|"
         r"(?:drones?|aircraft|planes?|helicopters?) (?:targeted|bombed|struck|hit|attacked|fired)|unmanned aerial vehicles?|uavs?)\b"),
        ("Explosions/Remote violence", "Remote explosive/landmine/IED",
         r"\b(?:roadside bombs?|ieds?|vbieds?|improvised explosive|land ?mines?|anti-?(?:personnel|tank) mines?|mines? (?:exploded|blast)|car bombs?|bomb-?laden|explosive devices?|"
         r"(?:bomb|device|explosives?) (?:exploded|went off|detonated|blast)|booby.trap\w*|sticky bombs?|magnetic bombs?|planted bombs?|bombing|"
         r"blasts?|explosions?|explosives?|detonat\w*)\b"),
        ("Explosions/Remote violence", "Grenade", r"\b(?:hand )?grenades?\b(?! launchers?)"),
        ("Explosions/Remote violence", "Shelling/artillery/missile attack",
         r"\b(?:shell(?:ing|ed|s)?|artillery|mortars?|rockets?|missiles?|katyushas?|howitzers?|projectiles?)\b"),
        # a firebomb or a petrol bomb thrown at people or their home: an attack (ACLED counts no incendiary as an explosive)
        ("Violence against civilians", "Attack",
         r"\b(?:fire-?bomb\w*|petrol bombs?|gasoline bombs?|molotov\w*|incendiary devices?)\b"),
        ("Violence against civilians", "Abduction/forced disappearance",
         r"\b(?:kidnap\w*|abduct\w*|hostages?|(?:taken|held) captive|forced(?:ly)? disappear\w*|"
         r"(?:picked up|taken away|whisked away|bundled (?:\w+ ){0,3}into (?:a |an )?(?:\w+ )?(?:car|van|vehicle)) (?:\w+ ){0,4}by|vanished|"
         # an unmarked car or a white van is the abductors' own, not a police van
         r"bundled (?:\w+ ){0,3}into (?:an? )?(?:unmarked |white |black |waiting )?(?:car|van|vehicle|suv))\b"),
    )
)
# an explosion told with what made it go off on purpose: a bomb, a device, explosives, a detonation, an attack.  Without
# any of these (and with no armed men named) "the explosion" is as often a gas main's or a house's ("victim of Friday's
# explosion dies"), which the model, where it sees no event, is right about.  ("A blast" is news's word for a bomb's
# going off far more than a boiler's: it counts as told)
_BOMB_TOLD = _rx(r"\b(?:blasts?|bomb\w*|ieds?|vbieds?|improvised|devices?|explosives?|detonat\w*|(?:land ?)?mines?|booby.trap\w*|grenades?|"
                 r"attack\w*|planted|targeted|blew up|suicide|terror\w*)\b")
_BARE_EXPLOSION = ("Explosions/Remote violence", "Remote explosive/landmine/IED")


def _bare_explosion(text: str, sub_rx: tuple[str, str]) -> bool:
    """The IED rule matched only an explosion or a blast: nothing said to have been set off by anybody."""
    return sub_rx == _BARE_EXPLOSION and not _BOMB_TOLD.search(text)


_KILLED = _rx(r"\b(?:kill\w*|dead|died|murder\w*|slain|bod(?:y|ies))\b")


# -- the weapon that decides over a battle ----------------------------------------------------------------
# An attack told by the explosive it was made with ("attacked a police post with grenades", "the base came under
# mortar fire", "rockets fired at the camp") is that weapon's event in ACLED's terms, not a battle: a clash needs two
# armed sides that fight, and news of such attacks names no fight.  The model, which has read "militants" and "base"
# in the notes of many battles, calls them clashes; the kinds of weapon, one at a time (two kinds named decide nothing)
_EXPLOSIVE_KINDS: tuple[tuple[str, str, re.Pattern], ...] = tuple(
    ("Explosions/Remote violence", sub, _rx(pattern))
    for sub, pattern in (
        ("Grenade", r"\b(?:hand |stun |rifle )?grenades?\b(?! launchers?)"),
        ("Shelling/artillery/missile attack",
         r"\b(?:mortars?|shell(?:s|ing|ed)|artillery|rockets?|missiles?|katyushas?|howitzers?)\b(?! launchers?)"),
        ("Remote explosive/landmine/IED",
         r"\b(?:ieds?|improvised explosive|land ?mines?|roadside bombs?|explosive devices?|car bombs?)\b"),
    )
)
# ... unless the words tell a fight: two sides firing, guns beside the explosive, those attacked fighting back.  A
# rocket-propelled grenade or a launcher is the weapon of a firefight, not a shelling
_TWO_SIDED = _rx(
    r"\b(?:clash\w*|fighting|fought|battl\w*|gun ?(?:battles?|fights?)|fire ?fights?|exchang\w*|shoot-?outs?|encounters?|ambush\w*|skirmish\w*|"
    r"retaliat\w*|returned fire|return(?:ed|ing)? (?:the )?fire|repuls\w*|repel\w*|beat back|counter-?attack\w*|respond\w*|engag\w*|"
    r"fir(?:ed|ing) back|firing|(?:direct|heavy|intense|small-arms?) fire|gunfire|gun ?fire|gunmen|gunshots?|opened fire|open fire|small arms|machine ?guns?|rifles|guns?|bullets?|shot|shooting|"
    r"automatic (?:weapons|fire)|rocket-propelled|rpgs?|launchers?|neutrali[sz]\w*|"
    # a fight told by what both sides did: "casualties on both sides", "the attack was foiled", "heavy weapons"
    r"both sides|each other|one another|confrontations?|hostilities|foiled|thwarted|heavy weapons|tanks?|advanc\w*|"
    r"(?:attackers|assailants|militants|insurgents|fighters) (?:were )?(?:killed|wounded|captured))\b"
)


# ... and the explosive told as what the attack was made with, not named among the weapons of a fight told otherwise:
# "attacked the post with grenades", "came under mortar fire", "fired rockets at the camp", "mortar shells landed"
_ARMS = r"(?:hand )?grenades?|mortars?|mortar (?:shells?|rounds?|bombs?)|rockets?|missiles?|shells|artillery|ieds?|land ?mines?|explosive devices?"
_EXPLOSIVE_AS_MEANS = _rx(
    r"\bwith (?:\w+ ){0,2}(?:" + _ARMS + r")\b|\b(?:came |come |was |were )?under (?:heavy )?(?:mortar|rocket|artillery|missile) (?:fire|attack)|"
    r"\b(?:fired|launched|lobbed|hurled|threw|fires|launches) (?:\w+ ){0,3}(?:" + _ARMS + r") (?:\w+ ){0,2}(?:at|on|into|towards?)\b|"
    r"\b(?:" + _ARMS + r") (?:\w+ ){0,2}(?:landed|hit|struck|fell|slammed|exploded)\b"
)


def _weapon_over_clash(text: str) -> tuple[str, str] | None:
    """The explosive weapon's type where a battle was read into an attack made with one kind of explosive weapon and
    the words tell no fight; None where they do, or name no explosive weapon as the means, or more than one kind."""
    if _TWO_SIDED.search(text) or not _EXPLOSIVE_AS_MEANS.search(text):
        return None
    kinds = [(etype, sub) for etype, sub, rx in _EXPLOSIVE_KINDS if rx.search(text)]
    return kinds[0] if len(kinds) == 1 else None


# -- an explosion with nothing that explodes ----------------------------------------------------------------------
# the explosive types the words must bear out: a shelling, a grenade or a bomb where the text names none ("militants
# fired upon a civilian", read by the model as a shelling for "fired") is the shooting's type, a clash or an attack
_EXPLOSIVE_TYPES = frozenset({("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                              ("Explosions/Remote violence", "Grenade"), ("Explosions/Remote violence", "Remote explosive/landmine/IED")})
_EXPLOSIVE_NAMED = _rx(
    r"\b(?:bomb\w*|blast\w*|explo\w+|detonat\w+|blew|grenades?|mortars?|shell(?:s|ing|ed)?|artillery|rockets?|missiles?|katyushas?|howitzers?|"
    r"projectiles?|ieds?|vbieds?|(?:land ?)?mines?|minefields?|ordnance|munitions?|devices?|booby.trap\w*|rpgs?|dynamite|tnt|rdx|ammonium|"
    # heavy weapons fired from afar, which ACLED counts with the shelling: heavy machine guns, anti-tank missiles, "pounded"
    r"heavy|atgms?|anti-?tank|anti-?aircraft|\d+(?:\.\d+)?mm|pound\w*|shot down|downed)\b"
)
_SHOOTING_TYPES = ("Battles", "Violence against civilians")
_SURE_OF_EXPLOSIVE = 0.5  # the model's probability of the explosive type at which its answer stands


def _explosion_unnamed(text: str, found: tuple[str, str] | None) -> bool:
    """An explosive type found where the text names nothing that explodes or is fired from afar."""
    return found in _EXPLOSIVE_TYPES and not _EXPLOSIVE_NAMED.search(text)


def _shooting_type(probs: dict, found: tuple[str, str]) -> tuple[str, str] | None:
    """The likeliest battle or violence against civilians (the territory types aside) among the model's classes, where
    the model itself was unsure of the explosive type (where it is sure, it has learnt weapons these words miss)."""
    if probs.get(found, 0.0) >= _SURE_OF_EXPLOSIVE:
        return None
    kept = {c: v for c, v in probs.items() if c[0] in _SHOOTING_TYPES and "territory" not in c[1]}
    return max(kept, key=kept.__getitem__) if kept else None
