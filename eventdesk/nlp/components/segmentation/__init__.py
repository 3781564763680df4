"""Segmentation: which sentences tell which incident, and which are background.

A report is cut into segments, one per incident it tells:

1. A sentence is *background* when it speaks of another time ("last year",
   "in 2019", "since 2014", "at its height", "remain in detention", "over the
   past decade") or of an earlier date than the report's incident window, when
   it names a past year compared with ("the most killings since 2007, when 28 were
   killed"), when it is a link to another story ("Related: ...", "Also read: ...", a line of a list of links
   that ``sentences`` marks), when it
   asks a question ("What if he had attacked one of the kids?"), or when it tells a statistic: a rate ("Every
   month, an average of 50 women are shot to death", "300 people a year", "100 Americans every day"), a count's
   definition ("any shooting in which four or more people were shot"), a total over "such shootings", a tally of
   part of a year ("in the first five months", "in the same period") or a share ("rose 18 percent").
   Its numbers are context, never claims about this incident.
   After the lead (the first sentence with a claim), a sentence is also background when it
   tells another, earlier incident in passing: with a cue of an earlier time ("Last weekend,
   ...", "Earlier this month, ...", "in a previous shooting", "Two weeks ago"), a date before
   the lead's ("On March 3, a 19-year-old was killed"), a date the lead does not name after a
   tally ("It was the third shooting this week. On Monday, two men were wounded"), a bare "Earlier," after one
   ("It was the second officer-involved shooting Sunday. Earlier, two teenagers were wounded"), or a past
   trial or conviction ("In that trial, a man was convicted of killing two people") when the
   lead is no court story; so is the sentence right after one of these that goes on about it
   ("Three other people were wounded").  So is a sentence after the lead that opens on a later time and tells
   someone hurt ("The following day, a woman was wounded in a shooting at a gathering in his memory", "Three weeks
   after the party, his cousin was shot and killed").  A sentence that tells of a death ("On Monday, the second victim
   died") or names this incident ("in the shooting") stays this incident's, and a separate
   incident told as such ("In a separate shooting, a woman was killed Saturday") stays a
   segment of its own (rule 2) unless a time cue or a calendar date says it is past.  Outside a court story, a
   calendar date weeks before the lead's ("three men were shot in March", "in May two women were shot; one of them
   died a week later") makes its sentence another incident's even where it tells a death or names "the shooting"; a
   list item's label ("- June 30: A 16-year-old boy was shot") dates the sentence cut from it.  Inside a quotation, a
   speaker's memories ("I've seen five people get shot on this street") hold no figure of the incident.
2. A new segment starts at a sentence that opens with a separation cue
   ("Separately,", "Elsewhere", "In a separate attack", "In an unrelated case", "In neighbouring
   Nigeria"), that holds one ("... were shot in another shooting", "There
   were two other shootings ...") or that begins a paragraph naming another country than the
   segment so far, provided the sentence tells of violence.  So does a sentence that brings in another incident
   by its rank ("The second shooting happened around 11 p.m.", "Police said another shooting happened around
   4 a.m.") or, once the segment has told its dead or hurt, by a shift in time to someone new who is hurt
   ("Earlier Sunday, a 40-year-old bystander was shot", "About two hours later, a 19-year-old man was shot", a woman
   shot "across town").  So does a later story of a page of several whose stories open on datelines (``sentences``:
   a line that opens on a dateline); that story's headline line is background, its own sentences telling its figures
   again.  After that, a
   sentence with figures that goes back to the first incident ("The four victims from the afternoon shooting ...")
   is background, and a death or an update of a victim the first incident told, by age or surname ("The 16-year-old
   died Monday"), is that incident's.
   In a roundup (a total over several shootings, "In other shootings:"), a segment that has told its dead or hurt
   also ends where a sentence opens with a clock time ("At 1:40 a.m. Monday, a man was shot"), names another block
   ("in the 5600 block of South Bishop Street") or tells someone new hurt at a time of their own ("Another man was
   shot dead Saturday afternoon").  The roundup's total is then background: its figures are no one incident's;
   a total that no list follows stays the report's figure.
   A sentence that opens on the place or name of an earlier segment's incident, which the segment so far does not
   tell ("In the Larkspur Road shooting, a second man was also wounded", "Back on Quill Avenue, ..."), goes back to
   that incident: its claims are that segment's (``user_data["rejoined"]``, which ``records`` reads).
3. A report whose lead tells a lawsuit, a vigil or a memorial for the dead of a massacre its readers know
   ("Relatives of the nine people killed in the church massacre filed a lawsuit on Monday") tells no incident:
   the lead, a headline of the same news and every later sentence without a date of its own are background.  So
   does a lead that marks the time since a past shooting before it tells any hurt ("gathered Saturday to mark one
   year since a gunman opened fire at a party, killing four people").
4. After the lead, a sentence that tells figures of elsewhere is background (``_figures_of_elsewhere``): a tally
   over a place and a stretch of time ("In all, 12 people were killed and 51 wounded in the city during the month",
   "at least 62 people had been shot, according to a count kept by the newspaper", "the city has had 14 homicides
   this year, and 48 people have been wounded", "We had nineteen people shot in four days in this city", "He was the
   seventh officer shot in the line of duty this year"), a mass shooting its readers know by name that the lead does
   not tell ("the shooting in Las Vegas, in which 58 concertgoers were killed"), and a sentence right after such a
   tally that breaks it down ("Of those, 31 have died", "27 of the 100 had died"), unless the sentence compares
   this incident with that shooting ("14 dead, the deadliest mass shooting since Sandy Hook"), whose figures before
   the comparison are this incident's.  A sentence that goes on about an earlier incident a sentence without figures
   recalled ("a memorial for a man killed at the same complex in March ... In that shooting, three were shot and
   one died") is background too (see ``_earlier_incidents``).
5. A past year does not make background a court story's lead that dates by it the killing by gunfire the court
   tries ("was sentenced Thursday for the 2014 shooting death of ...": the report's incident, whatever its year), nor
   the later sentences dated by that year alone (``_tried_incident_told``); nor, up to the lead, a sentence whose
   year dates a clause of no violence ("who joined the force in 2015") or a place's history ("the same corner where
   two men were killed in 2009") (``_years_date_no_violence``).
6. Segments that tell of no violence (no claim, no attack word) are dropped
   later, when records are made.

The package's modules, each owning one thing, imported one way only (each from those before it): ``background``
(``is_background``: a sentence's own words of another time, a statistic, a link, a question), ``separators`` (the
cues that start a segment, ``VIOLENCE``), ``lead`` (the lead and a sentence's dates), ``earlier`` (earlier and later
incidents told after the lead), ``openers`` (``Segment``, what opens one or goes back to one), ``past_years`` (a
tried killing's year, a year of no violence), ``remembrances`` (anniversaries, lawsuits, vigils), ``elsewhere``
(figures of elsewhere), ``memories`` (a speaker's memories), ``dismissals`` and ``component`` (the factory
``eventdesk_segments``, ``Segmenter``, ``_country_names``).
"""

from __future__ import annotations

from .background import (
    BACKGROUND, COMPARATIVE, LINK, PAST_COMPARED, QUESTION, STATISTIC, YEAR, _ADDRESS_AFTER, is_background,
)
from .component import Segmenter, _countries, _country_names, _has_claims, _segment, _sentences_at, make_segments
from .dismissals import DISMISS, LONG_AFTER, REPORTING, WORKER, _dismissals, _names_an_earlier_date, _tells_a_dismissal
from .earlier import (
    BARE_EARLIER, COURT, COURT_NEWS, DEATH, EARLIER, GOES_ON, LATER, LIST_LABEL, PERSONS_NOT_TOLD, TALLY, THAT_INCIDENT,
    THIS_INCIDENT, THIS_INCIDENT_BEFORE, _dated_weeks_before, _earlier_incidents, _later_incidents,
    _recalls_earlier_violence, _with_list_label,
)
from .elsewhere import (
    KNOWN_MASS_SHOOTING, PERIOD_TALLY, TALLY_BREAKDOWN, _MASSACRE_CITY, _MASSACRE_PLACE, _TOLL_NOUNS, _compared_with,
    _figures_of_elsewhere, _massacre_key,
)
from .lead import _dates, _lead
from .memories import FIRST_PERSON, LIVED_THROUGH, QUOTATION, _quoted_memories
from .openers import (
    IN_A_TOWN, Segment, _Told, _blocks, _elsewhere_then, _goes_back_to, _listed_totals, _opens_in_another_town,
    _opens_incident, _opens_listed_incident, _outcome_of_an_earlier_victim, _words,
)
from .past_years import (
    _ACT_LEMMAS, _COURT_LEMMAS, _FRESH, _GUNFIRE, _a_fresh_hurt_after, _a_place_history, _a_quiet_clause, _clause_verb,
    _court_word, _dates_a_tried_act, _on_the_main_line, _past_years, _tells_a_record, _tried_incident_told,
    _years_date_no_violence,
)
from .remembrances import (
    ANNIVERSARY, KNOWN_MASSACRE, MASSACRE, RECENT, REMEMBRANCE, _HURT_WORDS, _MASSACRE_WORDS, _anniversaries,
    _remembrances,
)
from .separators import (
    AT_A_HOSPITAL, AWAY, BLOCK, CLOCK_OPENER, ENUMERATED, GOES_BACK, GUNFIRE, HOURS_SHIFT, HURT, LISTED_VICTIM,
    NAME_WORD, OTHERS_FOLLOW, REJOIN_OPENER, ROUNDUP, SEPARATOR, SEPARATOR_INSIDE, SOMEONE_NEW, TIME_OF_DAY, TIME_SHIFT,
    TOLD_LATE, VIOLENCE,
)

__all__ = [
    "ANNIVERSARY", "AT_A_HOSPITAL", "AWAY", "BACKGROUND", "BARE_EARLIER", "BLOCK", "CLOCK_OPENER", "COMPARATIVE",
    "COURT", "COURT_NEWS", "DEATH", "DISMISS", "EARLIER", "ENUMERATED", "FIRST_PERSON", "GOES_BACK", "GOES_ON",
    "GUNFIRE", "HOURS_SHIFT", "HURT", "IN_A_TOWN", "KNOWN_MASSACRE", "KNOWN_MASS_SHOOTING", "LATER", "LINK",
    "LISTED_VICTIM", "LIST_LABEL", "LIVED_THROUGH", "LONG_AFTER", "MASSACRE", "NAME_WORD", "OTHERS_FOLLOW",
    "PAST_COMPARED", "PERIOD_TALLY", "PERSONS_NOT_TOLD", "QUESTION", "QUOTATION", "RECENT", "REJOIN_OPENER",
    "REMEMBRANCE", "REPORTING", "ROUNDUP", "SEPARATOR", "SEPARATOR_INSIDE", "SOMEONE_NEW", "STATISTIC", "Segment",
    "Segmenter", "TALLY", "TALLY_BREAKDOWN", "THAT_INCIDENT", "THIS_INCIDENT", "THIS_INCIDENT_BEFORE", "TIME_OF_DAY",
    "TIME_SHIFT", "TOLD_LATE", "VIOLENCE", "WORKER", "YEAR", "is_background", "make_segments",
]
