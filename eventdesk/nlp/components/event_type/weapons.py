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
_KILLED = _rx(r"\b(?:kill\w*|dead|died|murder\w*|slain|bod(?:y|ies))\b")
