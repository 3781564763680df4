"""The SemEval document-date profile (eval/date_profile.py): features of made-up reports, their dates read by the
real timex reader, and their counts, worked out by hand."""

import datetime as dt

from eval.date_profile import _stamped, features, print_profiles, profile, published_after, rests_on
from eval.semeval import date_score
from eventdesk.models import DateSpan, Mention
from eventdesk.timex import incident_date

SAT = dt.date(2016, 3, 12)  # a Saturday


def _rests(text: str, anchor: dt.date = SAT) -> str:
    return rests_on(incident_date(text, anchor), _stamped(text, anchor))


def test_what_the_date_rests_on():
    assert _rests("A man was shot Thursday night on Elm Street, police said.") == "weekday name"
    assert _rests("A man was shot last night on Elm Street, police said.") == "yesterday/today/last night"
    assert _rests("A man was shot on March 9 on Elm Street, police said.") == "month-day"
    assert _rests("A man was shot on March 9, 2016, on Elm Street, police said.") == "month-day-year"
    assert _rests("A man was shot three days ago on Elm Street, police said.") == "ago"
    assert _rests("A man was shot on Christmas Eve on Elm Street.", dt.date(2016, 12, 27)) == "holiday"
    assert _rests("A man was shot last week on Elm Street, police said.") == "week or weekend"
    # nothing stated: the report's own day stands in
    assert _rests("A man was shot on Elm Street, police said.") == "publication day, nothing in text"
    # the page's own stamp, the only date the report gives
    assert _rests("Posted March 12, 2016 - A man was shot on Elm Street, police said.") == "dateline or page stamp"
    # a near miss of the stamp: the same date told as the shooting's
    assert _rests("The March 12, 2016 shooting on Elm Street left a man hurt.") == "month-day-year"
    assert rests_on(None, []) == "no date"
    assert rests_on(DateSpan(None, None), []) == "no date"


def test_days_published_after_our_date():
    assert published_after(DateSpan(SAT, SAT, "day"), SAT) == "0"
    assert published_after(DateSpan(SAT - dt.timedelta(days=1), SAT, "days"), SAT) == "1"
    assert published_after(DateSpan(SAT - dt.timedelta(days=40), SAT, "day"), SAT) == "31+"
    assert published_after(DateSpan(SAT + dt.timedelta(days=1), None, "day"), SAT) == "before our date"
    assert published_after(DateSpan(SAT, SAT, "day"), None) == "no date"


def test_date_score_of_a_document():
    def pm(start, end=None):
        return Mention(report_id="r", index=0, start=0, end=1, title=None, event_type=None, sub_event_type=None,
                       date=DateSpan(start, end or start, "day"), place=None)
    assert date_score(pm(SAT), SAT) == (True, True, None)
    assert date_score(pm(SAT + dt.timedelta(days=1)), SAT) == (False, True, None)
    assert date_score(pm(SAT + dt.timedelta(days=3)), SAT) == (False, False, "ours later by 2-30 days")
    assert date_score(pm(SAT + dt.timedelta(days=31)), SAT) == (False, False, "ours later by more than a month")
    assert date_score(pm(SAT - dt.timedelta(days=2)), SAT) == (False, False, "ours earlier")
    assert date_score(pm(None), SAT) == (False, False, "no date")
    assert date_score(None, SAT) == (False, False, "no mention")


def test_features_of_a_document():
    text = "SPRINGFIELD, Ill. — A man was shot Thursday night on Elm Street, police said."
    ours = incident_date(text, SAT)
    thu = DateSpan(dt.date(2016, 3, 10), dt.date(2016, 3, 10), "day")
    f = features(ours, text, "Man shot on Elm Street - Springfield Daily News", SAT, [thu, DateSpan(SAT, SAT, "day")],
                 DateSpan(thu.start, thu.end), "ours later by 2-30 days")
    assert ours == DateSpan(thu.start, thu.end, "day", "Thursday night")
    assert f == {"date rests on": "weekday name", "precision of our date": "day", "days published after our date": "2-6",
                 "report length (chars)": "<1,000", "report has a dateline or page stamp": "dateline",
                 "weekday of publication": "Saturday", "outlet in the headline": "springfield daily news",
                 "reports of our incident": "3-4", "our incident's reports disagree on the day": "yes",
                 "our incident's date vs the document's": "same", "error kind": "ours later by 2-30 days"}
    # our incident dated by its other reports a day later than this one's
    assert features(ours, text, None, SAT, [], DateSpan(SAT, SAT), None)["our incident's date vs the document's"] == "differs"
    # a lone report with no incident: no dateline, no stamp, no error
    lone = features(None, "A man was shot.", None, None, [], None, None)
    assert lone["our incident's reports disagree on the day"] == "no incident"
    assert lone["report has a dateline or page stamp"] == "neither"
    assert lone["weekday of publication"] == "no publication date" and lone["error kind"] == "within one day"
    # one report of its incident, whose date is the incident's
    one = features(ours, text, None, SAT, [], DateSpan(ours.start, ours.end), None)
    assert one["our incident's reports disagree on the day"] == "one report"
    assert one["our incident's date vs the document's"] == "same" and one["reports of our incident"] == "1"


def test_profile_counts_and_hides_small_cells(capsys):
    rows = ([({"precision": "day"}, True, True, None)] * 4 + [({"precision": "day"}, False, False, "ours earlier")]
            + [({"precision": "day"}, False, False, "ours later by 2-30 days")] + [({"precision": "week"}, False, True, None)] * 3)
    table = profile(rows)
    assert table[("precision", "day")] == {"n": 6, "exact": 4, "near": 4, "later": 1, "earlier": 1}
    assert table[("precision", "week")] == {"n": 3, "exact": 0, "near": 3, "later": 0, "earlier": 0}
    print_profiles({"dev": table, "heldout": profile([({"precision": "day"}, True, True, None)] * 2)})
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert "dev" in lines[0] and "heldout" in lines[0]
    # six documents: shown with their shares; held-out's two are hidden; the cell of three is left out altogether
    line = next(x for x in lines if x.startswith("precision / day"))
    assert "n=   6 exact  67% ±1d  67% later 17% earlier 17%" in line and "n<5" in line and "n=   2" not in line
    assert "precision / week" not in out
