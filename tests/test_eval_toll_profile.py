"""The SemEval incident-toll profile (eval/toll_profile.py): features of made-up incidents' claims, reconciled by the
real reconciler, and their counts, worked out by hand."""

import datetime as dt

from eval.toll_profile import features, print_profiles, profile
from eventdesk.models import Claim


def _claim(report, outcome, count=1, victim=None, attributed_to=None, party=None, day=1):
    return Claim(report_id=report, outcome=outcome, party=party, count=count, victim=victim,
                 attributed_to=attributed_to, reported_on=dt.date(2016, 3, day))


ORDER = {"a": 0, "b": 1, "c": 2}


def test_features_of_reports_that_disagree():
    # three reports: 2 wounded, then police say 3, then 3 again; the median of the sources' figures is 3
    claims = [_claim("a", "wounded", 2), _claim("b", "wounded", 3, attributed_to="police"),
              _claim("c", "wounded", 3), _claim("c", "wounded", victim="a man, 30 @s2")]
    f = features("wounded", claims, ORDER, 3, False, True, "over-count", "in", 2, 3)
    assert f == {"reports": "3-4", "reports of the GVA incident outside ours": "no", "reports with a figure": "3-4",
                 "reports disagree on the figure": "yes", "best is the latest report's figure": "yes",
                 "best is the largest figure": "yes", "best is the figure most sources give": "yes",
                 "best is an attributed source's figure": "yes", "low / best / high": "low below best",
                 "a claim attributed to a source": "yes", "figure rests on": "described+number",
                 "a report tells several incidents": "yes", "a report had GVA's figure": "in our incident",
                 "error kind": "over-count", "gold": "2", "ours": "3-4"}


def test_features_of_one_report_and_of_no_figure():
    claims = [_claim("a", "killed", 1, victim="ortiz"), _claim("a", "wounded", 1, party="militants")]
    f = features("killed", claims, ORDER, 1, True, False, None, None, 1, 1)
    assert f["reports disagree on the figure"] == "one report" and f["low / best / high"] == "one figure"
    assert f["best is an attributed source's figure"] == "no attributed figure"
    assert f["reports of the GVA incident outside ours"] == "yes" and f["a report had GVA's figure"] == "exact"
    assert f["figure rests on"] == "named" and f["error kind"] == "exact"
    # the wounded claim is the shooter's side: no victim claim, though the parties' derived total is a figure
    w = features("wounded", claims, ORDER, 1, True, False, "over-count", None, 0, 1)
    assert w["figure rests on"] == "no claim" and w["best is the largest figure"] == "yes"
    assert w["a report had GVA's figure"] == "no report"
    # no wounded told at all: no figure
    none = features("wounded", claims[:1], ORDER, 1, True, False, "missed (predicted 0)", None, 2, 0)
    assert none["best is the largest figure"] == "no figure" and none["low / best / high"] == "no figure"
    # no incident of ours at all: only what needs none
    assert features("killed", [], {}, 0, True, False, "missed (predicted 0)", None, 1, 0) == {
        "reports": "no incident", "error kind": "missed (predicted 0)", "gold": "1"}


def test_a_best_that_is_neither_the_latest_nor_the_largest():
    # 1, 4, then 2: the median 2 is the latest's, not the largest, and no figure is given twice
    claims = [_claim("a", "killed", 1), _claim("b", "killed", 4), _claim("c", "killed", 2)]
    f = features("killed", claims, ORDER, 3, False, False, "over-count", None, 1, 2)
    assert f["best is the latest report's figure"] == "yes" and f["best is the largest figure"] == "no"
    assert f["best is the figure most sources give"] == "no single most"
    assert f["low / best / high"] == "low below best, high above"
    # 4, 2, then 4: the median 4 is the figure most sources give, and the latest's
    again = [_claim("a", "killed", 4), _claim("b", "killed", 2), _claim("c", "killed", 4)]
    assert features("killed", again, ORDER, 3, False, False, None, None, 4, 4)["best is the figure most sources give"] == "yes"


def test_profile_counts_and_hides_small_cells(capsys):
    one = {"reports": "1"}
    rows = [("killed", one, "exact")] * 4 + [("killed", one, "over")] * 2 + [("killed", {"reports": "2"}, "under")] * 3
    table = profile(rows)
    assert table[("killed", "reports", "1")] == {"exact": 4, "over": 2}
    assert table[("killed", "reports", "2")] == {"under": 3}
    print_profiles({"dev": table, "heldout": profile([("killed", one, "under")] * 2)})
    lines = capsys.readouterr().out.splitlines()
    assert "dev" in lines[0] and "heldout" in lines[0]
    # six incidents, two over: shown; held-out's two are hidden; the cell of three is left out altogether
    line = next(x for x in lines if x.startswith("killed / reports / 1"))
    assert "n=   6 err  33% over   2 under   0" in line and "n<5" in line and "n=   2" not in line
    assert not any(x.startswith("killed / reports / 2") for x in lines)


def _figure(outcome, ours, gold, claims, mentions=1, where="in our incident"):
    from eval.toll_profile import ReportFigure

    return ReportFigure("d", "i", outcome, ours, gold, tuple(claims), mentions, where)


def test_report_features_and_over_counts():
    from eval.toll_profile import over_counts, report_features

    # one report: three wounded by number, then two of them described, and the shooter wounded too
    claims = [_claim("a", "wounded", 3, attributed_to="police"), _claim("a", "wounded", victim="a man, 30 @s2"),
              _claim("a", "wounded", victim="another man @3"), _claim("a", "wounded", party="militants"),
              _claim("a", "killed", victim="ortiz")]
    over = _figure("wounded", 4, 3, claims, mentions=2)
    f = report_features(over)
    assert f == {"one report: its mention": "in our incident", "one report: figure rests on": "described+number+other",
                 "one report: claims of this outcome": "3-4", "one report: a claim attributed to a source": "yes",
                 "one report: mentions": "2", "one report: a claim of the shooter's side": "yes",
                 "one report: gold": "3-4", "one report: ours": "3-4"}
    # the killed side of the same report: one named victim, no shooter's claim of that outcome
    exact = _figure("killed", 1, 1, claims)
    assert report_features(exact)["one report: a claim of the shooter's side"] == "no"
    assert report_features(exact)["one report: figure rests on"] == "named"
    under = _figure("killed", 0, 2, (), where="no mention")
    assert report_features(under)["one report: figure rests on"] == "no claim"
    assert [over.result, exact.result, under.result] == ["over", "exact", "under"]
    # only the report above GVA's final figure is an over-count
    assert over_counts([over, exact, under]) == [over]


def test_reports_read_on_their_own_against_the_final_toll(nlp):
    """Two invented reports of one GVA incident, read into a real ledger: the first tells one dead and two wounded,
    the second one dead and one wounded, GVA's final figure; the first report's wounded is above it."""
    from eval.common import Runtime
    from eval.data import SemevalData
    from eval.semeval import read_split
    from eval.toll_profile import over_counts, report_features, report_figures_of
    from eventdesk.api import Ledger

    texts = {"r1": "DAYTON, Ohio - One man was killed and two others were wounded in a shooting on Salem Avenue "
                   "on Friday night, police said.",
             "r2": "DAYTON, Ohio - A man was killed and a woman was wounded in a shooting on Salem Avenue on Friday "
                   "night, police said Saturday."}
    docs = {d: {"doc_id": d, "dct": "2017-03-%02d" % (11 + i), "title": "Shooting on Salem Avenue", "text": t}
            for i, (d, t) in enumerate(texts.items())}
    incident = {"incident_id": "g1", "registry": "GVA", "doc_ids": ["r1", "r2"], "gva_n_killed": "1",
                "gva_n_injured": "1"}
    data = SemevalData(docs, {"g1": incident}, {"r1": ["g1"], "r2": ["g1"]}, {})
    rt = Runtime()
    rt._ledger = Ledger(":memory:", nlp=nlp)
    rd = read_split(rt, data, None)
    figs = list(report_figures_of(data, rd))
    assert sorted((r.doc, r.outcome, r.ours, r.gold) for r in figs) == [
        ("r1", "killed", 1, 1), ("r1", "wounded", 2, 1), ("r2", "killed", 1, 1), ("r2", "wounded", 1, 1)]
    over = over_counts(figs)
    assert [(r.doc, r.outcome) for r in over] == [("r1", "wounded")]
    assert report_features(over[0])["one report: figure rests on"] == "number"
    rd.ledger.close()


def test_the_listing_refuses_held_out():
    import pytest

    from eval.toll_profile import main

    with pytest.raises(SystemExit):
        main(["--list", "--split", "heldout"])
