"""Linking, tenth round: one street spelled two ways by two outlets is one street."""

from __future__ import annotations

import datetime as dt

from eventdesk import DateSpan, Mention, Place, Report
from eventdesk.link import aggregate, names_overlap, score

KW = dict(window_days=4, max_km=40.0)
HARRIS = Place("Harris County", "Texas", "United States", "US", 29.86, -95.39, "region")


def _mention(report, keywords, place=HARRIS, day=14):
    d = dt.date(2021, 3, day)
    return Mention(report, 0, 0, 10, "t", "Violence against civilians", "Attack", DateSpan(d, d, "day"), place, (), (),
                   d, None, tuple(keywords))


def test_street_spelling_slip_is_a_shared_street():
    m = names_overlap(["s:bentanna drive"], ["s:betanna drive"])
    assert m.partial == ("bentanna drive",) and not m.conflict


def test_street_written_as_one_word_or_two_is_one_street():
    m = names_overlap(["s:ocean front circle"], ["s:oceanfront circle"])
    assert m.partial and not m.conflict


def test_ordinal_street_in_words_or_figures_is_one_street():
    m = names_overlap(["s:sixth street"], ["s:6th street"])
    assert m.partial == ("sixth street",) and not m.conflict


def test_near_misses_stay_different_streets():
    # another kind of way, another number, a short name one letter apart: different streets
    assert names_overlap(["s:bentanna drive"], ["s:bentanna court"]).conflict
    assert names_overlap(["s:sixth street"], ["s:seventh street"]).conflict
    assert names_overlap(["s:16th street"], ["s:6th street"]).conflict
    assert names_overlap(["s:oak lane"], ["s:oat lane"]).conflict


def test_spelling_slip_links_two_county_reports_that_scored_as_different_streets():
    first = aggregate("inc-1", [_mention("a", ["s:bentanna drive"])], None, None)
    s, reason = score(_mention("b", ["s:betanna drive"]), first, **KW)
    assert s >= 0.55 and "shared names: betanna drive" in reason
    s, reason = score(_mention("c", ["s:kingsway drive"]), first, **KW)
    assert s < 0.55 and "different names" in reason


def _report(rid, text, day):
    return Report(id=rid, text=text, published=dt.date(2021, 3, day), outlet=rid)


def test_ledger_joins_reports_spelling_the_street_two_ways(ledger):
    ledger.ingest_reports([
        _report("a", "A man was shot and killed Sunday night outside a home on Bentanna Drive in Harris County, "
                     "the sheriff's office said.", 14),
        _report("b", "Deputies are investigating a fatal shooting Sunday night on Betanna Drive in Harris County, "
                     "Texas. A man was found dead in the driveway.", 15),
    ])
    rows, total = ledger.incidents()
    assert total == 1 and rows[0].n_reports == 2


def test_ledger_keeps_apart_reports_on_two_streets(ledger):
    ledger.ingest_reports([
        _report("a", "A man was shot and killed Sunday night outside a home on Bentanna Drive in Harris County, "
                     "the sheriff's office said.", 14),
        _report("b", "Deputies are investigating a fatal shooting Sunday night on Kingsway Drive in Harris County, "
                     "Texas. A man was found dead in the driveway.", 15),
    ])
    rows, total = ledger.incidents()
    assert total == 2


# --------------------------------------------------------------------------
# the same street on the same day in one state: one of two far-apart towns is the wrong namesake

FARMVILLE = Place("Farmville", "Virginia", "United States", "US", 37.302, -78.392, "city")
LYNCHBURG = Place("Lynchburg", "Virginia", "United States", "US", 37.414, -79.142, "city")  # ~68 km
RALEIGH = Place("Raleigh", "North Carolina", "United States", "US", 35.772, -78.639, "city")


def test_shared_street_same_day_same_state_lifts_the_distance_veto():
    inc = aggregate("inc-1", [_mention("a", ["s:wheatland road"], place=FARMVILLE)], None, None)
    s, reason = score(_mention("b", ["s:wheatland road"], place=LYNCHBURG), inc, **KW)
    assert s >= 0.55 and "places disagree" in reason and "shared names: wheatland road" in reason


def test_street_lifts_no_veto_on_another_day_in_another_state_or_when_generic():
    inc = aggregate("inc-1", [_mention("a", ["s:wheatland road"], place=FARMVILLE)], None, None)
    assert score(_mention("b", ["s:wheatland road"], place=LYNCHBURG, day=15), inc, **KW) is None
    assert score(_mention("b", ["s:wheatland road"], place=RALEIGH), inc, **KW) is None
    for generic in ("s:main street", "s:15th street", "s:sixth street"):
        inc = aggregate("inc-1", [_mention("a", [generic], place=FARMVILLE)], None, None)
        assert score(_mention("b", [generic], place=LYNCHBURG), inc, **KW) is None


def test_blocking_names_are_full_names_and_telling_streets():
    from eventdesk.link import blocking_names

    m = _mention("a", ["p:jordan pryce", "p:pryce", "s:wheatland road", "s:main street", "s:15th street"])
    assert blocking_names(m) == ["p:jordan pryce", "s:wheatland road"]


def test_ledger_finds_the_far_namesake_through_the_street(ledger):
    ledger.ingest_reports([
        _report("a", "A man was shot and killed on Sunday night outside a home on Wheatland Road in Farmville, "
                     "Virginia, deputies said.", 14),
        _report("b", "A man died after he was shot on Sunday night on Wheatland Road in Lynchburg, Virginia, "
                     "authorities said.", 15),
    ])
    rows, total = ledger.incidents()
    assert total == 1 and rows[0].n_reports == 2
