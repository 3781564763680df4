"""eventdesk.dateline owns what a dateline looks like: its variants on invented datelines of each form, near
misses that must not read as one, and the readers (ingest, places, geo, timex, sentences) using its patterns
rather than copies."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import re
import sys

import pytest

from eventdesk import dateline as owner
from eventdesk.ingest import parse_dateline
from eventdesk.timex import date_role, find_timexes

READERS = (
    "eventdesk.ingest.dateline",
    "eventdesk.nlp.components.places.dateline",
    "eventdesk.geo.resolve",
    "eventdesk.geo.resolve.pairs",  # the package's module that reads a "City, State" (the package re-exports)
    "eventdesk.timex",
    "eventdesk.timex.roles",  # the package's modules that read a dateline (the package itself re-exports)
    "eventdesk.timex.incident",
    "eventdesk.nlp.components.sentences",
    "eventdesk.nlp.components.casualties.parts",
    "eventdesk.nlp.components.places.words",
)


# -- the dateline that opens the first paragraph ----------------------------------------------------------------

@pytest.mark.parametrize("opening, place, regions, agency, month", [
    ("CLEVELAND — A man was shot on Euclid Avenue late Friday.", "CLEVELAND", "", None, None),
    ("SPRINGFIELD, Ill. (AP) — Two teenagers were wounded outside a school.", "SPRINGFIELD", ", Ill.", "AP", None),
    ("BAGHDAD, May 3 (Reuters) - A roadside bomb killed four soldiers.", "BAGHDAD", "", "Reuters", "May"),
    ("PESHAWAR: Gunmen on a motorbike opened fire on a police van.", "PESHAWAR", "", None, None),
    ("ST. CLOUD, Minn. -- A woman was stabbed at a bus stop.", "ST. CLOUD", ", Minn.", None, None),
])
def test_top_dateline_reads_each_form(opening, place, regions, agency, month):
    m = owner.TOP_DATELINE.match(opening)
    assert m is not None
    assert (m["place"], m["regions"], m["agency"], m["m1"]) == (place, regions, agency, month)
    assert owner.names_a_town(m["place"], owner.TOP_LABELS, 2)


@pytest.mark.parametrize("opening", [
    "Springfield — a quiet town until Friday — woke to sirens.",  # a capitalised town in prose, then a dash
    '"We ran — everyone ran," a neighbour said of the shooting.',  # a dash inside a quote
    "Police said the SOUTH-WEST exit was closed after the crash.",  # capitals glued to a hyphen mid-sentence
    "SOUTH-WEST wing was sealed off by officers.",  # a hyphen inside a word is no dash
])
def test_prose_is_no_top_dateline(opening):
    assert owner.TOP_DATELINE.match(opening) is None


@pytest.mark.parametrize("opening", ["UPDATE — Police have named the victim.", "BREAKING NEWS: A man was shot."])
def test_top_labels_are_no_towns(opening):
    m = owner.TOP_DATELINE.match(opening)
    assert m is not None and not owner.names_a_town(m["place"], owner.TOP_LABELS, 2)
    assert parse_dateline(opening).place is None


# -- a dateline behind page debris ------------------------------------------------------------------------------

@pytest.mark.parametrize("head, town, state", [
    ("Updated: 6:38 PM\nAPOPKA, Fla. - A man was shot at a gas station.", "APOPKA", "Fla."),
    ("Teen shot near park | Fox 59INDIANAPOLIS, Ind. (Dec. 5) – A teen was shot.", "INDIANAPOLIS", "Ind."),
    ("Share this story In ST. LOUIS (KMOX/AP) — Two men were wounded.", "ST. LOUIS", None),
    ("Posted 5:01 p.m. HARTFORD — A man died after a shooting.", "HARTFORD", None),
])
def test_head_dateline_found_behind_debris(head, town, state):
    towns = [(owner.head_dateline_town(m), m["state"]) for m in owner.HEAD_DATELINE.finditer(head)]
    assert (town, state) in towns


@pytest.mark.parametrize("head", [
    "BREAKING — Gunfire on the east side, police say.",  # a label
    "SHOOTING— A man was hurt on Elm Street.",  # a bare word glued to a dash: a headline, not a dateline
    '"It was CHAOS" — a neighbour, after the shots.',  # capitals inside a quote
])
def test_head_near_misses_are_no_datelines(head):
    assert all(owner.head_dateline_town(m) is None for m in owner.HEAD_DATELINE.finditer(head))


# -- a "City, State" string -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, pair", [
    ("GAINESVILLE, Fla. (AP) — A man was shot.", ("GAINESVILLE", "Fla.")),
    ("Dayton, Ohio, March 3", ("Dayton", "Ohio")),
    ("LAFAYETTE, La.: Police said", ("LAFAYETTE", "La.")),
])
def test_city_state_split(text, pair):
    assert owner.split_city_state(text) == pair


@pytest.mark.parametrize("text", ["Police said nothing more", "A man — armed, police said — ran off"])
def test_city_state_near_misses(text):
    assert owner.split_city_state(text) is None


# -- a date inside a dateline -----------------------------------------------------------------------------------

def _date_at(text: str, words: str):
    return next(t for t in find_timexes(text, dt.date(2019, 10, 20)) if t.text.startswith(words))


@pytest.mark.parametrize("text", [
    "CHICAGO, Oct. 17 (Reuters) - Two men were shot dead on the South Side.",
    "Shooting on the South Side\nDAYTON, Ohio, Oct. 17 — Two men were shot dead.",
])
def test_a_dateline_date_is_the_reports(text):
    t = _date_at(text, "Oct")
    assert owner.in_dateline(text, t.start, text[t.end:t.end + 40])
    assert date_role(text, t) == -2


@pytest.mark.parametrize("text", [
    "Police said two men were shot dead on Oct. 17 - the night of the game.",  # no town opens the line
    "CHICAGO, Oct. 17 (Reuters) Two men were shot dead on the South Side.",  # no dash after the date
])
def test_dates_in_prose_are_not_in_datelines(text):
    t = _date_at(text, "Oct")
    assert not owner.in_dateline(text, t.start, text[t.end:t.end + 40])


# -- a dateline glued into a paragraph of links -----------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Man hurt on Elm Street AKRON, Ohio — Three people were shot.", "AKRON, Ohio —"),
    ("Teen hurt in crash TOLEDO (WXYZ) -- A woman was shot.", "TOLEDO (WXYZ) -- "),
    ("Fire on Main Street DES MOINES ?? Two men were wounded.", "DES MOINES ??"),
])
def test_inline_dateline(text, found):
    m = owner.INLINE_DATELINE.search(text)
    assert m is not None and m.group(0) == found


@pytest.mark.parametrize("text", [
    '"We ran — everyone ran," a neighbour said.',
    "Akron police said — without giving a name — that a man died.",
    # an organisation's initials after an article are no town
    "Man hurt on Elm Street The FBI — which took over the case — said two men were shot.",
    "Shots fired near the mall the ATF -- agents said a rifle was found.",
])
def test_inline_near_misses(text):
    assert owner.INLINE_DATELINE.search(text) is None


def test_dateline_dashes():
    assert {"—", "–", "-", "--"} == owner.DATELINE_DASHES
    assert "•" not in owner.DATELINE_DASHES and ":" not in owner.DATELINE_DASHES


# -- a town and its postal state near the top -------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Woman shot in Parking Lot(Cincinnati, OH)--A man was hurt.", "Cincinnati, OH"),
    ("BAY MINETTE, AL- Two men were shot.", "BAY MINETTE, AL"),
    ("Live5News.com | Charleston, SC | News", "Charleston, SC"),
])
def test_postal_dateline(text, found):
    m = owner.postal_dateline(frozenset({"OH", "AL", "SC"})).search(text)
    assert m is not None and m.group(0) == found


@pytest.mark.parametrize("text", [
    "Cincinnati, Ohio -- A man was hurt.",   # the state spelt out: another reader's
    "Cincinnati, OHx police said",           # no postal code as a whole word
    "Cincinnati, Oh, what a night.",         # a word, not the code
])
def test_postal_dateline_near_misses(text):
    assert owner.postal_dateline(frozenset({"OH"})).search(text) is None


# -- the readers use the owner's patterns, not copies -----------------------------------------------------------

@pytest.mark.parametrize("module, names", [
    ("eventdesk.ingest.dateline", ("TOP_DATELINE", "TOP_LABELS", "names_a_town")),
    ("eventdesk.nlp.components.places.dateline", ("HEAD_DATELINE", "head_dateline_town")),
    ("eventdesk.geo.resolve", ("split_city_state",)),
    ("eventdesk.geo.resolve.pairs", ("split_city_state",)),
    ("eventdesk.timex", ("in_dateline",)),
    ("eventdesk.nlp.components.sentences", ("INLINE_DATELINE", "DATELINE_DASHES")),
    ("eventdesk.nlp.components.casualties.parts", ("DATELINE_DASHES",)),
    ("eventdesk.nlp.components.places.words", ("postal_dateline",)),
])
def test_readers_import_the_owners_names(module, names):
    mod = importlib.import_module(module)
    for name in names:
        assert getattr(mod, name) is getattr(owner, name)


def _owner_patterns() -> dict[str, str]:
    """The owner's compiled patterns, by their source text."""
    return {value.pattern: name for name, value in vars(owner).items() if isinstance(value, re.Pattern)}


def test_no_module_of_the_package_holds_a_copy_of_a_dateline_regex():
    # ``re`` caches compiled patterns, so a copy compiled elsewhere is the very same object: a copy shows as the
    # owner's pattern held under another name, or as a reader compiling a pattern under the owner's name
    for module in READERS:
        importlib.import_module(module)
    owned = _owner_patterns()
    copies = [
        f"{mod_name}.{name} copies {owned[value.pattern]}"
        for mod_name, mod in list(sys.modules.items())
        if mod_name.startswith("eventdesk.") and mod is not owner
        for name, value in vars(mod).items()
        if isinstance(value, re.Pattern) and value.pattern in owned and name != owned[value.pattern]
    ]
    compiled_here = [
        f"{module} compiles {name}"
        for module in READERS
        for name in owned.values()
        if re.search(rf"^{name}\s*=\s*re\.compile", inspect.getsource(sys.modules[module]), re.MULTILINE)
    ]
    assert copies + compiled_here == []
