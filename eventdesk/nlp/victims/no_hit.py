"""Triggers that tell no death or hit of this incident.

A hurting word is no hit where it is negated ("no one was hurt"), intended ("threatened to kill him"),
hypothetical ("before another teen is killed"), what might have happened ("could have killed her"), a first
account the report corrects or takes back ("but that proved to be incorrect"), a death of an illness ("died of
cancer", "found dead ... no obvious signs of trauma"), an earlier incident ("a man killed last week", "the same
corner where a teen was killed last summer"), a hurt not by the gunfire (a crash, a car that struck a person, a knife
or a blow in a report of a shooting), a miss ("shot at a patrol car"; "was shot at ... The officer was not struck"),
or the weaker of two words for one hit ("shot and killed").  The casualties
component reads numbers through some of the same tests, which is why several are public.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..doctext import span_text
from ..raw_claims import lemma
from .arguments import participle_of_a_noun
from .died import death_negator
from .words import NEGATORS, RECORD_BEFORE, RECORD_TERM, _DEATH_WORDS


# where "shot at" says where or when somebody was hit, not at whom the shots went
_SCENES = {"party", "home", "house", "residence", "apartment", "gathering", "event", "funeral", "wake", "vigil", "game", "concert",
           "festival", "club", "nightclub", "bar", "lounge", "restaurant", "store", "shop", "market", "mall", "station", "school",
           "park", "playground", "intersection", "corner", "motel", "hotel", "church", "scene", "location", "complex", "lot",
           "range", "point", "least", "time", "night", "noon", "midnight", "hospital", "block", "address"}


def shot_at_miss(doc, at: int) -> bool:
    """'shot at a patrol car', 'was shot at by a man': the shots went at someone, nobody is said hit.
    Not 'were shot at a house party', 'shot at about 2 a.m.', 'shot at close range', 'shot at least twice', and
    not a passive with a place after it: 'four people were shot at a cookout' (what one fires at is the object of
    an active verb, "someone shot at a car"; a passive's "at" phrase says where the persons were hit, whatever the
    place is called), unless a conjunct denies the hit ("was shot at about 9 p.m. but was not hit")."""
    if at > 0 and (_hit_denied_after(doc, doc[at - 1]) or hit_denied_next(doc, doc[at - 1])):
        return True
    nxt = doc[at + 1] if at + 1 < len(doc) else None
    if nxt is None or nxt.is_punct or nxt.lower_ == "by":
        return True
    if nxt.lower_ in ("about", "around", "approximately", "roughly", "close", "least", "point") or nxt.like_num:
        return False
    pobj = next((c for c in doc[at].children if c.dep_ == "pobj"), None)
    if pobj is None:
        return True
    if at > 0 and (any(c.dep_ == "auxpass" for c in doc[at - 1].children) or participle_of_a_noun(doc[at - 1])) \
            and _a_place_noun(pobj):
        return False
    return not (pobj.ent_type_ in ("GPE", "FAC", "LOC", "TIME", "DATE") or pobj.lemma_.lower() in _SCENES)


# the adverbs that may stand between an active "shot" and what it was fired at: "shot once at the driver's window"
_TIMES_FIRED = {"once", "twice", "repeatedly", "again"}


def _at_after_shot(doc, tok, sent):
    """The index of the "at" right after "shot", or after a count of times of an active "shot" ("shot once at the
    window"; not a passive's "was shot once at close range", where the phrase says where he was hit), else None."""
    at = tok.i + 1
    if at < sent.end and doc[at].lower_ in _TIMES_FIRED and doc[at].head.i == tok.i \
            and not any(c.dep_ == "auxpass" for c in tok.children):
        at += 1
    return at if at < sent.end and doc[at].lower_ == "at" else None


# what one is shot at as a target even in the passive ("his car was shot at a dozen times" aside): vehicles and
# the persons or forces fired on
_TARGETS = {"car", "vehicle", "truck", "van", "suv", "bus", "cruiser", "officer", "deputy", "trooper", "police", "agent",
            "him", "her", "them", "us", "me"}


def _a_place_noun(pobj) -> bool:
    """A noun with an article that is no target: "a cookout", "the gas station" (not "a car", "officers")."""
    return pobj.pos_ == "NOUN" and pobj.lemma_.lower() not in _TARGETS \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in pobj.children)


_IRREALIS = {"to", "would", "could", "will", "might", "may", "attempted", "attempt", "tried", "threatened", "threat", "plot", "plotted", "ahead", "possibly", "nearly", "almost"}


_PAST_TIME = {"week", "month", "year", "summer", "spring", "fall", "autumn", "winter", "weekend"}


def earlier_of_another(tok) -> bool:
    """'the service of a man killed last week', 'a vigil for a teen shot to death a year ago': a participle on a
    noun in a phrase, dated to an earlier time, tells an earlier incident, not the one reported (unlike "a man
    who was shot last month has died", where the person is the sentence's subject and the news)."""
    if earlier_where(tok) or earlier_in_a_series(tok) or _recalled(tok) or _answered(tok):
        return True
    if lemma(tok) == "death" and tok.dep_ == "pobj" and tok.head.lower_ == "to":
        tok = tok.head.head  # ("a vigil for a man shot to death last month": the participle tells it)
    if tok.dep_ != "acl" or tok.tag_ != "VBN" or tok.head.dep_ != "pobj":
        return False
    words = [t.lower_ for t in tok.subtree if t.i > tok.i]
    return "ago" in words or "earlier" in words or any(
        w == "last" and i + 1 < len(words) and words[i + 1] in _PAST_TIME for i, w in enumerate(words))


# the nouns of an act done in answer to an earlier one ("in retaliation for", "revenge for"), and the verbs of it
# ("to avenge the killing of his brother", "retaliated for"); not "in response to", which is the police's to a call
_ANSWERING = {"retaliation", "revenge", "reprisal", "retribution", "payback"}
_AVENGE = {"avenge", "retaliate"}


def _answered(tok) -> bool:
    """'was shot in what police believe was retaliation for Sunday's shooting, in which two brothers were killed',
    'what police called retaliation for a shooting that killed two men last week', 'to avenge the killing of his
    brother': a hit told in a clause on (or as) the act that the one reported answers is that earlier act's, another
    incident (read as two more dead beside the wounded man of the report)."""
    verb = tok
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        # ("in which Morgan was murdered and his mother was shot": the clause's verbs share it)
        verb = _relative_clause_before(verb) or verb.head
    act = verb.head if verb.dep_ in ("relcl", "acl") and verb.pos_ in ("VERB", "AUX") else verb
    for _ in range(3):
        while act.dep_ == "conj" and act.head.pos_ in ("NOUN", "PROPN"):
            act = act.head
        if act.pos_ not in ("NOUN", "PROPN"):
            return False
        if act.dep_ == "dobj" and lemma(act.head) in _AVENGE:
            return True
        if act.dep_ != "pobj":
            return False
        prep = act.head
        if prep.lower_ == "for" and (lemma(prep.head) in _ANSWERING | _AVENGE or any(
                c.dep_ in ("dobj", "attr", "oprd") and lemma(c) in _ANSWERING for c in prep.head.children)):
            return True  # ("what police called retaliation for a shooting": the parser hangs "for" on the verb)
        if prep.lower_ not in ("on", "at", "in", "near") or prep.head.pos_ not in ("NOUN", "PROPN"):
            return False
        act = prep.head  # "Sunday's shooting on Hoover Avenue, in which ...": the clause hangs on the act's place
    return False


_RELATIVES = {"which", "whom", "that"}


def _relative_clause_before(verb):
    """'retaliation for an Oct. 13 shooting in which Dunn was murdered and his mother was shot': where the parser hangs
    the verb after "and" on the sentence's main verb, a relative clause ("in which ...") that ends right before that
    "and", after the main verb, is the one it goes on: returns that clause's verb, or None."""
    doc = verb.doc
    joint = verb.left_edge.i - 1
    if joint < 1 or doc[joint].lower_ != "and":
        return None
    clause = doc[joint - 1]
    while clause.dep_ != "relcl" and clause.head is not clause and clause.i > verb.head.i:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.i <= verb.head.i or clause.right_edge.i != joint - 1:
        return None
    return clause if any(t.lower_ in _RELATIVES for t in clause.subtree if t.i < clause.i) else None


# the verbs of calling back a past time, and the times a death is recalled by: "recalled the night NAME was killed"
_RECALLING = {"recall", "remember", "remind"}
_RECALLED_TIMES = {"night", "day", "time", "morning", "afternoon", "evening", "year"}


def _recalled(tok) -> bool:
    """'The chief recalled the night in 2009 when Officer NAME was killed in a shootout', '"We all remember the night
    Officer NAME was killed"', 'recalled when Officer NAME was killed': a death told in a clause of a time that a
    speaker recalls (or in a "when" clause under the recalling verb) is an earlier one, not the incident reported."""
    verb = tok.head if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") else tok
    if verb.dep_ == "advcl" and any(c.lower_ == "when" for c in verb.children):
        return lemma(verb.head) in _RECALLING
    if verb.dep_ == "relcl" and lemma(verb.head) in _RECALLED_TIMES:
        time = verb.head
        return time.dep_ in ("dobj", "npadvmod") and lemma(time.head) in _RECALLING
    return False


def earlier_where(tok) -> bool:
    """'shot at the corner of Fifth and Vine, the same corner where a 16-year-old was shot and killed last summer': a
    hit told in a "where" clause on a place, dated to an earlier time in that clause, is an earlier incident at the
    place, not the one reported (the date is the clause's own; "the corner where he was shot Sunday" is no earlier)."""
    # ("where a teen was shot and killed last summer": the verbs joined by "and" share the clause's "where" and date,
    # which the parser hangs on either)
    first = tok.head if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") else tok
    verbs = [first] + [c for c in first.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    if first.dep_ != "relcl" or not any(c.lower_ == "where" and c.dep_ == "advmod" for v in verbs for c in v.children):
        return False
    return any(_PAST_DATE.search(_date_words(c)) for v in verbs for c in v.children)


# a sentence told of an earlier one of a series ("In the first, on May 3, ...", "In the second shooting, ..."), and
# the words that make the report's own incident a later one of it ("the third such shooting", "This time")
_IN_AN_EARLIER_ONE = re.compile(
    r"^\W*in the (?:first|second|earlier|previous|prior)(?: (?:one|shooting|incident|attack))?\s*,", re.IGNORECASE)
_A_LATER_ONE = re.compile(r"\b(?:the|its) (?:second|third|fourth|fifth|sixth) such\b|\bthis time\b", re.IGNORECASE)


def earlier_in_a_series(tok) -> bool:
    """'... the third such shooting on the street this month. In the first, on May 3, a 17-year-old was killed. In the
    second, two people were hurt. This time the four people inside were not injured.': a hit told in a sentence opened
    by "In the first," or "In the second," in a report whose own incident is a later one of the series is an earlier
    incident's (not a roundup's "In the first shooting, a man was killed", whose first incident is the report's own)."""
    sent = tok.sent
    if not _IN_AN_EARLIER_ONE.match(sent.text):
        return False
    return any(_A_LATER_ONE.search(s.text) for s in tok.doc.sents if s.start != sent.start)


_PREVIOUS = {"previous", "prior", "earlier", "past"}


def _a_previous_one(tok) -> bool:
    """'in retaliation for a previous murder of a gang member', 'an earlier killing': a noun of death or hurt that
    its own adjective dates before the one reported tells another incident."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in _PREVIOUS for c in tok.children)


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."}
# (a time told back from the story's own, "a year earlier", "two months before", "the previous summer", is as
# earlier as "a year ago")
_BACK = r"(?:a|an|one|two|three|four|five|six|several|a few|\d+) (?:" + "|".join(sorted(_PAST_TIME)) + r")s? (?:earlier|before)" \
    + r"|the (?:previous|prior) (?:" + "|".join(sorted(_PAST_TIME)) + r")"
_PAST_DATE = re.compile(r"\b(?:last (?:" + "|".join(sorted(_PAST_TIME)) + r")|ago|earlier this (?:year|month)|" + _BACK
                        + r"|in (?:" + "|".join(re.escape(m) for m in sorted(_MONTHS)) + r"|(?:19|20)\d\d))\b")
_PLACES_AGAIN = {"street", "block", "corner", "intersection", "station", "store", "park", "address", "apartment", "complex",
                 "building", "house", "home", "spot", "location", "area", "neighborhood", "bar", "club", "lot", "road",
                 "avenue", "motel", "restaurant", "school", "market", "shop"}


def _date_words(c) -> str:
    """The words of a time phrase hanging on a verb ("last month", "two years ago", "in March"), not those of a clause
    inside it ("at the corner where his brother was killed last year")."""
    if c.dep_ in ("npadvmod", "advmod"):
        # (without a relative clause on it: "Sunday at Fifth and Vine, the same corner where two men were killed in
        # 2009" dates the clause's killing, not the hit the phrase hangs on)
        inner = {t.i for r in c.subtree if r.dep_ == "relcl" for t in r.subtree}
        return " ".join(t.lower_ for t in c.subtree if t.i not in inner)
    if c.dep_ == "prep":
        return " ".join([c.lower_] + [p.lower_ for p in c.children if p.dep_ == "pobj"])
    return ""


def earlier_at_the_same_place(tok) -> bool:
    """'Last month, a man was wounded in a shooting on the same street', 'In March, a woman was killed at the same
    station': a hit dated to an earlier time in its own clause, at "the same" place as the one reported, is another
    incident told for comparison (not "he was shot at the corner where his brother was killed last year": the date
    is the other clause's)."""
    # ("A year earlier, a man was shot and killed at the same complex": verbs joined by "and" share the date
    # and the place, which the parser hangs on one of them)
    verbs = [tok, tok.head] if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") else [tok]
    dated = any(_PAST_DATE.search(_date_words(c)) for v in verbs for c in v.children)
    return dated and any(t.lower_ == "same" and t.dep_ == "amod" and lemma(t.head) in _PLACES_AGAIN
                         for v in verbs for t in v.subtree)


# the words of what a record of the accused holds: a term served, a parole or probation he was on for it (``RECORD_TERM``)
# a court's word for what an earlier case did to him, and the adverbs and adjectives that date it before this one
_CASE_WORDS = {"convict", "conviction", "charge", "sentence", "arrest", "accuse", "indict", "plead", "acquit"}
_BEFORE = RECORD_BEFORE | {"once", "already", "before"}
_OTHER_CASE_DETS = {"a", "an", "another"}


def on_the_record(tok) -> bool:
    """'had served 10 years for a shooting that wounded three people', 'was on parole for wounding a man', 'had
    previously been convicted of wounding two men', 'is also charged in a March shooting that wounded two': a hurt
    told as what the accused served a term for, was on parole or probation for, was convicted of before, or is also
    charged with in another case is one of his earlier crimes, another incident (court and follow-up stories retell
    them beside the one they are about).  Not the case the story tries: "was sentenced Monday to 40 years for
    shooting a man", "the appeals court upheld his conviction for killing Wilkes", "was also charged in the
    shooting of the man's brother" (the same shooting, told by "the")."""
    tok_i, up, through_other = tok.i, tok, False
    for _ in range(10):
        if up.head.i == up.i:
            return False
        child, up = up, up.head
        word = lemma(up)
        if word in RECORD_TERM or _spent_a_term(up):
            return True
        if up.lower_ == "in" and child.dep_ == "pobj" and any(c.dep_ == "det" and c.lower_ in _OTHER_CASE_DETS for c in child.children):
            through_other = True  # "in a March shooting", "in another shooting"
        if word in _CASE_WORDS:
            dated = any(c.dep_ in ("advmod", "amod") and c.lower_ in _BEFORE for c in up.children)
            also = any(c.dep_ == "advmod" and c.lower_ == "also" for c in up.children)
            return dated or (also and through_other and tok_i != child.i)
    return False


# where a term is spent: "spent 16 years in prison for killing his first wife"
_LOCKUPS = {"prison", "jail", "custody", "penitentiary"}


def _spent_a_term(verb) -> bool:
    """'spent 16 years in prison for killing his first wife', 'had spent time in jail for shooting a man': a term told
    spent, in the past, is one the accused served for an earlier crime (not "will spend the rest of his life in prison
    for killing Wilkes", nor "was sentenced to spend ...": the case the story tries)."""
    if lemma(verb) != "spend" or verb.tag_ not in ("VBD", "VBN") or verb.dep_ == "xcomp":
        return False
    if any(c.dep_ == "aux" and c.lower_ in ("will", "to", "would", "could", "may", "might") for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(lemma(p) in _LOCKUPS for p in c.children)
               for c in verb.children)


_MODALS = {"could", "should", "might"}
_THROUGH = ("acomp", "conj", "xcomp", "oprd", "amod", "attr")


def counterfactual(tok) -> bool:
    """'it could have hit her in the heart and killed her', 'there should have been five or six people dead': what
    might have happened, not what did.  ("would" only with "have": "where he would later die" tells a death.)  A
    noun of hurt is what its verb might have done: "could have resulted in serious injuries to any of the hundreds of
    bystanders", "might have caused dozens of deaths" (with "have" only: "police could confirm three deaths" did)."""
    if _might_have_caused(tok):
        return True
    verb = tok
    for _ in range(4):
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        words = {c.lower_ for c in auxes}
        if words & _MODALS or ("would" in words and words & {"have", "'ve"}):
            return True
        if verb.dep_ not in _THROUGH or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _might_have_caused(tok) -> bool:
    """A noun of hurt (``counterfactual``) that is the object of a verb, or of its preposition, whose auxiliaries
    are a modal and "have": "could have resulted in injuries", "might have caused deaths"."""
    if tok.pos_ != "NOUN":
        return False
    up = tok.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok
    if up.dep_ not in ("pobj", "prep", "dobj") or up.head is up:
        return False
    words = {c.lower_ for c in up.head.children if c.dep_ in ("aux", "auxpass")}
    return bool(words & (_MODALS | {"would"})) and bool(words & {"have", "'ve"})


# what a death that was no killing came of: "died of natural causes", "died of cancer", "died from an overdose"
_NO_KILLING_CAUSES = {"illness", "cancer", "disease", "overdose", "stroke", "covid", "covid-19", "coronavirus",
                      "pneumonia", "leukemia", "tumor", "tumour", "infection", "age"}
# ... and the pairs of noun and modifier that make a cause one: "natural causes", "a heart attack"
_NO_KILLING_KINDS = {("cause", "natural"), ("attack", "heart"), ("failure", "heart"), ("failure", "kidney")}


# what a death that was no killing happened in: "died in a car crash", "died during the blizzard" (not "an accident":
# "died in a hunting accident" is a shooting)
_NO_KILLING_EVENTS = {"crash", "wreck", "collision", "fire", "blaze", "drowning"}
# weather that kills: "three other people died during the blizzard, all while shoveling snow"
_KILLING_WEATHER = {"blizzard", "snowstorm", "storm", "hurricane", "tornado", "flood", "flooding", "heatwave", "cold"}
# ... in a sentence that tells no violence ("died in a shooting during the blizzard" is a killing)
_VIOLENCE_WORDS = re.compile(r"\b(?:shot|shoot\w*|gun\w*|bullets?|stabb\w*|kill\w*|attack\w*|murder\w*|homicides?)\b",
                             re.IGNORECASE)


# the kinds of accident that are no shooting: "two students killed in a traffic accident", "died in a motorcycle
# accident" (not "a hunting accident", nor a bare "an accident", which reports of accidental shootings tell)
_ROAD_ACCIDENTS = {"traffic", "car", "auto", "vehicle", "motorcycle", "bus", "truck", "train", "boating", "atv", "road"}


def _in_a_road_accident(tok) -> bool:
    """'the names of two students killed in a traffic accident', 'her son died in a car accident last year': a death
    in an accident of the road is no killing (read as two dead beside the one shot).  The hurt of one:
    ``_VEHICLE_HURT``."""
    if lemma(tok) not in ("die", "death", "dead", "kill"):
        return False
    return any(lemma(pobj) == "accident" and any(lemma(m) in _ROAD_ACCIDENTS for m in pobj.children
                                                  if m.dep_ in ("compound", "amod"))
               for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
               for pobj in prep.children if pobj.dep_ == "pobj")


def died_of_illness(tok) -> bool:
    """'a coach who died of cancer', 'the wake was for a man who died of natural causes', 'his brother died from an
    overdose', 'was pronounced dead of what police believe was an overdose', 'died in a car crash': a death of an
    illness, of age or of drugs, or in a crash or a fire, is no killing, of this shooting or any other (not "died of his
    wounds", "died from a gunshot wound", "died of complications from his injuries").  Nor a death in the weather:
    "three other people died during the blizzard" (not "died in a shooting during the blizzard").  A cause told past
    other words ("found dead inside an apartment of what appeared to be an overdose", "killed when the car crashed"):
    ``died_of_no_violence_told_after``; none told, and no sign of violence: ``found_dead_without_foul_play``."""
    if died_of_no_violence_told_after(tok) or found_dead_without_foul_play(tok) or _in_a_road_accident(tok):
        return True
    if lemma(tok) not in ("die", "death", "dead"):
        return False
    # ("a vigil for a person who had died in a car crash", "three other people died during last night's blizzard")
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "during")):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            if lemma(pobj) in _NO_KILLING_EVENTS:
                return True
            if (lemma(pobj) in _KILLING_WEATHER or pobj.lower_ in _KILLING_WEATHER) \
                    and not _VIOLENCE_WORDS.search(span_text(tok.sent)):
                return True
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")):
        # ("pronounced dead of what police believe was a drug overdose": the cause sits in a clause under "of", whose
        # words are searched; a noun's own modifiers are not: "died from his wounds at the age of 34")
        for pobj in (t for c in prep.children for t in (c.subtree if _a_clause(c) else (c,)) if c.dep_ in ("pobj", "pcomp")):
            if lemma(pobj) in _NO_KILLING_CAUSES or pobj.lower_ in _NO_KILLING_CAUSES:
                return True
            if any((lemma(pobj), lemma(m)) in _NO_KILLING_KINDS for m in pobj.children if m.dep_ in ("amod", "compound")):
                return True
    return False


# a cause of death told after the death word, past other phrases: "found a man dead inside an apartment of what
# appeared to be a drug overdose", "was killed when the car she was riding in crashed"
_CAUSE_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:of|from) (?:what (?:\w+ ){0,2}(?:to be|was|is) )?(?:an? )?(?:apparent |suspected |possible )?"
    r"(?:accidental )?(?:drug |heroin |fentanyl )?overdose\b"
    r"|^\S+(?: \w+){0,3} when (?:the|a|an|his|her|their) (?:\w+ ){0,6}?(?:crashed|overturned|rolled over|collided|flipped)\b",
    re.IGNORECASE,
)
# ... and two causes told after "after", in a sentence that tells no person hit ("the driver, who had been shot, died
# after his car hit a pole" is a killing): a crash ("a driver died after his car hit a tree"), and, in a report that
# tells gunfire, a blow ("a man died after being punched and striking his head on the pavement"; a report of a beating
# alone keeps its dead)
_CRASH_AFTER = re.compile(
    r"^\S+(?: \w+){0,3} after (?:the|a|an|his|her|their) (?:\w+ ){0,2}?(?:car|vehicle|truck|suv|van|pickup|sedan|motorcycle)"
    r"(?: \w+){0,4}? (?:hit|struck|crashed|slammed into|collided|overturned|rolled over|flipped|left the road|ran off the road)\b",
    re.IGNORECASE,
)
_BLOW_AFTER = re.compile(
    r"^\S+(?: \w+){0,3} after (?:being|getting|he was|she was) (?:punched|beaten|kicked|stabbed|assaulted|struck with|"
    r"hit with|knocked down)\b",
    re.IGNORECASE,
)

# ... and a collapse, in a report that tells no gunfire: "a boxer died Monday, two days after he collapsed in his corner
# following a 10-round bout" is a death of the body, no killing (not "collapsed after being shot": gunfire told)
_COLLAPSE_AFTER = re.compile(r"^[^.;]{0,60}?\bafter (?:he|she|they|the \w+) (?:had )?collapsed\b", re.IGNORECASE)


# words of a person hit by gunfire (not of shots fired: "someone fired several shots into the air as guests ran")
_PERSON_HIT = re.compile(r"\b(?:shot|bullets?|gunshot wounds?|graze[ds]?|shrapnel|(?:struck|hit|wounded) by gunfire)\b",
                         re.IGNORECASE)


# what tells a death no killing in the words around it: "there were no obvious signs of trauma", "foul play is not
# suspected", "the death is not considered suspicious"
_NO_FOUL_PLAY = re.compile(
    r"\bno (?:obvious |apparent |immediate |visible |outward )?signs? of (?:trauma|foul play|violence|injury|injuries)\b"
    r"|\bfoul play (?:is|was) (?:not|n't) (?:suspected|believed)\b|\bdo(?:es)? not suspect foul play\b"
    r"|\b(?:is|was) not (?:considered|believed to be|being treated as) suspicious\b",
    re.IGNORECASE,
)


def found_dead_without_foul_play(tok) -> bool:
    """'Police found a woman dead inside an apartment on Friday ... There were no obvious signs of trauma': a death that
    its own sentence or the next tells no sign of violence in is no killing (not "found dead with a gunshot wound.
    There were no signs of forced entry": a death by gunfire, and no sign of the kind)."""
    if lemma(tok) not in ("die", "death", "dead"):
        return False
    sent = tok.sent
    if _VIOLENCE_WORDS.search(span_text(sent)):
        return False
    nxt = tok.doc[sent.end].sent if sent.end < len(tok.doc) else None
    # ("no obvious signs of trauma, but the medical examiner found she had been shot" tells a hit after all)
    return any(_NO_FOUL_PLAY.search(span_text(s)) and not _PERSON_HIT.search(span_text(s)) for s in (sent, nxt) if s is not None)


def died_of_no_violence_told_after(tok) -> bool:
    """'found a man dead inside a nearby apartment of what appeared to be a drug overdose', 'a passenger was killed when
    the car she was riding in crashed', 'a driver died after his car hit a tree': the death's cause, told in the words
    after it (past a place, a time), is an overdose or a crash, or, in a report that tells gunfire, a blow ("died after
    being punched"), or, in one that tells none, a collapse ("a boxer died two days after he collapsed in his corner"),
    which is no killing (not "was killed when the car he was in was shot at and crashed": a word
    of gunfire in between, nor "was killed when his car crashed after he was shot": a hit told after it)."""
    if lemma(tok) not in ("die", "death", "dead", "kill"):
        return False
    after = span_text(tok.doc[tok.i:tok.sent.end])
    m = _CAUSE_AFTER.search(after)
    if m is None and lemma(tok) != "kill" and not _PERSON_HIT.search(span_text(tok.sent)):
        m = _CRASH_AFTER.search(after) or (_BLOW_AFTER.search(after) if tells_gunfire(tok.doc) else None) \
            or (m2 if (m2 := _COLLAPSE_AFTER.search(after)) and not tells_gunfire(tok.doc) else None)
    # ("was killed when his car crashed after he was shot in the head": the hit told after the crash)
    return bool(m) and not _VIOLENCE_WORDS.search(after[len(tok.text):m.end()]) and not _PERSON_HIT.search(after)


def _a_clause(tok) -> bool:
    """A clause standing as a preposition's object: "what police believe was an overdose" (its head a verb, or "what")."""
    return tok.dep_ == "pcomp" or tok.lower_ in ("what", "whatever") or tok.pos_ in ("VERB", "AUX")


# (not "tell": "the father originally told police that a stranger shot his son" corrects who shot, not the hit)
_SAYING = {"say", "report", "state", "announce"}
_AT_FIRST = {"initially", "originally", "first", "mistakenly", "erroneously", "incorrectly"}
_FIRST_ACCOUNTS = {"earlier", "initial", "original", "first", "previous", "erroneous"}
_ACCOUNTS = {"version", "report", "account", "story", "statement", "release"}
# what a report says of an account it takes back: "..., but that proved to be incorrect", "but that was wrong"
_TAKEN_BACK = {"incorrect", "wrong", "false", "inaccurate", "mistaken", "erroneous", "untrue"}
_WHAT_WAS_SAID = {"that", "this"}


def _taken_back(verb) -> bool:
    """'Early reports said one person had died, but that proved to be incorrect': the saying verb has a clause joined
    by "but" whose "that" (what was said) is called wrong (not "police said one man died, but the other is expected
    to live", nor "..., but it was wrong to call it random")."""
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children):
        return False
    # (the clause may hang on the conjunct or lower: "..., but that proved incorrect, officials said")
    for conj in (c for c in verb.children if c.dep_ == "conj"):
        for v in conj.subtree:
            if any(c.dep_ == "nsubj" and c.lower_ in _WHAT_WAS_SAID for c in v.children) \
                    and any(t.lower_ in _TAKEN_BACK and t.dep_ in ("acomp", "attr", "oprd") for t in v.subtree):
                return True
    return False


def superseded(tok) -> bool:
    """'An earlier version of this story said two people were killed', 'the sheriff's office initially reported that a
    deputy had been shot', 'early reports said one had died, but that proved to be incorrect', 'police had said six
    people were shot': a figure the report itself corrects, said by a first account, not the one it stands by.
    (A plain "police earlier said" is kept: it is as often the same figure, told earlier in the day.)"""
    verb = _saying_verb(tok)
    if verb is None:
        return False
    if _taken_back(verb) or _said_before(verb):
        return True
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _AT_FIRST:
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in _ACCOUNTS \
                and any(a.lower_ in _FIRST_ACCOUNTS for a in c.children if a.dep_ == "amod"):
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and lemma(c) in _ACCOUNTS and _early_account_set_aside(verb, c):
            return True
    return False


def _saying_verb(tok):
    """The verb of saying a hit hangs on, up to four heads above it ("police initially said two people were
    wounded"), or None."""
    verb = tok
    for _ in range(4):
        if verb.head.i == verb.i:
            return None
        verb = verb.head
        if lemma(verb) in _SAYING:
            # (not past a semicolon after the saying, which the parser may hang the next clause on: "Officers had
            # said four people died; only one person died": the clause after it is the report's own)
            return None if any(t.text == ";" for t in tok.doc[verb.i:tok.i]) else verb
    return None


# what makes a saying the first account, and no more than that: not "mistakenly", "erroneously" (called wrong)
_FIRST_TOLD = {"initially", "originally", "first"}


def first_told(tok) -> bool:
    """'Police first said two people were wounded', 'three were killed, police initially said': a figure told as the
    first account, and not called wrong.  ``superseded`` drops it, as a report retells a first figure mostly where a
    later one replaced it; where the report gives no other figure of its kind the first one stands (the caller
    decides that over the whole report)."""
    verb = _saying_verb(tok)
    # (the "but" that calls it wrong may hang on the hit: "initially said two were wounded, but that proved wrong")
    return verb is not None and not _taken_back(verb) and not _taken_back(tok) \
        and any(c.dep_ == "advmod" and c.lower_ in _FIRST_TOLD for c in verb.children)


def _said_before(verb) -> bool:
    """'In a news release early Sunday, police had said six people were shot', 'the department had reported that
    three were hurt': a saying in the past perfect is an account given before the one the report tells now, and a
    report retells it only where the figure changed (not "had not said": no account at all)."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) \
        and not any(c.dep_ == "neg" for c in verb.children)


# accounts told early, which a report sets aside only where it says so ("early reports had said three were shot,
# but ..."): unlike "an earlier version", an early report may well be the figure the report stands by
_EARLY = {"early", "preliminary"}


def _early_account_set_aside(verb, account) -> bool:
    """'Early reports had said three people were shot', 'preliminary reports said five were hurt, but police said
    Sunday that four were': an early account in the past perfect, or one a "but" clause answers."""
    if not any(a.lower_ in _EARLY for a in account.children if a.dep_ == "amod"):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) \
        or any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children)


def _hypothetical(tok) -> bool:
    """A hit told in the present after "before", "until", "unless" or "if": a fear, not an event ("before
    another teen is killed", "if someone gets hurt"); or in the present under a wish ("I don't want to wake up
    tomorrow and hear another child is dead")."""
    children = list(tok.children)
    present = any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT for c in children)
    if present and any(c.dep_ == "mark" and c.lower_ in ("before", "until", "unless", "if") for c in children):
        return True
    return _wished(tok)


_PRESENT = ("is", "are", "gets", "get", "am")
_WISHES = {"want", "wish", "hope", "pray"}


def _wished(tok) -> bool:
    """A hit in the present ("is dead", "is killed", "gets shot") in a clause that hangs on a verb of wishing: a wish
    or a dread of what has not happened (not "was killed": a past hit a speaker tells, whatever he wishes)."""
    verb = tok.head if tok.dep_ == "acomp" else tok
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT for c in verb.children) and verb.lower_ not in _PRESENT:
        return False
    for _ in range(5):
        if verb.dep_ not in ("ccomp", "conj", "xcomp", "advcl", "acomp") or verb.head is verb:
            return False
        verb = verb.head
        if lemma(verb) in _WISHES:
            return True
    return False


_REPORTING = {"believe", "say", "think", "report", "appear", "seem", "know", "understand", "presume", "thought", "believed", "said"}


def _passive_report(doc, t) -> bool:
    """'believed to be shot', 'said to have been killed': a report of a fact, not an intention."""
    return (t.lower_ == "to" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("be", "have") and t.i > 0
            and (doc[t.i - 1].lemma_.lower() in _REPORTING or doc[t.i - 1].lower_ in _REPORTING))


# a hurt of the chase, the arrest or a crash, not of the gunfire: "an officer hurt his hand while chasing the suspect",
# "a deputy was injured in a crash while responding", "an officer hurt his knee while struggling with the man", "his
# mother collapsed and was taken to a hospital", "two relatives who passed out were taken to a hospital" (and a
# hospital visit for a medical clearance before jail, which hurts nobody)
_MISHAP = re.compile(
    r"\bwhile (?:chasing|pursuing|responding|arresting|apprehending|taking cover|restraining|subduing|tackling|"
    r"trying to (?:arrest|detain|stop|restrain|subdue|catch|apprehend))\b"
    r"|\b(?:in|during) (?:a|the) (?:foot )?(?:crash|chase|pursuit|arrest|struggle|scuffle|collision|wreck)\b"
    r"|\bwhile (?:struggling|wrestling|scuffling|grappling) with\b"
    # a limb hurt in the chase told without "while": "a deputy injured his knee chasing a man who had fired shots"
    r"|\b(?:hurt|injured|twisted|sprained|broke|cut|scraped|bruised|strained) (?:his|her|their) "
    r"(?:knee|ankle|leg|arm|hand|wrist|back|shoulder|foot|finger)s? "
    r"(?:while )?(?:chasing|pursuing|running after|fleeing)\b"
    r"|\b(?:collapsed|passed out|fainted)\b"
    # a visit to a hospital that tells no hurt: "taken to the hospital for a medical clearance", "... as a precaution"
    r"|\bfor (?:a )?(?:medical )?(?:clearance|evaluation)\b|\bas a precaution\b"
    # hurts of the fight, the flight or the fright around a shooting: "treated and released for cuts and bruises from
    # the fight", "injured from being assaulted", "sprained her ankle while running away", "treated for shock"
    r"|\b(?:from|in|during) (?:a|the) (?:fight|brawl|fistfight|fall|stampede|rush)\b"
    r"|\bfrom being (?:assaulted|beaten|punched|kicked|trampled|pushed)\b"
    r"|\bwhile (?:running|fleeing|trying to (?:run|flee|get away|escape))\b"
    r"|\btreated (?:and released )?(?:at the scene )?for (?:shock|(?:minor )?(?:cuts|bruises|scrapes|abrasions)|smoke inhalation"
    r"|anxiety|chest pains?)\b"
    # a hospital visit of an arrest, not a hurt: "taken to a hospital for a medical clearance and then to jail"
    r"|\bfor (?:a )?(?:medical|mental health|psychiatric) (?:clearance|evaluation|screening|check-?up|exam(?:ination)?)\b",
    re.IGNORECASE,
)
# words of a hit by gunfire, which a mishap's sentence must lack: "shot during a struggle" is a hit
GUNFIRE_HIT = re.compile(r"\b(?:shot|bullets?|gunfire|gunshots?|shrapnel|fragments?|graze[ds]?|fired|discharged|went off)\b",
                          re.IGNORECASE)


def hurt_in_a_mishap(sent: Span) -> bool:
    """Whether a sentence tells a hurt of the chase, the arrest, a crash or a collapse, of a fight, a flight or a fright,
    and no hit by gunfire: that person is no victim of the shooting (GVDB counts those shot or hurt by the shooting, not
    the officer who hurt his hand in the chase nor the guest treated for cuts from the fight before it)."""
    text = span_text(sent)
    guard = text if _FIRED_AND_HIT.search(text) else _WHO_FIRED.sub("", text)
    return bool(_MISHAP.search(text)) and not GUNFIRE_HIT.search(guard) or hurt_by_other_means(sent) \
        or _hurt_falling_in_flight(text)


# a fall or a leap in the flight from the gunfire, told by "when": "hurt when she fell running from the gunfire",
# "injured when he jumped a fence to escape the gunfire"
_FELL_IN_FLIGHT = re.compile(r"\bwhen (?:he|she|they) (?:fell|tripped|jumped|leaped|leapt|climbed)\b", re.IGNORECASE)
# the gunfire a person fled, which tells no hit: "running from the gunfire", "to escape the shots"
_FLED_THE_FIRE = re.compile(r"\b(?:running|ran|run|fleeing|fled|flee|escape|escaping|get away|getting away)(?: away)?"
                            r"(?: from)? (?:the )?(?:gunfire|gunshots|shots|shooting|bullets)\b", re.IGNORECASE)


def _hurt_falling_in_flight(text: str) -> bool:
    """Whether a sentence tells a hurt of a fall or a leap in the flight ("was hurt when she fell running from the
    gunfire"), and no hit by gunfire besides the gunfire fled (not "was shot in the back when he jumped a fence")."""
    return bool(_FELL_IN_FLIGHT.search(text)) and not GUNFIRE_HIT.search(_FLED_THE_FIRE.sub("", text))


# what the arrested man had done, which tells no person hit: "two officers suffered minor injuries while arresting a man
# who had fired shots into the air" (the hurt is the arrest's)
_WHO_FIRED = re.compile(r"\bwho (?:had |allegedly |reportedly )?(?:fired|opened fire)(?: (?:several |multiple |two |three |a few )?"
                        r"(?:shots|rounds|a shot|a gun|a handgun|a pistol|a rifle|a shotgun|a weapon|at \w+))?"
                        r"(?: (?:into|in) the air)?\b", re.IGNORECASE)
# ... unless the shots hit: "a man who fired at him and struck him in the arm"
_FIRED_AND_HIT = re.compile(r"\b(?:fired|opened fire)\b[^.;]{0,40}?\b(?:struck|striking|hit|hitting|wounded|wounding)\b",
                            re.IGNORECASE)


# a hurt by a vehicle: "was injured when he crashed his pickup into a pole", "hospitalized after she was struck by a
# car", "injured when the suspect's SUV crashed into the trooper's cruiser", "injured when he rolled his car"
_VEHICLE_HURT = re.compile(
    r"\bwhen\b[^.;]{0,80}?\b(?:crashed|crashes|rolled|wrecked|overturned|flipped|slammed into|collided|ran (?:a|the) red light)\b"
    r"|\b(?:struck|hit|run over|pinned|dragged) by (?:a|an|the|his|her|their|a fleeing|the fleeing)(?: \w+)?"
    r" (?:car|vehicle|truck|suv|van|minivan|pickup|sedan|bus|train|motorcycle)\b"
    r"|\b(?:car|vehicle|truck|suv|van|minivan|pickup|sedan)\b[^.;]{0,40}?\b(?:hit|struck|ran over|ran into|pinned) (?:her|him|them)\b"
    r"|\bin (?:a|the) (?:rollover|wreck|car crash|head-on crash)\b"
    # "was injured Wednesday after a one-vehicle accident", "hurt in a traffic accident" (a news brief's crash)
    r"|\b(?:in|after) (?:a|an|the) (?:(?:one|two|three|single|multi)-)?(?:traffic|car|auto|vehicle|motorcycle) "
    r"(?:accident|crash|collision)\b",
    re.IGNORECASE,
)
# a hurt by a blade, a blow or a bite: "a man was stabbed", "the stabbing victim", "hit with a bottle", "struck in the
# head with the gun" (a blow with a gun, no shot), "bitten by a dog" -- in a report that tells gunfire, a person so hurt is no victim of the shooting (a report of a stabbing alone
# keeps its wounded: its incident is the stabbing)
_BLOW_HURT = re.compile(
    r"\b(?:stabbed|stabbing victims?|knifed|slashed|punched|beaten(?! to death)|bitten|pistol-whipped)\b"
    r"|\b(?:hit|struck|beaten) (?:in the \w+ )?with (?:a|an|the|his|her) (?:\w+ )?(?:bottle|bat|brick|rock|hammer|pipe|knife|chair|"
    r"board|club|gun|handgun|pistol|rifle|shotgun|weapon|flashlight|baton)\b",
    re.IGNORECASE,
)


def hurt_by_other_means(sent: Span) -> bool:
    """Whether a sentence tells a hurt by a vehicle (a crash, a car that struck a person), or, in a report that tells
    gunfire somewhere, by a blade, a blow or a bite, and no person hit by gunfire: GVDB counts the persons the shooting
    hurt, not the driver hurt when he crashed while fleeing, the woman the shooters' car struck as they fled, nor the
    man stabbed at the party where shots were fired ("was shot and then crashed", "shot, and a second man stabbed" tell a
    hit)."""
    if _PERSON_HIT.search(span_text(sent)):
        return False
    if _hurt_by_other_means_told(sent):
        return True
    # the sentence after a crash: "... was injured when he rolled his car. The man was hospitalized with moderate
    # injuries." (not after a blow: the next person hurt may be the one shot)
    if sent.start == 0:
        return False
    before = span_text(sent.doc[sent.start - 1].sent)
    return bool(_VEHICLE_HURT.search(before)) and not _PERSON_HIT.search(before)


def stabbed_in_a_shooting(tok) -> bool:
    """'A man was shot and another man was stabbed during a fight outside a bar': a person a "stab" trigger tells hurt,
    in a report that tells gunfire, is no victim of the shooting even where the sentence tells a shot as well (the
    sentence's test, ``hurt_by_other_means``, gives way to a shot in it); a report of a stabbing alone keeps him."""
    return lemma(tok) == "stab" and tells_gunfire(tok.doc)


# a hurt by a dog: "treated at a hospital for dog bites", "bitten by a police K-9" -- a dog's bite is nobody's violence
# in any report (an animal's attack alone makes no incident; a suspect a police dog caught is no victim of the shots)
_DOG_HURT = re.compile(
    r"\b(?:dog|k-?9) bites?\b|\bbitten by (?:a|an|the|his|her|their) (?:[\w-]+ )?(?:dog|k-?9|canine)\b", re.IGNORECASE)


def _hurt_by_other_means_told(sent: Span) -> bool:
    """A hurt by a vehicle or a dog in the sentence, or by a blade, a blow or a bite in a report that tells gunfire."""
    text = span_text(sent)
    if _VEHICLE_HURT.search(text) or _DOG_HURT.search(text):
        return True
    return bool(_BLOW_HURT.search(text)) and tells_gunfire(sent.doc)


# what denies the gunfire a sentence names: "No one was shot", "no shots were fired", "was not hit by gunfire"
_NO_GUNFIRE = re.compile(r"\b(?:no one|nobody|none|no shots?|not|n't|never)\b", re.IGNORECASE)


def tells_gunfire(doc: Doc) -> bool:
    """Whether a report tells gunfire in a sentence that does not deny it: "Three people were stabbed at a party. No one
    was shot, although a neighbor reported hearing gunfire." is a stabbing whose wounded stay its own (a denial anywhere
    in the sentence is enough to leave it out: a hurt by a blade kept is the safer error)."""
    return any(GUNFIRE_HIT.search(text := span_text(s)) and not _NO_GUNFIRE.search(text) for s in doc.sents)


# words that end the clause before a trigger: "help was attempted, but he died" (the attempt is not the death's)
_CLAUSE_ENDS = {"but", ",", ";", "—"}


def _own_clause_before(doc: Doc, sent: Span, tok) -> list:
    """The three words before a trigger, cut at a clause's end: "life-saving measures were attempted but he died" is a
    death (while "attempted murder", "tried to kill him" keep their word).  Quotation marks are no words: a threat
    quoted in part, 'he would be "shot dead"', keeps its "would"."""
    words = []
    for t in reversed(doc[sent.start:tok.i]):
        if t.lower_ in _CLAUSE_ENDS or len(words) == 3:
            break
        if not t.is_quote:
            words.append(t)
    return words[::-1]


# what a conjunct denies of a person "shot at": "was shot at but was not hit", "shot at but not struck or hurt"
_HIT_DENIED = {"hit", "strike", "injure", "hurt", "harm", "wound"}
# ... unless it denies only how badly: "shot at close range but not seriously hurt" is a hit
_DEGREES = {"seriously", "badly", "critically", "gravely", "severely", "fatally", "mortally", "life-threateningly"}


def _hit_denied_after(doc: Doc, tok) -> bool:
    """'A man was shot at Wednesday night but was not hit', 'he was shot at but not struck': "shot at" followed by
    a conjunct that denies the hit is a miss, whatever the "at" phrase looks like (a time, a place); not "was shot at
    a party but was not seriously hurt" (a hit whose degree is denied)."""
    if lemma(tok) != "shoot" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "at":
        return False
    return any(c.dep_ == "conj" and lemma(c) in _HIT_DENIED and any(n.dep_ == "neg" for n in c.children)
               and not any(a.lower_ in _DEGREES for a in c.children)
               for c in tok.children)


_SAME_PERSON_PRONOUNS = {"he", "she", "they"}


def hit_denied_next(doc: Doc, tok) -> bool:
    """'A Dover police officer was shot at early Sunday by a man who ran from a traffic stop. The officer was not
    struck.': a person "shot at" whom the next sentence says was not hit (the same noun, or a pronoun, the subject of a
    denied "struck", "hit", "hurt") was missed, whatever the "at" phrase looks like (not "the officers were not hurt"
    after "a man was shot at about 2 a.m.": another person; nor "was not seriously hurt": a hit whose degree is
    denied)."""
    if lemma(tok) != "shoot" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "at":
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subj is None or tok.sent.end >= len(doc):
        return False
    for t in doc[tok.sent.end].sent:
        if lemma(t) in _HIT_DENIED and any(c.dep_ == "neg" for c in t.children) \
                and not any(a.lower_ in _DEGREES for a in t.children):
            said = next((c for c in t.children if c.dep_ in ("nsubjpass", "nsubj")), None)
            if said is not None and (said.lower_ in _SAME_PERSON_PRONOUNS or lemma(said) == lemma(subj)):
                return True
    return False


# the determiners and pronouns of nobody in particular: "when any child gets shot", "if anyone is hurt"
_ANY = {"any", "every"}
_ANYONE = {"anyone", "anybody", "everyone", "everybody"}


def _of_nobody_in_particular(tok) -> bool:
    """'It is horrible when any child gets shot', 'Neither the man nor his dog was injured': a hit whose subject is
    any person at all, or which "neither" denies of each person named, tells nobody hit here (not "every victim was
    shot in the head": a subject of victims, or "each of the men was shot")."""
    for subj in (c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lower_ in _ANYONE or subj.lower_ == "neither":
            return True
        if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in subj.children):
            return True
        if subj.lemma_.lower() not in ("victim", "one") and any(c.dep_ == "det" and c.lower_ in _ANY for c in subj.children):
            return True
    return False


# verbs of speech or thought whose "about"/"of" takes a gerund that is no act: "talked about killing himself"
_TALK_OF = {"talk", "speak", "think", "joke", "write", "post", "dream", "brag", "boast", "rap", "sing"}


def _talked_of(tok) -> bool:
    """'had talked about killing himself', 'joked about shooting people': a gerund after "about" or "of" whose head is
    a verb of speech or thought tells no hit."""
    prep = tok.head
    return tok.tag_ == "VBG" and tok.dep_ == "pcomp" and prep.lower_ in ("about", "of") and lemma(prep.head) in _TALK_OF


# the words that make a hit one of a kind: "hurt like that", "hurt in this manner", "shot that way"
_MANNER_NOUNS = {"manner", "way", "fashion"}


def _of_a_manner(c) -> bool:
    """A modifier of a verb that points at a manner: "like that", "in this manner", "that way"."""
    if c.dep_ == "prep" and c.lower_ == "like":
        return any(p.lower_ in ("that", "this") for p in c.children)
    if c.dep_ == "prep" and c.lower_ == "in":
        return any(p.lemma_.lower() in _MANNER_NOUNS and any(d.lower_ in ("this", "that", "such") for d in p.children)
                   for p in c.children)
    return c.dep_ == "npadvmod" and c.lower_ == "way" and any(d.lower_ in ("this", "that") for d in c.children)


def a_kind_of_hurt(tok) -> bool:
    """'Nobody should have to see a child hurt like that', 'no words to describe a child being hurt in this manner': a
    hit of "a" person told by its manner ("like that", "in this manner") is a kind of hurt a speaker speaks of, not
    a person hit (not "the boy was hurt like that": a person told before, whose hit it may retell)."""
    if not any(_of_a_manner(c) for c in tok.children):
        return False
    person = tok.head if tok.dep_ == "acl" else next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")),
                                                      None)
    return person is not None and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in person.children)


def _no_hit_told(doc: Doc, sent: Span, tok, word: str, outcome: str) -> bool:
    """A trigger that tells no death or hit of this incident: negated, intended, hypothetical, earlier, a miss, or
    the weaker of two words for one hit."""
    own = death_negator(tok)  # ("he did not survive": the negation tells the death)
    own_i = own.i if own is not None else -1
    # ("was not breathing and had no pulse": a negator of the verb before is no negation of "had no pulse")
    no_pulse = lemma(tok) == "have"
    if any(t.lower_ in NEGATORS and t.i != own_i and not (no_pulse and t.head.i != tok.i)
           for t in doc[max(sent.start, tok.i - 3):tok.i]):
        return True
    # ("pleaded guilty to shooting his nephew" is no aim: "to" before a gerund is a preposition)
    if any(t.lower_ in _IRREALIS and not _passive_report(doc, t) and not (t.lower_ == "to" and tok.tag_ == "VBG")
           for t in _own_clause_before(doc, sent, tok)):
        return True  # "attempted murder", "threatened to kill him", "go ahead and kill him"
    if _hypothetical(tok) or counterfactual(tok) or superseded(tok):
        return True  # "more supervision is needed before another teen is killed", "could have killed her"
    if died_of_illness(tok):
        return True  # "the wake was held for a man who died of natural causes": no killing
    if earlier_of_another(tok) or earlier_at_the_same_place(tok) or _a_previous_one(tok):
        return True  # "mourners gathered for the service of a man killed last week": an earlier death
    if on_the_record(tok):
        return True  # "had served 10 years for a shooting that wounded three people": an earlier crime of the accused
    if outcome == "wounded" and hurt_in_a_mishap(sent):
        return True  # "an officer hurt his hand while chasing the suspect": not the shooting's
    if outcome == "wounded" and stabbed_in_a_shooting(tok):
        return True  # "a man was shot and another man was stabbed": the stabbed man is no victim of the shooting
    if word == "shoot" and _at_after_shot(doc, tok, sent) is not None and shot_at_miss(doc, _at_after_shot(doc, tok, sent)):
        return True  # "shot at him", "Sgt. Pratt, who was working security nearby, shot once at the window": a miss unless a hit is told
    if _of_nobody_in_particular(tok):
        return True  # "when any child gets shot", "neither the man nor his dog was injured"
    if _talked_of(tok):
        return True  # "his son had talked about killing himself for months": words, no act
    if a_kind_of_hurt(tok):
        return True  # "nobody should have to see a child hurt like that": a kind of hurt, nobody hit
    # "shot and killed" / "shot ... fatally": the stronger word decides
    return outcome == "wounded" and any(lemma(t) in _DEATH_WORDS for t in doc[tok.i + 1:min(sent.end, tok.i + 4)])
