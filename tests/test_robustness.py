"""Bad inputs get one line each and the batch goes on; a crash mid-batch leaves a consistent ledger."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventdesk import Ledger, Settings

GOOD = "Gunmen killed four villagers near Mopti on Monday, the army said.\n"


def test_bad_inputs_are_skipped_with_reasons_and_the_rest_is_stored(tmp_path, nlp, gazetteer):
    d = tmp_path / "in"
    d.mkdir()
    (d / "a-good.txt").write_text("2022-01-21\n" + GOOD)
    (d / "b-binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (d / "c-empty.txt").write_text("")
    (d / "d-latin1.txt").write_bytes("Caf\xe9 attack: gunmen killed two people.".encode("latin-1"))
    (d / "e-huge.txt").write_bytes(b"word " * 300_000)  # 1.5 MB > the 1 MB limit below
    (d / "f-broken.html").write_text("<html><head></head><body><div></div></body></html>")
    lines = [json.dumps({"id": "j1", "text": "Police said three officers were wounded in Baghdad on Friday.", "published": "2022-01-21"}),
             "{not json",
             json.dumps({"id": "j2", "published": "2022-01-21"}),
             json.dumps({"id": "j3", "text": "Two soldiers were killed in a roadside bomb blast near Kirkuk on Sunday.", "published": "2022-01-23"})]
    (d / "g-batch.jsonl").write_text("\n".join(lines) + "\n")
    settings = Settings(db=str(tmp_path / "l.db"), max_input_bytes=1_000_000)
    with Ledger(settings=settings, nlp=nlp, gazetteer=gazetteer) as led:
        summary = led.ingest([d, tmp_path / "missing.txt"])
        reasons = dict(summary.skipped)
        assert summary.stored == 3 and led.store.count_reports() == 3
        assert set(reasons) == {str(d / n) for n in ("b-binary.txt", "c-empty.txt", "d-latin1.txt", "e-huge.txt", "f-broken.html")} | {
            f"{d / 'g-batch.jsonl'}:2", f"{d / 'g-batch.jsonl'}:3", str(tmp_path / "missing.txt")}
        for source, reason in summary.skipped:
            assert "\n" not in reason and reason
        assert "binary" in reasons[str(d / "b-binary.txt")]
        assert "empty" in reasons[str(d / "c-empty.txt")]
        assert "UTF-8" in reasons[str(d / "d-latin1.txt")]
        assert "larger" in reasons[str(d / "e-huge.txt")] or "limit" in reasons[str(d / "e-huge.txt")]


def test_a_failing_stage_skips_only_that_report(tmp_path, gazetteer):
    """A component that throws on one document: that report is skipped with its reason, the others go in."""
    from spacy.language import Language

    from eventdesk.nlp import build_nlp

    @Language.component("explode_on_marker")
    def explode(doc):
        if "EXPLODE" in doc.text:
            raise RuntimeError("boom")
        return doc

    nlp = build_nlp(gazetteer=gazetteer)
    nlp.add_pipe("explode_on_marker", first=True)
    from eventdesk import Report

    with Ledger(tmp_path / "l.db", nlp=nlp, gazetteer=gazetteer) as led:
        s = led.ingest_reports([Report("x1", GOOD), Report("x2", "EXPLODE " + GOOD), Report("x3", GOOD.replace("four", "five"))])
        assert s.stored == 2 and [src for src, _ in s.skipped] == ["x2"]
        assert "boom" in s.skipped[0][1]


def _consistent(db: Path) -> dict:
    conn = sqlite3.connect(db)
    q = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    assert q("SELECT COUNT(*) FROM mentions WHERE incident_id NOT IN (SELECT id FROM incidents)") == 0
    assert q("SELECT COUNT(*) FROM claims c WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.report_id = c.report_id AND m.idx = c.mention_idx)") == 0
    assert q("SELECT COUNT(*) FROM incidents WHERE id NOT IN (SELECT incident_id FROM mentions)") == 0
    assert q("SELECT COUNT(*) FROM mentions WHERE report_id NOT IN (SELECT id FROM reports)") == 0
    assert q("SELECT COUNT(*) FROM (SELECT report_id, start, number_start, outcome FROM claims GROUP BY 1, 2, 3, 4 HAVING COUNT(*) > 1)") == 0
    return {t: q(f"SELECT COUNT(*) FROM {t}") for t in ("reports", "incidents", "claims")}


@pytest.mark.slow
def test_killed_mid_batch_then_rerun_finishes_without_duplicates(tmp_path):
    batch = tmp_path / "batch.jsonl"
    towns = ["Mopti", "Gao", "Timbuktu", "Kidal", "Segou", "Sikasso", "Kayes", "Koulikoro"]
    with open(batch, "w") as fh:
        for i in range(160):
            town = towns[i % len(towns)]
            fh.write(json.dumps({"id": f"r{i:03d}", "published": f"2022-01-{1 + i % 28:02d}",
                                 "text": f"Gunmen killed {i % 9 + 2} villagers near {town} on Monday, the army said. "
                                         f"Officials said {i % 5 + 1} soldiers were wounded."}) + "\n")
    db = tmp_path / "l.db"
    cmd = [sys.executable, "-m", "eventdesk", "ingest", str(batch), "--db", str(db), "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ})
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            try:
                stored = sqlite3.connect(db, timeout=0.1).execute("SELECT COUNT(*) FROM reports").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored >= 10:
                break
    assert proc.poll() is None, "ingest finished before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = _consistent(db)
    assert 10 <= partial["reports"] < 160
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    final = _consistent(db)
    assert final["reports"] == 160
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    assert _consistent(db) == final
