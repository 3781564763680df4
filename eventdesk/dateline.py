"""What a dateline looks like: the one owner of its patterns.

A dateline opens a report with the place it was filed from, often the state, the outlet and the day, then a
dash: "CLEVELAND —", "SPRINGFIELD, Ill. (AP) —", "BAGHDAD, May 3 (Reuters) -", "PESHAWAR:".  Several readers
need it, each for its own purpose, and each reads it a little differently; the differences live here, side by
side, as named variants built from named pieces (the town, the state, the outlet, the dash):

* ``TOP_DATELINE`` (``ingest.dateline``): the dateline that opens the report's first paragraph, read for its
  town, its regions, its month-day and its agency;
* ``HEAD_DATELINE`` (``nlp.components.places.dateline``): a dateline found in the first lines behind web-page
  debris, read for its town and state (``head_dateline_town`` says whether a match is one);
* ``CITY_STATE`` (``geo.resolve``): a "City, State" string already cut out, split into its two names
  (``split_city_state``);
* ``in_dateline`` (``timex``): whether a date stands in a dateline ("CHICAGO, Oct. 17 (Reuters) -"), so that
  it is the report's day, not the incident's;
* ``INLINE_DATELINE`` and ``DATELINE_DASHES`` (``nlp.components.sentences``): a dateline glued into a
  paragraph of links, where the story begins again, and the tokens that end a dateline on its own line (which
  ``nlp.components.casualties.parts`` reads too: a part of a whole just after a dateline's dash opens its sentence);
* ``postal_dateline`` (``nlp.components.places``): a town and its postal state near the top, in a page's own
  style of dateline or banner ("(Cincinnati, OH)--", "BAY MINETTE, AL-", "Charleston, SC |");
* ``LINE_DATELINE`` (``nlp.components.sentences``): a dateline that opens a later line of a page of several
  stories, where the next story begins ("HAMMOND, Ind. — A man was wounded ...").

The module sits at the package's top, beside ``timex``, and imports nothing of the package: ingest, geo,
timex and the nlp components all read it without loading another layer (``ingest`` would load the HTML and
WARC readers, ``nlp`` spaCy).  Where two readers differ on purpose the comment on the variant says why.  Where
they differ by accident (the outlet's length, which capitals and labels count) each keeps its own reading, as it
had before this module gathered them: unifying them changes behaviour and is a change of its own, to be measured.
"""

from __future__ import annotations

import re

# -- the pieces -------------------------------------------------------------------------------------------------

# A dateline prints its town in capitals: a capital, then capitals, stops, apostrophes and hyphens
# ("ST. LOUIS", "COEUR D'ALENE", "WINSTON-SALEM").
_TOWN_CHARS = r"[A-Z'’.\-]"
# At the top of the prose one capital is a word ("A"); behind debris a word has two letters at least.
TOWN_WORD = rf"[A-Z]{_TOWN_CHARS}*"
HEAD_TOWN_WORD = rf"[A-Z]{_TOWN_CHARS}+"
# A region or state after the town, printed as a name ("Fla.", "New Mexico", "Iraq").
REGION_WORD = r"[A-Z][A-Za-z'’.\-]*"
# The wire's day: "May 3", "Oct. 17", "3 May".
MONTH_DAY = (
    r"(?P<m1>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\s+(?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)"
)
# An outlet in brackets of up to 30 characters on one line: "(AP)", "(Reuters)", "(KMOX/AP)".
OUTLET = r"\([^()\n]{1,30}\)"

# -- the dateline that opens the first paragraph (ingest) ------------------------------------------------------
# Matched at the start of the prose, so it may be long (five words of town, regions, the wire's day and year)
# and must end in a separator with room around it: a hyphen glued to a word ("SOUTH-WEST") is no dash, while
# a colon is one ("PESHAWAR: ..."), as South Asian outlets print it.
TOP_TOWN = rf"(?P<place>{TOWN_WORD}(?:[ ]{TOWN_WORD}){{0,4}})"
TOP_REGIONS = rf"(?P<regions>(?:[ \t]*,[ \t]*{REGION_WORD}(?:[ ]{REGION_WORD}){{0,3}})*?)"
TOP_DAY = rf"(?:[ \t]*,[ \t]*(?:{MONTH_DAY})(?:,?[ \t]+(?P<year>\d{{4}}))?)?"
TOP_AGENCY = r"[ \t]*(?:\([ \t]*(?P<agency>[A-Za-z][A-Za-z0-9 .&/\-]{0,30}?)[ \t]*\))?"
TOP_DASH = r"(?P<sep>[ \t]*[—–][ \t]*|[ \t]+--?[ \t]+|[ \t]*-[ \t]+|[ \t]*:[ \t]+)"
TOP_DATELINE = re.compile(rf"[ \t]*{TOP_TOWN}{TOP_REGIONS}{TOP_DAY}{TOP_AGENCY}{TOP_DASH}(?=\S)")
# The same dateline with its town in title case ("Salem, Ore. (AP) —", "Winston-Salem — "), as some sites and feeds
# print it.  Capitals no longer set the town apart from prose ("Springfield — a quiet town until Friday — ..."), so
# the dash must be a dash proper (no colon, no hyphen glued to a word) and the lead after it must open a sentence:
# a capital, a digit or a quote.
TITLE_TOWN_WORD = r"(?:(?:St|Ste|Mt|Ft)\.[ ])?(?:Mc|Mac|De|Du|La|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?"
TOP_TITLE_TOWN = rf"(?P<place>{TITLE_TOWN_WORD}(?:[ ]{TITLE_TOWN_WORD}){{0,3}})"
TOP_TITLE_DASH = r"(?P<sep>[ \t]*[—–][ \t]*|[ \t]+--?[ \t]+)"
TOP_TITLE_DATELINE = re.compile(
    rf"[ \t]*{TOP_TITLE_TOWN}{TOP_REGIONS}{TOP_DAY}{TOP_AGENCY}{TOP_TITLE_DASH}(?=[A-Z0-9\"“])")
# Title-case openers of a lead before a dash that are no town (besides the labels, title-cased): a byline
# ("By Jane Roe, Staff Writer MACON, Ga. —") is one.
TOP_TITLE_WORDS = frozenset(
    "POLICE AUTHORITIES OFFICERS DEPUTIES INVESTIGATORS DETECTIVES TROOPERS WITNESSES NEIGHBORS NEIGHBOURS FAMILY"
    " FRIENDS OFFICIALS PROSECUTORS EDITOR NOTE TODAY TONIGHT YESTERDAY MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY"
    " SATURDAY SUNDAY BY".split()
)
# All-caps openers of the prose that are labels, not places.
TOP_LABELS = frozenset(
    "UPDATE UPDATED BREAKING WARNING EXCLUSIVE ANALYSIS OPINION COMMENT CORRECTION EDITOR'S"
    " NOTE WATCH LIVE PHOTOS VIDEO FILE ADVISORY URGENT FLASH FACTBOX EXPLAINER".split()
)

# -- a dateline behind web-page debris in the first lines (places) ---------------------------------------------
# "... APOPKA, Fla. - ", "In ST. LOUIS (KMOX/AP) — ", "HARTFORD — ", or glued to a scraped title ("... | Fox
# 59INDIANAPOLIS, Ind. (Dec. 5) –": capitals after a small letter or digit).  It is searched for, not matched at
# a start, so the town is shorter, the dash may be a page's bullet, and ``head_dateline_town`` must still find
# a dateline's shape around a bare word.  The outlet may be longer: a page's bracket holds a date too.
HEAD_AFTER_DEBRIS = r"(?:^|(?<=[\s.:|•>)\]a-z0-9]))"
HEAD_TOWN = rf"(?P<city>{HEAD_TOWN_WORD}(?:[ ]{HEAD_TOWN_WORD}){{0,3}})"
HEAD_STATE = r"(?:\s*,\s*(?P<state>[A-Z][A-Za-z.]+(?:\s[A-Z][a-z.]+)?))?"
HEAD_AGENCY = r"\s*(?P<agency>\([^()\n]{1,40}\)\s*)?"
HEAD_DASH = r"(?:—|–|--?|•)"
HEAD_DATELINE = re.compile(rf"{HEAD_AFTER_DEBRIS}{HEAD_TOWN}{HEAD_STATE}{HEAD_AGENCY}{HEAD_DASH}")
# The capitals a page prints before a dash that are its furniture, not a town.
HEAD_LABELS = frozenset({
    "AP", "UPDATE", "UPDATED", "BREAKING", "NEWS", "VIDEO", "WATCH", "PHOTOS", "PHOTO", "CLOSE", "LIVE",
    "EXCLUSIVE", "FILE", "GALLERY", "RELATED", "MORE", "READ", "SHARE", "EMAIL", "PRINT", "POSTED", "PUBLISHED",
    "ADVERTISEMENT", "NEWLINE", "JUST IN", "LOCAL", "WEATHER", "SPORTS",
})
# "Man shot outside store\nCLARKSVILLE: A 27-year-old man ...": a dateline ending in a colon, as some sites print it
# on a line of its own below a headline, a kicker or a byline.  Only where the capitals open a line and a sentence
# follows (a capital, a digit or a quote), and where they are none of a page's labels: a colon follows far more
# labels than a dash does ("UPDATE:", "DATE:", "READ MORE:", a transcript's "REPORTER:").
HEAD_COLON_DATELINE = re.compile(rf"(?:^|(?<=\n))[ \t]*{HEAD_TOWN}{HEAD_STATE}{HEAD_AGENCY}:(?=[ \t]+[A-Z0-9\"“])")
_FORCE_INITIALS = re.compile(r"[A-Z]{1,4}PD")
HEAD_COLON_LABELS = frozenset({
    "DATE", "TIME", "WHEN", "WHERE", "WHAT", "WHO", "SOURCE", "SOURCES", "CREDIT", "CAPTION", "PICTURES", "NOTE",
    "EDITOR'S NOTE", "ALERT", "CORRECTION", "CLARIFICATION", "DEVELOPING", "TRENDING", "CRIME", "REPORTER", "ANCHOR",
    "FOR LIVE UPDATES", "TOP STORIES", "SPONSORED", "DISPUTE", "POLICE", "Q", "A",
})
# A page's update stamp runs into the dateline on one line ("Updated: 6:38 PM APOPKA, Fla. -", "UPDATED 5:02 PM
# CST TULSA, Okla. —"): the clock's capitals before the town are no part of it.  "MT" is left out: it opens
# "MT VERNON" where the stop is dropped.
HEAD_CLOCK_WORDS = frozenset(
    "AM PM A.M. P.M. ET CT PT EST EDT CST CDT MST MDT PST PDT AKST AKDT HST GMT UTC".split()
)

# -- a "City, State" string (geo) ------------------------------------------------------------------------------
# The string is already a dateline's place (or a caller's "City, State"), so the town is any run of words up to
# the comma, in any case, and the state runs to an outlet's bracket, a dash, a colon or the line's end.
CITY_STATE_END = r"(?:\(|—|–|\s-\s|:|\n|$)"
CITY_STATE = re.compile(rf"^\s*(?P<city>[^,()\n—–]+?)\s*,\s*(?P<qual>[^()\n—–]+?)\s*{CITY_STATE_END}")

# -- a date inside a dateline (timex) --------------------------------------------------------------------------
# "CHICAGO, Oct. 17 (Reuters) -", "DAYTON, Ohio, March 3 —", "HUNTSVILLE, Ala. (WXYZ) — Wednesday, Oct. 17 —":
# looking back from the date, a capitalised place at the start of a line (a state, an outlet), a comma or dash;
# looking on, an outlet and a dash.  The town may hold spaces and hyphens since only its start is anchored.
LINE_TOWN = r"(?:^|\n)\s*[A-Z][A-Z.'’ -]{2,}"
LINE_STATE = r"(?:,\s*[A-Z][A-Za-z.]{1,12}(?:\s[A-Z][a-z]+)?)?"
DATE_BEFORE = re.compile(rf"{LINE_TOWN}{LINE_STATE}(?:\s*{OUTLET})?\s*[,\-–—]\s*$")
DATE_AFTER = re.compile(rf"^\s*(?:{OUTLET}\s*)?[-–—]")
DATE_REACH = 70  # characters from the start of a line to the date: a place, a state, an outlet

# -- a dateline glued into a paragraph of links (sentences) ----------------------------------------------------
# "... Teen hurt in crash AKRON, Ohio — Three people were shot ...": anywhere in a line, so the town needs two
# capitals a word; a scraper's undecoded dash prints as "??".  (A photo's credit, "(Photo: Jane Roe, The Daily
# News)", is no link and no list: the story goes on after it.)  Capitals after an article are an organisation's
# initials, not a town: no dateline prints "the" before its town ("The FBI — which took over the case — said").
INLINE_DATELINE = re.compile(
    r"(?<![Tt]he )\b[A-Z]{2,}(?:[ .'-]+[A-Z]{2,}){0,3}(?:,(?:\s+[A-Z][A-Za-z.]*){1,2})?\s*(?:\([^()]{1,30}\)\s*)?(?:[—–]|--?\s|\?{2,})"
)
# The tokens that end a dateline standing on its own line ("NEWARK —"), or before the story's first words on its
# line ("CLEVELAND — One of the four ...").
DATELINE_DASHES = frozenset({"-", "–", "—", "--"})

# -- a dateline opening a later line of a page of several stories (sentences) --------------------------------------
# A news-in-brief column or a wire's "Nation in brief" opens each story with a dateline of its own: "HAMMOND, Ind. —
# A 23-year-old man ...", "PHOENIX (AP) — ...".  Matched at a line's start as the top one is, but with a dash
# proper: a colon follows a page's labels inside a story ("UPDATE: Police have identified ...", "ORIGINAL STORY:")
# far more often than a town there.  (No wire day: a brief's dateline carries none.)
LINE_DATELINE = re.compile(rf"[ \t]*{TOP_TOWN}{TOP_REGIONS}{TOP_AGENCY}{TOP_TITLE_DASH}(?=[A-Z0-9\"“])")

# -- a town and its postal state near the top (places) ---------------------------------------------------------
# "(Cincinnati, OH)--A man was ...", "BAY MINETTE, AL-", "Charleston, SC |": a page's own dateline or banner,
# searched for in the first lines.  The town is printed in any case, in one or two words, and the state is a
# postal code, which the caller gives (the codes are geography's, and this module imports nothing of the package).
POSTAL_TOWN = r"\b[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?,\s?"


# -- helpers ---------------------------------------------------------------------------------------------------

def names_a_town(caps: str, labels: frozenset[str], min_letters: int) -> bool:
    """Whether a dateline's capitals name a town: ``min_letters`` letters at least, and neither one of the
    ``labels`` nor opened by one ("UPDATE", "BREAKING NEWS")."""
    return sum(c.isalpha() for c in caps) >= min_letters and caps not in labels and caps.split()[0] not in labels


def head_dateline_town(m: re.Match[str]) -> str | None:
    """The town of a ``HEAD_DATELINE`` match that reads as a dateline, else None: a label ("UPDATED -") or a
    bare capitalised word before a dash with no state, outlet, space or stop (a headline's "BREAKING-") is not.
    An update stamp's clock before the town ("6:38 PM APOPKA") is dropped.  A ``HEAD_COLON_DATELINE`` match is one
    where its capitals are no label."""
    city = _without_clock(m["city"].strip(" .-"))
    if m.re is HEAD_COLON_DATELINE:
        # ... nor a police force's initials ("APD: One man ...")
        named = names_a_town(city, HEAD_LABELS | HEAD_COLON_LABELS | TOP_LABELS, 3) \
            and not _FORCE_INITIALS.fullmatch(city)
        return city if named else None
    if not names_a_town(city, HEAD_LABELS, 3):
        return None
    if not (m["state"] or m["agency"] or " " in m.group(0)[len(m["city"]):] or "." in city
            or _glued_lead(m) and names_a_town(city, TOP_LABELS, 3)):
        return None
    return city


def head_datelines(head: str):
    """The ``HEAD_DATELINE`` matches in a report's first lines, and among them, in their place, the
    ``HEAD_COLON_DATELINE`` matches whose capitals name a town (``head_dateline_town``): a colon's label ("UPDATE:")
    is no dateline's shape at all, and does not hide the dateline below it."""
    colons = [m for m in HEAD_COLON_DATELINE.finditer(head) if head_dateline_town(m) is not None]
    return iter(sorted([*HEAD_DATELINE.finditer(head), *colons], key=lambda m: m.start("city")))


# "SAN ANTONIO-A 41-year-old man ...", "TULSA--Two men ...": a dateline whose dash is glued to the lead's first word.
# Only where the capitals open a line and a sentence's first word follows, a capital and small letters then a space
# (a glued "COVID-19" or "AR-15" in the text has none), and the capitals are none of the prose's labels either
# ("WARNING-Graphic video ...").
_GLUED_LEAD = re.compile(r"[A-Z][a-z]*[ \t]")


def _glued_lead(m: re.Match[str]) -> bool:
    """Whether a ``HEAD_DATELINE`` match with nothing but capitals before its dash opens a line and is glued to a
    lead's first word."""
    start = m.start("city")
    return ((start == 0 or m.string[start - 1] == "\n") and m.group(0).endswith("-")
            and _GLUED_LEAD.match(m.string, m.end()) is not None)


def _without_clock(caps: str) -> str:
    """A dateline's capitals without the clock of an update stamp before the town ("PM CST TULSA" -> "TULSA")."""
    words = caps.split()
    while len(words) > 1 and words[0] in HEAD_CLOCK_WORDS:
        words.pop(0)
    return " ".join(words)


def postal_dateline(codes: frozenset[str]) -> re.Pattern[str]:
    """The pattern of a town and its postal state (``POSTAL_TOWN``, then one of ``codes`` as a whole word)."""
    return re.compile(POSTAL_TOWN + "(?:" + "|".join(sorted(codes)) + r")\b(?![a-z])")


def split_city_state(text: str) -> tuple[str, str] | None:
    """The town and the first part of the state of a "City, State" string ("GAINESVILLE, Fla. (AP) —" ->
    ("GAINESVILLE", "Fla.")), or None when it has no such pair."""
    m = CITY_STATE.match(text)
    return (m["city"], m["qual"].split(",")[0]) if m else None


def in_dateline(text: str, start: int, after: str) -> bool:
    """Whether the date at ``start`` in ``text`` (``after``: the words that follow it) stands in a dateline:
    after the place that opens a line, before a dash."""
    return (DATE_AFTER.match(after) is not None
            and DATE_BEFORE.search(text, max(0, start - DATE_REACH), start) is not None)
