"""Name folding shared by the index builder and the lookups.

Both sides must fold a name the same way, so the rules live here once.

``fold``  casefold, strip diacritics and apostrophe-like marks (ayn, hamza),
          turn any other punctuation into a space: "Al-Ḩasakah" -> "al hasakah".
``loose`` a deliberately lossy key for transliteration variants, tried only
          beside the folded key at a lower rank: it drops a leading Arabic
          article, a word-final "h" after a vowel, spaces, doubled letters, and
          maps e->a, ou->u, y->i, q->k, so Hasaka / al-Hasakeh / Al Hasakah,
          Tel Afar / Tall Afar and Ain Issa / Ayn Isa land on one key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not decompose into base + combining mark.
_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ħ": "h"})
_MARKS = re.compile(r"[ʻʼʿʾ'’‘`´ʹ\.]")
_NON_WORD = re.compile(r"[\W_]+")
_ARTICLE = re.compile(r"^(?:al|el|as|ad|ar|an|at|az|ash|ath|adh|ed|es|ez|ul)\s+(?=\w\w)")
_FINAL_H = re.compile(r"([aeiou])h\b")
_DOUBLE = re.compile(r"(\w)\1+")


# cached: resolving a report's places folds the same few names thousands of times (each candidate
# against each other town named)
@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _MARKS.sub("", text)
    return " ".join(_NON_WORD.sub(" ", text).split())


def loose(key: str) -> str:
    """Loose key of an already folded name."""
    key = _ARTICLE.sub("", key)
    key = _FINAL_H.sub(r"\1", key).replace(" ", "")
    key = key.replace("ou", "u").replace("e", "a").replace("y", "i").replace("q", "k")
    return _DOUBLE.sub(r"\1", key)


def usable(key: str) -> bool:
    """Whether a folded name is worth indexing for English text."""
    return len(key) >= 2 and key.isascii() and not key.isdigit()
