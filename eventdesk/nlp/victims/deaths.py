"""Deaths told by a noun rather than a killing verb: a suicide, the victim of a killing, a body found.

"The death was ruled a suicide", "the homicide victim", "a body was found in a field" each tell one person
dead, whom the parse of a trigger verb would not find.  Each rule guards against its look-alikes: an attempted
suicide, an attempted murder victim, a body camera.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..doctext import doc_text
from ..raw_claims import RawClaim, lemma
from .arguments import _subjects
from .people import People
from .person_claims import _one_person
from .signs import says_alive
from .words import NEGATORS


_OTHER_ONES = {"first", "second", "third", "another", "previous", "earlier", "other", "last"}
_SUICIDE_NOT = {"attempt", "attempted", "threaten", "threatened", "threat", "prevent", "prevention", "watch", "possible"}


def _a_suicide(tok) -> bool:
    """'the death was ruled a suicide', 'he committed suicide', 'the manner is a suicide': a person died by his own
    hand.  Not a suicide bomber or attack, an attempted or threatened suicide, nor "murder-suicide" (its dead are
    told by name or number)."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.dep_ == "compound" or (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN"):
        return False
    if tok.i > 0 and (doc[tok.i - 1].text == "-" or doc[tok.i - 1].ent_type_ == "ORDINAL" or doc[tok.i - 1].lower_ in _OTHER_ONES):
        return False  # (nor "the second suicide at the school": others, earlier)
    return not any(lemma(t) in _SUICIDE_NOT or t.lower_ in _SUICIDE_NOT for t in tok.sent)


def _suicide_key(tok, people: People):
    """Who died: the subject of "committed suicide", else a person unnamed."""
    if lemma(tok.head) == "commit":
        subj = _subjects(tok.head)
        return people.key(subj[0]) if subj else None
    return "unnamed", "civilians"


_KILLINGS = {"homicide", "murder", "slaying", "killing"}
_LEAD_SENTENCES = 4  # a headline and the first sentences
_FATAL = {"deadly", "fatal"}


def _victim_of_a_killing(tok) -> bool:
    """'the homicide victim', 'a murder victim', 'the fatal victim', 'the victim of a deadly shooting', 'the victim
    of the slaying': a victim a killing names died.  ('an attempted murder victim' did not.)"""
    if any(c.lower_ in ("attempted", "attempt") for c in tok.subtree):
        return False
    if any(c.dep_ in ("compound", "amod") and (lemma(c) in _KILLINGS or c.lower_ in _FATAL) for c in tok.children):
        return True
    for prep in (c for c in tok.children if c.lower_ == "of" and c.dep_ == "prep"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if lemma(pobj) in _KILLINGS or any(c.dep_ == "amod" and c.lower_ in _FATAL for c in pobj.children):
                return True
    return False


_FINDING = {"find", "discover", "discovery", "recover", "locate", "spot", "pull"}


def _a_body_found(tok) -> bool:
    """'A body was found', 'police found a body', 'the discovery of a body': a body, no modifier's ("body camera" is
    a compound, "the student body" has no finding), that someone found."""
    if tok.dep_ in ("compound", "amod") or not any(c.dep_ == "det" and c.lower_ in ("a", "the") for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "the discovery of a body"
    elif tok.dep_ not in ("nsubjpass", "dobj"):
        return False
    return lemma(head) in _FINDING


def _suicide_claim(tok, s_i: int, people: People) -> RawClaim | None:
    """'the death was ruled a suicide', 'he committed suicide': the one who died."""
    key = _suicide_key(tok, people)
    if key is None:
        return None
    return _one_person(s_i, "killed", key[1], tok, "suicide", key[0])


def _victim_claim(doc: Doc, sent: Span, s_i: int, tok, people: People) -> RawClaim | None:
    """"the homicide victim is Jason Alford", "the victim of a deadly shooting": that person died.  Only in the
    lead: further down "the homicide victim" is as often another story's ("a roundup's")."""
    key = people.key(tok) if s_i < _LEAD_SENTENCES else None
    if key is None or any(t.lower_ in NEGATORS for t in doc[max(sent.start, tok.i - 3):tok.i]):
        return None
    return _one_person(s_i, "killed", key[1], tok, "victim", key[0])


# nouns of mourning: the person they are held for died ("vigil" is not one: vigils are held for the living hurt too)
_MOURNING = {"funeral", "memorial", "burial", "wake", "obituary"}


def mourned(tok) -> bool:
    """'the funeral Saturday of Jaylen Moody, 16, who was shot', 'a memorial for Keon Hardy, who was shot', 'the late
    Darnell Fisk, the coach who was shot': a hit told in the relative clause of a person the sentence mourns is his
    death (not "a vigil for" or "a fundraiser for NAME, who was shot", nor "the late-night shooting")."""
    if tok.dep_ != "relcl" or not any(c.tag_ == "WP" and c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return False
    person = tok.head
    while person.dep_ == "appos" and person.head.i < person.i:
        person = person.head  # "Darnell Fisk, the assistant coach who was shot": the named one
    if person.ent_type_ == "PERSON" and any(c.dep_ == "amod" and c.lower_ == "late" for c in person.children) \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in person.children):
        return True
    if person.dep_ != "pobj" or person.head.lower_ not in ("of", "for"):
        return False
    prep = person.head  # (the parser may hang "of" on a day between: "the funeral Saturday of")
    return any(lemma(t) in _MOURNING for t in prep.doc[max(prep.sent.start, prep.i - 3):prep.i])


def a_homicide_told_of(tok):
    """'a woman found shot in her car was the city's 30th homicide of the year': the subject a homicide is said to be
    died, as does the one of "the shooting of a woman ... was the city's 30th homicide"; that person, or None (not "the
    shooting was the city's 30th homicide": no person told)."""
    if tok.lower_ != "homicide" or tok.dep_ != "attr" or lemma(tok.head) != "be":
        return None
    be = tok.head
    subj = [c for c in be.children if c.dep_ == "nsubj"]
    if not subj and be.dep_ in ("ccomp", "conj"):
        # "Police say a woman found shot in her car was ...": the parser may give the subject to the verb beside "was"
        subj = [c for v in be.head.children if v.dep_ == be.dep_ and v.i < be.i
                for c in v.children if c.dep_ == "nsubj"]
    if len(subj) != 1:
        return None
    if subj[0].lower_ == "shooting":
        # "the shooting of a woman in her car was the city's 30th homicide": the one shot
        shot = [p for c in subj[0].children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        return shot[0] if len(shot) == 1 else None
    return subj[0]


_INVESTIGATE = {"investigate", "work", "probe"}


def homicide_investigated(doc: Doc) -> RawClaim | None:
    """'Police are investigating a crash that turned into a homicide. The driver was shot ...', 'An argument over a
    parking spot turned deadly when one man shot another': a report that tells nobody dead but whose lead says the
    police work a homicide, or that the violence turned deadly, tells one death, unnamed (the one hit it tells, whose
    key reconcile joins to it).  The caller asks only where no claim of the report tells a death: beside a count of
    the dead ("after four people were found dead") the homicide is theirs; nor where the report tells its hit alive
    ("Homicide detectives are investigating ... He remains on life support")."""
    text = doc_text(doc).lower()
    if "homicide" not in text and "deadly" not in text and "fatal" not in text:
        return None
    if any(says_alive(sent) for sent in doc.sents):
        return None
    for s_i, sent in enumerate(doc.sents):
        if s_i >= _LEAD_SENTENCES:
            return None
        for tok in sent:
            if (tok.lower_ == "homicide" and a_homicide_investigated(tok)) or _turned_deadly(tok):
                return _one_person(s_i, "killed", "civilians", tok, "homicide", "unnamed")
    return None


# the verbs whose "deadly" or "fatal" tells that the violence killed: "the argument turned deadly", "proved fatal"
_BECAME = {"turn", "prove", "become"}
# the violence that may turn deadly by gunfire (not a crash, a fire or the heat, whose dead are no shooting's)
_VIOLENCE = {"argument", "dispute", "fight", "confrontation", "altercation", "shooting", "robbery", "encounter",
             "standoff", "brawl", "disagreement", "feud", "quarrel", "spat", "scuffle", "carjacking", "invasion",
             "gunfight", "shootout", "rage", "wound", "injury", "party", "gathering", "incident", "exchange"}


def _turned_deadly(tok) -> bool:
    """'An argument over a parking spot turned deadly', 'a robbery that turned fatal', 'his wound proved fatal': the
    violence became a killing (not "nearly turned deadly", "could have turned deadly", "did not turn deadly", nor "the
    chase turned deadly when the car hit a pole": no violence of gunfire)."""
    if tok.lower_ not in ("deadly", "fatal") or tok.dep_ not in ("acomp", "oprd", "xcomp") or lemma(tok.head) not in _BECAME:
        return False
    verb = tok.head
    if any(c.dep_ == "neg" or c.lower_ in ("nearly", "almost", "could", "would", "might") for c in verb.children):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and all(c.tag_ == "WDT" for c in subj):
        subj = [verb.head]  # "a robbery that turned deadly"
    # (any of them: a dateline's town may be taken for a second subject, "OGDEN, Utah - A fight ... turned deadly")
    return any(lemma(t) in _VIOLENCE for t in subj)


def a_homicide_investigated(tok) -> bool:
    """'police are investigating a homicide', 'they end up working a homicide', 'a crash that turned into a homicide':
    the report's one death, told as the case police work (not "homicide detectives", "the Homicide Unit", "whether
    it was a homicide", "an attempted homicide", nor a plural of earlier ones)."""
    if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "a" for c in tok.children) \
            or any(c.lower_ in ("attempted", "attempt", "possible", "potential") for c in tok.children):
        return False
    head = tok.head
    if tok.dep_ == "dobj":
        return lemma(head) in _INVESTIGATE
    return tok.dep_ == "pobj" and head.lower_ == "into" and lemma(head.head) == "turn"


def the_deceased(tok, people: People) -> str | None:
    """'The deceased was identified as Rick Salas', 'the deceased, a 40-year-old man, was taken ...': "the deceased"
    as a subject is a person dead; his key (the name it is identified as, else the last person told), or None where
    the words are no such subject ("the deceased's family", "a deceased female", which the counts read)."""
    if tok.lower_ != "deceased" or tok.dep_ not in ("nsubj", "nsubjpass") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    named = [p for c in tok.head.children if c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]
    if lemma(tok.head) == "identify" and len(named) == 1 and (key := people.key(named[0])) is not None:
        return key[0]
    return people.last or "unnamed"


_GUNFIRE = {"bullet", "gunfire", "round", "shot", "gunshot", "crossfire", "shooting", "shotgun", "pellet"}


def a_life_taken_by_gunfire(tok):
    """'a stray bullet took her life', 'the shooting that claimed his life': a missile or a shooting that took a
    person's life killed its owner; the owner, or None (not "took his own life", a suicide read elsewhere, nor "the
    crash took her life", nor "changed his life")."""
    head = tok.head
    if tok.lower_ != "life" or tok.dep_ != "dobj" or lemma(head) not in ("take", "claim", "end", "cost") \
            or any(c.lower_ == "own" for c in tok.children):
        return None
    owner = [c for c in tok.children if c.dep_ == "poss"]
    doer = [c for c in head.children if c.dep_ == "nsubj"]
    if head.dep_ == "relcl" and all(d.tag_ == "WDT" for d in doer):
        doer = [head.head]  # "the shooting that claimed his life"
    elif not doer:
        # "when a bullet fired into a party took her life": the parser may join "took" to the clause before, the
        # missile the subject of the verb before it
        doer = [t for t in tok.doc[head.sent.start:head.i] if t.dep_ == "nsubj"][-1:]
    if len(owner) != 1 or not any(lemma(d) in _GUNFIRE for d in doer):
        return None
    return owner[0]


_PLAN = {"plan", "arrange", "schedule", "hold"}
_KIN_GROUPS = {"family", "relative", "mother", "father", "parent", "wife", "husband", "sister", "brother"}


def whose_funeral_is_planned(tok):
    """'his family is planning a funeral', 'relatives are arranging her funeral': the one whose funeral his kin plan
    died; that person (the owner of the funeral, else of the kin), or None (not "a fundraiser", "planned a vigil",
    nor "attended the funeral of another victim", whose person the death rules read)."""
    if tok.lower_ != "funeral" or tok.dep_ != "dobj" or lemma(tok.head) not in _PLAN:
        return None
    owner = [c for c in tok.children if c.dep_ == "poss"]
    if not owner:
        kin = [c for c in tok.head.children if c.dep_ == "nsubj" and lemma(c) in _KIN_GROUPS]
        owner = [c for k in kin for c in k.children if c.dep_ == "poss"]
    return owner[0] if len(owner) == 1 and owner[0].tag_ in ("PRP$", "NNP", "NN") else None

