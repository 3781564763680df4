"""The state one app holds: the ledger, the write guard, templates and settings of the page."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import Request
from fastapi.templating import Jinja2Templates

from ..api import Ledger
from .security import WriteGuard

HERE = Path(__file__).parent


@dataclass
class Desk:
    ledger: Ledger
    guard: WriteGuard
    templates: Jinja2Templates
    tiles: str | None  # a Leaflet URL template, or None for the offline outline basemap
    tiles_attribution: str
    max_upload_bytes: int
    # spaCy pipelines are not safe to share between threads, and one upload at a time is plenty for a desk
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)


def get_desk(request: Request) -> Desk:
    return request.app.state.desk


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.autoescape = True  # every template, whatever its name: report text is hostile until proven otherwise
    env.trim_blocks = True
    env.lstrip_blocks = True
    from . import fmt

    env.filters.update(fmt.FILTERS)
    env.globals.update(fmt.GLOBALS)
    return templates
