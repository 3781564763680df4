"""Reading a trigger's persons from the parse: its subjects and objects, and whether it is passive.

The small parser hangs a trigger's persons in many places: on an auxiliary ("Killed were Tyrese Holt ..."), on
the verb a passive gerund hangs on ("recovering after being shot"), on the first of two joined verbs ("shot and
killed"), on a list chained by conjunctions or semicolons.  The rules that look through these live here, apart
from what the persons found are then taken to be.
"""

from __future__ import annotations

from ...dateline import DATELINE_DASHES
from ..numbers import PERSON_SINGULAR
from ..raw_claims import lemma
from .names import _name_pairs
from .words import SELF, _FIND, _HURT_WORDS, _KILL_VERBS, _PERSON_NOUNS, _PRONOUNS


def _subjects(verb) -> list:
    """The subjects of a verb, also where the parser hangs them on its auxiliary ("A third victim ... remains
    hospitalized": "victim" under "remains")."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj:
        # ("Killed were Tyrese Holt, 21, and ...": put first, the verb leaves its persons to the auxiliary after it,
        # which may take them as its attribute)
        subj = [c for a in verb.children if a.dep_ in ("aux", "auxpass") and a.i > verb.i - 4 for c in a.children
                if c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ == "attr" and a.i > verb.i)]
    return [p for s in subj for p in (_past_the_dateline(s) or [s])]


def _past_the_dateline(subj) -> list:
    """The persons a dateline's town stands for as the subject ("TOPEKA, Kan. — Dustin Hale, 25, was shot": the
    parser makes the town the subject and the name its apposition): the appositions after the dateline's dash, or
    none where the subject is no town opening its sentence.  The NER may leave a town in capitals untyped
    ("AKRON, Ohio — Dana Pruitt, 24, was shot"): a word all in capitals stands for it."""
    if not (subj.ent_type_ in ("GPE", "LOC") or (subj.is_upper and subj.is_alpha and len(subj) > 2)) \
            or _town_start(subj) != subj.sent.start:
        return []
    doc = subj.doc
    # (the town's own state is no person: of a town the NER typed, another of its type; of one in capitals, untyped
    # or taken for an organisation, a place)
    town_types = (subj.ent_type_,) if subj.ent_type_ in ("GPE", "LOC") else ("GPE", "LOC")
    # (after a hyphen the parser may hang the name as an adverbial noun: "AKRON, Ohio - Dana Pruitt, 24, was shot",
    # or the persons as the town's conjunct: "DECATUR, Ga. - Twin brothers Marcus and Malik Dorsey were wounded")
    # (or hang them on the town's state: "DAYTON, Ohio - A 30-year-old man and his 28-year-old wife were shot", the
    # man an apposition of "Ohio")
    hung = [*subj.children, *(c for s in subj.children if s.ent_type_ in town_types and s.i > subj.i for c in s.children)]
    out = [c for c in hung if c.dep_ in ("appos", "npadvmod", "conj") and c.ent_type_ not in town_types
           and any(t.text in DATELINE_DASHES for t in doc[subj.i + 1:c.i])]
    # (a time the parser hangs there is no person: "CAMDEN, N.J. - Days after a 16-year-old was gunned down")
    return [c for c in out if lemma(c) not in _TIME_NOUNS] or _after_a_time_before_the_verb(subj)


_TIME_NOUNS = {"minute", "hour", "day", "week", "month", "year", "moment"}


def _after_a_time_before_the_verb(town) -> list:
    """'CAMDEN, N.J. - A week after a 16-year-old was gunned down ..., police charged ...': the parser reads "a week
    after a 16-year-old" as a time phrase and makes the town the passive verb's subject; the person (or the age) that
    "after" takes right before the verb's auxiliary is its subject."""
    verb, doc = town.head, town.doc
    if verb.i <= town.i or not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    k = verb.i - 1
    while k > town.i and doc[k].dep_ in ("aux", "auxpass", "advmod", "neg"):
        k -= 1
    person = doc[k]
    if person.dep_ != "pobj" or person.head.lower_ not in ("after", "before") \
            or not (_an_age(person) or lemma(person) in PERSON_SINGULAR):
        return []
    return [person] if any(t.text in DATELINE_DASHES for t in doc[town.i + 1:person.i]) else []


def _town_start(town) -> int:
    """Where a dateline's town begins: its first word, which for a town of two words or more is a compound before the
    word the parser makes the subject ("ALLEN COUNTY, Ind. — An armed man ... was killed": "COUNTY", after "ALLEN")."""
    return min([town.i] + [c.i for c in town.children if c.dep_ == "compound" and c.i < town.i])


def _perfect(tok) -> bool:
    """'had shot his brother', 'has killed two': an active perfect, whose subject did it."""
    return tok.tag_ == "VBN" and not _passive(tok) and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)


def _passive(tok) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.dep_ == "conj" and any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children))


def participle_of_a_noun(tok) -> bool:
    """'two victims fatally shot at a car wash', 'a man shot at a party': a participle hung on the noun it tells of (a
    reduced relative, which the tagger may tag a past tense) is passive in meaning: its noun is the one hit, and an
    "at" phrase after it says where he was hit, as after "were shot" (not whom the shots went at)."""
    return tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD") and tok.head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ == "dobj" for c in tok.children)


def _arguments(tok):
    """(subjects, objects) of a trigger, looking through "was shot and killed" and "found dead"."""
    subj = _subjects(tok)
    obj = [c for c in tok.children if c.dep_ in ("dobj",)]
    found = _found_dead(tok, subj)
    if found:
        subj = found
    elif tok.dep_ == "amod" and tok.tag_ == "VBG":
        obj = [tok.head]  # "accused of killing officer Sean Bolton", parsed as an adjective
    elif tok.lower_ == "slain" and tok.dep_ in ("amod", "compound") and not subj:
        # "the slain boy, Tyrese Banks, 15, or two other teens": the noun is the one dead (the tagger may take
        # "slain" for a noun before it: "the slain teen")
        return [tok.head], obj
    elif tok.lower_ == "dead" and not subj:
        # a headline's "Man dead, 3 others hurt", "the dead man" (a person noun, see People.key); capitalised,
        # "Man Dead & 3 Others Hurt" hangs the noun on "Dead"
        # (the noun alone: in "Man dead, infant and another man injured" the others hang on "Man" as its list)
        if tok.dep_ == "amod":
            return [tok.head], obj
        before = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
        if before:
            return before, obj
    elif tok.dep_ == "acl" and (tok.tag_ == "VBN" or tok.tag_ == "VBD" and not obj) and not subj:
        # "the man fatally shot by police": the noun right before (the parser may hang the clause higher); a
        # participle the tagger took for a past tense ("The woman killed in Sunday's shooting was identified as ...",
        # "killed" a VBD with no object) is one all the same
        before = tok.doc[tok.i - 1] if tok.i and tok.doc[tok.i - 1].pos_ != "ADV" else tok.doc[max(0, tok.i - 2)]
        subj = [before if before.pos_ in ("NOUN", "PROPN") else tok.head]
    if not subj and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and obj and all(o.lower_ in SELF for o in obj):
        verb = tok.head.head  # "shot her and her mother before killing himself": the shooter's
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head  # ("shot his neighbor after an argument before killing himself")
        subj = _subjects(verb)
        while not subj and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head is not verb:
            verb = verb.head  # "opened fire, killing three workers before killing himself": the one who opened fire
            subj = _subjects(verb)
    if not subj:
        subj = _told_after_being_hit(tok) or _left_hit(tok) or _inverted_list(tok) or _name_right_before(tok) \
            or _shot_taken_for_a_noun(tok) or _died_after_a_reduced_relative(tok)
    head = tok
    # "shot and killed": the second verb shares the first one's arguments ("shot his family, then killed himself":
    # the parser may leave the second verb unlabelled)
    joined = ("conj", "xcomp", "acomp", "oprd", "advcl") + (("dep",) if _after_shooting_others(tok, obj) else ())
    while not subj and head.dep_ in joined and head.head is not head:
        head = head.head
        subj = [p for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for p in (_past_the_dateline(c) or [c])]
        if not obj:
            obj = [c for c in head.children if c.dep_ == "dobj"]
    if not subj and tok.lower_ == "dead" and _a_group(tok):
        subj = _names_of_a_group(tok)  # "The dead were identified as Ann Cole, 30, and ...": the trigger is the group
    obj += _the_other_pronoun_hit(tok, obj)
    subj, obj = _named_members(subj), _named_members(obj)
    subj, obj = _with_listed(subj), _with_listed(obj)
    subj += [p for s in subj for p in _person_before_an_apposition(s) if p not in subj]
    # "Fenn was killed along with Oscar Pell": "along" under "with", beside it, or above it
    for c in tok.children:
        for prep in (c, *c.children):
            if prep.lower_ == "with" and prep.i > 0 and tok.doc[prep.i - 1].lower_ == "along" \
                    and (prep.head.i == tok.i or prep.head.i == prep.i - 1):
                subj.extend(x for x in prep.children if x.dep_ == "pobj")
    return subj, obj


def _shot_taken_for_a_noun(tok) -> list:
    """'The family of a 17-year-old shot and killed by a police officer', 'of a teen shot and wounded': a reduced
    relative after an age or a bare noun, which the tagger reads as a noun "shot" (a pobj, "a 17-year-old shot") and
    the second verb as joined to the noun above; the person is the word before "shot" (the age or the noun)."""
    if tok.dep_ != "conj" or tok.tag_ != "VBN" or tok.i < 3:
        return []
    shot, and_ = tok.doc[tok.i - 2], tok.doc[tok.i - 1]
    if and_.lower_ != "and" or shot.lower_ != "shot" or shot.pos_ != "NOUN":
        return []
    return [c for c in shot.children if c.i == shot.i - 1 and c.dep_ in ("amod", "compound")]


def _died_after_a_reduced_relative(tok) -> list:
    """'Police say the man shot on Ash Street on Thursday night has died': the parser reads "the man shot" as a clause
    of its own (the man the subject of an active "shot" with no object) and "has died" as a second clause with no
    subject; the one who died is the man shot.  Only "died" right after that clause, both under one verb."""
    if tok.lemma_.lower() != "die" or tok.dep_ not in ("ccomp", "conj") or tok.i == tok.head.i:
        return []
    for shot in tok.head.children:
        if shot.i < tok.i and shot.lower_ == "shot" and shot.tag_ == "VBD" \
                and not any(c.dep_ in ("dobj", "nsubjpass") for c in shot.children) \
                and max(t.i for t in shot.subtree) + 1 == min(t.i for t in tok.subtree):
            return [c for c in shot.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return []


def _the_other_pronoun_hit(tok, obj: list) -> list:
    """'shot him in the leg and her in the arm': the parser joins the second pronoun to the first one's body part
    ("leg ... and her"); it is a second person hit, of the other sex.  Only a pronoun of the other sex than the
    verb's own pronoun object, joined to the noun of an "in" the verb holds; not where a verb before it in its
    sentence already told whom it hit ("shot a man and his wife ..., wounding him in the stomach and her in the
    hand": the pronouns are those two again)."""
    own = {o.lower_ for o in obj if o.lower_ in ("him", "her")}
    if len(own) != 1:
        return []
    if any(lemma(t) in _KILL_VERBS and any(c.dep_ == "dobj" for c in t.children) for t in tok.doc[tok.sent.start:tok.i]):
        return []
    other = "her" if own == {"him"} else "him"
    return [cj for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
            if p.dep_ == "pobj" and p.pos_ == "NOUN" for cj in p.children if cj.dep_ == "conj" and cj.lower_ == other]


# words that stand for persons told together without a number: "the victims", "the dead", "those killed"
_GROUP_WORDS = {"dead", "those", "wounded", "injured", "people"}


def _a_group(tok) -> bool:
    """A plural person noun with no number of its own ("the victims", "the men killed", "the dead", "those
    killed"): persons told together, whom a report may name one by one."""
    if any(c.dep_ == "nummod" for c in tok.children):
        return False
    if tok.lower_ in _GROUP_WORDS:
        return tok.tag_ in ("NNS", "DT", "NN") or _the_dead_as_a_subject(tok)
    return tok.tag_ == "NNS" and (lemma(tok) in PERSON_SINGULAR or lemma(tok) in _PERSON_NOUNS)


def _the_dead_as_a_subject(tok) -> bool:
    """'The dead were identified as ...' with "dead" tagged an adjective: "the dead" as a clause's subject is the
    persons who died, a noun whatever its tag (not "the dead man", whose noun is the person)."""
    return tok.lower_ == "dead" and tok.dep_ in ("nsubj", "nsubjpass") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _with_listed(group: list) -> list:
    """A trigger's persons with those listed after them: "his mother, his sister and his sister's boyfriend", however
    the parser chains the list (an apposition that opens a list of its own is a list, not another name for the
    first)."""
    todo = list(group)
    while todo:
        c = todo.pop()
        more = [x for x in c.children if x.dep_ == "conj" or _listed_after_semicolon(x) or _name_after_a_name(x)
                or (x.dep_ == "appos" and x.ent_type_ != "PERSON" and any(y.dep_ == "conj" for y in x.children))]
        more += [x for x in _semicolon_items(c) if x not in group and x not in more]
        more += [x for x in _first_name_joined_before(c) if x not in group and x not in more]
        group.extend(more)
        todo.extend(more)
    return group


def _first_name_joined_before(tok) -> list:
    """'twins Marcus and Malik Dorsey, 19, were wounded': the first name joined by "and" before a full name is one
    more person of its surname (``names._first_names_joined``), wherever the parser hangs it (it may make the first
    name a modifier of the surname); [] for any other name."""
    doc = tok.doc
    if tok.i < 3 or doc[tok.i - 2].lower_ != "and":
        return []
    pairs = _name_pairs(doc)
    first, given = doc[tok.i - 3], doc[tok.i - 1]
    if pairs.get(given.lower_) != tok.lower_ or pairs.get(first.lower_) != tok.lower_ or first.lower_ == given.lower_:
        return []
    return [first]


def named_victims(tok) -> list:
    """The persons "the victims" are named as ("identified the victims as Ann Cole and Ray Diaz", "The victims, Ann
    Cole and ...", "The victims were ..."), or [] where the sentence names none."""
    if lemma(tok) != "victim" or not _a_group(tok):
        return []
    names = _names_of_a_group(tok)
    return _with_listed(names) if names else []


def named_survivors(tok) -> list:
    """The persons "the survivors" are named as ("named the two survivors, Ana Ruiz and Joe Tate", "identified the
    survivors as ..."), counted or not, or [] where the sentence names none."""
    if lemma(tok) != "survivor" or tok.tag_ != "NNS":
        return []
    names = _names_of_a_group(tok)
    doc, k = tok.doc, tok.i + 2
    if not names and k < tok.sent.end and doc[k - 1].text == "," and doc[k].ent_type_ == "PERSON":
        # (the parser may hang the name set off after the survivors on the verb: "named the two survivors, Lena Marsh,
        # 44, and Rob Keene, 50, who ...": the name's last word, with the list it opens)
        while k + 1 < tok.sent.end and doc[k + 1].ent_iob_ == "I":
            k += 1
        names = [doc[k]]
    return _with_listed(names) if names else []


def _named_members(group: list) -> list:
    """The persons of a group that the sentence names ("The victims, Ann Cole and Ray Cole, were shot", "identified
    the men killed as ...", "The dead are ..."), in place of the group; a group not named stays as it is (its
    persons are unknown, and People gives a plural no key)."""
    out = []
    for tok in group:
        names = _names_of_a_group(tok) if _a_group(tok) or _a_named_couple(tok) \
            else [c for c in tok.children if c.dep_ == "appos" and _a_name(c)] if _one_of(tok) else []
        out.extend(names or [tok])
    return out


def _a_named_couple(tok) -> bool:
    """'Married couple Ray and Ellen Moss were killed': "couple" (a noun of two persons) named in apposition stands
    for the persons named, as a plural person noun does."""
    return lemma(tok) == "couple" and tok.tag_ == "NN" and any(c.dep_ == "appos" and _a_name(c) for c in tok.children)


def _one_of(tok) -> bool:
    """'One of them, Dante Cole, 44, died': a part of one of a group told before, named in apposition."""
    return tok.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _names_of_a_group(tok) -> list:
    """The first of the persons a group is named as, however the sentence names them: set off after it ("the
    victims, Ann Cole, 30, and ..."), after "identified ... as" ("the dead were identified as ...", "identified the
    men killed as ..."), or as what the group "is" ("The dead are ...", "Those killed were ...").  The rest of the
    list hangs on the first by conjunctions, which ``_arguments`` follows."""
    named = [c for c in tok.children if c.dep_ == "appos" and _a_name(c)]
    if named:
        return named
    named = _identified_as(tok)
    if named:
        return named
    be = tok.head
    if tok.dep_ == "nsubj" and lemma(be) == "be" and be.i > tok.i:
        return [c for c in be.children if c.i > be.i and c.dep_ == "attr" and _a_name(c)]
    return _listed_after_a_colon(tok)


def _listed_after_a_colon(tok) -> list:
    """'released the names of those killed: Ann Wu, 40; ...': the first name of a list a colon opens right after the
    group's words (the parser hangs the list anywhere)."""
    doc, colon = tok.doc, tok.right_edge.i + 1
    if colon + 1 >= tok.sent.end or doc[colon].text != ":" or doc[colon + 1].ent_type_ != "PERSON":
        return []
    k = colon + 1
    while k + 1 < tok.sent.end and doc[k + 1].ent_iob_ == "I":
        k += 1
    return [doc[k]]


def _identified_as(tok) -> list:
    """'The dead were identified as ...', 'identified the men killed in Friday's shooting as ...': the first name
    after the "as" of the "identify" the group is the subject or the object of (the parser may hang "as" on any
    word between)."""
    verb = tok.head
    if tok.dep_ not in ("nsubjpass", "dobj") or lemma(verb) != "identify":
        return []
    as_ = next((a for a in verb.subtree if a.i > tok.i and a.lower_ == "as" and a.dep_ == "prep"), None)
    return [p for p in as_.children if p.dep_ == "pobj" and _a_name(p)] if as_ is not None else []


def _a_name(tok) -> bool:
    """A name the NER tags, or a proper noun no place or date tag claims (the small NER takes many names for
    organisations)."""
    return tok.ent_type_ == "PERSON" or (tok.tag_ == "NNP" and tok.ent_type_ not in ("GPE", "LOC", "FAC", "DATE"))


def _name_after_a_name(tok) -> bool:
    """'Omar Diaz, 20, Kyle Ames, 22, and Rob Tate, 19, were shot': a name the parser hangs as an apposition on the
    name before it is the next person of a list, where it has an age of its own or opens the rest of the list (one
    person is not named twice in a row; a nickname is told by "also known as", not so)."""
    # (the first name of a list may be one the small NER takes for an organisation: "as Tavarius Jones, 19, Cedric
    # Moore, 22, and ...")
    if tok.dep_ != "appos" or tok.ent_type_ != "PERSON" or not (tok.head.ent_type_ == "PERSON" or _first_of_a_list(tok.head)):
        return False
    return any(y.dep_ == "conj" or (y.dep_ == "appos" and y.like_num) for y in tok.children)


def _first_of_a_list(tok) -> bool:
    """'identified as Tavarius Jones, 19, Cedric Moore, 22, and ...': a proper noun the NER tags no person but no place
    or date either, with an age set off after it, that opens a list of persons."""
    return tok.tag_ == "NNP" and _a_name(tok) and any(c.dep_ == "appos" and c.like_num for c in tok.children)


# what follows a list item's name: its age or its town ("Ann Wu, 40; ..."), or the list's end
_AFTER_AN_ITEM = {",", "(", ";", "."}


def _semicolon_items(tok) -> list:
    """'identified the dead as Ann Wu, 40; Li Wu, 44; and Tom Ng, 19', '... as Ann Wu, 40, and Li Wu, 44': the names
    that later semicolons (or a comma and "and") open, where the parser broke the chain.  Only a name right after the
    separator ("and" aside) and set off as a list item (a comma, a bracket, a semicolon or the end after it), and
    only up to a verb of its own: "... died; Jane Roe was flown to a trauma center" is a clause, not an item."""
    if tok.ent_type_ != "PERSON" or tok.i + 1 < tok.sent.end and tok.doc[tok.i + 1].text != ",":
        return []
    doc, out, k = tok.doc, [], tok.i + 1
    while k < tok.sent.end:
        t = doc[k]
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("relcl", "acl") and not any(a.dep_ in ("relcl", "acl") for a in t.ancestors):
            break
        if t.text == ";" or (t.lower_ == "and" and doc[k - 1].text == ","):
            first = k + 2 if k + 1 < tok.sent.end and doc[k + 1].lower_ == "and" else k + 1
            end = first
            while end < tok.sent.end and doc[end].ent_type_ == "PERSON" and (end == first or doc[end].ent_iob_ == "I"):
                end += 1
            if end > first and (end >= tok.sent.end or doc[end].text in _AFTER_AN_ITEM):
                out.append(doc[end - 1])
        k += 1
    return out


def _listed_after_semicolon(tok) -> bool:
    """'Paul Ennis, 52; Rita Ennis, 50; ...': a name the parser hangs as an apposition on the one before, where a
    semicolon parts them, is the next person of a list (the ages take the commas), not another name for the first."""
    start = tok.left_edge.i
    return tok.dep_ == "appos" and start > 0 and tok.doc[start - 1].text == ";"


_AFTER = {"after", "since"}


def _told_after_being_hit(tok) -> list:
    """'A man is recovering after being shot', 'he was arrested after being wounded by a deputy': the passive
    gerund has no subject of its own; the person is the subject of the verb it hangs on."""
    if tok.dep_ != "pcomp" or tok.head.lower_ not in _AFTER or not any(c.dep_ == "auxpass" and c.lower_ == "being"
                                                                       for c in tok.children):
        return []
    verb = tok.head.head
    return [s for s in _subjects(verb) if _is_person(s) or _an_age(s)] if verb.pos_ in ("VERB", "AUX") else []


def _an_age(tok) -> bool:
    """'A 15-year-old was airlifted ... after being shot': a person told by the age alone, "old" after "year-" or
    "month-" (the parser may tag it an adjective or a noun), or written without its hyphens ("shot a 12 year old")."""
    return _age_number(tok) is not None


_AGE_UNITS = {"year", "month"}


def _age_number(tok) -> int | None:
    """The index of the token before the unit of an age used as a noun, which ends at "old": the number of
    "15-year-old", and of "a 12 year old", "the two year old", "an 18 year-old", which local news writes without
    all its hyphens (those need a number before the unit: "a year old" is no person); else None."""
    if tok.lower_ != "old" or tok.i < 2:
        return None
    doc = tok.doc
    hyphened = doc[tok.i - 1].text == "-"
    unit = tok.i - 2 if hyphened else tok.i - 1
    if doc[unit].lower_ not in _AGE_UNITS:
        return None
    number = unit - 2 if doc[unit - 1].text == "-" else unit - 1
    if hyphened:
        return number  # ("15-year-old": read as an age however the number is written, as before)
    return number if number >= tok.sent.start and doc[number].like_num else None


def _inverted_list(tok) -> list:
    """'Killed were Tyrese Holt, 21, and Marcus Bell, 19': a follow-up's list put after the verb; the parser may make
    the participle the subject of "were", and the persons its attribute."""
    be = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass", "csubj") or be.i != tok.i + 1 or lemma(be) != "be":
        return []
    return [c for c in be.children if c.i > be.i and c.dep_ in ("attr", "nsubj", "nsubjpass")
            and (_is_person(c) or c.pos_ == "PROPN")]


# what may stand between a name and its verb: its age set off by commas, an auxiliary
_BETWEEN_NAME_AND_VERB = {",", "was", "were", "is", "has", "had", "been", "later", "also"}


def _name_right_before(tok) -> list:
    """'Sam Ortiz, 35, died at the scene and Lee Grant, 40, died later': a verb the parser left without a subject
    (it hung the name on a noun before) has the name right before it, its age aside."""
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    k = tok.i - 1
    while k > tok.sent.start and (tok.doc[k].lower_ in _BETWEEN_NAME_AND_VERB or tok.doc[k].like_num):
        k -= 1
    name = tok.doc[k]
    if k == tok.i - 1 or name.ent_type_ != "PERSON" or name.dep_ in ("nsubj", "nsubjpass", "compound"):
        return []
    return [name]


_SMALL_CLAUSE = ("advcl", "oprd", "xcomp", "ccomp", "acomp")


def _left_hit(tok) -> list:
    """'The shooting left another teen critically wounded': the person "left" (or "found") so is the one hit, not the
    shooting, the subject of "left"."""
    # (a hit only: "found X dead" the rules for the dead read already, where the parse lets them)
    if tok.dep_ not in _SMALL_CLAUSE or tok.tag_ not in ("VBN", "JJ") or lemma(tok.head) not in _FIND \
            or lemma(tok) not in _HURT_WORDS:
        return []
    return [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i and _is_person(c)]


def _found_dead(tok, subj: list) -> list:
    """'Officers found Ann Dole and Mary Dole dead', 'found Tom Reyes and his wife dead in the kitchen': every person
    of the list the finding verb's object opens died, however the parser hangs "dead" (on the verb, with the last
    person as its subject; on the first person as a modifier; on the verb alone); [] where no list of two or more
    is found (one person found dead the other rules read already)."""
    if tok.lower_ != "dead":
        return []
    verb = tok.head
    if tok.dep_ == "amod" and verb.dep_ == "dobj":
        verb = verb.head  # "found Ann Dole and Mary Dole dead": "dead" on the first of them
    elif tok.dep_ == "advmod" and verb.dep_ == "prep":
        verb = verb.head  # "found Ann Dole and Mary Dole dead inside a farmhouse": "dead" on the place after it
    elif tok.dep_ not in _SMALL_CLAUSE + ("conj",):
        return []
    if lemma(verb) not in _FIND:
        return []
    found = [c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i and _is_person(c)]
    if not found:
        return []
    # (the last of the list may be "dead"'s own subject: "found Kathleen Morrow, 64, and Brian Morrow dead")
    listed = _with_listed(found + [s for s in subj if s not in found and _is_person(s)])
    return listed if len(listed) >= 2 else []


def _person_before_an_apposition(tok) -> list:
    """'A man, a 24-year-old father of two, and his wife were shot': the parser hangs the "and" on the man, whose
    apposition stands between them, and leaves the relative alone as the verb's subject; the person noun the "and"
    hangs on, told right before his apposition, is the relative's first conjunct, one more person ([] for any other
    subject, and for "A man, a father of two, was shot", where no "and" joins another to him)."""
    doc = tok.doc
    start = tok.left_edge.i
    if start < 3 or doc[start - 1].lower_ != "and" or doc[start - 2].text != "," or not _is_person(tok):
        return []
    first = doc[start - 1].head
    if first.i >= start or first.tag_ != "NN" or not _is_person(first) or first.dep_ in ("dobj", "pobj"):
        return []
    appos = [c for c in first.children if c.dep_ == "appos" and first.i < c.i < start - 1]
    return [first] if appos and appos[-1].right_edge.i == start - 3 else []


def _is_person(tok) -> bool:
    """A token that names a single person: a name, a pronoun, or a person noun ("boy", "officer")."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in _PRONOUNS or (
        tok.tag_ in ("NN", "NNP") and (lemma(tok) in _PERSON_NOUNS or lemma(tok) in PERSON_SINGULAR))


def _after_shooting_others(tok, obj) -> bool:
    """'shot his family, killing 3, then killed himself': a reflexive verb the parser left unlabelled under a verb
    that acted on others."""
    return bool(obj) and all(o.lower_ in SELF for o in obj) and tok.dep_ == "dep" \
        and any(c.dep_ == "dobj" and c.lower_ not in SELF for c in tok.head.children)
