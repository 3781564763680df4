"""Rules as data: the actor, force and party tables in ``patterns/*.jsonl``, loaded once.

``forces.jsonl`` names each country's state forces the way ACLED does ("Military Forces of Mali",
"Police Forces of Mali") and lists the country's demonyms: "Malian troops" and "Malian police" become
aliases of those two actors.  The generic actors of ``actors.jsonl`` (troops, police, gunmen,
protesters named without a country) take the country of the incident's place: ``qualify``."""

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


# what a country's army and police are called after its demonym ("Malian troops", "Kenyan police")
MILITARY_NOUNS = ("army", "troops", "soldiers", "forces", "military", "military forces", "armed forces", "security forces",
                  "government forces", "government troops", "special forces", "warplanes", "fighter jets", "air force",
                  "navy", "marines", "paratroopers", "border guards", "military aircraft", "helicopters", "artillery",
                  "airstrikes", "air strikes", "jets", "drones", "aircraft", "military police",
                  # what a country's army fires, named by the country ("Saudi rocket and artillery shelling", "Turkish
                  # shelling"): the army that fired it
                  "shelling", "artillery shelling", "artillery fire", "rocket fire", "rocket", "rockets", "missile",
                  "missiles", "mortar fire")
POLICE_NOUNS = ("police", "policemen", "police officers", "police forces", "riot police", "national police", "federal police")
# a gendarmerie is its country's police in most countries and a branch of its army in a few (Turkey's Jandarma):
# forces.jsonl says which ("gendarmerie": "military"), and "Turkish gendarmes" or "the gendarmerie" in Turkey are its army
GENDARMERIE_NOUNS = ("gendarmes", "gendarmerie", "gendarmerie forces")
MILITARY, POLICE, GENDARMERIE = "Military Forces", "Police Forces", "Gendarmerie"


@lru_cache(maxsize=None)
def forces() -> dict[str, tuple[str, tuple[str, ...]]]:
    """country code -> (the country's name as ACLED writes it in actor names, its demonyms)."""
    return {d["country_code"]: (d["name"], tuple(d.get("demonyms", ()))) for d in _read_jsonl("forces.jsonl")}


@lru_cache(maxsize=None)
def military_gendarmeries() -> frozenset[str]:
    """The country codes whose gendarmerie is a branch of the army, not the police."""
    return frozenset(d["country_code"] for d in _read_jsonl("forces.jsonl") if d.get("gendarmerie") == "military")


@lru_cache(maxsize=None)
def actors() -> tuple[ActorEntry, ...]:
    """The actors of actors.jsonl, with each country's army and police from forces.jsonl added (or, where
    actors.jsonl already has the army, its demonym aliases merged into that entry)."""
    entries = {d["name"]: ActorEntry(d["name"], d.get("kind", "other"), tuple(d.get("aliases", ()))) for d in _read_jsonl("actors.jsonl")}
    for code, (name, demonyms) in forces().items():
        gendarmes = (GENDARMERIE_NOUNS, ()) if code in military_gendarmeries() else ((), GENDARMERIE_NOUNS)
        for kind_name, nouns in ((MILITARY, MILITARY_NOUNS + gendarmes[0]), (POLICE, POLICE_NOUNS + gendarmes[1])):
            full = f"{kind_name} of {name}"
            # "Malian troops", and the country's own name: "Mozambique's military", "United States air force"
            country = name.removeprefix("the ")
            generated = tuple(f"{d} {n}" for d in (*demonyms, country, f"{country}'s") for n in nouns)
            old = entries.get(full)
            aliases = tuple(dict.fromkeys((*(old.aliases if old else ()), *generated)))
            entries[full] = ActorEntry(full, old.kind if old else "state", aliases)
    return tuple(entries.values())


def qualify(name: str, country_code: str | None, country: str | None = None) -> str:
    """A generic actor in the incident's country, in ACLED's style: 'Police Forces' in Mexico ->
    'Police Forces of Mexico', 'Unidentified Armed Group' -> 'Unidentified Armed Group (Mexico)'.
    Without a country the name stays as it is."""
    known = forces().get(country_code or "")
    where = known[0] if known else country
    if name == GENDARMERIE:
        name = MILITARY if (country_code or "") in military_gendarmeries() else POLICE
    if not where:
        return name
    if name in (MILITARY, POLICE):
        return f"{name} of {where}"
    return f"{name} ({where.removeprefix('the ')})"


def actor_kind(name: str) -> str:
    """The kind of a canonical or qualified actor name ('Police Forces of Mexico' is a state force)."""
    kinds = actor_kinds()
    if name in kinds:
        return kinds[name]
    if name.startswith((f"{MILITARY} of ", f"{POLICE} of ")):
        return "state"
    base = name.split(" (", 1)[0]
    return kinds.get(base, "other")


@lru_cache(maxsize=None)
def actor_aliases() -> dict[str, str]:
    """alias (case-folded) -> canonical actor name.  Troops and police named without a country stay
    out: "the army said" keeps its own words as the source (which army is known only with the place)."""
    table: dict[str, str] = {}
    for a in actors():
        if a.name in (MILITARY, POLICE, GENDARMERIE):
            continue
        for alias in (a.name, *a.aliases):
            table[alias.casefold()] = a.name
            if alias.casefold().startswith("the "):
                table[alias.casefold()[4:]] = a.name
    return table


@lru_cache(maxsize=None)
def actor_kinds() -> dict[str, str]:
    return {a.name: a.kind for a in actors()}


@lru_cache(maxsize=None)
def _acled_names() -> dict[str, str]:
    return {d["name"]: d["acled"] for d in _read_jsonl("actors.jsonl") if d.get("acled")}


@lru_cache(maxsize=None)
def _acled_names_in() -> dict[tuple[str, str], str]:
    return {(d["name"], code): coalition for d in _read_jsonl("actors.jsonl") for code, coalition in d.get("acled_in", {}).items()}


def acled_name(name: str, country_code: str | None = None) -> str:
    """The name ACLED codes an actor by, where it is not the one news uses: the Houthis are "Military Forces
    of Yemen (2016-) Supreme Political Council", the Saudi-led coalition "Operation Restoring Hope".  With the
    country of the event (``acled_in``): a coalition member's forces acting in the coalition's theatre are coded as
    the coalition ("Saudi forces" shelling a village in Yemen are Operation Restoring Hope, US airstrikes in
    Afghanistan NATO's)."""
    return _acled_names_in().get((name, country_code or ""), _acled_names().get(name, name))


# Where a country's coding names the unnamed killers of a drive-by shooting or of an execution (a body found bound
# and shot) by who in that country kills so: in Brazil the drug gangs and the police militias (milicias), which
# ACLED codes as one actor, "Unidentified Gang and/or Police Militia", instead of an unidentified armed group
UNNAMED = "Unidentified Armed Group"
EXECUTIONERS = {"BR": "Unidentified Gang and/or Police Militia"}


def executioners(country_code: str | None) -> str | None:
    """The country's name for the unnamed killers of a drive-by shooting or an execution, or None."""
    return EXECUTIONERS.get(country_code or "")


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
