"""Linking, thirteenth round: evidence that outweighs a wrong date, place or type.

- A trial report naming two people of the incident in full (the defendant and the victim) reaches as far
  back as one naming a person and a telling street: two names are one case, one may be a namesake.
"""

from __future__ import annotations

import datetime as dt

from eventdesk import DateSpan, Mention, Place
from eventdesk.link import FOLLOW_UP_DAYS, TRIAL_DAYS, aggregate, score, window

KW = dict(window_days=4, max_km=40.0)
THRESHOLD = 0.55

# invented towns with real-looking coordinates
ASHFORD = Place("Ashford", "Iowa", "United States", "US", 41.60, -93.60, "city")
KELLOGG = Place("Kellogg", "Iowa", "United States", "US", 41.70, -93.45, "city")  # about 16 km away

SHOOTING = dt.date(2021, 3, 14)
SENTENCING = dt.date(2022, 9, 2)  # a year and a half later


def _mention(report, place, keywords=(), day=SHOOTING, sub="Attack", etype="Violence against civilians"):
    return Mention(report, 0, 0, 10, "t", etype, sub, DateSpan(day, day, "day"), place, (), (), day, None,
                   tuple(keywords))


def _incident(place, keywords=(), day=SHOOTING, sub="Attack", etype="Violence against civilians"):
    return aggregate("inc-1", [_mention("a", place, keywords, day, sub, etype)], None, None)


# -- a trial naming two people of the incident ------------------------------------------------------

def test_a_sentencing_naming_the_defendant_and_the_victim_joins_the_shooting_months_before():
    # "Corey Vance was sentenced Friday for the death of Nolan Brisk, shot outside a Kellogg bar last year"
    inc = _incident(ASHFORD, ["p:corey vance", "p:nolan brisk"])
    s, reason = score(_mention("b", KELLOGG, ["p:corey vance", "p:nolan brisk", "p:judy hale"], SENTENCING), inc, **KW)
    assert s >= THRESHOLD and "follow-up" in reason and "same people: corey vance, nolan brisk" in reason


def test_a_sentencing_sharing_one_person_only_stays_apart_past_the_follow_up_days():
    inc = _incident(ASHFORD, ["p:corey vance", "p:nolan brisk"])
    assert score(_mention("b", KELLOGG, ["p:corey vance", "p:mara lyle"], SENTENCING), inc, **KW) is None
    # two years and more is past any trial
    late = SHOOTING + dt.timedelta(days=TRIAL_DAYS + 10)
    assert score(_mention("b", KELLOGG, ["p:corey vance", "p:nolan brisk"], late), inc, **KW) is None


def test_window_reaches_two_years_for_two_people_named_in_full():
    lo, hi = window(_mention("b", KELLOGG, ["p:corey vance", "p:nolan brisk"], SENTENCING), 4)
    assert (SENTENCING - lo).days == TRIAL_DAYS == (hi - SENTENCING).days
    # one person in full and a lone surname: a follow-up, not yet a trial
    lo, _ = window(_mention("b", KELLOGG, ["p:corey vance", "p:brisk"], SENTENCING), 4)
    assert (SENTENCING - lo).days == FOLLOW_UP_DAYS
