"""Per-report killed / injured figures, round twenty-two (over): figures a report gives that are not its incident's,
read off real reports (a pool of news reports each tied to one incident), written here as texts of our own.

Each test is a rule's positive case and its near miss, in sentences written for them.  The figure is the one the
GVDB suite scores: ``eval.common.report_casualties`` over victims only."""

from __future__ import annotations

from .tolls import figures as _figures


# -- a count that runs from a day to now is a tally of all the shootings since

def test_a_count_since_a_day_is_a_tally(mentions_of):
    text = ("Two brothers, 16 and 17, were shot and killed in a drive-by shooting in Old Mill early Sunday, police said. The brothers were "
            "two of five teenagers shot dead in the city since early Saturday.")
    assert _figures(mentions_of(text)) == (2, 0)


def test_a_count_of_people_hospitalized_since_a_day_is_the_incidents(mentions_of):
    # near miss: a stay in hospital that lasts from a day on is this incident's hurt
    text = ("Two men have been hospitalized since Friday after they were shot outside a bar on Elm Street, police "
            "said Monday.")
    assert _figures(mentions_of(text)) == (0, 2)


def test_a_count_shot_on_a_day_and_in_condition_since_keeps_its_toll(mentions_of):
    # near miss: the "since" is the coordinated verb's (its own time), not the count's
    text = "Two men were shot Friday on Elm Street and have been in critical condition since Saturday, police said."
    assert _figures(mentions_of(text)) == (0, 2)


# -- a count told of shootings in the bare plural, or of a series of shootings, is a roundup's

def test_a_count_of_city_shootings_is_a_roundup(mentions_of):
    text = ("A 19-year-old man was shot and killed on Pine Street on Sunday, police said. In another violent stretch "
            "last month, eight people were killed in city shootings and 12 others were wounded.")
    assert _figures(mentions_of(text)) == (1, 0)


def test_a_count_of_the_shootings_at_one_place_is_the_incidents(mentions_of):
    # near miss: "the shootings" (a determiner) point at this incident
    text = "Two people were killed in the shootings at the Brookfield mall on Sunday and three others were wounded."
    assert _figures(mentions_of(text)) == (2, 3)


def test_a_series_of_shootings_is_a_roundup(mentions_of):
    text = ("A woman was wounded on Oak Avenue late Friday, police said. Officers are looking into a series of "
            "shootings overnight which have left three dead and seven other people injured.")
    assert _figures(mentions_of(text)) == (0, 1)


def test_one_shooting_that_left_a_toll_is_the_incidents(mentions_of):
    # near miss: one shooting's relative clause tells this incident's toll
    text = "Officers are looking into a shooting on Oak Avenue which left three dead and two other people injured."
    assert _figures(mentions_of(text)) == (3, 2)


# -- digits between a name's comma and a semicolon are an age

def test_ages_in_a_list_of_names_are_no_count(mentions_of):
    text = ("Four people were shot to death Saturday at an apartment complex in Dunmore. Police said the dead were "
            "Rafael Quintero, 20; Maribel Ostos, 24; Lena Vasko, 20; and a 4-year-old boy.")
    assert _figures(mentions_of(text)) == (4, 0)


def test_a_count_closed_by_a_semicolon_stays_a_count(mentions_of):
    # near miss: a count after a place's comma, not a name's ("In Belleview, 2 were hurt")
    text = "Deputies said a shooting in Ocala left 3 dead; in Belleview, 2 were hurt in a second shooting."
    assert _figures(mentions_of(text))[0] == 3
