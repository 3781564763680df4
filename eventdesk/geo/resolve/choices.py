"""Which of the options the report's names give wins: a town over its own province, a country the other names
support, a town rather than a country of its name, and a name that follows a pair."""

from __future__ import annotations

from dataclasses import replace

from ...models import Place
from ..build import ALTERNATE, PRIMARY
from ..names import fold
from .toponyms import _Option


def _names_province(opt: "_Option") -> bool:
    """Whether a bare name outside the US is a province's as well as its main city's ("Dar'a", "Idleb",
    "Ar-Raqqa"): conflict notes name the province so; it says the country and the province of the other
    places named beside it.  (US reports say their state otherwise.)"""
    top = opt.places[0]
    if top.precision != "city" or top.country_code in (None, "US") or opt.quality > ALTERNATE:
        return False
    return any(p.precision == "admin1" and (p.country_code, p.admin1) == (top.country_code, top.admin1)
               and (not opt.qualities or opt.qualities[i] <= ALTERNATE) for i, p in enumerate(opt.places))


def _province_word(opt: "_Option", choice: Place) -> bool:
    """Whether a toponym, as read, names a province outside the US: its province ("Cabo Delgado"), or its
    main city that names the province too ("Dar'a", "Idleb")."""
    if choice.country_code in (None, "US"):
        return False
    return choice.precision == "admin1" or (choice.precision == "city" and _names_province(opt))


def _towns_over_their_province(best: list[tuple]) -> list[tuple]:
    """A province named beside a town of it only says where the town is: conflict notes write "Ash-Shajara town
    in Dar'a countryside", "Tuhayta city (At Tuhayat, Al Hudaydah)".  The province's readings (the province, or
    the main city that bears its name) leave the race where a weighty name of the report is another town of
    that province.  ``best``: (key, choice, weighty, province word) per toponym."""
    towns = {(c.country_code, c.admin1, fold(c.name)) for _, c, weighty, province in best
             if weighty and not province and c.precision in ("city", "point") and c.admin1}
    if not towns:
        return best
    kept = [b for b in best if not (b[3] and any((cc, a1) == (b[1].country_code, b[1].admin1) and name != fold(b[1].name)
                                                 for cc, a1, name in towns))]
    return kept or best


def _country_support(options: list["_Option"]) -> dict[str | None, float]:
    """For each country, the weight of the report's names (each name once, at its weightiest) that have a
    candidate there."""
    best: dict[tuple[str, str | None], float] = {}
    for opt in options:
        if opt.topo.weight < 1.0:
            continue
        text = fold(opt.topo.text)
        for cc in {p.country_code for p in opt.places}:
            best[(text, cc)] = max(best.get((text, cc), 0.0), opt.topo.weight)
    support: dict[str | None, float] = {}
    for (_, cc), w in best.items():
        support[cc] = support.get(cc, 0.0) + w
    return support


def _town_not_country(opt: "_Option", given: frozenset[str]) -> bool:
    """Whether a country's name is, by the caller's countries, a town of theirs that bears it: the caller left the
    country out of an American report's ("shot in Lebanon ... taken to a hospital in Nashville"), so the name adds
    no country of its own and its town in those countries may win."""
    top = opt.places[0]
    return (bool(given) and top.precision == "country" and top.country_code not in given
            and any(p.precision == "city" and p.country_code in given for p in opt.places[1:]))


def _follow_pairs(options: list[_Option]) -> list[_Option]:
    """A bare name a "City, State" pair of the report also names is that pair's place: "Hanover" beside
    "Hanover, Va." is the Virginia one, not the larger Hanover, Maryland."""
    paired = {}
    for opt in options:
        if "," in opt.topo.text and opt.places[0].precision in ("city", "region") and opt.places[0].admin1:
            paired.setdefault(fold(opt.topo.text.split(",")[0].strip()), opt)
    if not paired:
        return options
    out = []
    for opt in options:
        pair = paired.get(fold(" ".join(opt.topo.text.split()).strip(" ,;:.")))
        if pair is not None and "," not in opt.topo.text and not opt.ambiguous:
            opt = replace(opt, places=pair.places, quality=PRIMARY, states=pair.states, qualities=())
        out.append(opt)
    return out
