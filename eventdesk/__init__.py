"""eventdesk: an incident ledger of sourced casualty claims per party.

    import eventdesk
    with eventdesk.Ledger("ledger.db") as ledger:
        summary = ledger.ingest(["reports/"])
        rows, total = ledger.incidents()
        incident = ledger.incident(rows[0].id, policy="conservative")
"""

from typing import TYPE_CHECKING

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

# The ledger and its store are imported the first time one of their names is asked for (``eventdesk.Ledger``, ``from
# eventdesk import Ledger``), not with the package: the command line's help and the modules that need only the records
# import without linking, geocoding and SQLite (about 0.1 s).  (``reconcile`` stays above: it is a submodule's name as
# well as the function the package gives under it.)
if TYPE_CHECKING:
    from .api import IngestSummary, Ledger, ReportView
    from .store import IncidentFilter, IncidentRow

_LAZY = {"IngestSummary": "api", "Ledger": "api", "ReportView": "api", "IncidentFilter": "store", "IncidentRow": "store"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
