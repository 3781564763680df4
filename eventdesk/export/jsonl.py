"""JSON Lines: incidents (the output contract) and reports (each report's own figures)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TextIO

from ..models import Incident, to_dict
from ..reconcile import report_figures

if TYPE_CHECKING:
    from ..api import Ledger, ReportView

_CLAIM_FIELDS = ("report_id", "outcome", "party", "count", "qualifier", "attributed_to", "sentence", "start", "end", "reported_on")


def incident_record(inc: Incident) -> dict:
    """The JSON record of one incident, as the output contract gives it (plus history)."""
    return {
        "id": inc.id,
        "title": inc.title,
        "event_type": inc.event_type,
        "sub_event_type": inc.sub_event_type,
        "date_start": to_dict(inc.date_start),
        "date_end": to_dict(inc.date_end),
        "date_precision": inc.date_precision,
        "location": None if inc.location is None else {
            k: getattr(inc.location, k) for k in ("name", "admin1", "country", "country_code", "lat", "lon", "precision")
        },
        "actors": [{"name": a.name, "role": a.role} for a in inc.actors],
        "report_ids": list(inc.report_ids),
        "figures": [
            {"outcome": f.outcome, "party": f.party, "low": f.low, "best": f.best, "high": f.high, "policy": f.policy}
            for f in inc.figures
        ],
        "claims": [{k: to_dict(getattr(c, k)) for k in _CLAIM_FIELDS} for c in inc.claims],
        "merge_reasons": list(inc.merge_reasons),
        "history": [to_dict(h) for h in inc.history],
    }


def write_incidents(ledger: "Ledger", out: TextIO, *, policy: str) -> int:
    n = 0
    for inc in ledger.all_incidents(policy):
        out.write(json.dumps(incident_record(inc), ensure_ascii=False) + "\n")
        n += 1
    return n


def report_record(ledger: "Ledger", report_id: str) -> dict:
    return view_record(ledger.report(report_id))


def view_record(view: "ReportView") -> dict:
    """The JSON record of one report: its own figures per incident."""
    report_id = view.report.id
    incidents = []
    for m, incident_id in zip(view.mentions, view.incident_ids):
        per = report_figures(list(m.claims), {report_id: 0})
        figures = [
            {"outcome": outcome, "party": party, "count": figs[0].low}
            for (outcome, party), figs in sorted(per.items(), key=lambda kv: (kv[0][0], kv[0][1] is not None, kv[0][1] or ""))
        ]
        incidents.append({"incident_id": incident_id, "figures": figures})
    return {"report_id": report_id, "published": to_dict(view.report.published), "incidents": incidents}


def write_reports(ledger: "Ledger", out: TextIO, *, policy: str) -> int:
    n = 0
    for view in ledger.report_views(ledger.reports(texts=False)):  # a record reads a report's id and date, not its text
        out.write(json.dumps(view_record(view), ensure_ascii=False) + "\n")
        n += 1
    return n
