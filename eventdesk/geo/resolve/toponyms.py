"""A toponym as the caller hands it in, the regions a text names ("northeastern Syria"), and one toponym's
namesakes as the resolver weighs them (``_Option``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...models import Place


_DIRECTIONS = r"(?:north|south)[- ]?(?:east|west)|north|south|east|west|central"
# Lower-case directions only, or the "-ern" forms: "North Carolina" and
# "South Sudan" are names, "northern Iraq" and "Northern Iraq" are regions.
_REGION = re.compile(
    rf"\b(?P<dir>(?i:(?:{_DIRECTIONS})ern)|(?:{_DIRECTIONS}))\s+"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|al|el|ez|az|ad))*(?<![\s,]))"
)


@dataclass(frozen=True)
class Toponym:
    text: str
    start: int = 0
    end: int = 0
    weight: float = 1.0
    exact: bool = False  # only a place's own name counts: a name found by pattern, not tagged by NER
    km: float | None = None  # the distance the report gives from this landmark to the scene ("85 miles east of X")


def extract_regions(text: str) -> list[Toponym]:
    """Region phrases ("northeastern Syria", "southern Lebanon") spaCy would not tag."""
    found = []
    for m in _REGION.finditer(text):
        direction = m["dir"]
        if direction[0].isupper() and not direction.lower().endswith("ern"):
            continue
        name = re.split(r"['’]s\b", m["name"])[0]  # "northern Iraq's Nineveh" -> Iraq
        end = m.start("name") + len(name)
        found.append(Toponym(text[m.start() : end], m.start(), end))
    return found


@dataclass(frozen=True)
class _Option:
    topo: Toponym
    places: list[Place]
    quality: int  # best name quality among the candidates (PRIMARY, ALTERNATE, LOOSE)
    states: bool = False  # its places' states are context: "Naples, Fla.", "Lake County" (the states having one)
    qualities: tuple[int, ...] = ()  # each place's name quality, where they differ
    ambiguous: bool = False  # "Putnam County", a county of several states: a place only where another cue names its state
