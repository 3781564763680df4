"""The README documents every command; every setting has help and a matching field."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from eventdesk import SETTINGS, Settings
from eventdesk.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def test_every_command_is_in_the_readme():
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert len(names) >= 7
    for name in names:
        assert f"eventdesk {name}" in README, name


def test_every_setting_has_help_and_a_default_that_matches():
    fields = {f.name: f.default for f in dataclasses.fields(Settings)}
    for s in SETTINGS:
        assert s.help.endswith(".") and len(s.help) > 20
        assert fields[s.name] == s.default


def test_readme_gives_the_two_commands_ci_runs():
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text()
    assert "bash scripts/demo.sh" in README and "bash scripts/test.sh" in README
    assert "bash scripts/test.sh" in ci
