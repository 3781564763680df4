"""Reading inputs into Reports.

    read_inputs(paths, max_bytes=...)   files and folders -> Report | InputError, lazily
    read_text_report(text, source=...)  text already in memory -> Report (raises InputError)
    count_inputs(paths)                 how many files read_inputs will open

Errors about one input are yielded, never raised, so the caller logs one line
(``str(err)``: "source: reason") and the batch goes on.  ``source`` is the
path as the caller wrote it (joined with names found inside folders), with
``:LINE`` for a JSON Lines record and ``#N`` for a WARC record.

Readers by file name:

    .txt .text          plain text, with optional header/date/title lines (text.py)
    .html .htm          an HTML page (html.py)
    .jsonl .ndjson      one JSON report per line (jsonl.py)
    .warc .warc.gz      HTML pages in a web archive (warc.py)

Other names, and names without an extension, are read by content: a WARC/
or gzip signature makes a WARC, a leading "<!doctype html"/"<html" an HTML
page, a leading "{" JSON Lines, and anything else text (which refuses binary
data with BinaryInput).

Folders are walked depth first in name order (code-point order, so the same
tree always gives the same sequence); names starting with "." are skipped
there, as are folder links (to stay out of cycles).  A file named
explicitly is read even if hidden.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import InputError
from ..models import Report
from .common import report_id
from .dateline import Dateline, parse_dateline
from .html import read_html_file, report_from_html
from .jsonl import read_jsonl_file
from .text import read_text_file, report_from_text
from .text import report_from_text as read_text_report  # text already in memory: a library call, a web form
from .warc import read_warc_file

Reader = Callable[..., Iterator["Report | InputError"]]

_BY_SUFFIX: dict[str, Reader] = {
    ".txt": read_text_file,
    ".text": read_text_file,
    ".html": read_html_file,
    ".htm": read_html_file,
    ".jsonl": read_jsonl_file,
    ".ndjson": read_jsonl_file,
    ".warc": read_warc_file,
}


def read_inputs(paths: Iterable[str | os.PathLike[str]], *, max_bytes: int) -> Iterator[Report | InputError]:
    """Every report in ``paths`` (files or folders), or an InputError for what cannot be read."""
    for source, path, problem in _files(paths):
        if problem is not None:
            yield InputError(source, problem)
            continue
        try:
            reader = _reader_for(path)
            yield from reader(path, source, max_bytes=max_bytes)
        except InputError as err:
            yield err
        except OSError as exc:
            yield InputError(source, f"cannot read: {exc.strerror or exc}")


def count_inputs(paths: Iterable[str | os.PathLike[str]]) -> int:
    """How many files read_inputs will open (a missing path counts: it yields one error).

    Only names are listed, nothing is opened, so it is cheap enough to size a
    progress bar.  A JSON Lines or WARC file counts once however many reports
    it holds.
    """
    return sum(1 for _ in _files(paths))


def _files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[str, Path, str | None]]:
    """(source, path, problem) for each file; problem says why a path cannot be read at all."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # a lone path would otherwise be iterated letter by letter
    for given in paths:
        source = os.fspath(given)
        path = Path(source)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield source, path, None
        else:
            yield source, path, "no such file or folder"


def _walk(folder: Path) -> Iterator[tuple[str, Path, str | None]]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        # An unreadable folder shows up as one error rather than vanishing.
        yield os.fspath(folder), folder, f"cannot list folder: {exc.strerror or exc}"
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_file():
            yield os.fspath(path), path, None


def _reader_for(path: Path) -> Reader:
    name = path.name.lower()
    if name.endswith(".warc.gz"):
        return read_warc_file
    reader = _BY_SUFFIX.get(path.suffix.lower())
    if reader is not None:
        return reader
    return _sniff(path)


def _sniff(path: Path) -> Reader:
    with path.open("rb") as fh:
        head = fh.read(512).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"warc/", b"\x1f\x8b")):
        return read_warc_file
    if head.startswith((b"<!doctype html", b"<html")):
        return read_html_file
    if head.startswith(b"{"):
        return read_jsonl_file
    return read_text_file


__all__ = [
    "Dateline",
    "count_inputs",
    "parse_dateline",
    "read_inputs",
    "read_text_report",
    "report_from_html",
    "report_id",
]
