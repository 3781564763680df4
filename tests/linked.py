"""What the linked check sets' tests share: a runtime whose every incident gets a fresh in-memory ledger on the
session's pipeline and gazetteer, as ``eval.linked_places_check.ingest_incident`` asks of one."""

from __future__ import annotations

from types import SimpleNamespace


def linked_runtime(nlp, gazetteer) -> SimpleNamespace:
    from eventdesk import Ledger

    return SimpleNamespace(gazetteer=gazetteer, fresh_ledger=lambda: Ledger(":memory:", nlp=nlp, gazetteer=gazetteer))
