"""Per-report killed / injured figures, round twenty-six: the counting leftovers earlier rounds named and left.

``eval/counts_check32.jsonl`` holds 75 invented short reports of the faults earlier rounds named: "another man and a
baby were also injured", "two suffered non-life-threatening wounds and another remains in critical condition",
"another child was taken to a hospital" after one found deceased, a victim told by the age alone ("a 2-year-old
remains in critical condition"), a group fired at that is no toll ("hitting one in the leg"), a witness's later
suicide, "shot him in the leg and her in the arm", "a deceased female" and "a male and female deceased" with and
without a cause told, photo credits, a speaker who "believes his cousin was murdered", title abbreviations, a vigil
for someone who died otherwise, "passed away" and trade nouns ("a barber"); beside near misses that keep their
count.  The test below pins the scores this round reached on it.  The focused tests use texts written for them, each
a rule's positive case and its near miss; the figure is the one the GVDB suite scores
(``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_thirty_second_check_set_scores(ledger):
    # both exact before this round: rules half 25 of 36, check half 25 of 39
    assert_pinned_halves(ledger, "32", rows=(36, 39), both=(RULES_BOTH, CHECK_BOTH))


def test_thirty_second_check_set_salt():
    assert_salted("32", "twenty-sixth-left26:", "c32-001")


# after the round's rules
RULES_BOTH = 36
CHECK_BOTH = 28  # 26 -> 27 -> 28 with the twenty-seventh and twenty-ninth sessions' rounds


# -- a shop's trades are persons: "gunfire hit a barber and a customer"

@pytest.mark.parametrize("text, expected", [
    ("NORFOLK, Va. - Gunfire hit a barber and a customer inside a shop on Granby Street on Saturday, police said.",
     (0, 2)),
    # near miss: the barber called 911, the man outside was the one shot
    ("NORFOLK, Va. - A man was shot in the arm outside a barbershop on Granby Street on Saturday. The barber who "
     "owns the shop said he heard two shots and called 911.", (0, 1)),
])
def test_a_trade_noun_is_a_person(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "A 2-year-old remains in critical condition": the parser takes "remains" for a noun

@pytest.mark.parametrize("text, expected", [
    ("MONROE, La. - Gunfire tore through a house on Desiard Street on Tuesday night, police said. A 3-year-old "
     "remains in critical condition at a hospital.", (0, 1)),
    # the age tells the one hit apart from the dead man of another age
    ("MONROE, La. - A 22-year-old man was killed in a shooting on Desiard Street on Sunday night. A 16-year-old "
     "remains in serious condition, police said.", (1, 1)),
    # near misses: the toddler was not hurt; a child who "remains" with relatives
    ("MONROE, La. - A 31-year-old man was shot in the hip at a house on Desiard Street on Tuesday, police said. A "
     "3-year-old was also in the house but was not hurt.", (0, 1)),
    ("MONROE, La. - A 27-year-old woman was shot and killed in her home on Desiard Street on Sunday, police said. "
     "Her 3-year-old remains in the custody of relatives.", (1, 0)),
])
def test_an_age_alone_in_condition(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "One teen died ... Another teen was taken to the hospital": one more beside the dead

@pytest.mark.parametrize("text, expected", [
    ("ALBANY, Ga. - One teen died after a shooting at a park on Jackson Street on Saturday. Another teen was taken "
     "to Phoebe Putney Memorial Hospital in serious condition, police said.", (1, 1)),
    # near miss: the other was taken for questioning
    ("ALBANY, Ga. - One man died after a shooting at a park on Jackson Street on Saturday. Another man was taken "
     "to police headquarters for questioning, police said.", (1, 0)),
])
def test_another_after_the_dead(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "shot at a group of four, hitting one in the leg": one of those fired at

@pytest.mark.parametrize("text, expected", [
    ("SAGINAW, Mich. - A man shot at a group of four teenagers walking home on Saturday, hitting one in the leg, "
     "police said.", (0, 1)),
    # near miss: nobody of the group was hit
    ("SAGINAW, Mich. - A man shot at a group of four teenagers walking home on Saturday. None of them was hit, "
     "police said.", (0, 0)),
])
def test_hitting_one_of_a_group(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "shot him in the leg and her in the arm": two persons, and neither is the gunman

@pytest.mark.parametrize("text, expected", [
    ("LIMA, Ohio - A couple was walking on Elm Street on Sunday when a man on a bicycle rode up and shot him in the "
     "leg and her in the arm, police said.", (0, 2)),
    # the pronoun object of a gunman's verb is not the gunman (a victim, not the shooter hurt)
    ("LIMA, Ohio - A man was sitting on his porch with his wife on Friday when a gunman walked up and shot him in "
     "the leg and her in the arm, police said. Both are expected to recover.", (0, 2)),
    # near misses: the two were told before ("wounding him ... and her" is they again); his wife only watched
    ("LIMA, Ohio - A gunman shot a man and his wife outside a diner on Elm Street on Wednesday, wounding him in the "
     "stomach and her in the hand, police said.", (0, 2)),
    ("LIMA, Ohio - A gunman walked up to a man on Elm Street on Sunday and shot him in the leg as his wife watched, "
     "police said.", (0, 1)),
])
def test_him_and_her_hit(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a vigil's crowd fired into: the person mourned died before

@pytest.mark.parametrize("text, expected", [
    ("BALTIMORE - A gunman fired into a crowd gathered at a vigil for Tanya Ruffin, who was killed in a shooting in "
     "April, wounding two people, police said.", (0, 2)),
    # near miss: a vigil for the report's own victim, where nobody fired
    ("BALTIMORE - Mourners gathered Monday at a vigil for Darnell Pugh, 23, who was shot and killed on Saturday on "
     "Edmondson Avenue. Police have not made an arrest.", (1, 0)),
])
def test_a_vigil_crowd_fired_into(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "a deceased female": counted where the report ties the death to a shot, not where its cause is still to be found

@pytest.mark.parametrize("text, expected", [
    ("SPOKANE, Wash. - Officers called to a welfare check at a house on Mission Avenue on Tuesday found a deceased "
     "female, police said. The medical examiner will determine the cause of death.", (0, 0)),
    ("SPOKANE, Wash. - Officers sent to a house on Mission Avenue on Wednesday found a male and female deceased "
     "inside. The medical examiner's office will determine how they died.", (0, 0)),
    # near misses: the dead were shot; a victim pronounced deceased at a hospital, whose autopsy is to come
    ("SPOKANE, Wash. - Officers sent to a house on Mission Avenue on Wednesday found a male and female deceased "
     "inside. Both had suffered a gunshot wound to the head, police said.", (2, 0)),
    ("SPOKANE, Wash. - Deputies were called to a report of a person shot on Mission Avenue on Friday. A woman was "
     "found with a gunshot wound to the head. She was taken to a hospital, where she was later pronounced deceased. "
     "An autopsy will determine the exact cause of death.", (1, 0)),
    ("SPOKANE, Wash. - Deputies responding to reports of gunfire on Mission Avenue late Friday found a deceased male "
     "in a driveway with several gunshot wounds.", (1, 0)),
])
def test_deceased_with_and_without_a_cause(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
