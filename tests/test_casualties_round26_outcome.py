"""Per-report killed / injured figures, round twenty-six: who died and who was hurt, the outcome told wrong.

GVDB dev's outcome confusions (killed counted as wounded, wounded as killed) were read one by one: of its nine
articles, six are the gold's own (victims alive in stable or critical condition, or a wound "non life threatening",
marked killed; three women found dead marked injured), one report contradicts itself (a headline "shot and killed"
over a body that tells a man shot twice and nothing more) and two are the reader's (a man and a woman "found
deceased", told "a male and female", and a TV transcript in capitals).  ``eval/counts_check33.jsonl`` holds 72
invented reports telling outcomes in the ways local news tells them, and over time (shot and later died, succumbed,
pronounced dead, taken off life support, did not survive, mortally wounded, clinging to life, critical but stable,
non-fatal, a grazed second victim, update headlines and paragraphs, a toll rising through a report), each beside a
near miss that keeps its count.  The test below pins the scores this round reached on it.  The focused tests use
texts written for them, each a rule's positive case and its near miss; the figure is the one the GVDB suite scores
(``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_thirty_third_check_set_scores(ledger):
    # both exact before this round: rules half 28 of 33, check half 32 of 39
    assert_pinned_halves(ledger, "33", rows=(33, 39), both=(RULES_BOTH, CHECK_BOTH))


def test_thirty_third_check_set_salt():
    assert_salted("33", "twenty-sixth-outcome26:", "c33-001")


# after the round's rules (rules half 28 -> 32, check half 32 -> 32)
RULES_BOTH = 33  # 32 -> 33 with the twenty-seventh session's rounds
CHECK_BOTH = 32


# -- "mortally wounded" tells a death, as "fatally wounded" does

@pytest.mark.parametrize("text, expected", [
    ("ERIE, Pa. - A man was mortally wounded in a shooting on Parade Street on Monday night, police said. He was found "
     "lying in the yard of a vacant house.", (1, 0)),
    ("ERIE, Pa. - A man was fatally wounded in a shooting on Parade Street on Monday night, police said.", (1, 0)),
    # near misses: a degree that tells a wound, not a death
    ("ERIE, Pa. - A man was seriously wounded in a shooting on Parade Street on Monday night, police said. He was "
     "taken to a hospital.", (0, 1)),
    ("ERIE, Pa. - A man was slightly wounded in a shooting on Parade Street on Monday night, police said.", (0, 1)),
])
def test_mortally_wounded_is_killed(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a person whose relative clause tells the hit, and who "did not survive"

@pytest.mark.parametrize("text, expected", [
    ("LANSING, Mich. - A motorist who was shot while driving on Interstate 496 on Sunday did not survive, state police "
     "said. Troopers are looking for a gray sedan.", (1, 0)),
    ("LANSING, Mich. - A man who was shot in the leg outside a bar on Sunday did not survive the night, police said.",
     (1, 0)),
    # near misses: he survived, or is feared not to; a relative clause that tells no shooting; another, earlier hit
    ("LANSING, Mich. - A motorist who was shot while driving on Interstate 496 on Sunday survived, state police said. "
     "Troopers are looking for a gray sedan.", (0, 1)),
    ("LANSING, Mich. - A man who was shot outside a bar on Sunday is not expected to survive, police said.", (0, 1)),
    ("LANSING, Mich. - A man who was hit by a car on Saginaw Street on Sunday did not survive, police said.", (0, 0)),
])
def test_a_hit_person_who_did_not_survive(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a dateline the parser took for the subject: "DAYTON, Ohio - A boy who was wounded last week died Monday"

@pytest.mark.parametrize("text, expected", [
    ("DAYTON, Ohio - A 9-year-old boy who was seriously wounded in a shooting on Elm Street last week died Monday at "
     "Dayton Children's Hospital, police said.", (1, 0)),
    ("DAYTON, Ohio - A man who was shot while driving on Route 4 on Sunday did not survive, police said.", (1, 0)),
    # near misses: the same dateline before a boy who lives
    ("DAYTON, Ohio - A 9-year-old boy who was seriously wounded in a shooting on Elm Street last week is improving at "
     "Dayton Children's Hospital, police said.", (0, 1)),
    ("DAYTON, Ohio - A man who was shot while driving on Route 4 on Sunday is expected to survive, police said.", (0, 1)),
])
def test_a_death_past_a_dateline_subject(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a murder-suicide whose victim, shot in the gunman's sentence, is told dead in the next

@pytest.mark.parametrize("text, expected", [
    ("JOPLIN, Mo. - A man shot his estranged wife outside her workplace on Range Line Road on Monday morning and then "
     "killed himself, police said. She died at a hospital.", (2, 0)),
    ("JOPLIN, Mo. - A man shot his estranged wife outside her workplace on Range Line Road on Monday morning and then "
     "killed himself, police said. The woman, 39, died at a hospital. The man died at the scene.", (2, 0)),
    # near misses: the wife lives (the suite leaves out a gunman whose victims all lived); a death of another cause
    ("JOPLIN, Mo. - A man shot his estranged wife outside her workplace on Range Line Road on Monday morning and then "
     "killed himself, police said. She is expected to survive.", (0, 1)),
    ("JOPLIN, Mo. - A man shot his estranged wife outside her workplace on Range Line Road on Monday morning and then "
     "killed himself, police said. She was treated at a hospital and released.", (0, 1)),
])
def test_a_murder_suicide_told_dead_in_the_next_sentence(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a police release's "an adult male suffering from a gunshot wound"

@pytest.mark.parametrize("text, expected", [
    ("On Tuesday at approximately 11:40 p.m., officers responded to a report of shots fired in the 300 block of Wade "
     "Road. Upon arrival officers located an adult male suffering from a gunshot wound. The victim was transported by "
     "EMS to Mercy West with injuries that are not believed to be life threatening.", (0, 1)),
    ("Upon arrival officers located an adult male suffering from a gunshot wound in the 300 block of Wade Road.",
     (0, 1)),
    # near misses: a male suffering from something else; shots fired and nobody found
    ("On Tuesday at approximately 11:40 p.m., officers responded to a call in the 300 block of Wade Road. Upon arrival "
     "officers located an adult male suffering from a medical emergency.", (0, 0)),
    ("On Tuesday at approximately 11:40 p.m., officers responded to a report of shots fired in the 300 block of Wade "
     "Road. Officers located several shell casings but no victims.", (0, 0)),
])
def test_a_male_suffering_from_a_gunshot_wound(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
