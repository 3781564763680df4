"""The twenty-fifth session's speed pass: each precheck skips only work that could not have fired.

Each shortcut is tested twice: the rule behind it still fires on the report that needs it (and a near miss keeps its
count), and, over a bank of invented reports, the answer with the shortcut equals the answer with it switched off.

- ``rites._mourned_elsewhere`` reads the tokens only of a report whose text holds a rite's word;
- ``added_persons.both_were_hit`` reads a sentence for a mishap only where "both" or "the pair" is its subject;
- ``victims.claims.victim_claims`` passes by, at one set test, the tokens whose lemma no trigger rule reads;
- ``numbers.find_quantities`` passes by the tokens no count opens with;
- ``extract._of_an_earlier_incident`` reads the names of a sentence only where an earlier incident was told;
- ``actors.militias_from_places`` reads the tokens only of a report that speaks of militias;
- ``actors._sentence_index`` counts sentence lengths instead of reading each token;
- ``places.roles._custody_state`` and ``_home_state`` find the town before the state from the IOB tags, not by
  building every entity of the report.
"""

from __future__ import annotations

import pytest

from eventdesk.nlp import numbers
from eventdesk.nlp.components import actors
from eventdesk.nlp.components.casualties import added_persons, extract, rites
from eventdesk.nlp.components.places import roles
from eventdesk.nlp.victims import claims as victim_claims_mod

# invented reports (persons, streets and outlets made up) that reach the rules the shortcuts guard
BANK = [
    "Gunfire broke out at a vigil Tuesday night for Dale Pike, who was killed in a crash last month. Two mourners were "
    "wounded, police said. Pike and Jamel Corder were fatally shot outside a bar on Jan. 17.",
    "SHOTS FIRED DURING WAKE SERVICES FOR LEROY SMITH\n\nShots were fired during the wake services for Leroy Smith, 42, "
    "one of two men fatally shot on Jan. 17, and a woman was hit in the leg.",
    "Hundreds attended a vigil for the two teens killed Friday on Elm Street. About 40 people had gathered to remember "
    "Tyrell Banks, 16, who was killed Tuesday.",
    "A robbery suspect was shot by a clerk at a store on Hale Street, and the clerk was also shot. Both were taken to a "
    "hospital in critical condition.",
    "Two suspects were arrested on Lamar Avenue on Thursday after a crash. Both were taken to the hospital with minor "
    "injuries from the crash. The pair were booked into jail.",
    "Police said Marcus Dell, 31, shot his neighbor twice and then took his own life. The neighbor passed away at the "
    "hospital on Sunday. A third man did not survive his injuries.",
    "A 19-year-old was struck in the leg and twenty-one people were wounded; dozens of others were hurt as they fled. "
    "His twin sons were shot, and one man was left dead and another injured.",
    "In the summer of 2013, Pedro Vale went on a rampage, killing six neighbors. Vale was shot dead by SWAT officers. "
    "On Monday, a woman was shot on Birch Lane.",
    "Communal militias from Zamwara attacked a village on Sunday; militias from Kofa and Bakin Kogi killed three "
    "farmers. MILITIAMEN FROM DOGON DAJI wounded two.",
    "A man was arrested in Chambersburg, Pennsylvania, after the shooting in Hagerstown. Jon Doe, 24, of Memphis, "
    "Tennessee, was found shot in Scott County.",
    "The gun went off. She turned the gun on herself in the attempted murder-suicide. A man was gunned down on Oak "
    "Street and the killing of Ann Cole remains under investigation, as does the fatal shooting of Ray Diaz.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    import datetime as dt

    from eventdesk.nlp import blank_doc

    return [nlp(blank_doc(nlp, text, anchor=dt.date(2022, 1, 21))) for text in BANK]


class _Everything:
    """A set that holds every word: a precheck's set test switched off."""

    def __contains__(self, item) -> bool:
        return True


# --- each shortcut gives what the full path gives ---

def test_rites_precheck_gives_the_full_answer(docs, monkeypatch):
    fast = [rites._mourned_elsewhere(doc, list(doc._.raw_claims)) for doc in docs]
    monkeypatch.setattr(rites, "_RITE_STEMS", ("",))  # "" is in every text: the tokens are read
    slow = [rites._mourned_elsewhere(doc, list(doc._.raw_claims)) for doc in docs]
    assert fast == slow


def test_rite_stems_cover_every_rite_word():
    assert all(any(stem in word for stem in rites._RITE_STEMS) for word in rites._RITE_WORDS)


def _sentence_claims(doc):
    from eventdesk.nlp.victims.people import People

    out = []
    for s_i, sent in enumerate(doc.sents):
        claims = [c for c in doc._.raw_claims if c.sent < s_i]
        added_persons.both_were_hit(doc, sent, s_i, claims)
        out.append(claims)
        out.append(victim_claims_mod.victim_claims(doc, sent, s_i, set(), People()))
        out.append(numbers.find_quantities(sent))
    return out


def test_sentence_prechecks_give_the_full_answer(docs, monkeypatch):
    fast = [_sentence_claims(doc) for doc in docs]
    monkeypatch.setattr(victim_claims_mod, "_MAY_TELL", _Everything())
    monkeypatch.setattr(numbers, "_opens_no_count", lambda tok: False)
    monkeypatch.setattr(added_persons, "_may_name_two", lambda sent: True)
    slow = [_sentence_claims(doc) for doc in docs]
    assert fast == slow
    assert any(fast)


def test_extract_claims_unchanged_by_the_prechecks(docs, monkeypatch):
    fast = [extract.extract_claims(doc) for doc in docs]
    monkeypatch.setattr(victim_claims_mod, "_MAY_TELL", _Everything())
    monkeypatch.setattr(numbers, "_opens_no_count", lambda tok: False)
    monkeypatch.setattr(rites, "_RITE_STEMS", ("",))
    slow = [extract.extract_claims(doc) for doc in docs]
    assert fast == slow


def test_earlier_incident_names_as_before(docs):
    def before(doc, sent, earlier_names):  # the rule as it read each sentence's names first
        names = {t.lower_ for t in sent if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"}
        if extract._of_an_earlier_year(doc, sent):
            return names or {""}
        again = {t.lower_ for t in sent if t.text[:1].isupper() and t.is_alpha} & earlier_names
        return names | again if again else set()

    for doc in docs:
        fast = slow = set()
        for sent in doc.sents:
            fast, slow = extract._of_an_earlier_incident(doc, sent, fast), before(doc, sent, slow)
            assert fast == slow


def test_militias_precheck_gives_the_full_answer(docs, nlp):
    comp = nlp.get_pipe("eventdesk_actors")
    for doc in docs:
        fast = list(actors.militias_from_places(doc, set(), comp.demonyms, comp.countries))
        if "militia" in doc.text.lower():
            assert fast, doc.text
        else:
            assert fast == []
    named = {name for doc in docs for _, _, name in actors.militias_from_places(doc, set(), comp.demonyms, comp.countries)}
    assert "Zamwara Communal Militia" in named


def test_sentence_index_from_lengths(docs):
    for doc in docs:
        starts = {s.start: i for i, s in enumerate(doc.sents)}
        index, current = [], 0
        for tok in doc:
            current = starts.get(tok.i, current)
            index.append(current)
        assert actors._sentence_index(doc) == index


def test_entity_start_from_iob_tags(docs):
    for doc in docs:
        for end in range(len(doc)):
            town = next((e for e in doc.ents if e.end == end), None)
            assert roles._entity_start_ending_at(doc, end) == (town.start if town is not None else None)


def test_entity_start_iob_edges(nlp):
    from spacy.tokens import Span

    doc = nlp.make_doc("Jon Doe of Memphis , Tennessee was shot")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 3, 4, label="GPE"), Span(doc, 5, 6, label="GPE")]
    assert roles._entity_start_ending_at(doc, 2) == 0  # "Jon Doe": two tokens, ends before "of"
    assert roles._entity_start_ending_at(doc, 1) is None  # inside "Jon Doe": the entity runs on
    assert roles._entity_start_ending_at(doc, 4) == 3
    assert roles._entity_start_ending_at(doc, 3) is None  # "of": no entity ends before it
    assert roles._entity_start_ending_at(doc, 0) is None


# --- the rules still fire where a report needs them, and keep a near miss ---

@pytest.mark.parametrize("text, expected", [
    # gunfire at a funeral: the one whose funeral it was died before, in a crash, and is no dead of this shooting
    ("Three mourners were wounded by gunfire while attending a funeral on Saturday. It was the funeral of Dale Pike, "
     "who was killed in a crash last month.", (0, 3)),
    # the rite's word in capitals: the precheck reads the text lower-cased
    ("Three mourners were wounded by gunfire while attending a FUNERAL on Saturday. It was the funeral of Dale Pike, "
     "who was killed in a crash last month.", (0, 3)),
    # near miss: a vigil only mourned keeps its dead
    ("Two teens were shot and killed on Friday on Elm Street. A vigil for the two teens was held Sunday.", (2, 0)),
])
def test_rites_rule_fires(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Both" after two persons told shot one by one: two hit
    ("A robbery suspect was shot by a clerk at a store on Hale Street on Monday, and the clerk was also shot. Both were "
     "taken to a hospital.", (0, 2)),
    # near miss: the two were hurt in a crash, no hit by gunfire
    ("Two suspects were arrested on Lamar Avenue on Thursday after a crash. Both were taken to the hospital with minor "
     "injuries from the crash.", (0, 0)),
])
def test_both_rule_fires(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "make" is no word of a hit, yet "did not make it" tells a death: the precheck must let it through
    ("A man was shot on Sunday on Vine Street. He did not make it, his sister said.", (1, 0)),
    # near miss: "did not make it home" tells nothing of his death
    ("A man was shot on Sunday on Vine Street. He did not make it home, his sister said.", (0, 1)),
    # "life" of "took his own life": the shooter dead, his neighbor hurt
    ("Police said Marcus Dell, 31, shot his neighbor on Sunday and then took his own life.", (1, 1)),
])
def test_victim_triggers_fire(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a number word with a hyphen: left to the full reading
    ("Twenty-one people were wounded in the shooting on Pine Street on Saturday, police said.", (0, 21)),
    ("His twin sons were shot on Pine Street on Saturday, police said.", (0, 2)),
    # near miss: a hyphenated word that is no number
    ("A well-known man was shot on Pine Street on Saturday, police said.", (0, 1)),
])
def test_counts_still_read(killed_wounded, text, expected):
    assert killed_wounded(text) == expected


def _in_capitals_before(text: str) -> bool:  # the test as it read every character in Python
    from eventdesk.nlp.components.places import capitals

    letters = [c for c in text if c.isalpha()]
    return len(letters) >= capitals._CAPITALS_MIN_LETTERS and sum(c.isupper() for c in letters) >= capitals._CAPITALS_SHARE * len(letters)


def test_in_capitals_prose_shortcut_gives_the_full_answer():
    import random

    from eventdesk.nlp.components.places.capitals import in_capitals

    rng = random.Random(25)
    small, capitals = "abcdefghijklmnopqrstuvwxyzéßσ", "ABCDEFGHIJKLMNOPQRSTUVWXYZÉΣ"
    for _ in range(20000):
        share = rng.random()
        line = "".join(rng.choice(capitals + " ,.'-19") if rng.random() < share else rng.choice(small + " ")
                       for _ in range(rng.randint(0, 90)))
        assert in_capitals(line) == _in_capitals_before(line), line


@pytest.mark.parametrize("line, expected", [
    ("FORT WORTH, TEXAS (KXTV) - A MAN WAS SHOT IN EAST LANSING ON TUESDAY NIGHT", True),
    ("FORT WORTH, TEXAS (KXTV) - A MAN WAS SHOT IN EAST LANSING on tuesday night", False),  # too many small letters
    ("A man was shot Tuesday night in East Lansing, police said, and a woman was hurt.", False),
    ("SHOT IN DOVER", False),  # too few letters
])
def test_in_capitals_lines(line, expected):
    from eventdesk.nlp.components.places.capitals import in_capitals

    assert in_capitals(line) is expected is _in_capitals_before(line)


HEADLINES = [
    "Bond set in Bullhead City killing", "BOND SET IN BULLHEAD CITY KILLING", "Man killed in Dothan",
    "Suspect in Wheeling shooting arrested in Pittsburgh", "Bullhead-City man arrested", "Café shooting in Saint-Lô",
    "Police: no one hurt", "",
]
TOWNS = ["Bullhead City", "Dothan", "Wheeling", "Pittsburgh", "Saint-Lô", "Kingman", "City"]


@pytest.mark.parametrize("title", HEADLINES)
def test_headline_town_precheck_misses_no_match(title):
    import re

    from eventdesk import link

    for name in TOWNS:
        pattern = (f"(?:{link._SCENE_BEFORE_TOWN}){link._town_pattern(name)}(?![\\w-])|(?<![\\w-]){link._town_pattern(name)}"
                   f"(?:{link._SCENE_AFTER_TOWN})")
        if re.search(pattern, title, re.IGNORECASE):
            assert link._may_name(title, name), (title, name)


def test_headline_town_precheck_turns_away():
    from eventdesk import link

    assert link._may_name("BOND SET IN BULLHEAD CITY KILLING", "Bullhead City")
    assert not link._may_name("Bond set in Kingman killing", "Bullhead City")
    assert link._may_name("Café shooting", "Bullhead City")  # not ASCII: left to the pattern


SETTLEMENT_BANK = [
    "KABUL, Afghanistan — Gunmen attacked a checkpoint in Herat city on Monday, killing two policemen. In Natugo "
    "village, militants wounded three farmers near the district headquarters.",
    "A man was shot downtown on Monday near the city hall on Elm Street in Dover, police said.",
    "A man was shot on Monday on Elm Street in Dover, police said.",
]


def test_settlement_precheck_gives_the_full_answer(nlp, monkeypatch):
    import datetime as dt

    from eventdesk.nlp import blank_doc
    from eventdesk.nlp.components.places import untagged

    docs = [nlp(blank_doc(nlp, text, anchor=dt.date(2022, 1, 21))) for text in SETTLEMENT_BANK]

    def names():
        return [[t.text for seg in doc._.segments
                 for t in untagged._named_settlements(doc, seg, [0] * len(doc), [1.0])] for doc in docs]

    fast = names()
    monkeypatch.setattr(untagged, "_holds_a_settlement_word", lambda doc, seg: True)
    assert fast == names()
    assert "Natugo" in fast[0] and fast[2] == []


def test_token_starting_at_as_the_scan(docs):
    for doc in docs:
        for char in range(len(doc.text) + 2):
            assert added_persons._token_starting_at(doc, char) == next((t for t in doc if t.idx == char), None)
