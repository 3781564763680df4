"""eventdesk.reconcile is a package of small modules, each owning one thing (wording, bounds, persons, taken_out,
lone_outcomes, figures, policies): every name the rest of the code imports from ``eventdesk.reconcile`` is still
there, no module grows past 600 lines, no module imports one that imports it back, and eval's analysis digest
still leaves reconciling out."""

from __future__ import annotations

import importlib
import pathlib

import pytest

from eventdesk.models import Claim

from .layout import cycles, import_graph, module_lines

reconcile_package = importlib.import_module("eventdesk.reconcile")  # (``eventdesk.reconcile`` is the function)

PACKAGE = pathlib.Path(reconcile_package.__file__).parent
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")

# The names imported from ``eventdesk.reconcile`` across eventdesk/, eval/, benchmarks/ and tests/ (the private ones
# are what tests/test_speed_round26.py, test_speed_round32.py, test_reconcile.py, test_casualties*.py,
# test_incident_tolls.py and test_reconcile_round24_tolls.py read).
NAMES = ("POLICIES", "reconcile", "report_figures", "KIN_PREFIX", "_ALIVE", "_NAME_AGE", "_name_age", "_may_tell_age",
         "_named_ages", "_told_risen", "_victim_count")


@pytest.mark.parametrize("name", NAMES)
def test_each_name_is_importable_from_the_package(name):
    assert hasattr(reconcile_package, name)


def test_all_lists_only_names_the_package_has():
    assert all(hasattr(reconcile_package, name) for name in reconcile_package.__all__)


def test_the_packages_function_is_eventdesks():
    import eventdesk

    assert eventdesk.reconcile is reconcile_package.reconcile


def _claim(report: str, count: int, order_day: int) -> Claim:
    import datetime as dt

    return Claim(report_id=report, outcome="killed", party="civilians", count=count,
                 reported_on=dt.date(2016, 3, order_day), sentence=f"{count} people were killed.")


def test_the_package_reconciles_a_toll():
    # two invented reports of one incident: the later one's larger toll is the best under "latest"
    claims = [_claim("r1", 2, 1), _claim("r2", 3, 2)]
    figures, history = reconcile_package.reconcile(claims, "latest", {"r1": 0, "r2": 1})
    (figure,) = [f for f in figures if f.outcome == "killed" and f.party == "civilians"]
    assert (figure.low, figure.best, figure.high) == (2, 3, 3)
    assert [point.report_id for point in history if point.party == "civilians"] == ["r1", "r2"]


def test_the_analysis_digest_leaves_the_package_out():
    # reconciling acts only after analysis: a change to it must not make eval's --reuse-analysis run the pipeline again
    from eval.common import _AFTER_ANALYSIS

    rels = [f"reconcile/{p.name}" for p in PACKAGE.glob("*.py")]
    assert rels and all(rel.startswith(_AFTER_ANALYSIS) for rel in rels)


def test_the_package_has_its_modules():
    assert {"wording", "bounds", "persons", "taken_out", "lone_outcomes", "figures", "policies"} <= set(MODULES)
    for name in MODULES:
        importlib.import_module(f"eventdesk.reconcile.{name}")


@pytest.mark.parametrize("name", MODULES + ["__init__"])
def test_each_module_stays_under_600_lines(name):
    assert module_lines(PACKAGE, name) < 600


def test_no_module_imports_one_that_imports_it_back():
    graph = import_graph(PACKAGE, "eventdesk.reconcile", MODULES)
    assert graph["policies"] >= {"figures", "bounds"}  # the check reads the imports it should
    assert cycles(graph) == []


def test_the_cycle_check_can_fail():
    assert cycles({"figures": {"persons"}, "persons": {"wording"}, "wording": {"figures"}, "bounds": set()}) != []
    assert cycles({"figures": {"persons"}, "persons": {"wording"}, "wording": set()}) == []
