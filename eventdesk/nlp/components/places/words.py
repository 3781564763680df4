"""The word lists, patterns and weights that more than one module of the package reads.

Each list lives here only because two stages need the same answer (what a county's name looks like, how
much a banner's or a passing name weighs); a list one stage alone reads lives beside that stage.
"""

from __future__ import annotations

import re

from ....dateline import postal_dateline
from ....geo.outlets import US_POSTAL

_LABELS = ("GPE", "LOC", "FAC")
_HEAD_CHARS = 600
_PASSING_WEIGHT = 1.0  # a name in a sentence that does not tell the incident
# "in south suburban Dolton", "in the suburb of Holladay" under a big city's dateline: the suburb is the scene,
# over the city the story was filed from (and a body's "in Chicago", which weighs a tie-breaker more)
_SUBURB_BONUS = 0.2
_IN_BONUS = 0.1  # a tie-breaker among names of equally weighty sentences: "shot in Madera"
# "at a home south of Checotah": a small town the scene is placed by lies within a few miles of it, and says more
# than a home town said in passing ("of Muskogee"); a big city's ("west of Phoenix") only says the region
_LANDMARK_TOWN_WEIGHT = 1.1
_LANDMARK_TOWN_POP = 100_000
_HAMLET_POP = 5_000  # a town this small elsewhere is less likely meant than a big city's neighbourhood of its name
# "Charleston, SC |", "BAY MINETTE, AL-": a postal code after a town, near the top.
_POSTAL = postal_dateline(US_POSTAL)
# One word of a county's name: a saint's ("St. Clair", "Ste. Genevieve"), a name with an inner capital ("DeKalb",
# "McLennan", "DuPage", "O'Brien") and a possessive ("Prince George's", "St. Mary's") as well as a plain word.  Cut
# at the first capital, "the St. Clair County Coroner" named "Clair County", a county no state has, and the
# county's cue to the state was lost.
_COUNTY_NAME_WORD = r"(?:(?:St|Ste|Mt|Ft)\.\s)?(?:Mc|Mac|De|Du|La|Le|O['’])?[A-Z][a-z]+(?:['’]s)?"
# "Marion Co." is the county too, as small papers and police blotters write it; a company's "Co." ("the Acme Co.")
# names no county the gazetteer has, and so says nothing.
_COUNTY = re.compile(rf"(?<![\w.])(?:{_COUNTY_NAME_WORD})(?:\s{_COUNTY_NAME_WORD})?\s(?:County\b|Parish\b|Co\.)")
_HYPHENS = {"-", "–"}
# The side or part of a town a name may start with ("North Charleston" against "Charleston", "downtown Dayton").
_SIDES = "north|south|east|west|northeast|northwest|southeast|southwest|central|downtown"
# A station's page banner, "Live5News.com | Charleston, SC | News, Weather, Sports": the outlet's home town,
# not the scene (the story may be "MILWAUKEE (AP)" on a La Crosse station's page).
_BANNER = re.compile(r"[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3}\s*,\s*[A-Z]{2}\s*[-–—|]\s*News\b")
_BANNER_WEIGHT = 0.3
# a state put beside a county's name only to say which of its namesakes is meant, too faint to win on its own
_STATE_HINT_WEIGHT = 0.1
# State names shared with countries or people do not make a report American on their own.
_AMBIGUOUS_STATES = {"georgia", "washington"}


# "He had moved from Georgia", "moved to Columbus from Georgia", "a native of Illinois", "grew up in Tennessee",
# "formerly of Maine", "originally from Minnesota", "a Maine native", "had lived in Miami County", "a Mexico-born
# farmworker": a place named as a person's past, read in the words just before it (or after it).  A state, a country
# or a county so named says nothing of where the scene is, while a state or a county the report names otherwise weighs
# on which namesake its town is; a town so named says the region only faintly.  (Read by the tagged names' roles and
# by the counties read off the text.)
_PAST_BEFORE = re.compile(r"(?i)(?:\b(?:moved|relocated|came)(?:\s+(?!from\b)[\w.'’-]+){0,3}?\s+from"
                          r"|\b(?:hails|hailed|transplanted)\s+from|\b(?:formerly|originally|natives?)\s+of"
                          r"|\boriginally\s+from|\b(?:grew\s+up|raised|born)\s+in"
                          r"|\b(?:had|previously|once)\s+lived\s+in|\bused\s+to\s+live\s+in)\s+"
                          # ... and the state after the town so named: "grew up in Memphis, Tennessee"
                          r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s+)?$")
_PAST_AFTER = re.compile(r"\s+(?:native|natives|transplant|transplants)\b|[-‐–]born\b")
_PAST_REACH = 50


def past_said(text: str, start_char: int, end_char: int) -> bool:
    """Whether the name at ``start_char:end_char`` of ``text`` is told as someone's past ("moved from Georgia", "grew
    up in Memphis", "a Maine native")."""
    return (_PAST_BEFORE.search(text[max(0, start_char - _PAST_REACH):start_char]) is not None
            or _PAST_AFTER.match(text[end_char:end_char + _PAST_REACH]) is not None)
