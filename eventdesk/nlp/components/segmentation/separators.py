"""The cues that start a new segment (rule 2 of the package): a separation cue at a sentence's start or inside it,
the words of violence, and the patterns that bring in one of several incidents (by rank, by a shift in time or
place, in a roundup) or go back to an earlier one."""

from __future__ import annotations

import re


SEPARATOR = re.compile(
    r"^\W*(?:separately|elsewhere|meanwhile|in (?:a|an) (?:separate|unrelated|other|second) (?:\w+ ){0,2}?(?:attack|incident|development|bombing|shooting|ambush|raid|strike|clash|case|matter|homicide|killing|stabbing|crime)"
    r"|in another (?:\w+ )?(?:attack|incident|bombing|shooting|ambush|raid|strike|clash|case|matter|homicide|killing|stabbing|crime)|in neighbou?ring|also on \w+day,? in|in a similar"
    # a roundup's list of the rest: "In other shootings: At 1:40 a.m. Monday, a 20-year-old man was shot"
    r"|in other (?:\w+ )?(?:shootings|incidents|attacks|violence|stabbings|homicides))\b",
    re.IGNORECASE,
)
# the same cues inside a sentence: "Five people were shot in another drive-by shooting around 2:30am",
# "There were two other shootings in the north of the city overnight"
SEPARATOR_INSIDE = re.compile(
    # "in a separate drive-by shooting", "in a separate, and apparently unrelated incident", "in a separate unrelated crime"
    r"\b(?:in|during) (?:another|a separate|an unrelated|a different)(?:,? (?:and )?[\w-]+){0,3}?,? "
    r"(?:attack|incident|bombing|shooting|stabbing|ambush|raid|strike|clash|crime|homicide|killing|robbery|carjacking)\b"
    r"|\bthere (?:were|was|have been|had been) (?:\w+ )?(?:other|more|separate) (?:\w+ )?(?:attacks|incidents|bombings|shootings|stabbings|ambushes|raids|strikes|clashes)\b",
    re.IGNORECASE,
)
VIOLENCE = re.compile(
    r"\b(attack\w*|ambush\w*|shoot\w*|shot|gun\w*|bomb\w*|blast\w*|explo\w+|clash\w*|fight\w*|kill\w*|dead|died|wound\w*|injur\w*|"
    r"strike[sd]?|airstrike\w*|shell\w*|raid\w*|kidnap\w*|abduct\w*|stormed|massacre\w*|stab\w*|escape\w*|jailbreak|prison break|arrest\w*)\b",
    re.IGNORECASE,
)

# -- several incidents told one after the other (see ``_opens_incident``) --
# a sentence that brings in one of several incidents by its rank: "The second shooting happened around 11 p.m.",
# "A third shooting was reported in York", "Police said another shooting happened around 4 a.m."; not "the second
# shooting victim", nor a tally ("It was the second shooting this week"), which is background
ENUMERATED = re.compile(
    r"^\W*(?:(?:police|officers|authorities|investigators|officials|deputies) (?:said|say|says|reported) (?:that )?)?"
    r"(?:the (?:first|second|third|fourth|fifth|other)|an? (?:second|third|fourth|fifth)|another) "
    r"(?:[\w-]+ )?(?:shooting|stabbing|attack|incident|homicide|killing|robbery|carjacking|bombing) "
    r"(?:was|were|happened|occurred|took place|broke out|erupted|unfolded|left|came|is|has|had)\b",
    re.IGNORECASE,
)
# a roundup's total over several incidents: "Five people were killed in separate shootings across the city since
# Friday", "two separate shootings that left six people injured": its figures are no one incident's
ROUNDUP = re.compile(
    r"\b(?:separate|unrelated|different|multiple|several) (?:[\w-]+ )?(?:shootings|stabbings|attacks|incidents)\b"
    # "wounded between two shootings Monday", "the first of the five shootings that wounded 15 people"
    r"|\b(?:in|between|of|from) (?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ )?(?:shootings|stabbings|attacks)\b"
    r"|\b(?:shootings|gunfire|violence) (?:across|around|throughout) (?:the )?(?:city|county|\w+)\b"
    r"|\b(?:across|throughout) the (?:city|county)\b|\bcity-?wide\b",
    re.IGNORECASE,
)
# a time that moves the story to another moment, then someone not named yet: "Earlier Sunday, a 38-year-old
# bystander was shot", "Also on Monday, two men were wounded"; not "Earlier in the day, his uncle said McNeal was
# shot", which goes on about the same victim
TIME_SHIFT = re.compile(
    r"^\W*(?:earlier|later|also|not long after|a short time later|(?:hours|minutes) later|(?:about |less than )?an hour (?:later|earlier))"
    r"(?: (?:on|in|that|this))?(?: (?:the )?(?:early |late )?(?:\w+day|day|night|morning|afternoon|evening))*\s*,\s*"
    r"(?:an?|one|two|three|four|five|six|\d+)\b",
    re.IGNORECASE,
)
# a count of hours or minutes that moves the story to another moment, then anyone but the persons told: "About two
# hours later and roughly three miles away, a 19-year-old man was shot", "Hours earlier, officers responded to a
# report of a man shot"; not "Hours later, he died" nor "Minutes later, the victim was taken to a hospital"
HOURS_SHIFT = re.compile(
    r"^\W*(?:(?:(?:about|roughly|nearly|some|less than|more than|just|only) )?(?:\w+|a few|a couple of) (?:hours|minutes) "
    r"(?:later|earlier|before|after that))"
    r"(?: and (?:[\w-]+ ){0,3}?(?:miles?|blocks?) away)?\s*,\s*(?=\S)"
    r"(?!(?:he|she|they|it|the|his|her|their|its|this|that|police said (?:the|he|she))\b)",
    re.IGNORECASE,
)
# a place away from the incident's, said as such, beside someone not told yet: "a woman, 27, was shot in the arm
# during an argument at an apartment complex across town"
# (miles, not blocks: a stray bullet fired "at a man more than two blocks away" hits someone where he stands)
AWAY = re.compile(r"\b(?:across town|(?:\w+ )?miles away|on the other side of (?:the )?(?:city|town))\b", re.IGNORECASE)
# ... unless that someone turns up at a hospital, as a victim of the incident often does hours later: "Two hours
# later, a 21-year-old man walked into a hospital with a gunshot wound"
AT_A_HOSPITAL = re.compile(
    r"\b(?:walked|came|showed up|turned up|arrived|went|drove (?:himself|herself|themselves)?|was dropped off|were dropped off)"
    r" (?:in|into|at|to) (?:an? |the )?(?:[\w'.-]+ ){0,4}?(?:hospital|medical center|emergency room|ER)\b",
    re.IGNORECASE,
)
SOMEONE_NEW = re.compile(
    r"\b(?:an?|one|two|three|four) (?:[\w,-]+ ){0,3}?(?:man|woman|men|women|boy|girl|teen\w*|people|persons?|child)\b",
    re.IGNORECASE,
)
# in a roundup, a clock time opening the sentence brings in the next incident: "At 9:30 p.m. Sunday, a 19-year-old
# man was shot"
CLOCK_OPENER = re.compile(
    r"^\W*(?:most recently,? |earlier,? )?(?:at|about|around|shortly (?:before|after)|just (?:before|after)) \d{1,2}(?::\d\d)?\s?[ap]\.?m\.?"
    r"[^,]{0,30},\s*(?:(?:police|officers|authorities) (?:said|say) (?:that )?)?(?:an?|one|two|three|four|five|six|\d+)\b",
    re.IGNORECASE,
)
# in a roundup, someone not named yet hurt at a time of their own brings in the next incident: "A teenage boy was
# killed in a drive-by shooting Saturday night in the Irving Park neighborhood", "Friday night, a man was killed";
# not "A 14-year-old girl was shot in the buttocks", one more victim of the incident told
LISTED_VICTIM = re.compile(r"^\W*(?:[^,]{0,40},\s*)?(?:an?|another|one|two|three|four|five|six|\d+)\b", re.IGNORECASE)
TIME_OF_DAY = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight|earlier|later)\b"
    r"|\b(?:this|last|early|late) (?:morning|afternoon|evening|night)\b|\b\d{1,2}(?::\d\d)?\s?[ap]\.?m\.?",
    re.IGNORECASE,
)
# after a second incident, a sentence that goes back to the first one: "The four victims from the afternoon shooting
# are all in stable condition"; its figures are not the second incident's
GOES_BACK = re.compile(
    r"\b(?:the|from the|in the) (?:first|earlier|original|initial|other|afternoon|morning|evening|overnight) "
    r"(?:shooting|stabbing|incident|attack)\b",
    re.IGNORECASE,
)
# a sentence that opens on the place or name of an incident told before: "In the Larkspur Road shooting,", "Back on
# Quill Avenue,", "At the Fenwick Lane home,"; its names are the capitalised words of that opening
REJOIN_OPENER = re.compile(
    r"^\W*(?:back (?:on|at|in)|(?:in|at|from|on) the|on|at) ((?:[\w'-]+ ){0,5}?[\w'-]+)\s*,", re.IGNORECASE)
# the subject of a sentence told late of a victim: his age alone ("The 16-year-old, identified as ...", "Police said
# Monday that the 30-year-old") or his surname ("Orr died at the hospital")
TOLD_LATE = re.compile(
    r"^\W*(?i:(?:police|officials|authorities|investigators|a police spokesm[ae]n|the sheriff's office) (?:said|say|says)"
    r"(?: \w+day| late \w+day)?(?: that)? )?(?:[Tt]he (\d{1,2})-year-old\b|(?:[A-Z][a-z'-]+ )?([A-Z][a-z'-]{2,})\b(?=,| died| has died| had died| remain| was listed| is listed| was in| is in))"
)
NAME_WORD = re.compile(r"\b[A-Z][\w'-]+")
# an address as local news gives it, where it happened ("in the 6300 block of South Bell Avenue"), not where
# someone lives ("Keener, of the 4800 block of North Hamlin Avenue")
BLOCK = re.compile(r"\b(?:in|on|near|at|outside|to) the (\d{2,5}) block of (?:the )?([A-Z0-9][\w.'-]*(?: [A-Z][\w.'-]*){0,3})")
# gunfire, which the words of violence leave to the sentence that counts its victims: "someone fired shots through
# the front window"
GUNFIRE = re.compile(r"\b(?:shots|gunshots?|gunfire|fired)\b", re.IGNORECASE)
# a separation cue that says more incidents follow: "In other shootings:", "In another shooting, ..."
OTHERS_FOLLOW = re.compile(r"^\W*in (?:an)?other\b", re.IGNORECASE)
HURT = frozenset({"killed", "wounded"})
