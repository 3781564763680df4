"""Reading a trigger: the word that tells a death or a hit, and the outcome it tells.

A phrase may say more than its word: "took his own life" and "turned the gun on himself" kill the subject,
"passed away" is "die", "beaten to death" makes the verb the trigger.  ``_read_trigger`` settles the word first,
so that the rules after it read one lemma; ``_outcome_of`` tells "killed" from "wounded".
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from ..doctext import doc_text
from ..raw_claims import lemma
from ..numbers import PERSON_SINGULAR
from .arguments import _an_age, _is_person, _passive
from .died import _DEATH_IF_NEGATED, died_by_phrase
from .shooter import _turned_on_self
from .signs import fighting_for_life, peppered, _struck, told_fatal, treated_for_a_hit
from .words import _DEATH_WORDS, _HURT_WORDS, _PERSON_NOUNS


_LIFE_TAKERS = {"claim", "take", "cost"}
_GUNS = {"gun", "weapon", "rifle", "handgun", "pistol", "shotgun", "firearm"}
_ATTEMPTED_SUICIDE = re.compile(r"\battempted (?:murder[- ])?suicide\b", re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class _Trigger:
    """A word that may tell a death or a hit, as read: the token the rule reads (the verb of "beaten to death"),
    its lemma as the rules know it, and whether it told the death itself ("to death", "took his own life")."""

    tok: object
    word: str
    to_death: bool = False
    own_life: bool = False


def _read_trigger(doc: Doc, tok) -> tuple:
    """(token, word, to_death, own_life) of the trigger a token is (see ``_Trigger``), where a phrase says more
    than its word ("took his own life", "passed away")."""
    word = lemma(tok)
    to_death = own_life = False
    if word == "life" and tok.dep_ == "dobj" and lemma(tok.head) in _LIFE_TAKERS:
        if any(c.lower_ == "own" for c in tok.children):
            tok, word, own_life = tok.head, "kill", True  # "then took his own life": the subject died
        elif any(c.lower_ == "of" for c in tok.children):
            word = "death"  # "an accident claimed the life of a 4-year-old": the person after "of" died
    if word in _GUNS and _turned_on_self(tok) and not _ATTEMPTED_SUICIDE.search(doc_text(doc)):
        # "before turning the gun on himself": the subject died (not where the report calls it an attempt, "the
        # attempted murder-suicide": he lived, how badly hit it may not say)
        tok, word, own_life = tok.head, "kill", True
    if _killing_of_a_person(tok, word):
        word = "death"  # "pleaded guilty in the killing of a college student": the person after "of" died
    if _gunned_down(tok, word):
        word = "kill"  # "a man was gunned down in his driveway": the person died
    if word == "shooting" and told_fatal(tok) and _shooting_of_a_person(tok):
        word = "kill"  # "charged in the fatal shooting of his wife": she died
    if _fatal_injury_of(tok, word):
        word = "death"  # "which resulted in the fatal injury of a 79-year-old man": the person after "of" died
    if word in _HAND_KILLINGS and _done_by_a_person_to_a_person(tok):
        word = "kill"  # "two men drowned a fisherman after robbing him": a killing by hand, not a death that befell
    if word != "die" and died_by_phrase(tok):
        # "the boy was taken off life support and passed away", "he did not survive", "one did not make it"
        word = "die"
    if word == "death" and tok.head.lower_ == "to" and tok.head.head.pos_ == "VERB" and lemma(tok.head.head) != "sentence":
        tok = tok.head.head  # "beaten to death", "was stabbed to death": the verb's person died
        word, to_death = "kill", True
    return tok, word, to_death, own_life


# verbs of a killing by hand that tell a death that befell where they have no doer ("a boy drowned in the lake",
# "choked on a grape"): a killing only done by a person to a person
_HAND_KILLINGS = {"drown", "strangle", "smother", "suffocate"}


def _done_by_a_person_to_a_person(tok) -> bool:
    """'Two men drowned a fisherman', 'he strangled his wife': the verb is active, its subject a person and its object
    another (not "the flood drowned 40 cattle", "a boy drowned", "drowned his sorrows", "the smoke suffocated him")."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN") or _passive(tok):
        return False
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    obj = [c for c in tok.children if c.dep_ == "dobj"]
    # (any subject: a dateline's town may stand beside the doers as another)
    return any(_a_person_word(t) for t in subj) and bool(obj) and all(_a_person_word(t) for t in obj)


def _a_person_word(tok) -> bool:
    """A person, one or more: a name, a pronoun, a person noun ("two men", "his wife"), or "who"."""
    return _is_person(tok) or tok.lower_ in ("they", "them", "who") or (
        tok.tag_ == "NNS" and (lemma(tok) in _PERSON_NOUNS or lemma(tok) in PERSON_SINGULAR))


def _fatal_injury_of(tok, word: str) -> bool:
    """'resulted in the fatal injury of an 80-year-old resident': a wound or an injury told deadly ("fatal", "mortal";
    not "non-fatal") with an "of" phrase names who died, as "the death of" does (not "the fatal injury" alone, nor
    "non-fatal injuries of two men": hurt, whom the sign of a hit reads)."""
    return word in ("injury", "wound") and tok.pos_ == "NOUN" and told_fatal(tok) \
        and any(c.lower_ == "of" and c.dep_ == "prep" for c in tok.children)


# nouns of a killing that name their dead with "of" as "death" does
_KILLING_NOUNS = {"killing", "slaying"}

# the lemmas whose token ``_read_trigger`` may read as another word or another token (each test it makes begins with
# one of them); any other token it gives back as it came, with its own lemma
READ_AS_ANOTHER = frozenset({"life", "gun", "shooting", "death", "succumb", "pass", "lose", "have", "go", *_GUNS,
                             *_KILLING_NOUNS,
                             *_HAND_KILLINGS,
                             *_DEATH_IF_NEGATED})
# the lemmas ``_outcome_of`` may give an outcome
HAS_AN_OUTCOME = frozenset({*_DEATH_WORDS, *_HURT_WORDS, "treat", "strike", "hit", "fight", "whip", "pepper"})


def _killing_of_a_person(tok, word: str) -> bool:
    """'charged in the killing of a 16-year-old', 'pleaded guilty in the slaying of Ann Cole': the noun of a killing
    with an "of" phrase names who died, as "the death of" does (the court and follow-up stories' way to tell their
    dead).  Not the noun alone ("the killing remains unsolved"), whose person the report tells elsewhere."""
    return word in _KILLING_NOUNS and tok.pos_ == "NOUN" and tok.tag_ == "NN" \
        and any(c.lower_ == "of" and c.dep_ == "prep" for c in tok.children)


_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _gunned_down(tok, word: str) -> bool:
    """'was gunned down outside his home', 'gunmen gunned down a clerk': "gun" with the particle "down" tells a
    killing (the verb alone, "gunned the engine", tells nothing).  Not where a year opens its sentence before it ("In
    1989, when the actress was gunned down in her doorway"): a retrospective's old killing, left unread as before."""
    return word == "gun" and tok.pos_ == "VERB" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children) \
        and not _A_YEAR.search(tok.doc[tok.sent.start:tok.i].text)


def _shooting_of_a_person(tok) -> bool:
    """'charged in the fatal shooting of his wife', 'the deadly shooting of Ray Diaz is under review': the noun
    "shooting" the news is about (``the_shooting_of``) with a person after "of" (not "the shooting of a music video";
    a count after it, "the fatal shooting of two men", is the numbers' to read)."""
    if not the_shooting_of(tok):
        return False
    objs = [p for c in tok.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return bool(objs) and all(_is_person(p) or _an_age(p) for p in objs)


# how "the shooting of ..." hangs on the news: charged or arrested "in" it, wanted "for" it, or the sentence's subject
# or object ("Police are investigating the fatal shooting of ...")
_NEWS_PREPOSITIONS = {"in", "for"}


def the_shooting_of(tok) -> bool:
    """'charged in the fatal shooting of ...', 'the deadly shooting of ... is under review': one "shooting" followed by
    "of", told as the report's news; not a background one ("a spate of violence that began with the fatal shooting
    of ...", "since the fatal shooting of ...")."""
    if tok.lower_ != "shooting" or tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    if not any(c.lower_ == "of" for c in tok.children):
        return False
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") or (tok.dep_ == "pobj" and tok.head.lower_ in _NEWS_PREPOSITIONS)


def _pistol_whipped(tok) -> bool:
    """'was pistol-whipped ... He suffered cuts to his head', 'pistol-whipping her in the face': beaten with a gun, a
    hurt GVDB counts (its dev gold counts a woman pistol-whipped in the face with no shot fired), where the report
    tells the hurt it did (a blow to the face or the head, cuts, a hospital) and not a pistol-whipping told in
    passing."""
    doc = tok.doc
    before = [t.lower_ for t in doc[max(0, tok.i - 2):tok.i]]
    if before[-1:] != ["pistol"] and before != ["pistol", "-"]:
        return False
    # (its sentence and the two after it: "... was pistol-whipped and robbed. No shots were fired. He suffered cuts")
    sent = after = tok.sent
    for _ in range(2):
        after = doc[after.end].sent if after.end < len(doc) else after
    return bool(_WHIP_HURT.search(doc_text(doc)[sent.start_char:after.end_char]))


# the hurt a pistol-whipping did, told beside it
_WHIP_HURT = re.compile(r"\bin the (?:face|head)\b|\b(?:hospital\w*|treated|injur\w*|cuts?|stitches|bleeding|bruis\w*|"
                        r"lacerations?|head wounds?)\b", re.IGNORECASE)


def _outcome_of(tok, word: str) -> str | None:
    """"killed" for a word of death, "wounded" for a word of a hit, else None."""
    if word in _DEATH_WORDS:
        return "killed"
    if word in _HURT_WORDS or (word == "treat" and treated_for_a_hit(tok)) or (word in ("strike", "hit") and _struck(tok)) \
            or (word == "fight" and fighting_for_life(tok)) or (word == "whip" and _pistol_whipped(tok)) \
            or (word == "pepper" and peppered(tok)):
        if word == "hurt" and tok.tag_ == "VBG" and not any(c.dep_ == "dobj" for c in tok.children):
            return None  # "her cousin is also hurting": a grief, not a hit
        return "wounded"
    return None
