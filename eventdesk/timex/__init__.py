"""Date expressions in report text, resolved against the report's date.

``find_timexes`` finds the common shapes news copy uses with compiled regexes
and resolves them itself; ``dateparser`` is only consulted for the odd
"<words> ago" phrase the regexes do not understand ("a fortnight ago"), and for
phrases handed to ``resolve_relative`` that no regex recognises.  This keeps
the module far cheaper than a parse and keeps the news conventions under our
control, where dateparser's own choices differ (it takes a bare "Friday" in a
report dated Friday to mean the week before).

Conventions (news style, the anchor being the report's date):

* a weekday may be abbreviated with its stop ("Tues. night", "early Sun.");
* a bare weekday is the most recent such day on or before the anchor (the
  anchor's own weekday is the anchor day); with a future cue in the few words
  before it ("will meet on Friday", "next Friday"), or after an occasion's noun with a future verb after it ("A
  car wash on Saturday will raise money"), it is on or after it; an
  incident's bare weekday that would come after a later event's ("died Sunday
  ... shot Tuesday" in a Wednesday report) is the week before's;
* a month-day without a year is the most recent such day on or before the
  anchor plus one day (datelines and events straddle timezones); future cues
  flip it forward as for weekdays, and so does a court day, a service or a
  birthday named up to 90 days ahead ("is due in court Sept. 21" in a report
  of Sept. 14 is next week's, not last year's);
* a holiday is its latest date on or before the anchor plus one day, or the
  year its occasion is told in ("a New Year's Eve party in 2014"); an eve
  whose segment puts the shots just after midnight is the next day;
* "overnight" / "last night" span anchor-1 .. anchor with precision "days";
  a clock time the segment gives picks the side of midnight ("overnight ...
  around 1:30 a.m." is the anchor day, "last night about 10 p.m." the day
  before); a segment with no date at all but a morning clock time is the
  anchor day (the report of an early-morning shooting is that day's);
* "last week" is the previous Monday..Sunday;
* a relative date in a video caption or an embedded post that carries its
  own stamp ("(Published Wednesday, Nov. 30, 2016)") is resolved against
  that stamp, not the page's date;
* without an anchor only expressions carrying their own year resolve.

The package's modules, each owning one thing: ``vocabulary`` (the words, the compiled patterns and the ``Timex``
record), ``calendar_days`` (calendar helpers), ``rules`` (a pattern's match into a date span), ``fallback``
(dateparser), ``find`` (``find_timexes``, ``resolve_relative``, captions' stamps), ``roles`` (``date_role``: what a
date in a report is the date of) and ``incident`` (``incident_date``, ``headline_day``, the side-of-midnight helpers
and ``anchor_from_text``).
"""

from __future__ import annotations

from ..dateline import in_dateline
from .find import _KEPT_MAX_CHARS, _kept_rule_matches, _rule_matches, find_timexes, resolve_relative
from .incident import anchor_from_text, headline_day, incident_date
from .roles import date_role
from .vocabulary import Timex

__all__ = ["Timex", "anchor_from_text", "find_timexes", "incident_date", "resolve_relative"]
