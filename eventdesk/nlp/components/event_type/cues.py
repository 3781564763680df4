"""Step 2, clear cues: demonstrations and mobs, suicide bombs, chemical weapons, sexual violence, changes of
territory, and the strategic developments (disrupted weapons use, agreements, bases, transfers of territory,
changes to a group, looting, arrests), with the rules that choose among the kinds of demonstration and tell who
took a place.
"""

from __future__ import annotations

import re

from .words import Blanker, _NAMED_GROUPS, _Prechecked, _RIOT, _rx
from .thresholds import _N_WEAPON_CUES, _PROTEST_SURE, _TERRITORY_MASS, _TERRITORY_SURE
from .model import _best


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
# the acts of protest in words no peaceful context uses: a strike, a sit-in, a demonstration held, the streets taken, a
# road blocked by a crowd, the shutdowns of South Asian politics (a bandh, a hartal, a dharna).  Labour's protests are
# told beside the workplace words of the peaceful context ("miners went on strike at the mine", "workers staged a sit-in
# at the factory"), which these overrule
_PROTEST_ACTS = (
    r"(?:went|go|goes|going|are|were|was|is|remain(?:ed|s)?|stayed) on (?:a )?(?:\w+ )?strike|general strike|"
    # (a strike or a shutdown observed, as the South Asian press tells it: "workers observed a strike demanding bonuses")
    r"observed (?:a |an )?(?:[\w-]+ ){0,2}(?:strike|shutdown|shut-?down)|"
    r"(?:staged|held|holding|stage|hold|organi[sz]ed) (?:a |an )?(?:\w+ )?(?:march|protest|demonstration|walk-?out|sit-in|strike|sit-down)|sit-ins?|"
    r"demonstrated (?:against|in|outside|near|for)|demonstrations? (?:against|over|outside|demanding|in protest)|"
    r"(?:took|take|takes|taking) to the streets|bandhs?|hartals?|dharnas?|gherao(?:s|ed|ing)?|(?:rasta|road|rail) roko|chakka jam|"
    # the forms of protest of the South Asian and African press, which name no protest word: a human chain, a procession
    # taken out (a party's, a candle or torch-light one; not a funeral's or a festival's), a shutter-down, the toyi-toyi
    r"human chains?|(?:took|take|takes|taking) out (?:a |an )?(?:[\w-]+ ){0,2}(?:processions?|rall(?:y|ies)|march(?:es)?)|"
    r"(?:candle|candle-?light|torch-?light|mashal|protest|silent|hartal|bandh|black-?flag) (?:processions?|march(?:es)?)|"
    r"processions? of (?:\w+ ){0,3}?(?:supporters|workers|activists|students|members|farmers|cadres|protesters)|"
    r"shutter-?down|toyi-?toyi\w*|(?:demonstrated|protested|marched) peacefully|"
    # an agitation, the South Asian press's word for a campaign of protest ("agitating farmers", "the quota agitation")
    r"agitations?|" + _AGITATING + r"|"
    # a strike going on, told by those who enforce or defy it ("smashing the windows of buses that defied the strike")
    r"(?:during|defy(?:ing)?|defied|enforc(?:e|ed|ing)) (?:the|a) (?:[\w-]+ ){0,2}strike|"
    r"(?:striking|demonstrating) (?:[\w-]+ ){0,2}(?:" + _TRADES + r")|demonstrating (?:against|in|outside|near|for|at)\b|"
    r"chant(?:ed|ing) (?:\w+ ){0,2}slogans|agitators|"
    # an effigy burned is a protest's gesture, not a fire ("burnt an effigy of the chief minister")
    r"(?:burn(?:ed|t|ing|s)?|torched|set fire to) (?:an? |the |\w+ ){0,2}effig(?:y|ies)|effig(?:y|ies) (?:\w+ ){0,4}(?:burn(?:ed|t)|torched|set on fire)|"
    # a crowd that blocks a road or a railway to be heard ("farmers blocked the highway with tractors"), not a landslide
    r"(?:" + _CIVIC_CROWD + r"|people|hundreds|thousands)\b(?: [\w'-]+){0,4}? (?:blocked|blockaded|barricaded) (?:the |a |an )?(?:[\w-]+ ){0,2}"
    r"(?:highways?|roads?|streets?|railway|rail ?tracks?|tracks|bridges?|junctions?|intersections?|entrances?|gates?|motorways?)"
)
_PROTEST_ACT = _rx(r"\b(?:" + _PROTEST_ACTS + r")\b")
# a crowd's wrecking told with the crowd as its subject, right before the verb ("angry youths overturned two police cars",
# "the mob torched a bus"): a riot, though the peaceful context reads "overturned" or "set on fire" as an accident's
_CROWD_WRECKS = _rx(
    r"\b(?:angry |irate |enraged |agitated )?(?:youths|rioters|mobs?|protesters|demonstrators|crowds?|agitators)"
    r" (?:\w+ )?(?:overturned|torched|set fire to|set ablaze|pelted|stoned|vandali[sz]ed|ransacked|smashed|set (?:\w+ ){1,3}on fire)\b"
)
# (searched only where the text holds a word of protest: each of its matches holds one of _PROTEST_STEMS)
# (the narrowest that hold: "to the street" not "street", "blocked" not "block", which most shootings' reports hold)
_PROTEST_STEMS = ("protest", "demonstr", "rally", "rallie", "strik", "march", "walkout", "walk-out", "sit-", "to the street", "bandh",
                  "hartal", "dharna", "gherao", "roko", "chakka", "human chain", "procession", "shutdown", "shut-down", "shutter",
                  "toyi", "agitat", "slogan", "effig", "blocked", "blockade", "barricad", "picket", "pelt", "riot")
_PROTEST = _Prechecked(_rx(
    r"\b(?:protest(?:s|ed|ers?|ing)?|demonstrations?|demonstrators|demonstrated (?:against|in|outside|near|for)|rall(?:y|ies)|"
    + _PROTEST_ACTS + r"|"
    r"protest march(?:es)?|marchers|marched (?:against|in protest|to demand|to protest|through the (?:city|streets|capital|town))|"
    r"rallied (?:in|outside|at|against|to demand|to call|for)|staged (?:a |an )?(?:march|rally|protest|demonstration|walk-?out)|sit-ins?|"
    # (not the post of those who police, as South Asian English names it: "militants attacked a police picket")
    r"(?<!police )(?<!army )(?<!security )(?<!military )(?<!forces )(?<!crpf )(?<!bsf )picket\w*|"
    # (stone-pelters, the regional press's name for a crowd that demonstrates with stones: "pellets fired at stone-pelting youths")
    r"stone[- ]?pelt(?:ing|ers)|"
    r"(?:went|go|going|are|were) on strike|general strike|strikers|hunger strike|staged a strike|walk-?outs?|"
    # a march of protest (the month is written with a capital)
    r"(?:the|a|opposition|protest|peaceful|student|students'|women's|silent|mass|funeral|anti-[\w-]+|pro-[\w-]+) (?-i:march(?:es)?)(?! (?:of|madness)\b)|"
    r"marching (?:for|against|to demand|in protest|through the streets)|"
    # a march stopped before it began is still a demonstration: "were detained as they tried to march to parliament"
    r"(?:tried|trying|attempted|attempting) to (?:march|stage a (?:march|rally|protest|sit-in))|" + _RIOT + r"|rioters)\b"
), _PROTEST_STEMS)
_PROTEST_VIOLENT = _rx(
    r"\b(?:" + _RIOT + r"|stone[- ]pelt\w*|petrol bombs?|molotov\w*|burning (?:tyres|tires|barricades|logs)|burnt tyres|"
    # a road closed with fire, the blockade of the regional press ("lit bonfires on the road")
    r"(?:lit|lighting|set up|mounted) (?:\w+ ){0,2}bonfires|"
    r"violent (?:protests?|demonstrations?)|turned (?:violent|into a riot)|went on the rampage|rampag\w*|"
    r"(?:threw|throwing|hurl\w*|pelt\w*) (?:\w+ ){0,2}(?:stones|rocks|bricks|brickbats|bottles|firecrackers|fireworks|crude bombs|missiles|projectiles)|"
    # a road closed with rocks or logs, and a crowd's wrecking in the passive, by the crowd or during its protest
    # ("a bus was torched by agitators", "shops were vandalised during the bandh")
    r"(?:blocked|barricaded|blockaded) (?:[\w'-]+ ){0,5}?with (?:burning )?(?:tyres|tires|rocks|stones|boulders|logs|tree trunks|debris)|"
    r"(?:was|were|been|being) (?:\w+ )?(?:torched|set (?:on fire|ablaze|alight)|vandali[sz]ed|ransacked|damaged|smashed|looted|stoned|burnt|burned)\b"
    r"[^.;]{0,40}?\b(?:by (?:the )?(?:\w+ )?(?:protesters|demonstrators|agitators|crowds?|mobs?|rioters|strikers|supporters|activists)|"
    r"during (?:the |a )?(?:\w+ )?(?:protests?|demonstrations?|bandh|hartal|strike|agitation|shutdown))|"
    # (what those who demonstrate did, not what was done to them: "protesters said police beat them")
    # (the regional press's crowds too: agitators, activists, locals, commuters, cadres, riders)
    r"(?:protesters|demonstrators|crowds?|youths|students|rioters|residents|mob|supporters|traders|farmers|workers|villagers|miners|drivers|fans|"
    r"agitators|activists|locals|commuters|cadres|riders|hawkers|vendors)\b"
    r"(?:(?!police|security|soldiers|troops|officers|forces|gendarm|army|guards)[^.;]){0,60}?\b(?:threw|hurled|pelted|torched|burn(?:ed|t)|"
    r"set fire|set ablaze|attacked|clashed|vandali[sz]\w*|looted|damaged|smashed|stormed|ransacked|beat|broke into|uproot(?:ed|ing)|"
    # (hands laid on officials and things broken, as the regional press tells them: "roughed up two officials", "broke
    # window panes of the administrative building", "held the manager hostage", "snatched rifles from the police")
    r"roughed up|manhandl(?:ed|ing)|broke (?:the |a |several |\w+ )?(?:[\w-]+ )?(?:windows?|window ?panes|panes|glass(?:es)?|windscreens?|doors?|gates?)|"
    r"held (?:\w+ ){0,4}hostage|snatched (?:\w+ ){0,2}(?:rifles?|weapons?|guns?)|"
    # (the same acts told as a participle after the crowd's protest: "toyi-toyied through the streets, looting a shop")
    r"throwing|hurling|pelting|torching|looting|damaging|smashing|ransacking|setting fire|setting (?:\w+ ){1,3}(?:on fire|ablaze|alight)|"
    # (a crowd that overturned cars, not a truck that overturned by itself before residents blocked the road)
    r"overturned (?:a |an |the |two |three |several |\d+ )?(?:[\w-]+ )?(?:cars?|vehicles?|bus|buses|trucks?|vans?|barricades?|stalls?|carts?)|"
    r"set (?:\w+ ){1,3}(?:on fire|ablaze|alight))"
    # (an effigy burned is a protest's gesture, not the crowd's violence: "protesters burnt an effigy of the governor")
    r"(?!\s*(?:an? |the |their |his |her |\w+ ){0,3}effig))\b"
)
_PROTEST_LETHAL = _rx(
    r"\b(?:live (?:ammunition|bullets|rounds|fire)|opened fire|fired (?:live|at|on|into)|shot|killed|killing|dead|died|deaths?|fatally)\b"
)
# force that kills or maims used on those who demonstrate: shots fired on them, live rounds, pellets, one of them
# killed; not a protest over a killing ("marched to demand justice for a man shot dead by police")
_FORCE_ON_PROTEST = _rx(
    r"\b(?:(?:opened fire|fir(?:ed|ing) (?:live (?:\w+ )?|tear gas and (?:\w+ )?)?(?:on|at|into)|shot (?:at|dead|and killed)|"
    r"used (?:live (?:ammunition|rounds|bullets)|pellet guns?) (?:on|against)|beat) (?:\w+ ){0,3}"
    r"(?:protesters|protesting|demonstrators|crowds?|marchers|mourners|strikers|(?:a |the )?(?:march|rally|protest|demonstration|sit-in))|"
    r"(?:police|soldiers|troops|forces|gendarmes|army|guards) (?:\w+ ){0,2}(?:killed|shot(?: dead)?) (?:\w+ ){0,3}(?:protesters|demonstrators|marchers|strikers|mourners)|"
    r"(?:protesters?|demonstrators?|marchers|strikers)\b[^.;]{0,60}?\b(?:(?:was|were) (?:\w+ )?(?:killed|shot dead|shot|blinded)|died (?:of|from|after)|"
    r"(?:seriously|critically|gravely) (?:injured|wounded)|killed (?:by|when|as)|shot dead|"
    # a beating that maims is force meant to injure seriously: "were beaten severely ..., leaving one in a coma"
    r"(?:was|were) (?:\w+ )?beaten (?:severely|badly|unconscious|senseless|to death)|(?:severely|badly|brutally) beaten|in (?:a )?coma)|"
    r"(?:live (?:ammunition|bullets|rounds)|pellet guns?|pellets|buckshot|rifle butts|iron bars|opened fire|fired (?:\w+ ){0,4}(?:at|on|into)|shot at)\b[^.;]{0,80}?\b"
    r"(?:killing|killed|dead|died|blinding|blinded|seriously|critically|gravely|severely|hospitali[sz]ed|hospitali[sz]ing|wounding)\b|"
    # (pellets, which maim whom they hit, and injuries told: "fired pellets at the protesters, injuring 12")
    r"(?:pellet guns?|pellets|buckshot)\b[^.;]{0,60}?\binjur(?:ing|ed)\b|"
    # the codebook's own words, and a beating told as brutal: "used excessive force against the peaceful protesters"
    r"(?:used|using|use of|uses) (?:\w+ )?(?:excessive|brutal|disproportionate|lethal|deadly) force (?:on|against) (?:\w+ ){0,3}"
    r"(?:protesters|protesting|demonstrators|crowds?|marchers|strikers|students|activists)|"
    r"brutally (?:beat|beaten|assaulted|attacked|thrashed|tortured) (?:\w+ ){0,3}(?:protesters|protesting|demonstrators|crowds?|marchers|strikers)|"
    r"(?:shot|killed|beat) (?:\w+ ){0,4}(?:during|at) (?:a |an |the )?(?:\w+ ){0,2}(?:protest|demonstration|march|rally|sit-in|strike))"
)
# the crowd's own blocking, which is its act, not the police's ("protesters blocked the railway track")
_CROWD_BLOCKED = _rx(r"\b(?:" + _CIVIC_CROWD + r"|people|hundreds|thousands|they)\b(?: [\w'-]+){0,4}? (?:blocked|blockaded|barricaded)\b")
_PROTEST_INTERVENTION = _rx(
    r"\b(?:tear ?gas|teargas|tear-?gass\w*|teargass\w*|dispers\w+|rubber bullets|water cannons?|batons?|baton[- ]?charg\w*|lathi[- ]?charg\w*|"
    r"lathis|pepper[- ]spray\w*|pepper balls|stun grenades?|(?:took|taken|taking|take) (?:\w+ ){0,3}into (?:police |preventive )?custody|"
    r"foiled|thwarted|(?:stopped|halted) (?:a |an |the |their )?(?:[\w-]+ ){0,2}(?:march|rally|procession|protest|demonstration)|used (?:mild |minimal )?force|"
    r"arrest\w*|detain\w*|broke up|break up|bundled (?:\w+ ){0,3}into (?:police |prison |waiting )?(?:vans?|trucks?|buses)|"
    # the crowd removed by force: "rounded up and driven away in police trucks", "dragged away", "forcibly evicted"
    r"rounded up|(?:driven|hauled|dragged|carried|taken) (?:away|off)|forcibly (?:removed|evicted|cleared|dispersed)|beat(?:en|ing)?|cracked down|crackdown|blocked|prevented|injur\w*|wounded)\b"
)
# the gestures of a protest that name no protest word: placards or banners held up, a banner unfurled, people who
# chained themselves to a gate.  Fans hold banners too, so a gesture names a demonstration only beside a demand
# ("holding placards demanding ...") or something done to those who made it (arrested, dispersed)
_PROTEST_GESTURE = _rx(
    r"\b(?:(?:holding|held|carrying|carried|waving|waved|raising|raised|brandishing) (?:\w+ ){0,2}?(?:placards|banners|posters)|"
    r"unfurl(?:ed|ing|s)? (?:a |an |the |their )?(?:[\w-]+ )?banners?|chained themselves)\b"
)
_DEMAND = _rx(r"\b(?:demanding|calling for|denouncing|condemning|in protest)\b")
# a crowd told by what it demands ("residents demanding justice ransacked the post"): a demonstration where it wrecks
# or is acted on, not where it applies for loans or meets a minister
_CROWD_DEMANDING = _rx(
    r"\b(?:" + _CIVIC_CROWD + r"|crowds?|villagers|residents|locals|youths|relatives)(?: [\w'-]+){0,2}? demanding\b"
)


def _protest_gesture(text: str) -> bool:
    """A demonstration told by its gestures or its demand alone, with what makes it one: a demand or an intervention
    beside the gesture, an intervention or the crowd's own violence beside the demanding crowd."""
    acted_on = bool(_PROTEST_INTERVENTION.search(text))
    if _PROTEST_GESTURE.search(text):
        return acted_on or bool(_DEMAND.search(text))
    return bool(_CROWD_DEMANDING.search(text)) and (acted_on or bool(_PROTEST_VIOLENT.search(text)) or bool(_CROWD_WRECKS.search(text)))


def _protest_named(text: str) -> bool:
    """A demonstration named by a protest word, or told by its gestures or its demand."""
    return bool(_PROTEST.search(text)) or _protest_gesture(text)


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
# Rangers are a state's forces ("Sindh Rangers", "Pakistan Rangers", "the Texas Rangers" of the state police, park
# and forest rangers), but a team's name in sport: not the hockey and football clubs ("New York Rangers", "Queens Park
# Rangers", "Glasgow Rangers"), nor a Rangers followed in its sentence by a score or a word of the game ("the Texas
# Rangers beat the Astros 5-3").
_RANGERS = (r"(?<!new york )(?<!queens park )(?<!glasgow )rangers?\b"
            r"(?![^.;]{0,80}?(?:\d+-\d+|\b(?:baseball|innings?|pitch(?:er|ers|ed|ing)|home runs?|mlb|nhl|hockey|ballpark|stadium|"
            r"season|playoffs?|league|world series|fans|game|games|match|goals?)\b))")
_GOVERNMENT = _rx(
    r"\b(?:army|armed forces|military(?! of)|troops|soldiers|government(?:al)? forces|pro-government|regime forces|security forces|"
    r"police|national guard|gendarm\w*|forces of (?:the )?government|security (?:agents|personnel|officers)|paramilitar(?:y|ies)|pro-hadi|fardc|sdf|sna|ansf|andsf|iraqi forces|syrian arab army|saa|"
    + _RANGERS + r")\b"
)
_FROM_NON_STATE = _rx(r"\bfrom (?:the )?(?:militants|rebels|insurgents|jihadists|terrorists|islamic state|is|isis|isil|daesh|al-?shabaa?b|boko haram|taliban|militia\w*|armed groups?)\b")

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
# a place taken once its holders had gone ("took over the post after the police abandoned it"): no fight over it, the
# codebook's non-violent transfer, where nobody is said to have fought
# (not "fled", which news tells of those driven out: "seized the town after soldiers fled")
_TAKEN_AFTER_LEFT = _rx(r"\bafter (?:the |its |their )?[^.;]{0,50}?\b(?:had )?(?:abandoned|vacated|withdr[ae]w|pulled out|evacuated|deserted)\b")
# ... unless the place was taken by force or the holders left under fire: "seized", "captured", "overran", "regained",
# "withdrew under heavy bombardment", "were driven out of the town"
_TAKEN_BY_FORCE = _rx(r"\b(?:seiz\w*|captur\w*|overr[au]n\w*|storm\w*|wrest\w*|regain\w*|re-?took|retaken|re-?entered|under (?:\w+ )?(?:fire|attack|bombardment|shelling)|"
                      r"bombard\w*|shell(?:ed|ing)|air ?(?:raids?|strikes?)|(?:driven|drove (?:[\w'-]+ ){1,4}?) out of)\b")
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
_ARMED_PARTIES = {"military forces", "security forces", "police", "militants"}
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


# a place fought over or an attempt to take it, which news tells with the words of a taking ("battled for control of
# the city", "an offensive to retake the town"): nobody is said to have taken it, so the fight is the event
_CONTESTED = _rx(
    r"\b(?:battl\w*|fight\w*|fought|clash\w*|vy(?:ing|ed)|struggl\w*) (?:\w+ ){0,3}?for (?:the |full )?control (?:of|over)\b|"
    r"\b(?:attempt\w*|bids?|tr(?:y|ies|ied|ying)|efforts?|push|offensive|sought|seeking|failed) to (?:re-?take|re-?capture|regain|seize|capture|"
    r"take (?:back|over|control))\b"
)
# ... and the words that say somebody took it after all
_TAKING = _rx(r"\b(?:seiz\w*|captur\w*|overr[au]n\w*|wrest\w*|regain\w*|re-?took|retaken|re-?entered|took|taken|fell to|liberat\w*|"
              r"recaptur\w*|drove (?:\w+ ){0,3}out|driven out|pushed (?:\w+ ){0,3}out)\b")


def _only_contested(text: str) -> bool:
    """The place was fought over or an attempt was made on it, and no other words say it was taken: an armed clash,
    not a change of territory ("troops fought rebels for control of the town" tells no winner)."""
    if not _CONTESTED.search(text):
        return False
    rest = _CONTESTED.sub(" ", text)
    return not _TAKING.search(rest) and not any(rx.search(rest) for _, _, rx in _SPECIFIC[_N_WEAPON_CUES:])


# weapons handed over or turned in, not a place: fighters who disarm change their group's activity ("handed over their
# weapons and joined a demobilisation camp"), which the transfer pattern reads as a place handed over
_ARMS_HANDED = _rx(r"\b(?:handed|hand|hands|handing|turned|turning) (?:over|in) (?:all )?(?:their |its |his |her |the )?(?:[\w-]+ ){0,2}?"
                   r"(?:arms|weapons|guns|rifles|firearms|ammunition)\b")
_PLACE_HANDED = dict(_STRATEGIC)["Non-violent transfer of territory"]


def _arms_handed_over(text: str) -> bool:
    """Arms handed over and no place handed over besides."""
    return bool(_ARMS_HANDED.search(text)) and not _PLACE_HANDED.search(_ARMS_HANDED.sub(" ", text))


# non-state armed actors named as those who took a place ("Tigrayan fighters recaptured Mekelle")
_NON_STATE = _rx(r"\b(?:rebels?|militants?|insurgents?|jihadists?|fighters|militia\w*|guerrillas?|separatists?|resistance|"
                 r"armed groups?|gunmen|bandits|" + _NAMED_GROUPS + r")\b")


def _state_took(text: str, m: re.Match) -> bool:
    """Named state forces, and nothing else, are the subject of the taking ``m``: the state took the place."""
    clause = re.split(r"[.;,]", text[:m.start()])[-1]
    return "pro-" not in clause.lower() and bool(_STATE_SUBJECT.fullmatch(clause))


def _taker(clause: str) -> str | None:
    """Who took the place, where the clause before the verb names one side alone: its forces (government) or a non-state
    armed group.  "Rebels said the army retook the town" names both, and the model and the rules below decide."""
    government, non_state = bool(_GOVERNMENT.search(clause)), bool(_NON_STATE.search(clause))
    if government == non_state:
        return None
    return "Government regains territory" if government else "Non-state actor overtakes territory"


# a place that fell to somebody, who is named after the verb: "the town fell to the insurgents", "the village fell to
# the army after two days of fighting"
# (it and _DRIVEN_OUT are compiled at import, not lazily as ``_rx`` does: ``_territory`` tells them by identity,
# m.re is _FELL_TO)
_FELL_TO = re.compile(r"\b(?:fell|falls|fallen) (?:in)?to (?:the )?([^.;,]{1,40})", re.IGNORECASE)
# armed men driven out of a place by force, the taker named after "by" ("the militants were driven out of the town by the
# army") or before the verb ("soldiers drove the insurgents out of the village"): a place taken, not handed over
_DRIVEN_OUT = re.compile(r"\b(?:was|were|been|being|are|is|get|got) (?:\w+ )?(?:driven|pushed|chased|flushed|forced) "
                         r"out of\b[^.;]{0,60}?\bby (?:the )?([^.;,]{1,40})|"
                         r"\b(?:drove|drives|driving|pushed|chased|flushed) (?:[\w'-]+ ){1,4}?out of\b", re.IGNORECASE)
# named state forces as the subject of a taking, the whole clause before its verb ("Police took control of ...", "The
# army seized ..."): the state took the place.  Not forces named by whom they back ("pro-Houthi forces"), nor a subject
# with more words, whose taker the model and the rules below decide
# (an army in lower case: "the Arakan Army", "the Kachin Independence Army" are armed groups by name)
_STATE_SUBJECT = _rx(r"\s*(?:the |a )?(?:(?:[\w-]+ ){0,2}?(?:police(?:men)?|troops|soldiers|security forces|armed forces|government forces|"
                     r"paramilitary forces|gendarm\w*|commandos)|(?:(?-i:[a-z][\w-]*) ){0,2}?(?-i:army|military))\s*")


def _territory(text: str, m: re.Match, probs: dict | None = None, default: str | None = None) -> str:
    """Who took the place: government forces (or it was taken from militants) -> regained, else overtaken.
    The model, when it clearly prefers one of the two, decides (it knows the actors' names).  A place that fell to
    somebody, or whose holders were driven out by somebody, has its taker named after the verb."""
    if m.re is _FELL_TO or m.re is _DRIVEN_OUT and m.group(1):
        side = _taker(m.group(1))
        if side:
            return side
    before = text[max(0, m.start() - 120):m.start()]
    clause = re.split(r"[.;]", before)[-1]
    side = _taker(clause)
    if side:
        return side
    if probs:
        g = probs.get(("Battles", "Government regains territory"), 0.0)
        n = probs.get(("Battles", "Non-state actor overtakes territory"), 0.0)
        if g + n >= _TERRITORY_MASS and max(g, n) >= _TERRITORY_SURE * (g + n):
            return "Government regains territory" if g > n else "Non-state actor overtakes territory"
    if default:
        return default
    if _GOVERNMENT.search(clause) or _FROM_NON_STATE.search(text[m.start():m.end() + 80]):
        return "Government regains territory"
    return "Non-state actor overtakes territory"


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


# a demonstration named only as one that is not going on: called for, planned, led or organised before, ahead of, or
# the reason for an arrest ("arrested activists who had called for a general strike", "detained the organiser of last
# week's protest", "arrested in connection with the riots"), with the few words that name it
_PROTEST_NOT_HELD = _rx(
    r"\b(?:call(?:ed|ing|s)? for|urg(?:ed|ing) (?:people |supporters |residents )?to (?:join|hold|stage)|plann(?:ed|ing)|"
    r"organi[sz](?:ed|ing|ers?)(?: of)?|(?:accused|suspected|charged) of (?:leading|organi[sz]ing|inciting|instigating)|"
    r"ringleaders? of|incit(?:ed|ing)|ahead of|in anticipation of|to prevent|in connection with)(?: [\w'-]+){0,5}"
)
_ARRESTED = dict(_STRATEGIC)["Arrests"]
_PEACEFUL_PROTEST = ("Protests", "Peaceful protest")
_PROTEST_WITH_INTERVENTION = ("Protests", "Protest with intervention")


def _arrest_not_at_protest(text: str) -> bool:
    """People arrested where the only demonstration told is one called for, planned or past: in the codebook an
    arrest, no intervention in a demonstration that is not going on."""
    return bool(_ARRESTED.search(text)) and not _protest_named(_PROTEST_NOT_HELD.sub(" ", text)) \
        and not _MOB.search(text) and not _crowd_riots(text) and not _crowds_clash(text)


# what a demonstration is about, which was not done at it: "to protest the killing of a rider", "demanding the arrest of
# those who attacked a teacher", "over the detention of their leader".  Its words of death or arrest tell the grievance,
# not force used on the crowd
_GRIEVANCE = _rx(
    r"\b(?:demand\w*|call(?:ed|ing|s)? for|seek\w*|sought|against|over|protest(?:ing|ed|s)?|condemn\w*|denounc\w*|justice for|"
    r"in memory of|mourn\w*)(?: the| a| an| their| his| her)? (?:[\w-]+ )?(?:arrests?|detentions?|release|killings?|deaths?|murders?|"
    r"lynchings?|shootings?|rapes?|abductions?|disappearances?|attacks?)(?: (?:of|on)\b(?: [\w'-]+){0,6})?|"
    # (the condition the crowd sets: "refusing to leave until the killers are arrested")
    r"\b(?:until|unless|till) [^.;,]{0,60}"
)
# the acts that control a crowd, in the words of the regional press too: what makes a demonstration the model reads as
# peaceful an intervention (not "no arrests were made", taken out first)
_CROWD_CONTROL = _rx(
    # (a crowd dispersed by somebody, not one that "dispersed peacefully" of itself)
    r"\b(?:tear ?gas|teargas|tear-?gass\w*|teargass\w*|to disperse|dispers(?:ed|ing) (?:them|the|a|an|by|with|hundreds|dozens|\d+)|rubber bullets|water cannons?|baton[- ]?charg\w*|lathi[- ]?charg\w*|"
    r"stun grenades?|arrest(?:ed|ing)|detain(?:ed|ing)|broke up|bundled (?:\w+ ){0,3}into|rounded up|(?:took|taken|taking) (?:\w+ ){0,3}into (?:police )?custody)\b"
)
_NO_CONTROL = _rx(r"\b(?:no|without(?: any)?|nobody was|no one was|none (?:was|were)) (?:\w+ ){0,2}(?:arrests?|arrested|detained|detentions?|dispersed)\b")
# harm that the codebook counts as serious, and the crowd-control acts that can cause it: "suffered a fractured skull
# when police lathi-charged", "critically injured when police baton-charged a hunger strike camp"
_SERIOUS_HARM = (r"(?:critically|seriously|gravely|severely) (?:injur\w*|wound\w*|hurt)|fractur\w*|lost (?:an|one|his|her|their|both) eyes?|"
                 r"in (?:a )?coma|head injuries|skull|died|killed|dead|to death|succumb\w*|(?:bullet|pellet|gunshot) (?:injuries|wounds)")
_CONTROL_ACT = r"(?:baton[- ]?charg\w*|lathi[- ]?charg\w*|beat(?:en|ing)?|clubbed|rubber bullets?|tear ?gas canisters?|rifle butts|fired|firing)"
_MAIMED_BY_CONTROL = _rx(rf"\b(?:{_SERIOUS_HARM})\b[^.;]{{0,80}}?\b{_CONTROL_ACT}|\b{_CONTROL_ACT}\b[^.;]{{0,80}}?\b(?:{_SERIOUS_HARM})\b")


def _done_at_protest(text: str) -> str:
    """The text without what the demonstration is about (its grievance or demand) nor interventions said not to
    have happened: the words left tell what was done to the crowd."""
    return _NO_CONTROL.sub(" ", _GRIEVANCE.sub(" ", text))


# a demonstration only announced, threatened or planned: "the union said its members would hold a dharna next Tuesday",
# "transporters have threatened a chakka jam if the price is not cut"
_PROTEST_TO_COME = _rx(
    r"\b(?:threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?(?: of)?|would|will|shall|plan(?:s|ned|ning)? to|vow(?:s|ed)? to|"
    r"(?:has|have|had) called for|announc(?:ed|es|ing) (?:plans (?:for|to) )?an?(?= )|announc(?:ed|es|ing) (?:plans (?:for|to) )?(?:an? )?)(?: [\w'-]+){0,6}"
)


def _protest_only_to_come(text: str) -> bool:
    """A demonstration named only as one still to come, and nothing done: no act of a crowd, no intervention, no mob.
    In the codebook no event (the demonstration, once held, is)."""
    return _protest_named(text) and not _protest_named(_PROTEST_TO_COME.sub(" ", text)) \
        and not _PROTEST_INTERVENTION.search(text) and not _PROTEST_VIOLENT.search(text) and not _MOB.search(text) \
        and not _crowd_riots(text)


# a demonstration called off on a deal: "farmers called off their agitation after an agreement with the government"; the
# codebook's agreement, the news being the deal that ended it (not a protest against a deal: nothing was called off)
_PROTEST_ENDED_BY_DEAL = _rx(
    r"\b(?:called off|calls? off|calling off|ended|ends|suspended|withdr[ae]w|withdrawn|end(?:ing)?) (?:their |its |the |a |his |her )?(?:[\w-]+ ){0,2}?"
    r"(?:protests?|agitations?|strikes?|sit-ins?|dharnas?|blockades?|march(?:es)?|demonstrations?|hunger strikes?)\b[^.;]{0,60}?\b"
    r"(?:after|following|under|as part of|on reaching) (?:an? |the )?(?:\w+ ){0,2}(?:agreement|deal|accord|pact|understanding)\b"
)


def _protest(text: str, probs: dict | None = None) -> tuple[str, str]:
    """Which demonstration: violent demonstrators first (ACLED codes them so whatever the police did),
    then the model among the protest and riot types when it is sure, then the rules.  A demonstration called off on a
    deal, where nobody did violence, is the agreement."""
    if _PROTEST_ENDED_BY_DEAL.search(text) and not _PROTEST_VIOLENT.search(text):
        return "Strategic developments", "Agreement"
    if _arrest_not_at_protest(text):
        return "Strategic developments", "Arrests"
    named = _protest_named(text)
    if named and _HANDS_ON_OFFICIALS.search(text) and not _protest_named(_AGITATING_RX.sub(lambda m: m.group()[len("agitating"):], text)) \
            and not _PROTEST_VIOLENT.search(_HANDS_ON_OFFICIALS.sub(" ", text)):
        # (a crowd named agitating that roughs up officials, does no other violence and, the word gone, is told in no
        # demonstration (its crowd stays, to block a road): mob violence, the crowd's assault the act, not a
        # demonstration that turned violent)
        return "Riots", "Mob violence"
    if not named and _crowd_riots(text):  # a crowd's fight with the forces, no demonstration named
        return _best(probs or {}, lambda c: c[0] == "Riots")[0] or ("Riots", "Violent demonstration")
    if not named:  # a mob, not a demonstration
        guess, p = _best(probs or {}, lambda c: c[0] == "Riots")
        return guess if guess is not None and p >= _PROTEST_SURE else ("Riots", "Mob violence")
    if _PROTEST_VIOLENT.search(text) or _crowd_riots(text):
        return "Riots", "Violent demonstration"
    done = _done_at_protest(text)
    if (_FORCE_ON_PROTEST.search(done) or _MAIMED_BY_CONTROL.search(done)) and _GOVERNMENT.search(text):
        return "Protests", "Excessive force against protesters"
    if probs:
        guess, p = _best(probs, lambda c: c[0] in ("Protests", "Riots"))
        if guess is not None and p >= _PROTEST_SURE:
            # (the model's peaceful protest where the crowd was teargassed, dispersed or detained: an intervention)
            return _PROTEST_WITH_INTERVENTION if guess == _PEACEFUL_PROTEST and _CROWD_CONTROL.search(done) else guess
    if _PROTEST_LETHAL.search(done):
        return "Protests", "Excessive force against protesters"
    if _PROTEST_INTERVENTION.search(_CROWD_BLOCKED.sub(" ", done)):
        return "Protests", "Protest with intervention"
    return "Protests", "Peaceful protest"


def _armed_both_sides(parties: set) -> bool:
    """The claims name the armed hurt among two parties or more: in ACLED's terms a clash, not an attack."""
    return bool(parties & _ARMED_PARTIES) and len(parties - {None}) >= 2


# -- reports that tell no violence in violent words -----------------------------------------------------------------

# figures of speech that figures.py does not read: fire "opened" on a rival's record, "a blast from the past",
# "had a blast" (fun).  Not "opened fire on the crowd", "a blast ripped through the market"
_FIGURES_OF_DEBATE = _rx(
    r"\b(?:open(?:ed|s|ing)? fire|fir(?:ed|ing) (?:a )?(?:broadside|salvos?|volleys?)) (?:on|at) (?:the |his |her |their |its |each other'?s? |one another'?s? )?"
    r"(?:[\w'-]+ ){0,2}(?:records?|plans?|polic(?:y|ies)|proposals?|budgets?|agendas?|ideas|positions|administration|critics|opponents|rivals|"
    r"leadership|claims|comments|remarks|tax (?:plan|hikes?)|reforms?|bills?|spending)\b|"
    r"\b(?:an? )?blast from the past\b|"
    # a request "shot down" by a board: not a plane, a drone or a man shot down
    r"\bshot down (?:(?:a|an|the|his|her|their|its)\b )?(?:[\w'-]+ ){0,3}(?:requests?|bids?|proposals?|plans?|ideas?|motions?|amendments?|"
    r"applications?|appeals?|permits?|variances?|zoning|rezoning|petitions?|suggestions?|claims?|rumou?rs?|reports?)\b|"
    # shooting as a sport: "the trap and skeet shooting team", "a shooting competition", "sporting clays"
    r"\b(?:(?:trap|skeet|target|clay|competitive|sport|precision|olympic|rimfire|air rifle|air pistol|archery)(?: and (?:trap|skeet|clay))? shooting|"
    r"shooting (?:team|teams|sports?|competitions?|match(?:es)?|league|championships?|tournaments?|club|clubs)|sporting clays|clay (?:targets|pigeons))\b|"
    # a golfer's or a player's shot: "the shot of his life", "a 200-yard approach shot", "a 30-foot jumper"
    r"\bshot of (?:his|her|their|the) (?:life|career|year|day|night|season|game|match|tournament)\b|"
    r"\b(?:shoot(?:s|ing)?|shot) (?:a |an |his |her |their )?(?:hole[- ]in[- ]one|ace|albatross|double eagle|personal best|career[- ](?:best|high)|season[- ]best|round of \d+)\b|"
    r"\b(?:\d+|[a-z]+)-(?:yard|foot|footer|meter|metre) (?:approach |tee |chip |bank |jump )?(?:shots?|putts?|approach|drive|chip|jumpers?|three-pointers?)\b|\b(?:had|have|has|having|was|is|were|be) (?:such |quite |an absolute |a real )?a blast\b(?! (?:that|which|at|in|near|on))"
)
# the figures of a fire, whose flames shoot and whose stored rounds go off: "flames were shooting from the windows",
# "smoke and flames could be seen shooting into the sky", "ammunition in the basement began going off", "popping sounds
# like gunshots" (a comparison names no shot fired).  The fire's own words stay, for the peaceful context to read
_FIGURES_OF_FIRE = _rx(
    r"(?:(?<=flames )|(?<=flame )|(?<=smoke )|(?<=sparks )|(?<=embers )|(?<=fireball ))(?:(?:were|was|are|is|could be seen|could be|had been|began|started|kept|still) )+"
    r"(?:\w+ly )?(?:shot|shoot(?:s|ing)?)\b|"
    r"\b(?:ammunition|ammo|bullets|rounds|cartridges|shotgun shells)(?: (?!and\b|or\b)[\w']+){0,5}? "
    r"(?:went off|go(?:es|ing)? off|(?:began |started )?explod(?:ed|ing)|cook(?:ed|ing) off|popp(?:ed|ing))\b|"
    r"\b(?:sound(?:ed|ing|s)?|sounds) (?:like|similar to) (?:\w+ ){0,2}?(?:gunshots?|gunfire|shots|bullets)\b|"
    r"\bmistaken for (?:\w+ ){0,2}?(?:gunshots?|gunfire|shots)\b"
)
# a scare that was no violence: nothing found, a noise that was fireworks or a backfiring car, a hoax, a rumour.
# Read only where no casualty claim says somebody was hurt ("police found no weapon on the victim" is a shooting)
_NOTHING_HAPPENED = _rx(
    r"\b(?:(?:there was|there were|found|saw|was|were) no (?:active )?(?:shooter|gunman|shooting|gunfire|weapon|gun|bomb|explosive|device|threat|evidence)|"
    r"no (?:signs?|evidence|indication|trace) of (?:a |an |any )?(?:shooting|shooter|gunman|gunfire|shots|weapon|gun|bomb|explosive|device)|"
    r"no (?:shots were|one (?:was|had been)) fired|"
    r"no (?:weapon|gun|firearm|bomb|explosives?|devices?|suspicious (?:items?|packages?|devices?)) (?:was|were) (?:found|located|discovered)|"
    r"found no(?:thing| weapons?| guns?| firearms?| bombs?| explosives?| devices?| suspicious)|nothing (?:suspicious )?(?:was|were) found|"
    r"(?:turned out to be|were|was|came from|caused by) (?:only |just |actually |likely |probably )?(?:\w+ ){0,2}(?:fireworks|firecrackers|backfir\w*)|"
    r"backfir(?:ing|ed|es)|hoax(?:es)?|false (?:alarms?|reports?)|unfounded|"
    # (a rumour as the cause of what was done is no scare: "attacked shops after rumours of ritual killings")
    r"(?<!after )(?<!over )(?<!following )(?<!amid )(?<!by )rumou?rs?|"
    # a suspicious package that was something else, an all-clear
    r"(?:package|parcel|device|item|bag|backpack|box|object|suitcase)s?,? (?:\w+ ){0,5}(?:turned out to be|was (?:only|just|actually))|"
    r"(?:deemed|declared|found to be|determined to be) (?:harmless|safe|not (?:a threat|dangerous))|all[- ]clear|"
    # a threat, not an act: "a student's threat to shoot classmates", "a shooting threat"
    r"threats? to (?:shoot|kill|bomb|stab|attack|blow up)|(?:shooting|bomb|gun|school) threats?|"
    # a drill: "blanks were fired", "volunteers played victims", "an active-shooter training"
    r"blanks (?:were |was )?fired|fir(?:ed|ing) blanks|(?:volunteers|actors|students|cadets) (?:played|posed as|portrayed) (?:the )?(?:victims|wounded|injured|casualties|gunm[ae]n|shooters?|attackers?)|"
    r"(?:active[- ]shooter|mass[- ]casualty|school[- ]shooting|terror(?:ism)?) (?:training|exercises?|scenarios?|simulations?|drills?))\b"
)
# accidents the peaceful context does not name: things that burst by themselves (a gas tank in a lab, a battery, a
# pressure cooker, a tire being filled), a worker caught in a machine.  Not a pipe bomb, a car bomb, a device
_MORE_ACCIDENTS = _rx(
    r"\b(?:(?:gas |hydrogen |oxygen |nitrogen |pressuri[sz]ed |air |scuba |acetylene )?(?:tanks?|cylinders?|canisters?)|batter(?:y|ies)|"
    r"pressure cookers?|aerosol cans?|tires?|tyres?|compressors?|generators?|kilns?|autoclaves?|reactors?|"
    # (a works' machines and heaters: "a grinding machine exploded at a metal shop")
    r"machines?|grinders?|furnaces?|engines?|pumps?|ovens?|dryers?|mixers?|water heaters?|lathes?|turbines?)"
    r" (?:of (?:[\w-]+ ){1,2})?(?:exploded|explodes|burst|ruptured|blew up)\b|"
    r"\b(?:lab|laboratory|chemistry|research) (?:explosions?|accidents?|fires?|blasts?)\b|"
    r"\bin (?:a|the) (?:[\w-]+ ){0,2}(?:lab|laboratory)\b(?= [^.]{0,60}\b(?:explo\w+|blast|fire)\b)|"
    r"\b(?:explosions?|blasts?|fires?) (?:at|in) (?:a|an|the) (?:[\w-]+ ){0,2}(?:lab|laboratory)\b|"
    r"\b(?:crushed|pinned|caught|pulled|trapped|entangled) (?:by|in|under|between|into) (?:a |an |the )?(?:[\w-]+ ){0,2}"
    r"(?:machines?|machinery|equipment|conveyors?(?: belt)?|forklifts?|presses|auger|grain|loads?|beams?|pallets?|rollers?)\b"
)
# an old killing remembered: "Ten years after a gunman killed five people ...", "on the 20th anniversary of the
# massacre", "years later", with a remembrance (a memorial, a vigil, names read): a feature, no new incident
_YEARS_AFTER = _rx(
    r"\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|twenty-five|thirty|forty|fifty|several|many)"
    r" (?:years?|decades?) (?:after|since|later|ago)|a (?:year|decade) (?:after|since|later|ago)|years later|"
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+ieth) anniversary)\b"
)
# the clause the years open, to its comma: "Ten years after a gunman killed five people at the mall,"
# (with the clauses that describe it: "five years since the school shooting, in which 20 children ... were killed",
# "twenty years after two students opened fire, killing three classmates")
_YEARS_CLAUSE = _rx(_YEARS_AFTER.pattern + r"[^,;]*(?:,? (?:in which|during which|when|where|which|that|who|killing|wounding|injuring|leaving)\b[^,;]*)*")
_REMEMBRANCE = _rx(r"\b(?:memorials?|remember\w*|remembrance|commemorat\w*|anniversar(?:y|ies)|wreaths?|(?:read|reading|recited) (?:the )?(?:victims' )?names|"
                   r"exhibits?|exhibitions?|museums?|historians?|(?:new |his |her |a )book|"
                   r"(?:to )?mark(?:s|ed|ing)? (?:the |\w+ )?(?:anniversary|years since|decades? since)|moments? of silence|bells? (?:tolled|rang)|tolled|vigils?|candlelight)\b")
# where a sentence tells a fresh act, the remembered one is not all the report says
_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+|\n+")


# the stage, whose murders are in the script: a whodunit, a murder mystery, rehearsals (counted with sport and fiction)
_STAGE = _rx(
    r"\b(?:whodunits?|murder myster(?:y|ies)|mystery (?:play|dinner|theater|theatre)s?|rehears(?:al|als|ing|ed)|playwrights?|"
    r"(?:community|children's|dinner|summer|repertory) theat(?:er|re)|(?:the|a|new) (?:play|musical)|curtain (?:call|rises|goes up)|"
    r"(?:\w+ )?players (?:open|stage|present|perform)\w*)\b"
)
# a fire in a place, told as the news of it: "A fire at the Greenbriar apartments on Monday killed a cat"
_FIRE_AT = _rx(
    r"\b(?:a|an|the) (?:(?:small|large|big|major|massive|stubborn|early[- ]morning|overnight|late[- ]night|\w+-alarm|kitchen|basement|attic|"
    r"bedroom|garage|porch|deadly|fatal) )?fire (?:at|in|inside) (?:a|an|the|his|her|their) "
)


# a person who does violence in a headline's present tense: "Fired worker kills 2 at plant", "Ex-coach shoots
# rival" (a firing, a fire or a crash named beside them does not make the headline peaceful); not "Fire kills man"
_PERSON_DOES_VIOLENCE = _rx(
    r"\b(?:worker|employee|ex-employee|co-?worker|manager|supervisor|teacher|coach|officer|deputy|cop|guard|"
    r"firefighter|man|woman|teen|boy|girl|student|husband|wife|father|mother|son|daughter|neighbou?r|boyfriend|"
    r"girlfriend|suspect|gunman|customer|tenant|landlord|"
    r"men|women)s?"
    r" (?:kills?|shoots?|stabs?|wounds?|attacks?|beats?|guns? down|opens? fire|"
    # a killing by hand done to somebody: "two men drowned a fisherman after robbing him" (not "a man drowned")
    r"(?:drown(?:s|ed)|strangl(?:es|ed)|smother(?:s|ed)) (?:a|an|his|her|their|him|them)\b)\b"
)


# a theft, in which guns are loot: "burglars stole 20 handguns", "guns stolen from a pawn shop"
_STOLEN = _rx(r"\b(?:stole|stolen|steal(?:s|ing)?|thefts?|thie(?:f|ves)|burglar\w*|broke into|break-ins?|shoplift\w*|looted|pawn ?shops?)\b")


# a debate's figures blanked out, then a fire's (their lower-case twins searched where the text allows)
_DEBATE_AND_FIRE_BLANKED = Blanker(_FIGURES_OF_DEBATE, _FIGURES_OF_FIRE)


def _figures_of_debate(text: str) -> str:
    """The text less the figures of speech above: a debate's and a fire's."""
    return _DEBATE_AND_FIRE_BLANKED.blank(text)


# a rumour told as the cause of what a crowd did, with words between ("set fire to houses after a rumour spread",
# "after false rumours on social media that ..."): the rumour is why, not what happened (the lookbehinds of
# _NOTHING_HAPPENED take only the cause word right before it)
_RUMOUR_AS_CAUSE = _rx(
    r"\b(?:after|over|following|amid|by|because of|due to|sparked by|triggered by|fuell?ed by|spurred by)"
    r" (?:(?:a|an|the|false|unfounded|baseless|wild|fresh|widespread|unconfirmed|online|social media|whatsapp|viral|local)\s+){1,3}rumou?rs?\b"
)


def _nothing_happened(text: str) -> bool:
    """A scare in which, the report says, nothing violent happened: "there was no shooter", "found nothing",
    "the sounds were fireworks"."""
    return bool(_NOTHING_HAPPENED.search(_RUMOUR_AS_CAUSE.sub(" ", text)))


def _more_accidents(text: str) -> bool:
    """An accident the peaceful context does not name: a tank, a battery or a lab's apparatus that burst, a worker
    caught in a machine."""
    return bool(_MORE_ACCIDENTS.search(text))


def _only_remembered(text: str, violence: tuple[re.Pattern, ...]) -> bool:
    """Every sentence with a word of violence remembers an old one ("ten years after a gunman killed five",
    "the 20th anniversary of the massacre"), and the report remembers it (a memorial, a vigil): a feature."""
    if not _REMEMBRANCE.search(text):
        return False
    violent = [s for s in _SENTENCE_END.split(text) if any(rx.search(s) for rx in violence)]
    if not violent or not any(_YEARS_AFTER.search(s) or _LAST_CENTURY.search(s) for s in violent):
        return False
    # (the clause of the years is the old act; the rest of its sentence must tell no fresh one: not "a year
    # after his brother was killed, a man was shot dead Saturday")
    return all(_PAST_YEAR.search(s) or _LAST_CENTURY.search(s)
               or _YEARS_AFTER.search(s) and not any(rx.search(_YEARS_CLAUSE.sub(" ", s)) for rx in violence)
               for s in violent)


# an obituary of a peaceful death: its wars and old wounds are a life's story, not an incident ("served as a
# rifleman in Korea, where he was wounded ... died peacefully at home"); not a shooting victim's obituary
_OBITUARY = _rx(r"\b(?:obituary|(?:is|are) survived by|survivors include|in lieu of flowers|visitation will be|funeral (?:services|arrangements))\b")
_PEACEFUL_DEATH = _rx(
    r"\bdied (?:\w+ ){0,3}(?:peacefully|of natural causes|after (?:a |an )?(?:long |brief |lengthy |short )?(?:illness|battle with \w+)|"
    r"of (?:cancer|heart failure|pneumonia|complications)|in (?:his|her) sleep|surrounded by (?:his|her) family)\b"
)


def _peaceful_obituary(text: str) -> bool:
    """An obituary of somebody who died peacefully (of illness, in sleep, of old age)."""
    return bool(_OBITUARY.search(text) and _PEACEFUL_DEATH.search(text))


# "in 2008", "in 1975": a sentence dated to a past year tells what happened then
_PAST_YEAR = _rx(r"\bin (?:19|20)\d\d\b")
# a year before this century, however it is put ("the 1863 battle", "the 1966 tower shooting"): history
_LAST_CENTURY = _rx(r"\b1[0-9]\d\d\b(?!\s*(?:people|persons|men|women|children|soldiers|troops|civilians|dead|killed|wounded|injured|victims))")


# -- a death or an injury with nobody who did it ----------------------------------------------------
#
# The words of violence are a closed class (weapons, acts, those who do them); the words of what else kills (a
# blaze, a pileup, a fall, a burst boiler, a storm) are an open one, which no list of peaceful contexts will ever
# hold.  So a text whose only words of violence are what befell somebody ("died", "killed", "injured") and which
# names no act of violence, no weapon and nobody who did it, tells no violent event, whatever killed.

# what befell somebody, said without who did it: the only violence words such a text has
_OUTCOME = _rx(
    r"(?:kill(?:s|ed|ing)?|dead|died|dies|dying|deaths?|wound(?:s|ed)?|injur\w*|hurt|casualt\w*|fatalit\w*|fatal(?:ly)?|perish\w*)"
)
_BEFELL = _rx(r"\b" + _OUTCOME.pattern + r"\b")
# an act of violence in words the event-type gate does not list as weapons: the blows and the hand weapons
_HAND_VIOLENCE = _rx(
    r"\b(?:strangl\w*|chok(?:ed|ing)|suffocat\w*|smother\w*|bludgeon\w*|punch(?:ed|es|ing)?|kick(?:ed|ing)|slash(?:ed|ing)|stomp\w*|"
    r"pummel\w*|knif(?:e|ed|ing)|knives|blades?|machetes?|hatchets?|axes|hammers?|crowbars?|(?:baseball )?bats?|poison(?:ed|ing)|"
    r"violen(?:ce|t)|brutal\w*|foul play(?<!no foul play)|rampage|"
    # the quarrels that end in a killing and the deaths in somebody's hands: "killed in a land dispute", "died in
    # detention", "caught in the crossfire", "an assassination"
    r"(?:fire|gun|fist|knife|street)? ?fights?|gun ?battles?|brawl\w*|scuffle\w*|altercation\w*|quarrel\w*|disputes?|feuds?|argument\w*|confrontation\w*|retaliat\w*|reprisals?|"
    r"revenge|vendettas?|assassinat\w*|arson\w*|cross-?fire|drive-?by|detention|captivity|interrogat\w*|abus(?:e|ed|ive))\b"
)
# somebody who did it: a perpetrator named, the law's words for what he did, or a person the harm was done by
_PERPETRATOR = _rx(
    # (a killing as a noun, not the participle of what a thing did: "a train struck their car, killing three")
    r"\b(?:suspects?|assailants?|attackers?|killers?|killings|(?:a|the|his|her|their|of|for|in) killing|perpetrators?|"
    r"culprits?|intruders?|robbers?|robber(?:y|ies)|robbed|"
    r"thie(?:f|ves)|burglars?|arrest(?:s|ed)?|custody|charged with|manslaughter|slaying|"
    r"(?:unknown|unidentified) (?:men|persons|people|individuals|assailants)|"
    r"by (?:a |an |the |his |her |their )?(?:[\w-]+ )?(?:m[ae]n|wom[ae]n|husband|wife|boyfriend|girlfriend|partner|father|mother|son|daughter|"
    r"brother|sister|neighbou?rs?|relatives?|stranger|teens?|teenagers?|youths?|gang|mob|group|police|officers?|forces|soldiers|troops|army)|"
    r"(?:he|she|they|who) (?:\w+ )?(?:killed|wounded|injured|hurt) (?:his|her|their|him|them|a|an|the)\b|"
    # armed men and what they aim at: "snipers targeted and wounded two policemen", "shells by alleged LNA forces"
    r"snipers?|(?-i:[A-Z]{2,}) forces|(?:security|armed|government|military|defen[cs]e|rebel|allied|opposition|special|national|coalition|"
    r"enemy|pro-[\w-]+) forces|military group|target(?:ed|ing)|indiscriminate|shells?)\b"
)
# a body found with the marks of those who killed: bound, gagged, wrapped, mutilated, beheaded, dumped ("three men were found
# dead; their hands were tied", "a body wrapped in a blanket") -- a killing, though nobody is named; not a body found alone
_BODY_FOUND = _rx(r"\b(?:bod(?:y|ies)|remains|found dead|heads?)\b")
_MARKS_OF_KILLERS = _rx(
    r"\b(?:tied|bound|gagged|muzzled|blindfold\w*|handcuffed|wrapped|mutilat\w*|dismember\w*|decapitat\w*|severed|dumped|"
    r"thrown (?:from|into|out)|plastic bags?|cut (?:in|on|to|across) (?:the|his|her|their) (?:neck|throat)|threatening message|"
    r"signs of (?:violence|torture|trauma|a struggle))\b"
)


# a place or a time, which tell where or when somebody died, not of what ("killed in the town of", "died in the hospital",
# "killed in the early hours")
_WHERE_OR_WHEN = (r"towns?|city|cities|villages?|areas?|districts?|provinces?|regions?|states?|county|counties|neighbou?rhoods?|communit(?:y|ies)|"
                  r"colon(?:y|ia)|municipalit(?:y|ies)|localit(?:y|ies)|suburbs?|capital|country|countryside|outskirts|vicinity|house|home|"
                  r"residence|apartment|hospital|clinic|scene|street|road|highway|market|camp|prison|jail|cell|region|past|last|first|same|"
                  r"early|late|morning|night|evening|afternoon|hours?|days?|weeks?|months?|years?|weekend|process|line|course|wake|name|"
                  r"\w+day|\d\w*|"
                  # ... nor the wounds a death came of, nor a cause not known: "died of his wounds", "of unknown causes"
                  r"wounds?|injur\w*|complications|blows|trauma|suspicious|unknown|unclear|mysterious|undetermined|unnatural")
# ... and the sites where somebody is found or dies, told with "a" and often a word before ("in a local hospital",
# "in a parked car", "in a vacant lot")
_SITES = (r"lots?|cars?|vehicles?|trucks?|vans?|suvs?|fields?|yards?|backyards?|alley\w*|ditch\w*|driveways?|buildings?|rooms?|"
          r"bedrooms?|stores?|shops?|restaurants?|bars?|clubs?|nightclubs?|motels?|hotels?|parks?|schools?|churche?s?|parking|garages?|"
          r"hospitals?|homes?|houses?|apartments?|neighbou?rhoods?|areas?|stree?ts?|roads?|wooded|rural|residential|remote")
# the cause of a death or an injury told with it: "died in a wreck", "killed when the roof fell in", "injured after a fall",
# "died of smoke inhalation", "a fatal pileup" (not "killed by ...", which as often names who did it: "killed by
# herders"; a cause with a word of violence in the text is
# not reached: the text has left the rule by then)
# fights told as what somebody was killed or hurt in: acts with two sides, never a cause that merely befell
_FIGHT_ACTS = (r"(?:clash|skirmish|gunfight|firefight|gun ?battle|shoot-?out|brawl|fight|scuffle|confrontation|"
               r"altercation)")
_TOLD_CAUSE = _rx(
    # "killed when ...", "injured after ...": the clause that tells what happened
    # (a thing that happened, not the care that followed: not "died after being taken to a hospital", "after surgery")
    # (with a clause of how many or how badly between: "were hurt, two of them seriously, when a balcony ...")
    # (and "killed ... when": "were killed Sunday when a freight train struck their car"; a killer in the clause has
    # left the rule already by its own words; not "killed after", which as often tells why somebody killed them: "the
    # victims were killed after the group rejected a meeting")
    r"\b(?:(?:died|dies|dying|perished|injured|hurt)(?:,? [\w,'-]+){0,5}? (?:when|after)|"
    r"killed(?:,? [\w,'-]+){0,5}? when) "
    r"(?!(?:a|an|the|his|her|their|its) (?:" + _WHERE_OR_WHEN + r"|surgery|treatment|arrival|admission)\b)"
    # (or a part of the thing that gave: "when part of a vacant hotel crumbled")
    r"(?:(?:part|parts|much|most|some|sections?|pieces?|one) of )?(?:a|an|the|his|her|their|its) |"
    # "killed in a wreck", "hurt in an explosion": a thing that happened, told with an indefinite article (a place or a
    # time is told with "the": "killed in the town of", "in the early hours")
    # (said of a verb: "found dead in a parked car" tells where the dead was found)
    # (a fight is an act with its doers, not a thing that befell: "killed in a clash between youths and gendarmes")
    r"\b(?:kill(?:s|ed)|died|dies|injur(?:ed|ies)|hurt|wounded|perished)(?: [\w,'-]+){0,3}? (?:in|during) an? "
    r"(?!(?:[\w-]+ )?(?:" + _WHERE_OR_WHEN + r"|" + _SITES + r"|" + _FIGHT_ACTS + r")\b)(?-i:[a-z])|"
    # "died of smoke inhalation", "died from a fall": what a death came of (not "the death of a journalist")
    r"\b(?:died|dies|dying|perished)(?: [\w,'-]+){0,3}? (?:of|from) "
    r"(?!(?:(?:a|an|the|his|her|their) )?(?:" + _WHERE_OR_WHEN + r")\b)(?:(?:a|an|the|his|her|their) )?(?-i:[a-z])|"
    r"\b(?:fatal|deadly) (?!(?:" + _WHERE_OR_WHEN + r")\b)(?-i:[a-z])\w+|"
    # a death told with what brought it: "gored to death by a bull", "fell 40 feet to his death from scaffolding" (a
    # blow or a weapon before "to death" has left the rule already: "beaten to death by", "stabbed to death")
    # (a day between: "to his death Thursday from")
    r"\bto (?:his |her |their )?deaths? (?:[\w-]+ )?(?:by|from|when|after|in|on|off|into|while) "
)


# a fire fought, not a person: firefighters "attacked the fire", "battled the blaze", "began an aggressive interior attack",
# "fire attack" (the combat words of firefighting, whose object or modifier is the fire, never a person)
_FIRE_FOUGHT = _rx(
    r"\b(?:attack\w*|assault\w*|battl\w*|fight(?:s|ing)?|fought|combat\w*|tackl\w*)(?: (?:on|against|to))? (?:the |a |an |this |that )?"
    r"(?:[\w-]+ ){0,3}?(?:fires?|blazes?|flames|infernos?|hot ?spots|wildfires?|brush ?fires?|seat of the fire)\b|"
    r"\b(?:fire|blaze|flames?|firefighting)(?: [\w-]+)? (?:attacks?|battles?|fights?|assaults?)\b|"
    r"\b(?:aggressive|interior|exterior|defensive|offensive|aerial|initial|fast|quick|coordinated|ground|direct|indirect) "
    r"(?:[\w-]+ )?(?:attacks?|assaults?)\b(?=[^.]*\b(?:fires?|blazes?|flames|firefighters?|handlines?|hose\w*)\b)"
)


def _only_befell(text: str, weak: re.Pattern, gate: tuple[re.Pattern, ...]) -> bool:
    """The text's only words of violence tell what befell somebody (``weak`` matches nothing but ``_OUTCOME``, no
    other ``gate`` pattern matches) and it names no blow, hand weapon nor perpetrator: nobody did it.  A fire that
    firefighters attacked or battled is no act of violence either."""
    text = _FIRE_FOUGHT.sub(" ", text)
    # (a text may tell what befell in words the weak pattern lacks: "injured", "hurt")
    if not _BEFELL.search(text) or not all(_OUTCOME.fullmatch(m.group()) for m in weak.finditer(text)):
        return False
    return not any(rx.search(text) for rx in gate) and not _HAND_VIOLENCE.search(text) and not _PERPETRATOR.search(text) \
        and not (_BODY_FOUND.search(text) and _MARKS_OF_KILLERS.search(text)) and bool(_TOLD_CAUSE.search(text))
