"""The linking suites' kept analysis (``python -m eval semeval --reuse-analysis DIR``): a second run
replays each report's mentions without the pipeline, and gives the same ledger."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from eval.common import analysis_fingerprint, reuse_analysis
from eventdesk import Ledger, Report

REPORTS = [
    Report(id="a", text="DAYTON, Ohio — Two men were shot and killed Sunday night outside a bar on Linden Avenue, "
                        "police said.", published=dt.date(2021, 3, 15)),
    Report(id="b", text="Police in Dayton, Ohio, are investigating a double homicide on Linden Avenue late Sunday. "
                        "Two men died at the scene.", published=dt.date(2021, 3, 15)),
]


class _NoPipeline:
    """Stands in for spaCy: any use of it fails the test."""

    def __getattr__(self, name):
        raise AssertionError(f"the pipeline was used ({name})")


def _ledger_rows(led):
    rows, _ = led.incidents()
    return sorted((r.n_reports, r.killed_best, r.location.name if r.location else None) for r in rows)


def test_second_run_replays_the_analysis_without_the_pipeline(tmp_path, nlp, gazetteer):
    path = tmp_path / "kept" / "semeval-dev-all-x.pickle"
    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as first:
        reuse_analysis(first, path)
        first.ingest_reports(REPORTS)
        expected = _ledger_rows(first)
    assert path.exists() and set(pickle.loads(path.read_bytes())) == {"a", "b"}
    with Ledger(":memory:", nlp=_NoPipeline(), gazetteer=gazetteer) as second:
        reuse_analysis(second, path)
        summary = second.ingest_reports(REPORTS)
        assert summary.stored == 2 and _ledger_rows(second) == expected
    assert expected == [(2, 2, "Dayton")]


def test_a_report_not_kept_sends_the_batch_through_the_pipeline_and_is_kept(tmp_path, nlp, gazetteer):
    path = tmp_path / "k.pickle"
    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        reuse_analysis(led, path)
        led.ingest_reports(REPORTS[:1])
    with Ledger(":memory:", nlp=_NoPipeline(), gazetteer=gazetteer) as led:
        reuse_analysis(led, path)
        with pytest.raises(AssertionError, match="pipeline was used"):
            led.ingest_reports(REPORTS)
    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        reuse_analysis(led, path)
        led.ingest_reports(REPORTS)
    assert set(pickle.loads(path.read_bytes())) == {"a", "b"}


def test_a_kept_failure_is_replayed_as_a_failure(tmp_path, nlp, gazetteer):
    path = tmp_path / "k.pickle"
    with Ledger(":memory:", nlp=nlp, gazetteer=gazetteer) as led:
        reuse_analysis(led, path)
        led.ingest_reports(REPORTS[:1])
    kept = pickle.loads(path.read_bytes())
    kept["b"] = ("failed", ("b", "eventdesk_casualties failed: ValueError: test"))
    path.write_bytes(pickle.dumps(kept))
    with Ledger(":memory:", nlp=_NoPipeline(), gazetteer=gazetteer) as led:
        reuse_analysis(led, path)
        summary = led.ingest_reports(REPORTS)
    assert summary.stored == 1 and summary.skipped == [("b", "eventdesk_casualties failed: ValueError: test")]


def test_fingerprint_is_stable_and_follows_the_model():
    assert analysis_fingerprint("en_core_web_sm 3.8.0") == analysis_fingerprint("en_core_web_sm 3.8.0")
    assert analysis_fingerprint("en_core_web_sm 3.8.0") != analysis_fingerprint("en_core_web_sm 3.7.1")
