"""Per-report killed / injured figures, round thirty-six: figures that are no victims of the report's incident.

``eval/counts_check61.jsonl`` holds 70 invented reports that carry a figure a reading may add or take (the city's,
the county's or the nation's tallies, a series' earlier victims, mass shootings recalled, related-story lines, totals
told twice, a count that holds the shooter, numbers of people present, of shots and of suspects) beside near misses in
the same words whose figure is the incident's own.  The test below pins the scores this round reached on it.  The
focused tests use texts written for them, each a rule's positive case and its near miss; the figure is the one the
GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_sixty_first_check_set_scores(ledger):
    # both exact before this round: rules half 32 of 34, check half 34 of 36
    assert_pinned_halves(ledger, "61", rows=(34, 36), both=(RULES_BOTH, CHECK_BOTH))


def test_sixty_first_check_set_salt():
    assert_salted("61", "thirty-sixth-over36:", "c61-001")


# after the round's rules
RULES_BOTH = 33
CHECK_BOTH = 34


# -- a stretch of time's toll: a clause on "a weekend", "a week", "a month" ("a weekend in which 23 people were shot,
# four fatally", "a month in which 40 people were shot", "a weekend that saw 19 people shot", "It was a violent
# weekend, with 23 people shot") or a stretch as the subject of what left the count ("The violent weekend left 23
# people shot", "The weekend's violence left 12 people dead", "The past week has seen 30 people shot")

@pytest.mark.parametrize("text, expected", [
    ("ROCKFORD, Ill. - A woman was wounded in a shooting on Elm Street on Saturday night, police said. The shooting "
     "capped a weekend in which 23 people were shot, four fatally.", (0, 1)),
    ("ROCKFORD, Ill. - A woman was wounded in a shooting on Elm Street on Saturday night, police said. June was a "
     "month in which 40 people were shot and nine killed in Rockford.", (0, 1)),
    ("ROCKFORD, Ill. - A woman was wounded in a shooting on Elm Street on Saturday night, police said. The city is "
     "coming off a weekend that saw 19 people shot.", (0, 1)),
    ("ROCKFORD, Ill. - A woman was wounded in a shooting on Elm Street on Saturday night, police said. It was a "
     "violent weekend in the city, with 23 people shot, four fatally.", (0, 1)),
    ("ROCKFORD, Ill. - A woman was wounded in a shooting on Elm Street on Saturday night, police said. The violent "
     "weekend left 23 people shot, four fatally.", (0, 1)),
    ("ROCKFORD, Ill. - A woman was wounded in a shooting on Elm Street on Saturday night, police said. The weekend's "
     "violence left 12 people dead.", (0, 1)),
    ("ROCKFORD, Ill. - A woman was wounded in a shooting on Elm Street on Saturday night, police said. The past week "
     "has seen 30 people shot in the city.", (0, 1)),
    # near misses: the weekend's one shooting told with "with"; a festival's own toll in a clause on the festival;
    # last week's one shooting and the weekend shooting as what left the dead
    ("ROCKFORD, Ill. - Last week's shooting on Elm Street left two people dead and three wounded, police said.",
     (2, 3)),
    ("ROCKFORD, Ill. - The weekend shooting on Elm Street left two people dead, police said.", (2, 0)),
    ("ROCKFORD, Ill. - It was a quiet weekend until Saturday night, with two men shot outside a bar on Main Street, "
     "police said.", (0, 2)),
    ("ROCKFORD, Ill. - Gunfire at a weekend festival in which 14 people were shot, two fatally, has led to calls for "
     "more police on Elm Street.", (2, 12)),
])
def test_a_stretch_of_times_toll(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a perfect over a number of days, weeks, months or years: "Five people have been killed on this street in two
# years", "We've had five people killed on this block in three years"

@pytest.mark.parametrize("text, expected", [
    ("TOLEDO, Ohio - A woman was wounded in a shooting on Dorr Street on Saturday, police said. Five people have been "
     "killed on the street in two years, neighbors said.", (0, 1)),
    ("TOLEDO, Ohio - A woman was wounded in a shooting on Dorr Street on Saturday, police said. \"We've had five "
     "people killed on this street in two years,\" said neighbor Ann Lee.", (0, 1)),
    # near misses: the first homicide in two years is the incident's own death; the lead's man before the perfect
    ("TOLEDO, Ohio - A man was shot and killed on Dorr Street on Saturday in the village's first homicide in two "
     "years, police said.", (1, 0)),
    ("TOLEDO, Ohio - A man was killed on Dorr Street on Saturday night, and police say five people have been killed "
     "on the block in two years.", (1, 0)),
])
def test_a_perfect_over_a_stretch(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a rate: "Gun violence kills about 100 Americans every day"

@pytest.mark.parametrize("text, expected", [
    ("ST. LOUIS - A man was shot and killed on Gravois Avenue on Sunday afternoon, police said. Gun violence kills "
     "more than 100 Americans every day, according to the group.", (1, 0)),
    # near miss: a quote of every day holds no figure of persons
    ("ST. LOUIS - Two men were shot and killed on Gravois Avenue on Sunday afternoon, police said. \"I pray for them "
     "every day,\" said a neighbor.", (2, 0)),
])
def test_a_rate_of_every_day(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- the gunfire as the subject of "hit": "Police said the gunfire hit four people", "Bullets struck two bystanders"

@pytest.mark.parametrize("text, expected", [
    ("TULSA, Okla. - Police said the gunfire hit four people outside an apartment complex on Tuesday night. All four "
     "are expected to survive.", (0, 4)),
    ("TULSA, Okla. - Bullets struck two bystanders outside a corner store on Friday night, police said.", (0, 2)),
    ("TULSA, Okla. - The gunfire that hit three people outside the bar came from a passing car, police said.", (0, 3)),
    # near misses: a car hit the people; the shots hit things
    ("TULSA, Okla. - A car hit two people on Main Street on Friday night, police said.", (0, 0)),
    ("TULSA, Okla. - Shots struck two cars and a house on Friday night, but nobody was hurt, police said.", (0, 0)),
])
def test_gunfire_hit_them(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "another victim ..., and the other two ...": one of a group told before, shared out by condition

@pytest.mark.parametrize("text, expected", [
    ("LATTA, S.C. - Four people were shot at a club on Willis Street on Saturday morning. Deputies say another "
     "victim remains in critical condition, and the other two are stable.", (0, 4)),
    # near misses: one dead beside the rest (as before); another victim who walked in later is one more
    ("LATTA, S.C. - Four people were shot at a club on Willis Street on Saturday morning. Deputies say one victim "
     "is dead, another victim remains in critical condition, and the other two are stable.", (1, 3)),
    ("LATTA, S.C. - Three people were shot at a club on Willis Street on Saturday morning; another victim walked into "
     "a hospital later, deputies said.", (0, 4)),
])
def test_another_beside_the_rest(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
