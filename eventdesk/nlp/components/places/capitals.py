"""Reports printed in capitals (step 1): a TV station's transcript or a wire's flash ("POLICE IN BIRMINGHAM SAY A
MAN WAS SHOT ...").  The tagger finds no names in capitals, nor do the readers of local names, which look for a
name's capital letter; so in a line printed so the town is read off the few places news names it: after "IN",
"NEAR" or "OUTSIDE", before "POLICE", "MAN" or "TEEN" ("SHREVEPORT POLICE", "A JACKSON MAN"), and before a
city's side ("ON MILWAUKEE'S NORTH SIDE").  Capitals hide where a name ends, so the longest run of words that a
town of some size bears is the name ("IN BIRMINGHAM SAY" -> Birmingham).
"""

from __future__ import annotations

import re

from ....geo import Toponym
from .words import _HAMLET_POP

# A line is in capitals when nearly all its letters are; a few lower-case ones come with "McDONALD" or a
# quoted web address.  Short lines say too little either way.
_CAPITALS_SHARE = 0.9
_CAPITALS_MIN_LETTERS = 40
_NAME_WORDS = 3  # how many words a town's name in capitals may run to ("WEST PALM BEACH")

_CAPS_WORD = r"[A-Z][A-Z.'’-]*"
_CAPS_NAME = rf"(?P<name>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,{_NAME_WORDS - 1}}})"
# the same, as short as the words after it allow: "LOUISVILLE" of "LOUISVILLE METRO POLICE"
_CAPS_NAME_SHORT = rf"(?P<name>{_CAPS_WORD}(?:[ ]{_CAPS_WORD}){{0,{_NAME_WORDS - 1}}}?)"
# "IN BIRMINGHAM", "NEAR FORT WORTH": the name runs on after the town ("IN BIRMINGHAM SAY"); its start is sure
_CAPS_LOCATIVE = re.compile(rf"\b(?:IN|NEAR|OUTSIDE)\s+{_CAPS_NAME}")
# "SHREVEPORT POLICE", "A JACKSON MAN", "LOUISVILLE METRO POLICE": the name may begin before the town ("A
# SHREVEPORT MAN"); its end is sure
_CAPS_LOCAL = re.compile(
    rf"{_CAPS_NAME_SHORT}\s+(?:METRO\s+)?(?:POLICE|MAN|WOMAN|TEEN|TEENAGER|BOY|GIRL|RESIDENT|FIRE\s+DEPARTMENT)\b")
# "MILWAUKEE'S NORTH SIDE": a city's side
_CAPS_SIDE = re.compile(rf"{_CAPS_NAME_SHORT}['’]S\s+(?:(?:NORTH|SOUTH|EAST|WEST)(?:EAST|WEST)?\s+)?SIDE\b")
# Words that open or end such a run without being a town's: the article, a verb of saying.
_NOT_NAME_WORDS = frozenset("THE A AN THIS THAT ITS HIS HER THEIR OUR SAY SAYS SAID WHERE WHEN AND BUT OF METRO".split())


_NO_SMALL_ASCII = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")


def in_capitals(text: str) -> bool:
    """Whether a line is printed in capitals: nearly all its letters are."""
    # (a line of prose fails at once: small ASCII letters, counted in C, are letters that are not capitals, and more
    # of them than the share allows of all its characters leave too few capitals among its letters; the 1 spares
    # the rounding of the products)
    if len(text) - len(text.translate(_NO_SMALL_ASCII)) > (1 - _CAPITALS_SHARE) * len(text) + 1:
        return False
    letters = list(filter(str.isalpha, text))
    return len(letters) >= _CAPITALS_MIN_LETTERS and sum(map(str.isupper, letters)) >= _CAPITALS_SHARE * len(letters)


def _cased(words: list[str]) -> str:
    """Capitals as a name is printed: "FORT WORTH" -> "Fort Worth", "O'FALLON" -> "O'fallon" (the gazetteer folds
    case)."""
    return " ".join(w[0] + w[1:].lower() for w in words)


class CapitalsMixin:
    """PlaceResolver's reading of a segment printed in capitals."""

    def _capitals_names(self, base: int, text: str, weight_at) -> list[Toponym]:
        """The towns the lines of a segment printed in capitals name after "IN", before "POLICE" or "MAN", or
        before a city's side.  A transcript's lines in capitals may stand beside a page's lines in small letters."""
        out = []
        line_start = 0
        for line in text.split("\n"):
            if in_capitals(line):
                out.extend(self._capitals_line_names(base + line_start, line, weight_at))
            line_start += len(line) + 1
        return out

    def _capitals_line_names(self, base: int, line: str, weight_at) -> list[Toponym]:
        out = []
        for pattern, from_start in ((_CAPS_LOCATIVE, True), (_CAPS_LOCAL, False), (_CAPS_SIDE, False)):
            for m in pattern.finditer(line):
                found = self._capitals_town(m["name"].split(), from_start)
                if found is None:
                    continue
                offset, name = found
                start = base + m.start("name") + offset
                out.append(Toponym(name, start, start + len(name), weight_at(start), exact=True))
        return out

    def _capitals_town(self, words: list[str], from_start: bool) -> tuple[int, str] | None:
        """The longest run of the words, from their start (after "IN") or to their end (before "POLICE"), that a
        town of some size bears as its own name, as (its offset in the words, the name cased); None if none."""
        words = [w.rstrip(".") for w in words]  # "IN WEST BALTIMORE." ends a sentence
        runs = ([words[:k] for k in range(len(words), 0, -1)] if from_start
                else [words[k:] for k in range(len(words))])
        for run in runs:
            if not run or run[0] in _NOT_NAME_WORDS or run[-1] in _NOT_NAME_WORDS:
                continue
            name = _cased(run)
            if self._own_town_name(name):
                offset = 0 if from_start else len(" ".join(words)) - len(" ".join(run))
                return offset, name
        return None

    def _own_town_name(self, name: str) -> bool:
        """Whether a town of some size bears the name as its own (not as a spelling variant): "Birmingham" is one,
        "Critical" of "IN CRITICAL CONDITION" is none."""
        return any(q == 0 and p.precision == "city" and self.gazetteer.population(p) >= _HAMLET_POP
                   for q, p in self.gazetteer.matches(name, limit=5))
