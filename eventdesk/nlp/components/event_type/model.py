"""The trained event-type model: TF-IDF + multinomial logistic regression over ACLED sub-event types, read
from ``patterns/event_type_model.jsonl`` once per process.

``features`` is shared with the trainer (``eval/train_event_type.py``), which writes the file this module reads;
``_best`` reads the likeliest class among some of the model's classes.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path


# -- the trained model ------------------------------------------------------------------------------
# TF-IDF + multinomial logistic regression over ACLED sub-event types, trained on ACLED dev notes by
# eval/train_event_type.py; it decides what the rules leave open.

# (nlp/ is this file's third parent: event_type/, components/, nlp/)
MODEL_PATH = Path(__file__).resolve().parents[2] / "patterns" / "event_type_model.jsonl"
_TOKEN = re.compile(r"[a-z0-9]+")
_DIGITS = re.compile(r"\d+")
_SKIP = frozenset("january february march april may june july august september october november december "
                  "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday".split())


def features(text: str) -> list[str]:
    """Lower-cased word unigrams and bigrams, digits folded to 0 ('82mm' -> '0mm'), dates' words left out."""
    toks = [t for t in _TOKEN.findall(_DIGITS.sub("0", text.lower())) if t not in _SKIP]
    return toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]


class EventTypeModel:
    def __init__(self, classes, intercept, terms, meta=None):
        self.classes = [tuple(c) for c in classes]
        self.intercept = list(intercept)
        self.terms = terms  # term -> (idf, [weight per class])
        self.meta = meta or {}

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "EventTypeModel":
        with path.open(encoding="utf-8") as f:
            head = json.loads(f.readline())
            terms = {}
            for line in f:
                term, idf, weights = json.loads(line)
                terms[term] = (idf, weights)
        return cls(head["classes"], head["intercept"], terms, head.get("meta"))

    def scores(self, text: str) -> list[float]:
        """Class probabilities for one text."""
        counts: dict[str, int] = {}
        for t in features(text):
            if t in self.terms:
                counts[t] = counts.get(t, 0) + 1
        vals = {t: (1.0 + math.log(k)) * self.terms[t][0] for t, k in counts.items()}
        norm = math.sqrt(sum(v * v for v in vals.values())) or 1.0
        z = list(self.intercept)
        for t, v in vals.items():
            w = self.terms[t][1]
            x = v / norm
            for i in range(len(z)):
                z[i] += x * w[i]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        s = sum(e)
        return [v / s for v in e]

    def predict(self, text: str) -> tuple[tuple[str, str], float]:
        p = self.scores(text)
        i = max(range(len(p)), key=p.__getitem__)
        return self.classes[i], p[i]


@lru_cache(maxsize=1)
def default_model() -> EventTypeModel | None:
    """The shipped model, loaded once per process (None when the file is missing)."""
    try:
        return EventTypeModel.load()
    except FileNotFoundError:
        return None


_NONE = ("", "")  # the model's "no ACLED event" class


def _best(probs: dict, keep) -> tuple[tuple[str, str] | None, float]:
    """The likeliest class among those ``keep`` accepts, and its probability within them."""
    sub = {c: v for c, v in probs.items() if keep(c)}
    mass = sum(sub.values())
    if not sub or mass <= 0:
        return None, 0.0
    c = max(sub, key=sub.__getitem__)
    return c, sub[c] / mass
