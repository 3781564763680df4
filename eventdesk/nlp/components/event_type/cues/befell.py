"""A death or an injury with nobody who did it: a text whose only words of violence tell what befell
somebody, with no blow, hand weapon nor perpetrator, and a cause told with it, is no violent event."""

from __future__ import annotations

import re

from ..words import _rx


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
