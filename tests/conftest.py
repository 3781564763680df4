"""Shared fixtures: one real spaCy pipeline per session, fresh SQLite ledgers per test."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "eventdesk" / "samples"


@pytest.fixture(scope="session")
def gazetteer():
    from eventdesk.geo import Gazetteer

    g = Gazetteer.open()
    yield g
    g.close()


@pytest.fixture(scope="session")
def nlp(gazetteer):
    from eventdesk.nlp import build_nlp

    return build_nlp(gazetteer=gazetteer)


@pytest.fixture
def ledger(tmp_path, nlp, gazetteer):
    from eventdesk import Ledger

    with Ledger(tmp_path / "ledger.db", nlp=nlp, gazetteer=gazetteer) as led:
        yield led


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory, nlp, gazetteer):
    """A ledger file built once from the bundled sample reports."""
    from eventdesk import Ledger

    path = tmp_path_factory.mktemp("samples") / "samples.db"
    with Ledger(path, nlp=nlp, gazetteer=gazetteer) as led:
        led.ingest([SAMPLES])
    return path


@pytest.fixture
def analyze(nlp):
    """Run the pipeline on one text: the Doc, for component tests."""
    from eventdesk.nlp import blank_doc

    def run(text: str, anchor: dt.date | None = dt.date(2022, 1, 21), dateline_place: str | None = None):
        return nlp(blank_doc(nlp, text, anchor=anchor, dateline_place=dateline_place))

    return run


@pytest.fixture
def mentions_of(nlp, gazetteer):
    """Run the whole extraction on one text: the Mention records."""
    from eventdesk import Ledger, Report

    led = Ledger(":memory:", nlp=nlp, gazetteer=gazetteer)

    def run(text: str, published: dt.date | None = dt.date(2022, 1, 21), report_id: str = "r-test", outlet: str | None = None):
        report = Report(id=report_id, text=text, published=published, outlet=outlet)
        [(_, _, mentions)] = list(led.analyze([report]))
        return mentions

    yield run
    led.close()


@pytest.fixture
def killed_wounded(mentions_of):
    """(killed, wounded) of one text, counted the way the evaluation counts a report."""
    from eval.common import report_casualties

    def run(text: str) -> tuple[int, int]:
        figs = report_casualties(mentions_of(text))
        return figs.get("killed", 0), figs.get("wounded", 0)

    return run


# --- the web desk: a ledger with the samples plus a hostile report, and a live server ---

ROOT = Path(__file__).resolve().parent.parent
SAMPLES_REL = Path("eventdesk") / "samples"  # relative to ROOT, so no path of this machine lands in pages or screenshots

# A report written to attack the page: script tags, attribute breaking, a javascript: link.
HOSTILE_TEXT = """Title: Gunmen kill five in Kano <script>window.__pwned = 1</script>
Outlet: Evil Wire"><img src=x onerror="window.__pwned=2">
URL: javascript:window.__pwned=3
Date: 2022-01-24

KANO, Nigeria — Gunmen killed five villagers <script>window.__pwned=4</script> in Kano on Monday, police said.
" onmouseover="window.__pwned=5" x=" The attackers <b>fled</b> on motorcycles.
"""
HOSTILE_ID = "hostile-0001"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def web_ledger(tmp_path_factory, nlp, gazetteer):
    """A real ledger: the sample reports plus one hostile report, through the real pipeline."""
    from eventdesk.api import Ledger
    from eventdesk.ingest import read_text_report

    db = tmp_path_factory.mktemp("web") / "ledger.db"
    ledger = Ledger(db, nlp=nlp, gazetteer=gazetteer)
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        summary = ledger.ingest([SAMPLES_REL])
    finally:
        os.chdir(cwd)
    assert summary.stored >= 4, summary.to_dict()
    hostile = read_text_report(HOSTILE_TEXT, source="hostile.txt", id=HOSTILE_ID)
    assert ledger.ingest_reports([hostile]).stored == 1
    yield ledger
    ledger.close()


@pytest.fixture()
def writable_ledger(web_ledger, tmp_path):
    """A copy of the session ledger that a test may write to, sharing the loaded language model."""
    from eventdesk.api import Ledger

    web_ledger.store._conn().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    copy = tmp_path / "copy.db"
    shutil.copy(web_ledger.settings.db, copy)
    ledger = Ledger(copy, nlp=web_ledger.nlp, gazetteer=web_ledger._gazetteer)
    yield ledger
    ledger.close()


@pytest.fixture(scope="session")
def live_server(web_ledger):
    """The real app under uvicorn on a free loopback port, in a thread; yields its base URL."""
    import uvicorn

    from eventdesk.web import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(web_ledger), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
