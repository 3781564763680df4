"""Per-report killed / injured figures, round thirteen: deaths told after the hit, in a sentence of their own.

"Two men were shot ... Both were pronounced dead", "... He did not survive", "... One of the wounded later died":
the death is told by a phrase ("did not survive", "did not make it", "succumbed", "passed away") or by a subject
that refers back to the persons hit ("both", "they", "one", "one of the wounded").  The figure is the one the GVDB
suite scores: ``eval.common.report_casualties`` over victims only.  Each positive failed before this round; each
near miss must stay as it was.  The sentences are invented for these tests.
"""

from __future__ import annotations

import pytest


def _figures(mentions_of, text):
    from eval.common import report_casualties

    figs = report_casualties(mentions_of(text), victims_only=True)
    return figs.get("killed", 0), figs.get("wounded", 0)


@pytest.mark.parametrize("text, expected", [
    # "both" / "they" alone stand for the count of the hit just before
    ("Two men were shot on Birch Lane late Friday. Both were pronounced dead at the scene.", (2, 0)),
    ("Two cousins were shot while sitting in a parked car on Monday. Both later died.", (2, 0)),
    ("Three men were shot in an alley behind a laundromat on Sunday. They did not survive.", (3, 0)),
    # a phrase of death whose subject is a part of the hit
    ("Three people were shot outside a tavern on Friday. One of the victims succumbed to his injuries on Saturday.", (1, 2)),
    ("Two teens were shot near a basketball court Friday night. One did not make it.", (1, 1)),
    ("Four people were shot at a house party on Saturday night. Two of them did not survive.", (2, 2)),
    # a pronoun for the one person hit
    ("A man was shot in the chest on Friday night. He did not survive.", (1, 0)),
    # the group's word is no outcome of the part: "one of the wounded" died, and is none of the wounded left
    ("Two people were wounded in a shooting Friday. One of the wounded later died, police said.", (1, 1)),
])
def test_deaths_told_after_the_hit(mentions_of, text, expected):
    assert _figures(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two men were shot on Birch Lane late Friday. Both were taken to a hospital.", (0, 2)),
    ("Two men were shot on Birch Lane late Friday. Both are expected to survive.", (0, 2)),
    ("Three people were shot outside a tavern on Friday. One of them is in critical condition.", (0, 3)),
    ("A man was shot in the chest on Friday night. He survived.", (0, 1)),
    ("A man was shot in the leg on Friday night. He is not expected to survive.", (0, 1)),
    ("A man was shot in the leg on Friday night. Doctors fear he may not survive.", (0, 1)),
    # another person's death, or an earlier one
    ("A man was shot in the arm on Friday. His brother did not survive a shooting in 2014.", (0, 1)),
    ("A woman was shot in her yard on Sunday. Her dog did not make it.", (0, 1)),
    # the suspects' dead are no victims
    ("Two officers were shot during a standoff on Friday. One of the suspects died at the scene.", (0, 2)),
    # a death negated is none
    ("Two people were shot outside a store on Friday. Neither of them died.", (0, 2)),
    ("Two of the wounded were released from the hospital on Saturday.", (0, 2)),
])
def test_near_misses_stay(mentions_of, text, expected):
    assert _figures(mentions_of, text) == expected


@pytest.mark.parametrize("sentence, word, died", [
    ("He did not survive.", "survive", True),
    ("She didn't make it.", "make", True),
    ("He did not survive the night.", "survive", True),
    ("He later succumbed to his wounds.", "succumbed", True),
    ("He survived.", "survived", False),
    ("He may not survive.", "survive", False),
    ("They did not make it home.", "make", False),
    ("His brother did not survive a shooting in 2014.", "survive", False),
])
def test_died_by_phrase(nlp, sentence, word, died):
    from eventdesk.nlp.victims import died_by_phrase

    doc = nlp(sentence)
    tok = next(t for t in doc if t.lower_ == word)
    assert died_by_phrase(tok) is died
