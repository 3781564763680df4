"""The cascade that turns a parsed document into raw casualty claims (``extract_claims``).

For each sentence: read each quantity's party and outcome, share a trigger along a coordinated list, drop the
counts that are restated, agents, or no toll, add the persons a count's words take in, then the persons told one
by one (``nlp.victims``), and adjust the sentence's claims against each other; last, the rules over the whole
document (the shooter's dead, rites, a headline's additions).  The order of the rules lives here; the rules
themselves live in the sibling modules.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...doctext import span_text
from ...raw_claims import RawClaim, lemma as _lemma
from ...victims import ALIVE, SHOOTER, People, earlier_of_another, counterfactual, says_alive, victim_claims
from ...numbers import Quantity, find_quantities
from .triggers import _active_agent, _FATALLY, _trigger_name
from .headline import _bare_person_before, _headline_adds
from .phrase import _a_part, _after_ages, _past_modifiers
from .party import _antecedent_party, _ELLIPSIS, _noun_party, _party
from .outcome import _outcome_left, _outcome_right, _victim_of_its_own, _victims_counted, _weak_right
from .no_toll import (
    _age_predicate, _earlier_place_clause, _grieving, _intended, _negated, _SINCE_BEGAN, _SINCE_PERFECT, _tally, _whenever,
)
from .rites import _mourned_elsewhere
from .parts import _breakdown_parent, _restated, _some_of_them_died, _sum_coordinated
from .persons import _apart_in_one_sentence, _described, _nth_person, _pronoun_of_a_description
from .added_persons import _along_with, _joined_persons, _kin_before, _multiple, _one_more, _others_besides
from .shooter import _and_then_himself, _himself_and_another, _killed_by_the_shooter


def extract_claims(doc: Doc) -> list[RawClaim]:
    # generic actors ("gunmen" as Unidentified Armed Group) name perpetrators, not parties of a toll
    actor_spans = [(m.start, m.end, m.name) for m in doc._.actor_mentions if m.kind != "generic"]
    claims: list[RawClaim] = []
    people = People()
    active: set[int] = set()  # where counts of the dead made by a killer's own verb begin ("killing two")
    for s_i, sent in enumerate(doc.sents):
        first = len(claims)  # the sentence's own claims are claims[first:]
        quantities = find_quantities(sent)
        n = len(quantities)
        info = [_party(doc, q, sent, actor_spans) for q in quantities]
        right: list[tuple[str | None, int]] = [
            _outcome_right(doc, info[k][2], sent, quantities[k + 1] if k + 1 < n else None, quantities[k].end) if info[k][1] else (None, -1)
            for k in range(n)
        ]
        # "23 members of X and 39 Y fighters have been killed": a coordinated list shares the trigger after it
        coordinated: set[int] = set()
        for k in range(n - 2, -1, -1):
            if right[k][0] is None and right[k + 1][0] is not None and info[k][1] \
                    and doc[right[k + 1][1]].lower_ not in _FATALLY:  # not "shot six people, one fatally"
                # (past the ages of the first part: "three men, ages 15, 18 and 22, and three women")
                between = {t.lower_ for t in doc[_after_ages(doc, info[k][2], sent):quantities[k + 1].start]}
                if between and between <= {"and", ",", "as", "well", "plus", "while"}:
                    right[k] = right[k + 1]
                    coordinated.add(k)
                    # "5 FC personnel and 1 officer were killed": each is a part, none is the total
                    for j in (k, k + 1):
                        if info[j][0] is None:
                            info[j] = (_noun_party(doc, quantities[j], info[j][2]), info[j][1], info[j][2])
        done: list[tuple[Quantity, int]] = []
        sent_claims: list[int] = []
        used: set[int] = set()
        claim_of: dict[int, int] = {}
        restated = _restated(doc, quantities, info, right)
        for k, q in enumerate(quantities):
            party, is_people, _ = info[k]
            if not is_people or k in restated:
                continue
            if _age_predicate(doc, q, info[k][2]):
                continue  # "the dead men were 22 and 25": their ages
            if q.start > sent.start and doc[q.start - 1].lower_ == "by" and info[k][0] != _ELLIPSIS:
                continue  # "the man who was shot by a police officer has died": the agent
            parent = _breakdown_parent(doc, q, done, claims)
            outcome, at = right[k]
            if q.start >= 2 and doc[q.start - 1].lower_ == "of" and _lemma(doc[q.start - 2]) in ("body", "corpse", "remains"):
                outcome, at = "killed", q.start - 2  # "the body of a regime fighter with gunshot wounds"
            np_end = info[k][2]
            if doc[np_end - 1].tag_ == "POS" and np_end < sent.end and _lemma(doc[np_end]) in ("body", "corpse", "remains"):
                outcome, at = "killed", np_end  # "after a man's body is found"
            if outcome is None and parent is not None:
                outcome = claims[parent].outcome
            if outcome is not None and parent is None and _weak_right(doc, at, info[k][2]):
                # "recaptured 89 inmates who escaped", "detained 104 escaped inmates": the verb before wins
                left = _outcome_left(doc, q, sent, info[k][2])
                # (not "the person killed and the three wounded people": that verb is the person's)
                if left[0] is not None and left[1] >= q.start - 3 \
                        and not any(t.lower_ in ("and", "or", ",") for t in doc[left[1] + 1:q.start]):
                    outcome, at = left
            if outcome is None:
                outcome, at = _outcome_left(doc, q, sent, info[k][2])
                if parent is None and 0 <= at < q.start and any(right[j][1] == at for j in range(k)) \
                        and any(t.text == "," or t.lower_ in ("and", "but", "while") for t in doc[at + 1:q.start]) \
                        and not any(t.lower_ in ("also", "too") for t in doc[q.end:min(sent.end, q.end + 12)]):
                    continue  # "one dead, two critical": the trigger before is the earlier count's, in its own clause
                if parent is None and 0 <= at < q.start and _victim_of_its_own(doc, at) \
                        and any(t.text == "," for t in doc[at + 1:q.start]):
                    continue  # "Woman killed in accidental shooting, 3 people arrested": the trigger is hers
            if outcome is None and parent is None:
                outcome, at = _victims_counted(doc, q, info[k][2])
            if outcome is None:
                continue
            if _negated(doc, q, at, sent) or _intended(doc, at) or _earlier_place_clause(doc, at) or _tally(doc, at) \
                    or _whenever(doc, q, sent) or _grieving(doc, at) \
                    or (at >= 0 and (counterfactual(doc[at]) or earlier_of_another(doc[at]))):
                continue
            if q.value >= 10 and _SINCE_PERFECT.search(span_text(sent)) and not _SINCE_BEGAN.search(span_text(sent)):
                # "since the rampage at Sandy Hook, at least 555 children have been killed": a tally (not "have
                # been killed since the attack began": this incident's toll)
                continue
            # a lone "a man"/"one" with no trigger close by is no claim
            # (a part is counted from past a description set off after it: "One of them, a 24-year-old man, died")
            if q.value == 1 and q.qualifier == "exact" and at >= 0 and k not in coordinated and (
                    at - (_past_modifiers(doc, info[k][2], sent) if _a_part(doc, q) else info[k][2]) > 8 or q.start - at > 6):
                continue
            if party == _ELLIPSIS:
                party = claims[sent_claims[-1]].party if sent_claims else _antecedent_party(doc, info, k)
            num = doc[q.num_start:q.end]
            joined = _joined_persons(doc, q, info[k][2], quantities[k + 1] if k + 1 < n else None) if parent is None else 0
            joined += (_bare_person_before(doc, q, sent) + _along_with(doc, at, sent) + _kin_before(doc, q, info[k][2])) \
                if parent is None else 0
            claims.append(RawClaim(
                sent=s_i, outcome=outcome, party=party, count=q.value + joined, qualifier=q.qualifier,
                num_start=num.start_char, num_end=num.end_char, total_of=parent,
                trigger=ALIVE if outcome == "wounded" and says_alive(sent) else _trigger_name(doc, at),
                victim=_described(doc, q, info[k][2], sent) if parent is None and not joined else None,
            ))
            this = len(claims) - 1
            nth = _nth_person(doc, q, sent) if outcome == "wounded" and parent is None and not joined else 0
            if nth:
                # "Two men were shot ... A third man was grazed": the persons hit number at least three, perhaps some
                # of them fatally (reconcile takes the dead from them)
                claims[this] = replace(claims[this], count=nth, qualifier="at_least", trigger="shoot", victim=None)
            if outcome == "killed" and at >= 0 and _active_agent(doc[at]):
                active.add(num.start_char)
            if outcome == "wounded" and at >= 0 and not any(c.num_start == doc[at].idx for c in claims[first:]):
                self_hit = _himself_and_another(doc[at], people, sent, s_i)
                if self_hit is not None and claims[this].victim is None:
                    # "accidentally shot himself and his two sons": the count is of the others, he is one more
                    claims[this] = replace(claims[this], count=claims[this].count + 1)
                elif self_hit is not None:
                    claims.append(self_hit)
            if outcome == "killed" and at >= 0 and _and_then_himself(doc[at]) and not any(c.victim == SHOOTER for c in claims[first:]):
                # "killed his two children and then himself": the shooter, one more
                claims.append(RawClaim(sent=s_i, outcome=outcome, party="militants", count=1, qualifier="exact",
                                       num_start=doc[at].idx, num_end=doc[at].idx + len(doc[at]), trigger=_lemma(doc[at]),
                                       victim=SHOOTER))
            done.append((q, this))
            claim_of[k] = this
            sent_claims.append(this)
            if at >= 0:
                used.update(range(min(q.start, at), max(info[k][2], at) + 1))
        _some_of_them_died(doc, sent, s_i, quantities, claims, claim_of)
        if doc.user_data.get("headline_numbers_only") and sent.end <= doc.user_data.get("title_end", 0):
            # a headline put before the text (api._toll_headline) counts only numbers: its persons, told in a
            # word, lose who they were ("Deputies kill armed man": a suspect) and when ("Man shot where cousin
            # was killed")
            persons = []
        else:
            persons = victim_claims(doc, sent, s_i, used, people)
        _others_besides(doc, quantities, info, claims, claim_of, persons)
        claims.extend(_multiple(doc, sent, s_i))
        _sum_coordinated(claims, coordinated, claim_of)
        _apart_in_one_sentence(claims, sent_claims)
        persons = _one_more(doc, claims, first, persons)
        persons = _pronoun_of_a_description(doc, claims, first, persons)
        claims.extend(persons)
    _killed_by_the_shooter(doc, claims, active)
    claims = _mourned_elsewhere(doc, claims)
    if doc.user_data.get("headline_numbers_only"):
        claims = _headline_adds(doc, claims)
    return claims
