"""Who did it, thirty-third round: false actors in US local news.  Lashkar-e-Taiba's alias "LeT" has a capital
inside, so the case-blind matcher found it in "let's" and "LET'S"; such a short alias now counts only as written.
Islamic State's "IS" and the SDF's "SDF" are matched as written, but a line or sentence set in capitals ("POLICE SAY
HE IS ARMED") writes the verb "is" so too: a two- or three-letter alias in capitals inside such a run is no actor.
Near misses: a real "LeT" or "IS" claim in a South Asian or Syrian report, "ISIS" in a headline in capitals, "SDF
fighters" in a normal sentence.  All texts are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk import DateSpan, Mention, Place
from eventdesk.link import aggregate, score

from eval import linked_places_check

from .actoring import names
from .linked import assert_places_halves_hold, linked_runtime

US_DAY = dt.date(2016, 3, 1)


def _all_actors(mentions_of, text: str, published=US_DAY) -> set[str]:
    return {a.name for m in mentions_of(text, published=published) for a in m.actors}


# -- "LeT" only as written ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("DALLAS -- A man was shot and killed Saturday night on Kellerman Street, police said. \"Let's be clear, this "
     "was a senseless act,\" Sgt. Dwayne Okafor told reporters. Police did not release the victim's name."),
    ("LET'S STOP THE VIOLENCE, NEIGHBORS SAY AFTER FATAL SHOOTING\nDALLAS -- A man was shot and killed Saturday night "
     "on Kellerman Street, police said."),
    ("DALLAS -- A man was shot and killed Saturday night on Kellerman Street. Police asked residents to let them know "
     "of any video from the block."),
])
def test_let_in_a_us_report_is_no_lashkar(mentions_of, text):
    assert "Lashkar-e-Taiba" not in _all_actors(mentions_of, text)


def test_near_miss_let_as_written_in_a_kashmir_report_is_lashkar(mentions_of):
    text = ("On 6 June 2021, LeT militants attacked a police post in Sopore, Baramulla, Jammu and Kashmir, India, "
            "killing two policemen.")
    assert "Lashkar-e-Taiba" in names(mentions_of, text)


# -- two- and three-letter aliases in a run of capitals -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("POLICE SAY SUSPECT IS STILL AT LARGE AFTER SHOOTING\nMEMPHIS -- A woman was shot and wounded Tuesday on "
     "Harwell Avenue, police said."),
    ("MEMPHIS -- A woman was shot and wounded Tuesday on Harwell Avenue, police said.\nREPORTER: THE NEIGHBOR SAYS "
     "THIS IS THE THIRD SHOOTING ON THE BLOCK THIS YEAR."),
])
def test_is_in_a_line_set_in_capitals_is_no_islamic_state(mentions_of, text):
    assert "Islamic State" not in _all_actors(mentions_of, text)


def test_near_miss_isis_in_a_headline_in_capitals_is_islamic_state(mentions_of):
    text = ("ISIS GUNMEN KILL FOUR VILLAGERS NEAR DEIR EZZOR\nOn 6 June 2021, ISIS gunmen killed four villagers near "
            "Deir ez-Zor, Syria.")
    assert "Islamic State" in names(mentions_of, text)


def test_near_miss_is_in_a_normal_sentence_is_islamic_state(mentions_of):
    text = "On 6 June 2021, IS fighters attacked an army checkpoint near Palmyra, Homs, Syria, killing three soldiers."
    assert "Islamic State" in names(mentions_of, text)


def test_near_miss_sdf_fighters_in_a_normal_sentence(mentions_of):
    text = ("On 6 June 2021, SDF fighters clashed with IS militants near Hajin, Deir ez-Zor, Syria; two SDF fighters "
            "were killed.")
    found = names(mentions_of, text)
    assert "Syrian Democratic Forces" in found and "Islamic State" in found


def test_near_miss_a_short_caps_line_is_read_as_written(mentions_of):
    # a line too short to tell a run of capitals: the alias stands as written
    text = "UPDATE: IS claims\nOn 6 June 2021, IS fighters attacked an army checkpoint near Palmyra, Homs, Syria."
    assert "Islamic State" in names(mentions_of, text)


# -- linked places set 14: its near misses held apart by no false actor ----------------------------------------------

def test_set14_near_misses_no_false_actor_joins(nlp, gazetteer):
    # joined right (near misses apart) before this round: 27 (rules half) and 19 (check half); with no false
    # "LeT" or "IS" in its reports, 29 and 21
    scores, _ = linked_places_check.run(linked_runtime(nlp, gazetteer), name="14")
    assert_places_halves_hold(scores, {"rules": 31, "check": 24}, {"rules": (31, 29), "check": (24, 21)})


# -- the join the false actor held back (a known leftover), and what must keep joining -------------------------------
# With "LeT" gone from a US report, a report two days after a shooting 5 km away, its type only compatible and
# nothing named in common, scores 0.57 and joins it.  Capping such a score under the threshold (another day, another
# point, a compatible type, nothing named) mended SemEval dev but split reports of one incident in the linked places
# sets 5 and 8 (check halves): left for a later round.  What must keep joining beside it:

KW = dict(window_days=4, max_km=40.0)
THRESHOLD = 0.55
DALLAS = Place("Dallas", "Texas", "United States", "US", 32.78, -96.80, "city")
EAST_DALLAS = Place("Ferris Park", "Texas", "United States", "US", 32.78, -96.746, "point")  # about 5 km east
DAY = dt.date(2016, 3, 14)


def _mention(report, place, keywords=(), day=DAY + dt.timedelta(days=2), sub="Attack",
             etype="Violence against civilians", actors=()):
    return Mention(report, 0, 0, 10, "t", etype, sub, DateSpan(day, day, "day"), place, (), tuple(actors), day, None,
                   tuple(keywords))


def _clash(keywords=(), actors=()):
    """A robbery's shooting told as an armed clash, in Dallas on DAY."""
    return aggregate("inc-1", [_mention("a", DALLAS, keywords, DAY, "Armed clash", "Battles", actors)], None, None)


@pytest.mark.parametrize("mention", [
    _mention("b", EAST_DALLAS, ["s:kellerman street"]),  # a street both name
    _mention("b", EAST_DALLAS, day=DAY),  # the same day
    _mention("b", EAST_DALLAS, sub="Armed clash", etype="Battles"),  # the same type
    _mention("b", DALLAS),  # the same point (both at the town's centre)
])
def test_near_miss_something_more_in_common_scores_as_before(mention):
    inc = _clash(["s:kellerman street"]) if mention.keywords else _clash()
    s, reason = score(mention, inc, **KW)
    assert "nothing named in common" not in reason and s >= THRESHOLD
