"""The command line, run as a user runs it: a real process on a real SQLite file."""

from __future__ import annotations

import csv
import json
import subprocess
import sys

import pytest

from .conftest import SAMPLES


def run(*args, check=True):
    p = subprocess.run([sys.executable, "-m", "eventdesk", *map(str, args)], capture_output=True, text=True, timeout=300,
                       env={"COLUMNS": "200", "PATH": "/usr/bin:/bin", **_env()})
    if check and p.returncode != 0:
        raise AssertionError(f"exit {p.returncode}: {p.stderr}")
    return p


def _env():
    import os

    return {k: v for k, v in os.environ.items() if k in ("HOME", "XDG_CACHE_HOME", "EVENTDESK_CACHE_DIR", "PYTHONPATH", "VIRTUAL_ENV")}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "ledger.db"
    p = run("ingest", SAMPLES, "--db", path, "-q")
    assert "reports read 5, stored 5" in p.stdout and "incidents new 4" in p.stdout
    return path


def test_ingest_summary_and_skips(db, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    p = run("ingest", SAMPLES, tmp_path / "empty.txt", "--db", db, "-q")
    assert "stored 0, already in the ledger 5, skipped 1" in p.stdout
    assert p.stderr.strip() == f"skipped {tmp_path / 'empty.txt'}: empty file"


def test_incidents_table(db):
    out = run("incidents", "--db", db).stdout
    assert "4 incidents" in out
    for word in ("Al Hasakah", "Maiduguri", "Baghdad", "Mopti", "40-140-140", "Armed clash"):
        assert word in out
    out = run("incidents", "--db", db, "--country", "SY").stdout
    assert "1 incidents" in out and "Baghdad" not in out


def test_show_one_incident(db):
    rows = run("export", "--format", "jsonl", "--db", db).stdout.splitlines()
    inc = next(json.loads(r) for r in rows if json.loads(r)["location"]["name"] == "Al Hasakah")
    out = run("show", inc["id"], "--db", db, "--policy", "conservative").stdout
    assert "figures (policy conservative)" in out
    assert "claimed by Syrian Observatory for Human Rights" in out
    assert "merge reasons" in out and "shared actors" in out
    assert "2022-01-23  levant-monitor-0123  killed (total): 140" in out


def test_export_to_file(db, tmp_path):
    out = tmp_path / "acled.csv"
    p = run("export", "--format", "acled", "-o", out, "--db", db)
    assert "wrote 4 rows" in p.stderr
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 4 and {"event_date", "fatalities"} <= set(rows[0])


def test_errors_are_one_line(db):
    p = run("show", "inc-nope", "--db", db, check=False)
    assert p.returncode == 1 and p.stderr.strip() == "error: incident 'inc-nope': not in the ledger"
    p = run("incidents", "--db", db, "--since", "yesterday", check=False)
    assert p.returncode == 2 and len(p.stderr.strip().splitlines()) == 1
    p = run("export", "--format", "xml", "--db", db, check=False)
    assert p.returncode == 1 and "unknown" in p.stderr
    p = run("show", "x", "--db", db, "--policy", "median", check=False)
    assert p.returncode == 1 and "policy 'median'" in p.stderr
