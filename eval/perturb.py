"""Meaning-preserving rewrites of a check set's reports, for invariance tests.

An invented check set tells whether the readers get a report right; it cannot tell whether they would still get it
right told in other words, which is what a report nobody here wrote does.  An invariance test (CheckList's INV
tests: Ribeiro et al., 2020, "Beyond Accuracy: Behavioral Testing of NLP Models with CheckList") rewrites each
report in a way that keeps its meaning (straight quotes for curly ones, paragraphs run together, another style of
dateline, a number told in words) and asks whether the reading stays the same.

This module owns what the invariance suites share: a ``Perturbation`` (a named rewrite of one row, in a family),
the registry the suites add their own rewrites to, the rewrites every suite can use (typography, paragraphs), the
deterministic variants of a set's rows, the tally of a set's readings, and the table a suite prints.  A suite (``eval.counts_invariance``,
``eval.geo_invariance``) picks its rows and families, reads the originals and their variants, and says per variant
whether the reading stayed the same and whether it is still right.

A rewrite is a function of a row and a random generator seeded by the row's id and the rewrite's name, so a
variant never changes between runs.  It returns the rewritten row, or None where it does not apply (no curly quote
to straighten); a variant whose headline and text equal the original's is dropped.  A variant keeps the row's id
with ``~name`` appended, so its half is the original's (``base_id``).
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

Rewrite = Callable[[dict, random.Random], "dict | None"]


@dataclass(frozen=True)
class Perturbation:
    """A named, meaning-preserving rewrite of a check-set row, in a family of like rewrites."""

    name: str
    family: str
    rewrite: Rewrite
    doc: str = ""


REGISTRY: dict[str, Perturbation] = {}
# the families of this module's own rewrites, which every suite reads beside its own
SHARED_FAMILIES = ("typography", "paragraphs")


def perturbation(family: str, name: str | None = None):
    """Register the decorated rewrite under ``name`` (default: the function's name, dashes for underscores) in
    ``family``; its docstring's first line is its description."""

    def wrap(fn: Rewrite) -> Rewrite:
        key = name or fn.__name__.strip("_").replace("_", "-")
        if key in REGISTRY:
            raise ValueError(f"perturbation {key!r} is registered twice")
        REGISTRY[key] = Perturbation(key, family, fn, (fn.__doc__ or "").strip().splitlines()[0] if fn.__doc__ else "")
        return fn

    return wrap


def families() -> list[str]:
    """The families registered so far, in the order first registered."""
    return list(dict.fromkeys(p.family for p in REGISTRY.values()))


def rng_for(row_id: str, name: str) -> random.Random:
    """The random generator of one rewrite of one row: seeded by both, so a variant never changes between runs."""
    return random.Random(int(hashlib.sha1(f"{name}|{row_id}".encode()).hexdigest()[:16], 16))


def base_id(variant_id: str) -> str:
    """The id of the row a variant was made from ("r12~quotes-straight" -> "r12")."""
    return variant_id.split("~", 1)[0]


def variants(items: Iterable[dict], wanted: Iterable[str] | None = None) -> Iterator[tuple[dict, Perturbation, dict]]:
    """(row, perturbation, variant row) for each row and each registered perturbation of the ``wanted`` families
    (all when None) that applies to it and changes its headline or text."""
    chosen = [p for p in REGISTRY.values() if wanted is None or p.family in set(wanted)]
    for row in items:
        for p in chosen:
            new = p.rewrite(dict(row), rng_for(row["id"], p.name))
            if new is None or (new.get("title") == row.get("title") and new.get("text") == row.get("text")):
                continue
            yield row, p, {**new, "id": f"{row['id']}~{p.name}"}


@dataclass
class Tally:
    """One cell of an invariance table: variants, those read as the original was, those read right."""

    variants: int = 0
    same: int = 0
    right: int = 0

    def add(self, same: bool, right: bool) -> None:
        self.variants += 1
        self.same += same
        self.right += right


def tally(cells: dict[tuple[str, str], Tally], originals: dict[str, list[int]], items: Iterable[dict],
          made: Iterable[tuple[dict, Perturbation, dict]], half_of: Callable[[str], str], reading: dict,
          same: Callable, right: Callable) -> list[tuple]:
    """Add one set's rows and their variants ``made`` to a suite's table: each row to its half's [right, rows] in
    ``originals``, each variant to its (family, half) cell of ``cells``.  ``reading`` holds what the suite read, by
    row or variant id; ``same(a, b)`` says two readings agree, ``right(row, r)`` that a reading is the row's gold.
    Returns (half, row, perturbation, variant, original's reading, variant's reading) of each variant read otherwise
    than its original, which a suite shows for the rules half only."""
    for row in items:
        o = originals.setdefault(half_of(row["id"]), [0, 0])
        o[0] += bool(right(row, reading[row["id"]]))
        o[1] += 1
    moved = []
    for row, p, v in made:
        h, was, now = half_of(row["id"]), reading[row["id"]], reading[v["id"]]
        kept = bool(same(was, now))
        cells.setdefault((p.family, h), Tally()).add(kept, bool(right(row, now)))
        if not kept:
            moved.append((h, row, p, v, was, now))
    return moved


def table(cells: dict[tuple[str, str], Tally], *, right_of_originals: dict[str, tuple[int, int]] | None = None) -> str:
    """The printed table: per (family, half), the variants, the share read as their original was and the share read
    right; then all families together per half.  ``right_of_originals`` (half -> (right, rows)) adds the originals'
    own share right, the figure each half's variants are to be held to."""
    lines = [f"{'family':22} {'half':6} {'variants':>8} {'unchanged':>10} {'right':>7}"]
    total: dict[str, Tally] = {}
    for (family, half), t in sorted(cells.items()):
        lines.append(f"{family:22} {half:6} {t.variants:8d} {_pct(t.same, t.variants):>10} {_pct(t.right, t.variants):>7}")
        agg = total.setdefault(half, Tally())
        agg.variants += t.variants
        agg.same += t.same
        agg.right += t.right
    for half, t in sorted(total.items()):
        lines.append(f"{'all':22} {half:6} {t.variants:8d} {_pct(t.same, t.variants):>10} {_pct(t.right, t.variants):>7}")
    for half, (right, n) in sorted((right_of_originals or {}).items()):
        lines.append(f"{'(originals)':22} {half:6} {n:8d} {'':>10} {_pct(right, n):>7}")
    return "\n".join(lines)


def _pct(a: int, n: int) -> str:
    return f"{100 * a / n:5.1f} %" if n else "-"


# ---- rewrites every suite can use ----------------------------------------------------------------------------------

_CURLY = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


@perturbation("typography")
def quotes_straight(row: dict, rng: random.Random) -> dict | None:
    """Curly quotes and apostrophes made straight."""
    if not re.search("[\u201c\u201d\u2018\u2019]", row["title"] + row["text"]):
        return None
    return {**row, "title": row["title"].translate(_CURLY), "text": row["text"].translate(_CURLY)}


_STRAIGHT_DOUBLE = re.compile(r'"([^"\n]*)"')
_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")


def _curl(s: str) -> str:
    return _APOSTROPHE.sub("\u2019", _STRAIGHT_DOUBLE.sub("\u201c\\1\u201d", s))


@perturbation("typography")
def quotes_curly(row: dict, rng: random.Random) -> dict | None:
    """Straight double quotes and apostrophes made curly, as a word processor makes them."""
    if not re.search("[\"']", row["title"] + row["text"]):
        return None
    return {**row, "title": _curl(row["title"]), "text": _curl(row["text"])}


_DASHES = re.compile(r"\s*[\u2014\u2013]\s*|\s--\s")


@perturbation("typography")
def dashes_plain(row: dict, rng: random.Random) -> dict | None:
    """Em and en dashes between words written " - " or " -- ", as plain-text feeds write them."""
    if not _DASHES.search(row["text"]):
        return None
    dash = rng.choice((" - ", " -- "))
    return {**row, "text": _DASHES.sub(dash, row["text"])}


@perturbation("paragraphs")
def paragraphs_run_together(row: dict, rng: random.Random) -> dict | None:
    """Paragraphs joined by one space, as scraped full texts often carry them (no newline at all)."""
    if "\n" not in row["text"].strip():
        return None
    return {**row, "text": re.sub(r"\s*\n\s*", " ", row["text"].strip())}


@perturbation("paragraphs")
def paragraphs_double_spaced(row: dict, rng: random.Random) -> dict | None:
    """Every paragraph break made a blank line, as HTML-to-text extraction gives it."""
    if "\n" not in row["text"].strip() or "\n\n" in row["text"]:
        return None
    return {**row, "text": re.sub(r"\s*\n\s*", "\n\n", row["text"].strip())}
