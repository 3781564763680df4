"""The records eventdesk passes between its stages.

All records are frozen dataclasses: a stage never edits what an earlier stage
produced, it makes a new record (``dataclasses.replace``).  Dates are
``datetime.date``; everything else is plain str/int/float so that records
serialise to JSON without help (see :func:`to_dict`).

Vocabulary
----------
outcome    one of OUTCOMES: what happened to the people counted
party      whose people: a normalised actor name, ``"civilians"``, or None
           for a total across parties
qualifier  one of QUALIFIERS: how the count was stated
precision  date: day | days | week | month | year | unknown
           place: point | city | admin1 | region | country | unknown
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass
from typing import Any

OUTCOMES = ("killed", "wounded", "missing", "abducted", "arrested", "escaped")
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to")
DATE_PRECISIONS = ("day", "days", "week", "month", "year", "unknown")
PLACE_PRECISIONS = ("point", "city", "admin1", "region", "country", "unknown")
ROLES = ("perpetrator", "target", "other")


@dataclass(frozen=True)
class Report:
    """One news report as read from an input."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: _dt.date | None = None
    outlet: str | None = None
    source: str | None = None  # the input it was read from: file path, "file.jsonl:12"


@dataclass(frozen=True)
class Place:
    name: str
    admin1: str | None = None
    country: str | None = None
    country_code: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "unknown"  # point, city, region (part of a country, or a US county), admin1, country
    geonameid: int | None = None


@dataclass(frozen=True)
class Actor:
    name: str
    role: str = "other"


@dataclass(frozen=True)
class Claim:
    """One figure stated in one report: '81 militants were killed, said X'."""

    report_id: str
    outcome: str
    party: str | None
    count: int
    qualifier: str = "exact"
    attributed_to: str | None = None
    sentence: str = ""
    start: int = 0  # character offsets of the sentence in the report text
    end: int = 0
    reported_on: _dt.date | None = None
    number_start: int | None = None  # offsets of the number itself in the report text
    number_end: int | None = None
    trigger: str | None = None  # the word that gave the outcome: "killed", "shot", "died"
    # a person counted once however often named: a surname ("heavner"), a description with its sentence
    # ("a man, 22 @s40"), "another man @N", "the other", "unnamed" or ``SHOOTER`` (see reconcile._victim_count);
    # None for a stated number
    victim: str | None = None


# the victim key of a shooter who killed himself after shooting others: one more dead than those he shot, of the
# perpetrators' party (extraction writes it, reconciliation counts it)
SHOOTER = "the shooter"


@dataclass(frozen=True)
class DateSpan:
    start: _dt.date | None
    end: _dt.date | None
    precision: str = "unknown"
    text: str | None = None  # the words it was resolved from


@dataclass(frozen=True)
class Mention:
    """One incident as one report tells it (a segment of the report)."""

    report_id: str
    index: int  # segment number inside the report
    start: int  # character span of the segment in the report text
    end: int
    title: str | None
    event_type: str | None
    sub_event_type: str | None
    date: DateSpan
    place: Place | None
    actors: tuple[Actor, ...] = ()
    claims: tuple[Claim, ...] = ()
    reported_on: _dt.date | None = None
    outlet: str | None = None
    keywords: tuple[str, ...] = ()  # names that tell this incident apart: victims, streets, units


@dataclass(frozen=True)
class Figure:
    """A reconciled number for one outcome and party of an incident."""

    outcome: str
    party: str | None
    low: int
    best: int
    high: int
    policy: str
    claims: tuple[int, ...] = ()  # indexes into Incident.claims behind the number


@dataclass(frozen=True)
class HistoryPoint:
    report_id: str
    reported_on: _dt.date | None
    outcome: str
    party: str | None
    count: int
    attributed_to: str | None = None


@dataclass(frozen=True)
class Incident:
    id: str
    title: str | None
    event_type: str | None
    sub_event_type: str | None
    date_start: _dt.date | None
    date_end: _dt.date | None
    date_precision: str
    location: Place | None
    actors: tuple[Actor, ...] = ()
    report_ids: tuple[str, ...] = ()
    figures: tuple[Figure, ...] = ()
    claims: tuple[Claim, ...] = ()
    merge_reasons: tuple[str, ...] = ()
    history: tuple[HistoryPoint, ...] = ()

    def figure(self, outcome: str, party: str | None = None) -> Figure | None:
        for f in self.figures:
            if f.outcome == outcome and f.party == party:
                return f
        return None


# the values a record's fields mostly hold, given back as they are before the slower tests below (an export writes
# each claim's ten fields through ``to_dict``): by exact type, so a subclass still takes the tests below
_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_dict(record: Any) -> Any:
    """A JSON-ready dict of a record (dates as ISO strings), recursively."""
    if type(record) in _PLAIN:
        return record
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: to_dict(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [to_dict(x) for x in record]
    if isinstance(record, dict):
        return {k: to_dict(v) for k, v in record.items()}
    if isinstance(record, _dt.date):
        return record.isoformat()
    return record


def parse_date(value: str | None) -> _dt.date | None:
    if not value:
        return None
    return _dt.date.fromisoformat(str(value)[:10])


__all__ = [
    "Actor",
    "Claim",
    "DateSpan",
    "Figure",
    "HistoryPoint",
    "Incident",
    "Mention",
    "Place",
    "Report",
    "to_dict",
]
