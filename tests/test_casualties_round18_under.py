"""Per-report killed / injured figures, round eighteen: victims one report tells that a reading misses.

``eval/counts_check17.jsonl`` holds 69 invented wire and TV-station reports whose victims are told without a count
word or in passing (pairs, "both", "the pair", victims named with ages, a victim who later died, "grazed", a wound to
the leg, injuries told in a quote or a statement, a victim who drove himself to a hospital, "three people were
struck", "also shot"), beside near misses whose persons were not hit or belong to another incident.  The test below
pins the scores this round reached on it.  The focused tests use sentences written for them, each a rule's positive
case and its near miss.  The figure is the one the GVDB suite scores: ``eval.common.report_casualties`` over victims
only."""

from __future__ import annotations

import pytest

from .tolls import check_set_scores, figures as _figures


def test_seventeenth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "17", rows=69)
    # both exact before this round: rules half 23 of 36, check half 19 of 33
    assert scores["rules"]["rows"] == 36 and scores["check"]["rows"] == 33
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


def test_seventeenth_check_set_salt():
    from eval import check_sets, counts_check

    _, half_of = counts_check.SETS["17"]
    assert half_of("c18u-001") == check_sets.first_digit_half("eighteenth-under:", "c18u-001")


# after the round's rules
RULES_BOTH = 32  # 31 after round eighteen; 32 after round nineteen (a woman hit by a gun that discharged in a theater)
CHECK_BOTH = 22  # 20 -> 21 with round police23 (a suspect the police shot); 21 -> 22 with the twenty-fourth session's rounds


# -- a count of the hit told "too" or "also" holds none of the dead told before it

def test_persons_shot_too_are_besides_the_dead(mentions_of):
    text = ("SAN ANTONIO - Police found a man shot to death inside a house on the West Side late Thursday, along with two "
            "women who had been shot too. The women were rushed to University Hospital.")
    assert _figures(mentions_of(text)) == (1, 2)


def test_a_count_of_the_hit_without_too_still_holds_the_dead(mentions_of):
    # near miss: "two people were shot ... one of them died" counts the dead among the hit
    text = "SAN ANTONIO - Two people were shot on Elm Street late Thursday and one of them died, police said."
    assert _figures(mentions_of(text)) == (1, 1)


# -- "both" and "the pair" who were hit, taken to a hospital or in a condition, after persons told hit

@pytest.mark.parametrize("text, expected", [
    ("KNOXVILLE, Tenn. - Police say a robbery suspect was shot by a store clerk Tuesday night, and the clerk was also "
     "shot in the exchange of gunfire. Both were taken to the University of Tennessee Medical Center with "
     "non-life-threatening injuries.", (0, 2)),
    ("MEMPHIS, Tenn. - Two women waiting at a bus stop on Lamar Avenue were caught in crossfire Thursday, police said. "
     "The pair were taken to Regional One Health, one in critical condition.", (0, 2)),
])
def test_both_who_were_hit_are_two(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # persons taken to jail, or to a hospital to be checked, were not hit
    ("MEMPHIS, Tenn. - Two suspects were arrested on Lamar Avenue on Thursday after a chase. Both were taken to the "
     "county jail.", (0, 0)),
    ("MEMPHIS, Tenn. - A man was shot in the leg on Lamar Avenue on Thursday, police said. Both of his sons saw it. "
     "Both were taken to the hospital to be checked.", (0, 1)),
])
def test_both_taken_away_unhurt_are_no_hit(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a bullet's "hitting" after the gun discharged

def test_a_discharged_gun_hitting_a_person_is_a_hit(mentions_of):
    text = ("OLYMPIA, Wash. - A man's handgun discharged during a movie Saturday, hitting a 52-year-old woman in the "
            "hip, police said.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_discharged_gun_hitting_a_wall_is_no_hit(mentions_of):
    # near miss: the bullet hit a thing, and a person's blow is no bullet's
    text = ("OLYMPIA, Wash. - A man's handgun discharged during a movie Saturday, hitting a wall, police said. A "
            "security guard then punched the man, hitting him in the face.")
    assert _figures(mentions_of(text)) == (0, 0)


# -- an ordinal before a death numbers the dead; before "found dead" it numbers the persons told

def test_a_second_man_who_died_is_one_more_dead(mentions_of):
    text = ("FLINT, Mich. - One man died at the scene and a second man who was wounded in the same shooting died at "
            "Hurley Medical Center on Thursday, police said.")
    assert _figures(mentions_of(text)) == (2, 0)


def test_a_third_man_found_dead_is_one_more_person(mentions_of):
    # near miss: two men hurt and a third found dead are one dead, not three (the killed figure is this rule's; how
    # many of the men hurt the text alone tells is another's)
    text = ("ROCKFORD, Ill. - A man was shot and wounded Tuesday evening outside a gas station on Delmar Street. While "
            "officers were at the scene, they learned that a second man had arrived at Mercy Medical Center with a "
            "gunshot wound. A third man was later found dead in a car parked around the corner.")
    assert _figures(mentions_of(text))[0] == 1


# -- "fired into a crowd and hit two people"

def test_fired_and_hit_counts_the_hit(mentions_of):
    text = ("ALBUQUERQUE, N.M. - Someone fired into a crowd leaving a bar on Central Avenue early Saturday and hit two "
            "people, police said.")
    assert _figures(mentions_of(text)) == (0, 2)


def test_fired_and_hit_a_thing_counts_nobody(mentions_of):
    # near miss: what the shots hit is no person
    text = "ALBUQUERQUE, N.M. - Someone fired at a house on Central Avenue early Saturday and hit two cars, police said."
    assert _figures(mentions_of(text)) == (0, 0)


# -- "had gunshot wounds" tells a hit as "suffered" does

def test_had_gunshot_wounds_counts_the_hit(mentions_of):
    text = ("COLUMBUS, Ohio - Police found three teenage boys at the scene of a shooting on Refugee Road. Two of them had "
            "gunshot wounds to the lower body; the third escaped unhurt.")
    assert _figures(mentions_of(text)) == (0, 2)


def test_had_guns_counts_nobody(mentions_of):
    # near miss: "had" with no wound
    text = "COLUMBUS, Ohio - Police stopped a car on Refugee Road after a shooting. Two of the men had guns and were arrested."
    assert _figures(mentions_of(text)) == (0, 0)


# -- a person told with an article whose hit is "also" is one more

@pytest.mark.parametrize("text, expected", [
    ("SARASOTA, Fla. - Three men were found shot inside a lounge early Sunday. Two of them, Jeffrey Tobin and Carl "
     "Vance, later died. The third man survived. A woman was also shot and drove herself to the hospital.", (2, 2)),
    ("CAMDEN, N.J. - A man was shot in the leg on Broadway on Monday, and a bystander waiting for a bus was also "
     "wounded, police said.", (0, 2)),
])
def test_a_person_also_hit_is_one_more(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_a_person_also_hurt_after_a_part_of_the_count_is_of_it(mentions_of):
    # near miss: "one" of the two told first, the woman "also" hurt is the other
    text = ("RICHMOND, Va. - One man is dead after a shooting at a night club. Two other people were injured. One was "
            "inside the club with a gunshot wound. A woman was also shot in the parking lot.")
    assert _figures(mentions_of(text)) == (1, 2)


def test_the_person_also_hit_again_is_the_same(mentions_of):
    # near miss: "the man" told before, hit again, is no one more
    text = "CAMDEN, N.J. - A man was shot in the arm on Broadway on Monday. The man was also hit in the leg, police said."
    assert _figures(mentions_of(text)) == (0, 1)


# -- persons a colon lists after a count are the count's own, however alike they are told

def test_persons_listed_after_a_count_are_its_own(mentions_of):
    text = ("AMARILLO, Texas - Upon arrival, officers located four victims: a 54-year-old man had a gunshot wound to the "
            "back; a 20-year-old man had a gunshot wound to the leg; a 24-year-old man had a gunshot wound to his lower "
            "back; and a 19-year-old man had a gunshot wound to the hip.")
    assert _figures(mentions_of(text)) == (0, 4)


def test_another_after_a_count_without_a_colon_is_one_more(mentions_of):
    # near miss: no colon, and "another" adds to the count
    text = "AMARILLO, Texas - Three men were shot outside a bar on Sunday, and another was wounded, police said."
    assert _figures(mentions_of(text)) == (0, 4)


# -- a count of persons "fighting for their lives" were hit, and are alive

def test_a_count_fighting_for_their_lives_is_hit(mentions_of):
    text = ("HOUSTON - One man is dead, and two women are fighting for their lives after a shooting in a west-side home "
            "late Thursday. Both women were rushed to a hospital in critical condition.")
    assert _figures(mentions_of(text)) == (1, 2)


def test_a_count_fighting_for_a_title_is_no_hit(mentions_of):
    # near miss: a fight for something else
    text = "HOUSTON - Two teams are fighting for the title after a shooting near the stadium, in which nobody was hurt."
    assert _figures(mentions_of(text)) == (0, 0)


# -- near misses of "both" and "also": one person hit beside an officer, a count of another shooting

def test_both_after_one_person_hit_and_the_shooter_is_no_pair(mentions_of):
    text = "Officer Kyle Benton shot Trevor Nashe, 32, on Monday. Both were taken to a hospital, where Nashe died."
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_person_also_hit_after_another_shootings_count_is_not_of_it(mentions_of):
    text = ("MEMPHIS, Tenn. - A 20-year-old man was killed in a shooting on Quill Avenue on Saturday, police said. In an "
            "unrelated shooting, two men were wounded on Tamber Street. Back on Quill Avenue, a 17-year-old girl was also "
            "hit in the first shooting and is in critical condition.")
    assert _figures(mentions_of(text)) == (1, 1)
