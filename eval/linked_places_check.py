"""python -m eval.linked_places_check [--set 1..19|all] [--show rules]   (run from the repo root)

Set 1 (the default) is the invented check set eval/linked_places_check.jsonl: 60 incidents, each told by two to five short US local-news
reports that a reader would join (the same victim, the same day, the same street), where the reports disagree on
the place.  Each incident carries its gold ``town`` and ``state`` (postal code) and a ``kind``:

- ``outlet-elsewhere``: one report datelined in the scene town, others from a station in a bigger city 40-150 km
  away (its city in the headline's suffix) naming only a county, a road, the east side or the victim's hometown;
- ``wire-county-seat``: a wire report datelined in the county seat, naming only the county;
- ``follow-up-elsewhere``: a follow-up datelined in the town of the hospital the victim died in, the court the
  suspect appeared before or the jail he was booked into;
- ``namesake``: a town with namesakes in other states, whose state only one report names;
- ``corrected-town``: a first report naming a neighbouring town, corrected by a later one;
- ``precise-minority``: more reports naming a bigger neighbouring city than the scene, the scene's reports giving
  a street address or a named business.

Set 2, eval/linked_places_check2.jsonl: 50 incidents of two to four reports that disagree on the place, where the
right place is sometimes the one most reports give and sometimes not, so that no single rule (the most reports, a
dateline, a street, the first report) places them all.  Kinds:

- ``outlet-home``: the scene is a town; a regional station's city is in the headline and its text names only the
  county or "north of" the city;
- ``outlet-home-right``: the station's own city is the scene, and other reports (one datelined there) tell the
  victim's hometown or a vigil held in it;
- ``suburb``: the scene is a suburb 30-60 km from the big city that some reports name or are datelined in;
- ``city-hometown``: the scene is the big city, and other reports are datelined in the victim's hometown;
- ``neighbourhood``: the scene is a big city's neighbourhood whose name is also a town elsewhere (Austin, Kensington,
  Sunnyside, Wilmington, Hamilton, Irvington, Linden, Gentilly);
- ``hospital``: a follow-up datelined in the town of the hospital the victim was flown to;
- ``court``: a later report datelined in the county seat where the suspect appeared or is jailed;
- ``county-seat``: the scene is the county seat, and a report gives the street address where the suspect was
  caught in another town;
- ``corrected``: a first report names a town a later one corrects.

Set 3, eval/linked_places_check3.jsonl: 50 incidents of two to four reports that disagree on the place, of kinds
neither set above has; the right place is sometimes the first report's, sometimes the most reports', sometimes the
most precise, sometimes none of those.  Kinds:

- ``across-state-line``: the scene is a town across a state line from a metro whose station names only the county
  and "south of" the metro, and whose wire report is datelined in the metro; or the scene is the metro, and two
  later reports are datelined in the town across the line where the suspect was arrested and charged;
- ``arrest-other-state``: one or two later reports datelined in a town of another state where the suspect was
  arrested or awaits extradition; in two, the first report names only a county that has namesakes in other states
  and the scene town stands only in the arrest town's reports;
- ``chase-end``: a shooting in one town, a chase that ends in a crash in another town of the state, whose station
  and paper report the arrest (the chase's report is sometimes the first);
- ``county-namesake``: most reports name only a county whose name many states have (Jackson, Washington, Franklin,
  Lincoln, Madison, Montgomery, Marion County), one report (sometimes the last) datelines the town and its state;
- ``hometown-majority``: the scene's report, then two reports datelined in the victim's hometown (a vigil, a
  funeral) that name the scene in their text;
- ``hometown-first``: the hometown's report first, then two reports datelined at the scene;
- ``wire-bureau``: a wire report datelined in the state capital, where the state agency sits, names the scene in its
  text (sometimes two such reports), beside a station report that names no town.

Set 4, eval/linked_places_check4.jsonl: 16 incidents of two reports each, of the kinds the counting questions' trace
(``eval.s2_trace``) found told by two incidents of ours on SemEval dev, where a question then counts one shooting
twice.  Kinds:

- ``centre-and-side``: one report places the shooting on a side of a big city or in a neighbourhood, the other names
  only the city and another street of the corner;
- ``county-city``: a consolidated city-county's police tell the shooting as the city's (Honolulu, Nashville), another
  report names the town;
- ``state-only``: a brief names only the state and a highway, beside a report of the town naming another street;
- ``court-dated``: a court or arrest report, dated by the hearing weeks or months later, names the victims and the
  street of a first report;
- ``station-elsewhere``: a station in another city tells the shooting under its own city's dateline.

Set 5, eval/linked_places_check5.jsonl: 51 incidents of two to four reports that disagree on the place, and 10 near
misses.  Kinds:

- ``suburb``: the scene is a suburb 25-60 km from a big city, whose station is datelined there or names only the
  county or "the north suburbs";
- ``county``: one report names only the county (its sheriff), another datelines the town;
- ``outlet-home``: a station's report datelined in its own city names the scene town in its text (or only the
  county);
- ``hospital``: a follow-up datelined in the town of the hospital the victim died in (once across a state line);
- ``court``: a later report datelined in the county seat where the suspect appeared in court;
- ``arrest-other-state``: a later report datelined in the town of another state where the suspect was arrested;
- ``street``: one report gives the town and a street, another only a big city and a region ("the Antelope Valley");
- ``neighbourhood``: a big city's neighbourhood whose name is a town or county elsewhere (Dorchester, Germantown);
- ``misspelled``: one report misspells the town in its dateline ("TUSCON", "CINCINATTI");
- ``apart`` (the near misses, marked ``"apart": true``): two shootings of the same day in two towns 25-120 km
  apart, told by the same station, whose reports must stay two incidents; their gold town is the first report's.

Set 6, eval/linked_places_check6.jsonl: 48 incidents of two or three reports that name the scene's street in
different spellings, and 12 near misses.  Each incident's first report is the town paper's, naming the victim and
the street; then a station in a bigger city of the state 40-150 km away tells it the same day naming only the
county and the street, or an arrest report 5-11 days later names the street and not the victim, or both.  Kinds:

- ``saint``: "St. Claude Avenue" and "Saint Claude Avenue";
- ``mlk``: "MLK Boulevard" and "Martin Luther King Jr. Boulevard" (and "M.L.K.");
- ``compound``: one name written as one word or two ("Bayview", "Bay View"; "Oceanfront Walk", "Ocean Front Walk");
- ``abbrev``: the street's kind written out or shortened ("Blvd.", "Pkwy", "Ln.");
- ``direction``: a direction before the name, shortened, written out or left off ("N. Harlan", "North Harlan";
  "SE Foster Road", "Southeast Foster Road"; "NW Coors Boulevard", "Coors Boulevard NW");
- ``misspelled``: a letter dropped or changed ("Shenandoa", "Abernethy");
- ``two-words``: a highway or an avenue shortened ("Dixie Hwy.", "Asher Ave");
- near misses (``"apart": true``, their gold town the first report's): ``apart-days``, two shootings on one long
  street of a city 4-7 days apart, each naming its own victim; ``apart-north-south``, two shootings 2-3 days apart on
  the north and the south part of one street ("North Main Street", "South Main Street"); ``apart-two-towns``, two
  shootings of one or two days in two towns of one state 80-300 km apart on streets of one name.

Set 7, eval/linked_places_check7.jsonl: 46 incidents of two or three reports, of the kinds the twenty-sixth round
found in SemEval dev's linking errors and of the street leftovers of set 6, 22 of them near misses.  Kinds:

- ``walk``: a street of a kind the street pattern lacked ("Cliffside Walk"): the town paper naming the victim, a
  station in a city 40-150 km away the same day naming the county and the street, an arrest a week later naming
  only the street;
- ``mlk``: a Martin Luther King street ("MLK Boulevard", "Martin Luther King Jr. Drive"), the follow-up 5-9 days
  later naming only the street;
- ``follow-up``: a report 5-8 days later naming the suspect in full and the street, not the victim;
- ``direction-left-off``: "North Main Street", then a follow-up the next day on "Main Street";
- ``no-place``: a brief with no dateline and no town, the same day, naming nobody the town's report names;
- ``hometown-far``: a report datelined in the victim's hometown 100-200 km from the scene, naming the scene town;
- near misses (``"apart": true``, their gold town the first report's): ``apart-mlk``, two towns of one state the
  same day, each a shooting on its own Martin Luther King street; ``apart-days``, two shootings on one long street
  of a city 5-8 days apart, each naming its own victim; ``apart-north-south``, the north and the south (east and
  west) part of one street 1-3 days apart ("North Main Street", "S. Main St."); ``apart-two-towns``, one street name
  in two towns of one state 150-300 km apart, the same day or the next; ``apart-neighbourhoods``, two shootings a
  day apart in two neighbourhoods of one big city, nobody named in common.

Set 8, eval/linked_places_check8.jsonl: 53 incidents of two to four reports, of the kinds the twenty-seventh round
found in SemEval dev's linking errors and of the leftovers it was given, 13 of them near misses.  Kinds:

- ``hospital-far``: a follow-up datelined in the town of the hospital 50-150 km away the victim was flown to or
  died in, naming the victim;
- ``arrest-elsewhere``: a report datelined in a town of another county where the suspect was arrested, naming the
  scene town (and mostly the victim);
- ``capital-station``: a station in the state capital tells a rural town's shooting under its own dateline;
- ``hometown``: a follow-up datelined in the victim's hometown (a vigil, a family's words), naming the scene town;
- ``island``: a town of Oahu 35-50 km from Honolulu, whose police (a city-county's) tell it under a Honolulu
  dateline; and two towns of Maui;
- ``drive-by``: a station's report written in headline case ("Killed In A Drive-By Shooting On Lever Boulevard");
- ``placeless``: a brief with no dateline and no town, the same day, giving the age the town's report gives;
- ``king-drive``: Chicago's King Drive named by two reports of one shooting;
- near misses (``"apart": true``, their gold town the first report's): ``apart-far``, two shootings of one day in
  two towns of one state 40-150 km apart (one of them the other's hospital town, or Honolulu and a town of Oahu);
  ``drive-by-apart``, two "Drive-By" shootings of one day in two towns of one state; ``placeless-apart``, a brief
  with no place the same day giving another age; ``king-drive-apart``, two shootings a day apart on King Drive in
  two neighbourhoods of Chicago.

Set 9, eval/linked_places_check9.jsonl: 50 incidents of two reports each, of the kinds the twenty-eighth round found
in SemEval dev's linking errors and of the leftovers it was given, 13 of them near misses.  Kinds:

- ``placeless-age``: a brief with no dateline and no town, the same day, giving an age the town's report gives (some
  as feeds space their hyphens, "14-year - old");
- ``two-ages``: "Two men, 20 and 22, were shot", beside a brief with no place giving one of the ages or both;
- ``city-county``: a consolidated city-county's city and a town of its county (Hephzibah and Augusta, Baldwin and
  Jacksonville, Girdwood and Chugiak and Anchorage), or the county named alone (Richmond, Davidson, Jefferson,
  Marion, Wyandotte County);
- ``king-mlk``: Chicago's King Drive, also named "Martin Luther King Drive", "MLK Drive" or "Dr. Martin Luther King
  Jr. Drive";
- ``hometown-no-scene``: a follow-up from the victim's hometown 50-150 km off naming the victim, not the scene;
- ``dates-follow-up``: a report 5-11 days later naming the victim, the street or the arrest, the first naming nobody;
- ``headline-person``: a station's report in headline case naming the victim beside a verb ("Rogelio Cazares Died At
  The Scene");
- ``neighbourhood-far-town``: a big city's neighbourhood whose name is a town far off (University City, Antioch),
  one report naming only it;
- near misses (``"apart": true``, their gold town the first report's): ``placeless-apart``, a brief with no place
  the same day giving another age; ``two-ages-apart``, "Two men, 20 and 22" beside a brief giving another age;
  ``city-county-apart``, a town of a city-county and the city the same day, each naming its own people (or ages);
  ``king-mlk-apart``, King Drive and Martin Luther King Drive in two neighbourhoods of Chicago, other ages.

Set 10, eval/linked_places_check10.jsonl: 50 incidents of two or three reports, of the kinds the twenty-ninth round
found in SemEval dev's linking errors and of the leftovers it was given, 19 of them near misses.  Kinds:

- ``hood-dateline``: a report datelined in a big city's neighbourhood ("GAGE PARK —", "BROWNSVILLE —"), another
  outlet's datelined in the city naming the neighbourhood in its text; ``hood-dateline-area``: the other outlet names
  the community area that holds the neighbourhood (Back of the Yards and New City, Greater Grand Crossing and Park
  Manor);
- ``headline-ages``: ages only in a headline ("Boys, 4 and 6, wounded in North Lawndale", "Women, 24 and 31, ..."),
  beside a brief with no place the same day giving one of them;
- ``king-drive``: Chicago's King Drive, named "Martin Luther King Drive", "MLK Drive" or "Dr. Martin Luther King Jr.
  Drive" by the other report;
- ``same-age``: a brief with no place the same day giving the age and the outcome of the town's report;
- ``hometown-person``: a follow-up datelined in the victim's hometown, a town named like a person (Warren, Florence,
  Tyler, Sidney, Marion), naming the victim and the scene town;
- ``far-namesake``, ``far-hometown-headline``, ``far-wire-city``, ``far-county-seat``: reports placed further apart
  than the distance limit (a township named like a town of another state, a headline naming the victims' hometown, a
  wire report datelined in another city, a station in another city naming the county seat);
- near misses (``"apart": true``, their gold town the first report's): ``hood-dateline-apart``, a neighbourhood's
  dateline and another neighbourhood's shooting of the same day or the next, other ages; ``headline-ages-apart``, a
  headline's two ages and a brief with no place giving another; ``king-drive-apart``, King Drive and Martin Luther
  King Drive in two neighbourhoods a day apart, other ages; ``same-age-apart``, two shootings of one day in one state
  whose victims share an age, one killed and one wounded (a brief with no place, or two towns 10-60 km apart).

Set 11, eval/linked_places_check11.jsonl: 50 incidents of two or three reports, of the kinds the thirtieth round
found in SemEval dev's linking errors and of the leftovers it was given, 16 of them near misses.  Kinds:

- ``hood-dateline-namesake``: a report datelined in a big city's neighbourhood whose name is a town elsewhere
  ("AUSTIN —", "ENGLEWOOD —", "BROWNSVILLE —", "ROSELAND —", "CHATHAM —", "GERMANTOWN —", "DORCHESTER —"), beside
  the city's report naming the neighbourhood in its text;
- ``sides``: two outlets put one shooting on the two sides of one area ("East Garfield Park", "West Garfield
  Park"; "East Price Hill", "West Price Hill"; "West Englewood", "Englewood"), sharing the street, the victim or the
  ages;
- ``stray-rally``: a stray bullet after a peace walk, an anti-violence rally, at a vigil or a block party, beside
  the police report of the shooting;
- ``found-dead``: a national report with no dateline whose headline names the town ("Three found dead in Tulsa,
  Okla., home") and whose text names only the state's officials (and its capital);
- ``county-age``: the town paper's dateline naming the sheriff, and the county's report a day or two later naming
  the victim, the same age;
- ``far-hometown-dateline``: a report datelined in the victims' hometown 50-200 km off, naming only the county
  where they were found;
- ``station-suffix``: a station's headline ending in its own city ("- KSLX News 6 Shreveport, Louisiana"), its text
  naming the police of the scene's city;
- ``placeless-street-kind``: a brief with no place giving the address without the street's kind ("5751 Green
  Hill") beside the town's report giving "Green Hill Road";
- ``people-age``: a surname heard two ways by two outlets ("Lennard", "Lenhardt"), the hospital's city in one text,
  the age both give;
- ``county-segment``: a county's report whose last paragraph tells an older case of the county;
- near misses (``"apart": true``, their gold town the first report's): ``hood-namesake-apart``, a town's own
  shooting (Austin, Texas; Brownsville, Texas; Englewood, Colorado; Roseland, New Jersey) and one the same day in
  the big city's neighbourhood of its name; ``sides-apart``, two shootings of one day on the two sides of one area,
  nothing named in common; ``stray-rally-apart``, a peace march with nobody shot and the town's shooting the same
  day; ``two-in-county``, two shootings of one day in one county, one report naming only the county;
  ``far-apart``, the same age the same day in two cities of one state 150-450 km apart.

Set 12, eval/linked_places_check12.jsonl: 52 incidents of two reports each, of the kinds the thirty-first round found
in SemEval dev's linking errors and of the leftovers it was given, 18 of them near misses.  Kinds:

- ``protest-street``: a march's, a rally's or a protest vigil's report of the shots fired at it (read as a protest),
  beside the police report of the shooting on the same street the same day;
- ``spelling``: one victim whose surname two outlets heard two ways ("Mohammed", "Muhammad"; "Leonard", "Lenhart";
  "Ybarra", "Ibarra"), the scene's report and one datelined in a town 5-40 km off, the same day and age;
- ``court-far``: a court report months later datelined in another town of the state 60-200 km off (a federal court,
  a trial moved), naming the victims and the suspect the first report named;
- ``hometown``: a follow-up datelined in the victim's hometown 50-150 km off, naming the victim and the scene;
- ``state-day``: a report placed only in the state (an interstate, the highway patrol) beside the town's report of
  the day giving the same age;
- ``placeless``: a brief with no dateline and no town the same day, sharing a street, a business, a name or an age;
- ``county-days``: the town paper's report naming the sheriff, and the county's report two days later naming the
  victim;
- ``suburb-city``: one outlet names a suburb 40-70 km from a big city, another datelines the city;
- ``hospital-far``: a follow-up datelined in the city of the hospital 50-120 km off, naming the victim;
- near misses (``"apart": true``, their gold town the first report's): ``protest-apart``, a march with nobody shot
  and a shooting of the day on another street, or on its street days later; ``spelling-apart``, the same first
  name and age in two towns 5-40 km apart, surnames that differ by more than a spelling; ``court-apart``, a court
  report months later in another town sharing only a trooper or a detective with the first; ``state-day-apart``, a
  report placed only in the state and a town's shooting of the day giving other ages; ``placeless-apart``, a brief
  with no place the same day naming another street or age; ``far-apart``, the same age the same day in two towns of
  one state 60-150 km apart.

Set 13, eval/linked_places_check13.jsonl: 51 incidents of two or three reports, of the kinds the thirty-second round
found in SemEval dev's linking errors and of the leftovers it was given, 20 of them near misses.  Kinds:

- ``tie-last``: the town's report naming only the victim, a brief with no place the same day naming only the street
  or the business, and last the report naming both (the brief came before the report that ties it);
- ``tie-last-far``: the same, the middle report datelined in a station's city 50-150 km off naming the county and
  the street;
- ``court-plea``: a plea months later naming the dead ("pleaded guilty ... to the April killings of X and Y") and
  telling no shooting, beside the first report naming them;
- ``first-name``: one person named in full by the scene's report and by one datelined in a town under 5 km off;
- ``city-suspect``: a big city's report naming the victim, and the next day's arrest naming the suspect, the
  street and the victim's age;
- ``placeless-venue``: a brief with no place naming the mall, the bowling alley or the shopping centre the town's
  report names;
- ``suburb-next-day``: a suburb 25-40 km from a big city, the city's station a day later giving the street and the
  age;
- ``follow-up-days``: a vigil, a funeral or a reward 8-10 days later naming the victim;
- ``namesake-neighbour``: a township or a neighbourhood named like a town far off (Stowe, University City);
- near misses (``"apart": true``, their gold town the first report's): ``first-name-apart``, one first name and one
  age the same day in two towns under 5 km apart, surnames that differ by more than a spelling;
  ``city-names-apart``, a big city's two shootings a day apart, each report naming its own victim;
  ``placeless-apart``, a brief with no place the same day naming another venue and age; ``state-day-apart``, a
  town's shooting and one placed only in the state the same day, other ages; ``suburb-apart``, a suburb and the big
  city a day apart, other streets and ages; ``follow-up-apart``, one street of a city 8-9 days apart, or a town a week
  apart, other victims; ``court-plea-apart``, a plea months later in another town naming other people.

Set 14, eval/linked_places_check14.jsonl: 55 incidents of two reports each, of the kinds the thirty-third round found
in SemEval dev's linking errors and of the leftovers it was given, 20 of them near misses.  Kinds:

- ``second-segment``: the town's report tells the incident and, in a closing paragraph, an older case of the county
  (another age, another town); the next report, placed only by the county, gives the incident's age;
- ``family-surname``: one report names the child, the other the parent, brother or grandmother of one surname, one
  datelined in the town and the other in the big city of the county or the region 10-35 km off;
- ``county-seat-age``: a report placed only by its county and the county seat's report, the same day and age;
- ``actor-caps``: a station's page whose transcript is written in capitals ("LET'S GO LIVE", "IT IS"), beside a
  brief with no place naming the street or the business;
- ``venue-lowercase``: a venue whose kind one report writes in small letters ("the Blue Room lounge", "the Copper
  Kettle bar"), the town's report naming the victim and a brief with no place naming only the venue;
- ``tagger-name``: a surname that is also a word ("Marcus Hale", "Darnell Rush", "Jerome Battle"), named by the
  town's report and by its follow-up two or three days later;
- ``said-day``: a follow-up 5-6 days later whose only day is the saying's ("has died, police said Thursday"),
  naming the street and the age;
- ``court-unnamed``: a court report months later naming the suspect and the child's age, never the child;
- near misses (``"apart": true``, their gold town the first report's): ``state-day-apart``, two shootings of one
  day in one state 10-110 km apart (or one placed only in the state or its county), other ages;
  ``namesake-victim-apart``, one full name in one city 4-5 days apart, other ages and streets;
  ``family-surname-apart``, one surname and other first names in two towns 10-35 km apart the same day, other ages;
  ``actor-caps-apart``, a station's page in capitals and a brief with no place quoting "Let's" the same day, other
  ages; ``venue-apart``, two lounges, taverns or bars of one city the same day, other ages.

Set 15, eval/linked_places_check15.jsonl: 52 incidents of two to four reports, of the kinds the thirty-fourth round
was given (wrong joins between incidents told by several reports each), 22 of them near misses.  Kinds:

- ``family-surname``: one family named by two or three reports (the child by one, the mother, father, brother or
  grandmother by another), some datelined in a town 5-20 km off;
- ``venue-lowercase``: a venue whose kind is written in small letters ("the Silver Spur saloon", "the Rusty Anchor
  tavern"), told by the town's report, a brief with no place and a follow-up;
- ``age-sentence``: a brief with no place giving the age as a sentence of its own ("He was 38.");
- ``hospital-name``: two reports of one day naming the street, the age and the hospital ("Grady", "Parkland");
- ``actor-days``: a gang named by the report and by its follow-up a day or two later, with the victim or the
  street;
- ``told-by-many``: one incident told by three or four reports over four days (the shooting, the victim's name,
  a charge, a vigil);
- ``near-town-day``: a follow-up the next day datelined in a town 5-10 km off, giving the street and the age;
- ``word-person``: a store's robbery told by two reports of one day giving the street and the age;
- near misses (``"apart": true``, their gold town the first report's): ``family-surname-apart``, one surname, other
  first names and one age in one city on other days (or two towns the same day), other streets;
  ``venue-apart``, one venue in small letters two days apart with other ages, or two venues of the day;
  ``age-sentence-apart``, "He was 41." beside another shooting of the day giving another age;
  ``hospital-name-apart``, two shootings of one city naming one hospital, one of them no age or no street;
  ``boy-apart``, "a boy" shot in two neighbourhoods of a city a day apart; ``actor-days-apart``, one gang (or one
  city's police) named by two shootings two days apart, nothing else in common; ``two-clusters-apart``, two
  shootings of one city a day apart, each told by two reports; ``near-town-day-apart``, a shooting and one the next
  day in a town 5-15 km off, nothing named; ``word-person-apart``, a word the tagger may take for a person
  ("Spam") in two shootings of one city.

Set 16, eval/linked_places_check16.jsonl: 25 incidents of two to four reports, of the kinds the thirty-fourth
round's continuation was given, 14 of them near misses.  Kinds: ``same-day``, one incident told twice the same day,
the age or the street coming in late (or changed); ``hospital-taken``, a brief with no place naming the street, the
age and the hospital the victim was "taken to" ("Grady", "Parkland", "Vanderbilt"); ``numbered-street``, one
numbered street ("North 27th Street") told by two reports of a day; ``family-names``, a wife and husband of one
surname named by two reports a day apart; ``days-no-ages``, one street a day apart, no ages; ``child-age``, "Girl,
2" on one street a day apart; near misses (``"apart": true``, their gold town the first report's):
``same-day-apart``, two bars, taverns or streets of one city the same day, other ages and venues;
``hospital-taken-apart``, two shootings of one city the same day taken to one hospital, other ages and streets;
``numbered-street-apart``, two shootings of one day on other numbered streets (each told by two reports);
``family-names-apart``, one surname, other first names, ages and streets two days apart; ``days-no-ages-apart``,
other streets a day apart, no ages; ``roundup-apart``, a city's roundup of separate attacks beside a shooting on
another street; ``child-age-apart``, "Girl, 2" in two cities of one state the same day.

Set 17, eval/linked_places_check17.jsonl: 41 incidents of two or three reports, of the linking leftovers the
thirty-fifth round was given, 23 of them near misses.  Kinds: ``numbered-street``, one numbered street ("North 35th
Street", "N. 35th St.", "West 79th St.") told by two or three reports of a day or two; ``numbered-corner``, a numbered
avenue and the named street it meets, one report naming the corner and the other one of the two; ``days-no-ages``,
one street a day apart, no ages; ``town-person``, one shooting told twice the same day, each report crediting the
town's police ("Stockton police said"); ``victim-named-later``, a victim named in full ("Latoya Hendricks") by the
first report and by a vigil, a funeral or an arrest three or four days later; ``court-unnamed-child``, a plea or a
sentencing months later naming the suspect and the child's age, never the child; ``child-age``, "Girl, 2" on one
street a day apart or the same day; near misses (``"apart": true``, their gold town the first report's):
``numbered-street-apart`` and ``numbered-avenue-apart``, two shootings of one day in one city on other numbered
streets (avenues), other ages; ``days-no-ages-apart``, other streets of one city a day apart, no ages;
``days-nothing-named-apart``, two neighbourhoods of one city two days apart, nothing named, one an exchange of
gunfire; ``roundup-apart``, a city's roundup of separate attacks (one on King Drive) beside a shooting of the day on
another street or in another neighbourhood; ``child-age-apart``, one child's age the same day in two towns of one
state or on two streets of one city; ``town-person-apart``, two shootings of one town the same day or the next,
other ages and streets, each crediting the town's police.

Set 18, eval/linked_places_check18.jsonl: 23 incidents of two reports, of the linking splits the thirty-fifth round's
continuation was given, 11 of them near misses.  Kinds: ``town-county``, a town's shooting and its county's
follow-up a day or two later ("Putnam County deputies said"), no place nearer than the county; ``state-only``, a town's
shooting and a brief of the same day that names only the state ("An Alabama man was shot and killed"); ``no-place``,
a town's shooting and a report of the same day with no place at all; ``hospital-city``, a town's shooting and a
follow-up a day or more later datelined from the hospital's or the court's city nearby; near misses (``"apart":
true``, their gold town the first report's): ``county-apart``, two shootings of one county two days apart, other
ages; ``state-only-apart``, a town's shooting and a state-only brief of another shooting that day, other ages;
``no-place-apart``, a town's shooting and a placeless report of another that day, other ages;
``hospital-city-apart``, two shootings a day apart in two towns of one metro area, other ages.

Set 19, eval/linked_places_check19.jsonl: 40 incidents of two reports each, of the splits the thirty-sixth round
was left (a report with no place the same day, a town's county two days later, a state-only brief, a person's
apposition, a town named like a person), 20 of them near misses.  Kinds: ``placeless-street``, a brief with no place
the same day naming the town report's street, no age; ``placeless-count``, a brief with no place the same day telling
as many victims of the same sex ("Two women were hurt"), no age; ``county-trait``, the county's report two days
later telling the victim and the place's kind (a clerk shot in a robbery, a mobile home park), no age;
``state-only``, a state-only brief the same day giving the town report's age; ``apposition``, the victim named
"First Last, NN," by the town's report and the county's a day or two later; ``person-town``, a town named like a
person ("Austin police said", "Warren police said") beside the county's report a day later naming the victim in
full; near misses (``"apart": true``, their gold town the first report's): ``placeless-apart``, a brief with no
place that day telling other victims; ``follow-up-apart``, a brief with no place that day following up another
shooting (a charge, a funeral, a court date); ``county-apart``, two shootings of one county two days apart, other
ages; ``state-only-apart``, a state-only brief of another shooting that day, other ages; ``apposition-apart``, the
county's report two days later naming another person; ``placeless-trait-apart``, a brief with no place that day
telling as many victims of the same sex, of other ages.

The rows were written for this project in the style of news reports; none is taken from a corpus.

Each incident's reports go into a fresh embedded ledger (the public API, as the SemEval suite does); the incident
holding most of the reports' primary mentions is the incident's.  Scored per half: incidents whose place lies
within 25 km of the gazetteer's point for the gold town (``geo_check.gold_place``), and incidents whose reports
all joined one incident (for a near miss: that its reports did not all join one).  Halves by a salted hash of the
incident's id (``check_sets.first_digit_half``): only the rules half's wrong incidents are ever printed
(``--show rules``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from eventdesk.models import Report

from . import check_sets
from .geo_check import WITHIN_KM, gold_place

CHECK_SET = Path(__file__).resolve().parent / "linked_places_check.jsonl"
CHECK_SET_2 = Path(__file__).resolve().parent / "linked_places_check2.jsonl"
CHECK_SET_3 = Path(__file__).resolve().parent / "linked_places_check3.jsonl"
CHECK_SET_4 = Path(__file__).resolve().parent / "linked_places_check4.jsonl"
CHECK_SET_5 = Path(__file__).resolve().parent / "linked_places_check5.jsonl"
CHECK_SET_6 = Path(__file__).resolve().parent / "linked_places_check6.jsonl"
CHECK_SET_7 = Path(__file__).resolve().parent / "linked_places_check7.jsonl"
CHECK_SET_8 = Path(__file__).resolve().parent / "linked_places_check8.jsonl"
CHECK_SET_9 = Path(__file__).resolve().parent / "linked_places_check9.jsonl"
CHECK_SET_10 = Path(__file__).resolve().parent / "linked_places_check10.jsonl"
CHECK_SET_11 = Path(__file__).resolve().parent / "linked_places_check11.jsonl"
CHECK_SET_12 = Path(__file__).resolve().parent / "linked_places_check12.jsonl"
CHECK_SET_13 = Path(__file__).resolve().parent / "linked_places_check13.jsonl"
CHECK_SET_14 = Path(__file__).resolve().parent / "linked_places_check14.jsonl"
CHECK_SET_15 = Path(__file__).resolve().parent / "linked_places_check15.jsonl"
CHECK_SET_16 = Path(__file__).resolve().parent / "linked_places_check16.jsonl"
CHECK_SET_17 = Path(__file__).resolve().parent / "linked_places_check17.jsonl"
CHECK_SET_18 = Path(__file__).resolve().parent / "linked_places_check18.jsonl"
CHECK_SET_19 = Path(__file__).resolve().parent / "linked_places_check19.jsonl"
_SALT = "fifteenth-linked:"
_SALT_2 = "seventeenth-places2:"
_SALT_3 = "nineteenth-lplaces3:"
_SALT_4 = "nineteenth-s2:"
_SALT_5 = "twentieth-lplaces5:"
_SALT_6 = "twenty-fifth-places6:"
_SALT_7 = "twenty-sixth-places7:"
_SALT_8 = "twenty-seventh-places8:"
_SALT_9 = "twenty-eighth-places9:"
_SALT_10 = "twenty-ninth-places10:"
_SALT_11 = "thirtieth-places11:"
_SALT_12 = "thirty-first-places12:"
_SALT_13 = "thirty-second-places13:"
_SALT_14 = "thirty-third-places14:"
_SALT_15 = "thirty-fourth-links34:"
_SALT_16 = "thirty-fourth-links34b:"
_SALT_17 = "thirty-fifth-links35:"
_SALT_18 = "thirty-fifth-links35b:"
_SALT_19 = "thirty-sixth-links36:"
# each set's rows and the salt of its halves; a set's halves never change once its rows are written
SETS = {"1": (CHECK_SET, _SALT), "2": (CHECK_SET_2, _SALT_2), "3": (CHECK_SET_3, _SALT_3),
        "4": (CHECK_SET_4, _SALT_4), "5": (CHECK_SET_5, _SALT_5), "6": (CHECK_SET_6, _SALT_6),
        "7": (CHECK_SET_7, _SALT_7), "8": (CHECK_SET_8, _SALT_8),
        "9": (CHECK_SET_9, _SALT_9), "10": (CHECK_SET_10, _SALT_10),
        "11": (CHECK_SET_11, _SALT_11), "12": (CHECK_SET_12, _SALT_12),
        "13": (CHECK_SET_13, _SALT_13), "14": (CHECK_SET_14, _SALT_14),
        "15": (CHECK_SET_15, _SALT_15), "16": (CHECK_SET_16, _SALT_16),
        "17": (CHECK_SET_17, _SALT_17), "18": (CHECK_SET_18, _SALT_18),
        "19": (CHECK_SET_19, _SALT_19)}


def incidents(path: Path = CHECK_SET) -> list[dict]:
    return check_sets.rows(path)


def half(incident_id: str, salt: str = _SALT) -> str:
    """'rules' or 'check': the first hex digit of a salted sha1 of the incident's id (0-7: the rules half)."""
    return check_sets.first_digit_half(salt, incident_id)


def _report(row: dict) -> Report:
    return Report(id=row["id"], title=row["title"], text=row["text"], url=row.get("url"),
                  published=dt.date.fromisoformat(row["published"]))


def ingest_incident(rt, item: dict):
    """Ingest one incident's reports into a fresh ledger: the stored incident holding most of their primary mentions
    (None where no report has one), and whether all of the reports joined it."""
    from eventdesk.store import IncidentFilter

    from .common import primary_mention

    ledger = rt.fresh_ledger()
    try:
        ledger.ingest_reports([_report(r) for r in item["reports"]])
        st = ledger.store
        mains = []
        for r in item["reports"]:
            pm = primary_mention(st.report_mentions(r["id"]))
            mains.append(st.mention_incident(r["id"], pm.index) if pm else None)
        top = Counter(m for m in mains if m).most_common(1)
        row = None
        if top:
            rows, _ = st.list_incidents(IncidentFilter(limit=10**6))
            row = next((row for row in rows if row.id == top[0][0]), None)
        return row, bool(top) and top[0][1] == len(mains)
    finally:
        ledger.close()


def outcome(rt, item: dict) -> dict:
    """The place of the incident holding most of the reports, its distance from the gold point, and whether all
    reports joined it."""
    from .metrics import haversine_km

    row, joined = ingest_incident(rt, item)
    place = row.location if row is not None else None
    gold = gold_place(rt.gazetteer, item)
    km = None
    if place is not None and place.lat is not None and gold is not None:
        km = haversine_km(place.lat, place.lon, gold.lat, gold.lon)
    return {"place": place, "km": km, "joined": joined}


def joined_right(item: dict, o: dict) -> bool:
    """Whether an incident's reports joined as they should: all in one incident, or, for a near miss, not."""
    return o["joined"] != bool(item.get("apart"))


def score(items: list[dict], outcomes: dict, salt: str = _SALT) -> dict[str, dict[str, int]]:
    """Per half (of the set whose salt is given): incidents, incidents placed within 25 km of their gold point,
    incidents whose reports all joined (a near miss, ``"apart"``, counts when its reports did not)."""
    out = {h: {"incidents": 0, "within": 0, "joined": 0} for h in ("rules", "check")}
    for item in items:
        s, o = out[half(item["id"], salt)], outcomes[item["id"]]
        s["incidents"] += 1
        s["within"] += o["km"] is not None and o["km"] <= WITHIN_KM
        s["joined"] += joined_right(item, o)
    return out


def run_set(outcome_of, score_of, items: list[dict], rt=None) -> tuple[dict, dict]:
    """A linked check set's scores per half and each incident's outcome (``outcome_of(rt, item)``), for either set."""
    rt = rt or check_sets.quiet_runtime()
    outcomes = {item["id"]: outcome_of(rt, item) for item in items}
    return score_of(items, outcomes), outcomes


def run(rt=None, items: list[dict] | None = None, name: str = "1") -> tuple[dict, dict]:
    """Set ``name``'s scores per half and each incident's outcome (``items``: the set's rows, read when not given)."""
    path, salt = SETS[name]
    return run_set(outcome, lambda rows, outs: score(rows, outs, salt), items if items is not None else incidents(path), rt)


def sets_main(module: str, doc: str | None, sets: dict, print_set, argv=None) -> int:
    """A linked check sets' command line (``python -m eval.<module> [--set NAME|all] [--show rules]``):
    ``print_set(rt, name, show)`` scores and prints one of ``sets``, set 1 by default."""
    ap = check_sets.parser(module, doc)
    ap.add_argument("--set", choices=(*sets, "all"), default="1", help="which check set to score (default 1)")
    args = ap.parse_args(argv)
    rt = check_sets.quiet_runtime()
    for name in (sets if args.set == "all" else [args.set]):
        print_set(rt, name, args.show)
    return 0


def main(argv=None) -> int:
    return sets_main("linked_places_check", __doc__, SETS, _print_set, argv)


def _print_set(rt, name: str, show: str | None) -> None:
    path, salt = SETS[name]
    items = incidents(path)
    scores, outcomes = run(rt, items, name)
    for h, s in scores.items():
        n = s["incidents"] or 1
        print(f"set {name}  {h:5}  incidents {s['incidents']:3}   within {WITHIN_KM:.0f} km {s['within']:3} ({100 * s['within'] / n:5.1f} %)"
              f"   all joined {s['joined']:3} ({100 * s['joined'] / n:5.1f} %)")
    if show:
        _show_rules_misses(items, outcomes, salt)


def _show_rules_misses(items: list[dict], outcomes: dict, salt: str = _SALT) -> None:
    """Print the rules half's wrong incidents (never the check half's)."""
    for item in items:
        o = outcomes[item["id"]]
        if half(item["id"], salt) != "rules" or (o["km"] is not None and o["km"] <= WITHIN_KM and joined_right(item, o)):
            continue
        got = f"{o['place'].name}, {o['place'].admin1}" if o["place"] else "no place"
        km = "-" if o["km"] is None else round(o["km"])
        print(f"\n{item['id']} [{item['kind']}] ours {got} ({km} km){'' if joined_right(item, o) else '  JOINED WRONG'}"
              f"  gold {item['town']}, {item['state']}")
        for r in item["reports"]:
            print(f"  - {r['id']} {r['published']}  {r['title']}\n    {r['text'][:400]}")


if __name__ == "__main__":
    raise SystemExit(main())
