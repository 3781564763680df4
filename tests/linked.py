"""What the linked check sets' tests share: a runtime whose every incident gets a fresh in-memory ledger on the
session's pipeline and gazetteer, as ``eval.linked_places_check.ingest_incident`` asks of one, and the check of a
linked tolls set's pinned halves."""

from __future__ import annotations

from types import SimpleNamespace


def linked_runtime(nlp, gazetteer) -> SimpleNamespace:
    from eventdesk import Ledger

    return SimpleNamespace(gazetteer=gazetteer, fresh_ledger=lambda: Ledger(":memory:", nlp=nlp, gazetteer=gazetteer))


def assert_halves_hold(scores: dict, incidents: dict[str, int], pins: dict[str, tuple[int, int, int]]) -> None:
    """A linked tolls check set's scores per half (``eval.linked_tolls_check.run``) against its pins: each half holds
    ``incidents[half]`` incidents, and its killed, wounded and both exact are at least ``pins[half]``."""
    for h, (killed, wounded, both) in pins.items():
        s = scores[h]
        assert s["incidents"] == incidents[h], (h, s)
        assert s["killed"] >= killed and s["wounded"] >= wounded and s["both"] >= both, (h, s)
