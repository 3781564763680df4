"""The web desk: a map and list of incidents, incident and report pages, a JSON API.

    create_app(db_or_ledger, *, token=None) -> a FastAPI app (ASGI)
    serve(db, host, port)                   -> runs it with uvicorn

The web layer reads only through :class:`eventdesk.api.Ledger`; it never speaks
SQL.  Writes (uploads) need the operator's token, from ``EVENTDESK_TOKEN`` when
served with :func:`serve`; without one the desk is read-only.
"""

from __future__ import annotations

import os

from .app import create_app

__all__ = ["create_app", "serve"]


def serve(db: str = "eventdesk.db", host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    token = os.environ.get("EVENTDESK_TOKEN") or None
    app = create_app(db, token=token)
    uvicorn.run(app, host=host, port=port, log_level="info", proxy_headers=False)
