"""Linking, eleventh round: a big city's neighbourhoods tell its shootings apart.

The gazetteer puts every neighbourhood at the city's centre, so two shootings a day apart in
Chicago were "0 km apart" and merged on place, date and type alone.  Each report now keeps the
neighbourhoods of its city that it names (``n:`` keys), and two that name different ones score
their place like two towns of one state.
"""

from __future__ import annotations

import datetime as dt

from eventdesk import DateSpan, Mention, Place, Report
from eventdesk.link import aggregate, neighbourhoods_agree, score

KW = dict(window_days=4, max_km=40.0)
CHICAGO = Place("Chicago", "Illinois", "United States", "US", 41.85, -87.65, "city")


def _mention(report, keywords, place=CHICAGO, day=14):
    d = dt.date(2021, 3, day)
    return Mention(report, 0, 0, 10, "t", "Violence against civilians", "Attack", DateSpan(d, d, "day"), place, (), (),
                   d, None, tuple(keywords))


def test_neighbourhoods_agree_on_the_same_one_a_part_of_it_or_its_other_side():
    assert neighbourhoods_agree(["n:englewood"], ["n:englewood", "p:dana reyes"]) is True
    assert neighbourhoods_agree(["n:west englewood"], ["n:englewood"]) is True
    assert neighbourhoods_agree(["n:east garfield park"], ["n:west garfield park"]) is True
    assert neighbourhoods_agree(["n:austin"], ["n:englewood"]) is False
    assert neighbourhoods_agree(["n:south shore"], ["n:south chicago"]) is False
    assert neighbourhoods_agree(["n:austin"], ["s:pulaski road"]) is None
    assert neighbourhoods_agree([], ["n:austin"]) is None


def test_different_neighbourhoods_of_one_city_a_day_apart_do_not_merge():
    inc = aggregate("inc-1", [_mention("a", ["n:englewood"])], None, None)
    s, reason = score(_mention("b", ["n:austin"], day=15), inc, **KW)
    assert s < 0.55 and "different neighbourhoods" in reason
    # the same two reports with no neighbourhood named merge on the city, the date and the type
    plain = aggregate("inc-1", [_mention("a", [])], None, None)
    assert score(_mention("b", [], day=15), plain, **KW)[0] >= 0.55


def test_the_same_neighbourhood_or_a_shared_victim_still_merges():
    inc = aggregate("inc-1", [_mention("a", ["n:englewood", "p:dana reyes"])], None, None)
    assert score(_mention("b", ["n:west englewood"], day=15), inc, **KW)[0] >= 0.55
    s, reason = score(_mention("c", ["n:auburn gresham", "p:dana reyes"], day=15), inc, **KW)
    assert s >= 0.55 and "different neighbourhoods" in reason


def test_neighbourhood_keys_are_no_shared_names():
    # a neighbourhood is where, not who: it must not count as a name both reports give
    inc = aggregate("inc-1", [_mention("a", ["n:englewood"])], None, None)
    _, reason = score(_mention("b", ["n:englewood"], day=15), inc, **KW)
    assert "shared names" not in reason


def _report(rid, text, day, title=None):
    return Report(id=rid, text=text, title=title, published=dt.date(2016, 5, day), outlet=rid)


def test_keywords_hold_the_citys_neighbourhoods_but_not_a_persons_name(ledger):
    (_, _, mentions), = ledger.analyze([_report(
        "a", "CHICAGO — Two boys, 4 and 6, were shot Tuesday night in Englewood on the South Side, police said. "
             "Austin Pruitt, who lives on the block, said he heard five shots.", 4)])
    keys = mentions[0].keywords
    assert mentions[0].place.name == "Chicago"
    assert "n:englewood" in keys and "n:austin" not in keys


def test_keywords_hold_the_scene_not_where_someone_comes_from(ledger):
    (_, _, mentions), = ledger.analyze([_report(
        "a", "CHICAGO — A 17-year-old from Austin was shot and wounded Tuesday night near an Englewood park, police "
             "said. Roseland residents said they heard the shots.", 4)])
    keys = mentions[0].keywords
    assert "n:englewood" in keys and "n:austin" not in keys and "n:roseland" not in keys


def test_keywords_hold_no_neighbourhood_of_another_city(ledger):
    # Englewood is a Chicago community area; in a Colorado report it is a town of its own
    (_, _, mentions), = ledger.analyze([_report(
        "a", "ENGLEWOOD, Colo. — A man was shot and wounded Tuesday night outside a bar, Englewood police said.", 4)])
    assert not any(k.startswith("n:") for k in mentions[0].keywords)


def test_ledger_keeps_apart_two_chicago_shootings_in_two_neighbourhoods(ledger):
    ledger.ingest_reports([
        _report("a", "CHICAGO — Four men were wounded in a drive-by shooting Friday night in South Shore, "
                     "Chicago police said.", 14),
        _report("b", "CHICAGO — Four people were hurt Saturday in a drive-by shooting in East Garfield Park, "
                     "Chicago police said.", 15),
    ])
    _, total = ledger.incidents()
    assert total == 2


def test_ledger_joins_two_outlets_drawing_the_line_apart(ledger):
    ledger.ingest_reports([
        _report("a", "CHICAGO — Seven people were shot Friday night in West Garfield Park, Chicago police said.", 14),
        _report("b", "CHICAGO — One man was killed and six were wounded in a shooting Friday night in East Garfield "
                     "Park, Chicago police said.", 15),
    ])
    rows, total = ledger.incidents()
    assert total == 1 and rows[0].n_reports == 2


# --------------------------------------------------------------------------
# a follow-up stored first (a trial story read before the first report): the report of the shooting
# itself must still find it, so a mention naming people reaches as far forward as back


def test_a_mention_naming_people_reaches_forward_as_far_as_back():
    from eventdesk.link import FOLLOW_UP_DAYS, window

    m = _mention("a", ["p:jordan pryce"])
    lo, hi = window(m, 4)
    assert (m.date.start - lo).days == FOLLOW_UP_DAYS == (hi - m.date.start).days
    lo, hi = window(_mention("b", ["p:pryce", "n:austin"]), 4)
    assert (hi - lo).days == 8


def test_ledger_joins_the_shooting_to_its_follow_up_stored_before_it(ledger):
    ledger.ingest_reports([
        Report(id="trial", text="A Dayton man was sentenced Monday to 25 years in prison for shooting Jordan Pryce "
                                "outside a Linden Avenue bar in Dayton, Ohio. Pryce, 31, died at the scene.",
               published=dt.date(2021, 5, 10), outlet="trial"),
        Report(id="first", text="DAYTON, Ohio — Jordan Pryce, 31, was shot and killed outside a bar on Linden Avenue "
                                "on Sunday night, Dayton police said.",
               published=dt.date(2021, 3, 15), outlet="first"),
    ])
    rows, total = ledger.incidents()
    assert total == 1 and rows[0].n_reports == 2


# --------------------------------------------------------------------------
# different people named in places apart: two incidents, however close in time and kind

RICHMOND = Place("Richmond", "Virginia", "United States", "US", 37.553, -77.460, "city")
SANDSTON = Place("Sandston", "Virginia", "United States", "US", 37.523, -77.316, "city")  # ~13 km


def test_different_people_in_towns_apart_never_merge():
    inc = aggregate("inc-1", [_mention("a", ["p:dana reyes"], place=RICHMOND)], None, None)
    assert score(_mention("b", ["p:jordan pryce"], place=SANDSTON), inc, **KW) is None
    # the same people, or nobody named on one side, still score as before
    assert score(_mention("c", ["p:dana reyes"], place=SANDSTON), inc, **KW)[0] >= 0.55
    assert score(_mention("d", [], place=SANDSTON), inc, **KW) is not None
    # in one town, different names only lower the score
    assert score(_mention("e", ["p:jordan pryce"], place=RICHMOND), inc, **KW) is not None


def test_different_people_in_two_neighbourhoods_never_merge():
    inc = aggregate("inc-1", [_mention("a", ["n:englewood", "p:dana reyes"])], None, None)
    assert score(_mention("b", ["n:austin", "p:jordan pryce"]), inc, **KW) is None
