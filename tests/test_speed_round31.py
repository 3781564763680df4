"""The thirty-first session's speed pass: the same output, with less compiled at start and less read.

- the event type's case-blind patterns (``words._rx``) are ``_LazyRx``: compiled the first time they are used, not at
  import; each answers as the compiled pattern does, and a ``Blanker``'s lower-case twins are made at its first text
  and equal those of the compiled patterns;
- ``cues._FELL_TO`` and ``cues._DRIVEN_OUT`` are told by identity (``m.re is _FELL_TO``): a match's ``.re`` is always
  the compiled pattern, so they (and any pattern the rules compare with ``is``) stay compiled at import; the reports
  that need them still read who took the place;
- ``eventdesk.link`` is imported where a report is stored: the exports and the web desk start without it, and a
  report stored still links;
- the reports export reads each report without its text (``Store.reports(texts=False)``), the same records.

Every report here is invented (persons, towns and outlets made up).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from eventdesk import Report
from eventdesk.api import Ledger
from eventdesk.export import write as export_write
from eventdesk.export.jsonl import view_record
from eventdesk.nlp.components.event_type import armed, classify, codebook, cues, decide, figures, peaceful, weapons, words

EVENT_TYPE_DIR = Path(words.__file__).parent
_MODULES = (armed, codebook, cues, decide, figures, peaceful, weapons)


# -- patterns compiled at first use ------------------------------------------------------------------------------------

def test_the_event_types_patterns_are_not_compiled_at_import():
    code = ("import sys; from eventdesk.nlp.components.event_type import cues, figures, words; "
            "lazy = [v for m in (cues, figures) for v in vars(m).values() if isinstance(v, words._LazyRx)]; "
            "print(len(lazy), sum('compiled' in vars(v) for v in lazy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert int(out[0]) >= 50 and out[1] == "0"


TEXTS = ["Gunmen SHOT two men dead on Quarry Street; a third was shot and wounded.",
         "Shares of Velmont Corp. shot up 20 percent on Tuesday.",
         "The senator opened fire on the mayor's tax plan.",
         "\u0130stanbul police said a man was \u017fhot at a caf\u00e9.",
         ""]


def test_a_lazy_pattern_answers_as_the_compiled_one():
    lazy = words._rx(r"\b(shot|opened fire)\b( (?:dead|and wounded))?")
    rx = re.compile(lazy.pattern, re.IGNORECASE)
    assert "compiled" not in vars(lazy) and lazy.pattern == rx.pattern
    for text in TEXTS:
        assert lazy.search(text) == rx.search(text) or lazy.search(text).span() == rx.search(text).span()
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in rx.finditer(text)]
        assert lazy.findall(text) == rx.findall(text) and lazy.sub(" ", text) == rx.sub(" ", text)
        assert lazy.split(text) == rx.split(text) and lazy.subn("", text) == rx.subn("", text)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (rx.flags, rx.groups, rx.groupindex)
    # a match's pattern is the compiled one, never the lazy wrapper: what ``m.re is _X`` relies on
    m = lazy.search(TEXTS[0])
    assert isinstance(m.re, re.Pattern) and m.re is lazy.compiled and m.re is not lazy
    # a name no pattern has is still refused, before and after compiling
    assert not hasattr(words._rx("x"), "no_such_name") and not hasattr(lazy, "no_such_name")


def test_every_pattern_told_by_identity_is_compiled_at_import():
    # a rule that asks ``m.re is _X`` (or ``is not``) must hold the compiled pattern: a lazy one is never a match's .re
    told = set()
    for path in EVENT_TYPE_DIR.rglob("*.py"):
        told |= set(re.findall(r"\.re is (?:not )?(_[A-Z_]+)\b", path.read_text()))
    assert {"_FELL_TO", "_DRIVEN_OUT"} <= told
    for name in told:
        for mod in _MODULES:
            if name in vars(mod):
                assert isinstance(vars(mod)[name], re.Pattern), f"{mod.__name__}.{name}"


_OVERTAKEN = ("Battles", "Non-state actor overtakes territory")
_REGAINED = ("Battles", "Government regains territory")


@pytest.mark.parametrize("text, expected", [
    # the taker named after "by", read because the match is _DRIVEN_OUT's
    ("The militants were driven out of Dornapur by the army on Sunday.", _REGAINED),
    ("The soldiers were driven out of Kalvara by the rebels after a night of fighting.", _OVERTAKEN),
    # the place fell to somebody named after the verb
    ("The town fell to the insurgents on Tuesday.", _OVERTAKEN),
    # near miss: a figure that fell, no place taken
    ("His shares fell to the lowest level on Tuesday.", None),
])
def test_a_place_taken_is_still_read_by_who_took_it(text, expected):
    assert classify(text) == expected


def test_a_blankers_twins_are_made_at_its_first_text_and_equal_the_compiled_patterns():
    blanker = words.Blanker(words._rx(r"\bshot (?:up|down)\b"), words._rx(r"\bopened fire on (?:the|his|her) \w+ plan\b"))
    assert blanker._twins is None and not any("compiled" in vars(p) for p in blanker.patterns)
    for text in TEXTS:
        plain = text
        for p in blanker.patterns:
            plain = re.compile(p.pattern, re.IGNORECASE).sub(" ", plain)
        assert blanker.blank(text) == plain, text
    for b in (figures._FIGURES_BLANKED, cues._DEBATE_AND_FIRE_BLANKED):
        compiled = [re.compile(p.pattern, re.IGNORECASE) for p in b.patterns]
        assert [t.pattern for t in b.twins] == [words._lower_twin(p).pattern for p in compiled]


@pytest.mark.parametrize("pattern", [r"\bshot\S*", r"(?P<Verb>shot)", r"(?s)shot.", r"(?i)shot", "caf\u00e9"])
def test_a_lazy_pattern_is_refused_a_twin_where_the_compiled_one_is(pattern):
    with pytest.raises(ValueError):
        words._lower_twin(re.compile(pattern, re.IGNORECASE))
    with pytest.raises(ValueError):
        words._lower_twin(words._rx(pattern))
    # near miss: a plain pattern gets the same twin both ways
    assert words._lower_twin(words._rx(r"\bshot\b")).pattern == words._lower_twin(re.compile(r"\bshot\b", re.I)).pattern


# -- linking imported where a report is stored ------------------------------------------------------------------------

def test_the_exports_and_the_web_desk_import_without_linking():
    code = ("import sys; import eventdesk.api, eventdesk.export, eventdesk.web.app; "
            "print('eventdesk.link' in sys.modules, 'rapidfuzz' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False"]


def _report(rid: str, text: str, published: dt.date | None = dt.date(2021, 6, 5)) -> Report:
    return Report(id=rid, text=text, title=f"Shooting {rid}", published=published, outlet="Harlow Courier")


def test_a_stored_report_still_links_to_the_incident_it_tells(ledger):
    # two reports of one shooting link into one incident; a third, another town and day, is its own
    ledger.ingest_reports([_report("a1", "TOLEDO, Ohio - Two men were shot and killed on Garnet Street on Friday night, police said."),
                           _report("a2", "TOLEDO, Ohio - Police named the two men shot dead on Garnet Street on Friday night."),
                           _report("b1", "DAYTON, Ohio - A woman was shot and wounded on Ferrin Avenue on Monday, police said.",
                                   dt.date(2021, 8, 17))])
    rows, total = ledger.incidents()
    assert total == 2
    assert sorted(ledger.incident(r.id).report_ids for r in rows) == [("a1", "a2"), ("b1",)]


# -- the reports export without the texts -----------------------------------------------------------------------------

def test_reports_without_their_texts_are_the_same_reports_with_empty_texts(ledger):
    ledger.ingest_reports([_report("a1", "TOLEDO, Ohio - Two men were shot and killed on Garnet Street on Friday night, "
                                         "police said."),
                           _report("n1", "DAYTON, Ohio - A woman was shot and wounded on Ferrin Avenue, police said.", None)])
    full, bare = ledger.reports(), ledger.reports(texts=False)
    assert [r.id for r in full] == ["a1", "n1"] and all(r.text for r in full)
    assert [r.text for r in bare] == ["", ""]
    assert [dataclasses.replace(r, text="") for r in full] == bare
    assert ledger.reports(["n1"], texts=False) == [bare[1]]
    # the reports export: each record as the one report's own view gives it, with its date (or none)
    out = io.StringIO()
    assert export_write(ledger, "reports", out, policy="ucdp") == 2
    lines = out.getvalue().splitlines()
    assert lines == [json.dumps(view_record(ledger.report(r.id)), ensure_ascii=False) for r in full]
    assert '"published": null' in lines[1] and '"published": "2021-06-05"' in lines[0]


def test_an_incident_page_and_its_timeline_name_each_report_read_without_its_text(ledger):
    from fastapi.testclient import TestClient

    from eventdesk.web.app import create_app

    ledger.ingest_reports([
        Report("p1", "TOLEDO, Ohio - Two men were shot and killed on Garnet Street on Friday night, police said.",
               "Two men killed on Garnet Street", None, dt.date(2021, 6, 5), "Harlow Courier"),
        Report("p2", "TOLEDO, Ohio - Three men were shot and killed on Garnet Street on Friday night, the coroner said.",
               "Garnet Street toll rises to three", None, dt.date(2021, 6, 6), "Valley Ledger")])
    (row,), total = ledger.incidents()
    assert total == 1
    with TestClient(create_app(ledger)) as client:
        page = client.get(f"/incidents/{row.id}").text
        svg = client.get(f"/incidents/{row.id}/timeline.svg").text
    # the "why one incident" table: each report's title, outlet and date; the claims: each outlet
    for words in ("Two men killed on Garnet Street", "Garnet Street toll rises to three", "Harlow Courier", "Valley Ledger",
                  '<td class="nowrap">6 Jun 2021</td>'):
        assert words in page, words
    # the timeline's steps: order, day and outlet of each report
    assert "1. 05 Jun · Harlow Courier" in svg and "2. 06 Jun · Valley Ledger" in svg
