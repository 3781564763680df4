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
