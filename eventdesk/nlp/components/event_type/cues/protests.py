"""The words of a demonstration: its acts (a strike, a sit-in, a bandh), the crowd's violence at it, the
force used on it, its interventions and gestures, and whether a text names a demonstration at all."""

from __future__ import annotations

from ..words import _Prechecked, _RIOT, _rx
from .crowds import _TRADES, _AGITATING, _CIVIC_CROWD


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
