"""Roundups, round sixteen: the second segments check set (eval/segments_check2.jsonl), reports that tell several
shootings (a weekend's or a night's in one city, lists with bullets, numbers, labels or datelines per item, a lead
total followed by the shootings, "police are also investigating ...") and near misses that are one shooting told over
several paragraphs.  The round's segmentation rules moved the set's unread half (15 -> 32 of 44) but cost SemEval dev
linking (B-cubed F1 96.74 -> 96.53) and S2 (69.8 -> 69.2), so they were not kept; the set and its scorer were, and this
pins what the pipeline reaches on it now."""

from __future__ import annotations

# rows whose every incident's toll is exact, per half
REACHED2 = {"rules": 24, "check": 22}
# check 15 until round eighteen's persons missed; rules 22 until round loose19's hits;
# 23 / 16 until round multi24's (a count past a participle's phrase, the murder-suicide gunman, "N shot; M die");
# check 17 until round left31's (another town's shooting, a count joined to one described person); check 19 until
# round segments34's (a later story of a page of several, by its dateline or its headline line)


def test_the_second_segments_check_set_covers_the_kinds():
    from eval import segments_check

    rows = segments_check.rows(segments_check.CHECK_SET2)
    assert len(rows) >= 90 and len({r["id"] for r in rows}) == len(rows)
    assert {segments_check.half2(r["id"]) for r in rows} == {"rules", "check"}
    assert sum(len(r["incidents"]) > 1 for r in rows) >= 45 and sum(r["kind"].startswith("control") for r in rows) >= 30
    assert all((r["killed"], r["injured"]) == tuple(r["incidents"][0] if r["incidents"] else (0, 0)) for r in rows)


def test_the_second_segments_check_set_scores_as_reached(ledger):
    from eval import segments_check

    rows = segments_check.rows(segments_check.CHECK_SET2)
    scores = segments_check.score(rows, segments_check.incident_tolls(ledger, rows), segments_check.half2)
    assert {h: s["all"] for h, s in scores.items()} == REACHED2
