"""The thirty-fifth session's second speed pass: the kept figures brought up to date in one pass (``refresh``).

- ``Ledger.refresh`` (``eventdesk refresh``) reconciles again, in one transaction, the incidents whose kept figures
  other reconcile rules made or that keep none (a ledger of schema 2), and says how many; a read-only ledger, or one
  that cannot be written, gets a one-line error;
- an incident's list row still reconciles on its own (claims in mention order, no outlets): its killed and wounded
  equal the kept UCDP figures of these reports, but not in general, as two reports of one outlet are one source of
  the kept figures and two of the row's.

The reports are invented (towns, people and outlets made up) beside the bundled constructed samples.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventdesk.api import Ledger, _incident_row
from eventdesk.errors import StoreError
from eventdesk.models import Claim, DateSpan, Mention
from eventdesk.reconcile import POLICIES, reconcile_incident, rules_fingerprint

from .test_speed_round35 import _exports, _previous_schema, kept  # noqa: F401 (kept: the fixture of that round)


def _rules(led: Ledger) -> dict[str, str]:
    return dict(led.store._conn().execute("SELECT incident_id, rules FROM reconciled").fetchall())


def test_refresh_reconciles_again_only_the_incidents_older_rules_kept(kept):
    fresh = _exports(kept)
    ids = list(kept.store.iter_incident_ids())
    stale = ids[::2]
    conn = kept.store._conn()
    conn.executemany("UPDATE reconciled SET rules = 'an older eventdesk', figures_json = '{}' WHERE incident_id = ?",
                     [(i,) for i in stale])
    assert kept.refresh() == len(stale)
    assert set(_rules(kept).values()) == {rules_fingerprint()} and set(_rules(kept)) == set(ids)
    for row, mentions, order, _, got in kept.store.incidents_whole(ids):
        figures, history = reconcile_incident(mentions, order)
        assert {policy: got.figures(policy) for policy in POLICIES} == figures and got.history == history
    assert _exports(kept) == fresh
    assert kept.refresh() == 0  # nothing left stale


def test_refresh_keeps_the_figures_of_a_ledger_of_the_previous_schema(kept, tmp_path):
    fresh = _exports(kept)
    old = tmp_path / "old.db"
    _previous_schema(kept, old)
    with Ledger(old) as led:
        assert _rules(led) == {}
        assert led.refresh() == len(list(kept.store.iter_incident_ids()))
        assert _rules(led) == _rules(kept)
        assert _exports(led) == fresh


def test_refresh_of_a_read_only_ledger_is_a_one_line_error(kept, tmp_path):
    old = tmp_path / "old.db"
    _previous_schema(kept, old)
    Ledger(old).close()  # migrated: the reader below finds version 3
    with Ledger(old, readonly=True) as reader:
        with pytest.raises(StoreError, match="read-only") as opened:
            reader.refresh()
        reader.store.readonly = False  # a connection that cannot write, as to a file the user may not write
        with pytest.raises(StoreError, match="cannot write") as written:
            reader.refresh()
    assert "\n" not in str(opened.value) and "\n" not in str(written.value)
    with Ledger(old) as led:
        assert _rules(led) == {}


def test_the_refresh_command_says_how_many_incidents_it_refreshed(kept, tmp_path):
    from typer.testing import CliRunner

    from eventdesk import cli

    old = tmp_path / "old.db"
    _previous_schema(kept, old)
    runner = CliRunner()
    result = runner.invoke(cli.app, ["refresh", "--db", str(old)])
    assert result.exit_code == 0, result.output
    assert f"refreshed the figures of {len(list(kept.store.iter_incident_ids()))} incidents" in result.output
    assert "refreshed the figures of 0 incidents" in runner.invoke(cli.app, ["refresh", "--db", str(old)]).output
    assert "eventdesk refresh" in runner.invoke(cli.app, ["--help"]).output
    assert "upgrading" in runner.invoke(cli.app, ["refresh", "--help"]).output


def test_the_list_row_equals_the_kept_ucdp_figures(kept):
    ids = list(kept.store.iter_incident_ids())
    for row, mentions, order, _, got in kept.store.incidents_whole(ids):
        ucdp = {(f.outcome, f.party): f for f in got.figures("ucdp")}
        killed, wounded = ucdp.get(("killed", None)), ucdp.get(("wounded", None))
        assert (row.killed_low, row.killed_best, row.killed_high) == (
            (killed.low, killed.best, killed.high) if killed else (None, None, None))
        assert row.wounded_best == (wounded.best if wounded else None)


DAY = dt.date(2023, 6, 10)


def _mention(rid: str, count: int, outlet: str | None) -> Mention:
    sentence = f"{count} people were killed in the Harlow Road shooting."
    claim = Claim(rid, "killed", None, count, "exact", None, sentence, 0, len(sentence), DAY)
    return Mention(rid, 0, 0, 60, "Harlow Road shooting", "Violence against civilians", "Attack",
                   DateSpan(DAY, DAY, "day"), None, (), (claim,), DAY, outlet)


def _kept_ucdp(mentions, order) -> tuple[int, int, int]:
    figures, _ = reconcile_incident(mentions, order)
    f = next(f for f in figures["ucdp"] if f.outcome == "killed" and f.party is None)
    return f.low, f.best, f.high


def _listed(mentions, order) -> tuple[int, int, int]:
    row = _incident_row("inc-harlow", mentions, order)
    return row.killed_low, row.killed_best, row.killed_high


ORDER = {"h-1": 0, "h-2": 1, "h-3": 2}


def test_reports_of_distinct_outlets_are_listed_as_their_kept_figures_tell():
    mentions = [_mention("h-1", 1, "Harlow Gazette"), _mention("h-2", 1, "Fenwick Radio"), _mention("h-3", 3, None)]
    assert _listed(mentions, ORDER) == _kept_ucdp(mentions, ORDER) == (1, 1, 3)


def test_two_reports_of_one_outlet_are_listed_otherwise_than_kept():
    # the outlet's two reports are one source of the kept figures (its latest, 1, against 3: the later report's 3)
    # and two sources of the list row's (1, 1 and 3: the median, 1): the list row cannot be read from the kept ones
    mentions = [_mention("h-1", 1, "Harlow Gazette"), _mention("h-2", 1, "Harlow Gazette"),
                _mention("h-3", 3, "Fenwick Radio")]
    assert _listed(mentions, ORDER) == (1, 1, 3) and _kept_ucdp(mentions, ORDER) == (1, 3, 3)
