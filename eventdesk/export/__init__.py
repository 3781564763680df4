"""Exports: the ledger in the formats analysts already use.

    jsonl    one incident a line, the full record (figures, claims, history, merge reasons)
    reports  one report a line: its own figures per incident
    csv      one incident a row, flat
    acled    ACLED's column names
    ucdp     UCDP GED's column names
    geojson  a FeatureCollection of incident points
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from . import acled, geojson, jsonl, table, ucdp

if TYPE_CHECKING:
    from ..api import Ledger

WRITERS = {
    "jsonl": jsonl.write_incidents,
    "reports": jsonl.write_reports,
    "csv": table.write_csv,
    "acled": acled.write,
    "ucdp": ucdp.write,
    "geojson": geojson.write,
}
FORMATS = tuple(WRITERS)


def write(ledger: "Ledger", fmt: str, out: TextIO, *, policy: str) -> int:
    if fmt not in WRITERS:
        from ..errors import ConfigError

        raise ConfigError(f"export format {fmt!r}: unknown, choose one of {', '.join(FORMATS)}")
    return WRITERS[fmt](ledger, out, policy=policy)
