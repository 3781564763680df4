"""Reading a figure's outcome: the trigger that tells what happened to the persons counted (step 1 of the
cascade).

A trigger after the counted noun phrase ("14 soldiers were killed", "12 wounded") or before the quantity
("killing at least 14", "the death toll rose to 140"), and whose that trigger is: not a verb whose agents are
counted ("two men shot a man"), not the next quantity's ("killed 3 and wounded 12"), not a clause about
another person.
"""

from __future__ import annotations

from spacy.tokens import Span

from ...doctext import doc_text
from ...lexicon import party_lemmas
from ...raw_claims import lemma as _lemma
from ...victims import (
    CONDITIONS, TAKEN, died_by_phrase, fatal_wound, fighting_for_life, hurt_in_a_mishap, shot_at_miss, the_shooting_of,
    told_fatal, treated_for_a_hit,
)
from ...numbers import PERSON_SINGULAR, Quantity
from .triggers import (
    _active_agent, _DIE, _FATALLY, _GUNFIRE, _hit_by_gunfire, _PHRASE_VERBS, _right_trigger, _STATING_VERBS,
    _STRONG_AFTER_SHOT, _TOLL_VERBS, _trigger, _WEAK, _weak,
)
from .phrase import _after_ages, _np_head, _past_modifiers


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


def _struck_someone(shot, conj) -> bool:
    """'One of the officers then shot and struck the suspect': "struck" or "hit" joined to an active "shot" with an
    object of its own tells what the shooter's bullet did; the counted subject shot (not "two bullets struck the car
    and one hit the driver": no "shot" before it)."""
    return _lemma(shot) == "shoot" and shot.tag_ in ("VBD", "VBZ", "VBP") and _lemma(conj) in ("strike", "hit") \
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in shot.children) and any(c.dep_ == "dobj" for c in conj.children)


def _outcome_right(doc, np_end: int, sent: Span, next_q: Quantity | None, np_start: int | None = None) -> tuple[str | None, int]:
    """A trigger after the counted noun phrase: "14 soldiers were killed", "12 wounded"; no hurt of a mishap ("an
    officer hurt his hand while chasing the suspect": not the shooting's)."""
    if _the_accused(_np_head(doc, np_start, np_end)):
        return None, -1
    outcome, at = _trigger_after(doc, np_end, sent, next_q, np_start)
    if outcome == "wounded" and hurt_in_a_mishap(sent):
        return None, -1
    if outcome is not None and _held_in_the_crime(_np_head(doc, np_start, np_end), doc[at]):
        return None, -1
    return outcome, at


# the verbs of taking a person into custody (lemmas), and the words that tie the crime he is held in to them
_ARRESTING = {"arrest", "detain", "apprehend"}
_HELD_IN = {"in", "for"}


def _held_in_the_crime(noun, trigger) -> bool:
    """'Police arrested a 19-year-old man Tuesday in the death of a woman', 'deputies arrested a woman in connection
    with the shooting death of her husband': the person the police arrested is the suspect, and the death told after
    him, the crime he is held in, is another person's (read as the arrested man dead, one more beside the woman).
    Not "arrested a man who had been shot": the hit is his own, told in a clause on him."""
    if noun is None or noun.dep_ != "dobj" or _lemma(noun.head) not in _ARRESTING or trigger.pos_ != "NOUN":
        return False
    prep = trigger.head
    if trigger.dep_ == "compound":  # ("in the shooting death of": the compound's noun is the crime)
        prep = trigger.head.head
    if prep.lower_ == "with" and prep.head.lower_ == "connection":
        prep = prep.head.head  # "in connection with the death"
    return prep.lower_ in _HELD_IN and prep.head.i == noun.head.i


# the verbs by which a court or a prosecutor takes a person to answer for a crime (lemmas)
_COURT_VERBS = {"charge", "convict", "sentence", "indict", "accuse", "acquit", "arraign", "try"}


def _the_accused(noun) -> bool:
    """'A jury convicted a 25-year-old man of second-degree murder', 'prosecutors charged a 19-year-old with murder':
    the person a court or a prosecutor convicts, charges or sentences is the accused; the crime named after him ("of
    murder", "with attempted murder") is his charge, no hurt of his.  Not the object of any other verb: "killed a
    25-year-old man", "found a man dead"."""
    return noun is not None and noun.dep_ == "dobj" and _lemma(noun.head) in _COURT_VERBS


def _past_a_joined_person(doc, np_end: int, sent: Span, next_q: Quantity | None) -> int:
    """'A 40-year-old woman and her 19-year-old daughter were shot': past the persons joined by "and" to the counted
    noun with no number of their own (the joined-persons rules count them), whose ages and possessives would push the
    trigger out of reach; else ``np_end``."""
    if np_end >= sent.end or doc[np_end].lower_ != "and":
        return np_end
    last, persons = None, [doc[np_end - 1]]
    while persons:  # (along the chain of conjuncts: "A husband and wife and their 10-year-old daughter were hit")
        persons = [c for p in persons for c in p.children if c.dep_ == "conj" and c.i >= np_end and c.i < sent.end
                   and c.tag_ == "NN" and _lemma(c) in PERSON_SINGULAR]
        last = max(persons, key=lambda t: t.i, default=last)
    # (not where a comma follows: "Three of the victims, two men and a critically injured woman, were taken" is an
    # aside, which the rules of asides step past)
    if last is None or next_q is not None and next_q.start <= last.i \
            or last.i + 1 < sent.end and doc[last.i + 1].is_punct:
        return np_end
    return last.i + 1


def _trigger_after(doc, np_end: int, sent: Span, next_q: Quantity | None, np_start: int | None = None) -> tuple[str | None, int]:
    """The trigger after the counted noun phrase and the outcome it tells (see ``_outcome_right``)."""
    noun = _np_head(doc, np_start, np_end)
    # "two men, 22 and 25, were shot", "three teens, ages 15, 16 and 17, were wounded": past their ages
    past = _past_modifiers(doc, _after_ages(doc, np_end, sent), sent)
    if past != np_end:
        np_end = past
        if next_q is not None and next_q.start < past:
            next_q = None
    np_end = _past_a_joined_person(doc, np_end, sent, next_q)
    # "two HM militants including the group's chief were killed": the trigger lies past the aside
    aside = np_end < sent.end and doc[np_end].lower_ == "including"
    reach = np_end + (10 if aside else 6)
    # hyphens do not count ("received non-life-threatening injuries" is four words)
    reach += min(4, sum(1 for t in doc[np_end:min(sent.end, reach + 4)] if t.text == "-"))
    limit = min(sent.end, reach, next_q.start if next_q else sent.end)
    suffered = None  # "found a man suffering from a gunshot wound": a hit, perhaps fatal (trigger "suffer")
    group: tuple[str | None, int] = (None, -1)  # the outcome of the group a part is counted from
    for i in range(np_end, limit):
        tok = doc[i]
        if tok.text in (";", ":", "(", ",") or tok.lower_ in ("no", "without"):
            break  # "killing two fighters with no report of injuries": the injuries are someone else's words
        if (tok.tag_ == "WRB" or tok.dep_ == "mark") and i + 1 < sent.end and doc[i + 1].lower_ not in _SAME_PERSONS \
                and doc[i + 1].pos_ in ("PRON", "PROPN", "NOUN", "DET"):
            break  # "in a car with three other friends when she was shot": the clause tells of another person
        if aside and i == np_end:
            continue
        if i == np_end and np_start is not None and _the_hit_a_part_is_of(tok, np_start):
            # "One of the wounded later died": what befell the part is told after the group's word; where nothing
            # is ("two of the wounded were released"), the part was hit as the group was
            died = _died_as_subject(doc[np_start - 1], i)
            if died is not None:
                return "killed", died  # "One of the wounded, Ann Lee, 36, died Monday": past the part's name and age
            group = ("wounded", i)
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
        if fighting_for_life(tok):
            return "wounded", i  # "two women are fighting for their lives": hit, and alive
        if tok.pos_ == "VERB" and tok.dep_ != "amod" and _right_trigger(tok, sent) is None and not _weak(tok) and not hit \
                and _lemma(tok) not in _STATING_VERBS and tok.lower_ not in _STATING_VERBS \
                and _lemma(tok) not in ("find", "leave", "report", "pronounce", "confirm", "believe", "suffer", "sustain", "receive") \
                and not _had_wounds(tok):
            break  # "two men charged with fatally shooting a teen": the two did something else
        weak = _weak(tok) or hit
        if weak and ((i + 1 < sent.end and doc[i + 1].lower_ == "at" and shot_at_miss(doc, i + 1)) or _active_agent(tok)
                     or any(c.dep_ == "conj" and (_active_agent(c) or _struck_someone(tok, c)) for c in tok.children)):
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
            # (not where "die" has a subject of its own after the count: "Two women shot in Eastgate; one dies")
            if head is not None and doc[np_end - 1].dep_ in ("nsubj", "nsubjpass") and _lemma(head) == "die" \
                    and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > np_end - 1 for c in head.children):
                return "killed", head.i
            if _survived_not(doc[np_end - 1]):
                return "killed", i  # "A motorist who was shot on I-94 did not survive": a phrase of death
            if any(t.lower_ in ("who", "that") for t in doc[max(sent.start, np_end - 2):i]):
                # unless another person is the one who died ("a hallway has died" is the parser's slip)
                died = next((t for t in doc[i + 1:sent.end] if _lemma(t) in _DIE and t.pos_ in ("VERB", "AUX")
                             and not _nearly_or_not(t)
                             and not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and c.i >= np_end
                                         and (c.ent_type_ == "PERSON" or _lemma(c) in PERSON_SINGULAR or _lemma(c) in party_lemmas())
                                         for c in t.children)), None)
                if died is not None:
                    return "killed", i  # the trigger stays the nearby "shot", which the count's distance rules need
            if i == np_end and tok.tag_ in ("VBD", "VBN") and any(
                    _lemma(t) in _DIE and t.pos_ in ("VERB", "AUX") and t.i > i + 1
                    # (the hit word itself taken as the subject of "died" is the parser's slip: "A man shot
                    # Saturday night in Dayton has died")
                    and not any(c.dep_ in ("nsubj", "nsubjpass") and (noun is None or c.i > noun.i) and c.i != i
                                for c in t.children)
                    for t in doc[i + 1:sent.end]):
                # "Two men shot Tuesday night have both died": the parser makes "shot" the verb (and a dateline
                # before the noun, "LAS VEGAS — A woman shot Sunday died Monday", may take the place of its subject)
                return "killed", i
            if _died_too(tok):
                return "killed", i  # "a man was shot Sunday and died two days later": the same subject died
            if _no_pulse_after(doc, i, np_end, tok, sent):
                return "killed", i  # "A man shot during an argument had no pulse": dead, told without a word of death
            return weak, i
        if _lemma(tok) in ("suffer", "sustain", "receive") or _had_wounds(tok):
            suffered = i
        if _lemma(tok) == "condition" and any(t.lower_ in CONDITIONS for t in doc[max(np_end, i - 3):i]) \
                and any(t.lower_ == "in" for t in doc[max(np_end, i - 4):i]):
            if _died_after_clause(doc, noun, np_end, i):
                return "killed", i  # "a man who had been in critical condition since Saturday died Monday"
            return "wounded", i  # "left two men in critical condition": hit, perhaps fatally
        outcome = _right_trigger(tok, sent)
        if outcome:
            agent = tok.head if tok.lower_ in ("fatally", "mortally") else tok  # "an officer who fatally shot a teen"
            if _governs_next(doc, i, next_q) or _active_agent(agent) or _subject_before(tok, noun):
                return None, -1
            if outcome == "wounded" and suffered is not None:
                # "suffered a gunshot wound to the chest and died at a hospital": the same subject died
                # (and "suffered a fatal gunshot wound": the wound killed)
                return ("killed" if _died_too(doc[suffered]) or fatal_wound(tok) else outcome), suffered
            if outcome == "wounded" and (_died_after_clause(doc, noun, np_end, i) or _died_too(tok)
                                         or _survived_not(doc[np_end - 1])
                                         or _no_pulse_after(doc, i, np_end, tok, sent)):
                # (and "was wounded on Friday and died Saturday", "a woman who was wounded Friday did not make it")
                return "killed", i
            return outcome, i
    return group


def _no_pulse_after(doc, i: int, np_end: int, tok, sent: Span) -> bool:
    """'A man shot during an argument had no pulse', 'a woman wounded in a drive-by had no pulse when paramedics
    reached her': the participle right after the person, and the person's own "had no pulse" later in the sentence
    (``died_by_phrase``)."""
    return i == np_end and tok.tag_ in ("VBD", "VBN") and any(
        _lemma(t) == "have" and died_by_phrase(t) for t in doc[i + 2:sent.end])


def _a_count_of_its_own(doc, start: int, die_at: int) -> bool:
    """'Six shot in Cleveland drive-by; two die': a number set off by a semicolon or a comma between the count of the
    hit and "die" is the count of the dead (which the parser may hang on "die" as a modifier, not its subject)."""
    return any(t.pos_ == "NUM" and t.i > start and doc[t.i - 1].text in (";", ",") for t in doc[start:die_at])


def _had_wounds(tok) -> bool:
    """'Two of them had gunshot wounds to the lower body': "had" with a wound or an injury as its object, which tells a
    hit as "suffered" does (not "two men had guns")."""
    return tok.pos_ == "VERB" and _lemma(tok) == "have" and any(
        c.dep_ == "dobj" and _lemma(c) in ("wound", "injury") for c in tok.children)


# the words of a group of the hit that a part is counted from: "one of the wounded", "two of the injured"
_HIT_GROUPS = {"wounded", "injured", "hurt", "shot", "hospitalized", "hospitalised"}


def _the_hit_a_part_is_of(tok, np_start: int) -> bool:
    """'One of the wounded later died', 'two of the injured were released': the hit word right after "of the" names
    the group the count is a part of (already counted), not what befell the part."""
    if tok.lower_ not in _HIT_GROUPS or tok.i < 3:
        return False
    doc = tok.doc
    return doc[tok.i - 1].lower_ == "the" and doc[tok.i - 2].lower_ == "of" and doc[tok.i - 2].i == np_start


def _survived_not(who) -> bool:
    """'A motorist who was shot on I-94 did not survive', 'a man who was wounded Friday did not make it', 'a man who
    was shot Friday lost his life Saturday' (not "nearly lost his life"): the person whose relative clause tells the
    hit is the subject of a phrase of death (``died_by_phrase``), which the hit word inside the clause would otherwise
    leave a wound."""
    if who.tag_ not in ("WP", "WDT") or who.head.dep_ != "relcl":
        return False
    noun = _past_dateline(who.head.head)
    return noun.dep_ in ("nsubj", "nsubjpass") and any(
        _lemma(v) in _PHRASE_VERBS and died_by_phrase(v) and not _nearly(v) for v in _verbs_of_the_subject(noun.head))


def _verbs_of_the_subject(verb) -> list:
    """A subject's verb and the verbs joined to it with no subject of their own: "A man who was shot Friday was rushed
    to a hospital but did not survive" tells the man's death in the second verb (not "... was rushed to a hospital,
    and his brother died": a subject of its own)."""
    return [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                    and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children))]


def _died_as_subject(count, after: int) -> int | None:
    """The index of a verb of dying, after ``after``, whose subject is the count itself ("One of the wounded, Ann
    Lee, 36, died": the appositive between puts the verb out of the reach of the words after the group), or None."""
    verb = count.head
    if count.dep_ != "nsubj" or verb.i <= after or verb.pos_ not in ("VERB", "AUX") or _lemma(verb) not in _DIE:
        return None
    return None if any(c.dep_ == "neg" or c.lower_ in ("nearly", "almost") for c in verb.children) else verb.i


# verbs that state a death with "dead" after them: "was pronounced dead", "was declared dead"
_DEATH_STATERS = {"pronounce", "declare"}
# verbs whose complement tells the hit: "was found shot", "was left wounded"
_FOUND_HIT = {"find", "leave"}


def _said_dead(verb) -> bool:
    """'was pronounced dead at the scene', 'was declared dead at a hospital': a verb that states the death."""
    return _lemma(verb) in _DEATH_STATERS and any(c.lower_ == "dead" and c.dep_ in ("oprd", "acomp", "xcomp", "dobj")
                                                  for c in verb.children)


def _died_too(verb) -> bool:
    """'was shot on Sunday and died two days later', '... and later died at a hospital', '... and was pronounced dead
    at the scene': a verb of dying (or one that states the death) joined to the hit, with no subject of its own (so
    the same persons), not negated nor nearly ("and nearly died").  "Was found shot ... and was pronounced dead": the
    hit is the complement of "found", to which the death is joined."""
    if verb.dep_ == "xcomp" and _lemma(verb.head) in _FOUND_HIT:
        verb = verb.head
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and (_lemma(c) in _DIE or _said_dead(c))
               and not any(x.dep_ in ("nsubj", "nsubjpass", "neg") or x.lower_ in ("nearly", "almost") for x in c.children)
               and not _part_between(verb, c) and not _a_count_of_its_own(verb.doc, verb.i, c.i)
               for c in verb.children)


def _part_between(verb, died) -> bool:
    """'Four people were shot ..., and one of them, a woman who had been walking by, died': the parser may make the
    part ("one", "two of them") a conjunct of the hit beside the death, which then seems to have no subject of its
    own; a nominal conjunct between the two is the death's subject, so only that part died."""
    return any(c.dep_ == "conj" and c.pos_ in ("NUM", "NOUN", "PRON", "PROPN") and verb.i < c.i < died.i
               for c in verb.children)


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
    """'A police officer who was wounded in a shootout last week has died': the main verb says more; so too in a
    reduced relative, 'A woman wounded in the shooting Monday has died' (the participle hangs on the noun)."""
    subject = _past_dateline(noun)
    return (subject is not None and subject.dep_ in ("nsubj", "nsubjpass")
            and any(_lemma(v) in _DIE and v.i > at and not _nearly_or_not(v) for v in _verbs_of_the_subject(subject.head))
            and (any(t.lower_ in ("who", "that") for t in doc[noun.i + 1:at]) or _reduced_relative(doc[at], noun)))


def _nearly_or_not(verb) -> bool:
    """'nearly died', 'did not die': a death that did not happen."""
    return _nearly(verb) or any(c.dep_ == "neg" for c in verb.children)


def _nearly(verb) -> bool:
    """'nearly died', 'almost lost his life'."""
    return any(c.lower_ in ("nearly", "almost") for c in verb.children)


def _past_dateline(noun):
    """The counted noun, or the dateline that took its place as the subject: in "DAYTON, Ohio - A boy who was wounded
    last week died Monday" the parser makes the boy an apposition of "DAYTON", the subject of "died"."""
    if noun is not None and noun.dep_ == "appos" and noun.head.i == noun.sent.start \
            and noun.head.dep_ in ("nsubj", "nsubjpass"):
        return noun.head
    return noun


def _reduced_relative(verb, noun) -> bool:
    """'a woman wounded in the shooting': a participle that modifies the counted noun, with no subject of its own."""
    return verb.dep_ == "acl" and verb.head.i == noun.i and verb.tag_ in ("VBN", "VBD")


_SAME_PERSONS = {"they", "both", "all", "each", "some", "most"}


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


# verbs of firing that a participle of hitting may follow: "opened fire, hitting two", "fired into the crowd, striking three"
_FIRING = {"fire", "shoot", "spray"}


def _hitting_as_fired(tok) -> bool:
    """'A gunman opened fire on a group of six, hitting two of them', 'fired into a crowd, striking three people': a
    participle of hitting that hangs on a verb of firing tells whom the shots hit (not "hit by a car", nor "hitting
    the car twice": no person is counted after it then).  A finite verb joined to the firing says the same: "fired
    into a crowd leaving a bar and hit two people"."""
    if _lemma(tok) not in ("hit", "strike") or tok.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    if tok.tag_ != "VBG" and not (tok.tag_ == "VBD" and tok.dep_ == "conj"):
        return False
    head = tok.head
    return _lemma(head) in _FIRING or (_lemma(head) == "open" and any(c.lower_ == "fire" for c in head.children))


def _hit_by_gunfire_told_first(tok) -> bool:
    """'Police said the gunfire hit four people', 'bullets struck two bystanders', 'gunfire that hit three people': an
    active verb of hitting whose subject (or the noun its relative clause hangs on) is the gunfire tells whom it hit
    (not "the car hit two people", nor "the storm struck two towns": no gunfire did it)."""
    if _lemma(tok) not in ("hit", "strike") or tok.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    # (any subject: the parser may hang a dateline's town on the verb as one more; the lower-cased word without its
    # plural's "s": it takes "Bullets" after a dateline for a name)
    subjects = [tok.head] if tok.dep_ == "relcl" else [c for c in tok.children if c.dep_ == "nsubj"]
    return any(_lemma(w) in _GUNFIRE_NOUNS or w.lower_.removesuffix("s") in _GUNFIRE_NOUNS for w in subjects)


def _one_of_the_fired_at(doc, q: Quantity) -> bool:
    """'shot at a group of four teenagers, hitting one in the leg': the word "one" with no noun of its own is one of
    those fired at, no person the report tells again by a noun (unlike "striking a man")."""
    return q.value == 1 and doc[q.start].lower_ == "one" and q.end == q.start + 1 \
        and (q.end >= len(doc) or doc[q.end].pos_ not in ("NOUN", "PROPN", "ADJ"))


_LEGAL = {"charge", "count", "suspect", "case", "trial", "investigation", "conviction", "warrant", "indictment", "sentence", "probe", "inquiry"}


# what may stand between "the shooting of" and its count: "the shooting of at least four people"
_BEFORE_A_COUNT = {"at", "least", "more", "than", "about", "nearly", "some"}


def _shooting_of_the_count(doc, tok, q: Quantity) -> bool:
    """'charged in the fatal shooting of two men': the deadly "shooting" of the news (``the_shooting_of``) whose "of"
    opens the count tells the counted dead (not "the shooting of a video": no count; not "four shootings").  A plain
    "shooting of four people" is left unread: a follow-up that tells it so tells who died of them apart, in words the
    count would not match."""
    return the_shooting_of(tok) and told_fatal(tok) and tok.i + 1 < q.start and doc[tok.i + 1].lower_ == "of" \
        and all(t.lower_ in _BEFORE_A_COUNT for t in doc[tok.i + 2:q.start])


# what gunfire is told as when it is the subject of "sent": "a drive-by shooting that sent three women to the hospital"
_GUNFIRE_NOUNS = {"shooting", "gunfire", "drive-by", "shootout", "gunshot", "bullet", "shot", "barrage", "volley"}


def _sent_to_a_hospital(doc, tok, q: Quantity, sent: Span) -> bool:
    """'a drive-by shooting that sent three women and one man to the hospital', 'the gunfire sent two men to area
    hospitals': "sent" right before the count, "to ... hospital" right after it, and the shooting the one that sent
    them (its subject, or the noun its clause tells of): the count was hit.  Not "a crash sent two people to the
    hospital", nor "the fight sent a man to the hospital": no gunfire sent them."""
    if _lemma(tok) != "send" or tok.pos_ != "VERB" or any(t.is_punct for t in doc[tok.i + 1:q.start]):
        return False
    after = doc[q.end:min(sent.end, q.end + 9)]
    if not any(t.lower_ == "to" and any(_lemma(h) == "hospital" for h in after[k + 1:k + 4]) for k, t in enumerate(after)):
        return False
    who = tok.head if tok.dep_ == "relcl" else next((c for c in tok.children if c.dep_ in ("nsubj", "csubj")), None)
    if who is not None and who.dep_ == "nsubj" and who.ent_type_ == "GPE":
        # "BATON ROUGE, La. - Gunfire outside a club ... sent three women ...": the parser hangs the gunfire on the
        # dateline's town as its apposition
        who = next((c for c in who.children if c.dep_ == "appos" and c.i < tok.i), who)
    # (the clause may hang on the place the shooting was at: "a drive-by shooting outside a store that sent ...")
    for _ in range(3):
        if who is None or _lemma(who) in _GUNFIRE_NOUNS or who.lower_ in _GUNFIRE_NOUNS:
            break
        who = who.head.head if tok.dep_ == "relcl" and who.dep_ == "pobj" and who.head.head is not who else None
    return who is not None and (_lemma(who) in _GUNFIRE_NOUNS or who.lower_ in _GUNFIRE_NOUNS)


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
        if _shooting_of_the_count(doc, tok, q):
            return "killed", i  # "charged in the fatal shooting of two men": both died
        if _sent_to_a_hospital(doc, tok, q, sent):
            return "wounded", i  # "a drive-by shooting that sent three women and one man to the hospital"
        if (_hitting_as_fired(tok) or _hit_by_gunfire_told_first(tok)) \
                and (q.value >= 2 or _one_of_the_fired_at(doc, q)):
            # "opened fire on a group of six, hitting two of them": a hit, perhaps fatal (a lone "striking a man" is
            # left to the persons: the report tells him again, dead or alive, in words the count would not match)
            return "wounded", i
        if tok.pos_ == "VERB" and _trigger(tok, sent) is None and not _WEAK.get(_lemma(tok)) \
                and _lemma(tok) not in _STATING_VERBS and tok.lower_ not in _STATING_VERBS:
            break  # "killed himself after taking two hostages": the hostages belong to "taking"
        outcome = _trigger(tok, sent)
        if outcome:
            if _lemma(tok) in ("life", "body", "custody"):
                continue
            if _describes_another(tok, q):
                return None, -1  # "found the injured boy and two friends": the friends are not told hurt
            if tok.dep_ in ("compound", "amod") and _lemma(tok.head) in _LEGAL:
                continue  # "murder charges against a man": the man is charged
            if _own_subject(tok, noun):
                return None, -1  # "a man was wounded in a shootout with two deputies": the man was hit, not the deputies
            if outcome == "wounded" and any(t.lower_ in _FATALLY for t in doc[max(sent.start, i - 2):i]):
                return "killed", i  # "a shooting fatally wounded a 17-year-old boy and injured five others"
            if outcome == "wounded" and fatal_wound(tok) and doc[i + 1].lower_ == "of":
                return "killed", i  # "resulted in the fatal injury of an 80-year-old man": he died of it
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


def _describes_another(tok, q: Quantity) -> bool:
    """'Officers found the injured boy and two friends', 'arrived to find the wounded teen and three friends': a
    trigger that describes a noun of its own, one the count is joined to by "and", tells that noun hurt and not the
    count ("two friends" were with him)."""
    head = tok.head
    return tok.dep_ == "amod" and tok.i < head.i < q.start and head.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "conj" and c.i >= q.start for c in head.children)


def _victim_of_its_own(doc, at: int) -> bool:
    """A participle whose person is told before it: "Woman killed in ...", "a man shot on Elm Street"."""
    verb = doc[at]
    if verb.tag_ != "VBN":
        return False
    person = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return person is not None and person.i < at and (_lemma(person) in PERSON_SINGULAR or person.ent_type_ == "PERSON")


# a figure revised: "the number was later revised down to four", "police lowered the count to two", "the toll later
# fell to three"
_REVISING = {"revise", "lower", "reduce", "correct", "downgrade", "adjust", "update", "raise", "fall", "drop", "decrease", "decline",
             # a figure that grew: "the number had risen to seven", "the number of people killed has climbed to four"
             "rise", "climb", "increase", "grow", "jump"}
_FIGURE_NOUNS = {"number", "figure", "count", "total", "tally", "toll"}


def _revised_figure(doc, q: Quantity, sent: Span, earlier: list) -> tuple[str | None, int]:
    """'Six wounded, police first said. The number was later revised down to four': a bare number after "to" that a
    revising verb sets a figure to.  Its outcome is the one the figure's own words tell ("the number of wounded"),
    else, where the figure names none, the one of the count the sentence before told (``earlier``: the claims so
    far, of a count or a person).  (None, -1) otherwise: "the number of shots fired was revised down to forty"
    names its own kind, which is no toll."""
    if q.start - 1 < sent.start or doc[q.start - 1].lower_ != "to" or q.value < 1:
        return None, -1
    verb = doc[q.start - 1].head
    if _lemma(verb) in ("down", "up") and verb.head is not verb:
        verb = verb.head
    if _lemma(verb) not in _REVISING:
        return None, -1
    figure = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj", "dobj") and _lemma(c) in _FIGURE_NOUNS), None)
    if figure is None:
        return None, -1
    told = [t for t in figure.subtree if t.i != figure.i and t.pos_ in ("NOUN", "ADJ", "VERB", "PROPN")]
    for t in told:
        outcome = _trigger(t, sent)
        if outcome:
            return outcome, t.i
    if told and not (len(told) == 1 and _lemma(told[0]) in ("death", "casualty")):
        return None, -1  # "the number of shots fired": a figure of another kind
    if _lemma(figure) == "toll":
        return "killed", figure.i
    sents = list(doc.sents)
    s_i = next(i for i, s in enumerate(sents) if s.start == sent.start)
    before = [c.outcome for c in earlier if c.sent == s_i - 1]
    if not before and s_i > 0:
        # (the first figure may itself be dropped as a first account: "Six wounded, police first said")
        # (its first trigger: "Two people were killed in a shooting" is a toll of the dead)
        before = [o for o in (_trigger(t, sents[s_i - 1]) for t in sents[s_i - 1]) if o][:1]
    return (before[-1], figure.i) if before else (None, -1)
