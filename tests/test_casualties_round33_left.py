"""Per-report killed / injured figures, round thirty-three: the counting leftovers earlier rounds named and left.

``eval/counts_check52.jsonl`` holds 70 invented reports of the faults earlier rounds named and left: a named dead then
"two other victims were taken to" a hospital, "found NAME and a woman with gunshot wounds" of whom NAME died, "a man
and his son were shot ... both are expected to survive", "grazed" and "a graze wound", "a third victim, identified as
NAME, drove himself to the hospital", "found the girl's parents dead inside", a relative of the named dead told wounded,
"taken to a hospital, where they were pronounced dead", a sentencing story's "for killing NAME", an update that adds a
second person hurt, and "the mother of a 9-year-old girl shot Sunday"; beside near misses that keep their count.  The
test below pins the scores this round reached on it.  The focused tests use texts written for them, each a rule's
positive case and its near miss; the figure is the one the GVDB suite scores (``eval.common.report_casualties`` over
victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_fifty_second_check_set_scores(ledger):
    # both exact before this round: rules half 25 of 32, check half 28 of 38
    assert_pinned_halves(ledger, "52", rows=(32, 38), both=(RULES_BOTH, CHECK_BOTH))


def test_fifty_second_check_set_salt():
    assert_salted("52", "thirty-third-left33:", "c52-001")


# after the round's rules
RULES_BOTH = 32
CHECK_BOTH = 35  # 31 -> 34 with the thirty-fourth session's counting round, 35 with the thirty-fifth's


# -- "NAME was pronounced dead. Two other victims were taken to a hospital": the others are besides the dead

@pytest.mark.parametrize("text, expected", [
    ("TOLEDO, Ohio - Police responded to gunfire on Dorr Street early Saturday. Kevin Marsh, 26, was pronounced dead "
     "at the scene. Two other victims were taken to St. Vincent hospital.", (1, 2)),
    ("TOLEDO, Ohio - Kevin Marsh, 26, died at the scene on Dorr Street, police said. Three additional victims were "
     "transported to a local hospital in stable condition.", (1, 3)),
    ("TOLEDO, Ohio - Three people were shot on Dorr Street. Kevin Marsh, 26, died at the scene. Two other victims "
     "were taken to St. Vincent hospital.", (1, 2)),
    # near misses: the others not hurt; the others arrested; no "other" (the two hit hold the dead)
    ("TOLEDO, Ohio - Kevin Marsh, 26, was pronounced dead at the scene on Dorr Street. Two other people in the car "
     "were not hurt.", (1, 0)),
    ("TOLEDO, Ohio - Two people were shot on Dorr Street. One died at the scene. Police said two other people were "
     "arrested.", (1, 1)),
    ("TOLEDO, Ohio - Two people were shot on Dorr Street on Saturday. Kevin Marsh, 26, died at the scene.", (1, 1)),
])
def test_others_told_after_the_dead(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "found NAME and a woman with gunshot wounds ... NAME died": the woman is one more, alive

@pytest.mark.parametrize("text, expected", [
    ("WICHITA, Kan. - Officers found Dale Crowder and a woman with gunshot wounds inside a duplex on Hydraulic Avenue "
     "late Monday. Crowder died at Wesley Medical Center.", (1, 1)),
    ("WICHITA, Kan. - Deputies found Dale Crowder, 47, and a teenage girl suffering from gunshot wounds on Hydraulic "
     "Avenue. Crowder was pronounced dead at the scene.", (1, 1)),
    ("WICHITA, Kan. - Police found a man and Dale Crowder with gunshot wounds in a parked car on Hydraulic Avenue. "
     "Crowder died later that night.", (1, 1)),
    # near misses: the woman found with him not hurt; found with no wound; he alone found
    ("WICHITA, Kan. - Officers found Dale Crowder with a gunshot wound and a woman hiding in a bedroom of a duplex on "
     "Hydraulic Avenue. Crowder died at Wesley Medical Center. The woman was not hurt.", (1, 0)),
    ("WICHITA, Kan. - Officers found Dale Crowder and a woman inside a duplex on Hydraulic Avenue late Monday. Crowder "
     "had been shot and died at Wesley Medical Center. The woman was not hurt.", (1, 0)),
    ("WICHITA, Kan. - Officers found Dale Crowder with a gunshot wound inside a duplex on Hydraulic Avenue late "
     "Monday. Crowder died at Wesley Medical Center.", (1, 0)),
])
def test_a_person_described_beside_a_named_dead(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- "the mother of a 9-year-old girl shot Sunday": the girl is the victim, her mother another person

@pytest.mark.parametrize("text, expected", [
    ("SAVANNAH, Ga. - The mother of a 7-year-old boy shot Saturday on Bull Street was also hit, police said.", (0, 2)),
    ("SAVANNAH, Ga. - The mother of a 7-year-old boy shot Saturday on Bull Street says he is doing better. Police said "
     "a woman walking by was also shot.", (0, 2)),
    ("SAVANNAH, Ga. - The father of a boy shot Friday asked for witnesses to come forward. Jalen Pratt, 12, was struck "
     "in the leg while riding his bike.", (0, 1)),
    ("SAVANNAH, Ga. - The grandmother of a 4-year-old girl killed by a stray bullet wants justice. The girl died at a "
     "hospital on Sunday.", (1, 0)),
    # near misses: the mother is the one shot; a vigil for an earlier victim beside the report's own
    ("SAVANNAH, Ga. - The mother of a 7-year-old boy was shot Saturday on Bull Street, police said. The boy was not "
     "hurt.", (0, 1)),
    ("SAVANNAH, Ga. - The mother of a 7-year-old boy shot Saturday on Bull Street says he is doing better.", (0, 1)),
])
def test_a_victim_told_through_a_relative(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


# -- a sentencing story: "in prison for killing NAME" is the killing's own story, "sentenced" no peaceful context

@pytest.mark.parametrize("text, expected", [
    ("SPRINGFIELD, Ill. - A Springfield man will spend the rest of his life in prison for killing Renee Alcott, a "
     "judge ruled Wednesday.", (1, 0)),
    ("SPRINGFIELD, Ill. - A man was sentenced Friday to 45 years in prison for killing Darnell Fisk outside a tavern "
     "on Clear Lake Avenue.", (1, 0)),
    ("SPRINGFIELD, Ill. - A Springfield man was convicted Thursday and sentenced to life for murdering Renee Alcott.",
     (1, 0)),
    # near misses: a sentence for a robbery that hurt nobody; for shots that missed
    ("SPRINGFIELD, Ill. - A Springfield man will spend 12 years in prison for robbing a bank on Clear Lake Avenue, a "
     "judge ruled Wednesday. No one was hurt.", (0, 0)),
    ("SPRINGFIELD, Ill. - A Springfield man was sentenced Friday to 10 years in prison for firing at a neighbor, who "
     "was not hit.", (0, 0)),
])
def test_a_sentencing_story_of_a_killing(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected
