"""Neighbourhoods of large US cities that local news names instead of the city.

"Shot in Portage Park", "a Madisonville shooting": the gazetteer knows these
names only as towns elsewhere (Portage, Madisonville, Texas).  A report that
also names the city (or comes from one of its stations) means the
neighbourhood.  Written by hand from general knowledge: Chicago's community
areas and a few of each city's best-known neighbourhoods.
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
        " Streeterville; Old Town; Canaryville; Park Manor; Gresham; Princeton Park"),
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
    ("Houston", "Texas"): "Sunnyside; Acres Homes; Third Ward; Fifth Ward; Gulfton; Alief; Greenspoint; Montrose",
}

# folded neighbourhood name -> the cities having one of that name
NEIGHBOURHOODS: dict[str, list[tuple[str, str]]] = {}
for _city, _names in _CITIES.items():
    for _n in dict.fromkeys(n.strip() for n in _names.split(";")):
        NEIGHBOURHOODS.setdefault(fold(_n), []).append(_city)
