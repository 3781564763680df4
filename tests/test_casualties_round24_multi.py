"""Per-report killed / injured figures, round twenty-four (multi24): one shooting with several dead or wounded.

``eval/counts_check28.jsonl`` holds 80 invented wire and local-news reports of ONE shooting with two to seven people
hurt, told in the forms multi-victim reports use (a total then each victim, "the dead were identified as", "three of
the five victims died", "among the dead", groups, spelled and digit numbers, a toll that rises in a later paragraph,
victims told by name and age in paragraphs of their own, a victim who died at the hospital, murder-suicides with the
gunman counted among the dead) beside near misses (an earlier shooting's dead, people hurt fleeing, the city's tally,
counts of a charge).  The test below pins the scores this round reached on it.  The focused tests use texts written
for them, each a rule's positive case and its near miss; the figure is the one the GVDB suite scores
(``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_twenty_eighth_check_set_scores(ledger):
    # both exact before this round: rules half 29 of 39, check half 32 of 41
    assert_pinned_halves(ledger, "28", rows=(39, 41), both=(RULES_BOTH, CHECK_BOTH))


def test_twenty_eighth_check_set_salt():
    assert_salted("28", "twenty-fourth-multi24:", "c28-001")


# after the round's rules (rules half 29 -> 34, check half 32 -> 33)
RULES_BOTH = 34
CHECK_BOTH = 35  # 33 -> 34 with the twenty-fifth session's rounds, 35 with the thirty-fourth's


# -- a figure that grew: "the number had risen to seven"

@pytest.mark.parametrize("text, expected", [
    ("GARY, Ind. - At least six people were shot at a block party on Elm Street on Saturday evening, police said. "
     "Police said later that night that the number had risen to seven.", (0, 7)),
    # near miss: the number that grew is the shots'
    ("GARY, Ind. - At least six people were shot at a block party on Elm Street on Saturday evening, police said. "
     "Officers said the number of shots fired had risen to forty.", (0, 6)),
])
def test_a_number_that_rose_to_a_bare_count_is_the_toll(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- the number of one shooting's dead, its town told as its place, is no town's tally

@pytest.mark.parametrize("text, expected", [
    ("ALBUQUERQUE, N.M. - The number of people killed in a shooting in Albuquerque on Saturday has risen to four, "
     "police said Wednesday.", (4, 0)),
    # near miss: a town's number over a week is a tally
    ("KENNER, La. - The number of people shot in Kenner this week has risen to six, police said Wednesday.", (0, 0)),
])
def test_the_number_of_one_shootings_dead_is_its_toll(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a headline's "N shot; M die": the number before "die" is the dead's

def test_a_headline_count_of_the_hit_before_another_count_that_died_is_the_hit(ledger):
    from eval import check_sets

    row = {"id": "r24-head", "title": "Six shot in Cleveland drive-by; two die", "published": "2016-06-12",
           "text": "CLEVELAND - Two people died and four others were injured when shots were fired from a car on Elm "
                   "Street, police said."}
    (_, _, mentions), = ledger.analyze([check_sets.report(row)])
    assert _figures(mentions) == (2, 4)


def test_a_headline_count_of_the_hit_who_all_died_stays_dead(ledger):
    # near miss: "have both died" has no count of its own; the two shot are the two dead
    from eval import check_sets

    row = {"id": "r24-head2", "title": "Two men shot Tuesday night in Dayton have both died", "published": "2016-06-12",
           "text": "DAYTON, Ohio - Police are looking for the gunman."}
    (_, _, mentions), = ledger.analyze([check_sets.report(row)])
    assert _figures(mentions) == (2, 0)


# -- the gunman of a murder-suicide whose own sentence tells the others dead one by one

@pytest.mark.parametrize("text, expected", [
    ("JOLIET, Ill. - A man shot his two young children at his home on Sunday and then shot himself, killing himself "
     "and his 4-year-old son, police said. His 7-year-old daughter was shot in the back and was taken to a hospital.",
     (2, 1)),
    ("KENT, Wash. - A man shot a woman and her adult son at an apartment on Friday, killing the woman, before he "
     "killed himself, police said. The son, 23, was taken to a hospital in serious condition.", (2, 1)),
    ("JOLIET, Ill. - A man shot and killed his wife and then killed himself at their home on Sunday, police said. The "
     "woman, 41, and the man, 44, were found by a neighbor.", (2, 0)),
    # near miss: the dead are told again one by one, "the man" among them the gunman
    ("Police say a man shot and killed his wife and then turned the gun on himself at their home on Lincoln Way "
     "Friday. The woman, 34, and the man, 35, were found dead by a relative.", (2, 0)),
])
def test_the_gunman_who_killed_persons_told_in_his_sentence_is_one_more_dead(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a perpetrator's death told as his suicide beside others killed

@pytest.mark.parametrize("text, expected", [
    ("BOSTON - A doctor was shot twice at a hospital on Tuesday morning. The suspect was found dead from a "
     "self-inflicted gunshot wound in an exam room, police said. The doctor died of his wounds that night.", (2, 0)),
    # near miss: his victim lived
    ("BOSTON - A clerk was shot twice at a store on Tuesday morning and is expected to survive. The suspect was found "
     "dead from a self-inflicted gunshot wound in a car nearby, police said.", (0, 1)),
    # near miss: the police killed him
    ("BOSTON - A clerk was shot and killed at a store on Tuesday morning. The suspect was shot and killed by officers "
     "a few blocks away after he fired at them, police said.", (1, 0)),
    # near miss: the sentence of his suicide already tells him dead ("the man then fatally shot himself")
    ("SPOKANE, Wash. - A woman was shot and killed by her ex-boyfriend Thursday in the parking lot of the store where "
     "she worked, and the man then fatally shot himself, police said. The gunman, 35, died at the scene from a "
     "self-inflicted gunshot wound.", (2, 0)),
])
def test_a_perpetrators_suicide_beside_others_killed_counts_him(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a count whose noun a present participle's phrase follows: "Four people waiting at a bus stop were hit"

@pytest.mark.parametrize("text, expected", [
    ("SPRINGFIELD, Mass. - Four people waiting at a bus stop were hit by gunfire Tuesday afternoon, police said.",
     (0, 4)),
    ("DAYTON, Ohio - Two men sitting in a parked car on Elm Street were shot Tuesday night, police said.", (0, 2)),
    # near miss: the participle tells a flight, whose hurt is no gunshot's
    ("DAYTON, Ohio - Three people running from the gunfire were hurt, police said. A woman was shot in the leg.",
     (0, 1)),
])
def test_a_count_past_a_participles_phrase_takes_the_trigger_after_it(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
