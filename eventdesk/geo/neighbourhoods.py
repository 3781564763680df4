"""Neighbourhoods of large US cities that local news names instead of the city.

"Shot in Portage Park", "a Madisonville shooting": the gazetteer knows these
names only as towns elsewhere (Portage, Madisonville, Texas).  A report that
also names the city (or comes from one of its stations) means the
neighbourhood.  Written by hand from general knowledge: Chicago's community
areas and a few of each city's best-known neighbourhoods, for the largest
cities and the big cities of US gun violence; some housing projects ("Gilmor
Homes", "Nickerson Gardens") and ballparks ("Comerica Park") are named as a
neighbourhood is.  A name that is also a town elsewhere in the city's own state
is left out (a report naming the city may mean that town: Russell, Kentucky,
is no part of Louisville), and since the twenty-first round the gazetteer
checks that for every city added (no town of a thousand people or more of that
name farther than 25 km from the city); so is a neighbourhood so far from the
city's centre that the centre would misplace it (the San Fernando Valley's,
the Rockaways), a name that reads as a person's, a common word or a better-
known place (Liberty Park, Central, Pittsburgh in Atlanta), and a name that
would make another city's neighbourhood of that name ambiguous where that city
is more likely meant.
"""

from __future__ import annotations

from .names import fold

_CITIES: dict[tuple[str, str], str] = {
    ("Chicago", "Illinois"): (
        "Rogers Park; West Ridge; Uptown; Lincoln Square; North Center; Lake View; Lakeview; Lincoln Park; Near North Side;"
        " Edison Park; Norwood Park; Jefferson Park; Forest Glen; North Park; Albany Park; Portage Park; Irving Park;"
        " Old Irving Park; Dunning; Montclare; Belmont Cragin; Hermosa; Avondale; Logan Square; Humboldt Park; West Town;"
        " Austin; West Garfield Park; East Garfield Park; Garfield Park; Near West Side; North Lawndale; South Lawndale;"
        " Lawndale; Little Village; Lower West Side; Pilsen; Near South Side; Armour Square; Bronzeville; Fuller Park;"
        " Grand Boulevard; Kenwood; Washington Park; Hyde Park; Woodlawn; South Shore; Chatham; Avalon Park;"
        " South Chicago; Burnside; Calumet Heights; Roseland; Pullman; South Deering; West Pullman; Riverdale;"
        " Hegewisch; Garfield Ridge; Archer Heights; Brighton Park; McKinley Park; Bridgeport; New City;"
        " Back of the Yards; West Elsdon; Gage Park; West Lawn; Chicago Lawn; Marquette Park; West Englewood;"
        " Englewood; Greater Grand Crossing; Grand Crossing; Ashburn; Auburn Gresham; Beverly; Washington Heights;"
        " Mount Greenwood; Morgan Park; Edgewater; Wicker Park; Bucktown; Ukrainian Village; Gold Coast;"
        " Streeterville; Old Town; Canaryville; Park Manor; Gresham; Princeton Park;"
        " Homan Square"),
    ("Philadelphia", "Pennsylvania"): (
        "Germantown; East Germantown; Feltonville; Kensington; Fishtown; Frankford; Juniata; Juniata Park; Olney;"
        " Nicetown; Tioga; Strawberry Mansion; Brewerytown; Fairhill; Hunting Park; Port Richmond; Mayfair; Tacony;"
        " Holmesburg; Oxford Circle; Roxborough; Manayunk; Mount Airy; West Oak Lane; East Oak Lane; Oak Lane;"
        " Chestnut Hill; Overbrook; Wynnefield; Cobbs Creek; Kingsessing; Point Breeze; Grays Ferry; Grays Ferry;"
        " Southwest Philadelphia; Hartranft; Harrowgate; Logan; Fern Rock; Haddington; Mill Creek; Mantua"),
    ("Cincinnati", "Ohio"): (
        "Westwood; Madisonville; Avondale; Over-the-Rhine; Over the Rhine; Price Hill; East Price Hill; West Price Hill;"
        " Lower Price Hill; Walnut Hills; East Walnut Hills; Evanston; Bond Hill; Roselawn; Northside; College Hill;"
        " Mount Airy; Clifton; Camp Washington; Winton Hills; Oakley; Corryville; South Fairmount; North Fairmount;"
        " Sedamsville; English Woods; Mount Auburn; Pleasant Ridge; Carthage; Hartwell; Kennedy Heights; Spring Grove Village"),
    ("Boston", "Massachusetts"): (
        "Dorchester; Roxbury; Mattapan; Jamaica Plain; Roslindale; Charlestown; South Boston; East Boston; Allston;"
        " West Roxbury; Mission Hill; South End"),
    ("Memphis", "Tennessee"): (
        "Parkway Village; Whitehaven; Frayser; Orange Mound; Hickory Hill; Binghampton; Berclair; Raleigh; Hyde Park;"
        " Cooper-Young; Midtown; Westwood; Nutbush; Hollywood; Oakhaven"),
    ("Washington", "District of Columbia"): (
        "Anacostia; Congress Heights; Columbia Heights; Shaw; Navy Yard; Petworth; Brightwood; Trinidad; Deanwood;"
        " Benning Ridge; Barry Farm; Bellevue; Washington Highlands; Adams Morgan; Eckington; Brookland"),
    ("Wichita", "Kansas"): "Old Town; Delano; Planeview; Riverside",
    ("Milwaukee", "Wisconsin"): "Sherman Park; Harambee; Amani; Metcalfe Park; Lindsay Heights; Bay View; Walker's Point",
    ("Indianapolis", "Indiana"): "Broad Ripple; Haughville; Martindale-Brightwood; Fountain Square; Irvington; Lawrence",
    ("Pittsburgh", "Pennsylvania"): (
        "East Hills; Homewood; Homewood South; Homewood North; Homewood West; East Liberty; Hill District; Bloomfield; "
        "Garfield; Larimer; Beltzhoover; Carrick; Brookline; Beechview; Sheraden; Perry South; Perry North; Northview "
        "Heights; Troy Hill; Hazelwood; Squirrel Hill; Shadyside; Polish Hill; Marshall-Shadeland; Brighton Heights; "
        "Mount Washington; Duquesne Heights; Lincoln-Lemington-Belmar; Lincoln-Lemington; Morningside; Stanton Heights; "
        "Crafton Heights; Fineview; Central Northside; Strip District; South Side Flats; South Side Slopes; East "
        "Allegheny; Allegheny Center; Spring Garden; Chateau; Bon Air; Elliott; Esplen; Fairywood; Windgap; Banksville; "
        "Greenfield; Glen Hazel; Hays; Lincoln Place; New Homestead; Regent Square; Terrace Village; Bedford Dwellings; "
        "Middle Hill; Upper Hill; Crawford-Roberts; Uptown"),
    ("Houston", "Texas"): (
        "Spring Branch; Sharpstown; Kashmere Gardens; Settegast; South Park; Independence Heights; Magnolia Park; "
        "Denver Harbor; Near Northside; Westchase; Meyerland; Braeswood; Westbury; Fondren Southwest; Hiram Clarke; "
        "Second Ward; Trinity Gardens; Eastwood; Greater Greenspoint; Sunnyside; Acres Homes; Third Ward; Fifth Ward;"
        " Gulfton; Alief; Greenspoint; Montrose; Mahatma Gandhi District; Lindale Park; Garden Oaks; Oak Forest; "
        "Timbergrove; Houston Heights; The Heights; Northline; Greater Fifth Ward; Edgebrook; Golfcrest; South Acres;"
        " Southwest Houston; Chinatown; Aldine; Cuney Homes; Clayton Homes; Allen Parkway Village; Pleasantville; "
        "Gulfgate; South Union; Riverside Terrace; Greater Third Ward; Kashmere; Eastex; Greater Eastwood"),
    ("Los Angeles", "California"): (
        "Boyle Heights; Watts; Westlake; Koreatown; Highland Park; Eagle Rock; North Hollywood; Sun Valley; Sherman "
        "Oaks; Studio City; Harbor Gateway; Hyde Park; Vermont Square; Vermont Knolls; Exposition Park; Leimert Park;"
        " Baldwin Hills; Crenshaw; Jefferson Park; Mid-City; Hollywood; East Hollywood; Silver Lake; Echo Park; "
        "Lincoln Heights; El Sereno; Cypress Park; Glassell Park; Atwater Village; Venice; Mar Vista; Palms; Playa "
        "del Rey; Westchester; Pico-Union; Green Meadows; Manchester Square; Chesterfield Square; Harvard Park; "
        "Vermont Vista; Broadway- Manchester; Central-Alameda; South Central; South-Central; Skid Row; Valley Glen; "
        "Valley Village; Nickerson Gardens; Jordan Downs; Imperial Courts; Ramona Gardens; Estrada Courts; Pueblo del"
        " Rio; Aliso Village; Adams-Normandie; Harvard Heights; Arlington Heights; MacArthur Park; Westmont; West "
        "Athens; Florence; Florence-Graham; Willowbrook"),
    ("St. Louis", "Missouri"): (
        "Penrose; Walnut Park; Walnut Park East; Walnut Park West; North Pointe; Wells-Goodfellow; Hamilton Heights; "
        "The Ville; Greater Ville; JeffVanderLou; Fairground; College Hill; Hyde Park; Old North; Carondelet; "
        "Dutchtown; Gravois Park; Benton Park; Benton Park West; Soulard; Tower Grove South; Tower Grove East; "
        "Compton Heights; Fox Park; Mark Twain; Kingsway East; Kingsway West; Visitation Park; West End; "
        "Skinker-DeBaliviere; Central West End; Forest Park Southeast; Botanical Heights; Bevo Mill; Holly Hills; "
        "Marine Villa; Baden; Lafayette Square; Old North St. Louis; Princeton Heights; Lindenwood Park; Ellendale; "
        "Clifton Heights; Dogtown; Cheltenham; Franz Park; Hi-Pointe; Southampton; St. Louis Hills; Boulevard "
        "Heights; Carr Square; Vandeventer; Fountain Park; Lewis Place; O'Fallon Park; North Riverfront; Mount "
        "Pleasant; Columbus Square; Peabody Darst Webbe; Grand Center; Busch Stadium; North Hampton; Tower Grove Park"),
    ("Detroit", "Michigan"): (
        "Brightmoor; Osborn; Cody Rouge; Warrendale; Delray; Mexicantown; Corktown; Boston-Edison; Palmer Park; "
        "Palmer Woods; Conant Gardens; Krainz Woods; Regent Park; Chandler Park; Jefferson-Chalmers; East English "
        "Village; Islandview; Poletown; Dexter-Linwood; Russell Woods; Rosedale Park; North Rosedale Park; Grandmont;"
        " Old Redford; Martin Park; Virginia Park; LaSalle Gardens; Woodbridge; Belle Isle; Southwest Detroit; "
        "Greektown; Eastern Market; Indian Village; West Village; Morningside; Petoskey-Otsego; Franklin Park; "
        "Barton-McFarland; Aviation Sub; Herman Gardens; Mohican Regent; Nortown; Gratiot Woods; Grixdale; Comerica "
        "Park; Ford Field; Dexter-Davison; Springwells; Mapleridge; Chadsey-Condon; Claytown; Core City; New Center; "
        "Northwest Goldberg; Conner Creek"),
    ("Baltimore", "Maryland"): (
        "Sandtown-Winchester; Sandtown; Park Heights; Pimlico; Cherry Hill; Highlandtown; Canton; Fells Point; "
        "Federal Hill; Hampden; Waverly; Govans; Belair-Edison; Frankford; Harlem Park; Upton; Druid Heights; Penn "
        "North; Mondawmin; Edmondson Village; Walbrook; Irvington; Curtis Bay; Pigtown; Coldstream Homestead "
        "Montebello; Broadway East; Greenmount West; Barclay; Remington; Charles Village; Reservoir Hill; Rosemont; "
        "Carroll-Camden; Westport; Morrell Park; Lauraville; Cedonia; Armistead Gardens; O'Donnell Heights; Brooklyn "
        "Park; Park Circle; Liberty Heights; Ashburton; Howard Park; Fallstaff; Yale Heights; Violetville; Little "
        "Italy; Harbor East; Ellwood Park; McElderry Park; Johnston Square; East Baltimore; West Baltimore; "
        "Poppleton; Franklin Square; Carrollton Ridge; Mount Clare; Shipley Hill; Beechfield; Gwynns Falls; Brooklyn;"
        " Gilmor Homes; Perkins Homes; Latrobe Homes; Poe Homes; McCulloh Homes; Douglass Homes; Cherry Hill Homes; "
        "Greenmount; Darley Park; East Baltimore Midway; Berea; Milton-Montford; Collington Square; Hollins Market; "
        "Penn-Fallsway"),
    ("New Orleans", "Louisiana"): (
        "Treme; Trem\u00e9; Seventh Ward; Ninth Ward; Lower Ninth Ward; Upper Ninth Ward; Eighth Ward; Central City; "
        "Gentilly; Algiers; Hollygrove; Mid-City; Bywater; Marigny; Faubourg Marigny; St. Roch; St. Claude; Desire; "
        "Pines Village; Little Woods; Village de l'Est; Broadmoor; Irish Channel; Hoffman Triangle; Leonidas; Pigeon "
        "Town; Gert Town; Tulane-Gravier; B.W. Cooper; Iberville; Fischer; Holy Cross; New Orleans East; Lower Garden"
        " District; Garden District; French Quarter; Fairgrounds; Lake Catherine; Read Boulevard; Plum Orchard; "
        "Milneburg; Fillmore; Dillard; Gentilly Terrace; Calliope; Magnolia Projects; Lafitte; St. Bernard; "
        "Pontchartrain Park; Gentilly Woods; Press Park; Behrman; Tall Timbers; Old Aurora"),
    ("Atlanta", "Georgia"): (
        "Bankhead; Vine City; English Avenue; Mechanicsville; Summerhill; Peoplestown; Adair Park; West End; Cascade "
        "Heights; Adamsville; Grove Park; Kirkwood; Edgewood; East Lake; Old Fourth Ward; Sweet Auburn; Buckhead; "
        "Virginia-Highland; Inman Park; Little Five Points; Cabbagetown; Grant Park; Ormewood Park; Lakewood Heights;"
        " Joyland; Thomasville Heights; Capitol View; Oakland City; Hunter Hills; Collier Heights; Dixie Hills; "
        "Center Hill; Westview; Sylvan Hills; Perkerson; Castleberry Hill; Reynoldstown; Ben Hill; Southwest Atlanta;"
        " Boulder Park; Carver Hills; Mozley Park; Chosewood Park; South Atlanta; Bowen Homes; Carver Homes; Perry "
        "Homes; Hollywood Court; Greenbriar; Cascade; Lakewood; Knight Park; Home Park; Atlantic Station; Browns Mill"
        " Park"),
    ("Cleveland", "Ohio"): (
        "Glenville; Hough; Buckeye-Shaker; Union-Miles; Lee-Harvard; Lee-Seville; Slavic Village; Broadway-Slavic "
        "Village; Collinwood; North Collinwood; South Collinwood; Euclid-Green; Detroit-Shoreway; Tremont; "
        "Clark-Fulton; Cudell; Edgewater; West Boulevard; Kamm's Corners; Old Brooklyn; Brooklyn Centre; "
        "Goodrich-Kirtland Park; Puritas-Longmead; Corlett; Mount Pleasant; St. Clair-Superior; Woodland Hills; "
        "Buckeye; Shaker Square; University Circle; Little Italy; Asiatown; Midtown; Bellaire-Puritas; Ohio City; "
        "Kinsman; Lee-Miles"),
    ("Columbus", "Ohio"): (
        "Linden; South Linden; North Linden; Franklinton; Driving Park; Near East Side; King-Lincoln; Olde Towne "
        "East; Milo-Grogan; Weinland Park; Short North; German Village; Clintonville; Northland; Merion Village; "
        "Southern Orchards; Near South Side; Old Towne East; Brewery District; Italian Village; Victorian Village; "
        "Harrison West; Eastmoor; Berwick; Walnut Ridge; Hilltop; Marion-Franklin; Sullivant Gardens; Windsor "
        "Terrace; Georgian Heights; Hungarian Village; Steelton; Vassar Park; Beechwold"),
    ("Dallas", "Texas"): (
        "Pleasant Grove; Oak Cliff; Deep Ellum; Fair Park; South Dallas; West Dallas; Lake Highlands; Vickery Meadow;"
        " Oak Lawn; Bishop Arts; Cedar Crest; Red Bird; Highland Hills; Kessler Park; Preston Hollow; Casa View; "
        "Buckner Terrace; Bachman Lake; Love Field; Old East Dallas; East Dallas; North Dallas; Far North Dallas; "
        "Northwest Dallas; Singing Hills; Kleberg; Urbandale; Bonton; Joppa; Cadillac Heights; Elm Thicket; Jubilee "
        "Park; Wynnewood; The Cedars; Lake June; Mountain Creek"),
    ("Nashville", "Tennessee"): (
        "Antioch; Bordeaux; Donelson; Hermitage; Old Hickory; Whites Creek; Joelton; Inglewood; East Nashville; North"
        " Nashville; The Nations; Sylvan Park; Edgehill; Napier; Priest Lake; Haynes Manor; Cane Ridge; Hillsboro "
        "Village; Green Hills; Salemtown; McFerrin Park; Cleveland Park; Cayce Homes; Sudekum; Preston Taylor; Andrew"
        " Jackson Courts; Dickerson Pike; Buena Vista; Edgefield; Lockeland Springs; Woodbine; Glencliff; Paragon "
        "Mills; Radnor"),
    ("Louisville", "Kentucky"): (
        "Smoketown; Newburg; Okolona; Fern Creek; Valley Station; Pleasure Ridge Park; Park DuValle; Parkland; "
        "Chickasaw; Shawnee; Portland; Algonquin; Buechel; Hikes Point; Iroquois; Schnitzelburg; Limerick; Old "
        "Louisville; Phoenix Hill; Butchertown; Clifton; Crescent Hill; Shelby Park; Camp Taylor; Wyandotte; "
        "Auburndale; Hazelwood; Cloverleaf; Saint Dennis; Dixie Highway; Fairdale; Highview; Beecher Terrace; "
        "Sheppard Square; Beechmont; Victory Park; Taylor Berry; Southland Park; Park Hill"),
    ("Minneapolis", "Minnesota"): (
        "Phillips; East Phillips; Powderhorn; Near North; Hawthorne; Folwell; Willard-Hay; Cedar-Riverside; Whittier;"
        " Longfellow; Lyndale; Seward; Stevens Square; Loring Park; Webber-Camden; McKinley; Lind-Bohanon; Shingle "
        "Creek; Marcy-Holmes; Dinkytown; Uptown; Bryant; Corcoran; Bancroft; Standish; Nokomis; Camden; "
        "Sumner-Glenwood; Ventura Village; Midtown Phillips"),
    ("Saint Paul", "Minnesota"): (
        "Frogtown; Rondo; Payne-Phalen; Dayton's Bluff; Summit-University; Thomas-Dale; West Seventh; Highland Park; "
        "Hamline-Midway; Summit Hill; Greater East Side; Battle Creek; Sunray"),
    ("Denver", "Colorado"): (
        "Montbello; Five Points; Globeville; Elyria-Swansea; Green Valley Ranch; Barnum; Athmar Park; Ruby Hill; "
        "Harvey Park; Mar Lee; Villa Park; Capitol Hill; Westwood; Cole; Clayton; Skyland; Northeast Park Hill; Park "
        "Hill; Virginia Village; Sloan Lake; West Colfax; Valverde; Sun Valley; Whittier; College View; Hampden; "
        "LoDo; Cherry Creek; Congress Park; City Park; Montclair; Baker; Curtis Park; Swansea; Elyria; Berkeley; "
        "Chaffee Park; Platt Park; Bear Valley"),
    ("Phoenix", "Arizona"): (
        "Maryvale; Ahwatukee; Sunnyslope; Encanto; Alhambra; Estrella; Deer Valley; South Mountain; Moon Valley; "
        "North Mountain; Desert View; Camelback East; Laveen Village; Paradise Valley Village; Ahwatukee Foothills; "
        "Laveen; Coronado"),
    ("Seattle", "Washington"): (
        "Rainier Beach; Rainier Valley; Capitol Hill; Belltown; Ballard; Fremont; Beacon Hill; Columbia City; "
        "Georgetown; South Park; Delridge; Lake City; Northgate; University District; Wallingford; Queen Anne; "
        "Magnolia; Greenwood; SoDo; Sodo; Pioneer Square; Central District; Hillman City; High Point; Ravenna; "
        "Wedgwood; Bitter Lake; West Seattle; Chinatown-International District; International District; Interbay; "
        "Green Lake; Phinney Ridge; Madrona; Leschi; Mount Baker; Seward Park; Dunlap; White Center; Skyway; Yesler "
        "Terrace; NewHolly; Rainier Vista"),
    ("Miami", "Florida"): (
        "Liberty City; Little Haiti; Overtown; Allapattah; Little Havana; Wynwood; Coconut Grove; Model City; Little "
        "River; Flagami; Brickell; Coral Way; Upper Eastside; Little Santo Domingo; Gladeview; Liberty Square; West "
        "Little River; Brownsville; Buena Vista; Silver Bluff; Grapeland Heights; Pork and Beans"),
    ("Charlotte", "North Carolina"): (
        "Hidden Valley; Grier Heights; Beatties Ford; West Boulevard; Eastland; University City; NoDa; Plaza Midwood;"
        " Dilworth; Myers Park; Ballantyne; Steele Creek; Hickory Grove; Starmount; Sedgefield; Wilmore; Enderly "
        "Park; Biddleville; Derita; Oakhurst; Shannon Park; Westover; Reid Park; Tryon Hills; Druid Hills; Sugar "
        "Creek; Windsor Park; Coulwood; Mountain Island; Oakview Terrace; Arbor Glen; Beatties Ford Road; Thomasboro;"
        " Double Oaks; Belmont; Optimist Park; Villa Heights; Genesis Park; Brookhill; Camp Greene; Ashley Park"),
    ("Jacksonville", "Florida"): (
        "Arlington; Mandarin; Moncrief; Durkeeville; Sherwood Forest; Baymeadows; Oceanway; Paxon; Brentwood; Murray "
        "Hill; San Marco; Ortega; Grand Park; Lackawanna; Riverside; Avondale; New Town; Royal Terrace; Biltmore; "
        "Ribault; Panama Park; Health Road; Normandy; Cedar Hills; Confederate Point; Hyde Park; Venetia; Woodland "
        "Acres; Lincoln Villas"),
    ("New York", "New York"): (
        "Harlem; East Harlem; Central Harlem; West Harlem; Bedford-Stuyvesant; Bed-Stuy; Brownsville; East New York; "
        "Bushwick; Flatbush; East Flatbush; Canarsie; Coney Island; Sunset Park; Williamsburg; Greenpoint; South "
        "Jamaica; Mott Haven; Hunts Point; Morrisania; Soundview; Castle Hill; Wakefield; Williamsbridge; Co-op City;"
        " Fordham; Highbridge; Melrose; Chelsea; Astoria; Corona; Flushing; Elmhurst; Jackson Heights; Ozone Park; "
        "South Ozone Park; Richmond Hill; Queens Village; St. Albans; Hollis; Springfield Gardens; Laurelton; Cambria"
        " Heights; Woodside; Sunnyside; Ridgewood; Bay Ridge; Bensonhurst; Borough Park; Sheepshead Bay; Gravesend; "
        "Midwood; Marine Park; Flatlands; Cypress Hills; Clinton Hill; Fort Greene; Prospect Heights; Park Slope; "
        "Stapleton; Mariners Harbor; Tompkinsville; West Brighton; New Brighton; Tremont; East Tremont; Mount Hope; "
        "Kingsbridge; Riverdale; Pelham Bay; Parkchester; Throgs Neck; Baychester; Bedford Park; Longwood; Port "
        "Morris; Claremont; Crotona; Lower East Side; East Village; Greenwich Village; Hell's Kitchen; Midtown "
        "Manhattan; Chinatown; Little Italy; Upper West Side; Upper East Side; Sugar Hill; Hamilton Heights; "
        "Morningside Heights; Stuyvesant Town; Kips Bay; Murray Hill; Tribeca; SoHo; Dyker Heights; Brighton Beach; "
        "Ocean Hill; Starrett City; Spring Creek; Woodhaven; Kew Gardens; Forest Hills; Rego Park; Maspeth; Glendale;"
        " Middle Village; Long Island City; Ravenswood; Queensbridge; St. George; Port Richmond; Mariners' Harbor; "
        "Park Hill; Grasmere; New Dorp"),
    ("San Antonio", "Texas"): (
        "Dignowity Hill; Harlandale; Government Hill; Denver Heights; Tobin Hill; Monte Vista; Prospect Hill; Lavaca;"
        " Woodlawn Lake; Collins Garden; Palm Heights; Las Palmas; Nogalitos; Alazan-Apache Courts; Cassiano Homes; "
        "Wheatley Courts; Mirasol Homes; Dellview; Los Angeles Heights; Pecan Valley; Hot Wells"),
    ("Kansas City", "Missouri"): (
        "Ivanhoe; Swope Park; Key Coalition; Town Fork Creek; Blue Valley; Historic Northeast; Waldo; Brookside; "
        "Westport; Ruskin Heights; Hickman Mills; Oak Park; Manheim Park; Squier Park; 18th and Vine; Independence "
        "Plaza; Indian Mound; Lykins; Pendleton Heights; Columbus Park; Paseo West; Washington Wheatley; Boston "
        "Heights"),
    ("Baton Rouge", "Louisiana"): (
        "Scotlandville; Gardere; Old South Baton Rouge; Glen Oaks; Brookstown; Istrouma; Melrose East; Fairfields; "
        "Smiley Heights; Howell Park; Goodwood; Southdowns; Spanish Town; Beauregard Town; Valley Park; Villa del "
        "Rey; Merrydale"),
    ("Birmingham", "Alabama"): (
        "Ensley; Pratt City; Fountain Heights; Collegeville; Smithfield; Titusville; Norwood; Five Points South; "
        "Kingston; Wylam; Inglenook; Tuxedo; Bush Hills; Germania Park; Powderly; Oxmoor; Wahouma; Gate City; Zion "
        "City; Acipco-Finley; Belview Heights; Airport Hills; East Thomas; Central Pratt; North Pratt; Sherman "
        "Heights"),
    ("Jackson", "Mississippi"): (
        "Georgetown; Virden Addition; Belhaven; Fondren; Presidential Hills; Washington Addition; Battlefield Park; "
        "Farish Street; Alta Woods; Eastover; Westland"),
    ("Dayton", "Ohio"): (
        "Westwood; Five Oaks; Santa Clara; Wright-Dunbar; Edgemont; Residence Park; Dayton View; Grafton Hill; McCook"
        " Field; North Riverdale; Old North Dayton; Pineview; Miami Chapel; Belmont"),
    ("Toledo", "Ohio"): (
        "Old South End; Vistula; Old West End; Birmingham; Scott Park; Library Village; Warren-Sherman; Polish "
        "Village; Point Place; Old Orchard; Lagrinka; Secor Gardens"),
    ("Buffalo", "New York"): (
        "Masten Park; Masten District; Kensington-Bailey; Delavan-Grider; Broadway-Fillmore; Black Rock; Kaisertown; "
        "Lovejoy; Schiller Park; Bailey-Delavan; MLK Park; Hamlin Park; Elmwood Village; Allentown; Fruit Belt; "
        "Genesee-Moselle; Emslie; Seneca-Babcock; Hertel; Parkside"),
    ("Rochester", "New York"): (
        "Beechwood; Marketview Heights; Upper Falls; Edgerton; Maplewood; 19th Ward; Nineteenth Ward; "
        "Plymouth-Exchange; Corn Hill; Lyell-Otis; Swillburg; South Wedge; Cobbs Hill; Mayor's Heights; Brown Square;"
        " Ellwanger-Barry"),
    ("Newark", "New Jersey"): (
        "Ironbound; Down Neck; South Ward; Central Ward; West Ward; North Ward; East Ward; Vailsburg; Weequahic; "
        "Forest Hill; Roseville; Lower Roseville; Upper Clinton Hill; Fairmount; Seth Boyden; University Heights; "
        "Lower Broadway"),
    ("Camden", "New Jersey"): (
        "Parkside; Whitman Park; Cramer Hill; Waterfront South; Lanning Square; Marlton; Morgan Village; Bergen "
        "Square; Cooper Grant; Ablett Village"),
    ("Oakland", "California"): (
        "Fruitvale; Elmhurst; Brookfield Village; Sobrante Park; Havenscourt; Lower Bottoms; Eastlake; Temescal; "
        "Rockridge; Castlemont; Maxwell Park; Millsmont; Jingletown; Dimond District; Laurel District; Hoover-Foster;"
        " Adams Point; Grand Lake; Lake Merritt; Stonehurst; Arroyo Viejo; Webster Tract; Tassafaronga; Lockwood "
        "Gardens; Peralta Villa"),
    ("Fresno", "California"): "Tower District; El Dorado Park; Calwa; Lowell; Fig Garden",
    ("Stockton", "California"): (
        "Weston Ranch; Sierra Vista; Conway Homes; Lincoln Village; Garden Acres; Boggs Tract"),
    ("Tampa", "Florida"): (
        "Sulphur Springs; Ybor City; Ybor; Belmont Heights; Robles Park; Progress Village; Seminole Heights; Old "
        "Seminole Heights; South Seminole Heights; Palmetto Beach; Carver City; Tampa Heights; Drew Park; Palm River;"
        " Clair Mel"),
    ("Richmond", "Virginia"): (
        "Church Hill; Gilpin Court; Creighton Court; Mosby Court; Hillside Court; Fairfield Court; Whitcomb Court; "
        "Jackson Ward; Fan District; Oregon Hill; Shockoe Bottom; Broad Rock; Swansboro; Bellemeade; Barton Heights; "
        "Museum District; Woodland Heights"),
    ("Norfolk", "Virginia"): (
        "Park Place; Huntersville; Young Terrace; Tidewater Gardens; Calvert Square; Ghent; Ocean View; Campostella; "
        "Berkley; Lamberts Point; Broad Creek; Lafayette-Winona; Norview; Ballentine Place; Diggs Town; Grandy "
        "Village; Oakleaf Forest; Chesterfield Heights; Titustown; Poplar Halls; Ingleside; Wards Corner; East Ocean "
        "View; Colonial Place"),
    ("Little Rock", "Arkansas"): (
        "Hillcrest; John Barrow; Wakefield; Geyer Springs; Stifft Station; Quapaw Quarter; Cloverdale; Meadowcliff; "
        "Boyle Park; Mabelvale"),
    ("Tulsa", "Oklahoma"): (
        "Greenwood; Crutchfield; Kendall-Whittier; Maple Ridge; Cherry Street; Pearl District; Owen Park; Brady "
        "Heights; Eugene Field; Turley; Brookside; Riverview"),
    ("Omaha", "Nebraska"): (
        "Benson; Dundee; Florence; Kountze Park; Miller Park; Bemis Park; Blackstone; Old Market; Aksarben; Gifford "
        "Park; Logan Fontenelle; Conestoga; Kellom Heights; Saratoga; Field Club; Hanscom Park; Millard"),
    ("Albuquerque", "New Mexico"): (
        "Barelas; South Valley; Nob Hill; Wells Park; Trumbull Village; Martineztown; Los Duranes; Southeast Heights;"
        " Northeast Heights; Kirtland Addition; Atrisco; Pajarito Mesa; Santa Barbara-Martineztown"),
    ("Las Vegas", "Nevada"): (
        "Sunrise Manor; Spring Valley; Paradise; Naked City; Huntridge; Historic Westside; Summerlin; Centennial "
        "Hills"),
    # an unincorporated place the gazetteer lacks, named as a town is, beside the city it adjoins
    ("Murrieta", "California"): "French Valley",
    ("Portland", "Oregon"): (
        "Lents; Parkrose; St. Johns; Cully; Montavilla; Powellhurst-Gilbert; Brentwood-Darlington; Kenton; Madison "
        "South; Argay; Mill Park; Woodstock; Sellwood; Foster-Powell; Mount Scott; Hazelwood; Old Town"),
    # the smaller of two namesake cities, whose own neighbourhoods say which one a bare "PORTLAND —" is ("in the Old
    # Port": Maine's, not Oregon's); each a name of that city alone (no Forest Park, West End or Crystal City, which
    # other cities or towns bear)
    ("Portland", "Maine"): (
        "Old Port; Munjoy Hill; East Bayside; Libbytown; Deering Center; North Deering; East Deering; Back Cove; "
        "Stroudwater"),
    ("Kansas City", "Kansas"): "Argentine; Armourdale; Quindaro; Rosedale; Strawberry Hill",
    ("Springfield", "Massachusetts"): (
        "Indian Orchard; Sixteen Acres; Mason Square; McKnight; Hungry Hill; Old Hill; East Forest Park; "
        "Memorial Square"),
    ("Arlington", "Virginia"): (
        "Clarendon; Ballston; Rosslyn; Shirlington; Pentagon City; Virginia Square; Nauck; Cherrydale; Lyon Park"),
    ("Richmond", "California"): "Iron Triangle; Point Richmond; Parchester Village",
}

# folded neighbourhood name -> the cities having one of that name
NEIGHBOURHOODS: dict[str, list[tuple[str, str]]] = {}
for _city, _names in _CITIES.items():
    for _n in dict.fromkeys(n.strip() for n in _names.split(";")):
        NEIGHBOURHOODS.setdefault(fold(_n), []).append(_city)


def sole_city(name: str) -> str | None:
    """ "City, State" of the one big city having a neighbourhood of this name, None where none or several have one.
    A report that calls the name a neighbourhood ("in the Ivanhoe neighborhood") means that city's, not a town of the
    name elsewhere (Ivanhoe, Victoria), whose own people would not call it so."""
    cities = NEIGHBOURHOODS.get(fold(name), ())
    return f"{cities[0][0]}, {cities[0][1]}" if len(cities) == 1 else None


def names_of(city: tuple[str, str]) -> list[str]:
    """The neighbourhood names the table gives for ``city`` ("Nashville", "Tennessee"), as written there."""
    return list(dict.fromkeys(n.strip() for n in _CITIES.get(city, "").split(";") if n.strip()))
