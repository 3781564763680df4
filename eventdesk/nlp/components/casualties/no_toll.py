"""The rules that drop a figure as no toll of this incident.

A count with an outcome is still no toll when it is negated ("no one was killed"), an aim ("plotted to kill two
officers"), a condition of any time ("any time one of our players is hurt"), a grief ("two families are
hurting"), a tally over a period or a wider place ("1,900 people have been shot in the city since January"), or
another, earlier incident told in a clause on the place; a count of rounds that hit a thing ("two bullets struck
the windshield and one hit the door"); a count of either outcome ("eight have been hurt or killed by gunfire"); and
the persons of an earlier incident a report compares its own with ("This is the second homicide in the city this
year.  The first came Sunday, January 3rd.  A 45-year-old man was shot and killed near 6th and Wright.").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...doctext import doc_text, span_text
from ...lexicon import party_lemmas
from ...raw_claims import lemma as _lemma
from ...victims import NEGATORS, death_negator
from ...numbers import PERSON_SINGULAR, Quantity


_EARLIER = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "earlier", "ago", "previous", "before"}


def _earlier_place_clause(doc, at: int) -> bool:
    """'shot in the same block where two people were killed in a shooting on Monday': another, dated
    incident told in a clause on the place, not this one."""
    if at < 0:
        return False
    verb = doc[at]
    while verb.dep_ not in ("relcl", "ROOT", "ccomp", "conj") and verb.head is not verb:
        verb = verb.head
    if verb.dep_ != "relcl" or not any(c.lower_ in ("where", "when") for c in verb.children):
        return False
    return any(t.lower_ in _EARLIER or t.ent_type_ == "DATE" for t in verb.subtree)


_FEW = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|24|36|48|72"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
# a count of shootings told with the toll, "six shootings in a week, two people dead", "one of four shootings with
# seven victims", or a night's shootings, "Three killed, 11 hurt in overnight shootings" (also in a participle's
# clause, as a headline puts it)
_SEVERAL_SHOOTINGS = (r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+) (?:separate |different |unrelated )?"
                      r"shootings\b|\bin (?:overnight|weekend|holiday|late-night) shootings\b")
_SEVERAL_SHOOTINGS_RE = re.compile(_SEVERAL_SHOOTINGS, re.IGNORECASE)
# a span or a weekend's toll: "eight people were shot in a five-hour span", "among 17 killed in deadliest weekend"
# or a violent night's: "among more than a dozen people shot during a violent Monday night in St. Louis"
_SPAN = (r"\bin an? (?:\S+\s*-?\s*)?(?:hour|day|week)s? span\b"
         r"|\b(?:violent|bloody|deadly|deadliest|bloodiest) weekend\b|\bweekend (?:of )?violence\b"
         r"|\b(?:violent|bloody|bloodiest) (?:\w+day )?night\b")
# a count over a period, a place wider than a scene, or of another time: "1,900 people have been shot in the
# city since January", "27 people were shot across the city over the weekend", "last month two teens were killed"
# the nation's count: "Nationwide, more than 600 people have been shot in mass shootings", "shot across the country"
_NATION = r"\bnationwide\b|\bnationally\b|\bacross the (?:country|nation|united states|u\.s\.)"
_TALLY_TIME = re.compile(
    rf"\bsince (?:{_MONTHS}|the (?:start|beginning) of|jan\.|feb\.)|\bthis (?:year|month|summer|spring|fall|autumn|winter)\b"
    r"|\bso far\b|\byear[- ]to[- ]date\b"
    r"|\blast (?:month|year|summer|spring|fall|autumn|winter)\b|\b(?:months|years) ago\b|\bearlier this (?:year|month)\b"
    r"|\bacross the (?:city|county|state|region|country)\b|\bcity-?wide\b"
    # a roundup: "18 people were shot in separate attacks", "... between Friday evening and Sunday", "in 48 hours"
    r"|\bin (?:(?:two|three|four|five|six|several|multiple|\d+) (?:separate |different |unrelated |other )?|(?:separate|different|unrelated|other) )"
    r"(?:incidents|shootings|attacks)\b"
    r"|\bbetween \w+ (?:morning|afternoon|evening|night) and\b"
    rf"|\b(?:in|over|within) (?:a little |about |roughly |nearly |just )?(?:more than |less than |under )?(?:\d+|{_FEW}) hours\b"
    # "in the past three years", "in two and a half years ending last summer": a period of years
    r"|\b(?:in|over|during) the (?:past|last) (?:\S+ ){1,2}(?:years|months)\b|\byears ending\b"
    # another time: "a year earlier, a man was shot and killed there"
    r"|\b(?:a|one|two|three|several) years? (?:earlier|before)\b|\b(?:months|years) (?:earlier|before)\b"
    r"|\bspanning\b|" + _SPAN + "|" + _SEVERAL_SHOOTINGS + "|" + _NATION,
    re.IGNORECASE,
)
_TALLY_PERIOD = re.compile(rf"\bsince (?:{_MONTHS}|the (?:start|beginning) of)|\bthis year\b|\bso far\b|\byear[- ]to[- ]date\b"
                           r"|\bacross the (?:city|county|state|region|country)\b|\bcity-?wide\b|" + _SPAN + "|" + _SEVERAL_SHOOTINGS
                           + "|" + _NATION,
                           re.IGNORECASE)
# a weekend's clause: "a bloody weekend in Detroit that left six people dead" (not a night's: "on a bloody Saturday
# night that left six people dead" may be one shooting's)
# (also with a holiday's name between: "a violent holiday weekend", "a bloody Memorial Day weekend", "a violent Fourth
# of July weekend", not "a violent start to the weekend", which may be one shooting's); and an outbreak of violence,
# which is never one shooting's: "the outbreak of violence that left 24 people shot over the weekend"
_WEEKEND_RE = re.compile(r"\b(?i:violent|bloody|deadly|deadliest|bloodiest) "
                         r"(?:(?i:holiday|long) |[A-Z][\w'-]*(?: (?:'s|of|[A-Z][\w'-]*)){0,3} )?(?i:weekend)\b"
                         r"|\b(?i:weekend (?:of )?violence)\b"
                         r"|\b(?i:(?:outbreak|wave|spate|surge|rash) of (?:gun )?violence)\b")
# the stretches of time whose own clause tells their toll: "a week in which 14 people were shot" (not a night or a
# day, which may be one shooting's: "a night in which two men were shot outside a bar")
_STRETCH_NOUNS = {"weekend", "week", "month", "year", "summer"}
_SINCE_PERFECT = re.compile(r"\bsince\b[^.;]{0,120}\b(?:have|has) (?:been|died)\b|\b(?:have|has) (?:been|died)\b[^.;]{0,80}\bsince\b",
                            re.IGNORECASE)
# "60 children have been shot in the city in recent weeks": a perfect over recent weeks or months is a tally (not
# "wounded on Sunday, the first shooting there in recent weeks": this incident's toll, in the past tense)
_RECENT_PERFECT = re.compile(r"\b(?:have|has) (?:been|died)\b[^.;]{0,80}\b(?:in|over|during) (?:recent|the (?:past|last)"
                             r" (?:few|several|two|three|four|\d+)) (?:weeks|months)\b", re.IGNORECASE)
# the stretch a perfect counts over: "Five people have been killed on this street in two years", "We've had five
# people killed on this block in three years" (not "killed in the town's first homicide in two years": no perfect)
_PERFECT_AUX = {"have", "has", "'ve", "'s"}
_PERFECT_OF = {"been", "died", "had", "seen", "lost"}
_STRETCH_AFTER = re.compile(rf"^[^.;]*?\b(?:in|over|within) (?:the (?:past|last) )?(?:{_FEW}|\d+) "
                            r"(?:days|weeks|months|years)\b", re.IGNORECASE)
_SINCE_BEGAN = re.compile(r"\bsince (?:the |it )?(?:\w+ ){0,3}(?:began|begun|started|erupted|broke out)\b", re.IGNORECASE)
_CLAUSES = {"relcl", "advcl", "ccomp", "conj", "acl", "parataxis"}


def _tally(doc, at: int) -> bool:
    """The clause of a count's trigger dates it to a period or another time: a tally or an earlier incident,
    not this one.  In a relative clause only a period counts (see below)."""
    if at < 0:
        return False
    verb = doc[at]
    while verb.dep_ not in _CLAUSES | {"ROOT"} and verb.head is not verb:
        verb = verb.head
    inner = {t.i for c in verb.children if c.dep_ in _CLAUSES for t in c.subtree}
    words = " ".join(t.text for t in verb.subtree if t.i not in inner)
    first = verb
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head  # ("the shooting that killed one man and hurt four others last month": one clause)
    if verb.dep_ in ("relcl", "acl") or first.dep_ in ("relcl", "acl"):
        # "the youngest of 112 people shot in the city this year" is a tally; "a man who was shot last
        # month has died" is this report's news.  The clause of a weekend ("a bloody weekend in Detroit that left
        # six people dead and 15 hurt") tells that weekend's toll: the antecedent's own words count too
        return bool(_TALLY_PERIOD.search(words) or _of_a_weekend(first))
    if _one_shooting_did_both(verb):
        return False
    # "Three killed, 11 hurt in overnight shootings": the shootings of the last part are the whole list's
    shared = " ".join(t.text for c in verb.children if c.dep_ == "conj" for t in c.subtree)
    if _TALLY_TIME.search(words) or _SEVERAL_SHOOTINGS_RE.search(shared) or _tally_of_result(verb):
        return True
    # ("the outbreak of violence that left 28 people shot and 10 killed": a conjunct shares the first one's clause)
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    while verb.dep_ not in _CLAUSES | {"ROOT"} and verb.head is not verb:
        verb = verb.head
    return _of_a_weekend(verb) or _left_by_a_stretch(verb)


# the nouns of one shooting as the subject of what it did: "a deadly shootout killed two teens and wounded four others"
_ONE_SHOOTING = {"shooting", "shootout", "gunfight", "ambush", "drive-by"}


def _one_shooting_did_both(verb) -> bool:
    """'a deadly shootout killed two teens and wounded four others last summer', 'a shooting that killed a girl and
    injured two others last spring': the second verb of two joined by "and" whose subject is ONE shooting (singular,
    no number) tells that shooting's toll as the first does; the time at its end dates both (whether that shooting is
    the report's is the earlier-incident rules' to say), not a tally of a period."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB" or verb.head.i > verb.i:
        return False
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("that", "which") and verb.head.dep_ == "relcl":
        subject = verb.head.head  # "a shooting that killed a girl and injured two others last spring"
    return subject is not None and subject.tag_ == "NN" and _lemma(subject) in _ONE_SHOOTING \
        and not any(c.dep_ == "nummod" or c.lower_ in _MANY for c in subject.children)


# what a stretch of time's violence is called as the subject of what it left: "the weekend's violence left 12 dead"
_VIOLENCE_NOUNS = {"violence", "bloodshed", "gunfire"}


def _left_by_a_stretch(verb) -> bool:
    """'The violent weekend left 23 people shot', 'The past week has seen 30 people shot', 'The weekend's violence left
    12 people dead': the subject of the verb the count hangs on (or of the verb whose object clause it is) is a stretch
    of time, or that stretch's violence: the stretch's toll (not "Last week's shooting left two people dead": one
    shooting)."""
    if verb.dep_ in ("ccomp", "xcomp") and verb.head is not verb:
        verb = verb.head
    for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.pos_ == "NOUN" and _lemma(subject) in _STRETCH_NOUNS:
            return True
        if _lemma(subject) in _VIOLENCE_NOUNS and any(c.dep_ == "poss" and _lemma(c) in _STRETCH_NOUNS
                                                      for c in subject.children):
            return True
    return False


def _perfect_over_a_stretch(doc, q: Quantity, sent: Span) -> bool:
    """The count is the subject or the object of a perfect told over a number of days, weeks, months or years ("Five
    people have been killed on this street in two years", "We've had five people killed here in three years"): a
    tally of that stretch, of which this incident is at most one part.  Only the perfect's own words: the lead's
    count before it in the same sentence ("A man was killed Saturday, and police say ...") keeps its toll."""
    for t in sent:
        if t.lower_ in _PERFECT_AUX and t.i + 1 < sent.end and doc[t.i + 1].lower_ in _PERFECT_OF \
                and t.i - 4 <= q.start <= t.i + 6:
            return bool(_STRETCH_AFTER.search(doc[t.i:min(sent.end, t.i + 20)].text))
    return False


def _of_a_weekend(verb) -> bool:
    """A relative or participle clause on a weekend's or an outbreak's noun ("a violent holiday weekend that left
    eight people dead", "the outbreak of violence that left 24 people shot") or on a stretch of time's ("a weekend in
    which 23 people were shot", "a month in which 40 people were shot", "a weekend that saw 19 people shot"), or a
    "with" clause on a sentence that names a violent weekend ("It was a violent weekend, with 23 people shot"): that
    stretch's toll, of which this incident is at most a part, however few the stretch's words of violence."""
    if verb.dep_ == "ccomp" and verb.head.dep_ in ("relcl", "acl"):
        verb = verb.head  # ("a weekend that saw 19 people shot": the count is what the clause on "weekend" saw)
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children):
        # (a violent one only: "It was a quiet weekend until Saturday night, with two men shot outside a bar" is one
        # shooting's)
        return any(c.dep_ in ("attr", "dobj") and _WEEKEND_RE.search(" ".join(t.text for t in c.subtree))
                   for c in verb.head.children)
    if verb.dep_ not in ("relcl", "acl"):
        return False
    noun = verb.head
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head  # ("the outbreak ... that left 28 people shot and 10 people killed": "people" hung on it)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # ("the outbreak of violence that left ...": the clause hung on "violence")
    return (noun.pos_ == "NOUN" and _lemma(noun) in _STRETCH_NOUNS) \
        or bool(_WEEKEND_RE.search(" ".join(t.text for t in noun.subtree if t.i < verb.left_edge.i)))


# the participles that tell what a clause's shootings left: "... this summer, leaving 11 dead", "..., killing 40"
_RESULTS = {"leave", "kill", "wound", "injure", "claim"}


# the nouns of a running total: "brought to five the number of people shot", "the total killed"
_TOTAL_NOUNS = {"number", "total", "tally", "count"}
# the periods a tally runs over, as the NER types them a date: "this week", "this weekend", "this month"
_PERIOD_NOUNS = {"week", "weekend", "month", "year"}


# one event, told in the singular, whose town and time are its own place and day, not a tally's
_ONE_EVENT = {"shooting", "attack", "rampage", "massacre"}


def _a_total_of_a_town_or_period(doc, at: int) -> bool:
    """'The shooting brought to five the number of people shot in Kenner this week': the trigger tells what "the
    number" or "the total" counts, and that number is a whole town's (a town named as its place) or a period's (a
    week, a weekend, a month), a running tally of which this incident is a part, not this incident's toll (not "the
    number of people shot at the party rose to seven", "the total wounded in Sunday's attack": a scene, an event)."""
    if at < 0:
        return False
    tok = doc[at]
    for _ in range(3):
        if tok.head is tok:
            return False
        tok = tok.head
        if _lemma(tok) in _TOTAL_NOUNS and tok.pos_ == "NOUN":
            break
        if (total := _total_raised_to(tok)) is not None:
            tok = total
            break
    else:
        return False
    if any(t.dep_ == "pobj" and t.tag_ == "NN" and _lemma(t) in _ONE_EVENT and t.head.lower_ in ("in", "from")
           for t in tok.subtree):
        return False  # "the number of people killed in a shooting in Albuquerque last weekend": one shooting's toll
    # (the town as the place itself, "in Kenner", not a venue's word: "at the Dallas mall")
    return any((t.ent_type_ == "GPE" and t.dep_ == "pobj" and t.head.lower_ in ("in", "across", "throughout"))
               or (t.ent_type_ == "DATE" and t.lower_ in _PERIOD_NOUNS) for t in tok.subtree)


# the verbs that raise a running total to a count: "The shootings brought the weekend toll to 12 people shot"
_RAISE = {"bring", "push", "raise", "take", "put", "lift"}


def _total_raised_to(tok):
    """The total of "brought the weekend toll to 12 people shot": the object of a verb of raising whose "to" holds the
    count (``tok``, that "to"), where the object is a total or a toll; else None."""
    if not (tok.dep_ == "prep" and tok.lower_ == "to" and _lemma(tok.head) in _RAISE):
        return None
    return next((c for c in tok.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                 and _lemma(c) in _TOTAL_NOUNS | {"toll"}), None)


def _tally_of_result(verb) -> bool:
    """'More than 40 shootings have been reported in the neighborhood this summer, leaving 11 dead': a participle
    of result takes its period from the clause it hangs on (that clause's own words, not its other clauses)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or _lemma(verb) not in _RESULTS or verb.i < verb.head.i:
        return False
    head = verb.head
    inner = {t.i for c in head.children if c.dep_ in _CLAUSES for t in c.subtree}
    return bool(_TALLY_TIME.search(" ".join(t.text for t in head.subtree if t.i not in inner)))


# the events a roundup counts: "the four shootings that wounded 12 people", "three other overnight incidents left
# seven people wounded", "killed in two West Side shootings", "dead after a string of shootings" ("attacks" are
# left out: a conflict report's one event may be "several attacks on army posts", whose toll is the event's)
_EVENT_NOUNS = {"shooting", "incident"}
_MANY = {"several", "multiple", "numerous", "separate", "various", "different", "unrelated"}
_SERIES = {"series", "string", "spate", "rash", "wave", "flurry", "number", "dozens", "hundreds"}
_DOZEN = {"dozen", "dozens"}  # "more than a dozen shootings": the parser takes it for a compound


# nouns of events only where "other" sets them beside this one: "in the other three cases, two people were killed"
# (a "case" alone may be this incident's court case)
_OTHER_EVENT_NOUNS = {"case", "attack"}


def _several_events(tok) -> bool:
    """A plural noun of events that a number above one, a word of many, or a series counts."""
    if tok.tag_ != "NNS" or not (_lemma(tok) in _EVENT_NOUNS or _lemma(tok) in _OTHER_EVENT_NOUNS
                                 and any(c.lower_ == "other" for c in tok.children)):
        return False
    if any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") or c.lower_ in _MANY or c.lower_ in _DOZEN
           for c in tok.children):
        return True
    of = tok.head
    return of.lower_ == "of" and of.dep_ == "prep" and of.head.lower_ in _SERIES and tok.dep_ == "pobj"


def _over_several_shootings(doc, at: int) -> bool:
    """A count told of several shootings at once is a roundup's, not this incident's toll: the events are the
    clause's subject or the place of its verb, the shared place of a coordinated verb, or the antecedent of a
    relative clause ("the four shootings that wounded 12 people").  Words of many between the number and the noun
    ("two West Side shootings") do not hide it, as they do from the tally's wording (``_SEVERAL_SHOOTINGS``)."""
    if at < 0:
        return False
    verb = doc[at]
    while verb.dep_ not in _CLAUSES | {"ROOT"} and verb.head is not verb:
        verb = verb.head
    inner = {t.i for c in verb.children if c.dep_ in _CLAUSES and c.dep_ != "conj" for t in c.subtree}
    if any(_several_events(t) for t in verb.subtree if t.i not in inner):
        return True
    if verb.dep_ in ("relcl", "acl") and _several_events(verb.head):
        return True
    # ("which have left two dead and eight other people injured": the second verb shares the clause of the first)
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    return verb.dep_ == "relcl" and _a_series_of_events(verb.head)


def _a_series_of_events(noun) -> bool:
    """'a series of shootings in Detroit overnight which have left two dead': a noun of a series whose "of" holds
    several events, on which the parser hangs the relative clause."""
    return noun.lower_ in _SERIES and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_several_events(p) for p in c.children) for c in noun.children)


# "It was one of four shootings overnight in the city that left nine people hurt": this incident told as one of
# several, whose toll follows in the same sentence
_ONE_OF_SEVERAL = re.compile(r"\bone of (?:the )?(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|\d+) "
                             r"(?:\w+ )?(?:shootings|incidents)\b", re.IGNORECASE)


def _after_one_of_several(doc, q: Quantity, sent: Span) -> bool:
    """A count told after "one of four shootings" in its sentence is the several shootings' toll (not the count
    before it: "a man was killed Saturday in one of three shootings that left five people hurt" keeps the man)."""
    start = sent.start_char
    text = span_text(sent)
    return any(start + m.end() <= doc[q.start].idx for m in _ONE_OF_SEVERAL.finditer(text))


# a sentence that opens on a date with a year ("August 1982: Eight people killed ...", "In the summer of 2013, a man
# went on a rampage, killing six"), or that follows a line holding that date alone ("January 2009:")
_SEASONS = "spring|summer|fall|autumn|winter"
_YEAR_OPENING = re.compile(rf"^\W*(?:(?:in|on|by) )?(?:(?:early|late|mid-?) ?)?(?:the (?:{_SEASONS}) of |(?:{_SEASONS}) )?"
                           rf"(?:(?P<month>{_MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? (?:\d{{1,2}},? )?)?"
                           r"(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_DATE_LINE = re.compile(rf"^\W*(?:(?:{_MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? (?:\d{{1,2}},? )?)?"
                        r"(?:19|20)\d\d\W*$", re.IGNORECASE)
_MONTH_NUMBERS = {m[:3]: i + 1 for i, m in enumerate(_MONTHS.split("|"))}


def _of_an_earlier_year(doc, sent: Span) -> bool:
    """A sentence dated at its opening to a month or a year well before the report's own date tells another, earlier
    incident: a timeline of past shootings ("August 1982: Eight people killed, three injured at a welding shop",
    "January 2009:" on a line of its own, then "Two deaths among the nine shot"), a past rampage recalled ("In the
    summer of 2013, a gunman went on a rampage, killing six").  Not a date close to the report's (a report of January
    tells of "December 30, 2015", its incident): the date must be over two months before it, or in an earlier year
    for a year alone told after February.  Without the report's date nothing is earlier."""
    anchor = getattr(doc._, "anchor", None)
    if anchor is None:
        return False
    m = _YEAR_OPENING.match(span_text(sent))
    if m is None and sent.start > 0:
        # (the line of the date alone may close the sentence before it: "... nine shot.\nJune 2010:")
        line = span_text(doc[sent.start - 1].sent).rstrip().split("\n")[-1]
        m = _YEAR_OPENING.match(line) if _DATE_LINE.match(line) else None
    if m is None:
        return False
    year = int(m.group("year"))
    if year >= anchor.year:
        return False
    if m.group("month"):
        month = _MONTH_NUMBERS[m.group("month").lower()[:3]]
        return (anchor.year - year) * 12 + anchor.month - month > 2
    return anchor.year - year >= 2 or anchor.month > 2


# the words that make a count of things before them a distance: "two doors down", "three houses away"
_DISTANCE_WORDS = {"down", "away", "apart", "over", "up"}


def _a_distance(doc, q: Quantity) -> bool:
    """'a girl was shot just two doors down from her apartment', 'three houses away': a count of things (no person's
    noun) that an adverb of distance follows measures where, and counts nobody ("two officers down" counts officers)."""
    if q.end + 1 >= len(doc):
        return False
    noun, after = doc[q.end], doc[q.end + 1]
    if noun.tag_ != "NNS" or after.lower_ not in _DISTANCE_WORDS or after.pos_ not in ("ADV", "ADP", "PART"):
        return False
    lem = _lemma(noun)
    return lem not in PERSON_SINGULAR and lem not in party_lemmas() and lem not in ("people", "person", "other", "victim")


# a superlative set against an earlier incident: "the deadliest mass shooting in the state since a gunman killed
# 12 people at a movie theater", "the worst attack on the city since ..."
_SUPERLATIVE = re.compile(r"\b(?:deadliest|worst|bloodiest|largest|biggest|most \w+)\b", re.IGNORECASE)


def _since_the_last(doc, at: int) -> bool:
    """A count told in a "since" clause that a superlative measures against is an earlier incident's, not this one's
    (unlike "He has been in critical condition since he was shot Saturday": no superlative, this victim)."""
    if at < 0:
        return False
    verb = doc[at]
    while verb.dep_ not in _CLAUSES | {"ROOT"} and verb.head is not verb:
        verb = verb.head
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children):
        return False
    before = doc[verb.sent.start:verb.left_edge.i]
    return bool(_SUPERLATIVE.search(before.text))


# (and the nouns: "a student's threat to shoot classmates", "a plot to kill")
_INTENT = {"attempt", "try", "plan", "threaten", "threat", "want", "seek", "intend", "vow", "aim", "plot", "conspire"}


def _intended(doc, at: int) -> bool:
    """'attempted to assassinate a citizen', 'plotted to kill two officers', 'attempted murder': an aim, not a toll."""
    if at >= 1 and doc[at].pos_ == "NOUN" and doc[at - 1].lower_ in ("attempted", "attempt"):
        return True
    return (at >= 2 and doc[at].tag_ == "VB" and doc[at - 1].lower_ == "to"
            and (_lemma(doc[at - 2]) in _INTENT or doc[at - 2].lower_ in ("attempted", "tried", "planned", "plotted")))


# a condition that holds at no time in particular: "any time one of our players is hurt, all of us feel it"
_WHENEVER = re.compile(r"\b(?:any ?time|every ?time|whenever|each time)\s*$", re.IGNORECASE)


def _grieving(doc, at: int) -> bool:
    """'Tonight two families are hurting': "hurting" with nobody it hurts is a grief, not a hit."""
    return at >= 0 and _lemma(doc[at]) == "hurt" and doc[at].tag_ == "VBG" and not any(c.dep_ == "dobj" for c in doc[at].children)


def _whenever(doc, q: Quantity, sent: Span) -> bool:
    """'Any time one of our players is hurt, ...': a count in a clause of any time is of no one."""
    before = doc[max(sent.start, q.start - 3):q.start]
    return bool(_WHENEVER.search(span_text(before)))


def _an_alternative(doc, q: Quantity, at: int) -> bool:
    """'whether the slain boy, Tyrese Banks, 15, or two other teens were the target': a count joined by "or" to the
    persons a trigger before it tells dead or hurt is another choice, no more dead or hurt (not "killed three or
    four people": one count, a range)."""
    if at < 0 or at >= q.start:
        return False
    before = q.num_start - 1
    while before > at and doc[before].text == ",":
        before -= 1
    return before > at and doc[before].lower_ == "or"


# what tells a hitting verb no hit: "a woman walking by was nearly struck by a bullet"
_NEAR_MISS = {"nearly", "almost", "narrowly"}
_HIT_VERBS = {"hit", "strike", "graze"}


# the partitive subjects that deny a hit of each of a group: "none of the three people inside was struck"
_NONE_OF = {"none", "neither"}
# degrees that grant the hit and deny only its weight: "none of the three was seriously hurt"
_HIT_DEGREES = {"seriously", "badly", "critically", "gravely", "severely", "life-threateningly"}


def _denied_to_each(doc, at: int) -> bool:
    """'None of the three people inside was struck', 'Neither of the two men was hit': a hit verb whose subject is
    "none" or "neither" of the counted group denies the hit of each (the negator stands three words before the number,
    past the window ``_negated`` reads; not "none of the three was seriously hurt": hurt, but not badly)."""
    if at < 0 or doc[at].pos_ not in ("VERB", "AUX"):
        return False
    verb = doc[at]
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _NONE_OF for c in verb.children) \
        and not any(c.lower_ in _HIT_DEGREES for c in verb.children)


def _negated(doc, q: Quantity, at: int, sent: Span) -> bool:
    if at >= 0 and doc[at].lemma_ in _HIT_VERBS and any(c.lower_ in _NEAR_MISS for c in doc[at].children):
        return True
    if _denied_to_each(doc, at):
        return True
    lo = max(sent.start, min(q.start, at if at >= 0 else q.start) - 2)
    hi = max(q.start, at)
    # ("three people, not four as first reported, were shot": a "not" past the count that negates a number of
    # its own corrects that number, not the verb)
    own = death_negator(doc[at]) if at >= 0 else None  # ("one did not survive": the negation tells the death)
    own_i = own.i if own is not None else -1
    return any(t.lower_ in NEGATORS and t.i != own_i and not (t.i >= q.end and t.i + 1 < hi and doc[t.i + 1].like_num)
               for t in doc[lo:hi])


# what a number after "were" may count: "the death toll was 5", "the number of dead is 4"
_TALLY_NOUNS = {"toll", "number", "total", "count", "tally", "figure", "casualty", "fatality", "death", "injury"}


# an obituary's age at death: "died Sunday at 88", "died peacefully at home at the age of 92", "dies at 79"
_AGE_AT = re.compile(r"\b(?:at|aged?|at age|at the age of)\s*$", re.IGNORECASE)
_DIE_LEMMAS = {"die", "pass"}


def _age_at_death(doc, q: Quantity) -> bool:
    """'Mary Jones ... died Sunday at 88': the bare number after "at" in a clause of dying is an age, not a
    count of the dead."""
    if not doc[q.num_start:q.end].text.isdigit():
        return False
    before = doc[max(doc[q.num_start].sent.start, q.num_start - 8):q.num_start]
    if not before or not _AGE_AT.search(before.text):
        return False
    return any(_lemma(t) in _DIE_LEMMAS for t in before)


def _age_predicate(doc, q: Quantity, np_end: int) -> bool:
    """'The dead men were 22 and 25', 'The victim was 34': a bare number said of persons after "be" is an age,
    not a count (unlike "the death toll was 5", or "the dead were two brothers", whose number counts a noun);
    and an obituary's "died Sunday at 88"."""
    if _age_at_death(doc, q):
        return True
    if np_end > q.end or not doc[q.num_start:q.end].text.isdigit():
        return False
    tok = doc[q.end - 1]
    while tok.dep_ in ("conj", "npadvmod", "appos") and tok.head is not tok and tok.head.like_num:
        tok = tok.head
    if tok.dep_ != "attr" or _lemma(tok.head) != "be":
        return False
    subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.pos_ in ("NOUN", "ADJ", "PRON", "PROPN") and _lemma(subj) not in _TALLY_NOUNS


# the words that a bare age set off after them tells of: "the wounded men, 19, 24 and 31, were taken", "one 29,
# another 52, two others 37"
_AGED_ONES = {"another", "other", "others"}
_SET_OFF_AFTER = {",", "-", "--", "\u2014", "\u2013", ")", ";"}


def _bare_age(doc, q: Quantity, np_end: int, sent: Span) -> bool:
    """'The four men who were hit - one 29, another 52, two others 37 - were taken to a hospital', 'The wounded men,
    19, 24 and 31, were taken to York Hospital': a bare number in figures that counts no noun, set off after a person
    noun (or "another", "others") and before a comma, a dash or "and", is an age, not a count of the persons a later
    verb tells of (not "Of the victims, 3 died": a part, with its verb right after it)."""
    if any(not t.is_punct for t in doc[q.end:np_end]) or not doc[q.num_start:q.end].text.isdigit() \
            or not 0 < q.value < 110:
        return False
    if q.end < sent.end and doc[q.end].text not in _SET_OFF_AFTER and doc[q.end].lower_ not in ("and", "or"):
        return False
    i = q.start - 1
    while i >= sent.start and (doc[i].like_num or doc[i].text == "," or doc[i].lower_ in ("and", "or")):
        i -= 1  # back over the ages before it ("19, 24 and 31")
    if i < sent.start:
        return False
    before = doc[i]
    if before.lower_ in _AGED_ONES:
        return True
    if before.pos_ != "NOUN" or not (_lemma(before) in PERSON_SINGULAR or before.lower_ == "victims"):
        return False
    # the noun is the subject's head or set off itself, never the object of "of" ("of the victims, 3 died")
    return before.dep_ != "pobj" and doc[before.i + 1].text == ","


# what a round hits that is no person: "one hit the driver's door", "two struck the front window"
_THINGS = {"door", "window", "windshield", "windscreen", "wall", "car", "vehicle", "truck", "van", "suv", "cruiser", "bus",
           "house", "home", "building", "tire", "tyre", "ceiling", "roof", "siding", "porch", "railing", "fence", "pole",
           "bumper", "trunk", "hood", "mirror", "garage", "sign", "headboard", "mattress", "couch", "floor", "glass",
           "frame", "dashboard", "seat", "panel", "fender", "gate", "shed", "tree", "ground", "pavement", "sidewalk"}
_HITTING = {"hit", "strike", "pierce", "penetrate", "shatter", "graze"}


def _hit_a_thing(doc, at: int) -> bool:
    """'Two bullets struck the windshield and one hit the driver's door': a count whose trigger hits a thing (a door,
    a window, a car) counts rounds, not persons hit (not "one hit him in the leg", "one struck a 12-year-old boy")."""
    if at < 0 or _lemma(doc[at]) not in _HITTING:
        return False
    # (not a list of things that ends with persons: "hit two houses, a parked van and three people")
    return any(c.dep_ == "dobj" and _lemma(c) in _THINGS and not _persons_among(c) for c in doc[at].children)


# the nouns of persons a list of things struck may end with
_STRUCK_PERSONS = PERSON_SINGULAR | {"people", "person"}


def _persons_among(thing) -> bool:
    """Whether a noun of a thing struck heads a list that holds persons ("two houses, a parked van and three
    people")."""
    return any(t.dep_ in ("conj", "appos") and _lemma(t) in _STRUCK_PERSONS for t in thing.subtree)


# the subjects and the firing that make a verb of hitting gunfire's: "Gunfire hit ...", "opened fire, striking ..."
_GUNFIRE = {"gunfire", "bullet", "round", "shot", "pellet", "gunshot", "spray", "volley"}
_FIRING = {"fire", "shoot", "spray", "open"}


def struck_among_things(doc, noun) -> int:
    """'Gunfire hit two houses, a parked van and three people', 'fired from a car, striking a bus shelter, a storefront
    and a 15-year-old boy': persons counted in the list of things the shots struck were hit.  The index of the verb of
    hitting, or -1 (not "a car hit two houses and three people": no gunfire)."""
    if noun is None:
        return -1
    first, things = noun, False
    while first.dep_ in ("conj", "appos") and first.head.i < first.i:
        first = first.head
        things = things or _lemma(first) in _THINGS
    if not things or first.dep_ != "dobj" or _lemma(first.head) not in ("hit", "strike"):
        return -1
    verb = first.head
    # (the subject may be misparsed after a dateline, "TULSA, Okla. - Gunfire on Pine Street hit ...": a gunfire word
    # before the verb in its sentence will do)
    fired = any(_lemma(t) in _GUNFIRE for t in doc[verb.sent.start:verb.i]) \
        or verb.dep_ in ("advcl", "conj", "xcomp") and _lemma(verb.head) in _FIRING
    return verb.i if fired else -1


# the words of a hurt and of a death that "or" joins into one count of either: "hurt or killed", "killed or wounded"
_EITHER = {"kill", "die", "dead", "wound", "injure", "hurt", "shoot", "shot", "killed", "wounded", "injured"}


def _either_outcome(doc, at: int) -> bool:
    """'Eight have been hurt or killed by gunfire', 'at least eight youths have been injured or killed': a count of
    persons each of whom was hurt or killed, which is no count of the dead nor of the wounded (not "two were killed
    and three wounded": "and" tells each count its own outcome)."""
    if at < 0:
        return False
    for i, j in ((at - 2, at - 1), (at + 2, at + 1)):
        if 0 <= i < len(doc) and doc[j].lower_ == "or" and (_lemma(doc[i]) in _EITHER or doc[i].lower_ in _EITHER) \
                and _lemma(doc[i]) != _lemma(doc[at]):
            return True
    return False


# a sentence that ranks this incident among others, or opens the telling of an earlier one: "This is the second
# homicide in the city this year", "It was the second fatal shooting in the last month", "The first homicide of 2016
# came Sunday, January 3rd"
_ORDINALS = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
_EVENTS = r"(?:fatal |deadly |police |officer-involved )*(?:shooting|homicide|killing|slaying|murder)s?"
_RANKED = re.compile(rf"^\W*(?:(?:this|it|that|thursday's|the shooting|the killing) (?:is|was|marks|marked) the (?:city's |county's |area's )?"
                     rf"(?:{_ORDINALS}) {_EVENTS}\b|the (?:first|previous|earlier|other) {_EVENTS}\b)", re.IGNORECASE)
# a day of the month, which dates the incident compared: "Dec. 23", "January 3rd"
_MONTH_DAY = re.compile(rf"\b(?:{_MONTHS}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.? \d{{1,2}}(?:st|nd|rd|th)?\b", re.IGNORECASE)


def _compared_incident(doc, claims: list) -> list:
    """A report that ranks its incident among others ("It was the second fatal shooting in the last month involving a
    Dearborn officer") and then tells the other, dated to a day of the month ("Kevin Matthews, 35, was shot Dec. 23
    by an officer"), or that opens the earlier one ("The first homicide in 2016 came Sunday, January 3rd.  Deondrick
    Byrd was shot and killed near 6th and Wright"): the persons first told in the sentence after the ranking one are
    that other incident's, and their deaths and hurts are dropped, wherever the report tells them again (not a person
    told before the ranking sentence: "A man was killed Sunday.  It was the third homicide of the year.  The man,
    John Smith, ...": and not without a day of the month in the two sentences, which may tell this incident's victim)."""
    sents = list(doc.sents)
    other: set[str] = set()
    for i, sent in enumerate(sents[:-1]):
        if not _RANKED.search(span_text(sent)):
            continue
        after = sents[i + 1]
        if not _MONTH_DAY.search(span_text(sent) + " " + span_text(after)):
            continue
        before = {c.victim for c in claims if c.sent < i and c.victim}
        other |= {c.victim for c in claims if c.sent == i + 1 and c.victim and c.victim not in before
                  and not c.victim.startswith("unnamed")}
    if not other:
        return claims
    return [c for c in claims if c.victim not in other]


# what tells a death's cause still to be found: "the medical examiner will determine the cause of death", "the cause
# of her death is under investigation", "will determine how they died" (not "to determine the female's connection to
# the shooting": GVDB dev's gold leaves that one's dead out, but its suspect then counts as the only one hit)
_CAUSE_UNTOLD = re.compile(r"\bcause of (?:death|(?:his|her|their|the) deaths?)\b|\bhow (?:she|he|they) died\b"
                           r"|\bmedical examiner", re.IGNORECASE)
# the verbs of a person found: "officers found a deceased female" (not "she was later pronounced deceased": a victim
# taken to a hospital, told hit before)
_FOUND = re.compile(r"\b(?:found|discovered|located)\b", re.IGNORECASE)
# what ties a death to a hit: "had suffered a gunshot wound", "shot in the head", "shots fired"
_HIT_TOLD = re.compile(r"\b(?:shot|shots|gunshots?|gunfire|bullets?|wounds?|wounded|stabbed|stab|homicide|murder(?:ed)?|"
                       r"killed|slain|suicide)\b", re.IGNORECASE)


def _deceased_of_no_told_cause(doc, claims: list) -> list:
    """'Officers ... found a deceased female. The medical examiner will determine the cause of death': a person found
    "deceased" whose death the report ties to no hit, in her sentence or the next, and whose cause it says is still
    to be found, is no toll of a shooting (GVDB's gold counts none); "a male and female deceased ... Both had
    suffered a gunshot wound" keeps its dead.  Where such a death goes, so does a "found dead" that tells no hit
    either (the headline's "Woman found dead in apartment": the same death)."""
    if "deceased" not in doc_text(doc).lower():
        return claims
    sents = list(doc.sents)

    def untold(c) -> bool:
        if c.outcome != "killed" or c.trigger != "deceased" or c.sent >= len(sents):
            return False
        own = span_text(sents[c.sent])
        near = own + " " + (span_text(sents[c.sent + 1]) if c.sent + 1 < len(sents) else "")
        return bool(_FOUND.search(own)) and not _HIT_TOLD.search(near) and bool(_CAUSE_UNTOLD.search(near))

    gone = [c for c in claims if untold(c)]
    if not gone:
        return claims
    return [c for c in claims if c not in gone and not (
        c.outcome == "killed" and c.trigger == "dead" and c.sent < len(sents) and _FOUND_DEAD.search(span_text(sents[c.sent]))
        and not _HIT_TOLD.search(span_text(sents[c.sent])))]


_FOUND_DEAD = re.compile(r"\bfound dead\b", re.IGNORECASE)
