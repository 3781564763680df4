"""Per-report killed / injured figures, round twelve (second): one report's own figures against the gold of
its incident.

Each report of a shooting gives its own killed and injured; set against the registry's figures for the one
incident it tells of, the reports show where a hit is read as a death or a death as a hit.  The tests use
sentences written for them, each a rule's positive case and its near miss.  The figure is the one the GVDB
suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest


def _report(mentions_of, text):
    from eval.common import report_casualties

    figs = report_casualties(mentions_of(text), victims_only=True)
    return figs.get("killed", 0), figs.get("wounded", 0)


@pytest.mark.parametrize("text, expected", [
    # "one of the N hit ... has died": one dead, and N hit (the others alive), whatever verb told the hit
    ("One of the two firefighters shot while answering a call on Birch Road Friday night has died, officials said.",
     (1, 1)),
    ("One of the three men shot Saturday night outside a Dayton tavern has died, police said.", (1, 2)),
    # "dead" after "pronounced" or "found", said of the part
    ("Four people were shot outside a bar on Main Street early Sunday. One of the four was pronounced dead at "
     "the scene; the other three were taken to a hospital.", (1, 3)),
    ("One of the three victims was found dead in a parked car, deputies said.", (1, 2)),
    ("Two of the three victims were pronounced dead at the scene.", (2, 1)),
])
def test_one_of_the_hit_died(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: the whole were killed, or the dead is another than the part
    ("One of the three people killed Saturday died at the scene, the coroner said.", (3, 0)),
    ("The two men shot Friday on Walnut Street have died.", (2, 0)),
    ("One of the two men was arrested and the other was found dead in the yard.", (1, 0)),
])
def test_one_of_the_hit_died_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a reduced relative: the participle tells the hit, the main verb that the person died
    ("A woman wounded in a shooting on Ferris Avenue Monday has died, police said.", (1, 0)),
    ("A teenager injured in a shooting on Elm Street last week died Sunday at a hospital.", (1, 0)),
    ("Two men wounded in a drive-by shooting Monday have died.", (2, 0)),
    # the parser makes the hit word the subject of "died"
    ("A man shot Saturday night in Dayton has died.", (1, 0)),
])
def test_hit_then_died(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A woman wounded in the shooting on Ferris Avenue remains in critical condition.", (0, 1)),
    ("Two men shot outside a bar on Pine Street told police the gunman fled on foot.", (0, 2)),
])
def test_hit_then_died_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # digits after "a" name a thing: a calibre is no count of people
    ("Police said the mother was asleep when her son managed to find a 357 and shoot his little brother in the leg.",
     (0, 1)),
    # near miss: digits with no article count
    ("Investigators said the gunman walked into the bar and shot 3 people before fleeing.", (0, 3)),
])
def test_a_calibre_is_no_count(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a span of hours or a weekend's toll is a roundup, not one incident's
    ("It was a violent night in Cincinnati as eight people were shot in a five-hour span, police said.", (0, 0)),
    ("Police said 30 people were shot during a violent weekend in Chicago.", (0, 0)),
    ("Twin brothers, 17, among 17 killed in deadliest weekend of year", (0, 0)),
    # near misses: one incident, on a weekend
    ("Two men were killed in a shooting at a bar on Elm Street over the weekend.", (2, 0)),
    ("Eight people were shot at a party on Elm Street Saturday night.", (0, 8)),
])
def test_a_span_or_a_weekend_is_a_roundup(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "charged as an adult": the suspect's standing in court, no one more dead
    ("A 15-year-old is now charged as an adult for the shooting death of a teenage girl in March.", (1, 0)),
    ("A 16-year-old boy will be tried as an adult in the shooting death of a clerk at a Maple Street gas station.",
     (1, 0)),
    # near miss: an adult who was hit is a victim
    ("Police said an adult was shot and killed near the park on Linden Avenue.", (1, 0)),
])
def test_charged_as_an_adult(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a smaller count set off after a count, before its verb, only describes it
    ("Three of the victims, two men and a critically injured woman, were taken to a hospital.", (0, 3)),
    # near misses: a description of both, and a count told after the verb
    ("Two of the victims, both men in their 20s, died at the scene.", (2, 0)),
    ("Three people were shot on Elm Street, two men and a woman, police said.", (0, 3)),
    ("3 adults, 1 child found shot to death inside a motel room on Route 9", (4, 0)),
])
def test_a_smaller_count_in_an_aside_describes_the_count(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


def test_doc_counts_kinds_and_halves():
    from eval import doc_counts

    assert doc_counts.kinds((1, 2), (1, 2)) == ["exact", "killed exact", "injured exact"]
    # a death read as a hit: the same persons, split differently
    assert doc_counts.kinds((0, 3), (1, 2)) == ["over injured", "swap", "missed killed"]
    assert doc_counts.kinds((4, 0), (1, 3)) == ["over killed", "swap", "missed injured"]
    # the halves are fixed by the salted hash: a document never changes half between rounds
    assert [doc_counts.half(f"{i:032x}") for i in range(4)] == ["B", "A", "A", "A"]
