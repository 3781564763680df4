"""Offline gazetteer and place resolution.

``Gazetteer.open()`` opens (building once, if needed) a compact SQLite index
of cities, provinces and countries made from data installed packages carry;
``resolve_place`` picks the place of an incident from a report's toponyms.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__all__ = ["Gazetteer", "Toponym", "extract_regions", "parse_city_state", "resolve_place"]

if TYPE_CHECKING:
    from .gazetteer import Gazetteer
    from .resolve import Toponym, extract_regions, parse_city_state, resolve_place


def __getattr__(name: str):
    # Imported on first use so that `python -m eventdesk.geo.build` runs the
    # builder module once, not after the package already imported it.
    if name == "Gazetteer":
        from .gazetteer import Gazetteer

        return Gazetteer
    if name in __all__:
        from . import resolve

        return getattr(resolve, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
