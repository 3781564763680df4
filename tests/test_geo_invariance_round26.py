"""US places, twenty-sixth round: the dateline moved into the lead keeps a state the dateline gave in brackets.

Round geo26 taught the reader a dateline's bracketed state ("ANDERSON (SC) —"); ``eval.geo_invariance``'s rewrite that
moves the dateline into the lead dropped it ("In Anderson, a man was shot ..."), so the invariance suite counted a
changed place against rows the rewrite itself had stripped of their state.  The rewrite now carries the state over;
a credit in brackets ("(AP)", a station's call letters, the Press Association's "(PA)") stays no state."""

from __future__ import annotations

from eval import geo_invariance  # noqa: F401  (registers the geo rewrites)
from eval import perturb


def _into_lead(text: str) -> str | None:
    row = {"id": "ginv26-1", "title": "Man shot", "published": "2016-05-02", "town": "Anderson", "state": "SC",
           "text": text}
    got = {p.name: v for _, p, v in perturb.variants([row], ["geo-dateline"])}
    v = got.get("geo-dateline-into-lead")
    return v and v["text"]


def test_a_bracketed_postal_state_goes_into_the_lead():
    assert _into_lead("ANDERSON (SC) \u2014 A man was shot Friday on Main Street, police said.").startswith(
        ("In Anderson, South Carolina, a man", "In Anderson, S.C., a man"))


def test_a_bracketed_ap_state_goes_into_the_lead():
    assert _into_lead("ANDERSON (S.C.) \u2014 A man was shot Friday on Main Street, police said.").startswith(
        ("In Anderson, South Carolina, a man", "In Anderson, S.C., a man"))


def test_near_miss_an_agency_or_station_credit_gives_no_state():
    for credit in ("(AP)", "(WYFF)", "(PA)"):
        assert _into_lead(f"ANDERSON {credit} \u2014 A man was shot Friday on Main Street, police said.").startswith(
            "In Anderson, a man"), credit
