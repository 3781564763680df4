"""Per-report killed / injured figures, round twelve: kinds of report the first rounds saw too seldom.

``eval/counts_check2.jsonl`` holds 100 invented shooting reports in styles the first check set lacks (police
blotters, court follow-ups, updates where the wounded died, victims listed by name, officer-involved
shootings, murder-suicides, corrected figures); the test below pins the scores this round reached on it.
The focused tests use sentences written for them, each a rule's positive case and its near miss.  The
figure is the one the GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import pytest

from eval import check_sets, counts_check


def _figures(mentions):
    from eval.common import report_casualties

    figs = report_casualties(mentions, victims_only=True)
    return figs.get("killed", 0), figs.get("wounded", 0)


def _report(mentions_of, text):
    return _figures(mentions_of(text))


def test_second_check_set_scores(ledger):
    items = counts_check.rows(counts_check.CHECK_SET2)
    assert len(items) == 100
    found = {}
    for report, _, mentions in ledger.analyze([check_sets.report(row) for row in items]):
        found[report.id] = _figures(mentions)
    scores = counts_check.score(items, found, counts_check.half2)
    # both exact before this round: rules half 33 of 43, check half 42 of 57
    assert scores["rules"]["rows"] == 43 and scores["check"]["rows"] == 57
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


RULES_BOTH = 41  # 40 -> 41 with the twenty-fifth session's rounds
# (46 since round seventeen: relatives a trigger lists without names are described apart, so a name given later
# is one of them)
CHECK_BOTH = 51  # 46 -> 48 with round court22 (court stories: the tried killing, the accused); 49 with left24; 49 -> 51 with the twenty-fourth session's rounds


def test_halves_of_the_second_set_are_fixed_by_the_salted_hash():
    assert counts_check.half2("c12-001") == check_sets.first_digit_half("twelfth-counts12:", "c12-001")
    assert {counts_check.half2(f"c12-{i:03d}") for i in range(1, 101)} == {"rules", "check"}


@pytest.mark.parametrize("text, expected", [
    # a follow-up's lists put after the verb
    ("Police on Tuesday named the victims of the weekend shooting at a cookout on Orchard Lane.\n"
     "Killed were Arlo Denning, 24, and Mateo Fry, 31.", (2, 0)),
    ("Deputies identified those hurt at the county fair. "
     "Wounded were Paula Greer, 40; Dale Pike, 19; and Tomas Reyna, 22.", (0, 3)),
    # semicolons part the persons of a list, each with an age
    ("Authorities released the names of five people shot at Strike Zone Lanes on Friday. Lena Hart, 49, died at the "
     "scene. Also shot were Dean Marsh, 52; Anna Marsh, 50; Ben Cole, 33; and Ty Cole, 8. All four are expected to live.",
     (1, 4)),
])
def test_lists_put_after_the_verb(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: an apposition set off by commas is another name for the same person
    ("The victim, Paula Greer, 40, was wounded in the arm on Friday night, police said.", (0, 1)),
    ("Among those questioned were Arlo Denning, 24, and Mateo Fry, 31, police said.", (0, 0)),
])
def test_lists_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A woman is recovering after being shot in the arm early Sunday on Hollis Road, police said.", (0, 1)),
    ("A cab driver went back to work on Monday, a week after being shot in the shoulder during a robbery.", (0, 1)),
    ("A 16-year-old boy was shot and killed Friday. The shooting left another teen critically wounded.", (1, 1)),
])
def test_the_person_of_a_clause_without_a_subject(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # shot at, not hit; the neighborhood shaken, no person
    ("A deputy returned fire after being shot at by a driver on Route 9. Nobody was hit.", (0, 0)),
    ("The shooting on Gable Street left the neighborhood shaken, residents said. Nobody was hit.", (0, 0)),
])
def test_clauses_without_a_subject_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("An earlier version of this story said two people were killed in Tuesday's shooting on Baxter Avenue. "
     "Police say one man, 28, was killed and a woman was wounded.", (1, 1)),
    ("The sheriff's office initially reported that a deputy had been shot during the standoff. On Wednesday it said "
     "the only person shot was the suspect, 39, who was wounded in the hip.", (0, 1)),
    ("Police said Sunday that three people, not four as first reported, were shot outside a skating rink.", (0, 3)),
])
def test_corrected_figures(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: a plain "earlier" is kept, and "not" before the verb still negates it
    ("Police earlier said a man was killed in the shooting on Oak Street.", (1, 0)),
    ("Three people were in the car, but none of them were shot, not even the driver.", (0, 0)),
])
def test_corrected_figures_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Four members of one family were shot at their home on Wren Court late Sunday. All are expected to survive.", (0, 4)),
    # near miss: "one" that counts a person still counts
    ("Four people were shot and one of them died at the scene on Wren Court late Sunday.", (1, 3)),
])
def test_one_group_counts_no_person(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Someone fired six shots into a house on Alder Road early Tuesday. No one was hit. "
     "Last month, a man was wounded in a shooting on the same street.", (0, 0)),
    ("A man was shot at but not hit at a gas station on Kemp Road on Sunday. "
     "In March, a woman was killed in a robbery at the same station.", (0, 0)),
])
def test_other_incidents_told_beside_the_reported_one(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: the date is the reported hit's own, or it hangs on another clause
    ("Last month, a man was wounded in a shooting on Alder Road. On Tuesday he died.", (1, 0)),
    ("Two men were robbed on Alder Road last month. On Tuesday a woman was wounded in a shooting on the same street.",
     (0, 1)),
])
def test_other_incidents_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police have identified the teenage boy shot and killed late Sunday. Darnell Cole, 17, was hit three times. "
     "He died a short time later at a hospital. The shooting left another teen critically wounded.", (1, 1)),
    # near miss: "another man" killed by the one accused is no one more victim
    ("A man accused of killing another man in a fight was arrested. The victim, Tom Reed, died Monday.", (1, 0)),
])
def test_another_person_left_hurt(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bullet hits girl in bed\nA stray bullet struck a 6-year-old girl in the leg as she slept Thursday night.", (0, 1)),
])
def test_a_bullet_that_struck(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    # near miss: a car that struck a man is no gunshot
    ("A car struck a 60-year-old man crossing Hale Street on Friday night, police said.", (0, 0)),
])
def test_struck_near_misses(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Two women shot in Eastgate; one dies\nPolice are investigating a shooting in the Eastgate neighborhood late Friday.",
     (1, 1)),
    # near miss: one noun for both the shot and the dead
    ("Two women shot in Eastgate die\nPolice are investigating a shooting in the Eastgate neighborhood late Friday.",
     (2, 0)),
])
def test_a_headline_where_one_of_the_shot_dies(mentions_of, text, expected):
    assert _report(mentions_of, text) == expected


def test_a_story_told_to_police_is_no_corrected_figure(mentions_of):
    # the father's first story corrects who shot, not whether the boy was hit
    text = ("A teen was accidentally shot by his father on Tuesday, police said. The father originally told police that "
            "a stranger shot his son, but later said he thought the teen was an intruder and shot him. "
            "The teen is in stable condition.")
    assert _report(mentions_of, text) == (0, 1)
