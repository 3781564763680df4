"""Linking, fourteenth round: how far back a follow-up reaches.

A report whose headline tells a later development of an incident (a sentencing, a trial, a plea, an
indictment, a funeral or a vigil, an anniversary, a lawsuit) and that names one person of the incident in
full, in the same town, reaches as far back as a trial (``TRIAL_DAYS``): the person and the town together
are one case.  Without such a headline, or in another town, one shared name still reaches no further than
``FOLLOW_UP_DAYS`` (a namesake is likelier than a case a year old).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from eventdesk import DateSpan, Mention, Place, Report
from eventdesk.link import FOLLOW_UP_DAYS, TRIAL_DAYS, aggregate, reads_as_follow_up, score, window

KW = dict(window_days=4, max_km=40.0)
THRESHOLD = 0.55

# invented towns with real-looking coordinates
MILLBROOK = Place("Millbrook", "Ohio", "United States", "US", 40.10, -82.90, "city")
HARLAN = Place("Harlan", "Ohio", "United States", "US", 40.15, -82.80, "city")  # about 10 km away
CORWIN = Place("Corwin", "Ohio", "United States", "US", 39.60, -83.50, "city")  # about 75 km away

SHOOTING = dt.date(2021, 3, 14)
LATER = dt.date(2021, 11, 2)  # about eight months on: past the follow-up days, inside a trial's reach


def _mention(report, place, keywords, day, title="t"):
    return Mention(report, 0, 0, 10, title, "Violence against civilians", "Attack", DateSpan(day, day, "day"),
                   place, (), (), day, None, tuple(keywords))


def _incident(place, keywords, day=SHOOTING, title="Man shot dead outside bar"):
    return aggregate("inc-1", [_mention("a", place, keywords, day, title)], None, None)


def test_court_and_mourning_headlines_read_as_follow_ups():
    for title in ("Millbrook man sentenced to 30 years for 2021 killing", "Jury finds Lyle Dorn guilty of murder",
                  "Suspect pleads not guilty in bar shooting", "Funeral held for teen killed in drive-by",
                  "Vigil marks one year since Corwin shooting", "Family files lawsuit over fatal shooting",
                  "Grand jury indictment in March killing"):
        assert reads_as_follow_up(title), title


def test_headlines_of_the_shooting_itself_do_not():
    for title in ("Man shot dead outside Millbrook bar", "Two wounded in overnight shooting", None, "",
                  "Police seek gunman after teen is shot"):
        assert not reads_as_follow_up(title), title


def test_a_sentencing_naming_the_victim_in_the_same_town_joins_months_later():
    inc = _incident(MILLBROOK, ["p:nolan brisk"])
    m = _mention("b", HARLAN, ["p:nolan brisk", "p:judge ortiz"], LATER, "Harlan man sentenced in death of Nolan Brisk")
    assert (LATER - SHOOTING).days > FOLLOW_UP_DAYS
    result = score(m, inc, **KW)
    assert result is not None and result[0] >= THRESHOLD and "follow-up" in result[1]


def test_the_incidents_headline_may_be_the_follow_up_stored_first():
    inc = _incident(MILLBROOK, ["p:nolan brisk"], LATER, "Harlan man sentenced in death of Nolan Brisk")
    m = _mention("b", MILLBROOK, ["p:nolan brisk"], SHOOTING, "Man shot dead outside bar")
    assert score(m, inc, **KW) is not None


def test_one_shared_name_without_a_follow_up_headline_stays_apart_months_later():
    inc = _incident(MILLBROOK, ["p:nolan brisk"])
    m = _mention("b", HARLAN, ["p:nolan brisk"], LATER, "Man shot in Harlan parking lot")
    assert score(m, inc, **KW) is None


def test_a_follow_up_headline_with_the_name_in_another_town_stays_apart():
    # a common name on a court story seventy kilometres away: a namesake, not the case
    inc = _incident(MILLBROOK, ["p:michael johnson"])
    m = _mention("b", CORWIN, ["p:michael johnson"], LATER, "Corwin man sentenced for armed robbery")
    assert score(m, inc, **KW) is None


def test_a_follow_up_headline_reaches_no_further_than_a_trial():
    inc = _incident(MILLBROOK, ["p:nolan brisk"])
    late = SHOOTING + dt.timedelta(days=TRIAL_DAYS + 10)
    assert score(_mention("b", MILLBROOK, ["p:nolan brisk"], late, "Killer of Nolan Brisk sentenced"), inc, **KW) is None


def test_window_reaches_a_trial_back_for_a_follow_up_headline_naming_a_person():
    m = _mention("b", HARLAN, ["p:nolan brisk"], LATER, "Harlan man sentenced in death of Nolan Brisk")
    lo, hi = window(m, 4)
    assert (LATER - lo).days == TRIAL_DAYS == (hi - LATER).days
    # the same person under a headline of a shooting: the follow-up days only
    lo, _ = window(dataclasses.replace(m, title="Man shot in Harlan"), 4)
    assert (LATER - lo).days == FOLLOW_UP_DAYS
    # a follow-up headline naming nobody in full widens nothing
    lo, _ = window(dataclasses.replace(m, keywords=("p:brisk",)), 4)
    assert (LATER - lo).days == 4


def test_ledger_joins_a_sentencing_eight_months_on_and_keeps_a_namesake_apart(ledger):
    ledger.ingest_reports([
        Report(id="shooting", title="Man shot dead outside Dayton bar",
               text="DAYTON, Ohio — Police identified the victim as Tremaine Whitlock, 27, of Dayton. He was shot "
                    "and killed outside a bar on Salem Avenue early Sunday. No arrest has been made.",
               published=dt.date(2021, 3, 15), outlet="first"),
        Report(id="other", title="Man wounded in Toledo shooting",
               text="TOLEDO, Ohio — Marcus Hale, 40, was shot in the leg Friday night outside a store on Dorr "
                    "Street, Toledo police said.",
               published=dt.date(2021, 10, 30), outlet="second"),
        Report(id="sentencing", title="Dayton man sentenced to life in killing of Tremaine Whitlock",
               text="DAYTON, Ohio — A Dayton man was sentenced to life in prison on Tuesday for the murder of "
                    "Tremaine Whitlock, who was shot outside a bar in March.",
               published=dt.date(2021, 11, 9), outlet="third"),
        Report(id="namesake", title="Toledo man sentenced for burglary spree",
               text="TOLEDO, Ohio — Police identified the man as Tremaine Whitlock, 35, of Toledo. He was sentenced "
                    "Wednesday to eight years for a string of burglaries in which a man was shot.",
               published=dt.date(2021, 11, 10), outlet="fourth"),
    ])
    sentencing = ledger.store.report_mentions("sentencing")
    shooting = ledger.store.report_mentions("shooting")
    namesake = ledger.store.report_mentions("namesake")
    assert "p:tremaine whitlock" in sentencing[0].keywords and "p:tremaine whitlock" in namesake[0].keywords
    inc_of = lambda rid, ms: ledger.store.mention_incident(rid, ms[0].index)
    assert inc_of("sentencing", sentencing) == inc_of("shooting", shooting)
    assert inc_of("namesake", namesake) != inc_of("shooting", shooting)
