"""The wording patterns and trigger names that more than one of the package's modules reads (the perpetrators'
party, the ordinals, a person told by the next ordinal, the hit shot, "others" after a count, a death told since the
shooting), with those written beside them (a count that holds the shooter, the ordinal before a person, a death told
before "and", the hit told alive).  They sit below every other module so that each module imports them one way only."""

from __future__ import annotations

import re


# the party the casualty rules give a gunman's or a shooter's own death (nlp.victims, casualties)
_PERPETRATORS = "militants"
_HOLDS_THE_SHOOTER = re.compile(r"\bincluding (?:the |a |one )?(?:alleged |suspected )?(?:gunman|shooter|suspect|attacker|assailant|robber)\b",
                                re.IGNORECASE)


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7}
_NEXT_OF = re.compile(r"\ban? (" + "|".join(_ORDINALS) + r") $", re.IGNORECASE)


# a person told by the ordinal that comes next after a count: "a fifth victim", "a possible fourth man", "a third
# shooting victim" (up to two words between the ordinal and the person's noun; not "the third victim", as often one of
# the count as one more)
_NTH_PERSON = re.compile(r"\ban?\s+(?:(?:possible|apparent|suspected)\s+)?(" + "|".join(_ORDINALS) + r")\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:victim|person|man|woman|boy|girl|teen|teenager|male|female|juvenile)s?\b",
                         re.IGNORECASE)


# a death told in a clause of its own before a count of others in the sentence ("one woman died at the scene and", "a
# man was killed, and" before "three other women", "two more"): the count is the hit besides the dead (not "Garcia
# and three other people had been shot", one subject of one verb, where Garcia may be among the dead)
_DIED_AND_BEFORE = re.compile(r"\b(?:died|dies|was\s+killed|is\s+dead|was\s+pronounced\s+dead)\b[^;.]*?,?\s+and\s+$",
                              re.IGNORECASE)


# the trigger of a hit told alive ("in stable condition", "expected to survive"): nlp.victims.ALIVE
_ALIVE = "survived"


# hit, perhaps fatally: "shot", "in critical condition", "suffering from a gunshot wound", "taken to a hospital"
# (the triggers nlp.victims.HIT_TRIGGERS and nlp.victims.TAKEN give, and "suffer" of "suffered gunshot wounds", "sustain"
# of "had sustained a gunshot wound")
_SHOT = {"shoot", "shot", "stab", "hit", "strike", "victim", "in condition", "gunshot wound", "taken to hospital", "suffer", "sustain",
         "take", "transport", "rush", "airlift", "fly", "drive", "carry", "hospitalize", "hospitalise", "admit", "send"}

# a count of the hit told as more than the dead: "one man was killed and one other person was wounded", "three
# others were injured", "two more people were hurt", "four additional victims" (read by ``taken_out`` and
# ``lone_outcomes``)
_OTHERS_AFTER = re.compile(r"\s+(?:others?|more|additional)\b", re.IGNORECASE)


# a death told as one of the hit dying since the shooting: "one of the two people wounded ... has died", "who was
# shot Saturday night, died of his wounds", "succumbed to her injuries" (not "was shot to death", "was killed": a
# death of the shooting itself, as often another shooting's told in passing)
_DIED_SINCE = re.compile(r"\b(?:one|two|three) of the (?:\w+ )?(?:people |men |women |victims |persons )?(?:wounded|injured|hurt|shot)\b"
                         r"[^.;]{0,80}\b(?:has|have|had) (?:since )?died\b"
                         r"|\bwho was (?:shot|wounded|injured)\b[^.;]{0,80}\bdied (?:of|from) (?:his|her|their) (?:wounds|injuries)\b"
                         r"|\bsuccumbed to (?:his|her|their) (?:wounds|injuries)\b", re.IGNORECASE)
