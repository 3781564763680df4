"""spaCy's attribute ruler and lemmatizer, read from the doc's arrays: the same rules, the same output, less time.

The trained pipeline's ``attribute_ruler`` sets each token's coarse part of speech (``pos_``), its morphology and a
few lemmas from its fine tag and its words ("PRP" -> PRON; "her" tagged "PRP$" -> Poss=Yes ...); its ``lemmatizer``
then reads the part of speech and the morphology.  Our rules read ``pos_`` and ``lemma_`` everywhere, so neither can
go, but both spend most of their time making a Token object per token: the ruler runs spaCy's Matcher with all of
the model's 179 patterns at every token, the lemmatizer looks each token up in its cache (together about a seventh
of the whole job on 200 GVDB reports, more than any component of ours).

``TagRules`` compiles the ruler's patterns once: they are all of one simple kind (one or two tokens, each told by
equality, ``IN``, ``NOT_IN`` or ``REGEX`` tests on the tag, the lower-cased word, the dependency and the space flag).
Per doc it reads those four attributes as numbers (``doc.to_array``), works out once per kind of token what the
one-token patterns give it (tokens whose values differ only where no test names them are of one kind), tries the
longer patterns only where their first token fits, and writes the attributes back in one ``doc.from_array``, in the
ruler's own order (a later pattern's attributes over an earlier one's, all matched against the attributes as the
tagger and parser left them).  A ruler holding a pattern of another kind is kept as it is (``TagRules.compile``
returns None).

``Lemmas`` keeps the rule lemmatizer's answer per (text, part of speech, morphology), the three things its answer
depends on (its own cache's key), and asks it only for a key not seen yet; the lists of known words its rules read
through ("form in index", 57,528 nouns) are made sets.

``tests/test_speed_round27.py`` holds both to spaCy's own components, token by token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

# the token attributes a pattern may test, in the order of the columns read from the doc
_TESTED = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_COLUMNS = tuple(_TESTED.values())
# the attributes the ruler may set: the tagger's and parser's own columns and the ones it adds
_SETTABLE = (POS, MORPH, LEMMA, TAG, DEP)
# kinds of token (rows of the four tested attributes) whose patterns are kept worked out
_KINDS_KEPT = 50_000


@dataclass(frozen=True)
class _Test:
    column: int  # index into _COLUMNS
    kind: str  # "eq", "in", "not_in", "regex"
    value: object  # an id, a frozenset of ids, or a compiled pattern


@dataclass(frozen=True)
class _Pattern:
    rule: int  # the ruler's pattern index: its order of precedence
    tokens: tuple[tuple[_Test, ...], ...]
    target: int  # offset of the token the attributes go to


def _value(key: str, v) -> int:
    if key == "IS_SPACE":
        if not isinstance(v, bool):
            raise TypeError(v)
        return int(v)
    if not isinstance(v, str):
        raise TypeError(v)
    return get_string_id(v)


def _token_tests(spec: dict) -> tuple[_Test, ...] | None:
    tests = []
    for key, v in spec.items():
        if key not in _TESTED:
            return None
        col = list(_TESTED).index(key)
        if isinstance(v, dict):
            if len(v) != 1:
                return None
            (op, arg), = v.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list):
                try:
                    tests.append(_Test(col, op.lower(), frozenset(_value(key, a) for a in arg)))
                except TypeError:
                    return None
            elif op == "REGEX" and isinstance(arg, str) and key != "IS_SPACE":
                tests.append(_Test(col, "regex", re.compile(arg)))
            else:
                return None
        else:
            try:
                tests.append(_Test(col, "eq", _value(key, v)))
            except TypeError:
                return None
    return tuple(tests)


class TagRules:
    """An attribute ruler's patterns, compiled for ``doc.to_array``.  Call it on a doc as the ruler is called."""

    def __init__(self, patterns: list[_Pattern], attrs: list[tuple[tuple[int, int], ...]], strings):
        self._attrs = attrs  # per rule: (column index into _SETTABLE, value) in the ruler's order
        self._columns = [a for a in _SETTABLE if any(a == _SETTABLE[c] for rule in attrs for c, _ in rule)]
        self._out = {a: i for i, a in enumerate(self._columns)}
        self._rule_sets = [tuple((self._out[_SETTABLE[c]], v) for c, v in rule) for rule in attrs]
        self._strings = strings
        self._reset()
        # each pattern filed under one value its first token must have: (column, id) -> patterns; the rest
        # (a first token told only by NOT_IN or REGEX) are tried at every token
        self._by_value: list[dict[int, list[_Pattern]]] = [{} for _ in _COLUMNS]
        self._everywhere: list[_Pattern] = []
        # per tested column: the values its equality and set tests name, and its regular expressions
        self._named: list[set[int]] = [set() for _ in _COLUMNS]
        self._regexes: list[list[_Test]] = [[] for _ in _COLUMNS]
        for p in patterns:
            for t in (t for tests in p.tokens for t in tests):
                if t.kind == "regex":
                    self._regexes[t.column].append(t)
                else:
                    self._named[t.column].update((t.value,) if t.kind == "eq" else t.value)
        for p in patterns:
            first = p.tokens[0]
            key = next((t for t in first if t.kind == "eq"), None) or next((t for t in first if t.kind == "in"), None)
            if key is None:
                self._everywhere.append(p)
                continue
            for v in ((key.value,) if key.kind == "eq" else sorted(key.value)):
                self._by_value[key.column].setdefault(v, []).append(p)

    @classmethod
    def compile(cls, ruler) -> "TagRules | None":
        """The rules of spaCy's ``AttributeRuler`` ``ruler``; None where one of its patterns is of a kind not read here."""
        patterns: list[_Pattern] = []
        attrs: list[tuple[tuple[int, int], ...]] = []
        for rule, (entry, normed) in enumerate(zip(ruler.patterns, ruler.attrs)):
            sets = []
            for attr, value in normed.items():
                if attr not in _SETTABLE or not isinstance(value, int):
                    return None
                sets.append((_SETTABLE.index(attr), value))
            attrs.append(tuple(sets))
            index = entry["index"]
            for pattern in entry["patterns"]:
                if not isinstance(pattern, list) or not pattern or not -len(pattern) <= index < len(pattern):
                    return None
                tokens = [_token_tests(spec) if isinstance(spec, dict) and spec else None for spec in pattern]
                if any(t is None for t in tokens):
                    return None
                patterns.append(_Pattern(rule, tuple(tokens), index % len(pattern)))
        return cls(patterns, attrs, ruler.vocab.strings)

    def _passes(self, test: _Test, value: int) -> bool:
        if test.kind == "eq":
            return value == test.value
        if test.kind == "in":
            return value in test.value
        if test.kind == "not_in":
            return value not in test.value
        key = (id(test.value), value)
        hit = self._regex_memo.get(key)
        if hit is None:
            hit = self._regex_memo[key] = bool(test.value.search(self._strings[value]))
        return hit

    def _kind(self, row: tuple[int, ...]) -> int:
        """The index of the kind of token of attributes ``row``: what the one-token patterns it fits give it, merged in
        the ruler's order, and the longer patterns whose first token it fits.  Kept per row (a report's tokens repeat a
        few thousand rows; the memo is emptied before a doc that could take it past ``_KINDS_KEPT``)."""
        kind = self._kinds.get(row)
        if kind is not None:
            return kind
        # a value no test names acts as any other such value (a word none of the patterns spells, save for what
        # their regular expressions say of it): tokens that differ only there are of one kind
        same = tuple(v if v in named else (None, tuple(self._passes(t, v) for t in regexes))
                     for v, named, regexes in zip(row, self._named, self._regexes))
        kind = self._by_same.get(same)
        if kind is not None:
            self._kinds[row] = kind
            return kind
        candidates = [p for col, table in enumerate(self._by_value) for p in table.get(row[col], ())] + self._everywhere
        # in the ruler's order; a rule's patterns in the order they were found (a stable sort, not memory addresses)
        fitting = sorted(dict.fromkeys(p for p in candidates if all(self._passes(t, row[t.column]) for t in p.tokens[0])),
                         key=lambda p: p.rule)
        value = [0] * len(self._columns)
        given = [False] * len(self._columns)
        for p in fitting:
            if len(p.tokens) == 1:
                for c, v in self._rule_sets[p.rule]:
                    value[c], given[c] = v, True
        kind = self._kinds[row] = self._by_same[same] = len(self._one_token)
        if kind == len(self._values):  # room for twice as many kinds
            self._values = np.concatenate([self._values, np.zeros_like(self._values)])
            self._given = np.concatenate([self._given, np.zeros_like(self._given)])
            self._has_longer = np.concatenate([self._has_longer, np.zeros_like(self._has_longer)])
        self._values[kind] = value
        self._given[kind] = given
        self._one_token.append(tuple(sorted({p.rule for p in fitting if len(p.tokens) == 1})))
        self._longer.append(tuple(p for p in fitting if len(p.tokens) > 1))
        self._has_longer[kind] = bool(self._longer[-1])
        return kind

    def _reset(self) -> None:
        self._regex_memo: dict[tuple[int, int], bool] = {}
        self._kinds: dict[tuple[int, ...], int] = {}
        self._by_same: dict[tuple, int] = {}
        # per kind: the values the one-token patterns give (per column set), whether they give that column, and
        # whether a longer pattern may start there (arrays grown as kinds are added)
        self._values = np.zeros((256, len(self._columns)), dtype=np.uint64)
        self._given = np.zeros((256, len(self._columns)), dtype=bool)
        self._has_longer = np.zeros(256, dtype=bool)
        self._one_token: list[tuple[int, ...]] = []
        self._longer: list[tuple[_Pattern, ...]] = []

    def _fits_rest(self, p: _Pattern, rows: list[tuple[int, ...]], i: int) -> bool:
        if i + len(p.tokens) > len(rows):
            return False
        return all(self._passes(t, rows[i + k][t.column]) for k in range(1, len(p.tokens)) for t in p.tokens[k])

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self._columns:
            return doc
        rows = list(map(tuple, doc.to_array(_COLUMNS).tolist()))
        if len(self._kinds) + len(rows) > _KINDS_KEPT:
            self._reset()
        known, kind = self._kinds, self._kind
        kinds = [known.get(row) for row in rows]
        if None in kinds:
            kinds = [kind(row) for row in rows]
        at = np.array(kinds, dtype=np.intp)
        before = doc.to_array(self._columns).reshape(len(rows), len(self._columns))
        out = np.where(self._given[at], self._values[at], before)
        # a longer pattern's token: its patterns, one-token and longer, applied again in the ruler's order
        reached: dict[int, set[int]] = {}
        for i in np.flatnonzero(self._has_longer[at]).tolist():
            for p in self._longer[kinds[i]]:
                if self._fits_rest(p, rows, i):
                    reached.setdefault(i + p.target, set()).add(p.rule)
        for i, rules in reached.items():
            row = before[i].tolist()
            for rule in sorted(rules.union(self._one_token[kinds[i]])):
                for c, v in self._rule_sets[rule]:
                    row[c] = v
            out[i] = row
        doc.from_array(self._columns, out)
        return doc


# (text, part of speech, morphology) keys whose lemma is kept
_LEMMAS_KEPT = 100_000


class Lemmas:
    """spaCy's rule lemmatizer ``lemmatizer`` (``mode`` "rule"), asked once per key.  Call it on a doc as it is called."""

    def __init__(self, lemmatizer):
        self._lemmatizer = lemmatizer
        self._strings = lemmatizer.vocab.strings
        self._memo: dict[tuple[int, int, int], int] = {}
        self._checked = False
        # its rules ask whether a form is a known word of its part of speech ("form in index"), and its tables hold
        # those words as lists (57,528 nouns) read through one by one: as sets, the same answers at once (the
        # lemmatizer is ours alone once ``install`` has taken it out of the pipeline)
        index = lemmatizer.lookups.get_table("lemma_index") if lemmatizer.lookups.has_table("lemma_index") else {}
        for pos, words in list(index.items()):
            if isinstance(words, list):
                index[pos] = frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        if not self._checked:  # its first call checks its tables
            self._checked = True
            return self._lemmatizer(doc)
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        if len(self._memo) + len(rows) > _LEMMAS_KEPT:
            self._memo = {}
        memo, overwrite = self._memo, self._lemmatizer.overwrite
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if overwrite or lemma == 0:  # a lemma the ruler gave is kept, as spaCy's lemmatizer keeps it
                key = (orth, pos, morph)
                lemma = memo.get(key)
                if lemma is None:
                    lemma = memo[key] = self._strings.add(self._lemmatizer.lemmatize(doc[i])[0])
            lemmas.append(lemma)
        doc.from_array([LEMMA], np.array(lemmas, dtype=np.uint64))
        return doc


@Language.factory("eventdesk_tag_rules")
def make_tag_rules(nlp: Language, name: str) -> TagRules:
    """The model's ``attribute_ruler`` compiled (see ``install``)."""
    return TagRules.compile(nlp.get_pipe("attribute_ruler"))


@Language.factory("eventdesk_lemmas")
def make_lemmas(nlp: Language, name: str) -> Lemmas:
    """The model's ``lemmatizer`` asked once per key (see ``install``)."""
    return Lemmas(nlp.get_pipe("lemmatizer"))


def install(nlp: Language) -> None:
    """Put ``TagRules`` in place of the model's attribute ruler and ``Lemmas`` in place of its rule lemmatizer, each
    where that component's rules allow (otherwise spaCy's own is kept)."""
    if "attribute_ruler" in nlp.pipe_names and TagRules.compile(nlp.get_pipe("attribute_ruler")) is not None:
        nlp.add_pipe("eventdesk_tag_rules", before="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if lemmatizer is not None and getattr(lemmatizer, "mode", None) == "rule":
        nlp.add_pipe("eventdesk_lemmas", before="lemmatizer")
        nlp.remove_pipe("lemmatizer")
