"""The HTML pages: incident list with map, incident, report, upload form; plus the timeline SVG and basemap."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse, Response

from . import basemap, chart, highlight
from .desk import Desk, get_desk
from .fmt import EVENT_COLORS, OTHER_COLOR, POLICY_WORDS
from .jsonapi import id_path
from .params import PAGE_SIZE, Filters, filters, page_param, policy_param

router = APIRouter(include_in_schema=False)

# Outcomes in the order a reader asks about them, parties with the total first.
_OUTCOME_RANK = {o: n for n, o in enumerate(chart.OUTCOME_ORDER)}


def _page(desk: Desk, request: Request, name: str, **ctx) -> HTMLResponse:
    ctx.setdefault("upload_enabled", desk.guard.enabled)
    return desk.templates.TemplateResponse(request, name, ctx)


def _map_config(desk: Desk) -> dict:
    """What the map script needs, handed over as a JSON data block (the CSP allows no inline script)."""
    return {"tiles": desk.tiles, "attribution": desk.tiles_attribution, "basemap": "/basemap.geojson",
            "colors": EVENT_COLORS, "other": OTHER_COLOR}


@router.get("/", response_class=HTMLResponse)
def incident_list(request: Request, f: Filters = Depends(filters), page: int = Depends(page_param), desk: Desk = Depends(get_desk)):
    rows, total = desk.ledger.incidents(f.to_filter(limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE))
    pages = max(1, -(-total // PAGE_SIZE))
    return _page(desk, request, "incidents.html", f=f, rows=rows, total=total, page=page, pages=pages,
                 facets=desk.ledger.facets(), map_config=_map_config(desk), query=f.query())


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(request: Request, incident_id: str = id_path("incident"), policy: str | None = Depends(policy_param),
                  desk: Desk = Depends(get_desk)):
    ledger = desk.ledger
    policy = policy or ledger.settings.policy
    inc = ledger.incident(incident_id, policy)
    # the page names each report by its title, outlet and date: read without its text
    reports = {r.id: r for r in ledger.reports(list(inc.report_ids), texts=False)}
    figures = sorted(inc.figures, key=lambda fg: (_OUTCOME_RANK.get(fg.outcome, 99), fg.party is not None, fg.party or ""))
    merges = {m.report_id: m for m in ledger.merges(inc.id)}
    has_chart = bool(inc.history)
    return _page(desk, request, "incident.html", inc=inc, policy=policy, policies=list(POLICY_WORDS), figures=figures,
                 reports=reports, merges=merges, has_chart=has_chart, killed=inc.figure("killed"), map_config=_map_config(desk))


@router.get("/incidents/{incident_id}/timeline.svg")
def timeline(incident_id: str = id_path("incident"), desk: Desk = Depends(get_desk)):
    inc = desk.ledger.incident(incident_id)  # the history is the claims as reported: the same under every policy
    # a label reads the outlet, not the text
    reports = {r.id: r for r in desk.ledger.reports(list(inc.report_ids), texts=False)}
    svg = chart.timeline_svg(inc, reports)
    if svg is None:
        raise HTTPException(404, f"incident {inc.id}: no report gave a figure, so there is no timeline")
    return Response(svg, media_type="image/svg+xml", headers={"Cache-Control": "no-cache"})


@router.get("/reports/{report_id}", response_class=HTMLResponse)
def report_page(request: Request, report_id: str = id_path("report"), desk: Desk = Depends(get_desk)):
    view = desk.ledger.report(report_id)
    segments = highlight.segments(view.report.text, view.mentions, view.incident_ids)
    return _page(desk, request, "report.html", view=view, report=view.report, segments=segments)


@router.get("/upload", response_class=HTMLResponse)
def upload_form(request: Request, desk: Desk = Depends(get_desk)):
    return _page(desk, request, "upload.html", enabled=desk.guard.enabled, result=None, limit=desk.max_upload_bytes)


@router.get("/basemap.geojson")
def basemap_geojson(desk: Desk = Depends(get_desk)):
    try:
        data = basemap.geojson_bytes(desk.ledger.settings.cache_path)
    except basemap.BasemapUnavailable as exc:
        raise HTTPException(503, f"no offline basemap: {exc}") from None
    return Response(data, media_type="application/geo+json", headers={"Cache-Control": "public, max-age=86400"})
