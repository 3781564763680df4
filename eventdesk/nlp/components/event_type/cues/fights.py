"""Somebody hurt or fighting: the words of a fight, the attacks a group says it will halt (no fight, though
they name attacks), the casualty words left once those said of nobody are taken out, and the armed parties whose hurt
on two sides makes a clash.  Where somebody is hurt or fights, a text tells an act of violence, no strategic
development."""

from __future__ import annotations

from ..words import _rx


# -- 2. clear cues ----------------------------------------------------------------------------------

# somebody hurt or fighting in this text: no strategic development then, but an act of violence
_FIGHT = _rx(
    r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|casualt\w*|shot|shoot\w*|gun(?:s|ned|ning) down|gunfire|gunshots?|opened fire|clash\w*|fight(?:s|ing)?|fought|"
    r"battle\w*|attack\w*|ambush\w*|explo(?:ded|sions?)|blast\w*|bombed|bombing|shell(?:ing|ed|s)|mortars?|artillery|"
    r"air ?strikes?|airstrikes?|(?:missiles?|rockets?|projectiles?|drones?) (?:(?:was|were) )?(?:struck|hit|landed|slammed|launched|fired)|stabb\w*|beat(?:en|ing)?|tortur\w*|murder\w*|massacre\w*|kidnap\w*|abduct\w*|raped?|"
    r"assault\w*|exchang\w* (?:of )?(?:fire|gunfire|(?:gun ?)?shots)|shoot-?outs?|(?<!safely )detonated|bursts? of fire|fire ?fights?|stormed|pound(?:ed|ing)|(?<!chance )(?<!close )encounters?|"
    r"fir(?:ed|ing) (?:at|on|upon|towards?|into|shots|rounds|(?:\w+ ){0,3}(?:mortars?|grenades?|machine ?guns?|launchers?|artillery|rockets?|missiles?|weapons)))\b"
)
# attacks a group or a government says it will halt ("said it would halt attacks during Ramadan", "declared a halt to
# drone and missile attacks", "suspended all its operations"): a change to what the group does, and no fight, though
# the words name attacks and weapons.  (Only where somebody says it, or the attacks are the sayer's own: "troops
# stopped an attack on the village" repelled one.)
_HALT_VERB = r"(?:halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|suspend(?:s|ed|ing)?|ceas(?:e|es|ed|ing)|end(?:s|ed|ing)?|paus(?:e|es|ed|ing)|freez(?:e|es|ing)|froze)"
_HALTED_ACTS = (r"(?:all |its |their |the |further )?(?:[\w-]+ (?:and )?){0,3}?"
                r"(?:attacks|operations|offensives?|hostilities|armed (?:campaign|struggle)|fighting|(?:air|drone|missile) strikes)")
_ATTACKS_HALTED = (
    r"(?:announc\w*|declar\w*|said|says|vow\w*|pledg\w*|promis\w*|order\w*|decided) (?:\w+ ){0,4}?(?:to|would|will) " + _HALT_VERB + " " + _HALTED_ACTS + "|"
    r"(?:announc\w*|declar\w*|order\w*) (?:a |an )?(?:\w+ )?(?:halt|suspension|end|pause|freeze|moratorium|cessation) (?:to|of|on|in) " + _HALTED_ACTS + "|"
    r"(?<!not )(?<!never )" + _HALT_VERB + r" (?:all |its |their )(?:[\w-]+ (?:and )?){0,3}?(?:attacks|operations|offensives?|hostilities|armed (?:campaign|struggle))"
)
_ATTACKS_HALTED_RX = _rx(r"\b(?:" + _ATTACKS_HALTED + r")\b")
_NO_FIGHT = _rx(r"\bwithout (?:a |any )?(?:fight\w*|resistance|clash\w*|(?:a )?shots? (?:being )?fired|bloodshed)|\bpeacefully\b|"
                r"\b(?:" + _ATTACKS_HALTED + r")\b")
# nobody hurt: no casualty word at all ("gunned down" tells a killing as the shots that did it)
_CASUALTY = _rx(r"\b(?:kill\w*|dead|died|deaths?|wound\w*|injur\w*|casualt\w*|victims?|gun(?:s|ned|ning) down)\b")
# ... once the casualty words said of nobody are taken out: "nobody was injured", "no one was hurt", "there were no
# casualties", "no injuries were reported", "without loss of life" (a church burned with nobody hurt is property destroyed)
_NO_CASUALTY = _rx(
    r"\b(?:no one|nobody|none of (?:them|the \w+)|no (?:people|persons|residents|worshippers|passengers|students|civilians))(?: else)?"
    r"(?: (?:was|were|has been|had been|have been|is|are)(?: (?:reported|believed|said))?(?: to have been)?)? "
    r"(?:hurt|injured|killed|harmed|wounded)\b|"
    r"\b(?:there (?:were|was|have been|had been) )?no (?:immediate )?(?:reports? of )?(?:injuries|casualties|deaths|fatalities|injured|dead)\b"
    r"(?: (?:were|was|have been|had been) (?:reported|recorded|caused))?|"
    r"\b(?:without|caused no|causing no|left no) (?:any )?(?:injuries|casualties|deaths|fatalities|loss of (?:human )?life)\b"
)


def _told_hurt(text: str) -> bool:
    """A casualty word left once those said of nobody are taken out."""
    return bool(_CASUALTY.search(_NO_CASUALTY.sub(" ", text)))


_ARMED_PARTIES = {"military forces", "security forces", "police", "militants"}


def _armed_both_sides(parties: set) -> bool:
    """The claims name the armed hurt among two parties or more: in ACLED's terms a clash, not an attack."""
    return bool(parties & _ARMED_PARTIES) and len(parties - {None}) >= 2
