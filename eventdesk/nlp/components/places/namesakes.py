"""Namesakes: when the gazetteer's pick is a town of the right name in the wrong place.  A big city's
neighbourhood known to the gazetteer only as a town elsewhere, a town far from the big city the report
names, and a town far from the reporting outlet's home (step 4): each is replaced by the place the report
most likely means.  So are two picks resting on the outlet rather than the text: its home town where the
text names a place elsewhere in its region, and a county of the outlet's state where the text's town lies in
a namesake county of another.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ....geo import Gazetteer, Toponym, resolve_place
from ....geo.build import county_key
from ....geo.names import fold
from ....geo.neighbourhoods import NEIGHBOURHOODS, sole_city
from ....geo.resolve import distance_km
from ....models import Place
from .words import _COUNTY, _HAMLET_POP, _LANDMARK_TOWN_POP, _SIDES, _STATE_HINT_WEIGHT

_BIG_CITY_POP = 250_000  # a city this large has neighbourhoods the gazetteer may know only as towns elsewhere
# a town of the big city's own state this large is itself, not a neighbourhood of the big city known by its name
_OWN_CITY_POP = 50_000
_BIG_CITY_KM = 150  # a town nearer than this to the big city may well be itself, across a state line
# "north longview" (folded): a side of the town, which names it
_SIDE_OF = re.compile(rf"^(?:{_SIDES})\s+(?=\S)")
_NAMESAKE_KM = 40  # a town of the big city's name this near the place is the one meant
_NAMESAKE_LIMIT = 20
_OUTLET_KM = 150  # a local station or paper reports on its own region
# a place the text names this far from the outlet's home is another scene than the home (and no neighbour of it)
_AWAY_FROM_HOME_KM = 40


def _head(topo: Toponym) -> str:
    """A toponym's name without its state, folded: "Kensington, N.Y." -> "kensington"."""
    return fold(" ".join(topo.text.split()).split(",")[0].strip(" .;:"))


def _county_namesake(gaz: Gazetteer, county: str) -> Place | None:
    """The big city a county of one state is named for: "Los Angeles County" -> Los Angeles; else None."""
    states = gaz.counties(county)
    if len(states) != 1:
        return None
    head = re.sub(r"\s+(?:County|Parish)$", "", county)
    found = gaz.lookup(head, "US", admin1=states[0].admin1, kinds=("city",), limit=1)
    return found[0] if found and fold(found[0].name) == fold(head) and gaz.population(found[0]) >= _BIG_CITY_POP else None


class NamesakesMixin:
    """PlaceResolver's corrections of a namesake pick; needs ``gazetteer``."""

    def _outlet_homes(self, outlet: list[Toponym]) -> list[Place]:
        """The US towns the report's station or paper is at, resolved once per report."""
        homes = (resolve_place([t], self.gazetteer, context_countries=("US",)) for t in outlet)
        return [h for h in homes if h is not None and h.precision == "city" and h.country_code == "US"]

    def _near_outlet(self, place: Place, toponyms: list[Toponym], homes: list[Place]) -> Place:
        """A town far from the home of the local station or paper that reports it, in a state nothing else in
        the report names, is most often a namesake of the wrong state ("Kensington" on a St. Louis station's
        page): the namesake near the outlet then, or the outlet's own city when it is a big one (its
        neighbourhood known to the gazetteer only elsewhere).  A state alone, on the page of an outlet of that
        state ("Tennessee" on a Memphis station's page), is most often the outlet's town."""
        if place.country_code == "US" and place.precision == "admin1":
            return next((h for h in homes if h.admin1 == place.admin1), place)
        if place.country_code != "US" or place.precision not in ("city", "point"):
            return place
        gaz = self.gazetteer
        # its own state is the outlet's to cover, however far
        if not homes or any(h.admin1 == place.admin1 or (km := distance_km(place, h)) is None or km <= _OUTLET_KM
                            for h in homes):
            return place
        name = fold(place.name)
        for t in toponyms:
            if t.weight < 1.0:
                continue
            text = " ".join(t.text.split()).strip(" ,;:.")
            head = fold(text.split(",")[0])
            if head == name:
                if "," in text:
                    return place  # "Kensington, N.Y.": its state is said
                continue
            if (m := _COUNTY.search(text)) and any(c.admin1 == place.admin1 for c in gaz.counties(m.group(0))):
                return place
            found = gaz.matches(text, "US", limit=1)
            # something else in the report lies in the town's state; not the town itself under another
            # spelling ("Donelson" read as Donnellson, Iowa, vouches for nothing)
            if found and found[0][1].admin1 == place.admin1 and fold(found[0][1].name) != name:
                return place
        near = [(km, p) for p in gaz.lookup(place.name, "US", kinds=("city",)) for h in homes
                if fold(p.name) == name and (km := distance_km(p, h)) is not None and km <= _OUTLET_KM]
        if near:
            return min(near, key=lambda kp: kp[0])[1]
        big = [h for h in homes if gaz.population(h) >= _BIG_CITY_POP]
        return big[0] if big else place

    def _text_over_home(self, place: Place, toponyms: list[Toponym], homes: list[Place], context: tuple[str, ...],
                        sidelined: frozenset[int] = frozenset()) -> Place:
        """The outlet's home town, picked though the text never names it, gives way to the place the text names when
        that lies 40-150 km from the home: a station or paper covers a region of several counties and states, so a
        report from "... - KXXX 12 Shreveport, Louisiana" whose text names only "the Harrison County Sheriff's
        Office" (its town untagged) happened in that county of Texas, not in Shreveport.  A county several states
        have is the one nearest the home.  The home stays where the text names nothing, names the home itself or
        a place near it, or names only places beyond the outlet's region (a namesake the gazetteer knows
        elsewhere, "Donelson" read as Donnellson, Iowa); the text's names ``sidelined`` for their role (where the
        victims were taken, a landmark) say nothing here."""
        if place.country_code != "US" or place.precision not in ("city", "point"):
            return place
        if not any((h.name, h.admin1) == (place.name, place.admin1) for h in homes):
            return place
        own = [t for t in toponyms if t.end and t.start not in sidelined]
        if not own or any(_head(t) == fold(place.name) for t in own):
            return place
        gaz = self.gazetteer
        hints = []
        for t in own:
            if (m := _COUNTY.search(t.text)) is None:
                continue
            near = [(km, c) for c in gaz.counties(m.group(0)) for h in homes
                    if (km := distance_km(c, h)) is not None and km <= _OUTLET_KM]
            nearest = min(near, key=lambda kc: kc[0])[1] if near else None
            if nearest is not None and nearest.admin1:
                hints.append(Toponym(nearest.admin1, 0, 0, _STATE_HINT_WEIGHT))
        other = self._resolve(own + list(dict.fromkeys(hints)), context)
        if (other is None or other.country_code != "US" or other.precision not in ("city", "point", "region")
                or (other.precision == "region" and self._inside(place, other))):
            return place
        away = distance_km(other, place)
        reach = [km for h in homes if (km := distance_km(other, h)) is not None]
        if away is None or away <= _AWAY_FROM_HOME_KM or not reach or min(reach) > _OUTLET_KM:
            return place
        return other

    def _county_of_named_town(self, place: Place, toponyms: list[Toponym]) -> Place:
        """A county several states have, picked in a state none of the text's towns lie in, is the namesake county a
        town the text names lies in: "rural Daviess County, west of Owensboro" on an Evansville, Indiana station's
        page is Kentucky's Daviess County (the station's state chose Indiana's, which holds no Owensboro).  The
        text's own names count, those said in passing too ("west of Owensboro" is a landmark, yet it says the
        state); the headline's and the outlet's do not.  A text that says the county's state ("ORANGE COUNTY,
        Fla.", "the Florida Highway Patrol") keeps it."""
        if place.country_code != "US" or place.precision != "region" or not place.admin1:
            return place
        gaz = self.gazetteer
        namesakes = [c for c in gaz.counties(place.name) if c.admin1 != place.admin1]
        own = [t for t in toponyms if t.end]
        if not namesakes or any(self._says_state(t, place.admin1) for t in own):
            return place
        hosts, own_state = [], False
        for t in own:
            head = _head(t)
            if not head or gaz.counties(t.text):
                continue
            for town in gaz.lookup(head, "US", kinds=("city",)):
                if fold(town.name) != head:
                    continue
                keys = gaz.town_counties(town)
                own_state = own_state or (town.admin1 == place.admin1 and county_key(place.name) in keys)
                hosts += [c for c in namesakes if c.admin1 == town.admin1 and county_key(c.name) in keys]
        hosts = list(dict.fromkeys(hosts))
        return hosts[0] if len(hosts) == 1 and not own_state else place

    def _says_state(self, topo: Toponym, state: str) -> bool:
        """Whether a toponym says the state: its name ("Fla.", "Florida"), after a comma ("Orange County, Fla.") or
        before an office's word ("Florida Highway Patrol")."""
        parts = [p.strip(" .;:") for p in " ".join(topo.text.split()).split(",")]
        words = parts[0].split()
        names = parts[1:] + [parts[0]] + [" ".join(words[:k]) for k in (1, 2) if len(words) > k]
        return any((found := self.gazetteer.admin1(n, "US")) is not None and found.admin1 == state for n in names if n)

    def _largest_town(self, name: str) -> int:
        """The population of the largest US town bearing ``name`` as its own name (0 when none does)."""
        return max((self.gazetteer.population(p) for p in self.gazetteer.lookup(name, "US", kinds=("city",), limit=5)
                    if fold(p.name) == fold(name)), default=0)

    def _landmark_town(self, name: str) -> bool:
        """Whether a landmark the scene is placed by ("south of Checotah") is a small US town, which the scene lies
        just outside, rather than a big city ("west of Phoenix") or no US town at all."""
        towns = [p for p in self.gazetteer.lookup(name, "US", kinds=("city",), limit=5) if fold(p.name) == fold(name)]
        return bool(towns) and max(self.gazetteer.population(p) for p in towns) < _LANDMARK_TOWN_POP

    def _team_city(self, name: str) -> bool:
        """Whether a city big enough for major-league teams bears the name: news calls such a team by its city alone
        ("after the Dallas game"), which is then no place of the incident; a small town's game ("after the Vidalia
        game", a school's) may well be the scene's."""
        return self._largest_town(name) >= _BIG_CITY_POP

    def _sizeable_town(self, name: str) -> bool:
        """Whether a town of some size bears the name, as its own or an alternate ("Hudaydah")."""
        return any(q <= 1 and (p.precision != "city" or self.gazetteer.population(p) >= _HAMLET_POP)
                   for q, p in self.gazetteer.matches(name, limit=5))

    def _called_neighbourhood_city(self, name: str) -> str | None:
        """ "City, State" for a name the report calls a neighbourhood ("the Ivanhoe neighborhood") that the table knows
        in one big city only, where no American town of some size bears it (a village in California, a suburb of
        Melbourne do not call themselves so), nor the gazetteer in the city's own state; None otherwise: "the Lakewood
        neighborhood, Dallas police said" is one of the many Lakewoods, not the table's."""
        city = sole_city(name)
        if city is None or self._largest_town(name) >= _HAMLET_POP:
            return None
        # where the gazetteer knows the name in the city's own state, that point is finer than the city's centre and
        # the city named anywhere in the report finds it (``_neighbourhood_of``)
        town, state = city.rsplit(", ", 1)
        if any(fold(p.name) == fold(name) for p in self.gazetteer.lookup(name, "US", admin1=state, kinds=("city",), limit=3)):
            return None
        return city

    def _city_of_neighbourhood(self, topo: Toponym) -> Toponym:
        """A neighbourhood of one big city that is no town of its own name elsewhere, or only a hamlet
        ("East Germantown", "Feltonville", "Parkway Village"), stands for its city even where the report
        does not name the city."""
        text = " ".join(topo.text.split()).strip(" ,;:.")
        if fold(text) not in NEIGHBOURHOODS and fold(text).startswith("the "):
            text = text[4:]  # "at the Nickerson Gardens", the tagger keeping the article
        cities = NEIGHBOURHOODS.get(fold(text)) if topo.weight >= 1.0 else None
        if not cities or len(cities) != 1:
            return topo
        last = fold(text).split()[-1]
        for q, p in self.gazetteer.matches(text, limit=5):
            if last not in fold(p.name).split():
                continue  # "Pratt City" found as Pratt, Kansas, its last word read as a kind: not the same name
            if q == 0 and (p.precision != "city" or self.gazetteer.population(p) >= _HAMLET_POP):
                return topo  # "Germantown", Maryland: a town in its own right
        city, state = cities[0]
        return replace(topo, text=f"{city}, {state}")

    def _neighbourhood_of(self, place: Place, toponyms: list[Toponym]) -> Place | None:
        """The city whose neighbourhood the place's name is ("Portage Park", "Madisonville") when the report
        also names that city, or comes from one of its stations, or names the city's state and the place lies
        in another; None otherwise."""
        cities = NEIGHBOURHOODS.get(fold(place.name)) or self._neighbourhood_by_other_name(place, toponyms)
        if not cities:
            return None
        named = {_head(t) for t in toponyms}
        # the city's state, said by the report, is as good a cue for a town of another state ("Old Town"
        # in a report that says Kansas is Wichita's), in passing too: a state's force, a tip line's number
        states = {fold(t.text.strip(" ,;:.").removesuffix(" State")) for t in toponyms}
        if self._beside_a_named_town(place, toponyms):
            # "in Hyde Park, Boston police said": the report names the town's own city, weightily; a city
            # named faintly elsewhere (a university's, a station's) does not carry it off
            named = {_head(t) for t in toponyms if t.weight >= 1.0}
            states = set()
        for city, state in cities:
            there = fold(city) in named or (fold(state) in states and place.admin1 != state)
            if there and not (place.name == city and place.admin1 == state):
                found = self.gazetteer.lookup(city, "US", admin1=state, kinds=("city",), limit=1)
                # the gazetteer's own point for the neighbourhood, beside its city, is finer than the city's
                # centre: the city, at the neighbourhood's point
                if found and place.admin1 == state and (km := distance_km(place, found[0])) is not None and km <= _NAMESAKE_KM:
                    return replace(found[0], lat=place.lat, lon=place.lon)
                if found:
                    return found[0]
        return None

    def _neighbourhood_by_other_name(self, place: Place, toponyms: list[Toponym]) -> list[tuple[str, str]]:
        """The cities having a neighbourhood of the name by which the report gave ``place``, where the gazetteer knows
        the place by that name only as another (an old or alternate name): Nashville's "Antioch", which in Tennessee the
        gazetteer finds as New Hope, a town 150 km away that was once so called."""
        own = fold(place.name)
        for t in toponyms:
            head = _head(t)
            if head == own or t.weight < 1.0 or head not in NEIGHBOURHOODS:
                continue
            found = self.gazetteer.lookup(head, place.country_code, admin1=place.admin1, kinds=("city",), limit=1)
            if found and found[0] == place:
                return NEIGHBOURHOODS[head]
        return []

    def _beside_a_named_town(self, place: Place, toponyms: list[Toponym]) -> bool:
        """Whether the report names, in a sentence of weight, another town of the place's state beside it
        ("Hyde Park ... Boston police"): the place's own region, said plainly."""
        name = fold(place.name)
        for t in toponyms:
            head = _head(t)
            if t.weight < 1.0 or not head or head == name:
                continue
            for p in self.gazetteer.lookup(head, place.country_code, admin1=place.admin1, kinds=("city",), limit=1):
                if fold(p.name) == head and (km := distance_km(place, p)) is not None and km <= _NAMESAKE_KM:
                    return True
        return False

    def _big_city_instead(self, place: Place, toponyms: list[Toponym], sidelined: frozenset[int] = frozenset()) -> Place:
        """A town far from a big city the report also names is most often that city's neighbourhood
        which the gazetteer knows only as a town elsewhere ("Evanston" beside "Cincinnati police",
        "Washington Heights" in a Chicago report, "Knoxville" under "PITTSBURGH (KDKA)"): the big city then,
        when nothing else in the report lies in the town's state, or when the big city is named more.  A big city
        named only where the victims were taken or the suspect caught (``sidelined``: "flown to a hospital in
        Denver" beside "near the Walmart in Casper") is a place of its own and says nothing of the town's."""
        gaz = self.gazetteer
        name = fold(place.name)
        bigs: dict[Place, float] = {}
        own, supported = 0.0, False
        for t in toponyms:
            text = " ".join(t.text.split()).strip(" ,;:.")
            head = fold(text.split(",")[0])
            if t.weight < 1.0 or not head or t.end and t.start in sidelined:
                continue
            if head == name or _SIDE_OF.sub("", head) == name or self._spelling_of(text, place):
                own += t.weight  # "North Longview" names Longview too
                # a town said with its state or province ("Albany, NY", "Jarablus, Aleppo") is that one's
                supported = supported or "," in text
                continue
            if (m := _COUNTY.search(text)) and any(c.admin1 == place.admin1 for c in gaz.counties(m.group(0))):
                supported = True  # "Cook County": the town's state
                continue
            if m and (seat := _county_namesake(gaz, m.group(0))) is not None and (km := distance_km(place, seat)) is not None \
                    and km > _BIG_CITY_KM:
                bigs[seat] = bigs.get(seat, 0.0) + t.weight  # "Los Angeles County": the big city it is named for
                continue
            found = gaz.matches(text, place.country_code, limit=3)
            if not found:
                continue
            q, top = found[0]
            # "Austin" in a report the resolver placed in Chicago is Chicago's West Side, not Texas's capital
            if (q == 0 and top.precision == "city" and fold(top.name) == head and gaz.population(top) >= _BIG_CITY_POP
                    and (place.name, place.admin1) not in NEIGHBOURHOODS.get(head, ())
                    and (km := distance_km(place, top)) is not None and km > _BIG_CITY_KM
                    and not self._namesake_beside(head, place)):
                bigs[top] = bigs.get(top, 0.0) + t.weight
            elif top.country_code == place.country_code and top.admin1 == place.admin1 and top.admin1:
                supported = True  # something else in the report lies in the town's state
            elif place.country_code == "US" and self._namesake_beside(head, place):
                # ... or a town of another name it gives lies next door, though its largest lies elsewhere ("ATHENS
                # ... from Decatur ... near Cleveland": Decatur, Tennessee, beside Athens, Tennessee)
                supported = True
        if not bigs:
            return place
        big, weight = max(bigs.items(), key=lambda kv: (kv[1], gaz.population(kv[0])))
        # a big city itself has its own neighbourhoods ("Austin" in a Chicago report is Chicago's only
        # when Chicago is named more); a town of the big city's state, or of a state the report names
        # otherwise, is itself unless the big city is named more
        if (supported or big.admin1 == place.admin1 or gaz.population(place) >= _BIG_CITY_POP) and weight <= own:
            return place
        if big.admin1 == place.admin1 and gaz.population(place) >= _OWN_CITY_POP:
            # "JACKSONVILLE — ... shot in Tallahassee": a city of the big city's own state, far from it and
            # sizeable, is that city (the report filed from the big one), whatever the dateline's weight
            return place
        # "Montgomery" beside "Aurora": both have a namesake in one state (Illinois), which is where they are,
        # unless the report names the town's own state ("Atlanta ... Georgia")
        bigs_there = {p.admin1 for p in gaz.lookup(big.name, place.country_code, kinds=("city",))}
        for town in gaz.lookup(place.name, place.country_code, kinds=("city",)) if big.admin1 != place.admin1 and not supported else ():
            if town.admin1 in bigs_there and town.admin1 != big.admin1 and fold(town.name) == name:
                return town
        return big

    def _namesake_beside(self, name: str, place: Place) -> bool:
        """Whether a town of that name lies next to the place: "Columbus" beside Phenix City, Alabama is the
        Georgia city across the river, not Ohio's capital."""
        return any(q == 0 and fold(p.name) == name and (km := distance_km(place, p)) is not None and km <= _NAMESAKE_KM
                   for q, p in self.gazetteer.matches(name, place.country_code, kinds=("city",), limit=_NAMESAKE_LIMIT))

    def _spelling_of(self, text: str, place: Place) -> bool:
        """Whether a name outside the US, said with its province or not, is another spelling of the place
        ("Jarablus, Aleppo" of Jarabulus): the report names that town, not a big city's neighbourhood."""
        if place.country_code in (None, "US"):
            return False
        found = self.gazetteer.matches(text.split(",")[0], place.country_code, limit=1)
        return bool(found) and found[0][1] == place
