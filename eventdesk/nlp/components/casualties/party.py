"""Reading a figure's party: whose people a quantity counts (step 3 of the cascade).

A known actor ("IS fighters"), a generic party ("militants", "civilians", "security forces"), "our fighters"
(``__speaker__``, resolved later to the speaker), the party of the claim before (``_ELLIPSIS``: "and 12
wounded", "20 others"), or None for people in general.  It also says whether the quantity counts people at all
("three vehicles", "wounds to the head" do not).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ...doctext import doc_text
from ...lexicon import party_lemmas
from ...raw_claims import lemma as _lemma
from ...numbers import PERSON_SINGULAR, Quantity
from ...victims import police_before
from .triggers import _STATING_VERBS, _trigger, _WEAK
from .headline import _capitalised_forms, _headline_hit


_NOT_PEOPLE = {
    "attack", "bombing", "explosion", "strike", "airstrike", "shooting", "raid", "incident", "time",
    "day", "week", "month", "year", "hour", "minute", "vehicle", "car", "truck", "house", "home",
    "building", "bomb", "rocket", "missile", "shell", "mortar", "round", "bullet", "shot", "village",
    "town", "city", "km", "kilometre", "kilometer", "mile", "meter", "metre", "dollar", "percent",
    "gun", "weapon", "rifle", "drone", "tank", "school", "hospital", "mosque", "church", "case",
    "operation", "ambush", "clash", "battle", "assault", "blast", "province", "district", "country",
    "point", "count", "charge", "victim's", "cow", "sheep", "goat", "animal", "dog", "cattle", "camel",
    "shelter", "camp", "prison", "jail", "position", "checkpoint", "base", "area", "site", "building",
    "handgun", "pistol", "shotgun", "firearm", "casing", "wound", "block", "foot", "feet", "inch", "reward",
    "count", "felony", "conviction", "arrest", "warrant", "magazine", "gauge", "caliber", "calibre", "mm",
    "street", "avenue", "road", "highway", "interstate", "route", "apartment", "unit", "floor", "room",
    "shot", "gunshot", "round", "grenade", "phone", "call", "minute", "second", "dollar", "cent",
    # "officers responded to five reports of people shot within fifteen minutes": reports, not persons
    "report",
    # "wounds to the head, right leg and both shoulders"
    "head", "leg", "arm", "shoulder", "chest", "hand", "back", "torso", "abdomen", "stomach", "neck", "face", "hip",
    "thigh", "knee", "buttock", "side", "eye", "ankle", "wrist", "finger", "groin", "lung", "body part", "bond", "bail",
    # what a bullet passes on its way: "the bullet went through two walls and then struck the girl"
    "wall", "window", "door", "windshield", "ceiling", "bedroom",
}


def _party(doc, q: Quantity, sent: Span, actor_spans: list[tuple[int, int, str]]) -> tuple[str | None, bool, int]:
    """(party, is_people, end of the noun phrase) for the noun phrase a quantity counts."""
    party, people, np_end = _party_np(doc, q, sent, actor_spans)
    return party, people, np_end


def _party_np(doc, q: Quantity, sent: Span, actor_spans) -> tuple[str | None, bool, int]:
    i = q.end
    if _headline_hit(doc, i, sent):
        return None, True, i
    if i < sent.end and doc[i].lower_ == "of":
        i += 1
    np_end = i
    while np_end < sent.end and np_end - i < 8:
        t = doc[np_end]
        hyphenated = t.pos_ == "VERB" and t.dep_ == "amod" and np_end > i and doc[np_end - 1].text == "-"
        participle = t.tag_ == "VBN" and t.dep_ == "amod" and _trigger(t, sent) is None and not _WEAK.get(_lemma(t))  # "a suspected trafficker"
        if t.dep_ == "nsubj" and t.head.i > np_end and _lemma(t.head) in _STATING_VERBS:
            break  # "one of four women police say were shot": the police say it
        if t.pos_ == "DET" and np_end > i and doc[np_end - 1].pos_ in ("NOUN", "PROPN"):
            break  # "five victims this week": a time after the noun
        if np_end > i and doc[np_end - 1].pos_ in ("NOUN", "PROPN") and _lemma(t) == "last" and t.dep_ == "amod" \
                and t.head.dep_ == "npadvmod" and t.head.head.i < np_end:
            break  # "hurt four others last month": a time after the noun, on the verb
        if t.tag_ in ("WDT", "WP", "WP$") and np_end > i and np_end + 1 < sent.end and doc[np_end + 1].pos_ in ("NOUN", "PROPN", "DET"):
            break  # "eight shootings that police are investigating": a relative clause with its own subject is no part of the noun
        gerund = t.tag_ == "VBG" and t.dep_ == "amod" and _trigger(t, sent) is None and not _WEAK.get(_lemma(t))  # "two carjacking suspects"
        if t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "PRON", "NUM") or hyphenated or participle or gerund or t.tag_ == "POS" or t.text in ("-", "'s") or (t.lower_ in ("of", "the") and np_end > i):
            if t.lower_ in ("and", "or"):
                break
            np_end += 1
            continue
        break
    # "2 fatalities", "1 military fatality", "three dead bodies": the counted noun is itself the outcome
    of_at = next((k for k in range(i, np_end) if doc[k].lower_ == "of"), np_end)
    for k in range(i, of_at):  # (not "a relative of the deceased")
        if doc[k].pos_ in ("NOUN", "ADJ") and _lemma(doc[k]) in _TRIGGER_NOUNS or _capitalised_forms(doc[k]) & _TRIGGER_NOUNS:
            head_party = next((_ADJ_PARTIES[_lemma(t)] for t in doc[i:k] if _lemma(t) in _ADJ_PARTIES), None)
            actor = next((name for a_start, a_end, name in actor_spans if a_start < doc[k].idx and a_end > doc[i].idx), None)
            return actor or head_party, True, k
    tokens = doc[i:np_end]
    if not len(tokens):
        return _ELLIPSIS, True, np_end
    if any(t.tag_ == "POS" and t.i + 1 < np_end and _lemma(doc[t.i + 1]) in _KIN for t in tokens):
        return None, False, np_end  # "injuring a child's parent": the parent was hit, not the child
    text = tokens.text
    lower = text.lower()
    if "of interest" in lower:
        return None, False, np_end  # "a person of interest"
    start_c, end_c = tokens.start_char, tokens.end_char
    for a_start, a_end, name in actor_spans:
        if a_start < end_c and a_end > start_c:
            return name, True, np_end
    if any(t.lower_ in ("our", "its", "their") for t in tokens[:2]) and tokens[0].lower_ == "our":
        return "__speaker__", True, np_end
    table = party_lemmas()
    for phrase in ("security forces", "security personnel", "security guards", "members of the security forces", "police officer", "prison guards"):
        if phrase in lower:
            return ("police" if phrase == "police officer" else "security forces"), True, np_end
    nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")]
    if not nouns:
        return None, True, np_end
    # the head is the last noun before "of": "an area commander of the PLFI", "members of the security forces"
    of_at = next((t.i for t in tokens if t.lower_ == "of"), None)
    before_of = [n for n in nouns if of_at is None or n.i < of_at]
    head = before_of[-1] if before_of else nouns[-1]
    if _ages_as_a_noun(head):
        return None, True, np_end
    for n in (head, *reversed(nouns)):
        lem = _lemma(n)
        if lem in _NOT_PEOPLE or _capitalised_forms(n) & _NOT_PEOPLE:
            if n is head or n.i > head.i or not (_lemma(head) in PERSON_SINGULAR or _lemma(head) in table):
                return None, False, np_end
            continue  # "an area commander": a modifier of a person noun ("a two million dollar bond" is none)
        if lem == "other" and len(nouns) == 1:
            return _ELLIPSIS, True, np_end
        if lem in ("people", "person", "individual", "other", "member", "life", "casualty"):
            continue
        if lem == "officer" and (_POLICE_OFFICER.search(doc_text(doc), 0, n.idx) or police_before(n)):
            # "Two police officers were shot ... One officer was hit in the arm": the same police; and an officer
            # of a report that speaks of the police is theirs, as the persons told one by one have him
            # ("Police say an officer and a bystander were injured ... The officer was hit in the arm")
            return "police", True, np_end
        if lem in table:
            return table[lem], True, np_end
        if n.lower_ in table:
            return table[n.lower_], True, np_end
    return None, True, np_end


def _ages_as_a_noun(head) -> bool:
    """'two 16-year-olds were shot', 'three 17 year olds': persons counted by their age used as a noun (the noun
    "olds" after its unit of time, which would otherwise make the count one of years)."""
    doc = head.doc
    if head.lower_ != "olds":
        return False
    unit = next((doc[k] for k in range(head.i - 1, max(-1, head.i - 3), -1) if doc[k].text != "-"), None)
    return unit is not None and unit.lower_.rstrip("s") in ("year", "month", "week", "yr")


_POLICE_OFFICER = re.compile(r"\bpolice ?officers?\b|\bpolicem[ae]n\b", re.IGNORECASE)
_KIN = {"parent", "mother", "father", "mom", "dad", "son", "daughter", "child", "wife", "husband", "brother", "sister",
        "family", "friend", "girlfriend", "boyfriend", "grandmother", "grandfather", "uncle", "aunt", "cousin", "nephew", "niece"}
_TRIGGER_NOUNS = {"fatality", "death", "dead", "deceased", "body", "corpse", "casualty", "injury", "wounded", "injured",
                  "hurt"}  # ("6 hurt, 1 dead": a headline's "hurt" the tagger takes for a noun)
_ADJ_PARTIES = {"military": "military forces", "army": "military forces", "rebel": "militants", "militant": "militants",
                "civilian": "civilians", "police": "police", "security": "security forces", "government": "military forces"}
_ELLIPSIS = "__same__"  # "and 12 wounded", "20 others": the party of the claim before


def _antecedent_party(doc, info, k: int) -> str | None:
    """'deputies came across three suspects and shot one': a bare "one" is one of the persons an earlier
    verb of the sentence acted on (not its subject: "two gunmen burst in and shot one" shot a victim)."""
    for j in range(k - 1, -1, -1):
        party, is_people, np_end = info[j]
        if not is_people or party in (None, _ELLIPSIS):
            continue
        noun = doc[np_end - 1]
        return party if noun.dep_ == "dobj" or (noun.dep_ == "pobj" and _of_a_verb(noun)) else None
    return None


def _of_a_verb(noun) -> bool:
    """'fired at three suspects and hit one': the object of a preposition that hangs on a verb, a person the verb acted
    on; not a part's group ("Troy Ball was one of the shooters in the gunfight that ... left five others injured": the
    shooters are no persons acted on, and the others none of them)."""
    prep = noun.head
    return prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX")


_SEX_AND_AGE = {"male", "female", "man", "woman", "boy", "girl", "teen", "teenager", "child", "adult", "juvenile", "youth", "infant", "toddler"}


def _noun_party(doc, q: Quantity, np_end: int) -> str | None:
    """The counted noun as a party of its own ("personnel", "Christians"), for a part of a list."""
    nouns = [t for t in doc[q.end:np_end] if t.pos_ in ("NOUN", "PROPN") and _lemma(t) not in ("people", "person", "other")]
    if not nouns:
        return None
    lem = _lemma(nouns[-1])
    # "three females and two males": persons by sex or age are civilians, as a party
    return party_lemmas().get(lem) or ("civilians" if lem in _SEX_AND_AGE else lem)
