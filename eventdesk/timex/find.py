"""Finding the dates in a text: the rules' scan, the dateparser fallback, ``find_timexes``, ``resolve_relative`` and
the stamps of video captions and embedded posts."""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import re

from ..models import DateSpan
from .vocabulary import _BACKGROUND_DAYS, _MONTH, _MONTHS, Timex, _WEEKDAY, _YEAR
from .calendar_days import _safe_date
from .rules import _LOOKBACK, _Rule, _RULES
from .fallback import _dateparser_span


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


def _lowered(text: str) -> str:
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    # A few characters ("İ") grow when lower-cased, which would shift every
    # offset after them; lower-case ASCII only in that case.
    return text.translate(_ASCII_LOWER)


# --------------------------------------------------------------------------
# Public API


# texts whose matches are kept: a batch of reports (whose anchors are all read before the pipeline reads the batch's
# dates) and their segments; a longer text is searched each time (the kept texts' memory stays a few megabytes)
_MATCHES_KEPT = 128
_KEPT_MAX_CHARS = 20_000

_RuleMatches = tuple[tuple[int, _Rule, re.Match, "re.Match | None"], ...]


def _search_rules(text: str) -> _RuleMatches:
    """Every rule's matches in ``text``: see ``_rule_matches``."""
    lower: str | None = None
    out: list[tuple[int, _Rule, re.Match, re.Match | None]] = []
    for order, rule in enumerate(_RULES):
        if rule.lower:
            if lower is None:
                lower = _lowered(text)
            source = lower
        else:
            source = text
        for m in rule.core.finditer(source):
            i = m.start()
            if i and (source[i - 1].isalnum() or source[i - 1] in rule.not_after):
                continue
            out.append((order, rule, m, rule.prefix.search(source, max(0, i - _LOOKBACK), i) if rule.prefix else None))
    return tuple(out)


_kept_rule_matches = functools.lru_cache(maxsize=_MATCHES_KEPT)(_search_rules)


def _rule_matches(text: str) -> _RuleMatches:
    """(rule order, rule, core match, prefix match) of every rule's matches in ``text``, the anchor left out: the
    patterns' search is most of ``find_timexes``'s cost, and a report's text is read more than once (for the anchor
    of a report without a dateline, then as its one segment, against that anchor)."""
    return _kept_rule_matches(text) if len(text) <= _KEPT_MAX_CHARS else _search_rules(text)


def find_timexes(text: str, anchor: _dt.date | None) -> list[Timex]:
    """Date expressions in ``text``, resolved against ``anchor``, in text order.

    Overlapping matches are settled longest first ("Sunday, Jan. 27" beats
    "Sunday"); expressions that cannot be resolved (relative ones without an
    anchor, impossible dates) are left out.
    """
    if anchor is not None:
        anchor = _first_published(text, anchor)
    found: list[tuple[int, int, int, DateSpan, bool]] = []
    for order, rule, m, pre in _rule_matches(text):
        result = rule.handler(m, pre, text, anchor)
        if result is not None:
            start = pre.start() if pre is not None else m.start()
            found.append((start, m.end(), order, *result))
    found.sort(key=lambda f: (f[0] - f[1], f[2], f[0]))
    taken: list[tuple[int, int, int, DateSpan, bool]] = []
    for cand in found:
        if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
            taken.append(cand)
    taken.sort(key=lambda t: t[0])
    timexes = [
        Timex(s, e, text[s:e], dataclasses.replace(span, text=text[s:e]), explicit)
        for s, e, _, span, explicit in taken
    ]
    if anchor is not None and ("(Published" in text or "(@" in text):
        timexes = _caption_dated(text, timexes)
    return _days_told_before(text, timexes)


# "earlier in the day": the day its sentence named before it ("was charged Tuesday with shooting his cousin earlier in
# the day"), the report's own only when its sentence names none.
_EARLIER_IN_THE_DAY_RE = re.compile(r"(?i)earlier\s+in\s+the\s+day")
_SENTENCE_BREAK_RE = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z0-9]|\n")


def _days_told_before(text: str, timexes: list[Timex]) -> list[Timex]:
    """Each "earlier in the day" given the day of the nearest single day before it in its sentence, if any."""
    out: list[Timex] = []
    for t in timexes:
        told = out[-1] if out else None
        if (_EARLIER_IN_THE_DAY_RE.fullmatch(t.text) and told is not None and told.span.precision == "day"
                and _SENTENCE_BREAK_RE.search(text, told.end, t.start) is None):
            t = dataclasses.replace(t, span=dataclasses.replace(told.span, text=t.text))
        out.append(t)
    return out


# "Originally published June 16, 2017": a page republished or updated later keeps the words of its first day,
# so its "Thursday night" counts back from that day, not from the page's date.
_FIRST_PUBLISHED_RE = re.compile(r"(?i)\b(?:originally|first)\s+(?:published|posted)\b[:\s]*(?:on\s+)?")


def _first_published(text: str, anchor: _dt.date) -> _dt.date:
    """The day a page says it was first published, when that is before ``anchor``; else ``anchor``."""
    m = _FIRST_PUBLISHED_RE.search(text)
    if m is None:
        return anchor
    stated = [t.span.start for t in find_timexes(text[m.end():m.end() + 40], None)[:1]
              if t.start == 0 and t.explicit and t.span.precision == "day"]
    return stated[0] if stated and stated[0] < anchor else anchor


# A video caption's own stamp on a page that carries several: "... was shot and killed Monday night.\n
# NBC10's Denise Nakano has the details.\n(Published Wednesday, Nov. 30, 2016)"; and an embedded
# post's: "Two shootings downtown this morning are connected. — Jane Roe (@JaneRoe7) October 3, 2016".
# Each was written that day, often days before the page's date, so its "Monday night" is that week's.
_CAPTION_STAMP_RE = re.compile(
    rf"(?:^\(Published\s+(?:{_WEEKDAY},?\s+)?|\(@\w{{1,30}}\)\s+)"
    rf"(?P<mon>{_MONTH})\s*(?P<day>\d{{1,2}}),?\s+(?P<year>{_YEAR})\b",
    re.M,
)
_CAPTION_LINES = 2  # the caption and the line naming its reporter (a post and its wrapped line)
_CAPTION_REACH = 400  # characters before the stamp a caption may start


def _caption_start(text: str, stamp: int, floor: int) -> int:
    """Where the caption a stamp at ``stamp`` closes begins: up to ``_CAPTION_LINES`` lines back."""
    start = stamp
    for _ in range(_CAPTION_LINES):
        if start <= floor:
            break
        start = text.rfind("\n", floor, start - 1) + 1 or floor
    return max(start, floor, stamp - _CAPTION_REACH)


def _caption_dated(text: str, timexes: list[Timex]) -> list[Timex]:
    """Relative dates in a video caption or an embedded post resolved against its own stamp
    ("(Published Wednesday, Nov. 30, 2016)", "(@handle) October 3, 2016") instead of the page's date."""
    floor = 0
    for m in _CAPTION_STAMP_RE.finditer(text):
        stamp = _safe_date(int(m["year"]), _MONTHS[m["mon"].rstrip(".").lower()], int(m["day"]))
        lo, hi, floor = _caption_start(text, m.start(), floor), m.start(), m.end()
        if stamp is None or not any(lo <= t.start < hi and not t.explicit for t in timexes):
            continue
        redated = {t.start + lo: t for t in find_timexes(text[lo:hi], stamp) if not t.explicit}
        timexes = [
            dataclasses.replace(t, span=redated[t.start].span)
            if lo <= t.start < hi and not t.explicit and t.start in redated and redated[t.start].end + lo == t.end
            else t
            for t in timexes
        ]
    return timexes


def resolve_relative(phrase: str, anchor: _dt.date) -> DateSpan | None:
    """The span one phrase names ("Thursday night", "last week"), or None."""
    # A phrase on its own may come lower-cased ("on friday"); the names are
    # only matched capitalised in running text, so give them capitals here.
    timexes = find_timexes(phrase, anchor) or find_timexes(phrase.title(), anchor)
    if timexes:
        # A phrase holding two ("Sunday, ... Jan. 27" split oddly) names the widest.
        return max(timexes, key=lambda t: t.end - t.start).span
    return _dateparser_span(phrase.strip(), anchor) if phrase.strip() else None


def _is_background(span: DateSpan, anchor: _dt.date) -> bool:
    """Dates a report cites as context rather than as the incident's date."""
    if span.precision == "year":
        # "last year", "in 2019" are background; "this year" only says what
        # the anchor already says, and less precisely.
        return True
    return span.end is not None and (anchor - span.end).days > _BACKGROUND_DAYS
