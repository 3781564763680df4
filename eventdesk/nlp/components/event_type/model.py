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
# words that end like an inflection but are none (the plural "s" of "news", "gas", "bus" is the word itself)
_UNINFLECTED = frozenset("news us bus gas was has is this his its yes less press boss kiss series species".split())
_PLURAL_ES = ("sses", "shes", "ches", "xes")  # "clashes", "marches", "boxes": -es is the plural; "strikes" loses only -s
_VERB_ENDINGS = ("ing", "ed")
_UNDOUBLED = "lsz"  # "shelled" -> "shell", "kissed" -> "kiss": these doubled letters belong to the stem


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """A light suffix-stripping stem, so that the inflections of one word are one term to the model:
    'clashes', 'clashed', 'clashing' -> 'clash'; 'militants' -> 'militant'; 'kidnapped' -> 'kidnap'.  News
    words an event in any tense and number, and the training notes (ACLED's past tense, the seed's mix) do
    not hold every form of every word.  Short words, numbers and the words in _UNINFLECTED stay as they are."""
    if len(word) <= 3 or word in _UNINFLECTED or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(_PLURAL_ES):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    for ending in _VERB_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[:-len(ending)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in _UNDOUBLED:
                word = word[:-1]  # "kidnapp(ed)" -> "kidnap"
            break
    # a final "e" goes, so that "strike" and "strik(ing)", "capture" and "captur(ed)" meet
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def features(text: str) -> list[str]:
    """Unigrams and bigrams of lower-cased, suffix-folded words (``_fold``), digits folded to 0 ('82mm' -> '0mm'),
    dates' words left out."""
    toks = [_fold(t) for t in _TOKEN.findall(_DIGITS.sub("0", text.lower())) if t not in _SKIP]
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
