"""CASE 2021 Task 2: event type of 1,019 snippets with ``event_type.classify`` (the rule classifier
alone: no spaCy, so it is fast).  Labels are compared in CASE's names through case_labels.py.

The 25 seen types are scored as the task sets them and as the published systems answer them: every
snippet tells one of the 25, so the answer is ``event_type.likeliest_type`` (the classifier's type, or
where it would say "no event", the model's likeliest type).  The classifier's own answers, abstentions
and all, are scored beside them, and on all snippets (types outside ACLED counted right as "no event").

This data set is a test set only: SPLITS.md gives it no dev part, so it is HELD-OUT whatever --split
says.  The gate runs it as a regression check; never write rules from its examples, which is why
the suite prints and stores no error list, only the scores."""

from __future__ import annotations

from . import metrics
from .case_labels import NONE_LABEL, SEEN, gold_case, to_case
from .common import Result, Row, Timer, sample
from .data import load_case

ANCHOR = (0.839, "best published weighted F1, CASE 2021 T2 sub-task 1 (25 seen types)")


def run(rt, root, split: str, limit: int | None = None) -> Result:
    from eventdesk.nlp.components.event_type import classify, likeliest_type

    items = sample(load_case(root), lambda r: r["id"], limit)
    all_pairs, seen_pairs, abstaining_pairs = [], [], []
    with Timer() as t:
        for it in items:
            found = classify(it["text"])
            pred = to_case(found)
            gold = gold_case(it["label"])
            all_pairs.append((pred, gold))
            if it["label"] in SEEN:
                seen_pairs.append((pred if found is not None else to_case(likeliest_type(it["text"])), it["label"]))
                abstaining_pairs.append((pred, it["label"]))
    seen = metrics.classification_report(seen_pairs)
    abstaining = metrics.classification_report(abstaining_pairs)
    allr = metrics.classification_report(all_pairs)
    out = [
        Row("weighted F1, 25 seen types", seen["weighted_f1"], *ANCHOR),
        Row("accuracy, 25 seen types", seen["accuracy"], None, f"{seen['n']} snippets"),
        Row("macro F1, 25 seen types", seen["macro_f1"]),
        Row("weighted F1, 25 seen types, abstaining", abstaining["weighted_f1"], None, "the classifier's own answers, \"no event\" included"),
        Row("weighted F1, all (non-ACLED -> NONE)", allr["weighted_f1"], None, f"{allr['n']} snippets"),
        Row("NONE recall (non-ACLED snippets)", allr["labels"].get(NONE_LABEL, {}).get("recall")),
    ]
    return Result("case", "heldout", out, {"seen": seen, "seen_abstaining": abstaining, "all": allr}, {}, t.seconds, len(items))
