"""The ledger's SQLite store: the only module that speaks SQL.

One writer at a time; every report goes in one transaction (``transaction()``),
so a crash mid-batch leaves whole reports or none.  Readers (the web page) get
WAL snapshots.  Records go in and come out as the dataclasses of ``models``.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Sequence

from ..errors import NotFound, StoreError
from ..models import Actor, Claim, DateSpan, Figure, HistoryPoint, Mention, Place, Report, parse_date
from .migrations import LATEST, READABLE, current_version, migrate


@dataclass(frozen=True)
class IncidentRow:
    """An incident as the store keeps it: aggregates, without claims."""

    id: str
    title: str | None
    event_type: str | None
    sub_event_type: str | None
    date_start: _dt.date | None
    date_end: _dt.date | None
    date_precision: str
    location: Place | None
    actors: tuple[Actor, ...]
    keywords: tuple[str, ...]
    n_reports: int
    killed_low: int | None
    killed_best: int | None
    killed_high: int | None
    wounded_best: int | None
    first_reported: _dt.date | None
    last_reported: _dt.date | None


@dataclass(frozen=True)
class Merge:
    incident_id: str
    report_id: str
    mention_idx: int
    reason: str
    score: float | None
    created_at: str


@dataclass(frozen=True)
class Reconciled:
    """An incident's figures as the ledger keeps them: under each policy (``figures``), the history, and the
    fingerprint of the reconcile rules that made them (``reconcile.rules_fingerprint``)."""

    rules: str
    kept: dict[str, list]  # {policy: [[outcome, party, low, best, high, [claim indexes]], ...]}, as decoded
    history: tuple[HistoryPoint, ...]

    def figures(self, policy: str) -> tuple[Figure, ...] | None:
        """The figures under ``policy``, None where none are kept; made when asked (a reader wants one policy's)."""
        kept = self.kept.get(policy)
        if kept is None:
            return None
        return tuple(Figure(outcome, party, low, best, high, policy, tuple(claims))
                     for outcome, party, low, best, high, claims in kept)


@dataclass(frozen=True)
class IncidentFilter:
    country: str | None = None  # ISO alpha-2 or country name
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None
    event_type: str | None = None
    min_killed: int | None = None
    q: str | None = None
    limit: int = 100
    offset: int = 0
    order: str = "date"  # date | killed | updated


_ORDERS = {
    "date": "COALESCE(date_start, '') DESC, id",
    "killed": "COALESCE(killed_best, -1) DESC, COALESCE(date_start, '') DESC, id",
    "updated": "updated_at DESC, id",
}


def _iso(d: _dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _now() -> str:
    # microseconds: candidates are read most recently updated first, and in whole seconds two incidents written in
    # one second would tie, which made linking depend on how fast the machine ran
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="microseconds")


def _place_to_json(p: Place | None) -> str | None:
    if p is None:
        return None
    return json.dumps({k: getattr(p, k) for k in Place.__dataclass_fields__})


def _place_from_json(s: str | None) -> Place | None:
    return Place(**json.loads(s)) if s else None


def _actors_to_json(actors: Sequence[Actor]) -> str:
    return json.dumps([{"name": a.name, "role": a.role} for a in actors])


def _actors_from_json(s: str | None) -> tuple[Actor, ...]:
    return tuple(Actor(a["name"], a.get("role", "other")) for a in json.loads(s or "[]"))


class Store:
    def __init__(self, path: str | Path = "eventdesk.db", *, readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        self._local = threading.local()
        self._lock = threading.RLock()
        conn = self._conn()
        if readonly:
            if current_version(conn) < READABLE:
                raise StoreError(f"{self.path}: no eventdesk ledger here (run 'eventdesk ingest' first)")
        else:
            try:
                migrate(conn)
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path}: not a usable SQLite ledger ({exc})") from exc
        if current_version(conn) > LATEST:
            raise StoreError(f"{self.path}: made by a newer eventdesk (schema {current_version(conn)} > {LATEST})")
        # a reader of a ledger made before version 3 finds no reconciled figures (it reconciles each incident)
        self._keeps_reconciled = current_version(conn) >= 3

    # connections -----------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            try:
                if self.readonly:
                    uri = f"file:{Path(self.path).resolve().as_posix()}?mode=ro"
                    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
                else:
                    if self.path != ":memory:":
                        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                    conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
                    conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA foreign_keys=ON")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.row_factory = sqlite3.Row
            except sqlite3.DatabaseError as exc:
                raise StoreError(f"{self.path}: cannot open ({exc})") from exc
            self._local.conn = conn
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        conn = self._conn()
        with self._lock:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    # reports ---------------------------------------------------------------
    def has_report(self, report_id: str) -> bool:
        return self._conn().execute("SELECT 1 FROM reports WHERE id = ?", (report_id,)).fetchone() is not None

    def add_report(self, report: Report, anchor: _dt.date | None) -> None:
        conn = self._conn()
        seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM reports").fetchone()[0]
        conn.execute(
            "INSERT INTO reports (id, seq, source, url, title, outlet, published, anchor, text, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (report.id, seq, report.source, report.url, report.title, report.outlet, _iso(report.published), _iso(anchor), report.text, _now()),
        )

    def get_report(self, report_id: str) -> Report:
        row = self._conn().execute("SELECT * FROM reports WHERE id = ?", (report_id,)).fetchone()
        if row is None:
            raise NotFound(f"report {report_id!r}: not in the ledger")
        return _report(row)

    def reports(self, ids: Sequence[str] | None = None, *, texts: bool = True) -> list[Report]:
        """The reports (all, or those of ``ids``) in the order of arrival; ``texts=False`` leaves each one's text
        empty, unread (the reports export reads every report for its id and date alone)."""
        conn = self._conn()
        cols = "*" if texts else _REPORT_NO_TEXT
        if ids is None:
            rows = conn.execute(f"SELECT {cols} FROM reports ORDER BY seq").fetchall()
        else:
            marks = ",".join("?" * len(ids))
            rows = conn.execute(f"SELECT {cols} FROM reports WHERE id IN ({marks}) ORDER BY seq", tuple(ids)).fetchall()
        return [_report(r) for r in rows]

    def report_order(self, ids: Sequence[str]) -> dict[str, int]:
        """Report order for reconciliation: date reported, then arrival."""
        marks = ",".join("?" * len(ids))
        rows = self._conn().execute(
            f"SELECT id FROM reports WHERE id IN ({marks}) ORDER BY {_REPORT_ORDER}", tuple(ids)
        ).fetchall()
        return {r["id"]: n for n, r in enumerate(rows)}

    def report_sources(self) -> dict[str, tuple[str | None, str | None]]:
        """{report id: (outlet, source)} of every report, in the order of arrival, without the texts."""
        rows = self._conn().execute("SELECT id, outlet, source FROM reports ORDER BY seq").fetchall()
        return {r[0]: (r[1], r[2]) for r in rows}

    def report_incidents(self, report_id: str) -> list[str]:
        rows = self._conn().execute("SELECT incident_id FROM mentions WHERE report_id = ? ORDER BY idx", (report_id,)).fetchall()
        return [r[0] for r in rows]

    def count_reports(self) -> int:
        return self._conn().execute("SELECT COUNT(*) FROM reports").fetchone()[0]

    # mentions and claims ---------------------------------------------------------
    def add_mention(self, incident_id: str, m: Mention) -> None:
        conn = self._conn()
        conn.execute(
            'INSERT INTO mentions (report_id, idx, incident_id, start, "end", title, event_type, sub_event_type, date_start, date_end, '
            "date_precision, date_text, place_json, actors_json, keywords_json, reported_on, outlet) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (m.report_id, m.index, incident_id, m.start, m.end, m.title, m.event_type, m.sub_event_type,
             _iso(m.date.start), _iso(m.date.end), m.date.precision, m.date.text, _place_to_json(m.place),
             _actors_to_json(m.actors), json.dumps(list(m.keywords)), _iso(m.reported_on), m.outlet),
        )
        conn.executemany(
            'INSERT INTO claims (report_id, mention_idx, incident_id, outcome, party, count, qualifier, attributed_to, sentence, start, "end", '
            "number_start, number_end, reported_on, trigger, victim) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(c.report_id, m.index, incident_id, c.outcome, c.party, c.count, c.qualifier, c.attributed_to, c.sentence,
              c.start, c.end, c.number_start, c.number_end, _iso(c.reported_on), c.trigger, c.victim) for c in m.claims],
        )

    def mentions(self, incident_id: str) -> list[Mention]:
        conn = self._conn()
        rows = conn.execute(
            "SELECT m.* FROM mentions m JOIN reports r ON r.id = m.report_id WHERE m.incident_id = ? ORDER BY r.seq, m.idx", (incident_id,)
        ).fetchall()
        claim_rows = conn.execute(
            "SELECT c.* FROM claims c JOIN reports r ON r.id = c.report_id WHERE c.incident_id = ? ORDER BY r.seq, c.id", (incident_id,)
        ).fetchall()
        return _incident_mentions(rows, claim_rows)

    def report_mentions(self, report_id: str) -> list[Mention]:
        conn = self._conn()
        rows = conn.execute("SELECT * FROM mentions WHERE report_id = ? ORDER BY idx", (report_id,)).fetchall()
        claim_rows = conn.execute("SELECT * FROM claims WHERE report_id = ? ORDER BY id", (report_id,)).fetchall()
        return _report_mentions(rows, claim_rows)

    def reports_mentions(self, report_ids: Sequence[str]) -> dict[str, tuple[list[Mention], list[str]]]:
        """{report id: (its mentions as ``report_mentions`` gives them, the incident of each as ``report_incidents``
        gives them)} for many reports, two queries per chunk of ids (the reports export reads every report so)."""
        conn = self._conn()
        out = {}
        for k in range(0, len(report_ids), _IDS_PER_QUERY):
            chunk = tuple(report_ids[k:k + _IDS_PER_QUERY])
            marks = ",".join("?" * len(chunk))
            rows = _grouped(conn.execute(f"SELECT * FROM mentions WHERE report_id IN ({marks}) ORDER BY idx", chunk), "report_id")
            claims = _grouped(conn.execute(f"SELECT * FROM claims WHERE report_id IN ({marks}) ORDER BY id", chunk), "report_id")
            for rid in chunk:
                mine = rows.get(rid, [])
                out[rid] = (_report_mentions(mine, claims.get(rid, [])), [r["incident_id"] for r in mine])
        return out

    def mention_incident(self, report_id: str, idx: int) -> str:
        row = self._conn().execute("SELECT incident_id FROM mentions WHERE report_id = ? AND idx = ?", (report_id, idx)).fetchone()
        if row is None:
            raise NotFound(f"mention {report_id}#{idx}: not in the ledger")
        return row[0]

    def claims(self, incident_id: str) -> list[Claim]:
        rows = self._conn().execute(
            "SELECT c.* FROM claims c JOIN reports r ON r.id = c.report_id WHERE c.incident_id = ? ORDER BY r.seq, c.id", (incident_id,)
        ).fetchall()
        return [_claim(r) for r in rows]

    # incidents ---------------------------------------------------------------
    def put_incident(self, row: IncidentRow) -> None:
        """Insert or replace an incident's aggregates."""
        loc = row.location
        search = " ".join(filter(None, [row.title, loc.name if loc else None, loc.admin1 if loc else None, loc.country if loc else None,
                                        row.event_type, row.sub_event_type, *(a.name for a in row.actors)])).lower()
        now = _now()
        self._conn().execute(
            """INSERT INTO incidents (id, title, event_type, sub_event_type, date_start, date_end, date_precision, place_name, admin1,
                country, country_code, lat, lon, geo_precision, actors_json, keywords_json, n_reports, killed_low, killed_best,
                killed_high, wounded_best, first_reported, last_reported, search_text, created_at, updated_at)
               VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
               ON CONFLICT(id) DO UPDATE SET title=excluded.title, event_type=excluded.event_type, sub_event_type=excluded.sub_event_type,
                date_start=excluded.date_start, date_end=excluded.date_end, date_precision=excluded.date_precision,
                place_name=excluded.place_name, admin1=excluded.admin1, country=excluded.country, country_code=excluded.country_code,
                lat=excluded.lat, lon=excluded.lon, geo_precision=excluded.geo_precision, actors_json=excluded.actors_json,
                keywords_json=excluded.keywords_json, n_reports=excluded.n_reports, killed_low=excluded.killed_low,
                killed_best=excluded.killed_best, killed_high=excluded.killed_high, wounded_best=excluded.wounded_best,
                first_reported=excluded.first_reported, last_reported=excluded.last_reported, search_text=excluded.search_text,
                updated_at=excluded.updated_at""",
            (row.id, row.title, row.event_type, row.sub_event_type, _iso(row.date_start), _iso(row.date_end), row.date_precision,
             loc.name if loc else None, loc.admin1 if loc else None, loc.country if loc else None, loc.country_code if loc else None,
             loc.lat if loc else None, loc.lon if loc else None, loc.precision if loc else "unknown",
             _actors_to_json(row.actors), json.dumps(list(row.keywords)), row.n_reports, row.killed_low, row.killed_best,
             row.killed_high, row.wounded_best, _iso(row.first_reported), _iso(row.last_reported), search, now, now),
        )

    def put_reconciled(self, incident_id: str, rules: str, figures: dict[str, tuple[Figure, ...]],
                       history: Sequence[HistoryPoint]) -> None:
        """Keep an incident's figures under each policy and its history, made by the reconcile rules of the
        fingerprint ``rules``, in place of what was kept (written wherever the incident's claims change)."""
        self._conn().execute(
            "INSERT INTO reconciled (incident_id, rules, figures_json, history_json) VALUES (?,?,?,?) ON CONFLICT(incident_id) "
            "DO UPDATE SET rules=excluded.rules, figures_json=excluded.figures_json, history_json=excluded.history_json",
            (incident_id, rules, _figures_to_json(figures), _history_to_json(history)),
        )

    def reconciled(self, ids: Sequence[str]) -> dict[str, Reconciled]:
        """{incident id: its kept figures} of those of ``ids`` the ledger keeps figures of."""
        if not self._keeps_reconciled:
            return {}
        out = {}
        for k in range(0, len(ids), _IDS_PER_QUERY):
            chunk = tuple(ids[k:k + _IDS_PER_QUERY])
            rows = self._conn().execute(f"SELECT * FROM reconciled WHERE incident_id IN ({','.join('?' * len(chunk))})", chunk)
            out.update((r["incident_id"], _reconciled(r)) for r in rows)
        return out

    def stale_reconciled(self, rules: str) -> list[str]:
        """The incidents whose figures the ledger keeps under a fingerprint other than ``rules`` (an older
        eventdesk's reconcile rules) or keeps none of (a ledger made before schema 3), in the exports' order."""
        rows = self._conn().execute(
            "SELECT i.id FROM incidents i LEFT JOIN reconciled r ON r.incident_id = i.id WHERE r.rules IS NOT ? "
            "ORDER BY COALESCE(i.date_start, ''), i.id", (rules,))
        return [r[0] for r in rows]

    def incidents_whole(self, ids: Sequence[str]
                        ) -> Iterator[tuple[IncidentRow, list[Mention], dict[str, int], list[Merge], Reconciled | None]]:
        """What ``Ledger.incident`` reads of each incident of ``ids``, in that order: its row, its mentions, its
        reports' order, its merges and its kept figures, the same as ``get_incident_row``, ``mentions``,
        ``report_order``, ``merges`` and ``reconciled`` give them, in six queries per chunk of ids instead of seven
        per incident (the exports and the web's downloads read incidents so).  An id not in the ledger raises
        NotFound."""
        for k in range(0, len(ids), _IDS_PER_QUERY):
            yield from self._incidents_whole(tuple(ids[k:k + _IDS_PER_QUERY]))

    def _incidents_whole(self, ids: tuple[str, ...]
                         ) -> list[tuple[IncidentRow, list[Mention], dict[str, int], list[Merge], Reconciled | None]]:
        conn = self._conn()
        marks = ",".join("?" * len(ids))
        incidents = {r["id"]: r for r in conn.execute(f"SELECT * FROM incidents WHERE id IN ({marks})", ids)}
        mentions = _grouped(conn.execute(
            f"SELECT m.* FROM mentions m JOIN reports r ON r.id = m.report_id WHERE m.incident_id IN ({marks}) ORDER BY r.seq, m.idx",
            ids), "incident_id")
        claims = _grouped(conn.execute(
            f"SELECT c.* FROM claims c JOIN reports r ON r.id = c.report_id WHERE c.incident_id IN ({marks}) ORDER BY r.seq, c.id",
            ids), "incident_id")
        merges = _grouped(conn.execute(f"SELECT * FROM merges WHERE incident_id IN ({marks}) ORDER BY id", ids), "incident_id")
        kept = self.reconciled(ids)
        # ``report_order``'s sort keys (ORDER BY _REPORT_ORDER) of the chunk's reports
        report_ids = sorted({r["report_id"] for rows in mentions.values() for r in rows})
        keys: dict[str, tuple[str, int]] = {}
        for k in range(0, len(report_ids), _IDS_PER_QUERY):
            chunk = report_ids[k:k + _IDS_PER_QUERY]
            keys.update((r[0], (r[1], r[2])) for r in conn.execute(
                f"SELECT id, COALESCE(published, anchor, '9999'), seq FROM reports WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        out = []
        for incident_id in ids:
            row = incidents.get(incident_id)
            if row is None:
                raise NotFound(f"incident {incident_id!r}: not in the ledger")
            mine = _incident_mentions(mentions.get(incident_id, []), claims.get(incident_id, []))
            told = sorted((r for r in dict.fromkeys(m.report_id for m in mine) if r in keys), key=keys.__getitem__)
            out.append((_incident(row), mine, {r: n for n, r in enumerate(told)}, [_merge(r) for r in merges.get(incident_id, [])],
                        kept.get(incident_id)))
        return out

    def get_incident_row(self, incident_id: str) -> IncidentRow:
        row = self._conn().execute("SELECT * FROM incidents WHERE id = ?", (incident_id,)).fetchone()
        if row is None:
            raise NotFound(f"incident {incident_id!r}: not in the ledger")
        return _incident(row)

    def find_incident_ids(self, prefix: str) -> list[str]:
        rows = self._conn().execute("SELECT id FROM incidents WHERE id LIKE ? ORDER BY id LIMIT 5", (prefix.replace("%", "") + "%",)).fetchall()
        return [r[0] for r in rows]

    def candidates(
        self, date_from: _dt.date | None, date_to: _dt.date | None, *, country_code: str | None,
        lat: float | None, lon: float | None, km: float, limit: int = 200,
    ) -> list[IncidentRow]:
        """Incidents a new mention may belong to: blocked by date window and place, never the whole ledger."""
        where, args = [], []
        if date_from is not None and date_to is not None:
            where.append("(date_start IS NULL OR (date_start <= ? AND date_end >= ?))")
            args += [date_to.isoformat(), date_from.isoformat()]
        if country_code:
            where.append("(country_code = ? OR country_code IS NULL)")
            args.append(country_code)
        if lat is not None and lon is not None:
            dlat = km / 111.0
            dlon = km / max(1.0, 111.0 * math.cos(math.radians(lat)))
            where.append("(lat IS NULL OR geo_precision IN ('country', 'region', 'admin1') OR (lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?))")
            args += [lat - dlat, lat + dlat, lon - dlon, lon + dlon]
        if date_from is None and not country_code and lat is None:
            return []  # nothing to block on: a mention with no date and no place starts its own incident
        sql = "SELECT * FROM incidents" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY updated_at DESC, id LIMIT ?"
        return [_incident(r) for r in self._conn().execute(sql, (*args, limit)).fetchall()]

    def candidates_named(self, date_from: _dt.date, date_to: _dt.date, names: Sequence[str], limit: int = 50) -> list[IncidentRow]:
        """Incidents in a date window that name one of these people: blocking by date and name, for
        reports whose place the gazetteer got wrong."""
        names = [n for n in names if n][:5]
        if not names:
            return []
        likes = " OR ".join("keywords_json LIKE ? ESCAPE '\\'" for _ in names)
        args = [f'%"{_like(n)}"%' for n in names]
        sql = (f"SELECT * FROM incidents WHERE date_start <= ? AND date_end >= ? AND ({likes}) "
               "ORDER BY updated_at DESC, id LIMIT ?")
        rows = self._conn().execute(sql, (date_to.isoformat(), date_from.isoformat(), *args, limit)).fetchall()
        return [_incident(r) for r in rows]

    def candidates_placed(self, date_from: _dt.date, date_to: _dt.date, towns: Sequence[str], limit: int = 50) -> list[IncidentRow]:
        """Incidents in a date window placed in a town of one of these names (folded, as ``link.headline_scenes``
        gives them): blocking by date and the scene a follow-up's headline names, for a report datelined in the
        town of an arrest, a court or a hospital further off than the distance limit."""
        towns = [t for t in towns if t][:5]
        if not towns:
            return []
        sql = (f"SELECT * FROM incidents WHERE date_start <= ? AND date_end >= ? AND lower(place_name) IN "
               f"({', '.join('?' for _ in towns)}) ORDER BY updated_at DESC, id LIMIT ?")
        rows = self._conn().execute(sql, (date_to.isoformat(), date_from.isoformat(), *towns, limit)).fetchall()
        return [_incident(r) for r in rows]

    def list_incidents(self, f: IncidentFilter = IncidentFilter()) -> tuple[list[IncidentRow], int]:
        """A page of incidents matching a filter, and how many match in all."""
        where, args = _filter_sql(f)
        sql_where = (" WHERE " + " AND ".join(where)) if where else ""
        conn = self._conn()
        total = conn.execute(f"SELECT COUNT(*) FROM incidents{sql_where}", args).fetchone()[0]
        order = _ORDERS.get(f.order, _ORDERS["date"])
        rows = conn.execute(f"SELECT * FROM incidents{sql_where} ORDER BY {order} LIMIT ? OFFSET ?", (*args, f.limit, f.offset)).fetchall()
        return [_incident(r) for r in rows], total

    def list_points(self, f: IncidentFilter = IncidentFilter()) -> list[tuple]:
        """Located incidents matching a filter, as lean tuples for a map (no JSON columns decoded):
        (id, lat, lon, killed_best, title, date_start, event_type, place_name, country)."""
        where, args = _filter_sql(f)
        where.append("lat IS NOT NULL AND lon IS NOT NULL")
        order = _ORDERS.get(f.order, _ORDERS["date"])
        sql = ("SELECT id, lat, lon, killed_best, title, date_start, event_type, place_name, country FROM incidents WHERE "
               + " AND ".join(where) + f" ORDER BY {order} LIMIT ? OFFSET ?")
        return [tuple(r) for r in self._conn().execute(sql, (*args, f.limit, f.offset)).fetchall()]

    def iter_incident_ids(self) -> Iterator[str]:
        for r in self._conn().execute("SELECT id FROM incidents ORDER BY COALESCE(date_start, ''), id").fetchall():
            yield r[0]

    def facets(self) -> dict[str, list[tuple[str, int]]]:
        conn = self._conn()
        return {
            "country": [(r[0], r[1]) for r in conn.execute(
                "SELECT country_code, COUNT(*) FROM incidents WHERE country_code IS NOT NULL GROUP BY country_code ORDER BY 2 DESC")],
            "event_type": [(r[0], r[1]) for r in conn.execute(
                "SELECT event_type, COUNT(*) FROM incidents WHERE event_type IS NOT NULL GROUP BY event_type ORDER BY 2 DESC")],
        }

    def move_incident(self, source: str, target: str) -> None:
        """Move one incident's mentions, claims and merge history into another and delete it (a report joined on a
        second look); the caller rewrites the target's row."""
        conn = self._conn()
        for table in ("mentions", "claims", "merges"):
            conn.execute(f"UPDATE {table} SET incident_id = ? WHERE incident_id = ?", (target, source))
        conn.execute("DELETE FROM reconciled WHERE incident_id = ?", (source,))
        conn.execute("DELETE FROM incidents WHERE id = ?", (source,))

    # merges ------------------------------------------------------------------
    def add_merge(self, incident_id: str, report_id: str, mention_idx: int, reason: str, score: float | None) -> None:
        self._conn().execute(
            "INSERT INTO merges (incident_id, report_id, mention_idx, reason, score, created_at) VALUES (?,?,?,?,?,?)",
            (incident_id, report_id, mention_idx, reason, score, _now()),
        )

    def merges(self, incident_id: str) -> list[Merge]:
        rows = self._conn().execute("SELECT * FROM merges WHERE incident_id = ? ORDER BY id", (incident_id,)).fetchall()
        return [_merge(r) for r in rows]

    def counts(self) -> dict[str, int]:
        conn = self._conn()
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("reports", "incidents", "mentions", "claims", "merges")}


# ids in one IN (...) list: far below SQLite's limit on a statement's parameters (999 in builds before 3.32)
_IDS_PER_QUERY = 500
# reconciliation's order of an incident's reports: date reported, then arrival
_REPORT_ORDER = "COALESCE(published, anchor, '9999'), seq"


def _grouped(rows, column: str) -> dict[str, list[sqlite3.Row]]:
    """Rows by the value of one column, each group in the rows' order."""
    out: dict[str, list[sqlite3.Row]] = {}
    for r in rows:
        out.setdefault(r[column], []).append(r)
    return out


def _incident_mentions(rows: Sequence[sqlite3.Row], claim_rows: Sequence[sqlite3.Row]) -> list[Mention]:
    """An incident's mentions, each with its own claims (a report with two mentions in one incident gives each its
    own, not both theirs: the incident's claims are the mentions' claims, each once)."""
    return [_mention(r, tuple(_claim(c) for c in claim_rows if c["report_id"] == r["report_id"] and c["mention_idx"] == r["idx"]))
            for r in rows]


def _report_mentions(rows: Sequence[sqlite3.Row], claim_rows: Sequence[sqlite3.Row]) -> list[Mention]:
    """A report's mentions, each with its own claims."""
    return [_mention(r, tuple(_claim(c) for c in claim_rows if c["mention_idx"] == r["idx"])) for r in rows]


def _merge(r: sqlite3.Row) -> Merge:
    return Merge(r["incident_id"], r["report_id"], r["mention_idx"], r["reason"], r["score"], r["created_at"])


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filter_sql(f: IncidentFilter) -> tuple[list[str], list]:
    where: list[str] = []
    args: list = []
    if f.country:
        where.append("(country_code = ? OR LOWER(country) = LOWER(?))")
        args += [f.country.upper() if len(f.country) == 2 else f.country, f.country]
    if f.date_from:
        where.append("COALESCE(date_end, date_start) >= ?")
        args.append(f.date_from.isoformat())
    if f.date_to:
        where.append("date_start <= ?")
        args.append(f.date_to.isoformat())
    if f.event_type:
        where.append("(event_type = ? OR sub_event_type = ?)")
        args += [f.event_type, f.event_type]
    if f.min_killed is not None:
        where.append("COALESCE(killed_best, 0) >= ?")
        args.append(f.min_killed)
    if f.q:
        for word in f.q.lower().split()[:8]:
            where.append("search_text LIKE ? ESCAPE '\\'")
            args.append("%" + _like(word) + "%")
    return where, args


# a report's columns that ``_report`` reads, its text left empty
_REPORT_NO_TEXT = "id, '' AS text, title, url, published, outlet, source"


def _report(r: sqlite3.Row) -> Report:
    return Report(id=r["id"], text=r["text"], title=r["title"], url=r["url"], published=parse_date(r["published"]),
                  outlet=r["outlet"], source=r["source"])


def _claim(r: sqlite3.Row) -> Claim:
    return Claim(report_id=r["report_id"], outcome=r["outcome"], party=r["party"], count=r["count"], qualifier=r["qualifier"],
                 attributed_to=r["attributed_to"], sentence=r["sentence"], start=r["start"], end=r["end"],
                 reported_on=parse_date(r["reported_on"]), number_start=r["number_start"], number_end=r["number_end"],
                 trigger=r["trigger"], victim=r["victim"])


def _mention(r: sqlite3.Row, claims: tuple[Claim, ...]) -> Mention:
    return Mention(
        report_id=r["report_id"], index=r["idx"], start=r["start"], end=r["end"], title=r["title"],
        event_type=r["event_type"], sub_event_type=r["sub_event_type"],
        date=DateSpan(parse_date(r["date_start"]), parse_date(r["date_end"]), r["date_precision"] or "unknown", r["date_text"]),
        place=_place_from_json(r["place_json"]), actors=_actors_from_json(r["actors_json"]), claims=claims,
        reported_on=parse_date(r["reported_on"]), outlet=r["outlet"], keywords=tuple(json.loads(r["keywords_json"] or "[]")),
    )


def _figures_to_json(figures: dict[str, tuple[Figure, ...]]) -> str:
    return json.dumps({policy: [[f.outcome, f.party, f.low, f.best, f.high, list(f.claims)] for f in figs]
                       for policy, figs in figures.items()})


def _history_to_json(history: Sequence[HistoryPoint]) -> str:
    return json.dumps([[h.report_id, _iso(h.reported_on), h.outcome, h.party, h.count, h.attributed_to] for h in history])


def _reconciled(r: sqlite3.Row) -> Reconciled:
    history = tuple(HistoryPoint(rid, parse_date(on), outcome, party, count, source)
                    for rid, on, outcome, party, count, source in json.loads(r["history_json"]))
    return Reconciled(r["rules"], json.loads(r["figures_json"]), history)


def _incident(r: sqlite3.Row) -> IncidentRow:
    loc = None
    if r["place_name"] is not None or r["country_code"] is not None:
        loc = Place(name=r["place_name"] or r["country"] or "", admin1=r["admin1"], country=r["country"], country_code=r["country_code"],
                    lat=r["lat"], lon=r["lon"], precision=r["geo_precision"])
    return IncidentRow(
        id=r["id"], title=r["title"], event_type=r["event_type"], sub_event_type=r["sub_event_type"],
        date_start=parse_date(r["date_start"]), date_end=parse_date(r["date_end"]), date_precision=r["date_precision"],
        location=loc, actors=_actors_from_json(r["actors_json"]), keywords=tuple(json.loads(r["keywords_json"] or "[]")),
        n_reports=r["n_reports"], killed_low=r["killed_low"], killed_best=r["killed_best"], killed_high=r["killed_high"],
        wounded_best=r["wounded_best"], first_reported=parse_date(r["first_reported"]), last_reported=parse_date(r["last_reported"]),
    )
