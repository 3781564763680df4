"""US places, twenty-first round: does the place survive a change of wording that keeps the meaning?

``eval.geo_invariance`` rewrites the geo check sets' rows (dateline styles, the state's three written forms, the state
told later, addresses, counties, mastheads, capitals, plus the shared typography and paragraph rewrites) and reads
each variant as its original was.  What it showed and this round mended: a county written "Marion Co." was no county
(a namesake in another state won), a dateline with its town in title case ("Salem, Ore. (AP) —", "Troy — A man ...")
was no dateline (the place was lost or another town won), and a report opening "In Manchester, a man was shot ..."
weighed its town no more than any other name.  The rewrites are tested on rows written here; each rule has its
positive case and its near miss, read by the real pipeline."""

from __future__ import annotations

import datetime as dt

from eval import geo_invariance as gi
from eval import perturb
from eventdesk.dateline import TOP_TITLE_DATELINE
from eventdesk.ingest import parse_dateline

from .placing import place_fixture

place_of = place_fixture("r-ginv21", dt.date(2016, 5, 2))

ROW = {"id": "ginv-1", "title": "Man shot outside bar on Lancaster Drive", "published": "2016-05-02", "town": "Salem",
       "state": "OR",
       "text": "SALEM, Ore. \u2014 A man was shot Tuesday in the 1200 block of Lancaster Drive, the Marion County "
               "Sheriff's Office said.\nHe was booked into the Marion County Jail.\nDeputies said he fled on Center Street."}


def _variants(row: dict, family: str) -> dict[str, dict]:
    return {p.name: v for _, p, v in perturb.variants([row], [family])}


def test_dateline_rewrites_keep_the_town_and_state_and_change_the_form():
    got = _variants(ROW, "geo-dateline")
    assert got["geo-dateline-state-full"]["text"].startswith("SALEM, Oregon \u2014 A man")
    assert got["geo-dateline-state-postal"]["text"].startswith("SALEM, OR \u2014 A man")
    assert got["geo-dateline-wire-credit"]["text"].split(" \u2014 ")[0] in ("Salem, Ore. (AP)", "SALEM, Ore. (AP)")
    assert got["geo-dateline-into-lead"]["text"].startswith(("In Salem, Oregon, a man", "In Salem, Ore., a man"))
    assert "geo-dateline-state-ap" not in got  # already AP style: no variant
    assert all(v["id"] == f"ginv-1~{name}" for name, v in got.items())


def test_a_dateline_of_another_town_than_the_scene_is_not_moved_into_the_lead():
    filed = {**ROW, "town": "Keizer", "text": "SALEM, Ore. \u2014 A man was shot Tuesday in Keizer, police said."}
    assert "geo-dateline-into-lead" not in _variants(filed, "geo-dateline")
    assert _variants({**ROW, "text": "A man was shot Tuesday, police said."}, "geo-dateline") == {}


def test_state_forms_and_the_state_told_later():
    row = {**ROW, "text": "SALEM \u2014 A man was shot Tuesday, police in Salem, Ore., said.\nHe was taken to a hospital in Portland, Ore."}
    forms = _variants(row, "geo-state-form")
    assert forms["geo-states-full"]["text"].endswith("police in Salem, Oregon, said.\nHe was taken to a hospital in Portland, Oregon.")
    assert "Salem, OR, said" in forms["geo-states-postal"]["text"]
    later = _variants(row, "geo-state-later")
    assert later["geo-state-into-dateline"]["text"].startswith("SALEM, Ore. \u2014 A man was shot Tuesday, police in Salem said.")
    moved = _variants(ROW, "geo-state-later")["geo-state-in-later-sentence"]["text"]
    assert moved.startswith("SALEM \u2014 A man") and ("Salem, Oregon" in moved.splitlines()[-1] or "Salem, Ore.," in moved.splitlines()[-1])


def test_address_county_masthead_and_case_rewrites():
    address = _variants(ROW, "geo-address")
    assert "at 12" in address["geo-address-block-to-number"]["text"] and "Lancaster Dr.," in address["geo-address-block-to-number"]["text"]
    assert "fled on Center Street near " in address["geo-address-cross-street"]["text"]
    county = _variants(ROW, "geo-county")
    assert "the Marion Co. Sheriff's Office" in county["geo-county-short"]["text"]
    assert "booked into the county jail." in county["geo-county-later-the-county"]["text"]
    assert "the Marion County Sheriff's Office said" in county["geo-county-later-the-county"]["text"]  # the first stays
    top = _variants(ROW, "geo-masthead")
    assert top["geo-trailer-line"]["text"].endswith("\nCopyright 2016 WKXZ. All rights reserved.")
    case = _variants(ROW, "geo-case")
    assert case["geo-dateline-title-case"]["text"].startswith("Salem, Ore. \u2014")
    assert case["geo-headline-title-case"]["title"] == "Man Shot Outside Bar on Lancaster Drive"


def test_town_title_keeps_inner_capitals():
    assert [gi.town_title(t) for t in ("ST. LOUIS", "MCALLEN", "O'FALLON", "WINSTON-SALEM")] == \
        ["St. Louis", "McAllen", "O'Fallon", "Winston-Salem"]


# ---- the rules this round -------------------------------------------------------------------------------------------

def test_a_county_written_co_says_the_state(place_of):
    # Aurora is largest in Colorado and Canton in Ohio's namesakes' shadow (Michigan's is larger): Kane County is
    # Illinois', Stark County Ohio's
    aurora = "AURORA \u2014 A man was shot and killed Friday night outside a bar on Lake Street, the Kane Co. coroner said."
    assert place_of(aurora)[:2] == ("Aurora", "Illinois")
    assert place_of(aurora.replace("Kane Co.", "Kane County")) == place_of(aurora)
    canton = "CANTON \u2014 A man was wounded Saturday on Tuscarawas Street, Stark Co. deputies said."
    assert place_of(canton)[:2] == ("Canton", "Ohio")


def test_a_company_written_co_is_no_county(place_of):
    plain = "AURORA \u2014 A man was shot and killed Friday night outside a bar on Lake Street, police said."
    company = plain.replace("outside a bar", "outside the Acme Trucking Co. warehouse")
    assert place_of(company) == place_of(plain)


def test_a_dateline_in_title_case_is_read_as_one():
    assert (parse_dateline("Salem, Ore. (AP) \u2014 A man was shot.").place, parse_dateline("Salem, Ore. (AP) \u2014 A").agency) == ("Salem, Ore.", "AP")
    assert parse_dateline("Winston-Salem \u2014 Two men were wounded.").place == "Winston-Salem"
    assert parse_dateline("St. Louis -- A man was shot.").place == "St. Louis"


def test_prose_in_title_case_before_a_dash_is_no_dateline():
    assert TOP_TITLE_DATELINE.match("Springfield \u2014 a quiet town until Friday \u2014 woke to sirens.") is None
    assert parse_dateline("Police \u2014 Two men were wounded.").place is None
    assert parse_dateline("Update \u2014 Police named the man.").place is None
    assert parse_dateline("Salem: A man was shot.").place is None  # a title-case town before a colon is a label's shape
    # a byline run into the capitals' dateline is no title-case town: the dateline after it is the capitals' own
    assert parse_dateline("By Jane Roe, Staff Writer MACON, Ga. \u2014 A man was shot.").place is None


def test_a_title_case_dateline_places_the_report_as_capitals_do(place_of):
    text = "{} \u2014 A man was shot and wounded Saturday near the courthouse square, the Pike County Sheriff's Office said."
    assert place_of(text.format("Troy")) == place_of(text.format("TROY"))
    assert place_of(text.format("Troy"))[:2] == ("Troy", "Alabama")


def test_a_lead_opening_in_a_town_names_the_scene(place_of):
    text = ("In Manchester, a man was shot and wounded Sunday on Union Street, police said.\n"
            "The suspect, 27, was arrested later in Nashua and taken to the Hillsborough County jail.")
    assert place_of(text)[:2] == ("Manchester", "New Hampshire")


def test_a_lead_opening_in_a_month_names_no_town(place_of):
    text = ("In October, a man was shot and wounded on Union Street in Nashua, police said.\n"
            "The suspect was arrested later.")
    assert place_of(text)[:2] == ("Nashua", "New Hampshire")


def test_every_variant_of_a_written_report_reads_as_the_original(place_of):
    """The invariance itself, on a report written here: each rewrite of each family places it as the original."""
    row = {**ROW, "title": "Man shot outside bar", "text": (
        "SALEM, Ore. \u2014 A man was shot Tuesday in the 1200 block of Lancaster Drive, the Marion County Sheriff's "
        "Office said.\nHe was booked into the Marion County Jail. \"It was loud,\" a neighbor said.")}
    original = place_of(row["text"], row["title"])
    assert original[:2] == ("Salem", "Oregon")
    for _, p, v in perturb.variants([row], list(gi.FAMILIES)):
        assert place_of(v["text"], v["title"]) == original, p.name


def test_a_street_abbreviation_before_a_small_word_ends_no_sentence(nlp):
    doc = nlp("A man was shot Sunday outside his home on Mingo Rd. in Denton, police said. He lived on Elm Ave. Police said more.")
    assert [s.text for s in doc.sents] == [
        "A man was shot Sunday outside his home on Mingo Rd. in Denton, police said.", "He lived on Elm Ave.", "Police said more."]


def test_the_town_after_an_abbreviated_street_is_the_scene(place_of):
    text = ("A Gainesville man was shot and wounded Sunday outside his home on Mingo Rd. in Denton, police said.\n"
            "A suspect from Waxahachie was arrested in Dallas.")
    assert place_of(text)[:2] == ("Denton", "Texas")
    assert place_of(text.replace("Mingo Rd.", "Mingo Road")) == place_of(text)
