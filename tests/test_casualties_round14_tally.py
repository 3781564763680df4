"""Per-report killed / injured figures, round fourteen: persons who add one more, and persons who are the same.

``eval/counts_check9.jsonl`` holds 100 invented reports (relatives and companions told by a possessive, hit or not
hit; datelines before "One of ..."; hurts of other causes inside a total; "another", "a second", "the other" that
refer back or add one; early figures the report corrects); the test below pins the scores this round reached on
it.  The focused tests use sentences written for them, each a rule's positive case and its near miss.  The figure
is the one the GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from eventdesk.nlp.victims.people import KIN_PREFIX as WRITTEN_KIN_PREFIX
from eventdesk.reconcile import KIN_PREFIX as COUNTED_KIN_PREFIX

from .tolls import check_set_scores, figures as _figures




def test_ninth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "9", rows=100)
    # both exact before this round: rules half 37 of 47, check half 36 of 53
    assert scores["rules"]["rows"] == 47 and scores["check"]["rows"] == 53
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


# after the round's rules (the check half rose to 41 with the seventeenth round's leftovers; 43 and 42 with the
# eighteenth round's persons missed; the rules half 44 with the twentieth session's victims read where none was, the check
# half 43 with its victims summed across sentences, 44 with the twenty-third session's dead told by the next ordinal)
RULES_BOTH = 45  # 44 -> 45 with the thirty-fifth session's one more victim who turns up
CHECK_BOTH = 46  # 43 -> 44 -> 45 with the twenty-third session, 46 with the twenty-seventh


def test_the_kin_key_is_spelled_alike_on_both_sides():
    # extraction writes the key, reconciliation counts it: one spelling
    assert WRITTEN_KIN_PREFIX == COUNTED_KIN_PREFIX


# -- a relative or companion told by a possessive beside another person hit is one more person

@pytest.mark.parametrize("text, expected", [
    # two clauses, one hit each
    ("A man was shot in the hip and his daughter was grazed outside their home on Pratt Street, police said.", (0, 2)),
    # a name and "her ..." listed
    ("Lena Ortiz and her boyfriend were wounded when someone fired at their car late Friday, police said.", (0, 2)),
    # "also" in a sentence of its own, the possessor a noun
    ("A teenager was shot in the arm outside a store on Monday, police said. The teen's cousin was also wounded.", (0, 2)),
    # the wife killed, her sister wounded: two women, not the one who died
    ("A man killed his wife and wounded her sister at a house on Vine Street, police said.", (1, 1)),
])
def test_a_relative_beside_another_hit_is_one_more(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the relative watched and was not hit
    ("A man was shot in the leg on Sunday while his wife watched from the doorway, police said.", (0, 1)),
    # a list of plain nouns was two persons already
    ("A man shot and killed his girlfriend and her father on Tuesday, police said.", (2, 0)),
    # the relative is named later: she, not a third person
    ("Rosa Diaz and her daughter were wounded in the shooting on Friday. Her daughter, Maria Diaz, 17, is in critical "
     "condition.", (0, 2)),
    # the shooter killed by police is none of the women he shot
    ("A man who shot his wife at their home was killed by police minutes later. The wife was shot in the back and is "
     "in critical condition.", (1, 1)),
    # relatives named by one surname: "her son" is one of them
    ("Tim Cole, 15, was wounded on Friday. Ann Cole, 40, was killed, and her son was also shot, police said.", (1, 1)),
])
def test_a_relative_not_hit_or_told_twice_adds_none(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "One was ... Another was ...": parts of a group told before

def test_one_then_another_are_parts_of_the_count(mentions_of):
    text = "Two women were shot on Friday night on Cass Avenue. One was hit in the shoulder. Another was grazed on the hand."
    assert _figures(mentions_of(text)) == (0, 2)


@pytest.mark.parametrize("text, expected", [
    # no group before: another man is one more
    ("A man was shot in the chest on Oak Street. Another man was shot in the arm, police said.", (0, 2)),
    # after a count, with no part told between: one more
    ("Two men were shot Friday on Oak Street. Police said another man was grazed by a bullet.", (0, 3)),
])
def test_another_after_no_part_still_adds(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "a third victim" after a count of two is one more; after a count of three, one of them

def test_the_next_ordinal_after_a_count_adds_one(mentions_of):
    text = ("Police said two people had been shot at a party on Elm Street early Sunday. A third victim later arrived at "
            "Mercy Hospital with a gunshot wound to the hand.")
    assert _figures(mentions_of(text)) == (0, 3)


def test_an_ordinal_within_the_count_adds_none(mentions_of):
    text = ("Three people were shot Sunday on Elm Street. A third victim later arrived at Mercy Hospital with a gunshot "
            "wound to the hand.")
    assert _figures(mentions_of(text)) == (0, 3)


# -- an early account the report sets aside

def test_an_early_report_answered_by_but_is_superseded(mentions_of):
    text = "Preliminary reports said five people were hurt, but police said Sunday that three people had been shot."
    assert _figures(mentions_of(text)) == (0, 3)


def test_an_early_report_not_set_aside_stands(mentions_of):
    text = "Early reports said four people were shot at the fair. All four were expected to recover."
    assert _figures(mentions_of(text)) == (0, 4)


# -- "One of the four people shot ... died" after a dateline, or where the parser hangs "One" elsewhere

@pytest.mark.parametrize("text, expected", [
    ("DAYTON — One of the four people shot Saturday night outside a bar died Sunday, police said.", (1, 3)),
    ("One of the three people shot Friday night outside a tavern died Saturday, police said.", (1, 2)),
])
def test_a_part_that_opens_the_sentence_died(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_a_part_that_opens_the_sentence_and_lives_is_no_death(mentions_of):
    text = "MACON, Ga. — One of the two men shot outside a gas station Friday remained in serious condition Sunday, police said."
    assert _figures(mentions_of(text)) == (0, 2)


# -- how reconciliation counts the relatives' keys

def test_relatives_told_by_two_nouns_add_one():
    from eventdesk.reconcile import _victim_count

    # "her grand-daughter ... the Jacksons' granddaughter": one girl, beside the named husband
    assert _victim_count({"jackson", "kin daughter", "kin granddaughter"}, hit=True) == 2
    # "a woman was shot and her son was grazed": the described woman and her son
    assert _victim_count({"a woman @s0", "kin son"}, hit=True) == 2


def test_a_relative_adds_none_where_persons_are_counted_one_more_at_a_time():
    from eventdesk.reconcile import _victim_count

    # "Mother, child found dead ... Vega and her daughter were found": the daughter is the child told before
    assert _victim_count({"another mother @0", "another child @8", "vega", "kin daughter"}) == 3
