"""Pick the place an incident happened from the toponyms of a report.

The caller extracts toponyms (spaCy GPE/LOC/FAC entities, plus
:func:`extract_regions` for "northeastern Syria") and weights them: weight > 1
marks text in the sentence describing the incident.  Resolution:

1. each toponym gets its candidate places ("City, State" and "City, Country"
   pairs, adjacent or in one entity, narrow the city to that state/country).
   "Jamaica, Queens" is in the big city (or borough) after the comma where
   the part's name is no sizeable town's; a county's name is found spelt
   with or without the space after its particle ("LeFlore", "Le Flore").
   Streets, buildings and bare acronyms are no places; "South Philadelphia"
   falls back to Philadelphia when the gazetteer lacks the neighbourhood;
   a US county stands for its large namesake city ("Los Angeles County") or
   else itself, a region at the centre of its ZIP codes ("Cowley County",
   Kansas); "Fla." for Florida; a county's jail or court ("the Tulsa County
   Jail") names its county at half the weight; "DC" alone is Washington; a village bearing the name of a
   building the report names ("Riley" beside "Riley Hospital") is the building, said short;
2. countries and provinces the report names, the states of its "City, State"
   pairs (plus ``context_countries``) form the context; each toponym keeps its
   candidate best fitting that context, population breaking ties ("Paris"
   alone is in France, "Naples" beside "Fla." in Florida); a town inside a
   county the report names fits best ("White Plains" beside "Hopkins County"
   is in Kentucky) and weighs a little more; a town of a state none of the
   counties the report names lies in ranks below those of equal weight (a
   county of several states is the one of a state the report's towns lie in,
   where the victims were taken if no weightier town says one).  Then
   a namesake within 40 km of another town the report names, across a state
   line too ("Columbus" beside "Phenix City", Alabama, is Georgia's; "Hammond"
   beside Calumet City, Illinois, is Indiana's), or about as far as the report
   says it lies from one ("a city about 85 miles northeast of Memphis" is
   Jackson, Tennessee); only namesakes in the report's countries dwarf or pair
   (Salem, India, makes no American Salem Oregon's); then each toponym's first
   choice lends its state to the others' candidates: "Bamberg" beside
   Orangeburg and Walterboro is in South Carolina;
3. the winner is one consistent with the context countries (a local report
   naming a US state does not happen abroad), then the highest weight (a name
   matched only as a spelling variant counting for less), then the most
   specific (city > admin1 > region > country), then one inside a state the
   report names, then one sharing its state with another toponym, then an
   exact name, then the earliest.  A town of a state none of the counties the
   report names lies in weighs less ("Eureka" beside "Navarro County, TX" is no
   Californian port); a county of several states is the one of the state of the
   towns the report names ("Rice County" beside Minneapolis).  Abroad, a province
   named beside a town of it only says where the town is: the province and the
   main city bearing its name leave the race to that town ("Ash-Shajara town in
   Dar'a countryside"), and a spelling variant of a town of a province the report
   names counts as the town's name; a district known by a town's name only as its
   seat's yields the town the name, and a province lies beside no town ("Dangriga,
   Stann Creek"); a name said with a holder abroad ("Kelly Village, Tunapuna")
   that has no namesake in the holder's country is a village the index lacks;
4. a big city some of whose names say one side of it ("north Houston") is moved
   off its centre toward that side.

Names the gazetteer lacks are skipped, never fatal: the best of the rest wins.

The package's modules, each importing only those before it: ``measures`` (specificity, distances), ``toponyms``,
``sizes`` (namesakes by size), ``reach`` (stated distances, metro reach, pairing towns), ``sides`` (a big city's
side), ``words`` (what a toponym's words say), ``counties``, ``choices`` (which option wins), ``pairs`` ("City,
State"), ``candidates`` (one toponym's namesakes) and ``resolver`` (``resolve_place``).  Every name the module
``resolve`` had is still read from the package.
"""

from __future__ import annotations

from ...dateline import split_city_state
from .measures import (
    _SPECIFICITY, _COUNTY_SPECIFICITY, distance_km, specificity
)
from .toponyms import (
    _DIRECTIONS, _REGION, Toponym, extract_regions, _Option
)
from .sizes import (
    _BIG_NAMESAKE_POP, _HAMLET_POP, _DWARFING_POP, _DWARFING_RATIO, _hamlet, _RIVAL_SHARE, _mere_largest,
    _like_size, _dwarfed, _foreign_namesake
)
from .reach import (
    _BESIDE_KM, _STRAY_KM, _STATED_LOW, _STATED_HIGH, _reach, _METRO_POP, _METRO_KM, _metro_reach, _far_from_pairs,
    _towns_of, _PAIR_CHANCE_LIMIT, _pair_reach_km, _paired_namesakes
)
from .sides import (
    _SIDE, _SIDED_CITY_POP, _SIDE_KM_PER_ROOT, _SIDE_MAX_KM, _toward_side
)
from .words import (
    _head, _building_heads, _STREET, _BUILDING, _CITY_PART, _PART_OF, _PART_OF_POP, _UPPER_LOWER, _river_region,
    _ACRONYM, _CITY_STATE_CODES, _STATE_ABBREV, NOT_PLACES, _COUNTY_OF_BUILDING, _COUNTY_OF_BUILDING_SHARE,
    _BUILDING_TOWN_POP, _town_named_like_building, _SAINT, _SAINT_INSIDE, _own_name_with_saint, _TOWNSHIP,
    _WATERWAY, _COUNTY_WORD, _THE
)
from .counties import (
    _COUNTY_TOWN_LIMIT, _COUNTY_TOWN_KM, _inside, _with_county_towns, _with_neighbourhood_city, _with_state_towns,
    _DOMINANT_COUNTY_POP, _DOMINANT_COUNTY_RATIO, _counties_of_named_towns, _counties_of_town_states,
    dominant_county, _township_in_county
)
from .choices import (
    _names_province, _province_word, _towns_over_their_province, _country_support, _town_not_country, _follow_pairs
)
from .pairs import (
    parse_city_state, _COUNTY_SEAT_POP, _county, _county_seat, _pair, _PART_CITY_POP, _PART_TOWN_POP, _PART_KM,
    _part_of_city, _COMPASS_PROVINCES, _region
)
from .candidates import (
    _QUALITY_WEIGHT, _candidates_per_toponym, _village_lacked, _candidates, _township_towns
)
from .resolver import (
    _IN_COUNTY_BONUS, _ASTRAY_MALUS, resolve_place
)

__all__ = [
    "split_city_state", "_SPECIFICITY", "_COUNTY_SPECIFICITY", "distance_km", "specificity", "_DIRECTIONS",
    "_REGION", "Toponym", "extract_regions", "_Option", "_BIG_NAMESAKE_POP", "_HAMLET_POP", "_DWARFING_POP",
    "_DWARFING_RATIO", "_hamlet", "_RIVAL_SHARE", "_mere_largest", "_like_size", "_dwarfed", "_foreign_namesake",
    "_BESIDE_KM", "_STRAY_KM", "_STATED_LOW", "_STATED_HIGH", "_reach", "_METRO_POP", "_METRO_KM", "_metro_reach",
    "_far_from_pairs", "_towns_of", "_PAIR_CHANCE_LIMIT", "_pair_reach_km", "_paired_namesakes", "_SIDE",
    "_SIDED_CITY_POP", "_SIDE_KM_PER_ROOT", "_SIDE_MAX_KM", "_toward_side", "_head", "_building_heads", "_STREET",
    "_BUILDING", "_CITY_PART", "_PART_OF", "_PART_OF_POP", "_UPPER_LOWER", "_river_region", "_ACRONYM",
    "_CITY_STATE_CODES", "_STATE_ABBREV", "NOT_PLACES", "_COUNTY_OF_BUILDING", "_COUNTY_OF_BUILDING_SHARE",
    "_BUILDING_TOWN_POP", "_town_named_like_building", "_SAINT", "_SAINT_INSIDE", "_own_name_with_saint",
    "_TOWNSHIP", "_WATERWAY", "_COUNTY_WORD", "_THE", "_COUNTY_TOWN_LIMIT", "_COUNTY_TOWN_KM", "_inside",
    "_with_county_towns", "_with_neighbourhood_city", "_with_state_towns", "_DOMINANT_COUNTY_POP",
    "_DOMINANT_COUNTY_RATIO", "_counties_of_named_towns", "_counties_of_town_states", "dominant_county",
    "_township_in_county", "_names_province", "_province_word", "_towns_over_their_province", "_country_support",
    "_town_not_country", "_follow_pairs", "parse_city_state", "_COUNTY_SEAT_POP", "_county", "_county_seat",
    "_pair", "_PART_CITY_POP", "_PART_TOWN_POP", "_PART_KM", "_part_of_city", "_COMPASS_PROVINCES", "_region",
    "_QUALITY_WEIGHT", "_candidates_per_toponym", "_village_lacked", "_candidates", "_township_towns",
    "_IN_COUNTY_BONUS", "_ASTRAY_MALUS", "resolve_place"
]
