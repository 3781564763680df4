"""The JSON API: the same views as the pages, plus GeoJSON and CSV downloads of a filter."""

from __future__ import annotations

import csv
import io
import json
from typing import Iterator

from fastapi import APIRouter, Depends, Path
from fastapi.responses import Response, StreamingResponse

from ..export import geojson, jsonl, table
from .desk import Desk, get_desk
from .params import Filters, filters, limit_params, policy_param
from .records import map_point, merge_record, report_record, row_record

router = APIRouter(prefix="/api", tags=["api"])

MAP_POINTS = 20_000  # more markers than this stop being readable even clustered; the list pages on
EXPORT_PAGE = 500
# rows of the CSV download sent together: the server reads a streamed body's generator one step at a time from a
# worker thread, and a step per row costs more than the row (the same bytes, in fewer chunks)
CSV_ROWS_PER_CHUNK = 100
ID_PATTERN = r"^[A-Za-z0-9._:-]+$"  # ids are slugs; anything else cannot be in the ledger


def id_path(what: str):
    """A fresh path parameter per route (FastAPI binds a parameter object to one name)."""
    return Path(..., min_length=3, max_length=120, pattern=ID_PATTERN, description=f"{what} id")


@router.get("/incidents", summary="Incidents matching a filter, a page at a time")
def incidents(f: Filters = Depends(filters), lim: tuple[int, int] = Depends(limit_params), desk: Desk = Depends(get_desk)):
    limit, offset = lim
    rows, total = desk.ledger.incidents(f.to_filter(limit=limit, offset=offset))
    return {"total": total, "limit": limit, "offset": offset, "incidents": [row_record(r) for r in rows],
            "note": "killed_* are reconciled under the ucdp policy; an incident's page offers the others"}


@router.get("/map", summary="Marker positions of every incident matching a filter")
def map_points(f: Filters = Depends(filters), desk: Desk = Depends(get_desk)):
    _, total = desk.ledger.incidents(f.to_filter(limit=0))
    points = [map_point(p) for p in desk.ledger.incident_points(f.to_filter(limit=MAP_POINTS))]
    body = {"total": total, "located": len(points), "truncated": len(points) >= MAP_POINTS, "points": points}
    # plain json.dumps: FastAPI's generic encoder costs more than the query for ten thousand markers
    return Response(json.dumps(body, separators=(",", ":"), ensure_ascii=False), media_type="application/json")


@router.get("/facets", summary="Countries and event types in the ledger, with counts")
def facets(desk: Desk = Depends(get_desk)):
    return {k: [{"value": v, "count": n} for v, n in items] for k, items in desk.ledger.facets().items()}


@router.get("/incidents/{incident_id}", summary="One incident: figures under a policy, claims, history, merges")
def incident(incident_id: str = id_path("incident (or a unique prefix)"), policy: str | None = Depends(policy_param),
             desk: Desk = Depends(get_desk)):
    inc = desk.ledger.incident(incident_id, policy)
    record = jsonl.incident_record(inc)
    record["merges"] = [merge_record(m) for m in desk.ledger.merges(inc.id)]
    record["policy"] = policy or desk.ledger.settings.policy
    return record


@router.get("/reports/{report_id}", summary="One report: its text and the mentions extracted from it")
def report(report_id: str = id_path("report"), desk: Desk = Depends(get_desk)):
    return report_record(desk.ledger.report(report_id))


def _filtered_incidents(desk: Desk, f: Filters, policy: str) -> Iterator:
    """Full incidents (figures under ``policy``) for every row of the filter, a page of ids at a time."""
    offset = 0
    while True:
        rows, _ = desk.ledger.incidents(f.to_filter(limit=EXPORT_PAGE, offset=offset))
        yield from desk.ledger.incidents_whole([r.id for r in rows], policy)
        if len(rows) < EXPORT_PAGE:
            return
        offset += EXPORT_PAGE


def _cell(v):
    """Report text ends up in cells: keep a spreadsheet from reading '=...' as a formula."""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v


@router.get("/incidents.geojson", summary="Download: the filter's incidents as a GeoJSON FeatureCollection",
            response_class=Response)
def download_geojson(f: Filters = Depends(filters), policy: str | None = Depends(policy_param), desk: Desk = Depends(get_desk)):
    policy = policy or desk.ledger.settings.policy
    body = json.dumps(geojson.collection(_filtered_incidents(desk, f, policy)), ensure_ascii=False)
    return Response(body, media_type="application/geo+json",
                    headers={"Content-Disposition": 'attachment; filename="incidents.geojson"'})


@router.get("/incidents.csv", summary="Download: the filter's incidents as CSV, one a row", response_class=StreamingResponse)
def download_csv(f: Filters = Depends(filters), policy: str | None = Depends(policy_param), desk: Desk = Depends(get_desk)):
    policy = policy or desk.ledger.settings.policy

    def lines() -> Iterator[str]:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=table.COLUMNS, lineterminator="\n")
        w.writeheader()
        for n, inc in enumerate(_filtered_incidents(desk, f, policy), 1):
            w.writerow({k: _cell(v) for k, v in table.row(inc, policy).items()})
            if n % CSV_ROWS_PER_CHUNK == 0:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()

    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": 'attachment; filename="incidents.csv"'})
