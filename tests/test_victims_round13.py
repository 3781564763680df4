"""Per-report killed / injured figures, round thirteen: victims listed by name.

``eval/counts_check4.jsonl`` holds 104 invented reports that name their victims the many ways local news does
(lists with ages and hometowns, semicolon lists, "Killed were", "The dead are", suffixes and double surnames,
relatives, officers and shooters named beside the victims); the first test pins the scores this round reached on
it.  The focused tests use sentences written for them, each a rule's positive case and its near miss.  The figure
is the one the GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from .tolls import check_set_scores, figures as _figures


def _report(mentions_of, text):
    return _figures(mentions_of(text))


def test_fourth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "4", rows=104)
    # both exact before this round: rules half 42 of 49, check half 39 of 55
    assert scores["rules"]["rows"] == 49 and scores["check"]["rows"] == 55
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


RULES_BOTH = 47
CHECK_BOTH = 44  # 43 -> 44 with round court22


@pytest.mark.parametrize("text, expected", [
    # a group the sentence names one by one: each name is a person
    ("Officers were called to a house on Birch Lane on Tuesday night after neighbors heard shots.\n"
     "The dead are Nadia Fulton, 41, and her son, Corey Fulton, 17, police said.", (2, 0)),
    ("Deputies were called to a farmhouse outside Millbrook on Sunday night.\n"
     "The dead were identified as Orin Stahl, 60, and Bess Wexley, 57.", (2, 0)),
    ("Authorities identified the men killed in Thursday's gunfire as Arthur P. Lindqvist Jr., 52, and "
     "Dwayne R. Coble III, 48.", (2, 0)),
    ("Gunfire broke out at a bowling alley late Friday. Those killed were Rufus Amesbury, 33, and Lionel Prewitt, 29.",
     (2, 0)),
    ("The victims, Edgar Holm, 71, and his wife, Rita Holm, 69, were shot in the garage of their home on Friday.",
     (0, 2)),
    # a list the parser breaks: a name hung on the name before, semicolon items, a list after a colon
    ("Police said Omar Castell, 20, Kyle Brandt, 22, and Rob Tindall, 19, were shot on Pine Street.", (0, 3)),
    ("Police identified the people killed Sunday on Elm Street as Ann Quist, 40; Lev Quist, 44; and Tom Ibarra, 19.",
     (3, 0)),
    ("The coroner released the names of those killed: Ann Quist, 40; Lev Quist, 44; and Tom Ibarra, 19.", (3, 0)),
    # "the victims" named, each hit
    ("Gunfire erupted outside a club on Friday. Police identified the victims as Tony Ravel, Marco Bettini and Frank "
     "Delacorte. Ravel was in critical condition.", (0, 3)),
])
def test_a_group_named_one_by_one(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: the dead among the victims named are not also wounded; a group nobody names; others than the victims
    ("Two men were killed on Friday. Police identified the victims as Tony Ravel, 30, and Marco Bettini, 31.", (2, 0)),
    ("The victims were taken to Regional Medical Center, where one of them died.", (1, 0)),
    ("Two men were wounded on Friday. The victims, both 19, are expected to recover.", (0, 2)),
    ("Police questioned the men who were with the victim, Carl Ostrow, 30, when he was shot.", (0, 1)),
    # an apposition that is the same person stays one
    ("The victim, Paula Greer, 40, was wounded in the arm on Friday night, police said.", (0, 1)),
])
def test_a_group_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a counted person with a name set off after him is that name, one more beside another named victim
    ("Officer Dan Pruitt fatally shot Karl Nagel, 30. The officer also shot and killed a neighbor, "
     "61-year-old Mary Sowerby.", (2, 0)),
    ("Officer Dan Pruitt fatally shot Karl Nagel, 30. The officer also shot and killed a neighbor, Mary Sowerby, 61.",
     (2, 0)),
])
def test_a_counted_person_named(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: a description and a name of one person stay one
    ("A man was shot and killed Friday. The victim, a man, John Amesley, 30, died at the scene.", (1, 0)),
    ("A man was shot, Chicago police said.", (0, 1)),
])
def test_a_counted_person_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # two persons of one surname that the NER takes for an organisation, after a plural person noun
    ("Cousins Ashlyn Riveros, 15, and Bianca Riveros, 14, were shot Saturday afternoon at Memorial Park, police said. "
     "Riveros was treated at a hospital.", (0, 2)),
    # "both" after two persons named: the two of them
    ("Ron Batey, 24, and Dale Foxworth, 26, were shot about 9 p.m. Friday on Lake Street. Both died at Mercy Hospital, "
     "police said.", (2, 0)),
    ("The coroner identified them as Paul Hartigan, 58, and Joan Fryer, 54. Both were pronounced dead at the home.",
     (2, 0)),
    # "identified the man who died as X": the dead man is the name, not one more unnamed (who may be the wounded)
    ("Police identified the man who died as Brandon Leese, 25. Jermaine Scovil, 27, was in critical condition at "
     "University Hospital on Friday.", (1, 1)),
    # a verb the parser left without a subject: the name right before it, its age aside
    ("Police said Sam Ortell, 35, died at the scene and Lee Granby, 40, died later at the hospital.", (2, 0)),
])
def test_names_the_parse_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: "both" that stands for the wounded, one person named twice, a middle name, an officer not hit
    ("Ron Batey, 24, and Dale Foxworth, 26, were shot Friday. Both were in stable condition.", (0, 2)),
    ("Jevon Antwaine Baylor was shot on Friday. Jevon Baylor died on Sunday.", (1, 0)),
    ("Tom Childs and Ray Childs were shot on Monday.", (0, 2)),
    # the name "identified ... as" gives the man who shot is the shooter's, and the victim is named on her own
    ("Police identified the man who shot Ann Lowery as Tom Becker. Lowery died on Sunday.", (1, 0)),
    # a name after ", and" that opens a clause of its own is no item of the list before
    ("Orin Stahl, 60, died at the scene, and Bess Wexley, 57, was treated for shock.", (1, 0)),
    ("Officer Kyle Benton shot Trevor Nashe, 32, on Monday. Both were taken to a hospital, where Nashe died.", (1, 0)),
])
def test_names_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected
