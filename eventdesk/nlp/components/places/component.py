"""The spaCy component ``eventdesk_places`` and its factory: one place per segment in
``doc._.segment_places``.

``PlaceResolver.__call__`` is the cascade of the package docstring: it gathers each segment's toponyms from
the readers of the other modules, weighs them by the sentence they stand in and by their role, and hands
them to the ranking.  The resolver's other steps come in as mixins, one per module, so that each
module owns its part of the cascade and they all share one gazetteer.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from ....geo import Gazetteer, Toponym, extract_regions
from ....geo.names import fold
from ....geo.neighbourhoods import NEIGHBOURHOODS
from ...doctext import doc_text, span_text
from ..segmentation import VIOLENCE, _country_names
from .capitals import CapitalsMixin
from .country import CountryMixin
from .dateline import DatelineMixin, _dateline_part, _filed_from
from .headline import HeadlineMixin, _title_names
from .local_names import _address_towns, _city_sides, _county_cues, _local_names
from .namesakes import NamesakesMixin
from .outlets import _head_postal_names, _outlet_names, _paper_names, _site_names
from .provinces import ProvincesMixin, _containers, _holders_demoted, _wards_demoted
from .ranking import RankingMixin
from .roles import (
    _after_care, _before_game, _care_destination, _custody_place, _custody_state, _denied_place, _force_kind,
    _home_state, _home_town, _hospital_called_bare,
    _neighbourhood_named, _past_place, _past_state, _stated_km, _suburb_named, _without_denied,
    _network_brand, _of_city, _possessive_place, _reference_point, _sponsor_of, _surnames, _team_of, _town_of_person,
)
from .state_cues import (
    StateCuesMixin, _STATE_SAID, _city_forces, _city_hospitals, _hospital_town_states, _interstate_states, _state_cues,
)
from .streets import _building_name, _crossing, _street_name
from .untagged import _DAY_WORDS, UntaggedMixin, _named_settlements, _untagged_names
from .words import _BANNER, _BANNER_WEIGHT, _COUNTY, _HEAD_CHARS, _IN_BONUS, _LABELS, _LANDMARK_TOWN_WEIGHT, _PASSING_WEIGHT, _SUBURB_BONUS

_CARE_MALUS = 0.5
_COUNTY_BUILDING_SHARE = 0.5
_SURNAME_SHARE = 0.5


def _without_day(doc: Doc, ent: Span) -> Span:
    """The entity less a weekday the tagger ran into it: "Elm Mott Saturday" of "in Elm Mott Saturday night" is
    Elm Mott (the gazetteer would read the whole loosely as Elm, Pennsylvania)."""
    if len(ent) > 1 and ent[-1].text in _DAY_WORDS and ent.label_ in _LABELS:
        return Span(doc, ent.start, ent.end - 1, label=ent.label_)
    return ent


@Language.factory(
    "eventdesk_places",
    assigns=["doc._.segment_places"],
    requires=["doc._.segments", "doc._.raw_claims", "doc.ents"],
    default_config={"cache_dir": "", "default_country": ""},
)
def make_places(nlp: Language, name: str, cache_dir: str, default_country: str):
    return PlaceResolver(cache_dir, default_country=default_country)


class PlaceResolver(CapitalsMixin, CountryMixin, DatelineMixin, HeadlineMixin, NamesakesMixin, ProvincesMixin, RankingMixin, StateCuesMixin, UntaggedMixin):
    def __init__(self, cache_dir: str = "", gazetteer: Gazetteer | None = None, default_country: str = ""):
        self.cache_dir = cache_dir
        self.default_country = default_country
        self._gazetteer = gazetteer
        self._countries = _country_names()

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.open(Path(self.cache_dir) if self.cache_dir else None)
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents)
        claim_sents = {c.sent for c in doc._.raw_claims}
        weights = []
        # a headline put before the text (api._toll_headline) is read for its numbers; its places come in
        # through the title, as for any report, and are not counted twice
        headline_end = doc.user_data.get("title_end", 0) if doc.user_data.get("headline_numbers_only") else 0
        headline_chars = doc[headline_end].idx if 0 < headline_end < len(doc) else 0
        # the headline's words, where the text opens with them (their bare county names: _counties_said_bare)
        title_end = doc.user_data.get("title_end", 0)
        title_chars = doc[title_end].idx if 0 < title_end < len(doc) else 0
        for i, s in enumerate(sents):
            if i in doc._.background:
                weights.append(0.3)
            elif i in claim_sents or VIOLENCE.search(span_text(s)):
                weights.append(2.0)
            else:
                weights.append(1.0)
        sent_of = [0] * len(doc)
        for i, s in enumerate(sents):
            for k in range(s.start, s.end):
                sent_of[k] = i

        def weight_at(char: int, default: float = 1.0) -> float:
            tok = doc.char_span(char, char + 1, alignment_mode="expand")
            return weights[sent_of[tok.start]] if tok is not None and len(tok) else default

        banners = [m.span() for m in _BANNER.finditer(doc_text(doc)[:_HEAD_CHARS])]

        def in_banner(char: int) -> bool:
            return any(a <= char < b for a, b in banners)

        context = self._context(doc)
        ents = doc.ents  # (spaCy builds every entity again on each read)
        fronts = {span.start for e in ents if e.label_ in _LABELS and (span := self._front_cut(doc, e)) is not None}
        dateline = self._dateline(doc)
        full_text = doc_text(doc)
        outlet = _outlet_names(doc)
        surnames = _surnames(doc)
        papers = _paper_names(doc) + _head_postal_names(doc) + _state_cues(doc)
        if not context or "US" in context:
            # (abroad a hospital's first word is no American town's: "Kirkuk General Hospital")
            papers += _hospital_town_states((doc._.title or "") + "\n" + full_text, self.gazetteer)
        site_homes = self._outlet_homes(_site_names(doc))
        homes = self._outlet_homes(outlet) + site_homes
        # a station's site says its state, faintly (as a tip line's number does), and not its town
        papers += [Toponym(_STATE_SAID.get(h.admin1, h.admin1), 0, 0, _BANNER_WEIGHT, exact=True)
                   for h in dict.fromkeys(site_homes) if h.admin1]
        # the names a correction denies as the scene ("in Maumee, not in Toledo as first reported")
        denied = {fold(e.text) for e in ents if e.label_ in _LABELS and _denied_place(full_text, e.start_char)}
        # a name the tagger took for a people's is a place all the same where the gazetteer knows it as one; in a
        # report not known to be foreign, a small American town too ("south of Heavener")
        people_word = self._people_word_place if context and "US" not in context else self._people_word_town_or_place
        places = []
        broad = []  # per segment: whether the text placed it no finer than a state (or not at all)
        # where the names that only say the region start (a banner's, where the victims went, a landmark's)
        sidelined: set[int] = set()
        for seg in doc._.segments:
            toponyms: list[Toponym] = []
            longers: list[tuple[int, int]] = []  # the spans of names the tagger cut short, read whole
            seg_dateline = dateline if seg.index == 0 else self._story_dateline(doc, seg.start)
            if seg_dateline is not None:
                toponyms.append(seg_dateline)
            if seg.index == 0:
                toponyms.extend(_interstate_states(doc))
                toponyms.extend(self._counties_said_bare(_title_names(doc._.title, full_text[title_chars:]), surnames, full_text[title_chars:]))
                toponyms.extend(self._title_heads(doc._.title))
            toponyms.extend(outlet)
            toponyms.extend(papers)
            for e in ents:
                if e.label_ not in _LABELS or not seg.start <= e.start_char < seg.end:
                    continue  # another segment's name, or no place's: the cheap tests first (a weekday cut off
                    # its end below leaves its label and its start as they are)
                e = _without_day(doc, e)
                county_building = _building_name(doc, e.end) and _COUNTY.fullmatch(e.text.removeprefix("the ")) is not None
                if e.start in fronts:
                    continue  # "Port" of "Port of Spain": the longer name comes with "Spain"
                if _dateline_part(full_text, e.start_char, e.end_char, seg_dateline or dateline):
                    continue  # "LOUIS" of "EAST ST. LOUIS —": the dateline's town is read whole
                if _past_state(doc, e.start_char, e.end_char, e.text, self._countries):
                    continue  # "he had moved from Georgia", "a Mexico-born man": a person's past, not the scene's
                if (e.label_ in _LABELS and seg.start <= e.start_char < seg.end and not _street_name(doc, e.end)
                        and not _possessive_place(doc, e.end) and not _sponsor_of(doc, e.end) and not _team_of(doc, e.end)
                        and not (_before_game(doc, e.end) and self._team_city(e.text))
                        and not _hospital_called_bare(doc, e.start, e.end)
                        and not _force_kind(doc, e.start, e.end)
                        and (county_building or not _building_name(doc, e.end, e.start))
                        and not _crossing(doc, e.start, e.end)):
                    w = weights[sent_of[e.start]]
                    if len(e) == 1 and e.text in surnames:
                        # "Hasty said ...", after "Chief Chuck Hasty": a person, most likely; surely when no
                        # sizeable town bears the name
                        if not self._sizeable_town(e.text):
                            continue
                        w *= _SURNAME_SHARE
                    if county_building:
                        w *= _COUNTY_BUILDING_SHARE  # "Tulsa County Jail": the county's building, in the county
                    elif in_banner(e.start_char) or _network_brand(doc, e.start_char):
                        w = min(w, _BANNER_WEIGHT)
                        sidelined.add(e.start_char)
                    elif _care_destination(doc, e.start, e.end) or _reference_point(doc, e.start):
                        # "flown to St. Paul", "a Fargo hospital": where the victims went; "west of Phoenix": a
                        # landmark to find the scene by; either only says the region, unless the landmark is a
                        # small town ("at a home south of Checotah"), which the scene lies just outside
                        small = not _care_destination(doc, e.start, e.end) and self._landmark_town(e.text)
                        w = min(w, _LANDMARK_TOWN_WEIGHT if small else _BANNER_WEIGHT)
                        sidelined.add(e.start_char)
                    elif _after_care(doc, e.start):
                        # "taken to hospitals in Orangeburg": where the victims went, not the scene; no weightier
                        # than a name in passing, so that a headline's town outweighs it
                        w = min(w - _CARE_MALUS, _PASSING_WEIGHT)
                        sidelined.add(e.start_char)
                    elif _custody_place(doc, e.start) or _custody_state(doc, e.start):
                        # "arrested hours later in Chambersburg, Pennsylvania": where the suspect was caught, in
                        # passing; the scene's town outweighs it
                        w = min(w, _PASSING_WEIGHT)
                        sidelined.add(e.start_char)
                    elif _neighbourhood_named(doc, e.start, e.end) and (fold(e.text) not in NEIGHBOURHOODS or _of_city(doc, e.end + 1)):
                        # "in the Arlington neighborhood of Northwest Baltimore": a part of a city the report names
                        # otherwise, not a town of that name elsewhere; alone it still names the scene.  (One the
                        # table of big cities' neighbourhoods knows, "the Marquette Park neighborhood", stands for
                        # its city, at full weight, unless the city is said after it.)
                        w = min(w, _BANNER_WEIGHT)
                    elif _neighbourhood_named(doc, e.start, e.end) and (city := self._called_neighbourhood_city(e.text)) is not None:
                        # "in the Ivanhoe neighborhood": said to be a neighbourhood, of the one big city the table
                        # knows by that name, not a town of the name elsewhere
                        toponyms.append(Toponym(city, e.start_char, e.end_char, w))
                        continue
                    elif _past_place(doc, e.start_char, e.end_char):
                        # "he grew up in Memphis": a person's past, which says the region faintly and is no scene
                        w = min(w, _BANNER_WEIGHT)
                    elif _home_town(doc, e.start, e.end) or _home_state(doc, e.start):
                        # "Jon Doe, 23, of Minneapolis": where a victim lives; "of Memphis, Tennessee": its state too
                        w = min(w, _PASSING_WEIGHT)
                    elif _town_of_person(doc, e.start, e.end):
                        # "three Houston teenagers", "a Minneapolis rap promoter": where they come from, which says
                        # the region faintly and is no scene (as the untagged "a Gary man" of local_names)
                        w = min(w, _BANNER_WEIGHT)
                    elif _suburb_named(doc, e.start):
                        w += _SUBURB_BONUS  # "in south suburban Dolton": the scene, not the big city of the dateline
                    elif e.start > 0 and doc[e.start - 1].lower_ == "in":
                        w += _IN_BONUS  # "shot in Madera", beside "near Yosemite Avenue and Cleveland"
                    longer = self._cut_short(doc, e)
                    if longer is not None:
                        toponyms.append(Toponym(longer.text, longer.start_char, longer.end_char, w))
                        longers.append((longer.start_char, longer.end_char))
                        continue
                    if _reference_point(doc, e.start) and (km := _stated_km(doc, e.start)) is not None:
                        # "a city about 85 miles northeast of Memphis": the scene lies that far from it
                        toponyms.append(Toponym(e.text, e.start_char, e.end_char, w, km=km))
                        continue
                    # "Chester\nPHILADELPHIA": an entity across a line break is two names
                    offset = e.start_char
                    for part in e.text.split("\n"):
                        if part.strip():
                            toponyms.append(Toponym(part.strip(), offset, offset + len(part), w))
                        offset += len(part) + 1
            seg_text = doc_text(doc)[seg.start:seg.end]
            for r in extract_regions(seg_text):
                toponyms.append(Toponym(r.text, r.start + seg.start, r.end + seg.start, weight_at(r.start + seg.start, r.weight)))
            toponyms.extend(_untagged_names(doc, seg, sent_of, weights, people_word, self._landmark_town, surnames))
            toponyms.extend(self._admin1_qualified(seg_text, seg.start, weight_at))
            toponyms = self._provinces_by_unit(doc_text(doc), toponyms, context)
            if "US" not in context:
                toponyms.extend(self._admin1_contained(doc, seg_text, seg.start, weight_at))
                toponyms.extend(_containers(doc, toponyms, seg.start, seg.end, weight_at, self._countries, self._bracketed_province))
                toponyms = _holders_demoted(doc_text(doc), toponyms)
                toponyms = _wards_demoted(doc_text(doc), toponyms)
            toponyms.extend(_named_settlements(doc, seg, sent_of, weights, self._people_word_place))
            toponyms.extend(self._state_agencies(seg_text, seg.start, weight_at))
            toponyms.extend(_local_names(doc, seg.start, seg_text, weight_at, self._people_word_town,
                                         self._called_neighbourhood_city))
            toponyms.extend(_city_forces(seg.start, seg_text, weight_at))
            hospitals = _city_hospitals(seg.start, seg_text, weight_at)
            toponyms.extend(hospitals)
            sidelined.update(t.start for t in hospitals)  # where the victims went: it says the region, not the scene
            toponyms.extend(_city_sides(seg.start, seg_text, weight_at))
            addressed = _address_towns(seg.start, seg_text)
            toponyms.extend(addressed)
            toponyms.extend(_county_cues(seg_text, seg.start, self.gazetteer))
            toponyms.extend(self._capitals_names(seg.start, seg_text, weight_at))
            if headline_chars:  # (the title's, the outlet's and the paper's names have no offsets in the text)
                body = [t for t in toponyms if not (t.end and t.start < headline_chars)]
                # (a body that names no place at all leaves the headline's words to name it)
                toponyms = body if any(t.end for t in body) else toponyms
            if title_chars:
                said = [t for t in toponyms if t.end and t.start < title_chars]
                bare = dict(zip(said, self._counties_said_bare(said, surnames, full_text[title_chars:])))
                toponyms = [bare.get(t, t) for t in toponyms]
            if seg_dateline is not None:
                toponyms = _filed_from(toponyms, seg_dateline)
            toponyms = _without_denied(toponyms, denied)
            # "Spain" of "Port of Spain": a name that starts inside a longer name read whole is no place of its own
            toponyms = [t for t in toponyms if not any(a < t.start < b for a, b in longers)]
            place = self._resolve(toponyms, context, frozenset(sidelined)) if toponyms else None
            if addressed and place is not None:
                place = self._address_in_state(place, toponyms, addressed, context)
            if place is not None:
                place = self._text_over_home(place, toponyms, homes, context, frozenset(sidelined))
                place = self._county_of_named_town(place, toponyms)
            broad.append(place is None or place.precision in ("admin1", "country"))
            places.append(self._near_outlet(place, toponyms, homes) if place is not None else None)
        # A later incident of the report that names no place of its own ("a second shooting, on 27th Street")
        # happened in the town of the incident before it, where that is a town; so did one that names no place finer
        # than the state of that town (the outlet's city would stand in for it: "Police in Chester, Delaware County
        # are investigating two shootings ... Then an hour later, police responded to 12th Street" on a
        # Philadelphia station's page).
        for i in range(1, len(places)):
            before = places[i - 1]
            if before is None or before.precision not in ("city", "point") or not broad[i]:
                continue
            if places[i] is None or (places[i].country_code == before.country_code and places[i].admin1 in (None, before.admin1)):
                places[i] = before
        doc._.segment_places = places
        return doc
