"""The report page's marked-up text: runs of text with the kinds of mention they belong to.

Claims carry character offsets (their sentence and their number).  Places,
dates and actors are stored as resolved values plus, for dates, the words they
came from, but without offsets; we find those words inside the mention's own
segment, comparing case- and accent-insensitively, and leave them unmarked
when the report spells them differently (the side panel still lists them).

The output is plain data (text, classes, title); the template escapes it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from ..models import Mention


@dataclass
class Run:
    text: str
    kinds: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def css(self) -> str:
        return " ".join(f"hl-{k}" for k in self.kinds)

    @property
    def title(self) -> str:
        return "; ".join(self.notes)


@dataclass
class Segment:
    mention: Mention | None
    incident_id: str | None
    runs: list[Run] = field(default_factory=list)


def fold(text: str) -> str:
    """Lower case without accents, one character for one character, so offsets still hold."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base.lower() if len(base.lower()) == 1 else ch)
    return "".join(out)


def find_all(haystack_folded: str, needle: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Offsets of whole-word occurrences of needle between lo and hi."""
    n = fold(needle.strip())
    if len(n) < 2:
        return []
    spans, i = [], haystack_folded.find(n, lo, hi)
    while i != -1:
        j = i + len(n)
        before = haystack_folded[i - 1] if i > 0 else " "
        after = haystack_folded[j] if j < len(haystack_folded) else " "
        if not before.isalnum() and not after.isalnum():
            spans.append((i, j))
        i = haystack_folded.find(n, j, hi)
    return spans


def place_names(m: Mention) -> list[str]:
    p = m.place
    if p is None:
        return []
    names = [p.name, p.admin1 or "", p.country or ""]
    # gazetteer names often carry an article the report leaves out ("Al Ḩasakah" / "Hasakah")
    for prefix in ("al ", "al-", "el ", "el-", "ad ", "ar ", "as "):
        if fold(p.name).startswith(prefix):
            names.append(p.name[len(prefix):])
    return [n for n in dict.fromkeys(names) if n]


def marks(text: str, m: Mention) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, note) for everything of a mention that can be placed in the text."""
    out: list[tuple[int, int, str, str]] = []
    folded = fold(text)
    lo, hi = max(0, m.start), min(len(text), m.end)
    for c in m.claims:
        who = c.party or "all parties"
        note = f"claim: {c.count} {c.outcome} ({who}), {c.qualifier.replace('_', ' ')}"
        if c.attributed_to:
            note += f", according to {c.attributed_to}"
        if c.end > c.start:
            out.append((c.start, c.end, "claim", note))
        if c.number_start is not None and c.number_end is not None and c.number_end > c.number_start:
            out.append((c.number_start, c.number_end, "number", note))
    for name in place_names(m):
        p = m.place
        for s, e in find_all(folded, name, lo, hi):
            out.append((s, e, "place", f"place: {p.name}, {p.country or '?'} ({p.precision})"))
    if m.date.text:
        when = m.date.start.isoformat() if m.date.start else "?"
        if m.date.end and m.date.end != m.date.start:
            when += f" to {m.date.end.isoformat()}"
        for s, e in find_all(folded, m.date.text, lo, hi):
            out.append((s, e, "date", f"date: {when} ({m.date.precision})"))
    for a in m.actors:
        for s, e in find_all(folded, a.name, lo, hi):
            out.append((s, e, "actor", f"actor: {a.name} ({a.role})"))
    return [(max(0, s), min(len(text), e), k, n) for s, e, k, n in out if e > s]


def runs(text: str, spans: list[tuple[int, int, str, str]], lo: int, hi: int) -> list[Run]:
    """Cut text[lo:hi] at every mark boundary; each run knows every mark covering it."""
    cuts = sorted({lo, hi, *(x for s, e, _, _ in spans for x in (s, e) if lo < x < hi)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [(k, n) for s, e, k, n in spans if s <= a and e >= b]
        kinds = tuple(dict.fromkeys(k for k, _ in covering))
        notes = tuple(dict.fromkeys(n for _, n in covering))
        out.append(Run(text[a:b], kinds, notes))
    return out


def segments(text: str, mentions: tuple[Mention, ...], incident_ids: tuple[str, ...]) -> list[Segment]:
    """The report text cut into the mentions' segments (and the plain text between them)."""
    out: list[Segment] = []
    pos = 0
    for m, inc in sorted(zip(mentions, incident_ids), key=lambda mi: mi[0].start):
        start, end = max(pos, m.start), max(pos, min(len(text), m.end))
        if start > pos:
            out.append(Segment(None, None, [Run(text[pos:start])]))
        out.append(Segment(m, inc, runs(text, marks(text, m), start, end)))
        pos = end
    if pos < len(text):
        out.append(Segment(None, None, [Run(text[pos:])]))
    return out
