"""What the date rounds' tests share: a fixed report day and short ways to ask the date rules about a text."""

from __future__ import annotations

from datetime import date

from eventdesk.timex import date_role, find_timexes, incident_date

WEDNESDAY = date(2022, 3, 16)  # a Wednesday: the report's day in the tests
THURSDAY_BEFORE = date(2022, 3, 10)
SATURDAY_BEFORE = date(2022, 3, 12)
SUNDAY_BEFORE = date(2022, 3, 13)
MONDAY_BEFORE = date(2022, 3, 14)
TUESDAY_BEFORE = date(2022, 3, 15)


def date_of(text: str, anchor: date = WEDNESDAY, first: bool = True):
    """The incident's date in ``text``, its first sentence taken as the lead unless ``first`` is false."""
    return incident_date(text, anchor, sentences_first=[(0, text.index(".") + 1)] if first else ())


def role_of(text: str, phrase: str, anchor: date = WEDNESDAY) -> int:
    """The role (``date_role``) of the date expression ``phrase`` in ``text``."""
    timex = next(t for t in find_timexes(text, anchor) if t.text == phrase)
    return date_role(text, timex)


def day_of(span) -> tuple:
    """A date span as (start, end, precision), to compare in one assertion."""
    return span.start, span.end, span.precision


def dates_check_scores(ledger, name: str) -> tuple[int, dict]:
    """The dates check set ``name`` (``eval.dates_check.SETS``) scored per half as its suite scores it (each report's
    primary mention's day), with the set's number of rows."""
    from eval import check_sets, dates_check
    from eval.common import primary_mention

    path, salt = dates_check.SETS[name]
    items = dates_check.rows(path)
    found = {}
    for report, _, mentions in ledger.analyze([check_sets.report(row) for row in items]):
        pm = primary_mention(mentions)
        found[report.id] = (pm.date.start, pm.date.text) if pm else (None, "")
    return len(items), dates_check.score(items, found, salt)


def on(day: date) -> tuple:
    """One calendar day as ``day_of`` gives it: (day, day, "day")."""
    return day, day, "day"


def assert_set_reached(ledger, name: str, size: int, reached: dict) -> None:
    """The dates check set ``name`` holds ``size`` rows and scores at least ``reached`` ({half: rows right}) per half."""
    rows, scores = dates_check_scores(ledger, name)
    assert rows == size
    for half, day in reached.items():
        assert scores[half]["day"] >= day, (name, scores)


def assert_halves_salted(name: str, salt: str, prefix: str, size: int) -> None:
    """The dates check set ``name`` is registered with its own ``salt``, which splits its row ids ``<prefix>-001``
    .. ``<prefix>-<size>`` into both halves."""
    from eval import dates_check

    assert dates_check.SETS[name][1] == salt
    assert {dates_check.half(f"{prefix}-{i:03d}", salt) for i in range(1, size + 1)} == {"rules", "check"}
