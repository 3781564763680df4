"""Person keys: who a token names, as a victim key and a party (``People``).

A report names one person many times, by name, by a person noun, by a pronoun or by "who"; reconcile counts
distinct keys, so each mention must give the same key.  ``People`` remembers the last person named, for "he
died" after "Larry Henderson was shot", and whether anybody shot others, for the shooter who then killed
himself.  "Another man", "a second victim" and "the other" ("the other man") are one more person each.
"""

from __future__ import annotations

import re

from spacy.attrs import DEP

from ..arrays import label_indices
from ..doctext import doc_text
from ..lexicon import party_lemmas
from ..numbers import PERSON_SINGULAR
from ..raw_claims import lemma
from .arguments import _age_number, _an_age
from .names import _NOT_NAMES, _NOT_PERSON_ENTS, _common_word, _name_pairs, _persons_noun, _shared_surname, _surname_of, _unlabelled_name
from .words import _DEATH_WORDS, _FIND, _HURT_WORDS, _PERSON_NOUNS, _PRONOUNS


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


class People:
    """The persons a report has named so far, for "he died" after "Larry Henderson was shot"."""

    def __init__(self):
        self.last: str | None = None
        self.last_party: str | None = None  # of the last unnamed person ("Suspect dies ... He succumbed")
        self.shot_others = False  # the report has told somebody shooting or killing another person
        self.shooters: set[str] = set()  # the keys of the persons named as shooting or killing another person
        self.hit_told = False  # an earlier sentence has told somebody killed or hurt (set by the caller)
        self.pet_last = False  # the last name told was an animal's ("Niko, an Akita ... He was shot": no person)

    def key(self, tok) -> tuple[str, str | None] | None:
        """(victim key, party) of a person token, or None when the token is no single person."""
        if tok.tag_ == "NNP" and tok.lower_ in _pet_names(tok.doc):
            self.pet_last = True
            return None  # "Niko, an Akita, suffered three gunshot wounds": a dog, no victim
        if tok.ent_type_ == "PERSON":
            return self._name_key(tok)
        if tok.lower_ in _DOG_OR_PERSON and _tells_of_a_dog(tok.doc):
            return None  # "an officer shot and killed their boxer, Bruno ... the dog charged": a dog, no victim
        if _unlabelled_name(tok):
            # the small NER misses many surnames ("Cantu was found dead") or calls them ORG ("Goldie Long")
            return self._unlabelled_key(tok), _party_of_title(tok)
        lemma = tok.lemma_.lower()
        if lemma in PERSON_SINGULAR and _one_more_of_a_noun(tok) and _beside_the_rest_of_a_group(tok):
            return "unnamed", party_lemmas().get(lemma) or "civilians"  # one of a group told before, not one more
        if lemma in PERSON_SINGULAR and _one_more_of_a_noun(tok) and (
                tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in _FIND)
                or _listed_after_one_found(tok) or _joined_to_a_subject(tok)):
            # (a subject, or the one "left" or "found" hurt: in "accused of killing another man" the other is the killer)
            party = party_lemmas().get(lemma) or "civilians"
            return f"another {tok.lower_} @{tok.idx}", party  # "another man was shot", "a second victim was grazed": one more person
        if lemma == "security" and (worker := _the_one_working(tok)) is not None:
            return self.key(worker)  # "a deputy working security": the deputy, not one more person
        if (lemma in _PERSON_NOUNS or lemma in PERSON_SINGULAR) and tok.tag_ in ("NN", "NNP"):
            subject = _named_subject_of_the_copula(tok)
            if subject is not None and (key := self.key(subject) or _a_surname_told(subject)) is not None:
                return key  # "Ruston was the only person hurt": Ruston, told again, not one more person
            return self._person_noun_key(tok, lemma)
        if tok.lower_ in _PRONOUNS:
            return self._pronoun_key(tok)
        if tok.lower_ == "who" and tok.head.dep_ in ("relcl", "acl") and tok.head.head is not tok.head:
            return self._who_key(tok)
        if tok.lower_ == "who" and tok.head.dep_ == "conj" and (first := _who_clause_before(tok)) is not None:
            return self._who_key(first)  # "a man who had been struck several times, and who had no pulse"
        if tok.lower_ == "another" and tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("DET", "PRON"):
            return self._another_key(tok)
        if _an_age(tok):
            if _another_before_age(tok):
                # "A 16-year-old was shot ... Another 16-year-old was also shot": one more person, as "another man"
                return f"another old @{tok.idx}", "civilians"
            age = _age_apart(tok)
            if age is not None:
                # "A 16-year-old was killed and a 16-month-old was wounded": two ages in one sentence are two persons,
                # told apart as two descriptions of it (not one unnamed person, killed and so not wounded)
                return f"a person, {age} @s{tok.sent.start_char}", "civilians"
            return "unnamed", "civilians"  # "a 15-year-old", "the 17-year-old"
        if tok.tag_ == "DT" and any(c.dep_ == "amod" and _an_age(c) for c in tok.children):
            return "unnamed", "civilians"  # "A 16 year old was shot": the parser may make the article the subject
        if tok.lower_ == "other" and any(c.lower_ == "the" for c in tok.children):
            if _one_shot_the_other(tok):
                return "unnamed", "civilians"
            # "one man was injured and the other died"; "one suspect died and the other was hospitalized": a suspect
            one = _person_subject_before(tok)
            key = self.key(one) if one is not None else None
            return "the other", (key[1] if key else "civilians")
        if _the_last_of_a_count(tok):
            return "the other", "civilians"  # "Six of the seven victims were hospitalised; the seventh died"
        return None

    def _unlabelled_key(self, tok) -> str:
        """The key of a name the NER missed: its surname, with the first name where two share it ("Ann Cole, 15, and
        Beth Cole, 14", tagged an organisation: two persons); a bare shared surname is the last of them named (not a
        third person)."""
        name = _surname_of(tok.doc, tok.lower_)
        if _shared_surname(tok.doc, name):
            before = tok.doc[tok.i - 1] if tok.i else None
            if name != tok.lower_:
                name = f"{name}, {tok.lower_}"  # a first name alone: "Marcus" of "twins Marcus and Malik Dorsey"
            elif before is not None and before.tag_ == "NNP":
                name = f"{name}, {before.lower_}"
            elif self.last and self.last.startswith(name + ", "):
                name = self.last
        self.last, self.pet_last = name, False
        return name

    def _name_key(self, tok) -> tuple[str, str | None] | None:
        """The key of a token the NER calls a person: the surname (with the first name where two share it)."""
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        span = ent if ent is not None else [tok]
        if any(_common_word(t) for t in span):
            # "Miami Boy Killed After Gunplay": a headline's words the NER took for a name
            return ("unnamed", "civilians") if any(t.lower_ in PERSON_SINGULAR for t in span) else None
        words = [t for t in span if t.is_alpha and t.lower_.rstrip(".") not in _SUFFIXES]
        # ("gave Whitmore CPR": the NER's span runs on into an acronym, which is no surname)
        words = [t for t in words if not (t.is_upper and len(t) > 1)] or words
        if len(words) == 1 and words[0].tag_ in ("NNS", "NNPS") and words[0].lower_ in _NOT_NAMES:
            return None  # "Reports released Monday detail how ...": a plural word of the page the NER took for a name
        # ("Twins Jerome and Jamal Tate": a plural person noun the NER takes into the name is no part of it)
        named = [t for t in words if not _persons_noun(t)]
        lone = len(named) == 1 and len(words) > 1
        words = named or words
        name = (words[-1] if words else tok).lower_
        if ent is None or len(ent) == 1 or lone:
            first = name
            name = _surname_of(tok.doc, name)  # "16-year-old James" is "James Cartigiano"
            if _shared_surname(tok.doc, name):
                # "Antoine Moss and Terrence Moss": "Antoine" is one of them, a bare "Moss" either
                return (f"{name}, {first}" if first != name else "unnamed"), _party_of_title(tok)
        elif len(words) >= 2 and _shared_surname(tok.doc, name):
            name = f"{name}, {words[-2].lower_}"
        self.last, self.pet_last = name, False
        return name, _party_of_title(tok)

    def _person_noun_key(self, tok, lemma: str) -> tuple[str, str | None] | None:
        """The key of a person noun ("the man", "an officer"): the name it is given, else unnamed, of its party."""
        named = [c for c in tok.children if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or _unlabelled_name(c))]
        if named:
            return self.key(named[0])
        named = _identified_as(tok) or _name_after(tok) or _kin_named_elsewhere(tok, lemma)
        if named is not None:
            return self.key(named)
        if _tied_apart(tok, lemma):
            # (the name the report sets off after the noun elsewhere is he: "Her daughter, Maria Diaz, 17, ...")
            named = _one_kin_name(tok)
            return self.key(named) if named is not None else (f"{KIN_PREFIX}{lemma}", "civilians")
        if self.last is not None and _tied_to_one_named_before(tok, lemma):
            return f"{KIN_PREFIX}{lemma}", "civilians"
        if _one_whose_relative_is_told(tok):
            # "the mother of a 9-year-old girl shot Sunday": the girl, described in a sentence that tells her
            # relative too, is a person of her own (a description, "a girl, 9 @s0"), not the one unnamed person
            # of the sentence, whom her mother, hit or speaking, would be
            age = next((a for c in tok.children if c.dep_ == "amod" and (a := _age_words(c)) is not None), None)
            return f"a {tok.lower_}" + (f", {age}" if age else "") + f" @s{tok.sent.start_char}", "civilians"
        party = party_lemmas().get(lemma)
        if lemma in ("deputy", "trooper", "policeman") or (lemma == "officer" and police_before(tok)):
            party = "police"
        elif lemma in ("gunman", "suspect", "shooter", "attacker", "robber", "intruder", "burglar"):
            party = "militants"
        else:
            party = party or "civilians"
        self.last_party = party
        if _the_other_of(tok):
            # "One man was killed. The other man, who fired first, was wounded": one more person, as "the other"
            return "the other", party
        return "unnamed", party

    def possessor_key(self, tok) -> tuple[str, str | None] | None:
        """The key of a possessor ("her life", "his funeral", "Brooks's family"): "his" is the last person named, as
        "he" is."""
        return self._pronoun_key(tok) if tok.lower_ == "his" else self.key(tok)

    def _pronoun_key(self, tok) -> tuple[str, str | None]:
        """The key of "he", "she": the last person named (none where that was an animal's name)."""
        if self.pet_last:
            return None
        if self.last:
            named = _named_before_the_doer(tok, self.last)
            if named is not None:
                return self.key(named)
            if _the_doer_of_its_verb(tok, self.last) is not None:
                # "police said Tyrone Beck, 17, shot him", nobody named before Beck: "him" is somebody else (he would
                # be "himself"), not the shooter last named
                return "unnamed", "civilians"
            return self.last, "civilians"  # reconcile gives a named person one party per report
        # "A Boston police officer is expected to recover after he was shot": the noun before it
        # (not the subject of the pronoun's own verb: in "a gunman walked up and shot him" he is the one shot)
        doer = _subjects_of_its_verb(tok)
        before = next((t for t in reversed(tok.doc[tok.sent.start:tok.i]) if t.tag_ == "NN" and t.i not in doer
                       and (t.lemma_.lower() in _PERSON_NOUNS or t.lemma_.lower() in PERSON_SINGULAR)), None)
        return "unnamed", (self.key(before)[1] if before is not None else self.last_party or "civilians")

    def _who_key(self, tok) -> tuple[str, str | None] | None:
        """The key of "who": the noun its clause hangs on."""
        key = self.key(tok.head.head)  # "Jon Boring, 51, who was shot and killed", "the man who died"
        if key is None and tok.head.head.ent_type_ in _NOT_PERSON_ENTS:
            # "Michael Monserrate, 18, of the Bronx, who is still hospitalized": the parser hangs "who" on the place
            name = next((t for t in reversed(tok.doc[tok.sent.start:tok.i]) if t.ent_type_ == "PERSON"), None)
            key = self.key(name) if name is not None else None
        before = tok.doc[tok.i - 1] if tok.i else None
        if key is None and before is not None and before.tag_ == "NN" and before.lemma_.lower() in PERSON_SINGULAR \
                and tok.dep_ in ("dobj", "nsubjpass"):
            # "Family of man who police fatally shot": the parser hangs the clause on "family"
            key = self.key(before)
        return key

    def _another_key(self, tok) -> tuple[str, str | None]:
        """"one man was killed, another was injured": one more person, of the kind the clause before names."""
        before = _person_subject_before(tok)
        key = self.key(before) if before is not None else None
        party = key[1] if key else "civilians"
        if before is None and (_one_opens_the_sentence_before(tok) or _beside_the_rest_of_a_group(tok)):
            return "unnamed", party  # "Two men were shot. One was hit in the leg. Another was grazed": one of the two
        if before is not None and before.head.lemma_.lower() not in _DEATH_WORDS | _HURT_WORDS | {"shot"}:
            return "unnamed", party  # "one suspect was captured while another was found dead": one more suspect, not one more dead
        return f"another @{tok.idx}", party


def _named_subject_of_the_copula(tok):
    """'Ruston was the only person hurt', 'he was the only other person injured': a person noun that a copula says of
    its subject, a name or "he"/"she", is that person (not "the victim was a man shot in the leg": a noun subject)."""
    if tok.dep_ != "attr" or tok.head.lemma_ != "be":
        return None
    return next((c for c in tok.head.children if c.dep_ == "nsubj"
                 and (c.ent_type_ == "PERSON" or c.tag_ == "NNP" or c.lower_ in ("he", "she"))), None)


def _a_surname_told(tok) -> tuple[str, str] | None:
    """The key of a proper noun that the report gives elsewhere as a full name's surname, whatever entity the NER
    gives it here ("Caleb Ruston ... Ruston was the only person hurt", "Ruston" taken for a town); else None."""
    if tok.tag_ != "NNP":
        return None
    _name_pairs(tok.doc)
    if tok.lower_ not in tok.doc.user_data["surnames"] or _shared_surname(tok.doc, tok.lower_):
        return None
    return tok.lower_, "civilians"


def _named_before_the_doer(tok, last: str):
    """'Corey Blane, 13, died after police said Marcus Teel, 16, shot him': "him", the object of a verb whose subject
    is the person last named, is someone else (he would be "himself"): the person named before that subject in the
    sentence, if any (None: the last person named, as ever)."""
    doer = _the_doer_of_its_verb(tok, last)
    if doer is None:
        return None
    # (the last word of a name, which the NER may have left unlabelled: "Corey Blane" is "Blane"; or took for an
    # organisation where an age set off by commas tells a person: "Marcus Hale, 14, died after ...")
    return next((t for t in reversed(tok.doc[tok.sent.start:doer.i]) if t.tag_ == "NNP" and t.dep_ != "compound"
                 and (t.ent_type_ in ("PERSON", "") or _an_age_beside(t)) and t.lower_ != doer.lower_), None)


def _the_doer_of_its_verb(tok, last: str):
    """The subject of the verb whose object "him" or "her" is, where that subject is the person last named ("Marcus
    Teel, 16, shot him"); else None."""
    if tok.dep_ != "dobj" or tok.lower_ not in ("him", "her"):
        return None
    doer = next((c for c in tok.head.children if c.dep_ == "nsubj"), None) or _name_right_before(tok.head)
    if doer is None or doer.tag_ != "NNP" or doer.lower_ != last.split(",")[0]:
        return None
    return doer


def _an_age_beside(tok) -> bool:
    """'Hale, 14,': a name with an age set off by commas as its apposition."""
    return any(c.dep_ == "appos" and c.like_num for c in tok.children)


def _name_right_before(verb):
    """The name right before a verb, past an age set off in commas, that the parser did not make its subject ("died
    after Marcus Teel, 16, shot him": "Teel" hung on "after")."""
    i = verb.i - 1
    if i >= 3 and verb.doc[i].text == "," and verb.doc[i - 1].like_num and verb.doc[i - 2].text == ",":
        i -= 3
    return verb.doc[i] if i >= 0 and verb.doc[i].tag_ == "NNP" else None


def _subjects_of_its_verb(tok) -> set[int]:
    """The indexes of the perpetrators that are subjects of the verb an object pronoun hangs under ("a gunman shot
    him", "shot him in the leg and her in the arm"), and of the verb that verb is joined to ("a gunman walked up and
    shot him"); none for a subject."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return set()
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    # (a perpetrator's noun only: "before a police officer shot him" tells no party of "him" that the report's
    # counting has not been pinned with)
    return {c.i for v in verbs for c in v.children if c.dep_ == "nsubj" and party_lemmas().get(c.lemma_.lower()) == "militants"}


# nouns of an animal a name is set beside: "Niko, an Akita", "the family's dog, Bella", "Duchess, a quarter horse" (not
# "boxer", which is a person as often as a dog)
_ANIMALS = frozenset({"dog", "puppy", "pup", "cat", "kitten", "horse", "mare", "stallion", "pony", "pet", "canine", "k9",
                      "k-9", "akita", "shepherd", "labrador", "retriever", "terrier", "rottweiler", "chihuahua", "poodle",
                      "husky", "beagle", "mastiff", "bulldog", "doberman", "dachshund", "collie", "spaniel", "pitbull"})


# a person's noun that is a dog's breed too ("a 26-year-old boxer was shot outside the gym", "the family's boxer"): the
# dog where the report speaks of a dog (``_tells_of_a_dog``)
_DOG_OR_PERSON = {"boxer", "boxers"}
_DOG_WORDS = re.compile(r"\b(?:dogs?|pupp(?:y|ies)|veterinar(?:ian|y)|canine|leash)\b", re.I)


def _tells_of_a_dog(doc) -> bool:
    """Whether a report speaks of a dog (once per document)."""
    told = doc.user_data.get("tells_of_a_dog")
    if told is None:
        told = doc.user_data["tells_of_a_dog"] = bool(_DOG_WORDS.search(doc_text(doc)))
    return told


def _an_animal_noun(tok) -> bool:
    # ("Rocco, a boxer, suffered two gunshot wounds" in a report of a dog)
    return tok.lower_ in _ANIMALS or lemma(tok) in _ANIMALS \
        or (tok.lower_ in _DOG_OR_PERSON and _tells_of_a_dog(tok.doc)) \
        or (tok.lower_ == "bull" and any(c.lower_ == "pit" for c in tok.children))  # "a pit bull"


def _pet_names(doc) -> frozenset:
    """The names a report gives animals, once per document: a name with an animal noun in apposition ("Niko, an
    Akita"), or set in apposition to one ("the family's dog, Bella"); every later "Niko" is the dog, no victim."""
    names = doc.user_data.get("pet_names")
    if names is None:
        found = set()
        for i in label_indices(doc, DEP, "appos"):  # (the appositions only, found from the doc's arrays)
            t = doc[i]
            if t.tag_ == "NNP" and _an_animal_noun(t.head) and t.head.tag_ != "NNP":
                found.add(t.lower_)  # "his dog, Max"
            elif t.head.tag_ == "NNP" and _an_animal_noun(t):
                found.add(t.head.lower_)  # "Niko, an Akita"
        names = doc.user_data["pet_names"] = frozenset(found)
    return names


def _the_one_working(tok):
    """'A sheriff's deputy working security at a game was shot': the parser makes "security" the subject and hangs the
    deputy and "working" on it as modifiers; the person noun before "working" is the one told (None where no person
    works it: "security at the game was tight")."""
    if not any(c.lower_ == "working" and c.dep_ in ("amod", "acl") and c.i == tok.i - 1 for c in tok.children):
        return None
    return next((c for c in tok.children if c.i < tok.i - 1 and c.dep_ in ("compound", "amod", "nmod")
                 and lemma(c) in _PERSON_NOUNS and c.pos_ == "NOUN"), None)


def _the_other_of(tok) -> bool:
    """'the other man', 'the other victim': a person noun told as the one left of two."""
    kids = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod")}
    return {"the", "other"} <= kids


_LAST_ORDINALS = {"second": ("two", 2), "third": ("three", 3), "fourth": ("four", 4), "fifth": ("five", 5),
                  "sixth": ("six", 6), "seventh": ("seven", 7), "eighth": ("eight", 8), "ninth": ("nine", 9),
                  "tenth": ("ten", 10), "eleventh": ("eleven", 11), "twelfth": ("twelve", 12)}


def _the_last_of_a_count(tok) -> bool:
    """'Six of the seven victims were hospitalised; the seventh died': "the seventh" alone, the subject, where its
    sentence or the one before counts that many (the one left of them, as "the other" of two).  Not "the seventh
    victim" (a noun of its own), nor "the third" where no three were told."""
    if tok.lower_ not in _LAST_ORDINALS or tok.dep_ not in ("nsubj", "nsubjpass") \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    word, n = _LAST_ORDINALS[tok.lower_]
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start else sent.start
    return any(t.lower_ in (word, str(n)) for t in tok.doc[start:tok.i])


def _one_opens_the_sentence_before(tok) -> bool:
    """'One was struck in the leg. Another was grazed': a bare "one" is the subject of the sentence before that of
    "another", so the two are parts of a group told earlier, not one more person."""
    sent = tok.sent
    if sent.start == 0:
        return False
    before = tok.doc[sent.start - 1].sent
    return any(t.lower_ == "one" and t.dep_ in ("nsubj", "nsubjpass") and not any(c.dep_ == "prep" for c in t.children)
               for t in before)


# "the other two", "the other three", "the others": the rest of a group told before
_THE_REST = re.compile(r"\bthe other (?:two|three|four|five|six|seven|eight|nine|\d+)\b|\bthe others\b", re.IGNORECASE)


def _beside_the_rest_of_a_group(tok) -> bool:
    """'Four people were shot ... another victim remains in critical condition, and the other two are stable': an
    "another" that its own sentence sets beside "the other two" (after it) shares out a group told before, one
    condition at a time; it is one of that group, not one more person."""
    return bool(_THE_REST.search(tok.doc[tok.i:tok.sent.end].text))


def _listed_after_one_found(tok) -> bool:
    """'found Jerome Lyman and another male victim suffering from gunshot wounds': "another" listed after a person
    found is one more person, as it is after a subject."""
    head = tok.head
    return tok.dep_ == "conj" and head.dep_ == "dobj" and head.head.lemma_.lower() in _FIND and _a_person(head)


def _one_more_of_a_noun(tok) -> bool:
    """'another man', 'a second victim': one more person of the kind the noun names."""
    return any(c.lower_ == "another" and c.dep_ == "det" for c in tok.children) or _a_further(tok)


def _one_shot_the_other(tok) -> bool:
    """'The brothers found the gun and one shot the other': "the other" as the object of a verb whose subject is a bare
    "one" is the pair retold, the one who shot and the one hit: the person hit the report tells (not one more, as "the
    other" is in "one man was killed and the other was wounded")."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lower_ == "one" and not list(c.children) for c in verb.children)


def _person_subject_before(tok):
    """The last person noun that is a subject before a token in its sentence ("one man ... another", "the other")."""
    return next((t for t in reversed(tok.doc[tok.sent.start:tok.i]) if t.tag_ == "NN" and t.dep_ in ("nsubj", "nsubjpass")
                 and (t.lemma_.lower() in _PERSON_NOUNS or t.lemma_.lower() in PERSON_SINGULAR)), None)


def _joined_to_a_subject(tok) -> bool:
    """'Sang Kim and another person got shot': a noun joined to the subject is a subject as well, and "another" one
    more person than the one named beside it."""
    return tok.dep_ == "conj" and tok.head.dep_ in ("nsubj", "nsubjpass")


_FURTHER = {"second", "third", "fourth", "fifth", "sixth"}


def _a_further(tok) -> bool:
    """'A second victim', 'a third man': a person more than those told before (not "the second victim", who may be
    one of them)."""
    return any(c.dep_ == "amod" and c.lower_ in _FURTHER for c in tok.children) \
        and any(c.dep_ == "det" and c.lower_ == "a" for c in tok.children)


def _another_before_age(tok) -> bool:
    """'Another 16-year-old was also shot': "another" opens the age used as a noun that is the clause's subject
    (not "accused of shooting another 15-year-old": the other is then the one who shot)."""
    k = _age_number(tok)  # "another", "15", "-", "year", "-", "old"; "another", "15", "year", "old"
    return k is not None and k - 1 >= tok.sent.start and tok.doc[k - 1].lower_ == "another" and tok.doc[k].like_num \
        and tok.dep_ in ("nsubj", "nsubjpass")


def _name_after(tok):
    """'the father, 37-year-old Donald Powell, ...': a name set off right after a person noun, which the parser
    did not hang on it."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    for t in doc[tok.i + 2:min(len(doc), tok.i + 9)]:
        if t.ent_type_ == "PERSON":
            return t
        if not (t.like_num or t.text == "-" or t.lower_ in ("year", "old", "month")):
            return None
    return None


def _age_apart(tok) -> str | None:
    """The age of a person told by it alone ("16" of "a 16-year-old", "6 months" of "a 6-month-old") where its
    sentence tells another person by another age ("a 16-year-old was killed and a 16-month-old was wounded"), else
    None."""
    age = _age_words(tok)
    others = {_age_words(t) for t in tok.sent if t.lower_ == "old" and t.i != tok.i and _an_age(t)}
    return age if age is not None and others - {age, None} else None


def _age_words(tok) -> str | None:
    """The age that ends at ``tok`` ("old"), as a description's key tells it: "16", or "6 months"."""
    unit = tok.i - 2 if tok.doc[tok.i - 1].text == "-" else tok.i - 1
    number = _age_number(tok)
    if number is None or tok.doc[unit].lower_ not in ("year", "month"):
        return None
    return tok.doc[number].text + (" months" if tok.doc[unit].lower_ == "month" else "")


# nouns of kin: a report that lists "his wife and adult daughter" as shot often names each later ("The wife, Diane
# Berg, 58, died"), and one of them stands for one person of the family
_KIN = frozenset({"wife", "husband", "mother", "father", "son", "daughter", "brother", "sister", "grandmother",
                  "grandfather", "grandson", "granddaughter", "nephew", "niece", "uncle", "aunt", "cousin", "stepson",
                  "stepdaughter", "stepfather", "stepmother", "girlfriend", "boyfriend", "fiancee", "fiance"})


# the key of a relative or companion told by his tie to another person hit ("her son"): one more person, once per
# noun however often told (reconcile counts the relatives apart from the names and descriptions)
KIN_PREFIX = "kin "
# nouns of a tie besides kin: "a man and his friend were shot"
_TIED = _KIN | {"friend", "roommate", "companion", "coworker"}


def _tied_apart(tok, lemma_: str) -> bool:
    """'A woman was shot and her son was grazed', 'Ann Reyes and her husband were wounded', 'The woman's boyfriend was
    also wounded': a relative or companion told by a possessive is another person than the one he belongs to; he is
    one more person where the sentence tells another hit beside him: listed with a name or a described person, told
    hurt beside another person hurt, or he too ("also") was hit.  (Listed with a plain noun, "his wife and her
    mother", each is one more already: ``claims._add_targets``.)"""
    if lemma_ not in _TIED or tok.tag_ != "NN" or not (any(c.dep_ == "poss" for c in tok.children) or _tied_by_of(tok)):
        return False
    if _relatives_named(tok.doc):
        return False  # "Tim Cole was wounded ... Ann Cole was killed; her son was also shot": the son is named already
    if tok.dep_ == "conj":
        return _named_or_described(tok.head)
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if verb is None:
        return False
    if _also(verb) or any(_also(c) for c in tok.children if c.dep_ == "relcl"):
        return True
    return _hurting(verb) and any(t.i != verb.i and _hurting(t) and _hits_a_person(t, tok) for t in tok.sent)


# the persons whose tie to another a noun tells with "of": "the mother of a girl", "the family of a boy"
_TIED_BY_OF = _TIED | {"family", "parent", "relative", "grandparent"}


def _one_whose_relative_is_told(tok) -> bool:
    """'The mother of a 9-year-old girl shot Sunday ...': a person noun with "a", the object of "of" after a relative's
    noun."""
    of = tok.head
    return tok.dep_ == "pobj" and of.lower_ == "of" and lemma(of.head) in _TIED_BY_OF \
        and of.head.tag_ in ("NN", "NNS") and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


def _tied_by_of(tok) -> bool:
    """'The mother of a 9-year-old girl shot Sunday was also hit': a relative told by "of" and the person she belongs
    to (``_one_whose_relative_is_told``), as a possessive tells her."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(_one_whose_relative_is_told(p) for p in c.children)
               for c in tok.children)


def _tied_to_one_named_before(tok, lemma_: str) -> bool:
    """'Isaiah Brooks was shot several times ... He died at a hospital. His friend, 15, who was walking with him, was
    shot in the leg': a relative or companion told by "his" or "her", in a sentence after the one that names a
    person, and himself the one a passive hurting verb tells hit, is another person than the one named (``_tied_apart``
    wants both told in one sentence, or "also").  Not where the report names relatives (the noun is one of them), nor
    in a clause someone tells ("the father says he was asleep when his son was shot": "his" is the teller's, and the
    son the victim told before)."""
    if lemma_ not in _TIED or tok.tag_ != "NN" or tok.dep_ != "nsubjpass" or tok.sent.start == 0 or tok.head.dep_ != "ROOT":
        return False
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children):
        return False
    return _hurting(tok.head) and not _relatives_named(tok.doc)


def _hits_a_person(verb, besides) -> bool:
    """'A woman was shot ...', '... killed his wife ...': a hurting word whose person hit (not its shooter, the
    subject of an active verb) is another than ``besides``."""
    return any(c.i != besides.i and _a_person(c) and (c.dep_ in ("nsubjpass", "dobj") or (c.dep_ == "nsubj" and lemma(verb) == "die"))
               for c in verb.children)


def _relatives_named(doc) -> bool:
    """Whether the report names two persons of one surname: its relatives are told by name, and a noun of kin is
    as likely one of them as one more."""
    _name_pairs(doc)
    surnames = doc.user_data["surnames"]
    return any(len(firsts - surnames) >= 2 for firsts in doc.user_data["first_names"].values())


def _also(verb) -> bool:
    """'was also wounded', 'who was also shot': the clause says its person too was hit."""
    return _hurting(verb) and any(c.lower_ == "also" for c in verb.children)


def _hurting(tok) -> bool:
    """A word that tells a person hit or killed ("shot", "struck", "wounded", "died")."""
    return lemma(tok) in _HURT_WORDS or lemma(tok) in _DEATH_WORDS or tok.lower_ in ("shot", "struck", "hit", "grazed")


def _a_person(tok) -> bool:
    """A token that names or describes one person (a name, a person noun)."""
    return tok.ent_type_ == "PERSON" or _unlabelled_name(tok) or (
        tok.tag_ == "NN" and (tok.lemma_.lower() in _PERSON_NOUNS or tok.lemma_.lower() in PERSON_SINGULAR))


def _named_or_described(tok) -> bool:
    """'Ann Reyes and her husband', 'a woman and her son', 'A 20-year-old and his 17-year-old cousin': the first of a
    list is a name, a person told by "a", or an age told by "a" (a description of its own: ``_age_apart``)."""
    return tok.ent_type_ == "PERSON" or _unlabelled_name(tok) or (
        (_a_person(tok) or _an_age(tok)) and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children))


def _kin_named_elsewhere(tok, lemma_: str):
    """The name a noun of kin stands for: the one name the report sets off after that noun somewhere ("his wife and
    adult daughter were shot ... The wife, Diane Berg, 58, died": "wife" is Diane Berg), so that the relative listed
    by the noun and the relative named are one person, not two.  None where the report names none, or two persons
    with that noun ("his son, Ray Cole ... her son, Tim Diaz"), or the noun itself is set off by a name."""
    if lemma_ not in _KIN or tok.tag_ != "NN" or not _under_a_hurting_word(tok):
        return None
    if not all(_one_kin_name(t) is not None for t in _listed_with(tok)):
        # "shot his wife and his mother-in-law ... The wife, Tina Oakes, died": were the wife named and the other
        # left unnamed, the unnamed one would count only where nobody is named; so all of a list or none
        return None
    named = _one_kin_name(tok)
    return None if named is not None and _the_subject_over_it(named, tok) else named


def _the_subject_over_it(named, tok) -> bool:
    """'Angel's older brother, Tomas Vera, woke to hear that his younger brother had been killed': the name set off
    after the noun is the subject of a clause the same noun of kin hangs under; he is not his own brother."""
    holder = named.head if named.dep_ == "appos" else named
    return holder.sent == tok.sent and holder.dep_ in ("nsubj", "nsubjpass") and holder.head in tok.ancestors


def _one_kin_name(tok):
    """The one name the report sets off after this noun of kin, or None."""
    names = _kin_names(tok.doc).get(tok.lemma_.lower(), []) if tok.tag_ == "NN" else []
    return names[0] if len(names) == 1 else None


def _listed_with(tok) -> list:
    """The persons of the list a noun is part of ("his wife and adult daughter"), itself among them."""
    first = tok.head if tok.dep_ == "conj" else tok
    members, todo = [first], [first]
    while todo:
        more = [c for c in todo.pop().children if c.dep_ == "conj"]
        members.extend(more)
        todo.extend(more)
    return members


def _under_a_hurting_word(tok) -> bool:
    """'shot his wife and adult daughter', 'his wife died': the noun (or the first of the list it ends) hangs on a word
    of hurt or death (not "the father put the child in his car", which a slip of the parser may make a target)."""
    first = tok.head if tok.dep_ == "conj" else tok
    word = first.head.lemma_.lower()
    return word in _HURT_WORDS or word in _DEATH_WORDS


def _kin_names(doc) -> dict[str, list]:
    """Noun of kin -> the name tokens set off right after it in the report ("the wife, Diane Berg", "his brother, Luis
    Vega"), one per distinct surname and first name, cached per doc."""
    kin = doc.user_data.get("kin_names")
    if kin is None:
        kin = {}
        for t in doc:
            word = t.lemma_.lower()
            if word not in _KIN or t.tag_ != "NN":
                continue
            named = next((c for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None) or _name_after(t)
            if named is None:
                continue
            named = _last_of_name(named)
            if all(n.lower_ != named.lower_ or doc[n.i - 1].lower_ != doc[named.i - 1].lower_ for n in kin.get(word, [])):
                kin.setdefault(word, []).append(named)
        doc.user_data["kin_names"] = kin
    return kin


def _last_of_name(tok):
    """The last word of the name a token opens ("Diane" of "Diane Berg" is "Berg")."""
    doc = tok.doc
    end = tok.i
    while end + 1 < len(doc) and doc[end + 1].ent_type_ == "PERSON" and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end]


def _identified_as(tok):
    """The name a person noun is given by "... was identified as X" ("The woman killed in Wednesday's shooting was
    identified as Renee Castillo", the noun the subject, or the subject of a clause that is; "identified the man who
    died as X", the noun the object), or None."""
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.dep_ in ("csubj", "csubjpass"):
        verb = verb.head  # the parser reads "The woman killed in ..." as a clause
    elif tok.dep_ == "dobj" and lemma(verb) == "identify":
        # "Police identified the man who died as Brandon Leeds": the "as" after the noun, wherever the parser hangs it
        as_ = next((a for a in verb.subtree if a.i > tok.i and a.lower_ == "as" and a.dep_ == "prep"), None)
        return next((p for p in as_.children if p.dep_ == "pobj" and (p.ent_type_ == "PERSON" or _unlabelled_name(p))),
                    None) if as_ is not None else None
    elif tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if lemma(verb) != "identify":
        return None
    return next((p for c in verb.children if c.lower_ == "as" for p in c.children
                 if p.dep_ == "pobj" and (p.ent_type_ == "PERSON" or _unlabelled_name(p))), None)


_POLICE_WORDS = {"police", "sheriff", "sheriff's", "patrol", "transit", "policeman", "policemen", "policewoman", "cop", "cops"}
_ARMY_WORDS = {"army", "military", "navy", "soldier", "soldiers", "troops", "militia", "rebel", "rebels"}


def police_before(tok) -> bool:
    """'police officer', or a bare 'the officer' in a report that speaks of the police ("A police officer
    was wounded ... The officer was shot in the leg", "Officer shot dead" over a story of "a policeman": one
    officer, of one party).  The casualty rules ask it too of the officers they count ("an officer and a bystander
    were injured ... The officer was hit in the arm": one party, so one officer)."""
    near = {t.lower_ for t in tok.doc[max(0, tok.i - 3):tok.i]}
    if near & _POLICE_WORDS:
        return True
    return not near & _ARMY_WORDS and _speaks_of_police(tok.doc)


def _speaks_of_police(doc) -> bool:
    if "speaks_of_police" not in doc.user_data:
        doc.user_data["speaks_of_police"] = any(t.lower_ in _POLICE_WORDS for t in doc)
    return doc.user_data["speaks_of_police"]


_POLICE_TITLES = {"officer", "deputy", "trooper", "sgt.", "sergeant", "cpl.", "patrolman", "detective", "lt."}


def _party_of_title(tok) -> str:
    """'Officer Ron Pike', 'Sgt. Pike': police where a police title opens the name's own phrase, in the three words
    before it; not a title before a verb of which the name is the object ("An officer fatally shot Cantrell": the
    shooter's title, not the victim's)."""
    words = tok.doc[max(0, tok.i - 3):tok.i]
    verb = max((t.i for t in words if t.pos_ in ("VERB", "AUX", "ADP")), default=None)
    before = {t.lower_ for t in words if verb is None or t.i > verb}
    if before & _POLICE_TITLES:
        return "police"
    return "civilians"


def _who_clause_before(tok):
    """'found a man who had been struck several times in the chest, and who had no pulse': the "who" of an earlier
    relative clause in the sentence, where the parser hangs a second "who" clause on the main verb; or None."""
    return next((t for t in reversed(tok.doc[tok.sent.start:tok.i]) if t.lower_ == "who"
                 and t.head.dep_ in ("relcl", "acl") and t.head.head is not t.head), None)
