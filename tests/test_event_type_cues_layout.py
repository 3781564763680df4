"""eventdesk.nlp.components.event_type.cues is a package of small modules, each owning one thing (fights, crowds,
protests, specific, government, strategic, territory, protest_kind, no_violence, befell): every name the module had
is still there and is the module's own object, no module grows past 400 lines, the modules import one way only (each
only those it builds on, the protest's kind after the words it reads), and eval's analysis digest still reads the
package (what type a report's event is shapes its analysis)."""

from __future__ import annotations

import importlib
import pathlib
import re

import pytest

from eventdesk.nlp.components.event_type import classify, words

from .layout import cycles, import_graph, module_lines

cues = importlib.import_module("eventdesk.nlp.components.event_type.cues")

PACKAGE = pathlib.Path(cues.__file__).parent
DOTTED = "eventdesk.nlp.components.event_type.cues"
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")

# The names imported from the package across eventdesk/, eval/, benchmarks/ and tests/ (``decide`` and ``codebook``
# read most of them; the speed rounds' tests read ``_PROTEST``, ``_SD_WORDS``, ``_DEBATE_AND_FIRE_BLANKED``,
# ``_FELL_TO`` and ``_DRIVEN_OUT``; the nonviolent and leftovers rounds' tests read ``_TOLD_CAUSE``,
# ``_figures_of_debate`` and ``_GOVERNMENT``).
NAMES = ("_AHEAD_OF_PROTEST", "_ARMED_ACTORS", "_ARMED_GROUP", "_ARMED_GROUP_FORMED", "_ARMED_MERGER", "_ARRESTED",
         "_ATTACKS_HALTED_RX", "_CAPTURED_PEOPLE_RX", "_CHEM_EFFECTS", "_CIVIC_CROWD", "_CROWD", "_CROWD_FIGHTS_FORCES",
         "_CROWD_WRECKS", "_DEBATE_AND_FIRE_BLANKED", "_DEPLOYED_RX", "_DISRUPTED_WORDS", "_DRIVEN_OUT", "_FELL_TO",
         "_FIGHT", "_FIRE_AT", "_FORCE_ON_PROTEST", "_GIVE_UP_ARMS", "_GOVERNMENT", "_GROUP_CHANGE_RX", "_MOB",
         "_MORE_EVENT_WORDS", "_NO_CASUALTY", "_NO_FIGHT", "_PERSON_DOES_VIOLENCE", "_PROTEST", "_PROTEST_ACT",
         "_PROTEST_VIOLENT", "_SD_WORDS", "_SPECIFIC", "_STAGE", "_STOLEN", "_STRATEGIC", "_TAKEN_AFTER_LEFT",
         "_TAKEN_BY_FORCE", "_TOLD_CAUSE", "_armed_both_sides", "_arms_handed_over", "_chemical_effects",
         "_crowd_riots", "_crowds_clash", "_done_at_protest", "_figures_of_debate", "_more_accidents",
         "_nothing_happened", "_only_befell", "_only_contested", "_only_remembered", "_peaceful_obituary", "_protest",
         "_protest_gesture", "_protest_only_to_come", "_state_took", "_taker", "_territory", "_told_hurt")


@pytest.mark.parametrize("name", NAMES)
def test_each_name_is_importable_from_the_package(name):
    assert hasattr(cues, name)


def test_all_lists_only_names_the_package_has():
    assert set(NAMES) <= set(cues.__all__)
    assert all(hasattr(cues, name) for name in cues.__all__)


def test_the_package_and_its_modules_share_one_object():
    # a name read through the package is the module's own: a lazy pattern compiled through one is compiled on the other
    fights, protests, strategic, territory, no_violence = (
        importlib.import_module(f"{DOTTED}.{name}")
        for name in ("fights", "protests", "strategic", "territory", "no_violence"))
    assert cues._FIGHT is fights._FIGHT and cues._PROTEST is protests._PROTEST
    assert cues._SD_WORDS is strategic._SD_WORDS and cues._territory is territory._territory
    assert cues._DEBATE_AND_FIRE_BLANKED is no_violence._DEBATE_AND_FIRE_BLANKED


def test_the_patterns_told_by_identity_stay_compiled():
    # ``_territory`` asks ``m.re is _FELL_TO``: a lazy pattern is never a match's .re
    assert isinstance(cues._FELL_TO, re.Pattern) and isinstance(cues._DRIVEN_OUT, re.Pattern)
    assert isinstance(cues._STRATEGIC[0][1], words._LazyRx)


@pytest.mark.parametrize("text, expected", [
    # invented reports: the cues of each module still decide as before
    ("The town fell to the insurgents on Tuesday.", ("Battles", "Non-state actor overtakes territory")),
    ("The militants were driven out of Dornapur by the army on Sunday.",
     ("Battles", "Government regains territory")),
    ("Police fired tear gas to disperse hundreds of teachers who marched to the ministry in Velmont on Monday.",
     ("Protests", "Protest with intervention")),
    ("The senator opened fire on the governor's budget plan on Tuesday.", None),
])
def test_the_package_decides_as_before(text, expected):
    assert classify(text) == expected


def test_the_package_reads_as_before():
    assert cues._told_hurt("Two men were wounded in the attack.")
    assert not cues._told_hurt("Nobody was injured in the blast.")
    assert "opened fire" not in cues._figures_of_debate("The senator opened fire on the governor's budget plan.")
    assert cues._taker("the army") == "Government regains territory" and cues._taker("the town") is None


def test_the_analysis_digest_reads_the_package():
    # what type a report's event is shapes its analysis: a change here must make --reuse-analysis run it again
    from eval.common import _AFTER_ANALYSIS

    rels = [f"nlp/components/event_type/cues/{p.name}" for p in PACKAGE.glob("*.py")]
    assert rels and not any(rel.startswith(_AFTER_ANALYSIS) for rel in rels)


def test_the_package_has_its_modules():
    assert {"fights", "crowds", "protests", "specific", "government", "strategic", "territory", "protest_kind",
            "no_violence", "befell"} <= set(MODULES)
    for name in MODULES:
        importlib.import_module(f"{DOTTED}.{name}")


@pytest.mark.parametrize("name", MODULES + ["__init__"])
def test_each_module_stays_under_400_lines(name):
    assert module_lines(PACKAGE, name) < 400


def test_no_module_imports_one_that_imports_it_back():
    graph = import_graph(PACKAGE, DOTTED, MODULES)
    assert graph["protest_kind"] >= {"crowds", "protests", "government", "strategic"}  # the check reads the imports
    assert graph["territory"] >= {"specific", "government"} and graph["strategic"] == {"fights"}
    assert graph["fights"] == set() and graph["crowds"] == set() and graph["befell"] == set()
    assert all("protest_kind" not in imports for imports in graph.values())
    assert cycles(graph) == []
