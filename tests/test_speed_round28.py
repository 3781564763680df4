"""The twenty-eighth session's speed pass: the same answers with fewer tokens made and fewer names ranked again.

Each shortcut is tested twice, as in ``test_speed_round25``: the rule behind it still fires on the report that needs
it (and a near miss keeps its count), and, over a bank of invented reports, the answer with the shortcut equals the
answer with it switched off (or the rule as it was written before).

- ``Gazetteer.matches`` keeps its answers per name asked (a fresh list each time);
- ``added_persons._multiple`` and ``later_deaths.all_of_them_died`` read a sentence token by token only where its
  text holds one of their words ("double", "both"), ``attribution.sentence_speaker`` looks for "according to" only
  where the sentence holds "according";
- ``victim_claims`` and ``_deceased_of_each_sex`` read a sentence's text as a slice of the doc's (``span_text``),
  not joined from its tokens;
- ``names._name_pairs`` reads only the proper nouns after a proper noun and ``_first_names_joined`` only the "and"
  tokens, ``people._pet_names`` only the appositions, found from the doc's arrays;
- ``ingest.html`` imports trafilatura where a page is read, not with ``eventdesk.ingest``.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.nlp.components import attribution
from eventdesk.nlp.components.casualties import added_persons, extract, later_deaths
from eventdesk.nlp.doctext import span_text
from eventdesk.nlp.victims import claims as victim_claims_mod
from eventdesk.nlp.victims import names, people

# invented reports (persons, streets and outlets made up) that reach the rules the shortcuts guard
BANK = [
    "Police are investigating a double shooting on Larch Street that left two men wounded Saturday night. It was the "
    "city's second double shooting this month, according to police records.",
    "Two cousins were shot outside a store on Wren Avenue on Friday. Both later died at the hospital, Sgt. Ada Fenn said.",
    "Three men were shot near Birch Park. They did not survive, according to Chief Omar Lisle. All of them were 20.",
    "Twins Marcus and Malik Dorsey, 17, were shot on Pell Road. Marcus Dorsey died; Malik was wounded. Ann Wu and Ray "
    "Cole saw it happen, Wu said.",
    "Officers found a male and female deceased inside the residence on Cobb Lane. The family's dog, Bella, was unhurt. "
    "Niko, an Akita, barked at the officers.",
    "Shot and killed: Trevor Gaines, 31, of Ocala.\nWounded: Shauna Reed, 25.\nPolice said the triple shooting began "
    "with an argument. No arrests were made, the sheriff's office said in a statement.",
    "A man was shot in the leg on Quill Street on Tuesday. He told officers he did not see who fired. Both doors of the "
    "car were open; all windows were shattered.",
]


@pytest.fixture(scope="module")
def docs(nlp):
    from eventdesk.nlp import blank_doc

    return [nlp(blank_doc(nlp, text, anchor=dt.date(2022, 1, 21))) for text in BANK]


def _every_word(words):
    """A stand-in for ``span_text`` whose text holds every word of a precheck: the precheck switched off."""
    return lambda span: " ".join(words)


# --- the gazetteer keeps its answers ---

def test_matches_kept_give_the_fresh_answer(gazetteer):
    for name, kw in [("Springfield", {}), ("Springfield", {"kinds": ("city",), "limit": 3}),
                     ("Pa.", {"kinds": ("admin1",), "abbreviations": True}), ("Cook County", {}),
                     ("the Bronx", {"country_code": "US"}), ("Mexico City", {}), ("Kurdistan Region", {}),
                     ("Dayton", {"admin1": "Ohio", "kinds": ("city",)}), ("Nowhereville Xq", {})]:
        kinds = tuple(kw.pop("kinds")) if "kinds" in kw else None
        args = (kw.get("country_code"), kw.get("admin1"), kw.get("limit", 10), kinds, kw.get("abbreviations", False))
        fresh = list(gazetteer._matches(name, *args))
        assert gazetteer.matches(name, *args[:3], kinds=kinds, abbreviations=args[4]) == fresh
        assert gazetteer.matches(name, *args[:3], kinds=kinds, abbreviations=args[4]) == fresh  # kept, the same again


def test_matches_give_a_fresh_list(gazetteer):
    first = gazetteer.matches("Springfield", kinds=("city",))
    assert first
    first.clear()
    assert gazetteer.matches("Springfield", kinds=("city",))  # the caller's list, not the one kept


def test_matches_kinds_read_as_before(gazetteer):
    every = gazetteer.matches("Georgia")
    assert {p.precision for _, p in every} >= {"admin1", "country"}
    assert gazetteer.matches("Georgia", kinds=()) == every  # no kinds named: every kind
    assert gazetteer.matches("Georgia", kinds=(k for k in ())) == []  # kinds given, none of them: nothing
    assert [p for _, p in gazetteer.matches("Georgia", kinds=["country"])] == gazetteer.lookup("Georgia", kinds=("country",))


# --- the sentence prechecks still fire, and near misses keep their count ---

def test_a_double_shooting_still_counts_two(analyze):
    doc = analyze("Police are investigating a double shooting on Larch Street that left a man hurt.")
    assert any(c.count == 2 and c.trigger == "shoot" for c in added_persons._multiple(doc, next(doc.sents), 0))
    miss = analyze("Police are investigating a shooting on Larch Street; the man doubled over in pain.")
    assert added_persons._multiple(miss, next(miss.sents), 0) == []


def test_both_later_died_still_counts_the_dead(analyze):
    doc = analyze("Two cousins were shot outside a store on Wren Avenue on Friday. Both later died at the hospital.")
    killed = [c for c in doc._.raw_claims if c.outcome == "killed"]
    assert killed and killed[0].count == 2
    miss = analyze("Two cousins were shot outside a store on Wren Avenue on Friday. The store later closed for the day.")
    assert not [c for c in miss._.raw_claims if c.outcome == "killed"]


def test_according_to_still_names_the_speaker(analyze):
    doc = analyze("Three men were wounded, according to Chief Omar Lisle.")
    speaker, pronoun = attribution.sentence_speaker(next(doc.sents), [])
    assert speaker and "Lisle" in speaker and not pronoun
    miss = analyze("Three men were wounded, Chief Omar Lisle said.")  # no "according": the verb's subject instead
    speaker, pronoun = attribution.sentence_speaker(next(miss.sents), [])
    assert speaker and "Lisle" in speaker


def test_name_pairs_and_joined_first_names_still_found(analyze):
    doc = analyze("Twins Marcus and Malik Dorsey, 17, were shot on Pell Road. Ann Wu and Ray Cole saw it happen.")
    pairs = names._name_pairs(doc)
    assert pairs.get("malik") == "dorsey" and pairs.get("marcus") == "dorsey"  # "Marcus" joined to "Malik Dorsey"
    assert pairs.get("ann") == "wu" and pairs.get("wu") is None  # "Wu" ends a name of its own: no "Cole" of it


def test_pet_names_still_found(analyze):
    doc = analyze("The family's dog, Bella, was unhurt. Niko, an Akita, barked. His brother, Max Hale, was shot.")
    assert {"bella", "niko"} <= people._pet_names(doc)
    assert "max" not in people._pet_names(doc)  # a brother in apposition is no pet


# --- each shortcut gives what the full path gives ---

def test_text_prechecks_give_the_full_answer(docs, monkeypatch):
    def answers():
        out = []
        for doc in docs:
            claims = list(doc._.raw_claims)
            for s_i, sent in enumerate(doc.sents):
                out.append(added_persons._multiple(doc, sent, s_i))
                out.append(attribution.sentence_speaker(sent, []))
                found = [c for c in claims if c.sent < s_i or c.outcome != "killed"]
                later_deaths.all_of_them_died(doc, sent, s_i, found, len(found))
                out.append(found)
        return out

    fast = answers()
    monkeypatch.setattr(added_persons, "span_text", _every_word(added_persons._MULTIPLE))
    monkeypatch.setattr(attribution, "span_text", _every_word(["according"]))
    monkeypatch.setattr(later_deaths, "span_text", _every_word(later_deaths._ALL_OF_THEM))
    slow = answers()
    assert fast == slow
    assert any(x for x in fast[0::3]) and any(x[0] for x in fast[1::3])  # the bank reaches the rules


def test_sentence_text_slices_are_the_sentences(docs):
    assert all(span_text(sent) == sent.text for doc in docs for sent in doc.sents)


def test_extract_claims_unchanged_by_the_text_prechecks(docs, monkeypatch):
    fast = [extract.extract_claims(doc) for doc in docs]
    monkeypatch.setattr(added_persons, "span_text", _every_word(added_persons._MULTIPLE))
    monkeypatch.setattr(later_deaths, "span_text", _every_word(later_deaths._ALL_OF_THEM))
    monkeypatch.setattr(victim_claims_mod, "span_text", lambda span: span.text)
    monkeypatch.setattr(extract, "span_text", lambda span: span.text)
    slow = [extract.extract_claims(doc) for doc in docs]
    assert fast == slow and any(fast)


def _name_pairs_before(doc):
    """``names._name_pairs`` as it read every token (and every token's neighbours) before."""
    pairs, surnames, first_names = {}, set(), {}
    for t in doc[1:]:
        prev = doc[t.i - 1]
        if (t.tag_ == "NNP" and prev.tag_ == "NNP" and prev.text[:1].isupper() and t.text[:1].isupper()
                and ((prev.ent_type_ not in names._NOT_PERSON_ENTS - {"NORP"} and t.ent_type_ not in names._NOT_PERSON_ENTS)
                     or names._aged_name(t))
                and prev.lower_ not in names._NOT_NAMES and t.lower_ not in names._NOT_NAMES and prev.lower_ != t.lower_
                and not names._common_word(t) and not names._common_word(prev) and not names._persons_noun(prev)
                and not (t.is_upper and len(t) > 1 and not prev.is_upper)):
            first, last = prev.lower_, t.lower_
            pairs[first] = last if pairs.get(first, last) == last else None
            surnames.add(last)
            first_names.setdefault(last, set()).add(first)
    joined = []
    for t in doc[1:-2]:
        first, given, last = doc[t.i - 1], doc[t.i + 1], doc[t.i + 2]
        if t.lower_ != "and" or pairs.get(given.lower_) != last.lower_ or first.lower_ == given.lower_:
            continue
        if not (first.tag_ == "NNP" and first.text[:1].isupper() and first.text[1:2].islower() and len(first.text) > 2
                and first.ent_type_ not in names._NOT_PERSON_ENTS and first.lower_ not in names._NOT_NAMES
                and not names._common_word(first) and not names._persons_noun(first)):
            continue
        before = doc[first.i - 1] if first.i else None
        if before is not None and before.tag_ == "NNP" and before.text[:1].isupper() and not names._persons_noun(before):
            continue
        joined.append((first.lower_, last.lower_))
    for first, last in joined:
        pairs[first] = last if pairs.get(first, last) == last else None
        first_names.setdefault(last, set()).add(first)
    return pairs, first_names, surnames


def test_name_pairs_as_before(docs):
    for doc in docs:
        names._name_pairs(doc)
        kept = (doc.user_data["name_pairs"], doc.user_data["first_names"], doc.user_data["surnames"])
        assert kept == _name_pairs_before(doc)
    assert any(doc.user_data["name_pairs"] for doc in docs)


def test_pet_names_as_before(docs):
    def before(doc):
        found = set()
        for t in doc:
            if t.dep_ != "appos":
                continue
            if t.tag_ == "NNP" and people._an_animal_noun(t.head) and t.head.tag_ != "NNP":
                found.add(t.lower_)
            elif t.head.tag_ == "NNP" and people._an_animal_noun(t):
                found.add(t.head.lower_)
        return frozenset(found)

    assert [people._pet_names(doc) for doc in docs] == [before(doc) for doc in docs]
    assert any(people._pet_names(doc) for doc in docs)


# --- the HTML extractor is imported where a page is read ---

def test_reading_text_reports_loads_no_html_extractor():
    import subprocess
    import sys

    code = ("import sys; from eventdesk.ingest import read_inputs; from eventdesk.ingest.common import visible_text; "
            "print('trafilatura' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "False"


def test_an_html_page_is_still_read(tmp_path):
    from eventdesk.ingest import read_inputs

    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Man shot on Garnet Street</title></head><body><article><p>A man was shot and "
                    "wounded on Garnet Street in Toledo late Friday, police said. Officers found him near the corner "
                    "of Garnet and Vine and took him to a hospital.</p></article></body></html>", encoding="utf-8")
    reports = list(read_inputs([page], max_bytes=1_000_000))
    assert len(reports) == 1 and "Garnet Street" in reports[0].text
