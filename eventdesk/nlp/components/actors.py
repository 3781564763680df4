"""Actors: known armed groups, forces and monitors by their aliases, with a role.

Aliases come from ``patterns/actors.jsonl`` and, for each country's army and
police, ``patterns/forces.jsonl`` ("Malian troops").  An entry may carry the
name ACLED codes the actor by where news calls it otherwise (``"acled"``: the
Houthis are "Military Forces of Yemen (2016-) Supreme Political Council"); the
ACLED export writes that name.  Short upper-case aliases
("IS", "SDF") match case-sensitively, so the verb "is" never becomes Islamic
State, and not inside a line or sentence set in capitals ("POLICE SAY HE IS ARMED"); a
short alias with a capital inside ("LeT") counts only as written, never in "let's".
The role is read off the sentence: the subject of an attack verb, or the
agent after "by", is a perpetrator; the object of an attack verb, or what
follows "attack on", is a target.  "A group of police" and "members of X" take the role of
the collective noun; the group in "anti-Houthi forces" is the one they fight, and no actor.

A militia named by its community ("suspected Fulani herdsmen", "Tiv and Jukun
ethnic militias") is "<community> Militia", of kind ``communal``; like the generic
actors below it takes the country of the incident's place ("Fulani Militia
(Nigeria)"), and it replaces the unnamed communal militia or gunmen those words
would otherwise make.

Troops and police named without a country (the generic "Military Forces" and
"Police Forces") are actors only where they take part: they attack or are
attacked, clash, arrest, disperse.  "Police said" and "police are investigating"
are the police as a source, in nearly every local report, not a party.

Forms that hold for any country or group, not one table row each: a country's forces
"of" the country ("the Defense Forces of Mozambique"); a group no table lists, named by
its acronym before a fighters' noun ("NAS rebels"); attackers attributed to a group
("gunmen believed to belong to X"), who are the group; the subject of "conducted
airstrikes" or "carried out an attack", who attacked; militias named by the village they
come from ("communal militias from Zamwara": "Zamwara Communal Militia"); and an army's unit
named by its number ("the 22nd Armored Brigade"), which is the country's military forces.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Sequence

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..arrays import lower_indices, upper_indices
from ..doctext import doc_text
from ..lexicon import GENDARMERIE, MILITARY, POLICE, actor_kinds, actors, forces

ATTACK_LEMMAS = {
    "attack", "storm", "ambush", "bomb", "shell", "strike", "raid", "target", "assault", "kill",
    "fire", "launch", "overrun", "seize", "capture", "abduct", "kidnap", "execute", "behead",
    "claim", "besiege", "shoot", "detonate", "hit", "bombard", "massacre", "torch", "burn",
}
ATTACK_NOUNS = {"attack", "assault", "ambush", "raid", "offensive", "strike", "airstrike", "bombing", "shelling", "operation"}
# what troops and police do, or have done to them, as a party to an event (besides the attack verbs)
TAKE_PART_LEMMAS = {
    "clash", "fight", "battle", "repel", "exchange", "return", "confront", "engage", "surround", "chase", "pursue",
    "arrest", "detain", "apprehend", "disperse", "beat", "tear", "intercept", "deploy", "storm", "rescue", "free",
    "encircle", "retake", "recapture", "wound", "injure", "stab",
    "skirmish", "gunfight", "shootout", "shoot-out", "firefight", "encounter", "crackdown", "use",
}
_GENERIC_FORCES = {MILITARY, POLICE, GENDARMERIE}
# "Fulani militias", "Dozo militiamen", "Fellata and Rizeigat communal militias": a community's militia, named
# by the community.  No table can list them all; ACLED names each "<community> Ethnic (or Communal, Clan)
# Militia (<country>)", and which of those it is the text rarely says, so the name is "<community> Militia"
# and the country is added as for the generic actors.  "Clans" (plural) is a head too: "militias from the
# Hawadle and Jarer Weyne clans" are two sides of a clan fight; one clan named alone is mostly a community.
COMMUNAL = "communal"
_MILITIA_HEADS = frozenset({"militia", "militias", "militiaman", "militiamen", "herdsmen", "herders", "raiders", "gunmen",
                            "clans", "tribesmen", "clansmen", "vigilantes"})
_MILITIA_QUALIFIERS = {"ethnic", "communal", "clan", "tribal", "community", "self-defence", "self-defense", "vigilante"}
_NOT_COMMUNITIES = {"islamist", "islamic", "jihadist", "shia", "shiite", "sunni", "government", "pro-government",
                    "rebel", "opposition", "regime", "pro-regime", "local", "rival", "armed", "allied", "militia"}
# ACLED's codebook names an unnamed identity militia by what the report calls it: a clan's, a tribe's,
# an ethnic group's, or else a community's ("Unidentified Clan Militia (Somalia)")
_UNNAMED_MILITIAS = {"Unidentified Communal Militia", "Unidentified Clan Militia", "Unidentified Tribal Militia",
                     "Unidentified Ethnic Militia", "Unidentified Armed Group"}
_COMMUNITY_WORDS = 2  # "Fulani", "Raia Mutomboki": longer runs of capitals are names of something else
# "youths from the Bobo community", "militiamen of the Hawadle clan": armed men named by the community they come from
_FROM_COMMUNITY_HEADS = frozenset({"youths", "youth", "militiamen", "militias", "militia", "gunmen", "fighters", "vigilantes"})
_COMMUNITY_NOUNS = {"community", "communities", "clan", "clans", "sub-clan", "subclan", "tribe", "tribes", "ethnic"}
# "a group of police", "members of Boko Haram": the collective noun is where the parse hangs the phrase's role
_COLLECTIVE_NOUNS = {"group", "groups", "member", "members", "unit", "units", "team", "squad", "contingent", "patrol",
                     "dozens", "hundreds", "scores", "band", "gang", "detachment"}
# "anti-Houthi forces", "an anti-Taliban militia": the group named after "anti-" is the one they fight
_OPPOSED_PREFIXES = {"anti", "counter"}
# "the Defense Forces of Mozambique", "military forces of India": a country's forces named after "of"
# the way ACLED itself names them; for every country of forces.jsonl, so no table row is needed
_OF_COUNTRY_MILITARY = ("armed forces", "defense forces", "defence forces", "military forces", "security forces",
                        "army", "military", "troops", "soldiers")
_OF_COUNTRY_POLICE = ("police", "police forces", "national police")
# "NAS rebels", "suspected BIFF militants", "members of the WAM": a group no table lists, named by its acronym
# before a fighters' noun (or after "fighters of", "armed members of"); ACLED's own name for such a group begins with the acronym
_FIGHTER_HEADS = {"rebels", "rebel", "militants", "militant", "fighters", "combatants", "militiamen", "militia",
                  "insurgents", "guerrillas", "guerrilla", "gunmen", "elements", "cadres"}
_ACRONYM_MIN, _ACRONYM_MAX = 2, 6
# acronyms before a fighters' noun that are no armed group: places, and bodies that observe or keep peace
_NOT_GROUP_ACRONYMS = {"UN", "US", "USA", "UK", "EU", "AU", "OSCE", "SMM", "NGO", "LOC", "LAC", "IDP", "IDPS", "COVID"}
# "gunmen believed to belong to Al-Shabaab", "militants (suspected TTP)", "gunmen of the 22nd Brigade", "gunmen of
# the Islah-affiliated 22nd Armored Brigade": the attackers are unnamed but attributed to a group, which ACLED codes
# as the actor; the text just before the group
_ATTRIBUTED_ATTACKERS = re.compile(
    r"\b(?P<who>gunmen|gunman|militants|militant|assailants|assailant|attackers|attacker|fighters|armed men)\s*\(?\s*"
    r"(?:suspected(?: to be| of being)?|believed to (?:be|belong to)|thought to (?:be|belong to)|said to (?:be|belong to)"
    r"|belonging to|affiliated (?:with|to)|linked to|loyal to|of)\s+(?:the\s+)?(?:suspected\s+)?"
    r"(?:[\w'-]+-(?:affiliated|backed|aligned|allied|led|supported)\s+)?$", re.I)
_ATTRIBUTION_WINDOW = 60  # characters before the group's name
# "conducted airstrikes", "carried out an attack", "staged a raid": the subject of a light verb whose
# object is an attack is the side that attacked
# ("repelled an attack", "foiled a raid" are the side attacked: only these verbs count)
_LIGHT_VERBS = {"conduct", "carry", "stage", "mount", "wage", "perform", "undertake"}
# "a man wanted by the police", "reports presented by the police", "a body found by soldiers", "an operation
# supported by the air force": the agent after "by" of a verb of wanting, telling, finding or backing did no violence
# in the sentence; it is a party only where the sentence says so otherwise
_NOT_VIOLENT_AGENCY = {"want", "seek", "present", "report", "say", "confirm", "announce", "accuse", "allege", "deny",
                       "find", "discover", "recover", "identify", "investigate", "see", "observe", "witness", "record",
                       "document", "support", "back", "accompany", "escort", "assist", "aid", "control", "hold",
                       "govern", "run", "own", "organize", "organise", "call", "issue", "publish", "release", "order",
                       "impose", "declare", "provide", "send", "condemn", "treat", "take"}
# "X clashed with Y", "X and Y exchanged fire", "X fought Y": the subject of a verb of fighting is a side that acted
# (ACLED's actor1 is the side named first), even where its own members are among the dead
_FIGHT_LEMMAS = {"clash", "fight", "battle", "skirmish", "exchange", "engage"}
_SIDES_REACH = 8  # tokens from the first side to the verb of fighting
# "a Taliban suicide bomber", "an ISWAP gunman": a group named before the noun of one who attacks is the attacker's
# side, whatever the verb ("drove into the base"), unless the attacker is the one hit ("police killed a Taliban gunman")
_ATTACKER_NOUNS = {"bomber", "bombers", "sniper", "snipers", "gunman", "gunmen", "attacker", "attackers", "assailant",
                   "assailants", "shooter", "shooters", "raiders", "kidnappers", "abductors"}
# "police are accused of assaulting a driver": the accused of an act of violence did it, as the note tells it
_ACCUSING_LEMMAS = {"accuse", "suspect", "blame", "charge"}
_ABUSE_LEMMAS = {"assault", "torture", "rape", "murder", "assassinate", "lynch", "whip", "flog", "abuse", "harass"}
# "Turkish forces and opposition rebels under OPS shelled", "... factions, operating under OPS,": forces named just
# before "under" a named operation act as the operation, which ACLED codes as the actor
_UNDER_OPERATION = re.compile(r"^[\s,]*(?:(?:operating|acting|fighting|deployed) )?under (?:the )?(?:command of )?$", re.I)
_OPERATION = "Operation "
_MEMBERS_GAP = re.compile(r"^[\s,]*(?:and|&)?[\s,]*$", re.I)  # between two forces coordinated before "under"
_LIGHT_ATTACK_NOUNS = ATTACK_NOUNS | {"airstrikes", "strikes", "attacks", "raids", "ambushes", "assaults", "shelling",
                                      "bombardment", "offensive"}


@dataclass(frozen=True)
class ActorMention:
    start: int  # char offsets
    end: int
    name: str
    kind: str
    role: str  # perpetrator | target | other
    sent: int


def _through_collective(root):
    """"a group of police" -> "group": the noun whose place in the sentence the group's role takes."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _COLLECTIVE_NOUNS:
        return head.head
    return root


def _role(span) -> str:
    root = _through_collective(span.root)
    head = root.head
    dep = root.dep_
    if dep in ("compound", "amod", "poss") and head.lemma_ in ATTACK_NOUNS:
        return "perpetrator"  # "the Islamic State attack on ..."
    if dep in ("compound", "amod", "nmod"):
        # "IS fighters attacked" -> role of the phrase the alias modifies; "the PMF and police forces shelled",
        # parsed as "(PMF and police) forces", likewise
        root, head, dep = head, head.head, head.dep_
    if dep in ("nsubj",) and head.lemma_ in ATTACK_LEMMAS:
        return "perpetrator"
    if dep == "nsubj" and _object_is_attack(head):
        return "perpetrator"
    if dep == "nsubj" and head.lemma_ in _FIGHT_LEMMAS:
        return "perpetrator"
    if dep in ("nsubjpass", "dobj") and _accused_of_violence(head):
        return "perpetrator"
    if dep == "pobj" and head.lower_ == "by":
        return "other" if head.head.lemma_.lower() in _NOT_VIOLENT_AGENCY else "perpetrator"
    if dep in ("dobj", "nsubjpass") and head.lemma_ in ATTACK_LEMMAS:
        return "target"
    if dep == "pobj" and head.lower_ in ("on", "against") and head.head.lemma_ in ATTACK_NOUNS | ATTACK_LEMMAS:
        return "target"
    if dep == "poss" and head.lemma_ in ATTACK_NOUNS:
        return "perpetrator"
    if root is not span.root and root.lower_ in _ATTACKER_NOUNS and dep not in ("dobj", "nsubjpass", "pobj"):
        return "perpetrator"  # "a Taliban suicide bomber drove into the base": the noun itself says who attacked
    return _role_by_order(span)


def _accused_of_violence(verb) -> bool:
    """"police are accused of assaulting a driver", "residents accused soldiers of beating them": the one accused of
    an act of violence is its perpetrator (as the note tells it)."""
    if verb.lemma_ not in _ACCUSING_LEMMAS:
        return False
    return any(c.lower_ == "of" and any(g.dep_ == "pcomp" and g.lemma_ in ATTACK_LEMMAS | TAKE_PART_LEMMAS | _ABUSE_LEMMAS
                                        for g in c.children) for c in verb.children)


def _object_is_attack(verb) -> bool:
    """"conducted airstrikes", "carried out an attack": the verb's object is an attack."""
    return verb.lemma_ in _LIGHT_VERBS and any(
        c.dep_ == "dobj" and (c.lower_ in _LIGHT_ATTACK_NOUNS or c.lemma_ in ATTACK_NOUNS) for c in verb.children)


def _takes_part(span) -> bool:
    """Troops or police as a party: the subject, object or agent of an attack or another act of
    violence or policing, or named beside it ("clashed with police", "a shootout between police and")."""
    root = _through_collective(span.root)
    while root.dep_ in ("compound", "amod", "conj", "appos") and root.head is not root:
        root = root.head
    head = root.head
    lemmas = {head.lemma_.lower(), head.head.lemma_.lower()} if head is not root else set()
    if root.dep_ == "nsubj":
        # "police carried out a raid", "the army conducted an operation": what they did is the verb's object
        lemmas |= {c.lemma_.lower() for c in head.children if c.dep_ == "dobj"}
    return bool(lemmas & (TAKE_PART_LEMMAS | ATTACK_LEMMAS | ATTACK_NOUNS))


def _named_as_opponent(doc: Doc, start: int) -> bool:
    """The alias is the second half of "anti-X": a side named by whom it fights, not X itself."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in _OPPOSED_PREFIXES


def _community_word(tok, demonyms: frozenset[str]) -> bool:
    """A word that may name a community ("Fulani", "Hema"); an acronym ("RPRC militiamen") names a group, which
    ``acronym_groups`` reads."""
    return (tok.is_alpha and tok.text[:1].isupper() and (tok.pos_ == "PROPN" or tok.ent_type_ == "NORP")
            and tok.lower_ not in demonyms and tok.lower_ not in _NOT_COMMUNITIES and not _is_acronym(tok))


def named_militias(doc: Doc, taken: set[int], demonyms: frozenset[str]):
    """(start, end, name) token spans of militias named by their community: "suspected Fulani militias"
    -> "Fulani Militia"; "Fellata and Rizeigat communal militias" -> both.  Tokens already matched as a
    known actor are left alone ("Mayi Mayi militia"), and so is a faction's name joined to the known group's by a
    hyphen ("Raia Mutomboki-Lukoba militiamen" are Raia Mutomboki's)."""
    for i in lower_indices(doc, _MILITIA_HEADS):  # (the heads' tokens only, found from the doc's arrays)
        if i in taken:
            continue
        t = doc[i]
        j = t.i - 1
        while j >= 0 and doc[j].lower_ in _MILITIA_QUALIFIERS:
            j -= 1
        while True:
            end = j + 1
            while j >= 0 and end - j <= _COMMUNITY_WORDS and j not in taken and _community_word(doc[j], demonyms):
                j -= 1
            if j + 1 == end or (j >= 0 and doc[j].is_alpha and doc[j].text[:1].isupper() and doc[j].lower_ not in _NOT_COMMUNITIES
                                and doc[j].pos_ == "PROPN"):
                break  # no name, or a longer run of capitals ("the Lake Chad Basin militia")
            if j >= 1 and doc[j].text == "-" and j - 1 in taken:
                break  # "Raia Mutomboki-Lukoba militiamen": a faction of the named group, which the group's name covers
            yield j + 1, t.i + 1, " ".join(w.text for w in doc[j + 1:end]) + " Militia"
            if j >= 1 and doc[j].lower_ in ("and", ",", "&") and _community_word(doc[j - 1], demonyms):
                j -= 1  # "Fellata and Rizeigat militias": the first community too
                continue
            break


def militias_from_communities(doc: Doc, taken: set[int], demonyms: frozenset[str]):
    """(start, end, name) of armed men named by the community they come from: "youths from the Bobo community",
    "militiamen of the Hawadle clan" -> "Bobo Militia", "Hawadle Militia".  The span runs from the men to the
    community's noun, so that its role is the men's; men who are the ones hit, and communities named beside their
    victims ("cattle owners from the Fulani community", "members of the X community"), make no militia."""
    for i in lower_indices(doc, _FROM_COMMUNITY_HEADS):  # (the heads' tokens only, found from the doc's arrays)
        if i in taken or i + 3 >= len(doc) or doc[i + 1].lower_ not in ("from", "of"):
            continue
        t = doc[i]
        j = t.i + 2 + (doc[t.i + 2].lower_ == "the")
        k = j
        while k < len(doc) and k - j < _COMMUNITY_WORDS and k not in taken and _community_word(doc[k], demonyms):
            k += 1
        if k == j or k >= len(doc) or doc[k].lower_ not in _COMMUNITY_NOUNS or _role(doc[t.i:k + 1]) == "target":
            continue  # "youths from the X community were shot": victims, no militia
        yield t.i, k + 1, " ".join(w.text for w in doc[j:k]) + " Militia"


# "communal militias from Zamwara", "militias from Kofa and Bakin Kogi clashed": militiamen named by the village or
# town they come from, which ACLED names "<place> Communal Militia (<country>)"; only militia words (gunmen or youths
# "from" a town are named by nothing that makes them a militia), and no state or district ("militias from Plateau
# State" are named by no community)
_FROM_PLACE_HEADS = {"militias", "militia", "militiamen"}
_ADMIN_NOUNS = {"state", "province", "region", "district", "county", "lga", "area", "division", "department"}
COMMUNAL_MILITIA = "Communal Militia"


def militias_from_places(doc: Doc, taken: set[int], demonyms: frozenset[str], countries: frozenset[str]):
    """(start, end, name) of militias named by the places they come from: "communal militias from Zamwara" ->
    "Zamwara Communal Militia"; "militias from Kofa and Bakin Kogi" -> both.  The span of the first runs from
    the militia's noun to its place, so that its role is the men's; a place followed by a community's noun is a
    community (``militias_from_communities``), a country is no place of a community, and militiamen who are the
    ones hit make no militia."""
    if "militia" not in doc_text(doc).lower():
        return  # (each of _FROM_PLACE_HEADS holds the word: most reports name no militia, and no token need be read)
    for t in doc:
        if (t.lower_ not in _FROM_PLACE_HEADS or t.i in taken or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "from"
                or _role(doc[t.i:t.i + 1]) == "target"):
            continue
        j, first = t.i + 2, True
        while j < len(doc):
            k = j
            while k < len(doc) and k - j < _COMMUNITY_WORDS and k not in taken and _community_word(doc[k], demonyms):
                k += 1
            after = doc[k] if k < len(doc) else None
            if (k == j or (after is not None and (after.lower_ in _COMMUNITY_NOUNS | _ADMIN_NOUNS
                                                   or (after.is_alpha and after.text[:1].isupper())))
                    or any(w.lower_ in _ADMIN_NOUNS for w in doc[j:k]) or doc[j:k].text.lower() in countries):
                break
            yield (t.i if first else j), k, f"{doc[j:k].text} {COMMUNAL_MILITIA}"
            if after is None or after.lower_ not in ("and", "&") or k + 1 >= len(doc):
                break
            j, first = k + 1, False


# "the 22nd Armored Brigade", "the 170th Air Defence Brigade", "the 3rd Infantry Battalion": a state army's unit,
# named by its number; ACLED codes it as the country's military forces with the unit after the name ("Military Forces
# of Yemen (2012-) 22nd Armored Brigade").  Divisions and corps are left out: in Syria the opposition's factions are
# numbered divisions too.  Kind ``UNIT``: a state force that, unlike the generic troops, is named, so that "gunmen of
# the 22nd Armored Brigade" are the brigade; it takes the country of the incident's place like the generic actors.
UNIT = "unit"
_NUMBERED_UNIT = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:[A-Z][a-z]+\s+){0,3}(?:Brigade|Regiment|Battalion)\b")


def numbered_units(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token spans of army units named by their number ("the 22nd Armored Brigade")."""
    spans = (doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in _NUMBERED_UNIT.finditer(doc_text(doc)))
    return [(sp.start, sp.end) for sp in spans if sp is not None]


def _is_acronym(tok) -> bool:
    text = tok.text.replace("-", "")
    return (_ACRONYM_MIN <= len(text) <= _ACRONYM_MAX and text.isalpha() and text.isupper()
            and text not in _NOT_GROUP_ACRONYMS)


def _armed_members(doc: Doc, i: int) -> bool:
    """"fighters of", "armed members of": people of a group who bear arms ("members of" alone may be a party's)."""
    word = doc[i].lower_
    if word in _FIGHTER_HEADS:
        return True
    return word in ("members", "member") and i >= 1 and doc[i - 1].lower_ == "armed"


def acronym_groups(doc: Doc, taken: set[int]):
    """(start, end, name) of armed groups named only by an acronym no table lists: "NAS rebels",
    "suspected BIFF militants", "CNPSC combatants", "armed members of the WAM".  ("Members of
    the ICS" alone may be a student wing's, no party to violence.)  The name is the acronym,
    which ACLED's name for the group begins with ("WAM: Weichan Auka Mapu")."""
    for i in upper_indices(doc):  # (an acronym is in capitals: only those tokens are read, found from the doc's arrays)
        if i in taken:
            continue
        t = doc[i]
        if not _is_acronym(t):
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in _FIGHTER_HEADS:
            yield t.i, t.i + 1, t.text
            continue
        before = [w.lower_ for w in doc[max(0, t.i - 2):t.i]]
        if before[-1:] == ["of"] or before == ["of", "the"]:
            k = t.i - 1 if before[-1:] == ["of"] else t.i - 2
            if k >= 1 and _armed_members(doc, k - 1):
                yield t.i, t.i + 1, t.text


def _attributed_attackers(doc: Doc, span):
    """The token of "gunmen" in "gunmen believed to belong to <span>", or None."""
    base = max(0, span.start_char - _ATTRIBUTION_WINDOW)
    m = _ATTRIBUTED_ATTACKERS.search(doc_text(doc)[base:span.start_char])
    if not m:
        return None
    at = base + m.start("who")
    return doc.char_span(at, at + len(m.group("who")), alignment_mode="expand")


def _attributed_role(doc: Doc, span, role: str) -> tuple[str, set[int]]:
    """A group the attackers are attributed to takes their part: the attackers' role where the sentence
    tells it ("killed by militants (suspected TTP)"), else the attacker's ("gunmen believed to belong to X
    shot ..." parses poorly).  Returns the role and the tokens of the attackers, whose generic mention
    ("Unidentified Armed Group") the group replaces."""
    who = _attributed_attackers(doc, span)
    if who is None:
        return role, set()
    theirs = _role(who)
    if theirs != "other":
        return theirs, set(range(who.start, who.end))
    return ("perpetrator" if role == "other" else role), set(range(who.start, who.end))


def _role_by_order(span) -> str:
    """Fallback when the parse is off (datelines confuse it): "X fighters attacked", "attack on X"."""
    doc = span.doc
    for t in doc[span.end:min(len(doc), span.end + 3)]:
        if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") and t.lemma_ in ATTACK_LEMMAS:
            return "perpetrator"
        if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
            break
    # "X and Y clashed", "X, Y and Z exchanged fire": the first of the sides that fought
    for t in doc[span.end:min(len(doc), span.end + _SIDES_REACH)]:
        if t.tag_ == "VBD" and t.lemma_ in _FIGHT_LEMMAS:
            return "perpetrator"
        if t.pos_ not in ("NOUN", "PROPN", "ADJ", "CCONJ", "DET") and t.text != ",":
            break
    before = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
    if "by" in before[-2:]:
        return "perpetrator"
    if any(w in ("on", "against") for w in before[-2:]):
        return "target"
    return "other"


# -- the aliases' token ids, kept between processes ---------------------------------------------------------------
# Tokenising the 16,000 aliases was two thirds of the actor matcher's build (about 0.15 s of CPU in every process that
# reads a report).  A phrase matcher keeps of each pattern only its tokens' ids (ORTH or LOWER: the hashes of their
# texts), and it takes those ids as they are in place of a Doc (as it does when unpickled), so each alias's ids are kept
# in a file of the cache folder beside the gazetteer's index and read back in the next process: the same patterns, in
# the same order.  The ids depend only on the tokenizer (its rules and special cases), spaCy's version and the
# language's lower-casing: the file holds a key of these and is ignored, then written again, where its key differs.  An
# alias the file lacks (the tables changed) is tokenised, and the file written again with it.
_ALIAS_IDS_FILE = "actor-alias-ids-v1.json"


def _tokenizer_key(nlp: Language) -> str:
    """What an alias's token ids depend on: spaCy's version, the language, and the tokenizer's rules as it writes them
    (prefixes, suffixes, infixes, token and URL matches, special cases; about 1 ms)."""
    h = hashlib.sha256(f"{spacy.__version__}|{nlp.lang}|{_ALIAS_IDS_FILE}|".encode())
    h.update(nlp.tokenizer.to_bytes(exclude=["vocab"]))
    return h.hexdigest()


class _AliasIds:
    """The ORTH or LOWER ids of each alias's tokens, as ``PhraseMatcher.add`` reads them from the alias's Doc: from
    the file in ``cache_dir`` where it holds them for this tokenizer, else tokenised.  ``save`` writes the file again
    where an alias had to be tokenised, with the aliases asked for only (an alias the tables no longer hold is
    dropped; quietly left where the folder cannot be written)."""

    def __init__(self, nlp: Language, cache_dir: str | None):
        self.nlp = nlp
        self.path = Path(cache_dir) / _ALIAS_IDS_FILE if cache_dir else None
        self.key = _tokenizer_key(nlp) if self.path else ""
        self.known: dict[str, dict[str, list[int]]] = {"orth": {}, "lower": {}}
        self.asked: dict[str, set[str]] = {"orth": set(), "lower": set()}
        self.tokenised = 0
        if self.path is None:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("key") == self.key and isinstance(data.get("orth"), dict) \
                    and isinstance(data.get("lower"), dict):
                self.known = {"orth": data["orth"], "lower": data["lower"]}
        except (OSError, ValueError, AttributeError):
            pass

    def ids(self, names: Sequence[str], attr: str) -> list[list[int]]:
        """Each name's token ids of ``attr`` ("orth" or "lower"), in the names' order."""
        known = self.known[attr]
        self.asked[attr].update(names)
        missing = list(dict.fromkeys(n for n in names if n not in known))
        if missing:
            self.tokenised += len(missing)
            for alias, doc in zip(missing, self.nlp.tokenizer.pipe(missing)):
                known[alias] = [t.orth if attr == "orth" else t.lower for t in doc]
        return [known[n] for n in names]

    def save(self) -> None:
        if self.path is None or not self.tokenised:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".actor-alias-ids-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                kept = {attr: {n: ids for n, ids in known.items() if n in self.asked[attr]}
                        for attr, known in self.known.items()}
                json.dump({"key": self.key, **kept}, fh, separators=(",", ":"))
            os.replace(tmp, self.path)  # whole or not at all, for a process reading it meanwhile
        except OSError:
            pass


# "LeT", "SoG", "FAMa": a short alias with a capital after its first letter, which only its writing tells from a word
_CASED_SHORT = re.compile(r"(?=.*[a-z])[A-Za-z]+[A-Z][A-Za-z]*")
_CASED_SHORT_MAX = 5
# "POLICE SAY HE IS ARMED": in a line or sentence set in capitals a two- or three-letter alias in capitals ("IS",
# "SDF") is as likely a word; one whose letters are at least this share capitals (besides the alias), and long
# enough to tell, is such a run
_CAPS_ALIAS_MAX = 3
_CAPS_SHARE = 0.8
_CAPS_MIN_LETTERS = 12


def _short_caps_in_capitals(doc: Doc, start: int, end: int) -> bool:
    """A match of a two- or three-letter alias in capitals inside a line or sentence set in capitals."""
    if end - start != 1 or len(doc[start].text) > _CAPS_ALIAS_MAX:
        return False
    tok = doc[start]
    text = doc_text(doc)
    sent = tok.sent
    lo = max(sent.start_char, text.rfind("\n", 0, tok.idx) + 1)
    nl = text.find("\n", tok.idx)
    hi = min(sent.end_char, nl if nl >= 0 else len(text))
    letters = [c for c in text[lo:tok.idx] + text[tok.idx + len(tok.text):hi] if c.isalpha()]
    if len(letters) < _CAPS_MIN_LETTERS:
        return False
    return sum(c.isupper() for c in letters) >= _CAPS_SHARE * len(letters)


@Language.factory("eventdesk_actors", assigns=["doc._.actor_mentions"], requires=["doc.sents", "token.dep"],
                  default_config={"cache_dir": ""})
def make_actors(nlp: Language, name: str, cache_dir: str):
    return ActorMatcher(nlp, cache_dir)


class ActorMatcher:
    def __init__(self, nlp: Language, cache_dir: str | None = ""):
        """``cache_dir``: the folder of the aliases' token ids ("": the cache folder of the settings, as the
        gazetteer's; None: none, every alias tokenised)."""
        if cache_dir == "":
            from ...geo.build import default_cache_dir

            cache_dir = str(default_cache_dir())
        alias_ids = _AliasIds(nlp, cache_dir)
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        # about 16,000 aliases, added to each matcher in one call per actor as their tokens' ids (see _AliasIds); each
        # matcher gets the same patterns in the same order as one alias's Doc at a time
        for a in actors():
            names = (a.name, *a.aliases)
            exact, folded = [], []
            for alias in names:
                (exact if len(alias) <= 5 and alias.upper() == alias else folded).append(alias)
            if exact:
                self.exact.add(a.name, alias_ids.ids(exact, "orth"))
            if folded:
                self.folded.add(a.name, alias_ids.ids(folded, "lower"))
        for name, _ in forces().values():
            country = name.removeprefix("the ")
            for kind_name, nouns in ((MILITARY, _OF_COUNTRY_MILITARY), (POLICE, _OF_COUNTRY_POLICE)):
                self.folded.add(f"{kind_name} of {name}",
                                alias_ids.ids([f"{n} of {c}" for n in nouns for c in {name, country}], "lower"))
        alias_ids.save()
        self.aliases_tokenised = alias_ids.tokenised  # (none where the file held them all)
        # short aliases with a capital inside ("LeT", "SoG"): the folded matcher finds them case-blind, and "let's",
        # "LET'S" are no Lashkar-e-Taiba; such a match is kept only as the alias is written
        self.as_written = {(a.name, alias.lower()): alias for a in actors() for alias in (a.name, *a.aliases)
                           if len(alias) <= _CASED_SHORT_MAX and _CASED_SHORT.fullmatch(alias)}
        self.kinds = actor_kinds()
        self.demonyms = frozenset(d.lower() for _, names in forces().values() for d in names)
        self.countries = frozenset(name.lower().removeprefix("the ") for name, _ in forces().values())

    def _as_written(self, doc: Doc, match) -> bool:
        """A one-token case-blind match of a short alias with a capital inside is kept only as the alias is written."""
        match_id, start, _ = match
        tok = doc[start]
        written = self.as_written.get((doc.vocab.strings[match_id], tok.lower_))
        return written is None or tok.text == written

    def __call__(self, doc: Doc) -> Doc:
        matches = [m for m in self.exact(doc) if not _short_caps_in_capitals(doc, m[1], m[2])]
        matches += [m for m in self.folded(doc) if m[2] - m[1] > 1 or self._as_written(doc, m)]
        # a numbered unit of a named group ("the 6th Southern Resistance Brigade") is the group's, no state army's
        named_tokens = {k for match_id, start, end in matches if self.kinds.get(doc.vocab.strings[match_id]) != "generic"
                        for k in range(start, end)}
        units = {(start, end) for start, end in numbered_units(doc) if not named_tokens.intersection(range(start, end))}
        matches += [(doc.vocab.strings.add(MILITARY), start, end) for start, end in units]
        # longest match first, then drop overlaps
        matches.sort(key=lambda m: (m[1], -(m[2] - m[1])))
        taken: set[int] = set()
        out: list[tuple[range, ActorMention]] = []
        sent_index = _sentence_index(doc)
        replaced: set[int] = set()  # tokens of attackers a named group replaces ("gunmen believed to belong to X")
        for match_id, start, end in matches:
            if taken & set(range(start, end)) or _named_as_opponent(doc, start):
                continue
            taken.update(range(start, end))
            span = doc[start:end]
            name = doc.vocab.strings[match_id]
            role = _role(span)
            unit = (start, end) in units
            if name in _GENERIC_FORCES and role == "other" and not unit and not _takes_part(span):
                continue  # "police said": a source, not a party
            kind = UNIT if unit else self.kinds.get(name, "other")
            if kind != "generic":
                role, attackers = _attributed_role(doc, span, role)
                replaced |= attackers
            out.append((range(start, end), ActorMention(span.start_char, span.end_char, name, kind, role, sent_index[start])))
        out = [(tokens, m) for tokens, m in out if m.name not in _UNNAMED_MILITIAS or not replaced.intersection(tokens)]
        # a community named before "communal militias" or "gunmen" says more than the generic actor those words make
        unnamed = {k for tokens, m in out if m.name in _UNNAMED_MILITIAS for k in tokens}
        named = list(named_militias(doc, taken - unnamed, self.demonyms))
        named += militias_from_communities(doc, (taken - unnamed) | {k for a, b, _ in named for k in range(a, b)}, self.demonyms)
        named += militias_from_places(doc, (taken - unnamed) | {k for a, b, _ in named for k in range(a, b)}, self.demonyms,
                                      self.countries)
        if named:
            covered = {k for start, end, _ in named for k in range(start, end)}
            out = [(tokens, m) for tokens, m in out if m.name not in _UNNAMED_MILITIAS or not covered.intersection(tokens)]
        for start, end, name in named:
            span = doc[start:end]
            out.append((range(start, end), ActorMention(span.start_char, span.end_char, name, COMMUNAL, _role(span), sent_index[start])))
            taken.update(range(start, end))
        for start, end, name in acronym_groups(doc, taken):
            span = doc[start:end]
            out.append((range(start, end), ActorMention(span.start_char, span.end_char, name, "rebel", _role(span), sent_index[start])))
        out.sort(key=lambda x: x[1].start)
        doc._.actor_mentions = _under_operations(doc_text(doc), [m for _, m in out])
        return doc


def _under_operations(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Forces named just before "under <Operation X>" act as the operation: it takes their strongest role and
    they stay as sides named ("other"), so that the operation is the one the ACLED export writes."""
    out = list(mentions)
    for k, op in enumerate(mentions):
        if not op.name.startswith(_OPERATION) or k == 0:
            continue
        prev = mentions[k - 1]
        if prev.sent != op.sent or not _UNDER_OPERATION.match(text[prev.end:op.start]):
            continue
        members = [k - 1]
        j = k - 2
        while j >= 0 and mentions[j].sent == op.sent and _MEMBERS_GAP.match(text[mentions[j].end:mentions[members[-1]].start]):
            members.append(j)
            j -= 1
        # "and opposition rebels": a coordinated side whose own words lie between the two names
        if j >= 0 and mentions[j].sent == op.sent and re.fullmatch(r"[\s,]*and [\w\s-]{0,20}", text[mentions[j].end:mentions[members[-1]].start]):
            members.append(j)
        roles = {out[i].role for i in members} | {op.role}
        role = next((r for r in ("perpetrator", "target", "other") if r in roles), op.role)
        for i in members:
            out[i] = replace(out[i], role="other")
        out[k] = replace(op, role=role)
    return out


def _sentence_index(doc: Doc) -> list[int]:
    """The index of each token's sentence, from the sentences' lengths (they cover the doc one after another), no
    token read."""
    return [k for k, sent in enumerate(doc.sents) for _ in range(sent.end - sent.start)]
