"""Per-report killed / injured figures, round twenty-three (left): traps an outlet's prose sets beside the incident's
toll, which earlier rounds found and left.

``eval/counts_check25.jsonl`` holds 80 invented reports, each setting one trap (a tally of a period, a sweet 16
party, photo credits and station names, twins told by name, the accused's shootings in a separate case, a pronoun
whose person is the victim) or a near miss that keeps its count.  The test below pins the scores this round reached
on it.  The focused tests use texts written for them, each a rule's positive case and its near miss; the figure is
the one the GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_twenty_fifth_check_set_scores(ledger):
    # both exact before this round: rules half 27 of 38, check half 33 of 42; after its rules 36 and 36; rules 37
    # after round coord23 (persons told together)
    assert_pinned_halves(ledger, "25", rows=(38, 42), both=(38, 36))


def test_twenty_fifth_check_set_salt():
    assert_salted("25", "twenty-third-left23:", "c25l-001")


def _keys(mentions) -> set[str]:
    return {c.victim for m in mentions for c in m.claims if c.victim}


# -- a first name joined by "and" to a full name is one more person of that surname

def test_twins_told_by_first_names_and_one_surname_are_two(mentions_of):
    text = ("SALINA, Kan. - Twin brothers Omar and Idris Bello, 20, were wounded in a shooting outside a laundromat on "
            "Ninth Street on Friday night.")
    mentions = mentions_of(text)
    assert _figures(mentions) == (0, 2)
    assert {"bello, omar", "bello, idris"} <= _keys(mentions)


def test_a_lone_first_name_of_the_twins_is_one_of_them(mentions_of):
    # (the NER takes "Twins Jerome" for one name: the plural person noun is no part of it)
    text = ("Twins Jerome and Jamal Tate, 17, were shot on Friday near a bus stop on Elm Avenue. Jerome died at the "
            "scene; Jamal was listed in stable condition.")
    assert _figures(mentions_of(text)) == (1, 1)


def test_a_surname_before_and_is_no_first_name_of_the_next_name(mentions_of):
    # near miss: "Wu" ends a full name of its own, so Wu and Cole are two surnames, not two Coles
    text = "Police said Ann Wu and Ray Cole were shot on Friday outside a laundromat on Ninth Street."
    mentions = mentions_of(text)
    assert _figures(mentions) == (0, 2)
    assert not any(k.startswith("cole, ") for k in _keys(mentions))


def test_a_twin_named_apart_who_was_not_hurt_is_no_victim(mentions_of):
    # near miss: no "and" joins the twin's first name to the full name
    text = "Omar Bello, 20, was shot in the leg on Friday. His twin, Idris, was beside him and was not hurt."
    assert _figures(mentions_of(text)) == (0, 1)


# -- a twin and a passerby are persons counted one at a time

def test_a_twin_and_a_passerby_are_persons(mentions_of):
    text = ("A 23-year-old twin was shot and killed on Friday outside a market on Pine Street. A passerby was grazed "
            "in the arm.")
    assert _figures(mentions_of(text)) == (1, 1)


def test_a_twin_brother_told_unhurt_is_no_victim(mentions_of):
    # near miss: the twin told not hurt
    text = "A 23-year-old man was shot and killed on Friday outside a market. His twin brother was not hurt."
    assert _figures(mentions_of(text)) == (1, 0)


# -- a dateline's town whose conjunct after the dash is the subject stands for it

def test_persons_the_parser_joins_to_the_dateline_town_are_the_subject(mentions_of):
    text = ("HAYS, Kan. - Twin sisters Mara and Lena Voss, 22, were shot and killed on Saturday night outside their "
            "apartment on Oak Street.")
    assert _figures(mentions_of(text)) == (2, 0)


# -- the number of people hit in a town or over a week is a running tally

def test_the_number_shot_in_a_town_this_week_is_a_tally(mentions_of):
    text = ("SALINA, Kan. - A 30-year-old man was shot in the hand on Tuesday on Ash Street. The shooting brought to "
            "six the number of people shot in Salina this week, the police chief said.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_the_number_hit_at_the_scene_is_the_incidents(mentions_of):
    # near miss: the number of people hit at a party, not in a town
    text = "The gunfire brought to four the number of people wounded at the party on Ash Street, police said."
    assert _figures(mentions_of(text)) == (0, 4)


def test_a_town_named_by_a_venue_is_no_tally(mentions_of):
    # near miss: the town names the venue, not the place the number runs over
    text = "The attack brought to three the number of people killed in the shooting at the Wichita mall."
    assert _figures(mentions_of(text)) == (3, 0)


# -- an active verb of taking to a hospital tells its object was taken, not its driver

def test_the_one_driven_to_the_hospital_is_the_one_hit(mentions_of):
    text = ("Dwight Pell, 24, was shot on Hill Street on Friday night. His cousin, Arlo Pell, 27, lifted him into the "
            "back seat and drove to the hospital. He died there an hour later.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_one_who_drove_himself_to_the_hospital_was_hit(mentions_of):
    # near miss: no one else taken, so the driver is the one hit
    text = "A man was shot in the arm on Hill Street on Friday night. He drove himself to the hospital."
    assert _figures(mentions_of(text)) == (0, 1)


# -- a number before a party's or a birthday's noun names the occasion

def test_a_sweet_16_party_is_no_count(mentions_of):
    text = "Two teens wounded at sweet 16 party in Salina"
    assert _figures(mentions_of(text)) == (0, 2)


def test_a_count_of_party_guests_stays_a_count(mentions_of):
    # near miss: the noun after the party's is the persons counted
    text = "Police said 16 party guests were wounded when a man opened fire in the backyard."
    assert _figures(mentions_of(text)) == (0, 16)


# -- the second of what "left" left, tagged a past tense, is a person hurt, not shooting

def test_a_kin_left_wounded_after_one_left_dead_is_hurt(mentions_of):
    text = "The gunfire outside the diner on Ash Street left one man dead and his brother wounded, police said."
    assert _figures(mentions_of(text)) == (1, 1)


def test_one_who_wounded_somebody_after_leaving_is_the_shooter(mentions_of):
    # near miss: the verb has an object of its own, so its subject shot
    text = "The suspect left the house on Ash Street and his brother wounded a neighbor, police said."
    assert _figures(mentions_of(text)) == (0, 1)


# -- "twin" before a plural person noun counts two persons, unless names follow that count them

def test_twin_sons_are_two(mentions_of):
    text = "A woman and her twin sons were shot on Friday when gunfire hit their car on Ash Street."
    assert _figures(mentions_of(text)) == (0, 3)


def test_twins_named_after_the_noun_are_counted_once(mentions_of):
    # near miss: the names count the twins, so the noun adds nobody
    text = "Twin sons Omar and Idris Bello, 6, were shot on Friday when gunfire hit their car on Ash Street."
    assert _figures(mentions_of(text)) == (0, 2)


# -- "couple" named in apposition stands for the persons named

def test_a_couple_named_in_apposition_is_its_two_persons(mentions_of):
    text = "The couple, Dan and Amy Ruiz, were wounded on Saturday outside their home on Ash Street."
    assert _figures(mentions_of(text)) == (0, 2)


def test_a_couple_named_nowhere_adds_no_persons_of_a_name(mentions_of):
    # near miss: no names, so the count of "an elderly couple" alone tells them
    text = "An elderly couple was found shot to death on Saturday in their home on Ash Street."
    assert _figures(mentions_of(text)) == (2, 0)
