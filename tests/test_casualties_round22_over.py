"""Per-report killed / injured figures, round twenty-two (over): figures a report gives that are not its incident's,
read off real reports (a pool of news reports each tied to one incident), written here as texts of our own.

Each test is a rule's positive case and its near miss, in sentences written for them.  The figure is the one the
GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

import datetime as dt

from .tolls import figures as _figures


# -- digits between a name's comma and a semicolon are an age

def test_ages_in_a_list_of_names_are_no_count(mentions_of):
    # (the tagger takes none of these names for a person's, so the age is not told by a person's name before it)
    text = "Police said the dead were Alonzo Marquez, 22; Erika Robledo, 21; Paula Niven, 19; and a 3-year-old boy."
    killed, _ = _figures(mentions_of(text))
    assert 3 <= killed <= 4


def test_a_count_closed_by_a_semicolon_stays_a_count(mentions_of):
    # near miss: a count after a place's comma, not a name's ("In Belleview, 2 were hurt")
    text = "Deputies said a shooting in Ocala left 3 dead; in Belleview, 2 were hurt in a second shooting."
    assert _figures(mentions_of(text))[0] == 3


# -- a sentence dated at its opening well before the report tells an earlier incident (and the next that names its
#    persons again goes on about it)

def test_a_timeline_of_earlier_shootings_is_no_toll(mentions_of):
    text = ("March 1994: Five people killed, two injured at a Tampa bowling alley.\n"
            "A gunman killed two men and wounded four other people at a party in Liberty Park early Tuesday, police "
            "said.")
    assert _figures(mentions_of(text, published=dt.date(2014, 6, 24))) == (2, 4)


def test_an_earlier_rampage_and_its_shooter_are_no_toll(mentions_of):
    text = ("Two men were killed and seven people were wounded at an apartment building in Liberty Park on Tuesday. "
            "In the summer of 2013, Pedro Valdane went on a rampage in Hialeah, killing six neighbors in his apartment "
            "complex. Valdane was shot dead by SWAT officers who broke down a door.")
    mentions = mentions_of(text, published=dt.date(2014, 6, 24))
    assert _figures(mentions) == (2, 7)
    assert not [c for m in mentions for c in m.claims if "Valdane" in c.sentence]


def test_a_sentence_that_names_nobody_of_the_earlier_incident_is_the_reports(mentions_of):
    # near miss: the sentence after the earlier rampage names none of its persons
    text = ("Two men were killed and seven people were wounded at an apartment building in Liberty Park on Tuesday. "
            "In the summer of 2013, Pedro Valdane went on a rampage in Hialeah, killing six neighbors in his apartment "
            "complex. A third man was shot dead by the gunmen in Liberty Park, officers said.")
    mentions = mentions_of(text, published=dt.date(2014, 6, 24))
    assert [c for m in mentions for c in m.claims if "third man" in c.sentence]


def test_a_date_of_this_year_opens_the_reports_own_incident(mentions_of):
    # near miss: a month of the report's own year, weeks before it, is this incident's date
    text = "June 2014: Two men were killed and seven people were wounded at an apartment building in Liberty Park."
    assert _figures(mentions_of(text, published=dt.date(2014, 6, 24))) == (2, 7)


def test_a_sentence_after_an_earlier_one_that_names_nobody_of_it_is_the_reports(mentions_of):
    # near miss: the sentence after the earlier rampage names none of its persons
    text = ("In the summer of 2011, Pedro Valdane went on a rampage in Hialeah, killing six neighbors. On Tuesday, two "
            "men were killed and seven people were wounded at an apartment building in Liberty Park.")
    assert _figures(mentions_of(text, published=dt.date(2014, 6, 24))) == (2, 7)


# -- a death the report sets out as a part of its wounded count is counted once, among the dead

def test_a_dead_part_of_the_injured_is_no_wounded(mentions_of):
    text = "Three people were injured, including a 16-year-old girl who later succumbed to her wounds, deputies said."
    assert _figures(mentions_of(text)) == (1, 2)


def test_a_living_part_of_the_injured_stays_wounded(mentions_of):
    # near miss: the part is alive
    text = "Three people were injured, including a 16-year-old girl who was in critical condition, deputies said."
    assert _figures(mentions_of(text)) == (0, 3)


def test_the_dead_told_beside_the_injured_are_no_part_of_them(mentions_of):
    # near miss: the dead come in a clause of their own after the part
    text = "Three people were injured, including a 9-year-old boy, and two others were killed on Elm Street."
    assert _figures(mentions_of(text)) == (2, 3)


# -- digits in square brackets mark an encyclopedia's source notes, no count

def test_source_notes_are_no_count(mentions_of):
    text = ("Injured:\nAaron Pellworth\nshot in the leg [ 12 ]\nDana Mossfield\nshot in the arm [ 40 ]")
    assert _figures(mentions_of(text))[1] <= 2


def test_a_count_told_twice_with_its_digits_in_brackets_stays_a_count(mentions_of):
    # near miss: "two [2]", a police release's number told twice, counts
    text = "Police said two [2] people were wounded in the shooting on Elm Street."
    assert _figures(mentions_of(text)) == (0, 2)


# -- a person hit in a clause that a span of time sets apart ("two days after another man was wounded") is another
#    incident's, no one more of the count

def test_another_hit_days_before_is_no_one_more(mentions_of):
    text = "Three people were shot outside the bar on Saturday, two days after another man was wounded at the same corner."
    assert _figures(mentions_of(text)) == (0, 3)


def test_another_hit_as_he_ran_to_help_is_one_more(mentions_of):
    # near miss: "as he ran to help them" sets no span of time apart: the same shooting
    text = "Three people were shot outside the bar, and another man was wounded as he ran to help them."
    assert _figures(mentions_of(text)) == (0, 4)


# -- a count of things that an adverb of distance follows ("three doors down") measures where, and counts nobody

def test_doors_down_are_no_count(mentions_of):
    text = "Neighbors were stunned to learn a 10-year-old boy had been shot just three doors down from the church."
    assert _figures(mentions_of(text)) == (0, 1)


def test_men_down_the_block_are_a_count(mentions_of):
    # near miss: a person's noun before "down" counts persons
    text = "Police said two men down the block were wounded by the gunfire."
    assert _figures(mentions_of(text)) == (0, 2)


def test_the_news_a_day_after_a_shooting_keeps_its_persons(mentions_of):
    # near miss: the span of time sets the news (a charge) apart from the shooting, whose persons are the report's
    text = ("A day after police said a boy accidentally shot himself and his friend inside a home on Birch Lane, "
            "investigators charged the boy with assault.")
    assert _figures(mentions_of(text)) == (0, 2)
