"""The doc's and spans' texts read from one join: the same strings spaCy gives."""

from __future__ import annotations

from eventdesk.nlp.doctext import doc_text, span_text, within

TEXT = (
    "SPRINGFIELD, Ill. —  Two men were shot dead Tuesday on Elm Street in Springfield, police said.\n\n"
    "Officer Jane Doe said a third man, 19, was wounded.  \n"
    "Also read: Man shot in Chicago\n"
    "The shooting is the second this week in Sangamon County. "
)


def test_texts_are_spacys(analyze):
    doc = analyze(TEXT)
    assert doc_text(doc) == doc.text == TEXT
    for sent in doc.sents:
        assert span_text(sent) == sent.text
    for ent in doc.ents:
        assert span_text(ent) == ent.text
    assert span_text(doc[3:9]) == doc[3:9].text


def test_within_is_span_ents(analyze):
    doc = analyze(TEXT)
    ents = doc.ents
    for sent in doc.sents:
        assert within(sent, ents) == list(sent.ents)
    assert within(doc[0:5], ents) == list(doc[0:5].ents)
