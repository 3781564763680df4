"""Schema migrations: numbered, named, each applied in its own transaction."""

from __future__ import annotations

import datetime as _dt
import sqlite3

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "ledger", """
CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,            -- order of arrival
    source TEXT, url TEXT, title TEXT, outlet TEXT,
    published TEXT,                  -- ISO date
    anchor TEXT,                     -- date its relative dates were resolved against
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE incidents (
    id TEXT PRIMARY KEY,
    title TEXT, event_type TEXT, sub_event_type TEXT,
    date_start TEXT, date_end TEXT, date_precision TEXT NOT NULL DEFAULT 'unknown',
    place_name TEXT, admin1 TEXT, country TEXT, country_code TEXT,
    lat REAL, lon REAL, geo_precision TEXT NOT NULL DEFAULT 'unknown',
    actors_json TEXT NOT NULL DEFAULT '[]',
    keywords_json TEXT NOT NULL DEFAULT '[]',
    n_reports INTEGER NOT NULL DEFAULT 0,
    killed_low INTEGER, killed_best INTEGER, killed_high INTEGER,
    wounded_best INTEGER,
    first_reported TEXT, last_reported TEXT,
    search_text TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents(date_start, date_end);
CREATE INDEX incidents_country ON incidents(country_code, date_start);
CREATE INDEX incidents_killed ON incidents(killed_best);
CREATE TABLE mentions (
    report_id TEXT NOT NULL REFERENCES reports(id),
    idx INTEGER NOT NULL,
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    title TEXT, event_type TEXT, sub_event_type TEXT,
    date_start TEXT, date_end TEXT, date_precision TEXT, date_text TEXT,
    place_json TEXT, actors_json TEXT NOT NULL DEFAULT '[]', keywords_json TEXT NOT NULL DEFAULT '[]',
    reported_on TEXT, outlet TEXT,
    PRIMARY KEY (report_id, idx)
);
CREATE INDEX mentions_incident ON mentions(incident_id);
CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES reports(id),
    mention_idx INTEGER NOT NULL,
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    outcome TEXT NOT NULL, party TEXT, count INTEGER NOT NULL, qualifier TEXT NOT NULL,
    attributed_to TEXT, sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    number_start INTEGER, number_end INTEGER, reported_on TEXT
);
CREATE INDEX claims_incident ON claims(incident_id);
CREATE INDEX claims_report ON claims(report_id);
CREATE TABLE merges (
    id INTEGER PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    report_id TEXT NOT NULL, mention_idx INTEGER NOT NULL,
    reason TEXT NOT NULL, score REAL,
    created_at TEXT NOT NULL
);
CREATE INDEX merges_incident ON merges(incident_id);
"""),
    (2, "claim trigger and victim", """
ALTER TABLE claims ADD COLUMN trigger TEXT;
ALTER TABLE claims ADD COLUMN victim TEXT
"""),
    (3, "reconciled figures", """
CREATE TABLE reconciled (
    incident_id TEXT PRIMARY KEY REFERENCES incidents(id),
    rules TEXT NOT NULL,             -- fingerprint of the reconcile rules that made the figures
    figures_json TEXT NOT NULL,      -- {policy: [[outcome, party, low, best, high, [claim indexes]], ...]}
    history_json TEXT NOT NULL       -- [[report id, reported on, outcome, party, count, attributed to], ...]
)
"""),
)
# the oldest schema a reader opens: a ledger without version 3's reconciled figures reconciles each incident at read
READABLE = 2

LATEST = MIGRATIONS[-1][0]


def current_version(conn: sqlite3.Connection) -> int:
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    return row[0] or 0


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply pending migrations; return their names."""
    applied = []
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    version = current_version(conn)
    for number, name, sql in MIGRATIONS:
        if number <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in sql.split(";\n"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (number, name, _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied
