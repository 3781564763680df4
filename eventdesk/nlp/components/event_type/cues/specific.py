"""The specific cues of step 2: a suicide bomb, a chemical weapon (by name or by its effects), sexual
violence, a thrown grenade and a place taken, each a sub-event type the codebook names by its own words."""

from __future__ import annotations

import re

from ..words import _rx


# a chemical weapon told by its effects alone ("a cloud that left residents suffocating", "gas ... foaming at the mouth"):
# a gas in the same clause as a symptom of poisoning, where no demonstration or tear gas is spoken of
_CHEM_EFFECTS = _rx(
    r"\b(?:(?<!tear )(?<!pepper )gas(?:es)?(?! (?:stations?|cylinders?|leaks?|pipes?|prices?))|fumes|vapou?rs?|(?:yellow\w*|green\w*|white|toxic|poisonous) (?:cloud|smoke|mist)|smell|odou?r|stench|(?:toxic|unknown|poisonous) (?:substance|chemicals?))\b"
    r"[^.;]{0,100}?\b(?:suffocat\w*|chok(?:ing|ed)|asphyxia\w*|gasping|breathing (?:difficult\w*|problems)|struggl\w* (?:to|for) breath\w*|"
    r"foam\w* at the mouth|convulsions|(?:pinpoint|constricted) pupils|blister\w*|poison(?:ed|ing))\b|"
    r"\b(?:suffocat\w*|asphyxia\w*|poisoned|choking|foam\w* at the mouth|convulsions|(?:pinpoint|constricted) pupils|blister\w*)\b[^.;]{0,100}?\b(?:(?<!tear )(?<!pepper )gas(?:es)?(?! (?:stations?|cylinders?|leaks?|pipes?|prices?))|fumes|vapou?rs?|smell|odou?r|(?:toxic|unknown|poisonous) (?:substance|chemicals?))\b"
)
_TEAR_GAS = _rx(r"\b(?:tear ?gas|teargas|pepper spray|riot police|protest\w*|demonstrat\w*)\b")


def _chemical_effects(text: str) -> bool:
    """Poisoning told by its symptoms beside a gas, where nobody is dispersing a demonstration."""
    return bool(_CHEM_EFFECTS.search(text)) and not _TEAR_GAS.search(text)


_SPECIFIC: tuple[tuple[str, str, re.Pattern], ...] = tuple(
    (etype, sub, _rx(pattern))
    for etype, sub, pattern in (
        ("Explosions/Remote violence", "Suicide bomb",
         r"\bsuicide (?:car |truck |motorcycle )?(?:bomb\w*|attack\w*|vests?|belts?|blasts?|vbied)|\bblew (?:himself|herself|themselves) up|"
         r"\bexplosive (?:belt|vest)s?\b|"
         # a vehicle bomb driven into its target has its driver for bomber: "drove a truck packed with explosives into the camp"
         r"\b(?:drove|driving|rammed|ramming) (?:an? |his |her |their )?(?:[\w-]+ ){0,2}(?:car|truck|lorry|vehicle|van|motorbike|motorcycle|tanker|suv)s? "
         r"(?:packed|laden|loaded|rigged|filled|stuffed) with explosives (?:\w+ ){0,2}(?:into|at)\b|\bexplosives? (?:strapped|hidden) (?:to|under|on) (?:his|her|their)\b"),
        ("Explosions/Remote violence", "Chemical weapon",
         r"\b(?:chemical (?:weapons?|attacks?|agents?|gas|munitions?)|chlorine (?:gas|attack|bombs?|barrels?)|sarin|mustard (?:gas|agent)|nerve (?:agent|gas)|toxic gas attack|"
         r"(?:grenades?|shells?|rounds?|bombs?|barrels?|rockets?|projectiles?|munitions?) (?:containing|carrying|loaded with|filled with) (?:\w+ )?(?:chlorine|chloropicrin|mustard|sarin|toxic|chemical|poison))\b"),
        ("Violence against civilians", "Sexual violence",
         r"\b(?:rap(?:e|ed|es|ing)|gang-?rap\w*|sexual(?:ly)? (?:assault\w*|abus\w*|violence|exploit\w*)|molest\w*)\b"),
        # a grenade thrown (not fired from a launcher amid a battle)
        ("Explosions/Remote violence", "Grenade",
         r"\b(?:(?:threw|thrown|throwing|throws|hurl\w*|lobb\w*|toss\w*) (?:\w+ ){0,2}(?:hand |stun )?grenades?(?! launchers?)|grenade attacks?|"
         # (an attack told by the grenades it was made with: "attacked a police picket with grenades")
         r"attack(?:ed|s|ing)? (?:[\w'-]+ ){0,5}?with (?:a |an |two |several |\d+ )?(?:hand )?grenades?(?! launchers?))\b"),
        ("Battles", "Government regains territory",
         r"\b(?:re-?captur(?:ed|es|ing)|retook|retaken|re-?occupied|regained|reclaimed|liberat(?:ed|es)) (?:the (?:town|city|village|district|camp) of )?(?-i:[A-Z])|"  # "re-captured Quissanga": a place's name
         r"\b(?:re-?captur\w*|retook|re-?took control|regain\w*(?: full)? control|back under (?:government|state|army) control|"
         r"liberat(?:ed|ing)|took back|re-?entered|regained|reclaimed)\b[^.;]{0,60}?\b(?:towns?|city|cities|villages?|district|areas?|territor\w*|neighbou?rhoods?|"
         r"bases?|positions?|hills?|region|localit\w*|airport|port|strongholds?|province|county|border crossing|control)\b"),
        ("Battles", "_territory",  # who took it decides: see _territory
         r"\b(?:took|taken|taking|seized|gained|wrested) (?:full |complete |total )?control (?:of|over) (?:the (?:town|city|village|district) of )?(?-i:[A-Z])|"
         # (a headquarters or a garrison taken, with its owner between: "had taken the army's 16th division headquarters")
         r"\b(?:took|taken|overran|overrun) (?:the )?(?:[\w'-]+ ){0,5}?(?:headquarters|garrison|barracks)\b|"
         r"\b(?:(?:seiz(?:e|es|ed)|captur(?:e|es|ed)|overr[au]n|wrested)\b(?: full| complete)?(?: control(?: of| over)?)?[^.;]{0,40}?|"
         r"(?:took|taken|gained|takes|taking) (?:over |(?:full |complete )?control (?:of |over )?)[^.;]{0,40}?|(?:took|taken) (?:the )?)\b(?:towns?|city|cities|villages?|district|areas?|territor\w*|neighbou?rhoods?|bases?|military positions?|hills?|"
         r"region|localit\w*|airport|port|strongholds?|province|county|border crossing|headquarters|"
         r"(?:army|military|police|border|security|check|observation|forward|command) posts?|outposts?|checkpoints?|garrisons?|(?:military|army) camps?|"
         # (a camp named by whose it is: "took control of the militants' camp")
         r"(?:[\w-]+(?:'s?|s') )(?:base )?camps?)\b"),
    )
)
