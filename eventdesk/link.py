"""Linking: which incident a new mention belongs to, and why.

1. Blocking.  The store returns only incidents whose dates lie within the
   window and whose place is near (``Store.candidates``): a new report is never
   compared with the whole ledger.
2. Vetoes.  Different countries, dates further apart than the window, places
   further apart than the distance limit, or two different incident types
   that cannot be the same event (a protest and an air strike) never merge.
3. Score.  A weighted sum of place, date, type, actor and name agreement;
   at or above the threshold the mention joins the best-scoring incident, and
   the merge stores its reason in words.
4. Aggregation.  An incident's date, place, type and actors are recomputed
   from all its mentions: the most precise date and place, the commonest type.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import math
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from .models import Actor, Mention, Place
from .store import IncidentRow

_DATE_RANK = {"day": 0, "days": 1, "week": 2, "month": 3, "year": 4, "unknown": 5}
_PLACE_RANK = {"point": 0, "city": 1, "admin1": 2, "region": 3, "country": 4, "unknown": 5}
_COMPATIBLE_TYPES = {
    frozenset({"Battles", "Violence against civilians"}),
    frozenset({"Battles", "Explosions/Remote violence"}),
    frozenset({"Violence against civilians", "Explosions/Remote violence"}),
    frozenset({"Protests", "Riots"}),
    frozenset({"Strategic developments", "Battles"}),
    frozenset({"Strategic developments", "Violence against civilians"}),
}
WEIGHTS = {"place": 0.35, "date": 0.25, "type": 0.15, "actors": 0.1, "names": 0.15}


@dataclass(frozen=True)
class LinkDecision:
    incident_id: str | None  # None: a new incident
    score: float
    reason: str


def incident_id_for(m: Mention) -> str:
    return "inc-" + hashlib.sha1(f"{m.report_id}#{m.index}".encode()).hexdigest()[:12]


def km_between(a: Place, b: Place) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _date_gap(m: Mention, inc: IncidentRow) -> int | None:
    if m.date.start is None or inc.date_start is None:
        return None
    m_end = m.date.end or m.date.start
    i_end = inc.date_end or inc.date_start
    if m.date.start <= i_end and inc.date_start <= m_end:
        return 0
    return min(abs((m.date.start - i_end).days), abs((inc.date_start - m_end).days))


def score(m: Mention, inc: IncidentRow, *, window_days: int, max_km: float) -> tuple[float, str] | None:
    """(score, reason) of a mention against an incident, or None when a veto applies."""
    parts: list[str] = []
    total = 0.0
    # place
    loc = inc.location
    if m.place and loc:
        if m.place.country_code and loc.country_code and m.place.country_code != loc.country_code:
            return None
        km = km_between(m.place, loc)
        precise = _PLACE_RANK.get(m.place.precision, 5) <= 1 and _PLACE_RANK.get(loc.precision, 5) <= 1
        if km is not None and precise:
            if km > max_km:
                return None
            s = 1.0 if km < 5 else max(0.0, 1 - (km - 5) / max_km)
            parts.append(f"{km:.0f} km apart")
        elif m.place.admin1 and m.place.admin1 == loc.admin1:
            s = 0.7
            parts.append(f"same province ({loc.admin1})")
        else:
            s = 0.5
            parts.append(f"same country ({loc.country_code})")
    else:
        s = 0.4
        parts.append("place unknown")
    total += WEIGHTS["place"] * s
    # date
    gap = _date_gap(m, inc)
    if gap is None:
        s = 0.4
        parts.append("date unknown")
    elif gap > window_days:
        return None
    else:
        s = 1.0 if gap == 0 else max(0.0, 1 - gap / (window_days + 1))
        parts.append("dates overlap" if gap == 0 else f"dates {gap} d apart")
    total += WEIGHTS["date"] * s
    # type
    if m.event_type and inc.event_type:
        if m.sub_event_type == inc.sub_event_type:
            s = 1.0
            parts.append(f"same type ({inc.sub_event_type})")
        elif m.event_type == inc.event_type:
            s = 0.8
            parts.append(f"same type ({inc.event_type})")
        elif frozenset({m.event_type, inc.event_type}) in _COMPATIBLE_TYPES:
            s = 0.4
            parts.append("compatible types")
        else:
            return None
    else:
        s = 0.5
    total += WEIGHTS["type"] * s
    # actors
    mine = {a.name for a in m.actors}
    theirs = {a.name for a in inc.actors}
    if mine and theirs:
        shared = mine & theirs
        s = len(shared) / min(len(mine), len(theirs))
        if shared:
            parts.append("shared actors: " + ", ".join(sorted(shared)))
    else:
        s = 0.5
    total += WEIGHTS["actors"] * s
    # names that tell incidents apart: victims, streets, units
    a, b = set(m.keywords), set(inc.keywords)
    if a and b:
        shared = a & b
        s = min(1.0, len(shared) / max(1.0, min(len(a), len(b)) * 0.5))
        if shared:
            parts.append("shared names: " + ", ".join(sorted(shared)[:4]))
    else:
        s = 0.3
    total += WEIGHTS["names"] * s
    return round(total, 3), "; ".join(parts)


def decide(m: Mention, candidates: Sequence[IncidentRow], *, window_days: int, max_km: float, threshold: float,
           exclude: set[str] = frozenset()) -> LinkDecision:
    """The incident a mention joins, or a new one; ``exclude`` holds incidents of the same report."""
    best: tuple[float, str, str] | None = None
    for inc in candidates:
        if inc.id in exclude:
            continue
        result = score(m, inc, window_days=window_days, max_km=max_km)
        if result is None:
            continue
        s, reason = result
        if best is None or s > best[0]:
            best = (s, inc.id, reason)
    if best is not None and best[0] >= threshold:
        return LinkDecision(best[1], best[0], f"score {best[0]:.2f}: {best[2]}")
    return LinkDecision(None, best[0] if best else 0.0, "new incident" + (f" (best candidate scored {best[0]:.2f})" if best else ""))


def aggregate(incident_id: str, mentions: Sequence[Mention], killed: tuple[int, int, int] | None, wounded_best: int | None) -> IncidentRow:
    """An incident's aggregates from all its mentions (in report order)."""
    dated = [m for m in mentions if m.date.start is not None]
    finest = min((_DATE_RANK.get(m.date.precision, 5) for m in dated), default=5)
    # reports of a fight that went on for days: the incident spans their most precise dates
    best_dated = [m for m in dated if _DATE_RANK.get(m.date.precision, 5) == finest]
    if best_dated:
        d_start = min(m.date.start for m in best_dated)
        d_end = max(m.date.end or m.date.start for m in best_dated)
        d_prec = best_dated[0].date.precision if d_start == d_end or finest > 1 else "days"
    else:
        d_start = d_end = None
        d_prec = "unknown"
    placed = [m for m in mentions if m.place is not None]
    if placed:
        counts = Counter((m.place.name, m.place.country_code) for m in placed)
        place_m = min(placed, key=lambda m: (_PLACE_RANK.get(m.place.precision, 5), -counts[(m.place.name, m.place.country_code)]))
        place = place_m.place
    else:
        place = None
    types = Counter((m.event_type, m.sub_event_type) for m in mentions if m.event_type)
    etype, sub = types.most_common(1)[0][0] if types else (None, None)
    roles: dict[str, str] = {}
    for m in mentions:
        for a in m.actors:
            if roles.get(a.name) in (None, "other") or (roles[a.name] == "target" and a.role == "perpetrator"):
                roles[a.name] = a.role
    keywords: dict[str, None] = {}
    for m in mentions:
        for k in m.keywords:
            keywords.setdefault(k, None)
    reported = [m.reported_on for m in mentions if m.reported_on]
    return IncidentRow(
        id=incident_id,
        # the first report of the incident names it
        title=min(mentions, key=lambda m: (m.reported_on or _dt.date.max,)).title,
        event_type=etype,
        sub_event_type=sub,
        date_start=d_start,
        date_end=d_end,
        date_precision=d_prec,
        location=place,
        actors=tuple(Actor(n, r) for n, r in roles.items()),
        keywords=tuple(list(keywords)[:60]),
        n_reports=len({m.report_id for m in mentions}),
        killed_low=killed[0] if killed else None,
        killed_best=killed[1] if killed else None,
        killed_high=killed[2] if killed else None,
        wounded_best=wounded_best,
        first_reported=min(reported) if reported else None,
        last_reported=max(reported) if reported else None,
    )


def window(m: Mention, days: int) -> tuple[_dt.date | None, _dt.date | None]:
    if m.date.start is None:
        return None, None
    return m.date.start - _dt.timedelta(days=days), (m.date.end or m.date.start) + _dt.timedelta(days=days)
