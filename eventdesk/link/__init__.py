"""Linking: which incident a new mention belongs to, and why.

1. Blocking.  The store returns only incidents whose dates lie within the
   window and whose place is near (``Store.candidates``), and those naming the
   same person in full or the same telling street (``blocking_names``; a
   street up to ``STREET_FOLLOW_UP_DAYS`` back, the follow-up a week later): a
   new report is never compared with the whole ledger.
2. Vetoes.  Different countries, dates further apart than the window, places
   further apart than the distance limit, or two different incident types
   that cannot be the same event (a protest and an air strike) never merge;
   the same person named in full lifts the place veto, and so does the same
   telling street on the same day in one state or in towns of one name (one
   town is a namesake), unless the two reports name other people (in full or
   by ages) or the street is one most cities have once (MLK).  The same
   person lifts the date window for 120 days, a person and a telling street
   for two years (a trial), and so does a
   person in the same town under a follow-up headline (sentenced, trial,
   funeral, vigil), a telling street in one town for 14 days (a follow-up a
   week later; not between reports giving other ages, unless a headline tells
   an arrest).  Two parts of one street ("North Main", "South Main") are two
   streets.
   A follow-up whose headline names the incident's town as the scene ("Suspect
   in Wheeling shooting arrested in Pittsburgh") is read as placed there, and
   one from another state naming the incident's state as placed nowhere: the
   town of an arrest, a court or a hospital is no other incident's place.
   A town of a city-county and the city whose police tell its shootings
   (Kahuku and Honolulu, on Oahu; Girdwood and Anchorage) are a town and its
   county, not two towns past the distance limit, and so are the city and its
   county named alone ("Richmond County deputies" beside Augusta), wherever
   the gazetteer put the bare county's name.
   Two reports that name different people in towns at least 5 km apart, or
   in two neighbourhoods of one city, never merge either; nor do two that
   agree on no more than the state, on different days, naming nothing in
   common.
3. Score.  A weighted sum of place, date, type, actor and name agreement
   (an age both reports give, in the text or the headline, counts for less
   than a shared name, and only between reports placed in one state, or the
   same day beside a brief with no place, whoever else the two name, as
   counts the same toll of two people shot or more told the same day beside
   such a brief by reports naming and aging nobody apart; a
   venue's name counts as a shared name unless the states differ); at or
   above the threshold the mention joins the best-scoring incident, and
   the merge stores its reason in words.  The same person named in full in
   two towns of one state, within two weeks, scores the place as a report
   with no town would: a hometown's, a hospital's or a court's follow-up.
4. Aggregation.  An incident's date, place, type and actors are recomputed
   from all its mentions: the most precise date, the place its reports agree
   on (the most precise of that agreement), the commonest type.

The package's modules, each owning one thing, imported one way only (each from those before it): ``titles`` (what a
headline tells: a follow-up, an arrest, ages), ``places`` (a place's rank, namesakes, counties and city-counties, when
two places agree), ``keys`` (the keys reports are compared by and how two reports' names overlap), ``scenes`` (the
scene a headline names), ``score`` (``score``, ``veto`` and ``VETOES``), ``join`` (``decide``, ``window``) and
``aggregate`` (an incident's date, place and type from its mentions).
"""

from __future__ import annotations

from .aggregate import (
    _DATE_RANK, _NAMESAKE_NEAR_KM, _SAME_POINT_DEG, _VOUCH, CentreOf, PopulationOf, TownIn, _at_centre, _incident_place,
    _names_street, _namesakes_as_one, _neighbourhoods_as_city, _own_point, _strays_as_namesakes, _street_vouched,
    _vouch, aggregate,
)
from .join import LinkDecision, decide, incident_id_for, ties, window
from .keys import (
    _DIRECTIONS, _FAMILY_NAME, _GENERIC_STREETS, _KING_KINDS, _NOT_ALNUM, _NOT_SHARED, _ORDINALS, _STREET_SPELLING,
    _SURNAME_HEARD, _TOWN_STREETS, NameMatch, _first_name_only, _hood_form, _parts, _persons, _same_person,
    _same_street, _sides_differ, _specific_street, _street_form, _streets_apart, _surname_heard_twice, _wide_street,
    blocking_names, names_overlap, neighbourhoods_agree,
)
from .places import (
    _AGREE_KM, _CITY_COUNTIES, _COUNTY_REACH_KM, _PLACE_RANK, _city_county, _city_county_as_town, _county_of_city,
    _in_city_county, _namesakes, _place_rank, _placed_together, _places_agree, _same_county, candidate_km, km_between,
)
from .scenes import (
    _HEAD_NAME_WORDS, _HEAD_NOT_PLACE, _HEAD_SCENE_NOUN, _HEAD_SCENE_VERB, _HEAD_WORD, _HEADLINE_SCENE_KM,
    _SCENE_AFTER_TOWN, _SCENE_BEFORE_TOWN, _SCENE_PATTERNS_KEPT, _SCENE_WORDS, _head_name, _headline_scene, _may_name,
    _scene_elsewhere, _scene_in_headline, _town_pattern, headline_scenes,
)
from .score import (
    _COMPATIBLE_TYPES, _PLACELESS_AGE, _PLACELESS_TOLL, FOLLOW_UP_DAYS, NEIGHBOURHOODS_DIFFER, PERSON_PLACE_UNKNOWN,
    PLACELESS_TRAITS, SAME_AGE, SAME_COUNTY, STATE_ONLY, STREET_FOLLOW_UP_DAYS, STREET_IN_STATE, TOLL_SHOT, TRIAL_DAYS,
    TRIAL_PERSONS, VETOES, WEIGHTS, _date_gap, _days_told, _many_shot, _numbers_differ, _only_wounded, _people_apart,
    _same_toll, _scored, _shot_counts, _street_vouches, _told_toll, _tolls_differ, score, veto,
)
from .titles import (
    _ARREST_TITLE, _FOLLOW_UP_TITLE, _TITLE_AGE_RE, _TITLE_TWO_AGES_RE, _arrest_title, _tells_follow_up, _title_ages,
    reads_as_follow_up,
)

__all__ = [
    "CentreOf", "FOLLOW_UP_DAYS", "LinkDecision", "NEIGHBOURHOODS_DIFFER", "NameMatch", "PERSON_PLACE_UNKNOWN",
    "PopulationOf", "SAME_AGE", "SAME_COUNTY", "STATE_ONLY", "STREET_FOLLOW_UP_DAYS", "STREET_IN_STATE", "TRIAL_DAYS",
    "TRIAL_PERSONS", "TownIn", "VETOES", "WEIGHTS", "aggregate", "blocking_names", "candidate_km", "decide",
    "headline_scenes", "incident_id_for", "km_between", "names_overlap", "neighbourhoods_agree", "reads_as_follow_up",
    "score", "ties", "veto", "window",
]
