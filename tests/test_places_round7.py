"""Places, seventh round: a county the report names against a town of another state, a county finer than its
state, a building's name said short, "DC", a station's call letters glued to its channel number, a big city's
name that is a neighbourhood of the city picked, landmarks the scene is placed by, a city's sides, and a
dateline town the body names only in passing.  All texts are written for these tests."""

from __future__ import annotations

from eventdesk.geo import Toponym, resolve_place
from eventdesk.geo.resolve import distance_km
from eventdesk.models import Place
from eventdesk.nlp.components.places import PlaceResolver

from .test_places import place_of, where


def test_a_town_of_another_state_than_the_county_named_ranks_below_the_county(gazetteer):
    # no Eureka in Texas is known: the bare name said "in Eureka" is a namesake abroad of the state, and the
    # county the dateline names is the better answer
    topos = [Toponym("Navarro County, TX", 0, 0, 2.0), Toponym("Eureka", 80, 86, 2.1)]
    place = resolve_place(topos, gazetteer, context_countries=("US",))
    assert (place.name, place.admin1, place.precision) == ("Navarro County", "Texas", "region")


def test_a_county_of_the_state_is_finer_than_the_state(mentions_of):
    # "A Virginia girl" names the state in the weightiest sentence; the county, named in a lighter one, is finer
    text = ("A Virginia girl was shot in the chest with a pellet gun by her younger brother on Friday. "
            "It happened in a hollow of Washington County, Sheriff Fred Newman said.")
    assert where(place_of(mentions_of, text)) == ("Washington County", "Virginia", "US")


def test_a_saints_hospital_is_no_town_of_the_saint(mentions_of):
    # "at St. Mary's Hospital" names a hospital, not Saint Mary, Kentucky
    text = ("A man, 18, was pronounced dead at St. Mary's Hospital after he was shot early Saturday, according to "
            "the Vanderburgh County Coroner's Office.")
    place = place_of(mentions_of, text)
    assert place is not None and place.admin1 == "Indiana"


def test_a_hospital_said_short_is_no_village(gazetteer):
    # "Riley", after "Riley Hospital", is the hospital: not Riley, a village of Indiana, but the city named
    topos = [Toponym("Riley Hospital", 0, 0, 1.2), Toponym("Riley", 40, 45, 2.0),
             Toponym("Indianapolis", 90, 102, 2.0, exact=True)]
    place = resolve_place(topos, gazetteer, context_countries=("US",))
    assert (place.name, place.admin1) == ("Indianapolis", "Indiana")


def test_dc_alone_is_washington(mentions_of, gazetteer):
    text = ("Five teenagers were wounded early Sunday when someone fired from a passing car, DC police said. "
            "The shooting happened on the 4300 block of Wheeler Road SE.")
    place = place_of(mentions_of, text)
    assert (place.name, place.admin1) == ("Washington", "District of Columbia")
    # a report not known to be American: "DC" may be a district commissioner, and makes it no American report
    assert resolve_place([Toponym("DC", 40, 42, 2.0)], gazetteer, context_countries=()) is None
    somali = resolve_place([Toponym("Mogadishu", 0, 9, 2.0), Toponym("DC", 40, 42, 2.1)], gazetteer, context_countries=())
    assert somali.country_code == "SO"


def test_call_letters_glued_to_the_channel_number_say_the_state(mentions_of):
    # Campbell County is in several states; the Roanoke station's credit says which
    text = ("A 3-year-old boy in Campbell County accidentally shot himself Tuesday after finding a gun in his "
            "father's car, according to the Campbell County Sheriff's Office. Jane Doe/WDBJ7")
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
    # "just north of Keenesburg" places the scene by a town; the county the dateline names is where it was
    text = ("WELD COUNTY, Colo. -- A 12-year-old boy was hurt when his rifle went off Sunday evening on a farm road "
            "just north of Keenesburg, the sheriff's office said.")
    place = place_of(mentions_of, text)
    assert (place.name, place.admin1) == ("Weld County", "Colorado")


def test_a_headlines_landmark_weighs_little():
    from eventdesk.nlp.components.places import _title_names

    [landmark] = _title_names("Boy shot while hunting west of Phoenix dies")
    [scene] = _title_names("Boy shot while hunting in Tonopah dies")
    assert landmark.weight < 1.0 <= scene.weight


def test_a_county_of_several_states_is_the_one_of_the_towns_named(gazetteer):
    # Rice County is in Minnesota and in Kansas; the victims' towns, in another county, are Minnesota's
    topos = [Toponym("Rice County", 0, 11, 2.0), Toponym("Minneapolis", 60, 71, 1.0), Toponym("Robbinsdale", 90, 101, 1.0)]
    place = resolve_place(topos, gazetteer, context_countries=("US",))
    assert (place.name, place.admin1) == ("Rice County", "Minnesota")


def test_a_citys_side_names_the_city(mentions_of):
    # the tagger takes "Saginaw" for a people; "Saginaw's southeast side" is still the city's
    text = ("Children looking for snakes found a loaded shotgun in the weeds on Friday. The gun went off and a boy, 9, "
            "was wounded in the leg at an apartment complex on Saginaw's southeast side.")
    place = place_of(mentions_of, text)
    assert (place.name, place.admin1) == ("Saginaw", "Michigan")


def test_a_headlines_town_kids():
    from eventdesk.nlp.components.places import _title_names

    assert "Saginaw" in [t.text for t in _title_names("Saginaw kids looking for snakes find a gun instead")]


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
    # the story was filed from Phoenix; the body places the scene by it and names the hamlet where it was
    text = ("PHOENIX -- A 9-year-old boy was shot early Wednesday during a hunting trip west of Phoenix, the sheriff's "
            "office said. The boy was with two older cousins near a dirt road in Tonopah. He was airlifted to "
            "Phoenix Children's Hospital.")
    place = place_of(mentions_of, text)
    assert (place.name, place.admin1) == ("Tonopah", "Arizona")
