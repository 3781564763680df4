"""The thirty-fourth session's speed pass: the same output, with less time spent by the garbage collector.

- ``Ledger.nlp`` loads the pipeline with automatic collection held back (a threshold of 0; the thresholds as they
  were after, even where loading fails);
- ``eventdesk ingest``, run as its own program (``main``), freezes what is alive once the pipeline is loaded out of
  later collections; called inside another's process (these tests, a notebook) it freezes nothing.

Every report here is invented (persons, towns and outlets made up).
"""

from __future__ import annotations

import gc

import pytest

from eventdesk import cli
from eventdesk import nlp as nlp_mod
from eventdesk.api import Ledger
from eventdesk.errors import ConfigError


@pytest.fixture
def unfrozen():
    """The test's process as it was: whatever a test froze is thawed again."""
    frozen = gc.get_freeze_count()
    yield
    if gc.get_freeze_count() > frozen:
        gc.unfreeze()


def _recording_build(seen: list, fail: bool = False):
    """A stand-in for ``build_nlp`` that records the collector's first threshold while it runs."""

    def build(*args, **kwargs):
        seen.append(gc.get_threshold()[0])
        if fail:
            raise ConfigError("spaCy pipeline 'missing': cannot be loaded")
        return object()

    return build


# -- the pipeline loaded with the collector held back -------------------------------------------------------------


def test_the_ledger_loads_its_pipeline_with_the_collector_held_back_and_gives_the_threshold_back(tmp_path, monkeypatch):
    seen: list[int] = []
    monkeypatch.setattr(nlp_mod, "build_nlp", _recording_build(seen))
    before = gc.get_threshold()
    assert before[0] > 0
    ledger = Ledger(tmp_path / "l.db")
    pipeline = ledger.nlp
    assert seen == [0] and gc.get_threshold() == before
    assert ledger.nlp is pipeline and seen == [0]  # loaded once: a second read neither loads nor holds anything back


def test_a_pipeline_that_fails_to_load_still_gives_the_collector_its_threshold_back(tmp_path, monkeypatch):
    seen: list[int] = []
    monkeypatch.setattr(nlp_mod, "build_nlp", _recording_build(seen, fail=True))
    before = gc.get_threshold()
    with pytest.raises(ConfigError):
        Ledger(tmp_path / "l.db").nlp
    assert seen == [0] and gc.get_threshold() == before


def test_a_pipeline_handed_to_the_ledger_is_not_loaded_again(tmp_path, monkeypatch):
    seen: list[int] = []
    monkeypatch.setattr(nlp_mod, "build_nlp", _recording_build(seen))
    given = object()
    assert Ledger(tmp_path / "l.db", nlp=given).nlp is given and seen == []


# -- the CLI, run as its own program, freezes the loaded pipeline -------------------------------------------------


class _FakeLedger:
    def __init__(self):
        self.loads = 0

    @property
    def nlp(self):
        self.loads += 1
        return object()


def test_inside_another_process_the_cli_loads_the_pipeline_and_freezes_nothing(monkeypatch, unfrozen):
    monkeypatch.setattr(cli, "_OWNS_PROCESS", False)
    frozen = gc.get_freeze_count()
    ledger = _FakeLedger()
    cli._load_pipeline(ledger)
    assert ledger.loads == 1 and gc.get_freeze_count() == frozen


def test_run_as_its_own_program_the_cli_freezes_what_the_pipeline_holds(monkeypatch, unfrozen):
    monkeypatch.setattr(cli, "_OWNS_PROCESS", True)
    gc.unfreeze()
    ledger = _FakeLedger()
    cli._load_pipeline(ledger)
    assert ledger.loads == 1 and gc.get_freeze_count() > 0


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
    loaded = []

    def loading(ledger):
        load(ledger)
        loaded.append(ledger._nlp is not None)

    monkeypatch.setattr(cli, "_load_pipeline", loading)
    report = tmp_path / "brief.txt"
    report.write_text("KESTRAL FALLS - A man was wounded in a shooting on Alder Street on Tuesday, police said.\n")
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    result = CliRunner().invoke(cli.app, ["ingest", str(report), "--db", str(tmp_path / "l.db"), "-q"])
    assert result.exit_code == 0, result.output
    assert "stored 1" in result.output
    assert loaded == [True] and gc.get_threshold() == before and gc.get_freeze_count() == frozen
