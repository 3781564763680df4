"""Reports that tell no violence in violent words: figures of speech (a debate's, a sport's, a
fire's), scares in which nothing happened, accidents, old killings remembered, the stage, a fire's news, thefts of
guns and peaceful obituaries; and a person who does violence in a headline's present tense."""

from __future__ import annotations

import re

from ..words import Blanker, _rx


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
