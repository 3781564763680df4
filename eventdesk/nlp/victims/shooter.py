"""The shooter: who "shot himself", the one who shot others and then himself, and the one the police shot.

The subject of an active "shot" is the shooter, no victim.  One who killed himself after shooting or killing
others ("then killed himself", "and then himself", "turned the gun on himself") is ``SHOOTER``, one more dead of
the perpetrators' party, told apart from those he killed.  A suspect whom officers shot (``police_shot``: "the
gunman was shot by two deputies", "the officer returned fire and killed the robber") is a perpetrator hit by
another hand than his own, whom GVDB counts where the report tells nobody else hit.  "Him" found dead of a
self-inflicted wound after he shot others is the shooter too (``found_dead_by_own_hand``, trigger ``OWN_HAND``).
"Shot himself" right after the shooter killed others in the same sentence is his death unless the report tells him
alive (``shot_himself_after_a_murder``); a suicide told as later than the shooting ("The gunman killed himself hours
later") has the trigger ``LATER_SUICIDE``: none of the dead told before is he.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Span

from ...models import SHOOTER
from ..doctext import doc_text, span_text
from ..raw_claims import RawClaim, lemma
from .arguments import _is_person, _passive
from .people import People
from .person_claims import is_unnamed
from .words import SELF, _KILL_VERBS


def _self_of(verb, subj: list, sent: Span) -> list:
    """Who "shot himself": the subject, or where the parser gave a thing as the subject ("a boy who was chased
    after a store robbery shot himself": "robbery"), the first person the sentence names before the verb, not one
    after a preposition ("by a deputy")."""
    if any(_is_person(s) or s.pos_ == "PROPN" for s in subj):
        return subj  # (a name the NER missed is a person too: "the officer said Cantu shot himself")
    first = next((t for t in sent if t.i < verb.i and t.dep_ not in ("pobj", "poss") and _is_person(t)), None)
    return [first] if first is not None else subj


def _own_shot_told_after(tok) -> bool:
    """"A girl is in critical condition after she accidentally shot herself", "a 3-year-old has died after he
    shot himself": a clause of its own under one whose subject is the person hit, who shot himself."""
    return tok.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.head.children)


def _apart(doc, out: list[RawClaim], person, sent: Span) -> str:
    """The key of a person who killed himself after shooting another unnamed one in the sentence; the other's
    claims become descriptions too ("a daughter @s0", "a man @s0"), which reconcile counts apart."""
    where = f" @s{sent.start_char}"
    for i, c in enumerate(out):
        if is_unnamed(c.victim):
            out[i] = dataclasses.replace(c, victim="a " + doc_text(doc)[c.num_start:c.num_end].lower() + where)
    return f"a {person.lower_}{where}"


PERPETRATOR_NOUNS = {"gunman", "shooter", "suspect", "attacker", "killer", "assailant", "gunmen"}


def _hurts_others(sent: Span) -> bool:
    """Whether a sentence tells somebody actively shooting or killing another person ("shot his wife", "killing
    three workers"), or names a murder-suicide."""
    for t in sent:
        if lemma(t) in _KILL_VERBS and t.pos_ == "VERB" and not _passive(t) \
                and any(c.dep_ == "dobj" and c.lower_ not in SELF for c in t.children):
            return True
    text = span_text(sent).lower()
    return "murder-suicide" in text or "murder - suicide" in text or "murder and suicide" in text


# a killing verb whose object dies: "killed his wife", "fatally shot his two children", "killing his ex-wife"
_DEATH_VERBS = {"kill", "murder", "slay"}
# words after a murder that tell its shooter lived: he was taken to a hospital, is in a condition, was charged
_LIVED = (r"\b(?:critical|serious|stable|fair|grave|guarded) condition\b|\bsurviv|\bhospitali[sz]ed\b"
          r"|\btaken to (?:a |the )?(?:[A-Z][\w.'-]* )*(?:hospital|medical center)\b|\bcharged\b|\barrested\b"
          r"|\bin custody\b|\bbooked\b|\bjail\b")
# said of him: in the rest of the sentence of his shot, or in a later sentence whose subject is he
_HE_LIVED = re.compile(r"^[^.!?]*?(?:" + _LIVED + r")|[.!?]\s+(?:He|The (?:gunman|shooter|suspect|man|husband|father))\b"
                       r"[^.!?]*?(?:" + _LIVED + r")", re.IGNORECASE)


def shot_himself_after_a_murder(verb, sent: Span) -> bool:
    """'A man killed his wife and two coworkers, then shot himself', 'fatally shot his two children, then turned the
    gun on himself': "shot himself" told right after the shooter killed others in the same sentence is his suicide
    (a murder-suicide), not a wound, unless the report goes on to tell him alive (taken to a hospital, in critical
    condition, charged or arrested), or tells where or how the bullet struck him ("then shot himself once in the
    chest", "accidentally shot himself in the hand": a wound told, whose end the report leaves open)."""
    if lemma(verb) != "shoot" or not any(_killed(t) for t in sent if t.i < verb.i):
        return False
    if any((c.dep_ == "prep" and c.lower_ == "in") or c.lower_ in _A_WOUND_TOLD for c in verb.children):
        return False
    doc = verb.doc
    return not _HE_LIVED.search(doc_text(doc)[verb.idx:])


# words on "shot himself" that tell a wound rather than a suicide: "once in the chest", "accidentally"
_A_WOUND_TOLD = {"once", "twice", "accidentally"}


def _killed(t) -> bool:
    """A verb of the sentence by which its subject killed another: "killed his wife", "killing his ex-wife",
    "fatally shot his two children"."""
    if t.pos_ != "VERB" or _passive(t) or not any(c.dep_ == "dobj" and c.lower_ not in SELF for c in t.children):
        return False
    return lemma(t) in _DEATH_VERBS or (lemma(t) == "shoot" and any(c.lower_ == "fatally" for c in t.children))


def _turned_on_self(gun) -> bool:
    """'then turned the gun on himself', 'before turning the weapon on herself': words of a shooter's suicide (the
    "on" hangs on the verb or on the gun)."""
    verb = gun.head
    if gun.dep_ != "dobj" or lemma(verb) != "turn":
        return False
    return any(p.lower_ == "on" and any(o.lower_ in SELF for o in p.children) for p in (*verb.children, *gun.children))


def _shooter_key(subj, sent: Span, people: People, key, verb=None):
    """The key of the subject of "killed himself": the shooter, one more person, where he shot or killed others
    (in this sentence or before it, or called a gunman), or where "he" killed himself later, after others the report
    told hit ("A man shot and killed a clerk ... He later killed himself"); else the key the subject has."""
    if key is None:
        return key
    if people.shot_others or _hurts_others(sent) or lemma(subj) in PERPETRATOR_NOUNS:
        return SHOOTER, "militants"
    if verb is not None and subj.lower_ in ("he", "she") and people.hit_told and told_later(verb):
        return SHOOTER, "militants"
    return key


# the trigger of the shooter's claim where his suicide is told apart, later than the shooting ("The gunman killed
# himself hours later"): none of the dead told before is he
LATER_SUICIDE = "killed himself later"
# words that put a suicide after the shooting: "later", "hours later", "the next morning", "later that night"
_LATER = {"later", "afterward", "afterwards", "next"}


def told_later(verb) -> bool:
    """Whether a verb of a suicide is told as later than the shooting: "later" (or "hours later", "the next
    morning") modifies it, or the verb it is joined to ("later shot and killed himself")."""
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    for c in (c for v in verbs for c in v.children):
        if c.dep_ in ("advmod", "npadvmod", "prep") and (c.lower_ in _LATER or any(g.lower_ in _LATER for g in c.children)):
            return True
    return False


# a death by one's own hand told of one found dead: "found the man dead of a self-inflicted gunshot wound", "the
# medical examiner ruled his death a suicide" (not "took his own life", a reflexive trigger the shooter rules read)
_OWN_HAND = re.compile(r"\bself[- ]inflicted\b|\bruled (?:his|her) death a suicide\b", re.IGNORECASE)


# the trigger of the claim ``found_dead_by_own_hand`` makes the shooter's
OWN_HAND = "self-inflicted"


def _his_own_hand(person, sent: Span) -> bool:
    """Whether the death by one's own hand (``_OWN_HAND``) is told after ``person`` in his sentence with no other
    person between them ("found the man dead of a self-inflicted wound"; not the woman of "found a woman dead and her
    husband with a self-inflicted wound")."""
    doc = person.doc
    m = _OWN_HAND.search(doc_text(doc), person.idx + len(person.text), sent.end_char)
    return m is not None and not any(_is_person(t) for t in doc[person.i + 1:sent.end] if t.idx < m.start())


def found_dead_by_own_hand(person, sent: Span, people: People, key):
    """'A man shot and wounded his wife ... Hours later, officers found him dead of a self-inflicted wound': "him"
    found dead by his own hand after somebody shot others and the report told others hit is the shooter
    (``SHOOTER``, one more), not the wife who was shot; else the key he has."""
    if key is None or not people.hit_told or not _his_own_hand(person, sent):
        return key
    # (not a person noun the report has not used before, "found the man dead of a self-inflicted wound": on the
    # SemEval pool it over-counted a document and gained none)
    return (SHOOTER, "militants") if person.lower_ in ("he", "him") and people.shot_others else key


def _others_and_himself(tok, word: str, subj: list, obj: list) -> bool:
    """'shot an 8-year-old boy and then himself', 'accidentally shot himself and a friend': a killing verb whose
    objects are others and the subject himself."""
    return bool(subj and obj) and word in _KILL_VERBS and tok.pos_ == "VERB" and any(
        o.lower_ in SELF for o in (*obj, *(c for c in tok.children if c.dep_ == "conj")))


# the police as the ones who fired: "by two deputies", "by a Fort Wayne police officer", "officers returned fire,
# killing", "a shootout with troopers", or those he fired at firing back ("the clerk returned fire") (not "police
# said the suspect was shot": a source, not a shooter)
_POLICE = r"(?:police(?:man|men|woman)?|officers?|deputies|deputy|troopers?|agents?|cops?|SWAT|law enforcement|marshals?)"
_POLICE_SHOT = re.compile(
    r"\bby\s+(?:[\w'.-]+\s+){0,4}?" + _POLICE + r"\b"
    r"|\b" + _POLICE + r"\b(?:(?!\b(?:said|says?|told|reported|stated)\b)[^.;]){0,60}?"
    r"\b(?:shot|fired|returned fire|opened fire|killed|killing|wounded|wounding|struck|striking|hitting)\b"
    r"|\b(?:exchange of (?:gun)?fire|shoot-?out|gun ?battle|gunfight|traded (?:shots|gunfire|fire))\s+with\s+"
    r"(?:[\w'.-]+\s+){0,3}?" + _POLICE + r"\b"
    r"|\b(?:returned (?:the )?(?:gun)?fire|fired back)\b"
    # the one whose home he broke into: "a homeowner shot an intruder", "killed by a homeowner", "shot and killed a
    # burglar who kicked in the door" (the intruder hit in his own act, as a robber hit by the clerk who fired back)
    r"|\bby\s+(?:an?|the)\s+home ?owner\b"
    r"|\bhome ?owners?\b(?:(?!\b(?:said|says?|told|reported|stated)\b)[^.;]){0,60}?\b(?:shot|fired|killed|killing|wounded|wounding)\b"
    r"|\b(?:shot|killed|wounded)\s+(?:and\s+(?:killed|wounded)\s+)?(?:an?|the)\s+(?:would-be\s+)?(?:intruder|burglar|home invader)\b",
    re.IGNORECASE)


def police_shot(sentence: str) -> bool:
    """Whether a sentence tells the police as the ones who shot: "the gunman was shot by two deputies", "officers
    returned fire, hitting the man", "a suspect killed in a shootout with troopers".  A perpetrator hit so is no
    hit of his own doing nor one he dealt: the one the police shot.  An intruder the homeowner shot reads the same
    ("a homeowner shot an intruder", "shot and killed a burglar who kicked in the door").  (Words only: "officers were shot" says it too,
    so a caller asks it of a perpetrator's sentence.)"""
    return bool(_POLICE_SHOT.search(sentence or ""))
