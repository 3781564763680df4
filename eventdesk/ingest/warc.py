"""WARC archives (plain or gzip): each HTML page in it is one report.

Pages come from ``response`` records with a 2xx status and ``resource``
records, when their Content-Type is HTML; redirects, error pages, requests,
metadata and non-HTML payloads are not reports and are passed over quietly.
Records are named ``file.warc#N``, N counting every record from 1, so a
message points at the record whatever its type.

warcio reads a truncated file without complaint (the last record comes out
short, or is dropped), so a cut is detected here: from the bytes a record
declared but did not deliver, an unfinished gzip member, or bytes left after
the last record.  What came before the cut is still reported.  The file is
streamed: only each record's payload is limited by ``max_bytes``.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from ..errors import EmptyInput, InputError, MalformedInput, TooLarge
from ..models import Report
from .common import iso_date
from .html import report_from_html

_RECORD_TYPES = frozenset(
    "warcinfo response resource request metadata revisit conversion continuation".split()
)


class _Records(ArchiveIterator):
    """ArchiveIterator that remembers whether the last gzip member was complete.

    warcio takes a gzip member cut short (or corrupt) for the end of the file
    and says nothing; the decompressor's state at close is the only witness.
    """

    gzip_complete = True

    def close(self):
        decompressor = self.reader.decompressor if self.reader is not None else None
        if decompressor is not None and not decompressor.eof:
            self.gzip_complete = False
        super().close()


def read_warc_file(path: Path, source: str, *, max_bytes: int) -> Iterator[Report | InputError]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    with fh:
        try:
            _check_signature(fh.read(4096), source)
            fh.seek(0)
        except InputError as err:
            yield err
            return
        yield from _records(fh, source, max_bytes)


def _check_signature(head: bytes, source: str) -> None:
    if not head:
        raise EmptyInput(source, "empty file")
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head)
        except zlib.error as exc:
            raise MalformedInput(source, f"corrupt gzip data: {exc}") from exc
        if len(head) < 5 and b"WARC/".startswith(head):
            raise MalformedInput(source, "truncated: the file ends inside its first record")
    # warcio would parse almost anything as an (ARC) record and stay silent on
    # garbage gzip, so insist on the WARC version line up front.
    if not head.lstrip(b"\r\n").startswith(b"WARC/"):
        raise MalformedInput(source, "not a WARC file (it does not start with a WARC/ version line)")


def _records(fh, source: str, max_bytes: int) -> Iterator[Report | InputError]:
    records = _Records(fh)
    produced = False
    cut_short = False  # the last record already told that the file ends early
    n = 0
    while True:
        warnings_before = records.err_count
        try:
            # warcio writes its warnings straight to stderr; they become
            # InputErrors below, so the caller's one-line log stays clean.
            with contextlib.redirect_stderr(io.StringIO()):
                record = next(records, None)
        except Exception as exc:  # noqa: BLE001 -- warcio fails on broken input with arbitrary errors
            yield MalformedInput(f"{source}#{n + 1}", f"unreadable WARC record, rest of the file skipped: {exc or type(exc).__name__}")
            return
        if records.err_count > warnings_before and n:
            produced = True
            yield MalformedInput(f"{source}#{n}", "record not followed by a blank line: its Content-Length may be wrong")
        if record is None:
            if not cut_short and not _ended_cleanly(records, fh):
                produced = True
                yield MalformedInput(source, f"truncated or corrupt after record {n}, the rest is lost")
            break
        n += 1
        item, cut_short = _read_record(record, f"{source}#{n}", max_bytes)
        if item is not None:
            produced = True
            yield item
    if not produced:
        yield EmptyInput(source, "no HTML pages in this WARC file")


def _ended_cleanly(records: _Records, fh) -> bool:
    """Whether warcio stopped at the real end of the file rather than at a cut."""
    if not records.gzip_complete:
        return False
    # A record cut inside its header is dropped without a word; the bytes
    # after the last record warcio finished are the evidence.
    try:
        fh.seek(records.offset)
        return not fh.read(1 << 16).strip()
    except OSError:
        return True


def _read_record(record, where: str, max_bytes: int) -> tuple[Report | InputError | None, bool]:
    """(what the record gives, whether the file ended inside it)."""
    if not str(record.format).startswith("warc"):
        return MalformedInput(where, f"not a WARC record ({record.format})"), False
    length = record.rec_headers.get_header("Content-Length")
    if record.rec_type not in _RECORD_TYPES or not (length or "").strip().isdigit():
        # Without a length the record's end is unknown; in practice the file was cut in its header.
        return MalformedInput(where, "broken record header (file truncated?)"), True
    try:
        item: Report | InputError | None = _page(record, where, max_bytes)
    except InputError as err:
        item = err
    while record.raw_stream.read(1 << 16):
        pass
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        # The cut explains whatever else went wrong, and a page cut short is not the page.
        return MalformedInput(where, f"record truncated: {missing} of its {record.length} bytes missing"), True
    return item, False


def _page(record, where: str, max_bytes: int) -> Report | None:
    """The report in one record; None for a record that holds no page."""
    if record.rec_type == "response":
        headers = record.http_headers
        status = headers.get_statuscode() if headers is not None else ""
        if not status.startswith("2"):
            return None
        content_type = headers.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    if "html" not in content_type.lower():
        return None
    try:
        payload = record.content_stream().read(max_bytes + 1)
    except Exception as exc:  # noqa: BLE001 -- chunked/gzip payload decoding on untrusted bytes
        raise MalformedInput(where, f"unreadable payload: {exc or type(exc).__name__}") from exc
    if len(payload) > max_bytes:
        raise TooLarge(where, f"payload larger than the limit of {max_bytes} bytes")
    return report_from_html(
        payload,
        source=where,
        url=record.rec_headers.get_header("WARC-Target-URI") or None,
        published=_warc_date(record, where),
        charset=_charset(content_type),
    )


def _warc_date(record, where: str):
    try:
        return iso_date(record.rec_headers.get_header("WARC-Date"), where, "WARC-Date")
    except MalformedInput:
        return None  # only a fallback for pages without a date of their own


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None
