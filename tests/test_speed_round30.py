"""The thirtieth session's speed pass: the same output, read with fewer queries and imported with less.

- ``Ledger.incidents_whole`` (``all_incidents``, the exports, the web's downloads) reads incidents a chunk of ids at
  a time, five queries per chunk (``Store.incidents_whole``) where ``Ledger.incident`` makes six per incident; each
  incident must equal ``Ledger.incident``'s, under every policy, whatever the chunk size;
- ``Ledger.report_views`` (the reports export) reads the mentions of a chunk of reports in two queries; each view must
  equal ``Ledger.report``'s;
- the ACLED export reads every report's outlet once, without the texts, where it read each incident's reports;
- the web's CSV download sends a hundred rows a chunk, the same bytes;
- ``eventdesk.nlp`` imports without spaCy, so the exports load no pipeline;
- a city's neighbourhood pattern (``keywords._hoods_pattern``) is compiled the first time a segment is placed there.

The ledger here is made of invented records (persons, towns and outlets made up), stored through the store itself so
that it holds the cases the batched reads must keep: an incident told by reports whose dates reverse their arrival,
a report with no date, a report with two mentions of one incident, an incident with merges.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
import warnings

import pytest

from eventdesk import Report
from eventdesk.api import Ledger
from eventdesk.errors import NotFound
from eventdesk.export import acled, write as export_write
from eventdesk.models import Actor, Claim, DateSpan, Mention, Place
from eventdesk.reconcile import POLICIES
from eventdesk.store import IncidentRow

DAY = dt.date(2023, 3, 14)


def _claims(rid: str, killed: int, wounded: int, who: str | None) -> tuple[Claim, ...]:
    return (Claim(rid, "killed", None, killed, "exact", who, f"{killed} people were killed.", 0, 24, DAY, 0, 1),
            Claim(rid, "wounded", None, wounded, "exact", who, f"{wounded} were wounded.", 30, 50, DAY, 30, 31))


def _mention(rid: str, idx: int, killed: int, wounded: int, who: str | None = None, outlet: str | None = None,
             town: str = "Harlow") -> Mention:
    place = Place(town, "Ohio", "United States", "US", 40.1 + idx / 100, -83.0, "city")
    return Mention(rid, idx, 0, 50, f"Shooting in {town}", "Violence against civilians", "Attack",
                   DateSpan(DAY, DAY, "day", "Tuesday"), place, (Actor("Unidentified gunmen", "perpetrator"),),
                   _claims(rid, killed, wounded, who), DAY, outlet, ("p:dale fenwick",))


def _incident_row(incident_id: str, m: Mention) -> IncidentRow:
    return IncidentRow(incident_id, m.title, m.event_type, m.sub_event_type, DAY, DAY, "day", m.place, m.actors,
                       m.keywords, 1, None, None, None, None, DAY, DAY)


@pytest.fixture()
def records_ledger(tmp_path):
    """Six incidents of invented records, written with the store's own calls (no linking: each mention goes to the
    incident the test says)."""
    led = Ledger(tmp_path / "l.db")
    store = led.store
    plan = [
        # (report id, published, anchor, [(incident, mention)], outlet, source)
        ("r-a1", DAY + dt.timedelta(days=2), DAY, [("inc-a", _mention("r-a1", 0, 2, 1, "police"))], "Harlow Ledger", None),
        # arrives second, published first: reconciliation reads it first
        ("r-a2", DAY, DAY, [("inc-a", _mention("r-a2", 0, 3, 1, "the coroner"))], None, "wire-feed"),
        # no date of its own: read after the dated reports
        ("r-a3", None, None, [("inc-a", _mention("r-a3", 0, 3, 2))], None, None),
        # one report, two mentions of one incident (each keeps its own claims)
        ("r-b1", DAY, DAY, [("inc-b", _mention("r-b1", 0, 1, 0, "police")), ("inc-b", _mention("r-b1", 1, 0, 4))],
         "Valley Courier", None),
        ("r-c1", None, DAY, [("inc-c", _mention("r-c1", 0, 0, 2, town="Dunmore"))], "Valley Courier", None),
        ("r-d1", DAY, DAY, [("inc-d", _mention("r-d1", 0, 5, 0)), ("inc-e", _mention("r-d1", 1, 1, 1, town="Pell"))],
         "Harlow Ledger", None),
        ("r-f1", DAY - dt.timedelta(days=1), DAY, [("inc-f", _mention("r-f1", 0, 0, 0))], None, None),
    ]
    for rid, published, anchor, mentions, outlet, source in plan:
        with store.transaction():
            store.add_report(Report(rid, f"Report {rid}.", title=f"Report {rid}", published=published, outlet=outlet,
                                    source=source), anchor)
            for incident_id, m in mentions:
                store.put_incident(_incident_row(incident_id, m))
                store.add_mention(incident_id, m)
                store.add_merge(incident_id, rid, m.index, f"joined {rid}", 0.9)
    yield led
    led.close()


def _one_by_one(led: Ledger, policy: str | None) -> list:
    return [led.incident(i, policy) for i in led.store.iter_incident_ids()]


@pytest.mark.parametrize("policy", [None, *POLICIES])
def test_incidents_read_in_chunks_equal_one_by_one(records_ledger, policy):
    whole = list(records_ledger.all_incidents(policy))
    assert whole == _one_by_one(records_ledger, policy)
    a = next(inc for inc in whole if inc.id == "inc-a")
    assert a.report_ids == ("r-a2", "r-a1", "r-a3")  # the order of reconciliation: date reported, then arrival
    b = next(inc for inc in whole if inc.id == "inc-b")
    assert len(b.merge_reasons) == 2 and {c.report_id for c in b.claims} == {"r-b1"}


def test_incidents_read_in_chunks_of_any_size(records_ledger, monkeypatch):
    from eventdesk import store

    expected = _one_by_one(records_ledger, "ucdp")
    for size in (1, 2, 4):
        monkeypatch.setattr(store, "_IDS_PER_QUERY", size)
        assert list(records_ledger.all_incidents("ucdp")) == expected


def test_incidents_whole_keeps_the_order_asked_and_refuses_an_unknown_id(records_ledger):
    ids = ["inc-e", "inc-a", "inc-c"]
    assert [inc.id for inc in records_ledger.incidents_whole(ids)] == ids
    with pytest.raises(NotFound, match="inc-zz"):
        list(records_ledger.incidents_whole(["inc-a", "inc-zz"]))


def test_reports_read_in_chunks_equal_one_by_one(records_ledger, monkeypatch):
    import eventdesk.api as api

    reports = records_ledger.reports()
    expected = [records_ledger.report(r.id) for r in reports]
    for size in (1, 3, 500):
        monkeypatch.setattr(api, "_REPORTS_PER_READ", size)
        assert list(records_ledger.report_views(reports)) == expected
    b1 = next(v for v in expected if v.report.id == "r-b1")
    assert b1.incident_ids == ("inc-b", "inc-b") and [len(m.claims) for m in b1.mentions] == [2, 2]


def test_the_acled_export_names_each_incidents_outlets_as_its_reports_give_them(records_ledger):
    out = io.StringIO()
    export_write(records_ledger, "acled", out, policy="ucdp")
    rows = {r["event_id_cnty"]: r["source"] for r in csv.DictReader(io.StringIO(out.getvalue()))}
    # as it was read before: each incident's reports (in their order of arrival), outlet, else source, else id
    for inc in records_ledger.all_incidents("ucdp"):
        expected = "; ".join(dict.fromkeys(r.outlet or r.source or r.id for r in records_ledger.reports(inc.report_ids)))
        assert rows[inc.id] == expected
    assert rows["inc-a"] == "Harlow Ledger; wire-feed; r-a3"
    assert acled.COLUMNS[15] == "source"


def test_an_export_reads_the_ledger_in_a_few_queries(records_ledger):
    statements: list[str] = []
    records_ledger.store._conn().set_trace_callback(statements.append)
    try:
        for fmt in ("jsonl", "reports", "csv", "acled", "ucdp", "geojson"):
            statements.clear()
            export_write(records_ledger, fmt, io.StringIO(), policy="ucdp")
            # six incidents, seven reports: a handful of queries, not six (or four) per incident (or report)
            assert len(statements) <= 8, (fmt, statements)
    finally:
        records_ledger.store._conn().set_trace_callback(None)


def test_the_web_csv_download_sends_the_same_bytes_in_chunks(records_ledger, monkeypatch):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from eventdesk.web import create_app, jsonapi

    with TestClient(create_app(records_ledger, tiles="")) as client:
        bodies = []
        for per_chunk in (1, 2, 100):
            monkeypatch.setattr(jsonapi, "CSV_ROWS_PER_CHUNK", per_chunk)
            r = client.get("/api/incidents.csv")
            assert r.status_code == 200
            bodies.append(r.content)
    assert bodies[0] == bodies[1] == bodies[2]
    rows = list(csv.DictReader(io.StringIO(bodies[0].decode())))
    assert len(rows) == 6 and {r["id"] for r in rows} == {"inc-a", "inc-b", "inc-c", "inc-d", "inc-e", "inc-f"}


def test_the_exports_import_without_spacy():
    code = "import sys; import eventdesk.export, eventdesk.nlp.lexicon; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_a_pipeline_is_still_built_and_reads_a_report(mentions_of):
    # the package's spaCy names moved into the functions that build a pipeline and make a doc
    [m] = mentions_of("A man was shot and killed Friday night on Garnet Street in Toledo, police said.")
    assert [(c.outcome, c.count) for c in m.claims] == [("killed", 1)]


def test_a_citys_neighbourhood_pattern_is_compiled_where_a_segment_is_placed_there(ledger):
    from eventdesk.nlp import keywords

    def report(rid, text):
        return Report(id=rid, text=text, published=dt.date(2016, 5, 4), outlet=rid)

    # a city with no neighbourhood table compiles nothing and yields no neighbourhood
    compiled = keywords._hoods_pattern.cache_info().currsize
    (_, _, [m]), = ledger.analyze([report("n1", "TOLEDO, Ohio — A man was shot and wounded Tuesday night near Ottawa "
                                               "Park, police said.")])
    assert m.place.name == "Toledo" and not any(k.startswith("n:") for k in m.keywords)
    assert keywords._hoods_pattern.cache_info().currsize == compiled
    # Chicago's pattern, compiled when first needed, finds the scene and not where a victim comes from
    (_, _, [m]), = ledger.analyze([report("n2", "CHICAGO — A 19-year-old from Roseland was shot and wounded Tuesday "
                                               "night in Englewood, police said.")])
    assert m.place.name == "Chicago"
    assert "n:englewood" in m.keywords and "n:roseland" not in m.keywords
    assert ("Chicago", "Illinois") in keywords._HOODS
    assert keywords._hoods_pattern(("Chicago", "Illinois")).search("a shooting in Englewood")


def test_the_package_and_its_command_line_import_without_the_ledger():
    code = ("import sys; import eventdesk, eventdesk.cli; print('eventdesk.api' in sys.modules, 'eventdesk.link' in sys.modules); "
            "from eventdesk import Ledger, IncidentFilter, reconcile; import eventdesk.api; "
            "print(Ledger is eventdesk.api.Ledger, reconcile is eventdesk.reconcile is sys.modules['eventdesk.reconcile'].reconcile, "
            "all(getattr(eventdesk, n) is not None for n in eventdesk.__all__))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False", "True", "True", "True"]
    with pytest.raises(AttributeError, match="no_such_name"):
        import eventdesk

        eventdesk.no_such_name
