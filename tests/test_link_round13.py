"""Linking, thirteenth round: evidence that outweighs a wrong date, place or type.

- A trial report naming two people of the incident in full (the defendant and the victim) reaches as far
  back as one naming a person and a telling street: two names are one case, one may be a namesake.
- The age of a person of the incident ("a 10-year-old girl", "Girl, 10, was shot") is a key of its own
  (``a:10``): two reports that name nobody in common but give the same age score more than two that give
  nothing, less than a shared name; an age never lifts a veto.
- A venue named by its own name ("the Cascade Mall", "the Lakeview Motel", "June Jordan High School") is a
  key of its own (``v:``) and counts as a shared name: a follow-up names the mall more often than the victim.
  Hospitals, centres and parks are no venues (every shooting's wounded go to one hospital).
- A headline's age counts as the text's ("Boy, 7, hurt in shooting", "7-Year-Old Boy Shot").
  (Fourteenth round: an age counts only between reports placed in one state.)
- A follow-up with no place that names a person of the incident in full scores the place as two reports
  of one state would: nothing speaks against the incident's place, and the person ties the two.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import replace

from eventdesk import DateSpan, Mention, Place
from eventdesk.link import FOLLOW_UP_DAYS, TRIAL_DAYS, aggregate, decide, score, window

KW = dict(window_days=4, max_km=40.0)
THRESHOLD = 0.55

# invented towns with real-looking coordinates
ASHFORD = Place("Ashford", "Iowa", "United States", "US", 41.60, -93.60, "city")
KELLOGG = Place("Kellogg", "Iowa", "United States", "US", 41.70, -93.45, "city")  # about 16 km away

SHOOTING = dt.date(2021, 3, 14)
SENTENCING = dt.date(2022, 9, 2)  # a year and a half later


def _mention(report, place, keywords=(), day=SHOOTING, sub="Attack", etype="Violence against civilians"):
    return Mention(report, 0, 0, 10, "t", etype, sub, DateSpan(day, day, "day"), place, (), (), day, None,
                   tuple(keywords))


def _incident(place, keywords=(), day=SHOOTING, sub="Attack", etype="Violence against civilians"):
    return aggregate("inc-1", [_mention("a", place, keywords, day, sub, etype)], None, None)


# -- a trial naming two people of the incident ------------------------------------------------------

def test_a_sentencing_naming_the_defendant_and_the_victim_joins_the_shooting_months_before():
    # "Corey Vance was sentenced Friday for the death of Nolan Brisk, shot outside a Kellogg bar last year"
    inc = _incident(ASHFORD, ["p:corey vance", "p:nolan brisk"])
    s, reason = score(_mention("b", KELLOGG, ["p:corey vance", "p:nolan brisk", "p:judy hale"], SENTENCING), inc, **KW)
    assert s >= THRESHOLD and "follow-up" in reason and "same people: corey vance, nolan brisk" in reason


def test_a_sentencing_sharing_one_person_only_stays_apart_past_the_follow_up_days():
    inc = _incident(ASHFORD, ["p:corey vance", "p:nolan brisk"])
    assert score(_mention("b", KELLOGG, ["p:corey vance", "p:mara lyle"], SENTENCING), inc, **KW) is None
    # two years and more is past any trial
    late = SHOOTING + dt.timedelta(days=TRIAL_DAYS + 10)
    assert score(_mention("b", KELLOGG, ["p:corey vance", "p:nolan brisk"], late), inc, **KW) is None


def test_window_reaches_two_years_for_two_people_named_in_full():
    lo, hi = window(_mention("b", KELLOGG, ["p:corey vance", "p:nolan brisk"], SENTENCING), 4)
    assert (SENTENCING - lo).days == TRIAL_DAYS == (hi - SENTENCING).days
    # one person in full and a lone surname: a follow-up, not yet a trial
    lo, _ = window(_mention("b", KELLOGG, ["p:corey vance", "p:brisk"], SENTENCING), 4)
    assert (SENTENCING - lo).days == FOLLOW_UP_DAYS


# -- ages ------------------------------------------------------------------------------------------

def test_keywords_keep_the_ages_reports_give(mentions_of):
    [m] = mentions_of("A 10-year-old girl was shot in the face Friday night during an argument between two "
                      "neighbours in Fort Worth, police said. The girl was in stable condition.")
    assert "a:10" in m.keywords
    [m] = mentions_of("Tavion Reese, 14, was shot and killed Sunday on Larkin Street in Dayton, police said.")
    assert "a:14" in m.keywords


def test_keywords_take_no_age_from_buildings_dates_or_counts(mentions_of):
    [m] = mentions_of("A man was shot outside a 100-year-old church in Dayton on March 5, 2021, police said. "
                      "In Dayton, 12 people have been shot this year.")
    assert not any(k.startswith("a:") for k in m.keywords)


def test_a_report_without_a_place_giving_the_same_age_stays_apart():
    # "Girl, 10, shot in face during altercation" (no dateline) / "10-year-old girl shot in Kellogg": since the
    # fourteenth round an age ties only reports placed in one state (test_link_round14), and since the twenty-eighth
    # a brief with no place of the same day too, where one incident of the day alone gives the age
    # (test_link_round28): beside two, it stays apart
    inc = _incident(KELLOGG, ["s:quarry road", "a:10"])
    other = replace(_incident(Place("Ames", "Iowa", "United States", "US", 42.03, -93.62, "city"), ["a:10"]),
                    id="inc-2")
    d = decide(_mention("b", None, ["a:10"]), [inc, other], threshold=THRESHOLD, **KW)
    assert d.incident_id is None


def test_a_report_without_a_place_and_another_age_or_none_stays_apart():
    inc = _incident(KELLOGG, ["s:quarry road", "a:10"])
    assert decide(_mention("b", None, ["a:34"]), [inc], threshold=THRESHOLD, **KW).incident_id is None
    assert decide(_mention("b", None, []), [inc], threshold=THRESHOLD, **KW).incident_id is None


def test_an_age_is_no_name():
    # the same age does not make two different victims, towns apart, one incident
    inc = _incident(ASHFORD, ["p:nolan brisk", "a:19"])
    assert score(_mention("b", KELLOGG, ["p:dwayne ortiz", "a:19"]), inc, **KW) is None
    # nor does it count as a shared name between two reports that name different people
    s, reason = score(_mention("b", ASHFORD, ["p:dwayne ortiz", "a:19"]), inc, **KW)
    assert "different names" in reason and "same age" not in reason


# -- a follow-up with no place naming the same person ------------------------------------------------

def test_a_follow_up_without_a_place_naming_the_same_person_joins_days_later():
    # "Deputies said Carl Wendt, 41, died Tuesday of the wounds he gave himself" (no dateline), 11 days on
    inc = _incident(KELLOGG, ["p:carl wendt", "s:quarry road"])
    later = SHOOTING + dt.timedelta(days=11)
    d = decide(_mention("b", None, ["p:carl wendt"], later), [inc], threshold=THRESHOLD, **KW)
    assert d.incident_id == "inc-1" and "place unknown, same person" in d.reason


def test_a_follow_up_without_a_place_and_only_a_lone_name_or_none_stays_apart():
    inc = _incident(KELLOGG, ["p:carl wendt", "s:quarry road"])
    later = SHOOTING + dt.timedelta(days=11)
    assert decide(_mention("b", None, ["p:wendt"], later), [inc], threshold=THRESHOLD, **KW).incident_id is None
    assert decide(_mention("b", None, ["p:lena moss"], later), [inc], threshold=THRESHOLD, **KW).incident_id is None
    # a report placed in a town far off keeps scoring its place as before
    far = Place("Dunmore", "Iowa", "United States", "US", 43.20, -91.10, "city")
    assert decide(_mention("b", far, ["p:carl wendt"], later), [inc], threshold=THRESHOLD, **KW).incident_id is None


# -- ages in headlines -----------------------------------------------------------------------------

def _titled(mention, title):
    return dataclasses.replace(mention, title=title)


def test_a_headline_age_ties_a_report_of_the_same_state_to_the_incident():
    # since the fourteenth round a report with no place is not tied by an age (test_link_round14)
    first = _titled(_mention("a", KELLOGG, ["s:quarry road"]), "7-Year-Old Boy Shot In Kellogg")
    inc = aggregate("inc-1", [first], None, None)
    later = SHOOTING + dt.timedelta(days=1)
    d = decide(_titled(_mention("b", ASHFORD, [], later), "Boy , 7 , hurt in shooting"), [inc], threshold=THRESHOLD, **KW)
    assert d.incident_id == "inc-1" and "same age" in d.reason
    # a report with no place, on another day (since the twenty-eighth round the same day's joins where one incident of
    # the day alone gives the age: test_link_round28)
    assert decide(_titled(_mention("b", None, [], later), "Boy , 7 , hurt in shooting"), [inc], threshold=THRESHOLD,
                  **KW).incident_id is None


def test_headlines_with_other_ages_or_a_date_do_not():
    first = _titled(_mention("a", KELLOGG, ["s:quarry road"]), "7-Year-Old Boy Shot In Kellogg")
    inc = aggregate("inc-1", [first], None, None)
    for title in ("Boy, 9, hurt in shooting", "Shooting on March 7, 2021, hurts boy", "Man shot 7 times"):
        assert decide(_titled(_mention("b", None, []), title), [inc], threshold=THRESHOLD, **KW).incident_id is None


# -- venues ----------------------------------------------------------------------------------------

def test_keywords_keep_the_venue_a_shooting_happened_at(mentions_of):
    [m] = mentions_of("Three people were shot Saturday night in the parking lot of the Lakeview Motel in Dayton, "
                      "police said.")
    assert "v:lakeview motel" in m.keywords
    [m] = mentions_of("Two students were wounded when a gunman opened fire outside Harriet Cole High School "
                      "in Dayton on Tuesday.")
    assert "v:harriet cole high school" in m.keywords


def test_keywords_take_no_venue_from_hospitals_or_bare_kinds(mentions_of):
    [m] = mentions_of("A man was shot on Larkin Street in Dayton on Sunday and taken to Miami Valley Hospital. "
                      "The bar where he worked was closed.")
    assert not any(k.startswith("v:") for k in m.keywords)


def test_a_report_without_a_place_joins_the_incident_at_the_same_venue():
    # "Five dead in Cascade-style mall shooting" with no dateline / the first report, placed in its town
    inc = _incident(KELLOGG, ["s:quarry road", "v:brookfield mall"])
    d = decide(_mention("b", None, ["v:brookfield mall"]), [inc], threshold=THRESHOLD, **KW)
    assert d.incident_id == "inc-1" and "brookfield mall" in d.reason
    assert decide(_mention("b", None, ["v:riverside mall"]), [inc], threshold=THRESHOLD, **KW).incident_id is None
