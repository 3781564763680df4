"""The thirty-third session's speed pass: the same output, with less built and compiled in each process.

- the actor matcher takes its aliases' token ids (ORTH or LOWER, what a phrase matcher keeps of a pattern) from a file
  in the cache folder (``actors._AliasIds``), keyed by spaCy's version, the language and the tokenizer's rules, and
  tokenises only the aliases the file lacks: the same patterns, in the same order, as tokenising every alias;
- the event type's strategic-development words (``cues._SD_WORDS``) are compiled at first use, as ``_rx`` patterns
  are: a report whose gate words come first never compiles them;
- ``to_dict`` gives back a plain value (text, number, None) before its dataclass tests.

Every report here is invented (persons, towns and outlets made up).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import subprocess
import sys

import pytest

from eventdesk.models import Actor, Claim, DateSpan, Figure, HistoryPoint, Incident, Mention, Place, to_dict
from eventdesk.nlp.components import actors as actors_mod
from eventdesk.nlp.components.actors import ActorMatcher

# -- the actor matcher's aliases' token ids, kept in the cache folder --------------------------------------------------


def _patterns(matcher: ActorMatcher):
    """What each of the two phrase matchers holds: {actor: set of token id tuples}, and the attribute it reads."""
    return [getattr(matcher, m).__reduce__()[1][1:4:2] for m in ("exact", "folded")]


def _text_naming_aliases(every: int = 40) -> str:
    from eventdesk.nlp.lexicon import actors

    picked = [alias for a in actors() for alias in (a.name, *a.aliases)][::every]
    return " ".join(f"Reports from Tarvel said {al} and {al.lower()} clashed near Ostrova." for al in picked)


@pytest.fixture(scope="module")
def tokenised(nlp):
    """The matcher as it was built before: every alias tokenised, no file."""
    return ActorMatcher(nlp, None)


def test_the_matcher_from_the_kept_ids_holds_and_finds_what_the_tokenised_one_does(nlp, tokenised, tmp_path):
    cold = ActorMatcher(nlp, str(tmp_path))  # no file yet: every alias tokenised, and the file written
    assert cold.aliases_tokenised > 10_000 and (tmp_path / actors_mod._ALIAS_IDS_FILE).exists()
    warm = ActorMatcher(nlp, str(tmp_path))  # the file read back: no alias tokenised
    assert warm.aliases_tokenised == 0
    doc = nlp.make_doc(_text_naming_aliases())
    for built in (cold, warm):
        assert _patterns(built) == _patterns(tokenised)
        assert len(built.exact) == len(tokenised.exact) and len(built.folded) == len(tokenised.folded)
        assert built.exact(doc) == tokenised.exact(doc) and built.folded(doc) == tokenised.folded(doc)
    assert len(warm.folded(doc)) > 100


def test_the_whole_component_reads_the_same_actors_from_the_kept_ids(nlp, tokenised, tmp_path):
    text = ("Gunmen believed to belong to Boko Haram attacked Kuvari village on Sunday, and Nigerian troops "
            "repelled them, a police spokesman said. Malian soldiers later clashed with JNIM fighters near Tessit.")
    ActorMatcher(nlp, str(tmp_path))
    warm = ActorMatcher(nlp, str(tmp_path))
    assert warm.aliases_tokenised == 0
    a, b = nlp(text), nlp(text)
    comp = nlp.get_pipe("eventdesk_actors")
    assert [m for m in warm(a)._.actor_mentions] == [m for m in comp(b)._.actor_mentions]
    assert {m.name for m in a._.actor_mentions} >= {"Boko Haram", "Military Forces of Nigeria"}
    # the matcher the whole pipeline uses holds the same patterns as the tokenised one
    assert _patterns(comp) == _patterns(tokenised)


def test_a_file_of_another_tokenizer_is_not_read_and_is_written_again(nlp, tokenised, tmp_path):
    path = tmp_path / actors_mod._ALIAS_IDS_FILE
    ActorMatcher(nlp, str(tmp_path))
    data = json.loads(path.read_text(encoding="utf-8"))
    # near miss: ids kept for another tokenizer (another key), here all wrong: not one is taken
    bogus = {"key": "another tokenizer", "orth": {k: [1, 2] for k in data["orth"]},
             "lower": {k: [3] for k in data["lower"]}}
    path.write_text(json.dumps(bogus), encoding="utf-8")
    rebuilt = ActorMatcher(nlp, str(tmp_path))
    assert rebuilt.aliases_tokenised > 10_000 and _patterns(rebuilt) == _patterns(tokenised)
    assert json.loads(path.read_text(encoding="utf-8"))["key"] == data["key"]


def test_an_alias_the_file_lacks_is_tokenised_and_kept(nlp, tokenised, tmp_path):
    path = tmp_path / actors_mod._ALIAS_IDS_FILE
    ActorMatcher(nlp, str(tmp_path))
    data = json.loads(path.read_text(encoding="utf-8"))
    dropped = [k for k in data["lower"] if "militia" in k.lower()][:5] + [k for k in data["orth"]][:2]
    for k in dropped:
        data["lower"].pop(k, None) or data["orth"].pop(k, None)
    data["lower"]["the velka front of old"] = [7, 8, 9]  # an alias the tables no longer hold
    path.write_text(json.dumps(data), encoding="utf-8")
    built = ActorMatcher(nlp, str(tmp_path))
    assert built.aliases_tokenised == len(dropped) and _patterns(built) == _patterns(tokenised)
    again = json.loads(path.read_text(encoding="utf-8"))
    assert all(k in again["lower"] or k in again["orth"] for k in dropped)
    # written again with the aliases asked for only
    assert "the velka front of old" not in again["lower"]
    assert len(again["lower"]) + len(again["orth"]) == len(data["lower"]) + len(data["orth"]) - 1 + len(dropped)


@pytest.mark.parametrize("content", ["", "{not json", "[1, 2]", '{"key": 3}'])
def test_an_unreadable_file_is_passed_over(nlp, tokenised, tmp_path, content):
    (tmp_path / actors_mod._ALIAS_IDS_FILE).write_text(content, encoding="utf-8")
    built = ActorMatcher(nlp, str(tmp_path))
    assert built.aliases_tokenised > 10_000 and _patterns(built) == _patterns(tokenised)


def test_a_folder_that_cannot_be_written_still_gives_the_matcher(nlp, tokenised, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    built = ActorMatcher(nlp, str(blocker / "cache"))
    assert _patterns(built) == _patterns(tokenised)


def test_the_pipeline_keeps_the_ids_in_the_cache_folder_of_the_settings(nlp):
    from eventdesk.settings import Settings

    # (the shared pipeline is built with no cache folder given: the settings' one, as the gazetteer's)
    path = Settings.from_env().cache_path / actors_mod._ALIAS_IDS_FILE
    assert path.exists()
    assert json.loads(path.read_text(encoding="utf-8"))["key"] == actors_mod._tokenizer_key(nlp)


def test_the_factory_passes_its_cache_folder(tmp_path):
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("eventdesk_actors", config={"cache_dir": str(tmp_path)})
    assert (tmp_path / actors_mod._ALIAS_IDS_FILE).exists()


# -- the strategic-development words, compiled at first use ------------------------------------------------------------

def test_the_strategic_development_words_are_compiled_only_where_the_gate_asks_for_them():
    code = ("from eventdesk.nlp.components.event_type import classify, cues; "
            "a = 'compiled' in vars(cues._SD_WORDS); "
            "classify('Gunmen shot two men dead on Quarry Street in Velmont on Sunday.', set(), {'killed'}); "
            "b = 'compiled' in vars(cues._SD_WORDS); "
            "t = classify('The army sent reinforcements to Darnu on Sunday after rebels moved into the hills.', "
            "set(), set()); "
            "print(a, b, 'compiled' in vars(cues._SD_WORDS), t[1])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split(None, 3)
    # not at import, not for a shooting (its weak words pass the gate first), and for a strategic development
    assert out == ["False", "False", "True", "Change to group/activity\n"]


@pytest.mark.parametrize("text, expected", [
    # the strategic-development words alone (with a force named) pass the gate
    ("The army sent reinforcements to Darnu on Sunday after rebels moved into the hills, officials said.",
     ("Strategic developments", "Change to group/activity")),
    ("Rebels established a new base near Darnu, residents said.",
     ("Strategic developments", "Headquarters or base established")),
    # near miss: no word of violence nor of a development
    ("The town council of Darnu met on Sunday to discuss the budget.", None),
])
def test_the_lazy_strategic_development_words_answer_as_the_compiled_ones(text, expected):
    from eventdesk.nlp.components.event_type import classify, cues

    rx = re.compile(cues._SD_WORDS.pattern, re.IGNORECASE)
    assert [m.span() for m in cues._SD_WORDS.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert cues._SD_WORDS.flags == rx.flags
    assert classify(text, set(), set()) == expected


# -- to_dict, plain values first ---------------------------------------------------------------------------------------

def _to_dict_before(record):
    """``to_dict`` as it was: the dataclass tests first."""
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return {f.name: _to_dict_before(getattr(record, f.name)) for f in dataclasses.fields(record)}
    if isinstance(record, (list, tuple)):
        return [_to_dict_before(x) for x in record]
    if isinstance(record, dict):
        return {k: _to_dict_before(v) for k, v in record.items()}
    if isinstance(record, dt.date):
        return record.isoformat()
    return record


class _Label(str):
    """A text of a subclass: it takes the path of the tests below the plain values, as before."""


def test_to_dict_gives_what_it_gave():
    day = dt.date(2021, 6, 5)
    place = Place("Velmont", "Ohio", "United States", "US", 40.1, -82.9, "city", 5150001)
    claim = Claim("r1", "killed", None, 2, "exact", "police", "Two men were killed on Quarry Street.", 0, 37, day, 0, 3,
                  "killed")
    inc = Incident(id="i1", title="Two killed in Velmont", event_type="Violence against civilians",
                   sub_event_type="Attack", date_start=day, date_end=day, date_precision="day", location=place,
                   actors=(Actor("Unidentified Armed Group", "perpetrator"),), report_ids=("r1",),
                   figures=(Figure("killed", None, 2, 2, 2, "ucdp"),), claims=(claim,), merge_reasons=("r1#0: first",),
                   history=(HistoryPoint("r1", day, "killed", None, 2),))
    mention = Mention("r1", 0, 0, 37, "Two killed in Velmont", "Violence against civilians", "Attack",
                      DateSpan(day, day, "day", "June 5"), place, (Actor("Police Forces", "other"),), (claim,), day,
                      "Velmont Ledger", ("quarry street",))
    values = [inc, mention, claim, place, [claim, None], {"n": 1.5, "on": day, "ok": True}, "text", 3, 2.5, None, False,
              _Label("label"), dt.datetime(2021, 6, 5, 14, 30), (1, "two", day)]
    for value in values:
        assert to_dict(value) == _to_dict_before(value)
        assert json.dumps(to_dict(value), sort_keys=True) == json.dumps(_to_dict_before(value), sort_keys=True)
    assert type(to_dict(_Label("label"))) is _Label and to_dict(True) is True
