"""Read-only access to the place index built by :mod:`eventdesk.geo.build`."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ..errors import GazetteerError
from ..models import Place
from .build import ABBREV, ADMIN1, CITY, COUNTRY, LOOSE, PRIMARY, VERSION, build, county_key, display_name, index_path
from .names import fold, loose
from .tables import ADMIN1_WORDS, CITY_WORDS

_SAINT = re.compile(r"(st|saint) (?=\w)")  # a folded name's first word, a saint's
_KINDS = {"city": CITY, "admin1": ADMIN1, "country": COUNTRY}
_PRECISION = {CITY: "city", ADMIN1: "admin1", COUNTRY: "country"}
_KIND_WORD = re.compile(
    r"\s+(?P<word>" + "|".join(ADMIN1_WORDS + CITY_WORDS) + r")$", re.IGNORECASE
)
_COUNTY_KIND = re.compile(r" (?:parish|borough|census area|municipality)$")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_MATCHES_KEPT = 8192  # names whose places are kept (Gazetteer.matches)
# "LeFlore County" is Oklahoma's Le Flore County as news spells it (and Mississippi's Leflore County): a name after
# a French or Dutch particle is written with and without the space, whatever the county's own spelling.
_PARTICLE = re.compile(r"^(de|du|la|le|van)\s?(?=[a-z]{3})")


def _prefix_spellings(key: str) -> tuple[str, ...]:
    """A county key and its spelling with the space after its particle dropped or put in: "leflore", "le flore"."""
    m = _PARTICLE.match(key)
    if m is None:
        return (key,)
    rest = key[m.end():]
    return (key, *(k for k in (m[1] + rest, f"{m[1]} {rest}") if k != key))


class Gazetteer:
    """Look places up by name.  One instance may be shared by threads (reads only)."""

    def __init__(self, con: sqlite3.Connection, path: Path):
        self.path = path
        self._con = con
        self._lock = threading.Lock()
        # The index never changes under an open Gazetteer (it is opened immutable), and a report's places
        # ask the same questions many times over (each toponym, its pairs, counties, the candidates'
        # provinces): answers are kept, read-only, per instance.
        self._cached_rows = lru_cache(maxsize=8192)(self._query)
        # ... and so are the answers built from them: a name asked again (each segment's toponyms, the namesakes'
        # and the counties' checks) gets the places found the first time, not the rows ranked and made over
        self._cached_matches = lru_cache(maxsize=_MATCHES_KEPT)(self._matches)
        rows = con.execute("SELECT cc, name FROM place WHERE kind = ?", (COUNTRY,)).fetchall()
        self._country_names = dict(rows)
        self._boxes: dict[str, tuple[float, float, float, float]] | None = None
        self._town_counties: dict[tuple[str, str], frozenset[str]] = {}
        self._county_tops: dict[tuple[str, str], int] = {}

    @classmethod
    def open(cls, cache_dir: Path | None = None) -> "Gazetteer":
        """Open the index in ``cache_dir``, building it first when missing or unreadable."""
        path = index_path(cache_dir)
        try:
            return cls._connect(path)
        except (GazetteerError, sqlite3.DatabaseError):
            pass  # missing, truncated, from an older build or not SQLite at all: rebuild
        build(path)
        try:
            return cls._connect(path)
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{path}: gazetteer index unreadable after rebuild: {exc}") from exc

    @classmethod
    def _connect(cls, path: Path) -> "Gazetteer":
        if not path.is_file():
            raise GazetteerError(f"{path}: no gazetteer index")
        # immutable: the file is never written in place (a rebuild renames a new
        # one over it), so SQLite may skip locking; reads stay valid on the old inode.
        con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, check_same_thread=False)
        try:
            page_size, pages = con.execute("PRAGMA page_size").fetchone()[0], con.execute("PRAGMA page_count").fetchone()[0]
            if page_size * pages != path.stat().st_size:
                raise GazetteerError(f"{path}: truncated gazetteer index")
            meta = dict(con.execute("SELECT k, v FROM meta").fetchall())
            if meta.get("version") != VERSION:
                raise GazetteerError(f"{path}: gazetteer index of another version")
            return cls(con, path)
        except BaseException:
            con.close()
            raise

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> "Gazetteer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- lookups -------------------------------------------------------------

    def lookup(
        self,
        name: str,
        country_code: str | None = None,
        admin1: str | None = None,
        limit: int = 10,
        *,
        kinds: Iterable[str] | None = None,
        abbreviations: bool = False,
    ) -> list[Place]:
        """Places called ``name``, best first: exact name over alternate over
        spelling variant, then population.  "X province" / "X city" narrow the kind."""
        return [place for _, place in self.matches(name, country_code, admin1, limit, kinds=kinds, abbreviations=abbreviations)]

    def matches(
        self,
        name: str,
        country_code: str | None = None,
        admin1: str | None = None,
        limit: int = 10,
        *,
        kinds: Iterable[str] | None = None,
        abbreviations: bool = False,
    ) -> list[tuple[int, Place]]:
        """Like :meth:`lookup`, each place with how its name matched: 0 its own
        name, 1 an alternate name, 2 only a spelling variant."""
        kinds = tuple(kinds) if kinds else None  # (an empty generator is kinds given: no kind wanted)
        # (a fresh list each time: the places are frozen, the list is the caller's)
        return list(self._cached_matches(name, country_code, admin1, limit, kinds, abbreviations))

    def _matches(self, name: str, country_code: str | None, admin1: str | None, limit: int, kinds: tuple[str, ...] | None,
                 abbreviations: bool) -> tuple[tuple[int, Place], ...]:
        text = _THE.sub("", name.strip())
        wanted = {_KINDS[k] for k in kinds} if kinds is not None else {CITY, ADMIN1, COUNTRY}
        m = _KIND_WORD.search(text)
        if m and fold(text[: m.start()]):
            narrowed = wanted & ({ADMIN1} if m["word"].lower() in ADMIN1_WORDS else {CITY})
            whole = self._match(fold(text), wanted, abbreviations)
            if whole:  # "Kurdistan Region", "Mexico City" are names in their own right
                return tuple(self._finish(whole, country_code, admin1, limit))
            text, wanted = text[: m.start()], narrowed or wanted
        return tuple(self._finish(self._match(fold(text), wanted, abbreviations), country_code, admin1, limit))

    def country(self, name: str) -> Place | None:
        code = name.strip().upper()
        if len(code) == 2 and code in self._country_names and name.strip().isupper():
            rows = self._rows("SELECT * FROM place WHERE kind = ? AND cc = ?", (COUNTRY, code))
            return _place(rows[0], self._country_names) if rows else None
        found = self.lookup(name, kinds=("country",), limit=1)
        return found[0] if found else None

    def admin1(self, name: str, country_code: str | None = None) -> Place | None:
        """A province or state, by name, AP abbreviation ("Fla.") or US postal code."""
        found = self.lookup(name, country_code, kinds=("admin1",), limit=1, abbreviations=True)
        return found[0] if found else None

    def county_states(self, name: str) -> list[Place]:
        """The US states having a county of that name ("Cowley County", "Lake Co.", "Lafayette Parish"),
        largest first.  Counties carry no coordinates of their own: they say which state a report is in."""
        text = _THE.sub("", name.strip())
        key = county_key(text)
        if not key or (key == fold(text) and not _COUNTY_KIND.search(key)):
            return []  # no county word: not a county phrase
        rows = self._rows("SELECT p.* FROM county c JOIN place p ON p.id = c.place WHERE c.key = ? ORDER BY p.pop DESC", (key,))
        return [_place(r, self._country_names) for r in rows]

    def counties(self, name: str) -> list[Place]:
        """The US counties of that name ("Dillon County", "Lake Co.", "Lafayette Parish") as region places at
        the centre of their ZIP codes, in the largest state first; [] without a county word."""
        text = _THE.sub("", name.strip())
        key = county_key(text)
        if not key or (key == fold(text) and not _COUNTY_KIND.search(key)):
            return []
        keys = _prefix_spellings(key)
        rows = self._rows("SELECT c.name, c.lat, c.lon, p.* FROM county c JOIN place p ON p.id = c.place"
                          f" WHERE c.key IN ({', '.join('?' * len(keys))}) ORDER BY p.pop DESC", keys)
        out = []
        for cname, lat, lon, *row in rows:
            state = _place(tuple(row), self._country_names)
            if lat is None:
                out.append(state)  # a county without ZIP codes: only its state is known
            else:
                out.append(Place(name=display_name(cname), admin1=state.admin1, country=state.country,
                                 country_code=state.country_code, lat=lat, lon=lon, precision="region"))
        return out

    def town_counties(self, place: Place) -> frozenset[str]:
        """Keys of the US counties a town lies in (after :func:`county_key`), from its ZIP codes."""
        if place.country_code != "US" or place.precision not in ("city", "point") or not place.admin1:
            return frozenset()
        key = (place.name, place.admin1)
        hit = self._town_counties.get(key)
        if hit is None:
            rows = self._rows("SELECT county FROM town_county WHERE name = ? AND admin1 = ?", key)
            hit = self._town_counties[key] = frozenset(r[0] for r in rows)
        return hit

    def county_top(self, county: Place) -> int:
        """The population of a US county's largest town (by its towns' ZIP codes): how big the county is."""
        key = (county_key(county.name), county.admin1 or "")
        hit = self._county_tops.get(key)
        if hit is None:
            rows = self._rows("SELECT name FROM town_county WHERE admin1 = ? AND county = ?", (key[1], key[0]))
            towns = (self.lookup(r[0], "US", admin1=key[1], kinds=("city",), limit=1) for r in rows)
            hit = self._county_tops[key] = max((self.population(t[0]) for t in towns if t), default=0)
        return hit

    def population(self, place: Place) -> int:
        """A city's population (0 for places without a GeoNames id: provinces, regions)."""
        if place.geonameid is None:
            return 0
        rows = self._rows("SELECT pop FROM place WHERE gid = ? AND kind = ?", (place.geonameid, CITY))
        return rows[0][0] or 0 if rows else 0

    def point(self, geonameid: int) -> tuple[float, float] | None:
        """A city's own point, by GeoNames id: where a report that names no more than the city places it."""
        rows = self._rows("SELECT lat, lon FROM place WHERE gid = ? AND kind = ?", (geonameid, CITY))
        return (rows[0][0], rows[0][1]) if rows else None

    def country_name(self, country_code: str) -> str | None:
        return self._country_names.get(country_code.upper())

    def country_box(self, country_code: str) -> tuple[float, float, float, float] | None:
        """(south, north, west, east) of the bulk of a country's cities."""
        if self._boxes is None:
            rows = self._rows("SELECT cc, south, north, west, east FROM bbox", ())
            self._boxes = {r[0]: tuple(r[1:]) for r in rows}
        return self._boxes.get(country_code.upper())

    # -- internals -----------------------------------------------------------

    def _rows(self, sql: str, args: tuple) -> tuple[tuple, ...]:
        return self._cached_rows(sql, args)

    def _query(self, sql: str, args: tuple) -> tuple[tuple, ...]:
        with self._lock:
            try:
                return tuple(self._con.execute(sql, args).fetchall())
            except sqlite3.DatabaseError as exc:
                raise GazetteerError(f"{self.path}: {exc}") from exc

    def _match(self, key: str, kinds: set[int], abbreviations: bool) -> list[tuple]:
        """(quality, place row) for a folded key, spelling variants included at LOOSE quality."""
        if not key:
            return []
        sql = ("SELECT min(n.q), p.* FROM name n JOIN place p ON p.id = n.place"
               " WHERE n.key = ? AND n.q <= ? GROUP BY p.id")
        best: dict[int, tuple] = {}
        for r in self._rows(sql, (key, ABBREV if abbreviations else LOOSE)):
            # Asked for, an abbreviation is as explicit as a full name: "Pa." is Pennsylvania.
            best[r[1]] = (PRIMARY if r[0] == ABBREV else r[0], r[1:])
        # "St. Marys" and "Saint Marys" are one name: GeoNames spells each American town one way ("St. Marys",
        # Georgia; "Saint Marys", Pennsylvania and Ohio), so the other spelling's American towns count as that name
        # too (only American: "St. Louis" is no more Senegal's Saint-Louis than its alternate names make it)
        saint = _SAINT.match(key)
        if saint:
            other = ("saint " if saint[1] == "st" else "st ") + key[saint.end():]
            us_only = sql.replace(" GROUP BY", " AND p.cc = 'US' GROUP BY")
            for r in self._rows(us_only, (other, ABBREV if abbreviations else LOOSE)):
                q = PRIMARY if r[0] == ABBREV else r[0]
                if r[1] not in best or q < best[r[1]][0]:
                    best[r[1]] = (q, r[1:])
        for r in self._rows(sql, (loose(key), LOOSE)):
            best.setdefault(r[1], (LOOSE, r[1:]))
        return [hit for hit in best.values() if hit[1][1] in kinds]

    def _finish(self, hits: list[tuple], country_code: str | None, admin1: str | None, limit: int) -> list[Place]:
        if country_code:
            hits = [h for h in hits if h[1][3] == country_code.upper()]
        if admin1:
            slots = {(r[3], r[4]) for _, r in self._match(fold(admin1), {ADMIN1}, True)}
            hits = [h for h in hits if (h[1][3], h[1][4]) in slots]
        # A city sharing its name with the province it lies in is what the bare
        # name usually means (Hasakah, New York): it ranks as well as the province.
        provinces = {(r[3], r[4]): (q, r[8] or 0) for q, r in hits if r[1] == ADMIN1}
        def rank(hit: tuple) -> tuple:
            q, r = hit
            pop = r[8] or 0
            # ... when it is the province's main city, not a suburb named after it (Maryland City, Maryland)
            if r[1] == CITY and (r[3], r[4]) in provinces and pop * 10 >= provinces[r[3], r[4]][1]:
                q, pop = min(q, provinces[r[3], r[4]][0]), max(pop, provinces[r[3], r[4]][1])
            return (q, -pop, r[1])
        hits.sort(key=rank)
        return [(min(rank(h)[0], LOOSE), _place(h[1], self._country_names)) for h in hits[:limit]]




def _place(row: tuple, countries: dict[str, str]) -> Place:
    pid, kind, name, cc, _a1code, admin1, lat, lon, _pop, gid = row
    return Place(
        name=display_name(name),
        admin1=display_name(admin1) if kind != COUNTRY and admin1 else None,
        country=countries.get(cc),
        country_code=cc,
        lat=lat,
        lon=lon,
        precision=_PRECISION[kind],
        geonameid=gid,
    )
