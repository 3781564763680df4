"""UCDP GED-style CSV: deaths by side, low / best / high, and UCDP's precision codes.

side_a is the state actor when there is one (UCDP's convention), else the
perpetrator; side_b the other side.  Deaths of a side are the killed figures of
its party; generic armed parties (soldiers, police, security forces) count for
a state side_a, "militants" for a non-state side.  What no side claims is
deaths_unknown.
date_prec: 1 the day, 2 two to six days, 3 the week, 4 the month, 5 the year.
where_prec: 1 the place, 4 the province, 5 a region, 6 the country.
"""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING, TextIO

from ..models import Incident

if TYPE_CHECKING:
    from ..api import Ledger

COLUMNS = (
    "id", "side_a", "side_b", "date_start", "date_end", "date_prec", "where_prec", "where_coordinates", "adm_1", "country",
    "latitude", "longitude", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low", "best", "high",
    "number_of_sources", "source_headline",
)
DATE_PREC = {"day": 1, "days": 2, "week": 3, "month": 4, "year": 5, "unknown": 5}
WHERE_PREC = {"point": 1, "city": 1, "admin1": 4, "region": 5, "country": 6, "unknown": 6}
_STATE_PARTIES = {"military forces", "security forces", "police"}


def _sides(inc: Incident) -> tuple[str, str, bool]:
    from ..nlp.lexicon import actor_kind

    names = [a.name for a in inc.actors]
    state = [n for n in names if actor_kind(n) == "state"]
    perp = [a.name for a in inc.actors if a.role == "perpetrator"]
    if state:
        a = state[0]
        b = next((n for n in names if n != a), "")
        return a, b, True
    a = perp[0] if perp else (names[0] if names else "")
    b = next((n for n in names if n != a), "")
    return a, b, False


def row(inc: Incident) -> dict:
    side_a, side_b, a_is_state = _sides(inc)
    killed = {f.party: f.best for f in inc.figures if f.outcome == "killed"}
    total = inc.figure("killed", None)

    def deaths(side: str, generic: set[str]) -> int:
        return killed.get(side, 0) + sum(v for p, v in killed.items() if p in generic) if side else 0

    deaths_a = deaths(side_a, _STATE_PARTIES if a_is_state else {"militants"})
    deaths_b = deaths(side_b, {"militants"} if a_is_state else set())
    civilians = killed.get("civilians", 0)
    best = total.best if total else 0
    unknown = max(0, best - deaths_a - deaths_b - civilians)
    loc = inc.location
    return dict(zip(COLUMNS, (
        inc.id, side_a, side_b, inc.date_start or "", inc.date_end or "", DATE_PREC.get(inc.date_precision, 5),
        WHERE_PREC.get(loc.precision if loc else "unknown", 6), loc.name if loc else "", loc.admin1 if loc else "",
        loc.country if loc else "", loc.lat if loc else "", loc.lon if loc else "",
        deaths_a, deaths_b, civilians, unknown, total.low if total else 0, best, total.high if total else 0,
        len(inc.report_ids), inc.title or "",
    )))


def write(ledger: "Ledger", out: TextIO, *, policy: str) -> int:
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for inc in ledger.all_incidents(policy):
        w.writerow(row(inc))
        n += 1
    return n
