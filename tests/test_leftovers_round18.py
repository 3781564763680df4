"""Eighteenth round, small faults left by earlier rounds, each with a text written for it and a near miss.

Counts: a figure police first gave stands when the report gives no other; a hospital visit for a medical clearance is
no hurt; a death during a blizzard is no killing; a gunshot that killed somebody is no shooter who shot others.
Dates: the day of the shooting a sentencing or trial report is about is the incident's however long ago.  Event type:
an encounter with police or troops is an armed clash.  Tools: ``--show rules`` on the news check sets prints only the
rules half's wrong rows; the GVDB profile files a victim told by sex alone as described."""

from __future__ import annotations

import datetime as dt

import pytest

from eval import check_sets, train_event_type
from eval.gvdb_profile import basis
from eventdesk.models import Claim
from eventdesk.nlp.components.event_type import classify

from .dating import date_of
from .news_sets import news_set_path
from .tolls import figures


# -- a figure police first gave stands when the report gives no other -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("SPRINGFIELD, Ill. — Police first said two people were wounded in a shooting on Oak Street on Saturday night. "
     "Officers were still at the scene early Sunday.", (0, 2)),
    ("SPRINGFIELD, Ill. — Three people were killed in a shooting on Oak Street on Saturday night, police initially "
     "said. Detectives have not named them.", (3, 0)),
])
def test_a_first_figure_with_no_other_stands(mentions_of, text, expected):
    assert figures(mentions_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # near misses: a corrected figure still replaces the first one; a first account the report calls wrong is none
    ("SPRINGFIELD, Ill. — Police first said two people were wounded in a shooting on Oak Street on Saturday night. "
     "Police later said three people were wounded.", (0, 3)),
    ("SPRINGFIELD, Ill. — Police first said two people were killed in a shooting on Oak Street on Saturday night. "
     "Later, police said one man was killed and one woman was wounded.", (1, 1)),
    ("SPRINGFIELD, Ill. — Police initially said two people were wounded on Oak Street on Saturday night, but that "
     "proved to be incorrect.", (0, 0)),
])
def test_a_first_figure_the_report_corrects_is_replaced(mentions_of, text, expected):
    assert figures(mentions_of(text)) == expected


# -- the day of the shooting a sentencing or trial report is about ----------------------------------------------

_LATER = dt.date(2016, 5, 18)  # a Wednesday, two years after the shooting


@pytest.mark.parametrize("text", [
    "A Springfield man was sentenced Monday for the March 3, 2014, shooting that killed Dana Pruitt.",
    "A Springfield man was sentenced Monday for the killing of Dana Pruitt on March 3, 2014.",
    "A jury on Tuesday convicted Marcus Bell of murder in the shooting death of Dana Pruitt on March 3, 2014.",
    # read before
    "A Springfield man was sentenced Monday to 40 years in prison for the March 3, 2014 shooting that killed Dana "
    "Pruitt.",
])
def test_the_day_of_the_shooting_a_report_is_about_is_its_day_however_long_ago(text):
    assert date_of(text, _LATER).start == dt.date(2014, 3, 3)


@pytest.mark.parametrize("text, day", [
    # near misses: an old day of another shooting or another crime stays background
    ("A man was shot Sunday on Oak Street. The same corner saw a deadly shooting on March 3, 2014.",
     dt.date(2016, 5, 15)),
    ("Marcus Bell was sentenced Monday for a robbery. He had been convicted in 2013 of a burglary on March 3, 2012.",
     dt.date(2016, 5, 16)),
])
def test_another_old_day_stays_background(text, day):
    assert date_of(text, _LATER).start == day


def test_an_old_day_told_further_down_stays_background():
    # near miss: a brother's shooting years before, told below the lead, is not the incident the report is about
    text = ("Marcus Bell, 19, was charged Monday with shooting a friend on Oak Street. The friend was wounded in the leg. "
            "Bell is held in the county jail. In 2014, his brother was charged as an adult in the March 3, 2014, "
            "shooting death of Dana Pruitt.")
    assert date_of(text, _LATER).start != dt.date(2014, 3, 3)


# -- an encounter with police or troops is an armed clash -------------------------------------------------------

_CLASH = ("Battles", "Armed clash")


@pytest.mark.parametrize("text", [
    "A wanted criminal was injured in an encounter with police in Dornapur.",
    "A dreaded gangster was killed in a police encounter in Dornapur on Sunday.",
    "A police constable was injured in an encounter with cattle smugglers near Kalvara.",
    # read before
    "An encounter broke out between police and a gang of dacoits near Dornapur on Tuesday night.",
    "Two militants were killed in an encounter with security forces in Kalvara district on Sunday.",
])
def test_an_encounter_with_police_or_troops_is_an_armed_clash(text):
    assert classify(text) == _CLASH


@pytest.mark.parametrize("text", [
    # near misses: a chance meeting, a thing met with, a wild animal
    "A chance encounter with an old friend in Dornapur changed his life, the author said.",
    "The police encountered heavy traffic on the highway near Dornapur on Sunday.",
    "A hiker was injured in an encounter with a bear near Kalvara on Sunday.",
])
def test_other_encounters_are_no_fight(text):
    assert classify(text) is None


# -- the news check sets' rules half, alone ---------------------------------------------------------------------

def test_show_rules_prints_only_the_rules_halfs_wrong_rows(tmp_path, capsys):
    # a set of three rows of which two are wrong (a peaceful line given a battle's gold), one in each half
    salt = train_event_type.NEWS_SALTS["event_type_check_news12.jsonl"]
    ids = [f"t{i}" for i in range(40)]
    rules_id = next(i for i in ids if check_sets.first_digit_half(salt, i) == "rules")
    check_id = next(i for i in ids if check_sets.first_digit_half(salt, i) == "check")
    path = tmp_path / "event_type_check_news12.jsonl"
    wrong = "The mayor opened a new library in Dornapur on Sunday."
    path.write_text("\n".join([
        f'{{"id": "{rules_id}", "text": "{wrong} (rules)", "event_type": "Battles", "sub_event_type": "Armed clash"}}',
        f'{{"id": "{check_id}", "text": "{wrong} (check)", "event_type": "Battles", "sub_event_type": "Armed clash"}}',
        '{"id": "t-right", "text": "The mayor opened a park in Kalvara.", "event_type": "", "sub_event_type": ""}',
    ]) + "\n", encoding="utf-8")
    train_event_type.main(["--check-only", "--check-news", str(path), "--show", "rules"])
    out = capsys.readouterr().out
    assert "(rules)" in out and "(check)" not in out
    # without it both halves' wrong rows are printed, as before
    train_event_type.main(["--check-only", "--check-news", str(path)])
    out = capsys.readouterr().out
    assert "(rules)" in out and "(check)" in out


def test_every_news_set_with_ids_has_its_salt():
    for n in range(5, 13):
        assert news_set_path(n).name in train_event_type.NEWS_SALTS


# -- the GVDB profile: a victim told by sex alone is described --------------------------------------------------

def test_a_victim_told_by_sex_alone_is_described():
    def claim(victim):
        return Claim(report_id="r", outcome="killed", party=None, count=1, victim=victim)

    assert basis(claim("unnamed male")) == "described"
    assert basis(claim("unnamed female")) == "described"
    # near misses: a plain "unnamed" is another person told, a surname is named
    assert basis(claim("unnamed")) == "other"
    assert basis(claim("pruitt")) == "named"


# -- a hospital visit for a medical clearance is no hurt ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "SPRINGFIELD, Ill. — A man fired several shots into the air on Oak Street on Saturday night. Dana Pruitt, 31, was "
    "arrested. Pruitt was taken to a hospital for a medical clearance and then booked into the county jail.",
    "SPRINGFIELD, Ill. — A man fired several shots into the air on Oak Street on Saturday night. Police said the man "
    "was taken to a hospital for medical evaluation before he was booked into jail.",
])
def test_a_hospital_visit_for_a_medical_clearance_is_no_hurt(mentions_of, text):
    assert figures(mentions_of(text)) == (0, 0)


def test_a_hospital_visit_for_a_wound_is_still_a_hurt(mentions_of):
    # near miss: taken to a hospital for treatment of a wound
    text = ("SPRINGFIELD, Ill. — A man was shot on Oak Street on Saturday night. Dana Pruitt, 31, was taken to a hospital "
            "for treatment of a gunshot wound, police said.")
    assert figures(mentions_of(text)) == (0, 1)


# -- a death during a blizzard is no killing -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "SPRINGFIELD, Ill. — Dana Pruitt, 37, was shot and killed in his apartment on Oak Street on Saturday night. At least "
    "three other people died during the blizzard, all while shoveling snow.",
    "SPRINGFIELD, Ill. — Dana Pruitt, 37, was shot and killed in his apartment on Oak Street on Saturday night. Two "
    "people died in the snowstorm elsewhere in the county.",
])
def test_deaths_in_a_storm_are_no_killing(mentions_of, text):
    assert figures(mentions_of(text)) == (1, 0)


def test_deaths_in_a_shooting_during_a_storm_still_count(mentions_of):
    # near miss: the storm is when the shooting was, and the dead died in it
    text = ("SPRINGFIELD, Ill. — Two people died in a shooting on Oak Street during the blizzard on Saturday night, "
            "police said.")
    assert figures(mentions_of(text)) == (2, 0)


# -- a gunshot that killed somebody is no shooter who shot others ----------------------------------------------------

def test_a_boy_who_shot_himself_is_one_dead_whatever_gunshot_killed_him(killed_wounded):
    text = ("INDIANAPOLIS — A 10-year-old boy died after accidentally shooting himself Sunday night, police said. "
            "Neighbors did not hear the gunshot that killed him. Police believe the boy pulled the trigger, "
            "accidentally killing himself.")
    assert killed_wounded(text) == (1, 0)


def test_a_man_who_killed_another_and_then_himself_is_one_more_dead(killed_wounded):
    # near miss: a man who killed another before he killed himself is the shooter, one more dead
    text = ("INDIANAPOLIS — Police said Marcus Bell killed his neighbor on Sunday night. Bell later killed himself "
            "in his garage.")
    assert killed_wounded(text) == (2, 0)


# -- "Reports" opening a sentence is no name ---------------------------------------------------------------------------

def _key_of(analyze, text: str, word: str, tag: str):
    """The victim key ``People`` gives ``word`` where the NER calls it a person and the tagger a plural, as the small
    NER does to a sentence-opening "Reports" in some long reports (the label is set here, the parse is the pipeline's)."""
    from spacy.tokens import Span

    from eventdesk.nlp.victims import People

    doc = analyze(text)
    tok = next(t for t in doc if t.text == word)
    doc.ents = [e for e in doc.ents if not (e.start <= tok.i < e.end)] + [Span(doc, tok.i, tok.i + 1, label="PERSON")]
    tok.tag_ = tag
    return People().key(tok)


def test_a_plural_word_of_the_page_taken_for_a_name_is_no_person(analyze):
    text = ("Reports released Monday by the Sangamon County Sheriff's Office detail how 3-year-old Dana Pruitt got "
            "access to his father's gun and fatally shot himself.")
    assert _key_of(analyze, text, "Reports", "NNPS") is None


def test_a_surname_tagged_plural_is_still_a_name(analyze):
    # near miss: "Williams", tagged a plural, is a surname
    text = "Williams was shot and killed Monday on Oak Street in Springfield, police said."
    assert _key_of(analyze, text, "Williams", "NNPS")[0] == "williams"
