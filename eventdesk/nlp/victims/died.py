"""Deaths told by a phrase rather than a word of death: "did not survive", "did not make it", "passed away",
"succumbed to his injuries", "lost his life", "had no pulse".

Local news often tells the hit in one sentence and the death in the next, in words no list of death words holds:
"A man was shot in the chest on Friday night. He did not survive."  Two of these phrases are negations
("did not survive"), which the negation tests of both the victims and the casualties readers would otherwise take
for "no death"; ``death_negator`` names the negator that belongs to the phrase, so that those tests pass it by.
A negated phrase tells a death only of a subject that refers back to the persons hit (a pronoun, "one of them",
"both", "the other", "the second victim"): of another noun it may tell no person of this hit ("the dog did not make
it").  The near misses stay what they are: "he survived", "is not expected to survive", "may not survive", "did not
survive a shooting in 2014" (another, earlier hit: something not survived with an article of its own).
"""

from __future__ import annotations

from ..raw_claims import lemma


# verbs that tell a death only where negated: "he did not survive", "one of them did not make it"
_DEATH_IF_NEGATED = {"survive", "make"}
# what one did not survive and so died of this incident: "did not survive the night", "... his injuries" (with "the"
# or a possessive; "did not survive a shooting in 2014" is another hit)
_NOT_SURVIVED = {"night", "injury", "wound", "surgery", "trip", "ride", "attack", "shooting", "gunfire", "assault"}
# the subjects of "did not survive" that refer back to the persons told hit ("He did not survive", "One of them did
# not make it", "Both did not survive", "The second victim did not survive"); another noun may be no person of this
# hit at all ("his brother did not survive a shooting in 2014", "the dog did not make it")
_BACK_SUBJECTS = {"he", "she", "they", "both", "all", "one", "other", "victim", "victims", "latter"}
# the auxiliaries of a negation that tells a past fact ("did not survive"), not a fear ("may not survive") or a
# forecast ("would not survive")
_FACT_AUX = {"do", "did", "does"}


def _negator(verb):
    """The negator of a verb told as a past fact ("did not", "didn't"), or None."""
    neg = next((c for c in verb.children if c.dep_ == "neg"), None)
    if neg is None or not any(c.dep_ == "aux" and lemma(c) in _FACT_AUX for c in verb.children):
        return None
    return neg


# the verbs of a relative clause that tells its noun was hit: "a motorist who was shot ... did not survive"
_HIT_CLAUSE = {"shoot", "wound", "hit", "strike", "injure"}


def _refers_back(verb) -> bool:
    """Whether the subject of a negated "survive" is one that refers back to persons told hit: a pronoun, a number
    ("one", "one of them"), "both", "the other", "the second victim" (see ``_BACK_SUBJECTS``), or a person whose own
    relative clause or participle tells him hit ("A motorist who was shot on I-94 did not survive", "a man shot during
    an argument had no pulse"), also where that person is the
    apposition the parser hangs on a dateline's town ("CHATTANOOGA, Tenn. - NAME, 18, who was shot ..., didn't make
    it")."""
    return any(subj.lower_ in _BACK_SUBJECTS or subj.tag_ == "CD" or _the_person_again(subj) or _who_again(subj)
               or any(c.dep_ in ("relcl", "acl") and lemma(c) in _HIT_CLAUSE for s in (subj, *_appositions(subj))
                      for c in s.children)
               for subj in _subjects(verb))


# plain person nouns that, after "the" and with nothing more, name again the person just told hit ("Officers located an
# adult male with a gunshot wound. The male had no pulse.", "... The man did not survive.")
_PLAIN_PERSONS = {"man", "woman", "male", "female", "boy", "girl", "teen", "teenager", "child"}


def _who_again(subj) -> bool:
    """'found a man who had been struck several times in the chest, and who had no pulse': a second "who" clause of
    the person an earlier one told hit (which the parser may hang on the main verb)."""
    return subj.lower_ == "who" and any(t.dep_ == "relcl" and lemma(t) in _HIT_CLAUSE and t.i < subj.i
                                        for t in subj.sent)


def _the_person_again(subj) -> bool:
    """'The male' / 'the man' with no word between: a person told again, not a new one ("the man's dog", "the man
    who called 911" have more)."""
    return subj.lower_ in _PLAIN_PERSONS and [c.lower_ for c in subj.children] == ["the"]


def _subjects(verb) -> list:
    """The subjects of a verb (a dateline's town the parser made one beside the person: "BARTOW, Fla. - A man shot
    ... had no pulse"), or of the verb it is joined to where it has none of its own ("She was taken to a hospital but
    did not make it": the one taken)."""
    while True:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj or verb.dep_ != "conj" or verb.head is verb:
            return subj
        verb = verb.head


def _appositions(noun) -> list:
    return [c for c in noun.children if c.dep_ == "appos"]


def _survived_object_ok(verb) -> bool:
    """"did not survive" with no object, or one of this incident's ("the night", "his injuries"), not "a shooting
    in 2014"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for obj in objects:
        if lemma(obj) not in _NOT_SURVIVED:
            return False
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in obj.children):
            return False
    return True


# signs that a person found without a pulse was brought back: "had no pulse until medics revived him", "performed CPR and
# regained a pulse"
_REVIVED = {"revive", "resuscitate", "regain", "restore", "cpr"}


def _no_pulse(verb) -> bool:
    """'She was not breathing and had no pulse when paramedics arrived', 'a man shot during an argument had no pulse':
    a person told hit who had no pulse is dead, told without a word of death.  Only of a subject that refers back to
    the persons hit (as ``_refers_back``), and not in a sentence that tells him revived."""
    return any(c.dep_ == "dobj" and lemma(c) == "pulse" and any(d.lower_ == "no" for d in c.children)
               for c in verb.children) and _refers_back(verb) and not any(lemma(t) in _REVIVED for t in verb.sent)


# those who come to tend a person hit: "he was gone by the time medics arrived"
_CARERS = {"medic", "medics", "paramedic", "paramedics", "ems", "emts", "ambulance", "doctors", "hospital", "cpr"}
_QUOTES = {'"', "\u201c", "\u201d"}


def _gone(verb) -> bool:
    """'He was gone by the time medics arrived', '"She was already gone," he said': a person told by a pronoun
    who "was gone" where those who came to tend him are in the sentence, or "already gone" in a quote, is dead, told
    without a word of death.  Not "the gunman was gone" (a noun: he fled), nor "he was gone by the time police
    arrived" (the one the police came for fled)."""
    if verb.lower_ != "gone" or not any(c.dep_ in ("auxpass", "aux") and lemma(c) == "be" for c in verb.children) \
            or any(c.dep_ == "neg" for c in verb.children):
        return False
    if not any(s.lower_ in ("he", "she") for s in _subjects(verb)):
        return False
    words = {t.lower_ for t in verb.sent}
    return bool(words & _CARERS) or (any(c.lower_ == "already" for c in verb.children) and bool(words & _QUOTES))


def death_negator(verb):
    """The negator that makes a verb tell a death ("did not survive", "did not make it"), or None for a verb that
    tells none so ("he survived", "was not expected to survive": the negation is the expectation's)."""
    word = lemma(verb)
    if word not in _DEATH_IF_NEGATED or verb.pos_ not in ("VERB", "AUX"):
        return None
    neg = _negator(verb)
    if neg is None or not _refers_back(verb):
        return None
    if word == "make":
        # "did not make it": the object is "it", and nothing after it ("did not make it home", "... to the game")
        bare = not any(c.dep_ in ("prep", "advmod", "xcomp", "ccomp") and c.i > verb.i for c in verb.children)
        return neg if bare and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) else None
    return neg if _survived_object_ok(verb) else None


def died_by_phrase(verb) -> bool:
    """Whether a verb, with its particle, object or negation, tells that its subject died: "passed away",
    "succumbed", "lost his life", "did not survive", "did not make it"."""
    word = lemma(verb)
    if word == "succumb":
        return True
    if word == "pass":
        # "passed away" (the small parser takes "away" as a particle or an adverb)
        return any(c.lower_ == "away" and c.dep_ in ("prt",) for c in verb.children) or _passed_alone(verb)
    if word == "lose":
        return any(c.dep_ == "dobj" and lemma(c) == "life" for c in verb.children)
    if word == "have":
        return _no_pulse(verb)
    if word == "go":
        return _gone(verb)
    return death_negator(verb) is not None


# the persons whose bare "passed" is a death: "the sad news that he passed", "the girl passed early Wednesday"
_PERSON_SUBJECTS = {"he", "she", "man", "woman", "boy", "girl", "teen", "teenager", "child", "baby", "toddler", "victim",
                    "son", "daughter"}
# what a bare "passed" may carry and still tell a death: a time or a place ("passed early Wednesday", "passed at the
# hospital"), not a thing passed or a way ("passed the test", "passed out", "passed by the house", "passed on the left")
_PASSED_WITH = {"npadvmod", "advmod", "punct", "cc", "conj", "aux", "nsubj"}


def _passed_alone(verb) -> bool:
    """'We received the sad news that he passed', 'the girl ... passed early Wednesday': a past "passed" with a
    person as its subject and nothing passed, only a time or "at" a place, tells a death (not "as he passed, he
    saw the car", "as the Mountaineer passed": a clause of passing by, nor a name, which may be a car's)."""
    if verb.tag_ != "VBD":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or (subj.lower_ not in _PERSON_SUBJECTS and lemma(subj) not in _PERSON_SUBJECTS):
        return False
    # ("the news that he passed": the parser may take the "that" of the news for an object of "passed")
    news = verb.dep_ == "relcl" and lemma(verb.head) in ("news", "word")
    return all(c.dep_ in _PASSED_WITH or (c.dep_ == "prep" and c.lower_ in ("at", "after"))
               or (news and c.dep_ == "dobj" and c.lower_ == "that") for c in verb.children) \
        and not any(c.dep_ == "advmod" and c.lower_ in ("by", "out", "on", "through", "over", "along") for c in verb.children)
