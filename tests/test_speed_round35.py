"""The thirty-fifth session's speed pass: the exports read the figures the ledger keeps.

- the ledger keeps each incident's figures under every policy and its history (table ``reconciled``, schema 3) where
  its claims change (a new incident, a report joining one, a second look moving one into another), with a
  fingerprint of the reconcile rules; the exports and an incident's page read them instead of reconciling again;
- figures kept under another fingerprint (an older eventdesk's rules) are reconciled again, not read;
- a ledger of schema 2 keeps every claim through the migration and exports as a fresh ledger does, and a reader
  without the write token still opens it;
- ``reconcile_every_policy`` gives each policy's ``reconcile`` at once;
- the attribute rules' fitting patterns of one rule keep the order they were found in, not memory addresses.

The reports are invented (towns, people and outlets made up) beside the bundled constructed samples.
"""

from __future__ import annotations

import datetime as dt
import io
import sqlite3

import pytest

from eventdesk import Report, api
from eventdesk.api import Ledger
from eventdesk.export import FORMATS
from eventdesk.models import Claim
from eventdesk.reconcile import POLICIES, reconcile, reconcile_every_policy, reconcile_incident, rules_fingerprint
from eventdesk.store import Store

from .conftest import SAMPLES

FOLLOW_UPS = [
    Report("bramley-1", "BRAMLEY, Ohio (Bramley Post) - Two people were killed and three others wounded when a man "
           "opened fire outside a bowling alley on Cotter Street late Friday, police said.",
           title="Two killed, three hurt in Bramley shooting", published=dt.date(2022, 3, 5), outlet="Bramley Post"),
    Report("bramley-2", "BRAMLEY, Ohio - A third person has died after a shooting outside a bowling alley on Cotter "
           "Street on Friday, bringing the number killed to three, police said Sunday. Two others remain in hospital.",
           title="Third victim dies after Bramley bowling alley shooting", published=dt.date(2022, 3, 7),
           outlet="Ohio Valley Wire"),
    Report("bramley-3", "BRAMLEY, Ohio - Police said Monday that four people were wounded and two killed in the "
           "shooting outside a bowling alley on Cotter Street, correcting an earlier count.",
           title="Police revise Bramley shooting toll", published=dt.date(2022, 3, 8), outlet="Lakeshore Daily"),
]


@pytest.fixture
def kept(ledger):
    """The samples and an invented shooting told three times, ingested by this code: every figure kept."""
    ledger.ingest([SAMPLES])
    ledger.ingest_reports(FOLLOW_UPS)
    return ledger


def _exports(led: Ledger) -> dict[tuple[str, str], str]:
    out = {}
    for fmt in FORMATS:
        for policy in POLICIES:
            buf = io.StringIO()
            led.export(fmt, buf, policy=policy)
            out[fmt, policy] = buf.getvalue()
    return out


def _previous_schema(led: Ledger, path) -> None:
    """A copy of the ledger as the previous schema (2) made it: no kept figures."""
    with sqlite3.connect(path) as copy:
        led.store._conn().backup(copy)
        copy.execute("DROP TABLE reconciled")
        copy.execute("DELETE FROM schema_migrations WHERE version = 3")
    copy.close()


def test_every_incident_keeps_its_figures_as_reconciling_its_stored_claims_gives_them(kept):
    ids = list(kept.store.iter_incident_ids())
    assert any(len(ms) > 1 for _, ms, _, _, _ in kept.store.incidents_whole(ids))  # reports joined incidents
    for row, mentions, order, merges, got in kept.store.incidents_whole(ids):
        figures, history = reconcile_incident(mentions, order)
        assert got is not None and got.rules == rules_fingerprint()
        assert {policy: got.figures(policy) for policy in POLICIES} == figures and got.history == history


def test_exports_read_the_kept_figures_and_equal_reconciling_each_incident_again(kept, monkeypatch):
    calls = []
    monkeypatch.setattr(api, "reconcile_incident", lambda *a, **k: calls.append(a) or reconcile_incident(*a, **k))
    read = _exports(kept)
    pages = [kept.incident(i, p) for i in kept.store.iter_incident_ids() for p in POLICIES]
    assert calls == []  # nothing reconciled again
    monkeypatch.setattr(api, "rules_fingerprint", lambda: "other rules")
    assert _exports(kept) == read
    assert [kept.incident(i, p) for i in kept.store.iter_incident_ids() for p in POLICIES] == pages
    assert calls


def test_figures_kept_under_other_rules_are_reconciled_again(kept):
    bramley = kept.store.report_incidents("bramley-1")[0]
    true = kept.incident(bramley, "ucdp").figure("killed")
    conn = kept.store._conn()
    figures = conn.execute("SELECT figures_json FROM reconciled WHERE incident_id = ?", (bramley,)).fetchone()[0]
    forged = figures.replace(f'["killed", null, {true.low}, {true.best}', f'["killed", null, {true.low}, 999')
    assert forged != figures
    conn.execute("UPDATE reconciled SET figures_json = ? WHERE incident_id = ?", (forged, bramley))
    assert kept.incident(bramley, "ucdp").figure("killed").best == 999  # kept figures are read as they are
    conn.execute("UPDATE reconciled SET rules = 'an older eventdesk' WHERE incident_id = ?", (bramley,))
    assert kept.incident(bramley, "ucdp").figure("killed") == true
    assert next(i for i in kept.all_incidents("ucdp") if i.id == bramley).figure("killed") == true


def test_a_ledger_of_the_previous_schema_keeps_its_claims_and_exports_as_a_fresh_one(kept, tmp_path):
    fresh = _exports(kept)
    claims = kept.store._conn().execute("SELECT * FROM claims ORDER BY id").fetchall()
    old = tmp_path / "old.db"
    _previous_schema(kept, old)
    reader = Ledger(old, readonly=True)  # the web desk without a token opens it as it is
    assert [i.id for i in reader.all_incidents()] == [i.id for i in kept.all_incidents()]
    reader.close()
    with Ledger(old) as led:
        conn = led.store._conn()
        assert [r[0] for r in conn.execute("SELECT version FROM schema_migrations")] == [1, 2, 3]
        assert [tuple(r) for r in conn.execute("SELECT * FROM claims ORDER BY id")] == [tuple(r) for r in claims]
        assert conn.execute("SELECT COUNT(*) FROM reconciled").fetchone()[0] == 0
        assert _exports(led) == fresh


def test_a_report_joining_a_migrated_ledger_keeps_its_incidents_figures(kept, tmp_path):
    old = tmp_path / "old.db"
    _previous_schema(kept, old)
    with Ledger(old, nlp=kept.nlp) as led:
        led.ingest_reports([Report("bramley-4", "BRAMLEY, Ohio - Funeral services were held Saturday for one of the "
                                   "two men killed in the shooting outside a bowling alley on Cotter Street.",
                                   title="Bramley shooting victim remembered", published=dt.date(2022, 3, 12))])
        joined = led.store.report_incidents("bramley-4")
        assert joined and set(led.store.reconciled(joined)) == set(joined)


def test_a_moved_incident_takes_its_kept_figures_away(tmp_path):
    from .test_speed_round30 import _incident_row, _mention

    store = Store(tmp_path / "l.db")
    with store.transaction():
        store.add_report(Report("r-1", "Report one."), None)
        for incident_id, idx in (("inc-keep", 0), ("inc-gone", 1)):
            m = _mention("r-1", idx, 1, 2)
            store.put_incident(_incident_row(incident_id, m))
            store.add_mention(incident_id, m)
            figures, history = reconcile_incident([m], {"r-1": 0})
            store.put_reconciled(incident_id, "rules", figures, history)
        store.move_incident("inc-gone", "inc-keep")
    assert set(store.reconciled(["inc-keep", "inc-gone"])) == {"inc-keep"}
    store.close()


def test_every_policy_at_once_equals_each_policy_alone():
    day = dt.date(2022, 3, 5)
    claims = [Claim("a", "killed", None, 2, sentence="Two people were killed.", start=0, end=20, reported_on=day),
              Claim("a", "wounded", None, 3, sentence="Three were wounded.", start=21, end=40, reported_on=day),
              Claim("b", "killed", None, 3, sentence="The toll rose to three.", start=0, end=22,
                    reported_on=day + dt.timedelta(days=2)),
              Claim("c", "killed", "civilians", 1, "at_least", "police", "At least one civilian died.", 0, 27)]
    order = {"a": 0, "b": 1, "c": 2}
    figures, history = reconcile_every_policy(claims, order, {"a": "Bramley Post"})
    for policy in POLICIES:
        assert (figures[policy], history) == reconcile(claims, policy, order, {"a": "Bramley Post"})
    with pytest.raises(ValueError):
        reconcile_every_policy(claims, order, None, ("ucdp", "loudest"))


def test_a_rules_patterns_that_fit_keep_the_order_they_were_found_in():
    from spacy.strings import StringStore

    from eventdesk.nlp.rule_pipes import _COLUMNS, TagRules, _Pattern, _Test

    first = _Pattern(0, ((_Test(0, "eq", 5),), (_Test(0, "eq", 6),)), 0)
    second = _Pattern(0, ((_Test(0, "eq", 5),), (_Test(0, "eq", 7),)), 0)
    other = _Pattern(1, ((_Test(0, "eq", 5),), (_Test(0, "eq", 8),)), 0)
    row = (5,) + (0,) * (len(_COLUMNS) - 1)
    attrs = [((0, 1),), ((0, 2),)]
    for patterns in ([other, first, second], [second, other, first]):
        rules = TagRules(patterns, attrs, StringStore())
        got = rules._longer[rules._kind(row)]
        assert got == tuple(p for p in sorted(patterns, key=lambda p: p.rule))
