"""Per-report killed / injured figures, round thirty-six: the counting leftovers the thirty-fifth session named.

``eval/counts_check59.jsonl`` holds 70 invented reports of those leftovers: a bare age as a victim ("A 2-year-old was
also hit"), victims taken to a hospital "where NAME was pronounced dead", a group's outcome told later by its noun
("the boys died"), a parenthesis between a count and its outcome, ages without hyphens, a named pair and then "Both
are expected to survive", and a person hurt fleeing; beside near misses that keep their count.  The test below pins
the scores this round reached on it.  The focused tests use texts written for them, each a rule's positive case and
its near miss; the figure is the one the GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_fifty_ninth_check_set_scores(ledger):
    # both exact before this round: rules half 21 of 29, check half 35 of 41
    assert_pinned_halves(ledger, "59", rows=(29, 41), both=(RULES_BOTH, CHECK_BOTH))


def test_fifty_ninth_check_set_salt():
    assert_salted("59", "thirty-sixth-left36:", "c59-001")


# after the round's rules
RULES_BOTH = 24
CHECK_BOTH = 38


# -- "A 6-year-old was also shot": an age told as a noun, with its article, is one more person hit after another, as
# "a woman" is ("another" one)

@pytest.mark.parametrize("text, expected", [
    ("ERIE, Pa. - A 35-year-old man was shot in the chest on East 10th Street on Friday night, police said. A "
     "6-year-old was also shot in the leg and was taken to UPMC Hamot in stable condition.", (0, 2)),
    # near miss: the bare age also arrested
    ("ERIE, Pa. - A 35-year-old man was shot in the chest on East 10th Street on Friday night, police said. A "
     "19-year-old was also arrested a block away.", (0, 1)),
])
def test_a_bare_age_also_hit(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "A 9-year-old was hit too": a passive hit told "also" or "too" after gunfire is a shot, with no agent told

@pytest.mark.parametrize("text, expected", [
    ("YAKIMA, Wash. - A 35-year-old man was shot and killed outside a bar on South First Street early Sunday. A "
     "9-year-old was hit too and was flown to Harborview Medical Center, police said.", (1, 1)),
    # near misses: a blow with a bottle, told "also"; the bare age in the car but not hurt
    ("YAKIMA, Wash. - A 35-year-old man was shot outside a bar on South First Street early Sunday. A woman was also "
     "hit with a bottle during the fight that followed, police said.", (0, 1)),
    ("YAKIMA, Wash. - A 35-year-old man was shot and killed outside a bar on South First Street early Sunday. A "
     "9-year-old was also in the car but was not hurt, police said.", (1, 0)),
])
def test_hit_too_after_gunfire(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "X, 18, and Y, 19, were walking home when gunfire broke out. Both were treated ...": a named pair under fire

@pytest.mark.parametrize("text, expected", [
    ("FRESNO, Calif. - Maya Patel, 18, and Grace Kim, 19, were walking home on Blackstone Avenue on Tuesday night "
     "when gunfire broke out. Both were treated at Community Regional Medical Center for gunshot wounds.", (0, 2)),
    ("FRESNO, Calif. - Maya Patel, 18, and Grace Kim, 19, were walking home on Blackstone Avenue on Tuesday night "
     "when shots rang out. Both are in stable condition.", (0, 2)),
    ("MODESTO, Calif. - Luis Ortega, 27, and his wife Elena, 25, were in their kitchen on Paradise Road when bullets "
     "came through the wall Friday night. Both are expected to survive.", (0, 2)),
    # near misses: the pair to testify, unhurt, questioned
    ("MODESTO, Calif. - Luis Ortega, 27, and Daniel Reyes, 30, were sitting in a parked car on Paradise Road on "
     "Friday night when gunfire erupted. Both are expected to testify against the shooter.", (0, 0)),
    ("MODESTO, Calif. - Luis Ortega, 27, and Daniel Reyes, 30, were sitting in a parked car on Paradise Road on "
     "Friday night when gunfire erupted. Both were unhurt, police said.", (0, 0)),
    ("MODESTO, Calif. - Luis Ortega, 27, and Daniel Reyes, 30, were sitting in a parked car on Paradise Road on "
     "Friday night when gunfire erupted. Both were taken to police headquarters for questioning.", (0, 0)),
])
def test_both_after_a_named_pair_under_fire(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "hurt when she fell running from the gunfire": a fall or a leap in the flight is no hit of the shooting

@pytest.mark.parametrize("text, expected", [
    ("LAKELAND, Fla. - A man was shot in the hip outside a nightclub on Memorial Boulevard early Saturday. A woman "
     "was hurt when she fell running from the gunfire.", (0, 1)),
    ("LAKELAND, Fla. - A man was shot in the hip outside a nightclub on Memorial Boulevard early Saturday. Another "
     "man was injured when he jumped a fence to escape the gunfire, police said.", (0, 1)),
    # near misses: shot as she ran; hit by a bullet when he jumped
    ("LAKELAND, Fla. - A man was shot in the hip outside a nightclub on Memorial Boulevard early Saturday. A woman "
     "was shot in the back as she ran from the gunfire, police said.", (0, 2)),
    ("LAKELAND, Fla. - A man was shot in the hip outside a nightclub on Memorial Boulevard early Saturday. Another "
     "man was hit by a bullet when he jumped from the porch, police said.", (0, 2)),
])
def test_hurt_fleeing_the_gunfire(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
