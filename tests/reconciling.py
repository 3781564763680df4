"""What the reconciling rounds' tests share: claims made up in one line, an incident's figure as (low, best, high),
and invented reports ingested through the real Ledger."""

from __future__ import annotations

import datetime as dt

from eventdesk import Claim
from eventdesk.models import Report

D = dt.date(2019, 6, 3)  # the first report's day; ``day`` counts from it
ORDER = {"a": 0, "b": 1, "c": 2, "d": 3}  # the reports in the order they came out


def claim(report, count, outcome="wounded", party=None, day=0, victim=None, trigger="injure"):
    """A claim of report ``report``, ``day`` days after ``D``."""
    return Claim(report_id=report, outcome=outcome, party=party, count=count, qualifier="exact",
                 reported_on=D + dt.timedelta(days=day), trigger=trigger, victim=victim)


def figure(figures, outcome, party=None):
    """(low, best, high) of the one reconciled figure for ``outcome`` and ``party``."""
    [f] = [f for f in figures if f.outcome == outcome and f.party == party]
    return f.low, f.best, f.high


def ingest(ledger, month: int, *texts_by_day):
    """Ingest invented reports, each (day of ``month`` of 2019, text); the ledger's incident rows."""
    reports = [Report(id=f"r{k}", text=text, published=dt.date(2019, month, day))
               for k, (day, text) in enumerate(texts_by_day)]
    ledger.ingest_reports(reports)
    rows, _ = ledger.incidents()
    return rows
