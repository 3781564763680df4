"""ACLED-style CSV: one event a row with ACLED's column names and codes.

ACLED records the most conservative fatality figure, so ``fatalities`` is the
total killed under the policy chosen (``conservative`` gives ACLED's own rule).
geo_precision: 1 a town, 2 a part of a region near a town, 3 a province or
larger.  time_precision: 1 a day, 2 a week or a few days, 3 a month or more.
"""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING, TextIO

from ..models import Incident
from ..nlp.lexicon import acled_name, qualify

if TYPE_CHECKING:
    from ..api import Ledger

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "iso", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
)
GEO_PRECISION = {"point": 1, "city": 1, "admin1": 3, "region": 3, "country": 3, "unknown": 3}
TIME_PRECISION = {"day": 1, "days": 2, "week": 2, "month": 3, "year": 3, "unknown": 3}


def notes(inc: Incident) -> str:
    parts = [inc.title or ""]
    for f in inc.figures:
        who = f.party or "total"
        parts.append(f"{f.outcome} ({who}): {f.best}" + (f" [{f.low}-{f.high}]" if f.low != f.high else ""))
    return ". ".join(p for p in parts if p)


def unidentified_actor(loc) -> str:
    """ACLED's actor for a perpetrator nobody names, in the incident's country."""
    return qualify("Unidentified Armed Group", loc.country_code, loc.country) if loc else "Unidentified Armed Group"


def actor_columns(actors, loc) -> tuple[str, str | None]:
    """actor1 and actor2 as ACLED names them.  actor1 is the side that acted: the first perpetrator, or
    where no side is told to have acted ("clashes between X and Y"), the first side named.  A side that
    was only hit ("two soldiers were killed by a roadside bomb") is actor2, and actor1 the unidentified
    armed group of the place's country.  actor2 is None where no other side is named."""
    code = loc.country_code if loc else None
    perpetrators = [acled_name(a.name, code) for a in actors if a.role == "perpetrator"]
    others = [acled_name(a.name, code) for a in actors if a.role != "perpetrator"]
    if perpetrators:
        return perpetrators[0], (others[0] if others else None)
    if len(others) > 1 or any(a.role == "other" for a in actors):
        return others[0], (others[1] if len(others) > 1 else None)
    return unidentified_actor(loc), (others[0] if others else None)


def row(inc: Incident, outlets: str) -> dict:
    loc = inc.location
    actor1, named2 = actor_columns(inc.actors, loc)
    killed = inc.figure("killed", None)
    actor2 = named2 or ("Civilians" if inc.figure("killed", "civilians") or inc.event_type == "Violence against civilians" else "")
    return dict(zip(COLUMNS, (
        inc.id, inc.date_start.isoformat() if inc.date_start else "", inc.date_start.year if inc.date_start else "",
        TIME_PRECISION.get(inc.date_precision, 3), inc.event_type or "", inc.sub_event_type or "",
        actor1, actor2,
        loc.country if loc else "", loc.country_code if loc else "", loc.admin1 if loc else "", loc.name if loc else "",
        loc.lat if loc else "", loc.lon if loc else "", GEO_PRECISION.get(loc.precision if loc else "unknown", 3),
        outlets, notes(inc), killed.best if killed else 0,
    )))


def write(ledger: "Ledger", out: TextIO, *, policy: str) -> int:
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    # each report's outlet, source or id, read once for the ledger (not each incident's reports, texts and all)
    sources = ledger.report_sources()
    arrival = {rid: k for k, rid in enumerate(sources)}
    for inc in ledger.all_incidents(policy):
        told = sorted((r for r in inc.report_ids if r in sources), key=arrival.__getitem__)
        outlets = "; ".join(dict.fromkeys(sources[r][0] or sources[r][1] or r for r in told))
        w.writerow(row(inc, outlets))
        n += 1
    return n
