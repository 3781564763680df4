"""UCDP GED Iraq: (1) geocoding of GED's own place strings with our gazetteer, (2) a schema check of
our UCDP export (eventdesk/export/ucdp.py) against GED's columns and its deaths-by-side identity.

(1) For rows coded to a place (where_prec 1 exact, 2 near a place), ``where_coordinates`` ("Al
Fallūjah town") minus UCDP's kind word is looked up with ``Gazetteer.lookup(name, "IQ", admin1)``,
where admin1 is the province of ``adm_1`` as the gazetteer knows it; if that finds nothing, without
the province.  Score: distance of the first candidate to GED's lat/lon.
(2) GED has no article text (only 3,531 headlines), so deaths cannot be extracted here; instead we
check that every column our export writes exists in GED with the same name, and that GED's rows obey
the identity our export relies on: best = deaths_a + deaths_b + deaths_civilians + deaths_unknown.
"""

from __future__ import annotations

import re

from . import metrics
from .common import Errors, Result, Row, Timer, fold, sample
from .data import load_ucdp, ucdp_columns

# UCDP appends the kind of place to its names: "Al Fallūjah town", "Kirkuk city", "Diyala province"
_KIND = re.compile(r"\s+(?:town|city|village|district|province|governorate|area|neighbou?rhood|camp|region|market|sub-?district|municipality)$", re.I)


def clean_place(s: str) -> str:
    s = re.sub(r"\(.*?\)", "", s or "").strip()
    return _KIND.sub("", s).strip()


def geocode_outcome(gz, row: dict) -> tuple[float | None, str | None, dict | None]:
    """Geocode a row's place string (a row coded to a place, where_prec 1-2) with the gazetteer ``gz``: the
    distance in km of the first candidate to GED's point (None when nothing is found), and when it is not within
    25 km the error kind and an example."""
    name = clean_place(row["where_coordinates"])
    prov = clean_place(row["adm_1"])
    adm = gz.admin1(prov, "IQ") if prov else None
    found = gz.lookup(name, "IQ", adm.name if adm else None, limit=1) if adm else []
    if not found:
        found = gz.lookup(name, "IQ", limit=1)
    d = None
    if found and found[0].lat is not None:
        d = metrics.haversine_km(found[0].lat, found[0].lon, float(row["latitude"]), float(row["longitude"]))
    if d is not None and d <= 25:
        return d, None, None
    p = found[0] if found else None
    kind = ("not in gazetteer" if p is None else
            "resolved to a province/country" if p.precision not in ("point", "city") else
            "other province" if adm and fold(p.admin1) != fold(adm.name) else "same-name place elsewhere (>25 km)")
    return d, kind, {"id": row["id"], "name": row["where_coordinates"], "adm_1": row["adm_1"],
                     "ours": f"{p.name}, {p.admin1}" if p else None, "km": round(d) if d else None}


def run(rt, root, split: str, limit: int | None = None) -> Result:
    from eventdesk.export.ucdp import COLUMNS

    rows = sample(load_ucdp(root, split), lambda r: r["id"], limit)
    errs = {"geocoding": Errors(), "schema": Errors()}
    dists = []
    with Timer() as t:
        gz = rt.gazetteer
        for r in rows:
            if r["where_prec"] not in ("1", "2"):
                continue
            d, kind, example = geocode_outcome(gz, r)
            dists.append(d)
            if kind:
                errs["geocoding"].add(kind, example)
        ged = set(ucdp_columns(root))
        ours = [c for c in COLUMNS if c not in ("id", "number_of_sources")] + ["number_of_sources"]
        missing = [c for c in ours if c not in ged]
        for c in missing:
            errs["schema"].add(f"export column not in GED: {c}")
        identity = []
        for r in rows:
            try:
                parts = sum(int(r[k]) for k in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"))
                ok = parts == int(r["best"]) and int(r["low"]) <= int(r["best"]) <= int(r["high"])
            except ValueError:
                ok = False
            identity.append(ok)
            if not ok:
                errs["schema"].add("GED row breaks best = sum of deaths by side, or low <= best <= high", {"id": r["id"]})
    geo = metrics.distance_summary(dists)
    out = [
        Row("geocode within 25 km (where_prec 1-2)", geo["within_25km"], None, f"{geo['n']} rows"),
        Row("geocode within 10 km", geo["within_10km"]),
        Row("geocode median km", geo["median_km"], None, "", "km"),
        Row("geocode found", geo["located"]),
        Row("export columns present in GED", metrics.safe_div(len(ours) - len(missing), len(ours)), None, ", ".join(missing) or "all"),
        Row("GED rows obeying the deaths-by-side identity", metrics.safe_div(sum(identity), len(identity))),
    ]
    return Result("ucdp", split, out, {"geo": geo, "export_columns_missing_in_ged": missing}, errs, t.seconds, len(rows))
