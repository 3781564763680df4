"""Other incidents told after the lead by their time (rule 1 of the package): an earlier one (a cue of an earlier
time, a date before the lead's, a tally's others, a past trial) and the sentence that goes on about it
(``_earlier_incidents``); a later one, told by the time since the lead (``_later_incidents``)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...doctext import doc_text, span_text
from .lead import _dates, _lead
from .separators import HURT, SEPARATOR, SEPARATOR_INSIDE, VIOLENCE


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
