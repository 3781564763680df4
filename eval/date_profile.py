"""python -m eval.date_profile [--data DIR] [--split dev|heldout|both]   (run from the repo root)

Where the SemEval/GVA document dates go wrong, as counts only: for the documents of GVA incidents, the share whose
date (that of the document's primary mention) is GVA's very day, the share within one day, and of the others the
share ours later and ours earlier, split by one feature of our reading at a time: what the date rests on (a
dateline or page stamp, a weekday name, "yesterday/today/last night", a month-day, a month-day-year, a numeric
date, "ago", a holiday, a week or weekend, a month or year, the publication day itself with nothing in the text), its
precision, how many days the document was published after our date, the report's length, whether it has a dateline
or a page stamp, the weekday of publication, the outlet that ends its headline, how many reports our incident joined
and whether they disagree on the day, whether our incident's day (its other reports' word) differs from the
document's, and the error kind the SemEval suite gives.  Every feature but the error kind is formed from our
reading alone, never from GVA's day.

It prints no text, no id and no date of a single document, and hides every cell of fewer than five documents, so it
may be run on held-out: a profile tells which *kind* of document a split misdates, never which document.  Rules are
still written from dev alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from typing import Iterable

from eventdesk.ingest.dateline import parse_dateline
from eventdesk.models import DateSpan
from eventdesk.timex import date_role, find_timexes

from .common import Runtime, primary_mention
from .geo_profile import title_outlet
from .gvdb_profile import MIN_CELL, _bucket, _length, hidden, profile_main
from .gvdb_profile import print_profiles as print_table

_MONTH_NAME = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR = r"\b(?:19|20)\d\d\b"
# the kinds of phrase a date is resolved from, first match wins (a holiday or "ago" may hold a weekday or a number)
_PHRASES = tuple((re.compile(rx, re.IGNORECASE), kind) for rx, kind in (
    (r"\b(?:christmas|thanksgiving|halloween|easter|new\s+year|fourth\s+of\s+july|independence|memorial\s+day|"
     r"labor\s+day|veterans\s+day|valentine|mother|father)", "holiday"),
    (r"\bago\b", "ago"),
    (_MONTH_NAME + r"\s+\d{1,2}(?:st|nd|rd|th)?\b.*" + _YEAR, "month-day-year"),
    (_MONTH_NAME + r"\s+\d{1,2}(?:st|nd|rd|th)?\b", "month-day"),
    (r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", "weekday name"),
    (r"\b(?:yesterday|today|tonight|overnight|last\s+night|this\s+(?:morning|afternoon|evening))\b",
     "yesterday/today/last night"),
    (r"\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b", "numeric date"),
    (r"\b(?:week|weekend)\b", "week or weekend"),
    (_MONTH_NAME + r"(?:\s|$)|" + _YEAR, "month or year"),
))
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _stamped(text: str, anchor: dt.date | None) -> list[DateSpan]:
    """The dates a report states as its own (a dateline's date, "Posted Jan. 5, 2016"), see ``timex.date_role``."""
    return [t.span for t in find_timexes(text, anchor) if date_role(text, t) == -2]


def rests_on(span: DateSpan | None, stamps: list[DateSpan]) -> str:
    """What a document's date rests on, from the words it was resolved from: "publication day, nothing in text" (no
    date stated: the report's own day stands in), "publication day, small hours" (only a morning clock time),
    "dateline or page stamp" (the report's own stated date), else the kind of phrase: a holiday, "ago", a weekday
    name, "yesterday/today/last night", a month-day-year, a month-day, a numeric date, a week or weekend, a month or
    year; "no date" when there is none."""
    if span is None or span.start is None:
        return "no date"
    words = span.text or ""
    if not words:
        return "publication day, nothing in text"
    if words == "a.m.":
        return "publication day, small hours"
    if any(s.text == words and s.start == span.start for s in stamps):
        return "dateline or page stamp"
    return next((kind for rx, kind in _PHRASES if rx.search(words)), "other words")


def published_after(span: DateSpan | None, published: dt.date | None) -> str:
    """How many days the report was published after our date's start, bucketed."""
    if span is None or span.start is None or published is None:
        return "no date"
    n = (published - span.start).days
    return ("before our date" if n < 0 else str(n) if n < 2 else "2-6" if n < 7 else "7-30" if n <= 30 else "31+")


def _day(span: DateSpan | None) -> dt.date | None:
    return span.start if span is not None and span.start is not None and span.start == span.end else None


def features(span: DateSpan | None, text: str, title: str | None, published: dt.date | None,
             others: list[DateSpan | None], incident_day: DateSpan | None, kind: str | None) -> dict[str, str]:
    """The profile's features of one document: ``span`` its date (its primary mention's, None: no mention),
    ``others`` the dates of the other documents our incident joined with it, ``incident_day`` our incident's date
    (None: no incident), ``kind`` the suite's error kind (None: within one day)."""
    stamps = _stamped(text, published)
    dl = parse_dateline(text)
    has = ("dateline" if dl.place or dl.date else "") + (" and " if (dl.place or dl.date) and stamps else "") + \
        ("page stamp" if stamps else "")
    days = {_day(s) for s in [span, *others]}
    return {
        "date rests on": rests_on(span, stamps),
        "precision of our date": span.precision if span is not None and span.start is not None else "no date",
        "days published after our date": published_after(span, published),
        "report length (chars)": _length(text),
        "report has a dateline or page stamp": has or "neither",
        "weekday of publication": _WEEKDAYS[published.weekday()] if published else "no publication date",
        "outlet in the headline": title_outlet(title) or "none in title",
        "reports of our incident": "no incident" if incident_day is None else _bucket(len(others) + 1),
        "our incident's reports disagree on the day": ("no incident" if incident_day is None else "one report"
                                                       if not others else "yes" if len(days) > 1 else "no"),
        "our incident's date vs the document's": ("no incident" if incident_day is None else
                                                  "same" if (incident_day.start, incident_day.end) == ((span.start, span.end) if span else (None, None))
                                                  else "differs"),
        "error kind": kind or "within one day",
    }


def profile(rows: Iterable[tuple[dict[str, str], bool, bool, str | None]]) -> dict:
    """Counts per (feature, value) of documents exact, within one day, later and earlier, from (features, exact,
    within one day, error kind) rows."""
    table: dict = defaultdict(Counter)
    for feats, exact, near, kind in rows:
        for feat, value in feats.items():
            c = table[(feat, value)]
            c["n"] += 1
            c["exact"] += exact
            c["near"] += near
            c["later"] += bool(kind and kind.startswith("ours later"))
            c["earlier"] += kind == "ours earlier"
    return table


def run(rt: Runtime, root, split: str) -> dict:
    from .data import load_semeval
    from .semeval import date_score, read_split

    data = load_semeval(root, split)
    rd = read_split(rt, data, f"semeval-{split}-all")
    published = {r.id: r.published for r in rd.reports}
    titles = {r.id: r.title for r in rd.reports}
    pms = {d: primary_mention(ms) for d, ms in rd.doc_mentions.items()}
    joined: dict[str, list[str]] = defaultdict(list)
    for d, inc in rd.doc_main.items():
        joined[inc].append(d)
    rows = []
    for d in rd.gva_docs:
        gva_day = data.incidents[rd.gold[d]].get("gva_date")
        if not gva_day:
            continue
        pm = pms[d]
        exact, near, kind = date_score(pm, dt.date.fromisoformat(gva_day))
        inc = rd.inc_rows.get(rd.doc_main[d])
        incident_day = DateSpan(inc.date_start, inc.date_end) if inc else None
        others = [pms[x].date for x in joined[rd.doc_main[d]] if x != d] if inc else []
        feats = features(pm.date if pm else None, rd.texts[d], titles[d], published[d], others, incident_day, kind)
        rows.append((feats, exact, near, kind))
    rd.ledger.close()
    return profile(rows)


def _cell(c: Counter | None) -> str:
    n = c["n"] if c else 0
    if n < MIN_CELL:
        return hidden(n)
    return (f"n={n:4d} exact {100 * c['exact'] / n:3.0f}% ±1d {100 * c['near'] / n:3.0f}% "
            f"later {100 * c['later'] / n:2.0f}% earlier {100 * c['earlier'] / n:2.0f}%")


def print_profiles(profiles: dict[str, dict]) -> None:
    """One line per (feature, value) shared by at least ``MIN_CELL`` documents of some split; smaller cells hidden."""
    print_table(profiles, _cell, 64, 58, "feature / value", size=lambda c: c["n"])


def main(argv=None) -> int:
    return profile_main("date_profile", __doc__, run, print_profiles, argv, reuse=True)


if __name__ == "__main__":
    raise SystemExit(main())
