"""Signs of a hit without a hurting verb: "in critical condition", "suffering from a gunshot wound", "taken to a
hospital", "struck by a stray bullet", "treated and released", "fighting for her life".

They count as wounded the way "shot" does, and reconcile subtracts those who died.  A sentence that says the
persons hit are alive ("in stable condition", "expected to survive") gives the trigger ``ALIVE`` instead, so
that reconcile does not take a report's dead from that hit.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..doctext import doc_text, span_text
from ..numbers import PERSON_SINGULAR
from ..raw_claims import RawClaim, lemma
from .arguments import _an_age, _is_person, _passive, _subjects
from .no_hit import GUNFIRE_HIT, hurt_in_a_mishap
from .people import People
from .person_claims import _one_person
from .words import NEGATORS, _DEATH_WORDS, _FIND


# words that show a person was hit without a hurting verb: "in critical condition", "suffering from a
# gunshot wound", "taken to a hospital".  They count like "shot": reconcile subtracts the dead.
HIT_TRIGGERS = {"condition": "in condition", "wound": "gunshot wound", "injury": "gunshot wound", "hospital": "taken to hospital"}
_HIT_SIGNS = set(HIT_TRIGGERS)
CONDITIONS = {"critical", "serious", "stable", "fair", "good", "grave", "guarded", "life-threatening"}  # "in critical condition"
# ... to a hospital ("a drive-by that sent three women and a man to the hospital")
TAKEN = {"take", "transport", "rush", "airlift", "fly", "drive", "carry", "hospitalize", "hospitalise", "admit", "send"}


# words that say the persons a sentence tells were hit are alive: "in stable condition", "remains hospitalized",
# "survived", "injuries that are not life-threatening".  Their hit is no count that may include the dead, so
# reconcile must not take a report's dead from it (its trigger is ALIVE, not "shoot").
ALIVE = "survived"
_ALIVE_WORDS = re.compile(
    r"\b(?:stable|good|fair|satisfactory) condition\b|\bremain(?:s|ed)? (?:hospitali[sz]ed|in (?:the )?hospital)\b|\bsurvived\b"
    r"|\b(?:is|are|was|were) recovering\b|\bexpected to (?:survive|recover)\b|\bnon-life[- ]threatening\b"
    r"|\b(?:is|remains) on life support\b"  # (told now: not "was on life support", which a later death may follow)
    r"|\bnot (?:considered )?life[- ]threatening\b|\breleased from\b"
    # "was shot in the shoulder and recovered at Mercy Medical Center", "has since recovered" (not "officers
    # recovered a handgun": a thing found)
    r"|\brecovered(?= *[.;]| *$)|\brecovered (?:at|in) (?:a |the )?(?:[A-Z][\w.'-]* )*(?:hospital|medical center|center)\b"
    r"|\brecovered from (?:his|her|their|the) (?:gunshot )?(?:wounds?|injur(?:y|ies))\b|\bha(?:s|ve|d) (?:since |fully )?recovered\b",
    re.IGNORECASE,
)


def says_alive(sent: Span) -> bool:
    """Whether a sentence says the persons it tells were hit are alive, and tells no death."""
    if not _ALIVE_WORDS.search(span_text(sent)):
        return False
    return not any(lemma(t) in _DEATH_WORDS or t.lower_ in ("fatal", "fatally", "died") for t in sent)


# words that make a wound one the person died of: "suffered a fatal gunshot wound", "sustained fatal injuries"
_FATAL = {"fatal", "mortal", "deadly", "lethal"}


def fatal_wound(tok) -> bool:
    """'a fatal gunshot wound', 'mortal injuries': a wound or injury the person died of (killed, not wounded)."""
    return lemma(tok) in ("wound", "injury") and told_fatal(tok)


def told_fatal(tok) -> bool:
    """'a fatal gunshot wound', 'the fatal shooting of his wife': a noun of a hit with a word that makes it deadly
    (not "non-fatal injuries", whose "fatal" the tokenizer splits from its "non-")."""
    return any(c.dep_ == "amod" and c.lower_ in _FATAL and not _non(c) for c in tok.children)


def _non(tok) -> bool:
    """Whether a word is negated by a "non" joined to it: "non-fatal", "non fatal", "non-life-threatening"."""
    doc = tok.doc
    before = doc[tok.i - 1].lower_ if tok.i >= 1 else ""
    return before in ("non", "non-") or (before == "-" and tok.i >= 2 and doc[tok.i - 2].lower_ == "non")


def _hit_person(tok):
    """The person a hit sign is about, from the parse, or None."""
    lem = lemma(tok)
    if lem == "condition" and not any(c.lower_ in CONDITIONS for c in tok.children):
        return None
    if lem in ("wound", "injury") and (tok.pos_ != "NOUN" or not any(c.lower_ in ("gunshot", "bullet", "gunshots") for c in tok.children)):
        return _wounded_without_a_gun_word(tok)
    head = tok.head
    if head.dep_ == "prep" or head.pos_ == "ADP":  # "in critical condition", "with a gunshot wound", "to a hospital"
        prep, verb = head, head.head
        if lem == "hospital" and (prep.lower_ != "to" or lemma(verb) not in TAKEN):
            return None
        if lem == "condition" and verb.lower_ == "remains" and verb.pos_ == "NOUN":
            # "A 2-year-old remains in critical condition": the parser takes "remains" for the noun (a body's), with
            # the age as its adjective; the age is the person
            return next((c for c in verb.children if c.dep_ == "amod" and _an_age(c)), None)
        if (verb.pos_ in ("NOUN", "PROPN") or _an_age(verb)) and prep.lower_ == "with":
            # "a man with a gunshot wound", and "found a 15-year-old with a gunshot wound", whose "old" the parser may
            # tag an adjective
            return verb
        if prep.lower_ == "with" and lemma(verb) in _FIND:
            found = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
            if found is not None:
                return found  # "discovered a 15-year-old with a gunshot wound": the parser hangs "with" on the verb
    elif tok.dep_ == "dobj" and lemma(head) in ("suffer", "sustain", "have", "receive"):
        verb = head  # "suffered a gunshot wound"
    elif lem == "hospital":
        return None
    else:
        verb = head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if lemma(verb) == "leave":
        return next((c for c in verb.children if c.dep_ == "dobj"), None)  # "left a man in critical condition"
    if lem == "hospital":
        taken = _the_one_taken(verb)
        if taken is not None:
            return taken
    # "suffering from a gunshot wound" hangs off the person or its verb
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    subj = next(iter(_subjects(verb)), None)
    if subj is None and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj


def _the_one_taken(verb):
    """'A neighbor drove him to the hospital', 'His brother put him in his car and drove to the hospital': an active
    verb of taking tells its object was taken, or the object of the verb it is joined to, not its subject, who drove;
    None where it has no such object ("the man drove himself to a hospital", "he drove to a hospital": the subject,
    as a passive "was taken" tells)."""
    if _passive(verb):
        return None
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return obj if obj.lower_ not in ("himself", "herself") and (_is_person(obj) or obj.lower_ in ("him", "her")) else None
    return None


def _wounded_without_a_gun_word(tok):
    """The person of a wound or an injury told without "gunshot" in a report of gunfire, or None: "The victim, whose
    wounds were not life-threatening, ..." (the noun "whose" hangs on); "suffered a minor hand injury", "a graze
    wound", "a wound to her hand" after a shot or a gun that went off in that sentence or the one before (not "an
    officer suffered a knee injury in the struggle", which tells no shot; the mishaps ``_hit_sign_claim`` drops)."""
    if tok.pos_ != "NOUN":
        return None
    if any(c.dep_ == "poss" and c.lower_ == "whose" for c in tok.children) and tok.head.dep_ == "relcl":
        owner = tok.head.head
        return owner if _is_person(owner) and _GUN_WORDS.search(doc_text(tok.doc)) else None
    if tok.dep_ != "dobj" or lemma(tok.head) not in ("suffer", "sustain", "receive"):
        return None
    bodily = any(c.dep_ in ("compound", "amod", "nmod") and (lemma(c) in _BODY or c.lower_ in ("graze", "grazing"))
                 for c in tok.children) \
        or any(c.lower_ == "to" and any(p.dep_ == "pobj" and lemma(p) in _BODY for p in c.children) for c in tok.children)
    if not bodily or not _GUN_WORDS.search(doc_text(tok.doc)):
        return None
    sent = tok.sent
    near = span_text(sent) if sent.start == 0 else span_text(tok.doc[sent.start - 1].sent) + " " + span_text(sent)
    if not GUNFIRE_HIT.search(near):
        return None
    return next(iter(_subjects(tok.head)), None)


_MISSILES = {"bullet", "gunfire", "round", "shot", "pellet", "bullets", "shotgun", "gunshot", "crossfire",
             "buckshot", "birdshot"}  # ("hit by buckshot in the legs")


_BODY = {"head", "leg", "arm", "shoulder", "chest", "hand", "back", "torso", "abdomen", "stomach", "neck", "face", "hip",
         "thigh", "knee", "buttock", "foot", "side", "eye", "ankle", "wrist", "finger", "groin", "cheek", "jaw", "elbow"}
_GUN_WORDS = re.compile(r"\b(?:gun|guns|handgun|pistol|rifle|shotgun|firearm|bullets?|gunfire|shots?|shooting|fired|discharged)\b",
                        re.IGNORECASE)


# a hit told without "shot" is a shot all the same, which reconcile reads as perhaps fatal
_HIT_AS = {"strike": "shot", "hit": "shot"}


def _struck(tok) -> bool:
    """'was struck by a stray bullet', 'was hit by gunfire': a hit told without "shot".  Not "struck by a car", nor
    "hit in the head", which a bottle or a bat does as well."""
    if tok.pos_ != "VERB":
        return False
    if not _passive(tok):
        return _missile_hit(tok)
    agents = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    # (and "hit by one of at least 15 bullets": a part of missiles)
    agents += [p for a in agents for c in a.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
               if p.dep_ == "pobj"]
    if agents:
        return any(p.lemma_.lower() in _MISSILES or p.lower_ in _MISSILES for p in agents)
    if _hit_too_after_gunfire(tok):
        return True
    # "the woman was struck in the shoulder when a gun ... discharged": no agent, a body part, a gun in the sentence
    return any(c.lower_ == "in" and any(p.dep_ == "pobj" and lemma(p) in _BODY for p in c.children) for c in tok.children) \
        and bool(_GUN_WORDS.search(span_text(tok.sent)))


def _hit_too_after_gunfire(tok) -> bool:
    """'Three men were shot ... A 2-year-old was also hit', 'A 13-year-old was hit too': a passive hit told "also" or
    "too", with no agent nor instrument, after the report has told gunfire, is one more hit like those before (not
    "was also hit with a bottle", nor "also hit" where no gun was told before it)."""
    if not any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in tok.children) \
            or any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False
    return bool(_GUN_WORDS.search(doc_text(tok.doc)[:tok.idx]))


def peppered(tok) -> bool:
    """'A man was peppered with birdshot', 'a neighbor peppered him with pellets': a hit by a shotgun's load (not
    "peppered with questions", "birdshot peppered the truck": no missile after "with", or no person hit)."""
    if tok.pos_ != "VERB" or lemma(tok) != "pepper":
        return False
    with_missile = any(c.dep_ == "prep" and c.lower_ == "with" and any(
        p.dep_ == "pobj" and (lemma(p) in _MISSILES or p.lower_ in _MISSILES) for p in c.children)
        for c in tok.children)
    return with_missile and (_passive(tok) or any(c.dep_ == "dobj" and _is_person(c) for c in tok.children))


def _missile_hit(tok) -> bool:
    """'A stray bullet struck a 6-year-old girl', 'gunfire hit a man on his porch': an active "struck" whose subject
    is a bullet and whose object a person; or a bullet's "hitting" after its flight ('his gun discharged, hitting a
    woman in the shoulder', 'it went through his clothes before hitting his passenger').  A verb joined to another
    with no subject of its own takes that verb's ("The bullet missed the driver but hit his passenger")."""
    if not any(c.dep_ == "dobj" and _is_person(c) for c in tok.children):
        return False
    subjects = _subjects(tok) or (_subjects(tok.head) if tok.dep_ == "conj" and tok.head.pos_ == "VERB" else [])
    return any(lemma(s) in _MISSILES for s in subjects) or _hitting_as_it_flew(tok) or _hit_as_one_fired(tok)


def _told_before(person) -> bool:
    """'striking the 4-year-old girl', 'hitting her mother': a person the report has told already, whom the readings
    before count."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "their", "its") for c in person.children)


def _fires(verb) -> bool:
    """'fired into a crowd', 'opened fire on the group': a verb of shooting a gun, whoever its subject."""
    return verb.pos_ == "VERB" and (lemma(verb) == "fire" or (
        lemma(verb) == "open" and any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children)))


def _hit_as_one_fired(tok) -> bool:
    """'A man fired into a crowd, hitting a child', 'a gunman fired on four friends and struck Luis Ortega in the leg':
    a "hitting" hung on a verb of firing, or a "struck" joined to one with no subject of its own, is a bullet's hit
    (not "he punched the clerk, hitting him", nor "he fired his gun and then struck the clerk with it")."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or any(c.lower_ == "with" for c in tok.children) \
            or any(c.dep_ == "dobj" and (c.pos_ == "PRON" or _told_before(c)) for c in tok.children):
        return False
    if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp"):
        return _fires(tok.head)
    return tok.dep_ == "conj" and _fires(tok.head)


_GUN_NOUNS = {"gun", "handgun", "pistol", "rifle", "shotgun", "firearm", "weapon", "it"}
# what a gun or a bullet does before it hits: "discharged", "went off", "went through the wall", "ricocheted"
_FLIGHT = {"discharge", "fire", "go", "ricochet", "pass", "travel", "pierce", "penetrate"}


def _hitting_as_it_flew(tok) -> bool:
    """'The gun discharged, hitting a 40-year-old woman', 'the round went through a wall before striking a boy': a
    "hitting" with no subject of its own, hung on a verb of a gun's or a bullet's flight whose subject is that gun or
    bullet (not "he punched the clerk, hitting him in the face": a person's blow)."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    head = tok.head.head if tok.dep_ == "pcomp" else tok.head
    if head.pos_ == "VERB" and _a_person_fired(head):
        return _on_the_body(tok)
    if head.pos_ != "VERB" or lemma(head) not in _FLIGHT:
        return False
    subj = _subjects(head)
    return bool(subj) and all(lemma(s) in _MISSILES or lemma(s) in _GUN_NOUNS for s in subj)


# what a firing is aimed at when it is a crowd of persons: "opened fire on a group", "fired into a crowd"
_CROWDS = {"group", "crowd", "gathering", "people", "party", "partygoer", "line", "bystander", "spectator"}


def _a_person_fired(verb) -> bool:
    """'opened fire on a group, hitting one man in the leg', 'fired toward a crowd, hitting a woman': the "hitting"
    after a person's firing at a crowd of persons is a bullet's hit of one of them (not "swung the bat, hitting him",
    nor a firing at a house or a car, whose "hitting" may be the house's)."""
    word = lemma(verb)
    if word == "open":
        if not any(c.dep_ == "dobj" and c.lower_ == "fire" for c in verb.children):
            return False
    elif word not in ("fire", "shoot"):
        return False
    aimed = [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "into", "toward", "towards")
             for p in c.children if p.dep_ == "pobj"]
    return any(lemma(p) in _CROWDS or (p.tag_ == "NNS" and lemma(p) in PERSON_SINGULAR) for p in aimed)


# what tells a "hitting" no hit of the body: "nearly hitting him", "narrowly hitting him"
_NEAR = {"nearly", "almost", "narrowly", "barely", "just"}


def _on_the_body(tok) -> bool:
    """Whether a person's "hitting" after a firing hit his body: not "nearly hitting him", nor "hitting him in the
    vest" (a thing he wore or sat in), where "in" names no part of the body."""
    if any(c.lower_ in _NEAR for c in tok.children):
        return False
    where = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "on")
             for p in c.children if p.dep_ == "pobj"]
    where += [p for o in tok.children if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ in ("in", "on")
              for p in c.children if p.dep_ == "pobj"]
    return all(lemma(p) in _BODY for p in where)


def treated_for_a_hit(tok) -> bool:
    """'Ortiz was treated and released', 'was treated at a hospital for a gunshot wound': the person was hit
    (not "treated for shock", nor "treated the wounded")."""
    if tok.pos_ != "VERB" or not _passive(tok):
        return False
    if any(c.dep_ == "conj" and lemma(c) == "release" for c in tok.children):
        return True
    return any(lemma(t) == "hospital" or (lemma(t) in ("wound", "injury") and any(c.lower_ in ("gunshot", "bullet") for c in t.children))
               for t in tok.subtree)


def fighting_for_life(tok) -> bool:
    """'another is fighting for her life', 'a boy was fighting for his life at a hospital': hit, gravely."""
    return tok.tag_ == "VBG" and any(c.lower_ == "for" and any(p.dep_ == "pobj" and lemma(p) == "life" for p in c.children)
                                     for c in tok.children)


def _hit_sign_claim(doc: Doc, sent: Span, s_i: int, tok, word: str, used: set[int], people: People) -> RawClaim | None:
    """"in critical condition", "suffering from a gunshot wound", "taken to a hospital": the person was hit."""
    hit = _hit_person(tok)
    if hit is None or hit.i in used or any(t.lower_ in NEGATORS for t in doc[max(sent.start, tok.i - 4):tok.i]):
        return None
    if hurt_in_a_mishap(sent):
        return None  # "his mother collapsed and was taken to a hospital": no hit
    key = people.key(hit)
    if key is None:
        return None
    if fatal_wound(tok):
        return _one_person(s_i, "killed", key[1], hit, HIT_TRIGGERS[word], key[0])  # "suffered a fatal gunshot wound"
    return _one_person(s_i, "wounded", key[1], hit, ALIVE if says_alive(sent) else HIT_TRIGGERS[word], key[0])


def hit_sign_listed_claims(doc: Doc, sent: Span, s_i: int, tok, word: str, used: set[int], people: People) -> list[RawClaim]:
    """'they found Jerome Lyman and another male victim suffering from apparent gunshot wounds': the persons listed
    with the one a hit sign hangs on (the parse hangs "suffering" on the last of them) were hit as he was.  Only a
    list of persons found, or of a clause's subject (not "the father of a boy and a girl in critical condition")."""
    claim = _hit_sign_claim(doc, sent, s_i, tok, word, used, people)
    hit = _hit_person(tok)
    if claim is None or hit is None or hit.dep_ != "conj" or not _is_person(hit.head) or hit.head.i in used:
        return []
    first = hit.head
    if not (first.dep_ in ("nsubj", "nsubjpass") or (first.dep_ == "dobj" and lemma(first.head) in _FIND)):
        return []
    key = people.key(first)
    return [_one_person(s_i, claim.outcome, key[1], first, claim.trigger, key[0])] if key is not None else []
