"""Rules as data: the actor and party tables in ``patterns/*.jsonl``, loaded once."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

PATTERNS = Path(__file__).parent / "patterns"


@dataclass(frozen=True)
class ActorEntry:
    name: str
    kind: str
    aliases: tuple[str, ...]


def _read_jsonl(name: str) -> list[dict]:
    with open(PATTERNS / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@lru_cache(maxsize=None)
def actors() -> tuple[ActorEntry, ...]:
    return tuple(ActorEntry(d["name"], d.get("kind", "other"), tuple(d.get("aliases", ()))) for d in _read_jsonl("actors.jsonl"))


@lru_cache(maxsize=None)
def actor_aliases() -> dict[str, str]:
    """alias (case-folded) -> canonical actor name."""
    table: dict[str, str] = {}
    for a in actors():
        for alias in (a.name, *a.aliases):
            table[alias.casefold()] = a.name
            if alias.casefold().startswith("the "):
                table[alias.casefold()[4:]] = a.name
    return table


@lru_cache(maxsize=None)
def actor_kinds() -> dict[str, str]:
    return {a.name: a.kind for a in actors()}


@lru_cache(maxsize=None)
def party_lemmas() -> dict[str, str]:
    """lemma or phrase -> generic party label (civilians, police, ...)."""
    table: dict[str, str] = {}
    for d in _read_jsonl("parties.jsonl"):
        for lemma in d["lemmas"]:
            table[lemma] = d["party"]
    return table


def canonical_actor(text: str) -> str | None:
    """The canonical name for an alias, or None when the text names no known actor."""
    key = text.strip().casefold()
    table = actor_aliases()
    if key in table:
        return table[key]
    if key.startswith("the ") and key[4:] in table:
        return table[key[4:]]
    return None
