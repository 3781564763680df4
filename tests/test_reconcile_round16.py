"""One incident's toll from its reports, sixteenth round.

Two rules of ``reconcile``.  A death that one report alone tells, beside two reports of the wounded alive, is no
longer doubted where the dead is named and another report named him among the hit ("Darnell Tillman was listed in
critical condition", then "Darnell Tillman ... has died"): it is the incident's own death, told late; a death of
someone no other report named stays doubted.  And a report that tells the dead and counts its wounded as others than they ("one man was
killed and one other person was wounded", "three others were injured") keeps its wounded beside one follow-up that
names only the dead (a charge, a funeral); before this round one such follow-up was enough to doubt them.  Near
misses stay as before: wounded told as a person ("a woman was wounded") beside a follow-up of the dead alone are
doubted; a count that is no "others" stays doubted.  The invented check sets ``eval/linked_tolls_check.jsonl`` and
``eval/linked_tolls_check2.jsonl`` are pinned per half.  All claims and reports are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk import Claim, reconcile
from eval import check_sets, linked_tolls_check
from eval.linked_places_check import ingest_incident

from .linked import assert_halves_hold, linked_runtime

DAY = dt.date(2017, 9, 9)
ORDER = {"first": 0, "follow-up": 1}


def _count(report, outcome, sentence, number, day=0):
    """A stated count: ``number`` is the word in ``sentence`` that gives it."""
    at = sentence.index(number)
    return Claim(report_id=report, outcome=outcome, party=None, count=_WORDS[number.lower()], sentence=sentence,
                 start=0, end=len(sentence), number_start=at, number_end=at + len(number),
                 reported_on=DAY + dt.timedelta(days=day), trigger="wound" if outcome == "wounded" else "kill")


_WORDS = {"one": 1, "two": 2, "three": 3}


def _named_dead(report, surname, day):
    return Claim(report_id=report, outcome="killed", party="civilians", count=1, victim=surname,
                 sentence=f"A man was charged in the death of Kofi {surname.title()}.", reported_on=DAY + dt.timedelta(days=day),
                 trigger="death")


def _wounded_best(claims):
    figures, _ = reconcile(claims, "ucdp", ORDER)
    return next((f.best for f in figures if f.outcome == "wounded" and f.party is None), None)


def test_wounded_told_as_others_stand_beside_a_follow_up_of_the_dead():
    lead = "One man was killed and three others were injured on Alder Street."
    claims = [_count("first", "killed", lead, "One"), _count("first", "wounded", lead, "three"),
              _named_dead("follow-up", "mensah", 3)]
    assert _wounded_best(claims) == 3


@pytest.mark.parametrize("lead,number", [
    ("One man was killed and three people were injured on Alder Street.", "three"),
    # "others" later in the sentence is not the count's own word
    ("One man was killed and three people were injured while others ran.", "three"),
])
def test_a_count_of_the_wounded_that_is_no_others_stays_doubted(lead, number):
    claims = [_count("first", "killed", lead, "One"), _count("first", "wounded", lead, number),
              _named_dead("follow-up", "mensah", 3)]
    assert _wounded_best(claims) == 0


def _named(report, outcome, surname, day, trigger):
    return Claim(report_id=report, outcome=outcome, party="civilians", count=1, victim=surname,
                 sentence=f"Kofi {surname.title()} was {trigger}.", reported_on=DAY + dt.timedelta(days=day), trigger=trigger)


def _killed(claims):
    order = {"first": 0, "second": 1, "third": 2}
    figures, _ = reconcile(claims, "ucdp", order)
    f = next((f for f in figures if f.outcome == "killed" and f.party is None), None)
    return (f.low, f.best, f.high) if f else None


def _wounded_alive(report, day):
    return Claim(report_id=report, outcome="wounded", party=None, count=3, sentence="Three people were wounded.",
                 reported_on=DAY + dt.timedelta(days=day), trigger="survived")


def test_a_late_death_of_a_named_wounded_victim_stands_beside_two_reports_of_the_wounded():
    claims = [_wounded_alive("first", 0), _named("first", "wounded", "mensah", 0, "survived"),
              _wounded_alive("second", 1), _named("third", "killed", "mensah", 4, "die")]
    assert _killed(claims) == (1, 1, 1)


def test_a_lone_death_of_someone_no_other_report_named_stays_doubted():
    # the near miss: the dead is none of the wounded the other reports name (a killing told in passing)
    claims = [_wounded_alive("first", 0), _named("first", "wounded", "mensah", 0, "survived"),
              _wounded_alive("second", 1), _named("third", "killed", "boateng", 4, "die")]
    assert _killed(claims) == (0, 0, 1)


def test_others_beside_the_dead_are_doubted_by_two_reports_that_leave_them_out():
    # "a man was shot" (out before the death: his hit is the dead), "the man has died; two other people were
    # wounded", "the man was killed": the first and the last leave the two out, as two reports of the dead would
    lead = "Kofi Mensah has died and two other people were wounded."
    hit = Claim(report_id="zero", outcome="wounded", party=None, count=1, victim="unnamed", sentence="A man was shot.",
                reported_on=DAY - dt.timedelta(days=1), trigger="shoot")
    claims = [hit, Claim(report_id="first", outcome="killed", party=None, count=1, sentence=lead, reported_on=DAY,
                         trigger="die"),
              _count("first", "wounded", lead, "two"), _named_dead("follow-up", "mensah", 3)]
    figures, _ = reconcile(claims, "ucdp", {"zero": 0, **{k: v + 1 for k, v in ORDER.items()}})
    assert next(f.best for f in figures if f.outcome == "wounded" and f.party is None) == 0
    # without the first report of the hit, one follow-up of the dead leaves them standing
    assert _wounded_best(claims[1:]) == 2


# -- the real pipeline: two reports of one shooting into one ledger ---------------------------------------------

def _incident(*reports):
    return {"id": "t16", "reports": [
        {"id": f"t16-r{k}", "title": title, "text": text, "url": f"https://www.example-herald.com/{k}", "published": day}
        for k, (title, day, text) in enumerate(reports, 1)]}


FOLLOW_UP = ("Man charged in Alder Street killing", "2017-09-13",
             "MACON \u2014 A 19-year-old man was charged with murder Wednesday in the shooting death of Kofi Mensah on "
             "Alder Street. Court records show he is being held without bond. Detectives said the two men had argued "
             "earlier that night.")


@pytest.fixture(scope="module")
def rt(nlp, gazetteer):
    return linked_runtime(nlp, gazetteer)


def test_a_charge_that_names_only_the_dead_leaves_the_others_wounded(rt):
    first = ("One dead, one hurt in Alder Street shooting", "2017-09-10",
             "MACON \u2014 One man was killed and one other person was wounded in a shooting Saturday night on Alder "
             "Street, Macon police said. Kofi Mensah, 27, was identified as the man killed. The wounded person was "
             "taken to a hospital. No arrest had been made.")
    row, joined = ingest_incident(rt, _incident(first, FOLLOW_UP))
    assert joined and (row.killed_best, row.wounded_best) == (1, 1)


def test_a_wounded_person_beside_a_charge_that_names_only_the_dead_is_doubted_as_before(rt):
    # the near miss: the wounded told as a person, not as others than the dead
    first = ("Man killed in Alder Street shooting", "2017-09-10",
             "MACON \u2014 A man was killed and a woman was wounded in a shooting Saturday night on Alder Street, Macon "
             "police said. Kofi Mensah, 27, was identified as the man killed. No arrest had been made.")
    row, joined = ingest_incident(rt, _incident(first, FOLLOW_UP))
    assert joined and (row.killed_best, row.wounded_best or 0) == (1, 0)


def test_a_death_told_after_two_reports_of_the_wounded_counts(rt):
    first = ("Three wounded in Alder Street shooting", "2017-09-10",
             "MACON \u2014 Three people were wounded in a shooting Saturday night on Alder Street, Macon police said. "
             "Kofi Mensah, 27, was listed in critical condition; the others are expected to survive.")
    second = ("Police seek gunman after three shot on Alder Street", "2017-09-11",
              "MACON \u2014 Police are looking for the gunman who wounded three people Saturday night on Alder Street. "
              "Kofi Mensah remained hospitalized.")
    third = ("Victim of Alder Street shooting dies", "2017-09-14",
             "MACON \u2014 Kofi Mensah has died of his wounds, police said. He was shot Saturday night on Alder "
             "Street. The case is now being investigated as a homicide.")
    row, joined = ingest_incident(rt, _incident(first, second, third))
    assert joined and (row.killed_best, row.wounded_best) == (1, 2)
    # the near miss: the third report tells a killing of someone the others never named, told in passing
    passing = ("Shots on Alder Street reopen old wounds", "2017-09-14",
               "MACON \u2014 Residents of Alder Street said the shooting that wounded three people Saturday brought "
               "back memories. Ama Boateng has died of her wounds, police said in March. She was shot on the same "
               "block.")
    row, joined = ingest_incident(rt, _incident(first, second, passing))
    assert joined and (row.killed_best or 0) == 0


# -- the invented check sets -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def set2_scores(rt):
    scores, _ = linked_tolls_check.run(rt, name="2")
    return scores


def test_check_set_2_scores(set2_scores):
    # before this round: rules half killed 24, wounded 20, both 19 of 42; check half 9, 6, 6 of 18.  At the start of
    # the eighteenth round: rules 33, 32, 31; check 12, 9, 8; its follow-up rule (a later report naming one of the
    # dead does not lower the earlier lead's count) raised the rules half to 34, 32, 32 (the check half held)
    assert_halves_hold(set2_scores, {"rules": 42, "check": 18}, {"rules": RULES_2, "check": CHECK_2})


RULES_2 = (36, 35, 34)  # (34, 32, 32) until the twenty-fifth session
CHECK_2 = (12, 9, 8)


def test_set_2_halves_are_fixed_by_its_salted_hash():
    assert linked_tolls_check.half("lt16-001", linked_tolls_check._SALT_2) == check_sets.first_digit_half(
        "sixteenth-tolls2:", "lt16-001")
    assert len(linked_tolls_check.incidents(linked_tolls_check.CHECK_SET_2)) == 60
