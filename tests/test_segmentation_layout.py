"""eventdesk.nlp.components.segmentation is a package of small modules, each owning one thing (background,
separators, lead, earlier, openers, past_years, remembrances, elsewhere, memories, dismissals, component): every
name the rest of the code imports from it is still there, the spaCy factory is registered as before when the package
is imported, no module grows past 400 lines, no module imports one that imports it back, and eval's analysis digest
still reads the package (segmentation shapes a report's mentions)."""

from __future__ import annotations

import importlib
import pathlib

import pytest
from spacy.language import Language
from spacy.util import registry

from .layout import cycles, import_graph, module_lines

segmentation = importlib.import_module("eventdesk.nlp.components.segmentation")

PACKAGE = pathlib.Path(segmentation.__file__).parent
DOTTED = "eventdesk.nlp.components.segmentation"
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")

# The names imported from the package across eventdesk/, eval/, benchmarks/ and tests/ (``api``, ``records``,
# ``places.component`` and ``casualties.added_persons`` read the public ones; tests/test_speed_round26.py reads
# ``STATISTIC`` and ``is_background``, test_casualties_round23_long.py ``_dated_weeks_before``), and what the
# component is made of.
NAMES = ("VIOLENCE", "SEPARATOR", "SEPARATOR_INSIDE", "STATISTIC", "is_background", "_country_names",
         "_dated_weeks_before", "Segment", "Segmenter", "make_segments")


@pytest.mark.parametrize("name", NAMES)
def test_each_name_is_importable_from_the_package(name):
    assert hasattr(segmentation, name)


def test_all_lists_only_names_the_package_has():
    assert all(hasattr(segmentation, name) for name in segmentation.__all__)


def test_the_package_and_its_module_share_one_object():
    # a name read through the package is the module's own: a cache or a patch on one is on the other
    background, earlier, component = (importlib.import_module(f"{DOTTED}.{name}")
                                      for name in ("background", "earlier", "component"))
    assert segmentation.STATISTIC is background.STATISTIC and segmentation.is_background is background.is_background
    assert segmentation._dated_weeks_before is earlier._dated_weeks_before
    assert segmentation._country_names is component._country_names


def test_the_factory_is_registered_as_before():
    meta = Language.get_factory_meta("eventdesk_segments")
    assert meta.assigns == ["doc._.segments", "doc._.background"]
    assert meta.requires == ["doc._.raw_claims", "doc.sents", "doc.ents"]
    assert registry.factories.get("eventdesk_segments") is segmentation.make_segments


def test_the_package_tells_background_by_its_words():
    # invented sentences: another time, a statistic, a question; a block number is no past year
    assert segmentation.is_background("The neighborhood has seen three killings over the past decade.")
    assert segmentation.is_background("Every month, an average of 40 people are shot in the county.")
    assert segmentation.is_background("Why would anyone fire at a school bus?")
    assert not segmentation.is_background("Two men were shot Sunday in the 2000 block of Elm Street.", 2024)
    assert segmentation.is_background("Two men were shot there in 2009.", 2024)
    assert segmentation.SEPARATOR.match("Separately, a woman was wounded in Fairview.")
    assert not segmentation.SEPARATOR.match("A woman was wounded in Fairview.")


def test_the_analysis_digest_reads_the_package():
    # segmentation shapes a report's mentions: a change to it must make eval's --reuse-analysis run the pipeline again
    from eval.common import _AFTER_ANALYSIS

    rels = [f"nlp/components/segmentation/{p.name}" for p in PACKAGE.glob("*.py")]
    assert rels and not any(rel.startswith(_AFTER_ANALYSIS) for rel in rels)


def test_the_package_has_its_modules():
    assert {"background", "separators", "lead", "earlier", "openers", "past_years", "remembrances", "elsewhere",
            "memories", "dismissals", "component"} <= set(MODULES)
    for name in MODULES:
        importlib.import_module(f"{DOTTED}.{name}")


@pytest.mark.parametrize("name", MODULES + ["__init__"])
def test_each_module_stays_under_400_lines(name):
    assert module_lines(PACKAGE, name) < 400


def test_no_module_imports_one_that_imports_it_back():
    graph = import_graph(PACKAGE, DOTTED, MODULES)
    assert graph["component"] >= {"background", "earlier", "openers", "separators"}  # the check reads the imports
    assert graph["lead"] == set() and graph["separators"] == set()
    assert cycles(graph) == []
