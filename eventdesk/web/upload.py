"""Uploads: a report as text, a file (text, HTML, JSON Lines batch, WARC), through the same pipeline as the CLI.

Every write needs the operator's token (see security.WriteGuard).  Files are
written to a private temporary folder under a cleaned name, since the readers
choose by file name, and read with the ledger's own ``ingest``; temporary paths
are replaced by the uploaded name in what we answer.
"""

from __future__ import annotations

import datetime as _dt
import re
import tempfile
from pathlib import Path
from typing import Optional

from fastapi import APIRouter, Body, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, Field
from starlette.datastructures import UploadFile

from ..api import IngestSummary
from ..errors import InputError, TooLarge
from ..ingest import read_text_report
from .desk import Desk, get_desk

router = APIRouter(tags=["upload"])

SUFFIXES = (".txt", ".text", ".html", ".htm", ".jsonl", ".ndjson", ".warc", ".warc.gz")
JSONL_TYPES = ("application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines")


class TextReport(BaseModel):
    text: str = Field(..., description="The report's text; a header block and date line are read as from a .txt file")
    title: Optional[str] = Field(None, max_length=500)
    url: Optional[str] = Field(None, max_length=2000)
    published: Optional[_dt.date] = None
    outlet: Optional[str] = Field(None, max_length=200)


def clean_name(filename: str | None) -> str:
    """A safe file name that keeps the suffix the readers choose by."""
    name = Path((filename or "").replace("\\", "/")).name
    name = re.sub(r"[^A-Za-z0-9._-]", "_", name).lstrip(".")[:100] or "upload"
    if not name.lower().endswith(SUFFIXES):
        name += ".txt"  # unknown kinds are sniffed by content; the suffix only stops .exe-like names mattering
    return name


def summary_record(summary: IngestSummary, tmp: str | None = None) -> dict:
    out = summary.to_dict()
    if tmp:
        for s in out["skipped"]:
            s["input"] = s["input"].replace(tmp.rstrip("/") + "/", "")
    return out


def _too_large(desk: Desk) -> HTTPException:
    return HTTPException(413, f"upload too large: the limit is {desk.max_upload_bytes} bytes")


def ingest_text(desk: Desk, text: str, **meta) -> dict:
    if len(text.encode("utf-8", "replace")) > desk.max_upload_bytes:
        raise _too_large(desk)
    try:
        report = read_text_report(text, source="web upload", max_bytes=desk.max_upload_bytes, **meta)
    except TooLarge:
        raise _too_large(desk) from None
    except InputError as exc:
        raise HTTPException(422, f"report not usable: {exc.reason}") from None
    with desk.ingest_lock:
        return summary_record(desk.ledger.ingest_reports([report]))


async def save_upload(desk: Desk, upload: UploadFile, folder: str) -> Path:
    path = Path(folder) / clean_name(upload.filename)
    size = 0
    with path.open("wb") as out:
        while chunk := await upload.read(1 << 16):
            size += len(chunk)
            if size > desk.max_upload_bytes:
                raise _too_large(desk)
            out.write(chunk)
    return path


def ingest_path(desk: Desk, path: Path, folder: str) -> dict:
    with desk.ingest_lock:
        return summary_record(desk.ledger.ingest([path]), folder)


async def ingest_form(request: Request, desk: Desk) -> dict:
    """A multipart or urlencoded form: ``file`` and/or ``text`` (+ title, url, published, outlet), ``token``."""
    try:
        form = await request.form(max_files=1, max_fields=20, max_part_size=desk.max_upload_bytes + 1024)
    except HTTPException as exc:
        if "maximum size" in str(exc.detail):  # Starlette's words for a text field over max_part_size
            raise _too_large(desk) from None
        raise
    token = form.get("token")
    desk.guard.check(request, token if isinstance(token, str) else None)
    upload = form.get("file")
    text = form.get("text")
    if isinstance(upload, UploadFile) and upload.filename:
        with tempfile.TemporaryDirectory(prefix="eventdesk-upload-") as folder:
            path = await save_upload(desk, upload, folder)
            return await run_in_threadpool(ingest_path, desk, path, folder)
    if isinstance(text, str) and text.strip():
        meta = {k: (form.get(k) or None) for k in ("title", "url", "published", "outlet")}
        meta = {k: v for k, v in meta.items() if isinstance(v, str) or v is None}
        return await run_in_threadpool(ingest_text, desk, text, **meta)
    raise HTTPException(422, "nothing to ingest: send a file (field 'file') or a report's text (field 'text')")


@router.post("/api/reports", summary="Ingest one report given as JSON (needs the token)")
async def post_report(request: Request, body: TextReport = Body(...), desk: Desk = Depends(get_desk)):
    desk.guard.check(request)
    return await run_in_threadpool(ingest_text, desk, body.text, title=body.title, url=body.url,
                                   published=body.published, outlet=body.outlet)


@router.post("/api/ingest", summary="Ingest a file, a form or a JSON Lines batch (needs the token)",
             description="multipart/form-data with 'file' (.txt, .html, .jsonl, .warc) or 'text'; or a raw JSON Lines body "
                         "(Content-Type application/x-ndjson), one report a line.")
async def post_ingest(request: Request, desk: Desk = Depends(get_desk)):
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype in JSONL_TYPES:
        desk.guard.check(request)
        with tempfile.TemporaryDirectory(prefix="eventdesk-upload-") as folder:
            path = Path(folder) / "batch.jsonl"
            size = 0
            with path.open("wb") as out:
                async for chunk in request.stream():
                    size += len(chunk)
                    if size > desk.max_upload_bytes:
                        raise _too_large(desk)
                    out.write(chunk)
            return await run_in_threadpool(ingest_path, desk, path, folder)
    if ctype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        return await ingest_form(request, desk)
    desk.guard.check(request)  # refuse unauthenticated callers before telling them anything else
    raise HTTPException(415, "send multipart/form-data (file or text) or application/x-ndjson (a JSON Lines batch)")


@router.post("/upload", include_in_schema=False)
async def upload_page(request: Request, desk: Desk = Depends(get_desk)):
    """The upload form's target: the same ingest, answered with a page."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in ("multipart/form-data", "application/x-www-form-urlencoded"):
        raise HTTPException(415, "the upload form sends multipart/form-data")
    result = await ingest_form(request, desk)
    ctx = {"enabled": desk.guard.enabled, "result": result, "limit": desk.max_upload_bytes}
    return desk.templates.TemplateResponse(request, "upload.html", ctx)
