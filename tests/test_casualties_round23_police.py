"""Per-report killed / injured figures, round twenty-three: police shootings, counted as GVDB counts them.

GVDB's dev articles about police shootings count the one an officer-involved shooting hit (all 17 dev reports of a
police shooting that hit one person), the officers a gunman wounded or killed, bystanders hit by either side, and a
gunman who killed himself after killing others; they are split on a gunman the police shot after he shot others (3 of
6 count him), whom the suite leaves out as before; never an officer's years of service, badge, unit, call sign or radio
code, nor the department's tallies.
``eval/counts_check24.jsonl`` holds 100 invented reports of officer-involved shootings told as local outlets tell
them (half with their paragraphs run together).  The test below pins the scores this round reached on it.  The
focused tests use texts written for them, each a rule's positive case and its near miss; the figure is the one the
GVDB suite scores (``eval.common.report_casualties`` over victims only)."""

from __future__ import annotations

import pytest

from .tolls import check_set_scores, figures as _figures


def test_twenty_fourth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "24", rows=100)
    # both exact before this round: rules half 32 of 49, check half 40 of 51
    assert scores["rules"]["rows"] == 49 and scores["check"]["rows"] == 51
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


def test_twenty_fourth_check_set_salt():
    from eval import check_sets, counts_check

    _, half_of = counts_check.SETS["24"]
    assert half_of("c24p-001") == check_sets.first_digit_half("twenty-third-police23:", "c24p-001")


# after the round's rules (rules half 32 -> 38, check half 40 -> 40)
RULES_BOTH = 38
CHECK_BOTH = 40


# -- the police as the ones who shot: a sentence's words

@pytest.mark.parametrize("sentence", [
    "The gunman, 31, was shot by two Stark County deputies when he came out of the house.",
    "Officers returned fire, hitting the man twice in the chest.",
    "A driver was killed in a shootout with state troopers on Interstate 77.",
    "The clerk returned fire and wounded the robber in the leg.",
])
def test_the_police_as_the_ones_who_shot(sentence):
    from eventdesk.nlp.victims import police_shot

    assert police_shot(sentence)


@pytest.mark.parametrize("sentence", [
    # a source, not a shooter; the suspect as the one who shot
    "Police said the suspect was shot in the leg during a fight outside the bar.",
    "The suspect shot the clerk and fled on foot, according to a police report.",
])
def test_no_police_as_the_ones_who_shot(sentence):
    from eventdesk.nlp.victims import police_shot

    assert not police_shot(sentence)


# -- each rule's text and its near miss, as the GVDB suite counts them

_P = pytest.param
TOLLS = [
    # a suspect the police shot, the only one the report tells hit, is the one GVDB counts, though the report calls him
    # only "the suspect"
    _P("A robbery suspect was shot and killed by a Canton police officer after he pointed a handgun at a cashier on "
       "Friday, police said.", (1, 0), id="suspect-killed-by-an-officer"),
    _P("Canton police on Wednesday identified the two officers who shot and killed a carjacking suspect in a grocery "
       "store parking lot on Sunday.", (1, 0), id="officers-identified"),
    # near miss: a gunman killed by deputies after he shot one of them stays no victim (GVDB's labels are split)
    _P("A gunman who wounded a deputy during a traffic stop in Canton was killed by other deputies early Sunday, the "
       "sheriff said.", (0, 1), id="near-miss-gunman-who-shot-a-deputy"),
    # near miss: the suspect is the one who shot; nobody shot him
    _P("A clerk was shot in the arm during a robbery at a liquor store in Lakewood on Sunday night. A suspect "
       "approached the counter and shot the clerk, police said.", (0, 1), id="near-miss-suspect-who-shot"),
    # a wounded officer told alive is none of the dead
    _P("A Canton police officer was shot in the arm on Friday by a man who had just shot and killed his neighbor. The "
       "officer was treated at Aultman Hospital and released.", (1, 1), id="officer-treated-and-released"),
    _P("A man fired at officers from his porch in Canton on Friday. Officer Dale Pruitt, 31, was shot in the hip and "
       "recovered at Aultman Hospital. The man was later found dead of a self-inflicted gunshot wound.", (1, 1),
       id="officer-recovered"),
    # near miss: the officer is not told alive; he is the one who died
    _P("A deputy was shot during a traffic stop in Canton on Friday. He died at Aultman Hospital hours later.", (1, 0),
       id="near-miss-officer-who-died"),
    # persons in the subject's relative clause are not what befell the subject
    _P("A teenager who was walking with a friend was wounded in a drive-by shooting in Massillon on Tuesday, police "
       "said.", (0, 1), id="friend-in-the-subjects-clause"),
    # near miss: the clause's own verb hurts them
    _P("A man who was shot along with two others outside a Canton bar on Friday died at Aultman Hospital, police said.",
       (1, 2), id="near-miss-others-the-clause-tells-shot"),
    # a blow with a gun is no shot
    _P("A hospital police officer shot and wounded a prisoner who grabbed a deputy's gun in the emergency room of a "
       "Canton hospital on Monday. The deputy, 48, was struck in the head with the gun and has a concussion. The "
       "prisoner, 26, was shot in the hip.", (0, 1), id="deputy-struck-with-the-gun"),
    # near miss: struck by a bullet
    _P("A hospital police officer shot and wounded a prisoner who grabbed a deputy's gun in the emergency room of a "
       "Canton hospital on Monday. The deputy, 48, was struck in the leg by a bullet and is in fair condition. The "
       "prisoner, 26, was shot in the hip.", (0, 2), id="near-miss-struck-by-a-bullet"),
    # a police release's "the subject" is a person
    _P("On Tuesday at approximately 11:20 p.m., Flint officers responded to a report of a man with a gun. During a foot "
       "pursuit one officer discharged his duty weapon, striking the subject once. The subject was transported to "
       "Hurley Medical Center in stable condition.", (0, 1), id="subject-of-a-police-release"),
    # near miss: "subject" of a topic beside the one man shot
    _P("A man was shot in the leg in Flint on Tuesday night. The shooting is the subject of a state police review, and "
       "the officer who fired is on leave.", (0, 1), id="near-miss-subject-of-a-review"),
]


@pytest.mark.parametrize("text, toll", TOLLS)
def test_police_shooting_tolls(mentions_of, text, toll):
    assert _figures(mentions_of(text)) == toll


def test_recovered_a_gun_tells_nobody_alive(nlp):
    # near miss of "recovered at Aultman Hospital": "recovered" of a thing found
    from eventdesk.nlp.victims import says_alive

    assert says_alive(next(nlp("The officer was shot in the hip and recovered at Aultman Hospital.").sents))
    assert not says_alive(next(nlp("The officer was shot in the hip, and officers recovered a rifle.").sents))
