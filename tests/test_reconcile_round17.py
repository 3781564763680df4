"""One incident's toll from its reports, seventeenth round: reports that disagree.

Two rules of ``reconcile``.  A report's lead figure ("Five men were wounded early Sunday") that another source gives
stands for the report where its own figure, the largest it states, is one no other source gives (a second agency's
six), unless a sentence after the lead tells the toll
raised ("a sixth victim walked into a hospital later, bringing the number wounded to six").  And a death that one
report alone tells is doubted beside one report that gives as many wounded and no death (the reports agree on the
hit; the one tells a death more, in passing), unless the report counts its wounded as others than its dead ("one
man was killed and four others were wounded") or has a wounded fewer (one of them died).  Two reports that lead
with the same figure and then count persons apart agree on their lead.  The invented check set
``eval/linked_tolls_check3.jsonl`` is pinned per half.  All reports are written for these tests.
"""

from __future__ import annotations

import pytest

from eventdesk import reconcile
from eval import check_sets, linked_tolls_check

from .linked import assert_halves_hold, linked_runtime, linked_toll
from .reconciling import ORDER, claim, figure


@pytest.fixture(scope="module")
def rt(nlp, gazetteer):
    return linked_runtime(nlp, gazetteer)


def _toll(rt, *reports):
    return linked_toll(rt, "t17", *reports)


# -- a lead figure another source gives ----------------------------------------------------------------------------

FIVE_SHOT = ("Five shot outside Harmon Avenue club", "2017-06-11",
             "MACON \u2014 Five people were shot outside a club on Harmon Avenue early Sunday, Macon police said. "
             "Two of them were in critical condition. Investigators collected several shell casings from the pavement.")
FOUR_SHOT = ("Four shot outside Harmon Avenue club", "2017-06-11",
             "MACON \u2014 Four people were shot outside a club on Harmon Avenue early Sunday, Macon police said. "
             "Investigators collected several shell casings from the pavement.")
SIX_BY_FIRE = ("Gunfire outside Harmon Avenue club", "2017-06-12",
               "MACON \u2014 Five men were wounded early Sunday in a shooting outside a club on Harmon Avenue. Police "
               "counted five people shot; a fire department spokesman put the number of wounded at six. No arrest had "
               "been made.")
SIXTH_LATER = ("Sixth victim in Harmon Avenue shooting", "2017-06-12",
               "MACON \u2014 Five men were wounded early Sunday in a shooting outside a club on Harmon Avenue. A sixth "
               "victim walked into a hospital later, bringing the number of people wounded to six, police said.")


@pytest.mark.parametrize("reports,toll", [
    # the later report's own figure (six, the largest it states, a second agency's) is no other source's; its lead
    # (five) is
    ((FIVE_SHOT, SIX_BY_FIRE), (0, 5)),
    # the near miss: the report tells the toll raised after its lead
    ((FIVE_SHOT, SIXTH_LATER), (0, 6)),
    # the near miss: the first report gives four, so the later one's lead (five) stands for nothing told elsewhere
    ((FOUR_SHOT, SIX_BY_FIRE), (0, 6)),
], ids=["lead-told-elsewhere", "lead-raised-later", "lead-told-nowhere-else"])
def test_a_lead_figure_another_report_gives_stands_for_its_report(rt, reports, toll):
    assert _toll(rt, *reports) == toll


def _dead(report, lead, names, day):
    """A report that leads with ``lead`` dead and then tells ``names`` dead one by one."""
    return [claim(report, lead, outcome="killed", day=day, trigger="kill"),
            *(claim(report, 1, outcome="killed", party="civilians", day=day, victim=n, trigger="kill") for n in names)]


def test_reports_whose_leads_agree_take_the_lead_over_persons_they_count_apart():
    # both lead with two dead, then tell four and three persons one by one (a name read from a credit line, one
    # person told again in a caption): the two reports agree on their leads, on nothing else
    claims = [*_dead("a", 2, ["kettering", "wexler", "ashdown", "varga"], 0), *_dead("b", 2, ["kettering", "wexler", "pruitt"], 1)]
    figures, _ = reconcile(claims, "ucdp", ORDER)
    assert figure(figures, "killed")[1] == 2


def test_reports_whose_leads_differ_keep_their_own_figures():
    # the near miss: one leads with two dead, the other with three; the later report's own figure stands
    claims = [*_dead("a", 2, ["kettering", "wexler", "ashdown", "varga"], 0), *_dead("b", 3, ["kettering", "wexler", "pruitt"], 1)]
    figures, _ = reconcile(claims, "ucdp", ORDER)
    assert figure(figures, "killed")[1] == 3


# -- a lone death beside as many wounded ---------------------------------------------------------------------------

FOUR_AND_A_DEATH = ("Four wounded outside Harmon Avenue club", "2017-06-10",
                    "MACON \u2014 Four people were wounded in a shooting outside a club on Harmon Avenue early Saturday, "
                    "Macon police said. The four victims were hospitalized with injuries that are not life threatening. "
                    "Warner Robins police were investigating the death of a 2-year-old boy on Saturday.")
FOUR_OTHERS = ("One dead, four hurt outside Harmon Avenue club", "2017-06-10",
               "MACON \u2014 One man was killed and four others were wounded in a shooting outside a club on Harmon "
               "Avenue early Saturday, Macon police said. No arrest had been made.")
FOUR_WOUNDED = ("Police seek gunman in club shooting", "2017-06-11",
                "MACON \u2014 Police said four people were wounded outside the club on Harmon Avenue about 12:45 a.m. "
                "Saturday. No arrest had been made.")
ONE_DIED = ("Victim of club shooting dies", "2017-06-13",
            "MACON \u2014 A man wounded in Saturday's shooting outside a club on Harmon Avenue has died, police said. "
            "Three other people were wounded in the shooting and remain hospitalized.")


@pytest.mark.parametrize("reports,toll", [
    ((FOUR_AND_A_DEATH, FOUR_WOUNDED), (0, 4)),
    # the near miss: "one man was killed and four others were wounded" tells the dead of the same toll
    ((FOUR_OTHERS, FOUR_WOUNDED), (1, 4)),
    # the near miss: one of the four died; the report of the death has three wounded
    ((FOUR_WOUNDED, ONE_DIED), (1, 3)),
], ids=["death-in-passing", "wounded-others-than-the-dead", "a-wounded-fewer"])
def test_a_death_told_in_passing_beside_as_many_wounded_is_doubted(rt, reports, toll):
    assert _toll(rt, *reports) == toll


def test_a_death_beside_a_report_of_as_many_hit_is_doubted():
    # "five people were shot at a vigil", then "wounding five people ... the vigil was for a man killed last month"
    claims = [claim("a", 5, trigger="shoot"), claim("b", 5, day=1, trigger="wound"),
              claim("b", 1, outcome="killed", day=1, trigger="kill")]
    figures, _ = reconcile(claims, "ucdp", ORDER)
    assert figure(figures, "killed") == (0, 0, 1) and figure(figures, "wounded")[1] == 5


def test_a_death_beside_a_report_of_one_hit_more_stands():
    # the near miss: "six people were shot", then "a man was killed and five people were wounded"
    claims = [claim("a", 6, trigger="shoot"), claim("b", 5, day=1, trigger="wound"),
              claim("b", 1, outcome="killed", day=1, trigger="kill")]
    figures, _ = reconcile(claims, "ucdp", ORDER)
    assert figure(figures, "killed") == (1, 1, 1)


# -- the invented check set ----------------------------------------------------------------------------------------

def test_check_set_3_scores(rt):
    # before this round, and after it (the rules move neither half): rules half killed 31, wounded 26, both 26 of
    # 31; check half 29, 24, 24 of 29.  The eighteenth round's later count (earlier reports of one person each
    # outvoted) raised both halves: rules 31, 28, 28; check 29, 25, 25
    scores, _ = linked_tolls_check.run(rt, name="3")
    assert_halves_hold(scores, {"rules": 31, "check": 29}, {"rules": RULES_3, "check": CHECK_3})


# 28, 28 and 25, 25 until round 24 looked a follow-up on the incident's street up to two weeks back (link24)
RULES_3 = (31, 30, 30)
CHECK_3 = (29, 27, 27)


def test_set_3_halves_are_fixed_by_its_salted_hash():
    assert linked_tolls_check.half("lt17-001", linked_tolls_check._SALT_3) == check_sets.first_digit_half(
        "seventeenth-tolls3:", "lt17-001")
    assert len(linked_tolls_check.incidents(linked_tolls_check.CHECK_SET_3)) == 60
