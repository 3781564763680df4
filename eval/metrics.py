"""Metric functions, kept free of eventdesk and of the data so that they can be unit-tested
on tiny made-up cases (tests/test_eval_metrics.py)."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import combinations
from typing import Hashable, Iterable, Mapping, Sequence


def safe_div(a: float, b: float) -> float:
    return a / b if b else 0.0


def f1(p: float, r: float) -> float:
    return safe_div(2 * p * r, p + r)


def exact_match(pairs: Iterable[tuple[object, object]]) -> float:
    """Share of (predicted, gold) pairs that are equal."""
    pairs = list(pairs)
    return safe_div(sum(1 for p, g in pairs if p == g), len(pairs))


def mae(pairs: Iterable[tuple[float, float]]) -> float:
    pairs = list(pairs)
    return safe_div(sum(abs(p - g) for p, g in pairs), len(pairs))


def rmse(pairs: Iterable[tuple[float, float]]) -> float:
    pairs = list(pairs)
    return math.sqrt(safe_div(sum((p - g) ** 2 for p, g in pairs), len(pairs)))


def median(values: Sequence[float]) -> float | None:
    v = sorted(values)
    if not v:
        return None
    mid = len(v) // 2
    return float(v[mid]) if len(v) % 2 else (v[mid - 1] + v[mid]) / 2


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def distance_summary(distances: Sequence[float | None], thresholds: Sequence[float] = (10, 25)) -> dict:
    """Median km and share within each threshold.  ``None`` (no coordinates predicted) counts
    in the denominator as a miss: a geocoder that abstains must not look better than one that guesses."""
    n = len(distances)
    known = [d for d in distances if d is not None]
    out = {"n": n, "located": safe_div(len(known), n), "median_km": median(known)}
    for t in thresholds:
        out[f"within_{int(t)}km"] = safe_div(sum(1 for d in known if d <= t), n)
    return out


def bcubed(pred: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 (Bagga & Baldwin 1998) of two clusterings given as
    item -> cluster id; only items present in both are scored."""
    items = [i for i in gold if i in pred]
    if not items:
        return 0.0, 0.0, 0.0
    pc: dict[Hashable, set] = defaultdict(set)
    gc: dict[Hashable, set] = defaultdict(set)
    for i in items:
        pc[pred[i]].add(i)
        gc[gold[i]].add(i)
    p = r = 0.0
    for i in items:
        both = len(pc[pred[i]] & gc[gold[i]])
        p += both / len(pc[pred[i]])
        r += both / len(gc[gold[i]])
    p, r = p / len(items), r / len(items)
    return p, r, f1(p, r)


def _pairs(clusters: Mapping[Hashable, Hashable], items: Sequence[Hashable]) -> set[frozenset]:
    groups: dict[Hashable, list] = defaultdict(list)
    for i in items:
        groups[clusters[i]].append(i)
    return {frozenset(pair) for g in groups.values() for pair in combinations(sorted(g, key=str), 2)}


def pairwise(pred: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> dict:
    """Pairwise precision/recall/F1: a pair of items is positive when both sit in one cluster.
    Precision is undefined (reported as None) when nothing was merged."""
    items = [i for i in gold if i in pred]
    pp, gp = _pairs(pred, items), _pairs(gold, items)
    tp = len(pp & gp)
    p = tp / len(pp) if pp else None
    r = tp / len(gp) if gp else None
    return {"precision": p, "recall": r, "f1": f1(p or 0.0, r or 0.0), "pred_pairs": len(pp), "gold_pairs": len(gp), "true_pairs": tp}


def merged_pair_precision(merged_pairs: Iterable[frozenset], gold: Mapping[Hashable, Hashable]) -> dict:
    """Precision of an explicit set of merged item pairs (a pair can be merged through any shared
    cluster, e.g. two documents that share one of several incidents)."""
    merged = [tuple(p) for p in merged_pairs]
    good = sum(1 for a, b in merged if gold.get(a) is not None and gold.get(a) == gold.get(b))
    return {"merged_pairs": len(merged), "correct": good, "precision": (good / len(merged)) if merged else None}


def classification_report(pairs: Iterable[tuple[str, str]]) -> dict:
    """Accuracy, per-label P/R/F1 and support-weighted F1 (as scikit-learn's average='weighted':
    the mean of per-gold-label F1 weighted by gold support; predicted labels absent from gold
    lower precision of nothing but count as errors of their gold label)."""
    pairs = list(pairs)
    gold_n = Counter(g for _, g in pairs)
    pred_n = Counter(p for p, _ in pairs)
    tp = Counter(g for p, g in pairs if p == g)
    labels = {}
    for lab in sorted(set(gold_n) | set(pred_n)):
        p = safe_div(tp[lab], pred_n[lab])
        r = safe_div(tp[lab], gold_n[lab])
        labels[lab] = {"precision": p, "recall": r, "f1": f1(p, r), "support": gold_n[lab]}
    total = sum(gold_n.values())
    weighted = safe_div(sum(labels[lab]["f1"] * gold_n[lab] for lab in gold_n), total)
    macro = safe_div(sum(labels[lab]["f1"] for lab in gold_n), len(gold_n))
    return {"n": total, "accuracy": exact_match(pairs), "weighted_f1": weighted, "macro_f1": macro, "labels": labels}


def set_f1(pred: set, gold: set) -> tuple[float, float, float]:
    """P/R/F1 of two sets; two empty sets agree perfectly (a correct 'none')."""
    if not pred and not gold:
        return 1.0, 1.0, 1.0
    tp = len(pred & gold)
    p, r = safe_div(tp, len(pred)), safe_div(tp, len(gold))
    return p, r, f1(p, r)


def count_error_kind(pred: int | None, gold: int) -> str | None:
    """A coarse name for a count error, shared by the casualty suites."""
    p = pred or 0
    if p == gold:
        return None
    if p == 0:
        return "missed (predicted 0)"
    if gold == 0:
        return "spurious (gold 0)"
    return "over-count" if p > gold else "under-count"
