"""Places, seventh round: a county the report names against a town of another state, a county finer than its
state, a building's name said short, "DC", a station's call letters glued to its channel number, a big city's
name that is a neighbourhood of the city picked, landmarks the scene is placed by, a city's sides, and a
dateline town the body names only in passing.  All texts are written for these tests."""

from __future__ import annotations

from eventdesk.geo import Toponym, resolve_place
from eventdesk.geo.resolve import distance_km
from eventdesk.models import Place
from eventdesk.nlp.components.places import PlaceResolver, _title_names

from .test_places import place_of, where


def test_a_town_of_another_state_than_the_county_named_ranks_below_the_county(gazetteer):
    # no Hopewell in Wisconsin is known: the bare name said "in Hopewell" is a namesake of another state, and
    # the county the dateline names is the better answer
    topos = [Toponym("Marathon County, Wis.", 0, 0, 2.0), Toponym("Hopewell", 80, 88, 2.1)]
    place = resolve_place(topos, gazetteer, context_countries=("US",))
    assert (place.name, place.admin1, place.precision) == ("Marathon County", "Wisconsin", "region")


def test_a_county_of_the_state_is_finer_than_the_state(mentions_of):
    # "A Virginia boy" names the state in the weightiest sentence; the county, named in a lighter one, is finer
    text = ("A Virginia boy was wounded in the arm by a pellet from his cousin's air rifle on Saturday. "
            "Deputies said the two were playing behind a barn in Smyth County.")
    assert where(place_of(mentions_of, text)) == ("Smyth County", "Virginia", "US")


def test_a_saints_hospital_is_no_town_of_the_saint(mentions_of):
    # "at St. Mary's Hospital" names a hospital, not Saint Mary, Kentucky
    text = ("A man, 19, was pronounced dead at St. Mary's Hospital. He had been shot around 2 a.m. Saturday outside "
            "a bar. The Marathon County coroner released his name on Monday.")
    place = place_of(mentions_of, text)
    assert place is not None and place.admin1 == "Wisconsin"


def test_a_hospital_said_short_is_no_village(gazetteer):
    # "Hurley", after "Hurley Hospital", is the hospital: not a village of that name, but the city named
    topos = [Toponym("Hurley Hospital", 0, 0, 1.2), Toponym("Hurley", 40, 46, 2.0),
             Toponym("Flint", 90, 95, 2.0, exact=True)]
    place = resolve_place(topos, gazetteer, context_countries=("US",))
    assert (place.name, place.admin1) == ("Flint", "Michigan")


def test_dc_alone_is_washington(mentions_of, gazetteer):
    text = ("Three men were wounded late Tuesday outside a carryout in the 1200 block of Benning Road NE, "
            "DC police said.")
    place = place_of(mentions_of, text)
    assert (place.name, place.admin1) == ("Washington", "District of Columbia")
    # a report not known to be American: "DC" may be a district commissioner, and makes it no American report
    assert resolve_place([Toponym("DC", 40, 42, 2.0)], gazetteer, context_countries=()) is None
    somali = resolve_place([Toponym("Mogadishu", 0, 9, 2.0), Toponym("DC", 40, 42, 2.1)], gazetteer, context_countries=())
    assert somali.country_code == "SO"


def test_call_letters_glued_to_the_channel_number_say_the_state(mentions_of):
    # Campbell County is in several states; the Roanoke station's credit says which
    text = ("Deputies said a rifle fell from a gun rack and wounded a 7-year-old girl at a farmhouse in Campbell "
            "County on Sunday. Reporting by John Roe/WDBJ7")
    place = place_of(mentions_of, text)
    assert (place.name, place.admin1) == ("Campbell County", "Virginia")


def test_a_big_citys_name_that_is_a_neighbourhood_of_the_city_picked(gazetteer):
    # the resolver picks Chicago ("Chicago Police", "Cook County"); "Austin", named more, is its West Side
    # neighbourhood, not Texas's capital
    topos = [Toponym("Austin", 0, 0, 1.2), Toponym("Austin", 20, 26, 2.1), Toponym("Cook County", 60, 71, 1.0),
             Toponym("Chicago", 90, 97, 2.0, exact=True)]
    place = PlaceResolver(gazetteer=gazetteer)._resolve(topos, ("US",))
    chicago = Place(name="Chicago", lat=41.85, lon=-87.65)
    assert place.admin1 == "Illinois" and distance_km(place, chicago) < 25


def test_a_landmark_to_find_the_scene_by_is_not_the_scene(mentions_of):
    # "just east of Wellington" places the scene by a town; the county the dateline names is where it was
    text = ("LARIMER COUNTY, Colo. -- A hunter, 41, was wounded when a companion's rifle went off Saturday morning "
            "on a ranch road just east of Wellington, the sheriff's office said.")
    place = place_of(mentions_of, text)
    assert (place.name, place.admin1) == ("Larimer County", "Colorado")


def test_a_headlines_landmark_weighs_little():
    [landmark] = _title_names("Hunter wounded east of Tucson")
    [scene] = _title_names("Hunter wounded in Arivaca")
    assert landmark.weight < 1.0 <= scene.weight


def test_a_county_of_several_states_is_the_one_of_the_towns_named(gazetteer):
    # Rice County is in Minnesota and in Kansas; the victims' towns, in other counties, are Minnesota's
    topos = [Toponym("Rice County", 0, 11, 2.0), Toponym("Duluth", 60, 66, 1.0), Toponym("Bemidji", 90, 97, 1.0)]
    place = resolve_place(topos, gazetteer, context_countries=("US",))
    assert (place.name, place.admin1) == ("Rice County", "Minnesota")


def test_a_citys_side_names_the_city(mentions_of):
    # the tagger may take "Saginaw" for a people; "Saginaw's east side" is still the city's
    text = ("Two men were wounded by gunfire early Monday at a house party on Saginaw's east side, officers said. "
            "Both were expected to recover.")
    place = place_of(mentions_of, text)
    assert (place.name, place.admin1) == ("Saginaw", "Michigan")


def test_a_headlines_town_kids():
    assert "Lansing" in [t.text for t in _title_names("Lansing kids find a loaded handgun in a park")]


def test_a_big_citys_named_side_moves_the_point_that_way(gazetteer):
    # "north Houston": the city still, but off its centre to the north; sides that disagree leave the centre
    centre = resolve_place([Toponym("Houston", 0, 7, 2.0)], gazetteer, context_countries=("US",))
    north = resolve_place([Toponym("Houston", 0, 7, 2.0), Toponym("north Houston", 40, 53, 2.0)], gazetteer,
                          context_countries=("US",))
    assert (north.name, north.admin1) == ("Houston", "Texas")
    assert north.lat > centre.lat and 4 < distance_km(north, centre) < 11
    both = resolve_place([Toponym("north Houston", 0, 13, 2.0), Toponym("southwest Houston", 40, 57, 2.0)], gazetteer,
                         context_countries=("US",))
    assert distance_km(both, centre) < 1


def test_a_dateline_town_the_body_names_only_as_a_landmark(mentions_of):
    # the story was filed from Tucson; the body places the scene by it and names the hamlet where it was
    text = ("TUCSON -- A 15-year-old was shot in the leg Saturday while target shooting with friends south of "
            "Tucson, deputies said. The teens had gathered on open desert in Arivaca. He was flown to Tucson.")
    place = place_of(mentions_of, text)
    assert (place.name, place.admin1) == ("Arivaca", "Arizona")
