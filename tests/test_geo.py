"""Gazetteer and place resolution, against the real index built from packaged data."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from eventdesk.errors import GazetteerError
from eventdesk.geo import Gazetteer, Toponym, extract_regions, parse_city_state, resolve_place
from eventdesk.geo import build as build_mod
from eventdesk.geo import gazetteer as gazetteer_mod


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory) -> Path:
    """A directory holding a current index: the user's prebuilt one if any, else built here once."""
    try:
        prebuilt = build_mod.index_path()
    except Exception:  # settings unusable in this environment: build our own
        prebuilt = None
    if prebuilt is not None and prebuilt.is_file():
        try:
            Gazetteer._connect(prebuilt).close()
            return prebuilt.parent
        except Exception:
            pass
    folder = tmp_path_factory.mktemp("gazetteer")
    build_mod.build(build_mod.index_path(folder))
    return folder


@pytest.fixture(scope="session")
def gz(index_dir) -> Gazetteer:
    g = Gazetteer.open(index_dir)
    yield g
    g.close()


def names(places):
    return [(p.name, p.admin1, p.country_code, p.precision) for p in places]


# -- lookups -------------------------------------------------------------------


@pytest.mark.parametrize("spelling", ["Hasakah", "Al-Hasakah", "al-Hasakah", "Hasaka", "al-Hasakeh", "Al Ḩasakah", "HASAKAH"])
def test_hasakah_spellings_hit_the_city(gz, spelling):
    top = gz.lookup(spelling)[0]
    assert (top.country_code, top.precision, top.geonameid) == ("SY", "city", 173811)
    assert top.admin1 == "Al-Hasakah" and top.country == "Syria"


@pytest.mark.parametrize("text", ["Al-Hasakah province", "Hasakah governorate", "Hasaka Province"])
def test_hasakah_province_is_the_admin1(gz, text):
    top = gz.lookup(text)[0]
    assert (top.name, top.precision, top.country_code) == ("Al-Hasakah", "admin1", "SY")
    city = gz.lookup("Al-Hasakah")[0]
    assert (top.lat, top.lon) != (city.lat, city.lon)  # centroid of the province, not its capital


def test_paris_alone_is_france_and_ranked_by_population(gz):
    found = gz.lookup("Paris")
    assert (found[0].country_code, found[0].admin1) == ("FR", "Ile-de-France")
    assert ("Paris", "Texas", "US", "city") in names(found)


def test_lookup_filters_by_country_and_admin1(gz):
    assert names(gz.lookup("Paris", "US", admin1="Texas")) == [("Paris", "Texas", "US", "city")]
    assert names(gz.lookup("Springfield", admin1="Ill.")) == [("Springfield", "Illinois", "US", "city")]
    assert gz.lookup("Paris", "SY") == []


@pytest.mark.parametrize(
    "name, admin1, cc",
    [("Chicago", "Illinois", "US"), ("Rocky Mount", "North Carolina", "US"), ("Mosul", "Nineveh", "IQ"),
     ("Tikrit", "Salahuddin", "IQ"), ("Kirkuk", "Kirkuk", "IQ"), ("Raqqa", "Raqqa", "SY"), ("Deir ez-Zor", "Deir ez-Zor", "SY"),
     ("Tal Afar", "Nineveh", "IQ"), ("Aleppo", "Aleppo", "SY")],
)
def test_cities_of_the_measured_domains(gz, name, admin1, cc):
    top = gz.lookup(name)[0]
    assert (top.admin1, top.country_code, top.precision) == (admin1, cc, "city")
    assert top.lat is not None and top.lon is not None


@pytest.mark.parametrize(
    "alias, code",
    [("US", "US"), ("U.S.", "US"), ("USA", "US"), ("United States", "US"), ("America", "US"), ("UK", "GB"),
     ("Britain", "GB"), ("Syria", "SY"), ("Iran", "IR"), ("Russia", "RU"), ("DR Congo", "CD"), ("Congo-Kinshasa", "CD"),
     ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"), ("Syrian Arab Republic", "SY"), ("the Netherlands", "NL"), ("IQ", "IQ")],
)
def test_countries_by_alias(gz, alias, code):
    place = gz.country(alias)
    assert place is not None and place.country_code == code and place.precision == "country"
    assert place.lat is not None and place.admin1 is None


def test_country_sits_at_its_capital(gz):
    us = gz.country("United States")
    assert abs(us.lat - 38.9) < 0.2 and abs(us.lon + 77.0) < 0.2


@pytest.mark.parametrize("abbrev, state", [("Fla.", "Florida"), ("Calif.", "California"), ("Ill.", "Illinois"), ("N.C.", "North Carolina"),
                                           ("Tenn.", "Tennessee"), ("Pa.", "Pennsylvania"), ("Mass.", "Massachusetts"), ("TX", "Texas"),
                                           ("Texas", "Texas"), ("D.C.", "District of Columbia")])
def test_us_states_by_ap_abbreviation_and_postal_code(gz, abbrev, state):
    place = gz.admin1(abbrev)
    assert (place.name, place.country_code, place.precision) == (state, "US", "admin1")


def test_abbreviations_stay_out_of_plain_lookups(gz):
    assert all(p.name != "Louisiana" for p in gz.lookup("La."))


def test_all_us_states_and_syrian_iraqi_provinces_are_named(gz):
    con = gz._con
    for cc, expected in (("US", 51), ("SY", 14), ("IQ", 18)):
        count = con.execute("SELECT count(*) FROM place WHERE kind = 1 AND cc = ?", (cc,)).fetchone()[0]
        assert count >= expected
    assert gz.admin1("Nineveh", "IQ").name == "Nineveh"
    assert gz.admin1("Anbar").country_code == "IQ"


def test_unknown_name_is_empty_not_an_error(gz):
    assert gz.lookup("Xqzzyvillequark") == []
    assert gz.lookup("") == []
    assert gz.country("Atlantis Prime") is None
    assert gz.admin1("Nowhere Province") is None


# -- resolution ----------------------------------------------------------------


def resolve(gz, *toponyms, context=()):
    return resolve_place(list(toponyms), gz, context_countries=context)


def test_resolve_paris(gz):
    assert resolve(gz, Toponym("Paris")).country_code == "FR"
    assert resolve(gz, Toponym("Paris, Texas")).admin1 == "Texas"
    assert resolve(gz, Toponym("Paris", 0, 5), Toponym("Texas", 7, 12)).admin1 == "Texas"
    assert resolve(gz, Toponym("Paris"), context=("US",)).country_code == "US"


def test_resolve_springfield(gz):
    for tops in ([Toponym("Springfield, Ill.")], [Toponym("Springfield", 0, 11), Toponym("Illinois", 13, 21)],
                 [Toponym("Springfield", 0, 11), Toponym("Illinois", 80, 88)]):
        place = resolve(gz, *tops)
        assert (place.name, place.admin1, place.precision) == ("Springfield", "Illinois", "city")


def test_resolve_prefers_the_incident_sentence_and_skips_unknown_names(gz):
    tops = [Toponym("Damascus", 0, 8), Toponym("Ghwayran prison", 40, 55, 2.0), Toponym("Hasakah", 59, 66, 2.0)]
    place = resolve(gz, *tops)
    assert (place.precision, place.admin1, place.country_code) == ("city", "Al-Hasakah", "SY")


def test_resolve_prefers_the_specific_over_the_country(gz):
    place = resolve(gz, Toponym("Syria", 0, 5, 2.0), Toponym("Hasakah", 20, 27, 2.0))
    assert place.precision == "city" and place.country_code == "SY"


def test_resolve_unknown_falls_back_or_is_none(gz):
    assert resolve(gz, Toponym("Xqzzyvillequark")) is None
    assert resolve(gz) is None
    place = resolve(gz, Toponym("Xqzzyvillequark", 0, 15, 2.0), Toponym("Iraq", 40, 44))
    assert (place.precision, place.country_code) == ("country", "IQ")
    place = resolve(gz, Toponym("Ghwayran, Syria"))
    assert (place.precision, place.country_code) == ("country", "SY")


def test_resolve_homonym_by_country_mentioned(gz):
    # Sinjar is both in Iraq and in Syria's Idlib; the report's country decides.
    assert resolve(gz, Toponym("Sinjar", 0, 6, 2.0), Toponym("Syria", 30, 35)).country_code == "SY"
    assert resolve(gz, Toponym("Sinjar", 0, 6, 2.0), Toponym("Iraq", 30, 34)).country_code == "IQ"


def test_northeastern_syria_is_a_region_toward_that_side(gz):
    place = resolve(gz, Toponym("northeastern Syria"))
    syria = gz.country("Syria")
    box = gz.country_box("SY")
    assert (place.precision, place.country_code, place.country) == ("region", "SY", "Syria")
    assert place.lat > (box[0] + box[1]) / 2 and place.lon > (box[2] + box[3]) / 2
    assert (place.lat, place.lon) != (syria.lat, syria.lon)
    assert resolve(gz, Toponym("southern Lebanon")).precision in ("region", "admin1")
    assert resolve(gz, Toponym("eastern Ukraine")).country_code == "UA"


def test_extract_regions():
    text = "Strikes hit northeastern Syria and northern Iraq's Nineveh; North Carolina and South Sudan are names."
    found = extract_regions(text)
    assert [t.text for t in found] == ["northeastern Syria", "northern Iraq"]
    assert text[found[1].start : found[1].end] == "northern Iraq"
    assert [t.text for t in extract_regions("Fighting in north-eastern Nigeria")] == ["north-eastern Nigeria"]


def test_named_region_beats_direction(gz):
    assert resolve(gz, Toponym("Northern Ireland")).precision == "admin1"


@pytest.mark.parametrize(
    "dateline, name, admin1",
    [("GAINESVILLE, Fla. (AP) — A man was shot", "Gainesville", "Florida"),
     ("HERMITAGE, Tenn. — Police said", "Hermitage", "Tennessee"),
     ("ROCKY MOUNT, N.C. —", "Rocky Mount", "North Carolina"),
     ("Springfield, Ill.", "Springfield", "Illinois"),
     ("MOSUL, Iraq (Reuters) - Gunmen", "Mosul", "Nineveh")],
)
def test_parse_city_state(gz, dateline, name, admin1):
    place = parse_city_state(dateline, gz)
    assert (place.name, place.admin1, place.precision) == (name, admin1, "city")


def test_parse_city_state_ignores_prose(gz):
    assert parse_city_state("However, police said nothing", gz) is None


# -- the index file ------------------------------------------------------------


def test_open_reuses_the_built_index(index_dir):
    # opening a current index reads it where it lies: no rebuild, no copy, no write (what keeps a process's
    # start-up short; the time itself is the benchmarks' to measure, not a test's)
    path = build_mod.index_path(index_dir)
    before = path.stat()
    for _ in range(3):
        gz = Gazetteer.open(index_dir)
        assert gz.lookup("Mosul")[0].country_code == "IQ"
        gz.close()
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns, after.st_size) == (before.st_ino, before.st_mtime_ns, before.st_size)


def test_shared_between_threads(gz):
    results, errors = [], []

    def work():
        try:
            for _ in range(50):
                results.append(gz.lookup("Mosul")[0].country_code)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors and set(results) == {"IQ"} and len(results) == 200


@pytest.fixture
def tiny_build(monkeypatch):
    """Builds from a handful of places: the real write-and-rename path, without the full data."""
    def collect():
        index = build_mod._Index()
        pid = index.add_place(build_mod.CITY, "Testville", "US", "TX", "Texas", 30.0, -97.0, 5000, 1)
        index.add_name("Testville", pid, build_mod.PRIMARY)
        return index, {"US": (25.0, 49.0, -124.0, -67.0)}

    monkeypatch.setattr(build_mod, "_collect", collect)


@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty", "old version"])
def test_broken_index_is_rebuilt(tmp_path, index_dir, tiny_build, damage):
    path = build_mod.index_path(tmp_path)
    if damage == "garbage":
        path.write_bytes(b"not a database at all" * 100)
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        shutil.copyfile(build_mod.index_path(index_dir), path)
        if damage == "truncated":
            with open(path, "r+b") as fh:
                fh.truncate(path.stat().st_size // 2)
        else:
            import sqlite3
            con = sqlite3.connect(path)
            con.execute("UPDATE meta SET v = '0' WHERE k = 'version'")
            con.commit()
            con.close()
    with Gazetteer.open(tmp_path) as g:
        assert names(g.lookup("Testville")) == [("Testville", "Texas", "US", "city")]
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_interrupted_build_leaves_no_file(tmp_path, tiny_build, monkeypatch):
    def crash(path, index, boxes):
        Path(path).write_bytes(b"half")
        raise OSError("disk full")

    monkeypatch.setattr(build_mod, "_write", crash)
    with pytest.raises(GazetteerError):
        Gazetteer.open(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_missing_index_is_built_in_the_cache_dir(tmp_path, tiny_build):
    target = tmp_path / "nested" / "cache"
    Gazetteer.open(target).close()
    assert build_mod.index_path(target).is_file()
    assert os.path.basename(build_mod.index_path(target)) == f"gazetteer-{build_mod.VERSION}.sqlite"


def test_spelling_variant_abroad_does_not_beat_the_report_country(gz):
    place = resolve(gz, Toponym("Al-Hol", 0, 6, 2.0), Toponym("Hasakah", 40, 47), context=("SY",))
    assert place.country_code == "SY"
    # Al-Hol camp: only spelling variants match, the one in Syria wins given the report's country.
    assert resolve(gz, Toponym("Al-Hol"), context=("SY",)).admin1 == "Al-Hasakah"


@pytest.mark.parametrize("name, admin1", [("Ain Issa", "Raqqa"), ("Qamishli", "Al-Hasakah"), ("Kamishli", "Al-Hasakah"),
                                          ("Fallujah", "Anbar"), ("Baquba", "Diyala"), ("Deir al-Zour", "Deir ez-Zor")])
def test_transliteration_variants(gz, name, admin1):
    top = gz.lookup(name)[0]
    assert (top.country_code in ("SY", "IQ"), top.admin1) == (True, admin1)


# -- US local news ---------------------------------------------------------------


def test_us_counties_point_to_their_states(gz):
    assert names(gz.county_states("Cowley County")) == [("Kansas", "Kansas", "US", "admin1")]
    assert ("Ohio", "Ohio", "US", "admin1") in names(gz.county_states("ALLEN COUNTY"))
    assert names(gz.county_states("Lafayette Parish")) == [("Louisiana", "Louisiana", "US", "admin1")]
    assert gz.county_states("Chicago") == []  # no county word: no county


def test_small_us_towns_are_indexed(gz):
    # below 1000 people: kept for the US, whose local news names its villages
    assert ("Kidron", "Ohio", "US", "city") in names(gz.lookup("Kidron"))


def test_a_state_name_is_the_state_not_a_suburb_named_after_it(gz):
    assert names(gz.lookup("Maryland"))[0] == ("Maryland", "Maryland", "US", "admin1")
    assert gz.lookup("New York")[0].name == "New York City"  # the main city keeps its rank


@pytest.mark.parametrize("text", ["West Columbus Avenue", "Park Ave.", "82nd Street", "Walnut St.", "the East Side",
                                  "Brighton High School", "ST", "Mo"])
def test_streets_buildings_and_fragments_are_no_places(gz, text):
    assert resolve(gz, Toponym(text, 0, len(text), 2.0)) is None


def test_state_abbreviations_and_counties_resolve(gz):
    assert names([resolve(gz, Toponym("Fla."))]) == [("Florida", "Florida", "US", "admin1")]
    assert names([resolve(gz, Toponym("Los Angeles County"))]) == [("Los Angeles", "California", "US", "city")]
    assert resolve(gz, Toponym("Putnam County")) is None  # nine states have one
    place = resolve(gz, Toponym("Southwest Miami-Dade, Fla."))
    assert place.admin1 == "Florida"


def test_a_state_in_the_report_decides_a_homonym(gz):
    place = resolve(gz, Toponym("Naples", 0, 6, 2.0), Toponym("Fla.", 40, 44))
    assert (place.name, place.admin1) == ("Naples", "Florida")
    place = resolve(gz, Toponym("Bamberg", 0, 7, 2.0), Toponym("Orangeburg", 30, 40), Toponym("Walterboro", 45, 55))
    assert (place.name, place.admin1) == ("Bamberg", "South Carolina")


def test_a_direction_before_a_city_is_a_part_of_it(gz):
    place = resolve(gz, Toponym("Southeast Bakersfield"))
    assert (place.name, place.admin1, place.precision) == ("Bakersfield", "California", "city")
    assert resolve(gz, Toponym("North Carolina")).precision == "admin1"  # a name, not a part


# -- US ZIP codes: small towns, neighbourhoods, county centres ---------------------


def test_zip_code_towns_geonames_lacks_are_indexed(gz):
    assert ("Olmstead", "Kentucky", "US", "city") in names(gz.lookup("Olmstead"))
    place = next(p for p in gz.lookup("Latta") if p.admin1 == "South Carolina")
    assert 34.2 < place.lat < 34.5 and -79.6 < place.lon < -79.3


def test_a_neighbourhood_the_postal_service_accepts_names_its_city(gz):
    # Ensley is a Birmingham neighbourhood; GeoNames only knows an Ensley in Florida
    assert ("Birmingham", "Alabama", "US", "city") in names(gz.lookup("Ensley"))
    place = resolve(gz, Toponym("Birmingham", 0, 10, 2.0), Toponym("Ensley", 40, 46, 2.1), context=("US",))
    assert (place.name, place.admin1) == ("Birmingham", "Alabama")


def test_counties_sit_at_the_centre_of_their_zip_codes(gz):
    [county] = gz.counties("Dillon County")
    assert (county.name, county.admin1, county.precision) == ("Dillon County", "South Carolina", "region")
    assert 34.2 < county.lat < 34.6 and -79.6 < county.lon < -79.2
    assert len(gz.counties("Putnam County")) >= 9
    assert gz.counties("Chicago") == []
    kentucky = next(p for p in gz.lookup("White Plains") if p.admin1 == "Kentucky")
    assert "hopkins" in gz.town_counties(kentucky)


def test_a_county_alone_is_its_centre_with_a_state_in_a_pair(gz):
    place = resolve(gz, Toponym("Dillon County", 0, 13, 2.0))
    assert (place.name, place.admin1, place.precision) == ("Dillon County", "South Carolina", "region")
    place = resolve(gz, Toponym("Floyd Co., Ind.", 0, 15, 2.0))
    assert (place.name, place.admin1, place.precision) == ("Floyd County", "Indiana", "region")


def test_a_town_inside_a_named_county_wins(gz):
    # "Jackson" alone is Jackson, Mississippi or Tennessee or ...: Hinds County says Mississippi
    place = resolve(gz, Toponym("Jackson", 0, 7, 2.0), Toponym("Madison County", 30, 44, 1.0), context=("US",))
    assert place.admin1 in ("Tennessee", "Mississippi", "Alabama")  # a Jackson in a Madison County
    place = resolve(gz, Toponym("White Plains", 0, 12, 2.0), Toponym("Hopkins County", 30, 44, 2.0), context=("US",))
    assert (place.name, place.admin1) == ("White Plains", "Kentucky")
    # the town in the county beats the hospital city the victim was flown to, though that has the "in" bonus
    place = resolve(gz, Toponym("Brooklyn", 0, 8, 2.0), Toponym("Morgan County", 20, 33, 2.1),
                    Toponym("Indianapolis", 60, 72, 2.1), context=("US",))
    assert (place.name, place.admin1) == ("Brooklyn", "Indiana")


def test_lower_case_directions_name_a_part_of_a_city(gz):
    assert (resolve(gz, Toponym("north Baltimore")).name, resolve(gz, Toponym("north Baltimore")).admin1) == ("Baltimore", "Maryland")
    # a street, not Broadway, Virginia: a small town has no named parts
    assert resolve(gz, Toponym("South Broadway", 0, 14, 2.0)) is None


def test_the_same_name_twice_is_no_neighbour(gz):
    # "Williamsport" is also a name the Postal Service accepts for a Monongahela ZIP code; the town
    # named again ("Williamsport.") must not vouch for that reading
    place = resolve(gz, Toponym("Williamsport", 0, 12, 2.0), Toponym("Williamsport.", 40, 53, 1.0), context=("US",))
    assert (place.name, place.admin1) == ("Williamsport", "Pennsylvania")


# -- report-level cues: words that are no places, pairs, counties of several states -------------


def test_dates_holidays_and_compass_points_are_no_places(gz):
    for word in ("May", "Thursday", "Easter", "Southwest", "Mother's Day"):
        assert resolve(gz, Toponym(word, 0, len(word), 2.0)) is None, word
    # the words still name a town where a state qualifies them
    assert resolve(gz, Toponym("May, Idaho")).admin1 == "Idaho"
    # and they do not outweigh the town beside them
    place = resolve(gz, Toponym("May", 0, 3, 2.0), Toponym("Gainesville, Fla.", 20, 37))
    assert (place.name, place.admin1) == ("Gainesville", "Florida")


def test_a_bare_name_follows_its_city_state_pair(gz):
    # the larger Hanover is in Maryland; "Hanover, Va." elsewhere in the report says which one is meant
    place = resolve(gz, Toponym("Hanover, Va.", 0, 12, 1.0), Toponym("Hanover", 40, 47, 2.1))
    assert place.admin1 == "Virginia"
    place = resolve(gz, Toponym("Newark, N.J.", 0, 12, 1.0), Toponym("Newark", 40, 46, 2.1), Toponym("New York", 60, 68))
    assert (place.name, place.admin1) == ("Newark", "New Jersey")


def test_a_county_of_several_states_needs_a_state_cue(gz):
    # alone, "Putnam County" could be any of nine states: no place
    assert resolve(gz, Toponym("Putnam County", 0, 13, 2.0)) is None
    # the outlet's "Lima, OH", weighing little, says which
    place = resolve(gz, Toponym("Putnam County", 0, 13, 2.0), Toponym("Lima, OH", 80, 88, 0.3))
    assert (place.admin1, place.country_code) == ("Ohio", "US")


def test_outlet_tables_are_well_formed():
    from eventdesk.geo.neighbourhoods import NEIGHBOURHOODS
    from eventdesk.geo.outlets import CALL_LETTERS, US_POSTAL

    assert CALL_LETTERS["WSMV"] == ("Nashville", "TN") and CALL_LETTERS["KDKA"] == ("Pittsburgh", "PA")
    assert all(len(c) in (3, 4) and c[0] in "KW" and st in US_POSTAL for c, (_, st) in CALL_LETTERS.items())
    # call letters that are English words are left out: a headline in capitals would read them as stations
    assert not {"WISH", "WAVE", "WOOD", "KING", "WHO", "WEEK"} & CALL_LETTERS.keys()
    assert ("Chicago", "Illinois") in NEIGHBOURHOODS["portage park"]


def test_a_county_building_names_its_county_at_half_weight(gz):
    jail = Toponym("the Tulsa County Jail", 0, 21, 2.0)
    assert resolve(gz, jail, Toponym("Oklahoma City", 40, 53, 0.3), context=("US",)).name == "Tulsa"
    # a name in the incident sentence still outweighs it
    assert resolve(gz, jail, Toponym("Oklahoma City", 40, 53, 2.0), context=("US",)).name == "Oklahoma City"
    assert resolve(gz, Toponym("the Rogers High School", 0, 22, 2.0), context=("US",)) is None


def test_a_town_of_another_state_than_the_named_county_loses(gz):
    # "Black Point" is known only as a place in Maine; the report names a Florida county as strongly
    place = resolve(gz, Toponym("Levy County", 0, 11, 2.0), Toponym("Black Point", 60, 71, 2.0), context=("US",))
    assert (place.name, place.admin1) == ("Levy County", "Florida")
    # named more weakly, the county does not overrule the incident sentence
    place = resolve(gz, Toponym("Levy County", 0, 11, 1.0), Toponym("Black Point", 60, 71, 2.0), context=("US",))
    assert place.admin1 != "Florida"


def test_a_town_next_door_across_a_state_line_says_which_namesake(gz):
    # Columbus alone is Ohio's; beside Phenix City, Alabama (even named in passing) it is Georgia's
    assert resolve(gz, Toponym("Columbus", 0, 8, 1.2), context=("US",)).admin1 == "Ohio"
    place = resolve(gz, Toponym("Columbus", 0, 8, 1.2), Toponym("Phenix City", 90, 101, 0.4), context=("US",))
    assert (place.name, place.admin1) == ("Columbus", "Georgia")


def test_st_for_saint(gz):
    place = resolve(gz, Toponym("St. Marie", 0, 9, 1.0), context=("US",))
    assert (place.name, place.admin1) == ("Saint Marie", "Montana")


def test_the_town_next_door_outranks_a_namesake_of_the_same_state(gz):
    # Hammond beside Calumet City, Illinois is the city next door in Indiana, not a village of Illinois
    place = resolve(gz, Toponym("Calumet City", 0, 12, 1.0), Toponym("Hammond", 60, 67, 2.0), context=("US",))
    assert (place.name, place.admin1) == ("Hammond", "Indiana")
