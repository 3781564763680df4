"""What the counting rounds' tests share: a report's figures and each mention's toll, counted as one report counts
them (victims only), and a counts check set scored per half with them."""

from __future__ import annotations


def tolls(mentions) -> list[tuple[int, int]]:
    """(killed, wounded) of each mention, counted as one report counts them (victims only)."""
    from eval.common import report_casualties

    out = []
    for m in mentions:
        figs = report_casualties([m], victims_only=True)
        out.append((figs.get("killed", 0), figs.get("wounded", 0)))
    return out


def figures(mentions) -> tuple[int, int]:
    """(killed, wounded) of a report as the GVDB suite counts them: its lead incident's, victims only."""
    from eval.common import report_casualties

    figs = report_casualties(mentions, victims_only=True)
    return figs.get("killed", 0), figs.get("wounded", 0)


def check_set_scores(ledger, name: str, rows: int) -> dict:
    """The counts check set ``name`` (``eval.counts_check.SETS``) scored per half with ``figures``, after checking
    that it holds ``rows`` rows."""
    from eval import check_sets, counts_check

    path, half_of = counts_check.SETS[name]
    items = counts_check.rows(path)
    assert len(items) == rows
    found = {report.id: figures(mentions)
             for report, _, mentions in ledger.analyze([check_sets.report(row) for row in items])}
    return counts_check.score(items, found, half_of)


def assert_pinned_halves(ledger, name: str, rows: tuple[int, int], both: tuple[int, int]) -> None:
    """The counts check set ``name`` holds ``rows`` (rules, check) rows per half, and each half's rows with both
    figures exact are at least the pins ``both`` (rules, check)."""
    scores = check_set_scores(ledger, name, rows=sum(rows))
    assert (scores["rules"]["rows"], scores["check"]["rows"]) == rows
    assert scores["rules"]["both"] >= both[0], scores
    assert scores["check"]["both"] >= both[1], scores


def assert_salted(name: str, salt: str, row_id: str) -> None:
    """The counts check set ``name`` splits its rows by the first hex digit of ``salt``'s sha1 of each id."""
    from eval import check_sets, counts_check

    _, half_of = counts_check.SETS[name]
    assert half_of(row_id) == check_sets.first_digit_half(salt, row_id)
