"""python -m eval.segments_check [--show rules]   (run from the repo root)

Scores the invented check set eval/segments_check.jsonl: short US local-news and conflict-wire reports that tell
one incident, or one and then another (a separate incident, "Elsewhere, ...", "Meanwhile, in <town>, ..."), or
one and then, in passing, an earlier one ("Last month, ...", "Earlier, a man was shot to death by police in
<town> in January"), or none at all (a lawsuit, a vigil, a memorial for the dead of a past massacre).  Near
misses that must stay one incident ("a separate group of officers", "another victim", "Earlier that evening")
are among them.  Each row gives the number of incidents the report tells (an earlier incident told in passing is
background, not an incident) and the killed and injured of its first (main) incident, counted the way GVDB
annotates its articles.  The rows were written for this project; none is taken from a corpus.

Each report is analysed on its own; its incidents are its mentions (``Ledger.analyze``, the stage before
linking), and the main incident's figures are those of its first mention (``common.report_casualties`` with
``victims_only``).

The rows are split by a hash of their id into a *rules* half, whose output may be read while writing rules
(``--show rules`` prints its wrong rows), and a *check* half, which is only ever scored.
"""

from __future__ import annotations

from pathlib import Path

from . import check_sets

CHECK_SET = Path(__file__).resolve().parent / "segments_check.jsonl"
_SALT = "eleventh-segment11:"


def rows(path: Path = CHECK_SET) -> list[dict]:
    return check_sets.rows(path)


def half(row_id: str) -> str:
    """'rules' or 'check', by the parity of a salted sha1 of the row's id (even: the rules half)."""
    return check_sets.parity_half(_SALT, row_id)


def figures(rt, items: list[dict]) -> dict[str, tuple[int, int, int]]:
    """Each row's (incidents, main killed, main injured), by id."""
    from .common import report_casualties

    out = {}
    for r, _, mentions in rt.analyze([check_sets.report(row) for row in items]):
        figs = report_casualties(mentions[:1], victims_only=True) if mentions else {}
        out[r.id] = (len(mentions), figs.get("killed", 0), figs.get("wounded", 0))
    return out


def gold(row: dict) -> tuple[int, int, int]:
    return row["incidents"], row["killed"], row["injured"]


def score(items: list[dict], found: dict[str, tuple[int, int, int]]) -> dict[str, dict[str, int]]:
    """Per half: rows, and rows whose number of incidents / main killed / main injured / all three are exact."""
    out = {h: {"rows": 0, "incidents": 0, "killed": 0, "injured": 0, "all": 0} for h in ("rules", "check")}
    for row in items:
        s = out[half(row["id"])]
        got, want = found[row["id"]], gold(row)
        s["rows"] += 1
        s["incidents"] += got[0] == want[0]
        s["killed"] += got[1] == want[1]
        s["injured"] += got[2] == want[2]
        s["all"] += got == want
    return out


def main(argv=None) -> int:
    args = check_sets.parser("segments_check", __doc__).parse_args(argv)
    items = rows()
    found = figures(check_sets.quiet_runtime(), items)
    for h, s in score(items, found).items():
        n = s["rows"] or 1
        print(f"{h:5}  rows {s['rows']:3}   incidents exact {100 * s['incidents'] / n:5.1f}   "
              f"main killed exact {100 * s['killed'] / n:5.1f}   main injured exact {100 * s['injured'] / n:5.1f}   "
              f"all {100 * s['all'] / n:5.1f}")
    if args.show:
        for row in items:
            got = found[row["id"]]
            if half(row["id"]) == "rules" and got != gold(row):
                print(f"\n{row['id']} [{row['kind']}] ours {got} gold {gold(row)}  (incidents, killed, injured)\n  "
                      f"{row['title']}\n  " + row["text"].replace("\n", "\n  "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
