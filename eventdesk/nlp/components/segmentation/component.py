"""The spaCy component ``eventdesk_segments`` (``Segmenter``): walks a report's sentences, cuts them into segments
and sets aside the background, reading the rules of the package's other modules."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...doctext import doc_text, span_text, within
from .background import is_background
from .dismissals import _dismissals
from .earlier import _earlier_incidents, _later_incidents
from .elsewhere import _figures_of_elsewhere
from .memories import _quoted_memories
from .openers import (
    Segment, _Told, _goes_back_to, _listed_totals, _opens_in_another_town, _opens_incident, _opens_listed_incident,
    _outcome_of_an_earlier_victim,
)
from .past_years import _tried_incident_told, _years_date_no_violence
from .remembrances import _anniversaries, _remembrances
from .separators import GOES_BACK, GUNFIRE, HURT, OTHERS_FOLLOW, ROUNDUP, SEPARATOR, SEPARATOR_INSIDE, VIOLENCE


def _sentences_at(sents, starts) -> set[int]:
    """The sentences that start at one of ``starts`` (``sentences`` keeps them): the links of a list of other
    stories, whose figures are those stories', and the headline lines of a page's later stories, whose figures their
    stories' own sentences tell again."""
    if not starts:
        return set()
    return {i for i, s in enumerate(sents) if s.start_char in starts}


def _countries(sent, ents, countries: dict[str, str]) -> set[str]:
    return {countries[e.text.lower()] for e in within(sent, ents) if e.label_ in ("GPE", "NORP", "LOC") and e.text.lower() in countries}


@Language.factory(
    "eventdesk_segments",
    assigns=["doc._.segments", "doc._.background"],
    requires=["doc._.raw_claims", "doc.sents", "doc.ents"],
)
def make_segments(nlp: Language, name: str):
    return Segmenter()


class Segmenter:
    def __init__(self):
        self._countries: dict[str, str] | None = None

    @property
    def countries(self) -> dict[str, str]:
        if self._countries is None:
            self._countries = _country_names()
        return self._countries

    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents)
        anchor = doc._.anchor
        year = anchor.year if anchor else None
        claim_sents = {c.sent for c in doc._.raw_claims}
        background = {i for i, s in enumerate(sents) if is_background(span_text(s), year)}
        background -= _tried_incident_told(doc, sents, claim_sents, year)
        background -= _years_date_no_violence(doc, sents, claim_sents, year)
        background |= _sentences_at(sents, doc.user_data.get("link_starts"))
        background |= _sentences_at(sents, doc.user_data.get("story_heads"))
        background |= _dismissals(sents, anchor)
        background |= _earlier_incidents(doc, sents, claim_sents, background)
        background |= _remembrances(doc, sents, claim_sents)
        background |= _anniversaries(doc, sents, claim_sents)
        background |= _later_incidents(doc, sents, claim_sents)
        background |= _quoted_memories(doc, sents, claim_sents)
        background |= _figures_of_elsewhere(doc, sents, claim_sents, background)
        hurt_sents = {c.sent for c in doc._.raw_claims if c.outcome in HURT}
        segments: list[Segment] = []
        first = 0
        seg_countries: set[str] = set()
        seg = _Told()
        roundup = False
        totals: set[int] = set()
        rejoined: dict[int, int] = {}
        stories = doc.user_data.get("story_starts") or set()  # later stories of a page of several (``sentences``)
        ents = doc.ents
        for i, sent in enumerate(sents):
            text = span_text(sent)
            total = bool(ROUNDUP.search(text))
            here = _countries(sent, ents, self.countries)
            violent = i in claim_sents or bool(VIOLENCE.search(text) or SEPARATOR.search(text) and GUNFIRE.search(text))
            starts_paragraph = i > 0 and "\n" in doc_text(doc)[sents[i - 1].end_char - 1:sent.start_char + 1]
            new = i > first and i not in background and (violent and (
                SEPARATOR.search(text) or SEPARATOR_INSIDE.search(text)
                or (starts_paragraph and here and seg_countries and not here & seg_countries and _has_claims(i, claim_sents))
                or _opens_incident(text, i in hurt_sents, seg)
                or _opens_in_another_town(doc, sent, text, i in hurt_sents, seg)
                or sent.start_char in stories
            ) or roundup and _opens_listed_incident(text, i in hurt_sents, seg))
            if new:
                segments.append(_segment(len(segments), first, i, sents))
                first, seg_countries, seg = i, set(), _Told()
            elif segments and i in claim_sents and (back := _goes_back_to(doc, sents, text, segments, first, i)) is not None:
                rejoined[i] = back
            elif segments and i in claim_sents and (back := _outcome_of_an_earlier_victim(doc, sents, text, segments, first, i)) is not None:
                rejoined[i] = back
            elif segments and i in claim_sents and GOES_BACK.search(text):
                background.add(i)
            seg_countries |= here
            if i not in background:
                seg = seg.with_sentence(text, i in hurt_sents and not total)
            if total:
                totals.add(i)
            roundup = roundup or total or bool(SEPARATOR.match(text) and OTHERS_FOLLOW.match(text))
        if sents:
            segments.append(_segment(len(segments), first, len(sents), sents))
        background |= _listed_totals(totals, segments)
        doc._.segments = segments
        doc._.background = background
        # sentences that go back to an earlier incident than the segment they sit in: their claims are that one's
        doc.user_data["rejoined"] = {i: k for i, k in rejoined.items() if i not in background}
        return doc


def _has_claims(i: int, claim_sents: set[int]) -> bool:
    return i in claim_sents


def _segment(index: int, first: int, end: int, sents) -> Segment:
    return Segment(index, first, end, sents[first].start_char, sents[end - 1].end_char)


def _country_names() -> dict[str, str]:
    """country name or demonym (lower-case) -> ISO alpha-2, from pycountry plus common short forms."""
    import pycountry

    table: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v:
                table[v.lower()] = c.alpha_2
    table.update({
        "syria": "SY", "iran": "IR", "russia": "RU", "us": "US", "u.s.": "US", "united states": "US",
        "america": "US", "uk": "GB", "britain": "GB", "south korea": "KR", "north korea": "KP",
        "dr congo": "CD", "democratic republic of congo": "CD", "congo": "CG", "ivory coast": "CI",
        "turkey": "TR", "vietnam": "VN", "laos": "LA", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
        "syrian": "SY", "iraqi": "IQ", "nigerian": "NG", "afghan": "AF", "somali": "SO", "yemeni": "YE",
        "malian": "ML", "pakistani": "PK", "turkish": "TR", "israeli": "IL", "lebanese": "LB",
        "egyptian": "EG", "libyan": "LY", "sudanese": "SD", "ukrainian": "UA", "russian": "RU",
        "burkinabe": "BF", "nigerien": "NE", "cameroonian": "CM", "kenyan": "KE", "ethiopian": "ET",
    })
    return table
