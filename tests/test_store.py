"""The SQLite store: migrations, refusal of foreign files, transactions."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from eventdesk import Report, StoreError
from eventdesk.store import IncidentFilter, Store


def test_migrations_apply_once(tmp_path):
    path = tmp_path / "l.db"
    Store(path).close()
    Store(path).close()
    rows = sqlite3.connect(path).execute("SELECT version FROM schema_migrations").fetchall()
    assert rows == [(1,), (2,), (3,)]


def test_a_file_that_is_not_a_ledger_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="notes.db"):
        Store(path)


def test_a_ledger_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "l.db"
    Store(path).close()
    sqlite3.connect(path).execute("INSERT INTO schema_migrations VALUES (99, 'future', 'x')").connection.commit()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_readonly_store_refuses_a_missing_ledger(tmp_path):
    sqlite3.connect(tmp_path / "empty.db").close()
    with pytest.raises(StoreError, match="no eventdesk ledger"):
        Store(tmp_path / "empty.db", readonly=True)


def test_transaction_rolls_back_whole(tmp_path):
    store = Store(tmp_path / "l.db")
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_report(Report("a", "text"), dt.date(2022, 1, 1))
            raise RuntimeError("crash")
    assert not store.has_report("a")
    with store.transaction():
        store.add_report(Report("a", "text"), None)
    assert store.has_report("a")


def test_filter_text_is_parameterised(tmp_path):
    store = Store(tmp_path / "l.db")
    rows, total = store.list_incidents(IncidentFilter(q="' OR 1=1 --"))
    assert rows == [] and total == 0
    rows, total = store.list_incidents(IncidentFilter(q="100%_"))
    assert total == 0


def test_candidates_come_most_recently_updated_first_within_one_second(tmp_path):
    # linking takes the first of equally good candidates: their order must not depend on how many incidents the
    # machine writes in one second (it did, with whole-second stamps, and linking changed from run to run)
    from eventdesk.store import IncidentRow

    day = dt.date(2022, 1, 21)
    store = Store(tmp_path / "l.db")

    def row(i: str) -> IncidentRow:
        return IncidentRow(id=i, title=i, event_type=None, sub_event_type=None, date_start=day, date_end=day,
                           date_precision="day", location=None, actors=(), keywords=(), n_reports=1, killed_low=None,
                           killed_best=None, killed_high=None, wounded_best=None, first_reported=day, last_reported=day)

    with store.transaction():
        for i in ("inc-c", "inc-a", "inc-b"):
            store.put_incident(row(i))
    got = [r.id for r in store.candidates(day, day, country_code=None, lat=None, lon=None, km=40)]
    assert got == ["inc-b", "inc-a", "inc-c"]


def test_each_mention_of_one_report_in_one_incident_keeps_its_own_claims(tmp_path):
    """Two mentions of one report in one incident: each mention holds its own claims, and the incident's claims are
    each claim once (before, each mention was given all of its report's claims, so the incident told them twice)."""
    from eventdesk.api import Ledger
    from eventdesk.models import Claim, DateSpan, Mention
    from eventdesk.store import IncidentRow

    day = dt.date(2024, 5, 2)
    led = Ledger(tmp_path / "ledger.db")
    store = led.store

    def mention(idx: int, outcome: str, count: int, start: int) -> Mention:
        claim = Claim("r1", outcome, None, count, "exact", "police", f"{count} {outcome}.", start, start + 10, day,
                      start, start + 1)
        return Mention("r1", idx, start, start + 40, "Shooting in Harlow", "Violence against civilians", "Attack",
                       DateSpan(day, day, "day", "Thursday"), None, (), (claim,), day)

    first, second = mention(0, "killed", 1, 0), mention(1, "wounded", 3, 50)
    with store.transaction():
        store.add_report(Report("r1", "Report r1.", title="Report r1", published=day), day)
        store.put_incident(IncidentRow("inc-1", "Shooting in Harlow", "Violence against civilians", "Attack", day, day,
                                       "day", None, (), (), 1, None, None, None, None, day, day))
        store.add_mention("inc-1", first)
        store.add_mention("inc-1", second)
    mentions = store.mentions("inc-1")
    assert [[(c.outcome, c.count) for c in m.claims] for m in mentions] == [[("killed", 1)], [("wounded", 3)]]
    whole = next(iter(store.incidents_whole(["inc-1"])))[1]
    assert whole == mentions
    incident = led.incident("inc-1")
    assert sorted((c.outcome, c.count) for c in incident.claims) == [("killed", 1), ("wounded", 3)]
    led.close()
