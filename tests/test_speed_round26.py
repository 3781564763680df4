"""The twenty-sixth session's speed pass: each shortcut skips only work that could not have found anything.

Each shortcut is tested twice: over a bank of invented reports its answer equals the full path's, and the rule behind
it still fires on a report that needs it (a near miss keeps its answer).

- ``nlp.arrays``: the tokens whose lower-cased text is one of a rule's words, or whose text is in capitals, found from
  the doc's token arrays; read so by ``actors.named_militias``, ``actors.militias_from_communities``,
  ``actors.acronym_groups`` and ``places.roles._surnames`` instead of reading every token of the report;
- ``timex._rule_matches``: the rules' matches in a text kept for the last 128 texts (of up to 20,000 characters),
  so that a report's text read for its anchor and then as its one segment (against that anchor) is searched once;
- ``link._scene_in_headline`` and ``reconcile._name_age``: a town's and a name's pattern compiled once;
- ``event_type.decide._classify``: the make-believe, sport and range patterns read only where the claims or the
  words leave nobody hurt (where both have somebody hurt they decide nothing);
- ``segmentation.STATISTIC`` searched only where the sentence holds one of its branches' words (``_Prechecked``).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from eventdesk import link, timex
from eventdesk.nlp import arrays
from eventdesk.nlp.components import actors, segmentation
from eventdesk.nlp.components.event_type.decide import classify
from eventdesk.nlp.components.places import roles
from eventdesk.reconcile import _NAME_AGE, _name_age

# invented reports (persons, streets and outlets made up)
BANK = [
    "On 6 June 2021, NAS rebels attacked an army post near Yei and killed three soldiers.",
    "On 6 June 2021, NASA engineers said gunmen had shot a guard dead near the gate of the plant in Houston.",
    "On 6 June 2021, suspected Fulani militias attacked Agatu village in Benue state, killing three farmers.",
    "On 6 June 2021, Fellata and Rizeigat communal militias clashed near Nyala, leaving nine dead.",
    "On 6 June 2021, youths from the Bobo community attacked cattle owners from the Fulani community near Kokoro, "
    "Burkina Faso, wounding four people.",
    "On 6 June 2021, two youths from the Bobo community were shot dead by gunmen near Kokoro, Burkina Faso.",
    "On 6 June 2021, a guard was shot and wounded by armed members of the RMK near Temuco.",
    "Sgt. Dale Marsh said two men were shot on the 1400 block of Garnet Street late Friday. Officer Lena Cobb, "
    "a spokeswoman, said the shooter walked away. The sergeant said the MILITIA-style raid was over by 11 p.m.",
    "A man was wounded in south suburban Dolton on Saturday night, police said. He was taken to a hospital in Harvey.",
    "Officers found Jamal Reddick, 24, dead of a gunshot wound in an alley off Birch Avenue in Toledo on March 3.",
    "",
]


@pytest.fixture(scope="module")
def docs(nlp):
    from eventdesk.nlp import blank_doc

    return [nlp(blank_doc(nlp, text, anchor=dt.date(2022, 1, 21))) for text in BANK]


# --- the token arrays ---

def test_lower_indices_are_the_tokens_read_one_by_one(docs):
    for words in (actors._MILITIA_HEADS, actors._FROM_COMMUNITY_HEADS, roles._TITLES, frozenset({"the", "sgt.", "of"})):
        for doc in docs:
            assert arrays.lower_indices(doc, words) == [t.i for t in doc if t.lower_ in words]


def test_upper_indices_are_the_tokens_in_capitals(docs):
    for doc in docs:
        assert arrays.upper_indices(doc) == [t.i for t in doc if t.text.isupper()] == [t.i for t in doc if t.is_upper]
    assert any(arrays.upper_indices(doc) for doc in docs)


def _slow_lower(doc, words):
    return [t.i for t in doc if t.lower_ in words]


def _slow_upper(doc):
    return [t.i for t in doc if t.text.replace("-", "").isupper()]


def _actors_and_surnames(nlp):
    from eventdesk.nlp import blank_doc

    out = []
    for text in BANK:
        doc = nlp(blank_doc(nlp, text, anchor=dt.date(2022, 1, 21)))
        out.append(([(m.start, m.end, m.name, m.kind, m.role) for m in doc._.actor_mentions], sorted(roles._surnames(doc))))
    return out


def test_actors_and_surnames_unchanged_by_the_arrays(nlp, monkeypatch):
    fast = _actors_and_surnames(nlp)
    monkeypatch.setattr(actors, "lower_indices", _slow_lower)
    monkeypatch.setattr(actors, "upper_indices", _slow_upper)
    monkeypatch.setattr(roles, "lower_indices", _slow_lower)
    slow = _actors_and_surnames(nlp)
    assert fast == slow


def _names(doc) -> list[str]:
    return [m.name for m in doc._.actor_mentions]


def test_the_array_read_rules_still_fire(docs):
    assert "NAS" in _names(docs[0])  # an acronym before a fighters' noun
    assert "NASA" not in _names(docs[1])  # near miss: an acronym before no fighters' noun
    assert "Fulani Militia" in _names(docs[2])  # a community before a militia's noun
    assert {"Fellata Militia", "Rizeigat Militia"} <= set(_names(docs[3]))
    assert "Bobo Militia" in _names(docs[4])  # armed men from a community
    assert "Bobo Militia" not in _names(docs[5])  # near miss: the community's youths are the ones hit
    assert "RMK" in _names(docs[6])  # "armed members of the RMK"
    assert {"Marsh", "Cobb"} <= roles._surnames(docs[7])  # a title before a name
    assert not any(a in _names(docs[7]) for a in ("MILITIA", "MILITIA Militia"))  # near miss: a word in capitals


# --- the time expressions' matches kept per text ---

TIMEX_TEXTS = [
    "Police said the shooting happened Saturday night, Jan. 15, 2022, outside a bar on Main Street.",
    "A man was shot Monday. Originally published June 16, 2021. He died on the Fourth of July, police said.",
    "The two were killed last week, a month after a 2019 shooting on Christmas Eve; 3 days ago another man was hurt.",
]


def _timexes(text, anchor):
    return [(t.start, t.end, t.text, t.span, t.explicit) for t in timex.find_timexes(text, anchor)]


@pytest.mark.parametrize("text", TIMEX_TEXTS)
def test_kept_matches_give_the_dates_found_afresh(text):
    anchor = dt.date(2022, 1, 21)
    timex._kept_rule_matches.cache_clear()
    fresh_anchored = _timexes(text, anchor)
    timex._kept_rule_matches.cache_clear()
    fresh_bare = _timexes(text, None)
    # the text read for its anchor first, then against an anchor, as a report without a dateline is
    assert _timexes(text, None) == fresh_bare
    assert _timexes(text, anchor) == fresh_anchored
    assert _timexes(text, None) == fresh_bare
    assert fresh_anchored  # the rules still find the text's dates
    assert timex.anchor_from_text(text) == max((t[3].end for t in fresh_bare if t[4] and t[3].precision in ("day", "days")),
                                               default=None)


def test_a_long_text_is_searched_afresh():
    text = TIMEX_TEXTS[0] + " " + "x" * timex._KEPT_MAX_CHARS
    timex._kept_rule_matches.cache_clear()
    assert _timexes(text, None) == _timexes(text, None) and _timexes(text, None)
    assert timex._kept_rule_matches.cache_info().currsize == 0  # (nothing kept)


def test_relative_dates_still_need_an_anchor():
    text = "A man was shot Monday night."
    assert _timexes(text, None) == []  # near miss: nothing to count back from
    assert _timexes(text, dt.date(2022, 1, 21))[0][3].start == dt.date(2022, 1, 17)


# --- patterns compiled once per town, per name ---

def _scene_full(name: str, title: str):
    m = re.search(f"(?:{link._SCENE_BEFORE_TOWN}){link._town_pattern(name)}(?![\\w-])|(?<![\\w-]){link._town_pattern(name)}"
                  f"(?:{link._SCENE_AFTER_TOWN})", title, re.IGNORECASE)
    return m and m.span()


@pytest.mark.parametrize("name, title, found", [
    ("Bullhead City", "Bond set in Bullhead City killing", True),
    ("Suisun City", "Man shot in Suisun City early Sunday", True),
    ("Copperas Cove", "copperas cove shooting: suspect held", True),
    ("Bullhead City", "Bullhead City man arraigned in Kingman", False),  # near miss: the victim's hometown
    ("Gatesville", "Suspect in Waco slaying arraigned in Gatesville", False),  # near miss: the court's town
])
def test_headline_scene_pattern(name, title, found):
    m = link._scene_in_headline(name).search(title)
    assert bool(m) is found
    assert (m and m.span()) == _scene_full(name, title)


@pytest.mark.parametrize("surname, sentence, age", [
    ("Pruitt", "Dana Pruitt, 29, died at the scene.", "29"),
    ("Pruitt", "Dana Pruitt (29) was taken to a hospital.", "29"),
    ("Pruitt", "Dana Pruitt said 29 shots were fired.", None),  # near miss: a number after the name is no age
])
def test_name_age_pattern(surname, sentence, age):
    m = _name_age(surname).search(sentence)
    full = re.search(rf"\b{re.escape(surname)}{_NAME_AGE}", sentence, re.IGNORECASE)
    assert (m and m.group(1)) == age == (full and full.group(1))


# --- make-believe, sport and range read only where nobody is hurt ---

DRILL = ("Police held an active shooter drill at Lincoln High School on Tuesday. Officers fired blank rounds in the "
         "halls while students waited in classrooms.")
GAME = ("The quarterback threw three touchdowns in the first quarter and the Bombers routed the Eagles 42-7, "
        "killing any hope of a comeback.")
RANGE = "Members of the Cedar Hill gun club shot at targets at the shooting range on Saturday."
DRILL_SHOOTING = ("A teacher was shot in the leg during an active shooter drill at Lincoln High School on Tuesday "
                  "when an officer's gun went off, police said.")


def test_make_believe_sport_and_a_range_are_still_no_event():
    assert classify(DRILL) is None
    assert classify(GAME) is None
    assert classify(RANGE) is None


def test_somebody_hurt_at_a_drill_is_still_an_event():
    # near miss: the claims and the words have somebody hurt, so the drill's words decide nothing
    assert classify(DRILL_SHOOTING, {"civilian"}, {"wounded"}) is not None


# --- the statistic's precheck ---

STATISTIC_PHRASES = [
    "Every month, an average of about 50 women are shot to death.", "On average, three people die each day.",
    "On an average day, 100 people are shot.", "Each year hundreds are hurt.", "More than 300 people a year are killed.",
    "Children a week are shot here.", "460 people were killed in such shootings this year.",
    "A mass shooting is any shooting in which four or more people are shot.", "every incident where a gun was fired",
    "in which 4 or more were shot", "in the first five months of this year", "compared with 23 in the same period",
    "Shootings rose 18 percent.", "Shootings rose 18 per cent.", "Shootings rose 18%.",
]


def _full(rx, text):
    m = rx.rx.search(text)
    return m and (m.span(), m.group())


def _fast(rx, text):
    m = rx.search(text)
    return m and (m.span(), m.group())


def _pieces(text: str) -> list[str]:
    sents = re.split(r"(?<=[.!?;])\s+", text)
    return [text, *sents, *(a + " " + b for a, b in zip(sents, sents[1:]))]


def test_statistic_precheck_gives_the_full_answer():
    texts = [p for t in BANK + TIMEX_TEXTS for p in _pieces(t)] + STATISTIC_PHRASES
    texts += [t.upper() for t in texts] + ["EVERY MONTH, 5 died", "ON AVERAGE ſIX DIE", "ſuch ſhootings"]
    assert [_fast(segmentation.STATISTIC, t) for t in texts] == [_full(segmentation.STATISTIC, t) for t in texts]


@pytest.mark.parametrize("phrase", STATISTIC_PHRASES)
def test_each_statistic_branch_passes_the_precheck(phrase):
    assert segmentation.STATISTIC.may_match(phrase) and segmentation.STATISTIC.search(phrase), phrase
    assert segmentation.is_background(phrase, 2022)


def test_a_shootings_sentence_skips_the_statistic_search():
    # near miss: a sentence of the incident holds no word of a rate, a share or a tally
    text = "Two men were shot on the 1400 block of Garnet Street late Friday."
    assert not segmentation.STATISTIC.may_match(text)
    assert not segmentation.is_background(text, 2022)
