"""HTML pages: article text and metadata through trafilatura.

trafilatura only touches the network in its download helpers (``fetch_url``
and friends), which are never called here: pages are handed over as parsed
trees, so extraction and date detection work on the bytes we read and
nothing else.

Reader comments are left out (they are not the report); the page's own
headline is taken out of the text when trafilatura repeats it as the first
line, as the text reader does with a title line.
"""

from __future__ import annotations

import codecs
import datetime as _dt
import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import InputError, MalformedInput
from ..models import Report
from .common import check_not_binary, check_text_chars, iso_date, read_bounded, report_id, same_text

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"""\s*<\?xml[^>]*\?>""")
_MARKUP = re.compile(r"<[A-Za-z!/?]")


def read_html_file(path: Path, source: str, *, max_bytes: int) -> Iterator[Report | InputError]:
    yield report_from_html(read_bounded(path, source, max_bytes), source=source)


def report_from_html(
    data: bytes | str,
    *,
    source: str,
    url: str | None = None,
    published: _dt.date | None = None,
    outlet: str | None = None,
    charset: str | None = None,
) -> Report:
    """A Report from one HTML page; ``url``/``published``/``outlet`` fill what the page lacks.

    ``charset`` is the one the transport declared (an HTTP Content-Type); it wins
    over the page's own <meta>, as browsers do.
    """
    html = data if isinstance(data, str) else decode_html(data, source, charset)
    check_text_chars(html, source)
    html = _XML_DECL.sub("", html, count=1)  # lxml refuses str input that declares an encoding
    if not _MARKUP.search(html):
        raise MalformedInput(source, "no HTML markup found")
    # (imported where a page is read: a run of plain-text reports, or of reports already in memory, never loads the
    # extractor and its own dependencies, a fifth of a second of every process that imports ``eventdesk.ingest``)
    import trafilatura

    try:
        tree = trafilatura.load_html(html)
        if tree is None:
            # trafilatura rejects fragments ("<p>..</p>" alone) as dubious; a page
            # saved without its <html> wrapper is still a page.
            tree = trafilatura.load_html(f"<html><body>{html}</body></html>")
        doc = None
        if tree is not None:
            doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False)
    except Exception as exc:  # noqa: BLE001 -- a third-party parser on untrusted input: one bad page must not stop the batch
        raise MalformedInput(source, f"HTML extraction failed: {type(exc).__name__}: {exc}") from exc
    if tree is None:
        raise MalformedInput(source, "cannot be parsed as HTML")
    if doc is None or not (doc.text or "").strip():
        raise MalformedInput(source, "no article text found in the HTML")
    text = doc.text.strip()
    title = (doc.title or "").strip() or None
    if title:
        first, _, rest = text.partition("\n")
        if rest.strip() and same_text(first, title):
            text = rest.strip()
    try:
        page_date = iso_date(doc.date, source, "page date")
    except MalformedInput:
        page_date = None  # a date trafilatura could not normalise is no reason to drop the article
    return Report(
        id=report_id(text),
        text=text,
        title=title,
        url=url or doc.url or None,
        published=page_date or published,
        outlet=doc.sitename or doc.hostname or outlet or None,
        source=source,
    )


def decode_html(data: bytes, source: str, charset: str | None = None) -> str:
    """Bytes of a page as str, following (simplified) WHATWG encoding sniffing."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    check_not_binary(data, source)
    declared = _codec(charset) or _declared_charset(data)
    if declared:
        return data.decode(declared, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Undeclared non-UTF-8 pages are legacy Western pages in practice; this
        # is the fallback browsers apply, so the text matches what readers saw.
        return data.decode("cp1252", errors="replace")


def _declared_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:4096])
    return _codec(m.group(1).decode("ascii", "replace")) if m else None


def _codec(name: str | None) -> str | None:
    """The Python codec for a declared charset; None for none or one Python lacks."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # Pages labelled Latin-1/ASCII are written in Windows-1252 in practice
    # (curly quotes, dashes), which is why browsers read the labels that way.
    return "cp1252" if codec in ("iso8859-1", "ascii") else codec
