"""Segmentation: which sentences tell which incident, and which are background.

A report is cut into segments, one per incident it tells:

1. A sentence is *background* when it speaks of another time ("last year",
   "in 2019", "since 2014", "at its height", "remain in detention", "over the
   past decade") or of an earlier date than the report's incident window, when
   it names a past year compared with ("the most killings since 2007, when 28 were
   killed"), when it is a link to another story ("Related: ...", "Also read: ...", a line of a list of links
   that ``sentences`` marks), when it
   asks a question ("What if he had attacked one of the kids?"), or when it tells a statistic: a rate ("Every
   month, an average of 50 women are shot to death", "300 people a year"), a count's definition ("any shooting in
   which four or more people were shot"), a total over "such shootings", a tally of part of a year ("in the first
   five months", "in the same period") or a share ("rose 18 percent").
   Its numbers are context, never claims about this incident.
   After the lead (the first sentence with a claim), a sentence is also background when it
   tells another, earlier incident in passing: with a cue of an earlier time ("Last weekend,
   ...", "Earlier this month, ...", "in a previous shooting", "Two weeks ago"), a date before
   the lead's ("On March 3, a 19-year-old was killed"), a date the lead does not name after a
   tally ("It was the third shooting this week. On Monday, two men were wounded"), a bare "Earlier," after one
   ("It was the second officer-involved shooting Sunday. Earlier, two teenagers were wounded"), or a past
   trial or conviction ("In that trial, a man was convicted of killing two people") when the
   lead is no court story; so is the sentence right after one of these that goes on about it
   ("Three other people were wounded").  So is a sentence after the lead that opens on a later time and tells
   someone hurt ("The following day, a woman was wounded in a shooting at a gathering in his memory", "Three weeks
   after the party, his cousin was shot and killed").  A sentence that tells of a death ("On Monday, the second victim
   died") or names this incident ("in the shooting") stays this incident's, and a separate
   incident told as such ("In a separate shooting, a woman was killed Saturday") stays a
   segment of its own (rule 2) unless a time cue or a calendar date says it is past.  Outside a court story, a
   calendar date weeks before the lead's ("three men were shot in March", "in May two women were shot; one of them
   died a week later") makes its sentence another incident's even where it tells a death or names "the shooting"; a
   list item's label ("- June 30: A 16-year-old boy was shot") dates the sentence cut from it.  Inside a quotation, a
   speaker's memories ("I've seen five people get shot on this street") hold no figure of the incident.
2. A new segment starts at a sentence that opens with a separation cue
   ("Separately,", "Elsewhere", "In a separate attack", "In an unrelated case", "In neighbouring
   Nigeria"), that holds one ("... were shot in another shooting", "There
   were two other shootings ...") or that begins a paragraph naming another country than the
   segment so far, provided the sentence tells of violence.  So does a sentence that brings in another incident
   by its rank ("The second shooting happened around 11 p.m.", "Police said another shooting happened around
   4 a.m.") or, once the segment has told its dead or hurt, by a shift in time to someone new who is hurt
   ("Earlier Sunday, a 40-year-old bystander was shot", "About two hours later, a 19-year-old man was shot", a woman
   shot "across town").  So does a later story of a page of several whose stories open on datelines (``sentences``:
   a line that opens on a dateline); that story's headline line is background, its own sentences telling its figures
   again.  After that, a
   sentence with figures that goes back to the first incident ("The four victims from the afternoon shooting ...")
   is background, and a death or an update of a victim the first incident told, by age or surname ("The 16-year-old
   died Monday"), is that incident's.
   In a roundup (a total over several shootings, "In other shootings:"), a segment that has told its dead or hurt
   also ends where a sentence opens with a clock time ("At 1:40 a.m. Monday, a man was shot"), names another block
   ("in the 5600 block of South Bishop Street") or tells someone new hurt at a time of their own ("Another man was
   shot dead Saturday afternoon").  The roundup's total is then background: its figures are no one incident's;
   a total that no list follows stays the report's figure.
   A sentence that opens on the place or name of an earlier segment's incident, which the segment so far does not
   tell ("In the Larkspur Road shooting, a second man was also wounded", "Back on Quill Avenue, ..."), goes back to
   that incident: its claims are that segment's (``user_data["rejoined"]``, which ``records`` reads).
3. A report whose lead tells a lawsuit, a vigil or a memorial for the dead of a massacre its readers know
   ("Relatives of the nine people killed in the church massacre filed a lawsuit on Monday") tells no incident:
   the lead, a headline of the same news and every later sentence without a date of its own are background.  So
   does a lead that marks the time since a past shooting before it tells any hurt ("gathered Saturday to mark one
   year since a gunman opened fire at a party, killing four people").
4. After the lead, a sentence that tells figures of elsewhere is background (``_figures_of_elsewhere``): a tally
   over a place and a stretch of time ("In all, 12 people were killed and 51 wounded in the city during the month",
   "at least 62 people had been shot, according to a count kept by the newspaper", "the city has had 14 homicides
   this year, and 48 people have been wounded", "We had nineteen people shot in four days in this city", "He was the
   seventh officer shot in the line of duty this year"), a mass shooting its readers know by name that the lead does
   not tell ("the shooting in Las Vegas, in which 58 concertgoers were killed"), and a sentence right after such a
   tally that breaks it down ("Of those, 31 have died", "27 of the 100 had died"), unless the sentence compares
   this incident with that shooting ("14 dead, the deadliest mass shooting since Sandy Hook"), whose figures before
   the comparison are this incident's.  A sentence that goes on about an earlier incident a sentence without figures
   recalled ("a memorial for a man killed at the same complex in March ... In that shooting, three were shot and
   one died") is background too (see ``_earlier_incidents``).
5. A past year does not make background a court story's lead that dates by it the killing by gunfire the court
   tries ("was sentenced Thursday for the 2014 shooting death of ...": the report's incident, whatever its year), nor
   the later sentences dated by that year alone (``_tried_incident_told``); nor, up to the lead, a sentence whose
   year dates a clause of no violence ("who joined the force in 2015") or a place's history ("the same corner where
   two men were killed in 2009") (``_years_date_no_violence``).
6. Segments that tell of no violence (no claim, no attack word) are dropped
   later, when records are made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from ...timex import date_role, find_timexes
from ..doctext import doc_text, span_text, within
from ..victims.words import RECORD_WORDS
from .event_type.words import _Prechecked
from .sentences import LINK_LABEL

BACKGROUND = re.compile(
    r"\b(last|previous|past) (year|decade)\b"
    r"|\bsince (?:the (?:start|beginning|outbreak|fall)|(?:19|20)\d\d|its)\b"
    r"|\bat (?:its|the) (?:height|peak)\b"
    r"|\bremain(?:s|ed|ing)? (?:in|behind) (?:detention|custody|prison|jail|bars)\b"
    r"|\b(?:over|in|during) the (?:past|last) (?:\w+ )?(?:years|decades|months|decade)\b"
    r"|\bin recent (?:years|months)\b|\bso far this year\b|\bthis year alone\b|\bearlier this year\b"
    r"|\bearlier in the (?:year|summer|spring|fall|autumn|winter)\b"
    r"|\b(?:years|decades|months) ago\b|\ba year ago\b|\bin the past\b"
    r"|\beach killed\b|\bhave been killed since (?:19|20)\d\d|\bhistory\b|\banniversary\b"
    r"|\bwere (?:once|previously)\b|\bformerly\b|\bannually\b|\bevery year\b|\bper year\b"
    r"|\bin (?:those|these|all) (?:\w+ )?(?:shootings|attacks|incidents|homicides|bombings)\b|\byear to date\b|\bso far in (?:19|20)\d\d\b"
    # another incident set beside this one by the time between them: "The attack came less than a month after a
    # gunman killed 10 people", "The shooting comes two days before the anniversary of ..."
    r"|\b(?:came|comes?) (?:(?:less|more) than |about |just |only |nearly |barely )?(?:a|an|one|two|three|four|five|six|\d+|a few) "
    r"(?:hours?|days?|weeks?|months?|years?) (?:after|before)\b"
    # a month's or a year's toll: "38 people had been killed in the city in July alone"
    r"|\bin (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d) alone\b"
    # a tally of incidents: "The shooting was one of at least seven across the city that left 14 wounded"
    r"|\b(?:shooting|attack|killing|homicide|incident|stabbing) (?:was|is) (?:one|among) (?:of )?(?:at least |more than |nearly |about )?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|dozens|\d+)\b",
    re.IGNORECASE,
)
# a statistic, not an incident: a rate ("Every month, an average of about 50 women are shot to death", "more than 300
# people a year were killed"), the definition of a count ("any shooting in which four or more people were shot") or
# a total over the incidents a count holds ("460 people were killed in such shootings this year")
STATISTIC = re.compile(
    # a rate opens its sentence ("Every month, ..."); "I miss him every day" in a quote is none
    r"^\W*every (?:month|week|day)\b|\ban average of\b|\bon average\b|\bon an average (?:day|week|month|year)\b"
    r"|\beach year\b"
    r"|\b(?:people|persons|victims|women|men|children|officers|residents|americans) a (?:year|month|week|day)\b"
    r"|\bin such (?:[\w-]+ )?(?:shootings|attacks|incidents|killings)\b"
    r"|\b(?:any|every|each) (?:[\w-]+ )?(?:shooting|attack|incident) (?:in which|where|with)\b|\bin which (?:\w+|\d+) or more\b"
    # a tally of part of a year ("in the first five months of this year, compared with 23 in the same period") or a
    # share ("shootings rose 18 percent")
    r"|\bin the first (?:\w+ )?(?:months|weeks|half|quarter)\b|\b(?:in|during|over) the same (?:period|time|stretch)\b"
    r"|\b\d+(?:\.\d+)?\s?(?:percent|per cent)\b|\d%",
    re.IGNORECASE,
)
# (searched only in a sentence that holds a word every match of one of its branches holds, in the order above; a
# sentence of most reports holds none: "any" is the stem of the "any shooting in which" branch)
STATISTIC = _Prechecked(STATISTIC, ("every", "average", "each", "a year", "a month", "a week", "a day", "such", "any", "or more",
                                    "first", "same", "percent", "per cent", "%"))
# a link to another story, which web pages put between paragraphs (one sentence: ``sentences``)
LINK = re.compile(rf"^\W*{LINK_LABEL}\s*:", re.IGNORECASE)
# a question tells of no event: "What if he had gone in and attacked one of the kids?"
QUESTION = re.compile(r"\?\W{0,3}$")
# "the most killings since 2007, when 28 were killed": what follows "when" happened in that year
# (or a decade: "the worst violence since the 1990s, when as many as 60 people a year were killed")
PAST_COMPARED = re.compile(r"\b(?:since|in|than in|with|to) (?:(?:19|20)\d\d|the (?:19|20)\d0'?s),? when\b", re.IGNORECASE)
# "the deadliest attack since 2019" compares; it is not about 2019.
COMPARATIVE = re.compile(r"\b(deadliest|worst|largest|biggest|bloodiest|most \w+|first|highest)\b[^.]{0,40}\bsince\b", re.IGNORECASE)
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


@dataclass(frozen=True)
class Segment:
    index: int
    first_sent: int
    end_sent: int  # exclusive
    start: int  # char offsets
    end: int


YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# what makes such a number a house or block number, not a year: "the 2000 block of", "2010 Elm Street"
_ADDRESS_AFTER = re.compile(
    r"\s+(?:block\b|(?:[NSEW]\.? |North |South |East |West )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)? "
    r"(?:Street|St\b|Avenue|Ave\b|Road|Rd\b|Drive|Dr\b|Boulevard|Blvd\b|Lane|Ln\b|Way\b|Court|Ct\b|Place|Pl\b"
    r"|Parkway|Pkwy\b|Highway|Hwy\b|Circle|Terrace|Trail))")

# -- earlier incidents told after the lead (see ``_earlier_incidents``) --
# persons brought in by a number or an indefinite article: "three men were shot", "a 17-year-old was wounded"
PERSONS_NOT_TOLD = re.compile(
    r"\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ ){0,2}?"
    r"(?:m[ae]n|wom[ae]n|boys?|girls?|teens?|teenagers?|people|persons?|child|children|\d+-year-olds?)\b",
    re.IGNORECASE,
)
# the label of a list item right before a sentence: "- June 30: ", "\u2022 Aug. 2: "
LIST_LABEL = re.compile(r"(?:^|\n|[.!?]\s)\s*[-\u2022*]\s*([^\n:.;]{3,20}\.?[^\n:.;]{0,6}):\s*$")
# a time before the lead's: only after the lead, since "A man shot last week has died" leads a report of that shooting
EARLIER = re.compile(
    r"\b(?:last|the previous|the prior) (?:week|weekend|month|fall|autumn|spring|summer|winter)\b"
    r"|\bearlier (?:this|that|last) (?:week|weekend|month)\b"
    r"|\b(?:\w+|a few|a couple of) (?:days|weeks) (?:ago|earlier|before)\b|\b(?:a|one) (?:week|month) (?:ago|earlier|before)\b"
    # a season counted back: "wounded in a shooting two summers ago"
    r"|\b(?:\w+|a few|a couple of) (?:summers|winters|springs|falls|autumns) (?:ago|earlier|before)\b"
    r"|\b(?:a|one|last) (?:summer|winter|spring|fall|autumn) ago\b"
    r"|\b(?:days|weeks) after (?:a|an|another)\b"
    r"|\b(?:a|an) (?:previous|earlier|prior) (?:\w+ )?(?:shooting|attack|killing|homicide|stabbing|robbery|incident|bombing|raid)\b"
    r"|\bone year to the day\b",
    re.IGNORECASE,
)
# "It was the third shooting this week", "the latest in a string of", "follows a spate of violence": other
# incidents are counted, and the ones told next are those
TALLY = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:[\w-]+ ){0,2}?"
    r"(?:shootings?|homicides?|killings?|murders?|attacks?|stabbings?|carjackings?|robbery|robberies|bombings?|slayings?|cases?|incidents?) "
    r"(?:\w+ ){0,3}?(?:this|in (?:the )?(?:past|last|two|three|four|five|\d+)|in (?:a|one) (?:day|week|weekend|month|year)|since|of the|in as many)\b"
    # "the second officer-involved shooting Sunday": the others of that day
    r"|\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th)) (?:[\w-]+ ){0,2}?(?:shooting|homicide|killing|stabbing|attack) (?:on )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|overnight)\b"
    r"|\b(?:latest|newest|last) in an? (?:\w+ )?(?:string|series|spate|wave|rash|spree|spike|surge|number) of\b"
    r"|\bfollows? an? (?:\w+ )?(?:string|series|spate|wave|rash|spree|spike|surge) of\b",
    re.IGNORECASE,
)
# a bare "Earlier," with no day of its own: after a tally, one of the incidents counted
BARE_EARLIER = re.compile(r"^\W*earlier\s*,", re.IGNORECASE)
# a past trial or conviction: "was convicted of killing two people", "the defendant in that case"
COURT = re.compile(
    r"\b(?:convicted|acquitted|sentenced|testif(?:y|ied|ying)|trial|defendant|pleaded guilty|pled guilty|"
    r"had been (?:charged|accused|indicted)|paroled|served (?:\w+ )?(?:years|time))\b",
    re.IGNORECASE,
)
# a lead that tells a court's news ("was sentenced Monday for killing two men") makes a court story, whose
# later sentences about the trial are its own; a witness who testified in a trial is no court story
COURT_NEWS = re.compile(
    r"\b(?:convicted|acquitted|sentenced|pleaded|pled|indicted|arraigned|charged|jury|jurors|verdict)\b",
    re.IGNORECASE,
)
# right after an earlier incident, a sentence that goes on about it: "Three other people were wounded",
# "Two were wounded in that shooting"
GOES_ON = re.compile(
    r"\b(?:that|the same) (?:shooting|attack|incident|case|robbery|bombing)\b"
    r"|\bother (?:people|persons|men|women|victims|customers|patrons)\b|\bothers\b",
    re.IGNORECASE,
)
# ... of which "that shooting" names the earlier incident even where it tells a death ("In that shooting, one died")
THAT_INCIDENT = re.compile(r"\b(?:that|the same) (?:shooting|attack|incident|case|robbery|bombing)\b", re.IGNORECASE)
# a death or an update of this incident's victims is news of it, whatever its date
DEATH = re.compile(
    r"\b(?:died|dies|succumbed|has died|death of|identified|remains? (?:hospitali[sz]ed|in \w+ condition)|is in \w+ condition)\b",
    re.IGNORECASE,
)
# "the shooting", "that attack", "Saturday's shooting": the report's own incident
THIS_INCIDENT = re.compile(
    r"\b(?:the|this|that|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's) "
    r"(?:\w+ )?(?:shooting|attack|killing|stabbing|bombing|ambush|incident|robbery|carjacking|violence|gunfire)\b"
    # ... not "the shooting in which two patrons were killed" nor "the shooting deaths of two players"
    r"(?! (?:in which|where|that|deaths?)\b)",
    re.IGNORECASE,
)
# ... right before a time cue: "the shooting last week" is this incident's time
THIS_INCIDENT_BEFORE = re.compile(THIS_INCIDENT.pattern + r"\W{0,3}$", re.IGNORECASE)


# -- another incident told after the lead by the time since it (see ``_later_incidents``) --
# a sentence that opens on a time after the lead's and tells someone hurt: "The following day, a woman was wounded in
# a shooting during a gathering to memorialize him", "Three weeks after the party, his cousin was shot and killed";
# not "Hours later, ...", which may go on with the same incident, nor a death ("The next day, the victim died")
LATER = re.compile(
    r"^\W*(?:the (?:following|next) (?:day|week|weekend|month|morning|night|evening)"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|a couple of|\d+) (?:days|weeks|months|years) (?:later|after (?:the|that|his|her|their))"
    r"|an?(?: other)? (?:week|month|year) (?:later|after (?:the|that|his|her|their)))\b",
    re.IGNORECASE,
)

# -- an anniversary of a past shooting (see ``_anniversaries``) --
# the time since the shooting the report remembers: "to mark one year since a gunman opened fire at a party, killing
# four", "on the first anniversary of the shooting"
ANNIVERSARY = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|a) (?:years?|decades?) (?:since|after) (?:a|an|the)\b"
    r"|\banniversary of (?:a|an|the)\b",
    re.IGNORECASE,
)
# the words of a hurt, which must not come before that time in the lead ("A man was shot dead Sunday, a year after
# his brother was killed" tells this incident first)
_HURT_WORDS = re.compile(r"\b(?:shot|shoot\w*|kill\w*|dead|died|wound\w*|injur\w*|murder\w*|slain)\b", re.IGNORECASE)


# -- a lawsuit, a vigil or a memorial for the dead of a past massacre (see ``_remembrances``) --
# what the news is: the suit, the vigil, the memorial, the remembering
REMEMBRANCE = re.compile(
    r"\b(?:sue[sd]?|suing|lawsuits?|suit|vigils?|memorials?|remember(?:ed|s|ing)?|commemorat\w*|mourn(?:ed|s|ing)?|"
    r"prayers?|tributes?|honou?r(?:ed|ing|s)? (?:the )?(?:victims|dead|memory))\b",
    re.IGNORECASE,
)
# the massacre the report speaks of as one its readers know: "the nightclub massacre", "the Larkin school
# shooting", "a church massacre"; a headline drops the article ("Family sues gun maker over school shooting")
_MASSACRE_WORDS = r"(?:massacres?|mass shootings?|(?:school|church|nightclub|concert|theater|theatre) shootings?|shooting rampage)"
KNOWN_MASSACRE = re.compile(r"\b(?:the|an?) (?:[\w'-]+ ){0,3}?" + _MASSACRE_WORDS + r"\b", re.IGNORECASE)
MASSACRE = re.compile(r"\b" + _MASSACRE_WORDS + r"\b", re.IGNORECASE)
# ... unless it is the news of these days: "Sunday's mass shooting", "the shooting last week"
RECENT = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s\b|\b(?:this|last) (?:week|weekend)\b|\byesterday\b"
    r"|\b(?:days|hours) (?:ago|earlier|after)\b",
    re.IGNORECASE,
)


# -- figures of elsewhere told after the lead (see ``_figures_of_elsewhere``) --
_TOLL_NOUNS = r"(?:homicides|killings|murders|shootings|slayings|deaths|people|persons|victims)"
# a tally over a place and a stretch of time: "12 people were killed and 51 wounded in the city during the month",
# "according to a count kept by the newspaper", "the city has had 14 homicides this year", "nineteen people shot in
# four days in this city", "by that count"; not "two men were shot in the city's north end"
PERIOD_TALLY = re.compile(
    r"\b(?:according to|by) (?:a|the|that|this|their|its|our|his|her) (?:\w+ )?(?:count|tally|database)\b"
    r"|\b(?:in|across|throughout) (?:this|the) (?:city|county|district|state|country|nation)(?!')\b,? "
    r"(?:during|in|over|for|since|this|last|so far|through|between)\b"
    r"|\b(?:during|for) the (?:month|year)\b|\bin the month\b"
    # a count over a stretch of days the report's incident is one moment of: "at least 23 people had been shot over
    # three days"; not "over three hours", a standoff's
    r"|\bover (?:the )?(?:past |last )?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+) (?:days|weeks|months)\b"
    r"|\bin (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days|weeks|months) in (?:this|the|our) (?:city|county|town)\b"
    r"|\b(?:has|have|had) (?:had|recorded|seen|counted|logged|registered|tallied|confirmed) (?:at least |more than |nearly |about |"
    r"almost |its |a record )?(?:\d[\d,]*|\w+) (?:[\w-]+ )?" + _TOLL_NOUNS + r"\b[^.]{0,60}?\b(?:this|last|so far|since|in (?:19|20)\d\d)\b"
    # "He was the seventh St. Louis officer shot in the line of duty this year"
    r"|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:[\w.'-]+ ){0,3}?"
    r"(?:officers?|persons?|people|victims?|child(?:ren)?|teens?|teenagers?|m[ae]n|wom[ae]n|students?|residents?) "
    r"(?:to be )?(?:shot|killed|slain|wounded|murdered)\b[^.]{0,60}?\b(?:this|so far|since)\b",
    re.IGNORECASE,
)
# a sentence that breaks down the tally before it: "Of those, 31 people have died", "27 of the 100 had died", "Two of
# them died"
TALLY_BREAKDOWN = re.compile(r"^\W*(?:of (?:those|them|these|the \w+)|in all|in total|altogether)\b|\b\w+ of the \d[\d,]*\b"
                             r"|^\W*\w+ of (?:them|those)\b",
                             re.IGNORECASE)
# mass shootings readers know by name, as news writes them (capitalised: "the victim had no pulse" is none); a
# city is one only beside the kind of place or attack ("the concert shooting in Las Vegas", "the Aurora theater")
_MASSACRE_PLACE = r"(?:[Cc]oncert\w*|[Ff]estival|[Mm]assacre|mass shooting|[Cc]hurch|[Tt]heat(?:er|re)|[Nn]ightclub|[Ss]chool|[Ee]lementary)"
_MASSACRE_CITY = r"(?:Las Vegas|San Bernardino|Charleston|Aurora|Orlando|Newtown|Parkland|Santa Fe|El Paso)"
KNOWN_MASS_SHOOTING = re.compile(
    r"\b(?:Sandy Hook|Columbine|Virginia Tech|Pulse|Mandalay Bay|Route 91|Stoneman Douglas|Sutherland Springs|Emanuel AME"
    r"|Navy Yard|Fort Hood|Bataclan)\b"
    rf"|\b{_MASSACRE_CITY}\b(?=[^.]{{0,60}}\b{_MASSACRE_PLACE}\b)|\b{_MASSACRE_PLACE}\b[^.]{{0,40}}?\b{_MASSACRE_CITY}\b"
)


# -- a speaker's memories in a quotation (see ``_quoted_memories``) --
# (within a paragraph: a stray quotation mark must not pair quotes across the story's paragraphs)
QUOTATION = re.compile(r'"[^"\n]{10,1200}"|\u201c[^\u201d\n]{10,1200}\u201d')
FIRST_PERSON = re.compile(r"\b(?:I|I've|I'm|we|we've|my|our|me|us)\b")
# what the speaker has lived through: a perfect of experience ("I've seen", "we have had", "I have buried"), a time
# long past ("four years ago", "for 30 years") or a habit ("every weekend", "every time")
LIVED_THROUGH = re.compile(
    r"\b(?:I|we)(?:'ve| have)(?: \w+)? (?:seen|had|lost|buried|watched|heard|lived|known)\b"
    r"|\b(?:\w+|a few|a couple of) (?:years|months|summers) ago\b|\bevery (?:weekend|week|night|time|summer)\b",
    re.IGNORECASE,
)


# -- a dismissal told long after the act (see ``_dismissals``) --
# the verbs of a job lost, and who loses one
DISMISS = frozenset({"fire", "dismiss", "terminate", "sack", "oust", "axe", "discharge"})
WORKER = frozenset(
    "officer deputy trooper sergeant detective lieutenant captain cop constable marshal agent guard jailer warden chief "
    "employee worker teacher coach manager nurse clerk staff staffer executive ceo principal firefighter editor professor "
    "pilot driver host anchor player screener superintendent director president man woman".split())
REPORTING = frozenset({"say", "tell", "announce", "confirm", "report", "add", "state"})
# a time between the act and the news: "seven months after he shot", "last year", "earlier this month"
LONG_AFTER = re.compile(
    r"\b(?:\w+|several|a few|a couple of) (?:weeks|months|years) (?:after|since|later|before|following)\b"
    r"|\b(?:last|the previous|the prior) (?:week|month|year|spring|summer|fall|autumn|winter)\b|\bearlier this (?:month|year)\b"
    r"|\b(?:weeks|months|years) ago\b",
    re.IGNORECASE,
)


# -- the incident a court tries, told by its year (see ``_tried_incident_told``) --
# the words of a court's proceeding (lemmas) that a tried act hangs on: "sentenced for the 2014 shooting death of",
# "convicted of murder in the 2013 killing", "the trial of a man accused of killing a girl ... in 2015", "parole for
# a man who killed a clerk in 1984"
_COURT_LEMMAS = frozenset({"sentence", "convict", "acquit", "plead", "indict", "arraign", "charge", "accuse", "trial",
                           "retrial", "jury", "juror", "verdict", "parole", "appeal", "conviction", "guilty", "try"})
# the words of the act itself (lemmas): the year must date the act, not the court ("a 2015 murder trial")
_ACT_LEMMAS = frozenset({"shooting", "death", "killing", "murder", "slaying", "homicide", "robbery", "holdup", "attack",
                         "shoot", "kill", "wound", "fire", "slay", "rob", "break", "happen", "occur"})
# what a year dates that is no act being tried: a term served, a record ("served 11 years for a 2004 shooting",
# "a prior 2009 conviction"): the record words the victims reader shares (``RECORD_WORDS``)


def _tried_incident_told(doc: Doc, sents, claim_sents: set[int], anchor_year: int | None) -> set[int]:
    """Sentences a past year alone makes background that tell the killing a court story tries: a court story's lead
    dates the act it tries by its year ("was sentenced Thursday for the 2014 shooting death of ...", "Jury selection
    began Monday in the trial of a man accused of killing a girl ... in 2015"), and that act is the report's incident,
    whatever its year.  The lead, and every later sentence whose past years are all the tried act's ("Wilkes was
    shot twice on Sept. 12, 2015"), are no background for their year; a year that dates something else (an earlier
    crime of the accused, "served 11 years for a 2004 shooting"; the court itself, "a 2015 murder trial") leaves its
    sentence background."""
    if anchor_year is None:
        return set()
    lead = _lead(doc, sents, claim_sents)
    if lead is None:
        return set()
    past = [_past_years(sents[i], anchor_year) for i in range(len(sents))]
    tried = {int(t.text) for t in past[lead] if _dates_a_tried_act(t)}
    # (a killing by gunfire: a tried hurt that killed nobody is left background, as a lead's wounded are the likelier
    # to be misread — the accused's own, a knife's, a hurt the charge only alleges; so is a killing of a report that
    # names no gun)
    killing = any(c.sent == lead and c.outcome == "killed" for c in doc._.raw_claims) and bool(_GUNFIRE.search(doc_text(doc)))
    if not tried or not killing or any(int(t.text) not in tried for t in past[lead]) or _a_fresh_hurt_after(doc, sents, lead, past):
        return set()
    return {i for i in range(lead, len(sents)) if past[i] and all(int(t.text) in tried for t in past[i])
            and not is_background(span_text(sents[i])) and not (i > lead and _tells_a_record(sents[i]))}


# the words of gunfire, which a tried killing's report must hold: a court story of a killing by other means ("the 2015
# killing of his roommate", no gun named) is left background, as before
_GUNFIRE = re.compile(r"\b(?:shot|shots|shoot\w*|gun\w*|fired|firearm|bullets?|pistol|rifle|handgun|shotgun|open(?:ed|s|ing)? fire)\b", re.IGNORECASE)
# a time of these days, which a retold act of a past year does not carry: "Hours after the verdict", "on Sunday"
_FRESH = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|this (?:morning|afternoon|evening)"
    r"|(?:hours|minutes) (?:after|later|before))\b",
    re.IGNORECASE,
)


def _a_fresh_hurt_after(doc: Doc, sents, lead: int, past) -> bool:
    """A later sentence of no past year that tells a hurt at a time of these days ("Hours after the verdict, the
    teen's cousin was shot in the leg outside the courthouse"): the report's news may be that fresh hurt, not the
    act the court tried, which then stays background as before."""
    hurt = {c.sent for c in doc._.raw_claims if c.outcome in HURT}
    return any(i > lead and not past[i] and _FRESH.search(span_text(sents[i])) for i in hurt)


def _tells_a_record(sent) -> bool:
    """A later sentence about the accused's record, whatever its year ("had served four years for a 2015 robbery",
    "was paroled in 2012"): a word of ``RECORD_WORDS``, the list the walk up from a year reads."""
    return any(t.lemma_.lower() in RECORD_WORDS for t in sent)


def _past_years(sent, anchor_year: int) -> list:
    """The tokens of a sentence that name a year before ``anchor_year`` (not a house or block number)."""
    text = doc_text(sent.doc)
    return [t for t in sent if YEAR.fullmatch(t.text) and int(t.text) < anchor_year
            and not _ADDRESS_AFTER.match(text, t.idx + len(t.text))]


def _dates_a_tried_act(year) -> bool:
    """The year hangs on an act (a shooting, a killing, "fired") that hangs in turn on a court's proceeding told on
    the sentence's main line, with no term served or record between (``_COURT_LEMMAS``, ``_ACT_LEMMAS``,
    ``RECORD_WORDS``)."""
    act = False
    tok = year
    for _ in range(12):
        lem = tok.lemma_.lower()
        if lem in RECORD_WORDS or any(c.lower_ in RECORD_WORDS for c in tok.children if c.dep_ == "amod"):
            return False
        if _court_word(tok) and tok.i != year.i and act and _on_the_main_line(tok):
            return True
        if lem in _ACT_LEMMAS:
            act = True
        if tok.head.i == tok.i:
            # the court may be the subject or the object of the sentence's verb: "Jurors began hearing evidence ...
            # for killing five co-workers ... in 2015", "Relatives of two attendants killed in 1979 urged the parole
            # board ..."
            return act and any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and (_court_word(c) or any(
                m.dep_ == "compound" and _court_word(m) for m in c.children)) for c in tok.children)
        tok = tok.head
    return False


def _on_the_main_line(tok) -> bool:
    """The word is no part of a clause or a participle that describes a person: "Jury selection began in the trial
    of ..." (not "a man accused of ...", whose court is only what the man is known by, nor "Shots were fired at the
    home of a witness who testified against a man convicted of a 2014 shooting": the news is the shots)."""
    for _ in range(12):
        if tok.dep_ in ("relcl", "acl"):
            return False
        if tok.head.i == tok.i:
            return True
        tok = tok.head
    return False


def _court_word(tok) -> bool:
    """A word of a court's proceeding (``_COURT_LEMMAS``), however the tagger took it ("Jurors" at a sentence's
    start may be a proper noun, its lemma the word itself)."""
    return tok.lemma_.lower() in _COURT_LEMMAS or tok.lower_ in _COURT_LEMMAS or tok.lower_[:-1] in _COURT_LEMMAS


def _years_date_no_violence(doc: Doc, sents, claim_sents: set[int], anchor_year: int | None) -> set[int]:
    """Sentences a past year alone makes background though the year dates nothing violent: "Police identified the
    officers who fired at a man ... as Officer Ruben Diaz, who joined the force in 2015", "a shop he had run since
    1979".  The year's own clause (the verb it hangs on, with all its words) tells no violence and no court; the rest
    of the sentence is the report's news.  Only up to the lead: further down, such a sentence is as often a caption
    or a teaser of another story glued into the page ("shown in a 2014 family picture, died after being shot").  A
    year whose clause tells a hurt, a shooting or a trial ("In 2009, two men were killed here", "he was sentenced in
    2009 for shooting a man") leaves its sentence background."""
    lead = _lead(doc, sents, claim_sents)
    if anchor_year is None or lead is None:
        return set()
    out = set()
    for i, sent in enumerate(sents[:lead + 1]):
        years = _past_years(sent, anchor_year)
        if years and not is_background(span_text(sent)) and all(_a_quiet_clause(t) or _a_place_history(t) for t in years):
            out.add(i)
    return out


def _a_place_history(year) -> bool:
    """The year dates a "where" clause on a place: "was shot Sunday at Fifth and Vine, the same corner where two men
    were killed in 2009" tells this shooting, and the clause's hurt is the place's history, which the reading of
    persons leaves out (``victims.earlier_where``)."""
    # (the year may hang on a verb inside the clause: "where two men were killed in a drive-by shooting in 2009")
    verb = _clause_verb(year)
    while verb is not None:
        first = verb.head if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") else verb
        if first.dep_ == "relcl":
            return any(c.lower_ == "where" and c.dep_ == "advmod" for c in first.children)
        verb = _clause_verb(first.head)
    return False


def _clause_verb(tok):
    """The nearest verb above a token, or None at the sentence's root."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") and tok.head.i != tok.i else None


def _a_quiet_clause(year) -> bool:
    """The clause a year hangs on (its nearest verb, and all that verb's words) tells no violence and no court."""
    verb = _clause_verb(year)
    if verb is None:
        return False  # (the year hangs on the sentence's main verb: it dates the sentence's news)
    words = " ".join(t.text for t in verb.subtree)
    return not VIOLENCE.search(words) and not COURT_NEWS.search(words) and not COURT.search(words) \
        and not any(t.lemma_.lower() in _COURT_LEMMAS | _ACT_LEMMAS for t in verb.subtree)


def _sentences_at(sents, starts) -> set[int]:
    """The sentences that start at one of ``starts`` (``sentences`` keeps them): the links of a list of other
    stories, whose figures are those stories', and the headline lines of a page's later stories, whose figures their
    stories' own sentences tell again."""
    if not starts:
        return set()
    return {i for i, s in enumerate(sents) if s.start_char in starts}


def is_background(text: str, anchor_year: int | None = None) -> bool:
    """True when a sentence speaks of another time than the incident's, links to another story or asks."""
    if LINK.search(text) or QUESTION.search(text):
        return True
    if PAST_COMPARED.search(text) or STATISTIC.search(text):
        return True
    m = BACKGROUND.search(text)
    if m and not (COMPARATIVE.search(text) and "since" in m.group(0).lower()):
        return True
    if anchor_year is None:
        return False
    for y in YEAR.finditer(text):
        if _ADDRESS_AFTER.match(text, y.end()):
            continue
        if int(y.group(1)) < anchor_year and not COMPARATIVE.search(text[max(0, y.start() - 60):y.end()]):
            return True
    return False


def _countries(sent, ents, countries: dict[str, str]) -> set[str]:
    return {countries[e.text.lower()] for e in within(sent, ents) if e.label_ in ("GPE", "NORP", "LOC") and e.text.lower() in countries}


@Language.factory(
    "eventdesk_segments",
    assigns=["doc._.segments", "doc._.background"],
    requires=["doc._.raw_claims", "doc.sents", "doc.ents"],
)
def make_segments(nlp: Language, name: str):
    return Segmenter()


class Segmenter:
    def __init__(self):
        self._countries: dict[str, str] | None = None

    @property
    def countries(self) -> dict[str, str]:
        if self._countries is None:
            self._countries = _country_names()
        return self._countries

    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents)
        anchor = doc._.anchor
        year = anchor.year if anchor else None
        claim_sents = {c.sent for c in doc._.raw_claims}
        background = {i for i, s in enumerate(sents) if is_background(span_text(s), year)}
        background -= _tried_incident_told(doc, sents, claim_sents, year)
        background -= _years_date_no_violence(doc, sents, claim_sents, year)
        background |= _sentences_at(sents, doc.user_data.get("link_starts"))
        background |= _sentences_at(sents, doc.user_data.get("story_heads"))
        background |= _dismissals(sents, anchor)
        background |= _earlier_incidents(doc, sents, claim_sents, background)
        background |= _remembrances(doc, sents, claim_sents)
        background |= _anniversaries(doc, sents, claim_sents)
        background |= _later_incidents(doc, sents, claim_sents)
        background |= _quoted_memories(doc, sents, claim_sents)
        background |= _figures_of_elsewhere(doc, sents, claim_sents, background)
        hurt_sents = {c.sent for c in doc._.raw_claims if c.outcome in HURT}
        segments: list[Segment] = []
        first = 0
        seg_countries: set[str] = set()
        seg = _Told()
        roundup = False
        totals: set[int] = set()
        rejoined: dict[int, int] = {}
        stories = doc.user_data.get("story_starts") or set()  # later stories of a page of several (``sentences``)
        ents = doc.ents
        for i, sent in enumerate(sents):
            text = span_text(sent)
            total = bool(ROUNDUP.search(text))
            here = _countries(sent, ents, self.countries)
            violent = i in claim_sents or bool(VIOLENCE.search(text) or SEPARATOR.search(text) and GUNFIRE.search(text))
            starts_paragraph = i > 0 and "\n" in doc_text(doc)[sents[i - 1].end_char - 1:sent.start_char + 1]
            new = i > first and i not in background and (violent and (
                SEPARATOR.search(text) or SEPARATOR_INSIDE.search(text)
                or (starts_paragraph and here and seg_countries and not here & seg_countries and _has_claims(i, claim_sents))
                or _opens_incident(text, i in hurt_sents, seg)
                or _opens_in_another_town(doc, sent, text, i in hurt_sents, seg)
                or sent.start_char in stories
            ) or roundup and _opens_listed_incident(text, i in hurt_sents, seg))
            if new:
                segments.append(_segment(len(segments), first, i, sents))
                first, seg_countries, seg = i, set(), _Told()
            elif segments and i in claim_sents and (back := _goes_back_to(doc, sents, text, segments, first, i)) is not None:
                rejoined[i] = back
            elif segments and i in claim_sents and (back := _outcome_of_an_earlier_victim(doc, sents, text, segments, first, i)) is not None:
                rejoined[i] = back
            elif segments and i in claim_sents and GOES_BACK.search(text):
                background.add(i)
            seg_countries |= here
            if i not in background:
                seg = seg.with_sentence(text, i in hurt_sents and not total)
            if total:
                totals.add(i)
            roundup = roundup or total or bool(SEPARATOR.match(text) and OTHERS_FOLLOW.match(text))
        if sents:
            segments.append(_segment(len(segments), first, len(sents), sents))
        background |= _listed_totals(totals, segments)
        doc._.segments = segments
        doc._.background = background
        # sentences that go back to an earlier incident than the segment they sit in: their claims are that one's
        doc.user_data["rejoined"] = {i: k for i, k in rejoined.items() if i not in background}
        return doc


@dataclass(frozen=True)
class _Told:
    """What the segment so far tells: whether it has counted its dead or hurt, and the blocks it names."""

    hurt: bool = False
    blocks: frozenset[str] = frozenset()

    def with_sentence(self, text: str, hurt: bool) -> "_Told":
        return _Told(self.hurt or hurt, self.blocks | _blocks(text))


def _blocks(text: str) -> frozenset[str]:
    """The blocks a sentence names, as "6300 south": number and first word of the street."""
    return frozenset(f"{m.group(1)} {m.group(2).split()[0].lower()}" for m in BLOCK.finditer(text))


def _opens_incident(text: str, hurt: bool, seg: _Told) -> bool:
    """A sentence of violence that brings in another incident than the segment's: by rank ("The second shooting
    happened ..."), or, once the segment has told its own dead or hurt, by a shift in time to someone new who is
    hurt ("Earlier Sunday, a man was shot")."""
    return bool(ENUMERATED.search(text) or hurt and seg.hurt and (TIME_SHIFT.search(text) or _elsewhere_then(text)))


# a sentence that opens on a town: "In Lodi, a drive-by shooting ...", "Meanwhile in Clovis, ..."
IN_A_TOWN = re.compile(r"^\W*(?:[Mm]eanwhile,? )?[Ii]n ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}),")


def _opens_in_another_town(doc: Doc, sent, text: str, hurt: bool, seg: _Told) -> bool:
    """'A 15-year-old boy was shot ... in Stockton. In Lodi, a drive-by shooting earlier Friday left three people
    hurt': once the segment has told its own dead or hurt, a sentence of someone hurt that opens on a town (a place
    the parser names a town) that the report has not named before is another town's shooting told beside it."""
    if not (hurt and seg.hurt):
        return False
    m = IN_A_TOWN.match(text)
    if m is None:
        return False
    town = sent.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if town is None or not all(t.ent_type_ == "GPE" for t in town):
        return False
    return m.group(1).lower() not in doc_text(doc)[:sent.start_char].lower()


def _elsewhere_then(text: str) -> bool:
    """A sentence of someone hurt that moves the story by a count of hours ("About two hours later, a 19-year-old man
    was shot", "Hours earlier, officers responded to a report of a man shot") or to a place said to be away from the
    incident's with someone not told yet ("a woman, 27, was shot ... at an apartment complex across town"): another
    shooting the same night.  "Hours later, he died" and "was taken to a hospital across town" go on with the same
    incident."""
    if AT_A_HOSPITAL.search(text):
        return False
    return bool(HOURS_SHIFT.search(text) or AWAY.search(text) and SOMEONE_NEW.search(text))


def _opens_listed_incident(text: str, hurt: bool, seg: _Told) -> bool:
    """In a roundup (a total over several shootings, "In other shootings:"), once the segment has told its own
    dead or hurt, a sentence opening with a clock time ("Around 6:45 a.m. Monday, a man broke into ..."), naming
    another block than the segment's ("in the 5600 block of South Bishop Street") or telling someone new hurt at a
    time of their own ("Another man was shot dead Saturday afternoon") brings in the next incident."""
    if not seg.hurt:
        return False
    blocks = _blocks(text)
    return bool(CLOCK_OPENER.search(text) or (blocks and seg.blocks and not blocks & seg.blocks)
                or hurt and LISTED_VICTIM.search(text) and TIME_OF_DAY.search(text))


def _goes_back_to(doc: Doc, sents, text: str, segments: list[Segment], first: int, i: int) -> int | None:
    """The earlier segment a sentence goes back to, by the place or the name that opens it ("In the Larkspur Road
    shooting, a second man was also wounded", "Back on Quill Avenue, a girl was also hit", "At the Fenwick Lane
    home, ..."): names every one of which the earlier segment tells and the segment so far does not all tell."""
    m = REJOIN_OPENER.match(text)
    if not m:
        return None
    names = {w.lower() for w in NAME_WORD.findall(m.group(1))}
    if not names:
        return None
    full = doc_text(doc)
    so_far = _words(full[sents[first].start_char:sents[i].start_char])
    if names <= so_far:
        return None
    for seg in reversed(segments):
        if names <= _words(full[seg.start:seg.end]):
            return seg.index
    return None


def _outcome_of_an_earlier_victim(doc: Doc, sents, text: str, segments: list[Segment], first: int, i: int) -> int | None:
    """The earlier segment whose victim a death or an update told late is, by the age that describes him or the
    surname that opens the sentence ("The 16-year-old, identified by his family as Jaylen Brooks, died of his wounds
    Monday", "Police said Monday that the 30-year-old died", "Orr died at the hospital Saturday afternoon"), where that
    earlier segment gives the age or the name ("The men, 24 and 30, were standing in a driveway") and the segment so far
    does not: a long story tells its incident's outcome after another shooting of the same night, which must not take
    it.  A death of someone the segment so far tells stays its own."""
    if not DEATH.search(text):
        return None
    m = TOLD_LATE.match(text)
    if not m:
        return None
    key = m.group(1) or m.group(2)
    full = doc_text(doc)
    so_far = full[sents[first].start_char:sents[i].start_char]
    if re.search(rf"\b{key}\b", so_far):
        return None
    for seg in reversed(segments):
        if re.search(rf"\b{key}\b", full[seg.start:seg.end]):
            return seg.index
    return None


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w'-]+", text)}


def _listed_totals(totals: set[int], segments: list[Segment]) -> set[int]:
    """A roundup's totals ("Five people were killed in separate shootings across the city") that the report goes on
    to list incident by incident: once another segment starts after one, its figures are no one incident's.  A
    total that no list follows ("Militants killed 12 soldiers in two attacks") stays the report's figure."""
    return {i for i in totals if any(seg.first_sent > i for seg in segments)}


def _lead(doc: Doc, sents, claim_sents: set[int]) -> int | None:
    """The report's lead: its first sentence after the headline that holds a claim."""
    title_end = doc.user_data.get("title_end")
    return next((i for i in sorted(claim_sents) if title_end is None or sents[i].end > title_end), None)


def _earlier_incidents(doc: Doc, sents, claim_sents: set[int], background: set[int]) -> set[int]:
    """Sentences after the lead that tell another, earlier incident in passing (see the module's docstring).

    The lead is the first body sentence with a claim; its date, when it names one that is no aftermath's,
    is the incident's."""
    # the lead may itself be background ("A man who testified in a 2015 murder trial was shot Tuesday"): it
    # still tells the report's incident
    lead = _lead(doc, sents, claim_sents)
    if lead is None:
        return set()
    lead_text = span_text(sents[lead])
    lead_lower = lead_text.lower()
    anchor = doc._.anchor
    lead_dates = _dates(lead_text, anchor)
    lead_start = min((t.span.start for t in lead_dates), default=None)
    court_story = bool(COURT_NEWS.search(lead_text))
    out: set[int] = set()
    # sentences without a claim that recall an earlier incident ("a memorial for a man killed at the same complex in
    # March"): the sentence after one that goes on about it ("In that shooting, three people were shot") tells that
    # incident too
    recalled: set[int] = set()
    tallied = bool(TALLY.search(lead_text))
    stories = doc.user_data.get("story_starts") or set()
    for i in range(lead + 1, len(sents)):
        text = span_text(sents[i])
        if sents[i].start_char in stories:
            continue  # a later story of a page of several is an incident of its own, whatever its day
        if TALLY.search(text):
            tallied = True
            # "It was the third shooting this week; a woman was killed Saturday": the tally's own sentence
            out.add(i)
            continue
        if i not in claim_sents:
            if _recalls_earlier_violence(text, anchor, lead_lower, lead_start):
                recalled.add(i)
            continue
        dated = _with_list_label(doc, sents[i], text)
        dates = _dates(dated, anchor)
        if ((i - 1 in recalled and GOES_ON.search(text) or i - 1 in out and THAT_INCIDENT.search(text))
                and not any(t.text.lower() in lead_lower for t in dates)):
            out.add(i)  # "... a memorial for a man killed at the same complex in March. In that shooting, one died."
            continue
        if not court_story and _dated_weeks_before(dated, anchor, lead_start, lead_lower):
            out.add(i)  # "... a few doors from where three men were shot in March": a death or "the shooting" too
            continue
        if DEATH.search(text):
            continue
        if i - 1 in out and GOES_ON.search(text) and not any(t.text.lower() in lead_lower for t in dates):
            out.add(i)  # "In October, jurors convicted Leonard of murder in the shooting deaths of ... Three other people were wounded."
            continue
        separate = SEPARATOR.search(text) or SEPARATOR_INSIDE.search(text)
        if any(m.group(0).lower() not in lead_lower and not THIS_INCIDENT_BEFORE.search(text[:m.start()])
               for m in EARLIER.finditer(text)):
            out.add(i)  # "Last weekend, two people were killed", not "the shooting last week"
        elif not court_story and COURT.search(text):
            # "In that trial, a man was convicted of killing two people": no court has yet sat on this incident,
            # even where the sentence names a shooting ("convicted of murder in the shooting deaths of ...")
            out.add(i)
        elif THIS_INCIDENT.search(text):
            continue
        elif lead_start is not None and any(t.span.end is not None and t.span.end < lead_start and (t.explicit or not separate)
                                            for t in dates):
            # "On March 3, a 19-year-old was killed at the same corner".  A separate incident told as such ("In a
            # separate shooting, a woman was killed Saturday") is a segment of its own unless a calendar date
            # says it is past: a weekday before the lead's is as often a report dated a day or two early.
            out.add(i)
        elif tallied and any(t.text.lower() not in lead_lower for t in dates):
            out.add(i)  # after "the third shooting this week": "On Monday, two men were wounded"
        elif tallied and BARE_EARLIER.match(text):
            out.add(i)  # after "the second shooting Saturday": "Earlier, two men were shot to death"
    return out


def _dated_weeks_before(text: str, anchor, lead_start, lead_lower: str) -> bool:
    """A calendar date the sentence itself names ("in March", "on Jan. 4"), which the lead does not name, ending more
    than two weeks before the lead's date: in a report whose lead tells its incident by a date ("Saturday night"), a
    figure so dated is another, earlier incident's, even where its sentence tells a death ("in May two women were
    shot; one of them died a week later") or speaks of "the shooting" ("The shooting happened a few doors from where
    three men were shot in March").  A weekday or "last week" is no such date (they may be the lead's own, told
    again); a court story, whose lead tells a past act, never gets here.  The sentence must bring in persons of its
    own ("three men", "a 17-year-old"): an update of the incident's victims ("The other man, Ray Dunn, died on Feb. 2")
    stays the incident's, whatever its date."""
    if lead_start is None or not PERSONS_NOT_TOLD.search(text):
        return False
    return any(t.explicit and t.span.end is not None and (lead_start - t.span.end).days > 14
               and t.text.lower() not in lead_lower for t in _dates(text, anchor))


def _with_list_label(doc: Doc, sent, text: str) -> str:
    """A sentence with the label of the list item it opens put before it: a list of recent shootings ("- June 30: A
    16-year-old boy was shot in the hand") dates its item by a label the sentence splitter leaves with the item before;
    the item's date is the sentence's own."""
    full = doc_text(doc)
    m = LIST_LABEL.search(full[max(0, sent.start_char - 40):sent.start_char])
    return f"{m.group(1)}: {text}" if m else text


def _recalls_earlier_violence(text: str, anchor, lead_lower: str, lead_start) -> bool:
    """A sentence of violence with a cue of an earlier time than the lead's that the lead does not name ("last
    month") or a calendar date before the lead's ("in March")."""
    if not VIOLENCE.search(text):
        return False
    if any(m.group(0).lower() not in lead_lower for m in EARLIER.finditer(text)):
        return True
    return lead_start is not None and any(t.explicit and t.span.end is not None and t.span.end < lead_start
                                          for t in _dates(text, anchor))


def _later_incidents(doc: Doc, sents, claim_sents: set[int]) -> set[int]:
    """Sentences after the lead that open on a time after it and tell someone hurt ("The following day, a woman was
    wounded in a shooting during a gathering to memorialize Calderon", "Three weeks after the party, his cousin was
    shot and killed"): another incident told in passing, whose figures are not the report's.  A death or an update
    ("The next day, the second victim died") and a sentence that names this incident ("Two days after the shooting,
    ...") stay the report's."""
    lead = _lead(doc, sents, claim_sents)
    if lead is None:
        return set()
    hurt = {c.sent for c in doc._.raw_claims if c.outcome in HURT}
    out: set[int] = set()
    for i in sorted(hurt):
        if i <= lead:
            continue
        text = span_text(sents[i])
        m = LATER.match(text)
        if m and not DEATH.search(text) and not THIS_INCIDENT.search(m.group(0)):
            out.add(i)
    return out


def _quoted_memories(doc: Doc, sents, claim_sents: set[int]) -> set[int]:
    """Sentences after the lead inside a quotation in which the speaker tells what he has lived through, not what
    happened now: the first person with a perfect or a time long past ("I've lived here 30 years and I've seen five
    people get shot on this street.  Two of them died right there", "My son was shot three times on this corner four
    years ago").  Every figure of that quotation is the speaker's memory.  A witness's quote of the incident itself
    ("I saw him fall, he was shot twice," a neighbor said) has neither and stays."""
    lead = _lead(doc, sents, claim_sents)
    if lead is None:
        return set()
    full = doc_text(doc)
    out: set[int] = set()
    for m in QUOTATION.finditer(full, sents[lead].end_char):
        quote = m.group(0)
        if not (FIRST_PERSON.search(quote) and LIVED_THROUGH.search(quote)):
            continue
        out |= {i for i in claim_sents if i > lead and sents[i].start_char < m.end() and sents[i].end_char > m.start()
                and not THIS_INCIDENT.search(span_text(sents[i]))}
    return out


def _figures_of_elsewhere(doc: Doc, sents, claim_sents: set[int], background: set[int]) -> set[int]:
    """Sentences after the lead whose figures are another place's or another time's than the report's incident: a
    tally over a place and a stretch of time (``PERIOD_TALLY``), a mass shooting its readers know by name that neither
    the lead nor the headline tells ("the shooting in Las Vegas, in which 58 concertgoers were killed"), and a
    sentence right after such a tally or any other background that breaks it down ("Of those, 31 have died").  The
    lead itself stays the report's, even where it sets its incident in a tally ("one of at least 62 people shot over
    the holiday weekend")."""
    lead = _lead(doc, sents, claim_sents)
    if lead is None:
        return set()
    title_end = doc.user_data.get("title_end")
    told = " ".join(span_text(s) for k, s in enumerate(sents) if k <= lead or (title_end is not None and s.end <= title_end))
    told_massacres = {_massacre_key(m) for m in KNOWN_MASS_SHOOTING.finditer(told)}
    out: set[int] = set()
    tallies: set[int] = set()  # tallies with no claim of their own, which a breakdown may follow
    for i in range(lead + 1, len(sents)):
        text = span_text(sents[i])
        if i not in claim_sents:
            if PERIOD_TALLY.search(text):
                tallies.add(i)
            continue
        if i in background:
            continue
        if PERIOD_TALLY.search(text):
            out.add(i)
        elif any(_massacre_key(m) not in told_massacres and not _compared_with(text, m)
                 for m in KNOWN_MASS_SHOOTING.finditer(text)):
            out.add(i)
        elif ({i - 1} & (out | tallies | background)) and TALLY_BREAKDOWN.search(text) and not THIS_INCIDENT.search(text):
            out.add(i)
    return out


def _compared_with(text: str, m: re.Match) -> bool:
    """The known mass shooting is what this incident is compared with ("14 people dead and 17 wounded, the deadliest
    mass shooting since Sandy Hook"): the figures before the comparison are this incident's."""
    c = COMPARATIVE.search(text)
    return bool(c and c.end() <= m.start())


def _massacre_key(m: re.Match) -> str:
    """A known mass shooting's name as a key: its city or its name's first word ("the Aurora theater" -> "aurora")."""
    city = re.search(_MASSACRE_CITY, m.group(0))
    return (city.group(0) if city else m.group(0)).split()[0].lower()


def _anniversaries(doc: Doc, sents, claim_sents: set[int]) -> set[int]:
    """A report whose lead marks the time since a past shooting and tells its toll only after that time ("More than
    200 people gathered Saturday to mark one year since a gunman opened fire at a birthday party, killing four people
    and wounding seven") tells no incident of its own, as a remembrance of a massacre does (``_remembrances``): the
    lead and every later sentence that names no date of its own are background.  Not "A man was shot dead Sunday, a
    year after his brother was killed", whose lead tells its own hurt first, nor a shooting of these days."""
    lead = _lead(doc, sents, claim_sents)
    if lead is None:
        return set()
    lead_text = span_text(sents[lead])
    m = ANNIVERSARY.search(lead_text)
    if not m or _HURT_WORDS.search(lead_text[:m.start()]) or RECENT.search(lead_text):
        return set()
    anchor = doc._.anchor
    out = {lead}
    for i in range(lead + 1, len(sents)):
        text = span_text(sents[i])
        if not _dates(text, anchor) and not (SEPARATOR.search(text) or SEPARATOR_INSIDE.search(text)):
            out.add(i)
    return out


def _remembrances(doc: Doc, sents, claim_sents: set[int]) -> set[int]:
    """A report whose lead tells a lawsuit, a vigil or a memorial for the dead of a massacre its readers know
    ("Relatives of the nine people killed in the church massacre filed a lawsuit on Monday") tells no incident
    of its own: the lead, a headline of the same news, and every later sentence that names no date of its own
    ("Three people were killed in the shooting") are background.  Not a vigil for the dead of a shooting of these
    days ("a vigil for the victims of Sunday's mass shooting"), whose report is news of it."""
    lead = _lead(doc, sents, claim_sents)
    if lead is None:
        return set()
    title_end = doc.user_data.get("title_end")
    lead_text = span_text(sents[lead])
    if not (REMEMBRANCE.search(lead_text) and KNOWN_MASSACRE.search(lead_text)) or RECENT.search(lead_text):
        return set()
    anchor = doc._.anchor
    out = {lead}
    for i, sent in enumerate(sents):
        text = span_text(sent)
        if i < lead:
            headline = title_end is not None and sent.end <= title_end
            if not headline or (REMEMBRANCE.search(text) and MASSACRE.search(text)):
                out.add(i)
        elif i > lead and not _dates(text, anchor) and not (SEPARATOR.search(text) or SEPARATOR_INSIDE.search(text)):
            out.add(i)
    return out


def _dismissals(sents, anchor) -> set[int]:
    """Sentences whose news is a job lost, told with a time that sets the act it was lost for well before it ("The
    department fired an officer on Friday, seven months after he fatally shot a man in March"): that act is the
    reason for the news, told in passing, not the report's incident.  Not "a man who was fired last week returned
    and shot his boss", whose news is the shooting."""
    out: set[int] = set()
    for i, sent in enumerate(sents):
        if not _tells_a_dismissal(sent):
            continue
        text = span_text(sent)
        if LONG_AFTER.search(text) or _names_an_earlier_date(text, anchor):
            out.add(i)
    return out


def _tells_a_dismissal(sent) -> bool:
    """The sentence's main verb (or the one a reporting verb reports) is a dismissal of a person: "fired an
    officer", "was terminated", a headline's "Officer fired"."""
    root = sent.root
    mains = [c for c in root.children if c.dep_ in ("ccomp", "parataxis")] if root.lemma_ in REPORTING else [root]
    for v in mains:
        if v.lemma_.lower() not in DISMISS:
            continue
        headline_passive = v.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in v.children)
        roles = ("dobj", "nsubjpass", "nsubj") if headline_passive else ("dobj", "nsubjpass")
        if any(c.dep_ in roles and (c.lemma_.lower() in WORKER or c.ent_type_ == "PERSON") for c in v.children):
            return True
    return False


def _names_an_earlier_date(text: str, anchor) -> bool:
    """A date more than a week before the report's ("in March" in an October report)."""
    if anchor is None:
        return False
    return any(t.span.end is not None and (anchor - t.span.end).days > 7 for t in _dates(text, anchor))


def _dates(text: str, anchor):
    """The dates a sentence names (day to month precision), resolved against the report's date; not the
    dates of an aftermath ("turned himself in Monday") nor the report's own time stamp ("(January 9, 2016)"),
    which say nothing of when the incident happened."""
    if anchor is None:
        return []
    return [t for t in find_timexes(text, anchor)
            if t.span.start is not None and t.span.precision in ("day", "days", "week", "month") and date_role(text, t) >= 0]


def _has_claims(i: int, claim_sents: set[int]) -> bool:
    return i in claim_sents


def _segment(index: int, first: int, end: int, sents) -> Segment:
    return Segment(index, first, end, sents[first].start_char, sents[end - 1].end_char)


def _country_names() -> dict[str, str]:
    """country name or demonym (lower-case) -> ISO alpha-2, from pycountry plus common short forms."""
    import pycountry

    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                table[v.lower()] = c.alpha_2
    table.update({
        "syria": "SY", "iran": "IR", "russia": "RU", "us": "US", "u.s.": "US", "united states": "US",
        "america": "US", "uk": "GB", "britain": "GB", "south korea": "KR", "north korea": "KP",
        "dr congo": "CD", "democratic republic of congo": "CD", "congo": "CG", "ivory coast": "CI",
        "turkey": "TR", "vietnam": "VN", "laos": "LA", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
        "syrian": "SY", "iraqi": "IQ", "nigerian": "NG", "afghan": "AF", "somali": "SO", "yemeni": "YE",
        "malian": "ML", "pakistani": "PK", "turkish": "TR", "israeli": "IL", "lebanese": "LB",
        "egyptian": "EG", "libyan": "LY", "sudanese": "SD", "ukrainian": "UA", "russian": "RU",
        "burkinabe": "BF", "nigerien": "NE", "cameroonian": "CM", "kenyan": "KE", "ethiopian": "ET",
    })
    return table
