"""Casualty claims: outcome, party, count and qualifier, on sentences written for these tests."""

from __future__ import annotations

import pytest


def claims(analyze, text):
    doc = analyze(text)
    return [(c.outcome, c.party, c.count, c.qualifier) for c in doc._.raw_claims]


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed at least 14 soldiers in an ambush on Thursday.", [("killed", "military forces", 14, "at_least")]),
    ("Over 100 people have died in the fighting, officials said.", [("killed", None, 100, "more_than")]),
    ("About 30 villagers were abducted from their homes.", [("abducted", "civilians", 30, "about")]),
    ("Up to 50 inmates escaped through a tunnel.", [("escaped", "prisoners", 50, "up_to")]),
    ("Seven civilians were wounded by shrapnel.", [("wounded", "civilians", 7, "exact")]),
    ("Police arrested 23 suspects after the raid.", [("arrested", "militants", 23, "exact")]),
    ("Six soldiers are still missing after the attack.", [("missing", "military forces", 6, "exact")]),
    ("Dozens of inmates escaped during the assault.", [("escaped", "prisoners", 24, "at_least")]),
    ("A dozen policemen were wounded in the clashes.", [("wounded", "police", 12, "about")]),
    ("Troops recaptured 89 prisoners who had escaped.", [("arrested", "prisoners", 89, "exact")]),
    ("Hundreds of protesters were detained overnight.", [("arrested", None, 200, "at_least")]),
    ("The bomb killed twenty-three people at the market.", [("killed", None, 23, "exact")]),
])
def test_outcome_party_count_qualifier(analyze, text, expected):
    assert claims(analyze, text) == expected


def test_breakdown_gives_total_and_one_claim_per_party(analyze):
    got = claims(analyze, "The death toll has risen to 140, including 81 militants, 52 members of the security forces "
                          "and seven civilians, according to the monitor.")
    assert got == [
        ("killed", None, 140, "exact"),
        ("killed", "militants", 81, "exact"),
        ("killed", "security forces", 52, "exact"),
        ("killed", "civilians", 7, "exact"),
    ]


def test_breakdown_parts_point_to_their_total(analyze):
    doc = analyze("Some 140 people died, including 81 militants and seven civilians.")
    total, *parts = doc._.raw_claims
    assert total.party is None and total.total_of is None
    assert [p.total_of for p in parts] == [0, 0]


def test_militia_media_office_figures_with_ellipsis_and_speaker(analyze):
    doc = analyze("Nine of our fighters were killed and 12 wounded, while 31 attackers were killed, "
                  "the Syrian Democratic Forces said in a statement.")
    got = [(c.outcome, c.party, c.count) for c in doc._.raw_claims]
    assert got == [
        ("killed", "Syrian Democratic Forces", 9),
        ("wounded", "Syrian Democratic Forces", 12),
        ("killed", "militants", 31),
    ]


def test_active_verbs_take_their_own_objects(analyze):
    got = claims(analyze, "The explosion killed six civilians and wounded 20 others, police said.")
    assert got == [("killed", "civilians", 6, "exact"), ("wounded", "civilians", 20, "exact")]


def test_coordinated_parties_share_the_trigger(analyze):
    got = claims(analyze, "At least 23 members of the Kurdish-led forces and 39 Islamic State fighters have been killed "
                          "since the attack began.")
    assert got == [
        ("killed", "Syrian Democratic Forces", 23, "at_least"),
        ("killed", "Islamic State", 39, "exact"),
    ]


def test_a_single_person(analyze):
    assert claims(analyze, "A 25-year-old man was shot and killed outside a store on Main Street.") == [("killed", "civilians", 1, "exact")]


@pytest.mark.parametrize("text", [
    "Some 12,000 suspects remain in detention in camps across the region.",
    "Last year the group carried out over 250 attacks in the region.",
    "At its height it commanded 80,000 fighters.",
    "The convoy of 30 vehicles reached the town at 10 a.m.",
    "The 2019 attack on the base was the first in years.",
    "No one was killed in the blast.",
])
def test_numbers_that_are_no_casualties(analyze, text):
    doc = analyze(text)
    # background sentences may hold raw numbers, but none may reach a claim of the incident
    kept = [c for c in doc._.raw_claims if c.sent not in doc._.background]
    assert kept == []


def test_number_offsets_point_at_the_number(analyze):
    text = "Gunmen killed at least 14 soldiers near the border."
    doc = analyze(text)
    [c] = doc._.raw_claims
    assert text[c.num_start:c.num_end] == "14"
