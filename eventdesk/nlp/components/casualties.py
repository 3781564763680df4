"""Casualty claims: a quantity, the outcome it counts, and whose people.

For each quantity in a sentence (see ``numbers.py``):

1. Outcome.  A trigger word after the quantity's noun phrase ("14 soldiers were
   killed", "12 wounded"), else one before it ("killing at least 14", "the death
   toll rose to 140").  A trigger that governs the *next* quantity ("killed 3
   and wounded 12") is not taken by the one before it.
2. Breakdown.  A quantity after "including", "among them", "of whom" or ":"
   inherits the outcome of the total before it; the total is kept as a claim
   with party None.
3. Party.  The noun the quantity counts: a known actor ("IS fighters"), a
   generic party ("militants", "civilians", "security forces"), "our fighters"
   (resolved later to the speaker), or None for people in general.

Raw claims go to ``doc._.raw_claims``; attribution and segmentation fill the rest.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doctext import doc_text, span_text
from ..lexicon import party_lemmas
from ..raw_claims import RawClaim, lemma as _lemma
from ..victims import (ALIVE, CONDITIONS, NEGATORS, SHOOTER, TAKEN, People, counterfactual, says_alive, shot_at_miss,
                       treated_for_a_hit, victim_claims)
from ..numbers import PERSON_SINGULAR, Quantity, find_quantities

TRIGGERS = {
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed", "toll": "killed",
    "fatality": "killed", "slay": "killed", "slain": "killed", "murder": "killed",
    "massacre": "killed", "execute": "killed", "assassinate": "killed", "lynch": "killed", "behead": "killed", "perish": "killed",
    "body": "killed", "corpse": "killed", "fatally": "killed", "deceased": "killed", "life": "killed",
    "wound": "wounded", "wounded": "wounded", "injure": "wounded", "injured": "wounded", "injury": "wounded",
    "hurt": "wounded", "hospitalize": "wounded", "hospitalise": "wounded", "casualty": "wounded", "graze": "wounded",
    "missing": "missing", "unaccounted": "missing", "disappear": "missing",
    "abduct": "abducted", "kidnap": "abducted", "hostage": "abducted", "captive": "abducted",
    "arrest": "arrested", "detain": "arrested", "recapture": "arrested", "apprehend": "arrested",
    "capture": "arrested", "custody": "arrested", "recaptured": "arrested", "nab": "arrested",
    "escape": "escaped", "escapee": "escaped", "fugitive": "escaped", "large": "escaped",
}
# "life" counts only in "lost their lives"; "large" only in "at large"; "body" only as "bodies of".
_CONTEXT = {
    "life": ("lose", "claim"),
    "large": ("at",),
}
_WEAK = {"shoot": "wounded", "shot": "wounded", "stab": "wounded"}


def _weak(tok) -> str | None:
    """The outcome a hit word gives ("shot", "stabbed"); none for the noun "shots", which are fired,
    not suffered ("a fight between two men, and shots were fired")."""
    if tok.lower_ == "shots":
        return None
    return _WEAK.get(_lemma(tok)) or _WEAK.get(tok.lower_)
_GUNFIRE = re.compile(r"\b(?:shot|shots|shooting|gunfire|gunshots?|bullets?|opened fire|gunman|gunmen)\b", re.IGNORECASE)


def _hit_by_gunfire(tok, sent: Span) -> str | None:
    """'four people hit in a shooting', 'two were struck by gunfire': a hit told without "shot" in a sentence
    about gunfire (not "hit by a car", nor "the storm hit two towns")."""
    if _lemma(tok) not in ("hit", "strike") or tok.tag_ not in ("VBN", "VBD"):
        return None
    agent = next((p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if agent is not None and not _GUNFIRE.search(agent.text):
        return None
    return "wounded" if _GUNFIRE.search(span_text(sent)) else None


def _victims_counted(doc, q: Quantity, np_end: int) -> tuple[str | None, int]:
    """'the four victims were sitting on a porch': in a report of gunfire, the victims counted are persons hit,
    perhaps fatally (reconcile subtracts the dead); "two homicide victims" died."""
    noun = doc[np_end - 1] if np_end > q.end else None
    if noun is None or noun.tag_ != "NNS" or _lemma(noun) != "victim" or q.value < 2:
        return None, -1
    kinds = {_lemma(t) for t in doc[q.end:np_end - 1] if t.pos_ in ("NOUN", "PROPN")}
    if kinds & {"homicide", "murder"}:
        return "killed", noun.i
    if kinds - {"shooting", "gunshot", "gunfire"}:
        return None, -1  # "two robbery victims", "the trafficking victims"
    if not _GUNFIRE.search(doc_text(doc)):
        return None, -1
    return "wounded", noun.i


_STRONG_AFTER_SHOT = {"dead": "killed", "kill": "killed", "death": "killed", "fatally": "killed", "die": "killed"}
_FATALLY = {"fatally", "mortally"}
_DIE = {"die", "succumb", "perish"}  # "a man who was shot Saturday succumbed to his injuries"
_BREAKDOWN = {"including", "include", "includes", "included", "among", "whom", ":", "mostly", "namely"}
_NOT_PEOPLE = {
    "attack", "bombing", "explosion", "strike", "airstrike", "shooting", "raid", "incident", "time",
    "day", "week", "month", "year", "hour", "minute", "vehicle", "car", "truck", "house", "home",
    "building", "bomb", "rocket", "missile", "shell", "mortar", "round", "bullet", "shot", "village",
    "town", "city", "km", "kilometre", "kilometer", "mile", "meter", "metre", "dollar", "percent",
    "gun", "weapon", "rifle", "drone", "tank", "school", "hospital", "mosque", "church", "case",
    "operation", "ambush", "clash", "battle", "assault", "blast", "province", "district", "country",
    "point", "count", "charge", "victim's", "cow", "sheep", "goat", "animal", "dog", "cattle", "camel",
    "shelter", "camp", "prison", "jail", "position", "checkpoint", "base", "area", "site", "building",
    "handgun", "pistol", "shotgun", "firearm", "casing", "wound", "block", "foot", "feet", "inch", "reward",
    "count", "felony", "conviction", "arrest", "warrant", "magazine", "gauge", "caliber", "calibre", "mm",
    "street", "avenue", "road", "highway", "interstate", "route", "apartment", "unit", "floor", "room",
    "shot", "gunshot", "round", "grenade", "phone", "call", "minute", "second", "dollar", "cent",
    # "wounds to the head, right leg and both shoulders"
    "head", "leg", "arm", "shoulder", "chest", "hand", "back", "torso", "abdomen", "stomach", "neck", "face", "hip",
    "thigh", "knee", "buttock", "side", "eye", "ankle", "wrist", "finger", "groin", "lung", "body part", "bond", "bail",
}


def _trigger(tok, sent: Span) -> str | None:
    lem = _lemma(tok)
    outcome = TRIGGERS.get(lem) or TRIGGERS.get(tok.lower_)
    if outcome is None:
        return None
    if lem in ("life", "large"):
        prev = {_lemma(t) for t in tok.doc[max(sent.start, tok.i - 3):tok.i]}
        if not prev & set(_CONTEXT[lem]):
            return None
    if lem == "body" and tok.tag_ != "NNS":
        return None
    if lem == "toll" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in ("-", "-free", "free"):
        return None  # "the toll-free tip line at 855-..."
    return outcome


def _outcome_right(doc, np_end: int, sent: Span, next_q: Quantity | None, np_start: int | None = None) -> tuple[str | None, int]:
    """A trigger after the counted noun phrase: "14 soldiers were killed", "12 wounded"."""
    noun = _np_head(doc, np_start, np_end)
    # "two men, 22 and 25, were shot", "three teens, ages 15, 16 and 17, were wounded": past their ages
    past = _past_modifiers(doc, _after_ages(doc, np_end, sent), sent)
    if past != np_end:
        np_end = past
        if next_q is not None and next_q.start < past:
            next_q = None
    # "two HM militants including the group's chief were killed": the trigger lies past the aside
    aside = np_end < sent.end and doc[np_end].lower_ == "including"
    reach = np_end + (10 if aside else 6)
    # hyphens do not count ("received non-life-threatening injuries" is four words)
    reach += min(4, sum(1 for t in doc[np_end:min(sent.end, reach + 4)] if t.text == "-"))
    limit = min(sent.end, reach, next_q.start if next_q else sent.end)
    suffered = None  # "found a man suffering from a gunshot wound": a hit, perhaps fatal (trigger "suffer")
    for i in range(np_end, limit):
        tok = doc[i]
        if tok.text in (";", ":", "(", ",") or tok.lower_ in ("no", "without"):
            break  # "killing two fighters with no report of injuries": the injuries are someone else's words
        if (tok.tag_ == "WRB" or tok.dep_ == "mark") and i + 1 < sent.end and doc[i + 1].lower_ not in _SAME_PERSONS \
                and doc[i + 1].pos_ in ("PRON", "PROPN", "NOUN", "DET"):
            break  # "in a car with three other friends when she was shot": the clause tells of another person
        if aside and i == np_end:
            continue
        if tok.pos_ == "VERB" and _lemma(tok) in TAKEN and any(_lemma(t) == "hospital" for t in doc[i + 1:min(sent.end, i + 6)]):
            # "both teens were taken to a hospital, where they died": the same persons died
            if any(_lemma(t) == "die" and t.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and c.lower_ in ("they", "both", "all")
                                                                           for c in t.children) for t in doc[i + 1:sent.end]):
                return "killed", i
            return "wounded", i  # "four people were taken to area hospitals"
        hit = _hit_by_gunfire(tok, sent)
        if _lemma(tok) == "treat" and treated_for_a_hit(tok):
            return "wounded", i  # "two others were treated and released": hit, and alive
        if tok.pos_ == "VERB" and tok.dep_ != "amod" and _trigger(tok, sent) is None and not _weak(tok) and not hit \
                and _lemma(tok) not in _STATING_VERBS and tok.lower_ not in _STATING_VERBS \
                and _lemma(tok) not in ("find", "leave", "report", "pronounce", "confirm", "believe", "suffer", "sustain", "receive"):
            break  # "two men charged with fatally shooting a teen": the two did something else
        weak = _weak(tok) or hit
        if weak and ((i + 1 < sent.end and doc[i + 1].lower_ == "at" and shot_at_miss(doc, i + 1)) or _active_agent(tok)
                     or any(c.dep_ == "conj" and _active_agent(c) for c in tok.children)):
            # "shot at a patrol car": nobody hit; "two men shot a man", "an officer shot and wounded a
            # man": the counted are the shooters
            break
        if weak:
            for j in range(i + 1, min(sent.end, i + 4)):
                if doc[j].is_punct:
                    break  # "six people were shot, one fatally": the adverb is the next count's
                strong = _STRONG_AFTER_SHOT.get(_lemma(doc[j]))
                if strong:
                    if _active_agent(doc[j]):
                        return None, -1  # "a woman shot and killed a man": she did the killing
                    return strong, j
            # "an Everett teen who was found shot along a bike path ... has died": the main verb says more
            head = doc[np_end - 1].head if np_end > 0 else None
            if head is not None and doc[np_end - 1].dep_ in ("nsubj", "nsubjpass") and _lemma(head) == "die":
                return "killed", head.i
            if any(t.lower_ in ("who", "that") for t in doc[max(sent.start, np_end - 2):i]):
                # unless another person is the one who died ("a hallway has died" is the parser's slip)
                died = next((t for t in doc[i + 1:sent.end] if _lemma(t) in _DIE and t.pos_ in ("VERB", "AUX")
                             and not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and c.i >= np_end
                                         and (c.ent_type_ == "PERSON" or _lemma(c) in PERSON_SINGULAR or _lemma(c) in party_lemmas())
                                         for c in t.children)), None)
                if died is not None:
                    return "killed", i  # the trigger stays the nearby "shot", which the count's distance rules need
            if i == np_end and tok.tag_ in ("VBD", "VBN") and any(
                    _lemma(t) in _DIE and t.pos_ in ("VERB", "AUX") and t.i > i + 1
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in doc[i + 1:sent.end]):
                return "killed", i  # "Two men shot Tuesday night have both died": the parser makes "shot" the verb
            return weak, i
        if _lemma(tok) in ("suffer", "sustain", "receive"):
            suffered = i
        if _lemma(tok) == "condition" and any(t.lower_ in CONDITIONS for t in doc[max(np_end, i - 3):i]) \
                and any(t.lower_ == "in" for t in doc[max(np_end, i - 4):i]):
            return "wounded", i  # "left two men in critical condition": hit, perhaps fatally
        outcome = _trigger(tok, sent)
        if outcome:
            agent = tok.head if tok.lower_ in ("fatally", "mortally") else tok  # "an officer who fatally shot a teen"
            if _governs_next(doc, i, next_q) or _active_agent(agent) or _subject_before(tok, noun):
                return None, -1
            if outcome == "wounded" and suffered is not None:
                return outcome, suffered
            if outcome == "wounded" and _died_after_clause(doc, noun, np_end, i):
                return "killed", i
            return outcome, i
    return None, -1


def _np_head(doc, start: int | None, end: int):
    """The word of a counted noun phrase that hangs outside it ("a robbery suspect last Thursday": "suspect")."""
    if start is None or start >= end:
        return None
    return next((t for t in doc[start:end] if not start <= t.head.i < end and t.pos_ in ("NOUN", "PROPN")), None)


def _subject_before(verb, noun) -> bool:
    """'A police officer who was wounded in a shootout with a robbery suspect has died': the verb after the
    counted noun has a subject of its own before it, and the noun is only the object of a preposition."""
    if noun is not None and noun.dep_ == "dobj" and noun.head.dep_ == "relcl" and verb.i > noun.i \
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i == noun.head.head.i for c in verb.children):
        return True  # "two men who shot a clerk were arrested": the clerk is the clause's object, the men were arrested
    if noun is None or noun.dep_ != "pobj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # (not "Dozens of inmates escaped": the subject that holds the noun is the count itself)
    return bool(subj) and all(c.i < noun.i and c.pos_ in ("NOUN", "PROPN") and c not in list(noun.ancestors) for c in subj)


def _own_subject(verb, noun) -> bool:
    """A trigger verb before the count with a subject of its own, the count only in a phrase hung on the verb."""
    if noun is None or noun.dep_ != "pobj" or verb.pos_ != "VERB" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    head = noun.head
    while head.dep_ in ("prep", "pobj") and head.i > verb.i:
        head = head.head
    return head.i == verb.i


def _died_after_clause(doc, noun, np_end: int, at: int) -> bool:
    """'A police officer who was wounded in a shootout last week has died': the main verb says more."""
    return (noun is not None and noun.dep_ in ("nsubj", "nsubjpass") and _lemma(noun.head) in _DIE
            and noun.head.i > at and any(t.lower_ in ("who", "that") for t in doc[noun.i + 1:at]))


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
# a count over a period, a place wider than a scene, or of another time: "1,900 people have been shot in the
# city since January", "27 people were shot across the city over the weekend", "last month two teens were killed"
_TALLY_TIME = re.compile(
    rf"\bsince (?:{_MONTHS}|the (?:start|beginning) of|jan\.|feb\.)|\bthis (?:year|month)\b|\bso far\b|\byear[- ]to[- ]date\b"
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
    r"|\bspanning\b|" + _SEVERAL_SHOOTINGS,
    re.IGNORECASE,
)
_TALLY_PERIOD = re.compile(rf"\bsince (?:{_MONTHS}|the (?:start|beginning) of)|\bthis year\b|\bso far\b|\byear[- ]to[- ]date\b"
                           r"|\bacross the (?:city|county|state|region|country)\b|\bcity-?wide\b|" + _SEVERAL_SHOOTINGS, re.IGNORECASE)
_SINCE_PERFECT = re.compile(r"\bsince\b[^.;]{0,120}\b(?:have|has) (?:been|died)\b|\b(?:have|has) (?:been|died)\b[^.;]{0,80}\bsince\b",
                            re.IGNORECASE)
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
    if verb.dep_ in ("relcl", "acl"):
        # "the youngest of 112 people shot in the city this year" is a tally; "a man who was shot last
        # month has died" is this report's news
        return bool(_TALLY_PERIOD.search(words))
    # "Three killed, 11 hurt in overnight shootings": the shootings of the last part are the whole list's
    shared = " ".join(t.text for c in verb.children if c.dep_ == "conj" for t in c.subtree)
    return bool(_TALLY_TIME.search(words) or _SEVERAL_SHOOTINGS_RE.search(shared))


def _after_ages(doc, at: int, sent: Span) -> int:
    """The token after an appositive of ages (", 22 and 25,", ", ages 15 to 17,", ", both 19,"), or ``at``."""
    if at >= sent.end or doc[at].text != ",":
        return at
    i = at + 1
    if i < sent.end and doc[i].lower_ in ("age", "ages", "aged", "both", "all"):
        i += 1
    seen = False
    while i < sent.end and (doc[i].like_num or doc[i].lower_ in ("and", "to", "or", ",", "-")):
        seen = seen or doc[i].like_num
        if doc[i].text == "," and seen and (i + 1 >= sent.end or not doc[i + 1].like_num and doc[i + 1].lower_ not in ("and", "or")
                                            or _next_count(doc, i + 1, sent)):
            return i + 1
        i += 1
    return at


def _next_count(doc, i: int, sent: Span) -> bool:
    """', and three women': after a list of ages, a number in words that counts a noun starts the next part."""
    if i < sent.end and doc[i].lower_ in ("and", "or"):
        i += 1
    return i + 1 < sent.end and doc[i].like_num and doc[i].is_alpha and doc[i + 1].pos_ == "NOUN"


OTHERS_HIT = "shot, besides those told"  # a trigger reconcile does not take the dead from
_SAME_PERSONS = {"they", "both", "all", "each", "some", "most"}
_SET_OFF = {",", "-", "--", "—", "–", ")"}


def _past_modifiers(doc, np_end: int, sent: Span) -> int:
    """The token after the phrases that hang on the counted noun, set off or not ("4 people including a
    21-year-old girl were injured", "Four people, including a pregnant woman, were wounded", "Four boys
    between ages 12 and 16 were wounded"), when the predicate comes right after them; else ``np_end``."""
    if np_end <= 0 or np_end >= sent.end:
        return np_end
    # ("Two officers who responded to the call were wounded": a relative clause hangs on the noun too; its
    # pronoun may close the counted phrase)
    last = np_end - 1 - (np_end >= 2 and doc[np_end - 1].tag_ in ("WDT", "WP"))
    mods = [c for c in doc[last].children if c.i > last and c.dep_ in ("prep", "appos", "relcl")]
    if not mods and doc[np_end].text == ",":
        mods = _described_part(doc, last)
    if not mods or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in mods):
        return np_end  # "A third man, Leon Harper, 26, was wounded": the name counts him (victims.py)
    if any(c.lower_ == "with" and any(_lemma(t) in ("wound", "injury") for t in c.subtree) for c in mods):
        return np_end  # "three other people with gunshot wounds walked into a hospital": the wounds tell the hit
    if any(c.dep_ == "relcl" and any(_trigger(t, sent) or _weak(t) for t in c.subtree) for c in mods):
        return np_end  # "a man who was found dead in a ditch was shot": the clause tells the outcome itself
    end = max(c.right_edge.i for c in mods) + 1
    while end < sent.end and doc[end].text in _SET_OFF:
        end += 1
    if end >= sent.end or end - np_end > 14 or doc[end].pos_ not in ("AUX", "VERB"):
        return np_end
    if any(c.dep_ == "relcl" for c in mods) and doc[end].pos_ != "AUX":
        return np_end  # past a relative clause only to an auxiliary ("... who responded were wounded"): the parse holds
    return end


def _restated(doc, quantities: list[Quantity], info, right: list[tuple[str | None, int]]) -> set[int]:
    """Counts that only describe an earlier count, set off between it and its outcome: "Two of the victims, both
    men in their 20s, died", "One of them, a 24-year-old man, died" (not "Four people, including two children,
    were wounded": a part of the four)."""
    out = set()
    for j in range(len(quantities)):
        outcome, at = right[j]
        np_end = info[j][2]
        if outcome is None or np_end >= len(doc) or doc[np_end].text != ",":
            continue
        if quantities[j].value < 2 and not _a_part(doc, quantities[j]):
            continue  # ("A third victim, a 23-year-old woman, remains hospitalized": the description is the count)
        for k in range(j + 1, len(quantities)):
            q = quantities[k]
            if np_end < q.start < at and doc[q.start - 1].text == "," and doc[q.start].lower_ in _RESTATING:
                out.add(k)
    return out


_RESTATING = {"both", "all", "a", "an"}


def _a_part(doc, q: Quantity) -> bool:
    """'One of them', 'two of the victims': a count of some of a group."""
    return q.end < len(doc) and doc[q.end].lower_ == "of"


def _described_part(doc, last: int) -> list:
    """'One of the men, a 24-year-old, died': the description set off after "One of the men" hangs on the part
    ("One"), not on the noun the phrase ends with; the description, or nothing."""
    part = doc[last]
    while part.dep_ in ("pobj", "prep") and part.head.i < part.i and last - part.head.i <= 4:
        part = part.head
    if part.i == last or not part.like_num:
        return []
    return [c for c in part.children if c.i > last and c.dep_ in ("appos", "amod")]


_AGENT_VERBS = {"kill", "shoot", "wound", "injure", "murder", "stab", "abduct", "kidnap", "arrest", "detain", "capture", "execute"}


def _active_agent(tok) -> bool:
    """'two gunmen killed a teen', '... and wounding another': the verb has its own object."""
    if _lemma(tok) not in _AGENT_VERBS or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG"):
        return False
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    return not passive and any(c.dep_ in ("dobj", "prep") and (c.dep_ == "dobj" or c.lower_ == "at") for c in tok.children)


def _weak_right(doc, at: int, np_end: int) -> bool:
    """A right trigger in a relative clause or used as a modifier of the counted noun."""
    if at <= 0:
        return False
    if any(t.lower_ in ("who", "that", "which") for t in doc[max(0, at - 3):at]):
        return True
    return at < np_end or (at + 1 < len(doc) and doc[at + 1].pos_ == "NOUN" and doc[at].tag_ in ("VBN", "JJ", "VBD"))


def _governs_next(doc, i: int, next_q: Quantity | None) -> bool:
    """An active verb right before the next quantity belongs to that quantity."""
    if next_q is None:
        return False
    between = doc[i + 1:next_q.start]
    return len(between) <= 1 and all(t.lower_ in ("a", "an", "the") for t in between)


# lemmas, and the forms the lemmatizer gets wrong ("coded" -> "cod")
_STATING_VERBS = {"code", "coded", "cod", "estimate", "put", "report", "number", "total", "count", "confirm", "say"}
_TOLL_VERBS = {"rise", "climb", "reach", "stand", "jump", "increase", "hit", "soar", "mount", "grow", "top", "surpass", "exceed", "be"}


_LEGAL = {"charge", "count", "suspect", "case", "trial", "investigation", "conviction", "warrant", "indictment", "sentence", "probe", "inquiry"}


def _outcome_left(doc, q: Quantity, sent: Span, np_end: int | None = None) -> tuple[str | None, int]:
    """A trigger before the quantity: "killing at least 14", "the death toll rose to 140"."""
    noun = _np_head(doc, q.end, np_end) if np_end is not None else None
    if q.start - 1 >= sent.start and doc[q.start - 1].lower_ == "by":
        return None, -1  # "shot to death by two armed men": the agents
    # "the death toll from the attack on X has risen to 140": the toll is the subject of a rising verb
    if q.start - 1 >= sent.start and doc[q.start - 1].lower_ in ("to", "at", "of") or (q.start - 1 >= sent.start and _lemma(doc[q.start - 1]) in _TOLL_VERBS):
        for i in range(q.start - 1, max(sent.start, q.start - 20) - 1, -1):
            if _lemma(doc[i]) in ("toll", "casualty") and any(_lemma(t) in _TOLL_VERBS for t in doc[i + 1:q.start]):
                return ("killed" if _lemma(doc[i]) == "toll" else "wounded"), i
    for i in range(q.start - 1, max(sent.start, q.start - 9) - 1, -1):
        tok = doc[i]
        if tok.text in (";", ".") or tok.tag_ in ("WRB", "WP", "WDT") or tok.dep_ == "mark":
            break  # "his friend was wounded when a gunman opened fire": the gunman starts a clause of his own
        if tok.pos_ == "VERB" and _trigger(tok, sent) is None and not _WEAK.get(_lemma(tok)) \
                and _lemma(tok) not in _STATING_VERBS and tok.lower_ not in _STATING_VERBS:
            break  # "killed himself after taking two hostages": the hostages belong to "taking"
        outcome = _trigger(tok, sent)
        if outcome:
            if _lemma(tok) in ("life", "body", "custody"):
                continue
            if tok.dep_ in ("compound", "amod") and _lemma(tok.head) in _LEGAL:
                continue  # "murder charges against a man": the man is charged
            if _own_subject(tok, noun):
                return None, -1  # "a man was wounded in a shootout with two deputies": the man was hit, not the deputies
            return outcome, i
        weak = _weak(tok)
        if weak and i + 1 < sent.end and doc[i + 1].lower_ == "at":
            return None, -1  # "accused of shooting at a police officer": nobody hit
        if weak:
            # "shot a man to death", "shot two men dead" (not "shot four people — one fatally": the next count's)
            for j in range(q.end, min(sent.end, q.end + 4)):
                if doc[j].is_punct or (doc[j].pos_ == "AUX" and doc[j - 1].tag_ not in ("WP", "WDT")):
                    break  # (not "the gunman who shot three people was killed": another verb's subject)
                if _STRONG_AFTER_SHOT.get(_lemma(doc[j])):
                    return "killed", i
            if any(t.lower_ in _FATALLY for t in doc[max(sent.start, i - 2):i]):
                return "killed", i  # "the officer who fatally shot a teenager": the adverb before the verb
            return weak, i
    return None, -1


def _breakdown_parent(doc, q: Quantity, prev: list[tuple[Quantity, int]], claims: list[RawClaim]) -> int | None:
    """Index into raw claims of the total that q is a part of, if any."""
    if not prev:
        return None
    last_q, last_idx = prev[-1]
    between = doc[last_q.end:q.start]
    if len(between) > 12:
        return None
    words = {t.lower_ for t in between}
    if words & _BREAKDOWN:
        return last_idx
    # "including 81 militants, 52 members of the security forces and seven civilians": the list goes on
    parent = claims[last_idx].total_of
    if parent is not None and not any(t.pos_ in ("VERB", "AUX") for t in between):
        return parent
    return None


def _party(doc, q: Quantity, sent: Span, actor_spans: list[tuple[int, int, str]]) -> tuple[str | None, bool, int]:
    """(party, is_people, end of the noun phrase) for the noun phrase a quantity counts."""
    party, people, np_end = _party_np(doc, q, sent, actor_spans)
    return party, people, np_end


def _party_np(doc, q: Quantity, sent: Span, actor_spans) -> tuple[str | None, bool, int]:
    i = q.end
    if _headline_hit(doc, i, sent):
        return None, True, i
    if i < sent.end and doc[i].lower_ == "of":
        i += 1
    np_end = i
    while np_end < sent.end and np_end - i < 8:
        t = doc[np_end]
        hyphenated = t.pos_ == "VERB" and t.dep_ == "amod" and np_end > i and doc[np_end - 1].text == "-"
        participle = t.tag_ == "VBN" and t.dep_ == "amod" and _trigger(t, sent) is None and not _WEAK.get(_lemma(t))  # "a suspected trafficker"
        if t.dep_ == "nsubj" and t.head.i > np_end and _lemma(t.head) in _STATING_VERBS:
            break  # "one of four women police say were shot": the police say it
        if t.pos_ == "DET" and np_end > i and doc[np_end - 1].pos_ in ("NOUN", "PROPN"):
            break  # "five victims this week": a time after the noun
        if t.tag_ in ("WDT", "WP", "WP$") and np_end > i and np_end + 1 < sent.end and doc[np_end + 1].pos_ in ("NOUN", "PROPN", "DET"):
            break  # "eight shootings that police are investigating": a relative clause with its own subject is no part of the noun
        gerund = t.tag_ == "VBG" and t.dep_ == "amod" and _trigger(t, sent) is None and not _WEAK.get(_lemma(t))  # "two carjacking suspects"
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "PRON", "NUM") or hyphenated or participle or gerund or t.tag_ == "POS" or t.text in ("-", "'s") or (t.lower_ in ("of", "the") and np_end > i):
            if t.lower_ in ("and", "or"):
                break
            np_end += 1
            continue
        break
    # "2 fatalities", "1 military fatality", "three dead bodies": the counted noun is itself the outcome
    of_at = next((k for k in range(i, np_end) if doc[k].lower_ == "of"), np_end)
    for k in range(i, of_at):  # (not "a relative of the deceased")
        if doc[k].pos_ in ("NOUN", "ADJ") and _lemma(doc[k]) in _TRIGGER_NOUNS or _capitalised_forms(doc[k]) & _TRIGGER_NOUNS:
            head_party = next((_ADJ_PARTIES[_lemma(t)] for t in doc[i:k] if _lemma(t) in _ADJ_PARTIES), None)
            actor = next((name for a_start, a_end, name in actor_spans if a_start < doc[k].idx and a_end > doc[i].idx), None)
            return actor or head_party, True, k
    tokens = doc[i:np_end]
    if not len(tokens):
        return _ELLIPSIS, True, np_end
    if any(t.tag_ == "POS" and t.i + 1 < np_end and _lemma(doc[t.i + 1]) in _KIN for t in tokens):
        return None, False, np_end  # "injuring a child's parent": the parent was hit, not the child
    text = tokens.text
    lower = text.lower()
    if "of interest" in lower:
        return None, False, np_end  # "a person of interest"
    start_c, end_c = tokens.start_char, tokens.end_char
    for a_start, a_end, name in actor_spans:
        if a_start < end_c and a_end > start_c:
            return name, True, np_end
    if any(t.lower_ in ("our", "its", "their") for t in tokens[:2]) and tokens[0].lower_ == "our":
        return "__speaker__", True, np_end
    table = party_lemmas()
    for phrase in ("security forces", "security personnel", "security guards", "members of the security forces", "police officer", "prison guards"):
        if phrase in lower:
            return ("police" if phrase == "police officer" else "security forces"), True, np_end
    nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None, True, np_end
    # the head is the last noun before "of": "an area commander of the PLFI", "members of the security forces"
    of_at = next((t.i for t in tokens if t.lower_ == "of"), None)
    before_of = [n for n in nouns if of_at is None or n.i < of_at]
    head = before_of[-1] if before_of else nouns[-1]
    for n in (head, *reversed(nouns)):
        lem = _lemma(n)
        if lem in _NOT_PEOPLE or _capitalised_forms(n) & _NOT_PEOPLE:
            if n is head or n.i > head.i or not (_lemma(head) in PERSON_SINGULAR or _lemma(head) in table):
                return None, False, np_end
            continue  # "an area commander": a modifier of a person noun ("a two million dollar bond" is none)
        if lem == "other" and len(nouns) == 1:
            return _ELLIPSIS, True, np_end
        if lem in ("people", "person", "individual", "other", "member", "life", "casualty"):
            continue
        if lem in table:
            return table[lem], True, np_end
        if n.lower_ in table:
            return table[n.lower_], True, np_end
    return None, True, np_end


def _capitalised_forms(tok) -> set[str]:
    """A headline's capitalised common noun is tagged a proper noun, whose lemma is its text ("30 Shots Fired,
    1 Dead"): its lower-case forms, singular and plural, stand in for the lemma.  Empty for other tokens."""
    if tok.pos_ != "PROPN" or not tok.is_title:
        return set()
    low = tok.lower_
    return {low, low[:-1]} if low.endswith("s") and not low.endswith("ss") else {low}


def _headline_hit(doc, i: int, sent: Span) -> bool:
    """'Three shot, one dead after memorial': a headline drops the persons and the auxiliary, and the parser
    takes the bare "shot" for a noun (in a sentence, "one shot to the head" is a shot)."""
    title_end = doc.user_data.get("title_end")
    if title_end is None or sent.end > title_end or i >= sent.end or doc[i].lower_ not in ("shot", "stabbed"):
        return False
    return i + 1 >= sent.end or doc[i + 1].is_punct or doc[i + 1].pos_ == "ADP" or doc[i + 1].lower_ in ("dead", "and")


_KIN = {"parent", "mother", "father", "mom", "dad", "son", "daughter", "child", "wife", "husband", "brother", "sister",
        "family", "friend", "girlfriend", "boyfriend", "grandmother", "grandfather", "uncle", "aunt", "cousin", "nephew", "niece"}
_TRIGGER_NOUNS = {"fatality", "death", "dead", "deceased", "body", "corpse", "casualty", "injury", "wounded", "injured"}
_ADJ_PARTIES = {"military": "military forces", "army": "military forces", "rebel": "militants", "militant": "militants",
                "civilian": "civilians", "police": "police", "security": "security forces", "government": "military forces"}
_ELLIPSIS = "__same__"  # "and 12 wounded", "20 others": the party of the claim before


def extract_claims(doc: Doc) -> list[RawClaim]:
    # generic actors ("gunmen" as Unidentified Armed Group) name perpetrators, not parties of a toll
    actor_spans = [(m.start, m.end, m.name) for m in doc._.actor_mentions if m.kind != "generic"]
    claims: list[RawClaim] = []
    people = People()
    active: set[int] = set()  # where counts of the dead made by a killer's own verb begin ("killing two")
    for s_i, sent in enumerate(doc.sents):
        first = len(claims)  # the sentence's own claims are claims[first:]
        quantities = find_quantities(sent)
        n = len(quantities)
        info = [_party(doc, q, sent, actor_spans) for q in quantities]
        right: list[tuple[str | None, int]] = [
            _outcome_right(doc, info[k][2], sent, quantities[k + 1] if k + 1 < n else None, quantities[k].end) if info[k][1] else (None, -1)
            for k in range(n)
        ]
        # "23 members of X and 39 Y fighters have been killed": a coordinated list shares the trigger after it
        coordinated: set[int] = set()
        for k in range(n - 2, -1, -1):
            if right[k][0] is None and right[k + 1][0] is not None and info[k][1] \
                    and doc[right[k + 1][1]].lower_ not in _FATALLY:  # not "shot six people, one fatally"
                # (past the ages of the first part: "three men, ages 15, 18 and 22, and three women")
                between = {t.lower_ for t in doc[_after_ages(doc, info[k][2], sent):quantities[k + 1].start]}
                if between and between <= {"and", ",", "as", "well", "plus", "while"}:
                    right[k] = right[k + 1]
                    coordinated.add(k)
                    # "5 FC personnel and 1 officer were killed": each is a part, none is the total
                    for j in (k, k + 1):
                        if info[j][0] is None:
                            info[j] = (_noun_party(doc, quantities[j], info[j][2]), info[j][1], info[j][2])
        done: list[tuple[Quantity, int]] = []
        sent_claims: list[int] = []
        used: set[int] = set()
        claim_of: dict[int, int] = {}
        restated = _restated(doc, quantities, info, right)
        for k, q in enumerate(quantities):
            party, is_people, _ = info[k]
            if not is_people or k in restated:
                continue
            if q.start > sent.start and doc[q.start - 1].lower_ == "by" and info[k][0] != _ELLIPSIS:
                continue  # "the man who was shot by a police officer has died": the agent
            parent = _breakdown_parent(doc, q, done, claims)
            outcome, at = right[k]
            if q.start >= 2 and doc[q.start - 1].lower_ == "of" and _lemma(doc[q.start - 2]) in ("body", "corpse", "remains"):
                outcome, at = "killed", q.start - 2  # "the body of a regime fighter with gunshot wounds"
            np_end = info[k][2]
            if doc[np_end - 1].tag_ == "POS" and np_end < sent.end and _lemma(doc[np_end]) in ("body", "corpse", "remains"):
                outcome, at = "killed", np_end  # "after a man's body is found"
            if outcome is None and parent is not None:
                outcome = claims[parent].outcome
            if outcome is not None and parent is None and _weak_right(doc, at, info[k][2]):
                # "recaptured 89 inmates who escaped", "detained 104 escaped inmates": the verb before wins
                left = _outcome_left(doc, q, sent, info[k][2])
                # (not "the person killed and the three wounded people": that verb is the person's)
                if left[0] is not None and left[1] >= q.start - 3 \
                        and not any(t.lower_ in ("and", "or", ",") for t in doc[left[1] + 1:q.start]):
                    outcome, at = left
            if outcome is None:
                outcome, at = _outcome_left(doc, q, sent, info[k][2])
                if parent is None and 0 <= at < q.start and any(right[j][1] == at for j in range(k)) \
                        and any(t.text == "," or t.lower_ in ("and", "but", "while") for t in doc[at + 1:q.start]) \
                        and not any(t.lower_ in ("also", "too") for t in doc[q.end:min(sent.end, q.end + 12)]):
                    continue  # "one dead, two critical": the trigger before is the earlier count's, in its own clause
                if parent is None and 0 <= at < q.start and _victim_of_its_own(doc, at) \
                        and any(t.text == "," for t in doc[at + 1:q.start]):
                    continue  # "Woman killed in accidental shooting, 3 people arrested": the trigger is hers
            if outcome is None and parent is None:
                outcome, at = _victims_counted(doc, q, info[k][2])
            if outcome is None:
                continue
            if _negated(doc, q, at, sent) or _intended(doc, at) or _earlier_place_clause(doc, at) or _tally(doc, at) \
                    or _whenever(doc, q, sent) or _grieving(doc, at) \
                    or (at >= 0 and counterfactual(doc[at])):
                continue
            if q.value >= 10 and _SINCE_PERFECT.search(span_text(sent)) and not _SINCE_BEGAN.search(span_text(sent)):
                # "since the rampage at Sandy Hook, at least 555 children have been killed": a tally (not "have
                # been killed since the attack began": this incident's toll)
                continue
            # a lone "a man"/"one" with no trigger close by is no claim
            # (a part is counted from past a description set off after it: "One of them, a 24-year-old man, died")
            if q.value == 1 and q.qualifier == "exact" and at >= 0 and k not in coordinated and (
                    at - (_past_modifiers(doc, info[k][2], sent) if _a_part(doc, q) else info[k][2]) > 8 or q.start - at > 6):
                continue
            if party == _ELLIPSIS:
                party = claims[sent_claims[-1]].party if sent_claims else _antecedent_party(doc, info, k)
            num = doc[q.num_start:q.end]
            joined = _joined_persons(doc, q, info[k][2], quantities[k + 1] if k + 1 < n else None) if parent is None else 0
            joined += (_bare_person_before(doc, q, sent) + _along_with(doc, at, sent) + _kin_before(doc, q, info[k][2])) \
                if parent is None else 0
            claims.append(RawClaim(
                sent=s_i, outcome=outcome, party=party, count=q.value + joined, qualifier=q.qualifier,
                num_start=num.start_char, num_end=num.end_char, total_of=parent,
                trigger=ALIVE if outcome == "wounded" and says_alive(sent) else _trigger_name(doc, at),
                victim=_described(doc, q, info[k][2], sent) if parent is None and not joined else None,
            ))
            this = len(claims) - 1
            nth = _nth_person(doc, q, sent) if outcome == "wounded" and parent is None and not joined else 0
            if nth:
                # "Two men were shot ... A third man was grazed": the persons hit number at least three, perhaps some
                # of them fatally (reconcile takes the dead from them)
                claims[this] = replace(claims[this], count=nth, qualifier="at_least", trigger="shoot", victim=None)
            if outcome == "killed" and at >= 0 and _active_agent(doc[at]):
                active.add(num.start_char)
            if outcome == "wounded" and at >= 0 and not any(c.num_start == doc[at].idx for c in claims[first:]):
                self_hit = _himself_and_another(doc[at], people, sent, s_i)
                if self_hit is not None and claims[this].victim is None:
                    # "accidentally shot himself and his two sons": the count is of the others, he is one more
                    claims[this] = replace(claims[this], count=claims[this].count + 1)
                elif self_hit is not None:
                    claims.append(self_hit)
            if outcome == "killed" and at >= 0 and _and_then_himself(doc[at]) and not any(c.victim == SHOOTER for c in claims[first:]):
                # "killed his two children and then himself": the shooter, one more
                claims.append(RawClaim(sent=s_i, outcome=outcome, party="militants", count=1, qualifier="exact",
                                       num_start=doc[at].idx, num_end=doc[at].idx + len(doc[at]), trigger=_lemma(doc[at]),
                                       victim=SHOOTER))
            done.append((q, this))
            claim_of[k] = this
            sent_claims.append(this)
            if at >= 0:
                used.update(range(min(q.start, at), max(info[k][2], at) + 1))
        _some_of_them_died(doc, sent, s_i, quantities, claims, claim_of)
        if doc.user_data.get("headline_numbers_only") and sent.end <= doc.user_data.get("title_end", 0):
            # a headline put before the text (api._toll_headline) counts only numbers: its persons, told in a
            # word, lose who they were ("Deputies kill armed man": a suspect) and when ("Man shot where cousin
            # was killed")
            persons = []
        else:
            persons = victim_claims(doc, sent, s_i, used, people)
        _others_besides(doc, quantities, info, claims, claim_of, persons)
        claims.extend(_multiple(doc, sent, s_i))
        _sum_coordinated(claims, coordinated, claim_of)
        _apart_in_one_sentence(claims, sent_claims)
        persons = _one_more(doc, claims, first, persons)
        persons = _pronoun_of_a_description(doc, claims, first, persons)
        claims.extend(persons)
    _killed_by_the_shooter(doc, claims, active)
    claims = _mourned_elsewhere(doc, claims)
    if doc.user_data.get("headline_numbers_only"):
        claims = _headline_adds(doc, claims)
    return claims


# rites for the dead: a shooting at one tells of a death before it ("shot while attending the funeral of a man who
# died in a crash", "opened fire at a vigil for a homicide victim")
_RITES = {"funeral", "vigil", "memorial", "wake", "burial", "visitation"}
_AT_A_RITE = {"at", "during", "outside", "into"}
_HIT_AT = {"shoot", "shot", "shooting", "fire", "open", "wound", "erupt", "gunfire", "injure", "kill", "hit", "strike", "attend"}


_RITE_WORDS = _RITES | {w + "s" for w in _RITES} | {"service", "services"}  # a set test per token before any lemma


def _rite(tok) -> bool:
    """'the funeral', 'a vigil', 'a memorial service', 'a funeral service'."""
    if tok.lower_ not in _RITE_WORDS:
        return False
    word = _lemma(tok)
    return word in _RITES or (word == "service" and any(c.lower_ in ("memorial", "funeral") for c in tok.children))


def _verb_at_a_rite(tok):
    """The verb of a shooting that took place at the rite ("opened" of "opened fire at a vigil Monday evening", "shot
    while attending a funeral service"), or None."""
    node = tok.head if tok.dep_ in ("amod", "compound") else tok  # ("a vigil Monday evening": the parser's "evening")
    if node.dep_ == "dobj":
        # "were shot while attending a funeral" (not "hundreds attended a vigil for the two teens killed Friday")
        attend = node.head
        return attend if _lemma(attend) == "attend" and attend.dep_ == "advcl" and _lemma(attend.head) in _HIT_AT else None
    prep = node.head
    return prep.head if node.dep_ == "pobj" and prep.lower_ in _AT_A_RITE and _lemma(prep.head) in _HIT_AT else None


def _mourned_elsewhere(doc, claims: list[RawClaim]) -> list[RawClaim]:
    """A report of a shooting at a funeral or a vigil tells whose rite it was: "the funeral of Dale Pike, who died
    last month", "Pike was killed in a crash".  That person died before, in another incident: the deaths told of him
    are dropped (not where the rite is only mourned, "a vigil for the two teens killed Friday": no shooting at it)."""
    rites = [t for t in doc if _rite(t)]
    if not any(_verb_at_a_rite(t) is not None for t in rites):
        return claims
    spans, names = [], set()
    for rite in rites:
        # ("The vigil was for the son of a pastor", "opened fire at a vigil Monday for a victim": "for" on the verb)
        holders = [rite, rite.head] if rite.dep_ == "nsubj" else [rite, _verb_at_a_rite(rite)]
        for mourned in (o for h in holders if h is not None for p in h.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
                        and (h is rite or p.lower_ == "for") for o in p.children if o.dep_ == "pobj"):
            sub = list(mourned.subtree)
            spans.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
            names |= {t.lower_ for t in sub if t.ent_type_ == "PERSON" and t.is_alpha}
    if not spans:
        return claims
    return [c for c in claims if c.outcome != "killed" or not (
        any(a <= c.num_start < b for a, b in spans) or (c.victim or "").split(",")[0] in names)]


def _victim_of_its_own(doc, at: int) -> bool:
    """A participle whose person is told before it: "Woman killed in ...", "a man shot on Elm Street"."""
    verb = doc[at]
    if verb.tag_ != "VBN":
        return False
    person = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return person is not None and person.i < at and (_lemma(person) in PERSON_SINGULAR or person.ent_type_ == "PERSON")


def _headline_adds(doc: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """The claims of a headline put before the text (api._toll_headline) that tell more than the text: "4 hurt in
    Thursday night shooting" over a text that tells of three.  One the text already makes ("Death toll rises to
    140" over "has risen to 140, according to ...") is that claim, with its source: it is dropped."""
    title_end = doc.user_data.get("title_end", 0)
    first_body = next((i for i, s in enumerate(doc.sents) if s.end > title_end), None)
    if first_body is None:
        return claims  # no text after the headline: nothing to compare with
    # what the text tells per outcome: its largest count, or the sum of its parties' counts when larger
    told: dict[str, int] = defaultdict(int)
    by_party: dict[tuple[str, str | None], int] = defaultdict(int)
    for c in claims:
        if c.sent >= first_body:
            told[c.outcome] = max(told[c.outcome], c.count)
            by_party[c.outcome, c.party] = max(by_party[c.outcome, c.party], c.count)
    parts: dict[str, int] = defaultdict(int)
    for (outcome, party), n in by_party.items():
        if party is not None:
            parts[outcome] += n
    for outcome, n in parts.items():
        told[outcome] = max(told[outcome], n)
    keep = [i for i, c in enumerate(claims) if c.sent >= first_body or c.count > told[c.outcome]]
    new_index = {old: new for new, old in enumerate(keep)}
    return [replace(claims[i], total_of=new_index.get(claims[i].total_of)) if claims[i].total_of is not None else claims[i]
            for i in keep]


_BESIDES = {"other", "others", "more", "additional"}  # "three others", "two more people", "three additional patients"


def _others_besides(doc, quantities: list[Quantity], info, claims: list[RawClaim], claim_of: dict[int, int],
                    persons: list[RawClaim]) -> None:
    """'A boy remained in critical condition after a shooting that also injured three other people': the
    others are others than the persons the sentence tells one by one, who add to their number."""
    for k, at in claim_of.items():
        c = claims[at]
        if c.total_of is not None or not any(t.lower_ in _BESIDES for t in doc[quantities[k].end:info[k][2]]):
            continue
        told = persons + [claims[j] for j in claim_of.values() if j != at and claims[j].victim]  # ("a man was shot and ...")
        besides = {p.victim for p in told if p.outcome == c.outcome}
        # "2 shot and wounded, 3 others grazed by gunfire": the others are others than the count before
        # (not a count on a line above, a headline the sentence split missed: "2 Injured, 1 Dead in Eastfield
        # Shooting\nA man was fatally wounded and two other people were hospitalized")
        counted = sum(claims[j].count for j in claim_of.values() if j < at and claims[j].victim is None
                      and claims[j].total_of is None and claims[j].outcome == c.outcome and claims[j].trigger != ALIVE
                      and "\n" not in doc_text(doc)[claims[j].num_end:c.num_start])
        noun = doc[info[k][2] - 1]
        if noun.dep_ == "conj" and noun.head.i < quantities[k].start and (noun.head.ent_type_ == "PERSON" or _lemma(noun.head) in PERSON_SINGULAR):
            besides.add(noun.head.lower_)  # "Simpson and the four other teens were shot": Simpson too, dead or alive
        elif c.outcome == "wounded" and c.trigger in ("shoot", "shot", "hit", "strike", "gunshot wound"):
            # "two were killed and three others were shot": the others are not among the dead told
            c = replace(c, trigger=OTHERS_HIT)
        claims[at] = replace(c, count=c.count + len(besides) + counted)


_NTH = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}


def _nth_person(doc, q: Quantity, sent: Span) -> int:
    """'a third man', 'a fourth victim': the ordinal of a person told one at a time (0 for none)."""
    k = q.num_start
    if q.value != 1 or doc[k].lower_ not in ("a", "an") or k + 2 >= sent.end:
        return 0
    nth = _NTH.get(doc[k + 1].lower_, 0)
    return nth if nth and (_lemma(doc[k + 2]) in PERSON_SINGULAR or doc[k + 2].lower_ in PERSON_SINGULAR) else 0


def _himself_and_another(verb, people: People, sent: Span, s_i: int) -> RawClaim | None:
    """'accidentally shot himself and a friend': one bullet, both hit; the shooter is one of them, a description of
    the sentence as the friend is (named or not: "Flores ... shooting himself and a woman" tells two persons)."""
    if verb.pos_ != "VERB":
        return None
    own = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("himself", "herself")), None)
    if own is None or not any(c.dep_ == "conj" for c in own.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        head = verb.head  # "fired a gun, shooting himself and a woman": the subject of the verb above
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None) if verb.dep_ in ("advcl", "conj", "xcomp") else None
    key = people.key(subj) if subj is not None else None
    if key is None:
        return None
    noun = subj.lower_ if subj.tag_ == "NN" and _lemma(subj) in PERSON_SINGULAR else "shooter"
    victim = f"a {noun} @s{sent.start_char}"
    return RawClaim(sent=s_i, outcome="wounded", party=key[1], count=1, qualifier="exact", num_start=verb.idx,
                    num_end=verb.idx + len(verb), trigger="shoot", victim=victim)


def _and_then_himself(verb) -> bool:
    """'killed his two children and then himself', 'shot three people and himself': the verb acts on its subject too."""
    return verb.pos_ == "VERB" and any(c.dep_ in ("conj", "dobj") and c.lower_ in ("himself", "herself") for c in verb.children) \
        and any(c.dep_ == "dobj" and c.lower_ not in ("himself", "herself") for c in verb.children)


def _killed_by_the_shooter(doc, claims: list[RawClaim], active: set[int]) -> None:
    """'Man shot his family, killing 3, then killed himself', 'killing two firefighters ... The gunman later killed
    himself': the count of the dead is of those the shooter killed, not him; as civilians, it adds up with the
    shooter (a party of his own) to the toll.  That is a count in the sentence that tells his death, or one the
    shooter's own verb makes ("killing two", ``active``: the offsets of such counts); not a count that says it
    includes him ("four dead, including the gunman").  A count of the dead in general elsewhere ("a man and two
    children are dead", which a list makes civilians) is the whole toll, him included: it becomes a total.
    """
    his = {c.sent for c in claims if c.victim == SHOOTER and c.outcome == "killed"}
    if not his:
        return
    sents = list(doc.sents)
    for j, c in enumerate(claims):
        if c.outcome != "killed" or c.party not in (None, "civilians") or c.victim is not None or c.total_of is not None:
            continue
        if c.num_start in active or (c.sent in his and not any(t.lower_ in ("including", "includes", "include") for t in sents[c.sent])):
            claims[j] = replace(c, party="civilians")
        else:
            claims[j] = replace(c, party=None)


_ONE_MORE = re.compile(r"(?:an?other|a (?:second|third|fourth|fifth|sixth|seventh))\b", re.IGNORECASE)


def _one_more(doc, claims: list[RawClaim], first: int, persons: list[RawClaim]) -> list[RawClaim]:
    """'Three men shot, a fourth wounded by shrapnel', 'two men were shot and another was wounded': one more person
    hit the same way as a count before it in the sentence adds to that count (not "one man was killed and
    another wounded": another outcome).  The sentence's claims are ``claims[first:]``; returns the persons
    left once those told as one more are added."""
    counts = [j for j in range(first, len(claims)) if claims[j].victim is None and claims[j].total_of is None and claims[j].count > 1]
    if not counts:
        return persons

    def earlier(c: RawClaim) -> int | None:
        return next((j for j in reversed(counts) if claims[j].outcome == c.outcome and claims[j].num_end <= c.num_start), None)

    def one_more(c: RawClaim) -> bool:
        if c.count != 1 or c.total_of is not None:
            return False
        if c.victim is not None:  # "another @N", "another man @N" (victims.py)
            return c.victim.startswith("another ")
        return bool(_ONE_MORE.fullmatch(doc_text(doc)[c.num_start:c.num_end]))

    told_as_one_more = []
    for j in range(first, len(claims)):
        at = earlier(claims[j]) if one_more(claims[j]) else None
        if at is not None:
            claims[at] = replace(claims[at], count=claims[at].count + 1)
            told_as_one_more.append(j)
    for j in reversed(told_as_one_more):
        del claims[j]  # the sentence's claims are the list's tail; none refers to these
    kept = []
    for c in persons:
        at = earlier(c) if one_more(c) else None
        if at is None:
            kept.append(c)
        else:
            claims[at] = replace(claims[at], count=claims[at].count + 1)
    return kept


_SHE = {"woman", "girl", "mother", "daughter", "wife", "sister", "grandmother", "aunt", "niece", "girlfriend", "female"}
_HE = {"man", "boy", "father", "son", "husband", "brother", "grandfather", "uncle", "nephew", "boyfriend", "male"}


def _pronoun_of_a_description(doc, claims: list[RawClaim], first: int, persons: list[RawClaim]) -> list[RawClaim]:
    """'A two-year-old girl was taken to the hospital but the coroner says she died': "she" is the girl the
    sentence describes (one of her kind, no other), not one more unnamed person."""
    described = [c.victim for c in claims[first:] if c.victim and c.victim.startswith(("a ", "an "))]
    out = []
    for p in persons:
        word = doc_text(doc)[p.num_start:p.num_end].lower()
        kinds = _SHE if word in ("she", "her") else _HE if word in ("he", "him") else None
        if p.victim == "unnamed" and kinds is not None:
            same = [d for d in described if d.split(" @")[0].split(",")[0].split(" ", 1)[1] in kinds]
            if len(same) == 1:
                p = replace(p, victim=same[0])
        out.append(p)
    return out


def _along_with(doc, at: int, sent: Span) -> int:
    """'Two boys are dead along with their father': the person after "along with" the trigger is one more."""
    if at < 0 or at + 3 >= sent.end or doc[at + 1].lower_ != "along" or doc[at + 2].lower_ != "with":
        return 0
    for t in doc[at + 3:min(sent.end, at + 7)]:
        if t.tag_ == "NN" and _lemma(t) in PERSON_SINGULAR:
            return 1
        if t.pos_ not in ("DET", "PRON", "ADJ") and t.tag_ != "PRP$" and t.dep_ != "compound":
            return 0
    return 0


def _kin_before(doc, q: Quantity, np_end: int) -> int:
    """'killed her adult son and three young grandchildren': a person of the family told before the count
    and joined to it is one more (the count's words take in hers, so no claim of her own is made)."""
    noun = doc[np_end - 1]
    first = noun.head
    if noun.dep_ != "conj" or first.i >= q.start or first.tag_ != "NN" or _lemma(first) not in PERSON_SINGULAR:
        return 0
    if doc[q.start - 1].lower_ != "and":
        return 0
    return int(any(c.dep_ == "poss" for c in first.children))


def _bare_person_before(doc, q: Quantity, sent: Span) -> int:
    """'Mother, 2 children found dead', 'Father and 3 sons shot': a headline lists a person without an article
    before the count; that person is one more."""
    p = q.start - 2
    if p < sent.start or doc[q.start - 1].lower_ not in (",", "and", "&"):
        return 0
    person = doc[p]
    if p != sent.start and doc[p - 1].text not in (":", "-", "—", "–"):
        return 0
    return int(person.lower_ in PERSON_SINGULAR and person.is_title and person.ent_type_ != "PERSON")


def _some_of_them_died(doc, sent: Span, s_i: int, quantities: list[Quantity], claims: list[RawClaim], claim_of: dict[int, int]) -> None:
    """'One of the four women wounded in the shooting has died': one killed, and the four were hit, one of
    them fatally (reconcile leaves three wounded), whatever word told the hit."""
    for k in range(len(quantities) - 1):
        part, whole = quantities[k], quantities[k + 1]
        if not all(t.lower_ in ("of", "the", "those") for t in doc[part.end:whole.start]) or part.end == whole.start:
            continue
        if doc[part.num_start].dep_ != "nsubj":
            continue
        # the verb whose subject the part is (the parser may hang it on "shot" and "died" on that)
        verb = next((t for t in doc[whole.end:sent.end] if _lemma(t) in _DIE and t.pos_ in ("VERB", "AUX")
                     and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != part.num_start for c in t.children)), None)
        if verb is None:
            continue
        if k not in claim_of:
            num = doc[part.num_start:part.end]
            claims.append(RawClaim(sent=s_i, outcome="killed", party=None, count=part.value, qualifier=part.qualifier,
                                   num_start=num.start_char, num_end=num.end_char, trigger=_lemma(verb)))
        hit = claim_of.get(k + 1)
        if hit is None:
            num = doc[whole.num_start:whole.end]
            claims.append(RawClaim(sent=s_i, outcome="wounded", party=None, count=whole.value, qualifier=whole.qualifier,
                                   num_start=num.start_char, num_end=num.end_char, trigger="shoot"))
        elif claims[hit].outcome == "wounded":
            claims[hit] = replace(claims[hit], trigger="shoot")
        elif claims[hit].trigger == _lemma(verb):
            # "One of five victims in the shooting dies": the verb is the part's, the whole were hit
            claims[hit] = replace(claims[hit], outcome="wounded", trigger="shoot")


def _joined_persons(doc, q: Quantity, np_end: int, next_q: Quantity | None) -> int:
    """Persons joined to a lone counted person without a number of their own: "a husband and wife were
    shot", "fatally shot a man and the man's neighbor" count two.  ("a man and a woman" are two
    quantities, which the coordination rules add up.)"""
    if q.qualifier != "exact" or np_end <= q.end:
        return 0
    noun = doc[np_end - 1]
    if q.value != 1:
        # "killing his five children and his wife", "... as well as his wife": a person of a family joined to a
        # counted group is one more
        if noun.tag_ != "NNS" or _lemma(noun) not in PERSON_SINGULAR:
            return 0
        return sum(1 for c in noun.children if c.dep_ == "conj" and c.i >= np_end and c.tag_ == "NN"
                   and _lemma(c) in PERSON_SINGULAR and any(d.tag_ == "PRP$" for d in c.children)
                   and (next_q is None or next_q.start > c.i))
    if _lemma(noun) not in PERSON_SINGULAR:
        return 0
    return sum(1 for c in noun.children if c.dep_ == "conj" and c.i >= np_end and c.tag_ == "NN"
               and _lemma(c) in PERSON_SINGULAR and (next_q is None or next_q.start > c.i) and not _one_in_two_roles(noun, c))


# roles one person holds at once, told with one article: "a husband and father", "a wife and mother", "a son and
# brother" (not "a husband and wife", "a father and son": those are two)
_ROLES_OF_ONE = {frozenset(p) for p in (("husband", "father"), ("husband", "dad"), ("wife", "mother"), ("wife", "mom"),
                                        ("son", "brother"), ("daughter", "sister"), ("father", "grandfather"),
                                        ("mother", "grandmother"))}


def _one_in_two_roles(noun, conj) -> bool:
    """'a husband and father of two': the second role has no article of its own and is one the first person holds."""
    own_article = any(c.dep_ in ("det", "poss") for c in conj.children)
    return not own_article and frozenset((_lemma(noun), _lemma(conj))) in _ROLES_OF_ONE


_MULTIPLE = {"double": 2, "triple": 3, "quadruple": 4}
_ORDINALS = {"second", "third", "fourth", "another", "last", "previous", "earlier", "other"}


def _multiple(doc, sent: Span, s_i: int) -> list[RawClaim]:
    """'a double shooting' is two hit, 'a triple shooting' three (reconcile takes the dead from the hit); not
    'the city's second double shooting this year', another one.  ("a double homicide" is left to the names: it
    is as often a charge, or what a killing may legally become, as a count.)"""
    out = []
    for tok in sent:
        n = _MULTIPLE.get(tok.lower_)
        if n is None or tok.head.i != tok.i + 1 or tok.head.lower_ != "shooting" or tok.i == sent.start:
            continue
        if doc[tok.i - 1].lower_ in _ORDINALS or doc[tok.i - 1].ent_type_ == "ORDINAL" or _tally(doc, tok.head.i):
            continue
        out.append(RawClaim(sent=s_i, outcome="wounded", party=None, count=n, qualifier="exact", num_start=tok.idx,
                            num_end=tok.idx + len(tok.text), trigger="shoot"))
    return out


def _antecedent_party(doc, info, k: int) -> str | None:
    """'deputies came across three suspects and shot one': a bare "one" is one of the persons an earlier
    verb of the sentence acted on (not its subject: "two gunmen burst in and shot one" shot a victim)."""
    for j in range(k - 1, -1, -1):
        party, is_people, np_end = info[j]
        if not is_people or party in (None, _ELLIPSIS):
            continue
        noun = doc[np_end - 1]
        return party if noun.dep_ in ("dobj", "pobj") else None
    return None


def _trigger_name(doc, at: int) -> str | None:
    """The trigger's lemma; "a man with a gunshot wound" is a hit like "shot" (reconcile subtracts the dead)."""
    if at < 0:
        return None
    lem = _lemma(doc[at])
    if lem in ("wound", "injury") and doc[at].pos_ == "NOUN" and (
            doc[at - 1].lower_ in ("gunshot", "bullet") or any(c.lower_ in ("gunshot", "gunshots", "bullet") for c in doc[at].children)):
        return "gunshot wound"
    if lem == "condition":
        return "in condition"  # the name nlp.victims gives it: a hit, perhaps fatal
    return lem


def _apart_in_one_sentence(claims: list[RawClaim], indices: list[int]) -> None:
    """'One man was shot in the back and a 29-year-old man was shot': in one sentence, two
    descriptions of the same noun are two persons, so the later one becomes 'another'."""
    seen: dict[tuple[str, str], set[str]] = {}
    for i in indices:
        if i >= len(claims):
            continue
        c = claims[i]
        if not c.victim or not c.victim.startswith(("a ", "an ")):
            continue
        what = c.victim.split(" @")[0]
        noun = what.split(",")[0].split(" ", 1)[1]
        before = seen.setdefault((c.outcome, noun), set())
        # the very same words twice are a text repeated by its scraper, not a second person
        if before and what not in before:
            claims[i] = replace(c, victim=f"another {noun} @{c.num_start}")
        before.add(what)


def _described(doc, q: Quantity, np_end: int, sent: Span) -> str | None:
    """A person counted as 'a 22-year-old man' or 'one woman': a key that tells persons apart
    for ``reconcile.report_figures`` ("a man, 22 @s40" and "a boy, 16 @s40" are two); None for real
    numbers.  The key ends with the sentence's offset: one sentence describing two persons names two,
    while descriptions in different sentences ("a toddler", "the shooting death of a 3-year-old boy")
    may well be the same person."""
    if q.value != 1 or q.qualifier != "exact" or doc[q.num_start].lower_ not in ("a", "an", "one"):
        return None
    nouns = [t for t in doc[q.end:np_end] if t.tag_ == "NN" and t.lower_ in PERSON_SINGULAR]
    if not nouns:
        return None
    age = next((t.text for t in doc[q.end:nouns[-1].i] if t.like_num and t.i + 2 < len(doc)
                and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ == "year"), None)
    return f"a {nouns[-1].lower_}" + (f", {age}" if age else "") + f" @s{sent.start_char}"


def _sum_coordinated(claims: list[RawClaim], coordinated: set[int], claim_of: dict[int, int]) -> None:
    """'5 FC personnel and 1 officer were killed': parts of one list with the same party add up."""
    drop = []
    for k in sorted(coordinated, reverse=True):
        a, b = claim_of.get(k), claim_of.get(k + 1)
        if a is None or b is None:
            continue
        ca, cb = claims[a], claims[b]
        if ca.outcome == cb.outcome and ca.party == cb.party and ca.party is not None and ca.total_of is None and cb.total_of is None:
            claims[a] = replace(ca, count=ca.count + cb.count, num_end=cb.num_end, victim=None)
            drop.append(b)
    for b in sorted(drop, reverse=True):
        del claims[b]


_SEX_AND_AGE = {"male", "female", "man", "woman", "boy", "girl", "teen", "teenager", "child", "adult", "juvenile", "youth", "infant", "toddler"}


def _noun_party(doc, q: Quantity, np_end: int) -> str | None:
    """The counted noun as a party of its own ("personnel", "Christians"), for a part of a list."""
    nouns = [t for t in doc[q.end:np_end] if t.pos_ in ("NOUN", "PROPN") and _lemma(t) not in ("people", "person", "other")]
    if not nouns:
        return None
    lem = _lemma(nouns[-1])
    # "three females and two males": persons by sex or age are civilians, as a party
    return party_lemmas().get(lem) or ("civilians" if lem in _SEX_AND_AGE else lem)


_INTENT = {"attempt", "try", "plan", "threaten", "want", "seek", "intend", "vow", "aim", "plot", "conspire"}


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


def _negated(doc, q: Quantity, at: int, sent: Span) -> bool:
    lo = max(sent.start, min(q.start, at if at >= 0 else q.start) - 2)
    hi = max(q.start, at)
    return any(t.lower_ in NEGATORS for t in doc[lo:hi])


@Language.factory(
    "eventdesk_casualties",
    assigns=["doc._.raw_claims"],
    requires=["doc._.actor_mentions", "token.lemma", "token.pos", "doc.sents"],
)
def make_casualties(nlp: Language, name: str):
    return CasualtyExtractor()


class CasualtyExtractor:
    def __call__(self, doc: Doc) -> Doc:
        doc._.raw_claims = extract_claims(doc)
        return doc
