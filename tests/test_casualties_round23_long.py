"""Per-report killed / injured figures, round twenty-three: long reports, the incident among everything else a long
story tells.

``eval/counts_check26.jsonl`` holds 71 invented long local-news reports (2,000-3,200 characters, a third with their
paragraphs run together) of one shooting told in full beside other matter: the victim's life, the suspect's record,
earlier shootings on the same block, the city's year so far, another shooting the same night, another case's trial,
neighbours' quotes about violence, a list of recent shootings; some tell the incident's own outcome late.  The test
below pins the scores this round reached on it.  The focused tests use texts written for them, each a rule's positive
case and its near miss; the figure is the one the GVDB suite scores (``eval.common.report_casualties`` over victims
only)."""

from __future__ import annotations

import datetime as dt

import pytest

from .tolls import check_set_scores, figures as _figures


def test_twenty_sixth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "26", rows=71)
    # both exact before this round: rules half 15 of 40, check half 12 of 31
    assert scores["rules"]["rows"] == 40 and scores["check"]["rows"] == 31
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


def test_twenty_sixth_check_set_salt():
    from eval import check_sets, counts_check

    _, half_of = counts_check.SETS["26"]
    assert half_of("c26l-001") == check_sets.first_digit_half("twenty-third-long23:", "c26l-001")


# after the round's rules (rules half 15 -> 29, check half 12 -> 24)
RULES_BOTH = 30  # 29 -> 30 with the twenty-fourth session's rounds
CHECK_BOTH = 25  # 24 -> 25 with the twenty-seventh session's rounds

_AUGUST = dt.date(2017, 8, 22)
_LEAD = "ROCKFORD, Ill. - Two men were shot Saturday night outside a corner store on Elm Street, police said. "


# -- a figure dated weeks before the lead's date is another incident's, even told with a death or "the shooting"

@pytest.mark.parametrize("later", [
    "The shooting happened a few doors from where three men were shot in March outside a liquor store.",
    "In January, a 17-year-old was wounded in a drive-by on Elm Street, and in May two women were shot while sitting "
    "on a porch; one of them died a week later.",
])
def test_a_figure_dated_months_before_the_lead_adds_nobody(mentions_of, later):
    assert _figures(mentions_of(_LEAD + later, published=_AUGUST)) == (0, 2)


def test_a_death_dated_days_after_the_lead_counts(mentions_of):
    # near miss: a calendar date within days of the lead's is the incident's own outcome
    text = _LEAD + "One of them, Darnell Pike, 24, died on Aug. 21 at a hospital."
    assert _figures(mentions_of(text, published=_AUGUST)) == (1, 1)


@pytest.mark.parametrize("sentence, other", [
    ("Three men were shot on July 2 outside the same store.", True),
    # near miss: an update of the incident's own victim, told by name, whatever its date
    ("The other man, Ray Dunn, died on July 2 at a hospital.", False),
])
def test_only_persons_of_their_own_make_a_dated_sentence_another_incidents(sentence, other):
    from eventdesk.nlp.components.segmentation import _dated_weeks_before

    assert _dated_weeks_before(sentence, _AUGUST, dt.date(2017, 8, 19), "two men were shot saturday night") is other


# -- a tally over a stretch of days

def test_a_tally_over_days_adds_nobody(mentions_of):
    text = _LEAD + "By Monday morning, at least 23 people had been shot over three days, four of them fatally, police said."
    assert _figures(mentions_of(text, published=_AUGUST)) == (0, 2)


def test_figures_told_over_hours_count(mentions_of):
    # near miss: a gunfight's hours are the incident's own time
    text = _LEAD + "A third man was shot in the foot as the gunfire went on over two hours, police said."
    assert _figures(mentions_of(text, published=_AUGUST)) == (0, 3)


# -- a season counted back

def test_a_relative_shot_summers_ago_adds_nobody(mentions_of):
    text = _LEAD + "A cousin of one of the men was wounded in a shooting two summers ago and still walks with a cane."
    assert _figures(mentions_of(text, published=_AUGUST)) == (0, 2)


def test_a_relative_shot_in_the_incident_stays_the_incidents(mentions_of):
    # near miss: without a time counted back, the sentence's figure is the incident's own claim
    text = _LEAD + "A cousin of one of the men was also wounded in the shooting and is recovering."
    assert _told_in_the_lead_incident(mentions_of(text, published=_AUGUST), "A cousin of one")


# -- another shooting the same night, hours later or across town

@pytest.mark.parametrize("later", [
    "About two hours later and roughly three miles away, a 19-year-old man was shot in the leg while walking home.",
    "Police were also investigating a second shooting overnight in which a woman, 27, was shot in the arm during an "
    "argument at an apartment complex across town.",
])
def test_another_shooting_the_same_night_adds_nobody(mentions_of, later):
    assert _figures(mentions_of(_LEAD + later, published=_AUGUST)) == (0, 2)


def test_a_victim_who_turns_up_at_a_hospital_hours_later_counts(mentions_of):
    # near miss: the incident's own victim often turns up at a hospital hours after it
    text = _LEAD + ("Two hours later, a 21-year-old man walked into a hospital with a gunshot wound to the arm; police "
                    "believe he was hit in the same exchange of gunfire.")
    assert _told_in_the_lead_incident(mentions_of(text, published=_AUGUST), "Two hours later")


@pytest.mark.parametrize("later, opening", [
    # near misses: the same incident told on, after a count of minutes, or a stray bullet fired at a man blocks away
    ("Just a few minutes later, it's believed the boy's cousin was shot in the hand by the same gun.", "Just a few"),
    ("A 1-year-old boy held by his mother was shot in the leg by a stray bullet when someone opened fire on a man "
     "more than two blocks away.", "A 1-year-old"),
])
def test_the_incident_told_on_stays_one(mentions_of, later, opening):
    assert _told_in_the_lead_incident(mentions_of(_LEAD + later, published=_AUGUST), opening)


def _told_in_the_lead_incident(mentions, opening: str) -> bool:
    """Whether the report is one incident whose claims hold one of the sentence that holds ``opening``."""
    return len(mentions) == 1 and any(opening in c.sentence for c in mentions[0].claims)


# -- the incident's outcome told late, after another shooting

def test_a_death_told_late_by_age_goes_back_to_the_incident(mentions_of):
    text = ("ROCKFORD, Ill. - Two teenagers were shot Friday evening at the edge of Fairview Park, police said.\n"
            "A 16-year-old was shot in the abdomen and a 15-year-old in the thigh.\n"
            "In a separate shooting earlier the same evening, two men were wounded outside a house party on the north side.\n"
            "The 16-year-old died of his wounds Monday morning, police said.")
    assert _figures(mentions_of(text, published=_AUGUST)) == (1, 1)


def test_a_death_of_the_other_shootings_victim_stays_there(mentions_of):
    # near miss: the age is the separate shooting's, so the death is that one's
    text = ("ROCKFORD, Ill. - Two teenagers were shot Friday evening at the edge of Fairview Park, police said.\n"
            "A 16-year-old was shot in the abdomen and a 15-year-old in the thigh.\n"
            "In a separate shooting earlier the same evening, a 40-year-old man was wounded outside a house party.\n"
            "The 40-year-old died of his wounds Monday morning, police said.")
    assert _figures(mentions_of(text, published=_AUGUST)) == (0, 2)


# -- a speaker's memories in a quotation

def test_a_neighbours_memories_add_nobody(mentions_of):
    text = _LEAD + ("\"I've lived here 30 years and I've seen five people get shot on this street,\" said a neighbor. "
                    "\"Two of them died right there on the sidewalk.\"")
    assert _figures(mentions_of(text, published=_AUGUST)) == (0, 2)


def test_a_stray_quotation_mark_pairs_no_quote_across_paragraphs(mentions_of):
    # near miss: a lone quotation mark ends one paragraph; the memory quoted next must not take the victim told after it
    text = _LEAD + ("\n\"\n\"I met him about three years ago.\nHe showed no signs of this. \"\nA third man, Ray Dunn, was "
                    "shot three times.\n\"She is in pain,\" her aunt said.")
    assert _told_in_the_lead_incident(mentions_of(text, published=_AUGUST), "A third man")


def test_a_witness_quote_of_the_incident_counts(mentions_of):
    # near miss: a witness tells what happened now, in the past tense of that night
    text = ("ROCKFORD, Ill. - A man was shot Saturday night outside a corner store on Elm Street, police said. "
            "\"I saw him fall, and then another man was shot in the arm right next to him,\" said a neighbor.")
    assert _figures(mentions_of(text, published=_AUGUST)) == (0, 2)


# -- a list of recent shootings, each item labelled by its date

def test_a_listed_earlier_shooting_adds_nobody(mentions_of):
    text = _LEAD + ("\nRecent shootings in the area:\n- July 19: Three people were wounded in a drive-by at a bus stop.\n"
                    "- June 30: A 16-year-old boy was shot in the hand while riding his bicycle.")
    assert _figures(mentions_of(text, published=_AUGUST)) == (0, 2)


def test_a_list_labelled_by_no_date_counts(mentions_of):
    # near miss: a list of the incident's own victims, labelled by their state
    text = ("ROCKFORD, Ill. - A boy was shot Saturday night outside a corner store on Elm Street, police said.\n"
            "The victim:\n- Critical: A 16-year-old boy was shot in the chest while riding his bicycle.")
    assert _figures(mentions_of(text, published=_AUGUST)) == (0, 1)
