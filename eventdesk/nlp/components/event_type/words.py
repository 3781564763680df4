"""The pattern helper and the word lists that more than one step of the event-type rules reads: the
case-blind ``_rx``, riots told apart from riot police, and the armed groups named by name.
"""

from __future__ import annotations

import re


def _rx(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


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
