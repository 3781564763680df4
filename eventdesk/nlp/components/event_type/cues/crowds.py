"""Who makes a crowd and what a crowd does that is no demonstration: the trades and the civic crowd, the
state's forces a crowd fights, a mob and the armed men whose fight is no mob's, and ordinary people who clash with
each other or riot against the forces."""

from __future__ import annotations

from ..words import _NAMED_GROUPS, _rx


# who strikes or demonstrates, told as the participle before them: "striking dockers", "demonstrating teachers" (not
# "a striking resemblance", "striking a deal", "demonstrating the method")
_TRADES = (r"workers|dockers|dockworkers|miners|teachers|nurses|doctors|lecturers|drivers|truckers|employees|staff|farmers|"
           r"students|pensioners|unionists|civil servants|porters|cabbies|vendors|traders")
# a crowd named as agitating, the regional press's word for people who protest ("agitating farmers")
_AGITATING = r"agitating (?:\w+ ){0,2}(?:" + _TRADES + r"|villagers|residents|people|youths|activists|members|parents|employees)"
_AGITATING_RX = _rx(r"\b" + _AGITATING + r"\b")
# hands laid on officials ("roughed up two officials", "manhandled the block officer"): a crowd that does it is a mob
_HANDS_ON_OFFICIALS = _rx(
    r"\b(?:roughed up|manhandl(?:ed|ing)|beat up|thrashed|assaulted) (?:\w+ ){0,3}?(?:officials?|officers?|inspectors?|collectors?|clerks?|"
    r"engineers?|staff(?:ers)?)\b"
)
# police or troops in a fight with a crowd of ordinary people: in the codebook the crowd riots (demonstrators who clash
# with the police demonstrate violently), it is no battle between armed parties and no force used on a peaceful crowd
_STATE_FORCES = (r"(?:(?:riot |anti-riot |military |traffic )?police(?:men)?|security (?:forces|personnel|agents|officers)|troops|soldiers|"
                 r"gendarm\w*|officers|army|law enforcement|anti-riot \w+)")
_CIVIC_CROWD = (r"(?:protesters|demonstrators|rioters|marchers|strikers|youths|residents|villagers|supporters|fans|crowds?|mourners|"
                r"activists|locals|worshippers|" + _TRADES + r")")
_CLASH = r"(?:clash(?:es|ed)?|scuffl(?:es|ed)|skirmish(?:es|ed)?|running battles?|pitched battles?|fought|street battles?|confrontations?)"
_CROWD_FIGHTS_FORCES = _rx(
    rf"\b{_CLASH} (?:broke out |erupted )?(?:between|with) (?:the )?(?:[\w'-]+ ){{0,3}}?"
    rf"(?:{_STATE_FORCES}\b[^.;]{{0,40}}?\b{_CIVIC_CROWD}|{_CIVIC_CROWD}\b[^.;]{{0,40}}?\b{_STATE_FORCES})\b|"
    rf"\b{_CIVIC_CROWD}\b[^.;]{{0,50}}?\b(?:clashed|fought|battled|scuffled|traded blows) (?:with|against) (?:the )?(?:[\w'-]+ )?{_STATE_FORCES}\b|"
    # (not "police scuffled with activists": a scuffle the police start is their pushing a crowd back, the codebook's
    # intervention, where no act of the crowd's own is told)
    rf"\b{_STATE_FORCES} (?:clashed|fought|battled) with (?:[\w'-]+ ){{0,3}}{_CIVIC_CROWD}\b|"
    rf"\b{_STATE_FORCES} and (?:[\w'-]+ ){{0,3}}{_CIVIC_CROWD} (?:clashed|fought|scuffled|traded blows)\b|"
    rf"\b{_CIVIC_CROWD} and (?:the )?(?:[\w'-]+ )?{_STATE_FORCES} (?:clashed|fought|scuffled|traded blows)\b|"
    # the crowd's violence on the forces, not a clash: "supporters pelted the police with stones", "villagers attacked
    # a police post" (not "police attacked the protesters", whose crowd is the subject of nothing)
    rf"\b{_CIVIC_CROWD}\b(?:(?!{_STATE_FORCES})[^.;]){{0,50}}?\b(?:pelted|stoned|attacked|assaulted|stormed|"
    rf"(?:hurled|threw) (?:\w+ ){{0,2}}at) (?:the |a |an )?(?:[\w'-]+ )?{_STATE_FORCES}\b"
)


# ordinary people as a crowd: who turns a beating into mob violence
_CROWD = r"(?:crowds?|villagers|residents|locals|neighbou?rs|youths|onlookers|bystanders|passers-?by|vigilantes|traders|market (?:women|vendors|traders)|relatives)"
# "residents of a Lusaka compound", "relatives of a patient who died": the crowd told by where or whose it is
_OF_WHOM = r"(?: of (?:an? |the )?(?:[\w'-]+ ){0,3}?[\w'-]+)?"
_MOB = _rx(r"\b(?:mob|mobs|lynch\w*|mob justice|jungle justice|angry (?:crowd|residents|villagers|youths)|"
          # a crowd of ordinary people that turns on somebody ("villagers beat him to death", "stoned by residents"):
          # no organised group and no demonstration, so mob violence, not an attack on civilians
          rf"{_CROWD}{_OF_WHOM}\s+(?:(?!was\b|were\b|had\b|have\b|been\b)\w+\s+)?(?:beat|stoned|set upon|pounced on|thrashed|burn(?:ed|t) (?:him|her|them) alive|"
          r"(?:attacked|assaulted)(?! by\b))|"
          # (in the passive: "was killed by residents", "beaten to death by a crowd")
          rf"(?:beaten|stoned|burn(?:ed|t) alive|burn(?:ed|t) to death|hacked to death|lynched|killed|assaulted|attacked|set upon) (?:\w+ ){{0,3}}"
          rf"by (?:an? |the )?(?:\w+ )?{_CROWD}\b(?! of (?:the )?(?:[\w-]+ )?(?:gunmen|militants|rebels|soldiers|troops|police))|"
          # communal fights: "Hindu and Muslim groups clashed with stones", "violence broke out between the two communities"
          r"(?<!the )communal (?:clash\w*|violence|riots?|fighting)|(?:clash\w*|fought|attacked each other) (?:\w+ ){0,3}with "
          r"(?:stones|sticks|clubs|rods|machetes|knives|bricks|axes|arrows|spears|bows)|"
          # the supporters of rival parties or candidates who fight each other: no armed group, no demonstration
          r"(?:supporters|activists|cadres|workers|followers|members) of (?:the )?(?:two |rival |opposing )(?:[\w-]+ ){0,2}?"
          r"(?:parties|factions|candidates|camps|groups|unions|clubs|teams)\b[^.;]{0,40}?\bclash(?:ed|es)\b|"
          r"(?:violence|fighting|clashes) (?:\w+ )?(?:broke out|erupted) between (?:the )?(?:two |rival |neighbouring )?"
          r"(?:communities|villages|villagers|clans|tribes|castes|families|students|fans|groups of)|"
          rf"{_CROWD} (?:pelted|hurled stones|threw stones)|"
          # a crowd of ordinary people that wrecks a place ("villagers set fire to a clinic", "residents torched a police
          # post"): the codebook's riot, property destroyed by a crowd, not an actor's property destruction
          rf"{_CROWD}{_OF_WHOM}\s+(?:(?!was\b|were\b|had\b|have\b|been\b)\w+\s+)?(?:torched|set fire to|set ablaze|ransacked|vandali[sz]ed|"
          r"razed|burn(?:ed|t) down|set (?:\w+ ){1,3}(?:on fire|ablaze)))\b")
# ... unless the other side is an armed group, whose fight with the police is a battle
_ARMED_GROUP = _rx(r"\b(?:militia\w*|militants?|rebels?|insurgents?|gunm[ae]n|fighters|guerrillas?|jihadists?|terrorists?|"
                   r"armed (?:men|group\w*|gangs?)|bandits|" + _NAMED_GROUPS + r")\b")
# armed men or weapons, whose fight is a battle or an attack rather than mob violence
_ARMED_ACTORS = _rx(r"\b(?:militia\w*|militants?|rebels?|insurgents?|gunm[ae]n|troops|soldiers|army|forces|fighters|guns?|firearms?|rifles?|"
                    r"gunfire|shot|shooting|bombs?|grenades?|" + _NAMED_GROUPS + r")\b")


# ordinary people who clash with each other or with officials, not with the forces: "two groups of students clashed",
# "traders clashed with municipal officials", "clashes erupted between farmers and herders"
_CROWDS_CLASH = _rx(
    rf"\b(?:{_CIVIC_CROWD}|{_CROWD}|groups|communities|families|castes)\b[^.;,]{{0,50}}?\bclash(?:ed|es)\b|"
    rf"\bclash(?:ed|es) (?:\w+ ){{0,2}}(?:between|with) (?:the )?(?:[\w'-]+ ){{0,3}}?(?:{_CIVIC_CROWD}|{_CROWD}|groups|communities)\b"
)
_STATE_FORCES_RX = _rx(rf"\b{_STATE_FORCES}\b")
# ... whose sides the codebook counts as armed groups even unnamed as such: clans and vigilantes, herders (their ethnic
# militias), gangs and criminal groups, or any side said to be armed
_ORGANISED_SIDE = _rx(r"\b(?:clans?|clansmen|vigilantes?|herders|herdsmen|pastoralists|gangs?|gangsters|cartels?|milit\w+|"
                      r"criminal\w*|armed|arms|weapons)\b")


def _crowds_clash(text: str) -> bool:
    """Ordinary people in a clash where no armed man, weapon or force is named: in the codebook a riot (mob violence),
    no battle, which needs armed organised groups on both sides."""
    return bool(_CROWDS_CLASH.search(text)) and not _ARMED_ACTORS.search(text) and not _ARMED_GROUP.search(text) \
        and not _STATE_FORCES_RX.search(text) and not _ORGANISED_SIDE.search(text)


def _crowd_riots(text: str) -> bool:
    """A crowd of ordinary people that fights or pelts the police or troops, with no armed group on its side: in the
    codebook the crowd riots, whoever is said to have clashed with whom ("police clashed with hundreds of protesters")."""
    return bool(_CROWD_FIGHTS_FORCES.search(text)) and not _ARMED_GROUP.search(text)
