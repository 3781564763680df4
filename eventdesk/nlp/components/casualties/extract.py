"""The cascade that turns a parsed document into raw casualty claims (``extract_claims``).

For each sentence: read each quantity's party and outcome, share a trigger along a coordinated list, drop the
counts that are restated, agents, or no toll, add the persons a count's words take in, then the persons told one
by one (``nlp.victims``), and adjust the sentence's claims against each other; last, the rules over the whole
document (the shooter's dead, rites, a headline's additions).  The order of the rules lives here; the rules
themselves live in the sibling modules.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from ...doctext import doc_text, span_text
from ...raw_claims import RawClaim, lemma as _lemma
from ...victims import (
    ALIVE, SHOOTER, People, a_kind_of_hurt, counterfactual, died_of_illness, earlier_at_the_same_place,
    earlier_of_another, first_told, on_the_record, says_alive, superseded, victim_claims,
)
from ...numbers import Quantity, find_quantities
from .triggers import TRIGGERS, _active_agent, _FATALLY, _trigger_name
from .headline import _bare_person_before, _headline_adds, _headline_the_text_misses
from .phrase import _a_part, _after_ages, _np_head, _past_modifiers
from .party import _antecedent_party, _ELLIPSIS, _noun_party, _party
from .outcome import (
    _outcome_left, _outcome_right, _past_a_joined_person, _revised_figure, _victim_of_its_own, _victims_counted,
    _weak_right,
)
from .no_toll import (
    _a_total_of_a_town_or_period, _after_one_of_several, _age_predicate, _an_alternative, _bare_age,
    _compared_incident, _deceased_of_no_told_cause, _earlier_place_clause, _either_outcome, _grieving, _hit_a_thing,
    _intended, _negated, _over_several_shootings,
    _RECENT_PERFECT, _SINCE_BEGAN, _SINCE_PERFECT, _a_distance, _of_an_earlier_year, _since_the_last,
    _perfect_over_a_stretch, _tally, _whenever, struck_among_things,
)
from .rites import _mourned_elsewhere
from .parts import _breakdown_parent, _group_told_before, _restated, _some_of_them_died, _sum_coordinated, _survivors_of_the_dead
from .persons import _apart_in_one_sentence, _described, _nth_person, _pronoun_of_a_description
from .added_persons import (
    OTHERS_HIT, both_were_hit, _also_hit, _aged_person_joined_before, _another_at_another_time, _along_with, _hit_too,
    _joined_persons, _kin_before, _multiple, _object_joined_before, _person_and_a_count, _the_person_joined_before,
    _besides_a_described_name, _name_before_a_list, _name_joined_before, _one_more, _others_besides,
)
from .later_deaths import all_of_them_died
from ...victims.deaths import homicide_investigated
from .shooter import _and_then_himself, _himself_and_another, _killed_by_the_shooter, _the_shooter_by_his_tie


def extract_claims(doc: Doc) -> list[RawClaim]:
    """The raw casualty claims of a parsed document: each sentence's claims, then the rules over the whole document."""
    # generic actors ("gunmen" as Unidentified Armed Group) name perpetrators, not parties of a toll
    actor_spans = [(m.start, m.end, m.name) for m in doc._.actor_mentions if m.kind != "generic"]
    claims: list[RawClaim] = []
    people = People()
    active: set[int] = set()  # where counts of the dead made by a killer's own verb begin ("killing two")
    first_told_claims: list[RawClaim] = []  # counts told only as a first account ("police first said two were hurt")
    earlier_names: set[str] = set()  # the persons named in the last sentence of an earlier year
    for s_i, sent in enumerate(doc.sents):
        earlier_names = _of_an_earlier_incident(doc, sent, earlier_names)
        if earlier_names:
            continue  # "August 1982: Eight people killed at a welding shop": an earlier incident's, counts and persons
        _add_sentence_claims(doc, sent, s_i, actor_spans, claims, people, active, first_told_claims)
    # a first account's figure stands where the report gives no other of its outcome (not where it corrects it)
    claims.extend(c for c in first_told_claims if not any(k.outcome == c.outcome for k in claims))
    _killed_by_the_shooter(doc, claims, active)
    _the_original_telling(doc, claims)
    claims = _mourned_elsewhere(doc, claims)
    claims = _compared_incident(doc, claims)
    claims = _deceased_of_no_told_cause(doc, claims)
    if not any(c.outcome == "killed" for c in claims) and (homicide := homicide_investigated(doc)) is not None:
        claims.append(homicide)  # "police are investigating a homicide" and nobody else told dead: one death
    if doc.user_data.get("headline_numbers_only"):
        claims = _headline_adds(doc, claims)
    # "Clerk shot by man who fled" over "fired at the clerk, missing him"
    claims = _headline_the_text_misses(doc, claims)
    return claims


# the head of a web story's first version kept below its update: "Originally reported: ...", "ORIGINAL STORY: ..."
_ORIGINAL_TELLING = re.compile(r"(?im)^[ \t]*(?:originally reported|original (?:story|report|post)|previously|"
                               r"previous (?:story|report))[ \t]*:")


def _the_original_telling(doc: Doc, claims: list[RawClaim]) -> None:
    """'UPDATE: Police say the man shot on Ash Street has died ... Originally reported: A man was injured in a
    shooting on Ash Street': below its update a web story keeps its first version, whose person hit is the one the
    update tells dead (not one more, as a description beside an unnamed dead would be).  The one person the first
    version describes hit, where the update above it tells one unnamed person dead, is keyed as that one."""
    m = _ORIGINAL_TELLING.search(doc_text(doc))
    if m is None or not any(c.outcome == "killed" and c.num_start < m.start() and c.victim is not None
                            and c.victim.startswith("unnamed") for c in claims):
        return
    described = {c.victim for c in claims if c.num_start >= m.end() and c.victim and " @s" in c.victim}
    if len(described) != 1:
        return  # (two persons the first version describes may be two, whatever the update tells)
    for j, c in enumerate(claims):
        if c.victim in described and c.outcome == "wounded":
            claims[j] = replace(c, victim="unnamed")


def _of_an_earlier_incident(doc: Doc, sent: Span, earlier_names: set[str]) -> set[str]:
    """The persons named in ``sent`` when it tells an earlier incident (``_of_an_earlier_year``), or when it goes on
    about one the sentence before told, naming one of its persons again ("In the summer of 2013, Pedro Vale went on
    a rampage, killing six neighbors.  Vale was shot dead by SWAT officers"), the empty name alone where an earlier
    one names nobody; else none (an empty set).  A sentence that names nobody of the earlier one is the report's
    again."""
    if _of_an_earlier_year(doc, sent):
        return _persons_named(sent) or {""}
    if not earlier_names:
        return set()  # (most sentences: no earlier incident the sentence before told, and no token need be read)
    # (named again, a name the tagger may no longer take for a person's: any capitalised word will do)
    again = {t.lower_ for t in sent if t.text[:1].isupper() and t.is_alpha} & earlier_names
    return _persons_named(sent) | again if again else set()


def _persons_named(sent: Span) -> set[str]:
    return {t.lower_ for t in sent if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"}


def _add_sentence_claims(doc: Doc, sent: Span, s_i: int, actor_spans, claims: list[RawClaim], people: People,
                         active: set[int], first_told_claims: list[RawClaim]) -> None:
    """Adds a sentence's claims to ``claims``: its counts, the persons it tells one by one, and the adjustments of
    the ones against the others (a count told only as a first account goes to ``first_told_claims``)."""
    first = len(claims)  # the sentence's own claims are claims[first:]
    quantities = find_quantities(sent)
    info = [_party(doc, q, sent, actor_spans) for q in quantities]
    right = _outcomes_after(doc, sent, quantities, info)
    coordinated = _share_coordinated_triggers(doc, sent, quantities, info, right)
    sent_claims, used, claim_of = _add_count_claims(doc, sent, s_i, quantities, info, right, coordinated, claims, people, active,
                                                    first_told_claims)
    _some_of_them_died(doc, sent, s_i, quantities, claims, claim_of)
    _survivors_of_the_dead(doc, sent, s_i, quantities, claims, claim_of, first)  # "Two of those reported dead survived"
    if doc.user_data.get("headline_numbers_only") and sent.end <= doc.user_data.get("title_end", 0):
        # a headline put before the text (api._toll_headline) counts only numbers: its persons, told in a
        # word, lose who they were ("Deputies kill armed man": a suspect) and when ("Man shot where cousin
        # was killed")
        persons = []
    else:
        # (whom an earlier sentence told hit: one found dead by his own hand after them is the shooter)
        people.hit_told = any(c.outcome in ("killed", "wounded") and c.sent < s_i for c in claims)
        persons = victim_claims(doc, sent, s_i, used, people)
        persons = _the_shooter_by_his_tie(doc, sent, s_i, persons, claims)  # "... and then himself. The father died."
    _others_besides(doc, quantities, info, claims, claim_of, persons, coordinated)
    claims.extend(_multiple(doc, sent, s_i))
    claims.extend(_deceased_of_each_sex(sent, s_i, claims, first))
    joined = _joined_by_and(doc, quantities, info, claims, claim_of, coordinated)
    _sum_coordinated(claims, coordinated | joined, claim_of, joined)
    _apart_in_one_sentence(claims, sent_claims)
    persons = _another_at_another_time(doc, claims, first, persons)
    persons = _one_more(doc, claims, first, persons)
    persons = _person_and_a_count(doc, claims, first, persons)
    persons = _also_hit(doc, claims, first, persons, s_i)
    persons = _pronoun_of_a_description(doc, claims, first, persons)
    claims.extend(persons)
    all_of_them_died(doc, sent, s_i, claims, first)  # "Two men were shot ... Both died": the count before
    both_were_hit(doc, sent, s_i, claims)  # "A man was shot ... a woman was also shot. Both were taken to a hospital"


# the words of a person that "deceased" may carry as its adjectives: "found a male and female deceased"
_OF_A_SEX = {"male", "female", "man", "woman"}


def _deceased_of_each_sex(sent: Span, s_i: int, claims: list[RawClaim], first: int) -> list[RawClaim]:
    """'officers found a male and female deceased inside the residence': the parser makes "deceased" the noun, with
    the persons of each sex its adjectives; one dead for each ("a
    deceased female" is read as a count; whether its cause is told is ``_deceased_of_no_told_cause``'s), unless a
    claim already counts them."""
    if "deceased" not in span_text(sent).lower():
        return []
    out = []
    for tok in sent:
        if tok.lower_ != "deceased":
            continue  # (whatever its label: the parser hangs "a male and female deceased inside" anywhere)
        sexes = [c for c in tok.children if c.dep_ == "amod" and c.lower_ in _OF_A_SEX and c.i < tok.i]
        sexes += [j for c in sexes for j in c.children if j.dep_ == "conj" and j.lower_ in _OF_A_SEX]
        start = min(t.i for t in tok.subtree if t.i <= tok.i)
        a, b = sent.doc[start].idx, tok.idx + len(tok.text)
        if len(sexes) >= 2 and not any(c.outcome == "killed" and a <= c.num_start < b for c in claims[first:]):
            out.append(RawClaim(sent=s_i, outcome="killed", party=None, count=len(sexes), qualifier="exact",
                                num_start=a, num_end=b, trigger="deceased"))
    return out


def _outcomes_after(doc: Doc, sent: Span, quantities: list[Quantity], info) -> list[tuple[str | None, int]]:
    """(outcome, trigger index) of the trigger after each quantity that counts people, else (None, -1)."""
    n = len(quantities)
    return [
        _outcome_right(doc, info[k][2], sent, quantities[k + 1] if k + 1 < n else None, quantities[k].end) if info[k][1] else (None, -1)
        for k in range(n)
    ]


def _share_coordinated_triggers(doc: Doc, sent: Span, quantities: list[Quantity], info, right) -> set[int]:
    """The quantities that take the trigger of the next one (``right`` and ``info`` are updated in place)."""
    # "23 members of X and 39 Y fighters have been killed": a coordinated list shares the trigger after it
    coordinated: set[int] = set()
    for k in range(len(quantities) - 2, -1, -1):
        if right[k][0] is None and right[k + 1][0] is not None and info[k][1] \
                and doc[right[k + 1][1]].lower_ not in _FATALLY:  # not "shot six people, one fatally"
            # (past the ages of the first part: "three men, ages 15, 18 and 22, and three women")
            between = {t.lower_ for t in doc[_after_ages(doc, info[k][2], sent):quantities[k + 1].start]}
            if between and between <= {"and", ",", "as", "well", "plus", "while"} \
                    and not (between == {","} and _group_a_part_is_of(doc, quantities[k])):
                right[k] = right[k + 1]
                coordinated.add(k)
                # "5 FC personnel and 1 officer were killed": each is a part, none is the total
                for j in (k, k + 1):
                    if info[j][0] is None:
                        info[j] = (_noun_party(doc, quantities[j], info[j][2]), info[j][1], info[j][2])
    return coordinated


def _joined_by_and(doc: Doc, quantities: list[Quantity], info, claims: list[RawClaim], claim_of: dict[int, int],
                   coordinated: set[int]) -> set[int]:
    """'A gunman wounded two men and three women', 'found an injured girl and an injured woman': two counts of the same
    outcome that only an "and" joins, each with its trigger before it or its own, are parts of one list that add up
    (as ``_share_coordinated_triggers``'s lists do that share the trigger after them)."""
    joined = set()
    for k in range(len(quantities) - 1):
        a, b = claim_of.get(k), claim_of.get(k + 1)
        if k in coordinated or a is None or b is None:
            continue
        ca, cb = claims[a], claims[b]
        # (the second may be one person told by a description: "wounded three women and one man", "killed two men and
        # a woman": one more than the count, not one of them)
        if ca.outcome != cb.outcome or ca.party != cb.party or ca.victim or cb.victim and not (
                cb.count == 1 and cb.victim.startswith(("a ", "an "))) or ca.total_of is not None \
                or cb.total_of is not None:
            continue
        # (the count's noun may lie past where its phrase was read to end: "an" of "an injured girl")
        head = doc[quantities[k].start].head
        end = max(info[k][2], head.i + 1 if head.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else 0)
        if [t.lower_ for t in doc[end:quantities[k + 1].start]] == ["and"]:
            joined.add(k)
    return joined


def _group_a_part_is_of(doc: Doc, q: Quantity) -> bool:
    """'Of the five men, two are in critical condition': a count after "of the" set off by a comma names the group the
    next count is a part of; the two are no list whose parts add up."""
    return q.start >= 2 and doc[q.start - 1].lower_ in ("the", "those", "these") and doc[q.start - 2].lower_ == "of"


def _add_count_claims(doc: Doc, sent: Span, s_i: int, quantities: list[Quantity], info, right, coordinated: set[int],
                      claims: list[RawClaim], people: People, active: set[int],
                      first_told_claims: list[RawClaim]) -> tuple[list[int], set[int], dict[int, int]]:
    """Adds a claim for each quantity that counts this incident's dead or hurt, with the shooter who shot himself
    too; a count told only as a first account ("police first said two were wounded") goes to ``first_told_claims``.
    Returns (the indices of the counts' claims, the token indices they take up, quantity -> claim index)."""
    first = len(claims)
    done: list[tuple[Quantity, int]] = []
    sent_claims: list[int] = []
    used: set[int] = set()
    claim_of: dict[int, int] = {}
    restated = _restated(doc, quantities, info, right)
    no_toll: list[Quantity] = []  # the counts dropped as no toll of this incident (tallies, other incidents)
    for k, q in enumerate(quantities):
        party, is_people, np_end = info[k]
        if not is_people or k in restated or _no_count_of_victims(doc, q, sent, party, np_end) or _part_of(doc, q, no_toll) \
                or _group_told_before(doc, q, s_i, claims):
            continue
        parent = _breakdown_parent(doc, q, done, claims)
        outcome, at = _outcome_of(doc, sent, k, quantities, info, right, parent, claims)
        if outcome is not None and _no_toll(doc, q, at, sent):
            if parent is None and at >= 0 and first_told(doc[at]) and not _no_toll(doc, q, at, sent, first_accounts=False) \
                    and not _lone_one(doc, q, at, sent, np_end, k in coordinated):
                first_told_claims.append(_count_claim(doc, sent, s_i, k, quantities, np_end, outcome, at, None, party))
            no_toll.append(q)
            continue
        if outcome is None or _lone_one(doc, q, at, sent, np_end, k in coordinated) \
                or _in_a_clause_of_the_subject(doc, q, np_end, at):
            continue
        if party == _ELLIPSIS:
            party = claims[sent_claims[-1]].party if sent_claims else _antecedent_party(doc, info, k)
        # (whether the report counted persons hit before: "a third man ... died" after "two men were wounded" is the
        # third person, not the third dead)
        hit_counted = any(c.outcome == "wounded" and c.victim is None and c.total_of is None for c in claims)
        claims.append(_count_claim(doc, sent, s_i, k, quantities, np_end, outcome, at, parent, party, hit_counted,
                                   summed_with_before=k - 1 in coordinated, summed_with_next=k in coordinated))
        this = len(claims) - 1
        if outcome == "killed" and at >= 0 and _active_agent(doc[at]):
            active.add(claims[this].num_start)
        if at >= 0:
            _add_the_shooter(doc, sent, s_i, doc[at], outcome, claims, first, this, people)
        done.append((q, this))
        claim_of[k] = this
        sent_claims.append(this)
        if at >= 0:
            used.update(range(min(q.start, at), max(np_end, at) + 1))
    return sent_claims, used, claim_of


def _object_of_a_clause_verb(doc: Doc, q: Quantity, np_end: int, verb_at: int) -> bool:
    """'A gunman who wounded two officers and two bystanders was killed': the counted noun (or a noun joined to it by
    "and") is the direct object of the verb at ``verb_at``, a verb of a relative clause ("who wounded"), so that the
    verb tells what befell the persons counted and the main verb after them is the antecedent's."""
    verb = doc[verb_at]
    if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb_at >= q.start:
        return False
    noun = _np_head(doc, q.end, np_end)
    while noun is not None and noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    return noun is not None and noun.dep_ == "dobj" and noun.head.i == verb.i


def _in_a_clause_of_the_subject(doc: Doc, q: Quantity, np_end: int, at: int) -> bool:
    """'A man who ran from police and fired at an officer was wounded when the officer returned fire': the counted
    noun sits in a relative clause of the trigger's subject, whose verbs hurt nobody ("fired at", "ran from",
    "was with"), so the trigger tells what befell the subject, not the persons counted.  Not where a verb of the
    clause hurts them ("a gunman who wounded an officer was killed", "the man, who was shot along with two others,
    died"): those are counted by that verb."""
    if at < 0:
        return False
    noun, trigger = _np_head(doc, q.end, np_end), doc[at]
    clause = []
    while noun is not None and noun.head.i != noun.i and noun.i != at:
        noun = noun.head
        if noun.pos_ in ("VERB", "AUX"):
            clause.append(noun)
        if noun.dep_ == "relcl":
            subject = noun.head
            while subject.dep_ == "conj" and subject.head.i < subject.i:
                subject = subject.head
            return subject.head.i == at and subject.dep_ in ("nsubj", "nsubjpass") \
                and not any(TRIGGERS.get(_lemma(v)) in ("killed", "wounded") or _lemma(v) in _HIT_WORDS for v in clause)
    return False


def _no_count_of_victims(doc: Doc, q: Quantity, sent: Span, party: str | None, np_end: int) -> bool:
    """A number of people that counts no victims: their ages (said of them, or set off after them), or the agent of
    a passive."""
    if _age_predicate(doc, q, np_end) or _bare_age(doc, q, np_end, sent):
        return True  # "the dead men were 22 and 25", "the wounded men, 19, 24 and 31, were taken": their ages
    # "the man who was shot by a police officer has died": the agent
    return q.start > sent.start and doc[q.start - 1].lower_ == "by" and party != _ELLIPSIS \
        or _a_group_fired_on(doc, q) or _in_front_of(doc, q, sent)


# the words that may stand between "in front of" and the count: "in front of his three younger brothers"
_BEFORE_A_COUNT = {"his", "her", "their", "the", "its", "a", "some"}


def _in_front_of(doc: Doc, q: Quantity, sent: Span) -> bool:
    """'shot the boy in front of two friends', 'was killed in front of his three younger brothers', 'wounded in
    front of dozens of people': the persons a shooting happened in front of saw it; they are no victims (a person hit
    is told as the object of the hit, not after "in front of")."""
    j = q.start
    while j > sent.start and doc[j - 1].lower_ in _BEFORE_A_COUNT:
        j -= 1
    return j - 3 >= sent.start and [t.lower_ for t in doc[j - 3:j]] == ["in", "front", "of"]


# the nouns of those present that shots were fired on, and the verbs that fire them
_GROUPS = {"group", "crowd", "gathering"}
_FIRE_VERBS = {"shoot", "fire", "open", "spray"}


def _a_group_fired_on(doc: Doc, q: Quantity) -> bool:
    """'shot into a group of four teenagers, fatally striking a 16-year-old', 'opened fire on the group of three men
    and a woman and fatally struck NAME': the persons of a group that shots were fired into, on or at are those
    present, not those hit (the persons hit are told apart)."""
    tok = doc[q.start]
    for _ in range(5):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if _lemma(tok) in _GROUPS and tok.dep_ == "pobj" \
                and tok.head.lower_ in ("into", "on", "at", "toward", "towards") and _lemma(tok.head.head) in _FIRE_VERBS:
            return True
    return False


# the words after "of" that take a part of the count before: "three of them", "213 of those", "two of whom"
_OF_THOSE = {"them", "those", "whom", "these"}


def _part_of(doc: Doc, q: Quantity, no_toll: list[Quantity]) -> bool:
    """'At least 11 people were shot across the city over the weekend, three of them fatally', '1,254 people were
    shot in the city, and 213 of them died', 'a weekend in which 23 people were shot, four fatally': a part of a count
    dropped as no toll is no toll either."""
    if not no_toll or no_toll[-1].end > q.start or q.end + 1 >= len(doc):
        return False
    if doc[q.end].lower_ in _FATALLY:
        return q.start > 0 and doc[q.start - 1].text == ","  # (the part told right after the count: ", four fatally")
    return doc[q.end].lower_ == "of" and doc[q.end + 1].lower_ in _OF_THOSE


# nouns of a death that name their dead with "of": "the death of a man found shot", "the slaying of a woman wounded"
_DEATH_OF = {"death", "killing", "slaying", "murder"}


def _death_of_the_count(doc: Doc, q: Quantity) -> bool:
    """'The medical examiner ruled the death of a man found shot in an alley a homicide': the hit told after the
    person ("found shot") is the wound that killed him, the death noun before "of" tells his outcome (not "the
    attempted murder of a man", "the near death of a boy")."""
    if q.start < 2 or doc[q.start - 1].lower_ != "of" or _lemma(doc[q.start - 2]) not in _DEATH_OF:
        return False
    noun = doc[q.start - 2]
    return noun.pos_ == "NOUN" and not any(c.lower_ in ("attempted", "near", "nearly") for c in noun.children)


def _outcome_of(doc: Doc, sent: Span, k: int, quantities: list[Quantity], info, right, parent: int | None,
                claims: list[RawClaim]) -> tuple[str | None, int]:
    """(outcome, trigger index) of the k-th quantity: the trigger after it, a body, the total it breaks down, the
    trigger before it, or the victims it counts; (None, ...) where it tells none of this incident's."""
    q = quantities[k]
    np_end = info[k][2]
    outcome, at = right[k]
    if q.start >= 2 and doc[q.start - 1].lower_ == "of" and _lemma(doc[q.start - 2]) in ("body", "corpse", "remains"):
        outcome, at = "killed", q.start - 2  # "the body of a regime fighter with gunshot wounds"
    if doc[np_end - 1].tag_ == "POS" and np_end < sent.end and _lemma(doc[np_end]) in ("body", "corpse", "remains"):
        outcome, at = "killed", np_end  # "after a man's body is found"
    if outcome == "wounded" and _death_of_the_count(doc, q):
        outcome, at = "killed", q.start - 2  # "ruled the death of a man found shot in an alley a homicide"
    if outcome is None and parent is not None:
        outcome = claims[parent].outcome
    if outcome is not None and parent is None and _weak_right(doc, at, np_end):
        # "recaptured 89 inmates who escaped", "detained 104 escaped inmates": the verb before wins
        left = _outcome_left(doc, q, sent, np_end)
        # (not "the person killed and the three wounded people": that verb is the person's)
        if left[0] is not None and left[1] >= q.start - 3 \
                and not any(t.lower_ in ("and", "or", ",") for t in doc[left[1] + 1:q.start]):
            outcome, at = left
    if outcome is not None and parent is None and at >= np_end and q.value >= 2:
        # "a gunman who wounded two officers and two bystanders was shot and killed by police": the count is the
        # object of a trigger verb in a relative clause, and the trigger after it tells what befell the clause's
        # antecedent.  (Counts of two or more: a lone "a clerk" is left to the rules of persons told one at a time.)
        left = _outcome_left(doc, q, sent, np_end)
        if left[0] is not None and _object_of_a_clause_verb(doc, q, np_end, left[1]):
            outcome, at = left
    if outcome is None:
        outcome, at = _outcome_left(doc, q, sent, np_end)
        if parent is None and 0 <= at < q.start and any(right[j][1] == at for j in range(k)) \
                and any(t.text == "," or t.lower_ in ("and", "but", "while") for t in doc[at + 1:q.start]) \
                and not any(t.lower_ in ("also", "too") for t in doc[q.end:min(sent.end, q.end + 12)]):
            return None, at  # "one dead, two critical": the trigger before is the earlier count's, in its own clause
        if parent is None and 0 <= at < q.start and _victim_of_its_own(doc, at) \
                and any(t.text == "," for t in doc[at + 1:q.start]):
            return None, at  # "Woman killed in accidental shooting, 3 people arrested": the trigger is hers
    if outcome is None and parent is None and (struck := struck_among_things(doc, _np_head(doc, q.end, np_end))) >= 0:
        outcome, at = "wounded", struck  # "Gunfire hit two houses, a parked van and three people"
    if outcome is None and parent is None:
        outcome, at = _victims_counted(doc, q, np_end)
    if outcome is None and parent is None:
        outcome, at = _revised_figure(doc, q, sent, claims)  # "The number was later revised down to four"
    return outcome, at


def _no_toll(doc: Doc, q: Quantity, at: int, sent: Span, first_accounts: bool = True) -> bool:
    """A count that is no toll of this incident: negated, intended, of an earlier place, a tally, a grief, rounds that
    hit a thing, a count of either outcome, a counterfactual, an earlier death of another (or at the same place), an
    earlier crime of the accused on his record, a first account the report corrects (unless ``first_accounts`` is false: the other reasons alone)."""
    if _negated(doc, q, at, sent) or _intended(doc, at) or _earlier_place_clause(doc, at) or _tally(doc, at) \
            or _since_the_last(doc, at) or _over_several_shootings(doc, at) or _a_total_of_a_town_or_period(doc, at) \
            or _whenever(doc, q, sent) or _grieving(doc, at) or _hit_a_thing(doc, at) or _either_outcome(doc, at) \
            or _an_alternative(doc, q, at) or _a_distance(doc, q) or _after_one_of_several(doc, q, sent) \
            or (at >= 0 and (counterfactual(doc[at]) or a_kind_of_hurt(doc[at]) or died_of_illness(doc[at])
                             or earlier_of_another(doc[at]) or on_the_record(doc[at])
                             or (first_accounts and superseded(doc[at]))
                             or earlier_at_the_same_place(doc[at]))):
        return True
    # "since the rampage at Sandy Hook, at least 555 children have been killed": a tally (not "have
    # been killed since the attack began": this incident's toll)
    if q.value >= 10 and _SINCE_PERFECT.search(span_text(sent)) and not _SINCE_BEGAN.search(span_text(sent)):
        return True
    # "the judge noted that 60 children have been shot in the city in recent weeks": a tally of recent weeks
    return bool(_RECENT_PERFECT.search(span_text(sent))) or _perfect_over_a_stretch(doc, q, sent)


def _lone_one(doc: Doc, q: Quantity, at: int, sent: Span, np_end: int, coordinated: bool) -> bool:
    """A lone "a man"/"one" with no trigger close by is no claim; the trigger is measured from past a person joined to
    him ("A 24-year-old man and his 15-year-old nephew were shot and killed": near)."""
    # (a part is counted from past a description set off after it: "One of them, a 24-year-old man, died")
    end = _past_modifiers(doc, np_end, sent) if _a_part(doc, q) else _past_a_joined_person(doc, np_end, sent, None)
    return q.value == 1 and q.qualifier == "exact" and at >= 0 and not coordinated and (
        at - end > 8 or q.start - at > 6) \
        and struck_among_things(doc, _np_head(doc, q.end, np_end)) != at  # ("striking two cars, a fence and a man")


# the triggers of a count of the hit that may hold the dead (reconcile takes them out), as ``_trigger_name`` gives them
_HIT_WORDS = {"shoot", "shot", "hit", "strike"}
# the verbs of a death told as such, whose subject "a fifth person" numbers the dead (not "a third man was found
# dead", who numbers the persons told)
_DIED = {"die", "succumb", "perish"}


def _count_claim(doc: Doc, sent: Span, s_i: int, k: int, quantities: list[Quantity], np_end: int, outcome: str, at: int,
                 parent: int | None, party: str | None, hit_counted: bool = False, summed_with_before: bool = False,
                 summed_with_next: bool = False) -> RawClaim:
    """The claim of the k-th quantity, with the persons joined to it that have no number of their own.
    ``hit_counted``: the report counted persons hit before it; ``summed_with_before``: the quantity before is a part
    of the same list, which the coordination rules add to this one ("A 17-year-old boy, a 35-year-old woman and a
    44-year-old man": the boy is counted already, not one more before a list); ``summed_with_next``: this quantity is
    such a part and shares the next one's trigger, whose "along with" that last part counts ("A man and a woman were
    shot along with their son": three, not four)."""
    q = quantities[k]
    num = doc[q.num_start:q.end]
    next_q = quantities[k + 1] if k + 1 < len(quantities) else None
    joined = _joined_persons(doc, q, np_end, next_q) if parent is None else 0
    joined += (_bare_person_before(doc, q, sent) + (0 if summed_with_next else _along_with(doc, at, sent, outcome))
               + _kin_before(doc, q, np_end)
               + (0 if summed_with_before else _name_before_a_list(doc, q, np_end)) + _name_joined_before(doc, q, np_end)
               + _aged_person_joined_before(doc, q, np_end) + _the_person_joined_before(doc, q, np_end)
               + (_object_joined_before(doc, q, np_end) if outcome == "wounded" else 0)) if parent is None else 0
    # "the slain teen, Tyrese Banks, and two friends were killed": the slain one besides the count is one more dead (of
    # those hit he is none: see the OTHERS_HIT below)
    joined += int(parent is None and outcome == "killed" and _besides_a_described_name(doc, q, np_end))
    claim = RawClaim(
        sent=s_i, outcome=outcome, party=party, count=q.value + joined, qualifier=q.qualifier,
        num_start=num.start_char, num_end=num.end_char, total_of=parent,
        trigger=ALIVE if outcome == "wounded" and says_alive(sent) else _trigger_name(doc, at),
        victim=_described(doc, q, np_end, sent) if parent is None and not joined else None,
    )
    nth = _nth_person(doc, q, sent) if parent is None and not joined else 0
    if nth and outcome == "killed" and not hit_counted \
            and any(_lemma(t) in _DIED and t.pos_ in ("VERB", "AUX") for t in doc[q.end:sent.end]):
        # "A fifth person has died from wounds suffered Saturday", "One man died ... and a second man ... died": the dead
        # number at least five, two (not after a count of the hit: "Two men were wounded ... a third man who was shot
        # in the arm died" is the third person)
        claim = replace(claim, count=nth, qualifier="at_least", victim=None)
    elif nth and outcome == "killed" and claim.victim and claim.victim.startswith(("a ", "an ")):
        # "One man was found dead and a second man ... was killed": one more person than those told before (not one
        # more dead: "a third man was found dead" may follow two men hurt)
        noun = claim.victim.split(" @")[0].split(",")[0].split(" ", 1)[1]
        claim = replace(claim, victim=f"another {noun} @{claim.num_start}")
    elif nth and outcome == "wounded":
        # "Two men were shot ... A third man was grazed": the persons hit number at least three, perhaps some
        # of them fatally (reconcile takes the dead from them)
        claim = replace(claim, count=nth, qualifier="at_least", trigger="shoot", victim=None)
    elif outcome == "wounded" and at >= 0 and claim.trigger in _HIT_WORDS \
            and (_hit_too(doc[at]) or (parent is None and _besides_a_described_name(doc, q, np_end))):
        # "a man shot to death, along with two women who had been shot too", "the slain teen, Tyrese Banks, and two
        # friends were shot": none of the dead among them
        claim = replace(claim, trigger=OTHERS_HIT)
    return claim


def _add_the_shooter(doc: Doc, sent: Span, s_i: int, verb, outcome: str, claims: list[RawClaim], first: int, this: int,
                     people: People) -> None:
    """The shooter the count's verb says shot or killed himself too: one more of the hit or the dead."""
    if outcome == "wounded" and not any(c.num_start == verb.idx for c in claims[first:]):
        self_hit = _himself_and_another(verb, people, sent, s_i)
        if self_hit is not None and claims[this].victim is None:
            # "accidentally shot himself and his two sons": the count is of the others, he is one more
            claims[this] = replace(claims[this], count=claims[this].count + 1)
        elif self_hit is not None:
            claims.append(self_hit)
    if outcome == "killed" and _and_then_himself(verb) and not any(c.victim == SHOOTER for c in claims[first:]):
        # "killed his two children and then himself": the shooter, one more
        claims.append(RawClaim(sent=s_i, outcome=outcome, party="militants", count=1, qualifier="exact",
                               num_start=verb.idx, num_end=verb.idx + len(verb), trigger=_lemma(verb),
                               victim=SHOOTER))
