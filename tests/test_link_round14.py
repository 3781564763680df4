"""Linking, fourteenth round: the weak keys count only where the places do not speak against them.

- An age ("a 17-year-old") ties two reports only when both are placed in one state (or in two towns within
  the distance limit): every day's shootings across a country hold a 17-year-old somewhere, and a report
  with no place would join whichever of them scored best.
- A venue's own name ("the Sports Bar", "First Baptist Church") counts as a shared name unless the two
  reports are placed in different states: many towns have one.  A report with no place may still name the
  mall its first report named (``test_link_round13``).
- Two reports that agree on no more than the state (or give no place), dated on different days, and naming
  nothing in common are two of the state's shootings that week, not one told twice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from eventdesk import DateSpan, Mention, Place, Report
from eventdesk.link import aggregate, decide, score

KW = dict(window_days=4, max_km=40.0)
THRESHOLD = 0.55

# invented towns with real-looking coordinates
KELLOGG = Place("Kellogg", "Iowa", "United States", "US", 41.70, -93.45, "city")
ASHFORD = Place("Ashford", "Iowa", "United States", "US", 41.60, -93.60, "city")  # about 16 km away
IOWA = Place("Iowa", "Iowa", "United States", "US", 42.0, -93.5, "admin1")
TEXAS = Place("Texas", "Texas", "United States", "US", 31.0, -99.0, "admin1")
US = Place("United States", None, "United States", "US", 39.8, -98.6, "country")

SHOOTING = dt.date(2021, 3, 14)


def _mention(report, place, keywords=(), day=SHOOTING):
    return Mention(report, 0, 0, 10, "t", "Violence against civilians", "Attack", DateSpan(day, day, "day"), place,
                   (), (), day, None, tuple(keywords))


def _incident(place, keywords=(), day=SHOOTING):
    return aggregate("inc-1", [_mention("a", place, keywords, day)], None, None)


def _joins(mention, inc) -> bool:
    return decide(mention, [inc], threshold=THRESHOLD, **KW).incident_id == inc.id


def _later(days):
    return SHOOTING + dt.timedelta(days=days)


# -- ages ------------------------------------------------------------------------------------------

def test_an_age_does_not_tie_a_report_placed_only_in_the_country_or_nowhere():
    # "A 17-year-old was shot Sunday night, police said" (the wire's copy, no town) against a shooting in Kellogg
    inc = _incident(KELLOGG, ["s:quarry road", "a:17"])
    assert not _joins(_mention("b", US, ["a:17"]), inc)
    # nowhere: not on another day; the same day, only where one incident of the day alone gives the age (since the
    # twenty-eighth round, test_link_round28)
    assert not _joins(_mention("b", None, ["a:17"], _later(1)), inc)
    texas = replace(_incident(Place("Tyler", "Texas", "United States", "US", 32.35, -95.30, "city"), ["a:17"]), id="inc-2")
    assert decide(_mention("b", None, ["a:17"]), [inc, texas], threshold=THRESHOLD, **KW).incident_id is None


def test_an_age_still_ties_reports_of_one_state_days_apart():
    # "Kellogg teen, 17, dies of his wounds" three days on, placed in the next town
    inc = _incident(KELLOGG, ["s:quarry road", "a:17"])
    d = decide(_mention("b", ASHFORD, ["a:17"], _later(3)), [inc], threshold=THRESHOLD, **KW)
    assert d.incident_id == "inc-1" and "same age" in d.reason
    # near miss: another age there does not
    assert not _joins(_mention("b", ASHFORD, ["a:34"], _later(3)), inc)


# -- venues ----------------------------------------------------------------------------------------

def test_a_venue_name_does_not_tie_reports_placed_in_two_states():
    # "Two men were shot outside the Sports Bar" in Kellogg, Iowa, and a report of the same night placed in Texas
    inc = _incident(KELLOGG, ["v:sports bar"])
    d = decide(_mention("b", TEXAS, ["v:sports bar"]), [inc], threshold=THRESHOLD, **KW)
    assert d.incident_id is None and "sports bar" not in d.reason


def test_a_venue_name_still_ties_reports_of_one_state():
    inc = _incident(KELLOGG, ["v:sports bar"])
    d = decide(_mention("b", IOWA, ["v:sports bar"], _later(1)), [inc], threshold=THRESHOLD, **KW)
    assert d.incident_id == "inc-1" and "shared names: sports bar" in d.reason


# -- the state alone, on different days ------------------------------------------------------------

def test_reports_sharing_only_the_state_on_different_days_stay_apart():
    # "A man was shot and wounded Monday in central Iowa, the state patrol said" the day after a Kellogg shooting
    inc = _incident(KELLOGG)
    assert score(_mention("b", IOWA, [], _later(1)), inc, **KW) is None
    assert not _joins(_mention("b", US, [], _later(1)), inc)


def test_the_state_alone_still_joins_on_the_same_day_or_with_a_name_in_common():
    inc = _incident(KELLOGG, ["s:quarry road", "p:nolan brisk"])
    assert _joins(_mention("b", IOWA, []), inc)
    assert _joins(_mention("b", IOWA, ["s:quarry road"], _later(1)), inc)
    assert _joins(_mention("b", IOWA, ["p:nolan brisk"], _later(2)), inc)
    # a town of the state, not the state alone, keeps scoring by distance
    assert _joins(_mention("b", ASHFORD, [], _later(1)), inc)


# -- through a real ledger -------------------------------------------------------------------------

def _report(rid, text, day):
    return Report(id=rid, text=text, published=day, outlet=None)


def test_ledger_keeps_a_same_aged_victim_of_another_state_apart(ledger):
    ledger.ingest_reports([
        _report("a", "A 17-year-old boy was shot and wounded Saturday night outside a gas station on Larkin Street "
                     "in Dayton, Ohio, police said.", dt.date(2021, 3, 14)),
        _report("b", "A 17-year-old boy was shot and wounded Saturday night, the Texas Department of Public Safety "
                     "said. Troopers said the shooting happened in Texas.", dt.date(2021, 3, 14)),
    ])
    _, total = ledger.incidents()
    assert total == 2


def test_ledger_still_joins_two_reports_of_one_shooting(ledger):
    ledger.ingest_reports([
        _report("a", "A 17-year-old boy was shot and wounded Saturday night outside a gas station on Larkin Street "
                     "in Dayton, Ohio, police said.", dt.date(2021, 3, 14)),
        _report("b", "Dayton police said Sunday the 17-year-old boy shot outside a gas station on Larkin Street "
                     "Saturday night was in stable condition.", dt.date(2021, 3, 15)),
    ])
    rows, total = ledger.incidents()
    assert total == 1 and rows[0].n_reports == 2
