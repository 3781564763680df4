"""Per-report killed / injured figures, round eighteen: small counting faults left by the session's rounds (a named
victim beside described ones, a killed victim told by "identified as", a shooter who shot himself, a cut-off
headline, an alternative "or" among the dead, a caption naming another shooting).

Each test uses sentences written for it: a rule's positive case and its near miss.  The cut-off headline and the
caption of another shooting were already read right in the texts below; their tests keep them so.  The figure is the one the GVDB
suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

from .tolls import figures as _figures


# -- a named victim, then two described ones, in one list: three

def test_a_named_victim_and_two_described_ones_are_three(mentions_of):
    text = ("DAYTON, Ohio - Police said Marcus Hale, a 42-year-old man and a 38-year-old woman were shot late Friday "
            "on Salem Avenue.")
    assert _figures(mentions_of(text)) == (0, 3)


def test_a_named_victim_set_off_by_a_description_and_one_more_are_two(mentions_of):
    # near miss: the description closed by a comma is the named man's own
    text = ("DAYTON, Ohio - Police said Marcus Hale, a 42-year-old Dayton man, and a 38-year-old woman were shot late "
            "Friday on Salem Avenue.")
    assert _figures(mentions_of(text)) == (0, 2)



def test_a_place_before_two_described_victims_adds_no_one():
    # near miss: a town and its state before the list, in an event note's style ("in Celaya, Guanajuato, a man and a
    # woman"), is no named victim: the place is a preposition's object.  Read as the ACLED suite reads its notes: the
    # evaluation's own ledger, the notes in one batch, all of a report's mentions as one (``lead=False``)
    import datetime as dt

    from eval.common import Runtime, report_casualties
    from eventdesk import Report

    texts = ("On 3 June 2021, in Celaya, Guanajuato, a man and a woman were shot dead outside a bar. 2 fatalities.",
             "Around 12 June 2021 (as reported), in Navolato, Sinaloa, a man and a woman were found dead. The bodies "
             "showed signs of torture. 2 fatalities.")
    reports = [Report(id=f"n{i}", text=t, published=dt.date(2021, 7, 10)) for i, t in enumerate(texts)]
    found = {r.id: report_casualties(m, lead=False).get("killed") for r, _, m in Runtime().analyze(reports)}
    assert found == {"n0": 2, "n1": 2}

# -- "the woman killed in Sunday's shooting was identified as ..."

def test_the_woman_killed_identified_as_is_one_killed(mentions_of):
    # ("killed" tagged a past tense here, its clause hung on the noun)
    text = ("FLINT, Mich. - Police are investigating a shooting on Dort Highway. The woman killed in Sunday's shooting "
            "was identified as Renee Calloway, 31, police said.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_the_woman_wounded_identified_as_is_one_wounded(mentions_of):
    # near miss: the same sentence with a wounded woman
    text = ("FLINT, Mich. - Police are investigating a shooting on Dort Highway. The woman wounded in Sunday's "
            "shooting was identified as Renee Calloway, 31, police said.")
    assert _figures(mentions_of(text)) == (0, 1)


# -- a shooter who shot himself is no wounded victim

def test_the_shooter_who_shot_himself_is_no_victim(mentions_of):
    text = ("MACON, Ga. - Police said Curtis Bell, 45, shot his neighbor Dana Whitfield in the leg Tuesday during an "
            "argument on Napier Avenue. Bell then shot himself in the chest, police said.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_one_who_shot_himself_with_no_shooter_named_is_hurt(mentions_of):
    # near miss: the man who shot himself shot nobody else: he is the one hurt
    text = ("MACON, Ga. - Police said Curtis Bell, 45, accidentally shot himself in the leg Tuesday while cleaning a "
            "pistol at his home on Napier Avenue.")
    assert _figures(mentions_of(text)) == (0, 1)


# -- a headline cut off in a word tells no outcome

def test_a_count_before_a_cut_off_word_is_no_toll(mentions_of):
    text = ("3 people arr\n\nHARLAN, Ky. - Three people were arrested Thursday after a shooting on Main Street that "
            "left no one hurt, police said.")
    assert _figures(mentions_of(text)) == (0, 0)


def test_a_whole_headline_keeps_its_dead(mentions_of):
    # near miss: the headline is whole and tells three dead
    text = ("3 people killed in Harlan shooting\n\nHARLAN, Ky. - Three people were shot and killed Thursday on Main "
            "Street, police said.")
    assert _figures(mentions_of(text)) == (3, 0)


# -- an alternative ("or") among the dead counts no one twice

def test_the_slain_boy_or_two_other_teens_is_one(mentions_of):
    text = ("GARY, Ind. - Police have not said whether the slain boy, Tyrese Banks, 15, or two other teens who were "
            "with him Saturday night on Broadway were the target of the shooting.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_the_slain_boy_and_two_other_teens_killed_are_three(mentions_of):
    # near miss: "and", and all three killed
    text = ("GARY, Ind. - The slain boy, Tyrese Banks, 15, and two other teens were shot and killed Saturday night on "
            "Broadway, police said.")
    assert _figures(mentions_of(text)) == (3, 0)


# -- a caption naming another shooting adds no toll

def test_a_video_caption_of_another_shooting_adds_no_toll(mentions_of):
    text = ("MEMPHIS, Tenn. - A man was shot and wounded Tuesday night on Lamar Avenue, police said. VIDEO: Two killed "
            "in Memphis shooting last month. The man was taken to Regional One in stable condition.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_a_sentence_of_two_killed_without_a_caption_counts(mentions_of):
    # near miss: no caption; the two dead are this report's
    text = ("MEMPHIS, Tenn. - Two people were killed in a shooting Tuesday night on Lamar Avenue, police said. The men "
            "were pronounced dead at the scene.")
    assert _figures(mentions_of(text)) == (2, 0)
