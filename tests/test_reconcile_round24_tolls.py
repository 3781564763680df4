"""One incident's toll from its reports, twenty-fourth round: a later report that tells the toll risen.

Of several reports that agree on a toll, a later one that gives more stands where the sentence of its figure tells
the toll risen since (``reconcile._told_risen``): police corrected the count upward ("corrected the number of people
wounded to four", "four people, not three"), one more was found ("the body of a second man", "walked into a
hospital", "bringing the number wounded to four"), one of the hit died of his wounds; the first reports told what
was known then, and however many they are they do not outvote the news.  Not a larger figure that no such words
stand behind (it stays one vote among the others'), nor a rise that a still later report gives less than, nor a
city's count brought up ("bringing the city's homicides this year to 40").  And a death that one report alone tells
is a late death, not doubted beside reports of the wounded, where it is told as one of the hit dying since ("one of
the two people wounded ... has died", "who was shot Saturday night, died of his wounds"); not a death told in
passing ("was shot and killed two blocks away").  The invented check set ``eval/linked_tolls_check5.jsonl`` is
pinned per half, and ``eval.toll_profile``'s salted incident halves are checked on made-up SemEval documents.  All
reports and claims are written for these tests.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from eventdesk import reconcile
from eval import check_sets, linked_tolls_check

from .linked import assert_halves_hold, linked_runtime, linked_toll, read_made_up_split
from .reconciling import ORDER, claim, figure


@pytest.fixture(scope="module")
def rt(nlp, gazetteer):
    return linked_runtime(nlp, gazetteer)


def _toll(rt, *reports):
    return linked_toll(rt, "t24", *reports)


def _said(c, sentence):
    return replace(c, sentence=sentence)


# -- a later report that tells the toll risen ------------------------------------------------------------------------

THREE_WOUNDED = ("Three wounded on Garrow Street", "2017-05-12",
                 "ERIE \u2014 Three people were wounded in a shooting Monday night on Garrow Street, Erie police said. "
                 "A police spokeswoman said detectives were talking to witnesses.")
THREE_STABLE = ("Garrow Street victims recovering", "2017-05-13",
                "ERIE \u2014 The three people wounded in Monday's shooting on Garrow Street were in stable condition, "
                "police said.")
THREE_ARREST = ("Arrest made in Garrow Street shooting", "2017-05-14",
                "ERIE \u2014 Police arrested a 24-year-old man on Thursday in the shooting on Garrow Street that "
                "wounded three people. He faces charges of aggravated assault.")
CORRECTED_TO_FOUR = ("Police revise Garrow Street shooting toll", "2017-05-16",
                     "ERIE \u2014 Police on Monday corrected the number of people wounded in Monday's shooting on "
                     "Garrow Street to four; officers had earlier said three.")
FOUR_NO_NEWS = ("Garrow Street shooting", "2017-05-16",
                "ERIE \u2014 Four people were wounded in a shooting Monday night on Garrow Street, police said. "
                "Investigators collected several shell casings from the pavement.")


@pytest.mark.parametrize("reports,toll", [
    # three reports of three wounded, then police correct the count to four: four
    ((THREE_WOUNDED, THREE_STABLE, THREE_ARREST, CORRECTED_TO_FOUR), (0, 4)),
    # the near miss: a later report of four that tells no news stays one vote among the three others'
    ((THREE_WOUNDED, THREE_STABLE, THREE_ARREST, FOUR_NO_NEWS), (0, 3)),
], ids=["corrected-up", "four-told-without-news"])
def test_a_later_correction_upward_outweighs_the_first_reports(rt, reports, toll):
    assert _toll(rt, *reports) == toll


ONE_KILLED = ("Man killed on Pinder Road", "2017-11-07",
              "BATON ROUGE \u2014 One man was killed and one other person was wounded in a shooting Tuesday night on "
              "Pinder Road, Baton Rouge police said.")
ONE_KILLED_SEEK = ("Police seek gunman in Pinder Road shooting", "2017-11-08",
                   "BATON ROUGE \u2014 Police are looking for the gunman who killed a man and wounded one other person "
                   "Tuesday night on Pinder Road.")
SECOND_BODY = ("Second body found on Pinder Road", "2017-11-10",
               "BATON ROUGE \u2014 A second victim of Tuesday's shooting on Pinder Road was found dead Tuesday in a car "
               "parked behind the house, bringing the number killed to two, police said.")


def test_a_second_body_found_later_raises_the_dead(rt):
    assert _toll(rt, ONE_KILLED, ONE_KILLED_SEEK, SECOND_BODY) == (2, 1)


W3 = "Three people were wounded on Garrow Street."


@pytest.mark.parametrize("later,best", [
    ("Police corrected the number of people wounded to four.", 4),
    ("Four people, not three, were wounded on Garrow Street, police said Monday.", 4),
    ("A fourth victim walked into a hospital hours later, bringing the number wounded to four.", 4),
    # near misses: no news behind the four, or a city's count brought up
    ("Four people were wounded on Garrow Street.", 3),
    ("Four people were wounded on Garrow Street, bringing the city's shootings this year to four.", 3),
], ids=["corrected", "not-three", "walked-in", "no-news", "city-count"])
def test_the_words_that_tell_a_toll_risen(later, best):
    claims = [_said(claim(r, 3, day=k), W3) for k, r in enumerate("abc")] + [_said(claim("d", 4, day=3), later)]
    assert figure(reconcile(claims, "ucdp", ORDER)[0], "wounded")[1] == best


def test_a_rise_that_a_still_later_report_gives_less_than_does_not_stand():
    rise = _said(claim("c", 4, day=2), "Police corrected the number of people wounded to four.")
    claims = [_said(claim("a", 3), W3), _said(claim("b", 3, day=1), W3), rise, _said(claim("d", 3, day=3), W3)]
    assert figure(reconcile(claims, "ucdp", ORDER)[0], "wounded")[1] == 3
    # without the later report of three the rise stands
    assert figure(reconcile(claims[:3], "ucdp", ORDER)[0], "wounded")[1] == 4


# -- a death told as one of the hit dying since ------------------------------------------------------------------------

TWO_WOUNDED = ("Two wounded on Calloway Drive", "2017-11-01",
               "FLINT \u2014 Two people were wounded in a shooting Friday night on Calloway Drive, Flint police said.")
TWO_STABLE = ("Calloway Drive victims recovering", "2017-11-02",
              "FLINT \u2014 The two people wounded in Friday's shooting on Calloway Drive were in stable condition, "
              "police said.")
TWO_ARREST = ("Arrest made in Calloway Drive shooting", "2017-11-03",
              "FLINT \u2014 Police arrested a 24-year-old man on Tuesday in the shooting on Calloway Drive that wounded "
              "two people. He faces charges of aggravated assault.")
ONE_OF_THEM_DIED = ("Victim of Calloway Drive shooting dies", "2017-11-05",
                    "FLINT \u2014 One of the two people wounded in Friday's shooting on Calloway Drive has died, police "
                    "said. Dorian Mabry, 31, died Sunday at Mercy Hospital.")
DIED_OF_HIS_WOUNDS = ("Victim of Calloway Drive shooting dies", "2017-11-05",
                      "FLINT \u2014 Dorian Mabry, 31, who was shot Friday night on Calloway Drive, died of his wounds at "
                      "Mercy Hospital on Sunday, the coroner's office said. The other victim is expected to survive.")
KILLED_NEARBY = ("Calloway Drive shooting", "2017-11-05",
                 "FLINT \u2014 Two people were wounded in a shooting Friday night on Calloway Drive, police said. The "
                 "shooting came four days after Dorian Mabry, 31, was shot and killed two blocks away on Elston Street.")


@pytest.mark.parametrize("later,toll", [
    (ONE_OF_THEM_DIED, (1, 1)),
    (DIED_OF_HIS_WOUNDS, (1, 1)),
    # the near miss: a killing told in passing beside reports of the wounded stays doubted
    (KILLED_NEARBY, (0, 2)),
], ids=["one-of-the-wounded-has-died", "died-of-his-wounds", "killed-nearby-in-passing"])
def test_a_death_told_as_one_of_the_hit_dying_since_is_not_doubted(rt, later, toll):
    assert _toll(rt, TWO_WOUNDED, TWO_STABLE, TWO_ARREST, later) == toll


@pytest.mark.parametrize("sentence,late", [
    ("One of the two people wounded in Friday's shooting has died, police said.", True),
    ("Dorian Mabry, who was shot Friday night, died of his wounds on Sunday.", True),
    ("He succumbed to his injuries at the hospital.", True),
    ("Dorian Mabry was shot and killed two blocks away last week.", False),
    ("A man has died.", False),
])
def test_the_words_of_a_death_since(sentence, late):
    # two reports of two wounded as such, then one report alone of a death: doubted unless told as one dying since
    dead = _said(claim("c", 1, outcome="killed", day=2, trigger="die"), sentence)
    claims = [_said(claim("a", 2), "Two people were wounded."), _said(claim("b", 2, day=1), "Two people were wounded."), dead]
    assert figure(reconcile(claims, "ucdp", ORDER)[0], "killed")[1] == (1 if late else 0)


# -- the invented check set ----------------------------------------------------------------------------------------

def test_check_set_5_scores(rt):
    # before this round: rules half killed 27, wounded 25, both 22 of 32; check half 23, 24, 22 of 28.  After the
    # toll told risen and the death told since (the check half rose): rules 32, 30, 30; check 25, 26, 25.  After the
    # linking round's street follow-up lookup (round 24's link24) joined the rules half's rise reports: rules 32, 32, 32
    scores, _ = linked_tolls_check.run(rt, name="5")
    assert_halves_hold(scores, {"rules": 32, "check": 28}, {"rules": RULES_5, "check": CHECK_5})


RULES_5 = (32, 32, 32)
CHECK_5 = (25, 26, 25)


def test_set_5_halves_are_fixed_by_its_salted_hash():
    assert linked_tolls_check.half("lt24-001", linked_tolls_check._SALT_5) == check_sets.first_digit_half(
        "twenty-fourth-tolls5:", "lt24-001")
    assert len(linked_tolls_check.incidents(linked_tolls_check.CHECK_SET_5)) == 60


# -- the toll profile's salted incident halves -----------------------------------------------------------------------

def test_the_toll_profiles_incident_halves(nlp, gazetteer, capsys):
    """Two made-up GVA incidents, one in each half of a salt: the first read right, the second's wounded wrong; only
    the rules half's wrong incident is ever listed."""
    from eval.toll_profile import incident_half, incident_halves

    salt = "test-halves:"
    ids = [f"g{k}" for k in range(40)]
    rules = next(i for i in ids if incident_half(salt, i) == "rules")
    check = next(i for i in ids if incident_half(salt, i) == "check")
    assert incident_half(salt, rules) == check_sets.first_digit_half(salt, rules)
    docs = [{"doc_id": "d1", "dct": "2017-03-11", "title": "Shooting on Salem Avenue",
             "text": "DAYTON, Ohio - One man was killed and two others were wounded in a shooting on Salem Avenue on "
                     "Friday night, police said."},
            {"doc_id": "d2", "dct": "2017-06-20", "title": "Shooting on Bellamy Court",
             "text": "TOLEDO, Ohio - Three people were wounded in a shooting on Bellamy Court on Monday night, police "
                     "said."}]
    incidents = {rules: {"incident_id": rules, "registry": "GVA", "doc_ids": ["d1"], "gva_n_killed": "1",
                         "gva_n_injured": "2"},
                 check: {"incident_id": check, "registry": "GVA", "doc_ids": ["d2"], "gva_n_killed": "0",
                         "gva_n_injured": "4"}}
    data, rd = read_made_up_split(nlp, gazetteer, docs, incidents)
    assert incident_halves(data, rd, salt) == {"rules": {"incidents": 1, "killed": 1, "injured": 1},
                                               "check": {"incidents": 1, "killed": 1, "injured": 0}}
    capsys.readouterr()
    incident_halves(data, rd, salt, listing=True)
    assert capsys.readouterr().out == ""  # the check half's wrong incident is never listed
    # the same incidents with their halves swapped: the wrong one is listed, with its report's own figure
    swapped = next(s for s in (f"s{k}:" for k in range(100))
                   if incident_half(s, rules) == "check" and incident_half(s, check) == "rules")
    incident_halves(data, rd, swapped, listing=True)
    out = capsys.readouterr().out
    assert f"{check} ours 0 killed / 3 injured  gold 0 / 4" in out and "injured: " in out and "=3" in out
    rd.ledger.close()


def test_the_salted_halves_refuse_a_held_out_listing(capsys):
    from eval.toll_profile import main

    assert main(["--salt", "x:", "--list", "--split", "heldout"]) == 2
    assert "dev only" in capsys.readouterr().out
