"""Linking, thirtieth round: the two sides of one area, a headline's "found dead in", and an address that leaves the
street's kind out.

``eval.link_halves --salt`` drew fresh halves of SemEval dev's incidents (this round's: ``thirtieth-link30:``).  Two
outlets may put one shooting on the two sides of one area ("7 shot in West Garfield Park", "One killed, 6 wounded
in East Garfield Park"), so the sides still agree; but where the two reports name nobody, no street and no age in
common and tell other numbers shot ("Four shot", "7 shot"), they are two places.  An age two reports share no longer
counts where they tell other numbers shot.  A headline's "found dead in Tulsa, Okla." names the scene (a comma ends
the town's name).  A brief's address without its street's kind ("the Vistas apartments, 5751 Green Hill") names the
other report's "Green Hill Road".  The invented check set ``eval/linked_places_check11.jsonl`` is pinned per half.
All reports are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from eventdesk import Report, link

from eval import linked_places_check

from .linked import assert_fresh_link_salt, assert_places_halves_hold, incident_sizes, linked_runtime, report_keys

DAY = dt.date(2016, 10, 14)


def _report(rid: str, title: str, text: str, days: int = 0) -> Report:
    return Report(id=rid, title=title, text=text, published=DAY + dt.timedelta(days=days))


def _keys(nlp, gazetteer, title: str, text: str, prefix: str) -> set[str]:
    return report_keys(nlp, gazetteer, _report("k1", title, text), prefix)


def test_this_rounds_salt_draws_other_halves():
    assert_fresh_link_salt("thirtieth-link30:")


# -- the two sides of one area -------------------------------------------------------------------------------------

def test_the_two_sides_of_one_area():
    assert link._sides_differ(["n:east garfield park"], ["n:west garfield park"])
    assert link._sides_differ(["n:walnut park east"], ["n:walnut park west"]) is False  # (the side after the name)
    # near misses: a part and its whole, one neighbourhood twice, two neighbourhoods, one side beside both
    assert not link._sides_differ(["n:west englewood"], ["n:englewood"])
    assert not link._sides_differ(["n:east garfield park"], ["n:east garfield park"])
    assert not link._sides_differ(["n:east garfield park"], ["n:austin"])
    assert not link._sides_differ(["n:east garfield park"], ["n:east garfield park", "n:west garfield park"])


def test_numbers_shot_a_toll_may_be_told_by():
    assert link._shot_counts(1, 6) == {7, 1, 6}
    assert link._shot_counts(0, 4) == {4}
    assert link._shot_counts(0, 0) == set()


FOUR_EAST = ("CHICAGO — Four people were shot Sunday evening in East Garfield Park, police said. They were standing on "
             "a sidewalk when someone fired from a passing car.")


def test_two_sides_of_one_area_telling_other_numbers_shot_stay_apart(nlp, gazetteer):
    seven_west = ("CHICAGO — Seven people were wounded Sunday night in West Garfield Park, police said. A gunman walked "
                  "up to a group gathered outside and opened fire.")
    reports = [_report("g1", "Four shot in East Garfield Park", FOUR_EAST),
               _report("g2", "Seven shot in West Garfield Park", seven_west)]
    assert incident_sizes(nlp, gazetteer, reports) == [1, 1]


def test_near_miss_two_sides_of_one_area_telling_one_toll_join(nlp, gazetteer):
    # outlets draw the line apart: "7 shot" and "one killed, 6 wounded" are one number of people shot
    seven_west = ("CHICAGO — Seven people were shot Sunday night in West Garfield Park, police said. A gunman walked up "
                  "to a group gathered outside and opened fire.")
    east = ("CHICAGO — One man was killed and six other people were wounded Sunday night in East Garfield Park when a "
            "gunman walked up to a group and opened fire, police said.")
    reports = [_report("g1", "7 shot in West Garfield Park", seven_west),
               _report("g2", "One killed, 6 wounded in East Garfield Park", east)]
    assert incident_sizes(nlp, gazetteer, reports) == [2]


def test_near_miss_two_sides_of_one_area_sharing_the_street_join(nlp, gazetteer):
    east = ("CHICAGO — A 34-year-old man was shot in the stomach in the 3300 block of West Madison Street in East "
            "Garfield Park on Sunday, police said.")
    west = ("CHICAGO — A man was wounded Sunday on West Madison Street in West Garfield Park, police said. He was taken "
            "to Stroger Hospital.")
    reports = [_report("g1", "Man shot on Madison in East Garfield Park", east),
               _report("g2", "Man wounded on West Side", west)]
    assert incident_sizes(nlp, gazetteer, reports) == [2]


# -- a headline's "found dead in" ----------------------------------------------------------------------------------

def test_found_dead_in_a_town_is_the_headlines_scene():
    assert link.headline_scenes("Police : Four women found dead in Tulsa , Okla. , apartment") == {"tulsa"}
    assert link.headline_scenes("Man shot dead in Dothan") == {"dothan"}
    # near misses: "dead" with no town after it, a hometown before the noun of the act
    assert link.headline_scenes("Man found dead , police say") == frozenset()
    assert link.headline_scenes("Two dead after Tulsa man opens fire") == frozenset()


# -- an address that leaves the street's kind out ------------------------------------------------------------------

def test_an_address_without_the_streets_kind_is_keyed(nlp, gazetteer):
    text = ("A young boy was taken to a hospital Friday night after an accidental shooting at the Vistas apartments, "
            "5751 Green Hill. Officers said his father drove him there.")
    assert _keys(nlp, gazetteer, "Child injured in accidental shooting", text, "b:") == {"b:green hill"}
    # near miss: the street's kind given, the street's own key
    text = "ABILENE, Texas — A man was shot in the 3300 block of Antilley Road on Sunday night, police said."
    assert _keys(nlp, gazetteer, "Man shot", text, "b:") == set()


def test_the_address_names_the_other_reports_street():
    match = link.names_overlap(["b:green hill"], ["s:green hill road", "a:7"])
    assert match.partial == ("green hill road",) and match.street
    # near misses: another name, a name most towns have
    assert link.names_overlap(["b:green valley"], ["s:green hill road"]).partial == ()
    assert link.names_overlap(["b:main"], ["s:main street"]).partial == ()


ABILENE = ("ABILENE, Texas — A 25-year-old man was shot at an apartment complex in the 3300 block of Antilley Road on "
           "Sunday night, police said.")


def test_a_placeless_brief_giving_the_address_without_its_kind_joins(nlp, gazetteer):
    brief = ("A man was shot at the Oak Terrace apartments, 3342 Antilley, on Sunday night. Officers said he was taken "
             "to a hospital.")
    reports = [_report("s1", "Man shot at Abilene apartments", ABILENE), _report("s2", "Man hurt in apartment shooting", brief)]
    assert incident_sizes(nlp, gazetteer, reports) == [2]


def test_near_miss_a_placeless_brief_giving_another_address_stays_apart(nlp, gazetteer):
    brief = ("A man was shot at the Cedar Run apartments, 1820 Pinecrest, on Sunday night. Officers said he was taken "
             "to a hospital.")
    reports = [_report("s1", "Man shot at Abilene apartments", ABILENE), _report("s2", "Man hurt in apartment shooting", brief)]
    assert incident_sizes(nlp, gazetteer, reports) == [1, 1]


# -- the invented check set ---------------------------------------------------------------------------------------

def test_set11_scores(nlp, gazetteer):
    # the halves are fixed by the set's own salt; before this round: within 25 km, rules half 24 of 25, check half
    # 23 of 25; joined right (near misses apart) 19 and 15
    assert linked_places_check.SETS["11"][1] == "thirtieth-places11:"
    scores, _ = linked_places_check.run(linked_runtime(nlp, gazetteer), name="11")
    # check half joined 17 -> 18 with the thirty-third session's rounds
    assert_places_halves_hold(scores, {"rules": 25, "check": 25}, {"rules": (24, 21), "check": (23, 18)})
