"""The words that tell a figure's outcome, and the checks a word must pass to count.

Trigger words ("killed", "wounded", "missing", "arrested", "escaped") give an outcome outright; the weaker hit
words ("shot", "stabbed") give "wounded" unless a stronger word follows; a verb with an object of its own
("two gunmen killed a teen") counts its agents, not its victims.  The other casualty modules read words through
these helpers; this one depends on none of them.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...doctext import span_text
from ...raw_claims import lemma as _lemma
from ...victims import died_by_phrase, participle_of_a_noun


TRIGGERS = {
    "kill": "killed", "die": "killed", "dead": "killed", "death": "killed", "toll": "killed",
    "fatality": "killed", "slay": "killed", "slain": "killed", "murder": "killed",
    "massacre": "killed", "execute": "killed", "assassinate": "killed", "lynch": "killed", "behead": "killed", "perish": "killed",
    "body": "killed", "corpse": "killed", "fatally": "killed", "deceased": "killed", "life": "killed",
    "mortally": "killed",  # "a man was mortally wounded": the wound killed him, as "fatally" tells
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
    about gunfire (not "hit by a car", nor "the storm hit two towns").  The gunfire may be told in the sentence
    before ("Gunfire erupted outside a bar. Five people who were standing outside were hit"), where nothing the
    hit was dealt with is named ("... Two men were hit with a bat" is no gunshot)."""
    if _lemma(tok) not in ("hit", "strike") or tok.tag_ not in ("VBN", "VBD"):
        return None
    agent = next((p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if agent is not None and not _GUNFIRE.search(agent.text) and not _GUNFIRE.search(_of_what(agent)):
        return None
    if _GUNFIRE.search(span_text(sent)):
        return "wounded"
    if sent.start == 0 or any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return None
    return "wounded" if _GUNFIRE.search(span_text(tok.doc[sent.start - 1].sent)) else None


def _of_what(tok) -> str:
    """The words after the "of" a part is counted from: "one of at least 15 bullets" is of bullets (else "")."""
    return " ".join(p.text for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                    if p.dep_ == "pobj")


_STRONG_AFTER_SHOT = {"dead": "killed", "kill": "killed", "death": "killed", "fatally": "killed", "die": "killed"}
_FATALLY = {"fatally", "mortally"}
_DIE = {"die", "succumb", "perish"}  # "a man who was shot Saturday succumbed to his injuries"


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
    if lem == "death" and _a_punishment(tok):
        return None  # "one of 163 inmates on death row"
    return outcome


# what "death" names in a court's words, which are punishments, not deaths (lemmas of the noun after it)
_PUNISHMENTS = {"row", "penalty", "sentence", "warrant", "chamber"}


def _a_punishment(tok) -> bool:
    """'one of 163 inmates on death row', 'prosecutors seek the death penalty', 'two death sentences': "death" that
    names a punishment of a court tells nobody dead, so the count it would take ("163 inmates") is no toll."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and _lemma(nxt) in _PUNISHMENTS


# verbs of a phrase that tells a death (``victims.died_by_phrase``) that the table above lacks ("had no pulse" by its
# verb; "one of them lost his life", "a man who was shot Friday lost his life": the noun is no trigger of the count's)
_PHRASE_VERBS = {"succumb", "pass", "survive", "make", "have", "lose"}


def _right_trigger(tok, sent: Span) -> str | None:
    """The outcome of a trigger after a counted noun phrase: a word of the table, or a phrase of death whose subject
    the count is ("one of them did not survive", "two of the victims succumbed", "one passed away", "one of them lost
    his life").  Only after the count: before it, such a verb is another person's ("he did not survive, and two
    others were hurt")."""
    outcome = _trigger(tok, sent)
    if outcome is None and _lemma(tok) in _PHRASE_VERBS and died_by_phrase(tok) \
            and not any(c.lower_ in ("nearly", "almost") for c in tok.children):
        return "killed"  # (not "one of them nearly lost his life")
    return outcome


_AGENT_VERBS = {"kill", "shoot", "wound", "injure", "murder", "stab", "abduct", "kidnap", "arrest", "detain", "capture", "execute"}


def _active_agent(tok) -> bool:
    """'two gunmen killed a teen', '... and wounding another': the verb has its own object."""
    if _lemma(tok) not in _AGENT_VERBS or tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG"):
        return False
    # (a participle on its noun is passive in meaning: "two victims fatally shot at a car wash")
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or participle_of_a_noun(tok)
    return not passive and any(c.dep_ in ("dobj", "prep") and (c.dep_ == "dobj" or c.lower_ == "at") for c in tok.children)


# lemmas, and the forms the lemmatizer gets wrong ("coded" -> "cod")
_STATING_VERBS = {"code", "coded", "cod", "estimate", "put", "report", "number", "total", "count", "confirm", "say"}
_TOLL_VERBS = {"rise", "climb", "reach", "stand", "jump", "increase", "hit", "soar", "mount", "grow", "top", "surpass", "exceed", "be"}


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
    if lem == "have":
        return "suffer"  # "two of them had gunshot wounds": a hit told as "suffered" tells it, perhaps fatal
    return lem
