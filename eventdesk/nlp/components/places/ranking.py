"""Ranking the candidates (step 4): the gazetteer's pick over a segment's weighted toponyms, then a finer
place inside a broad pick (a city in the province, a county of the state, a town of the county), and the
town after a street address kept within the state the rest of the report points to.
"""

from __future__ import annotations

from ....geo import Toponym, resolve_place
from ....geo.build import county_key
from ....geo.names import fold
from ....geo.resolve import distance_km
from ....models import Place
from .words import _COUNTY, _STATE_HINT_WEIGHT

_BROAD = {"country", "region", "admin1"}
_COUNTY_KM = 40  # a town this near a county's centre may be in it where the ZIP codes do not say


class RankingMixin:
    """PlaceResolver's ranking of a segment's toponyms; needs ``gazetteer`` and the namesake corrections."""

    def _resolve(self, toponyms: list[Toponym], context: tuple[str, ...], sidelined: frozenset[int] = frozenset()) -> Place | None:
        toponyms = [self._side_of_city(self._city_of_neighbourhood(t)) for t in toponyms]
        place = resolve_place(toponyms, self.gazetteer, context_countries=context)
        if place is not None and place.precision in ("city", "point"):
            return self._neighbourhood_of(place, toponyms) or self._big_city_instead(place, toponyms, sidelined)
        if place is None or place.precision not in _BROAD:
            return place
        # a city inside the broad area, named anywhere in the segment, says more; not a town to find the scene by
        # ("LARIMER COUNTY, Colo. -- ... a ranch just east of Wellington", which a small town's weight would let in)
        # nor one where the victims were taken: those leave the county, as in ``_town_of_county``
        narrower = [t for t in toponyms if t.weight >= 1.0 and self.gazetteer.country(t.text) is None
                    and not (t.end and t.start in sidelined)]
        if not narrower:
            return place
        city = resolve_place(narrower, self.gazetteer, context_countries=(place.country_code,) if place.country_code else context,
                             cities_only=True)
        if city is not None and city.country_code == place.country_code and city.precision in ("city", "point"):
            if place.admin1 is None or (city.admin1 == place.admin1 and (place.precision == "admin1" or self._inside(city, place))):
                return city
        return (self._namesake_in_state(place, city) or self._county_of_state(place, narrower, context)
                or self._town_of_county(place, toponyms, sidelined) or place)

    def _namesake_in_state(self, place: Place, city: Place | None) -> Place | None:
        """The town of the state picked that bears the name of the city the segment's names gave, where that city
        lies in another state ("on the outskirts of Cleveland, deputies in Tennessee said": Cleveland, Tennessee,
        not Ohio's, the largest of the name); None where the state has no town of that name."""
        if place.precision != "admin1" or not place.admin1 or city is None or city.precision != "city" \
                or city.admin1 == place.admin1 or city.country_code != place.country_code:
            return None
        name = fold(city.name)
        towns = [p for p in self.gazetteer.lookup(city.name, place.country_code, admin1=place.admin1, kinds=("city",), limit=1)
                 if fold(p.name) == name]
        return towns[0] if towns else None

    def _address_in_state(self, place: Place, toponyms: list[Toponym], addressed: list[Toponym],
                          context: tuple[str, ...]) -> Place:
        """The town after a street address wins only in the state the rest of the report points to: a suburb the
        gazetteer knows only elsewhere ("1094 Misty Hollow Lane in Eastlake", Florida, read as Eastlake, Ohio)
        must not carry the report out of its state."""
        if fold(place.name) not in {fold(t.text) for t in addressed}:
            return place
        rest = [t for t in toponyms if t not in addressed]
        other = self._resolve(rest, context) if rest else None
        if other is not None and (other.country_code, other.admin1) != (place.country_code, place.admin1):
            return other
        return place

    def _town_of_county(self, place: Place, toponyms: list[Toponym], sidelined: frozenset[int] = frozenset()) -> Place | None:
        """A town inside the county picked, named in the text in a sentence that weighs little (background: "a
        shot fired inside his Alief apartment" in a report on the sentencing): the scene lies there, where a
        county spreads over tens of kilometres around its centre.  Only the text's own names count (not the
        outlet's home), and not those ``sidelined`` for their role: a landmark to find the scene by ("just east
        of Wellington") or where the victims were taken leaves the county."""
        if place.precision != "region" or not place.admin1 or place.country_code != "US":
            return None
        faint = sorted((t for t in toponyms if t.end and t.weight < 1.0 and t.start not in sidelined and not _COUNTY.search(t.text)),
                       key=lambda t: (-t.weight, t.start))
        for topo in faint:
            name = fold(" ".join(topo.text.split()).split(",")[0].strip(" .;:"))
            towns = [p for p in self.gazetteer.lookup(name, "US", kinds=("city",))
                     if p.admin1 == place.admin1 and fold(p.name) == name and self._inside(p, place)]
            if towns:
                return towns[0]
        return None

    def _county_of_state(self, place: Place, narrower: list[Toponym], context: tuple[str, ...]) -> Place | None:
        """A county of the state picked, named in the segment ("A Virginia girl ... in Washington County"):
        finer than the state, where no town of it is named."""
        if place.precision != "admin1" or not place.admin1:
            return None
        counties = [t for t in narrower if _COUNTY.search(t.text)]
        if not counties:
            return None
        # the state, faintly: it says which of the namesake counties ("Washington County") is meant
        state = Toponym(place.admin1, 0, 0, _STATE_HINT_WEIGHT)
        county = resolve_place([state, *counties], self.gazetteer,
                               context_countries=(place.country_code,) if place.country_code else context)
        if county is not None and county.precision == "region" and (county.country_code, county.admin1) == (place.country_code, place.admin1):
            return county
        return None

    def _inside(self, city: Place, county: Place) -> bool:
        """Whether a town lies in a county (a region inside a state): by its ZIP codes, else by distance."""
        if county_key(county.name) in self.gazetteer.town_counties(city):
            return True
        km = distance_km(city, county)
        return km is not None and km <= _COUNTY_KM
