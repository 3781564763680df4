"""The thirty-second session's speed pass: the same output, with less compiled, built and read.

- a headline's scene patterns (``link._scene_in_headline``, one per town) are compiled only for a headline that holds
  one of the scene's words (``link._SCENE_WORDS``): every match of a town's pattern holds one;
- a surname's age pattern (``reconcile._name_age``) is compiled and searched only where the sentence may tell an age
  beside the name (``reconcile._may_tell_age``: a digit, and the name itself in an ASCII sentence);
- the actor matcher adds each actor's aliases in one call per matcher, tokenised in one stream: the same patterns
  as one alias at a time;
- the casualty rules read the doc's text once per doc (``doc_text``) where they read ``doc.text``, which spaCy joins
  again from the tokens on each read;
- ``eventdesk show`` reads its reports without their texts, and the text only of a report one of whose excerpts is
  cut from it (a claim's sentence longer than the excerpt's width).

Every report here is invented (persons, towns and outlets made up).
"""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from eventdesk import Report
from eventdesk.models import Claim, Place
from eventdesk.nlp.doctext import doc_text

# -- a headline's scene pattern, compiled only where the headline holds a scene's word --------------------------------

_KINGMAN = Place("Kingman", "Arizona", "United States", "US", 35.19, -114.05, "city")
_BULLHEAD = Place("Bullhead City", "Arizona", "United States", "US", 35.15, -114.57, "city")
_TOWNS = ("Bullhead City", "Kingman", "Lake Havasu City", "Oatman", "Golden Valley")
_HEADLINES = (
    "Bond set in Bullhead City killing",
    "Man shot in Bullhead City, police say",
    "Kingman shooting suspect arrested",
    "Bond set for Bullhead City man",
    "Bullhead City council approves budget",
    "Oatman burros draw crowds",
    "Woman found dead in Golden Valley home",
    "Two killed in LAKE HAVASU CITY crash",
    "Lake Havasu City-shooting: teen held",
    "Golden-Valley murders: second arrest",
    "\u212aingman homicide investigated",  # the Kelvin sign, read as a "k" by a case-blind pattern
)


def test_a_headline_that_names_the_scene_still_gives_the_town():
    from eventdesk import link

    assert link._headline_scene("Bond set in Bullhead City killing", _KINGMAN, [_BULLHEAD]) == _BULLHEAD
    assert link._headline_scene("Man shot in Bullhead City, police say", _KINGMAN, [_BULLHEAD]) == _BULLHEAD


def test_a_headline_without_a_scenes_word_compiles_no_town_pattern():
    from eventdesk import link

    link._scene_in_headline.cache_clear()
    # near miss: the headline names the town, as no scene: no pattern is compiled, and none would have matched
    assert link._headline_scene("Bond set for Bullhead City man", _KINGMAN, [_BULLHEAD]) is None
    assert link._scene_in_headline.cache_info().currsize == 0
    assert not link._scene_in_headline("Bullhead City").search("Bond set for Bullhead City man")


@pytest.mark.parametrize("title", _HEADLINES)
def test_no_town_pattern_matches_a_headline_the_precheck_passes_over(title):
    from eventdesk import link

    for town in _TOWNS:
        if link._scene_in_headline(town).search(title):
            assert link._SCENE_WORDS.search(title), (title, town)


# -- a surname's age pattern, compiled only where the sentence may tell an age -----------------------------------------

_SENTENCES = (
    "Dana Pruitt, 29, died at the scene.",
    "PRUITT (29) was taken to a hospital.",
    "Pruitt was shot twice in the chest.",
    "Officers found Pruitt, who was 29, in the yard.",
    "Zo\u00eb Pruitt, 31, died on Sunday.",
    "Dana Pru\u0131tt, 29, died at the scene.",  # a dotless i: read as an "i" only by a case-blind pattern
    "Pruitt, \u0663\u0662, was hurt.",  # Arabic-Indic digits are digits to ``\\d``
    "The 4 men fled before Pruitt arrived.",
)


@pytest.mark.parametrize("sentence", _SENTENCES)
def test_no_age_pattern_matches_a_sentence_the_precheck_passes_over(sentence):
    reconcile = importlib.import_module("eventdesk.reconcile")  # (the package's ``reconcile`` is the function)

    for surname in ("pruitt", "Pruitt", "dana", "hale"):
        if reconcile._name_age(surname).search(sentence):
            assert reconcile._may_tell_age(sentence, surname), (sentence, surname)


def _claim(rid: str, victim: str, sentence: str) -> Claim:
    return Claim(rid, "killed", "civilians", 1, sentence=sentence, start=40, end=40 + len(sentence), victim=victim)


def test_a_name_with_its_age_is_still_read_and_a_sentence_without_one_compiles_nothing():
    reconcile = importlib.import_module("eventdesk.reconcile")  # (the package's ``reconcile`` is the function)

    reconcile._name_age.cache_clear()
    ages = reconcile._named_ages([_claim("r1", "vossberg", "Police named him Karl Vossberg, 41, of Marion."),
                                  # near miss: the name told without an age; no digit, so no pattern compiled for it
                                  _claim("r1", "tallant", "Officers identified the second man as Reed Tallant.")])
    assert ages == {"r1": {"vossberg": ("41", 40)}}
    assert reconcile._name_age.cache_info().currsize == 1
    # outside ASCII the name is not looked for before the search: the case-blind search decides
    assert reconcile._named_ages([_claim("r2", "pirnie", "Eli P\u0131rnie, 19, died.")]) == {"r2": {"pirnie": ("19", 40)}}


# -- the actor matcher, its aliases added one call per actor -----------------------------------------------------------

def test_the_actor_matcher_matches_as_one_built_an_alias_at_a_time(nlp):
    from spacy.matcher import PhraseMatcher

    from eventdesk.nlp.components.actors import ActorMatcher
    from eventdesk.nlp.lexicon import actors

    built = ActorMatcher(nlp)
    exact, folded = PhraseMatcher(nlp.vocab, attr="ORTH"), PhraseMatcher(nlp.vocab, attr="LOWER")
    aliases = []
    for a in actors():
        for alias in (a.name, *a.aliases):
            (exact if len(alias) <= 5 and alias.upper() == alias else folded).add(a.name, [nlp.make_doc(alias)])
            aliases.append(alias)
    # a text naming every 40th alias, in its own case and in lower case, among invented words
    picked = aliases[::40]
    text = " ".join(f"Reports from Tarvel said {al} and {al.lower()} clashed near Ostrova." for al in picked)
    doc = nlp.make_doc(text)
    assert len(built.exact) == len(exact) and len(built.folded) == len(folded)
    assert built.exact(doc) == exact(doc) and built.folded(doc) == folded(doc)
    assert len(built.folded(doc)) >= len(picked)


# -- the doc's text, read once per doc ----------------------------------------------------------------------------------

def test_the_text_read_once_is_the_docs_own_after_a_glued_headline_is_split(nlp):
    from eventdesk.nlp import blank_doc

    title = "Man shot on Wexley Road dies"
    doc = nlp(blank_doc(nlp, title + "Officers found Omar Keel, 33, on Wexley Road with a gunshot wound. He died.",
                        anchor=dt.date(2021, 3, 2), title=title))
    assert doc.user_data.get("title_end") and doc_text(doc) == doc.text


@pytest.mark.parametrize("text, expected", [
    # a person found deceased with no hit told, whose cause of death is still to be found: no toll
    ("MARION, Ohio - Officers called to a home on Quell Street found a deceased female, police said. The coroner "
     "will determine the cause of death.", (0, 0)),
    # near miss: the deceased had a gunshot wound
    ("MARION, Ohio - Officers called to a home on Quell Street found a deceased female, police said. She had "
     "suffered a gunshot wound to the head.", (1, 0)),
    # one shot, then the shooter himself: both dead
    ("DUNMORE, Pa. - Police say a man shot his young nephew and then himself at a home on Tarrow Lane on Monday. "
     "Both died.", (2, 0)),
])
def test_the_rules_that_read_the_docs_text_count_as_before(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


# -- eventdesk show: the texts of the reports its cut excerpts come from, and no others ---------------------------------

_LONG = ("ELMSTEAD, Iowa - Two men were shot and killed late Saturday outside the Corran Street bowling alley after an "
         "argument that began inside spilled into the parking lot, where witnesses said several shots were fired.")
_SHORT = "ELMSTEAD, Iowa - Two men were shot and killed on Corran Street late Saturday, police said."


def test_show_cuts_a_long_excerpt_from_its_reports_text_and_reads_no_other_text(ledger, monkeypatch):
    from typer.testing import CliRunner

    from eventdesk import cli
    from eventdesk.store import Store

    day = dt.date(2021, 4, 11)
    ledger.ingest_reports([Report("long1", _LONG, "Two killed outside bowling alley", None, day, "Pell Gazette"),
                           Report("short1", _SHORT, "Two killed on Corran Street", None, day, "Rill Post")])
    (row,), total = ledger.incidents()
    assert total == 1
    inc = ledger.incident(row.id)
    assert {c.report_id for c in inc.claims if cli._cut(c)} == {"long1"}
    assert any(c.report_id == "short1" for c in inc.claims)
    read = []
    original = Store.reports

    def reports(self, ids=None, *, texts=True):
        read.append((tuple(ids) if ids is not None else None, texts))
        return original(self, ids, texts=texts)

    monkeypatch.setattr(Store, "reports", reports)
    ledger.close()
    out = CliRunner().invoke(cli.app, ["show", row.id, "--db", str(ledger.settings.db)])
    assert out.exit_code == 0, out.output
    assert [(ids, texts) for ids, texts in read if texts] == [(("long1",), True)]
    # the excerpts: the long sentence cut around its number, from the text; the short one whole
    full = {r.id: r for r in original(Store(ledger.settings.db, readonly=True), None)}
    printed = " ".join(out.output.split())
    for c in inc.claims:
        assert " ".join(cli._excerpt(c, full[c.report_id]).split()) in printed
    assert any(cli._excerpt(c, full["long1"]).startswith("…") or cli._excerpt(c, full["long1"]).endswith("…")
               for c in inc.claims if c.report_id == "long1")
