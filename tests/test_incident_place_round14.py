"""An incident's place, fourteenth round: a big city's own point outranks its centre.

One report says which side of a big city ("north Houston") or which of its neighbourhoods the shooting was
in, and is placed at a point of its own; the reports that say neither put the city at the gazetteer's centre,
kilometres away.  They name one town and agree, so the finer point stands for the incident, however many
reports give the centre.  A town whose centre is not known, two points neither of which is the centre, and a
point of another town stay as before.  All reports are written for these tests.
"""

from __future__ import annotations

import datetime as dt

from eventdesk import DateSpan, Mention, Place
from eventdesk.link import aggregate
from eventdesk.models import Report

# Houston's GeoNames id and point (the gazetteer's centre for it)
HOUSTON_ID = 4699066
HOUSTON = Place("Houston", "Texas", "United States", "US", 29.76328, -95.36327, "city", HOUSTON_ID)
NORTH_HOUSTON = Place("Houston", "Texas", "United States", "US", 29.82817, -95.36327, "city", HOUSTON_ID)
SOUTHWEST_HOUSTON = Place("Houston", "Texas", "United States", "US", 29.71740, -95.41613, "city", HOUSTON_ID)
# a suburb with a point of its own, near the centre: another town, not Houston at a finer point
BELLAIRE = Place("Bellaire", "Texas", "United States", "US", 29.70579, -95.45883, "city", 4673353)
# a town the gazetteer's list of larger towns lacks: no centre known, nothing to tell a finer point by
ELM_HOLLOW = Place("Elm Hollow", "Texas", "United States", "US", 31.20, -97.10, "city", None)
ELM_HOLLOW_EAST = Place("Elm Hollow", "Texas", "United States", "US", 31.20, -97.06, "city", None)

DAY = dt.date(2019, 6, 9)


def told(report: str, place: Place | None) -> Mention:
    return Mention(report, 0, 0, 10, "t", "Violence against civilians", "Attack", DateSpan(DAY, DAY, "day"),
                   place, (), (), DAY, None, ())


# the gazetteer's own points, as the ledger passes them
CENTRES = {HOUSTON_ID: (HOUSTON.lat, HOUSTON.lon), 4673353: (BELLAIRE.lat, BELLAIRE.lon)}


def place_of(*mentions: Mention, centre_of=CENTRES.get) -> Place | None:
    return aggregate("inc-1", list(mentions), None, None, centre_of).location


# -- the rule, on the incident's mentions ------------------------------------------------------------------

def test_one_report_at_a_side_of_the_city_outranks_three_at_its_centre():
    got = place_of(told("r1", HOUSTON), told("r2", HOUSTON), told("r3", HOUSTON), told("r4", NORTH_HOUSTON))
    assert got == NORTH_HOUSTON


def test_the_own_point_most_reports_give_wins_over_another():
    got = place_of(told("r1", HOUSTON), told("r2", SOUTHWEST_HOUSTON), told("r3", NORTH_HOUSTON),
                   told("r4", NORTH_HOUSTON))
    assert got == NORTH_HOUSTON


def test_a_report_giving_one_point_in_two_mentions_counts_once():
    second = Mention("r2", 1, 20, 30, "t", "Violence against civilians", "Attack", DateSpan(DAY, DAY, "day"),
                     SOUTHWEST_HOUSTON, (), (), DAY, None, ())
    got = place_of(told("r1", HOUSTON), told("r2", SOUTHWEST_HOUSTON), second, told("r3", NORTH_HOUSTON),
                   told("r4", NORTH_HOUSTON))
    assert got == NORTH_HOUSTON


# -- near misses: unchanged ------------------------------------------------------------------------------------

def test_every_report_at_the_centre_leaves_the_centre():
    assert place_of(told("r1", HOUSTON), told("r2", HOUSTON)) == HOUSTON


def test_a_suburb_near_the_city_is_another_town_not_a_finer_point():
    # Bellaire agrees with Houston (a few km apart) but is not Houston: the better-backed city stays
    got = place_of(told("r1", HOUSTON), told("r2", HOUSTON), told("r3", BELLAIRE))
    assert got == HOUSTON


def test_a_town_whose_centre_is_not_known_keeps_the_first_of_its_points():
    got = place_of(told("r1", ELM_HOLLOW), told("r2", ELM_HOLLOW), told("r3", ELM_HOLLOW_EAST))
    assert got == ELM_HOLLOW


def test_without_the_gazetteers_points_the_better_backed_centre_stays():
    got = place_of(told("r1", HOUSTON), told("r2", HOUSTON), told("r3", NORTH_HOUSTON), centre_of=None)
    assert got == HOUSTON


def test_two_finer_points_and_no_centre_keep_the_one_chosen():
    got = place_of(told("r1", SOUTHWEST_HOUSTON), told("r2", NORTH_HOUSTON))
    assert got == SOUTHWEST_HOUSTON


# -- reports ingested into a real ledger -----------------------------------------------------------------------

def _reports(side: str) -> list[Report]:
    where = f"in {side} Houston" if side else "in Houston"
    return [
        Report(id="plain-1", title="Police identify man killed in Houston shooting", published=DAY,
               text="Houston police on Monday identified the man shot and killed Sunday night as Darnell Whitcomb, 34."
                    " He was found in the parking lot of an apartment complex on Greenbriar Lane. No arrests have"
                    " been made."),
        Report(id="plain-2", title="Houston man killed in apartment shooting", published=DAY,
               text="Darnell Whitcomb, 34, was shot and killed Sunday night in the parking lot of an apartment"
                    " complex on Greenbriar Lane in Houston, police said."),
        # the report that names the side comes last: the incident is already placed at the centre
        Report(id="sided", title="Man shot dead at apartment complex", published=DAY + dt.timedelta(days=1),
               text=f"A 34-year-old man was shot and killed Sunday night {where}, police said. Officers found Darnell"
                    " Whitcomb lying in the parking lot of an apartment complex on Greenbriar Lane."),
    ]


def _stored_place(ledger, reports: list[Report]) -> Place:
    ledger.ingest_reports(reports)
    [row], _ = ledger.incidents()
    assert row.n_reports == 3
    return ledger.incident(row.id).location


def test_a_ledger_places_the_incident_at_the_side_one_report_names(ledger):
    place = _stored_place(ledger, _reports("north"))
    assert (place.name, place.admin1) == ("Houston", "Texas")
    # north of the centre, by several kilometres (a tenth of a degree is 11 km)
    assert place.lat > HOUSTON.lat + 0.03 and abs(place.lon - HOUSTON.lon) < 1e-4


def test_a_ledger_whose_reports_name_no_side_keeps_the_centre(ledger):
    place = _stored_place(ledger, _reports(""))
    assert (place.name, place.lat, place.lon) == ("Houston", HOUSTON.lat, HOUSTON.lon)
