"""python -m eval.dates_check [--show rules]   (run from the repo root)

Scores the invented check set eval/dates_check.jsonl: short US local-news shooting reports, each with the day
the report was published and the day of the incident it is about (the calendar day the shots were fired, as
incident databases record it: "late Thursday ... 11:45 p.m." is Thursday, "early Friday ... 2 a.m." is Friday).
The wordings are those that separate the incident's day from the report's: around midnight ("late Thursday",
"overnight", "just after midnight Sunday"), reports published days later ("Tuesday" meaning last week's, "last
Tuesday", "over the weekend", "two weeks ago", "earlier this month"), holidays ("on Christmas Eve", "on the
Fourth of July"), dates with and without a year ("Aug. 4", "Aug. 4, 2015", "8/4"), follow-ups that give a later
event's day beside the shooting's (a death, an arrest, a vigil, a funeral, a sentencing), weekday typos and
anniversaries.  The rows were written for this project; none is taken from a corpus.

A row is right when the report's primary mention (``common.primary_mention``, as the SemEval suite picks it)
starts on the gold day.  The rows are split by a salted hash of their id into a *rules* half, whose wrong rows
may be read while writing rules (``--show rules``), and a *check* half, which is only ever scored.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import check_sets

CHECK_SET = Path(__file__).resolve().parent / "dates_check.jsonl"
_SALT = "thirteenth-dates13:"


def rows(path: Path = CHECK_SET) -> list[dict]:
    return check_sets.rows(path)


def half(row_id: str) -> str:
    """'rules' or 'check', by the first hex digit of a salted sha1 of the row's id (0-7: the rules half)."""
    return check_sets.first_digit_half(_SALT, row_id)


def days(rt, items: list[dict]) -> dict[str, tuple[dt.date | None, str]]:
    """Each row's (start day, phrase) of its primary mention, by id (None when it has no dated mention)."""
    from .common import primary_mention

    out = {}
    for r, _, mentions in rt.analyze([check_sets.report(row) for row in items]):
        pm = primary_mention(mentions)
        span = pm.date if pm else None
        out[r.id] = (span.start, span.text) if span is not None else (None, "")
    return out


def score(items: list[dict], found: dict[str, tuple[dt.date | None, str]]) -> dict[str, dict[str, int]]:
    """Per half: rows, and rows whose primary mention starts on the gold day."""
    out = {h: {"rows": 0, "day": 0} for h in ("rules", "check")}
    for row in items:
        s = out[half(row["id"])]
        s["rows"] += 1
        s["day"] += found[row["id"]][0] == dt.date.fromisoformat(row["date"])
    return out


def main(argv=None) -> int:
    args = check_sets.parser("dates_check", __doc__).parse_args(argv)
    items = rows()
    found = days(check_sets.quiet_runtime(), items)
    for h, s in score(items, found).items():
        print(f"{h:5}  rows {s['rows']:3}   day exact {100 * s['day'] / (s['rows'] or 1):5.1f}  ({s['day']})")
    if args.show:
        for row in items:
            got, phrase = found[row["id"]]
            if half(row["id"]) == "rules" and str(got) != row["date"]:
                print(f"\n{row['id']} [{row['kind']}] published {row['published']} ours {got} {phrase!r} gold {row['date']}"
                      f"\n  {row['title']}\n  " + row["text"].replace("\n", "\n  "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
