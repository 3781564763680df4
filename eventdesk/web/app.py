"""create_app: the FastAPI application over one Ledger."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..api import Ledger
from ..errors import EventdeskError, NotFound
from .desk import HERE, Desk, make_templates
from .params import BadParam
from .security import BodyLimit, ENVELOPE_BYTES, WriteGuard, content_security_policy, security_headers

log = logging.getLogger("eventdesk.web")


def create_app(db_or_ledger: str | Path | Ledger, *, token: str | None = None, tiles: str | None = None,
               max_upload_bytes: int | None = None) -> FastAPI:
    """The desk over a ledger (a path or an open Ledger).

    ``token`` enables uploads (None: read-only).  ``tiles`` is a Leaflet tile URL
    template (default: env EVENTDESK_TILES, else offline country outlines).
    ``max_upload_bytes`` defaults to the ledger's ``max_input_bytes`` setting.
    """
    import xstatic.pkg.leaflet as xleaflet
    import xstatic.pkg.leaflet_markercluster as xcluster

    if isinstance(db_or_ledger, Ledger):
        ledger = db_or_ledger
    else:
        # without a token nothing is written, so a read-only connection cannot be talked into writing
        ledger = Ledger(db_or_ledger, readonly=token is None)
    tiles = tiles if tiles is not None else (os.environ.get("EVENTDESK_TILES") or None)
    limit = max_upload_bytes or ledger.settings.max_input_bytes

    app = FastAPI(
        title="eventdesk",
        summary="Incidents, their sourced casualty claims and how the toll moved, from news reports.",
        version="0.1.0",
        docs_url="/api/docs", redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.desk = Desk(
        ledger=ledger, guard=WriteGuard(token), templates=make_templates(), tiles=tiles,
        tiles_attribution=os.environ.get("EVENTDESK_TILES_ATTRIBUTION", ""), max_upload_bytes=limit,
    )

    app.middleware("http")(security_headers(content_security_policy(tiles)))
    app.add_middleware(BodyLimit, limit=limit + ENVELOPE_BYTES)
    from starlette.middleware.gzip import GZipMiddleware

    app.add_middleware(GZipMiddleware, minimum_size=2048)

    app.mount("/static/leaflet", StaticFiles(directory=xleaflet.BASE_DIR), name="leaflet")
    app.mount("/static/markercluster", StaticFiles(directory=xcluster.BASE_DIR), name="markercluster")
    app.mount("/static/desk", StaticFiles(directory=str(HERE / "static")), name="desk")

    _errors(app)
    from . import jsonapi, pages, upload

    app.include_router(jsonapi.router)
    app.include_router(upload.router)
    app.include_router(pages.router)
    return app


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api/") or path.endswith((".json", ".geojson", ".csv", ".svg"))) and \
        "text/html" in request.headers.get("accept", "text/html")


def _error(request: Request, status: int, detail, headers=None):
    if _wants_html(request):
        message = detail if isinstance(detail, str) else "; ".join(
            f"{'.'.join(str(x) for x in d.get('loc', ())[1:]) or 'request'}: {d.get('msg')}" for d in detail)
        desk = request.app.state.desk
        return desk.templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                               status_code=status, headers=headers)
    return JSONResponse({"detail": detail}, status_code=status, headers=headers)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(BadParam)
    async def bad_param(request: Request, exc: BadParam):
        return _error(request, 422, [{"loc": ["query", exc.name], "msg": exc.message, "type": "value_error"}])

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "invalid"), "type": e.get("type", "value_error")}
                  for e in exc.errors()]
        return _error(request, 422, detail)

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return _error(request, 404, str(exc))

    @app.exception_handler(EventdeskError)
    async def library_error(request: Request, exc: EventdeskError):
        log.warning("request failed: %s", exc)
        return _error(request, 400, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _error(request, exc.status_code, exc.detail, getattr(exc, "headers", None))
