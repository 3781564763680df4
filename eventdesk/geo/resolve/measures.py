"""How specific a place is and how far two places lie apart: what every other module measures with."""

from __future__ import annotations

import math

from ...models import Place


_SPECIFICITY = {"point": 5, "city": 4, "admin1": 3, "region": 2, "country": 1, "unknown": 0}
_COUNTY_SPECIFICITY = 3.5  # a region inside a state (a US county): finer than the state, coarser than a town


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance between two places, None when one has no coordinates."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def specificity(place: Place) -> float:
    if place.precision == "region" and place.admin1:
        return _COUNTY_SPECIFICITY
    return _SPECIFICITY.get(place.precision, 0)
