"""Step 1, is it an event at all: the words that make a text an event whatever its context.

Weapons used (not a weapon named as a thing), armed men who fight (not troops sent to a wildfire), fire set on a
person, political violence, the weaker violent words ("killed", "explosion") and the names of the events that
have rules of their own.
"""

from __future__ import annotations

from .words import _NAMED_GROUPS, _RIOT, _rx
from .peaceful import _ANIMAL_NAMES, _PERSON_HURT


# what those who wreck property do to it, read where a doer is named as its subject (not "the storm damaged")
_WRECKED = r"damaged|destroyed|vandali[sz]ed|smashed|ransacked|demolished|blew up|pulled down|toppled|defaced"
# an armed clash with the police or troops as the South Asian press words it ("injured in an encounter with police",
# "killed in a police encounter", "an encounter broke out"): a fight told, though no weapon is named.  Not the word's
# other senses ("a chance encounter", "encountered heavy traffic", "an encounter with a bear")
_ENCOUNTER = (r"(?:killed|shot dead|gunned down|neutrali[sz]ed|injured|wounded|hurt|died|slain|nabbed|arrested|held) "
              r"(?:\w+ ){0,2}?in (?:an? |the )?(?:[\w-]+ ){0,2}?encounters?"
              r"(?! with (?:an? |the )?(?:[\w-]+ )?(?:bears?|tigers?|leopards?|elephants?|lions?|sharks?|snakes?|crocodiles?|boars?|animals?|wildlife))|"
              r"encounters? (?:broke out|ensued|took place|started|erupted|is underway|underway|(?:was|is) (?:still )?(?:on|going on))")
# weapons, armed men and political violence: an event whatever the context (not a gun shop, gun laws or a
# bomb squad called out, which the text still names for the model)
_STRONG = _rx(
    r"\b(?:exchang\w* (?:of )?(?:fire|gunfire|shots)|exchange of fire|shoot-?outs?|bursts? of fire|small arms|machine ?guns?|machineguns?|"
    r"(?:grenade|rocket) launchers?|fir(?:ed|ing) (?:\w+ ){0,3}(?:mortars?|grenades?|machine ?guns?|artillery|rockets?|missiles?|weapons?|shots?|rounds?|bullets?)|"
    r"gunm[ae]n|gunfire|gunshots?|guns?(?! (?:shops?|stores?|dealers?|shows?|safes?|cabinets?|collect\w*|laws?|control|rights|lobby))|"
    r"firearms?|gun(?:s|ned|ning) down|" + _ENCOUNTER + r"|shot|shoot(?:s|ing|ings|er|ers)?|rifles?|pistols?|handguns?|"
    r"shotguns?|birdshot|buckshot|bullets?|opened fire|open fire|shot (?:dead|down)|"
    r"(?:was|were|been|fatally|being) shot|shot and (?:killed|wounded|injured)|stabb\w*|murder\w*|(?<!vehicular )homicides?(?! (?:detectives?|investigators?|units?|division|squad|bureau)| by (?:\w+ ){0,4}vehicle)|slain|"
    r"bomb(?:s|ings?|ers?|ed)?(?! squads?| technicians?|[- ]sniffing)|ieds?|explosive devices?|grenades?|mortars?|artillery|shell(?:ing|ed)|air ?strikes?|airstrikes?|"
    r"drone (?:strike|attack)s?|militants?|insurgents?|terrorists?|jihadists?|rebels?|militia\w*|troops|soldiers|"
    r"kidnap\w*|abduct\w*|hostages?|massacre\w*|behead\w*|lynch\w*|ambush\w*|clash(?:es|ed)|armed (?:men|group|attack|assailants)|"
    r"rap(?:e|ed|ist)|sexual(?:ly)? (?:assault\w*|abuse\w*|violence)|" + _RIOT + r"|protest(?:s|ers|ed|ing)?|demonstrators|looted|looting|" + _NAMED_GROUPS + r"|"
    # fire and stones as weapons: the fire brigade at an arson attack or a lynching does not make it an accident
    r"arson attacks?|hate crimes?|fire-?bomb\w*|petrol bombs?|molotov\w*|(?:beat|beaten|beating|stoned|burn(?:ed|t)|hacked) (?:\w+ )?to death(?! in (?:a|an|the|his|her|their) (?:\w+ ){0,2}(?:fire|blaze|crash|wreck))|mobs?|"
    r"(?:threw|throw\w*|hurl\w*|pelt\w*) (?:\w+ ){0,2}(?:stones|rocks|bricks|bottles)|stone-?pelt\w*|"
    r"(?:mosques?|church(?:es)?|synagogues?|temples?|shrines?|police stations?)\b[^.;]{0,40}?\b(?:set on fire|set ablaze|torched|burn(?:ed|t) down)|"
    # arson and wrecking told with the doers as subject ("unknown people burned down a school", "unidentified men damaged
    # a phone mast", "vandals smashed the windows of a mosque"): property destroyed on purpose, not a house that burned
    # down or a roof a storm damaged
    r"(?:(?:unknown|unidentified|suspected) (?:people|persons|individuals|men|youths|assailants|arsonists|vandals)|arsonists|vandals|bandits|attackers|assailants) "
    r"(?:\w+ ){0,2}?(?:burn(?:ed|t) down|torched|set fire to|razed|" + _WRECKED + r")|"
    # a bomb told by its planting, whatever blast or gas main surrounds it ("somebody had planted a device by the gas
    # line"); not a listening or a tracking device
    r"(?:planted|placed|hid|left) (?:a |an |the |two |several |\d+ )?(?!(?:listening|tracking|gps|recording|spy|surveillance)\b)(?:\w+ )?"
    r"(?:devices?|explosives?|charges?)(?! (?:of|against|with)\b)|"
    # shots told by whom they were aimed at, the doers as subject: "officers fired at a car that drove toward them",
    # "somebody fired into the crowd", "gunfire" unnamed (not a job lost, "was fired at the plant", "fired at least
    # ten")
    r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )(?<!\bgot )(?:fired|firing) (?:at|on|upon|into) "
    r"(?:an? |the |his |her |their |two |three |several |\d+ )?(?:[\w-]+ ){0,2}?"
    r"(?:him|her|them|cars?|vehicles?|trucks?|suvs?|vans?|houses?|homes?|residences?|apartments?|crowds?|groups?|"
    r"people|m[ae]n|wom[ae]n|officers?|deputies|deputy|troopers?|agents?|police|victims?|driver|windows?)|"
    # a drone's strike told from what it hit: "a house was struck by an unmanned aerial vehicle" (no car that struck a man)
    r"(?:struck|hit|targeted|bombed) by (?:an? |the )?(?:\w+ )?(?:drones?|uavs?|unmanned aerial vehicles?))\b"
)
# fire as a weapon: somebody set it to what a person was in or on ("set fire to the house while she slept, killing
# her", "doused her with gasoline") and somebody was hurt.  A fire only found to be set ("ruled an arson", "intentionally
# set") with nobody said to have set it on anyone, or one where "no one was hurt", stays a fire; one told as set at a
# place in the passive ("a fire was set at its rear door"), set burning, or thrown as a firebomb or a burning rag has
# somebody who set it there
_FIRE_SET = _rx(
    r"\b(?:set (?:\w+ ){0,3}(?:on fire|ablaze|alight|burning)|set fire to|torched|"
    r"(?:a|the) fire (?:was|had been) set (?:at|to|in|inside|outside|against|on) (?:a|an|the|its|his|her|their) |"
    r"(?:threw|throwing|thrown|hurled|hurling|tossed|tossing) (?:\w+ ){0,3}"
    r"(?:fire ?bombs?|molotov cocktails?|petrol bombs?|incendiary devices?|"
    r"burning (?:[\w-]+ )?(?:rags?|bottles?|objects?|tires?|tyres?|torch(?:es)?|sticks?|logs?|cars?))|"
    r"doused (?:\w+ ){0,3}(?:with|in) (?:gasoline|petrol|fuel|kerosene|lighter fluid|an accelerant)|"
    r"pour(?:ed|ing) (?:gasoline|petrol|fuel|kerosene|lighter fluid|an accelerant) (?:on|over|around|at) (?:him|her|them|(?:his|her|their|the) (?:\w+ )?"
    r"(?:victim|man|woman|door|stairs|stairwell|porch|house|home|apartment|building|car|bed)))\b"
)
# "no one was hurt", "no injuries were reported", "the building was empty"
_NOBODY_HURT = _rx(
    r"\bno injuries(?: were reported)?|"
    r"\b(?:no one|nobody|no (?:people|residents|firefighters)|none of (?:them|the \w+))(?: else)?(?: (?:was|were|has been|had been|have been|"
    r"(?:was|were) (?:reported|believed)(?: to have been)?))? (?:hurt|injured|killed|harmed|threatened|reported|inside)|(?:was|were) (?:empty|vacant|unoccupied)"
)
# hurt by the fire, in words the casualty rules do not count
_BURNED = _rx(r"\b(?:burns|burned (?:on|over|across) (?:his|her|their)|critical condition|hospitali[sz]ed)\b")


# a weapon as a thing (a rifle found beside a hunter who died of a heart attack, a handgun kept in a car that cost a
# worker his job): no event by itself where the text tells nothing done with it
_WEAPON_NOUN = _rx(r"(?:guns?|firearms?|rifles?|pistols?|handguns?|shotguns?)")
_WEAPON_USED = _rx(
    r"\b(?:shot|shoot\w*|fir(?:ed|ing) (?:(?:at|on|upon|into)(?! (?:\w+day|jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)\w*\b)|a shot|"
    r"the (?:gun|rifle|weapon|pistol|shotgun)|several|\d|shots?|rounds?)|opened fire|"
    r"gunshots?|gunfire|bullets?|wound\w*|kill\w*|murder\w*|armed (?:with|robbery|robbers?|m[ae]n|suspects?)|robb\w*|at gunpoint|"
    r"point(?:ed|ing)|aim(?:ed|ing)|brandish\w*|threat\w*|wav(?:ed|ing)|pistol-?whip\w*|hostages?|carjack\w*|"
    r"(?:struck|hit|beat\w*) (?:\w+ ){0,2}with|discharg\w*|went off|misfired?|standoff|barricaded|suicid\w*|"
    # a gun pulled, fired or carried off in an escape or a hijacking
    r"pull(?:ed|s|ing) (?:out )?(?:a |an |his |her |their |the )?(?:[\w-]+ )?(?:guns?|pistols?|handguns?|rifles?|shotguns?|firearms?|weapons?)|"
    r"fired (?:it|them|once|twice|again|wildly|randomly)|armed|escap\w*|hijack\w*|forced|"
    r"(?:accident\w*|mishap) (?:with|involving) (?:a |an |his |her |their |the )?(?:[\w-]+ )?(?:guns?|firearms?|rifles?|pistols?|handguns?|shotguns?)|"
    r"(?:gun|firearm|rifle|pistol|handgun|shotgun|hunting) (?:accident|mishap)s?)\b"
)
# ... though somebody dead or hurt beside a weapon is its work, unless the text gives the death another cause
_OTHER_CAUSE = _rx(
    r"\b(?:heart attack|cardiac|stroke|natural causes|illness|cancer|hypothermia|exposure|drown\w*|fell|fall(?:ing)? from|crash\w*|collision|"
    r"fire|blaze|flames|smoke|lightning|avalanche|overdose)\b"
)


# troops and soldiers, who are named in news of crashes, fires and disasters too ("four soldiers were killed when
# their helicopter crashed in training", "troops sent to fight wildfires"): armed men only where they fight
_FORCES_NOUN = _rx(r"(?:troops|soldiers)")
_FORCES_FIGHT = _rx(
    r"\b(?:attack\w*|ambush\w*|clash\w*|bomb\w*|blast\w*|explo\w*|raid\w*|offensive|battl\w*|fought|fighting(?! (?:fires?|wildfires?|blazes?|floods?))|"
    r"combat|enemy|hostile|insurgen\w*|shell\w*|under fire|fired|shot|shoot\w*|gun\w*|firefights?|killed in action|"
    r"captur\w*|seiz\w*|arrest\w*|detain\w*|"
    # (troops who did it, not troops to whom it was done: "soldiers were killed", a headline's "Soldiers killed in crash")
    r"(?:troops|soldiers) (?:(?!(?:were|was|are|is|been|being|have|had|got)\b)\w+ ){0,2}"
    r"(?:killed|shot|beat|tortured|executed|massacred|raped|abducted|burned|looted|stormed|opened)(?! (?:in|when|as|by|after|during|while|on|at|and)\b))\b"
)


def _armed(text: str) -> bool:
    """Weapons, armed men or political violence named (``_STRONG``), or a fire set as a weapon; not a weapon named
    only as a thing, with nothing done with it, nor troops named where nobody fights."""
    if _fire_as_weapon(text):
        return True
    found = []
    for m in _STRONG.finditer(text):
        w = m.group()
        if not _WEAPON_NOUN.fullmatch(w) and not _FORCES_NOUN.fullmatch(w):
            return True  # an act named (the common case): the rest of the text cannot change the answer
        found.append(w)
    if not found:
        return False
    told = _NOBODY_HURT.sub(" ", text)
    hurt_by_them = bool(_PERSON_HURT.search(told)) and not _OTHER_CAUSE.search(told)
    if all(_WEAPON_NOUN.fullmatch(w) for w in found):
        return bool(_WEAPON_USED.search(told)) or hurt_by_them
    if all(_WEAPON_NOUN.fullmatch(w) or _FORCES_NOUN.fullmatch(w) for w in found):
        weapons = any(_WEAPON_NOUN.fullmatch(w) for w in found)
        return bool(_FORCES_FIGHT.search(told) or weapons and _WEAPON_USED.search(told)) or hurt_by_them
    return True


# a thing, not a person, that set the fire: "fireworks he was lighting set his garage on fire"
_THING_SET_FIRE = _rx(
    r"\b(?:fireworks?|firecrackers?|candles?|sparks?|cigarettes?|heaters?|lightning|stoves?|wiring|embers|lamps?|grills?|fryers?)\b"
    r"(?: (?!and\b|or\b)[\w']+){0,4} (?:set|sets|setting) (?:\w+ ){0,3}(?:on fire|ablaze|alight)"
)


def _fire_as_weapon(text: str) -> bool:
    """A fire set on purpose and somebody hurt by it: an attack, whatever fire words surround it."""
    if not _FIRE_SET.search(text) or _THING_SET_FIRE.search(text):
        return False
    told = _NOBODY_HURT.sub(" ", text)
    return bool(_PERSON_HURT.search(told) or _BURNED.search(told))


# blows done to a person, told in the passive or with the person as object ("was knocked down and kicked by a group",
# "punched and kicked him"); not a thing kicked ("kicked off the season", "kicked up dust", "was kicked out of the
# club"), nor a kick or a bite by an animal ("was kicked in the head by a horse")
_BLOWS = (r"(?:was|were|been|being|got) (?:\w+ ){0,6}?"
          r"(?:punched|kicked|stomped|pummell?ed|slapped|head-?butted)"
          r"(?! (?:out|off|up|over|around|back|in the door|into touch)\b)"
          r"(?![^.;]{0,40}\bby (?:a|an|the|his|her|their) (?:[\w-]+ )?"
          r"(?:" + _ANIMAL_NAMES + r"|horses?|mules?|cows?|bulls?|cattle)\b)|"
          r"(?:punch|kick|stomp|pummel|slapp?|head-?butt)(?:ed|led|ing)? (?:and (?:\w+ed|\w+ing) )?"
          r"(?:him|her|them|the (?:victim|man|woman|boy|girl|teen|officer|clerk|driver))\b")
# an assault told as a crime: investigated, reported, done to a person, with its victim, its suspect or its charge
# ("police are investigating an assault near the park", "an assault on a jogger"); not a climb's, a fire's or a
# debate's assault ("began their assault on the north face", "an assault on the fire", "an assault on democracy")
_ASSAULTED = (r"m[ae]n|wom[ae]n|boys?|girls?|teens?|teenagers?|child|children|students?|joggers?|drivers?|clerks?|"
              r"officers?|nurses?|doctors?|workers?|employees?|neighbou?rs?|residents?|passengers?|customers?|victims?|"
              r"persons?|people|referees?|guards?|teachers?|journalists?|reporters?|couple|family|cashiers?|"
              r"bartenders?|tourists?|pedestrians?|cyclists?")
_ASSAULT_TOLD = (r"(?:investigat\w*|look(?:s|ed|ing)? into|prob(?:e|es|ed|ing)(?: into)?|report(?:s|ed)?(?: of)?|"
                 r"witness(?:ed)?) (?:an? |the )?(?:\w+ )?assaults?\b"
                 r"(?! (?:on|against) (?!(?:an? |the |his |her |their )?(?:[\w-]+ ){0,2}(?:" + _ASSAULTED + r")\b))|"
                 r"(?:an? |the )(?:reported|alleged|violent|physical|aggravated|brutal|random|unprovoked) assaults?|"
                 r"assaults? (?:on|of|against) (?:an? |the |his |her |their |two |three |\d+ )?(?:[\w-]+ ){0,2}"
                 r"(?:" + _ASSAULTED + r")\b|"
                 r"assault (?:victims?|suspects?|charges?|case)")


# violent acts in words that also have peaceful senses ("killed" in a crash, "explosion" at a gas main):
# an event where no fire, crash, business or court is spoken of.  Words whose peaceful sense is the
# commoner one ("struck a deal", "target", "legal fight", "captured on camera", "fired a worker")
# are left out; the strategic developments are found by their own, narrower patterns.
_WEAK = _rx(
    r"\b(?:attack(?:s|ed|ers?|ing)?|fighting|fighters|battles?|fir(?:ed|ing) (?:at|upon|towards?|into|shots?|rounds?|several|\d+|heavy|medium|small|live)|"
    r"fir(?:ed|ing) on (?:the |a |an )?(?:\w+ ){0,2}(?:positions?|protesters|demonstrators|crowds?|police|troops|soldiers|forces|vehicles?|cars?|convoys?|villagers|civilians|residents|people|them|him|her)|"
    r"kill(?:s|ed|ing|ings|er|ers)?|dead|died|deaths?|wound(?:s|ed|ing)?|casualt\w*|fatalit\w*|explo(?:ded|sions?|sives?)|blasts?|"
    r"assault(?:ed|ing)|" + _BLOWS + r"|" + _ASSAULT_TOLD + r"|"
    r"beaten|beating|beats? (?:up|and|him|her|them|to death)|severely beat|tortur\w*|shells? (?:fell|landed|hit|struck|exploded)|pound(?:ed|ing)|raid(?:s|ed|ing)?|shot|shoot(?:s|ing|ings|er|ers)?|"
    r"(?:summarily |extrajudicially )?executed(?! (?:a|an|the|its|his|her|their) )|"
    r"incursions?|infiltrat\w*|(?:military|ground|launched an?|major) offensive|projectiles?|missiles?|rockets?)\b"
)
# the names of the strategic developments and protests that are events of their own (their own rules type them)
_EVENT_WORDS = _rx(
    r"\b(?:arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|ceasefire|truce|peace (?:deal|accord|agreement)|prisoner (?:exchange|swap)|"
    r"defus\w*|intercept(?:ed|s)|looted|ransack\w*|set (?:on )?fire to|set ablaze|torched|demolish\w*|razed|vandal(?:s|ism|i[sz]\w*)|defaced|"
    r"protest(?:s|ed|ers?|ing)?|demonstrations?|demonstrators|rall(?:y|ies)|rallied|sit-ins?|on strike|strikers|" + _RIOT + r"|"
    r"withdr[ae]w (?:\w+ ){0,3}(?:forces|troops|fighters)|pledged allegiance|defect(?:ed|ion|ors?))\b"
)


# a killing only one side can do: a captive or a bystander beheaded, executed, his throat slit.  Where the model is unsure
# it reads the armed men named ("militants", "Islamic State") as a battle's; with nobody said to have fought, it is an
# attack (a clash needs two armed sides that fight, which the clash words would name)
_EXECUTION = _rx(r"\b(?:behead\w*|decapitat\w*|executed (?:a|an|the|two|three|four|five|six|several|\d+|his|her|their)|"
                 r"(?:slit|slashed|cut) (?:the )?throats?|hacked (?:\w+ ){0,3}to death)\b")
_CLASH_WORDS = _rx(r"\b(?:clash\w*|fighting|fought|battl\w*|gun ?(?:battles?|fights?)|firefights?|fire fights?|exchang\w* (?:of )?(?:fire|gunfire)|"
                   r"shoot-?outs?|encounters?|ambush\w*)\b")


# those killed were captives: "soldiers they had captured", "captured policemen", "prisoners", "hostages".  Killing a
# captive is one-sided whatever fight the text tells of how he was taken ("captured in an ambush last week")
_CAPTIVES = _rx(
    r"\b(?:(?:they|it|he|the (?:group|rebels|militants|fighters|jihadists|insurgents)) (?:had )?(?:captured|seized|taken|abducted|kidnapped)|"
    r"(?:captured|captive|detained|kidnapped|abducted) (?:\w+ ){0,2}?(?:soldiers|troops|policemen|officers|guards|men|fighters|militiamen|civilians)|"
    r"captives?|prisoners? of war|pows?)\b"
)
# a killing told as the act of whoever did it, not as a death that befell: "gunned down", "shot dead", an execution
_KILLING_DONE = _rx(r"\b(?:gun(?:s|ned|ning) down|shot (?:\w+ )?dead|behead\w*|decapitat\w*)\b")


def _one_sided_killing(text: str) -> bool:
    """An execution or a beheading told with no word of a fight, or of captives whoever fought before."""
    return bool(_EXECUTION.search(text)) and (not _CLASH_WORDS.search(text) or bool(_CAPTIVES.search(text)))


def _captives_executed(text: str) -> bool:
    """Captives executed ("executed three soldiers they had captured"): the "captured" tells people taken, not a place."""
    return bool(_EXECUTION.search(text) and _CAPTIVES.search(text))


def _killing_done(text: str) -> bool:
    """The text tells a killing as somebody's act ("police gunned down a gangster"): no strategic development's words
    around it make it one."""
    return bool(_KILLING_DONE.search(text) or _EXECUTION.search(text))
