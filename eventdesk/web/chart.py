"""The timeline of an incident's toll: a Vega-Lite spec rendered to SVG on the server.

vl-convert runs Vega in-process, so the page needs no chart JavaScript.  The SVG
is served as its own resource and shown with <img>, so that even a hostile
party name inside it could never run script in the page.
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache

from ..models import Incident, Report

TOTAL = "all parties (total)"
OUTCOME_ORDER = ("killed", "wounded", "missing", "abducted", "arrested", "escaped")
_render_lock = threading.Lock()  # one Vega runtime; calls are quick, so serialising them is cheaper than a pool


def step_label(n: int, report: Report | None, reported_on) -> str:
    """x-axis label of the n-th report: its order, date and outlet (several reports may share a day)."""
    day = reported_on.strftime("%d %b") if reported_on else "undated"
    outlet = (report.outlet or report.source or report.id) if report else "?"
    return f"{n}. {day} · {outlet[:24]}"


def timeline_values(inc: Incident, reports: dict[str, Report]) -> list[dict]:
    steps: dict[str, str] = {}
    for h in inc.history:
        if h.report_id not in steps:
            steps[h.report_id] = step_label(len(steps) + 1, reports.get(h.report_id), h.reported_on)
    return [
        {"step": steps[h.report_id], "outcome": h.outcome, "party": h.party or TOTAL, "count": h.count,
         "source": h.attributed_to or "the outlet"}
        for h in inc.history
    ]


def spec(values: list[dict]) -> dict:
    steps = list(dict.fromkeys(v["step"] for v in values))
    outcomes = [o for o in OUTCOME_ORDER if any(v["outcome"] == o for v in values)]
    enc = {
        "x": {"field": "step", "type": "ordinal", "sort": steps, "title": "report, in the order the toll was reported",
              "axis": {"labelAngle": 0, "labelLimit": 150, "labelFontSize": 11}},
        "y": {"field": "count", "type": "quantitative", "title": "people", "axis": {"tickMinStep": 1}},
        "color": {"field": "party", "type": "nominal", "title": "party", "legend": {"orient": "right", "labelLimit": 220},
                  "scale": {"scheme": "tableau10"}},
    }
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "data": {"values": values},
        # one small chart per outcome, two a row: killed and wounded side by side
        "facet": {"field": "outcome", "type": "nominal", "sort": outcomes, "title": None,
                  "header": {"labelFontSize": 13, "labelFontWeight": "bold", "labelAnchor": "start"}},
        "columns": 2,
        "spec": {
            "width": max(420, 160 * len(steps)), "height": 180,
            "layer": [
                {"mark": {"type": "line", "strokeWidth": 2}, "encoding": enc},
                {"mark": {"type": "point", "filled": True, "size": 70}, "encoding": enc},
                {"mark": {"type": "text", "dy": -10, "fontSize": 11}, "encoding": {**enc, "text": {"field": "count"}}},
            ],
        },
        "resolve": {"scale": {"y": "independent"}, "axis": {"x": "independent"}},
        "config": {"font": "sans-serif", "view": {"stroke": "#ddd"}, "axis": {"titleFontWeight": "normal", "titleColor": "#555"}},
    }


@lru_cache(maxsize=256)
def _render(spec_json: str) -> str:
    import vl_convert

    with _render_lock:
        return vl_convert.vegalite_to_svg(json.loads(spec_json))


def timeline_svg(inc: Incident, reports: dict[str, Report]) -> str | None:
    """The SVG, or None when no report gave a figure (nothing to draw)."""
    values = timeline_values(inc, reports)
    if not values:
        return None
    return _render(json.dumps(spec(values), sort_keys=True))
