"""US places, twenty-sixth round: the scene's town among namesakes where the report names no state beside it.

Three leftovers of the twenty-fifth round.  A dateline printing the town's state in brackets where the wire prints an
agency ("ANDERSON (SC) —", "GREENVILLE (S.C.) —") now reads the brackets as the state, so the town is that state's,
not the largest namesake's; brackets holding an agency or a station ("JACKSON (AP) —") stay an agency.  The table of
hospitals of one city (``eventdesk.geo.outlets.CITY_HOSPITALS``) gains the trauma centres of cities it lacked
(Omaha's Nebraska Medical Center, Jackson's UMMC, Columbus's Midtown Medical Center, Portland's Maine Medical Center,
Manchester's Elliot Hospital, Florence's McLeod, Macon's Navicent ...).  And French Valley, an unincorporated place
the gazetteer lacks, stands for Murrieta, the city it adjoins, as Las Vegas's unincorporated towns stand for it.

``eval/geo_check15.jsonl`` holds 59 invented reports of those kinds, of counties several states share told with a
neighbouring town, of towns told only by a neighbouring town, and their near misses; the first test pins the scores
this round reached.  The focused tests use sentences written for them: the rule's positive cases and near misses."""

from __future__ import annotations

import datetime as dt

from eval import geo_check

from .placing import assert_own_halves, assert_reached, place_fixture

# within 25 km before this round: rules 19 of 32, check 22 of 27
REACHED = {"rules": (32, 31), "check": (27, 27)}

place_of = place_fixture("r-round26-namesake", dt.date(2016, 6, 11))


def test_check_set_fifteen_scores(ledger, gazetteer):
    assert_reached(ledger, gazetteer, "15", REACHED)


def test_set_fifteen_has_its_own_halves(gazetteer):
    assert geo_check.SETS["15"] == (geo_check.CHECK_SET_15, "twenty-sixth-geo15:")
    assert_own_halves(gazetteer, "15", 59)


# -- a dateline's state in brackets ------------------------------------------------------------------------------------

def test_a_bracketed_postal_code_is_the_datelines_state():
    from eventdesk.ingest import parse_dateline

    dl = parse_dateline("ANDERSON (SC) — A woman was wounded Friday, deputies said.")
    assert (dl.place, dl.agency) == ("Anderson, SC", None)
    dl = parse_dateline("GREENVILLE (S.C.) - A man was shot Sunday, deputies said.")
    assert (dl.place, dl.agency) == ("Greenville, S.C.", None)


def test_a_bracketed_agency_or_station_stays_an_agency():
    from eventdesk.ingest import parse_dateline

    assert parse_dateline("JACKSON (AP) — A man was shot Friday.").agency == "AP"
    assert parse_dateline("AUSTIN (KXAN) — A man was shot Friday.").agency == "KXAN"
    assert parse_dateline("LONDON (PA) — A man was stabbed on Friday.").agency == "PA"  # the Press Association
    # a state after a comma keeps its brackets' agency
    dl = parse_dateline("SALEM, Ore. (AP) — A man was shot Friday.")
    assert (dl.place, dl.agency) == ("Salem, Ore.", "AP")


def test_a_bracketed_state_picks_the_smaller_namesake(place_of):
    text = ("ANDERSON (SC) — A woman was wounded in a shooting Friday night at an apartment on Quarry Ridge Road, "
            "deputies said.\nShe was taken to a hospital.")
    assert place_of(text)[:2] == ("Anderson", "South Carolina")
    text = "AUBURN (AL) — A 19-year-old was wounded in a shooting at an apartment complex on Tamsin Drive, police said."
    assert place_of(text)[:2] == ("Auburn", "Alabama")


def test_a_bracketed_agency_leaves_the_largest_namesake(place_of):
    text = ("ANDERSON (UPI) — A woman was wounded in a shooting Friday night at an apartment on Quarry Ridge Road, "
            "police said.")
    assert place_of(text)[:2] == ("Anderson", "Indiana")


# -- a hospital of one city -------------------------------------------------------------------------------------------

def test_a_city_hospital_alone_places_the_report(place_of):
    text = ("A man was shot Sunday on Ardell Street near 30th Street, police said.\n"
            "He was taken to Nebraska Medical Center in critical condition.")
    assert place_of(text)[:2] == ("Omaha", "Nebraska")


def test_a_city_hospital_says_which_namesake(place_of):
    text = ("JACKSON — A man was shot several times Saturday on Pillory Street, police said.\n"
            "He was taken to the University of Mississippi Medical Center, where he died.")
    assert place_of(text)[:2] == ("Jackson", "Mississippi")
    text = ("PORTLAND — A man was shot early Saturday near a bar on Dunmore Street, police said.\n"
            "He was taken to Maine Medical Center.")
    assert place_of(text)[:2] == ("Portland", "Maine")


def test_a_town_beside_the_hospitals_city_keeps_its_place(place_of):
    text = ("COUNCIL BLUFFS — A man was shot Saturday at a home on Tarrant Avenue, police said.\n"
            "He was taken to Nebraska Medical Center in Omaha.")
    assert place_of(text)[:2] == ("Council Bluffs", "Iowa")


def test_without_the_hospital_the_largest_namesake_stays(place_of):
    text = ("PORTLAND — A man was shot early Saturday near a bar on Dunmore Street, police said.\n"
            "He was taken to a hospital.")
    assert place_of(text)[:2] == ("Portland", "Oregon")


# -- an unincorporated place the gazetteer lacks -------------------------------------------------------------------------

def test_french_valley_is_murrietas(place_of):
    text = ("FRENCH VALLEY — A 17-year-old was wounded in a shooting at a park Sunday evening, sheriff's deputies said.\n"
            "He was taken to a hospital.")
    assert place_of(text)[:2] == ("Murrieta", "California")


def test_french_valley_in_the_text_is_murrietas_though_tagged_a_peoples(place_of):
    # the tagger takes "French" for a people's word; the table knows the name whole
    text = "A man was killed in French Valley on Saturday, sheriff's deputies said."
    assert place_of(text)[:2] == ("Murrieta", "California")


def test_a_french_valley_man_shot_in_another_town_is_placed_there(place_of):
    text = "TEMECULA — A French Valley man was shot Saturday outside a store on Calvera Road, police said."
    assert place_of(text)[:2] == ("Temecula", "California")
