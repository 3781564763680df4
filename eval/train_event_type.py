"""Train the small event-type model (TF-IDF + multinomial logistic regression) on ACLED **dev** notes.

    python -m eval.train_event_type [--data DIR] [--cv 5] [--out PATH] [--c 4.0]

Only rows marked ``dev`` in acled_sample_2020/split.tsv are read (held-out rows are never touched).
Features are ``event_type.features`` (lower-cased word unigrams and bigrams, digits folded to 0),
weighted 1 + log tf times smoothed idf and L2-normalised, the same computation the classifier does
at inference.  The logistic regression is fitted with numpy alone (full-batch gradient descent with
Nesterov momentum from zero weights: no randomness at all, so the same data give the same file on
every run).  Terms seen in fewer than ``--min-df`` notes are left out, terms whose weights all stay
under 0.2 are pruned, and weights are rounded to 2 decimals, so that the model file stays small.

``--cv K`` first prints the K-fold cross-validated accuracy (folds by a stable hash of the row id)
of the model alone and of ``classify`` with a model trained without the fold: the honest dev
estimate, since the shipped model has seen every dev row.

The model file (eventdesk/nlp/patterns/event_type_model.jsonl) holds one JSON object per line: a
header (classes, intercepts, training settings), then one line per term: [term, idf, [weight per class]].
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

from eventdesk.nlp.components import event_type
from eventdesk.nlp.components.event_type import MODEL_PATH, EventTypeModel, features

from .common import data_dir, stable_hash
from .data import load_acled


def load_rows(root: Path) -> list[tuple[str, str, tuple[str, str]]]:
    """(id, notes, (event_type, sub_event_type)) of the ACLED dev rows."""
    return [(r["event_id_cnty"], r["notes"], (r["event_type"], r["sub_event_type"])) for r in load_acled(root, "dev")]


def fit(texts: list[str], labels: list[tuple[str, str]], c: float = 20.0, min_df: int = 2, iters: int = 600,
        prune: float = 0.2) -> EventTypeModel:
    feats = [Counter(features(t)) for t in texts]
    df = Counter(term for f in feats for term in f)
    vocab = sorted(t for t, n in df.items() if n >= min_df)
    index = {t: i for i, t in enumerate(vocab)}
    n = len(texts)
    idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in vocab])
    X = np.zeros((n, len(vocab)))
    for i, f in enumerate(feats):
        for t, k in f.items():
            j = index.get(t)
            if j is not None:
                X[i, j] = (1.0 + math.log(k)) * idf[j]
        norm = np.linalg.norm(X[i])
        if norm:
            X[i] /= norm
    classes = sorted(set(labels))
    y = np.array([classes.index(l) for l in labels])
    Y = np.eye(len(classes))[y]
    lam = 1.0 / (c * n)
    W = np.zeros((len(vocab), len(classes)))
    b = np.zeros(len(classes))
    vW, vb = np.zeros_like(W), np.zeros_like(b)
    lr, mu = 2.0, 0.9
    for _ in range(iters):
        # Nesterov: gradient at the look-ahead point
        Wl, bl = W + mu * vW, b + mu * vb
        Z = X @ Wl + bl
        Z -= Z.max(axis=1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(axis=1, keepdims=True)
        G = (P - Y) / n
        gW = X.T @ G + lam * Wl
        gb = G.sum(axis=0)
        vW = mu * vW - lr * gW
        vb = mu * vb - lr * gb
        W, b = W + vW, b + vb
    # terms whose weights are all small are dropped (from the norm too: cross-validation measures the
    # pruned model, which loses nothing at this threshold)
    terms = {t: (round(float(idf[j]), 3), [round(float(w), 2) for w in W[j]]) for t, j in index.items()
             if np.abs(W[j]).max() >= prune}
    return EventTypeModel([tuple(cl) for cl in classes], [round(float(v), 3) for v in b], terms,
                          {"c": c, "min_df": min_df, "iters": iters, "prune": prune, "rows": n})


def save(model: EventTypeModel, path: Path) -> None:
    def num(x: float) -> float | int:
        return int(x) if x == int(x) else x

    with path.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"classes": [list(c) for c in model.classes], "intercept": model.intercept, "meta": model.meta}) + "\n")
        for t in sorted(model.terms):
            idf, w = model.terms[t]
            f.write(json.dumps([t, idf, [num(x) for x in w]], separators=(",", ":")) + "\n")


def cross_validate(rows, k: int, c: float, min_df: int) -> None:
    fold = {rid: stable_hash(rid) % k for rid, _, _ in rows}
    hits = Counter()
    for f in range(k):
        train = [r for r in rows if fold[r[0]] != f]
        test = [r for r in rows if fold[r[0]] == f]
        model = fit([r[1] for r in train], [r[2] for r in train], c=c, min_df=min_df)
        for _, text, gold in test:
            m = model.predict(text)[0]
            hits["model type"] += m[0] == gold[0]
            hits["model sub"] += m == gold
            p = event_type.classify(text, model=model) or (None, None)
            hits["classify type"] += p[0] == gold[0]
            hits["classify sub"] += tuple(p) == gold
    n = len(rows)
    print(f"{k}-fold CV on {n} ACLED dev rows (c={c}, min_df={min_df}):")
    for key in ("model type", "model sub", "classify type", "classify sub"):
        print(f"  {key:15s} {hits[key] / n:.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.train_event_type", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", help="evaluation data folder (default: ../shared/evaldata relative to the repository root)")
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--c", type=float, default=20.0, help="inverse L2 regularisation strength")
    ap.add_argument("--min-df", type=int, default=2)
    ap.add_argument("--cv", type=int, default=0, help="print K-fold cross-validated accuracy first")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    rows = load_rows(data_dir(args.data))
    if args.cv:
        cross_validate(rows, args.cv, args.c, args.min_df)
    if args.no_write:
        return 0
    model = fit([r[1] for r in rows], [r[2] for r in rows], c=args.c, min_df=args.min_df)
    save(model, Path(args.out))
    print(f"wrote {args.out}: {len(model.terms)} terms, {len(model.classes)} classes, "
          f"{Path(args.out).stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
