"""eventdesk.timex is a package of small modules, each owning one thing (vocabulary, calendar_days, rules, fallback,
find, roles, incident): every name the rest of the code imports from ``eventdesk.timex`` is still there, no module
grows past 800 lines, and no module imports one that imports it back."""

from __future__ import annotations

import datetime as dt
import importlib
import pathlib

import pytest

import eventdesk.timex as timex
from eventdesk import dateline

from .layout import cycles, import_graph, module_lines

PACKAGE = pathlib.Path(timex.__file__).parent
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")

# The names imported from ``eventdesk.timex`` across eventdesk/, eval/, benchmarks/ and tests/ (the private ones
# are what tests/test_speed_round26.py reads and clears; ``in_dateline`` is what tests/test_dateline_owner.py checks).
NAMES = ("Timex", "anchor_from_text", "date_role", "find_timexes", "headline_day", "incident_date",
         "resolve_relative", "in_dateline", "_kept_rule_matches", "_rule_matches", "_KEPT_MAX_CHARS")


@pytest.mark.parametrize("name", NAMES)
def test_each_name_is_importable_from_the_package(name):
    assert hasattr(timex, name)


def test_all_lists_only_names_the_package_has():
    assert all(hasattr(timex, name) for name in timex.__all__)


def test_in_dateline_is_the_dateline_owners():
    assert timex.in_dateline is dateline.in_dateline


def test_the_package_finds_and_resolves_a_date():
    # an invented report: the incident's Saturday is the one before the report's Monday
    text = "Two men were wounded on Saturday night outside a bar on Kellerman Street, police said Monday."
    found = timex.find_timexes(text, dt.date(2016, 3, 7))
    assert [t.span.start for t in found] == [dt.date(2016, 3, 5), dt.date(2016, 3, 7)]
    assert timex.incident_date(text, dt.date(2016, 3, 7)).start == dt.date(2016, 3, 5)


def test_the_package_has_its_modules():
    assert {"vocabulary", "rules", "find", "roles", "incident"} <= set(MODULES)
    for name in MODULES:
        importlib.import_module(f"eventdesk.timex.{name}")


@pytest.mark.parametrize("name", MODULES + ["__init__"])
def test_each_module_stays_under_800_lines(name):
    assert module_lines(PACKAGE, name) < 800


def test_no_module_imports_one_that_imports_it_back():
    graph = import_graph(PACKAGE, "eventdesk.timex", MODULES)
    assert any(graph.values())  # the check reads the imports it should
    assert cycles(graph) == []


def test_the_cycle_check_can_fail():
    assert cycles({"find": {"rules"}, "rules": {"fallback"}, "fallback": {"find"}, "roles": set()}) != []
    assert cycles({"find": {"rules"}, "rules": {"fallback"}, "fallback": set()}) == []
