"""Places, fifth round: a town followed by its province (conflict reports), provinces the packaged data
leaves unnamed, and places that are only where the victims were taken.  All texts are written for these tests."""

from __future__ import annotations

import pytest


def place_of(mentions_of, text: str):
    ms = mentions_of(text)
    assert ms, "no mention extracted"
    best = max(ms, key=lambda m: len(m.claims))
    return best.place


def where(place) -> tuple:
    return (place.name, place.admin1, place.country_code) if place else None


@pytest.mark.parametrize(
    "text, expected",
    [
        # a state whose capital does not bear its name (Morelia) is known by its own name; the town said with it
        # is the namesake in that state, not Zamora in Spain
        ("On 12 January 2022, in Zamora, Michoacan, gunmen shot dead a shopkeeper outside his store.",
         ("Zamora de Hidalgo", "Michoacan", "MX")),
        # the tagger splits the province ("Baja" "California"): it must not make the report American
        ("On 14 January 2022, in Tijuana, Baja California, two men were shot dead in a parked car.",
         ("Tijuana", "Baja California", "MX")),
        # the province the tagger missed picks the namesake: Cardenas in San Luis Potosi, not in Cuba
        ("On 16 January 2022, in Cardenas, San Luis Potosi, armed men killed a police officer at a checkpoint.",
         ("Cardenas", "San Luis Potosi", "MX")),
        # the province last in parentheses, after the district
        ("On 18 January 2022, militiamen killed three farmers in Zamora (Jacona district, Michoacan).",
         ("Zamora de Hidalgo", "Michoacan", "MX")),
    ],
)
def test_town_with_its_province(mentions_of, text, expected):
    assert where(place_of(mentions_of, text)) == expected
