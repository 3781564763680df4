"""The pattern helper and the word lists that more than one step of the event-type rules reads: the
case-blind ``_rx``, riots told apart from riot police, and the armed groups named by name.
"""

from __future__ import annotations

import re


def _rx(pattern: str) -> _LazyRx:
    return _LazyRx(pattern, re.IGNORECASE)


# what a compiled pattern answers that ``_LazyRx`` hands over once it has compiled
_PATTERN_NAMES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags",
                  "groups", "groupindex")


class _LazyRx:
    """A pattern compiled the first time it is used, not at import: the event type's rules hold about 150 case-blind
    patterns (about a quarter of a second to compile in each process), and 200 GVDB reports reach about half of
    them.  It answers as the compiled pattern does (``search``, ``sub``, ... are the compiled pattern's own methods,
    kept on the instance once compiled, so a search costs what it did); ``pattern`` is there before.  A match's ``.re``
    is the compiled ``re.Pattern``, never this: a rule that tells which pattern matched by identity (``m.re is _X``)
    compiles ``_X`` with ``re.compile`` at import (``cues._FELL_TO``, ``cues._DRIVEN_OUT``)."""

    def __init__(self, pattern: str, flags: int):
        self.pattern = pattern
        self.declared_flags = flags

    def __getattr__(self, name: str):
        # asked only for a name the instance lacks: before the first use, each of the compiled pattern's
        if name.startswith("__") or name in ("pattern", "declared_flags"):
            raise AttributeError(name)
        if "compiled" in self.__dict__:  # compiled already: a name the compiled pattern may have, not one copied over
            return getattr(self.compiled, name)
        rx = re.compile(self.pattern, self.declared_flags)
        for n in _PATTERN_NAMES:
            setattr(self, n, getattr(rx, n))
        self.compiled = rx
        return self.__dict__[name] if name in self.__dict__ else getattr(rx, name)

    def __repr__(self) -> str:
        return f"_LazyRx({self.pattern[:60]!r})"


# what lower-casing a pattern's text would change besides its letters: an escape told by a capital (\W, \S, \D, \B,
# \A, \Z, \N{...}), a character told by its number (\x41 is a capital A), an inline flag ("(?-i:[A-Z])" asks for a
# capital) or a named group
_NOT_LOWERABLE = re.compile(r"\\[A-Zxu0-9]|\(\?[aiLmsux-]|\(\?P")


def _lower_twin(rx: re.Pattern | _LazyRx) -> re.Pattern:
    """A case-sensitive pattern, written in lower case, that matches the lower-cased text where ``rx`` (case-blind)
    matches the text; refused (ValueError) for a pattern whose meaning lower-casing would change."""
    src = rx.pattern
    # a lazy pattern's flags without compiling it: its declared ones, as compiling a text pattern gives them (a pattern
    # that sets a flag inline is refused below either way)
    flags = rx.declared_flags | re.UNICODE if isinstance(rx, _LazyRx) else rx.flags
    if flags != re.IGNORECASE | re.UNICODE or not src.isascii() or _NOT_LOWERABLE.search(src.replace("\\\\", "")):
        raise ValueError(f"no lower-case twin for {src[:60]!r}")
    return re.compile(src.lower())


def _letters_fold_in_place(text: str) -> bool:
    """Whether lower-casing ``text`` keeps every offset and makes a case-blind ASCII pattern's matches a case-sensitive
    one's: every character is ASCII or has no case at all (curly quotes, dashes, a non-breaking space)."""
    return text.isascii() or all(c.isascii() or c.lower() == c == c.upper() for c in set(text))


class Blanker:
    """Case-blind patterns whose matches are blanked out of a text, one pattern after the other, as
    ``p.sub(" ", text)`` would.  Python's ``re`` skips ahead on the first letters of a case-sensitive pattern's
    alternatives, and cannot on a case-blind one: where every letter of the text folds in place
    (``_letters_fold_in_place``), the lower-case twins are searched in the lower-cased text (about a third of the
    time on the event type's long figure patterns), and the same spans are cut from the text itself.  The twins are
    compiled at the first text, the patterns themselves only where a text's letters do not fold in place."""

    __slots__ = ("patterns", "_twins")

    def __init__(self, *patterns: re.Pattern | _LazyRx):
        self.patterns = patterns
        self._twins: tuple[re.Pattern, ...] | None = None

    @property
    def twins(self) -> tuple[re.Pattern, ...]:
        if self._twins is None:
            self._twins = tuple(_lower_twin(p) for p in self.patterns)
        return self._twins

    def blank(self, text: str) -> str:
        if not _letters_fold_in_place(text):
            for p in self.patterns:
                text = p.sub(" ", text)
            return text
        for twin in self.twins:
            low = text.lower()
            parts, last = [], 0
            for m in twin.finditer(low):
                parts += (text[last:m.start()], " ")
                last = m.end()
            if parts:
                parts.append(text[last:])
                text = "".join(parts)
        return text


# the only characters outside ASCII that a case-blind pattern reads as an ASCII letter, and that the lower-cased text
# does not hold as that letter: dotted and dotless i, the long s (the Kelvin sign lower-cases to "k")
_ODD_CASE = ("\u0130", "\u0131", "\u017f")


class _Prechecked:
    """A case-blind pattern searched only where the lower-cased text holds one of ``stems``, the words one of which
    every match of it must contain: most texts hold none, and a few ``in`` tests cost far less than the search."""

    __slots__ = ("rx", "stems")

    def __init__(self, rx: re.Pattern, stems: tuple[str, ...]):
        self.rx, self.stems = rx, stems

    def may_match(self, text: str) -> bool:
        low = text.lower()
        return any(s in low for s in self.stems) or not text.isascii() and any(c in text for c in _ODD_CASE)

    def search(self, text: str) -> re.Match | None:
        return self.rx.search(text) if self.may_match(text) else None


# "riot police", "riot gear", "anti-riot squad": the police who meet a demonstration, not a riot
_RIOT = r"riot(?:s|ers|ing|ed)?(?! (?:police\w*|gear|squads?|shields?|control|units?|officers|troops|vans?|helmets?|act)\b)"
# armed groups named by name, who make a text armed (a school "burned down" by them is no house fire)
# and take part in ACLED events (they appoint leaders, merge, take towns)
_NAMED_GROUPS = (r"boko haram|iswap|taliban|al-?shabaa?b|islamic state|isis|isil|daesh|houthis?|ansar allah|maoists?|naxal\w*|"
                 r"hamas|hezbollah|pkk|ypg|jnim|al-?qaeda|tigrayan forces|tplf|m23|adf|fdlr|mai-?mai|anti-?balaka|eln|farc|arakan army|rsf")
