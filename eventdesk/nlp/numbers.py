"""Quantities in a sentence: "at least 14", "seven", "dozens", "a dozen", "a pair of", "1,200".

A quantity is a span of tokens with an integer value and a qualifier.  Vague
quantities ("dozens", "hundreds") give their low bound with ``at_least``,
because that is the most a reader may safely take from them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Vague quantities: value is the low bound a careful reader can take.
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens": 20}
_BOTH = {"both": 2}  # "both victims died"
_A_QUANT = {"dozen": (12, "about"), "handful": (3, "at_least"), "couple": (2, "about"), "pair": (2, "exact")}
PERSON_SINGULAR = {
    "man", "woman", "boy", "girl", "teen", "teenager", "child", "person", "victim", "officer",
    "soldier", "policeman", "civilian", "guard", "infant", "baby", "toddler", "student", "resident",
    "driver", "passenger", "motorist", "pedestrian", "bystander", "worker", "deputy", "trooper",
    "suspect", "gunman", "juvenile", "youth", "male", "female", "adult", "customer", "clerk",
    # roles a conflict report counts one at a time: "killed a militia leader", "assassinated a colonel"
    "leader", "commander", "fighter", "rebel", "militant", "member", "colonel", "supporter", "pastoralist",
    "farmer", "herder", "trader", "merchant", "activist", "politician", "official", "chief", "elder", "imam",
    "priest", "journalist", "doctor", "nurse", "teacher", "militiaman", "trafficker", "dealer", "lawyer",
    "judge", "mayor", "councillor", "councilor", "candidate", "businessman", "shopkeeper", "cleric", "sheikh",
    "tribesman", "jihadist", "insurgent", "general", "major", "captain", "lieutenant", "sergeant", "corporal",
    "mercenary", "informant", "prisoner", "inmate", "detainee", "hostage", "refugee", "migrant", "pilgrim",
    "worshipper", "protester", "demonstrator", "pastor", "chairman", "governor", "minister", "cadre", "recruit",
    "policewoman", "gendarme", "ranger", "villager", "shepherd", "fisherman", "miner", "vendor", "owner",
    "adolescent", "personnel", "employee", "husband", "wife", "son", "daughter", "father", "mother", "brother",
    "sister", "friend", "neighbor", "neighbour", "relative", "individual", "citizen", "tourist", "agent", "guardsman",
    "reporter", "photographer", "cameraman", "bodyguard", "chairperson", "headman", "sarpanch", "watchman", "manager",
    # family and company, as local news names them: "her 12-year-old grandson was wounded"
    "grandson", "granddaughter", "grandmother", "grandfather", "grandparent", "grandchild", "nephew", "niece", "cousin",
    "uncle", "aunt", "stepson", "stepdaughter", "stepfather", "stepmother", "boyfriend", "girlfriend", "fiance", "fiancee",
    "roommate", "coworker", "co-worker", "classmate", "mom", "dad", "sibling", "spouse", "homeowner", "tenant",
    "landlord", "shopper", "patron", "bouncer", "cashier", "bartender", "jogger", "motorcyclist", "cyclist", "bicyclist",
    "kid", "newborn", "retiree", "veteran", "preacher", "coach", "rapper",
    # more of the persons local news counts one at a time: "a 61-year-old hunter was killed"
    "hunter", "hiker", "firefighter", "paramedic", "medic", "mechanic", "courier", "trucker", "deliveryman", "pupil",
    "freshman", "sophomore", "grandma", "grandpa", "stepbrother", "stepsister", "acquaintance", "stranger", "partner",
    # at work: "shot his former supervisor to death"
    "supervisor", "boss", "colleague", "foreman", "housemate",
    # at church: "a pastor and a church deacon were shot"
    "deacon", "deaconess", "usher", "parishioner", "congregant",
    # a person told by a tie or a passing: "a 19-year-old twin was killed", "a passerby was grazed"
    "twin", "passerby", "passer-by",
    # a shop's or a diner's trades: "gunfire hit a barber and a customer", "a waitress was grazed"
    "barber", "hairstylist", "stylist", "hairdresser", "waiter", "waitress", "janitor", "custodian", "teller",
    "attendant", "dishwasher",
    # sport's persons: "a 26-year-old boxer was shot and killed outside the gym" (a dog of the breed, told by its name
    # or "dog", is the pets' rule's)
    "boxer", "wrestler",
}

# Two-word qualifiers first, so "more than" wins over "than".
_QUALIFIER_WORDS = (
    (("at", "least"), "at_least"),
    (("more", "than"), "more_than"),
    (("up", "to"), "up_to"),
    (("as", "many", "as"), "up_to"),
    (("no", "fewer", "than"), "at_least"),
    (("no", "less", "than"), "at_least"),
    (("an", "estimated"), "about"),
    (("over",), "more_than"),
    (("nearly",), "up_to"),
    (("almost",), "up_to"),
    (("about",), "about"),
    (("around",), "about"),
    (("approximately",), "about"),
    (("roughly",), "about"),
    (("some",), "about"),
    (("estimated",), "about"),
    (("minimum",), "at_least"),
)


@dataclass(frozen=True)
class Quantity:
    start: int  # token index of the first token (qualifier included)
    end: int  # token index after the last number token
    num_start: int  # token index of the first number token
    value: int
    qualifier: str


def _word_value(words: list[str]) -> int | None:
    total, current = 0, 0
    seen = False
    for w in words:
        w = w.lower()
        if w in ("and", "-"):
            continue
        parts = w.split("-")
        if all(p in _UNITS for p in parts):
            current += sum(_UNITS[p] for p in parts)
            seen = True
        elif w in _SCALES:
            current = max(current, 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _digit_value(text: str) -> int | None:
    t = text.replace(",", "")
    if t.isdigit() and len(t) <= 9:
        return int(t)
    return None


def _is_number_word(tok: Token) -> bool:
    w = tok.lower_
    return w in _UNITS or w in _SCALES or all(p in _UNITS for p in w.split("-"))


def _qualifier_before(sent: Span, i: int) -> tuple[int, str]:
    """Return (start token index, qualifier) for words right before token i."""
    for words, q in _QUALIFIER_WORDS:
        n = len(words)
        lo = i - n
        if lo < sent.start:
            continue
        if tuple(t.lower_ for t in sent.doc[lo:i]) == words:
            return lo, q
    return i, "exact"


def _a_couple(doc, k: int, end: int) -> int:
    """After "a"/"an": the index of "couple" used as a noun for two persons ("an elderly couple was shot", "a
    married couple", "a Fort Pierce couple": past adjectives and the words of a place's name); 0 when it is none ("a
    couple of", "a couple days")."""
    while k < end - 1 and (doc[k].pos_ == "ADJ" or doc[k].pos_ == "PROPN" and doc[k].dep_ == "compound") \
            and doc[k].lower_ != "couple":
        k += 1
    if k >= end or doc[k].lower_ != "couple" or not (
            doc[k].dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "ROOT") or _set_after_a_dateline(doc[k])):
        return 0
    nxt = doc[k + 1] if k + 1 < end else None
    return k if nxt is None or not (nxt.lower_ == "of" or nxt.pos_ in ("NOUN", "NUM")) else 0


# the dashes that end a dateline ("FRESNO, Calif. - ", "WINTER HAVEN, Fla. — ")
_DATELINE_DASHES = frozenset({"-", "--", "—", "–"})


def _set_after_a_dateline(tok) -> bool:
    """'WINTER HAVEN, Fla. - A Winter Haven couple was shot': the parser may take the dateline's place for the subject
    and hang the noun after its dash on it in apposition; the noun is the sentence's subject all the same."""
    return tok.dep_ == "appos" and tok.head.pos_ == "PROPN" and tok.head.i < tok.i \
        and any(t.text in _DATELINE_DASHES for t in tok.doc[tok.head.i:tok.i])


def _corrected_away(doc, i: int, start: int) -> bool:
    """A number set off by ", not" after another: the figure a correction replaces ("three people, not four")."""
    return i - 2 >= start and doc[i - 1].lower_ == "not" and doc[i - 2].text == ","


# plural kin nouns that name two persons: "the boy's parents", "his grandparents"
_KIN_PAIRS = frozenset({"parents", "grandparents"})


# the words a count may open with (besides a number's digits or words): the branches of ``find_quantities``
_COUNT_OPENERS = frozenset({*_VAGUE, *_BOTH, *_KIN_PAIRS, "twin", "twins", "another", "a", "an"})


def _kin_pair(doc, i: int) -> bool:
    """'found the boy's parents dead', 'A 7-year-old boy's parents were wounded': a plural kin noun of two persons,
    told as whose they are (a possessive: "his", "the girl's"; or "the", after the pair: "The parents died"), is its
    own count of two, counted only where an outcome follows as "a man" is ("His parents said he loved basketball"
    counts nobody).  Not where a number or "both" counts them already ("his two parents"), nor "parents" of no one
    ("parents of students"), nor parents who do something to another ("The boy's parents drove him to a hospital":
    the boy is the one hurt)."""
    tok = doc[i]
    return tok.lower_ in _KIN_PAIRS and tok.tag_ == "NNS" and any(_whose(c, doc, i) for c in tok.children) \
        and not any(c.dep_ == "nummod" or c.lower_ in _BOTH for c in tok.children) \
        and not (tok.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in tok.head.children))


def _whose(child, doc, i: int) -> bool:
    """The word that tells whose kin a plural kin noun is: a possessive ("his parents", "the girl's parents"), or "the"
    that ties the noun back to a pair told before it ("A man and a woman were shot ... The parents died"; not the
    parents of a child told before, "A 19-year-old was killed ... The parents pleaded for witnesses")."""
    if child.dep_ == "poss":
        return True
    return child.dep_ == "det" and child.lower_ == "the" and bool(_A_PAIR.search(doc[:i].text))


# a pair of persons told before "the parents": "a couple", "a man and a woman", "husband and wife", "mother and father"
_A_PAIR = re.compile(r"\b(?:couple|(?:a )?man and (?:a )?woman|(?:a )?woman and (?:a )?man|husband and wife"
                     r"|wife and husband|mother and father|father and mother)\b", re.IGNORECASE)


_AGES_WORDS = {"age", "ages", "aged"}


def _plural_person(tok) -> bool:
    """A plural noun of persons: "brothers", "sisters", "men"; capitalized at a sentence's start the tagger may call it
    a proper noun ("Sisters ages 9 and 11 were hit", after a dateline's dash), read by its lower-cased word."""
    if tok.tag_ == "NNS":
        return tok.lemma_.lower() in PERSON_SINGULAR
    return tok.tag_ in ("NNP", "NNPS") and _opens_a_sentence(tok) and tok.lower_.endswith("s") \
        and tok.lower_[:-1] in PERSON_SINGULAR


def _opens_a_sentence(tok) -> bool:
    """The first word of its sentence, or the first after a dateline's dash ("FRESNO, Calif. - Sisters ...")."""
    return tok.is_sent_start or tok.i > 0 and tok.doc[tok.i - 1].text in _DATELINE_DASHES


def _told_by_their_ages(doc, i: int, end: int) -> int:
    """'Her brothers, 17 and 20, were shot', 'Sisters ages 9 and 11 were hit': a plural person noun with no number
    of its own, told with a list of ages right after it (joined by "and", not a range's "to"), counts one person per
    age; returns the index past the ages, or 0.  Not "two brothers, 17 and 20" (the number counts them) nor "both
    19" (one age of two)."""
    tok = doc[i]
    if not _plural_person(tok) or any(c.dep_ == "nummod" or c.lower_ in _BOTH for c in tok.children) \
            or i > 0 and (doc[i - 1].like_num or doc[i - 1].lower_ in _BOTH):
        return 0
    k = i + 1
    if k < end and doc[k].text == ",":
        k += 1
    if k < end and doc[k].lower_ in _AGES_WORDS:
        k += 1
    ages, joined = 0, False
    while k < end and doc[k].text.isdigit():
        ages += 1
        k += 1
        if k + 1 < end and doc[k].text == "," and doc[k + 1].text.isdigit():
            k += 1
        elif k + 1 < end and doc[k].lower_ == "and" and doc[k + 1].text.isdigit():
            joined = True
            k += 1
    return k if ages >= 2 and joined else 0


def _opens_no_count(tok) -> bool:
    """A token no branch of ``find_quantities`` reads a count from (most of a sentence's): no digits' number
    (``like_num``), no number word (one with a hyphen is left to ``_is_number_word``), none of ``_COUNT_OPENERS``, no
    plural person noun (``_told_by_their_ages``)."""
    w = tok.lower_
    return w not in _COUNT_OPENERS and not _plural_person(tok) and w not in _UNITS and w not in _SCALES and "-" not in w and not tok.like_num


def find_quantities(sent: Span) -> list[Quantity]:
    doc = sent.doc
    out: list[Quantity] = []
    i = sent.start
    while i < sent.end:
        tok = doc[i]
        if _opens_no_count(tok):
            i += 1
            continue
        value: int | None = None
        j = i + 1
        qualifier = "exact"
        if tok.like_num and any(c.isdigit() for c in tok.text):
            value = _digit_value(tok.text)
            # "1.2 million" / "12 thousand"
            if value is not None and j < sent.end and doc[j].lower_ in _SCALES:
                value *= _SCALES[doc[j].lower_]
                j += 1
            if value is not None and (_is_year_or_time(tok, value) or _age_unspaced(doc, j, sent.end)):
                value = None
        elif _is_number_word(tok) and tok.lower_ not in _SCALES:
            while j < sent.end and (_is_number_word(doc[j]) or (doc[j].lower_ in ("and", "-") and j + 1 < sent.end and _is_number_word(doc[j + 1]))):
                j += 1
            value = _word_value([t.text for t in doc[i:j]])
            if j + 1 < sent.end and (doc[j].text == "-" and doc[j + 1].lower_.rstrip("s") in _AGE_UNITS or _age_unspaced(doc, j, sent.end)):
                value = None  # "a three-year-old", "his seven month old son": an age
            elif _in_name(doc, i, j, sent) or (i - 2 >= sent.start and doc[i - 1].text == "-" and doc[i - 2].text.isdigit()):
                value = None  # "a hotel near Six Flags", "the Five Points neighborhood", "a 7-Eleven store": a name
        elif tok.lower_ in _VAGUE and (j >= sent.end or doc[j].lower_ == "of" or doc[j].pos_ in ("NOUN", "VERB", "AUX", "ADJ")):
            value, qualifier = _VAGUE[tok.lower_], "at_least"
            if j < sent.end and doc[j].lower_ == "of":
                j += 1
        elif tok.lower_ in _BOTH and j < sent.end and doc[j].pos_ == "NOUN":
            value = _BOTH[tok.lower_]
        elif _twin_persons(doc, i, sent.end):
            value = 2  # "his twin daughters were wounded": two persons
        elif _twins_of_a_family(doc, i, sent):
            value = 2  # "The Harper twins, 17, were killed": two persons
        elif past_ages := _told_by_their_ages(doc, i, sent.end):
            # "Her brothers, 17 and 20, were shot": two persons (their ages read as "two men, 22 and 25" are)
            value = sum(t.text.isdigit() for t in doc[i + 1:past_ages])
        elif _kin_pair(doc, i):
            value = 2  # "found the boy's parents dead": two persons, the noun its own number
        elif tok.lower_ == "another" and j < sent.end and doc[j].lower_ in ("injured", "wounded", "hurt", "dead", "killed") and i > sent.start:
            value = 1  # "left one man dead and another injured": one more person
        elif tok.lower_ in ("a", "an") and i + 1 < sent.end:
            nxt = doc[i + 1]
            if nxt.lower_ in _A_QUANT and i + 2 < sent.end and doc[i + 2].pos_ in ("NOUN", "ADP") and (
                    nxt.lower_ != "pair" or _pair_of_persons(doc, i + 2, sent.end)):
                value, qualifier = _A_QUANT[nxt.lower_]
                j = i + 2
                if doc[j].lower_ == "of":
                    j += 1
            elif nxt.lower_ in ("second", "third", "fourth") and i + 2 < sent.end and doc[i + 2].pos_ in ("AUX", "VERB") and i > sent.start:
                # "one person died and a second was injured": one more person
                value = 1
                j = i + 2
            elif _a_couple(doc, i + 1, sent.end):
                # "an elderly couple was found dead": two persons
                value = 2
                j = _a_couple(doc, i + 1, sent.end)
            elif _singular_person(doc, i + 1, sent.end) and not _as_a_legal_status(doc, i, sent.start):
                # "a man was killed": one person, counted only when an outcome follows
                value = 1
                j = i + 1
        if value is not None and i - 2 >= sent.start and doc[i - 1].lower_ == "than" and doc[i - 2].lower_ in ("younger", "older"):
            value = None  # "a boy younger than 12 was shot": an age
        if value is not None and _family_size(doc, i, sent.start):
            value = None  # "a mother of three", "father of two": his children, not a count of the hit
        if value is not None and _one_group(doc, i, j, sent.start, value):
            value = None  # "four members of one family were shot": the family is no count of the hit
        if value is not None and _thing_after_an_article(doc, i, sent.start, value):
            value = None  # "found a 357 and shot her brother": a gun's calibre, no count of people
        if value is not None and _age_told(doc, i, j, sent):
            value = None  # "Two women -- both 19 -- were shot", "3 women in their 20's": ages, not counts
        if value is not None and _age_in_brackets(doc, i, j, sent):
            value = None  # "Ada Pruitt (27) was wounded": her age, not 27 wounded
        if value is not None and _a_reference_mark(doc, i, j):
            value = None  # "shot multiple times [ 9 ]": a note's number, as an encyclopedia marks its sources
        if value is not None and _names_an_occasion(doc, j, sent.end):
            value = None  # "shot at a sweet 16 party": the birthday the party keeps, not 16 hit
        if value is not None and _corrected_away(doc, i, sent.start):
            value = None  # "three people, not four as first reported, were shot": the figure the report corrects
        if value is None or value <= 0:
            i += 1
            continue
        start, q = _qualifier_before(sent, i)
        if qualifier == "exact":
            qualifier = q
        out.append(Quantity(start=start, end=j, num_start=i, value=value, qualifier=qualifier))
        i = j
    return out


_AGE_UNITS = {"year", "month", "week", "day", "yr", "mo"}
# the words an age follows ("both 19", "ages 15 and 17") and those a decade of ages follows ("in their 20s",
# "in her early 30's"); "all 19" is left alone: it counts ("all 19 passengers", "all 19 were hurt")
_AGE_LEADS = {"both", "age", "ages", "aged"}
_DECADE_LEADS = {"in", "their", "his", "her", "early", "mid", "late"}
_DECADE_ENDS = {"s", "'s", "’s"}


def _age_told(doc, i: int, j: int, sent: Span) -> bool:
    """Digits that tell ages rather than count people: a bare number after "both" or "aged" with no noun of its
    own ("two women -- both 19 -- were shot"), or a decade of ages ("three women in their 20's")."""
    if not doc[i].text.isdigit() or i <= sent.start:
        return False
    before = doc[i - 1].lower_
    if before in _AGE_LEADS:
        return j >= sent.end or doc[j].pos_ not in ("NOUN", "PROPN")
    return before in _DECADE_LEADS and j < sent.end and doc[j].lower_ in _DECADE_ENDS and int(doc[i].text) % 10 == 0


# the nouns of a party or a birthday, which a number before them names ("a sweet 16 party", "her 21 birthday bash")
_OCCASIONS = {"party", "celebration", "bash", "birthday", "quinceanera", "quinceañera", "gala"}
# the persons of a party a count before it may number: "16 party guests were hurt"
_PARTY_PERSONS = {"guest", "goer", "attendee", "people", "host"}


def _names_an_occasion(doc, j: int, end: int) -> bool:
    """'A shooting at a sweet 16 party', 'Three teens wounded at sweet 16 party': a number right before a noun of a
    party or a birthday names the occasion (the age it keeps), since a count of the hit counts persons; not "16 party
    guests were wounded", whose noun after the party's is the persons counted."""
    if j >= end or doc[j].lemma_.lower() not in _OCCASIONS:
        return False
    after = doc[j + 1] if j + 1 < end else None
    return after is None or not (after.lemma_.lower() in _PARTY_PERSONS or after.lemma_.lower() in PERSON_SINGULAR)


def _twin_persons(doc, i: int, end: int) -> bool:
    """'his 12-year-old twin daughters', 'twin boys': "twin" before a plural person noun counts two persons, unless
    the sentence names them right after ("twin brothers Marcus and Malik Dorsey": the names count them)."""
    if doc[i].lower_ != "twin" or i + 1 >= end or doc[i + 1].tag_ != "NNS" or doc[i + 1].lemma_.lower() not in PERSON_SINGULAR:
        return False
    after = doc[i + 2] if i + 2 < end else None
    return after is None or not (after.tag_ == "NNP" or (after.text == "," and i + 3 < end and doc[i + 3].tag_ == "NNP"))


def _twins_of_a_family(doc, i: int, sent: Span) -> bool:
    """'The Harper twins, 17, were killed': "twins" after a family's name counts two persons, the noun its own number
    (not "twins Marcus and Malik Dorsey", whose names count them, nor "the Minnesota Twins", a team)."""
    if doc[i].text != "twins" or i - 2 < sent.start or doc[i - 1].tag_ != "NNP" or doc[i - 2].lower_ != "the":
        return False
    return i + 1 >= sent.end or doc[i + 1].tag_ != "NNP"


def _pair_of_persons(doc, k: int, end: int) -> bool:
    """'a pair of men', 'a pair of young women': "a pair" counts persons only, never the shoes of "a dispute over a
    pair of shoes" (nor "a pair shoes", the "of" dropped)."""
    if doc[k].lower_ != "of":
        return False
    for t in doc[k + 1:min(end, k + 4)]:
        if t.lower_ in ("people", "persons") or t.lemma_.lower() in PERSON_SINGULAR:
            return True
        if t.pos_ != "ADJ":
            return False
    return False


def _age_in_brackets(doc, i: int, j: int, sent: Span) -> bool:
    """Digits alone in brackets after a word that is no number: an age told the way some outlets tell it ("Ada
    Pruitt (27) was wounded", "a woman (64)"); "two (2) victims", a police release's number told twice, stays a
    count."""
    if not (doc[i].text.isdigit() and i - 1 > sent.start and j < sent.end):
        return False
    return doc[i - 1].text == "(" and doc[j].text == ")" and not doc[i - 2].like_num


def _a_reference_mark(doc, i: int, j: int) -> bool:
    """'... struck by the car [ 45 ]', 'killed six people.[31]': digits alone in square brackets mark a source note, as
    an encyclopedia article gives them; a report never counts people so."""
    return doc[i].text.isdigit() and i > 0 and j < len(doc) and doc[i - 1].text.endswith("[") and doc[j].text.startswith("]")


def _thing_after_an_article(doc, i: int, start: int, value: int) -> bool:
    """'a 357', 'a .45', 'an 9mm': digits after "a"/"an" name a thing (a calibre, a model), since a count of more
    than one takes no article ("a dozen" and "a couple" are words, read elsewhere)."""
    return value >= 2 and i > start and doc[i - 1].lower_ in ("a", "an") and doc[i].text[:1].isdigit()


def _age_unspaced(doc, j: int, end: int) -> bool:
    """'seven month old', '18 year old', '3 yr old', 'a four year-old girl': an age written without all its
    hyphens."""
    if not (j + 1 < end and doc[j].lower_.rstrip("s") in _AGE_UNITS):
        return False
    return doc[j + 1].lower_ == "old" or (doc[j + 1].text == "-" and j + 2 < end and doc[j + 2].lower_ == "old")


def _in_name(doc, i: int, j: int, sent: Span) -> bool:
    """A capitalised number word inside a sentence, followed by a capitalised word, begins a name ("Six
    Flags", "Five Points", "Seven Mile Road").  Not in a headline, where every word is capitalised, nor
    after a colon, dash or quote, where a sentence may begin again."""
    tok = doc[i]
    if i == sent.start or not tok.text[:1].isupper() or tok.text.isupper() or j >= sent.end:
        return False
    title_end = doc.user_data.get("title_end")
    if title_end is not None and i < title_end:
        return False
    if doc[i - 1].is_punct and doc[i - 1].text not in (",", "(") or doc[i - 1].is_quote:
        return False
    nxt = doc[j]
    return nxt.text[:1].isupper() and nxt.is_alpha and not nxt.text.isupper()


_PARENTS = {"mother", "father", "mom", "dad", "parent", "grandmother", "grandfather", "grandparent", "mum"}


def _family_size(doc, i: int, start: int) -> bool:
    """'a young mother of three': the number after "<parent> of" is a family's size, unless it counts a noun
    ("the father of two sisters who were shot")."""
    if not (i - 2 >= start and doc[i - 1].lower_ == "of" and doc[i - 2].lemma_.lower() in _PARENTS):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN") or nxt.lower_ in ("children", "kids")


# groups one may be a member of: "four members of one family" counts the members, not the family
_GROUPS = {"family", "household", "group", "crew", "team", "gang", "congregation", "class", "church", "unit"}


def _one_group(doc, i: int, j: int, start: int, value: int) -> bool:
    """'four members of one family', 'three of a group of friends': the "one" names the group the counted persons
    belong to, not one more person."""
    return value == 1 and i - 1 >= start and doc[i - 1].lower_ == "of" and j < len(doc) \
        and doc[j].lemma_.lower() in _GROUPS


# "charged as an adult", "tried as a juvenile": the standing the court gives a person, no one more person
_LEGAL_STATUS = {"adult", "juvenile", "minor"}


def _as_a_legal_status(doc, i: int, start: int) -> bool:
    """'A 15-year-old is charged as an adult in the death of a girl': "an adult" is the suspect's standing."""
    return i > start and doc[i - 1].lower_ == "as" and i + 1 < len(doc) and doc[i + 1].lower_ in _LEGAL_STATUS


# a person told by sex alone, as police releases tell one ("an adult male"), which the tagger may take for an adjective
_SEXES = {"male", "female"}


def _singular_person(doc, k: int, end: int) -> bool:
    # skip up to three modifiers: "a 25-year-old man", "a young Chicago woman"
    for m in range(k, min(k + 7, end)):
        t = doc[m]
        if t.lower_ in _SEXES and m + 1 < end and doc[m + 1].lower_ == "suffering":
            return True  # "located an adult male suffering from a gunshot wound" (the tagger takes both for nouns)
        if t.lower_ in PERSON_SINGULAR and (t.tag_ == "NN" or t.lower_ == "personnel"):
            if m + 1 < end and doc[m + 1].pos_ == "NOUN" and doc[m + 1].dep_ != "appos":
                continue  # "a teen function", "a woman driver": the noun after is the head
            return not (m + 1 < end and doc[m + 1].text == "-")  # not "an officer-involved shooting"
        if (t.pos_ not in ("ADJ", "NUM", "PROPN", "PUNCT", "NOUN") and t.tag_ != "VBN") or t.lower_ in ("of",):
            return False  # a participle may modify the person: "a suspected drug trafficker"
    return False


def _age_after_person(doc, tok: Token, value: int) -> bool:
    """'The wounded man, 26, was taken to a hospital', 'Harold Finch, 66, and ...', 'Eric Summerfield, also 18.':
    one person's age in commas."""
    comma = tok.i - 2 if tok.i >= 3 and doc[tok.i - 1].lower_ == "also" else tok.i - 1
    if value > 110 or comma < 1 or doc[comma].text != ",":
        return False
    person = doc[comma - 1]
    if not (person.ent_type_ == "PERSON" or (person.tag_ == "NN" and person.lemma_.lower() in PERSON_SINGULAR)):
        return False
    if tok.i + 1 >= len(doc):
        return True
    # (a headline ends on the age: "... shooting death of Elmwood boy, 14")
    return doc[tok.i + 1].text in (",", ".", ";", ")") or doc[tok.i + 1].lower_ == "and" or doc[tok.i + 1].is_space


def _age_in_a_list_of_names(doc, tok: Token, value: int) -> bool:
    """'the dead were Ana Ruiz, 20; Tom Bell, 31; and a boy': digits between a name's comma and a semicolon are the
    age of the person just named, whatever entity the tagger takes the name for (a list of persons is set off by
    semicolons because each item holds a comma; a count of people is never closed by one)."""
    if value > 110 or tok.i < 2 or tok.i + 1 >= len(doc) or not tok.text.isdigit():
        return False
    return doc[tok.i - 1].text == "," and doc[tok.i - 2].pos_ == "PROPN" and doc[tok.i + 1].text == ";"


def _in_a_list_of_ages(doc, i: int) -> bool:
    """'three men, ages 15, 18, and 22': the last ages of a long list are far from "ages"."""
    k = i - 1
    while k >= max(0, i - 16) and (doc[k].like_num or doc[k].lower_ in (",", "and", "or", "to")):
        k -= 1
    return k >= 0 and k < i - 1 and doc[k].lower_ in ("ages", "aged")


_STREETS = {"st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard", "dr", "drive", "ln", "lane", "way", "ct", "court", "pl", "place", "pkwy", "parkway", "hwy", "highway", "terrace", "circle"}


def _is_year_or_time(tok: Token, value: int) -> bool:
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prv = doc[tok.i - 1] if tok.i > 0 else None
    if nxt is not None and nxt.lower_ in ("a.m.", "p.m.", "am", "pm", "percent", "%", "km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "years", "year", "-year", "hours", "minutes", "days", "weeks", "months", "o'clock", "block", "th", "st", "nd", "rd"):
        return True
    if nxt is not None and nxt.text in ("-year", "year-old"):
        return True
    # "25-year-old", "a 3-month-old"
    # ("13-years-old", as some write it)
    if nxt is not None and nxt.text == "-" and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_.rstrip("s") in ("year", "month", "week", "day", "hour", "minute"):
        return True
    if 1900 <= value <= 2100 and (prv is None or prv.lower_ in ("in", "since", "of", "until", ",", "by", "from", "early", "late", "mid", "during", "the") or tok.ent_type_ == "DATE"):
        return True
    if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"):
        return True
    if prv is not None and prv.text in ("$", "£", "€", "#", "No.", "no."):
        return True
    if _year_cut_short(tok, prv):
        return True  # "killed a clerk in '88": a year
    if _house_number(tok, prv, nxt, value):
        return True  # "On 11500 Harrison, a woman has been found dead": an address
    # "FOX 28", "Interstate 75", "Channel 7", "Highway 1": a number that is part of a name
    if prv is not None and prv.pos_ == "PROPN" and not prv.is_sent_start and prv.ent_type_ not in ("DATE", "TIME", "GPE", "NORP"):
        return True
    if prv is not None and prv.lower_ in ("interstate", "highway", "route", "u.s.", "channel", "i", "suite", "apartment", "unit", "room", "precinct", "ward", "district", "kilometre", "km", "mile"):
        return True
    if nxt is not None and nxt.lower_ in ("block", "-block", "hundred-block"):
        return True
    if prv is not None and (prv.lower_ in ("his", "her", "their", "call", "called", "calling", "dial", "dialed", "dialled")
                            or (prv.is_upper and prv.is_alpha and len(prv.text) >= 2) or prv.text.endswith(("/", "-"))):
        return True  # "in her 20s", "call 911", "ABC 6/FOX 28", "I-70"
    if prv is not None and prv.lower_ == "of" and tok.i >= 2 and doc[tok.i - 2].lower_ in ("intersection", "corner", "junction"):
        return True
    # "at 312 E. Base Line", "the 4800 N. Primrose": a street address
    if nxt is not None and nxt.text.rstrip(".").lower() in ("n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west") \
            and tok.i + 2 < len(doc) and doc[tok.i + 2].text[:1].isupper():
        return True
    # "129 Scott St.", "308 Bobby Jones Lane": a street address
    k = tok.i + 1
    while k < min(len(doc), tok.i + 4) and doc[k].pos_ == "PROPN" and doc[k].lower_.rstrip(".") not in _STREETS:
        k += 1
    if k > tok.i + 1 and k < len(doc) and doc[k].lower_.rstrip(".") in _STREETS:
        return True
    if _age_after_person(doc, tok, value) or _age_in_a_list_of_names(doc, tok, value):
        return True
    # "ages from 23 to 31", "Copyright 2016", "1-855-...": no count of people
    if any(t.lower_ in ("age", "ages", "aged", "copyright", "©") for t in doc[max(0, tok.i - 5):tok.i]):
        return True
    if _in_a_list_of_ages(doc, tok.i):
        return True
    if (prv is not None and prv.text == "-" and tok.i >= 2 and doc[tok.i - 2].like_num) or (
            nxt is not None and nxt.text == "-" and tok.i + 2 < len(doc) and doc[tok.i + 2].like_num and doc[tok.i + 2].text.isdigit()
            and len(doc[tok.i + 2].text) >= 3):
        return True
    if _in_a_credit(doc, tok.i):
        return True  # "(Photo: Air 11 / KHOU 11)": a station's or a camera's name in a picture's credit
    # "1 / 3 Back to Gallery": a picture of a gallery, a fraction
    if nxt is not None and nxt.text == "/" and tok.i + 2 < len(doc) and doc[tok.i + 2].like_num:
        return True
    # "09 - 17 - 2016", "9 / 17 / 16": a date written in numbers with spaces
    if nxt is not None and nxt.text in ("-", "/") and tok.i + 4 < len(doc) and doc[tok.i + 2].text.isdigit() \
            and doc[tok.i + 3].text == nxt.text and doc[tok.i + 4].text.isdigit():
        return True
    return False


# the labels of a picture's credit: "(Photo: Dana Pruitt / KHOU 11)", "Credit: Sky 2"
_CREDIT_LABELS = {"photo", "photos", "credit", "courtesy"}


def _in_a_credit(doc, i: int) -> bool:
    """A number after a credit's label and its colon and one to four capitalised words (or their "/"), no stop between
    ("Photo: Air 11 / KHOU 11"): part of the name of whoever took the picture, no count (not "Photo: 3 shot at a
    party", "Photo: Police at the scene where 3 people were shot": a caption's words)."""
    for k in range(i - 1, max(0, i - 6), -1):
        t = doc[k]
        if t.text == ":" and k < i - 1 and k > 0 and doc[k - 1].lower_ in _CREDIT_LABELS:
            return True
        if not (t.text[:1].isupper() or t.text in ("/", "|", "-") or t.like_num):
            return False
    return False


_APOSTROPHES = {"'", "’", "‘"}


def _year_cut_short(tok: Token, prv: Token | None) -> bool:
    """'in '91', 'the class of ’99': two digits written right after an apostrophe are a year."""
    return prv is not None and prv.text in _APOSTROPHES and not prv.whitespace_ and len(tok.text) == 2 and tok.text.isdigit()


def _house_number(tok: Token, prv: Token | None, nxt: Token | None, value: int) -> bool:
    """'On 11500 Harrison, ...', 'at 2300 Kessler': a house number after "on"/"at", before a capitalised street
    name given without its "Street" (those are ``_STREETS`` above).  A count of people after "at" is not
    capitalised as a name is ("at 150 Iraqi soldiers" is no style a report writes; "at least 150" is)."""
    if prv is None or prv.lower_ not in ("on", "at") or nxt is None or value < 100 or not tok.text.isdigit():
        return False
    return nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and nxt.ent_type_ != "NORP" and nxt.lower_ not in PERSON_SINGULAR
