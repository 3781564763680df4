"""The places component on whole reports: US local news and its datelines, street names,
neighbourhoods, counties, and the desk's default country.  All texts are written for these tests."""

from __future__ import annotations

import pytest


def place_of(mentions_of, text: str):
    ms = mentions_of(text)
    assert ms, "no mention extracted"
    best = max(ms, key=lambda m: len(m.claims))
    return best.place


def where(place) -> tuple:
    return (place.name, place.admin1, place.country_code) if place else None


@pytest.mark.parametrize(
    "text, expected",
    [
        # an AP dateline names the town and its state; the bare town name abroad must not win
        ("NAPLES, Fla. - A man was shot and wounded Monday in a parking garage in Naples, police said.",
         ("Naples", "Florida", "US")),
        # a dateline behind page debris
        ("Updated: 6:38 PM\nAPOPKA, Fla. - A 16-year-old girl was shot and killed at a home on Friday, police said.",
         ("Apopka", "Florida", "US")),
        # a dateline glued to a scraped title
        ("Teen shot on east side | Fox 59INDIANAPOLIS, Ind. (Jan. 5, 2016) - A teenager was shot and wounded on Friday.",
         ("Indianapolis", "Indiana", "US")),
        # a state abbreviation alone makes the report American: Collo is no town in Algeria here
        ("GRANITE FALLS, N.C. - A 16-year-old was shot and killed in Caldwell County on Monday, deputies said.",
         ("Granite Falls", "North Carolina", "US")),
    ],
)
def test_datelines_of_us_local_news(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected


def test_a_surname_is_not_a_town(mentions_of):
    # "the Wanda family" is people; "Wanda" is also an alternate name of a village in Argentina
    place = place_of(mentions_of, "Officers said a man was shot and killed at the Wanda family home in Milwaukee on Friday.")
    assert place is not None and place.country_code == "US"


@pytest.mark.parametrize("text, expected", [
    # "Columbus Avenue" and "Park Avenue" must not become Columbus, Ohio or a town abroad
    ("Two men were shot and wounded on West Columbus Avenue near Park Avenue in Springfield, Mass., on Sunday, "
     "police said.", ("Springfield", "Massachusetts", "US")),
    # the police department names the town
    ("A 13-year-old boy was shot and injured Saturday night, the Zanesville Police Department said. He was taken "
     "to a hospital.", ("Zanesville", "Ohio", "US")),
    # a town as a modifier
    ("A Tuscaloosa teen was shot and killed early Sunday, officers said.", ("Tuscaloosa", "Alabama", "US")),
    # a neighbourhood falls back to its city
    ("Three people were shot and wounded Saturday in South Philadelphia, police said.", ("Philadelphia", "Pennsylvania", "US")),
    # generic city parts are no places
    ("HOUSTON - A man was shot and killed on the East Side late Monday, police said.", ("Houston", "Texas", "US")),
])
def test_streets_police_and_city_parts(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected


def test_a_county_gives_its_large_namesake_city_or_its_centre(mentions_of):
    place = place_of(mentions_of, "A man was shot and killed Tuesday in Lubbock County, deputies said.")
    assert where(place) == ("Lubbock", "Texas", "US")
    place = place_of(mentions_of, "A boy was shot and wounded while hunting in Cowley County on Sunday, deputies said.")
    assert (place.name, place.admin1, place.precision) == ("Cowley County", "Kansas", "region")
    assert 37.0 < place.lat < 37.5 and -97.2 < place.lon < -96.5  # between Winfield and Arkansas City


def test_a_county_picks_the_state_of_a_homonym_town(mentions_of):
    # Lima is the capital of Peru; Allen County lies in Ohio (and a few other states, none with a Lima)
    place = place_of(mentions_of, "LIMA - A 17-year-old was shot and wounded over the weekend, the Allen County "
                                  "Sheriff's Office said.")
    assert where(place) == ("Lima", "Ohio", "US")


def test_towns_named_together_lie_together(mentions_of):
    place = place_of(mentions_of, "Four people were shot and injured in a Bamberg pool hall early Saturday. Two were "
                                  "taken to hospitals in Orangeburg and Walterboro.")
    assert where(place) == ("Bamberg", "South Carolina", "US")


def test_international_reports_are_unchanged(mentions_of):
    place = place_of(mentions_of, "Gunmen killed five villagers near Maiduguri in Borno State, Nigeria, on Tuesday.")
    assert place.country_code == "NG"
    place = place_of(mentions_of, "A car bomb killed seven people in Kirkuk on Sunday, Iraqi police said.")
    assert (place.name, place.country_code) == ("Kirkuk", "IQ")


def test_default_country_decides_only_when_the_report_names_none(analyze, gazetteer):
    from eventdesk.nlp.components.places import PlaceResolver

    text = "A man was shot and killed in Birmingham on Saturday, police said."
    doc = analyze(text)
    assert doc._.segment_places[0].country_code == "GB"  # the larger Birmingham, without a hint
    doc = PlaceResolver(gazetteer=gazetteer, default_country="US")(analyze(text))
    assert where(doc._.segment_places[0]) == ("Birmingham", "Alabama", "US")
    # a named country still wins over the desk's default
    doc = PlaceResolver(gazetteer=gazetteer, default_country="US")(analyze("A man was shot dead in Kirkuk, Iraq, on Sunday."))
    assert doc._.segment_places[0].country_code == "IQ"


def test_headline_names_the_town_when_the_body_does_not(nlp, gazetteer):
    import datetime as dt

    from eventdesk import Ledger, Report

    text = "Police said a 27-year-old man was shot and killed in the city's north section on Tuesday night."
    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        [(_, _, [untitled])] = list(led.analyze([Report("a", text, published=dt.date(2016, 1, 5))]))
        [(_, _, [titled])] = list(led.analyze([Report("b", text, title="Man shot, killed in Kalamazoo, Mich.",
                                                      published=dt.date(2016, 1, 5))]))
    assert untitled.place is None
    assert (titled.place.name, titled.place.admin1) == ("Kalamazoo", "Michigan")


def test_american_local_news_cues_make_a_us_report(mentions_of):
    # no state named, but only US news writes "the 100 block of" or a broadcaster's call letters
    place = place_of(mentions_of, "A man was shot and killed in Chelsea on Sunday in the 100 block of Washington "
                                  "Avenue, police said.")
    assert where(place) == ("Chelsea", "Massachusetts", "US")
    place = place_of(mentions_of, "NAPLES (WINK) - A man was shot and wounded in Naples on Monday, police said.")
    assert where(place) == ("Naples", "Florida", "US")


def test_a_country_named_in_a_street_is_no_country(mentions_of):
    place = place_of(mentions_of, "A teen was shot and killed Friday on Spain Street in Baton Rouge, police said.")
    assert where(place) == ("Baton Rouge", "Louisiana", "US")


def test_a_town_inside_the_named_county_beats_the_hospital_city(mentions_of):
    place = place_of(mentions_of, "A teen was accidentally shot and wounded Friday near the town of Brooklyn in "
                                  "Morgan County, Indiana. He was taken to a hospital in Indianapolis.")
    assert where(place) == ("Brooklyn", "Indiana", "US")


def test_headline_town_modifiers_are_place_names():
    from eventdesk.nlp.components.places import _title_names

    found = [(t.text, t.exact) for t in _title_names("Pittsburgh man to stand trial for Allentown homicide")]
    assert found == [("Pittsburgh", True), ("Allentown", True)]
    assert [t.text for t in _title_names("Marshall Co. boy accidentally shoots self in finger")] == ["Marshall Co."]


@pytest.mark.parametrize("text, expected", [
    # Evanston, Illinois is a town; beside "Cincinnati police" it is Cincinnati's neighbourhood
    ("Four adults were shot and wounded Monday in Evanston, Cincinnati police said. Officers found the victims "
     "near a corner store.", ("Cincinnati", "Ohio", "US")),
    # the same in one state: Knoxville, Pennsylvania lies far from Pittsburgh, the dateline and the police
    ("PITTSBURGH (KDKA) - A teenager was shot and wounded Friday in Knoxville, Pittsburgh police said.",
     ("Pittsburgh", "Pennsylvania", "US")),
    # the victim's home town is a big city; the scene, named more, is the town
    ("A Milwaukee man was shot and killed Saturday in Beloit. Beloit police said the shooting in Beloit followed "
     "a fight.", ("Beloit", "Wisconsin", "US")),
    # a big city keeps its place beside another big city named less
    ("AUSTIN, Texas - A man was shot and killed downtown on Sixth Street in Austin, police said. The suspect was "
     "arrested in Dallas.", ("Austin", "Texas", "US")),
    # a station's banner names its home, not the scene
    ("Man shot | Live5News.com | Charleston, SC | News, Weather, Sports\nA man was shot and killed Friday, the "
     "Summerville Police Department said.", ("Summerville", "South Carolina", "US")),
])
def test_big_cities_their_neighbourhoods_and_banners(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected


@pytest.mark.parametrize("title, text, expected", [
    # the station's call letters in the title: Smyrna, Tennessee, not the larger Smyrna, Georgia
    ("Toddler accidentally shoots herself - WSMV Channel 4",
     "A 2-year-old girl accidentally shot herself on Saturday morning, Smyrna Police said.", ("Smyrna", "Tennessee")),
    # a "City, ST" of the outlet in the title: Columbus, Georgia, not Ohio
    ("Toddler shot in hand - WTVM.com - Columbus , GA News Weather",
     "A Columbus woman appeared in court Friday after police said her son shot her baby at a Columbus home.",
     ("Columbus", "Georgia")),
    # a county of several states takes the outlet's state
    ("Boy accidentally shoots self - WAFF-TV: News for Huntsville",
     "A boy accidentally shot himself in the finger on Sunday in Marshall County, deputies said.",
     ("Marshall County", "Alabama")),
])
def test_the_outlet_says_which_state(nlp, gazetteer, title, text, expected):
    import datetime as dt

    from eventdesk import Ledger, Report

    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        [(_, _, mentions)] = list(led.analyze([Report("a", text, title=title, published=dt.date(2016, 1, 5))]))
    place = max(mentions, key=lambda m: len(m.claims)).place
    assert (place.name, place.admin1) == expected


@pytest.mark.parametrize("text, expected", [
    # a school, a hospital named after a town: the scene is elsewhere
    ("A 17-year-old Brighton High student was shot and killed Wednesday at a party in Cottonwood Heights, "
     "police said.", ("Cottonwood Heights", "Utah", "US")),
    # a month is no town ("May, Idaho")
    ("A man was arrested Thursday in DeKalb County, Georgia, for a killing in May, deputies said.",
     ("DeKalb County", "Georgia", "US")),
    # a neighbourhood the gazetteer knows only as towns elsewhere, in a report that names its city
    ("A boy was shot in the head Friday morning in Portage Park, Chicago police said.", ("Chicago", "Illinois", "US")),
    ("Two men were shot and killed overnight in Madisonville. Cincinnati police are investigating.",
     ("Cincinnati", "Ohio", "US")),
    # ... or that names a county called after its big city
    ("Two people were shot and wounded at a party in Gramercy Park, deputies said. The Los Angeles County Sheriff's "
     "Department is investigating.", ("Los Angeles", "California", "US")),
    # a town named beside a big city of another state: both have namesakes in Illinois
    ("Six people were shot at a party early Sunday in Montgomery, police said. The victims were taken to a "
     "hospital in Aurora.", ("Montgomery", "Illinois", "US")),
    # ... but not when the report names the town's own state (Atlanta and Detroit both have Texan namesakes)
    ("A man shot dead a receptionist at a Detroit accounting firm on Monday, Detroit police said. The suspect was "
     "arrested near Detroit. The shooting follows one last week in Atlanta, Georgia, where a man killed his former "
     "girlfriend in Atlanta.", ("Detroit", "Michigan", "US")),
])
def test_schools_months_neighbourhoods(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the victims' hospital lies elsewhere: "Medical Center in Walnut Creek" is no scene
    ("Four people were shot and wounded on Friday at a Vallejo park, police said. The victims were shot and taken "
     "to John Muir Medical Center in Walnut Creek.", ("Vallejo", "California", "US")),
    # "Park Manor" is one name: its first word is no leftover to drop ("Manor", a town in Texas)
    ("Police said a man was shot and killed Sunday in the Park Manor neighborhood on the South Side of Chicago.",
     ("Chicago", "Illinois", "US")),
])
def test_care_and_compound_names(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected


def test_a_headline_city_whose_name_ends_in_city(nlp, gazetteer):
    from eventdesk import Ledger, Report

    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        [(_, _, mentions)] = list(led.analyze([Report("a", "Police said the shooting on Wednesday appears to be an accident.",
                                                      title="3-year-old Kansas City girl shot in abdomen")]))
    place = max(mentions, key=lambda m: len(m.claims)).place
    assert place is not None and (place.name, place.admin1) == ("Kansas City", "Missouri")


@pytest.mark.parametrize("text, expected", [
    # a crossing names streets, not the state or town they are named after
    ("A teen was shot and killed Friday near Missouri and 16th avenues. Phoenix police are investigating.",
     ("Phoenix", "Arizona", "US")),
    ("A boy was shot and wounded Sunday near 299th Avenue and Roosevelt, west of Buckeye, deputies said.",
     ("Buckeye", "Arizona", "US")),
    ("Three people were shot and wounded Friday at the intersection of Cleveland and Yosemite, Madera police said.",
     ("Madera", "California", "US")),
])
def test_streets_of_a_crossing(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected


def test_a_county_building_says_its_county(mentions_of):
    # the jail lies in the county of the crime; the hearing elsewhere is no scene
    place = place_of(mentions_of, "Police arrested the father Friday after his son was shot and killed. He was booked "
                                  "into the Tulsa County Jail, and will appear in Oklahoma City later.")
    assert where(place) == ("Tulsa", "Oklahoma", "US")


@pytest.mark.parametrize("title, text, expected", [
    # a town far from the station's city, in a state nothing else names: the station's city's neighbourhood
    ("5 injured in Saturday night shooting - KMOV.com",
     "Five people were shot and wounded Saturday night at a gathering in Kensington, police said.",
     ("St. Louis", "Missouri")),
    # ... or the namesake near the station: Florence, Kentucky on a Cincinnati station's page, not Alabama's
    ("Man killed in Florence - WLWT", "A man was shot and killed Sunday night in Florence, police said.",
     ("Florence", "Kentucky")),
    # a town of the station's own state stays, however far
    ("Two shot in Springfield - KSDK.com", "Two men were shot and wounded Sunday night in Springfield, police said.",
     ("Springfield", "Missouri")),
])
def test_a_far_town_of_another_state_near_the_outlet(nlp, gazetteer, title, text, expected):
    from eventdesk import Ledger, Report

    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        [(_, _, mentions)] = list(led.analyze([Report("a", text, title=title)]))
    place = max(mentions, key=lambda m: len(m.claims)).place
    assert (place.name, place.admin1) == expected


def test_a_surname_of_someone_named_in_full_weighs_less(mentions_of):
    # "Copeland" alone, after "Tanya Copeland", is the victim (a town in Oklahoma otherwise)
    place = place_of(mentions_of, "Officers found Jamal Reed, 15, and Tanya Copeland, 16, both with gunshot wounds at "
                                  "a home on Montego Circle. Police said Reed shot and killed Copeland before taking "
                                  "his own life. The Clayton County Police Department, Ga., is investigating.")
    assert (place.name, place.admin1) == ("Clayton County", "Georgia")


def test_a_name_before_police_stops_at_a_sentence_end(mentions_of):
    # "... from Project Child Safe. The Roanoke Rapids Police Department": the town is Roanoke Rapids alone
    place = place_of(mentions_of, "A juvenile was shot late Friday in the 1800 block of Roanoke Avenue, officials said. "
                                  "The mother got tips from Project Child Safe. The Roanoke Rapids Police Department "
                                  "has free gun locks.")
    assert where(place) == ("Roanoke Rapids", "North Carolina", "US")


@pytest.mark.parametrize("text, expected", [
    # a big city's neighbourhood that is no town of its own name anywhere: the city, though the report names none
    ("Four people were shot and wounded outside a corner store in East Germantown on Sunday, police said.",
     ("Philadelphia", "Pennsylvania", "US")),
    # ... or only a hamlet elsewhere (a Parkway Village of a few hundred people in Kentucky)
    ("A child is in critical condition after a shooting in Parkway Village on Tuesday, police said.",
     ("Memphis", "Tennessee", "US")),
])
def test_a_neighbourhood_known_nowhere_else_is_its_city(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected


def test_a_neighbourhood_that_is_also_a_town_needs_its_city_named(mentions_of):
    # Germantown is a town of its own in Maryland, Tennessee and Wisconsin: alone it is not Philadelphia
    place = place_of(mentions_of, "Two men were shot and wounded in Germantown on Sunday, police said.")
    assert place is not None and place.name == "Germantown"


def test_a_possessive_before_a_feature_word_is_one_name(nlp, gazetteer):
    from eventdesk import Ledger, Report

    # "Bailey's Grove" is no Bailey (a village in Michigan): the station's town stands in
    text = ("Police say a 3-year-old boy accidentally shot his mother on Saturday. Officers responded to a shooting "
            "at a home in Bailey’s Grove around 2:40 p.m.")
    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        [(_, _, mentions)] = list(led.analyze([Report("a", text, title="Boy shoots mother - Kentwood, MI")]))
    place = max(mentions, key=lambda m: len(m.claims)).place
    assert (place.name, place.admin1) == ("Kentwood", "Michigan")


def test_the_road_a_car_was_on_is_no_place(mentions_of):
    # "southbound on Cleveland" is a road: not Cleveland, Ohio, against the town the report names
    place = place_of(mentions_of, "The shooting happened Friday near Yosemite Avenue in Madera. The victims vehicle was "
                                  "traveling southbound on Cleveland when a car pulled up and fired shots.")
    assert where(place) == ("Madera", "California", "US")


def test_a_surname_only_hamlets_bear_is_no_place(mentions_of):
    # "Copeland" after "Tanya Copeland, 16," is the victim; no town of any size is called so
    ms = mentions_of("Officers found Jamal Reed, 15, and Tanya Copeland, 16, both with gunshot wounds at a home on "
                     "Montego Circle. Police said Reed shot and killed Copeland before taking his own life.")
    place = max(ms, key=lambda m: len(m.claims)).place
    assert place is None or place.name != "Copeland"


@pytest.mark.parametrize("title, text, expected", [
    # "St. Marie youth": a town as a headline modifier, spelled "Saint" in the gazetteer
    ("Accidental Shooting Claims St. Marie Youth",
     "A 12-year-old boy died Sunday after being shot by accident at a home, Valley County deputies said.",
     ("Saint Marie", "Montana")),
    # a local paper's name says its town when the report names no other place
    ("Teen accidentally shoots 5-year-old boy in leg",
     "The story you are reading is premium content from The Lufkin News. A teen accidentally shot a 5-year-old boy "
     "in the leg on Sunday, deputies said.", ("Lufkin", "Texas")),
])
def test_headline_youth_and_local_papers(nlp, gazetteer, title, text, expected):
    from eventdesk import Ledger, Report

    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        [(_, _, mentions)] = list(led.analyze([Report("a", text, title=title)]))
    place = max(mentions, key=lambda m: len(m.claims)).place
    assert place is not None and (place.name, place.admin1) == expected


def test_a_city_known_by_an_alternate_name_is_no_surname(mentions_of):
    # "Al Hudaydah" may be tagged a person; "Hudaydah" is still the city, known by that alternate name
    place = place_of(mentions_of, "Rebel forces reportedly fired mortars at the fish market area of Hudaydah city "
                                  "(Al Hali, Al Hudaydah). Two people were killed.")
    assert place is not None and (place.name, place.country_code) == ("Al Hudaydah", "YE")


def test_a_later_incident_without_a_place_of_its_own_is_in_the_same_town(mentions_of):
    ms = mentions_of("Two men were shot and wounded Friday night in Wichita, police said. In a separate shooting, a "
                     "woman was shot and killed Saturday on 27th Street.")
    assert len(ms) == 2
    assert [where(m.place) for m in sorted(ms, key=lambda m: m.index)] == [("Wichita", "Kansas", "US")] * 2


@pytest.mark.parametrize("title, text, expected", [
    # a headline capitalises every word: the place is the head of the phrase after "Outside" or "In"
    ("Gunman Shoots 4 People Outside Philly Chinese Restaurant",
     "Four people were shot outside a restaurant on Sunday night, officials said.", ("Philadelphia", "Pennsylvania")),
    ("As Many As 6 Wounded By Gunfire In South LA Following Fight",
     "Six people were wounded by gunfire during a wake on Saturday, police said.", ("Los Angeles", "California")),
])
def test_the_head_of_a_headline_phrase(nlp, gazetteer, title, text, expected):
    from eventdesk import Ledger, Report

    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        [(_, _, mentions)] = list(led.analyze([Report("a", text, title=title)]))
    place = max(mentions, key=lambda m: len(m.claims)).place
    assert place is not None and (place.name, place.admin1) == expected


@pytest.mark.parametrize("text, expected", [
    # a state's own police force works in its state: the common town name is that state's
    ("One man died after a shooting outside a bar in Portland early Sunday, Maine State Police said.", ("Portland", "Maine", "US")),
    ("Indiana State Police said a man was shot and wounded in Columbus on Friday.", ("Columbus", "Indiana", "US")),
    ("A trooper was shot in Columbia on Monday, the South Carolina Highway Patrol said.", ("Columbia", "South Carolina", "US")),
])
def test_a_state_agency_names_its_state(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected
