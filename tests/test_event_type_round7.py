"""The likeliest event type of a text known to tell an event: the classifier's answer where it gives one,
else the model's likeliest type, never "no event".  The texts are written for these tests."""

from __future__ import annotations

import pytest

from eventdesk.nlp.components.event_type import classify, likeliest_type


@pytest.mark.parametrize("text, sub_event_type", [
    # no word of violence or protest: the classifier abstains, the model still knows the type
    # ("A herder lost a leg to an antipersonnel mine ..." is now found by the rules: tests/test_event_type_round12b.py)
    # ("ISWAP named a new governor ..." is now found by the rules: tests/test_event_type_round9.py)
    ("Ansaru now answers to a new amir, a veteran of its Kano cell, according to a message seen by reporters.",
     "Change to group/activity"),
])
def test_the_model_answers_where_the_classifier_abstains(text, sub_event_type):
    assert classify(text) is None
    assert likeliest_type(text) is not None and likeliest_type(text)[1] == sub_event_type


@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a minibus near Bunia, killing seven passengers, local officials said.",
    "Hundreds of teachers marched peacefully through the capital demanding unpaid salaries.",
])
def test_the_classifier_answer_stands(text):
    assert classify(text) is not None
    assert likeliest_type(text) == classify(text)
