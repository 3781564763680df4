"""Load check of the web desk on loopback (not a test; run it by hand).

    python benchmarks/load_web.py [--incidents 10000] [--requests 300] [--db PATH]

Builds a ledger of synthetic incidents without NLP (Mention records made
directly and stored with Ledger.store_report), starts ``eventdesk serve`` on a
free loopback port in a subprocess, sends a bounded number of sequential
requests per endpoint and prints p50 / p95 / max latency.  Goal: p95 < 100 ms
for the list and incident endpoints.  Stops by itself.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from eventdesk.api import Ledger
from eventdesk.models import Actor, Claim, DateSpan, Mention, Place, Report
from eventdesk.store import IncidentFilter

COUNTRIES = [("Syria", "SY", 35.0, 38.5), ("Nigeria", "NG", 9.5, 8.0), ("Mali", "ML", 15.0, -2.0), ("Iraq", "IQ", 33.0, 44.0),
             ("Somalia", "SO", 4.0, 45.5), ("Yemen", "YE", 15.5, 47.5), ("Sudan", "SD", 14.0, 30.0), ("Myanmar", "MM", 20.0, 96.0)]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
         ("Violence against civilians", "Attack")]
ACTORS = ["Islamic State", "Al-Shabaab", "JNIM", "Boko Haram", "Military Forces", "Police Forces", "Civilians"]


def synthetic(n: int, rng: random.Random):
    """(report, anchor, mentions) for n incidents far enough apart that the linker keeps them separate."""
    day0 = _dt.date(2015, 1, 1)
    for i in range(n):
        country, cc, lat, lon = COUNTRIES[i % len(COUNTRIES)]
        day = day0 + _dt.timedelta(days=(i * 7) % 3650)
        la, lo = lat + rng.uniform(-4, 4), lon + rng.uniform(-4, 4)
        et, sub = TYPES[i % len(TYPES)]
        killed = int(rng.paretovariate(1.2)) * 2
        perp, target = rng.sample(ACTORS, 2)
        text = (f"{sub} in {country}. {killed} people were killed and {killed // 2} wounded near Town{i} on "
                f"{day.isoformat()}, officials said. The {perp} attacked {target}.")
        rid = f"synthetic-{i:06d}"
        n_at = text.index(str(killed))
        claims = (
            Claim(rid, "killed", None, killed, "exact", "officials", text[: text.index(".", n_at) + 1], 0, text.index(".", n_at) + 1,
                  day, n_at, n_at + len(str(killed))),
            Claim(rid, "wounded", None, killed // 2, "exact", "officials", "", 0, 0, day),
        )
        place = Place(f"Town{i}", f"Province{i % 17}", country, cc, la, lo, "city")
        m = Mention(rid, 0, 0, len(text), f"{sub} near Town{i}, {country}", et, sub, DateSpan(day, day, "day", day.isoformat()),
                    place, (Actor(perp, "perpetrator"), Actor(target, "target")), claims, day, "Synthetic Wire", (f"town{i}",))
        yield Report(rid, text, m.title, None, day, "Synthetic Wire", "synthetic"), day, [m]


def build(db: Path, n: int) -> float:
    t = time.perf_counter()
    rng = random.Random(7)
    with Ledger(db) as ledger:
        for report, anchor, mentions in synthetic(n, rng):
            ledger.store_report(report, anchor, mentions)
    return time.perf_counter() - t


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure(client: httpx.Client, urls: list[str]) -> dict:
    times = []
    for url in urls:
        t = time.perf_counter()
        r = client.get(url)
        times.append((time.perf_counter() - t) * 1000)
        r.raise_for_status()
    times.sort()
    return {"n": len(times), "p50": statistics.median(times), "p95": times[int(0.95 * (len(times) - 1))], "max": times[-1]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--incidents", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=300, help="requests per endpoint")
    ap.add_argument("--db", help="ledger to build (default: a temporary file)")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="eventdesk-load-")
    db = Path(args.db) if args.db else Path(tmp.name) / "load.db"
    if not db.exists():
        secs = build(db, args.incidents)
        print(f"built {args.incidents} synthetic incidents in {secs:.1f} s")
    with Ledger(db, readonly=True) as ledger:
        rows, total = ledger.incidents()
        ids = [r.id for r in ledger.incidents(IncidentFilter(limit=500, order="killed"))[0]]
    print(f"ledger: {total} incidents")

    port = free_port()
    env = dict(os.environ, EVENTDESK_TOKEN="")
    server = subprocess.Popen([sys.executable, "-c", f"from eventdesk.web import serve; serve({str(db)!r}, '127.0.0.1', {port})"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            for _ in range(200):
                try:
                    client.get("/api/facets")
                    break
                except httpx.TransportError:
                    time.sleep(0.05)
            rng = random.Random(1)
            n = args.requests
            pick = lambda: rng.choice(ids)  # noqa: E731
            filters = ["", "country=SY", "min_killed=20", "q=town12", "date_from=2018-01-01&date_to=2018-12-31",
                       "event_type=Battles&order=killed", "country=NG&min_killed=5&q=boko"]
            suites = {
                "GET /api/incidents (filters)": [f"/api/incidents?{rng.choice(filters)}&offset={rng.randrange(0, 200)}" for _ in range(n)],
                "GET / (list page)": [f"/?{rng.choice(filters)}" for _ in range(n)],
                "GET /api/incidents/{id}": [f"/api/incidents/{pick()}" for _ in range(n)],
                "GET /incidents/{id} (page)": [f"/incidents/{pick()}?policy={rng.choice(['ucdp', 'latest'])}" for _ in range(n)],
                "GET /incidents/{id}/timeline.svg": [f"/incidents/{pick()}/timeline.svg" for _ in range(max(20, n // 5))],
                "GET /api/map (all markers)": ["/api/map" for _ in range(max(10, n // 30))],
                "GET /api/map?country=SY": ["/api/map?country=SY" for _ in range(max(10, n // 10))],
            }
            client.get("/incidents/" + ids[0] + "/timeline.svg")  # the chart engine's one-off start
            print(f"{'endpoint':36} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
            for name, urls in suites.items():
                s = measure(client, urls)
                print(f"{name:36} {s['n']:5d} {s['p50']:8.1f} {s['p95']:8.1f} {s['max']:8.1f}")
    finally:
        server.terminate()
        server.wait(timeout=10)
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
