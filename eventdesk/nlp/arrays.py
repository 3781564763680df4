"""Token indices read from a Doc's arrays, for rules that look for a few words among a report's thousands of tokens.

Iterating over a Doc makes a Token object per token; ``doc.to_array`` reads one attribute of every token as numbers,
without making any.  A rule that reads only the tokens whose lower-cased text is one of its words ("militias", "sgt.")
or whose text is in capitals (an acronym) finds their indices here, in order, and makes only those tokens.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.attrs import IS_UPPER, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc


@lru_cache(maxsize=None)
def _ids(words: frozenset[str]) -> np.ndarray:
    """The string store's ids (hashes) of ``words``: the numbers ``doc.to_array(LOWER)`` holds for them."""
    return np.array(sorted(get_string_id(w) for w in words), dtype=np.uint64)


def lower_indices(doc: Doc, words: frozenset[str]) -> list[int]:
    """The indices of the tokens whose ``lower_`` is one of ``words`` (lower-case), in text order."""
    if not len(doc):
        return []
    return np.flatnonzero(np.isin(doc.to_array(LOWER), _ids(words))).tolist()


def upper_indices(doc: Doc) -> list[int]:
    """The indices of the tokens whose text is in capitals (``token.is_upper``, which is ``token.text.isupper()``),
    in text order."""
    if not len(doc):
        return []
    return np.flatnonzero(doc.to_array(IS_UPPER)).tolist()


def label_indices(doc: Doc, attr: int, label: str) -> list[int]:
    """The indices of the tokens whose ``attr`` (``TAG``, ``DEP``: a string attribute) is ``label``, in text order:
    ``token.dep_ == label`` read from the doc's arrays."""
    if not len(doc):
        return []
    return np.flatnonzero(doc.to_array(attr) == get_string_id(label)).tolist()
