"""Linking, twenty-seventh round: reports left apart across places, and the leftovers (a "Drive-By" read as a
street, Chicago's King Drive, Kahuku and Honolulu; a placeless brief of the same day is left apart, as round 14 chose).

``eval.link_halves --salt`` drew fresh halves of SemEval dev's incidents (this round's: ``twenty-seventh-link27:``).
Honolulu is a city-county: its police tell a shooting anywhere on Oahu under the city's name, so a town of the island
and a report datelined in Honolulu score as a town and its county (and are looked up that far), not as two towns
past the distance limit; the incident is placed in the town, however many reports carry the city's
dateline.  A street most towns have, named by two reports in two neighbourhoods of one city whose ages all
differ, is no shared name.  "Drive-By" (and "Drive - By") is no street, and a street name taken from headline-case
text starts after its last preposition ("Shooting On Lever Boulevard").  The invented check set
``eval/linked_places_check8.jsonl`` is pinned per half.  All reports are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from eventdesk import Ledger, Report, link
from eventdesk.models import Place

from eval import linked_places_check

from .linked import assert_fresh_link_salt, assert_places_halves_hold, incident_sizes, linked_runtime, main_place

DAY = dt.date(2016, 7, 9)


def _report(rid: str, title: str, text: str, days: int = 0) -> Report:
    return Report(id=rid, title=title, text=text, published=DAY + dt.timedelta(days=days))


def _streets(nlp, gazetteer, title: str, text: str) -> set[str]:
    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        led.ingest_reports([_report("k1", title, text)])
        return {k for m in led.store.report_mentions("k1") for k in m.keywords if k.startswith("s:")}


def test_this_rounds_salt_draws_other_halves():
    assert_fresh_link_salt("twenty-seventh-link27:")


# -- "Drive-By" and headline case --------------------------------------------------------------------------------

def test_a_drive_by_is_no_street(nlp, gazetteer):
    assert _streets(nlp, gazetteer, "Man Killed In Deadly Drive-By",
                    "FRESNO, Calif. - Police Say A Man Was Killed In A Deadly Drive-By Saturday Night.") == set()
    # as feeds space the hyphen
    assert _streets(nlp, gazetteer, "Two Hurt In Uptown Drive - By Shooting",
                    "CHICAGO - Two men were hurt in an Uptown Drive - By Shooting on Friday, police said.") == set()
    # near miss: a drive that is a street's kind
    assert _streets(nlp, gazetteer, "Man shot on Pinecrest Drive",
                    "FRESNO, Calif. - A man was shot on Pinecrest Drive on Saturday night, police said.") == {
        "s:pinecrest drive"}


def test_a_headline_case_street_starts_after_its_preposition(nlp, gazetteer):
    assert _streets(nlp, gazetteer, "Teen Killed In Stockton Drive-By Shooting",
                    "STOCKTON, Calif. - Police Say A Teen, 17, Was Killed In A Drive-By Shooting On Lever Boulevard "
                    "Saturday Night.") == {"s:lever boulevard"}
    # near miss: a name of two words keeps both
    assert _streets(nlp, gazetteer, "Man shot on Red Hills Avenue",
                    "STOCKTON, Calif. - A man was shot on Red Hills Avenue on Saturday, police said.") == {
        "s:red hills avenue"}


def test_drive_bys_of_two_cities_the_same_day_stay_apart(nlp, gazetteer):
    fresno = ("FRESNO, Calif. - Police Say A Man Was Killed In A Deadly Drive-By Saturday Night. Officers Are Looking "
              "For A Dark Sedan.")
    bakersfield = ("BAKERSFIELD, Calif. - Police Say A Man Was Killed In A Deadly Drive-By Saturday Night. Officers Are "
                   "Looking For A White Pickup.")
    reports = [_report("d1", "Man Killed In Deadly Drive-By", fresno),
               _report("d2", "Man Killed In Deadly Drive-By", bakersfield)]
    assert incident_sizes(nlp, gazetteer, reports) == [1, 1]


def test_near_miss_a_headline_case_report_on_the_same_street_joins(nlp, gazetteer):
    paper = ("STOCKTON, Calif. - A 17-year-old was killed in a drive-by shooting on Lever Boulevard on Saturday night, "
             "Stockton police said.")
    station = ("Stockton Police Say A 17-Year-Old Was Killed In A Drive-By Shooting On Lever Boulevard Saturday Night. "
               "He Died At The Scene.")
    reports = [_report("s1", "Teen killed in Stockton drive-by", paper),
               _report("s2", "Teen Killed In Stockton Drive-By Shooting", station, 1)]
    assert incident_sizes(nlp, gazetteer, reports) == [2]


# -- Oahu: a town of the island and Honolulu ----------------------------------------------------------------------

KAHUKU = ("KAHUKU, Hawaii - A 31-year-old man was shot outside a home on Kamehameha Highway on Saturday night, police "
          "said. He was taken to a hospital in serious condition.")


def test_a_town_of_oahu_and_honolulus_dateline_join(nlp, gazetteer):
    honolulu = ("HONOLULU - Honolulu police are investigating the shooting of a 31-year-old man on the North Shore on "
                "Saturday night.")
    reports = [_report("h1", "Man shot in Kahuku", KAHUKU), _report("h2", "Police investigate North Shore shooting", honolulu)]
    assert incident_sizes(nlp, gazetteer, reports) == [2]


def test_near_miss_a_honolulu_neighbourhoods_shooting_the_same_day_stays_apart(nlp, gazetteer):
    kalihi = "HONOLULU - A 19-year-old man was shot in Kalihi on Saturday night, Honolulu police said."
    reports = [_report("h1", "Man shot in Kahuku", KAHUKU), _report("h2", "Man shot in Kalihi", kalihi)]
    assert incident_sizes(nlp, gazetteer, reports) == [1, 1]


def test_two_honolulu_reports_place_a_kahuku_shooting_in_kahuku(nlp, gazetteer):
    # Honolulu's police tell the North Shore's shootings as the city's: the town another report names is the scene,
    # however many reports carry the city's dateline
    first = ("HONOLULU - Honolulu police are investigating the shooting of a 31-year-old man on the North Shore on "
             "Saturday night.")
    second = ("HONOLULU - A 31-year-old man shot Saturday night on the North Shore was in serious condition Sunday, "
              "police said.")
    reports = [_report("h1", "Man shot in Kahuku", KAHUKU), _report("h2", "Police investigate North Shore shooting", first),
               _report("h3", "North Shore shooting victim in serious condition", second)]
    assert main_place(nlp, gazetteer, reports) == (3, ("Kahuku", "Hawaii"))


def test_near_miss_a_town_next_to_honolulu_is_not_read_for_it():
    honolulu = Place("Honolulu", "Hawaii", "United States", "US", 21.3069, -157.8583, "city")
    kahuku = Place("Kahuku", "Hawaii", "United States", "US", 21.6803, -157.9514, "city")
    aiea = Place("Aiea", "Hawaii", "United States", "US", 21.3822, -157.9336, "city")
    assert link._city_county_as_town([honolulu, kahuku, honolulu]) == {honolulu: kahuku}
    # a suburb within one town's reach agrees with the city anyway; two far towns leave the city as it is
    assert link._city_county_as_town([honolulu, aiea]) == {}
    waianae = Place("Waianae", "Hawaii", "United States", "US", 21.4447, -158.1883, "city")
    assert link._city_county_as_town([honolulu, kahuku, waianae]) == {}


def test_a_city_county_reaches_its_island_only():
    honolulu = Place("Honolulu", "Hawaii", "United States", "US", 21.3069, -157.8583, "city")
    kahuku = Place("Kahuku", "Hawaii", "United States", "US", 21.6803, -157.9514, "city")
    hilo = Place("Hilo", "Hawaii", "United States", "US", 19.7297, -155.09, "city")
    km = link.km_between(honolulu, kahuku)
    assert 40 < km < 65 and link._city_county(kahuku, honolulu, km) == "Honolulu"
    assert link.candidate_km(kahuku, 40.0) == 65.0
    # near misses: another island of the state, a town of another state, two towns of Oahu
    assert link.candidate_km(hilo, 40.0) == 40.0
    assert link.candidate_km(Place("Fresno", "California", "United States", "US", 36.74, -119.79, "city"), 40.0) == 40.0
    waianae = Place("Waianae", "Hawaii", "United States", "US", 21.4447, -158.1883, "city")
    assert link._city_county(kahuku, waianae, link.km_between(kahuku, waianae)) is None


# -- Chicago's King Drive -----------------------------------------------------------------------------------------

BRONZEVILLE = ("CHICAGO - A 29-year-old man was shot in the 4300 block of South King Drive in Bronzeville on Saturday "
               "night, police said.")


def test_king_drive_in_two_neighbourhoods_with_other_ages_stays_apart(nlp, gazetteer):
    chatham = ("CHICAGO - A 16-year-old boy was shot in the 7900 block of South King Drive in Chatham on Saturday "
               "afternoon, police said.")
    reports = [_report("c1", "Man shot on King Drive in Bronzeville", BRONZEVILLE),
               _report("c2", "Teen wounded in Chatham", chatham)]
    assert incident_sizes(nlp, gazetteer, reports) == [1, 1]


def test_near_miss_king_drive_in_one_neighbourhood_joins(nlp, gazetteer):
    follow = ("CHICAGO - Police on Sunday were looking for the man who shot a 29-year-old man on King Drive in "
              "Bronzeville on Saturday night.")
    reports = [_report("c1", "Man shot on King Drive in Bronzeville", BRONZEVILLE),
               _report("c2", "Police seek gunman in Bronzeville shooting", follow, 1)]
    assert incident_sizes(nlp, gazetteer, reports) == [2]


def test_a_common_street_in_two_neighbourhoods_with_other_ages_is_no_shared_name():
    two = link.names_overlap(("n:bronzeville", "s:king drive", "a:29"), ("n:chatham", "s:king drive", "a:16"))
    assert not two.partial and two.conflict
    # near misses: an age in common, one neighbourhood, or a street that tells a place
    assert link.names_overlap(("n:bronzeville", "s:king drive", "a:29"), ("n:chatham", "s:king drive", "a:29")).partial
    assert link.names_overlap(("n:chatham", "s:king drive", "a:29"), ("n:chatham", "s:king drive", "a:16")).partial
    assert link.names_overlap(("n:bronzeville", "s:cottage grove avenue", "a:29"),
                              ("n:chatham", "s:cottage grove avenue", "a:16")).partial


# -- the invented check set ---------------------------------------------------------------------------------------

def test_set8_scores(nlp, gazetteer):
    # the halves are fixed by the set's own salt; before this round: within 25 km, rules half 22 of 22, check half
    # 30 of 31; joined right (near misses apart) 17 and 25
    assert linked_places_check.SETS["8"][1] == "twenty-seventh-places8:"
    scores, _ = linked_places_check.run(linked_runtime(nlp, gazetteer), name="8")
    assert_places_halves_hold(scores, {"rules": 22, "check": 31}, {"rules": (22, 22), "check": (30, 29)})
