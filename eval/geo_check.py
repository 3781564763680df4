"""python -m eval.geo_check [--set 1..26|all] [--show rules]   (run from the repo root)

Set 1 (the default) is the invented check set eval/geo_check.jsonl: short US local-news shooting reports whose scene town has
namesakes in other states (Springfield, Columbus, Jackson, Salem, Aurora, Portland, Athens, Troy ...) or is a
small town, each with the gold ``town`` and ``state`` (postal code) of the scene.  None names the scene's state
beside the town; each carries the cues real reports carry instead: a county or parish, a neighbouring city
("20 miles south of Nashville", "a suburb west of Denver"), a river, an interstate or state route, a university
or base, a state agency ("the GBI", "Illinois State Police"), a station's call letters, a newspaper's name, a
ZIP code, a tip line's area code, a sports team, a governor with his state; a few rows have no cue at all
(the largest namesake is then the fair choice) and a few are near misses (a victim from, or a suspect arrested
in, another state).  The rows were written for this project in the style of news reports; none is taken from
a corpus.

A row is right when the place of the report's primary mention (``common.primary_mention``, each report
analysed on its own) lies within 25 km of the gazetteer's point for the gold town in the gold state (the
largest US town of that name in that state).  A row whose primary mention has no place is wrong.

Set 2 (eval/geo_check2.jsonl, 118 rows) holds the kinds set 1 lacks: two or more towns in one report (the scene
and the victim's or suspect's home town, the hospital's town, a neighbouring town's police, the court's county
seat), villages, townships and big-city neighbourhoods (gold: the town they belong to), a dateline of a city other
than the scene, outlets told only by call letters or a masthead, a county named and its town only as "near X",
street addresses with their town, and the state named once, far down.  Its gold is the scene's town and state too.

Set 3 (eval/geo_check3.jsonl, 40 rows) holds headlines that end in an outlet's suffix naming its town and state
("... - KXXX News 6 Shreveport, Louisiana", "... | WXXX FOX8 News - Birmingham, AL", "... - The Courier, Everett,
Wash."), while the scene is another town of the outlet's region, in the same state or a neighbouring one, told in
the text with or without its state; near misses whose scene is the outlet's own town (the text names it) and rows
whose text names no town at all (the outlet's town is then the fair guess).

Set 4 (eval/geo_check4.jsonl, 121 rows) holds two kinds, about half each.  First, a town whose name exists in several
states (Aurora, Athens, Jackson, Salem, Troy, Franklin, Greenville, Columbus, Portland, Kansas City, Fayetteville,
Wilmington, Lafayette, Monroe, Gainesville ...) whose state is told only indirectly: a county or parish, a coroner,
a state agency or the state police, a university, a team, an army or marine base, a neighbouring city, a
governor; with near misses whose text gives no cue at all, where the namesake of the largest state is right.
Second, reports naming several towns of which only one is the scene: the victim's home town, the hospital's town
(often a bigger city the victim was moved to), the suspect's town or the town of his arrest, the court's or the
jail's town, a neighbouring town of an earlier shooting.  Its gold is the scene's town and state too.

Set 5 (eval/geo_check5.jsonl, 134 rows) holds reports whose town is told in ways earlier rounds missed or misread:
datelines of two- and three-word towns ("EAST ST. LOUIS", "WEST PALM BEACH", "FORT WORTH"), datelines after an update
stamp or a byline on the same line ("Updated: 6:38 PM APOPKA, Fla. -"), bare datelines of towns with a famous namesake
(Selma, Ferguson, Parkland), towns that share their name with a place abroad (Bel Air, Paris, Lebanon, Toledo, Cairo,
Moscow, Dublin, Vienna ...), neighbourhoods and wards ("the Bottoms", "Over-the-Rhine", "the West Side"), transcripts
written in capitals, a town corrected inside the report, a report naming only a county (gold: its seat), a street and
an outlet, and near misses whose foreign place is right (those rows carry a ``country`` instead of a state).

Set 6 (eval/geo_check6.jsonl, 98 rows) aims at "same state, other city": each report names two or more towns of one
state, of which one is the scene: the victim's home town named first, the hospital's bigger city he was taken or
flown to, the county seat where the suspect is charged or jailed, the town of his arrest, the outlet's own city in
the dateline of a story from a suburb or a nearby town, a county sheriff's office (and its seat), a highway between
two towns; and near misses, about one in six, where the other town named is the scene.  Its gold is the scene's town
and state too.
Set 7 (eval/geo_check7.jsonl, 140 rows) holds reports whose place could be taken from a name not written in the text:
a regional TV station or paper ("... - WXXX News 8 Knoxville, TN" in the headline) reporting a scene 40-150 km
away, often across a state line, told as a community, a village, a township, "rural X County", "just outside X", a
mile marker, or a town named once with its police; neighbourhood names several cities share (Hyde Park,
Germantown, Five Points, Midtown, the West End, Chinatown, Highland Park, Englewood) with the city told once or
only by its police; aliases ("North Philly", "NOLA", "the Bronx", "South LA", "Vegas", "St. Pete", "K.C.",
"Indy") and near misses that only look like one; ZIP codes, of the scene or of a mailing address elsewhere;
headlines naming another place than the body (the victim's home, the metro area); landmarks and counties.  Near
misses keep the outlet's town (a report naming no other), the headline's town (a body naming none) and the
suburb that shares a neighbourhood's name.

Set 8 (eval/geo_check8.jsonl, 73 rows) holds reports naming two to four real US towns of which one is the scene, in
both orders (the scene named first and other towns after it, or another town first): the victim's or suspect's home
town ("a Kokomo man was shot ... in Logansport"), the hospital's town he was taken or flown to, the town of the
suspect's arrest, the court's town or the county seat in the dateline, the outlet's city (a dateline, a station or a
masthead) beside a suburb, "near" or "miles from" a bigger city, a neighbourhood with its city, a person's surname
that is a town's name (Henderson, Jackson, Walker, Marion), a street or road named after a town ("Lancaster Avenue",
"Dallas Highway"), a team named after a city, and a shooting in one town whose victim turned up in another.  Most
scene towns have no namesake in another state.  Its gold is the scene's town and state too.

Set 9 (eval/geo_check9.jsonl, 89 rows) aims at the wrong state: a town with namesakes in other states whose state is
told only by a clue (a county, parish or its sheriff, prosecutor or coroner, a state agency, a nearby city, a university,
a base or landmark, an interstate, a TV station's call letters, a masthead, the outlet's city in the headline, the
state named once far down), the clue sometimes pointing to the commonest namesake and sometimes not; big-city
neighbourhoods that are towns elsewhere (Homewood, Hollywood, Venice, Harlem, Georgetown, Avondale, Riverside,
Irvington, Edgewater, Brighton; gold: their city), with near misses where the town of that name is the scene;
townships and unincorporated communities beside a town (gold: that town); a headline naming the home town of the
victim or suspect ("Wister teen charged in Heavener shooting"), a town written where a tagger may read a people's
name, and a masthead naming a big city ("told the Chicago Tribune") in a report of a suburb.

Set 10 (eval/geo_check10.jsonl, 113 rows) aims at the wrong state once more: towns that share their name with a city
abroad or a bigger US town elsewhere (Athens, Salem, Parma, Paris, Rome, Lebanon, Moscow, Berlin, Dublin, Manchester,
Cairo, Toledo, Florence, Alexandria, Delhi, Lima, Versailles, Troy, Springfield, Columbia, Jackson, Derby, Norwich,
Mexico, Peru, Canton, Warsaw, Vienna, Odessa, Palestine, London, Oxford ...), most in a bare dateline ("ATHENS —"),
whose state is told only by a county, parish, sheriff, coroner or prosecutor (some counties sharing a big city's name:
Miami County, Oakland County, Clark County, Hillsborough County), a university, a landmark, a nearby city, an
interstate, a tip line's area code, or a TV station's call letters ending the headline; and reports whose town is
told only by a neighbourhood, a landmark or a county (gold: its seat), or beside a word that only looks like a place
("a mobile home park", "Liberty Park").  Its gold is the scene's town and state too.

Set 11 (eval/geo_check11.jsonl, 110 rows) holds reports placing a shooting by a neighbourhood, a borough, a ward, a
housing project, a landmark (a mall, a park, a stadium) or an unincorporated community of a big US city (Houston,
Dallas, San Antonio, Atlanta, Baltimore, Detroit, St. Louis, Kansas City, New Orleans, Baton Rouge, Birmingham,
Louisville, Nashville, Cleveland, Columbus, Toledo, Buffalo, New York's boroughs, Newark, Camden, Oakland, Los
Angeles, Jacksonville, Miami, Tampa, Charlotte, Richmond, Norfolk, Minneapolis, Denver, Phoenix, Seattle ...), the
city named once, only by a dateline, or not at all (police told as "HPD", "LMPD", "Metro police"); some neighbourhoods
share their name with a town, a state or a country elsewhere (Pittsburgh in Atlanta, Brooklyn in Baltimore, Algiers,
Ohio City, Portland in Louisville, Arlington in Jacksonville).  Near misses, about one in nine, are towns of the
same state that share a big-city neighbourhood's name (Belmont, O'Fallon, Russell, Fairview, Palmetto, Thomasville,
Jordan, Edgewood, Magnolia, Germantown, Springfield, Englewood), each the scene.  Its gold is the scene's town and
state too (a neighbourhood's: its city).

Set 12 (eval/geo_check12.jsonl, 64 rows) holds reports that name no state at all, of a real US town that several
states share (Columbus, Portland, Aurora, Albany, Kansas City, Jackson, Springfield, Lexington, Auburn, Lafayette ...),
the way a local report names its own town for readers who know where they are.  Two thirds carry exactly one clue to
the state, most often pointing away from the largest namesake: a county or parish (its coroner, its district
attorney), a parish's or a borough's or a township's own word, a county's sheriff's office or police department, a
neighbouring town, a hospital, a university, an interstate or a parkway, a neighbourhood, a street, a TV station's
call letters after the dateline, a state agency told by its initials (GBI, TBI, SLED, FDLE), a tip line's area code.
A third carry no clue at all; their gold is the namesake a reader takes without one, the one with the largest
population (Columbus, Ohio; Portland, Oregon; Kansas City, Missouri; Jackson, Mississippi ...): the towns of those rows
were chosen so that the largest namesake is also the one best known, and none is a close call (Springfield, Columbia
or Greenville are given clues).  Its gold is the scene's town and state.

Set 13 (eval/geo_check13.jsonl, 63 rows) aims at the scene among other places a report names, the kinds SemEval dev
still misplaced once namesakes are set aside: a victim's or suspect's home told by a street address in another town
("of the 400 block of Hedgerow Street in Mansfield", "who lives on Kessel Street in Flint"); a person or a group told
by another town's name ("a Minneapolis rap promoter", "two Atlanta men", "an off-duty Phoenix police officer"); the
hospital's city after a hospital called by its own name ("in critical condition at Erlanger in Chattanooga", "at
Parkland in Dallas"), some in a transcript written in capitals; a small town or an unincorporated community told
beside a county's dateline ("WELD COUNTY — ... just east of Platteville", "in the community of Lucerne Valley");
another event of the report in another town (the suspect caught, a game days before); and a city's name in a team,
a bar's or a street's name.  About one row in six is a near miss whose other town is the scene.  Its gold is the
scene's town and state.

Set 14 (eval/geo_check14.jsonl, 63 rows) aims at a town of a name several states share, told with no state at all but
the hospital the victims were taken to: a hospital of one city known by its own name (Phoebe Putney in Albany, CAMC in
Charleston, Baystate in Springfield, Christiana in Wilmington, Rush Copley in Aurora, Washington Regional in
Fayetteville, IU Health Arnett in Lafayette, Boone Hospital in Columbia ...); a big city's neighbourhood that is a town
elsewhere (East Hills, Georgetown, Walnut Park, Kirkwood, Ensley), told only with the city's trauma hospital (UPMC,
Harborview, Barnes-Jewish, Grady, UAB); a county named like a big city (Hamilton, Charlotte, Orange, Lexington,
Montgomery, El Paso, Tulsa, Lancaster, Richmond, San Bernardino, Riverside, San Diego, Ventura, Marion, Lake) beside the
town of it that is the scene; a township named like a town of another state (gold: its town).  Near misses, about one
in three, keep the scene where the hospital lies in a bigger city nearby ("taken to Baystate Medical Center in
Springfield" from Chicopee), where the report gives no clue (the largest namesake), or where the hospital and the
largest namesake agree.  Its gold is the scene's town and state (a neighbourhood's: its city).

Set 15 (eval/geo_check15.jsonl, 59 rows) aims at a town of a name several states share whose report names no state
beside it, the kinds the twenty-fifth session left: a dateline printing its state in brackets ("ANDERSON (SC) —",
"GREENVILLE (S.C.) —"), with near misses whose brackets hold an agency or a station ("JACKSON (AP) —"); a hospital of
one city the earlier table lacks (Omaha's, Jackson's, Columbus's, Portland's, Florence's, Greenville's ...); an
unincorporated place the gazetteer lacks (French Valley: gold, the town it adjoins); a county named in several states
(Wayne, Jefferson, Montgomery, Washington, Franklin, Madison) whose state is told by a neighbouring town (gold: that
town, or the town the report names as the scene); a town of a common name told with only a neighbouring town of its
state (its police, the town of an arrest or of the hospital); and near misses with no cue at all (the largest
namesake).  Its gold is the scene's town and state.

Set 16 (eval/geo_check16.jsonl, 62 rows) aims at a town of a name several states share whose report tells its state
by no place name: a state's force by its initials or its bare name ("the SBI", "the State Bureau of Investigation",
"THP", "FHP", "KSP", "LSP", "NYSP", "NJSP"), with near misses whose initials belong to another state's bureau ("the
Alabama Law Enforcement Agency's State Bureau of Investigation") or are told of a person's past; a station's call
letters in the dateline's brackets ("ASHLAND (WRIC) —", "ALBANY (KEZI) —"), with near misses whose station reports a
town of a neighbouring state or its market's namesake; the word "parish" alone ("parish deputies", "the parish
coroner"), with near misses where it is a church's; a county several states share beside the town it holds; and
towns of a common name (St. Marys, Alexandria, Columbia, Florence, Athens, Lebanon) told with a neighbouring place,
beside an Alexandria abroad and rows with no clue at all (the largest namesake).  Its gold is the scene's town and
state (a foreign row's: its country).

Set 17 (eval/geo_check17.jsonl, 60 rows) aims at the namesake a dateline or a cue word picks wrong, in reports naming
no state: a bare dateline of a US town that shares its name with a city abroad (Lebanon, Alexandria, Paris, Athens,
Naples, Moscow, Berlin, Dublin, Cairo, Delhi, Lima, Vienna, Warsaw), the story told as local by a county, a parish, a
university, a neighbouring town or the hospital's city, with near misses from abroad ("ALEXANDRIA, Egypt (AP) —",
"MOSCOW (AP) — ... Russian police"); a state's force by a word several states use ("DPS troopers ... near
Florence") beside a county, a highway or a neighbouring town; a town smaller than its ten largest namesakes
("HANOVER (WRIC) —", Hanover County's deputies), with near misses in the larger Hanovers; a county several states
share whose state is told only by a station's copyright line ("Copyright 2016 WNCT"; gold: its seat); and towns whose
largest namesake wins where the report gives no clue (Hobart, Bedford, Caledonia), told instead by a neighbouring
town, a county, a highway number, a river, a school district or a tip line's area code, with rows of no clue at all.
Its gold is the scene's town and state (a foreign row's: its country).

Set 18 (eval/geo_check18.jsonl, 61 rows) aims at the place a report names up front, placed in a namesake elsewhere, in
reports naming no state: a big city's neighbourhood that is a town elsewhere, told without a dateline beside the
city's police ("in Antioch, Metro Nashville police said", Hermitage, Madison, Bordeaux; Roxbury, Dorchester;
Englewood, Austin, Roseland; Harlem; Germantown; gold: the city), with near misses where the town of that name is the
scene (Antioch, California, once with a visitor from Nashville; Hermitage, Pennsylvania; Englewood, New Jersey;
Austin; Germantown, Maryland); a township told after its full name by its initials ("EHT police"); Hobart in
Indiana, Oklahoma, New York and Wisconsin told by a county, a sheriff or a neighbouring town, beside Hobart,
Tasmania; "(AP)" after a bare dateline, of an Irish or French story ("DUBLIN (AP) —") and of a Texas one told by its
county; Bedford told by a county or a neighbouring city, Goldsboro by its air base; "Town of" a town of New York or
Wisconsin bearing a country's name or a common one (Greece, Denmark, Brookfield); and towns of a common name told by
one or two clues (a university, an air or army base, a county, a sheriff's office, a river, an interstate, a school
district, a tip line's area code, a neighbouring town), with near misses whose cue word is told of a person's past
(a Purdue graduate in Lafayette, Louisiana; a former Fort Benning soldier in Columbus, Ohio).  Its gold is the scene's
town and state (a foreign row's: its country).

Set 19 (eval/geo_check19.jsonl, 62 rows) aims at the leftovers of the place a report names up front, placed in a
namesake elsewhere, in reports naming no state: a town of a common name told only by an interstate's number beside
it ("off I-65" in Hobart, "Interstate 91" in Springfield, "I-81" in Salem, "I-44" in Lebanon), with near misses whose
interstate runs through the largest namesake's state too (Columbus and I-70, Jackson and I-55, Portland and I-5) or
is told of a suspect's drive; a hospital naming its city by another word ("Piedmont Columbus Regional": Georgia's
Columbus), beside Columbus, Ohio's own hospitals; "CPD" said without its city beside a neighbourhood of one city
(Linden, Franklinton; Chatham, Little Village; Glenville), with a near miss in Linden, New Jersey; Hobart in Oklahoma,
Wisconsin, New York and Indiana told by a county's sheriff or a neighbouring town, beside Hobart, Tasmania; "Town of"
a town of New York or Wisconsin (Hamburg, Mexico, Salem, Lisbon) told by its county's sheriff, with near misses of a
township of the name and a bare dateline; universities and state forces told by a nickname or initials ("a UGA
student", "Mizzou", "Marshall University", "Appalachian State", "Virginia Tech", "Texas A&M", "LSU", "the Ohio BCI",
"the Iowa Division of Criminal Investigation"), with a near miss whose nickname is told of a person's past; a river
named after a state beside its town ("the Alabama River" in Selma); Madison as Nashville's neighbourhood beside
Madison, Wisconsin and Madison, Alabama; and a school district, a neighbouring town, an area code, an air base or a
county as the one clue, with rows of no clue at all (the largest namesake).  Its gold is the scene's town and state
(a foreign row's: its country).

Set 20 (eval/geo_check20.jsonl, 65 rows) aims at what the thirtieth round left of the place a report names up front,
placed in a namesake elsewhere, in reports naming no state beside it: a bare dateline of a US town's name beside a force
or a state abroad ("HOBART — ... Tasmania Police", "Gardaí", "the Metropolitan Police", "West Midlands Police",
"Greater Manchester Police", "Police Scotland", "RCMP", "the Ontario Provincial Police", "Waterloo Regional Police",
"WA Police"), with near misses of the American town's own story (Hobart, London, Belleville, Manchester, Ennis told by a
county, a sheriff or a hospital; the District's "Metropolitan Police Department"); a state named only as a person's
past ("moved from Georgia", "a native of Illinois", "grew up in Tennessee", "formerly of Maine", "a Delaware native",
"originally from", "raised in"), beside the largest namesake or a county's clue, with near misses whose person came
from the largest namesake's state while a county says the scene; Charlotte's University City told with CMPD or
Charlotte-Mecklenburg police, beside University City, Missouri's own story and Charlotte's uptown; a station's city
ending the headline ("| WSB-TV Atlanta", "- KHOU 11 Houston", "| WSMV 4 Nashville", "| WBTV Charlotte") beside the
text's police of a town of a common name in the station's state (Griffin, Huntsville, Columbia, Covington, Concord,
Columbus), with near misses whose scene is the station's city; U.S., state and historic routes ("U.S. 23", "State
Highway 30", "State Route 22", "Route 66", "Route 9", "Highway 71") that say no state, beside the largest namesake or a
county; and universities and bases told by a short name ("a Miami University student" in Oxford, "Kansas State",
"Texas State", "Sam Houston State", "Murray State", "Bowling Green State", "Utah State", "Central Michigan", "a Fort
Bragg soldier", "Fort Campbell"), with a near miss at Ole Miss.  Its gold is the scene's town and state (a foreign
row's: its country).

Set 21 (eval/geo_check21.jsonl, 60 rows) aims at what the thirty-first round left of the place a report names up front,
placed in a namesake elsewhere, in reports naming no state beside it: two towns of common names that lie side by side in
one state only, beyond the product of namesakes the pairing rule allowed (Caledonia and Avon, New York; Columbia and
Spring Hill, Tennessee; Athens and Decatur, Alabama; Milford and Orange, Connecticut; Newark and Heath, Ohio; Florence
and Sheffield, Alabama), with near misses whose county says another state (a Columbia, South Carolina story naming a
Spring Hill; Caledonia, Wisconsin; Spring Hill, Florida); a neighbourhood of the smaller of two namesake cities
(Portland, Maine's Old Port, Munjoy Hill, Libbytown, East Bayside; Kansas City, Kansas's Argentine, Armourdale,
Quindaro, Rosedale; Springfield, Massachusetts's Indian Orchard, Sixteen Acres, Mason Square; Arlington, Virginia's
Clarendon, Ballston, Shirlington, Columbia Pike; Richmond, California's Iron Triangle), with near misses in the larger
one's own neighbourhoods (Lents, St. Johns, Westport, Church Hill) or none; "West Tennessee" and the Tennessee Highway
Patrol or Bureau of Investigation beside a town a bigger namesake elsewhere bears (Union City, Brownsville, Henderson,
Covington, Milan, Jackson), with near misses of a victim or a suspect from California and Union City, California's own
story; and datelines of other shapes ("SAN ANTONIO-A 41-year-old", "SAN ANTONIO--", "SAN ANTONIO:", "San Antonio
(KSAT) -", "SAN ANTONIO, Texas —", "LITTLE ROCK, Ark.—"), with near misses whose first word is no town ("UPDATE-",
"BREAKING--") or a town whose name is a common word (Independence, Liberty, Normal).  Its gold is the scene's town
and state.

Set 22 (eval/geo_check22.jsonl, 60 rows) aims at what the thirty-second round left of the place a report names up front,
placed in a namesake elsewhere, in reports naming no state beside it: a dateline ending in a colon on a line of its own
below a headline, a kicker or a byline ("CLARKSVILLE: A man ...", "ATHENS: ..." with a UGA student), and at the top,
with near misses whose capitals are a label ("UPDATE:", "WATCH:") or a city abroad ("KARACHI:", "LAHORE:"); a home
town of a suspect or a victim said beside a dateline of a common name ("SPRINGFIELD — ... The suspect, from Jackson"),
the home town's namesake in the dateline's state taken for the scene, with a near miss whose scene is the other town;
a common name beside another whose largest namesake lies in a small namesake's state ("Springfield" beside "Franklin"
goes to Tennessee), with near misses where a county says that state or the largest namesake stays; a pair of
namesakes side by side in one state (Lebanon and Franklin, Ohio) against a big city that puts both names' other
namesakes in another (Nashville), with near misses of the pair's own state; an apartment complex named like a town
("the Gibbs Village apartments", "the Dover Place apartments") with the city told only by its police in another
sentence, with near misses whose town is named; a neighbourhood or a township named like a town elsewhere (Charlotte's
University City told by UNC Charlotte or its hospital; Stowe Township by McKees Rocks, Pennsylvania; gold: the town
they belong to), with near misses of University City, Missouri's and Stowe, Vermont's own stories, and a university
named after a region ("the University of West Georgia" in Carrollton; West Alabama, West Texas A&M told of a person);
and a Madison, Mississippi story whose copyright line names its station in several ways, beside Madison, Wisconsin
where the line names no station.  Its gold is the scene's town and state (a foreign row's: its country).

Set 23 (eval/geo_check23.jsonl, 60 rows) aims at what the thirty-third round left of the place a report names, in
reports naming no state beside it: Athens beside Decatur, a pair that lies side by side in Alabama and in Tennessee
(and within reach in Georgia), told by a county, a neighbouring city, a hospital, an interstate or a college, with a
near miss whose scene is Decatur; a state capital told only by "the state Capitol" or "the State House" (Springfield,
Illinois; Charleston, West Virginia; Augusta, Maine; Concord, New Hampshire) or by its own hospital of a common name
(Memorial Medical Center), with near misses of another namesake's hospital, no clue at all or a neighbour; Charlotte's
University City told only by UNC Charlotte (gold: Charlotte), beside University City, Missouri's own story; a community
the gazetteer lacks whose only namesake lies hundreds of km from the report's other places (Hickory Flat beside
Canton and Cherokee County; gold: Canton, Georgia), with a near miss in the namesake's own county; a state
university told by its initials or its nickname (UGA, UMass, UNH, URI, UVM, K-State, ECU) beside a town of a common
name, with near misses where the initials are told of a person's past; the real Athens, Greece; a sports team named
by its city alone ("after watching the Dallas game", "the next Dallas game", "the Cleveland game") in a story of
another town, with near misses of the Dallas police in Dallas and a game at the city's own stadium; and a headline
opening with a town before "man", "woman", "boy" or "girl" ("Alvin boy, 7, lucky to be alive", "Tyler man shot",
"Eugene man"), whose text names no town, with near misses whose headline opens with a person's name.  Its gold is
the scene's town and state (a foreign row's: its country).

Set 24 (eval/geo_check24.jsonl, 60 rows) aims at towns told with no state, placed in a namesake elsewhere where a cue
the report gives elsewhere says which: a big city's hospital known by a name that is a town elsewhere, after "taken
to", "rushed to", "transported to" ("taken to Grady", "rushed to Parkland", "taken to Harborview", "taken to
Erlanger", "rushed to Temple"), the city told by a county, a neighbourhood or its police, with near misses of a real
town Grady, Parkland or Bellevue that is the scene and of a city a victim was flown to; a headline opening with a town
before "man", "woman", "girl" or "boy" whose body names only a county ("Marion girl" with Williamson County: Illinois;
"Jackson man" with Madison County: Tennessee), with near misses with no county, the largest namesake's own county and
a county named in passing; a hospital of a name several cities share beside a namesake ("Memorial Medical Center" in
Springfield, Illinois), with near misses of another city's hospital and a chain's; SemEval's misses (Abilene, Kansas
by Dickinson County or Junction City; Greenville, South Carolina by Spartanburg or WYFF; Dallas, North Carolina by
Gaston County; Goldsboro by Wayne County and its air base), with near misses of the largest namesake's county and of
a Wayne County that is Detroit's; other towns and highways of one state (Athens with U.S. 72 and Huntsville, Salem
with Roanoke or Lynn); a station in a copyright line (WBBJ, WTVM, WGME) against a wire service's; Athens beside
Decatur; a team named by its city in a story of a suburb; and a county seat's county (Lexington with Davidson County,
Franklin with Williamson or Johnson County, Troy with Pike or Rensselaer County).  Its gold is the scene's town and
state.

Set 25 (eval/geo_check25.jsonl, 60 rows) aims at towns told with no state whose namesake a cue outside the town's
own sentence says, or a prior where none does: a paper of a namesake town named in the body ("told The Greenville
News", "The Daily Reflector", "the Abilene Reflector-Chronicle", "the Ledger-Enquirer", "the State Journal-Register",
"The Decatur Daily", "the Journal & Courier", "The Albany Herald", "the Post-Bulletin"), with near misses of the
largest namesake's own paper and of a wire service; a suspect's home county beside the scene's town and county
("moved from Williamson County", "a Madison County man", "who lives in Limestone County"), with near misses whose
county is the scene's; a directional word before a county ("North Baldwin County", "south Fulton County", "north
Paulding County", "southeast Harris County"); a hospital whose name is a town elsewhere ("Kosair Children's
Hospital", "Vanderbilt University Medical Center", "Truman Medical Center", "Brackenridge", "Einstein") beside a
neighbourhood of its city, with near misses of the towns Shawnee and Vanderbilt; Athens beside Decatur with no state;
a team named by its city in a story of another town; the other towns of a report in one state (Anderson, Phenix
City, Chicopee, South Portland, Naperville, West Lafayette); and no cue at all (the largest namesake; Greenville's
own police).  Its gold is the scene's town and state.

Set 26 (eval/geo_check26.jsonl, 60 rows) aims at the kinds GVDB dev's city errors show, a word read as the town where
the report names its town in another way: a gate of a gated community, a base, a mill or a fairground ("the North
Gate", "the South Gate of Fort Hood", "the Main Gate"), with near misses of the real town South Gate and Seattle's
Northgate; a person's birthplace before "-born" ("a Mexico-born farmworker", "the Chicago-born rapper", "a New
Zealand-born father"), with near misses whose birthplace is the scene and a "first-born" son; a corner of two streets
named after towns ("near Beale and Fond du Lac", "Dexter and Davison", "Madison and Pulaski", "Ogden and Kedzie"),
the city told by its police or only in the headline, with near misses in the towns themselves; a town after a street
address with no comma before it ("3511 US Hwy 117 Alternate Dudley, NC"), with near misses of a victim's or a
suspect's address in another town; a dateline with its state beside another state's county, jail or hospital later
("HANNIBAL, Mo. ... booked into the Lee County jail in southeast Iowa"); a wire story ("(CNN) -") on another state's
outlet; and a neighbourhood or section of a city (gold: its city), with near misses of a suburb named beside its city.
Its gold is the scene's town and state.

Each set's rows are split by a salted hash of their id (``check_sets.first_digit_half``) into a *rules* half, whose
wrong rows may be read while writing rules (``--show rules``), and a *check* half, which is only ever scored.
"""

from __future__ import annotations

from pathlib import Path

from . import check_sets

CHECK_SET = Path(__file__).resolve().parent / "geo_check.jsonl"
CHECK_SET_2 = Path(__file__).resolve().parent / "geo_check2.jsonl"
CHECK_SET_3 = Path(__file__).resolve().parent / "geo_check3.jsonl"
CHECK_SET_4 = Path(__file__).resolve().parent / "geo_check4.jsonl"
CHECK_SET_5 = Path(__file__).resolve().parent / "geo_check5.jsonl"
CHECK_SET_6 = Path(__file__).resolve().parent / "geo_check6.jsonl"
CHECK_SET_7 = Path(__file__).resolve().parent / "geo_check7.jsonl"
CHECK_SET_8 = Path(__file__).resolve().parent / "geo_check8.jsonl"
CHECK_SET_9 = Path(__file__).resolve().parent / "geo_check9.jsonl"
CHECK_SET_10 = Path(__file__).resolve().parent / "geo_check10.jsonl"
CHECK_SET_11 = Path(__file__).resolve().parent / "geo_check11.jsonl"
CHECK_SET_12 = Path(__file__).resolve().parent / "geo_check12.jsonl"
CHECK_SET_13 = Path(__file__).resolve().parent / "geo_check13.jsonl"
CHECK_SET_14 = Path(__file__).resolve().parent / "geo_check14.jsonl"
CHECK_SET_15 = Path(__file__).resolve().parent / "geo_check15.jsonl"
CHECK_SET_16 = Path(__file__).resolve().parent / "geo_check16.jsonl"
CHECK_SET_17 = Path(__file__).resolve().parent / "geo_check17.jsonl"
CHECK_SET_18 = Path(__file__).resolve().parent / "geo_check18.jsonl"
CHECK_SET_19 = Path(__file__).resolve().parent / "geo_check19.jsonl"
CHECK_SET_20 = Path(__file__).resolve().parent / "geo_check20.jsonl"
CHECK_SET_21 = Path(__file__).resolve().parent / "geo_check21.jsonl"
CHECK_SET_22 = Path(__file__).resolve().parent / "geo_check22.jsonl"
CHECK_SET_23 = Path(__file__).resolve().parent / "geo_check23.jsonl"
CHECK_SET_24 = Path(__file__).resolve().parent / "geo_check24.jsonl"
CHECK_SET_25 = Path(__file__).resolve().parent / "geo_check25.jsonl"
CHECK_SET_26 = Path(__file__).resolve().parent / "geo_check26.jsonl"
_SALT = "thirteenth-geo13:"
_SALT_2 = "fourteenth-geo2:"
_SALT_3 = "fourteenth-geo3:"
_SALT_4 = "fifteenth-geo4:"
_SALT_5 = "fifteenth-geo5:"
_SALT_6 = "sixteenth-geo6:"
_SALT_7 = "sixteenth-geo7:"
_SALT_8 = "eighteenth-geo8:"
_SALT_9 = "nineteenth-geo9:"
_SALT_10 = "twentieth-geo10:"
_SALT_11 = "twenty-first-geo11:"
_SALT_12 = "twenty-third-namesake23:"
_SALT_13 = "twenty-fourth-geo13:"
_SALT_14 = "twenty-fifth-geo14:"
_SALT_15 = "twenty-sixth-geo15:"
_SALT_16 = "twenty-seventh-geo16:"
_SALT_17 = "twenty-eighth-geo17:"
_SALT_18 = "twenty-ninth-geo18:"
_SALT_19 = "thirtieth-geo19:"
_SALT_20 = "thirty-first-geo20:"
_SALT_21 = "thirty-second-geo21:"
_SALT_22 = "thirty-third-geo22:"
_SALT_23 = "thirty-fourth-geo34:"
_SALT_24 = "thirty-fifth-geo35:"
_SALT_25 = "thirty-sixth-geo36:"
_SALT_26 = "thirty-sixth-city36:"
# each set's rows and the salt of its halves; a set's halves never change once its rows are written
SETS = {"1": (CHECK_SET, _SALT), "2": (CHECK_SET_2, _SALT_2), "3": (CHECK_SET_3, _SALT_3),
        "4": (CHECK_SET_4, _SALT_4), "5": (CHECK_SET_5, _SALT_5), "6": (CHECK_SET_6, _SALT_6),
        "7": (CHECK_SET_7, _SALT_7), "8": (CHECK_SET_8, _SALT_8), "9": (CHECK_SET_9, _SALT_9),
        "10": (CHECK_SET_10, _SALT_10), "11": (CHECK_SET_11, _SALT_11),
        "12": (CHECK_SET_12, _SALT_12), "13": (CHECK_SET_13, _SALT_13),
        "14": (CHECK_SET_14, _SALT_14), "15": (CHECK_SET_15, _SALT_15),
        "16": (CHECK_SET_16, _SALT_16), "17": (CHECK_SET_17, _SALT_17),
        "18": (CHECK_SET_18, _SALT_18), "19": (CHECK_SET_19, _SALT_19),
        "20": (CHECK_SET_20, _SALT_20), "21": (CHECK_SET_21, _SALT_21),
        "22": (CHECK_SET_22, _SALT_22), "23": (CHECK_SET_23, _SALT_23),
        "24": (CHECK_SET_24, _SALT_24), "25": (CHECK_SET_25, _SALT_25),
        "26": (CHECK_SET_26, _SALT_26)}
WITHIN_KM = 25.0


def rows(path: Path = CHECK_SET) -> list[dict]:
    return check_sets.rows(path)


def half(row_id: str, salt: str = _SALT) -> str:
    """'rules' or 'check': the first hex digit of a salted sha1 of the row's id (0-7: the rules half)."""
    return check_sets.first_digit_half(salt, row_id)


def gold_place(gazetteer, row: dict):
    """The gazetteer's point for the row's gold town in its gold state, or None when it has none.  A row with a
    ``country`` (set 5's near misses abroad) is a town of that country, its largest of the name."""
    country = row.get("country", "US")
    admin1 = row["state"] if country == "US" else None
    hits = gazetteer.lookup(row["town"], country, admin1=admin1, kinds=["city"], abbreviations=True)
    return hits[0] if hits else None


def places(rt, items: list[dict]) -> dict:
    """Each row's resolved place (or None), by id: the place of its report's primary mention."""
    from .common import primary_mention

    out = {}
    for r, _, mentions in rt.analyze([check_sets.report(row) for row in items]):
        pm = primary_mention(mentions)
        out[r.id] = pm.place if pm else None
    return out


def distances(rt, items: list[dict], found: dict) -> dict:
    """Each row's distance in km from its resolved place to its gold point (None: no place or no gold)."""
    from .metrics import haversine_km

    out = {}
    for row in items:
        got, gold = found[row["id"]], gold_place(rt.gazetteer, row)
        ok = got is not None and got.lat is not None and gold is not None
        out[row["id"]] = haversine_km(got.lat, got.lon, gold.lat, gold.lon) if ok else None
    return out


def score(items: list[dict], km: dict, salt: str = _SALT) -> dict[str, dict[str, int]]:
    """Per half (of the set whose salt is given): rows, and rows resolved within 25 km of their gold point."""
    out = {h: {"rows": 0, "within": 0} for h in ("rules", "check")}
    for row in items:
        s = out[half(row["id"], salt)]
        d = km[row["id"]]
        s["rows"] += 1
        s["within"] += d is not None and d <= WITHIN_KM
    return out


def main(argv=None) -> int:
    ap = check_sets.parser("geo_check", __doc__)
    ap.add_argument("--set", choices=(*SETS, "all"), default="1", help="which check set to score (default 1)")
    args = ap.parse_args(argv)
    rt = check_sets.quiet_runtime()
    for name in (SETS if args.set == "all" else [args.set]):
        path, salt = SETS[name]
        items = rows(path)
        found = places(rt, items)
        km = distances(rt, items, found)
        for h, s in score(items, km, salt).items():
            n = s["rows"] or 1
            print(f"set {name}  {h:5}  rows {s['rows']:3}   within {WITHIN_KM:.0f} km {s['within']:3}  "
                  f"({100 * s['within'] / n:5.1f} %)")
        if args.show:
            _show_rules_misses(items, found, km, salt)
    return 0


def _show_rules_misses(items: list[dict], found: dict, km: dict, salt: str) -> None:
    """Print the rules half's wrong rows (never the check half's)."""
    for row in items:
        d = km[row["id"]]
        if half(row["id"], salt) == "rules" and (d is None or d > WITHIN_KM):
            got = found[row["id"]]
            where = f"{got.name}, {got.admin1}" if got else "no place"
            print(f"\n{row['id']} [{row['kind']}] ours {where} ({'-' if d is None else round(d)} km)  "
                  f"gold {row['town']}, {row['state']}\n  {row['title']}\n  " + row["text"].replace("\n", "\n  "))

if __name__ == "__main__":
    raise SystemExit(main())
