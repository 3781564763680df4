"""What the segmentation rounds' tests share: each mention's toll, counted as one report counts it."""

from __future__ import annotations


def tolls(mentions) -> list[tuple[int, int]]:
    """(killed, wounded) of each mention, counted as one report counts them (victims only)."""
    from eval.common import report_casualties

    out = []
    for m in mentions:
        figs = report_casualties([m], victims_only=True)
        out.append((figs.get("killed", 0), figs.get("wounded", 0)))
    return out
