"""Flat CSV: one incident a row, the killed and wounded totals under the chosen policy."""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING, TextIO

from ..models import Incident

if TYPE_CHECKING:
    from ..api import Ledger

COLUMNS = (
    "id", "title", "event_type", "sub_event_type", "date_start", "date_end", "date_precision",
    "location", "admin1", "country", "country_code", "latitude", "longitude", "geo_precision",
    "perpetrators", "targets", "killed_low", "killed_best", "killed_high",
    "wounded_low", "wounded_best", "wounded_high", "n_reports", "n_claims", "policy",
)


def total(inc: Incident, outcome: str) -> tuple:
    f = inc.figure(outcome, None)
    return (f.low, f.best, f.high) if f else ("", "", "")


def row(inc: Incident, policy: str) -> dict:
    loc = inc.location
    return dict(zip(COLUMNS, (
        inc.id, inc.title, inc.event_type, inc.sub_event_type, inc.date_start, inc.date_end, inc.date_precision,
        loc.name if loc else "", loc.admin1 if loc else "", loc.country if loc else "", loc.country_code if loc else "",
        loc.lat if loc else "", loc.lon if loc else "", loc.precision if loc else "",
        "; ".join(a.name for a in inc.actors if a.role == "perpetrator"),
        "; ".join(a.name for a in inc.actors if a.role == "target"),
        *total(inc, "killed"), *total(inc, "wounded"), len(inc.report_ids), len(inc.claims), policy,
    )))


def write_csv(ledger: "Ledger", out: TextIO, *, policy: str) -> int:
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for inc in ledger.all_incidents(policy):
        w.writerow(row(inc, policy))
        n += 1
    return n
