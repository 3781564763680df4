"""JSON shapes of the API (the incident itself is the export's record: one contract)."""

from __future__ import annotations

from ..api import ReportView
from ..models import Place, to_dict
from ..store import IncidentRow, Merge


def place_record(p: Place | None) -> dict | None:
    if p is None:
        return None
    return {k: getattr(p, k) for k in ("name", "admin1", "country", "country_code", "lat", "lon", "precision")}


def row_record(r: IncidentRow) -> dict:
    """One incident of the list: aggregates as stored (killed under the ledger's ucdp rule)."""
    return {
        "id": r.id, "title": r.title, "event_type": r.event_type, "sub_event_type": r.sub_event_type,
        "date_start": to_dict(r.date_start), "date_end": to_dict(r.date_end), "date_precision": r.date_precision,
        "location": place_record(r.location), "actors": [{"name": a.name, "role": a.role} for a in r.actors],
        "n_reports": r.n_reports, "killed_low": r.killed_low, "killed_best": r.killed_best, "killed_high": r.killed_high,
        "wounded_best": r.wounded_best, "first_reported": to_dict(r.first_reported), "last_reported": to_dict(r.last_reported),
    }


def merge_record(m: Merge) -> dict:
    return {"report_id": m.report_id, "mention_idx": m.mention_idx, "reason": m.reason, "score": m.score, "created_at": m.created_at}


def report_record(view: ReportView) -> dict:
    return {
        "report": to_dict(view.report),
        "incident_ids": list(view.incident_ids),
        "mentions": [dict(to_dict(m), incident_id=i) for m, i in zip(view.mentions, view.incident_ids)],
    }


def map_point(p: tuple) -> dict:
    """A marker from Ledger.incident_points: only what the map draws, so thousands of incidents stay a small download."""
    iid, lat, lon, killed, title, day, event_type, place, country = p
    return {"id": iid, "lat": round(lat, 5), "lon": round(lon, 5), "killed": killed, "title": title or iid, "date": day,
            "type": event_type, "place": ", ".join(x for x in (place, country) if x)}
