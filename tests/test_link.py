"""Linking: scores, vetoes and merge reasons, on records made up for each case, and through a real ledger."""

from __future__ import annotations

import dataclasses
import datetime as dt

from eventdesk import Actor, Claim, DateSpan, Mention, Place, Report
from eventdesk.link import aggregate, decide, score

HASAKAH = Place("Al Hasakah", "Al-Hasakah", "Syria", "SY", 36.502, 40.748, "city")
QAMISHLI = Place("Qamishli", "Al-Hasakah", "Syria", "SY", 37.052, 41.231, "city")
MOSUL = Place("Mosul", "Nineveh", "Iraq", "IQ", 36.335, 43.119, "city")


def mention(report="r1", day=20, place=HASAKAH, sub=("Battles", "Armed clash"), actors=("Islamic State",), keywords=(), killed=None):
    claims = () if killed is None else (Claim(report, "killed", None, killed),)
    return Mention(report, 0, 0, 10, "t", sub[0], sub[1], DateSpan(dt.date(2022, 1, day), dt.date(2022, 1, day), "day"),
                   place, tuple(Actor(a, "perpetrator") for a in actors), claims, dt.date(2022, 1, day), None, tuple(keywords))


def row(m, incident_id="inc-1"):
    return aggregate(incident_id, [m], None, None)


KW = dict(window_days=4, max_km=40.0)


def test_same_place_date_type_and_actor_links_with_reasons():
    result = score(mention("r2", 21, keywords=("ghwayran",)), row(mention(keywords=("ghwayran",))), **KW)
    s, reason = result
    assert s >= 0.8
    assert "0 km apart" in reason and "dates 1 d apart" in reason and "shared actors: Islamic State" in reason


def test_vetoes_country_distance_dates_and_incompatible_types():
    base = row(mention())
    assert score(mention(place=MOSUL), base, **KW) is None
    assert score(mention(place=QAMISHLI), base, **KW) is None  # ~75 km
    assert score(mention(day=28), base, **KW) is None
    assert score(mention(sub=("Protests", "Peaceful protest")), base, **KW) is None


def test_decide_threshold_and_same_report_exclusion():
    inc = row(mention())
    d = decide(mention("r2"), [inc], threshold=0.6, **KW)
    assert d.incident_id == "inc-1" and d.reason.startswith("score")
    d = decide(mention("r2"), [inc], threshold=0.6, exclude={"inc-1"}, **KW)
    assert d.incident_id is None and d.reason.startswith("new incident")


def test_aggregate_spans_days_and_prefers_precise_place():
    region = Place("northeastern Syria", None, "Syria", "SY", 36.9, 40.5, "region")
    a, b = mention("r1", 20, place=region), mention("r2", 23)
    inc = aggregate("inc-1", [a, b], (40, 140, 140), 12)
    assert (inc.date_start, inc.date_end, inc.date_precision) == (dt.date(2022, 1, 20), dt.date(2022, 1, 23), "days")
    assert inc.location == HASAKAH and inc.n_reports == 2 and inc.killed_best == 140


def _report(rid, text, day, outlet):
    return Report(id=rid, text=text, published=dt.date(2022, 1, day), outlet=outlet)


def test_two_shootings_in_one_city_and_week_stay_apart(ledger):
    ledger.ingest_reports([
        _report("a", "A gunman shot and killed two men outside a bar on Halsted Street in Chicago on Monday, police said.", 17, "One"),
        _report("b", "A woman was stabbed to death in her home on Kedzie Avenue in Chicago on Thursday, police said.", 20, "Two"),
    ])
    rows, total = ledger.incidents()
    assert total == 2


def test_two_outlets_two_days_one_incident(ledger):
    ledger.ingest_reports([
        _report("a", "Islamic State fighters attacked the prison in Hasakah on Thursday night. Nine SDF fighters "
                     "were killed, the SDF said.", 21, "Desk Wire"),
        _report("b", "The toll of the Islamic State attack on the prison in Hasakah has risen to 140, according to the "
                     "Syrian Observatory for Human Rights.", 23, "Levant Monitor"),
    ])
    rows, total = ledger.incidents()
    assert total == 1 and rows[0].n_reports == 2
    inc = ledger.incident(rows[0].id)
    assert len(inc.merge_reasons) == 2 and "shared actors: Islamic State" in inc.merge_reasons[1]


def test_linking_is_blocked_not_a_scan(ledger):
    # an incident far away in time and place is never even a candidate
    ledger.ingest_reports([_report("a", "Gunmen killed five villagers near Mopti on Monday, the army said.", 17, "One")])
    m = mention("r9", 20, place=HASAKAH)
    cands = ledger.store.candidates(dt.date(2022, 1, 16), dt.date(2022, 1, 24), country_code="SY", lat=HASAKAH.lat,
                                    lon=HASAKAH.lon, km=40)
    assert cands == []
    assert m.place.country_code == "SY"


# --------------------------------------------------------------------------
# names: who tells incidents apart


CHICAGO = Place("Chicago", "Illinois", "United States", "US", 41.85, -87.65, "city")


def shooting(report="r1", day=20, place=CHICAGO, keywords=(), killed=None, month=1):
    claims = () if killed is None else (Claim(report, "killed", None, killed),)
    d = dt.date(2022, month, day)
    return Mention(report, 0, 0, 10, "t", "Violence against civilians", "Attack", DateSpan(d, d, "day"), place, (),
                   claims, d, None, tuple(keywords))


def test_names_overlap_matches_people_despite_spelling_and_middle_names():
    from eventdesk.link import names_overlap

    m = names_overlap(["p:makanzee oldham", "s:mayfield street"], ["p:makenzie oldham", "p:deonta bennett"])
    assert m.persons == ("makanzee oldham",) and not m.conflict
    m = names_overlap(["p:jamel rollins"], ["p:rollins"])
    assert m.persons == () and m.partial == ("jamel rollins",)
    m = names_overlap(["p:jamel rollins"], ["p:tavon tanner"])
    assert m.conflict and not m.persons and not m.partial


def test_follow_up_naming_the_victim_links_beyond_the_window():
    first = row(shooting(keywords=("p:tyshawn lee", "s:damen avenue")))
    later = shooting("r2", 25, month=2, keywords=("p:tyshawn lee", "p:corey morgan"))
    s, reason = score(later, first, **KW)
    assert "follow-up" in reason and "same people: tyshawn lee" in reason and s >= 0.55
    # without a shared person the window holds
    assert score(shooting("r3", 25, month=2, keywords=("p:corey morgan",)), first, **KW) is None


def test_shared_person_overrides_a_type_the_tagger_got_wrong():
    inc = row(shooting(keywords=("p:elliot rodger",)))
    other = Mention("r2", 0, 0, 10, "t", "Protests", "Peaceful protest", DateSpan(dt.date(2022, 1, 20), dt.date(2022, 1, 20), "day"),
                    CHICAGO, (), (), dt.date(2022, 1, 21), None, ("p:elliot rodger",))
    assert score(other, inc, **KW) is not None
    assert score(dataclasses.replace(other, keywords=()), inc, **KW) is None


def test_same_day_without_place_or_names_is_not_enough():
    inc = row(shooting(place=None))
    d = decide(shooting("r2", place=None), [inc], threshold=0.55, **KW)
    assert d.incident_id is None
    # the same victim named on both sides is
    inc = row(shooting(place=None, keywords=("p:devon lofton",)))
    d = decide(shooting("r2", place=None, keywords=("p:devon lofton",)), [inc], threshold=0.55, **KW)
    assert d.incident_id == "inc-1" and "same people: devon lofton" in d.reason


def test_window_reaches_both_ways_for_mentions_naming_people():
    from eventdesk.link import FOLLOW_UP_DAYS, window

    lo, hi = window(shooting(keywords=("p:tyshawn lee",)), 4)
    reach = dt.timedelta(days=FOLLOW_UP_DAYS)
    assert lo == dt.date(2022, 1, 20) - reach and hi == dt.date(2022, 1, 20) + reach
    assert window(shooting(keywords=("s:damen avenue",)), 4) == (dt.date(2022, 1, 16), dt.date(2022, 1, 24))


def test_keywords_keep_victims_and_streets_not_officials(mentions_of):
    [m] = mentions_of("Jamal Rollins, 17, was shot and killed Sunday night in the 7000 block of South Cornell Avenue "
                      "in Chicago, police spokesman Anthony Guglielmi said. Sheriff Tom Dart said deputies were "
                      "searching the area.")
    assert "p:jamal rollins" in m.keywords and "s:cornell avenue" in m.keywords
    assert not any("guglielmi" in k or "dart" in k or "sheriff" in k for k in m.keywords)


def test_undated_reports_need_more_than_place_and_type():
    undated = Mention("r2", 0, 0, 10, "t", "Battles", "Armed clash", DateSpan(None, None, "unknown"), HASAKAH, (), (),
                      None, None, ())
    s, reason = score(undated, row(mention(actors=())), window_days=4, max_km=40.0)
    assert s <= 0.5 and "nothing else in common" in reason
    d = decide(undated, [row(mention(actors=()))], threshold=0.55, window_days=4, max_km=40.0)
    assert d.incident_id is None


def test_the_same_person_named_in_full_links_despite_a_wrong_place(ledger):
    # the second outlet's place resolves to another state; the victim's full name ties them
    ledger.ingest_reports([
        _report("a", "Tyrone Jackson, 24, was shot and killed outside a store in Dayton, Ohio, on Monday, police said.",
                18, "One"),
        _report("b", "Police identified the victim as Tyrone Jackson, 24. He was shot and killed on Monday in Dayton, "
                     "Tennessee, relatives said.", 19, "Two"),
    ])
    rows, total = ledger.incidents()
    assert total == 1
    inc = ledger.incident(rows[0].id)
    assert "places disagree" in inc.merge_reasons[-1] and "same people" in inc.merge_reasons[-1]
