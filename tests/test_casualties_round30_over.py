"""Per-report killed / injured figures, round thirty (over-counts: the per-report pool under the salt
``thirtieth-doccounts30:``, whose readable half's over-counts were sorted into kinds, and GVDB dev's): each rule's
test written on reports made up for it, with a near miss that must keep its count.  ``eval/counts_check45.jsonl``
holds 69 invented reports of the kinds a reading may over-count (a night's or a weekend's tally beside the toll, an
update above the older telling, the same victims told by count, role and name, a second shooting in the report,
counts of other things, the gunman in one toll and not in another) beside near misses whose figures add up; the test
below pins the scores this round reached on it.  The figure is the one the GVDB suite scores
(``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_forty_fifth_check_set_scores(ledger):
    # both exact before this round: rules half 20 of 28, check half 31 of 41
    assert_pinned_halves(ledger, "45", rows=(28, 41), both=(RULES_BOTH, CHECK_BOTH))


def test_forty_fifth_check_set_salt():
    assert_salted("45", "thirtieth-over30:", "c45-001")


# after the round's rules (rules half 20 -> 24, check half 31 -> 31)
RULES_BOTH = 25  # 24 -> 25 with the thirty-fifth session's counting rounds
CHECK_BOTH = 33  # 31 -> 32 with the thirty-third session's rounds, 32 -> 33 with the thirty-sixth's


# -- "The shootings brought the Memorial Day weekend toll to 12 people shot, five of them killed": a running total
#    that a verb raises to a count is a period's tally, and so is its part (read as this incident's 5 dead and 7 hurt)

@pytest.mark.parametrize("text, expected", [
    ("BALTIMORE - Two men were shot, one of them fatally, in the 1500 block of North Milton Avenue on Sunday "
     "afternoon, police said. The shootings brought the Memorial Day weekend toll to 12 people shot, five of them "
     "killed.", (1, 1)),
    ("DAYTON, Ohio - Two men were shot at a bar on Salem Avenue on Saturday night. The shooting raised the number of "
     "people shot in Dayton this month to 14, police said.", (0, 2)),
])
def test_a_toll_raised_to_a_count_over_a_period_is_a_tally(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_a_toll_of_the_incident_raised_by_a_later_death_keeps_its_count(mentions_of):
    # near miss: the toll raised is the shooting's own (no period, no town)
    text = ("DAYTON, Ohio - Two men were killed at a bar on Salem Avenue on Saturday. A woman wounded in the shooting "
            "died on Monday, bringing the toll to three, police said.")
    assert _figures(mentions_of(text)) == (3, 0)


# -- "Ruston was the only person hurt": a person noun a copula says of a named subject (or "he") is that person told
#    again, not one more unnamed person hurt (read as 1 killed and 1 hurt)

@pytest.mark.parametrize("text, expected", [
    ("PAULDING, Ohio - The sheriff's office says Caleb Ruston, 16, was killed by a single gunshot while hunting with "
     "friends near County Road 11 on Saturday. Ruston was the only person hurt, deputies said.", (1, 0)),
    ("PAULDING, Ohio - Deputies say Caleb Ruston, 16, was killed by a single gunshot while hunting with friends near "
     "County Road 11 on Saturday. He was the only person hurt.", (1, 0)),
])
def test_the_only_person_hurt_is_the_subject_told_again(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_the_only_other_person_hurt_named_is_one_more(mentions_of):
    # near miss: the subject named is another person than the one shot before
    text = ("PAULDING, Ohio - Deputies say Caleb Ruston, 16, was shot in the leg while hunting with friends near "
            "County Road 11 on Saturday. His friend, Dale Pim, 15, was the only other person hurt.")
    assert _figures(mentions_of(text)) == (0, 2)


# -- "Nobody should ever have to see a child hurt like that": a hit of "a" person told by its manner ("like that",
#    "in this manner") is a kind of hurt a speaker names, nobody hit (read as one more child hurt)

@pytest.mark.parametrize("text, expected", [
    ("HOUSTON - A 4-year-old boy died Tuesday after shooting himself with a handgun he found in his parents' bedroom, "
     "deputies said. \"Nobody should ever have to see a child hurt like that,\" said a neighbor, Gloria "
     "Pineda.", (1, 0)),
    ("GARY, Ind. - A 3-year-old girl died Sunday after she found a handgun under a pillow and shot herself. \"There "
     "are no words for a child being hurt in this manner,\" her pastor said.", (1, 0)),
])
def test_a_kind_of_hurt_is_nobody_hit(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_the_person_told_before_hurt_like_that_keeps_the_count(mentions_of):
    # near miss: "the boy" is the one shot, told again
    text = ("HOUSTON - A 4-year-old boy was shot in the leg on Tuesday. \"I saw the boy hurt like that and I ran to "
            "help,\" a neighbor said.")
    assert _figures(mentions_of(text)) == (0, 1)


# -- "the 6-year-old boy who was killed Sunday ... accidentally shot himself": the "who" of the clause on the person
#    who shot himself is that person, not another one the sentence describes apart (read as 1 killed and 1 hurt)

def test_the_who_of_one_who_shot_himself_is_he(mentions_of):
    text = ("CHICAGO - Police believe the 6-year-old boy who was killed Sunday in his Roseland home accidentally shot "
            "himself with a handgun he found in a closet.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_man_who_killed_another_then_himself_keeps_two(mentions_of):
    # near miss: the daughter and the man who killed himself are two
    text = ("TOPEKA, Kan. - Police say a man shot his 7-year-old daughter to death and then killed himself at their "
            "home on Sunday.")
    assert _figures(mentions_of(text)) == (2, 0)


# -- "a series of shootings in Detroit overnight which have left two dead and eight other people injured", "It was one
#    of four shootings overnight in the city that left nine people hurt": the toll of a series, or told after "one of N
#    shootings", is the several shootings' (read as this incident's)

@pytest.mark.parametrize("text, expected", [
    ("DETROIT - Police are investigating a series of shootings overnight which left two dead and eight people injured. "
     "At one scene, on Gratiot Avenue, a 24-year-old man was shot and killed outside a bar.", (1, 0)),
    ("MILWAUKEE - A 31-year-old man was wounded on North 27th Street on Saturday night. It was one of four shootings "
     "overnight in the city that left nine people hurt.", (0, 1)),
    ("DETROIT - A man was killed Saturday in one of three shootings that left five people hurt across the east side, "
     "police said.", (1, 0)),
])
def test_the_toll_of_a_series_or_of_one_of_several_shootings_is_a_tally(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_the_toll_of_one_shooting_told_overnight_keeps_its_count(mentions_of):
    # near miss: one shooting's clause
    text = ("DETROIT - Police are investigating a shooting at a party on Gratiot Avenue overnight which left two dead "
            "and eight people injured.")
    assert _figures(mentions_of(text)) == (2, 8)


# -- "officers responded to five reports of people shot within fifteen minutes": a count of reports, not persons

def test_a_count_of_reports_is_no_count_of_persons(mentions_of):
    text = ("INDIANAPOLIS - One man has died after officers responded to five reports of people shot within fifteen "
            "minutes late Thursday night. Just before midnight, officers found a man suffering from a gunshot wound on "
            "the near west side. He was pronounced dead at Eskenazi Hospital.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_persons_found_after_reports_keep_their_count(mentions_of):
    # near miss: the persons counted are those found
    text = ("INDIANAPOLIS - Officers responding to reports of a shooting on the near west side late Thursday found "
            "three men with gunshot wounds.")
    assert _figures(mentions_of(text)) == (0, 3)
