"""An incident's figures as the ledger gives them (``reconcile_incident``), and the fingerprint of the rules that
made them (``rules_fingerprint``): the ledger keeps each incident's figures when its claims change, and reads them
back only while the rules are the ones that made them."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Sequence

from ..models import Claim, Figure, HistoryPoint, Mention
from .policies import POLICIES, reconcile_every_policy


def incident_claims(mentions: Sequence[Mention], order: dict[str, int]) -> tuple[Claim, ...]:
    """An incident's claims in the order its figures index them: its reports' order (``order``: date reported, then
    arrival), then where each claim stands in its report."""
    return tuple(sorted((c for m in mentions for c in m.claims), key=lambda c: (order.get(c.report_id, 0), c.start)))


def reconcile_incident(mentions: Sequence[Mention], order: dict[str, int], policies: Sequence[str] = POLICIES
                       ) -> tuple[dict[str, tuple[Figure, ...]], tuple[HistoryPoint, ...]]:
    """({policy: figures}, history) of an incident of these mentions: its claims (``incident_claims``) reconciled
    with each report's outlet as the source of the claims it attributes to nobody."""
    outlets = {m.report_id: m.outlet for m in mentions}
    return reconcile_every_policy(incident_claims(mentions, order), order, outlets, policies)


@cache
def rules_fingerprint() -> str:
    """A digest of this package's source, of the records it reads (``models.py``: the parties, the outcomes) and of
    its policies' names: figures kept by a ledger under another digest were made by other rules (an older
    eventdesk's) and are reconciled again, not read."""
    h = hashlib.sha1(" ".join(POLICIES).encode())
    package = Path(__file__).parent
    for path in [*sorted(package.glob("*.py")), package.parent / "models.py"]:
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]
