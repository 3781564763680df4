"""Small formatting helpers for the templates (plain strings out; the templates escape them)."""

from __future__ import annotations

import datetime as _dt
from urllib.parse import urlsplit

# ACLED's six event types, one colour each: the map's legend and the list's badges agree.
EVENT_COLORS = {
    "Battles": "#d62728",
    "Explosions/Remote violence": "#ff7f0e",
    "Violence against civilians": "#9467bd",
    "Protests": "#2ca02c",
    "Riots": "#8c564b",
    "Strategic developments": "#1f77b4",
}
OTHER_COLOR = "#7f7f7f"

PRECISION_WORDS = {
    "day": "exact day", "days": "within a few days", "week": "within a week", "month": "within a month",
    "year": "within a year", "unknown": "date unknown",
}
QUALIFIER_WORDS = {"exact": "", "at_least": "at least", "more_than": "more than", "about": "about", "up_to": "up to"}
POLICY_WORDS = {
    "ucdp": "UCDP rule: best is the highest figure the most credible sources agree on; low and high bound the claims",
    "conservative": "conservative: the lowest credible figure, as ACLED records fatalities",
    "latest": "latest: the most recent report's figure wins",
}


def date(d: _dt.date | None) -> str:
    return f"{d.day} {d:%b %Y}" if d else "?"


def date_range(start: _dt.date | None, end: _dt.date | None, precision: str | None = None) -> str:
    if start is None:
        return "date unknown"
    text = date(start) if end is None or end == start else f"{date(start)} – {date(end)}"
    return text


def triple(low, best, high) -> str:
    """'140' or '120 – 140 – 160' (low – best – high)."""
    if best is None:
        return "–"
    if low == best == high or low is None:
        return str(best)
    return f"{low} – {best} – {high}"


def party(p: str | None) -> str:
    return p if p else "all parties (total)"


def qualifier(q: str | None) -> str:
    return QUALIFIER_WORDS.get(q or "exact", (q or "").replace("_", " "))


def event_color(event_type: str | None) -> str:
    return EVENT_COLORS.get(event_type or "", OTHER_COLOR)


def event_class(event_type: str | None) -> str:
    """A CSS class per event type (the CSP forbids inline styles, so colours live in app.css)."""
    names = list(EVENT_COLORS)
    return f"ev-{names.index(event_type)}" if event_type in EVENT_COLORS else "ev-other"


def safe_url(url: str | None) -> str | None:
    """Only http(s) links become links: a 'javascript:' URL in a report must stay text."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


FILTERS = {"date": date, "triple": triple, "party": party, "qualifier": qualifier, "event_color": event_color, "event_class": event_class,
           "safe_url": safe_url}
GLOBALS = {"date_range": date_range, "PRECISION_WORDS": PRECISION_WORDS, "POLICY_WORDS": POLICY_WORDS,
           "EVENT_COLORS": EVENT_COLORS, "OTHER_COLOR": OTHER_COLOR}
