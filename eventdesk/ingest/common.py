"""Helpers every reader shares: bounded reads, binary sniffing, UTF-8, ids, dates."""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from pathlib import Path

from ..errors import BadEncoding, BinaryInput, EmptyInput, InputError, MalformedInput, TooLarge

# Formats whose first bytes give them away; naming them makes the refusal
# message useful ("a PDF") instead of a vague "binary".
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (docx/xlsx/odt?)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
)
# Text may carry the odd stray control character (pasted from a PDF, say);
# beyond this share of the first bytes it is not prose.
_CONTROL_SHARE = 0.05
_SNIFF = 8192
_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")
# Parsed by hand: datetime.fromisoformat only learned "Z" and odd fractions in 3.11.
_ISO_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?[ ]?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?")


def read_bounded(path: Path, source: str, max_bytes: int) -> bytes:
    """All bytes of a file, refusing it before reading when it exceeds max_bytes."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise TooLarge(source, f"{size} bytes, more than the limit of {max_bytes}")
        with path.open("rb") as fh:
            # stat can lie (pipes, /proc, a file still growing): never read past the limit.
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise TooLarge(source, f"more than the limit of {max_bytes} bytes")
    if not data:
        raise EmptyInput(source, "empty file")
    return data


def check_not_binary(data: bytes, source: str) -> None:
    """Refuse data that is evidently not text (raises BinaryInput)."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInput(source, f"binary data ({what}), not text")
    head = data[:_SNIFF]
    if b"\x00" in head:
        raise BinaryInput(source, "contains NUL bytes: binary data, not text")
    controls = sum(1 for b in head if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
    if head and controls / len(head) > _CONTROL_SHARE:
        raise BinaryInput(source, f"{controls} control bytes in the first {len(head)}: binary data, not text")


def check_text_chars(text: str, source: str) -> None:
    """The str counterpart of check_not_binary, for text that arrives decoded."""
    if "\x00" in text:
        raise BinaryInput(source, "contains NUL characters: binary data, not text")
    head = text[:_SNIFF]
    controls = sum(1 for c in head if (ord(c) < 0x20 and ord(c) not in _TEXT_CONTROLS) or c == "\x7f")
    if head and controls / len(head) > _CONTROL_SHARE:
        raise BinaryInput(source, f"{controls} control characters in the first {len(head)}: not text")


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 (BOM allowed) or BOM-marked UTF-16; anything else is refused, never guessed."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BadEncoding(source, f"UTF-16 byte-order mark but invalid UTF-16 at byte {exc.start}") from exc
    check_not_binary(data, source)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadEncoding(source, _utf8_reason(data, exc)) from exc


def _utf8_reason(data: bytes, exc: UnicodeDecodeError) -> str:
    bad = data[exc.start : exc.start + 1].hex()
    reason = f"not valid UTF-8 at byte {exc.start} (0x{bad})"
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return reason
    # Guessing would silently corrupt names if the guess is wrong; say what it
    # probably is so the user can convert it knowingly.
    return reason + "; it may be Windows-1252/Latin-1, convert it to UTF-8 first"


def report_id(text: str) -> str:
    """Stable id of a report without its own: same words, same id, whatever the spacing."""
    normalised = " ".join(text.split())
    return "r-" + hashlib.sha1(normalised.encode("utf-8")).hexdigest()[:16]


# Characters that print as nothing: a soft hyphen a page set for line breaking ("Cin\u00adcin\u00adnati"), zero-width
# spaces and joiners, a byte-order mark or word joiner left inside a paragraph.  Inside a word they split it for the
# tokenizer, the gazetteer and every word rule, though a reader sees one word.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def visible_text(text: str) -> str:
    """The text as a reader sees it: characters that print as nothing taken out."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text


def same_text(a: str, b: str) -> bool:
    """Equal but for case and spacing (a headline repeated as the first line)."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def iso_date(value: object, source: str, field: str) -> _dt.date | None:
    """An ISO date or datetime (str) as a date; MalformedInput naming the field otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        m = _ISO_DATETIME.fullmatch(value.strip())
        if m:
            try:
                # The calendar date as written, not shifted to UTC: that is the
                # day the outlet says it published.
                return _dt.date.fromisoformat(m.group(1))
            except ValueError:
                pass
    raise MalformedInput(source, f"{field}: {value!r} is not an ISO date (YYYY-MM-DD)")

