"""eventdesk.link is a package of small modules, each owning one thing (titles, places, keys, scenes, score, join,
aggregate): every name the rest of the code imports from ``eventdesk.link`` is still there, no module grows past 600
lines, no module imports one that imports it back, and eval's analysis digest still leaves linking out."""

from __future__ import annotations

import importlib
import pathlib

import pytest

from .layout import cycles, import_graph, module_lines

link = importlib.import_module("eventdesk.link")

PACKAGE = pathlib.Path(link.__file__).parent
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")

# The names imported from ``eventdesk.link`` across eventdesk/, eval/, benchmarks/ and tests/ (the private ones are
# what tests/test_link_round*.py, test_speed_round26.py, test_places_round*.py and eval/s2_trace.py read).
NAMES = ("aggregate", "blocking_names", "candidate_km", "decide", "headline_scenes", "incident_id_for", "km_between",
         "names_overlap", "neighbourhoods_agree", "reads_as_follow_up", "score", "ties", "veto", "window", "VETOES",
         "FOLLOW_UP_DAYS", "STREET_FOLLOW_UP_DAYS", "TRIAL_DAYS", "_arrest_title", "_city_county",
         "_city_county_as_town", "_county_of_city", "_days_told", "_first_name_only", "_headline_scene",
         "_incident_place", "_may_name", "_namesakes_as_one", "_same_street", "_scene_in_headline", "_SCENE_WORDS",
         "_SCENE_BEFORE_TOWN", "_SCENE_AFTER_TOWN", "_shot_counts", "_sides_differ", "_specific_street",
         "_strays_as_namesakes", "_surname_heard_twice", "_title_ages", "_town_pattern", "_wide_street")


@pytest.mark.parametrize("name", NAMES)
def test_each_name_is_importable_from_the_package(name):
    assert hasattr(link, name)


def test_all_lists_only_names_the_package_has():
    assert all(hasattr(link, name) for name in link.__all__)


def test_the_package_and_its_module_share_one_function():
    # a name read through the package is the module's own (``link.score`` and ``link.aggregate`` the functions, not
    # the modules of their names): a cache or a patch on one is on the other
    score, scenes, aggregate = (importlib.import_module(f"eventdesk.link.{name}")
                                for name in ("score", "scenes", "aggregate"))
    assert link.score is score.score and link.aggregate is aggregate.aggregate
    assert link._scene_in_headline is scenes._scene_in_headline


def test_the_package_compares_two_reports_keys():
    # invented keys: one victim named by two reports, and two reports naming two different men
    assert link.names_overlap(("p:darnell hobbs", "a:24"), ("p:darnell hobbs",)).persons == ("darnell hobbs",)
    assert link.names_overlap(("p:darnell hobbs",), ("p:curtis vance",)).people_differ
    assert link.headline_scenes("Man killed in Dothan") == {"dothan"} and not link.headline_scenes("Dothan man charged")


def test_the_analysis_digest_leaves_the_package_out():
    # linking acts only after analysis: a change to it must not make eval's --reuse-analysis run the pipeline again
    from eval.common import _AFTER_ANALYSIS

    rels = [f"link/{p.name}" for p in PACKAGE.glob("*.py")]
    assert rels and all(rel.startswith(_AFTER_ANALYSIS) for rel in rels)


def test_the_package_has_its_modules():
    assert {"titles", "places", "keys", "scenes", "score", "join", "aggregate"} <= set(MODULES)
    for name in MODULES:
        importlib.import_module(f"eventdesk.link.{name}")


@pytest.mark.parametrize("name", MODULES + ["__init__"])
def test_each_module_stays_under_600_lines(name):
    assert module_lines(PACKAGE, name) < 600


def test_no_module_imports_one_that_imports_it_back():
    graph = import_graph(PACKAGE, "eventdesk.link", MODULES)
    assert graph["score"] >= {"keys", "places", "scenes", "titles"}  # the check reads the imports it should
    assert cycles(graph) == []
