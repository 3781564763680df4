"""Victims without a number: "Jefferson Heavner was shot and killed", "he died at a hospital".

Local news names its victims one by one rather than counting them.  Each person a trigger word
says was killed or hurt becomes a claim of one, with a victim key (a surname, or "unnamed"), so
that ``reconcile.report_figures`` counts distinct persons however often a report names them.
The trigger's arguments come from the parse: the subject of "was killed", "died", "was found
dead"; the object of "shot and killed", "assassinated"; "the death of X".  A pronoun is the last
person named before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .lexicon import party_lemmas
from .raw_claims import RawClaim, lemma

_NEGATORS = {"no", "not", "none", "nobody", "never", "n't"}


_PERSON_NOUNS = {
    "man", "woman", "boy", "girl", "teen", "teenager", "child", "person", "victim", "officer", "deputy", "trooper",
    "soldier", "policeman", "civilian", "guard", "infant", "baby", "toddler", "student", "resident", "driver",
    "passenger", "motorist", "pedestrian", "bystander", "worker", "clerk", "employee", "owner", "father", "mother",
    "son", "daughter", "husband", "wife", "brother", "sister", "friend", "neighbor", "neighbour", "youth", "juvenile",
    "male", "female", "adult", "customer", "security", "cabbie", "teacher", "pastor", "journalist", "gunman", "suspect",
    "shooter", "attacker", "robber", "intruder",
}
_PRONOUNS = {"he", "she", "him", "her"}
_IRREALIS = {"to", "would", "could", "will", "might", "may", "attempted", "attempt", "tried", "threatened", "threat", "plot", "plotted", "ahead", "possibly", "nearly", "almost"}
_KILL_VERBS = {"kill", "murder", "slay", "execute", "behead", "shoot", "wound", "injure", "stab", "gun", "assassinate", "lynch"}
_DEATH_WORDS = {"die", "dead", "kill", "murder", "slay", "slain", "death", "fatally", "execute", "behead", "deceased", "perish", "succumb", "assassinate", "lynch"}
_HURT_WORDS = {"wound", "injure", "hurt", "hospitalize", "hospitalise", "shoot", "stab", "wounded", "injured"}


class People:
    """The persons a report has named so far, for "he died" after "Larry Henderson was shot"."""

    def __init__(self):
        self.last: str | None = None

    def key(self, tok) -> tuple[str, str | None] | None:
        """(victim key, party) of a person token, or None when the token is no single person."""
        if tok.ent_type_ == "PERSON":
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            name = (ent[-1] if ent is not None else tok).lower_
            self.last = name
            return name, _party_of_title(tok)
        lemma = tok.lemma_.lower()
        if lemma in _PERSON_NOUNS and tok.tag_ in ("NN", "NNP"):
            named = [c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
            if named:
                return self.key(named[0])
            party = party_lemmas().get(lemma)
            if lemma in ("deputy", "trooper", "policeman") or (lemma == "officer" and _police_before(tok)):
                party = "police"
            elif lemma in ("gunman", "suspect", "shooter", "attacker", "robber", "intruder"):
                party = "militants"
            else:
                party = party or "civilians"
            return "unnamed", party
        if tok.lower_ in _PRONOUNS:
            return (self.last or "unnamed"), "civilians"
        return None


def _police_before(tok) -> bool:
    return any(t.lower_ in ("police", "sheriff", "sheriff's", "patrol", "transit") for t in tok.doc[max(0, tok.i - 3):tok.i])


def _party_of_title(tok) -> str:
    before = {t.lower_ for t in tok.doc[max(0, tok.i - 3):tok.i]}
    if before & {"officer", "deputy", "trooper", "sgt.", "sergeant", "cpl.", "patrolman", "detective", "lt."}:
        return "police"
    return "civilians"


def _arguments(tok):
    """(subjects, objects) of a trigger, looking through "was shot and killed" and "found dead"."""
    subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    obj = [c for c in tok.children if c.dep_ in ("dobj",)]
    if tok.dep_ == "amod" and tok.tag_ == "VBG":
        obj = [tok.head]  # "accused of killing officer Sean Bolton", parsed as an adjective
    head = tok
    # "shot and killed": the second verb shares the first one's arguments
    while not subj and head.dep_ in ("conj", "xcomp", "acomp", "oprd", "advcl") and head.head is not head:
        head = head.head
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not obj:
            obj = [c for c in head.children if c.dep_ == "dobj"]
    for group in (subj, obj):
        for c in list(group):
            group.extend(x for x in c.children if x.dep_ == "conj")
    return subj, obj


def victim_claims(doc: Doc, sent: Span, s_i: int, used: set[int], people: People) -> list[RawClaim]:
    """One claim per person a trigger says was killed or hurt, where no number was stated."""
    out: list[RawClaim] = []
    seen: set[tuple[str, str]] = set()
    for tok in sent:
        if tok.i in used:
            continue
        word = lemma(tok)
        if word in _DEATH_WORDS:
            outcome = "killed"
        elif word in _HURT_WORDS:
            outcome = "wounded"
        else:
            continue
        if any(t.lower_ in _NEGATORS for t in doc[max(sent.start, tok.i - 3):tok.i]):
            continue
        if any(t.lower_ in _IRREALIS for t in doc[max(sent.start, tok.i - 3):tok.i]):
            continue  # "attempted murder", "threatened to kill him", "go ahead and kill him"
        if word == "shoot" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "at":
            continue  # "shot at him": a miss unless a hit is told
        # "shot and killed" / "shot ... fatally": the stronger word decides
        if outcome == "wounded" and any(lemma(t) in _DEATH_WORDS for t in doc[tok.i + 1:min(sent.end, tok.i + 4)]):
            continue
        subj, obj = _arguments(tok)
        if tok.pos_ == "NOUN" and not obj:
            # "the death of Courtney Taylor", "the killing of a 16-year-old"
            obj = [c2 for c in tok.children if c.lower_ == "of" for c2 in c.children if c2.dep_ == "pobj"]
            subj = []
        active = bool(obj) and word in _KILL_VERBS and tok.tag_ in ("VBD", "VBZ", "VBP", "VBG", "NN")
        targets = obj if active or tok.pos_ == "NOUN" else subj
        for t in targets:
            if t.i in used:
                continue  # already counted by a number: "shot a man to death"
            key = people.key(t)
            if key is None:
                continue
            victim, party = key
            if (victim, outcome) in seen:
                continue
            seen.add((victim, outcome))
            out.append(RawClaim(
                sent=s_i, outcome=outcome, party=party, count=1, qualifier="exact",
                num_start=t.idx, num_end=t.idx + len(t.text), trigger=word, victim=victim,
            ))
    return out
