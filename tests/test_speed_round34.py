"""The thirty-fourth session's speed pass: the same output, with less time spent by the garbage collector.

- ``eventdesk ingest`` loads the pipeline with the collector held back (a threshold of 0, restored after, even where
  loading fails) and, run as its own program (``main``), freezes what is alive then out of later collections; called
  inside another's process (these tests, a notebook) it freezes nothing.
"""

from __future__ import annotations

import gc

import pytest

from eventdesk import cli
from eventdesk.errors import ConfigError

# -- the CLI's pipeline loaded with the collector held back ----------------------------------------------------------


class _FakeLedger:
    """A ledger whose pipeline records the collector's first threshold while it loads."""

    def __init__(self, fail: bool = False):
        self.fail = fail
        self.threshold_while_loading: int | None = None

    @property
    def nlp(self):
        self.threshold_while_loading = gc.get_threshold()[0]
        if self.fail:
            raise ConfigError("spaCy pipeline 'missing': cannot be loaded")
        return object()


@pytest.fixture
def unfrozen():
    """The test's process as it was: whatever a test froze is thawed again."""
    frozen = gc.get_freeze_count()
    yield
    if gc.get_freeze_count() > frozen:
        gc.unfreeze()


def test_the_pipeline_loads_with_the_collector_held_back_and_its_threshold_is_restored(monkeypatch, unfrozen):
    monkeypatch.setattr(cli, "_OWNS_PROCESS", False)
    before = gc.get_threshold()
    assert before[0] > 0
    ledger = _FakeLedger()
    cli._load_pipeline(ledger)
    assert ledger.threshold_while_loading == 0
    assert gc.get_threshold() == before


def test_a_pipeline_that_fails_to_load_still_gives_the_collector_its_threshold_back(monkeypatch, unfrozen):
    monkeypatch.setattr(cli, "_OWNS_PROCESS", False)
    before = gc.get_threshold()
    with pytest.raises(ConfigError):
        cli._load_pipeline(_FakeLedger(fail=True))
    assert gc.get_threshold() == before


def test_inside_another_process_nothing_is_frozen(monkeypatch, unfrozen):
    monkeypatch.setattr(cli, "_OWNS_PROCESS", False)
    frozen = gc.get_freeze_count()
    cli._load_pipeline(_FakeLedger())
    assert gc.get_freeze_count() == frozen


def test_run_as_its_own_program_the_cli_freezes_what_the_pipeline_holds(monkeypatch, unfrozen):
    monkeypatch.setattr(cli, "_OWNS_PROCESS", True)
    gc.unfreeze()
    cli._load_pipeline(_FakeLedger())
    assert gc.get_freeze_count() > 0


def test_main_marks_the_process_as_the_clis_own(monkeypatch):
    monkeypatch.setattr(cli, "_OWNS_PROCESS", False)
    seen = []
    monkeypatch.setattr(cli, "app", lambda: seen.append(cli._OWNS_PROCESS))
    cli.main()
    assert seen == [True]


def test_the_cli_ingest_called_in_process_loads_the_pipeline_first_and_freezes_nothing(tmp_path, monkeypatch, unfrozen):
    from typer.testing import CliRunner

    monkeypatch.setattr(cli, "_OWNS_PROCESS", False)
    load = cli._load_pipeline
    thresholds = []

    def loading(ledger):
        load(ledger)
        thresholds.append(gc.get_threshold())

    monkeypatch.setattr(cli, "_load_pipeline", loading)
    report = tmp_path / "brief.txt"
    report.write_text("KESTRAL FALLS - A man was wounded in a shooting on Alder Street on Tuesday, police said.\n")
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    result = CliRunner().invoke(cli.app, ["ingest", str(report), "--db", str(tmp_path / "l.db"), "-q"])
    assert result.exit_code == 0, result.output
    assert "stored 1" in result.output
    assert thresholds == [before] and gc.get_freeze_count() == frozen
