"""The ledger end to end on the bundled samples: ingest, link, reconcile, store, export, re-ingest."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest

from eventdesk import Ledger, NotFound

from .conftest import SAMPLES


@pytest.fixture
def samples(sample_db, nlp, gazetteer):
    with Ledger(sample_db, nlp=nlp, gazetteer=gazetteer) as led:
        yield led


def hasakah(led):
    rows, _ = led.incidents()
    [row] = [r for r in rows if r.location and r.location.name == "Al Hasakah"]
    return led.incident(row.id)


def test_samples_give_four_incidents(samples):
    rows, total = samples.incidents()
    places = sorted(r.location.name for r in rows)
    assert total == 4
    assert places == ["Al Hasakah", "Baghdad", "Maiduguri", "Mopti"]


def test_one_incident_told_by_three_outlets_on_three_days(samples):
    inc = hasakah(samples)
    outlets = {r.outlet for r in samples.reports(inc.report_ids)}
    assert outlets == {"Desk Wire", "Plains Gazette", "Levant Monitor"}
    assert (inc.date_start.isoformat(), inc.date_end.isoformat(), inc.date_precision) == ("2022-01-20", "2022-01-23", "days")
    assert {(a.name, a.role) for a in inc.actors} == {("Islamic State", "perpetrator"), ("Syrian Democratic Forces", "target")}


@pytest.mark.parametrize("policy, expected", [("ucdp", (40, 140, 140)), ("conservative", (40, 40, 140)), ("latest", (40, 140, 140))])
def test_killed_total_under_each_policy(samples, policy, expected):
    inc = samples.incident(hasakah(samples).id, policy)
    f = inc.figure("killed", None)
    assert (f.low, f.best, f.high) == expected and f.policy == policy


def test_history_shows_how_the_toll_moved(samples):
    inc = hasakah(samples)
    moved = [(h.reported_on.isoformat(), h.count) for h in inc.history if h.outcome == "killed" and h.party is None]
    assert moved == [("2022-01-21", 40), ("2022-01-22", 62), ("2022-01-23", 140)]


def test_every_claim_is_sourced(samples):
    inc = hasakah(samples)
    text = {r.id: r.text for r in samples.reports(inc.report_ids)}
    for c in inc.claims:
        assert text[c.report_id][c.start:c.end] == c.sentence
        assert c.attributed_to in ("Syrian Democratic Forces", "Syrian Observatory for Human Rights")
    sohr = [c for c in inc.claims if c.count == 140]
    assert sohr and sohr[0].attributed_to == "Syrian Observatory for Human Rights"


def test_reingesting_changes_nothing(samples):
    before = samples.store.counts()
    summary = samples.ingest([SAMPLES])
    assert summary.stored == 0 and summary.duplicates == summary.read == 5
    assert samples.store.counts() == before


def test_export_jsonl_follows_the_contract(samples):
    out = io.StringIO()
    n = samples.export("jsonl", out, policy="conservative")
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert n == len(lines) == 4
    keys = {"id", "title", "event_type", "sub_event_type", "date_start", "date_end", "date_precision", "location",
            "actors", "report_ids", "figures", "claims", "merge_reasons"}
    for rec in lines:
        assert keys <= set(rec)
        assert set(rec["location"]) == {"name", "admin1", "country", "country_code", "lat", "lon", "precision"}
        assert all(f["policy"] == "conservative" for f in rec["figures"])
        for c in rec["claims"]:
            assert set(c) == {"report_id", "outcome", "party", "count", "qualifier", "attributed_to", "sentence", "start", "end", "reported_on"}


def test_export_reports_gives_each_reports_own_figures(samples):
    out = io.StringIO()
    samples.export("reports", out)
    recs = {r["report_id"]: r for r in map(json.loads, out.getvalue().splitlines())}
    mon = recs["levant-monitor-0123"]
    assert mon["published"] == "2022-01-23"
    [inc] = mon["incidents"]
    assert {"outcome": "killed", "party": None, "count": 140} in inc["figures"]
    wire = next(r for r in recs.values() if len(r["incidents"]) == 2)  # prison attack + Nigerian ambush
    assert {"outcome": "killed", "party": "military forces", "count": 14} in wire["incidents"][1]["figures"]


@pytest.mark.parametrize("fmt, columns", [
    ("acled", ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "location", "latitude",
               "longitude", "geo_precision", "time_precision", "source", "notes", "fatalities"]),
    ("ucdp", ["side_a", "side_b", "date_start", "date_end", "date_prec", "where_prec", "adm_1", "latitude", "longitude",
              "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high", "number_of_sources"]),
])
def test_csv_exports_have_the_datasets_columns(samples, fmt, columns):
    out = io.StringIO()
    samples.export(fmt, out, policy="conservative")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 4 and set(columns) <= set(rows[0])
    by_place = {r.get("location") or r.get("where_coordinates"): r for r in rows}
    r = by_place["Al Hasakah"]
    if fmt == "acled":
        assert (r["fatalities"], r["actor1"], r["geo_precision"], r["time_precision"]) == ("40", "Islamic State", "1", "2")
    else:
        assert (r["low"], r["best"], r["high"], r["number_of_sources"], r["date_prec"]) == ("40", "40", "140", "3", "2")


def test_geojson_points(samples):
    out = io.StringIO()
    samples.export("geojson", out)
    fc = json.loads(out.getvalue())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 4
    lon, lat = next(f["geometry"]["coordinates"] for f in fc["features"] if f["properties"]["place"] == "Al Hasakah")
    assert 36 < lat < 37 and 40 < lon < 41


def test_incident_prefix_and_unknown_ids(samples):
    inc = hasakah(samples)
    assert samples.incident(inc.id[:8]).id == inc.id
    with pytest.raises(NotFound):
        samples.incident("inc-nope")


def test_database_is_plain_sqlite_with_migrations(sample_db):
    conn = sqlite3.connect(sample_db)
    assert conn.execute("SELECT version, name FROM schema_migrations").fetchall() == [(1, "ledger"), (2, "claim trigger and victim"),
                                                                                 (3, "reconciled figures")]
    assert conn.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == 5


def test_a_report_whose_body_tells_nothing_is_told_by_its_headline(ledger):
    import datetime as dt

    from eventdesk.models import Report

    paywall = Report(id="paywalled", title="Two men shot dead outside a bar in Springfield, Illinois",
                     text="Already a subscriber? Click on the button below to log in or set up your account.",
                     published=dt.date(2016, 3, 5))
    cookie = Report(id="cookies", title="City council approves a new library budget",
                    text="We use cookies to improve your experience. Accept all cookies to continue.",
                    published=dt.date(2016, 3, 5))
    summary = ledger.ingest_reports([paywall, cookie])
    assert (summary.stored, summary.mentions) == (2, 1)
    [row], _ = ledger.incidents()
    inc = ledger.incident(row.id)
    assert inc.report_ids == ("paywalled",)
    assert (inc.location.name, inc.location.admin1) == ("Springfield", "Illinois")
    assert [(c.outcome, c.count) for c in inc.claims] == [("killed", 2)]
    # the stored report opens with the headline, and the claim's offsets point into it
    [stored] = ledger.reports(["paywalled"])
    assert stored.text.startswith(paywall.title + "\n\n") and stored.text.endswith(paywall.text)
    c = inc.claims[0]
    assert stored.text[c.start:c.end] == c.sentence
    # a report with no violence in body or headline stays without incident
    assert ledger.reports(["cookies"])[0].text == cookie.text


def test_incident_rows_equal_rebuilding_them_from_the_stored_mentions(ledger):
    # a new incident's row is written from its one mention in memory; an updated one is rebuilt from what is
    # stored: both ways must give the same row
    ledger.ingest([SAMPLES])
    before, total = ledger.incidents()
    assert total == 4 and any(r.n_reports == 1 for r in before) and any(r.n_reports > 1 for r in before)
    for row in before:
        ledger._refresh(row.id)
    after, _ = ledger.incidents()
    assert after == before
