"""Surnames: the names of persons, where the small NER finds them and where it does not.

A victim key is a surname, so that "Victoria Cantu" and "Cantu was found dead" are one person.  The small NER
misses many surnames or calls them ORG, and a lone first name stands for the full name told elsewhere; the
report's own pairs of first name and surname, read once per document, settle both.  Two persons of one surname
("Antoine Moss and Terrence Moss") are told apart by their first names.
"""

from __future__ import annotations

from spacy.attrs import TAG

from ..arrays import label_indices, lower_indices
from ..numbers import PERSON_SINGULAR
from ..raw_claims import lemma
from .words import _DEATH_WORDS, _HURT_WORDS, _PERSON_NOUNS


_NOT_NAMES = {"police", "officer", "officers", "deputy", "deputies", "sheriff", "trooper", "detective", "sgt.", "lt.", "capt.",
              "chief", "department", "county", "city", "state", "street", "avenue", "road", "hospital", "center", "university",
              "school", "church", "mr.", "mrs.", "ms.", "dr.", "the", "god", "jr.", "sr.", "news", "times", "post", "herald",
              "tribune", "journal", "press", "report", "reports", "weather", "sports", "local", "home", "breaking", "gazette", "daily",
              "courier", "sun", "star", "chronicle", "examiner", "observer", "record", "register", "review", "update"}
_NOT_PERSON_ENTS = {"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "EVENT",
                    "LAW", "LANGUAGE", "PRODUCT", "NORP", "WORK_OF_ART"}


def _unlabelled_name(tok) -> bool:
    """A surname the small NER missed or called ORG ("Cantu was found dead", "Goldie Long"): a capitalised
    proper noun no entity type rules out, which the report gives somewhere as the last word of a full
    name (a first name before it).  The tagger may take a surname opening a sentence for a plural noun ("Pruitt
    died Thursday", "Pruitt" as NNS, or JJ): a word so tagged passes only as a surname the report gives, and so does
    one the NER calls NORP ("Toller and Reese died")."""
    if _aged_name(tok):
        return True
    # (or for an adjective: "Pruitt and Marcus Lyle, 20, died", "Pruitt" as JJ)
    if tok.tag_ in ("NNS", "NN", "JJ") and tok.i == tok.sent.start and tok.text[:1].isupper() \
            and tok.text[1:2].islower():
        _name_pairs(tok.doc)
        if tok.lower_ not in tok.doc.user_data["surnames"] or tok.lower_ in _NOT_NAMES or _common_word(tok):
            return False
    elif tok.ent_type_ == "NORP" and tok.tag_ == "NNP" and tok.dep_ in ("nsubj", "nsubjpass", "conj", "dobj"):
        # a surname the NER took for a nationality or group ("Toller and Reese died", "Reese" as NORP): only one
        # the report gives as the last word of a full name ("Jamal Reese")
        _name_pairs(tok.doc)
        return tok.lower_ in tok.doc.user_data["surnames"] and tok.lower_ not in _NOT_NAMES and not _common_word(tok)
    elif not (tok.tag_ == "NNP" and tok.text[:1].isupper() and tok.text[1:2].islower() and tok.ent_type_ not in _NOT_PERSON_ENTS
            and tok.lower_ not in _NOT_NAMES and tok.dep_ not in ("compound", "poss") and len(tok.text) > 2):
        return False
    _name_pairs(tok.doc)
    return tok.lower_ in tok.doc.user_data["surnames"] or bool(tok.doc.user_data["name_pairs"].get(tok.lower_))


def _aged_name(tok) -> bool:
    """A capitalised proper noun told with an age is a person's name whatever entity the small NER gives it: it
    takes "31-year-old Darnell Whitcombe" for a date and a facility, "Ji-woo Zhang, 27," for a town.  The age is
    an "N-year-old" before the name or a bare number set off after it (", 27," or " (27)")."""
    if not (tok.tag_ == "NNP" and tok.text[:1].isupper() and tok.text[1:2].islower() and len(tok.text) > 2
            and tok.lower_ not in _NOT_NAMES and not _common_word(tok) and tok.dep_ not in ("compound", "poss")):
        return False
    for c in tok.children:
        if c.dep_ == "amod" and c.lower_ == "old" and c.i < tok.i and c.i >= 2 and tok.doc[c.i - 2].lower_ == "year":
            return True
        if (c.dep_ == "appos" and c.i == tok.i + 2 and c.text.isdigit() and 0 < int(c.text) < 110
                and tok.doc[tok.i + 1].text in (",", "(")):
            return True
    return False


def _common_word(tok) -> bool:
    """A word capitalised in a headline or after a place, not a name: "A Portsmouth Man has died", "Miami Boy
    Killed After Gunplay"."""
    return tok.lower_ in PERSON_SINGULAR or tok.lower_ in _PERSON_NOUNS or lemma(tok) in _DEATH_WORDS or lemma(tok) in _HURT_WORDS


def _persons_noun(tok) -> bool:
    """A plural person noun capitalised before a name ("Cousins Ann Cole, 15, and Beth Cole, 14, were shot",
    "Brothers Tom and Ray Cole"): it opens the sentence or is a title, and is no first name (else "Ann" would pass
    for a surname, and the two Coles for one)."""
    word = tok.lower_
    return word.endswith("s") and (word[:-1] in PERSON_SINGULAR or word[:-1] in _PERSON_NOUNS)


def _surname_of(doc, name: str) -> str:
    """The surname a lone first name stands for, when the report gives one full name with it."""
    return _name_pairs(doc).get(name) or name


def _shared_surname(doc, name: str) -> bool:
    """Whether the report names two persons of this surname ("Antoine Moss, 31, and Terrence Moss, 28"): brothers,
    a couple, a parent and child, each a person of their own.  A middle name is no first name: "Jevon Antwaine
    Bailey" and "Jevon Bailey" are one."""
    _name_pairs(doc)
    return len(doc.user_data["first_names"].get(name, set()) - doc.user_data["surnames"]) >= 2


_AND = frozenset({"and"})


def _after_nnp(doc) -> list[int]:
    """The indices of the tokens tagged NNP right after a token tagged NNP (a name's second word), in text order."""
    nnp = label_indices(doc, TAG, "NNP")
    return [i for i, before in zip(nnp[1:], nnp) if before == i - 1]


def _name_pairs(doc) -> dict[str, str | None]:
    """First name -> surname ("james" -> "cartigiano"; None when two surnames share the first name), cached per doc."""
    pairs = doc.user_data.get("name_pairs")
    if pairs is None:
        pairs, surnames, first_names = {}, set(), {}
        for i in _after_nnp(doc):  # (the proper nouns after a proper noun only, found from the doc's arrays)
            t, prev = doc[i], doc[i - 1]
            if (t.tag_ == "NNP" and prev.tag_ == "NNP" and prev.text[:1].isupper() and t.text[:1].isupper()
                    and ((prev.ent_type_ not in _NOT_PERSON_ENTS - {"NORP"} and t.ent_type_ not in _NOT_PERSON_ENTS)
                         or _aged_name(t))
                    and prev.lower_ not in _NOT_NAMES and t.lower_ not in _NOT_NAMES and prev.lower_ != t.lower_
                    and not _common_word(t) and not _common_word(prev) and not _persons_noun(prev)
                    and not (t.is_upper and len(t) > 1 and not prev.is_upper)):
                # (a capitalised name before an all-capital word is no first name of it: "gave Summerfield CPR")
                first, last = prev.lower_, t.lower_
                pairs[first] = last if pairs.get(first, last) == last else None
                surnames.add(last)
                first_names.setdefault(last, set()).add(first)
        for first, last in _first_names_joined(doc, pairs):
            pairs[first] = last if pairs.get(first, last) == last else None
            first_names.setdefault(last, set()).add(first)
        doc.user_data["name_pairs"] = pairs
        doc.user_data["first_names"] = first_names
        doc.user_data["surnames"] = surnames
    return pairs


def _first_names_joined(doc, pairs: dict[str, str | None]) -> list[tuple[str, str]]:
    """(first name, surname) of each first name joined by "and" to a full name that follows it: "twins Marcus and
    Malik Dorsey", "Brothers Tom and Ray Cole", "Jose and Juan Ortiz, 28-year-old twins": two persons of one surname,
    the first of them named by a first name alone.  Not the surname of a full name before the "and" ("Ann Wu and
    Ray Cole": Wu is no Cole), nor a place, a date or a word of the page."""
    out = []
    for i in lower_indices(doc, _AND):  # (the "and" tokens only, found from the doc's arrays)
        if not 1 <= i < len(doc) - 2:
            continue  # (a word before it, two after it)
        t = doc[i]
        first, given, last = doc[t.i - 1], doc[t.i + 1], doc[t.i + 2]
        if t.lower_ != "and" or pairs.get(given.lower_) != last.lower_ or first.lower_ == given.lower_:
            continue
        if not (first.tag_ == "NNP" and first.text[:1].isupper() and first.text[1:2].islower() and len(first.text) > 2
                and first.ent_type_ not in _NOT_PERSON_ENTS and first.lower_ not in _NOT_NAMES and not _common_word(first)
                and not _persons_noun(first)):
            continue
        before = doc[first.i - 1] if first.i else None
        if before is not None and before.tag_ == "NNP" and before.text[:1].isupper() and not _persons_noun(before):
            continue  # "Ann Wu and Ray Cole": the word before "and" ends a name of its own
        out.append((first.lower_, last.lower_))
    return out
