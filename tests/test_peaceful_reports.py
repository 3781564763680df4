"""Reports of fires, accidents, disasters, business and sport create no incident.

tests/data/peaceful_reports.jsonl holds invented local-news reports of the kinds that share words with
violence: firefighters "attack" a blaze, a fire "killed" a man, a worker is "fired", a board "shot
down" a bid, a tornado "killed" two, a miner "died" when a roof collapsed.  They are ingested into a
real ledger beside one real shooting report, which must come out as the only incident.  The later rows
add sport ("shot 68", the Bombers), markets ("a bloodbath on Wall Street"), animals (a tiger attack, a bear
shot by wildlife officers), firings, crashes, drills and parades, films and games, politics ("attacked the
bill"), weather and illness ("a heart attack", "their shots")."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from eventdesk.models import Report

DATA = Path(__file__).resolve().parent / "data" / "peaceful_reports.jsonl"
SHOOTING = Report(
    id="shooting", title="Two men shot outside bar",
    text="Two men were shot and one of them killed outside a bar on Elm Street early Saturday, police said. "
         "The gunman fled in a dark car. Police have made no arrest.",
    published=dt.date(2017, 3, 14))


def _reports() -> list[Report]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Report(id=f"{r['kind']}-{i}", text=r["text"], title=r["title"], published=dt.date(2017, 3, 14))
            for i, r in enumerate(rows)]


def test_the_set_covers_fires_business_and_accidents():
    kinds = [r.id.split("-")[0] for r in _reports()]
    assert kinds.count("fire") >= 40 and kinds.count("business") >= 25 and kinds.count("other") >= 10


def test_the_set_covers_the_words_violence_shares():
    kinds = {r.id.split("-")[0] for r in _reports()}
    assert {"sport", "market", "animal", "work", "crash", "drill", "film", "politics", "weather", "medical", "military"} <= kinds


def test_peaceful_reports_create_no_incident(ledger):
    reports = _reports()
    summary = ledger.ingest_reports([*reports, SHOOTING])
    assert summary.stored == len(reports) + 1 and not summary.skipped
    rows, total = ledger.incidents()
    made = {m.report_id for row in rows for m in ledger.mentions(row.id)}
    assert made == {"shooting"}, sorted(r.title for r in reports if r.id in made)
    assert total == 1
