"""JSON Lines: one report object per line.

    {"id": "a1", "text": "...", "title": "...", "url": "...",
     "published": "2022-01-21", "outlet": "..."}

Only ``text`` is required; other keys are ignored.  The file is streamed, so
its size is not limited, only each line's (``max_bytes``).  A bad line is
reported as ``file.jsonl:LINE`` and the lines after it are still read.  The
text is kept as given: fields carry the metadata, so no dateline is parsed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import BadEncoding, EmptyInput, InputError, MalformedInput, TooLarge
from ..models import Report
from .common import check_not_binary, check_text_chars, iso_date, report_id

_CHUNK = 1 << 20
_OPTIONAL = ("title", "url", "outlet")


def read_jsonl_file(path: Path, source: str, *, max_bytes: int) -> Iterator[Report | InputError]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield InputError(source, f"cannot read: {exc.strerror or exc}")
        return
    seen = 0  # non-blank lines
    with fh:
        try:
            # One refusal for a binary file beats an error for each of its "lines".
            check_not_binary(fh.read(8192), source)
            fh.seek(0)
        except InputError as err:
            yield err
            return
        except OSError as exc:
            yield InputError(source, f"cannot read: {exc.strerror or exc}")
            return
        lineno = 0
        while True:
            lineno += 1
            try:
                raw = fh.readline(max_bytes + 1)
            except OSError as exc:
                yield InputError(f"{source}:{lineno}", f"cannot read: {exc.strerror or exc}")
                return
            if not raw:
                break
            if raw.strip():
                seen += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                yield TooLarge(f"{source}:{lineno}", f"line longer than the limit of {max_bytes} bytes")
                _skip_rest_of_line(fh)
                continue
            if lineno == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
            if not raw.strip():
                continue
            try:
                yield record_to_report(_parse_line(raw, f"{source}:{lineno}"), f"{source}:{lineno}")
            except InputError as err:
                yield err
    if seen == 0:
        yield EmptyInput(source, "no JSON lines" if lineno > 1 else "empty file")


def _skip_rest_of_line(fh) -> None:
    while True:
        chunk = fh.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _parse_line(raw: bytes, where: str) -> object:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadEncoding(where, f"not valid UTF-8 at byte {exc.start} of the line") from exc
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise MalformedInput(where, f"bad JSON: {exc.msg} at column {exc.colno}") from exc


def record_to_report(record: object, where: str) -> Report:
    """A Report from one decoded JSON object; MalformedInput naming the field otherwise."""
    if not isinstance(record, dict):
        raise MalformedInput(where, f"expected a JSON object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MalformedInput(where, 'no "text" (a non-empty string is required)')
    check_text_chars(text, where)
    rid = record.get("id")
    if isinstance(rid, bool) or (rid is not None and not isinstance(rid, (str, int))):
        raise MalformedInput(where, f'"id" must be a string or an integer, got {type(rid).__name__}')
    rid = str(rid).strip() if rid is not None else ""
    fields = {}
    for key in _OPTIONAL:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise MalformedInput(where, f'"{key}" must be a string, got {type(value).__name__}')
        fields[key] = (value or "").strip() or None
    return Report(
        id=rid or report_id(text),
        text=text,
        published=iso_date(record.get("published"), where, '"published"'),
        source=where,
        **fields,
    )
