"""An incident's killed and wounded across its reports: invented reports of one incident through the real
Ledger (a temporary SQLite file), and the reconciled best figure per outcome."""

from __future__ import annotations

import datetime as dt

from eventdesk.models import Report


def _ingest(ledger, *texts_by_day):
    reports = [Report(id=f"r{k}", text=text, published=dt.date(2017, 3, day))
               for k, (day, text) in enumerate(texts_by_day)]
    ledger.ingest_reports(reports)
    rows, _ = ledger.incidents()
    return rows


def _one(rows):
    assert len(rows) == 1, [(r.title, r.killed_best, r.wounded_best) for r in rows]
    return rows[0].killed_best or 0, rows[0].wounded_best or 0


def test_shot_in_one_report_and_died_in_a_later_one_is_one_dead(ledger):
    rows = _ingest(
        ledger,
        (2, "DAYTON, Ohio - A 6-year-old girl was shot in the head inside her family's apartment on Maple Street "
            "in Dayton on Wednesday night, police said. She was taken to Dayton Children's Hospital in critical condition."),
        (4, "DAYTON, Ohio - A 6-year-old girl who was shot inside her family's apartment on Maple Street in Dayton "
            "on Wednesday night has died, police said. Amaya Jones died at Dayton Children's Hospital on Friday."),
    )
    assert _one(rows) == (1, 0)


def test_a_later_report_that_tells_only_the_shooting_counts_the_dead_among_the_shot(ledger):
    rows = _ingest(
        ledger,
        (2, "DAYTON, Ohio - A 19-year-old man was shot and killed on Maple Street in Dayton on Wednesday night, "
            "police said."),
        (3, "DAYTON, Ohio - Police arrested a 22-year-old man on Thursday in the shooting of a 19-year-old man "
            "on Maple Street in Dayton on Wednesday night. The 19-year-old was shot in the chest, police said."),
    )
    assert _one(rows) == (1, 0)


def test_a_report_that_says_the_shot_man_lives_keeps_its_wounded(ledger):
    rows = _ingest(
        ledger,
        (2, "DAYTON, Ohio - A 19-year-old man was shot and killed on Maple Street in Dayton on Wednesday night, "
            "police said."),
        (3, "DAYTON, Ohio - A man was shot on Maple Street in Dayton on Wednesday night, police said. He is in "
            "stable condition at Miami Valley Hospital."),
    )
    assert _one(rows) == (1, 1)



def test_a_wounded_man_named_apart_from_the_dead_keeps_his_wound(ledger):
    rows = _ingest(
        ledger,
        (2, "DAYTON, Ohio - Police said Marcus Jones was shot and killed on Maple Street in Dayton on Wednesday "
            "night."),
        (3, "DAYTON, Ohio - Police said Tyrell Smith was shot in the leg on Maple Street in Dayton on Wednesday "
            "night."),
    )
    assert _one(rows) == (1, 1)

def test_a_child_who_died_after_he_shot_himself_is_one_person(ledger):
    rows = _ingest(
        ledger,
        (6, "TULSA, Okla. - A 5-year-old boy has died after he accidentally shot himself at his home in Tulsa on "
            "Monday, police said."),
        (7, "TULSA, Okla. - The 5-year-old boy who died after he accidentally shot himself at his home in Tulsa "
            "on Monday found the gun in a closet, police said."),
    )
    assert _one(rows) == (1, 0)


def test_a_girl_in_critical_condition_after_she_shot_herself_is_one_wounded(ledger):
    rows = _ingest(
        ledger,
        (6, "A 4-year-old girl was in critical condition after she accidentally shot herself in the face at her "
            "grandmother's home in Tulsa on Monday night."),
    )
    assert _one(rows) == (0, 1)



def test_reconcile_knows_the_trigger_of_a_hit_told_alive():
    from eventdesk.nlp.victims import ALIVE
    from eventdesk.reconcile import _ALIVE

    assert _ALIVE == ALIVE
