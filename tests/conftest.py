"""Shared fixtures: one real spaCy pipeline per session, fresh SQLite ledgers per test."""

from __future__ import annotations

import datetime as dt
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
