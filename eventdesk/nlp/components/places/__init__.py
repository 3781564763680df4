"""Places: where each segment's incident happened.

1. Toponyms are spaCy's GPE/LOC/FAC entities, region phrases ("northeastern
   Syria"), and proper names after a locative preposition ("in the city of
   Hasakah", "near Maiduguri") that the small NER model tagged as something
   else or not at all.  Local news names its town mostly in passing: "Waco
   Police Sgt. ...", "the Kern County Sheriff's Office", "a Lafayette teen",
   "a Zanesville bar"; those names count too, but only when the gazetteer
   knows them by their own name (a surname must not become a village).  A
   one-word name that is the last name of someone the report names in full
   ("Chief Chuck Hasty ... Hasty said") weighs half.  Conflict reports name a
   town with its province ("in Zamora, Michoacan", "Agatu (Agatu LGA, Benue)"):
   outside the US the pair is read as one name; a name before a settlement
   word ("Mocimboa town") or joined by hyphens ("Ar-Raqqa") is one too, and a
   name the tagger cut short ("Jamaica" of "Jamaica Plain", "Santa Cruz" of "Santa Cruz
   del Quiche") is the longer one, and a name starting inside it ("Spain" of "Port of
   Spain city") is none of its own.
   In such notes a town before its units in brackets ("Kagara (Rafi LGA, Niger)") or
   shelled ("shelled Menbij in Aleppo", "shelled Ariha and its vicinity") is a place whatever the tagger made of it,
   and so is a province or town it took for a people's ("in Aleppo"); a country's
   name last in those brackets is a province of that name; the town after a ward
   or barangay ("Barangay Calumpang, General Santos") is the scene; a country
   backing a force ("Turkey-backed") is none.  A name before a lower-case unit
   word ("Lakes state", "Leer, Unity state") is a province's, looked up with that
   word; so is the name last in brackets after a town that the index knows only
   with one ("Baidoa town (Baydhaba, Bay)": Bay Region).  The district in brackets
   before the province ("Napula (Macomia, Cabo Delgado)") stands in for a village
   the index lacks; a name ending in a unit word ("Sittwe District") is no town of
   a town-province pair; "Zari district center, Balkh" is the town and its province.
   Where the victims were flown or taken ("flown to St. Paul", "a Fargo
   hospital") weighs little: it only says the region; so does a landmark the
   scene is placed by ("west of Phoenix"), and a network's local station
   ("Fox Dallas-Fort Worth reports"); but a small town as the landmark ("at a
   home south of Checotah") lies next to the scene and outweighs a home town
   said in passing.  Where a suspect was caught may stand further back in
   its sentence ("arrested later that day at a gas station in Albuquerque"),
   and "who lives in Farmington" is a home; a suburb told with its side ("in
   south suburban Dolton") outweighs the big city of the dateline; a lone
   surname after "from" is the person, and a weekday the tagger ran into a
   name ("Elm Mott Saturday") is cut off.  Where someone comes from ("a teen from
   the Comstock Park area") weighs like a home town.  A tip line's telephone
   number ("call 513-...") and a state force's initials ("the GBI") say the
   state, faintly, as do a college town's university or hospital ("a Purdue
   student", "an Auburn University student") and, in a report not known to be
   foreign, a hospital named for a town that dwarfs its namesakes ("taken to
   Hilo Medical Center"), a big city's trauma centre called by one word where
   the victims were taken ("taken to Grady", "rushed to Parkland": no town of
   that name elsewhere), and a hospital's name a few cities share beside one of
   those cities' names ("Memorial Medical Center" in Springfield); a big city's police by its initials ("IMPD officers") names
   the city, and so, as faintly, does a university named for a big city ("the
   University of Chicago"), which says whose neighbourhood a "Hyde Park" is.  A
   force named for its beat ("Metro police") names no town; "the Metropolitan
   Police Department", no city before it, is the District of Columbia's, and
   "the Broward Sheriff's Office" or "Broward sheriff's deputies" names Broward County (a big city's own, of a
   state with no county of its name, "the Norfolk Sheriff's Office", names none).  A small American town
   the tagger took for a people's ("Heavener police", "south of Heavener") is
   read all the same, a nation's name ("Choctaw Nation police") or a demonym's
   ending not.  A person's town in the headline ("Wister teen charged ...")
   weighs as a home where the headline puts the incident in another town or
   the body says someone is from it.  A name the tagger
   cut off its county word ("Sabine" of "Sabine Parish") is the county.  A name before a plural street word ("Vermont and Manchester
   avenues") or after "the 4400 block of" is a street.  A city's side ("on
   Saginaw's southeast side") names the city, whatever the tagger made of it,
   in the body or the headline; a saint's hospital ("at St. Mary's Hospital")
   is no town of the saint.  A headline's name that is a county's, said
   without "County" ("Arrest made in Gwinnett shooting"), is the county, unless
   the body names another county holding a town of the name ("Marion girl"
   beside Williamson County is Marion, Illinois).
   "A rural Williston address" and "his Alief apartment" name towns; the town
   after a street address ("the 20000 block of Beaverdam Road in Beaverdam")
   is the scene and outweighs the dateline, unless it would carry the report
   into another state than the rest of its names point to.  A station's web
   site ("wsoctv.com", "click2houston.com") says the outlet's state, and a
   paper's masthead that names no town ("told The Plain Dealer") its city.  A
   segment printed in capitals (a TV transcript) has its towns read after "IN"
   and before "POLICE" or "MAN", as the longest run of words a town bears.
2. A toponym in a sentence that tells the incident (a claim or an attack word)
   weighs more than one elsewhere, and one in a background sentence least.
   The agency dateline ("GAINESVILLE, Fla. -") weighs like the incident
   sentence for the first segment: for local news the dateline town is the
   incident town.  A dateline after web-page debris ("Updated: 6:38 PM
   APOPKA, Fla. - ...") is found in the first lines too.  A dateline town the
   body names only as a landmark or where the victims were taken ("PHOENIX --
   ... west of Phoenix") is where the story was filed: it weighs like a body name.
3. The context countries are the countries the report names; a US state
   ("Ohio", "Fla.") in the text makes it a US report, inside a state force's
   or university's name too ("an Ohio University student"), and so do what only
   American local news writes (a sheriff's office, "the 1500 block of", a
   station's call letters, a network affiliate's credit "(CBS)", a 911 call); so does a bare
   dateline ("SALEM —") of a town an American town of some size is named, unless
   wire copy datelines that city alone abroad ("PARIS —"); a country's name an
   American town bears ("in Lebanon"), beside a big American city that is no
   seat of world news, is that town; without any, the desk's ``default_country``.
4. The gazetteer picks the place.  When it picks a country, province or region,
   a city named in the segment inside that area is preferred: "Syria" and
   "Hasakah" in one sentence mean Hasakah; failing a city, a county of the
   state ("A Virginia girl ... in Washington County"); a city of the segment
   whose largest namesake lies in another state is the namesake in the state
   ("Cleveland ... deputies in Tennessee").  When it picks a town far from a big
   city the report also names, the town is most often that city's neighbourhood
   known to the gazetteer only elsewhere ("Evanston" beside "Cincinnati
   police"): the big city wins unless the town's state is named otherwise or
   the town is named more.  When it picks a county, a town the county holds,
   named in a background sentence (not as a landmark or where the victims
   were taken), is finer than the county's centre.  A big city's neighbourhood that is no town of its
   own name elsewhere, or only a hamlet ("East Germantown", "Parkway Village"),
   is its city even where the report names none.  A station's page banner ("Charleston, SC | News,
   Weather") names the outlet's home, not the scene: it weighs little.  But a
   town far from that home, in another state nothing else names, is most often a
   namesake: the one near the outlet then, or the outlet's big city.
5. A later incident of the report that names no place of its own (or none finer
   than a state, which the outlet's city would stand in for) took place in the
   town of the incident before it.
A name the gazetteer lacks costs nothing but itself.

The modules, from the bottom up (each imports only those above it in this list):

- ``words``        the word lists, patterns and weights more than one module reads
- ``streets``      names that are streets, crossings or buildings, not towns
- ``roles``        a name's role in its sentence: where the victims went, a landmark, a home town, a surname, a team
- ``outlets``      the reporting outlet: call letters, web site, newspaper, a town with its postal code
- ``dateline``     the agency dateline, and a dateline town that is only where the story was filed (step 2)
- ``local_names``  how local news names its town in passing: "Waco Police", "a Lafayette teen", addresses
- ``headline``     what the title says of the place, and a county said without "County"
- ``state_cues``   a state's agencies, university, tip line and city forces
- ``country``      which countries the report is about (step 3)
- ``untagged``     names the tagger missed, mislabelled or cut short
- ``capitals``     the towns of a segment printed in capitals, which the tagger cannot see
- ``provinces``    towns with their provinces, wards and holding places, as conflict reports write them
- ``namesakes``    a pick of the right name in the wrong place: neighbourhoods, big cities, the outlet's region
- ``ranking``      the gazetteer's pick over a segment's toponyms, then a finer place inside a broad one (step 4)
- ``component``    the spaCy component ``eventdesk_places`` and its factory: the cascade itself (steps 1-5)

``PlaceResolver`` is one class made of one mixin per module that needs the gazetteer.  Names with a leading
underscore are private to this package; the few re-exported below are read by the tests.
"""

from .component import PlaceResolver, make_places
from .country import _big_us_city_in_title
from .headline import _title_names
from .outlets import _site_market
from .provinces import _containers
from .roles import _home_town
from .streets import _crossing
from .untagged import _untagged_names

__all__ = ["PlaceResolver", "make_places"]
