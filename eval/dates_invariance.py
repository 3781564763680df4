"""python -m eval.dates_invariance [--set 1..8|all] [--family F|all] [--show rules]   (run from the repo root)

Invariance tests of the incident's day (CheckList's INV tests: Ribeiro et al., 2020, "Beyond Accuracy: Behavioral
Testing of NLP Models with CheckList").  The dates check sets (``eval.dates_check``, sets 1-8) ask whether we read
the day of the shooting a report tells; this suite asks whether we still read it when the report says the same thing
in another form, as reports nobody here wrote do: a weekday abbreviated or told with "on", "Tuesday night" for "late
Tuesday", a month-day as "July 4th", "4 July" or "7/4", "yesterday" for the weekday before the report's day, "early
today" for "this morning", a clock as "11:30 PM" or "shortly before midnight", the day told in the second sentence
instead of the lead, a dateline or a posting line that repeats the report's day, the police's attribution moved from
the end of a sentence to its start or back.  Each rewrite (``eval.perturb``'s registry, families whose names start
with ``date-``) keeps the day the report means, and skips a row it cannot rewrite without changing it; those that
lean on the day being a given one (a weekday told as "yesterday") ask the row's gold day first.

Per family and half (each set's own salted halves, ``eval.dates_check.half``): the variants, the share read on the
same day as the original was ("unchanged") and the share read on the gold day ("right"), with the originals' own
share right beneath.  ``--show rules`` prints the rules half's variants whose day moved; the check half is only
scored.  The shared "typography" and "paragraphs" families run beside the suite's own.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from eventdesk import dateline

from . import check_sets, dates_check, perturb

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ABBREVIATED_WEEKDAY = {"Monday": ("Mon.", "Mon."), "Tuesday": ("Tues.", "Tue."), "Wednesday": ("Wed.", "Wed."),
                        "Thursday": ("Thurs.", "Thu."), "Friday": ("Fri.", "Fri."), "Saturday": ("Sat.", "Sat."),
                        "Sunday": ("Sun.", "Sun.")}
_PART = r"(?:morning|afternoon|evening|night)"
# Words before a bare weekday that "on" may not follow: they make it another day than the nearest one ("last"),
# tell a part of it ("late") or take no "on" ("until", "since", "and").
_NOT_BEFORE_ON = frozenset("last this past next early late ago until since and the that from through".split())

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
_AP_MONTH = {"January": "Jan.", "February": "Feb.", "August": "Aug.", "September": "Sept.", "October": "Oct.",
             "November": "Nov.", "December": "Dec."}
_MONTH_OF = {**{m: m for m in MONTHS}, **{a: m for m, a in _AP_MONTH.items()}, "Sep.": "September"}
_MONTH = r"(?P<month>" + "|".join(re.escape(m) for m in sorted(_MONTH_OF, key=len, reverse=True)) + ")"
# "July 4", "Aug. 4", "Aug. 4, 2015" (with the comma after the year that AP pairs), never "May 4-5" or "4th Street".
MONTH_DAY = re.compile(_MONTH + r" (?P<day>\d{1,2})(?![\d:/\-])(?:st|nd|rd|th)?(?P<year>, (?P<y>\d{4})(?P<comma>,)?)?"
                       r"(?! (?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Drive|Dr\.|Boulevard|Blvd\.))")

# A clock time; ``end`` is set where its stop also ends the sentence (a newline, the end, or a capital that opens
# no weekday's or month's name follows).
_NAMES_AFTER_CLOCK = "|".join(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan",
                               "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec",
                               "Christmas", "New Year", "Thanksgiving", "Halloween", "Easter", "Memorial", "Labor"))
_CLOCK = re.compile(r"\b(?P<h>\d{1,2})(?::(?P<m>\d{2}))? (?P<ap>a\.m\.|p\.m\.)"
                    rf"(?P<end>(?=\s+(?!{_NAMES_AFTER_CLOCK})[A-Z\"\u201c])|(?=\n)|$)?")


def _both(row: dict, fn) -> dict | None:
    """The row with ``fn`` applied to its headline and text; None when neither changed."""
    title, text = fn(row["title"]), fn(row["text"])
    if title == row["title"] and text == row["text"]:
        return None
    return {**row, "title": title, "text": text}


def _published(row: dict) -> dt.date:
    return dt.date.fromisoformat(row["published"])


def _gold(row: dict) -> dt.date:
    return dt.date.fromisoformat(row["date"])


def _cap(word: str, like: str) -> str:
    """``word`` capitalised as ``like`` is (a sentence's first word stays capitalised)."""
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _opens_sentence(s: str, i: int) -> bool:
    """Whether position ``i`` of ``s`` opens a sentence, a headline or a paragraph (a word there is capitalised)."""
    before = s[:i].rstrip(" ")
    return not before or (before[-1] in ".!?\n\u2014\u2013\"\u201c" and not before.endswith(("a.m.", "p.m.")))


# ---- weekday forms ---------------------------------------------------------------------------------------------

@perturb.perturbation("date-weekday-forms", "date-weekday-abbreviated")
def _weekday_abbreviated(row: dict, rng: random.Random) -> dict | None:
    """Each weekday abbreviated as some desks print it ("Tuesday" as "Tues." or "Tue.")."""
    style = rng.randrange(2)

    def sub(s: str) -> str:
        return re.sub(rf"\b({_WEEKDAY})\b(?!['\u2019]s)(\.)?",
                      lambda m: _ABBREVIATED_WEEKDAY[m.group(1)][style], s)
    return _both(row, sub)


@perturb.perturbation("date-weekday-forms", "date-weekday-with-on")
def _weekday_with_on(row: dict, rng: random.Random) -> dict | None:
    """A bare weekday after a verb told with "on" ("was shot Tuesday" as "was shot on Tuesday")."""
    def fn(m):
        return m.group(0) if m.group(1) in _NOT_BEFORE_ON else f"{m.group(1)} on {m.group(2)}"
    return _both(row, lambda s: re.sub(rf"\b([a-z]{{3,}}) ({_WEEKDAY})\b(?!['\u2019]s)(?! or)", fn, s))


@perturb.perturbation("date-weekday-forms", "date-weekday-without-on")
def _weekday_without_on(row: dict, rng: random.Random) -> dict | None:
    """"on Tuesday" after a word told as a bare "Tuesday", as AP style writes it."""
    return _both(row, lambda s: re.sub(rf"\b([a-z]{{3,}}) on ({_WEEKDAY})\b", r"\1 \2", s))


@perturb.perturbation("date-weekday-forms", "date-weekday-night-as-late")
def _weekday_night_as_late(row: dict, rng: random.Random) -> dict | None:
    """"Tuesday night" told as "late Tuesday", and "late Tuesday" as "Tuesday night"."""
    def sub(s: str) -> str:
        s = re.sub(rf"(?<![Ll]ast )(?<!this )(?<![Ee]arly )(?<![Ll]ate )\b(?:([Oo]n) )?({_WEEKDAY}) night\b(?!['\u2019]s)",
                   lambda m: _cap("late", m.group(1) or "l") + f" {m.group(2)}\0", s)
        s = re.sub(rf"\b([Ll])ate ({_WEEKDAY})\b(?! {_PART})(?!['\u2019]s)(?!\0)",
                   lambda m: ("On " if m.group(1) == "L" else "") + f"{m.group(2)} night", s)
        return s.replace("\0", "")
    return _both(row, sub)


@perturb.perturbation("date-weekday-forms", "date-weekday-early-hours")
def _weekday_early_hours(row: dict, rng: random.Random) -> dict | None:
    """"early Tuesday" told as "early Tuesday morning" or "in the early-morning hours of Tuesday"."""
    form = rng.choice(("{l}arly {d} morning", "in the early-morning hours of {d}", "in the early hours of {d}"))
    return _both(row, lambda s: re.sub(
        rf"\b([Ee])arly ({_WEEKDAY})\b(?! {_PART})(?!['\u2019]s)",
        lambda m: _cap(form.format(l="e", d=m.group(2)), m.group(1)), s))


# ---- month-day forms -------------------------------------------------------------------------------------------

def _month_day_sub(row: dict, fn) -> dict | None:
    return _both(row, lambda s: MONTH_DAY.sub(fn, s))


@perturb.perturbation("date-month-day-forms", "date-month-day-ordinal")
def _month_day_ordinal(row: dict, rng: random.Random) -> dict | None:
    """A month-day told with its ordinal ("July 4" as "July 4th")."""
    def fn(m):
        d = int(m.group("day"))
        suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return f"{m.group('month')} {d}{suffix}{m.group('year') or ''}"
    return _month_day_sub(row, fn)


@perturb.perturbation("date-month-day-forms", "date-month-day-day-first")
def _month_day_day_first(row: dict, rng: random.Random) -> dict | None:
    """A month-day told day first, as British and wire desks print it ("Aug. 4, 2015," as "4 August 2015")."""
    def fn(m):
        year = f" {m.group('y')}" if m.group("y") else ""
        return f"{int(m.group('day'))} {_MONTH_OF[m.group('month')]}{year}"
    return _month_day_sub(row, fn)


@perturb.perturbation("date-month-day-forms", "date-month-day-spelled")
def _month_day_spelled(row: dict, rng: random.Random) -> dict | None:
    """The month's name spelled out where AP abbreviates it, or abbreviated without its stop ("Aug. 4" as "August 4"
    or "Aug 4")."""
    short = rng.randrange(2)

    def fn(m):
        name = _MONTH_OF[m.group("month")]
        month = name[:3] if short and len(name) > 4 else name
        return f"{month} {m.group('day')}{m.group('year') or ''}"
    return _month_day_sub(row, fn)


@perturb.perturbation("date-month-day-forms", "date-month-day-numeric")
def _month_day_numeric(row: dict, rng: random.Random) -> dict | None:
    """A month-day told in figures, month first as US reports write them ("July 4, 2016" as "7/4/2016")."""
    def fn(m):
        month = MONTHS.index(_MONTH_OF[m.group("month")]) + 1
        year = f"/{m.group('y')}" if m.group("y") else ""
        comma = m.group("comma") or ""
        return f"{month}/{int(m.group('day'))}{year}{comma}"
    return _month_day_sub(row, fn)


# ---- relative words --------------------------------------------------------------------------------------------

def _outside_quotes(s: str, i: int) -> bool:
    """Whether position ``i`` of ``s`` stands outside a quotation (a "yesterday" a witness says is the witness's)."""
    before = s[:i]
    return before.count('"') % 2 == 0 and before.count("\u201c") <= before.count("\u201d")


@perturb.perturbation("date-relative-words", "date-yesterday-as-weekday")
def _yesterday_as_weekday(row: dict, rng: random.Random) -> dict | None:
    """"yesterday" and "last night" told as the weekday before the report's day ("yesterday morning" as "Tuesday
    morning" in a Wednesday report)."""
    day = WEEKDAYS[(_published(row) - dt.timedelta(days=1)).weekday()]

    def sub(s: str) -> str:
        def fn(m):
            if not _outside_quotes(s, m.start()):
                return m.group(0)
            if m.group(0).lower() == "last night":
                return f"{day} night"
            return day
        return re.sub(r"\b(?:[Yy]esterday|[Ll]ast night)\b", fn, s)
    return _both(row, sub)


@perturb.perturbation("date-relative-words", "date-weekday-as-yesterday")
def _weekday_as_yesterday(row: dict, rng: random.Random) -> dict | None:
    """The shooting's weekday told as "yesterday" where it is the day before the report's ("Tuesday night" as "last
    night", "early Tuesday" as "early yesterday" in a Wednesday report)."""
    gold, published = _gold(row), _published(row)
    if gold != published - dt.timedelta(days=1):
        return None
    day = WEEKDAYS[gold.weekday()]

    def sub(s: str) -> str:
        s = re.sub(rf"(?<![Ll]ast )(?<!this )(?<!past )(?<![Ee]arly )(?<![Ll]ate )\b(?:[Oo]n )?{day} night\b",
                   lambda m: _cap("last night", "L" if _opens_sentence(s, m.start()) else "l"), s)
        s = re.sub(rf"(?<![Ll]ast )(?<!this )(?<!past )(?<!next )\b(?:([Oo]n) )?{day}\b(?P<noun> (?=shooting|killing))?",
                   lambda m: _cap("yesterday", "Y" if _opens_sentence(s, m.start()) else "y")
                   + ("'s " if m.group("noun") else ""), s)
        return s
    return _both(row, sub)


@perturb.perturbation("date-relative-words", "date-this-morning-as-early-today")
def _this_morning_as_early_today(row: dict, rng: random.Random) -> dict | None:
    """"this morning" told as "early today", and "early today" as "this morning"."""
    def sub(s: str) -> str:
        s = re.sub(r"\b(?:early )?([Tt])his morning\b", lambda m: _cap("early today", m.group(1)) + "\0", s)
        s = re.sub(r"\b([Ee])arly today\b(?!\0)", lambda m: _cap("this morning", m.group(1)), s)
        return s.replace("\0", "")
    return _both(row, sub)


@perturb.perturbation("date-relative-words", "date-today-as-weekday")
def _today_as_weekday(row: dict, rng: random.Random) -> dict | None:
    """"today", "this morning", "this afternoon" and "this evening" told as the report's own weekday ("this morning"
    as "Monday morning" in a Monday report)."""
    day = WEEKDAYS[_published(row).weekday()]

    def sub(s: str) -> str:
        def fn(m):
            if not _outside_quotes(s, m.start()):
                return m.group(0)
            if m.group(2):
                return f"{day} {m.group(2)}"
            return day
        return re.sub(r"\b(?:([Tt])oday|[Tt]his (morning|afternoon|evening))\b(?!['\u2019]s)", fn, s)
    return _both(row, sub)


@perturb.perturbation("date-relative-words", "date-weekday-as-today")
def _weekday_as_today(row: dict, rng: random.Random) -> dict | None:
    """The shooting's weekday told as "today" in a report of that day ("early Monday" as "early today", "Monday
    morning" as "this morning")."""
    gold, published = _gold(row), _published(row)
    if gold != published:
        return None
    day = WEEKDAYS[gold.weekday()]

    def sub(s: str) -> str:
        s = re.sub(rf"(?<![Ll]ast )(?<!this )(?<!past )\b{day} (morning|afternoon|evening)\b",
                   lambda m: f"this {m.group(1)}", s)
        s = re.sub(rf"(?<![Ll]ast )(?<!this )(?<!past )(?<!next )\b(?:([Oo]n) )?{day}\b(?! night)",
                   lambda m: _cap("today", "T" if _opens_sentence(s, m.start()) else "t"), s)
        return s
    return _both(row, sub)


# ---- clock times -----------------------------------------------------------------------------------------------

@perturb.perturbation("date-clock-forms", "date-clock-style")
def _clock_style(row: dict, rng: random.Random) -> dict | None:
    """"a.m." and "p.m." printed as "AM"/"PM", "am"/"pm" or "a.m"/"p.m" (a sentence's stop kept)."""
    style = rng.randrange(3)

    def fn(m):
        ap = m.group("ap")[0]
        mark = (ap.upper() + "M", ap + "m", ap + ".m")[style]
        stop = "." if m.group("end") is not None else ""
        return f"{m.group('h')}{':' + m.group('m') if m.group('m') else ''} {mark}{stop}"
    return _both(row, lambda s: _CLOCK.sub(fn, s))


@perturb.perturbation("date-clock-forms", "date-clock-about")
def _clock_about(row: dict, rng: random.Random) -> dict | None:
    """"about", "around" and "approximately" before a clock time told with another of them."""
    words = ("about", "around", "approximately")

    def fn(m):
        other = [w for w in words if w != m.group(1).lower()]
        return _cap(other[rng.randrange(2)], m.group(1)) + " "
    return _both(row, lambda s: re.sub(r"\b(about|around|approximately|About|Around|Approximately) (?=\d{1,2}(?::\d\d)? [ap]\.m\.)", fn, s))


@perturb.perturbation("date-clock-forms", "date-clock-in-words")
def _clock_in_words(row: dict, rng: random.Random) -> dict | None:
    """"a.m." and "p.m." told in words ("2:10 a.m." as "2:10 in the morning", "11:30 p.m." as "11:30 at night")."""
    def fn(m):
        h = int(m.group("h"))
        if m.group("ap") == "a.m.":
            if h == 12:
                return m.group(0)
            words = "in the morning"
        else:
            words = "in the afternoon" if h == 12 or h < 5 else "in the evening" if h < 9 else "at night"
        stop = "." if m.group("end") is not None else ""
        return f"{m.group('h')}{':' + m.group('m') if m.group('m') else ''} {words}{stop}"
    return _both(row, lambda s: _CLOCK.sub(fn, s))


@perturb.perturbation("date-clock-forms", "date-clock-midnight")
def _clock_midnight(row: dict, rng: random.Random) -> dict | None:
    """A time just before or after midnight told by midnight ("about 11:50 p.m." as "shortly before midnight",
    "12:10 a.m." as "shortly after midnight"), and midnight's words told by the clock."""
    def fn(m):
        h, mins = int(m.group("h")), int(m.group("m") or 0)
        stop = "." if m.group("end") is not None else ""
        if m.group("ap") == "p.m." and h == 11 and mins >= 45:
            return "shortly before midnight" + stop
        if m.group("ap") == "a.m." and h == 12 and 0 < mins <= 15:
            return "shortly after midnight" + stop
        return m.group(0)

    def sub(s: str) -> str:
        told = re.sub(r"\b(?:(?:at )?(?:about|around|approximately) |at )?(?P<clock>\d{1,2}:\d\d [ap]\.m\.)",
                      lambda m: fn(_CLOCK.match(s, m.start("clock"))) if fn(_CLOCK.match(s, m.start("clock"))) !=
                      _CLOCK.match(s, m.start("clock")).group(0) else m.group(0), s)
        if told != s:
            return told
        s = re.sub(r"\b([Jj]ust|[Ss]hortly) before midnight\b\.?", lambda m: _cap("about", m.group(1)) + " 11:50 p.m.", s)
        s = re.sub(r"\b([Jj]ust|[Ss]hortly) after midnight\b\.?", lambda m: _cap("about", m.group(1)) + " 12:10 a.m.", s)
        return s
    return _both(row, sub)


# ---- the day's sentence moved ----------------------------------------------------------------------------------

# A day told in a lead: a weekday with its part of the day, a month-day, or a relative word.
_DAY_PHRASE = re.compile(
    rf"(?:\b(?:[Oo]n )?(?:(?:[Ee]arly|[Ll]ate) )?{_WEEKDAY}(?: {_PART})?\b(?!['\u2019]s)"
    rf"|\b(?:[Oo]n )?(?:{'|'.join(re.escape(m) for m in sorted(_MONTH_OF, key=len, reverse=True))}) \d{{1,2}}\b(?:, \d{{4}})?"
    rf"|\b(?:early )?(?:yesterday|today)(?: {_PART})?\b|\blast night\b|\bthis {_PART}\b)")
# Any other word of time in the lead makes moving its day a change of meaning.
_OTHER_TIME = re.compile(r"\b(?:last|this past|ago|weekend|overnight|midnight|since|until|earlier|later|night of|"
                         r"Day|Eve|Christmas|Thanksgiving|Fourth|week|month|year)\b")
_SHOOTING_WORD = re.compile(r"\b(?:shot|shooting|gunfire|fired|killed|slain|wounded|gunned)\b")
# Stops that end an abbreviation, not a sentence.
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b[ap]\.m|\b(?:Mr|Mrs|Ms|Dr|St|Ave|Blvd|Rd|Jr|Sr|Lt|Sgt|Det|Capt|Gov|Sen|Rep|"
                           r"Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|U\.S|[A-Z][a-z]{1,4}))\.$")


def _sentences(paragraph: str) -> list[str]:
    """A paragraph's sentences (a stop after an abbreviation or a state's short name ends none)."""
    out, start = [], 0
    for m in re.finditer(r"(?<=[.!?])[\"\u201d]?\s+(?=[A-Z\"\u201c])", paragraph):
        if _ABBREVIATION.search(paragraph[start:m.start()]):
            continue
        out.append(paragraph[start:m.start()] + paragraph[m.start():m.end()].strip())
        start = m.end()
    out.append(paragraph[start:])
    return [s for s in out if s]


def _lead(text: str) -> tuple[str, str, list[str], str]:
    """(dateline, first sentence, the first paragraph's other sentences, the rest of the text)."""
    first, _, rest = text.partition("\n")
    m = dateline.TOP_DATELINE.match(first)
    head = m.group(0) if m and m.group("place") not in dateline.TOP_LABELS else ""
    sentences = _sentences(first[len(head):])
    return head, sentences[0] if sentences else "", sentences[1:], rest


def _names_gold(phrase: str, row: dict) -> bool:
    """Whether a lead's day phrase names the row's gold day (a weekday of its weekday, a month-day of its month-day,
    "yesterday" of the day before the report's), so that telling it as the shooting's keeps the meaning."""
    gold, published = _gold(row), _published(row)
    low = phrase.lower()
    if "yesterday" in low or "last night" in low:
        return gold == published - dt.timedelta(days=1)
    if "today" in low or low.startswith("this "):
        return gold == published
    for day in WEEKDAYS:
        if day in phrase:
            return WEEKDAYS[gold.weekday()] == day and 0 <= (published - gold).days < 7
    m = re.search(r"([A-Z][a-z]+\.?) (\d{1,2})", phrase)
    return bool(m and _MONTH_OF.get(m.group(1)) == MONTHS[gold.month - 1] and int(m.group(2)) == gold.day)


@perturb.perturbation("date-sentence-moved", "date-day-after-lead")
def _day_after_lead(row: dict, rng: random.Random) -> dict | None:
    """The shooting's day taken out of the lead and told in a sentence after it ("A man was shot late Thursday on
    Elm Street." as "A man was shot on Elm Street. The shooting happened late Thursday.")."""
    head, lead, others, rest = _lead(row["text"])
    phrases = list(_DAY_PHRASE.finditer(lead))
    if len(phrases) != 1 or _OTHER_TIME.search(lead):
        return None
    m = phrases[0]
    before = lead[:m.start()]
    shot = list(_SHOOTING_WORD.finditer(before))
    if not shot or re.search(r"\b(?:said|says|told|announced|charged|arrested|died)\b", lead[shot[-1].end():m.start()]):
        return None
    if not _names_gold(m.group(0), row) or m.start() == 0 or re.search(r"\b(?:of|the|and|or)\s*$", before):
        return None
    phrase = re.sub(r"^[Oo]n ", "", m.group(0))
    if re.match(r"[A-Z][a-z]+\.? \d", phrase) or re.match(_WEEKDAY, phrase):
        phrase = "on " + phrase
    new_lead = re.sub(r"\s+([,.])", r"\1", (lead[:m.start()].rstrip() + " " + lead[m.end():].lstrip()).strip())
    new_lead = re.sub(r",\s*,", ",", new_lead)
    told = rng.choice(("The shooting happened {p}.", "It happened {p}, police said.", "The shooting was {p}."))
    first = " ".join([new_lead, told.format(p=phrase), *others])
    return {**row, "text": head + first + ("\n" + rest if rest else "")}


# ---- datelines -------------------------------------------------------------------------------------------------

def _ap_day(day: dt.date) -> str:
    name = MONTHS[day.month - 1]
    return f"{_AP_MONTH.get(name, name)} {day.day}"


@perturb.perturbation("date-dateline-forms", "date-dateline-day-added")
def _dateline_day_added(row: dict, rng: random.Random) -> dict | None:
    """The report's own day added to its dateline, as wire copy prints it ("TOLEDO, Ohio —" as "TOLEDO, Ohio, July
    15 —" or "TOLEDO, Ohio, July 15, 2016 —")."""
    m = dateline.TOP_DATELINE.match(row["text"])
    if m is None or m.group("place") in dateline.TOP_LABELS or m.group("m1") or m.group("m2"):
        return None
    day = _published(row)
    told = _ap_day(day) + (f", {day.year}" if rng.randrange(2) else "")
    at = _after_regions(m)
    return {**row, "text": f"{row['text'][:at]}, {told}{row['text'][at:]}"}


def _after_regions(m: re.Match) -> int:
    """Where a dateline's town and regions end (its day, outlet or dash follows)."""
    return m.end("regions") if m.group("regions") else m.end("place")


@perturb.perturbation("date-dateline-forms", "date-dateline-day-dropped")
def _dateline_day_dropped(row: dict, rng: random.Random) -> dict | None:
    """A dateline's day dropped where it is the report's own ("TOLEDO, Ohio, July 15 —" as "TOLEDO, Ohio —")."""
    m = dateline.TOP_DATELINE.match(row["text"])
    if m is None or not (m.group("m1") or m.group("m2")):
        return None
    month = _MONTH_OF.get(m.group("m1") or m.group("m2"))
    day = int(m.group("d1") or m.group("d2"))
    if month is None or (MONTHS.index(month) + 1, day) != (_published(row).month, _published(row).day):
        return None
    end = m.end("year") if m.group("year") else m.end("d1") if m.group("d1") else m.end("m2")
    return {**row, "text": row["text"][:_after_regions(m)] + row["text"][end:]}


@perturb.perturbation("date-dateline-forms", "date-posted-line-added")
def _posted_line_added(row: dict, rng: random.Random) -> dict | None:
    """A line with the report's own day above its text, as web pages print it ("Posted: Jul. 15, 2016")."""
    day = _published(row)
    line = rng.choice((f"Posted: {_ap_day(day)}, {day.year}", f"Published {day.month}/{day.day}/{day.year}",
                       f"{MONTHS[day.month - 1]} {day.day}, {day.year}"))
    return {**row, "text": f"{line}\n{row['text']}"}


# ---- the attribution moved -------------------------------------------------------------------------------------

_WHO = r"(?:[Pp]olice|[Aa]uthorities|[Ii]nvestigators|[Oo]fficers|[Dd]etectives|[Dd]eputies|the sheriff['\u2019]s office|a police spokesman)"
_ATTRIBUTION_AT_END = re.compile(rf"^(?P<body>[^\"\u201c]+?), (?P<who>{_WHO}) (?P<verb>said|say)(?P<day> [A-Z][a-z]+(?: {_PART})?)?\.$")
_ATTRIBUTION_AT_START = re.compile(rf"^(?P<who>{_WHO}) (?P<verb>said|say)(?P<day> {_WEEKDAY}(?: {_PART})?)?(?: that)? (?P<body>[^\"\u201c]+?)\.$")
_LOWER_FIRST = re.compile(r"^(?:A|An|The|Two|Three|Four|Five|Several|One|Officers|He|She|They|It|Both|No|On|In|At|"
                          r"About|Around|Shortly|Just|Early|Late|Someone|Shots|Gunfire)\b")


def _each_sentence(row: dict, fn) -> dict | None:
    """The row with ``fn`` applied to the first sentence of its text it rewrites (the dateline kept in front)."""
    paragraphs = row["text"].split("\n")
    for i, paragraph in enumerate(paragraphs):
        m = dateline.TOP_DATELINE.match(paragraph) if i == 0 else None
        head = m.group(0) if m and m.group("place") not in dateline.TOP_LABELS else ""
        sentences = _sentences(paragraph[len(head):])
        for j, sentence in enumerate(sentences):
            new = fn(sentence)
            if new is not None:
                sentences[j] = new
                paragraphs[i] = head + " ".join(sentences)
                return {**row, "text": "\n".join(paragraphs)}
    return None


@perturb.perturbation("date-attribution-moved", "date-attribution-to-front")
def _attribution_to_front(row: dict, rng: random.Random) -> dict | None:
    """"A man was shot late Thursday, police said Friday." told as "Police said Friday that a man was shot late
    Thursday.\""""
    def fn(sentence: str) -> str | None:
        m = _ATTRIBUTION_AT_END.match(sentence)
        if m is None or (m.group("day") and not re.fullmatch(rf" {_WEEKDAY}(?: {_PART})?", m.group("day"))):
            return None
        if _DAY_PHRASE.match(m.group("body")) and "said" not in m.group("body"):
            return None  # "Early Saturday, gunfire struck a man, police said": "Police said early Saturday, ..." dates the saying
        body = m.group("body")
        if _LOWER_FIRST.match(body):
            body = body[0].lower() + body[1:]
        who = m.group("who")
        return f"{who[0].upper()}{who[1:]} {m.group('verb')}{m.group('day') or ''} {'that ' if m.group('day') else ''}{body}."
    return _each_sentence(row, fn)


@perturb.perturbation("date-attribution-moved", "date-attribution-to-end")
def _attribution_to_end(row: dict, rng: random.Random) -> dict | None:
    """"Police said Tuesday that a man was killed Sunday night." told as "A man was killed Sunday night, police
    said Tuesday.\""""
    def fn(sentence: str) -> str | None:
        m = _ATTRIBUTION_AT_START.match(sentence)
        if m is None or "," in m.group("body")[-25:]:
            return None
        body = m.group("body")
        who = m.group("who")
        who = who if who.startswith(("the", "a ")) else who[0].lower() + who[1:]
        return f"{body[0].upper()}{body[1:]}, {who} {m.group('verb')}{m.group('day') or ''}."
    return _each_sentence(row, fn)


# ---- the suite -------------------------------------------------------------------------------------------------

SHARED_FAMILIES = perturb.SHARED_FAMILIES


def own_families() -> list[str]:
    """This suite's families (the registry's families whose names start with ``date-``)."""
    return [f for f in perturb.families() if f.startswith("date-")]


def tally(rt, items: list[dict], salt: str, wanted: list[str], cells: dict, originals: dict) -> list[tuple]:
    """Read one set's rows and their variants of the ``wanted`` families, add each variant to its (family, half) cell
    of ``cells`` and each row to its half of ``originals`` ([right, rows]); return the rules half's variants whose
    day moved, as (row, variant, (day, phrase) before, (day, phrase) after)."""
    made = list(perturb.variants(items, wanted))
    found = dates_check.days(rt, items + [v for _, _, v in made])
    moved = perturb.tally(cells, originals, items, made, lambda row_id: dates_check.half(row_id, salt), found,
                          lambda a, b: a[0] == b[0], lambda row, r: r[0] == _gold(row))
    return [(row, v, was, now) for h, row, _p, v, was, now in moved if h == "rules"]

def run(rt, set_names, wanted: list[str]):
    """(cells, right of the originals per half, the rules half's moved variants with their set) over the sets
    named."""
    cells: dict[tuple[str, str], perturb.Tally] = {}
    originals: dict[str, list[int]] = {}
    moved = []
    for name in set_names:
        path, salt = dates_check.SETS[name]
        moved += [(name, *m) for m in tally(rt, dates_check.rows(path), salt, wanted, cells, originals)]
    return cells, {h: tuple(o) for h, o in originals.items()}, moved


def main(argv=None) -> int:
    ap = check_sets.parser("dates_invariance", __doc__)
    ap.add_argument("--set", choices=(*dates_check.SETS, "all"), default="all", help="which dates set (default all)")
    ap.add_argument("--family", default="all", help="one family, or all (default): " + ", ".join(
        [*SHARED_FAMILIES, *own_families()]))
    args = ap.parse_args(argv)
    mine = [*SHARED_FAMILIES, *own_families()]
    if args.family != "all" and args.family not in mine:
        ap.error(f"no family {args.family!r}; one of {', '.join(mine)}")
    wanted = mine if args.family == "all" else [args.family]
    rt = check_sets.quiet_runtime()
    names = tuple(dates_check.SETS) if args.set == "all" else (args.set,)
    cells, originals, moved = run(rt, names, wanted)
    print(perturb.table(cells, right_of_originals=originals))
    if args.show:
        for name, row, v, was, now in moved:
            print(f"\nset {name} {v['id']} published {row['published']} gold {row['date']}: was {was[0]} {was[1]!r},"
                  f" now {now[0]} {now[1]!r}\n  " + v["text"].replace("\n", "\n  "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
