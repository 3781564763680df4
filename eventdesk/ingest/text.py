"""Plain-text reports.

The top of a text report may carry, in this order, all optional:

1. a header block: ``Key: value`` lines then a blank line, as news exports
   write them.  Title/Headline, URL/Link, Outlet/Publisher/Source/Site,
   Date/Published and ID are used (a Date that is not a date is a
   MalformedInput); other keys (Author, Section...) and empty values are
   ignored.  A block counts as a header only when every line is ``Key: value``
   and at least one key is known, so prose that opens with "Note: ..." stays.
2. a date line (see :mod:`.dateline`), removed from the text.
3. a title line: one short line (at most 150 characters) that does not end
   like a sentence or a clause (``.`` ``,`` ``;`` ``:``), followed by a blank
   line and more text.  It becomes ``title`` and leaves the text, so that a
   figure in the headline is not read twice from the same report.  When the
   header already gave a title, the line is removed only if it repeats it.
   A date line may also come right after the title.
4. an agency dateline (``BEIRUT (AP) —``): kept in the text; its agency
   becomes ``outlet`` when nothing else named one.

Values given by the caller win over the header, the header over datelines.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from pathlib import Path

from ..errors import EmptyInput, InputError, MalformedInput, TooLarge
from ..models import Report
from .common import check_text_chars, decode_text, iso_date, read_bounded, report_id, same_text
from .dateline import parse_date_text, parse_dateline

_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z_\- ]{0,24}?)[ \t]*:[ \t]*(.*)")
_HEADER_KEYS = {
    "title": "title", "headline": "title",
    "url": "url", "link": "url", "source url": "url",
    "outlet": "outlet", "publisher": "outlet", "publication": "outlet", "source": "outlet", "site": "outlet",
    "date": "published", "published": "published", "publication date": "published",
    "published date": "published", "date published": "published",
    "id": "id",
}  # fmt: skip
_TITLE_MAX = 150


def read_text_file(path: Path, source: str, *, max_bytes: int) -> Iterator[Report | InputError]:
    data = read_bounded(path, source, max_bytes)
    yield report_from_text(decode_text(data, source), source=source)


def report_from_text(
    text: str,
    *,
    source: str,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: _dt.date | str | None = None,
    outlet: str | None = None,
    max_bytes: int | None = None,
) -> Report:
    """A Report from text already in memory; raises an InputError when it cannot be one."""
    if max_bytes is not None and len(text.encode("utf-8", "surrogatepass")) > max_bytes:
        raise TooLarge(source, f"more than the limit of {max_bytes} bytes")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    check_text_chars(text, source)
    if not text.strip():
        raise EmptyInput(source, "empty text" if not text else "only whitespace")
    published = iso_date(published, source, "published")

    header, body = _split_header(text, source)
    id = id or header.get("id")
    title = title or header.get("title")
    url = url or header.get("url")
    outlet = outlet or header.get("outlet")
    published = published or header.get("published")

    dl = parse_dateline(body, reference=published)
    body = body[dl.body_start :]
    published = published or dl.date
    line, rest = _split_title(body)
    if line is not None and (title is None or same_text(line, title)):
        title, body = title or line, rest
        dl = parse_dateline(body, reference=published)
        body = body[dl.body_start :]
        published = published or dl.date
    outlet = outlet or dl.agency

    body = body.strip()
    if not body:
        raise EmptyInput(source, "no text after the header and date lines")
    return Report(
        id=id or report_id(body),
        text=body,
        title=title,
        url=url,
        published=published,
        outlet=outlet,
        source=source,
    )


def _split_header(text: str, source: str) -> tuple[dict, str]:
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    end = next((i for i in range(first, len(lines)) if not lines[i].strip()), len(lines))
    fields: dict = {}
    known = False
    for line in lines[first:end]:
        m = _HEADER_LINE.fullmatch(line.strip())
        if not m:
            return {}, text
        key = _HEADER_KEYS.get(" ".join(m.group(1).split()).lower())
        value = m.group(2).strip()
        if key is None or not value:  # exports leave fields empty ("Author:")
            continue
        known = True
        if key == "published":
            date = parse_date_text(value)
            if date is None:
                raise MalformedInput(source, f"header {m.group(1).strip()}: cannot read {value!r} as a date")
            fields.setdefault(key, date)
        elif key == "outlet" and value.startswith(("http://", "https://")):
            fields.setdefault("url", value)  # "Source: https://..." names the page, not the outlet
        else:
            fields.setdefault(key, value)
    if not known:
        return {}, text
    return fields, "\n".join(lines[end:])


def _split_title(body: str) -> tuple[str | None, str]:
    body = body.lstrip()
    first, sep, rest = body.partition("\n")
    blank, _, after = rest.partition("\n")
    if not sep or blank.strip() or not after.strip():
        return None, body
    line = first.strip()
    if len(line) > _TITLE_MAX or line.endswith((".", ",", ";", ":")):
        return None, body
    if not any(c.isalpha() for c in line) or line[0].islower():
        return None, body
    if parse_dateline(line).place is not None:
        return None, body
    return line, rest

