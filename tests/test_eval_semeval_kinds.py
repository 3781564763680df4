"""The SemEval suite's note on an incident's wrong toll: which of the incident's own reports gave GVA's figure on
their own (eval/semeval.py ``_reports_that_told_it``), worked out on made-up mentions."""

from eval.semeval import _reports_that_told_it
from eventdesk.models import Claim, DateSpan, Mention


def _mention(report_id, *claims):
    return Mention(report_id=report_id, index=0, start=0, end=10, title=None, event_type=None, sub_event_type=None,
                   date=DateSpan(None, None), place=None,
                   claims=tuple(Claim(report_id=report_id, outcome=o, party=None, count=n) for o, n in claims))


def test_the_reports_whose_own_figure_is_gvas():
    mentions = {"a": [_mention("a", ("killed", 2), ("wounded", 3))],
                "b": [_mention("b", ("killed", 1), ("wounded", 1))],
                "c": [_mention("c", ("killed", 2))]}
    assert _reports_that_told_it("killed", 2, ["a", "b", "c"], mentions) == ["a", "c"]
    # "injured" is read as the reports' wounded; a report with no wounded claim tells 0
    assert _reports_that_told_it("injured", 1, ["a", "b", "c"], mentions) == ["b"]
    assert _reports_that_told_it("injured", 0, ["a", "b", "c"], mentions) == ["c"]
    # a document the pipeline gave no mention tells nothing but 0
    assert _reports_that_told_it("killed", 2, ["d"], mentions) == []
