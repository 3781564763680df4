"""eventdesk: an incident ledger of sourced casualty claims per party.

    import eventdesk
    with eventdesk.Ledger("ledger.db") as ledger:
        summary = ledger.ingest(["reports/"])
        rows, total = ledger.incidents()
        incident = ledger.incident(rows[0].id, policy="conservative")
"""

from .api import IngestSummary, Ledger, ReportView
from .errors import (
    BadEncoding,
    BinaryInput,
    ConfigError,
    EmptyInput,
    EventdeskError,
    GazetteerError,
    InputError,
    MalformedInput,
    NotFound,
    StoreError,
    TooLarge,
)
from .models import Actor, Claim, DateSpan, Figure, HistoryPoint, Incident, Mention, Place, Report, to_dict
from .reconcile import POLICIES, reconcile
from .settings import SETTINGS, Settings
from .store import IncidentFilter, IncidentRow

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "BadEncoding",
    "BinaryInput",
    "Claim",
    "ConfigError",
    "DateSpan",
    "EmptyInput",
    "EventdeskError",
    "Figure",
    "GazetteerError",
    "HistoryPoint",
    "Incident",
    "IncidentFilter",
    "IncidentRow",
    "IngestSummary",
    "InputError",
    "Ledger",
    "MalformedInput",
    "Mention",
    "NotFound",
    "POLICIES",
    "Place",
    "Report",
    "ReportView",
    "SETTINGS",
    "Settings",
    "StoreError",
    "TooLarge",
    "reconcile",
    "to_dict",
]
