"""Page furniture glued into a one-paragraph report gives no claims of it (round fourteen).

A scraper that drops the page's line breaks glues its lists into the story's one paragraph: related headlines
("Related Stories 3 dead in Eastside shooting Man hurt on Elm Street"), "Most Popular" lists, "VIDEO:" captions,
"Click here to watch ..." teasers.  A block opens at a list head as pages capitalise it, with or without a colon,
or at a short label before a colon, and runs to its first stop, a short list's length, a dateline or a person
named with his age; its figures are the other stories'.

``eval/counts_check8.jsonl`` holds 100 invented one-paragraph reports with such furniture; the first test pins the
scores this round reached on it.  The focused tests use sentences written for them, each a rule's positive case
and its near miss.  Figures are counted as the evaluation counts a report (``killed_wounded``).
"""

from __future__ import annotations

from .tolls import check_set_scores, figures as _figures




def test_eighth_check_set_scores(ledger):
    scores = check_set_scores(ledger, "8", rows=100)
    # both exact before this round: rules half 7 of 58, check half 4 of 42
    assert scores["rules"]["rows"] == 58 and scores["check"]["rows"] == 42
    assert scores["rules"]["both"] >= RULES_BOTH, scores
    assert scores["check"]["both"] >= CHECK_BOTH, scores


# after the round's rules
RULES_BOTH = 56
CHECK_BOTH = 37  # 36 -> 37 with the twenty-fifth session's rounds


LEAD = ("GRANTVILLE, Ga. — A 41-year-old man was wounded late Friday when someone fired into his car on Tolliver "
        "Street, police said. He was taken to Piedmont Regional Hospital in stable condition.")
NO_TOLL = "GRANTVILLE, Ga. — Police were called to Tolliver Street late Friday after reports of gunfire, officials said."
TAIL = " Detectives asked anyone who saw the car to call the department."


# --- list heads without a colon ---

def test_related_stories_without_colon_mid_paragraph(killed_wounded):
    text = LEAD + " Related Stories Four men wounded in Eastgate nightclub shooting Woman killed on Mill Road" + TAIL
    assert killed_wounded(text) == (0, 1)


def test_sentence_case_related_story_label(killed_wounded):
    text = LEAD + " Related story 3 teens wounded near Carver high school" + TAIL
    assert killed_wounded(text) == (0, 1)


def test_most_popular_numbered_list(killed_wounded):
    text = ("Most Popular 1 Council approves new budget 2 Man killed, five hurt in Sunday shooting on Bell Road "
            "3 Toddler wounded by stray bullet " + LEAD)
    assert killed_wounded(text) == (0, 1)


def test_list_head_glued_to_a_station_name(killed_wounded):
    text = "Driver shot on Tolliver Street | WGRT News 4More Stories 6 wounded at Westside block party " + LEAD
    assert killed_wounded(text) == (0, 1)


def test_click_here_teaser(killed_wounded):
    text = LEAD + " Click here to watch two dead in Southside shooting" + TAIL
    assert killed_wounded(text) == (0, 1)


# --- short labels before a colon, wherever they stand ---

def test_video_label_after_a_station_slogan(killed_wounded):
    text = LEAD + " WGRT News 4 — On your side VIDEO: 5 Hurt When Gunfire Erupts At Lakeside Park" + TAIL
    assert killed_wounded(text) == (0, 1)


def test_related_label_in_capitals(killed_wounded):
    text = "RELATED: TWO KILLED IN DOMESTIC SHOOTING IN ELLSWORTH " + LEAD
    assert killed_wounded(text) == (0, 1)


# --- where a block gives way to the story ---

def test_block_stops_before_the_dateline_of_the_lead(killed_wounded):
    text = ("Trending Now 6 dead after murder-suicide in Fairlawn home Weekend forecast: cloudy " + LEAD + TAIL)
    assert killed_wounded(text) == (0, 1)


def test_block_stops_before_a_victim_named_with_his_age(killed_wounded):
    text = ("GRANTVILLE, Ga. — Police are investigating a shooting inside a home on Tolliver Street on Friday, "
            "officials said. Related Stories 3 people shot outside Eastgate nightclub "
            "Marla Jennings, 38, and Roy Jennings, 44, were both found shot to death by officers.")
    assert killed_wounded(text) == (2, 0)


def test_story_after_the_block_stop_stays_a_claim(killed_wounded):
    text = NO_TOLL + " Related: Man hurt in crash on Route 9. Two men were wounded in the gunfire, police said."
    assert killed_wounded(text) == (0, 2)


# --- near misses: prose that only looks like a label ---

def test_related_to_in_prose_is_no_label(killed_wounded):
    text = NO_TOLL + " Related to the same dispute, two men were wounded an hour later, police said."
    assert killed_wounded(text) == (0, 2)


def test_watch_without_colon_is_no_label(killed_wounded):
    text = NO_TOLL + " Watch commander Lt. Ana Ortiz said two men were wounded."
    assert killed_wounded(text) == (0, 2)


def test_one_word_head_mid_sentence_is_no_label(killed_wounded):
    # a bare "Related" opens a block only where a sentence may start: here the headline of the story itself
    text = ("Three Wounded In Gang Related Shooting On Tolliver Street | WGRT GRANTVILLE, Ga. — Three men were "
            "wounded late Friday on Tolliver Street, police said.")
    assert killed_wounded(text) == (0, 3)


def test_block_stops_at_the_end_of_its_line(killed_wounded):
    # where the page kept its line breaks, the line after a labelled link is the story's
    text = (NO_TOLL + "\nREAD MORE: Eastgate man accused of two robberies\n"
            "Two men were wounded in the gunfire, police said.")
    assert killed_wounded(text) == (0, 2)


def test_photo_credit_is_no_label(killed_wounded):
    # "(Photo: ...)" credits a picture; the story goes on after it in the same paragraph
    text = ("(Photo: Dana Price, The Grantville Ledger) Two men were wounded late Friday on Tolliver Street, "
            "police said. Officers found shell casings near the car.")
    assert killed_wounded(text) == (0, 2)


def test_related_stories_line_without_colon(killed_wounded):
    # the label and its link on one line of a page that kept its breaks, no colon between them
    text = (LEAD + "\nRelated stories Four men wounded in Eastgate nightclub shooting\n"
            "Detectives asked anyone who saw the car to call the department.")
    assert killed_wounded(text) == (0, 1)
