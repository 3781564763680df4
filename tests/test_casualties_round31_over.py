"""Per-report killed / injured figures, round thirty-one (over-counts: the per-report pool under the salt
``thirty-first-doccounts31:``, whose readable half's over-counts were sorted into kinds, and GVDB dev's): each rule's
test written on reports made up for it, with a near miss that must keep its count.  ``eval/counts_check48.jsonl``
holds 70 invented reports of the kinds a reading may over-count (another incident's figure told beside the report's
own, a night's or a weekend's tally, the same victims told twice, counts of other things, the gunman in one toll and
not another, an update above the older telling) beside near misses whose figures add up; the test below pins the
scores this round reached on it.  The figure is the one the GVDB suite scores (``eval.common.report_casualties`` over
victims only)."""

from __future__ import annotations

import pytest

from .tolls import assert_pinned_halves, assert_salted, figures as _figures


def test_forty_eighth_check_set_scores(ledger):
    # both exact before this round: rules half 19 of 31, check half 25 of 39
    assert_pinned_halves(ledger, "48", rows=(31, 39), both=(RULES_BOTH, CHECK_BOTH))


def test_forty_eighth_check_set_salt():
    assert_salted("48", "thirty-first-over31:", "c48-001")


# after the round's rules
RULES_BOTH = 23  # 22 -> 23 with the thirty-fifth session's counting rounds
CHECK_BOTH = 27  # 25 -> 26 with the thirty-third session's rounds, 27 with the thirty-fifth's rounds


# -- "a violent holiday weekend that left eight people dead", "the outbreak of violence that left 24 people shot, nine
#    of them fatally": a weekend's clause with a holiday's name in it, or an outbreak's, is that period's toll (read as
#    this incident's 8 dead, or 9 dead and 15 hurt)

@pytest.mark.parametrize("text, expected", [
    ("DETROIT - A 6-year-old girl was shot in the foot while playing on her porch on Harper Avenue on Sunday, police "
     "said. She was one of several people hurt in a violent Fourth of July weekend that left six people dead and 20 "
     "others hurt in 17 shootings across the city.", (0, 1)),
    ("BALTIMORE - The mayor insisted Tuesday that the city was prepared for the outbreak of violence that left 19 "
     "people shot, seven of them fatally, over the long weekend. One of them was Tyrell Banks, 23, who was killed "
     "early Sunday on Poplar Grove Street.", (1, 0)),
    ("BALTIMORE - A man was killed and two women were wounded on Harford Road early Saturday. The commissioner said "
     "he was prepared for the outbreak of violence that left 31 people shot and 12 people killed in the city since "
     "Friday.", (1, 2)),
    ("BALTIMORE - A man was killed and two women were wounded on Harford Road early Saturday. The commissioner said "
     "he had planned for the outbreak of violence that left 31 people shot and 12 killed across the weekend.", (1, 2)),
])
def test_the_toll_of_a_holiday_weekend_or_an_outbreak_is_a_tally(mentions_of, text, expected):
    assert _figures(mentions_of(text)) == expected


def test_the_toll_of_one_shooting_on_a_violent_night_keeps_its_count(mentions_of):
    # near miss: a night, not a weekend, may be one shooting's
    text = ("DETROIT - A gunman killed two men and wounded a woman outside a bar on Gratiot Avenue on a violent "
            "Saturday night that left three people hurt, police said.")
    assert _figures(mentions_of(text)) == (2, 3)


# -- "0:41 Family of man killed at motel speaks out Pause 1:12 Woman found dead in river": a video player's playlist
#    glued into the story, each clip's running time before its headline, is no part of the story (read as one killed)

@pytest.mark.parametrize("text", [
    "TACOMA, Wash. - A 38-year-old man was shot in the arm outside his home on South Park Avenue on Friday, police "
    "said. He is expected to recover. 0:35 Mother of man killed at Lakewood bar speaks out Pause 1:04 Body found in "
    "Puyallup River",
    "TACOMA, Wash. - A 38-year-old man was shot in the arm outside his home on South Park Avenue on Friday, police "
    "said.\n0:52 Father of teen killed in Fife robbery talks about sentencing Pause\n1:20\nWoman killed in house fire "
    "on Pacific Highway",
])
def test_a_video_playlist_is_no_part_of_the_story(mentions_of, text):
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_clip_that_runs_into_the_story_leaves_it_alone(mentions_of):
    # near miss: the story glued after the last clip, past a headline's length, keeps its victim
    text = ("0:41 Family of man killed at motel speaks out Pause 1:12 Woman found dead in river SACRAMENTO - A "
            "30-year-old man was shot and killed outside a market on Stockton Boulevard on Sunday night, police said. "
            "Officers found him on the sidewalk.")
    assert _figures(mentions_of(text))[0] == 1


def test_a_timeline_of_clock_times_keeps_its_victims(mentions_of):
    # near miss: a police timeline opens its sentences with clock times, no player's "Pause" among them
    text = ("TACOMA, Wash. - Police released a timeline of Friday's shooting on South Park Avenue. 11:40 Officers get a "
            "call about shots fired. 11:46 Officers find two men shot outside a bar. Both were taken to a hospital.")
    assert _figures(mentions_of(text)) == (0, 2)


# -- "Shooting scene (Photo: Air 11 / KHOU 11)": a number in a picture's credit names a station or a camera, no
#    count of persons (read as 11 hurt)

def test_a_number_in_a_photo_credit_is_no_count(mentions_of):
    text = ("HOUSTON - A 30-year-old man was shot in the leg at an apartment complex on Bissonnet Street on Sunday, "
            "police said.\nScene of the shooting (Photo: Sky 11 / KTRH 11)\nThe man was taken to Ben Taub Hospital.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_count_after_a_saying_and_a_colon_keeps_its_count(mentions_of):
    # near miss: a colon after a saying, no credit's label
    text = "HOUSTON - Police said: 11 people were shot at a party on Bissonnet Street on Sunday night."
    assert _figures(mentions_of(text)) == (0, 11)
