"""The claims: one per person a trigger says was killed or hurt, where no number was stated (``victim_claims``).

The cascade for each token of a sentence: a suicide, a killing's victim or a sign of a hit first; else a
trigger word, its outcome, the tests that it tells a hit of this incident, the persons the parse gives it, and a
claim of one for each, keyed by ``People``.  A headline the parser gets wrong and an active verb whose subject
only shoots are read here too.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...models import SHOOTER
from ..doctext import doc_text, span_text
from ..numbers import PERSON_SINGULAR
from ..raw_claims import RawClaim, lemma
from .arguments import _arguments, _is_person, _passive, _perfect, _with_listed, named_survivors, named_victims
from .deaths import (
    _a_body_found, _a_suicide, _suicide_claim, _victim_claim, _victim_of_a_killing, a_homicide_told_of,
    a_life_taken_by_gunfire, mourned, the_deceased, whose_funeral_is_planned,
)
from .no_hit import _NO_KILLING_CAUSES, _no_hit_told
from .people import _KIN, KIN_PREFIX, People
from .person_claims import _add_once, _one_person, is_unnamed
from .shooter import (
    OWN_HAND, _apart, _others_and_himself, found_dead_by_own_hand, _own_shot_told_after, _self_of, _shooter_key,
    LATER_SUICIDE, shot_himself_after_a_murder, told_later,
)
from .signs import (
    ALIVE, _BODY, _GUN_WORDS, _HIT_AS, _HIT_SIGNS, _MISSILES, _hit_sign_claim, _missile_hit, hit_sign_listed_claims, says_alive,
)
from .triggers import HAS_AN_OUTCOME, READ_AS_ANOTHER, _outcome_of, _read_trigger, _Trigger
from .words import SELF, _KILL_VERBS, _PERSON_NOUNS


_ASPECT = {"start", "begin", "keep", "continue", "stop", "resume", "go"}


_BEFORE_A_NOUN = {"ADJ", "NUM", "PUNCT"}


def _her_of(tok) -> bool:
    """'accused of fatally shooting her older brother', 'shot her 12-year-old son': "her", which the parser may take
    for the one shot, owns the person that follows (not "shot her in the leg", "shot her twice")."""
    if tok.lower_ != "her":
        return False
    doc = tok.doc
    for t in doc[tok.i + 1:min(tok.sent.end, tok.i + 8)]:
        word = lemma(t)
        if t.pos_ in ("NOUN", "PROPN") and (word in PERSON_SINGULAR or word in _PERSON_NOUNS):
            return True
        if t.pos_ not in _BEFORE_A_NOUN and word not in ("year", "month", "old"):
            return False
    return False


# the lemmas of the tokens that may tell a person killed or hurt below: a trigger ``_read_trigger`` may read as another
# word, or a word the branches of ``victim_claims`` read (with ``_outcome_of``'s and ``_hit_in_a_shooting``'s); the
# other tokens of a sentence, most of them, are passed by at one set test
_MAY_TELL = READ_AS_ANOTHER | HAS_AN_OUTCOME | _HIT_SIGNS | {"suicide", "victim", "strike", "hit", "homicide",
                                                             "funeral", "survivor"}


# the verbs of a victim who turns up after the shooting: "another victim walked into a hospital", "a third victim
# showed up at the emergency room", "a second victim was found a block away"
_ARRIVED = {"walk", "arrive", "show", "turn", "come", "drive", "go", "find", "locate", "take", "transport", "rush",
            "admit", "treat"}
_FURTHER = {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"}


def _one_more_victim_arrived(tok) -> bool:
    """'Two men were shot outside a bar ... Another victim walked into the emergency room an hour later': a victim told
    as one more ("another victim", "a third victim") who is the subject of a verb of turning up or being cared for
    was hit, though the verb tells no wound (one hurt fleeing or not hurt is told by other words: no "victim")."""
    if tok.tag_ != "NN" or tok.dep_ not in ("nsubj", "nsubjpass") or lemma(tok.head) not in _ARRIVED:
        return False
    if any(c.dep_ == "amod" and c.lower_ in _FURTHER for c in tok.children):
        return not any(c.dep_ == "neg" for c in tok.head.children)
    if not any(c.lower_ == "another" and c.dep_ == "det" for c in tok.children):
        return False
    return not any(c.dep_ == "neg" for c in tok.head.children) and not _the_other_of_one(tok)


# a sentence, or a clause, that opens on one of a count: "One man, 30, was found at the park."
_ONE_OPENS = re.compile(r"(?:^|[.;:]\s+)One\b")


def _the_other_of_one(tok) -> bool:
    """'Two men were shot ... One man, 30, was found at the park. Another victim, 25, was found three blocks away':
    "another" after a sentence (or a clause of its own) that opens on "One" is the second part of a count told before,
    none more."""
    sent = tok.sent
    doc = tok.doc
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    start = before.start_char if before is not None else sent.start_char
    return bool(_ONE_OPENS.search(doc_text(doc)[start:tok.idx]))


def victim_claims(doc: Doc, sent: Span, s_i: int, used: set[int], people: People) -> list[RawClaim]:
    """One claim per person a trigger says was killed or hurt, where no number was stated."""
    out: list[RawClaim] = []
    seen: set[tuple[str, str]] = set()  # (victim key, outcome) of the claims made
    if ":" in (text := span_text(sent)):
        for heading in _HEADING.finditer(text):
            _add_headed_names(heading, sent, s_i, used, people, out, seen)
        for line in _NAME_THEN_CONDITION.finditer(text):
            # "Name: Carlos Ybarra / Age: 41 / Condition: Deceased": a release's record of one person and his state
            names = [t for t in sent.char_span(line.start(1), line.end(1), alignment_mode="expand") or () if t.is_title]
            key = people.key(names[-1]) if names else None
            outcome = "killed" if line.group(2).lower() in ("deceased", "dead") else "wounded"
            if key is not None and _tells_gunfire(doc):  # (a crash's release grades its hurt and dead too)
                _add_once(out, seen, _one_person(s_i, outcome, key[1], names[-1], "victim", key[0]))
        for line in _VICTIM_LINE_DEAD.finditer(text):
            # "Victim 1: Hispanic male, 27 - deceased at scene": a release's numbered victim marked dead
            tok = sent.char_span(line.start(1), line.end(1), alignment_mode="expand")
            if tok is not None:
                _add_once(out, seen, _one_person(s_i, "killed", "civilians", tok[0], "victim", "unnamed"))
    for tok in sent:
        if tok.i in used or lemma(tok) not in _MAY_TELL:
            continue
        if lemma(tok) == "survivor":
            _add_named_survivors(tok, sent, s_i, used, people, out, seen)
            continue
        tok, word, to_death, own_life = _read_trigger(doc, tok)
        if word == "suicide" and _a_suicide(tok):
            _add_once(out, seen, _suicide_claim(tok, s_i, people))
            continue
        if word == "victim" and tok.tag_ == "NNS":
            _add_named_victims(tok, sent, s_i, used, people, out, seen)
            continue
        if word == "victim" and tok.tag_ == "NN" and _victim_of_a_killing(tok):
            _add_once(out, seen, _victim_claim(doc, sent, s_i, tok, people))
            continue
        if word == "victim" and _one_more_victim_arrived(tok) and (key := people.key(tok)) is not None:
            _add_once(out, seen, _one_person(s_i, "wounded", key[1], tok, "victim", key[0]))
            continue
        if word == "homicide":
            if (subj := a_homicide_told_of(tok)) is not None and _is_person(subj) and (key := people.key(subj)):
                _add_once(out, seen, _one_person(s_i, "killed", key[1], subj, "homicide", key[0]))
            continue
        if word == "life" and (owner := a_life_taken_by_gunfire(tok)) is not None \
                and (key := people.possessor_key(owner)):
            # "a stray bullet took her life": she died
            _add_once(out, seen, _one_person(s_i, "killed", key[1], owner, "kill", key[0]))
            continue
        if word == "funeral":
            if (owner := whose_funeral_is_planned(tok)) is not None and (key := people.possessor_key(owner)):
                # "his family is planning a funeral": he died
                _add_once(out, seen, _one_person(s_i, "killed", key[1], owner, "death", key[0]))
            continue
        if word == "deceased" and (who := the_deceased(tok, people)) is not None:
            # "The deceased was identified as Rick Salas": the one told hit before, or the one named, died
            _add_once(out, seen, _one_person(s_i, "killed", "civilians", tok, "deceased", who))
            continue
        if word in _HIT_SIGNS and tok.pos_ == "NOUN":
            _add_once(out, seen, _hit_sign_claim(doc, sent, s_i, tok, word, used, people))
            for listed in hit_sign_listed_claims(doc, sent, s_i, tok, word, used, people):
                _add_once(out, seen, listed)
            continue
        outcome = _outcome_of(tok, word)
        if outcome is None and _hit_in_a_shooting(tok, word):
            outcome = "wounded"
        if outcome is None or _no_hit_told(doc, sent, tok, word, outcome):
            continue
        if outcome == "wounded" and any(t.lower_ in ("fatally", "mortally") for t in doc[max(sent.start, tok.i - 2):tok.i]):
            outcome = "killed"  # "police fatally shot a teen", "the man fatally shot by police"
        if outcome == "wounded" and mourned(tok):
            outcome = "killed"  # "the funeral of Jaylen Moody, 16, who was shot at a bus stop": the mourned one died
        trig = _Trigger(tok, word, to_death, own_life)
        found = _targets(trig, outcome, sent, s_i, used, people, out, seen)
        if found is not None:
            _add_targets(trig, outcome, *found, sent, s_i, people, out, seen)
    return out


def _told_by_its_who(person, out: list[RawClaim]) -> bool:
    """'the 7-year-old boy who was killed Sunday accidentally shot himself': the unnamed one told before in the
    sentence is the "who" of the clause on the person who shot himself, that person again (not "shot his daughter
    to death and then killed himself": two persons)."""
    whos = {w.idx for c in person.children if c.dep_ == "relcl" for w in c.children if w.lower_ == "who"}
    return bool(whos) and any(is_unnamed(c.victim) and c.num_start in whos for c in out)


def _past_taken_for_a_participle(tok) -> bool:
    """'One of the responding officers, Dale Ruppert, fatally shot Marsh': a past tense the tagger took for a
    participle (VBN) after a subject set off by commas; with a subject of its own, a direct object and no passive
    auxiliary it is active, and its subject the shooter (not "the man, fatally shot by police, ...": no object)."""
    return tok.tag_ == "VBN" and not _passive(tok) and any(c.dep_ == "nsubj" for c in tok.children) \
        and any(c.dep_ == "dobj" for c in tok.children)


def _a_missile_did_it(tok, subj: list) -> bool:
    """'the gunshot that killed him', 'a bullet killed the boy': the doer is a missile, not a person who shot others
    (a boy who shot himself stays the one dead, no shooter besides him)."""
    return any(lemma(t) in _MISSILES for t in subj) or tok.dep_ == "relcl" and lemma(tok.head) in _MISSILES


def _hit_in_a_shooting(tok, word: str) -> bool:
    """'He was struck in the leg', 'A clerk was hit in the shoulder' in a report of gunfire, its sentence without a
    word of guns: a hit all the same (not "hit in the head with a bottle", nor "struck by a car", nor a report of no
    gunfire at all)."""
    if word not in ("strike", "hit") or tok.pos_ != "VERB" or not _passive(tok):
        return False
    if any(c.dep_ == "agent" or c.lower_ == "with" for c in tok.children):
        return False
    in_body = any(c.lower_ == "in" and any(p.dep_ == "pobj" and lemma(p) in _BODY for p in c.children) for c in tok.children)
    # one person at a time: a subject set off by descriptions ("The driver, a student and former resident, was hit
    # in the head") would be read as several
    subj = _arguments(tok)[0]
    return (in_body or _also_hit(tok, subj)) and len(subj) == 1 and _tells_gunfire(tok.doc)


def _also_hit(tok, subj: list) -> bool:
    """'His brother, who was also struck, is expected to recover', 'a woman who was also hit was found nearby': a
    person "also" struck beside the one shot is hit as he was (not "his car was also struck": no person)."""
    if not any(c.lower_ == "also" for c in tok.children) or len(subj) != 1:
        return False
    who = tok.head if subj[0].tag_ == "WP" and tok.dep_ == "relcl" else subj[0]
    return _is_person(who) or who.ent_type_ == "PERSON"


def _tells_gunfire(doc) -> bool:
    """Whether the report speaks of guns or shots anywhere (cached per doc)."""
    if "tells_gunfire" not in doc.user_data:
        doc.user_data["tells_gunfire"] = bool(_GUN_WORDS.search(doc_text(doc)))
    return doc.user_data["tells_gunfire"]


# a release's record of one person: a "Name:" line, then within three lines one "Condition:" line that tells him dead
# or in a hospital's grade ("Condition: Stable, Ocala Regional"; not "Condition: unknown", nor a name with no condition)
_NAME_THEN_CONDITION = re.compile(r"(?:^|\n)[ \t]*name[ \t]*:[ \t]*([^\n]+)\n(?:[^\n:]*:[^\n]*\n){0,2}?"
                                  r"[ \t]*condition[ \t]*:[ \t]*(deceased|dead|stable|serious|critical|fair|good)\b",
                                  re.IGNORECASE)
# a release's table line of one numbered victim marked dead: "Victim 1: Hispanic male, 27 - deceased at scene",
# "Victim #2: female, 31, pronounced dead" (not "Victim 2: ... transported, critical condition")
_VICTIM_LINE_DEAD = re.compile(r"(?:^|\n)[ \t]*victim[ \t]*#?[ \t]*\d+[ \t]*:[^\n:]*?\b(deceased|dead|died)\b",
                               re.IGNORECASE)


# a release's line that heads its persons with their outcome: "Shot and killed: Trevor Gaines, 31, of Ocala.", "Wounded:
# Malik Ortiz, 27, and Shauna Reed, 25" at the start of a line (not "Witnesses interviewed: ...", nor "Arrested: ...")
_HEADING = re.compile(r"(?:^|\n)[ \t]*(?:shot and |fatally )?(killed|dead|deceased|wounded|injured)[ \t]*:[^\n]*",
                      re.IGNORECASE)


def _add_headed_names(heading, sent: Span, s_i: int, used: set[int], people: People, out: list[RawClaim],
                      seen: set[tuple[str, str]]) -> None:
    """Each person named on a release's line headed by an outcome ("Shot and killed: Trevor Gaines, 31") is one
    killed or hurt: a name the tagger knows as a person, or any run of two or more capitalised words told with an age
    after it ("Shauna Reed, 25", which the small model may call an organisation or miss)."""
    outcome = "wounded" if heading.group(1).lower() in ("wounded", "injured") else "killed"
    start, end = sent.start_char + heading.end(1), sent.start_char + heading.end()
    doc = sent.doc
    names = [ent[-1] for ent in sent.ents if ent.label_ == "PERSON"]
    run = 0
    for t in sent:
        run = run + 1 if t.is_title and t.is_alpha else 0
        if run > 1 and t.i + 2 < sent.end and doc[t.i + 1].text == "," and doc[t.i + 2].like_num:
            names.append(t)
    for t in dict.fromkeys(names):
        if not start < t.idx < end or t.i in used:
            continue
        # (a surname the tagger took for no name at all is the person's key, as a name's is)
        key = people.key(t) or (t.lower_, "civilians")
        if not is_unnamed(key[0]):
            _add_once(out, seen, _one_person(s_i, outcome, key[1], t, "victim" if outcome == "wounded" else "kill",
                                             key[0]))


def _add_named_victims(tok, sent: Span, s_i: int, used: set[int], people: People, out: list[RawClaim],
                       seen: set[tuple[str, str]]) -> None:
    """'Police identified the victims as Ann Cole, 19, and Ray Diaz, 21': each victim named was hit (a claim "victim"
    that reconcile counts among the hit, less those told dead); "the victims" named nobody adds no one."""
    for t in named_victims(tok):
        key = people.key(t) if t.i not in used else None
        if key is not None and not is_unnamed(key[0]):
            outcome = "killed" if _told_deceased(t) else "wounded"
            _add_once(out, seen, _one_person(s_i, outcome, key[1], t, "victim", key[0]))


# the words of a sentence that tell the survivors it names were hit: "treated for gunshot wounds", "were wounded",
# "from their hospital beds" (not "hid in a closet": a survivor may be one who was not hit)
_SURVIVORS_HIT = {"wound", "wounded", "shoot", "shot", "treat", "hospital", "hospitalize", "injure", "injury", "hit",
                  "strike", "graze"}


def _add_named_survivors(tok, sent: Span, s_i: int, used: set[int], people: People, out: list[RawClaim],
                         seen: set[tuple[str, str]]) -> None:
    """'Police identified the two survivors, Ana Ruiz and Joe Tate, who were treated for gunshot wounds': each survivor
    named in a sentence that tells them hit is one wounded (every name of the list, not only the one the clause hangs
    on)."""
    if not any(lemma(t) in _SURVIVORS_HIT or t.lower_ in _SURVIVORS_HIT for t in sent):
        return
    for t in named_survivors(tok):
        key = people.key(t) if t.i not in used else None
        if key is not None and not is_unnamed(key[0]):
            _add_once(out, seen, _one_person(s_i, "wounded", key[1], t, ALIVE, key[0]))


# a release's mark of the dead in parentheses after a name and its age and town: "Andre Fields, 19, of Macon
# (deceased); Keisha Rowe, 22 (gunshot wound to the arm)"; no other parenthesis, semicolon or name between
_DECEASED_MARK = re.compile(r"^[^;()]{0,60}\((?:deceased|dead|died at the scene)\)", re.IGNORECASE)


def _told_deceased(t) -> bool:
    """Whether a victim named in a list is marked dead by a parenthesis after his name ("Ann Cole, 19 (deceased)")."""
    doc = t.doc
    return _DECEASED_MARK.match(doc_text(doc)[t.idx + len(t.text):t.sent.end_char]) is not None


def _a_death_told_plainly(tok) -> bool:
    """Whether the sentence of a death noun tells it as a death that happened, of no other cause: not "the boy's death
    would have been a tragedy", "the woman's death did not appear to be related to the shooting", "her death was caused
    by an overdose"."""
    sent = tok.sent
    return not any(c.lower_ in ("would", "could", "might") for c in tok.head.children) \
        and not any(t.dep_ == "neg" or lemma(t) in _NO_KILLING_CAUSES for t in sent)


def _targets(trig: _Trigger, outcome: str, sent: Span, s_i: int, used: set[int], people: People, out: list[RawClaim],
             seen: set[tuple[str, str]]) -> tuple[list, bool] | None:
    """(the persons a trigger says were killed or hurt, whether the trigger is reflexive), or None where it tells
    none.  Claims the parse cannot tie to a person ("a body was found", a headline's "Girl shot at party dies") and
    the shooter who shot others and then himself are added here."""
    tok, word, doc = trig.tok, trig.word, trig.tok.doc
    subj, obj = _arguments(tok)
    if word == "body" and (tok.pos_ != "NOUN" or tok.tag_ != "NN"):
        return None  # "the body of a woman was found"; plural "bodies" are counted as numbers
    # "The dead are Ann Cole and ...": the persons the noun stands for, which the arguments give
    named_group = word == "dead" and tok.pos_ == "NOUN" and bool(subj) and tok not in subj
    # ("slain" is never a noun, though the tagger may take it for one: "the slain teen")
    a_noun = tok.pos_ == "NOUN" and tok.lower_ != "slain"
    if a_noun and not obj and not named_group:
        # "the death of Courtney Taylor", "the killing of a 16-year-old", "the body of a man"
        obj = [c2 for c in tok.children if c.lower_ == "of" for c2 in c.children if c2.dep_ == "pobj"]
        if tok.tag_ == "NNS" and obj and all(o.ent_type_ == "PERSON" for o in obj):
            # "the shooting deaths of Dana Pruitt and Marcus Bell": each one named (not "the murders of a woman and her
            # daughter", whom the report names elsewhere)
            obj = [o for o in _with_listed(obj) if o.ent_type_ == "PERSON"]
        if not obj and word == "death" and tok.tag_ == "NN" and _a_death_told_plainly(tok):
            # "when they learned of the boy's death": the person whose death it is died (a noun, not "his death",
            # whose person the report tells in words of its own)
            obj = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "NOUN" and _is_person(c)]
        subj = []
        if not obj and word == "body" and _a_body_found(tok) and ("unnamed", "killed") not in seen:
            # "A body was found in a field", "the discovery of a body": one dead, unnamed (a name told
            # of the dead elsewhere is that person)
            _add_once(out, seen, _one_person(s_i, "killed", "civilians", tok, "body", "unnamed"))
            return None
    reflexive = trig.own_life or bool(obj) and all(o.lower_ in SELF for o in obj) and bool(subj)
    self_too = []
    if reflexive:
        obj = []  # "the boy accidentally shot himself": the subject is hit
        subj = _self_of(tok, subj, sent)
    elif _others_and_himself(tok, word, subj, obj):
        # "shot an 8-year-old boy and then himself": the others, and the shooter one more
        if outcome == "wounded" and obj[0].lower_ in SELF:
            self_too = subj  # "accidentally shot himself and a friend": one bullet, both hit
        obj = [o for o in obj if o.lower_ not in SELF]
        # (one who shot others and then himself, and lived, is told so apart: only his death is taken here)
        if outcome == "killed" or "suicide" in span_text(sent).lower():
            _add_once(out, seen, _one_person(s_i, "killed", "militants", tok, word, SHOOTER))
    if _the_subject_shoots(trig, obj, reflexive, sent):
        return None
    active = bool(obj) and (word in _KILL_VERBS or (word in _HIT_AS and _missile_hit(tok))) \
        and (tok.tag_ in ("VBD", "VBZ", "VBP", "VBG", "NN") or _perfect(tok) or _past_taken_for_a_participle(tok))
    targets = obj if active or (a_noun and not named_group) else subj
    if active and self_too:
        targets = [*self_too, *targets]
    if active and any(o.lower_ not in SELF for o in obj) and not _a_missile_did_it(tok, subj):
        people.shot_others = True
        # the names of those who shot them, for "Bell then shot himself": the shooter hurt, no victim
        people.shooters.update(key[0] for t in subj if t.ent_type_ == "PERSON" and (key := people.key(t)) is not None)
    if not subj and not obj and word == "die" and tok.i > sent.start:
        targets = _who_dies_in_a_headline(sent, s_i, outcome, word, out, seen)
    # not those counted by a number ("shot a man to death"), nor "her" of "shooting her older brother": his, not hers
    return [t for t in targets if t.i not in used and not _her_of(t)], reflexive


def _who_dies_in_a_headline(sent: Span, s_i: int, outcome: str, word: str, out: list[RawClaim],
                            seen: set[tuple[str, str]]) -> list:
    """A headline the parser gets wrong: "Girl shot at party dies" ("dies" even tagged a noun).  Its first word
    where a name; where a person noun, one unnamed person is added here."""
    first = sent[0]
    if first.ent_type_ == "PERSON":
        return [first]
    if lemma(first) in _PERSON_NOUNS:  # tagged anything at all ("Boy" as an interjection)
        _add_once(out, seen, _one_person(s_i, outcome, "civilians", first, word, "unnamed"))
    return []


def _the_subject_shoots(trig: _Trigger, obj: list, reflexive: bool, sent: Span) -> bool:
    """'Almaraz shot twice at the trailer', 'the deputy fired back and shot', 'the gunman kept shooting': an active
    verb with nobody shot, whose subject shoots."""
    tok, word = trig.tok, trig.word
    if obj or word not in _KILL_VERBS:
        return False
    doc = tok.doc
    # a headline drops its auxiliaries: "Man shot in back outside apartment" is passive
    headline = doc.user_data.get("title_end") is not None and sent.end <= doc.user_data["title_end"]
    # (a clause as the subject is a participle the parser took for a verb: "The woman killed in the
    # shooting was identified as ...")
    # ("found Pell shot to death", tagged active: with nobody shot, the subject is the one who died)
    if tok.tag_ in ("VBD", "VBZ", "VBP") and not _passive(tok) and any(c.dep_ == "nsubj" for c in tok.children) \
            and not headline and not reflexive and not trig.to_death and tok.dep_ not in ("csubj", "csubjpass") \
            and not _left_hurt(tok):
        return True
    # "he just started shooting", "the gunman kept shooting"
    return tok.tag_ == "VBG" and tok.dep_ == "xcomp" and lemma(tok.head) in _ASPECT and not _passive(tok.head)


def _left_hurt(tok) -> bool:
    """'The shooting left a boy dead and his cousin wounded': the second of what "left" left, a participle the tagger
    took for a past tense with the person as its subject; that person was hurt, not shooting (not "he left the bar
    and wounded two men": an object of its own)."""
    return tok.dep_ == "conj" and lemma(tok.head) == "leave" and not any(c.dep_ == "dobj" for c in tok.children) \
        and any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") for c in tok.head.children)


def _both(tok) -> bool:
    """'Both died', 'Both were pronounced dead': "both" alone as the subject, for two persons named before."""
    return tok.lower_ == "both" and tok.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "prep" for c in tok.children)


def _the_two_named_before(tok) -> list:
    """The keys of the last two persons named in the sentence of "both" or the one before ("The coroner identified
    them as Ann Cole and Ray Diaz. Both were pronounced dead"), or [] where fewer are named.  Read with a People of
    their own, so that "both" leaves the report's last person named as it is."""
    doc, sents = tok.doc, list(tok.doc.sents)
    at = next(k for k, s in enumerate(sents) if s.start <= tok.i < s.end)
    start = sents[at - 1].start if at else tok.sent.start
    keys: list = []
    for ent in (e for e in doc.ents if e.label_ == "PERSON" and start <= e.start and e.end <= tok.i):
        key = People().key(doc[ent.end - 1])
        if key is not None and not is_unnamed(key[0]) and key[1] == "civilians" and key not in keys:
            keys.append(key)
    return keys[-2:] if len(keys) >= 2 else []


def _named_shooter_before(tok, keys: list, people: People) -> bool:
    """Whether the one who "shot himself" is named, and shot others before in the report ("Curtis Bell shot his
    neighbor ... Bell then shot himself"): the shooter, not one more victim (not "a boy accidentally shot himself",
    nor an unnamed man, who may be another than the shooter)."""
    return people.shot_others and len(keys) == 1 and keys[0][1] is not None and not is_unnamed(keys[0][1][0]) \
        and keys[0][1][0] in people.shooters


# the sex a pronoun tells
_PRONOUN_SEX = {"he": "man", "him": "man", "she": "woman", "her": "woman"}


def _of_the_other_sex(tok, outcome: str, out: list[RawClaim]) -> bool:
    """Whether a pronoun ("him") is told with an outcome its sentence has already given to one unnamed person of the
    other sex only ("the wife"), so that it is one more person, not her (the sentence's unnamed persons are
    otherwise one, of whatever sex)."""
    sex = _PRONOUN_SEX.get(tok.lower_)
    if sex is None:
        return False
    told = {c.victim for c in out if c.outcome == outcome and is_unnamed(c.victim)}
    return told == {"unnamed female" if sex == "man" else "unnamed male"}


def _add_targets(trig: _Trigger, outcome: str, targets: list, reflexive: bool, sent: Span, s_i: int, people: People,
                 out: list[RawClaim], seen: set[tuple[str, str]]) -> None:
    """A claim of one for each person the trigger is about, told apart by the victim key."""
    tok, word = trig.tok, trig.word
    keys = [(t, people.key(t)) for t in targets]
    if len(keys) == 1 and _both(targets[0]):
        # "Ann Cole, 24, and Ray Diaz, 26, were shot ... Both died": the last two named
        keys = [(targets[0], key) for key in _the_two_named_before(targets[0])]
    if reflexive and outcome == "wounded" and shot_himself_after_a_murder(tok, sent):
        outcome = "killed"  # "killed his wife and two coworkers, then shot himself": his suicide
    if reflexive and (outcome == "killed" or _named_shooter_before(tok, keys, people)):
        # (one who shot others and then shot himself, and lived, is the shooter hurt, no victim: "Bell shot his
        # neighbor ... Bell then shot himself in the chest")
        keys = [(t, _shooter_key(t, sent, people, key, tok)) for t, key in keys]
    if outcome == "killed" and not reflexive:
        keys = [(t, found_dead_by_own_hand(t, sent, people, key)) for t, key in keys]
    listed = sum(1 for _, key in keys if key is not None and key[0] == "unnamed") > 1
    kin_listed = any(key is not None and key[0].startswith(KIN_PREFIX) for _, key in keys)
    # "a deputy and a man he had stopped were both wounded": the pair "both" sums up, whom names told later are
    both_told = any(c.lower_ == "both" for t in (tok, *targets) for c in t.children)
    for t, key in keys:
        if key is None:
            continue
        victim, party = key
        if victim == "unnamed" and listed:
            # "the woman, the man and the child": each one more person; relatives ("his wife and her son") are
            # persons a sentence describes apart, as "a 22-year-old man and a 16-year-old boy" are, so that a
            # name given later is one of them ("shot and killed his wife and her son ... the deaths of Marta
            # Castillo and her son": two, not three)
            # persons of no kin listed alone and summed up by "both" ("a deputy and a man he had stopped were both
            # wounded ... Deputy Kyle Hanlon ... the suspect, Bryce Tolliver") are descriptions too, so that the names
            # told later are they (two, not four); strangers listed without it ("the woman, the man and the child")
            # and persons beside a relative told by his tie ("a man, a coach, and his son") each stay one more
            victim = f"a {t.lower_} @s{sent.start_char}" if lemma(t) in _KIN or (both_told and not kin_listed) \
                else f"another {t.lower_} @{t.idx}"
        elif victim == "unnamed" and reflexive and any(is_unnamed(v) for v, _ in seen) \
                and not _own_shot_told_after(tok) and not _told_by_its_who(t, out):
            # "shot his daughter to death and then killed himself": two persons, told apart as two
            # descriptions of one sentence
            victim = _apart(tok.doc, out, t, sent)
        if victim == "unnamed" and _of_the_other_sex(t, outcome, out):
            # "A man shot his wife ... before a neighbor shot him": "him" is no wife told in the same sentence; the
            # two are persons the sentence describes apart ("a wife @s0", "a man @s0"), which reconcile counts apart
            _apart(tok.doc, out, t, sent)
            victim = f"a {_PRONOUN_SEX[t.lower_]} @s{sent.start_char}"
        trigger = ALIVE if outcome == "wounded" and says_alive(sent) else _HIT_AS.get(word, word)
        if victim == SHOOTER and not reflexive:
            trigger = OWN_HAND  # the shooter found dead by his own hand (``found_dead_by_own_hand``)
        elif victim == SHOOTER and outcome == "killed" and told_later(tok):
            trigger = LATER_SUICIDE  # "The gunman killed himself hours later": none of the dead told before
        _add_once(out, seen, _one_person(s_i, outcome, party, t, trigger, victim))
