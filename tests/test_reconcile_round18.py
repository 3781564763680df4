"""One incident's toll from its reports, eighteenth round: reports that tell the victims one by one beside a count.

Of two middle figures ``reconcile`` takes the more recent report's, unless that report tells the dead only one
person at a time ("Police identified one of the men killed as Wendell Ashcombe") and the other figure is the number
the earlier report's lead states ("Two men were killed and one other person was wounded"): the follow-up tells
who, not how many.  Not where the lead's number is told beside a person of the same outcome ("opened fire on a
group of three men and fatally struck Wendell Ashcombe" counts the group), nor where the earlier report tells its
dead one by one too, nor where the follow-up gives a number of its own above one, nor for the wounded (a later
report of "a man" wounded keeps its own figure).  And the wounded of earlier reports that tell one person each ("A
boy was shot") do not outvote the latest report's larger figure where it is the number its lead states ("he shot
himself and a friend ... Both children were taken to hospitals"); not for the dead (a roundup's "seven people
dead" in a later report), nor where the latest report's figure is not its lead's.  A report whose wounded are told in a sentence that counts one
of them hurt by flying glass ("injured four people, three from gunshots and one from flying glass") votes with the
number shot where another report gives it.  And a report's civilian dead told only as "The teen died ..." after its
"teen suspect shot and killed" are the suspect again, not one more dead in its total.  The invented check set ``eval/linked_tolls_check4.jsonl`` is
pinned per half.  All reports and claims are written for these tests.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventdesk import reconcile
from eval import check_sets, linked_tolls_check

from .linked import assert_halves_hold, linked_runtime, linked_toll
from .reconciling import ORDER, claim, figure


@pytest.fixture(scope="module")
def rt(nlp, gazetteer):
    return linked_runtime(nlp, gazetteer)


def _toll(rt, *reports):
    return linked_toll(rt, "t18", *reports)


# -- a follow-up naming one of the dead ----------------------------------------------------------------------------

TWO_KILLED = ("Two killed, one wounded on Brantley Court", "2017-03-09",
              "MOBILE \u2014 Two men were killed and one other person was wounded in a shooting Thursday night on "
              "Brantley Court, police said. Investigators collected several shell casings from the pavement.")
ONE_NAMED = ("Police name victim of Brantley Court shooting", "2017-03-11",
             "MOBILE \u2014 Police on Saturday identified one of the men killed in the shooting on Brantley Court as "
             "Wendell Ashcombe, 35. Wendell Ashcombe died at the scene.")
TWO_WOUNDED = ("Two wounded on Brantley Court", "2017-03-09",
               "MOBILE \u2014 Two people were wounded in a shooting Thursday night on Brantley Court, police said.")
A_MAN_WOUNDED = ("Man wounded on Brantley Court", "2017-03-10",
                 "MOBILE \u2014 A man was wounded in a shooting Thursday night on Brantley Court. He was listed in stable "
                 "condition, police said.")


@pytest.mark.parametrize("reports,toll", [
    # the follow-up tells one of the dead by name: the lead's two dead stand
    ((TWO_KILLED, ONE_NAMED), (2, 1)),
    # the near miss: the wounded -- a later report of "a man" wounded keeps its own figure, the more recent
    ((TWO_WOUNDED, A_MAN_WOUNDED), (0, 1)),
], ids=["one-of-the-dead-named", "a-man-wounded-later"])
def test_a_follow_up_telling_the_dead_one_by_one_does_not_lower_the_leads_count(rt, reports, toll):
    assert _toll(rt, *reports) == toll


def _said(c, sentence):
    return replace(c, sentence=sentence)


GROUP = "Gunmen opened fire on a group of three men and fatally struck Wendell Ashcombe, 35."
LEAD_TWO = _said(claim("a", 2, outcome="killed", trigger="kill"), "Two men were killed on Brantley Court.")
NAMED_LATER = _said(claim("b", 1, outcome="killed", day=2, victim="ashcombe", trigger="die"), "Ashcombe died at the scene.")


@pytest.mark.parametrize("claims,best", [
    ([LEAD_TWO, NAMED_LATER], 2),
    # the near miss: the earlier report tells its two dead one by one, no number: the later figure stands
    ([_said(claim("a", 1, outcome="killed", victim="a man @s0", trigger="kill"), "A man was killed."),
      _said(claim("a", 1, outcome="killed", victim="a woman @s40", trigger="kill"), "A woman was killed too."),
      NAMED_LATER], 1),
    # the near miss: the lead's number is told beside a person of the dead: it counts the group
    ([_said(claim("a", 3, outcome="killed", trigger="kill"), GROUP),
      _said(claim("a", 1, outcome="killed", victim="ashcombe", trigger="kill"), GROUP), NAMED_LATER], 1),
    # the near miss: the later report gives a number of its own above one
    ([LEAD_TWO, _said(claim("b", 3, outcome="killed", day=2, trigger="kill"), "Three men were killed.")], 3),
], ids=["lead-two-then-one-named", "persons-then-one-named", "count-beside-a-named-dead", "later-count"])
def test_of_two_middle_figures_a_lead_count_beats_a_later_one_by_one(claims, best):
    figures, _ = reconcile(claims, "ucdp", ORDER)
    assert figure(figures, "killed")[1] == best


# -- early reports of one person each, outvoted by a later count ---------------------------------------------------

A_BOY = ("Boy shot inside Ferncliff Lane home", "2017-09-13",
         "STOCKTON \u2014 A boy was shot inside a home on Ferncliff Lane Wednesday night, police said. He was taken to a "
         "hospital, where he was listed in stable condition.")
A_BOY_AGAIN = ("Boy wounded on Ferncliff Lane", "2017-09-13",
               "STOCKTON \u2014 An 11-year-old boy was wounded inside a home on Ferncliff Lane Wednesday night. He was "
               "listed in stable condition, police said.")
HIMSELF_AND_A_FRIEND = ("Boy charged after Ferncliff Lane shooting", "2017-09-14",
                        "STOCKTON \u2014 An 11-year-old boy was charged Thursday after police said he accidentally shot "
                        "himself and a friend inside a home on Ferncliff Lane. The boy was struck in the hand and his "
                        "friend, a 10-year-old girl, in the knee by the same bullet. Both children were taken to "
                        "hospitals in stable condition.")


def test_early_reports_of_one_boy_each_do_not_outvote_a_later_count_of_two(rt):
    assert _toll(rt, A_BOY, A_BOY_AGAIN, HIMSELF_AND_A_FRIEND) == (0, 2)


def _person(report, outcome, key, day=0):
    return _said(claim(report, 1, outcome=outcome, day=day, victim=key, trigger="shoot"), f"{key} was hit.")


@pytest.mark.parametrize("outcome,claims,best", [
    ("wounded", [_person("a", "wounded", "a boy @s0"), _person("b", "wounded", "a boy, 11 @s0", 1),
                 _said(claim("c", 2, day=2, trigger="survived"), "Both children were taken to hospitals.")], 2),
    # the near miss: the dead -- a later report's count of seven dead, a roundup's, does not outvote two reports
    # of the one dead
    ("killed", [_person("a", "killed", "a child @s0"), _person("b", "killed", "davis", 1),
                _said(claim("c", 7, outcome="killed", day=2, trigger="kill"), "The weekend left seven people dead.")], 1),
    # the near miss: the latest report's figure is not the number its lead states (it tells three persons after
    # a lead of two)
    ("wounded", [_person("a", "wounded", "a boy @s0"), _person("b", "wounded", "a boy, 11 @s0", 1),
                 _said(claim("c", 2, day=2, trigger="shoot"), "Two children were shot."),
                 _person("c", "wounded", "a girl, 10 @s80", 2), _person("c", "wounded", "a boy, 11 @s120", 2),
                 _person("c", "wounded", "a woman, 30 @s160", 2)], 1),
], ids=["two-boys-then-both", "dead-roundup-later", "later-figure-not-its-lead"])
def test_a_later_lead_count_outvotes_earlier_reports_of_one_person_each(outcome, claims, best):
    order = {"a": 0, "b": 1, "c": 2}
    figures, _ = reconcile(claims, "ucdp", order)
    assert figure(figures, outcome)[1] == best


# -- one hurt by glass beside those shot --------------------------------------------------------------------------

THREE_SHOT = ("Three shot outside Garrison Street bar", "2017-10-08",
              "BEAUMONT \u2014 Three people were shot outside a bar on Garrison Street Sunday night, police said.")
FOUR_BY_GLASS = ("Police seek driver in Garrison Street drive-by", "2017-10-09",
                 "BEAUMONT \u2014 Police are looking for the driver of a dark sedan after a drive-by shooting on Garrison "
                 "Street Sunday night that injured four people, three from gunshots and one from flying glass.")
FOUR_CRITICAL = ("Police seek driver in Garrison Street drive-by", "2017-10-09",
                 "BEAUMONT \u2014 Police are looking for the driver of a dark sedan after a drive-by shooting on Garrison "
                 "Street Sunday night that injured four people, three of them critically.")


@pytest.mark.parametrize("reports,toll", [
    ((THREE_SHOT, FOUR_BY_GLASS), (0, 3)),
    # the near miss: "three of them critically" is a part of the four, hurt by bullets all
    ((THREE_SHOT, FOUR_CRITICAL), (0, 4)),
], ids=["one-from-flying-glass", "three-of-them-critically"])
def test_a_report_counting_one_hurt_by_glass_votes_with_those_shot(rt, reports, toll):
    assert _toll(rt, *reports) == toll


def test_the_shot_part_votes_only_where_another_source_gives_it():
    # the near miss: no other report gives three: the later report's four stands
    glass = "The shooting injured four people, three from gunshots and one from flying glass."
    claims = [_said(claim("a", 2, trigger="shoot"), "Two people were shot."),
              _said(claim("b", 4, day=1), glass), _said(claim("b", 3, day=1), glass)]
    figures, _ = reconcile(claims, "ucdp", ORDER)
    assert figure(figures, "wounded")[1] == 4


# -- a suspect killed, told again as the dead ---------------------------------------------------------------------

A_TEEN_KILLED = ("Teen killed in attempted robbery on Kestrel Road", "2017-04-02",
                 "AKRON \u2014 A 16-year-old was shot and killed by a store clerk during an attempted robbery at a "
                 "convenience store on Kestrel Road Sunday night, police said. The clerk was not hurt.")
THE_TEEN_SUSPECT = ("Teen suspect killed in Kestrel Road robbery identified", "2017-04-04",
                    "AKRON \u2014 The teen suspect shot and killed in an attempted robbery at a convenience store on "
                    "Kestrel Road Sunday has been identified as Marlon Quayle, 16. The teen died from gunshot wounds to "
                    "the chest, the coroner's office said.")
GUNMAN_AND_THE_VICTIM = ("Gunman and victim dead on Kestrel Road", "2017-04-04",
                         "AKRON \u2014 Police shot and killed a gunman on Kestrel Road on Sunday night after he opened "
                         "fire on a bus stop. The victim died at a hospital, police said.")


@pytest.mark.parametrize("reports,killed", [
    ((A_TEEN_KILLED, THE_TEEN_SUSPECT), 1),
    # the near miss: "The victim" is none of the gunman police killed
    ((GUNMAN_AND_THE_VICTIM,), 2),
], ids=["the-teen-suspect-and-the-teen", "the-gunman-and-the-victim"])
def test_the_dead_told_by_the_suspects_noun_is_the_suspect(rt, reports, killed):
    assert _toll(rt, *reports)[0] == killed


# -- the invented check set ----------------------------------------------------------------------------------------

def test_check_set_4_scores(rt):
    # before this round: rules half killed 23, wounded 22, both 15 of 31; check half 14, 15, 10 of 19.  After the
    # follow-up rule (the check half rose): rules 26, 22, 18; check 15, 15, 11; after the later count (the check
    # half rose): rules 26, 25, 21; check 15, 16, 12; after the part shot beside one hurt by glass (the check half
    # rose): rules 26, 27, 23; check 15, 18, 14; after the suspect told again (the check half rose): rules 28, 27,
    # 25; check 17, 18, 16
    scores, _ = linked_tolls_check.run(rt, name="4")
    assert_halves_hold(scores, {"rules": 31, "check": 19}, {"rules": RULES_4, "check": CHECK_4})


RULES_4 = (28, 29, 27)  # (28, 27, 25) until the twenty-fifth session
CHECK_4 = (17, 18, 16)


def test_set_4_halves_are_fixed_by_its_salted_hash():
    assert linked_tolls_check.half("lt18-001", linked_tolls_check._SALT_4) == check_sets.first_digit_half(
        "eighteenth-tolls4:", "lt18-001")
    assert len(linked_tolls_check.incidents(linked_tolls_check.CHECK_SET_4)) == 50
