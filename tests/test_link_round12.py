"""Linking, twelfth round: namesake towns and counties.

- Two reports that name the same town and the same telling street on the same day tell one incident even
  when the gazetteer put one of them in a namesake town of another state.
- A county named by two reports, or a town and the county it lies in, is a far smaller area than the
  state they share: their place scores between two towns of one state and one town.
- The same telling street on the same day in one state scores the state when the towns disagree.
- A trial naming the person and the street reaches two years back; a follow-up a week later naming the
  street of an incident in the same town joins it.
- The neighbourhood of the hospital the wounded were taken to is not the scene.
"""

from __future__ import annotations

import datetime as dt

from eventdesk import DateSpan, Mention, Place, Report
from eventdesk.link import aggregate, score

KW = dict(window_days=4, max_km=40.0)
THRESHOLD = 0.55

# invented places with real-looking coordinates: two namesake towns in two states
ELMWOOD_OR = Place("Elmwood", "Oregon", "United States", "US", 45.10, -122.70, "city")
ELMWOOD_GA = Place("Elmwood", "Georgia", "United States", "US", 33.40, -84.20, "city")
BRANTFORD_GA = Place("Brantford", "Georgia", "United States", "US", 33.50, -84.30, "city")
# a county, a town inside it, a town of the same state far from it, another county of the state
HOLLIS_COUNTY = Place("Hollis County", "Ohio", "United States", "US", 40.90, -84.10, "region")
MILLBROOK = Place("Millbrook", "Ohio", "United States", "US", 40.95, -84.00, "city")
FAR_TOWN = Place("Riverton", "Ohio", "United States", "US", 39.20, -81.60, "city")
OTHER_COUNTY = Place("Garner County", "Ohio", "United States", "US", 41.60, -82.90, "region")


def _mention(report, place, keywords=(), day=14):
    d = dt.date(2021, 3, day)
    return Mention(report, 0, 0, 10, "t", "Violence against civilians", "Attack", DateSpan(d, d, "day"), place, (), (),
                   d, None, tuple(keywords))


def _incident(place, keywords=(), day=14):
    return aggregate("inc-1", [_mention("a", place, keywords, day)], None, None)


# -- namesake towns ----------------------------------------------------------------------------------

def test_same_town_name_and_street_on_the_same_day_merge_across_namesakes():
    # "Four hurt at a party on Larkspur Avenue in Elmwood": one outlet's Elmwood resolved to another state
    inc = _incident(ELMWOOD_OR, ["s:larkspur avenue"])
    s, reason = score(_mention("b", ELMWOOD_GA, ["s:larkspur avenue"]), inc, **KW)
    assert s >= THRESHOLD and "namesakes" in reason


def test_namesakes_without_a_shared_street_stay_apart():
    inc = _incident(ELMWOOD_OR, ["s:larkspur avenue"])
    assert score(_mention("b", ELMWOOD_GA, ["s:quarry road"]), inc, **KW) is None
    assert score(_mention("b", ELMWOOD_GA, []), inc, **KW) is None


def test_namesakes_with_a_shared_street_on_different_days_stay_apart():
    inc = _incident(ELMWOOD_OR, ["s:larkspur avenue"])
    assert score(_mention("b", ELMWOOD_GA, ["s:larkspur avenue"], day=16), inc, **KW) is None


def test_two_different_towns_of_two_states_sharing_a_street_stay_apart():
    inc = _incident(ELMWOOD_OR, ["s:larkspur avenue"])
    assert score(_mention("b", BRANTFORD_GA, ["s:larkspur avenue"]), inc, **KW) is None


def test_a_generic_street_does_not_vouch_for_namesakes():
    inc = _incident(ELMWOOD_OR, ["s:main street"])
    assert score(_mention("b", ELMWOOD_GA, ["s:main street"]), inc, **KW) is None


# -- counties ----------------------------------------------------------------------------------------

def test_one_county_named_twice_merges_even_when_the_reports_name_different_people():
    # "A toddler was shot in Hollis County" / "Deputies in Hollis County say a boy, 8, fired the gun"
    inc = _incident(HOLLIS_COUNTY, ["p:dana whitcomb"])
    s, reason = score(_mention("b", HOLLIS_COUNTY, ["p:jerome tallis"]), inc, **KW)
    assert s >= THRESHOLD and "same county (Hollis County)" in reason


def test_a_town_and_the_county_it_lies_in_agree_more_than_the_state():
    inc = _incident(HOLLIS_COUNTY, ["p:dana whitcomb"])
    s, reason = score(_mention("b", MILLBROOK, ["p:jerome tallis"]), inc, **KW)
    assert s >= THRESHOLD and "same county" in reason


def test_a_far_town_or_another_county_of_the_state_is_only_the_same_province():
    inc = _incident(HOLLIS_COUNTY, ["p:dana whitcomb"])
    for place in (FAR_TOWN, OTHER_COUNTY):
        s, reason = score(_mention("b", place, ["p:jerome tallis"]), inc, **KW)
        assert s < THRESHOLD and "same province (Ohio)" in reason


def test_two_towns_still_score_by_distance():
    inc = _incident(MILLBROOK)
    _, reason = score(_mention("b", MILLBROOK), inc, **KW)
    assert "0 km apart" in reason and "county" not in reason


def test_two_telling_streets_in_one_county_stay_two_places():
    # a county may hold a city: "Quarry Road" and "Larkspur Avenue" on one day are two scenes
    inc = _incident(HOLLIS_COUNTY, ["s:larkspur avenue"])
    s, reason = score(_mention("b", HOLLIS_COUNTY, ["s:quarry road"]), inc, **KW)
    assert s < THRESHOLD and "same province (Ohio)" in reason


def test_a_named_person_or_a_numbered_street_against_a_telling_one_in_one_county_still_merges():
    # one report names the boy who died, the other the neighbour who called; or "Fifth Street" is the corner
    inc = _incident(HOLLIS_COUNTY, ["s:quarry road", "p:dana whitcomb"])
    s, reason = score(_mention("b", MILLBROOK, ["p:jerome tallis"]), inc, **KW)
    assert s >= THRESHOLD and "same county" in reason
    s, reason = score(_mention("c", MILLBROOK, ["s:5th street"]), inc, **KW)
    assert s >= THRESHOLD and "same county" in reason


# -- a telling street in one state, towns too far apart --------------------------------------------

# two towns of one state about 90 km apart: one report's town is the outlet's, or a hospital's
LAKEPORT_IL = Place("Lakeport", "Illinois", "United States", "US", 41.85, -87.65, "city")
SYCAMORE_IL = Place("Sycamore Falls", "Illinois", "United States", "US", 41.93, -88.75, "city")
SYCAMORE_IN = Place("Sycamore Falls", "Indiana", "United States", "US", 41.20, -86.60, "city")


def _clash(report, place, keywords=(), day=14):
    # a shooting the type tagger called an armed clash: compatible with an attack, not the same type
    d = dt.date(2021, 3, day)
    return Mention(report, 0, 0, 10, "t", "Battles", "Armed clash", DateSpan(d, d, "day"), place, (), (),
                   d, None, tuple(keywords))


def test_same_telling_street_same_day_same_state_scores_the_state_for_towns_too_far_apart():
    inc = _incident(LAKEPORT_IL, ["s:larkspur avenue", "p:dana whitcomb"])
    s, reason = score(_clash("b", SYCAMORE_IL, ["s:larkspur avenue"]), inc, **KW)
    assert s >= THRESHOLD and "same street in Illinois" in reason


def test_street_in_state_near_misses_stay_apart():
    inc = _incident(LAKEPORT_IL, ["s:larkspur avenue", "p:dana whitcomb"])
    # a day apart, a common street name, another state: no vouching, the distance veto holds
    assert score(_clash("b", SYCAMORE_IL, ["s:larkspur avenue"], day=15), inc, **KW) is None
    assert score(_clash("b", SYCAMORE_IL, ["s:main street"]), _incident(LAKEPORT_IL, ["s:main street"]), **KW) is None
    assert score(_clash("b", SYCAMORE_IN, ["s:larkspur avenue"]), inc, **KW) is None


# -- a trial a year or two later --------------------------------------------------------------------

def _dated(report, when, keywords, place=MILLBROOK):
    return Mention(report, 0, 0, 10, "t", "Violence against civilians", "Attack", DateSpan(when, when, "day"), place,
                   (), (), when, None, tuple(keywords))


SHOOTING = dt.date(2021, 3, 14)
VERDICT = dt.date(2022, 9, 2)  # "A jury found Dana Whitcomb guilty in the Larkspur Avenue shooting"


def test_a_verdict_naming_the_shooter_and_the_street_joins_the_shooting_a_year_later():
    inc = aggregate("inc-1", [_dated("a", SHOOTING, ["p:dana whitcomb", "s:larkspur avenue"])], None, None)
    s, reason = score(_dated("b", VERDICT, ["p:dana whitcomb", "s:larkspur avenue", "p:rosa tallis"]), inc, **KW)
    assert s >= THRESHOLD and "(follow-up)" in reason


def test_a_verdict_sharing_only_the_person_or_only_the_street_or_too_late_stays_apart():
    inc = aggregate("inc-1", [_dated("a", SHOOTING, ["p:dana whitcomb", "s:larkspur avenue"])], None, None)
    assert score(_dated("b", VERDICT, ["p:dana whitcomb"]), inc, **KW) is None
    assert score(_dated("b", VERDICT, ["p:rosa tallis", "s:larkspur avenue"]), inc, **KW) is None
    assert score(_dated("b", VERDICT, ["p:dana whitcomb", "s:main street"]),
                 aggregate("inc-1", [_dated("a", SHOOTING, ["p:dana whitcomb", "s:main street"])], None, None), **KW) is None
    late = dt.date(2024, 1, 10)
    assert score(_dated("b", late, ["p:dana whitcomb", "s:larkspur avenue"]), inc, **KW) is None


def test_window_reaches_two_years_for_a_person_and_a_telling_street_only():
    from eventdesk.link import FOLLOW_UP_DAYS, TRIAL_DAYS, window

    lo, hi = window(_dated("b", VERDICT, ["p:dana whitcomb", "s:larkspur avenue"]), 4)
    assert (VERDICT - lo).days == TRIAL_DAYS == (hi - VERDICT).days
    lo, _ = window(_dated("b", VERDICT, ["p:dana whitcomb", "s:main street"]), 4)
    assert (VERDICT - lo).days == FOLLOW_UP_DAYS
    lo, _ = window(_dated("b", VERDICT, ["s:larkspur avenue"]), 4)
    assert (VERDICT - lo).days == 4


# -- a telling street a week later, in one town and its suburbs ------------------------------------

NEAR_MILLBROOK = Place("Oakhurst", "Ohio", "United States", "US", 40.99, -83.93, "city")  # about 7 km away
TOWN_30_KM = Place("Dunmore", "Ohio", "United States", "US", 41.15, -83.75, "city")


def test_a_follow_up_a_week_later_on_the_same_telling_street_joins():
    # "Police arrest two in the shooting of a 10-year-old on Larkspur Avenue" a week after the shooting
    inc = aggregate("inc-1", [_dated("a", SHOOTING, ["s:larkspur avenue", "p:dana whitcomb"])], None, None)
    week = SHOOTING + dt.timedelta(days=7)
    s, reason = score(_dated("b", week, ["s:larkspur avenue", "p:rosa tallis"], NEAR_MILLBROOK), inc, **KW)
    assert s >= THRESHOLD and "(follow-up)" in reason


def test_street_follow_up_near_misses_stay_apart():
    inc = aggregate("inc-1", [_dated("a", SHOOTING, ["s:larkspur avenue"])], None, None)
    # three weeks later, a common street name, or a town 30 km away: the date window holds
    assert score(_dated("b", SHOOTING + dt.timedelta(days=21), ["s:larkspur avenue"]), inc, **KW) is None
    assert score(_dated("b", SHOOTING + dt.timedelta(days=7), ["s:main street"]),
                 aggregate("inc-1", [_dated("a", SHOOTING, ["s:main street"])], None, None), **KW) is None
    assert score(_dated("b", SHOOTING + dt.timedelta(days=7), ["s:larkspur avenue"], TOWN_30_KM), inc, **KW) is None


# -- the hospital's neighbourhood is no scene -------------------------------------------------------

def _analyze(ledger, text):
    (_, _, mentions), = ledger.analyze([Report(id="a", text=text, published=dt.date(2016, 5, 4), outlet="a")])
    return mentions[0].keywords


def test_the_neighbourhood_of_the_hospital_is_not_the_scene(ledger):
    keys = _analyze(ledger, "CHICAGO — Three men were shot Tuesday night in Englewood, police said. All three were "
                            "taken to Weiss Memorial Hospital in Uptown, where they were listed in stable condition.")
    assert "n:englewood" in keys and "n:uptown" not in keys
    keys = _analyze(ledger, "CHICAGO — A woman was shot in the arm Tuesday night in Englewood. She was rushed to a "
                            "hospital in Lincoln Park.")
    assert "n:englewood" in keys and "n:lincoln park" not in keys


def test_a_scene_named_after_the_hospital_sentence_still_counts(ledger):
    # "taken to" in another sentence, or a scene that is not where anyone was taken, stays a scene
    keys = _analyze(ledger, "CHICAGO — A man was taken to a hospital. The shooting happened Tuesday night in Uptown, "
                            "police said.")
    assert "n:uptown" in keys
    keys = _analyze(ledger, "CHICAGO — Police said a man who was taken to jail Monday was shot Tuesday night in "
                            "the parking lot of a store a few blocks away in Uptown after he was released on bond.")
    assert "n:uptown" in keys
