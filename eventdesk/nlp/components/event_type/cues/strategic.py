"""The strategic developments (disrupted weapons use, agreements, bases, transfers of territory, changes
to a group, looting, arrests), their words that make a text an event without a word of violence, the forces
deployed, and arms handed over rather than a place."""

from __future__ import annotations

import re

from ..words import _rx
from .fights import _ATTACKS_HALTED


# a change to what a group or a government's forces do: a curfew or an emergency declared, gatherings or a group banned,
# a leader appointed, activities suspended
_GROUP_CHANGE = (
    r"(?:imposed|declared|extended|announced|ordered|lifted|enforced|clamped) (?:a |an |the )?(?:[\w-]+ ){0,3}(?:curfew|state of emergency|emergency rule|"
    r"prohibitory orders)|(?:curfew|state of emergency) (?:was |has been |were )?(?:imposed|declared|extended)|"
    # (its hours or its place between: "a curfew from 8 pm to 6 am was imposed", "a curfew in three districts has been extended")
    r"(?:curfew|state of emergency)\b[^.;]{1,40}?\b(?:was|were|has been|had been|have been) (?:\w+ )?(?:imposed|declared|extended|re-?imposed|enforced)|"
    r"ban(?:ned|s)? (?:all |on )?(?:\w+ ){0,2}(?:gatherings|protests|rallies|demonstrations|assembl(?:y|ies)|motorcycles?|the (?:[\w'-]+ ){0,3}(?:party|group|movement|organi[sz]ation))|"  # (names with hyphens: "the Tehreek-e-Insaf party")
    r"(?:proscrib(?:ed|es|ing)|outlaw(?:ed|s|ing)) (?:the|a|an|all|its) |designat\w* (?:\w+ ){0,4}(?:a )?terrorist (?:organi[sz]ation|group|entity)|"
    r"suspend\w* (?:the |all )?(?:activities|operations) of (?:all )?(?:\w+ ){0,2}(?:parties|party|groups?|movements?|organi[sz]ations|ngos?|associations|unions?)|"
    r"suspend\w* (?:all )?(?:political|party|ngo|military) (?:activities|operations)|"
    r"(?:appointed|named|announced|installed) (?:a |an |its |the )?new (?:\w+ )?(?:leader|commander|emir|amir|wali|governor|cabinet)|"
    r"split from|splinter (?:group|faction)|" + _ATTACKS_HALTED
)
# forces sent somewhere, as news tells it in the passive ("police officers were deployed across the capital",
# "reinforcements have been sent to the border"): a troop movement, the codebook's change to group/activity where nobody fights
_DEPLOYED = (r"(?:troops|soldiers|forces|police(?:men| officers)?|officers|gendarmes|personnel|reinforcements|units|battalions|contingents?) "
             r"(?:were|have been|had been|are being|was|has been) (?:\w+ )?(?:deployed|dispatched|sent|rushed|stationed)")
_DEPLOYED_RX = _rx(r"\b" + _DEPLOYED + r"\b")
# a demonstration that has not yet happened, for which forces are readied ("deployed ahead of planned opposition rallies")
_AHEAD_OF_PROTEST = _rx(r"\b(?:ahead of|in anticipation of|to prevent|to forestall) (?:\w+ ){0,3}?(?:protests?|rallies|rally|demonstrations?|marches|march|sit-ins?)\b")
# cattle rustling: armed bandits who drive off a village's herds loot it
_RUSTLING = (r"(?:cattle|livestock)[- ]rustl\w*|rustlers|rustl(?:ed|ing) (?:\w+ ){0,3}(?:cattle|livestock|cows|goats|sheep|camels|herds?|animals)|"
             r"(?:stole|made off with|drove off|drove away|carted off) (?:\w+ ){0,3}(?:cattle|livestock|cows|goats|camels|herds)")
# a boss or a commander of a cartel, a gang or an armed group captured (by those who arrest): an arrest
_RINGLEADER = (r"(?:\w+ ){0,4}?(?:boss|bosses|kingpins?|ringleaders?|drug lords?|capos?|"
               r"(?:leaders?|commanders?|chiefs?|heads?) of (?:the |an? )?(?:[\w'-]+ ){0,3}?(?:cartels?|gangs?|militias?|rebels|insurgents|militants|group|network))")
_GROUP_CHANGE_RX = _rx(r"\b(?:" + _GROUP_CHANGE + r")\b")
# people captured, not a place: an arrest (the model, which reads "captured" as a town taken, is corrected by it)
_CAPTURED_PEOPLE = (r"captured (?:\w+ ){0,3}(?:suspects?|members?|militants?|fighters?|men|people|persons?|individuals?)|"
                    r"captured " + _RINGLEADER)
_CAPTURED_PEOPLE_RX = _rx(r"\b(?:" + _CAPTURED_PEOPLE + r")\b")
# fighters who give themselves up or change sides, with their arms or to the other side: a change to the group
# (the model, which has seen surrenders of towns, leans to a change of territory)
_GIVE_UP_ARMS = _rx(
    r"\b(?:surrender(?:ed|s|ing)?|defected|gave themselves up|turned themselves in) (?:\w+ ){0,2}(?:with|along with) (?:their |his |its )?(?:\w+ )?"
    r"(?:arms|weapons|firearms|rifles|guns)|\b(?:laid|lay|laying) down (?:their |his |its )?(?:arms|weapons)\b"
)
# armed groups that merge or unite, which news tells without a word of violence ("two armed factions announced a merger")
_ARMED_MERGER = _rx(
    r"\b(?:armed|rebel|militant|jihadist|insurgent|militia) (?:groups|factions|movements|organi[sz]ations)\b[^.;]{0,60}?\b"
    r"(?:merg(?:ed|er|ing)|unif(?:ied|ication)|united under|single command|joined forces)\b"
)
# an armed or vigilante group formed, which news tells without a word of violence ("local youths formed a vigilante group
# to guard the villages"): the codebook's change to group/activity, and an event though no act is told
_ARMED_GROUP_FORMED = _rx(
    r"\b(?:formed|set up|launched|created|founded|floated) (?:a|an|their|its|the) (?:new )?(?:armed |vigilante |self-defen[cs]e |militia |rebel |militant |"
    r"insurgent |jihadist |splinter |breakaway )(?:groups?|outfits?|factions?|fronts?|brigades?|wings?|forces?|militias?|squads?|movements?)|"
    r"\bnew (?:armed |militant |rebel |insurgent |jihadist |splinter |breakaway )(?:group|outfit|faction|front|wing|movement)\b[^.;]{0,30}?\b(?:was |has been )?"
    r"(?:formed|launched|announced|floated|created)\b"
)
# the arms a haul is told by, one or many: "a 9mm pistol", "live cartridges", "two magazines", "a hand grenade"
_ARMS_SEIZED = (r"(?:assault )?rifles?|pistols?|revolvers?|carbines?|grenades?|ammunition|(?:live )?cartridges|(?:live )?rounds|magazines|"
                r"detonators?|rocket launchers?|grenade launchers?|rpgs|ak-?\d+s?|mortar (?:rounds|shells|bombs)|bomb-making|suicide vests?|explosive belts?")
_STRATEGIC: tuple[tuple[str, re.Pattern], ...] = tuple(
    (sub, _rx(pattern))
    for sub, pattern in (
        ("Disrupted weapons use",
         r"\b(?:defus\w*|dismantl\w*|bomb (?:disposal|squad)|controlled explosion|(?:made|rendered) safe|"
         r"safely (?:detonated|removed|disposed|destroyed|exploded)|explosive ordnance disposal|"
         # weapons recovered or seized, in either order ("recovered two AK rifles", "grenades and detonators were seized"); one
         # weapon counts as many ("recovered a pistol, live cartridges and a hand grenade", as regional press tells a haul)
         r"(?:recover\w*|seiz\w*|confiscat\w*|unearth\w*|discover\w*|found)\b[^.;]{0,60}?\b(?:" + _ARMS_SEIZED + r")|"
         # (one bomb found as many: "an IED was detected on the road and destroyed", as a road opening party tells it)
         r"(?:rifles?|pistols?|grenades?|ammunition|detonators|explosives|weapons|arms|ieds?|landmines?|launchers|explosive devices?)\b[^.;]{0,80}?\b(?:were|was) (?:\w+ )?"
         r"(?:recovered|seized|found|confiscated|unearthed|discovered|detected|spotted|defused)|disarm\w* (?:an? |the |\w+ )?(?:bombs?|ieds?|explosives?|devices?|mines?)|"
         r"(?:intercept\w*|shot down|downed|foiled|thwarted)\b[^.;]{0,30}?\b(?:drones?|missiles?|rockets?|projectiles?|bomb\w*|plots?|ieds?|explosives?)|"
         # (in the passive too: "an attempt to plant an IED was foiled", "the bomb plot was thwarted")
         r"(?:ieds?|bombs?|explosives?|explosive devices?|plots?)\b[^.;]{0,40}?\b(?:was|were|had been|has been) (?:\w+ )?(?:foiled|thwarted|averted)|"
         r"(?:destroy\w*|clear\w*|demin\w*|remov\w*) (?:\w+ ){0,3}minefields?|"
         # (a headline's present tense too: "Army recovers IED", "police find bomb near school")
         r"(?:found|finds?|discover(?:ed|s)|uncover(?:ed|s)|unearth(?:ed|s)|seiz(?:ed|es)|recover(?:ed|s)|clear(?:ed|s)|neutrali[sz](?:ed|es)|detect(?:ed|s))\b[^.;]{0,40}?\b(?:ieds?|explosive devices?|explosives|landmines?|mines|bombs?|weapons caches?|arms caches?|caches? of|(?:arms|ammunition|weapons) dumps?)|"
         r"(?:weapons?|arms|ammunition) (?:caches?|depots?) (?:was |were )?(?:found|discovered|seized)|"
         r"seiz\w+ (?:\w+ ){0,4}(?:weapons|arms|ammunition|rifles|explosives))\b"),
        ("Agreement",
         # news words a deal in headline verbs too: "ink a pact", "strike an accord", "seal a truce"
         r"\b(?:(?:signed|signs?|reached|reach(?:es)?|agreed|brokered|concluded|struck|strikes?|sealed|seals?|ink(?:s|ed)?|initial(?:l?ed|s)?)\b[^.;]{0,40}?\b(?:agreement|deal|accord|ceasefire|truce|memorandum|pact)|"
         r"(?:agreement|deal|accord|ceasefire|truce|pact) (?:was |has been |were )?(?:signed|reached|agreed|concluded|brokered|inked|sealed|struck)|"
         r"ceasefire (?:took|came into|went into) effect|peace (?:deal|agreement|accord|pact)|prisoner (?:exchange|swap)s?|"
         r"(?:exchanged|exchange|swap(?:ped|s)?) (?:\w+ ){0,2}(?:prisoners|detainees|captives|bodies)|agreed to (?:a |an )?(?:ceasefire|truce|exchange|release|withdraw\w*|end))\b"),
        ("Headquarters or base established",
         r"\b(?:established|set up|set-up|opened|built|erected|installed|setting up|establish(?:es|ing))\b(?: \w+){0,4}? "
         r"(?:headquarters|hq|bases?|camps?|outposts?|posts?|checkpoints?|positions?|garrison)\b"),
        # (posts named by whose they are: a bare "posts" is a job, "the employees abandoned their posts")
        ("Non-violent transfer of territory",
         r"\b(?:withdr[ae]w\w*|pulled out|pulls out|pull out|retreated|handed over|hand over|handover|vacated|abandoned|evacuated)\b[^.;]{0,60}?"
         r"\b(?:from|control|positions?|towns?|city|area|(?:air ?)?bases?|camps?|territor\w*|villages?|district|checkpoints?|(?:observation|military|army|police|border|forward) posts?|outposts?|garrisons?)\b|"
         # (control or a place turned over or ceded, not a suspect turned over to the police)
         r"\b(?:turned|turns|turning|ceded|cedes|ceding|relinquished|relinquishes) (?:over )?(?:(?:full |the )?control|(?:the |its |their )?(?:[\w'-]+ ){0,2}?"
         r"(?:towns?|city|(?:air ?)?bases?|camps?|territor\w*|villages?|district|positions?|garrisons?|barracks|airport|port))\b|"
         r"\b(?:took|taken|assumed|gained|take) (?:over )?control\b[^.;]{0,60}?\b(?:without (?:a |any )?(?:fight\w*|resistance|clash\w*)|peacefully|unopposed)|"
         r"\b(?:entered|deployed (?:in|to))\b[^.;]{0,60}?\b(?:without (?:a |any )?(?:fight\w*|resistance|clash\w*)|unopposed|peacefully)"),
        ("Looting/property destruction",
         r"\b(?:loot\w*|ransack\w*|plunder\w*|pillag\w*|vandali[sz]\w*|torch\w*|set (?:on )?fire|set ablaze|burn(?:ed|t) (?:down )?|"
         r"demolish\w*|razed|bulldoz\w*|destroy\w*|sabotag\w*|blew up|damag\w*|confiscat\w*|"
         # wrecked by hand ("smashed the windows", "defaced the statue"); not a car that smashed into a shop
         r"smash(?:ed|ing)(?! (?:into|through|against)\b)|defac(?:ed|ing)|desecrat\w*|" + _RUSTLING + r")\b"),
        ("Arrests",
         r"\b(?:arrest\w*|detain\w*|apprehend\w*|(?:taken|took|take|takes|taking) (?:[\w'-]+ ){0,6}?into custody|rounded up|nabbed|in custody|"
         + _CAPTURED_PEOPLE + r")\b"),
        ("Change to group/activity",
         r"\b(?:defect\w*|merg(?:ed|er|ing)|formation of|formed (?:a|an|the) (?:new )?(?:[\w-]+ )?(?:group|brigade|militia|alliance|coalition|front|movement|battalion|unit|force)|"
         r"announced the (?:creation|formation|establishment|launch)|split from|dissolv\w*|disband\w*|rebrand\w*|renamed|"
         r"pledged allegiance|joined (?:the )?(?:ranks|group|fight|militants|rebels)|recruit\w*|surrender\w*|laid down (?:their |its )?(?:arms|weapons)|"
         r"handed over (?:their |its )?(?:arms|weapons)|demobili[sz]\w*|mobili[sz]\w*|(?:new|appointed (?:a |as )?(?:new )?)\s?(?:leader|commander|emir|chief)|"
         r"military parade|training camp|redeploy\w*|" + _DEPLOYED + "|" + _GROUP_CHANGE + r")\b"),
    )
)
# the strategic developments that make a text an event even without a word of violence (bases set up,
# agreements, weapons disrupted, territory handed over, forces moved, fighters who defect or surrender);
# looting and arrests need a violence or event word (_EVENT_WORDS) as before
# the words of a weapon made safe or seized, which also correct the model (``_codebook``)
_DISRUPTED_WORDS = dict(_STRATEGIC)["Disrupted weapons use"]
# (compiled lazily, as ``_rx`` does: about 10 ms at import, and a text whose weak or event words the gate reads first
# never asks for it)
_SD_WORDS = _rx("|".join(rx.pattern for sub, rx in _STRATEGIC
                         if sub in ("Disrupted weapons use", "Agreement", "Headquarters or base established",
                                    "Non-violent transfer of territory"))
                + r"|\b(?:" + _GROUP_CHANGE + r")\b"
                + r"|\b(?:(?:military |troop |army )?reinforcements"
                  r"|(?:deployed|sent|dispatched|moved) (?:\w+ ){0,3}(?:troops|soldiers|forces|tanks|fighters)|"
                  + _DEPLOYED + r"|defect(?:ed|ion|ions|ors)|pledged allegiance|surrender(?:ed|s)? (?:to|with)"
                  r"|laid down (?:their |its )?(?:arms|weapons))\b")
# more words that name an event of their own: the crowd controls, air forces, chemical agents,
# disappearances, round-ups and the property destroyed that the lists above leave out
_MORE_EVENT_WORDS = _rx(
    r"\b(?:tear ?gas|teargas|water cannons?|baton[- ]charg\w*|rubber bullets|pepper (?:spray|balls)|stun grenades|"
    r"(?:pelted|stoned|hurled stones|threw stones)|"
    r"(?:air ?force|aircraft|warplanes?|jets|helicopters?|drones?)\b[^.;]{0,40}?\b(?:struck|hit|bombarded|targeted|pounded|dropped)|bombard\w*|"
    r"shells? (?:fired|landed|hit)|landmines?|unexploded|chlorine|toxic (?:gas|chemicals?)|poison gas|chemical (?:munitions?|agents?)|"
    r"snatched|(?:taken|whisked|led|carried|dragged) away by|picked up by (?:\w+ ){0,3}(?:men|agents|officers|soldiers|gunmen|police|security)|(?:taken|seized) (?:from (?:his|her|their) homes? )?by (?:\w+ ){0,3}(?:men|gunmen|assailants|agents|forces)|"
    r"whereabouts|has not been seen since|(?:(?:has|have|had) )?(?:vanished|disappeared) (?:after|since)|missing since|(?:held|taken) captive|rounded up|into custody|"
    r"vandali[sz]\w*|vandals|looters|arsonists|bulldoz\w*|uprooted|desecrat\w*|" + _RUSTLING + r"|"
    # weapons that news names by their trigger or make: "a remotely detonated charge", "an anti-personnel mine", "a UAV strike"
    r"remote(?:ly)?[- ](?:detonated|controlled|triggered) (?:\w+ )?(?:charges?|bombs?|devices?|explosives?|mines?)|anti-?(?:personnel|tank) mines?|"
    r"(?:unmanned aerial vehicles?|uavs?) (?:strike|attack|struck|hit|targeted|fired)|(?:struck|hit|targeted|bombed) by (?:an? |the )?(?:\w+ )?(?:drones?|uavs?|unmanned aerial vehicles?)|"
    r"bundled (?:\w+ ){0,3}into (?:an? )?(?:unmarked |white |black |waiting )?(?:car|van|vehicle|suv)|"
    r"(?:marched|marching|demonstrat\w+|gathered|rallied|vigil)\b[^.;]{0,80}?\b(?:demand\w*|call(?:ing|ed)? for|against|in protest|in solidarity|slogans|resignation|justice for)|"
    r"(?:extended|began|called|continued|suspended) (?:their |a |an |the )?(?:\w+ )?strike|"
    r"cessation of hostilities|swapped (?:\w+ ){0,3}(?:prisoners|detainees)|(?:military|army) exercises|mobili[sz]ation|mobili[sz]ed reservists|"
    r"fought (?:with|against|each other|over)|clubs and (?:stones|machetes)|machetes|nabbed|liberat(?:ed|es|ing)|retaken|reoccupied)\b"
)


# weapons handed over or turned in, not a place: fighters who disarm change their group's activity ("handed over their
# weapons and joined a demobilisation camp"), which the transfer pattern reads as a place handed over
_ARMS_HANDED = _rx(r"\b(?:handed|hand|hands|handing|turned|turning) (?:over|in) (?:all )?(?:their |its |his |her |the )?(?:[\w-]+ ){0,2}?"
                   r"(?:arms|weapons|guns|rifles|firearms|ammunition)\b")
_PLACE_HANDED = dict(_STRATEGIC)["Non-violent transfer of territory"]


def _arms_handed_over(text: str) -> bool:
    """Arms handed over and no place handed over besides."""
    return bool(_ARMS_HANDED.search(text)) and not _PLACE_HANDED.search(_ARMS_HANDED.sub(" ", text))
