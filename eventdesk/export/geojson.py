"""GeoJSON: a FeatureCollection of incident points (incidents with no coordinates are left out)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from ..models import Incident

if TYPE_CHECKING:
    from ..api import Ledger


def feature(inc: Incident) -> dict | None:
    loc = inc.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    killed = inc.figure("killed", None)
    wounded = inc.figure("wounded", None)
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
        "properties": {
            "id": inc.id, "title": inc.title, "event_type": inc.event_type, "sub_event_type": inc.sub_event_type,
            "date_start": inc.date_start.isoformat() if inc.date_start else None,
            "date_end": inc.date_end.isoformat() if inc.date_end else None, "date_precision": inc.date_precision,
            "place": loc.name, "admin1": loc.admin1, "country": loc.country, "country_code": loc.country_code,
            "geo_precision": loc.precision,
            "killed_low": killed.low if killed else None, "killed_best": killed.best if killed else None,
            "killed_high": killed.high if killed else None, "wounded_best": wounded.best if wounded else None,
            "n_reports": len(inc.report_ids), "policy": killed.policy if killed else None,
        },
    }


def collection(incidents) -> dict:
    return {"type": "FeatureCollection", "features": [f for f in map(feature, incidents) if f is not None]}


def write(ledger: "Ledger", out: TextIO, *, policy: str) -> int:
    fc = collection(ledger.all_incidents(policy))
    json.dump(fc, out, ensure_ascii=False)
    out.write("\n")
    return len(fc["features"])
