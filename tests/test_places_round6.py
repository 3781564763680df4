"""Places, sixth round: which of the towns of a common name a report means.  A town bearing the name as its
own before one once so called, a big city before a namesake hamlet, a town of a county named only inside an
office's name, the town the report keeps naming, and state troopers as an American cue.  All texts are written
for these tests."""

from __future__ import annotations

from eventdesk.geo import Toponym, resolve_place

from .test_places import place_of, where


def test_a_town_by_its_own_name_before_one_once_so_called(mentions_of):
    # Brownsburg, Indiana was once called Harrisburg; a university in Indiana named in passing must not make it so
    text = ("HARRISBURG - A man was shot in the leg late Saturday outside a corner store on Market Street, police said. "
            "The victim, a former Notre Dame football player, is expected to recover.")
    assert where(place_of(mentions_of, text)) == ("Harrisburg", "Pennsylvania", "US")


def test_a_big_city_before_a_namesake_hamlet(gazetteer):
    # "Garland" (a person, most likely) lies in Texas, where a village is called Columbus too: the city is
    # still Ohio's capital, unless the report names Texas
    topos = [Toponym("Columbus", 0, 8, 2.0), Toponym("Garland", 40, 47, 1.0), Toponym("east Columbus", 60, 73, 2.0)]
    place = resolve_place(topos, gazetteer, context_countries=("US",))
    assert (place.name, place.admin1) == ("Columbus", "Ohio")
    place = resolve_place([*topos, Toponym("Texas", 90, 95, 1.0)], gazetteer, context_countries=("US",))
    assert (place.name, place.admin1) == ("Columbus", "Texas")


def test_a_county_inside_a_courthouse_name_picks_the_town(mentions_of):
    # the tagger reads "the Pike County Courthouse" as an organisation; the county still says which Milford:
    # the borough of Pike County, Pennsylvania, not the larger Milford, Connecticut, nor the Milford of
    # Somerset County, Pennsylvania, far from Pike County
    text = ("MILFORD -- A man pleaded guilty Thursday at the Pike County Courthouse to shooting his nephew, 10, "
            "while showing him a handgun last spring.")
    place = place_of(mentions_of, text)
    assert where(place) == ("Milford", "Pennsylvania", "US")
    assert place.lat > 41 and place.lon > -75.5


def test_the_town_the_report_keeps_naming(gazetteer):
    # two towns of the named county, equally weighty: the one named three times, not the one named first
    topos = [Toponym("Morgan County", 0, 13, 2.0), Toponym("Franklin", 20, 28, 2.0),
             Toponym("Jacksonville", 40, 52, 2.0), Toponym("Jacksonville", 60, 72, 2.0), Toponym("Jacksonville", 80, 92, 1.5)]
    place = resolve_place(topos, gazetteer, context_countries=("US",))
    assert (place.name, place.admin1) == ("Jacksonville", "Illinois")


def test_a_district_of_the_city_named_often_beats_a_stray_namesake(mentions_of):
    # the city's parts ("West Baltimore", "East Baltimore") are all Baltimore; "the Eastern District" once
    # is no town in Kentucky
    text = ("Four people were shot in West Baltimore early Saturday, and a woman was killed in East Baltimore "
            "hours later, police said. Officers of the Eastern District found her on a porch in West Baltimore.")
    assert where(place_of(mentions_of, text))[:2] == ("Baltimore", "Maryland")


def test_state_troopers_make_a_report_american(mentions_of):
    # no state is named; "state troopers" is American, so Colchester is no English town
    text = ("A 14-year-old riding an ATV was shot in the foot in Colchester on Wednesday in what police called a "
            "hunting accident. Colchester officers and state troopers responded to a wooded area off Middletown Road.")
    assert where(place_of(mentions_of, text))[2] == "US"


def test_a_county_of_several_states_is_the_one_of_a_big_city(mentions_of):
    # Harris County is in Texas and in Georgia; nothing names the state, and Houston's county dwarfs the other
    text = ("A three-year-old boy who accidentally shot himself at a home in Harris County on Friday has died, "
            "deputies said. The shooting happened at a house at Elmont, in a quiet subdivision.")
    assert where(place_of(mentions_of, text))[1:] == ("Texas", "US")


def test_a_county_of_several_small_namesakes_stays_unplaced(gazetteer):
    # ten states have a Pike County, none with a big city: alone it says nothing
    assert resolve_place([Toponym("Pike County", 0, 11, 2.0)], gazetteer, context_countries=("US",)) is None
