"""eventdesk.geo.resolve is a package of small modules, each owning one thing (measures, toponyms, sizes, reach,
sides, words, counties, choices, pairs, candidates, resolver): every name the rest of the code imports from it is
still there and is the module's own object, no module grows past 400 lines, the modules import one way only (each
only those it builds on, the resolver last), and eval's analysis digest still reads the package (where a report's
places resolve shapes its analysis)."""

from __future__ import annotations

import importlib
import pathlib

import pytest

from eventdesk import dateline
from eventdesk.models import Place

from .layout import cycles, import_graph, module_lines

resolve = importlib.import_module("eventdesk.geo.resolve")

PACKAGE = pathlib.Path(resolve.__file__).parent
DOTTED = "eventdesk.geo.resolve"
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")

# The names imported from the package across eventdesk/, eval/, benchmarks/ and tests/ (``geo`` re-exports the
# public four; ``link`` and ``places`` read ``distance_km``, ``dominant_county`` and ``NOT_PLACES``; the geo rounds'
# tests read ``_like_size``, ``_BESIDE_KM``, ``_METRO_KM``, ``_metro_reach`` and ``_pair_reach_km``;
# tests/test_dateline_owner.py reads ``split_city_state``).
NAMES = ("distance_km", "dominant_county", "NOT_PLACES", "Toponym", "resolve_place", "extract_regions",
         "parse_city_state", "split_city_state", "specificity", "_like_size", "_BESIDE_KM", "_METRO_KM",
         "_metro_reach", "_pair_reach_km", "_paired_namesakes", "_far_from_pairs", "_mere_largest")


@pytest.mark.parametrize("name", NAMES)
def test_each_name_is_importable_from_the_package(name):
    assert hasattr(resolve, name)


def test_all_lists_only_names_the_package_has():
    assert set(NAMES) <= set(resolve.__all__)
    assert all(hasattr(resolve, name) for name in resolve.__all__)


def test_the_package_and_its_modules_share_one_object():
    # a name read through the package is the module's own: a cache or a patch on one is on the other
    measures, reach, sizes, words, resolver = (importlib.import_module(f"{DOTTED}.{name}")
                                               for name in ("measures", "reach", "sizes", "words", "resolver"))
    assert resolve.distance_km is measures.distance_km and resolve._metro_reach is reach._metro_reach
    assert resolve._like_size is sizes._like_size and resolve.NOT_PLACES is words.NOT_PLACES
    assert resolve.resolve_place is resolver.resolve_place
    assert resolve.split_city_state is dateline.split_city_state


def test_the_package_measures_as_before():
    # invented places: a degree of latitude is some 111 km, a town is finer than its state, and a place without
    # coordinates has no distance
    a = Place(name="Alder", country_code="US", lat=40.0, lon=-80.0, precision="city")
    b = Place(name="Birch", country_code="US", lat=41.0, lon=-80.0, precision="city")
    assert 110 < resolve.distance_km(a, b) < 112
    assert resolve.distance_km(a, Place(name="Nowhere")) is None
    assert resolve.specificity(a) > resolve.specificity(Place(name="Ohio", country_code="US", precision="admin1"))
    assert resolve._pair_reach_km(10) == resolve._BESIDE_KM
    assert resolve._pair_reach_km(200) < resolve._BESIDE_KM


def test_the_package_reads_regions_and_city_states():
    regions = resolve.extract_regions("Gunmen struck a convoy in northeastern Syria on Tuesday.")
    assert [t.text for t in regions] == ["northeastern Syria"]
    assert resolve.extract_regions("A man was shot in North Carolina.") == []
    assert resolve.split_city_state("Maple Falls, Ohio") == ("Maple Falls", "Ohio")


def test_the_analysis_digest_reads_the_package():
    # where a report's places resolve shapes its analysis: a change here must make --reuse-analysis run it again
    from eval.common import _AFTER_ANALYSIS

    rels = [f"geo/resolve/{p.name}" for p in PACKAGE.glob("*.py")]
    assert rels and not any(rel.startswith(_AFTER_ANALYSIS) for rel in rels)


def test_the_package_has_its_modules():
    assert {"measures", "toponyms", "sizes", "reach", "sides", "words", "counties", "choices", "pairs",
            "candidates", "resolver"} <= set(MODULES)
    for name in MODULES:
        importlib.import_module(f"{DOTTED}.{name}")


@pytest.mark.parametrize("name", MODULES + ["__init__"])
def test_each_module_stays_under_400_lines(name):
    assert module_lines(PACKAGE, name) < 400


def test_no_module_imports_one_that_imports_it_back():
    graph = import_graph(PACKAGE, DOTTED, MODULES)
    assert graph["resolver"] >= {"candidates", "choices", "counties", "measures", "reach", "sides", "sizes",
                                 "toponyms", "words"}  # the check reads the imports
    assert graph["measures"] == set() and graph["toponyms"] == set() and graph["sizes"] == set()
    assert all("resolver" not in imports for imports in graph.values())
    assert cycles(graph) == []
