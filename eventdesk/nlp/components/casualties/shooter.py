"""The shooter among the persons hit or dead.

"accidentally shot himself and a friend" hits two; "killed his two children and then himself" kills one more,
the shooter; and a count of the dead in a report of the shooter's own death is of those he killed (civilians),
or the whole toll with him in it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from ...raw_claims import RawClaim, lemma as _lemma
from ...doctext import doc_text, span_text
from ...victims import ALIVE, LATER_SUICIDE, SELF, SHOOTER, People
from ...numbers import PERSON_SINGULAR


def _himself_and_another(verb, people: People, sent: Span, s_i: int) -> RawClaim | None:
    """'accidentally shot himself and a friend': one bullet, both hit; the shooter is one of them, a description of
    the sentence as the friend is (named or not: "Flores ... shooting himself and a woman" tells two persons)."""
    if verb.pos_ != "VERB":
        return None
    own = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in SELF), None)
    if own is None or not any(c.dep_ == "conj" for c in own.children):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        head = verb.head  # "fired a gun, shooting himself and a woman": the subject of the verb above
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None) if verb.dep_ in ("advcl", "conj", "xcomp") else None
    key = people.key(subj) if subj is not None else None
    if key is None:
        return None
    noun = subj.lower_ if subj.tag_ == "NN" and _lemma(subj) in PERSON_SINGULAR else "shooter"
    victim = f"a {noun} @s{sent.start_char}"
    return RawClaim(sent=s_i, outcome="wounded", party=key[1], count=1, qualifier="exact", num_start=verb.idx,
                    num_end=verb.idx + len(verb), trigger="shoot", victim=victim)


def _and_then_himself(verb) -> bool:
    """'killed his two children and then himself', 'shot three people and himself': the verb acts on its subject too."""
    return verb.pos_ == "VERB" and any(c.dep_ in ("conj", "dobj") and c.lower_ in SELF for c in verb.children) \
        and any(c.dep_ == "dobj" and c.lower_ not in SELF for c in verb.children)


def _killed_by_the_shooter(doc, claims: list[RawClaim], active: set[int]) -> None:
    """'Man shot his family, killing 3, then killed himself', 'killing two firefighters ... The gunman later killed
    himself': the count of the dead is of those the shooter killed, not him; as civilians, it adds up with the
    shooter (a party of his own) to the toll.  That is a count in the sentence that tells his death, or one the
    shooter's own verb makes ("killing two", ``active``: the offsets of such counts); not a count that says it
    includes him ("four dead, including the gunman").  A count of the dead in general elsewhere ("a man and two
    children are dead", which a list makes civilians) is the whole toll, him included: it becomes a total.
    """
    his = {c.sent for c in claims if c.victim == SHOOTER and c.outcome == "killed"}
    if not his:
        return
    # (a suicide told as later than the shooting, "The suspect killed himself later that night": the dead told
    # before it are those he killed)
    later = min((c.sent for c in claims if c.victim == SHOOTER and c.trigger == LATER_SUICIDE), default=-1)
    sents = list(doc.sents)
    for j, c in enumerate(claims):
        if c.outcome != "killed" or c.party not in (None, "civilians") or c.total_of is not None:
            continue
        if c.victim is not None:
            if c.sent < later and c.victim != SHOOTER:
                claims[j] = replace(c, party="civilians")  # ("killed a cashier ... He later killed himself")
            continue
        if c.num_start in active or c.sent < later \
                or (c.sent in his and not any(t.lower_ in ("including", "includes", "include") for t in sents[c.sent])):
            claims[j] = replace(c, party="civilians")
        else:
            claims[j] = replace(c, party=None)


# "a man shot his son and then himself", "shot her husband and then turned the gun on herself": the one person he
# shot (the last word of the object)
_ONE_THEN_HIMSELF = re.compile(
    r"\bshot (?:his|her|a|an|the) (?:[\w-]+ ){0,2}?([a-z]+)(?<!s) and (?:then )?"
    r"(?:(?:him|her)self|turned the (?:gun|weapon) on (?:him|her)self)\b", re.IGNORECASE)
# the one shot, told by his tie to the shooter: the nouns that name the shooter by it ("the father" of a son shot) and
# those that name the one shot himself ("the boy")
_PARENTS = frozenset({"father", "mother", "dad", "mom", "parent", "stepfather", "stepmother"})
_GRANDPARENTS = frozenset({"grandfather", "grandmother", "grandparent"})
_YOUNG = frozenset({"child", "teen", "teenager"})
_BY_TIE = {"son": (_PARENTS, {"son", "boy", *_YOUNG}), "daughter": (_PARENTS, {"daughter", "girl", *_YOUNG}),
           "boy": (_PARENTS, {"son", "boy", *_YOUNG}), "girl": (_PARENTS, {"daughter", "girl", *_YOUNG}),
           "grandson": (_GRANDPARENTS, {"grandson", "boy", *_YOUNG}),
           "granddaughter": (_GRANDPARENTS, {"granddaughter", "girl", *_YOUNG}),
           "wife": ({"husband", "boyfriend"}, {"wife", "girlfriend", "woman"}),
           "girlfriend": ({"husband", "boyfriend"}, {"wife", "girlfriend", "woman"}),
           "husband": ({"wife", "girlfriend"}, {"husband", "boyfriend", "man"}),
           "boyfriend": ({"wife", "girlfriend"}, {"husband", "boyfriend", "man"}),
           # (siblings are of the shooter's own noun: "a man shot his brother ... The man died. The brother ...")
           "brother": ({"man"}, {"brother"}), "sister": ({"woman"}, {"sister"})}
# the victim keys of the two, told apart as two named persons are (each unnamed "the father", "the boy" is otherwise
# one unnamed person, whom the dead take from the hit)
SHOOTER_BY_TIE, SHOT_BY_TIE = "the one who shot himself", "the one he shot"


def _the_shooter_by_his_tie(doc, sent: Span, s_i: int, persons: list[RawClaim],
                            claims: list[RawClaim] | None = None) -> list[RawClaim]:
    """'Police say a man shot his son and then himself. The father died. The boy survived.': after one who shot one
    person and then himself, a sentence's person told only as "the father" (his tie to the one he shot) is the
    shooter, and "the boy" (the one shot, or his own noun) is the one he shot:
    two persons, not the same unnamed one (keyed apart, as names are).  Where the two are spouses, their pronouns
    tell them apart too ("she shot her husband and then herself. She died. He is expected to live."), and a sentence
    that tells only that the one shot lives ("He is expected to live", "His wife survived") is his hit."""
    if sent.start == 0:
        return persons
    unnamed = any(c.victim and c.victim.startswith("unnamed") for c in persons)
    lives = None if persons else _LIVES.match(span_text(sent))
    if not unnamed and lives is None:
        return persons
    # (the two sentences before: "... and then himself. The father died. The boy survived.")
    before = doc[sent.start - 1].sent
    if before.start > 0:
        before = doc[before.start - 1].sent
    m = _ONE_THEN_HIMSELF.search(doc_text(doc)[before.start_char:sent.start_char])
    if m is None or m.group(1).lower() not in _BY_TIE:
        return persons
    tie = m.group(1).lower()
    # (not the shooter's own noun, "a man ... The man died. His wife was taken to a hospital": the relative told by
    # her tie is another person already)
    shooter_names, shot_names = _BY_TIE[tie]
    shooter_pronoun, shot_pronoun = _SPOUSE_PRONOUNS.get(tie, (None, None))
    # (spouses are of two sexes: each keyed by his own, as the hit and the dead are keyed elsewhere, "a man shot his
    # wife ... The man died. His wife was taken to a hospital": the wife of the hit lives)
    shooter_key, shot_key = (f"unnamed {_SEX[shooter_pronoun]}", f"unnamed {_SEX[shot_pronoun]}") if shooter_pronoun \
        else (SHOOTER_BY_TIE, SHOT_BY_TIE)
    if shooter_pronoun:
        shooter_names = shooter_names | {"man" if shooter_pronoun == "he" else "woman"}
    # "... and then turned the gun on herself. The woman, 58, died.": where the suicide was read as his death (a
    # ``SHOOTER`` dead of those sentences), the shooter told again is that person, and the two are keyed apart as
    # names are (so that both may die: "The woman died. Her husband died later at a hospital.")
    turned = "turned" in m.group(0).lower()
    suicide = [j for j, c in enumerate(claims or ()) if c.victim == SHOOTER and c.outcome == "killed"
               and c.sent >= s_i - 2] if turned else []
    if suicide or turned and any(c.victim == SHOOTER_BY_TIE and c.sent >= s_i - 2 for c in claims or ()):
        shooter_key, shot_key = SHOOTER_BY_TIE, SHOT_BY_TIE
    if lives is not None:
        word = lives.group(1).lower()
        article, _, noun = word.partition(" ")
        if word == shot_pronoun or article == "the" and noun in shot_names or article in ("his", "her") and noun == tie:
            victim = shot_key
        elif word == shooter_pronoun or article == "the" and noun in shooter_names:
            victim = shooter_key  # "He died. She is expected to live.": the shooter lives, hit by her own shot
        else:
            return persons
        at = sent.start_char + lives.start(1)
        return [RawClaim(sent=s_i, outcome="wounded", party="civilians", count=1, qualifier="exact",
                         num_start=at, num_end=at + len(word), trigger=ALIVE, victim=victim)]
    out = []
    for c in persons:
        word = doc_text(doc)[c.num_start:c.num_end].lower()
        before = doc_text(doc)[:c.num_start].lower()
        if c.victim and c.victim.startswith("unnamed") and before.endswith("the "):
            if word in shooter_names:
                c = replace(c, victim=shooter_key)
            elif word in shot_names:
                c = replace(c, victim=shot_key)
        elif c.victim and c.victim.startswith("unnamed") and before.endswith(("his ", "her ")) and word == tie:
            c = replace(c, victim=shot_key)  # "... The woman, 58, died. Her husband, 61, is expected to survive."
        elif c.victim and c.victim.startswith("unnamed") and shooter_pronoun and word in (shooter_pronoun, shot_pronoun):
            c = replace(c, victim=shooter_key if word == shooter_pronoun else shot_key)  # "She died."
        if suicide and c.victim == shooter_key and (c.outcome == "killed" or c.trigger in ("in condition", ALIVE)):
            # (told dead, he is that one dead; told in a condition, "The woman is in critical condition.", he lives)
            for j in suicide:
                claims[j] = replace(claims[j], victim=shooter_key, party=c.party, outcome=c.outcome)
        out.append(c)
    return out


# the pronouns of the shooter and of the spouse shot, by the spouse's tie ("she shot her husband ...: she, he")
_SEX = {"he": "male", "she": "female"}
_SPOUSE_PRONOUNS = {"husband": ("she", "he"), "boyfriend": ("she", "he"),
                    "wife": ("he", "she"), "girlfriend": ("he", "she")}
# a sentence that tells only that a person lives: "He is expected to live.", "His wife survived."
_LIVES = re.compile(r"(he|she|(?:the|his|her) [a-z]+) (?:survived|is expected to (?:live|survive|recover)|will survive)"
                    r"\b[^.;]*[.;]?\s*$", re.IGNORECASE)
