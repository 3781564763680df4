"""Query parameters shared by the pages, the JSON API and the downloads.

Parameters arrive as strings and are validated here rather than by FastAPI's
typed parameters, because the filter form submits empty fields ("?country=")
that mean "no filter", not "invalid".  Every bad value becomes a 422 whose
message names the parameter and the expected form.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlencode

from fastapi import Query

from ..reconcile import POLICIES
from ..store import IncidentFilter

ORDERS = ("date", "killed", "updated")
PAGE_SIZE = 50
MAX_LIMIT = 500
MAX_KILLED = 10_000_000


class BadParam(ValueError):
    """A query parameter that cannot be used; rendered as 422 with ``loc`` and message."""

    def __init__(self, name: str, message: str):
        self.name = name
        self.message = message
        super().__init__(f"{name}: {message}")


def _blank(v: str | None) -> str | None:
    v = v.strip() if v is not None else None
    return v or None


def parse_date_param(name: str, value: str | None) -> _dt.date | None:
    value = _blank(value)
    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise BadParam(name, f"not a date: {value[:40]!r} (use YYYY-MM-DD)") from None


def parse_int_param(name: str, value: str | None, *, low: int, high: int) -> int | None:
    value = _blank(value)
    if value is None:
        return None
    try:
        n = int(value)
    except ValueError:
        raise BadParam(name, f"not a whole number: {value[:40]!r}") from None
    if not low <= n <= high:
        raise BadParam(name, f"must be between {low} and {high}, got {n}")
    return n


def parse_text_param(name: str, value: str | None, *, max_len: int) -> str | None:
    value = _blank(value)
    if value is not None and len(value) > max_len:
        raise BadParam(name, f"longer than {max_len} characters")
    return value


def parse_choice(name: str, value: str | None, choices: tuple[str, ...], default: str | None) -> str | None:
    value = _blank(value)
    if value is None:
        return default
    if value not in choices:
        raise BadParam(name, f"{value[:40]!r} is not one of {', '.join(choices)}")
    return value


@dataclass(frozen=True)
class Filters:
    """The incident filter as the URL carries it."""

    country: str | None = None
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None
    event_type: str | None = None
    min_killed: int | None = None
    q: str | None = None
    order: str = "date"

    def to_filter(self, *, limit: int, offset: int = 0) -> IncidentFilter:
        return IncidentFilter(country=self.country, date_from=self.date_from, date_to=self.date_to, event_type=self.event_type,
                              min_killed=self.min_killed, q=self.q, limit=limit, offset=offset, order=self.order)

    def query(self, **extra) -> str:
        """The filter as a query string (without '?'), for links that keep the current view."""
        pairs = {"country": self.country, "date_from": self.date_from and self.date_from.isoformat(),
                 "date_to": self.date_to and self.date_to.isoformat(), "event_type": self.event_type,
                 "min_killed": self.min_killed, "q": self.q, "order": None if self.order == "date" else self.order}
        pairs.update(extra)
        return urlencode({k: v for k, v in pairs.items() if v is not None and v != ""})

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.country, self.date_from, self.date_to, self.event_type, self.min_killed, self.q))


def filters(
    country: Optional[str] = Query(None, description="ISO 3166 alpha-2 code or country name", max_length=100),
    date_from: Optional[str] = Query(None, description="Incidents ending on or after this day (YYYY-MM-DD)", max_length=40),
    date_to: Optional[str] = Query(None, description="Incidents starting on or before this day (YYYY-MM-DD)", max_length=40),
    event_type: Optional[str] = Query(None, description="ACLED event type or sub-event type", max_length=100),
    min_killed: Optional[str] = Query(None, description="Only incidents with at least this many killed (best estimate)", max_length=40),
    q: Optional[str] = Query(None, description="Words in the title, place, type or actors", max_length=200),
    order: Optional[str] = Query(None, description="date (default), killed or updated", max_length=20),
) -> Filters:
    """A FastAPI dependency: the validated filter of a request."""
    f = Filters(
        country=parse_text_param("country", country, max_len=100),
        date_from=parse_date_param("date_from", date_from),
        date_to=parse_date_param("date_to", date_to),
        event_type=parse_text_param("event_type", event_type, max_len=100),
        min_killed=parse_int_param("min_killed", min_killed, low=0, high=MAX_KILLED),
        q=parse_text_param("q", q, max_len=200),
        order=parse_choice("order", order, ORDERS, "date"),
    )
    if f.date_from and f.date_to and f.date_from > f.date_to:
        raise BadParam("date_to", f"{f.date_to} is before date_from {f.date_from}")
    return f


def policy_param(
    policy: Optional[str] = Query(None, description=f"Reconciliation policy: {', '.join(POLICIES)}", max_length=40),
) -> str | None:
    return parse_choice("policy", policy, tuple(POLICIES), None)


def page_param(page: Optional[str] = Query(None, description="Page of the list, from 1", max_length=20)) -> int:
    return parse_int_param("page", page, low=1, high=100_000) or 1


def limit_params(
    limit: Optional[str] = Query(None, description=f"Rows to return, 1 to {MAX_LIMIT} (default {PAGE_SIZE})", max_length=20),
    offset: Optional[str] = Query(None, description="Rows to skip", max_length=20),
) -> tuple[int, int]:
    n = parse_int_param("limit", limit, low=1, high=MAX_LIMIT) or PAGE_SIZE
    skip = parse_int_param("offset", offset, low=0, high=10_000_000) or 0
    return n, skip
