"""python -m eval.geo_invariance [--set 1..11|all] [--family F|all] [--show rules]   (run from the repo root)

Does the place we read survive a change of wording that keeps the meaning?  The invented geo check sets
(``eval.geo_check``, sets 1..11) are written in the forms our rules were written for; a report nobody here wrote
says the same things in other forms: another style of dateline ("SALEM, Ore. —", "SALEM, Oregon —", "SALEM, OR —",
"Salem, Ore. (AP) —", "SALEM (KXYZ) —", none at all but "In Salem, Oregon," leading the report), the state written
by AP abbreviation, postal code or full name, the state told in a later sentence rather than after the town, an
address told by its block, its number or a cross street, a county written "Marion Co." or "the county", a masthead
or a byline line above the report, a dateline in capitals or not, curly or straight quotes and dashes, paragraphs run
together without a newline.  This is an invariance test in CheckList's sense (Ribeiro et al., 2020): each row of the
geo sets is rewritten by each rewrite of the chosen families that applies to it (``eval.perturb``: deterministic,
seeded by the row's id), and each variant is read as its original was.

Per family and half: the variants, the share whose place stays within 25 km of the original's reading
("unchanged"; both without a place counts as unchanged) and the share within 25 km of the gold town ("right"), with
the originals' own share right below.  A variant's half is its original's (the set's salted half).  ``--show rules``
prints the rules half's variants whose reading changed; the check half's are only ever scored.

The families of this module are named ``geo-*`` and its rewrites ``geo-*`` too, so that they never clash with
another suite's in the shared registry; the suite always passes its own family list to ``perturb.variants``.
"""

from __future__ import annotations

import random
import re

from eventdesk.geo.tables import AP_STATES

from . import check_sets, geo_check, perturb
from .perturb import perturbation

# ---- the states' three written forms --------------------------------------------------------------------------------

_STATE_NAMES = dict(line.split(" ", 1) for line in (
    "AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|DE Delaware|"
    "DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|IN Indiana|IA Iowa|KS Kansas|"
    "KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|MI Michigan|MN Minnesota|MS Mississippi|"
    "MO Missouri|MT Montana|NE Nebraska|NV Nevada|NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|"
    "NC North Carolina|ND North Dakota|OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|"
    "SC South Carolina|SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|"
    "WV West Virginia|WI Wisconsin|WY Wyoming").split("|"))
# AP style's abbreviation of each state (the first the tables give); the states AP never abbreviates keep their name
_AP = {**{code: name for code, name in _STATE_NAMES.items()},
       **{code: abbr for abbr, code in reversed(list(AP_STATES.items()))}}
_FORMS = {**{name: code for code, name in _STATE_NAMES.items()}, **AP_STATES,
          **{code: code for code in _STATE_NAMES}}


def state_code(written: str) -> str | None:
    """The postal code of a state written as its name, AP abbreviation or postal code ("Ore." -> "OR")."""
    return _FORMS.get(written.strip())


def state_as(code: str, style: str) -> str:
    """A state (postal code) written in ``style``: "full" (Oregon), "ap" (Ore.) or "postal" (OR)."""
    return {"full": _STATE_NAMES[code], "ap": _AP[code], "postal": code}[style]


# A state written after a town's name and a comma: the longest forms first, so "W. Va." is not read as "Va."
_STATE_ALTS = "|".join(re.escape(f) for f in sorted(_FORMS, key=len, reverse=True))
_TOWN_STATE = re.compile(r"(?P<town>\b[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,3}), (?P<state>" + _STATE_ALTS + r")(?![\w])"
                         r"(?P<stop>\.(?!\w))?")

# ---- the dateline ---------------------------------------------------------------------------------------------------

# "SALEM, Ore. (AP) — ", "FORT WORTH — ", "Salem, Oregon - ": a town (in capitals or not), a state, a credit, a dash
_DATELINE = re.compile(
    r"^(?P<town>[A-Z][A-Za-z.'\-]*(?: [A-Z][A-Za-z.'\-]*){0,3})"
    r"(?:, (?P<state>" + _STATE_ALTS + r"))?"
    r"(?: (?P<credit>\([A-Za-z0-9 .\-]{1,24}\)))?"
    r"(?P<dash> ?(?:\u2014|\u2013|--|-) ?)")


def dateline(text: str):
    """The report's opening dateline as a match (groups town, state, credit, dash), or None.  The town must be
    written in capitals ("SALEM") or its state must follow it, so that a lead's first words are not taken for one."""
    m = _DATELINE.match(text)
    if not m:
        return None
    town = m["town"]
    if town != town.upper() and not m["state"]:
        return None
    if m["state"] and state_code(m["state"]) is None:
        return None
    return m


def town_title(town: str) -> str:
    """A dateline's town in capitals as a lead writes it ("ST. LOUIS" -> "St. Louis", "MCALLEN" -> "McAllen")."""
    if town != town.upper():
        return town
    out = []
    for word in town.split(" "):
        w = "-".join(p[:1] + p[1:].lower() for p in word.split("-"))
        w = re.sub(r"^(Mc)(\w)", lambda m: m[1] + m[2].upper(), w)
        w = re.sub(r"^(O')(\w)", lambda m: m[1] + m[2].upper(), w)
        out.append(w)
    return " ".join(out)


def _us_row(row: dict) -> bool:
    return row.get("country", "US") == "US"


def _with_dateline(row: dict, text: str) -> dict:
    return {**row, "text": text}


def _restate(row: dict, *, style: str | None = None, credit: str | None = None, case: str | None = None) -> dict | None:
    """The row with its dateline rewritten: its state in ``style``, a ``credit`` after it, its town in ``case``
    ("title" or "upper"); None when the row has no dateline or a state is asked of one without."""
    m = dateline(row["text"])
    if not m or not _us_row(row):
        return None
    town = m["town"]
    if case == "title":
        town = town_title(town)
    elif case == "upper":
        town = town.upper()
    state = m["state"]
    if style is not None:
        if not state:
            return None
        state = state_as(state_code(state), style)
    head = town + (f", {state}" if state else "") + (f" {credit}" if credit else (f" {m['credit']}" if m["credit"] else ""))
    return _with_dateline(row, head + m["dash"] + row["text"][m.end():])


@perturbation("geo-dateline", "geo-dateline-state-full")
def _dateline_state_full(row: dict, rng: random.Random) -> dict | None:
    """The dateline's state written in full ("SALEM, Oregon —")."""
    return _restate(row, style="full")


@perturbation("geo-dateline", "geo-dateline-state-postal")
def _dateline_state_postal(row: dict, rng: random.Random) -> dict | None:
    """The dateline's state written as its postal code ("SALEM, OR —")."""
    return _restate(row, style="postal")


@perturbation("geo-dateline", "geo-dateline-state-ap")
def _dateline_state_ap(row: dict, rng: random.Random) -> dict | None:
    """The dateline's state written in AP style ("SALEM, Ore. —")."""
    return _restate(row, style="ap")


@perturbation("geo-dateline", "geo-dateline-wire-credit")
def _dateline_wire_credit(row: dict, rng: random.Random) -> dict | None:
    """The dateline in a wire story's style: its town in capitals or not, then "(AP)" ("Salem, Ore. (AP) —")."""
    m = dateline(row["text"])
    if not m or m["credit"]:
        return None
    return _restate(row, credit="(AP)", case=rng.choice(("title", "upper")))


# invented call letters that no station of the outlet tables carries: a credit that says nothing of the place
_STATION_CREDITS = ("(KXYZ)", "(WKXZ)", "(KQRB)", "(WPVX)")


@perturbation("geo-dateline", "geo-dateline-station-credit")
def _dateline_station_credit(row: dict, rng: random.Random) -> dict | None:
    """A station's call letters in brackets after the dateline ("SALEM (KXYZ) —"), letters that name no place."""
    m = dateline(row["text"])
    if not m or m["credit"]:
        return None
    return _restate(row, credit=rng.choice(_STATION_CREDITS))


# a lead's first words that a sentence after "In Salem," writes in lower case
_LEAD_STARTERS = frozenset((
    "A", "An", "The", "One", "Two", "Three", "Four", "Five", "Six", "Police", "Officers", "Authorities", "Deputies",
    "Investigators", "Someone", "Gunfire", "Shots", "Several", "Multiple", "Detectives", "Troopers", "Firefighters",
    "Paramedics", "Emergency", "No", "At", "Several"))


def _lead_with(place: str, lead: str) -> str:
    """``lead`` opened by "In <place>, " ("A man was shot" -> "In Salem, Oregon, a man was shot")."""
    first = lead.split(" ", 1)[0]
    if first in _LEAD_STARTERS:
        lead = lead[:1].lower() + lead[1:]
    return f"In {place}, {lead}"


def _bracketed_state(credit: str | None) -> str | None:
    """A state a dateline gives in brackets where a credit would stand ("ANDERSON (SC) —", "(S.C.)"), or None: "(PA)"
    is the Press Association's credit, and agencies and stations ("(AP)", "(KXAN)") are no state."""
    inner = (credit or "").strip("()").strip()
    return inner if inner != "PA" and state_code(inner) else None


@perturbation("geo-dateline", "geo-dateline-into-lead")
def _dateline_into_lead(row: dict, rng: random.Random) -> dict | None:
    """No dateline, its town (and state, in full or AP style) opening the lead ("In Salem, Oregon, a man was ..."),
    where the dateline's town is the scene (a story filed from a city about a suburb says otherwise told so)."""
    m = dateline(row["text"])
    if not m or not _us_row(row) or town_title(m["town"]).lower() != row.get("town", "").lower():
        return None
    place = town_title(m["town"])
    state = m["state"] or _bracketed_state(m["credit"])
    if state:
        place += ", " + state_as(state_code(state), rng.choice(("full", "ap")))
    rest = row["text"][m.end():]
    if not rest[:1].isupper():
        return None
    return _with_dateline(row, _lead_with(place, rest))


# ---- the state's written form anywhere, and the state told later ---------------------------------------------------

def _states_as(row: dict, style: str) -> dict | None:
    """Every state written after a town (headline, dateline, text) in ``style``; None when there is none."""
    if not _us_row(row):
        return None

    def sub(s: str) -> str:
        def one(m: re.Match) -> str:
            written = m["state"]
            new = state_as(state_code(written), style)
            # an abbreviation's full stop that also ends the sentence stays when the new form has none; a sentence's
            # own full stop after a name goes into an abbreviation's ("Pennsylvania." -> "Pa.")
            ends = written.endswith(".") and re.match(r"\s*(?:$|\n|[A-Z\"\u201c])", s[m.end():])
            return f"{m['town']}, {new}" + ("." if (ends or m["stop"]) and not new.endswith(".") else "")
        return _TOWN_STATE.sub(one, s)

    title, text = sub(row["title"]), sub(row["text"])
    return {**row, "title": title, "text": text}


@perturbation("geo-state-form", "geo-states-full")
def _states_full(row: dict, rng: random.Random) -> dict | None:
    """Every state written after a town in full ("Marion, Indiana")."""
    return _states_as(row, "full")


@perturbation("geo-state-form", "geo-states-ap")
def _states_ap(row: dict, rng: random.Random) -> dict | None:
    """Every state written after a town in AP style ("Marion, Ind.")."""
    return _states_as(row, "ap")


@perturbation("geo-state-form", "geo-states-postal")
def _states_postal(row: dict, rng: random.Random) -> dict | None:
    """Every state written after a town as its postal code ("Marion, IN")."""
    return _states_as(row, "postal")


_LATER = ("The shooting happened in {town}, {state}.", "Police in {town}, {state}, are investigating.",
          "The investigation in {town}, {state}, continues.")


@perturbation("geo-state-later", "geo-state-in-later-sentence")
def _state_in_later_sentence(row: dict, rng: random.Random) -> dict | None:
    """The dateline's state dropped from it and told in a closing sentence ("... Police in Salem, Oregon, are
    investigating.")."""
    m = dateline(row["text"])
    if not m or not m["state"] or not _us_row(row):
        return None
    code = state_code(m["state"])
    head = m["town"] + (f" {m['credit']}" if m["credit"] else "") + m["dash"]
    closing = rng.choice(_LATER).format(town=town_title(m["town"]), state=state_as(code, rng.choice(("full", "ap"))))
    return _with_dateline(row, head + row["text"][m.end():].rstrip() + "\n" + closing)


@perturbation("geo-state-later", "geo-state-into-dateline")
def _state_into_dateline(row: dict, rng: random.Random) -> dict | None:
    """A bare dateline given the state the text tells after the same town later ("SALEM — ... in Salem, Ore., ..."
    -> "SALEM, Ore. — ... in Salem, ...")."""
    m = dateline(row["text"])
    if not m or m["state"] or not _us_row(row):
        return None
    rest = row["text"][m.end():]
    town = town_title(m["town"])
    later = next((t for t in _TOWN_STATE.finditer(rest) if t["town"].endswith(town)), None)
    if later is None:
        return None
    after = rest[later.end("state"):]
    if after.startswith(","):
        after = after[1:]  # "in Salem, Ore., police said" -> "in Salem police said"
    elif later["state"].endswith(".") and re.match(r"\s*(?:$|\n|[A-Z])", after):
        after = "." + after  # the abbreviation's full stop ended the sentence
    rest = rest[:later.start()] + later["town"] + after
    credit = f" {m['credit']}" if m["credit"] else ""
    return _with_dateline(row, f"{m['town']}, {later['state']}{credit}{m['dash']}{rest}")


# ---- addresses ------------------------------------------------------------------------------------------------------

_SUFFIXES = {"Street": "St.", "Avenue": "Ave.", "Road": "Rd.", "Boulevard": "Blvd.", "Drive": "Dr.", "Lane": "Ln.",
             "Court": "Ct.", "Place": "Pl.", "Parkway": "Pkwy.", "Highway": "Hwy."}
_SHORT = {v: k for k, v in _SUFFIXES.items()}
_STREET_NAME = r"(?:[NSEW]\. |North |South |East |West )?(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)(?: [A-Z][a-z]+)?"
_BLOCK = re.compile(r"\bin the (?P<n>\d{1,2}?)(?P<z>00) block of (?P<street>" + _STREET_NAME + r" (?:"
                    + "|".join(_SUFFIXES) + r"))\b")
_NUMBERED = re.compile(r"\b(?P<at>at|on) (?P<num>[1-9]\d{2,4}) (?P<street>" + _STREET_NAME + r" (?:"
                       + "|".join(_SUFFIXES) + "|" + "|".join(re.escape(s) for s in _SHORT) + r"))(?![\w])")
_ON_STREET = re.compile(r"\bon (?P<street>" + _STREET_NAME + r" (?:" + "|".join(_SUFFIXES) + r"))\b(?! and| near)")


@perturbation("geo-address", "geo-address-block-to-number")
def _address_block_to_number(row: dict, rng: random.Random) -> dict | None:
    """An address told by its block told by a house number instead ("in the 1200 block of Main Street" ->
    "at 1234 Main St.")."""
    m = _BLOCK.search(row["text"])
    if not m:
        return None
    street = m["street"]
    word = street.rsplit(" ", 1)[1]
    street = street[: -len(word)] + _SUFFIXES[word]
    number = int(m["n"] or "0") * 100 + rng.randint(1, 99)
    text = row["text"][: m.start()] + f"at {number} {street}" + row["text"][m.end():]
    return {**row, "text": re.sub(r"\.\.", ".", text)}


@perturbation("geo-address", "geo-address-number-to-block")
def _address_number_to_block(row: dict, rng: random.Random) -> dict | None:
    """An address told by a house number told by its block instead ("at 1234 Main St." -> "in the 1200 block of Main
    Street")."""
    m = _NUMBERED.search(row["text"])
    if not m:
        return None
    street = m["street"]
    word = street.rsplit(" ", 1)[1]
    full = street[: -len(word)] + _SHORT.get(word, word)
    block = int(m["num"]) // 100 * 100
    if block == 0:
        return None
    ends = word.endswith(".") and re.match(r"\s*(?:$|\n|[A-Z])", row["text"][m.end():])
    new = f"in the {block} block of {full}" + ("." if ends else "")
    return {**row, "text": row["text"][: m.start()] + new + row["text"][m.end():]}


_CROSS = ("Oak Street", "Second Avenue", "Maple Avenue", "Third Street", "Elm Street", "Park Avenue")


@perturbation("geo-address", "geo-address-cross-street")
def _address_cross_street(row: dict, rng: random.Random) -> dict | None:
    """A street told with a cross street ("on Main Street" -> "on Main Street near Oak Street")."""
    m = _ON_STREET.search(row["text"])
    if not m:
        return None
    cross = rng.choice([c for c in _CROSS if c != m["street"]])
    return {**row, "text": row["text"][: m.end()] + f" near {cross}" + row["text"][m.end():]}


_LONG_SUFFIX = re.compile(r"(?<=[a-z0-9] )(" + "|".join(_SUFFIXES) + r")\b(?!['\u2019])")
_SHORT_SUFFIX = re.compile(r"(?<=[a-z0-9] )(" + "|".join(re.escape(s) for s in _SHORT) + r")")


@perturbation("geo-address", "geo-street-suffix-short")
def _street_suffix_short(row: dict, rng: random.Random) -> dict | None:
    """Street words after a street's name abbreviated ("Glenstone Avenue" -> "Glenstone Ave.")."""
    def one(m: re.Match) -> str:
        following = row["text"][m.end():m.end() + 1]
        return _SUFFIXES[m[1]] if following != "." else _SUFFIXES[m[1]][:-1]
    text = _LONG_SUFFIX.sub(one, row["text"])
    return {**row, "text": text}


@perturbation("geo-address", "geo-street-suffix-long")
def _street_suffix_long(row: dict, rng: random.Random) -> dict | None:
    """Abbreviated street words written in full ("Glenstone Ave." -> "Glenstone Avenue")."""
    def one(m: re.Match) -> str:
        ends = re.match(r"\s*(?:$|\n|[A-Z])", row["text"][m.end():])
        return _SHORT[m[1]] + ("." if ends else "")
    return {**row, "text": _SHORT_SUFFIX.sub(one, row["text"])}


# ---- counties -------------------------------------------------------------------------------------------------------

_COUNTY = re.compile(r"\b(?!(?:The|In|At|A|Of|For|From) )(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?) County\b(?! Road| Line| Route| Highway)")


@perturbation("geo-county", "geo-county-short")
def _county_short(row: dict, rng: random.Random) -> dict | None:
    """Every county written "Marion Co." ("Marion County Sheriff's Office" -> "Marion Co. Sheriff's Office")."""
    if not _COUNTY.search(row["text"]):
        return None
    def one(m: re.Match) -> str:
        ends = re.match(r"[.]", row["text"][m.end():m.end() + 1])
        return f"{m['name']} Co" + ("" if ends else ".")
    return {**row, "text": _COUNTY.sub(one, row["text"])}


_OFFICES = ("Sheriff's Office", "Sheriff\u2019s Office", "Sheriff", "Coroner", "Jail", "Prosecutor", "Detention Center",
            "Medical Examiner", "Courthouse", "District Attorney", "Attorney", "Circuit Court", "Superior Court")


@perturbation("geo-county", "geo-county-later-the-county")
def _county_later_the_county(row: dict, rng: random.Random) -> dict | None:
    """A county named again later told as "the county" ("... the Marion County Jail" -> "... the county jail")."""
    hits = list(_COUNTY.finditer(row["text"]))
    seen: set[str] = set()
    out, last = [], 0
    for m in hits:
        if m["name"] not in seen:
            seen.add(m["name"])
            continue
        text = row["text"]
        start = m.start() - 4 if text[max(0, m.start() - 4):m.start()] in ("the ", "The ") else m.start()
        opens = start == 0 or text[start - 2:start] in (". ", ".\n") or text[start - 1:start] == "\n"
        art = "The" if opens or text[start:start + 3] == "The" else "the"
        tail = row["text"][m.end():]
        office = next((o for o in _OFFICES if tail.startswith(" " + o)), None)
        new = f"{art} county" + (" " + office.lower() if office else "")
        out.append(row["text"][last:start] + new)
        last = m.end() + (len(office) + 1 if office else 0)
    if not out:
        return None
    return {**row, "text": "".join(out) + row["text"][last:]}


# ---- mastheads, bylines, stamps -------------------------------------------------------------------------------------

_MASTHEAD_LINES = ("WKXZ News 4", "KQRB 7 Eyewitness News", "The Daily Ledger", "News 9 Now")


@perturbation("geo-masthead", "geo-masthead-line")
def _masthead_line(row: dict, rng: random.Random) -> dict | None:
    """An outlet's name that names no place on a line above the report ("WKXZ News 4")."""
    return {**row, "text": rng.choice(_MASTHEAD_LINES) + "\n" + row["text"]}


_BYLINES = ("By Dana Pelletier, Staff Writer", "By Marcus Oyelaran | Reporter", "Staff report",
            "By Priya Vandermolen\nDigital Producer")


@perturbation("geo-masthead", "geo-byline-line")
def _byline_line(row: dict, rng: random.Random) -> dict | None:
    """A byline above the report ("By Dana Pelletier, Staff Writer")."""
    return {**row, "text": rng.choice(_BYLINES) + "\n" + row["text"]}


@perturbation("geo-masthead", "geo-update-stamp")
def _update_stamp(row: dict, rng: random.Random) -> dict | None:
    """An update stamp above the report ("Updated: 6:38 PM"), on its own line or run into the dateline."""
    stamp = f"Updated: {rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('AM', 'PM'))}"
    return {**row, "text": stamp + rng.choice(("\n", " ")) + row["text"]}


@perturbation("geo-masthead", "geo-trailer-line")
def _trailer_line(row: dict, rng: random.Random) -> dict | None:
    """A copyright line after the report ("Copyright 2016 WKXZ. All rights reserved.")."""
    year = row.get("published", "2016")[:4]
    return {**row, "text": row["text"].rstrip() + f"\nCopyright {year} WKXZ. All rights reserved."}


# ---- capitals -------------------------------------------------------------------------------------------------------

@perturbation("geo-case", "geo-dateline-title-case")
def _dateline_title_case(row: dict, rng: random.Random) -> dict | None:
    """The dateline's town in title case ("SALEM, Ore. —" -> "Salem, Ore. —")."""
    return _restate(row, case="title")


_SMALL = frozenset("a an and as at but by for in of on or the to with".split())


@perturbation("geo-case", "geo-headline-title-case")
def _headline_title_case(row: dict, rng: random.Random) -> dict | None:
    """The headline in title case, as many sites write it ("Man shot outside bar" -> "Man Shot Outside Bar")."""
    words = row["title"].split(" ")
    out = [w if (i and w.lower() in _SMALL) or not w[:1].isalpha() else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return {**row, "title": " ".join(out)}


# ---- the suite ------------------------------------------------------------------------------------------------------

FAMILIES = (*perturb.SHARED_FAMILIES, "geo-dateline", "geo-state-form", "geo-state-later", "geo-address",
            "geo-county", "geo-masthead", "geo-case")


def _same(a, b) -> bool:
    """Whether two readings agree: both without a place, or places within 25 km of each other."""
    from .metrics import haversine_km

    if a is None or b is None or a.lat is None or b.lat is None:
        return (a is None or a.lat is None) and (b is None or b.lat is None)
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= geo_check.WITHIN_KM


def run(rt, sets: list[str], families: list[str]):
    """Read every row of ``sets`` and its variants of ``families``.  Returns (cells, originals, changed): the
    table's tallies per (family, half), the originals' (right, rows) per half, and per changed variant (half, row,
    perturbation, variant, original place, variant place, variant's km to gold)."""
    cells: dict[tuple[str, str], perturb.Tally] = {}
    originals: dict[str, list[int]] = {}
    changed = []
    for name in sets:
        path, salt = geo_check.SETS[name]
        items = geo_check.rows(path)
        found = geo_check.places(rt, items)
        km = geo_check.distances(rt, items, found)
        triples = list(perturb.variants(items, families))
        vrows = [{**v, "town": row["town"], "state": row["state"], **({"country": row["country"]} if "country" in row else {})}
                 for row, _, v in triples]
        vfound = geo_check.places(rt, vrows)
        km.update(geo_check.distances(rt, vrows, vfound))
        # a reading is the place and its km to the row's gold point, by row or variant id
        reading = {i: (found[i], km[i]) for i in found} | {i: (vfound[i], km[i]) for i in vfound}
        moved = perturb.tally(cells, originals, items, triples, lambda row_id: geo_check.half(row_id, salt), reading,
                              lambda a, b: _same(a[0], b[0]), lambda row, r: r[1] is not None and r[1] <= geo_check.WITHIN_KM)
        changed += [(h, row, p, v, was[0], now[0], now[1]) for h, row, p, v, was, now in moved]
    return cells, {h: tuple(v) for h, v in originals.items()}, changed


def main(argv=None) -> int:
    ap = check_sets.parser("geo_invariance", __doc__)
    ap.add_argument("--set", choices=(*geo_check.SETS, "all"), default="all", help="which geo set's rows (default all)")
    ap.add_argument("--family", choices=(*FAMILIES, "all"), default="all", help="which family of rewrites (default all)")
    args = ap.parse_args(argv)
    rt = check_sets.quiet_runtime()
    sets = list(geo_check.SETS) if args.set == "all" else [args.set]
    families = list(FAMILIES) if args.family == "all" else [args.family]
    cells, originals, changed = run(rt, sets, families)
    print(perturb.table(cells, right_of_originals=originals))
    if args.show:
        _show_rules_changes(changed)
    return 0


def _show_rules_changes(changed) -> None:
    """Print the rules half's variants whose reading changed (never the check half's)."""
    for h, row, p, v, before, after, d in changed:
        if h != "rules":
            continue
        where = lambda pl: f"{pl.name}, {pl.admin1}" if pl else "no place"  # noqa: E731
        print(f"\n{v['id']} [{p.family}] ours {where(before)} -> {where(after)} ({'-' if d is None else round(d)} km)  "
              f"gold {row['town']}, {row['state']}\n  {v['title']}\n  " + v["text"].replace("\n", "\n  "))


if __name__ == "__main__":
    raise SystemExit(main())
