"""The join: which incident a mention belongs to (``decide``), the date window its candidates are fetched
in (``window``), and a new incident's id."""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass
from typing import Sequence

from ..models import Mention
from ..store import IncidentRow
from .keys import _specific_street, names_overlap
from .score import FOLLOW_UP_DAYS, PLACELESS_TRAITS, TRIAL_DAYS, TRIAL_PERSONS, score
from .titles import reads_as_follow_up


@dataclass(frozen=True)
class LinkDecision:
    incident_id: str | None  # None: a new incident
    score: float
    reason: str


def incident_id_for(m: Mention) -> str:
    return "inc-" + hashlib.sha1(f"{m.report_id}#{m.index}".encode()).hexdigest()[:12]


def ties(m: Mention, inc: IncidentRow) -> bool:
    """Whether a mention names someone or something (a person, a street, a venue) that an incident names: what lets
    the mention's join take a second look at a lone report's incident it may tie to its own (``Ledger``)."""
    names = names_overlap(m.keywords, inc.keywords)
    return bool(names.persons or names.partial)


def _placeless_trait(reason: str) -> bool:
    """Whether a score's reason joins by a trait shared beside a report with no place (an age, a toll)."""
    return any(trait in reason for trait in PLACELESS_TRAITS)


def decide(m: Mention, candidates: Sequence[IncidentRow], *, window_days: int, max_km: float, threshold: float,
           exclude: set[str] = frozenset()) -> LinkDecision:
    """The incident a mention joins, or a new one; ``exclude`` holds incidents of the same report."""
    best: tuple[float, str, str] | None = None
    best_reports = 0
    placeless = 0  # incidents reaching the threshold by an age or a toll shared beside a report with no place
    for inc in candidates:
        if inc.id in exclude:
            continue
        result = score(m, inc, window_days=window_days, max_km=max_km)
        if result is None:
            continue
        s, reason = result
        placeless += s >= threshold and _placeless_trait(reason)
        # on equal scores, the incident more reports tell (a report's second segment, an older case its last
        # paragraph tells, opens an incident of its own that the next report of the main one may score as high)
        if best is None or (s, inc.n_reports) > (best[0], best_reports):
            best, best_reports = (s, inc.id, reason), inc.n_reports
    if best is not None and placeless > 1 and _placeless_trait(best[2]):
        # two of the day's shootings give the age (or the toll) a report with no place gives (every day's shootings
        # across a country hold a 17-year-old somewhere): the age does not say which
        return LinkDecision(None, best[0], f"new incident (best candidate scored {best[0]:.2f}; "
                                           f"{placeless} incidents of the day give the age or the toll)")
    if best is not None and best[0] >= threshold:
        return LinkDecision(best[1], best[0], f"score {best[0]:.2f}: {best[2]}")
    return LinkDecision(None, best[0] if best else 0.0, "new incident" + (f" (best candidate scored {best[0]:.2f})" if best else ""))


def window(m: Mention, days: int) -> tuple[_dt.date | None, _dt.date | None]:
    """The dates a mention's candidates may have: the linking window, reaching further both ways for
    a mention that names people (it may follow up an older incident, or be the first report of an
    incident whose follow-up was stored before it; ``score`` decides): two years for two people in full,
    or one under a follow-up headline or with a telling street (a trial)."""
    if m.date.start is None:
        return None, None
    persons = sum(1 for k in m.keywords if k.startswith("p:") and " " in k)
    trial = persons >= TRIAL_PERSONS or persons and (
        reads_as_follow_up(m.title) or any(k.startswith("s:") and _specific_street(k) for k in m.keywords))
    reach = max(days, TRIAL_DAYS if trial else FOLLOW_UP_DAYS if persons else 0)
    return m.date.start - _dt.timedelta(days=reach), (m.date.end or m.date.start) + _dt.timedelta(days=reach)
