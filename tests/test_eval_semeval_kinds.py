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


def test_a_business_incident_asked_about_as_a_killing_is_violence_not_a_fire_or_a_job_loss():
    from eval.data import SemevalData
    from eval.semeval import violent_non_gva

    incidents = {"fire1": {"registry": "FireRescue1", "question_event_types": ["fire_burning"]},
                 "biz1": {"registry": "business", "question_event_types": ["job_firing"]},
                 "biz2": {"registry": "business", "question_event_types": ["killing"]},
                 "biz3": {"registry": "business", "question_event_types": ["injuring", "killing"]}}
    data = SemevalData(docs={}, incidents=incidents, questions={},
                       doc_incidents={"d1": ["fire1"], "d2": ["biz1"], "d3": ["biz2"], "d4": ["biz3"], "d5": ["gone"]})
    assert [d for d in ("d1", "d2", "d3", "d4", "d5") if violent_non_gva(data, d)] == ["d3", "d4"]
