"""Where a US broadcaster is: its call letters name its home market.

Local news pages carry the station's call letters in the title or a credit
("... - WSMV Channel 4", "(WRIC)", "KENS 5", "WALB.com").  A town named in the
story that several states have ("Smyrna", "Columbus", "Laurel") is most often
the one in the station's state.  Written by hand from general knowledge: only
well-known full-power stations of the larger markets, each with the city it is
licensed to or serves.  Call letters that are English words (WISH, WAVE,
WOOD, KING, WHO, WEEK, ...) are left out: a headline in capitals would read
them as stations.
"""

from __future__ import annotations

_MARKETS: dict[tuple[str, str], str] = {
    # (city, postal state): call letters, space separated
    ("Nashville", "TN"): "WSMV WKRN WTVF WZTV",
    ("Memphis", "TN"): "WMC WREG WHBQ WATN",
    ("Knoxville", "TN"): "WBIR WATE WVLT",
    ("Chattanooga", "TN"): "WRCB WTVC WDEF",
    ("Atlanta", "GA"): "WSB WAGA WXIA WGCL",
    ("Albany", "GA"): "WALB",
    ("Columbus", "GA"): "WTVM WRBL",
    ("Savannah", "GA"): "WTOC WSAV WJCL",
    ("Augusta", "GA"): "WJBF WRDW",
    ("Birmingham", "AL"): "WBRC WVTM WIAT WBMA",
    ("Huntsville", "AL"): "WAFF WHNT WAAY",
    ("Mobile", "AL"): "WKRG WALA WPMI",
    ("Dothan", "AL"): "WTVY",
    ("Tampa", "FL"): "WFLA WTSP WFTS WTVT",
    ("Orlando", "FL"): "WESH WFTV WKMG WOFL",
    ("Miami", "FL"): "WSVN WPLG WTVJ WFOR",
    ("Jacksonville", "FL"): "WJXT WTLV WJAX",
    ("Fort Myers", "FL"): "WBBH WZVN",
    ("Tallahassee", "FL"): "WCTV WTXL",
    ("Gainesville", "FL"): "WCJB",
    ("Charlotte", "NC"): "WSOC WBTV WCNC WJZY",
    ("Raleigh", "NC"): "WRAL WTVD WNCN WRAZ",
    ("Greensboro", "NC"): "WFMY WXII WGHP",
    ("Wilmington", "NC"): "WECT WWAY",
    ("Greenville", "NC"): "WITN WNCT",
    ("Asheville", "NC"): "WLOS",
    ("Charleston", "SC"): "WCSC WCBD WCIV",
    ("Greenville", "SC"): "WYFF WSPA WHNS",
    ("Richmond", "VA"): "WRIC WTVR WWBT",
    ("Norfolk", "VA"): "WTKR WVEC WAVY",
    ("Roanoke", "VA"): "WDBJ WSLS",
    ("Washington", "DC"): "WJLA WRC WUSA WTTG WTOP",
    ("Baltimore", "MD"): "WBAL WJZ WMAR WBFF",
    ("Philadelphia", "PA"): "KYW WPVI WCAU WTXF WPHL",
    ("Pittsburgh", "PA"): "KDKA WTAE WPXI",
    ("Harrisburg", "PA"): "WHTM WGAL",
    ("Scranton", "PA"): "WNEP WBRE",
    ("New York", "NY"): "WABC WCBS WNBC WPIX WNYW",
    ("Buffalo", "NY"): "WIVB WGRZ WKBW",
    ("Rochester", "NY"): "WHEC WROC",
    ("Syracuse", "NY"): "WSYR WSTM",
    ("Albany", "NY"): "WNYT WTEN WRGB",
    ("Boston", "MA"): "WBZ WCVB WHDH WFXT",
    ("Hartford", "CT"): "WFSB WVIT WTNH",
    ("Providence", "RI"): "WJAR WPRI WLNE",
    ("Portland", "ME"): "WCSH WMTW WGME",
    ("Cleveland", "OH"): "WEWS WJW WKYC WOIO",
    ("Cincinnati", "OH"): "WLWT WCPO WKRC WXIX WLW",
    ("Dayton", "OH"): "WHIO WDTN WKEF",
    ("Toledo", "OH"): "WTOL WTVG",
    ("Youngstown", "OH"): "WKBN WFMJ",
    ("Lima", "OH"): "WLIO",
    ("Detroit", "MI"): "WDIV WXYZ WJBK WWJ WJR",
    ("Grand Rapids", "MI"): "WZZM WXMI",
    ("Flint", "MI"): "WJRT WNEM",
    ("Lansing", "MI"): "WLNS WILX",
    ("Chicago", "IL"): "WLS WGN WMAQ WBBM WFLD",
    ("Indianapolis", "IN"): "WTHR WRTV WXIN",
    ("Evansville", "IN"): "WEHT WFIE WTVW",
    ("South Bend", "IN"): "WNDU WSBT",
    ("Louisville", "KY"): "WHAS WLKY WDRB",
    ("Lexington", "KY"): "WKYT WLEX WTVQ",
    ("Milwaukee", "WI"): "WISN WTMJ WITI WDJT",
    ("Madison", "WI"): "WISC WMTV WKOW",
    ("Green Bay", "WI"): "WBAY WLUK WFRV",
    ("La Crosse", "WI"): "WKBT WXOW",
    ("Minneapolis", "MN"): "WCCO KSTP KARE KMSP",
    ("Duluth", "MN"): "KBJR WDIO",
    ("St. Louis", "MO"): "KSDK KMOV KTVI KPLR KMOX",
    ("Kansas City", "MO"): "KSHB KMBC WDAF KCTV",
    ("Springfield", "MO"): "KYTV KOLR KSPR",
    ("Omaha", "NE"): "WOWT KETV KMTV KPTM",
    ("Lincoln", "NE"): "KOLN",
    ("Des Moines", "IA"): "KCCI",
    ("Cedar Rapids", "IA"): "KCRG KGAN",
    ("Sioux Falls", "SD"): "KELO KSFY",
    ("Fargo", "ND"): "WDAY KVLY",
    ("Topeka", "KS"): "WIBW KSNT",
    ("Oklahoma City", "OK"): "KFOR KOCO KWTV KOKH",
    ("Tulsa", "OK"): "KOTV KJRH KTUL KOKI",
    ("Little Rock", "AR"): "KATV KTHV KARK KLRT",
    ("Dallas", "TX"): "WFAA KDFW KXAS KTVT KRLD WBAP",
    ("Houston", "TX"): "KHOU KPRC KTRK KRIV KTRH",
    ("San Antonio", "TX"): "KENS KSAT WOAI KABB",
    ("Austin", "TX"): "KXAN KVUE KEYE KTBC",
    ("El Paso", "TX"): "KTSM KFOX KVIA",
    ("Corpus Christi", "TX"): "KRIS KIII KZTV",
    ("Lubbock", "TX"): "KCBD KLBK",
    ("Amarillo", "TX"): "KAMR KVII KFDA",
    ("Waco", "TX"): "KWTX KXXV",
    ("Beaumont", "TX"): "KFDM KBMT",
    ("Tyler", "TX"): "KLTV",
    ("Abilene", "TX"): "KTAB KRBC",
    ("New Orleans", "LA"): "WWL WDSU WVUE WGNO",
    ("Baton Rouge", "LA"): "WAFB WBRZ WVLA",
    ("Shreveport", "LA"): "KSLA KTBS",
    ("Lafayette", "LA"): "KATC KLFY",
    ("Jackson", "MS"): "WLBT WAPT WJTV",
    ("Hattiesburg", "MS"): "WDAM",
    ("Biloxi", "MS"): "WLOX",
    ("Tupelo", "MS"): "WTVA",
    ("Denver", "CO"): "KUSA KMGH KCNC KDVR KWGN",
    ("Colorado Springs", "CO"): "KKTV KOAA KRDO",
    ("Albuquerque", "NM"): "KOB KOAT KRQE",
    ("Phoenix", "AZ"): "KPHO KNXV KSAZ KPNX KTVK",
    ("Tucson", "AZ"): "KVOA KGUN KOLD",
    ("Las Vegas", "NV"): "KLAS KSNV KTNV KVVU",
    ("Reno", "NV"): "KOLO KRNV KTVN",
    ("Salt Lake City", "UT"): "KSL KUTV KTVX KSTU",
    ("Boise", "ID"): "KTVB KBOI KIVI",
    ("Seattle", "WA"): "KOMO KIRO KCPQ",
    ("Spokane", "WA"): "KREM KXLY KHQ",
    ("Portland", "OR"): "KGW KOIN KATU KPTV",
    ("Los Angeles", "CA"): "KABC KCBS KNBC KTLA KTTV KCAL KFI",
    ("San Francisco", "CA"): "KGO KPIX KRON KTVU",
    ("Sacramento", "CA"): "KCRA KXTV KOVR KTXL",
    ("Fresno", "CA"): "KFSN KSEE KMPH KGPE",
    ("San Diego", "CA"): "KGTV KFMB KNSD",
    ("Bakersfield", "CA"): "KGET KERO KBAK",
    ("Anchorage", "AK"): "KTUU KTVA",
    ("Honolulu", "HI"): "KHON KITV KGMB KHNL",
    ("Charleston", "WV"): "WCHS",
    ("Huntington", "WV"): "WSAZ WOWK",
    ("Erie", "PA"): "WJET WICU WSEE",
    ("Johnstown", "PA"): "WJAC WTAJ",
    ("Wilkes-Barre", "PA"): "WYOU",
    ("Allentown", "PA"): "WFMZ",
    ("Wheeling", "WV"): "WTRF",
    ("Clarksburg", "WV"): "WBOY",
    ("Bluefield", "WV"): "WVVA",
    ("Binghamton", "NY"): "WBNG WIVT",
    ("Elmira", "NY"): "WETM",
    ("Utica", "NY"): "WKTV",
    ("Watertown", "NY"): "WWNY",
    ("Plattsburgh", "NY"): "WPTZ",
    ("Burlington", "VT"): "WCAX WVNY",
    ("Manchester", "NH"): "WMUR",
    ("Bangor", "ME"): "WABI WLBZ",
    ("Springfield", "MA"): "WWLP WGGB",
    ("Charlottesville", "VA"): "WVIR",
    ("Harrisonburg", "VA"): "WHSV",
    ("Lynchburg", "VA"): "WSET",
    ("Bristol", "VA"): "WCYB",
    ("Salisbury", "MD"): "WBOC",
    ("Johnson City", "TN"): "WJHL",
    ("Jackson", "TN"): "WBBJ",
    ("Bowling Green", "KY"): "WBKO",
    ("Paducah", "KY"): "WPSD",
    ("Columbia", "SC"): "WLTX WIS WACH",
    ("Myrtle Beach", "SC"): "WBTW WMBF",
    ("Panama City", "FL"): "WJHG WMBB",
    ("Sarasota", "FL"): "WWSB",
    ("West Palm Beach", "FL"): "WPBF WPTV WPEC WFLX",
    ("Macon", "GA"): "WMAZ WGXA WMGT",
    ("Montgomery", "AL"): "WSFA WAKA",
    ("Meridian", "MS"): "WTOK",
    ("Columbus", "MS"): "WCBI",
    ("Monroe", "LA"): "KNOE",
    ("Alexandria", "LA"): "KALB",
    ("Lake Charles", "LA"): "KPLC",
    ("Jonesboro", "AR"): "KAIT",
    ("Fort Smith", "AR"): "KFSM KHBS",
    ("Cape Girardeau", "MO"): "KFVS",
    ("Joplin", "MO"): "KODE KSNF",
    ("Columbia", "MO"): "KOMU KRCG",
    ("St. Joseph", "MO"): "KQTV",
    ("Columbus", "OH"): "WBNS WCMH WSYX WTTE",
    ("Fort Wayne", "IN"): "WPTA",
    ("Terre Haute", "IN"): "WTHI WTWO",
    ("Lafayette", "IN"): "WLFI",
    ("Rockford", "IL"): "WREX WTVO WIFR",
    ("Peoria", "IL"): "WMBD WHOI",
    ("Champaign", "IL"): "WCIA WICD",
    ("Springfield", "IL"): "WICS WAND",
    ("Davenport", "IA"): "WQAD KWQC WHBF",
    ("Waterloo", "IA"): "KWWL",
    ("Mason City", "IA"): "KIMT",
    ("Ottumwa", "IA"): "KTVO",
    ("Sioux City", "IA"): "KTIV KCAU",
    ("Kalamazoo", "MI"): "WWMT",
    ("Traverse City", "MI"): "WPBN WGTU",
    ("Marquette", "MI"): "WLUC",
    ("Eau Claire", "WI"): "WQOW WEAU",
    ("Wausau", "WI"): "WSAW WAOW",
    ("Rochester", "MN"): "KTTC",
    ("Mankato", "MN"): "KEYC",
    ("Bismarck", "ND"): "KFYR KXMB",
    ("Rapid City", "SD"): "KOTA KEVN",
    ("Billings", "MT"): "KTVQ KULR",
    ("Missoula", "MT"): "KPAX",
    ("Great Falls", "MT"): "KRTV",
    ("Butte", "MT"): "KXLF",
    ("Casper", "WY"): "KCWY",
    ("Cheyenne", "WY"): "KGWN",
    ("Idaho Falls", "ID"): "KIFI KPVI",
    ("Grand Junction", "CO"): "KKCO KJCT",
    ("Wichita", "KS"): "KAKE KWCH KSNW KSN",
    ("Wichita Falls", "TX"): "KAUZ KFDX",
    ("Sherman", "TX"): "KXII",
    ("Temple", "TX"): "KCEN",
    ("Bryan", "TX"): "KBTX",
    ("Laredo", "TX"): "KGNS",
    ("Harlingen", "TX"): "KRGV KGBT",
    ("Midland", "TX"): "KWES KMID",
    ("Odessa", "TX"): "KOSA",
    ("Victoria", "TX"): "KAVU",
    ("Lawton", "OK"): "KSWO",
    ("Yuma", "AZ"): "KYMA",
    ("Palm Springs", "CA"): "KESQ KMIR",
    ("Santa Barbara", "CA"): "KEYT",
    ("Salinas", "CA"): "KSBW",
    ("Chico", "CA"): "KHSL",
    ("Redding", "CA"): "KRCR",
    ("Eureka", "CA"): "KIEM",
    ("Medford", "OR"): "KDRV KTVL",
    ("Eugene", "OR"): "KEZI KMTR",
    ("Bend", "OR"): "KTVZ",
    ("Yakima", "WA"): "KIMA",
    ("Kennewick", "WA"): "KEPR",
}

# call letters -> (city, postal state)
CALL_LETTERS: dict[str, tuple[str, str]] = {
    call: market for market, calls in _MARKETS.items() for call in calls.split()
}

# Stations whose web site bears a brand instead of their call letters ("click2houston.com", "live5news.com"),
# by the site's name without ".com".  A site named after its call letters ("kmov.com", "wsoctv.com",
# "kare11.com") needs no entry: the call letters are read off it.  Written by hand from general knowledge of
# the larger markets' stations.
_BRAND_SITES: dict[tuple[str, str], str] = {
    ("Atlanta", "GA"): "11alive cbs46 fox5atlanta",
    ("Houston", "TX"): "click2houston abc13",
    ("Detroit", "MI"): "clickondetroit fox2detroit",
    ("Miami", "FL"): "local10 nbcmiami cbsmiami",
    ("Jacksonville", "FL"): "news4jax actionnewsjax firstcoastnews",
    ("Tulsa", "OK"): "newson6",
    ("Charleston", "SC"): "live5news counton2",
    ("Louisville", "KY"): "wave3",
    ("New Orleans", "LA"): "fox8live",
    ("Denver", "CO"): "9news thedenverchannel",
    ("Seattle", "WA"): "king5 komonews kiro7 q13fox",
    ("Chicago", "IL"): "abc7chicago nbcchicago wgntv",
    ("New York", "NY"): "abc7ny nbcnewyork fox5ny pix11",
    ("Los Angeles", "CA"): "abc7 nbclosangeles ktla",
    ("Philadelphia", "PA"): "6abc nbcphiladelphia",
    ("Raleigh", "NC"): "abc11",
    ("Dallas", "TX"): "nbcdfw fox4news",
    ("Washington", "DC"): "nbcwashington fox5dc wusa9",
    ("San Francisco", "CA"): "nbcbayarea abc7news",
    ("San Diego", "CA"): "nbcsandiego 10news",
    ("Boston", "MA"): "nbcboston boston25news",
    ("Hartford", "CT"): "nbcconnecticut",
    ("St. Louis", "MO"): "fox2now",
    ("Milwaukee", "WI"): "fox6now",
    ("Indianapolis", "IN"): "fox59",
    ("Cleveland", "OH"): "fox8 cleveland19",
    ("Cincinnati", "OH"): "fox19 local12",
    ("Columbus", "OH"): "10tv nbc4i",
    ("Memphis", "TN"): "wmcactionnews5",
    ("Phoenix", "AZ"): "12news azfamily abc15",
    ("Greensboro", "NC"): "myfox8 wfmynews2",
    ("Norfolk", "VA"): "13newsnow",
    ("Richmond", "VA"): "nbc12",
    ("Baltimore", "MD"): "wmar2news",
    ("Orlando", "FL"): "clickorlando",
    ("Tampa", "FL"): "abcactionnews",
    ("Greenville", "SC"): "wyff4",
    ("Macon", "GA"): "13wmaz",
    ("Kansas City", "MO"): "kctv5",
}
BRAND_SITES: dict[str, tuple[str, str]] = {site: market for market, sites in _BRAND_SITES.items() for site in sites.split()}

# Newspapers whose masthead names no town of theirs ("police told The Plain Dealer", "the Star Tribune reported"),
# or names one that several states share ("The Greenville News", "The Decatur Daily"): the city each is published in.
# A paper named after a town no other state has needs no entry ("The Lufkin News" is read off the name).  Only
# mastheads no other paper of note bears: "The Advocate", "The State", "The Record", "The Bee", "The Enquirer" are
# several papers' each.  "Tampa Bay" is a region, whose paper and news are Tampa's and St. Petersburg's; Tampa stands
# for it.  Written from general knowledge of the larger papers.
_MASTHEADS: dict[tuple[str, str], str] = {
    ("Cleveland", "OH"): "Plain Dealer",
    ("Portland", "OR"): "Oregonian",
    ("Minneapolis", "MN"): "Star Tribune|Star-Tribune",
    ("Nashville", "TN"): "Tennessean",
    ("Louisville", "KY"): "Courier-Journal|Courier Journal",
    ("New Orleans", "LA"): "Times-Picayune",
    ("Memphis", "TN"): "Commercial Appeal",
    ("Jackson", "MS"): "Clarion-Ledger|Clarion Ledger",
    ("Charleston", "SC"): "Post and Courier",
    ("Newark", "NJ"): "Star-Ledger",
    ("Oklahoma City", "OK"): "Oklahoman",
    ("Phoenix", "AZ"): "Arizona Republic",
    ("Atlanta", "GA"): "Journal-Constitution",
    ("Tampa", "FL"): "Tampa Bay Times",
    ("Norfolk", "VA"): "Virginian-Pilot",
    ("West Palm Beach", "FL"): "Palm Beach Post",
    ("Fort Lauderdale", "FL"): "Sun Sentinel|Sun-Sentinel",
    ("San Diego", "CA"): "Union-Tribune",
    ("Salt Lake City", "UT"): "Deseret News",
    ("Allentown", "PA"): "Morning Call",
    ("Harrisburg", "PA"): "Patriot-News",
    ("Syracuse", "NY"): "Post-Standard",
    ("Raleigh", "NC"): "News & Observer|News and Observer",
    ("Jacksonville", "FL"): "Florida Times-Union",
    ("Las Vegas", "NV"): "Review-Journal",
    ("Honolulu", "HI"): "Star-Advertiser",
    ("Akron", "OH"): "Beacon Journal",
    ("Fort Worth", "TX"): "Star-Telegram",
    ("St. Louis", "MO"): "Post-Dispatch",
    ("Chicago", "IL"): "Sun-Times",
    ("Milwaukee", "WI"): "Journal Sentinel",
    ("Tulsa", "OK"): "Tulsa World",
    # papers named after a town several states share, told apart by the rest of the masthead
    ("Greenville", "SC"): "Greenville News",
    ("Greenville", "NC"): "Daily Reflector",
    ("Abilene", "TX"): "Reporter-News|Reporter News",
    ("Abilene", "KS"): "Reflector-Chronicle",
    ("Jackson", "TN"): "Jackson Sun",
    ("Jackson", "MI"): "Citizen Patriot|Citizen-Patriot",
    ("Columbus", "GA"): "Ledger-Enquirer",
    ("Columbus", "OH"): "Columbus Dispatch",
    ("Columbus", "NE"): "Columbus Telegram",
    ("Springfield", "IL"): "State Journal-Register",
    ("Springfield", "MO"): "Springfield News-Leader",
    ("Springfield", "MA"): "Springfield Republican",
    ("Decatur", "AL"): "Decatur Daily",
    ("Decatur", "IL"): "Herald & Review|Herald and Review",
    ("Lafayette", "IN"): "Journal & Courier|Journal and Courier",
    ("Albany", "GA"): "Albany Herald",
    ("Albany", "NY"): "Times Union",
    ("Albany", "OR"): "Democrat-Herald",
    ("Charleston", "WV"): "Gazette-Mail",
    ("Rochester", "MN"): "Post-Bulletin|Post Bulletin",
    ("Rochester", "NY"): "Democrat and Chronicle",
    ("Athens", "GA"): "Banner-Herald|Banner Herald",
    ("Athens", "OH"): "Athens Messenger",
    ("Salem", "OR"): "Statesman Journal",
    ("Salem", "MA"): "Salem News",
    ("Portland", "ME"): "Press Herald",
    ("Aurora", "IL"): "Beacon-News",
    ("Monroe", "LA"): "News-Star",
    ("Monroe", "MI"): "Monroe Evening News",
    ("Concord", "NH"): "Concord Monitor",
    ("Augusta", "ME"): "Kennebec Journal",
    ("Troy", "NY"): "Troy Record",
    ("Troy", "AL"): "Troy Messenger",
    ("Salisbury", "NC"): "Salisbury Post",
    ("Lebanon", "PA"): "Lebanon Daily News",
    ("Marion", "OH"): "Marion Star",
    ("Marion", "IN"): "Chronicle-Tribune",
    ("Rome", "GA"): "Rome News-Tribune",
    ("Florence", "AL"): "TimesDaily",
    ("Florence", "SC"): "Florence Morning News",
    ("Anderson", "SC"): "Independent-Mail",
    ("Anderson", "IN"): "Herald Bulletin",
    ("Huntsville", "TX"): "Huntsville Item",
    ("Lexington", "KY"): "Herald-Leader",
    ("Gainesville", "GA"): "Gainesville Times",
    ("Gainesville", "FL"): "Gainesville Sun",
    ("Fayetteville", "NC"): "Fayetteville Observer",
    ("Jacksonville", "NC"): "Jacksonville Daily News",
    ("Kansas City", "MO"): "Kansas City Star",
    ("Burlington", "VT"): "Burlington Free Press",
    ("Manchester", "NH"): "Union Leader",
    ("Cleveland", "TN"): "Cleveland Daily Banner",
    ("Columbia", "MO"): "Columbia Daily Tribune|Columbia Missourian",
    ("Canton", "OH"): "Canton Repository",
    ("Greenwood", "SC"): "Index-Journal",
    ("Bloomington", "IN"): "Herald-Times",
    ("Bloomington", "IL"): "Pantagraph",
    ("Danville", "VA"): "Register & Bee",
    ("Danville", "IL"): "Commercial-News",
    ("Lawrence", "KS"): "Journal-World",
}
# masthead -> (city, postal state)
MASTHEADS: dict[str, tuple[str, str]] = {
    name: home for home, names in _MASTHEADS.items() for name in names.split("|")
}

# The US postal state codes ("Dayton, OH"): AP style abbreviates most states otherwise and some never.
US_POSTAL = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK"
    " OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split())

# Telephone area codes by state.  A tip line or a newsroom's number ("call Crime Stoppers at 513-352-3040")
# is the local police's or the outlet's: its area code says the state.  Toll-free codes say nothing and are
# left out.  Written from general knowledge of the North American numbering plan.
_AREA_CODES: dict[str, str] = {
    "Alabama": "205 251 256 334 659 938",
    "Alaska": "907",
    "Arizona": "480 520 602 623 928",
    "Arkansas": "479 501 870",
    "California": "209 213 279 310 323 341 408 415 424 442 510 530 559 562 619 626 628 650 657 661 669 707 714 747"
                  " 760 805 818 820 831 858 909 916 925 949 951",
    "Colorado": "303 719 720 970",
    "Connecticut": "203 475 860 959",
    "Delaware": "302",
    "District of Columbia": "202",
    "Florida": "239 305 321 352 386 407 561 727 754 772 786 813 850 863 904 941 954",
    "Georgia": "229 404 470 478 678 706 762 770 912",
    "Hawaii": "808",
    "Idaho": "208 986",
    "Illinois": "217 224 309 312 331 618 630 708 773 779 815 847 872",
    "Indiana": "219 260 317 463 574 765 812 930",
    "Iowa": "319 515 563 641 712",
    "Kansas": "316 620 785 913",
    "Kentucky": "270 364 502 606 859",
    "Louisiana": "225 318 337 504 985",
    "Maine": "207",
    "Maryland": "240 301 410 443 667",
    "Massachusetts": "339 351 413 508 617 774 781 857 978",
    "Michigan": "231 248 269 313 517 586 616 734 810 906 947 989",
    "Minnesota": "218 320 507 612 651 763 952",
    "Mississippi": "228 601 662 769",
    "Missouri": "314 417 573 636 660 816",
    "Montana": "406",
    "Nebraska": "308 402 531",
    "Nevada": "702 725 775",
    "New Hampshire": "603",
    "New Jersey": "201 551 609 640 732 848 856 862 908 973",
    "New Mexico": "505 575",
    "New York": "212 315 332 347 516 518 585 607 631 646 680 716 718 838 845 914 917 929 934",
    "North Carolina": "252 336 704 743 828 910 919 980 984",
    "North Dakota": "701",
    "Ohio": "216 220 234 330 380 419 440 513 567 614 740 937",
    "Oklahoma": "405 539 580 918",
    "Oregon": "458 503 541 971",
    "Pennsylvania": "215 223 267 272 412 445 484 570 610 717 724 814 878",
    "Rhode Island": "401",
    "South Carolina": "803 839 843 854 864",
    "South Dakota": "605",
    "Tennessee": "423 615 629 731 865 901 931",
    "Texas": "210 214 254 281 325 346 361 409 430 432 469 512 682 713 726 737 806 817 830 832 903 915 936 940 956"
             " 972 979",
    "Utah": "385 435 801",
    "Vermont": "802",
    "Virginia": "276 434 540 571 703 757 804",
    "Washington": "206 253 360 425 509 564",
    "West Virginia": "304 681",
    "Wisconsin": "262 414 534 608 715 920",
    "Wyoming": "307",
}

# area code -> state
AREA_CODES: dict[str, str] = {code: state for state, codes in _AREA_CODES.items() for code in codes.split()}
# The states' own names (those having an area code: all of them and DC).
US_STATE_NAMES = frozenset(_AREA_CODES)

# A state's investigative or highway force, by the short name local news gives it ("the GBI", "SLED agents"):
# it works in its own state.  Only initials that no other state's force and no common word share.
STATE_AGENCY_INITIALS: dict[str, str] = {
    "GBI": "Georgia", "TBI": "Tennessee", "KBI": "Kansas", "OSBI": "Oklahoma", "MBI": "Mississippi",
    "FDLE": "Florida", "SLED": "South Carolina", "CHP": "California", "BCA": "Minnesota",
    # the state police or highway patrol of one state by its own initials ("THP troopers", "NYSP investigators"); not
    # those several states' forces share ("ISP", "MSP", "OHP", "WSP", "VSP")
    "THP": "Tennessee", "FHP": "Florida", "KSP": "Kentucky", "LSP": "Louisiana", "NYSP": "New York",
    "NJSP": "New Jersey", "NCSHP": "North Carolina", "SCHP": "South Carolina", "MSHP": "Missouri",
    "WVSP": "West Virginia", "NMSP": "New Mexico",
    # Alabama's Law Enforcement Agency, and Texas's prisons
    "ALEA": "Alabama", "TDCJ": "Texas",
    # North Carolina's State Bureau of Investigation; Alabama's (within its Law Enforcement Agency, ALEA) bears the
    # same name, so a report naming ALEA or Alabama is left to them (state_cues)
    "SBI": "North Carolina",
}

# A big city's police or sheriff, by its initials ("IMPD officers", "the LAPD"): the city it polices.  Only
# initials that name one force: "HPD", "APD", "CPD" are several cities' each.
CITY_FORCE_INITIALS: dict[str, tuple[str, str]] = {
    "NYPD": ("New York", "NY"), "LAPD": ("Los Angeles", "CA"), "LASD": ("Los Angeles", "CA"),
    "SFPD": ("San Francisco", "CA"), "IMPD": ("Indianapolis", "IN"), "LMPD": ("Louisville", "KY"),
    "CMPD": ("Charlotte", "NC"), "SAPD": ("San Antonio", "TX"), "KCPD": ("Kansas City", "MO"),
    "NOPD": ("New Orleans", "LA"), "SLMPD": ("St. Louis", "MO"), "LVMPD": ("Las Vegas", "NV"),
    "MDPD": ("Miami", "FL"), "JSO": ("Jacksonville", "FL"),
    "MNPD": ("Nashville", "TN"), "SEPTA": ("Philadelphia", "PA"), "MARTA": ("Atlanta", "GA"),
    "MBTA": ("Boston", "MA"),
}

# A force abroad says its country: "HOBART — ... Tasmania Police said" is Tasmania's capital, not Indiana's town,
# though a bare dateline of a town an American town's name is too reads as an American paper's own town.  Only forces no
# American one is called so (not "Metropolitan Police Department", the District's, nor "Garda", a security firm's
# name in American reports; "OPP" is New Orleans's parish prison too), and a foreign state's police said by its
# state's name that no American place of size bears (not Victoria, Ontario or Perth).  Written from general knowledge.
_FOREIGN_FORCES: dict[str, str] = {
    "AU": "Tasmania Police|Victoria Police|Queensland Police|New South Wales Police|NSW Police|WA Police"
          "|Western Australia Police|Northern Territory Police|Australian Federal Police",
    "NZ": "New Zealand Police",
    "IE": "Gardaí|Gardai|Garda Síochána|Garda Siochana",
    "GB": "Metropolitan Police Service|Scotland Yard|West Midlands Police|Greater Manchester Police|Merseyside Police"
          "|West Yorkshire Police|South Yorkshire Police|Thames Valley Police|Northumbria Police|Police Scotland"
          "|Police Service of Northern Ireland|PSNI|British Transport Police|City of London Police",
    "CA": "RCMP|Royal Canadian Mounted Police|Ontario Provincial Police|Sûreté du Québec|Surete du Quebec"
          "|Toronto Police|Peel Regional Police|York Regional Police|Waterloo Regional Police|Halton Regional Police"
          "|Niagara Regional Police|Durham Regional Police",
}
# force -> its country's code
FOREIGN_FORCES: dict[str, str] = {name: code for code, names in _FOREIGN_FORCES.items() for name in names.split("|")}
# "police in Tasmania", "Tasmanian police": a state or province abroad named as its police's; only names no American
# place of size bears
FOREIGN_POLICE_STATES: dict[str, str] = {
    "Tasmania": "AU", "Tasmanian": "AU", "Queensland": "AU", "New South Wales": "AU", "Scotland": "GB",
    "Scottish": "GB", "Northern Ireland": "GB", "Wales": "GB", "Welsh": "GB", "British Columbia": "CA",
    "Quebec": "CA", "Manitoba": "CA", "Saskatchewan": "CA", "Nova Scotia": "CA",
}

# A military installation says its state: "a Marine stationed at Camp Lejeune" makes the report's Jacksonville
# North Carolina's, "soldiers from Fort Hood" its Killeen Texas'.  Installations outlive any news window, unlike a
# governor or a team's roster.  Only names no town of another state bears ("Fort Bragg" and "Fort Lee" are towns in
# California and New Jersey too; "Fort Campbell" straddles two states); an air base only by its full name ("Scott
# Air Force Base"; a bare "Scott" is anybody).  Written from general knowledge.
_INSTALLATIONS: dict[str, str] = {
    "North Carolina": "Camp Lejeune|Seymour Johnson Air Force Base|Pope Field|Marine Corps Air Station Cherry Point",
    "Texas": "Fort Hood|Fort Bliss|Fort Sam Houston|Lackland Air Force Base|Joint Base San Antonio"
             "|Dyess Air Force Base|Sheppard Air Force Base|Goodfellow Air Force Base|Naval Air Station Corpus Christi",
    "Georgia": "Fort Benning|Fort Stewart|Fort Gordon|Robins Air Force Base|Moody Air Force Base|Hunter Army Airfield"
               "|Kings Bay",
    "Kentucky": "Fort Knox",
    "Louisiana": "Fort Polk|Barksdale Air Force Base",
    "Kansas": "Fort Riley|Fort Leavenworth|McConnell Air Force Base",
    "Oklahoma": "Fort Sill|Tinker Air Force Base|Vance Air Force Base|Altus Air Force Base",
    "Colorado": "Fort Carson|Peterson Air Force Base|Schriever Air Force Base|Buckley Air Force Base",
    "Washington State": "Joint Base Lewis-McChord|Fairchild Air Force Base|Naval Air Station Whidbey Island",
    "New York State": "Fort Drum",
    "South Carolina": "Fort Jackson|Shaw Air Force Base|Parris Island|Joint Base Charleston",
    "Alabama": "Fort Rucker|Maxwell Air Force Base|Redstone Arsenal",
    "Missouri": "Fort Leonard Wood|Whiteman Air Force Base",
    "Alaska": "Fort Wainwright|Joint Base Elmendorf-Richardson|Eielson Air Force Base",
    "Arizona": "Fort Huachuca|Luke Air Force Base|Davis-Monthan Air Force Base",
    "California": "Camp Pendleton|Twentynine Palms|Travis Air Force Base|Fort Irwin|Edwards Air Force Base"
                  "|Vandenberg Air Force Base|Beale Air Force Base",
    "Maryland": "Fort Meade|Joint Base Andrews|Aberdeen Proving Ground",
    "Virginia": "Fort Belvoir|Marine Corps Base Quantico|Fort Eustis|Naval Station Norfolk|Joint Base Langley-Eustis"
                "|Naval Air Station Oceana|Fort Pickett",
    "Ohio": "Wright-Patterson Air Force Base",
    "Illinois": "Scott Air Force Base|Naval Station Great Lakes",
    "Nebraska": "Offutt Air Force Base",
    "North Dakota": "Minot Air Force Base|Grand Forks Air Force Base",
    "Montana": "Malmstrom Air Force Base",
    "Idaho": "Mountain Home Air Force Base",
    "Utah": "Hill Air Force Base",
    "Nevada": "Nellis Air Force Base|Creech Air Force Base",
    "New Mexico": "Kirtland Air Force Base|Holloman Air Force Base|Cannon Air Force Base|White Sands Missile Range",
    "Florida": "Eglin Air Force Base|Hurlburt Field|MacDill Air Force Base|Tyndall Air Force Base"
               "|Naval Air Station Pensacola|Naval Air Station Jacksonville|Naval Station Mayport|Patrick Air Force Base",
    "Mississippi": "Keesler Air Force Base|Camp Shelby",
    "New Jersey": "Joint Base McGuire-Dix-Lakehurst|Fort Dix",
    "Hawaii": "Schofield Barracks|Joint Base Pearl Harbor-Hickam",
    "Indiana": "Camp Atterbury",
    "Wisconsin": "Fort McCoy",
    "Arkansas": "Little Rock Air Force Base",
    "Tennessee": "Arnold Air Force Base",
    "Wyoming": "F.E. Warren Air Force Base",
    "South Dakota": "Ellsworth Air Force Base",
}
# installation -> the state (as the state cues name it), each air base also as "... AFB"
MILITARY_INSTALLATIONS: dict[str, str] = {
    name: state for state, names in _INSTALLATIONS.items()
    for full in names.split("|") for name in (full, full.replace(" Air Force Base", " AFB"))
}

# A university or a hospital known by a name that holds no state, or only a town several states share, says its
# state as an installation does: "an Auburn University student" makes the report's Auburn Alabama's, not the larger
# Auburn in Washington; "a Purdue student" makes a Lafayette Indiana's.  Only names of one campus (not "Loyola",
# "Mayo Clinic", "Providence", "Kaiser": several states have one) and no common word; and only those of college towns
# and small cities: a big city's hospital or university ("Temple University Hospital", "Grady") says its city, whose
# neighbourhoods a state alone would send to a town of that state bearing their name (Kensington, Pennsylvania).
# Written from general knowledge, as the stations are.
_INSTITUTIONS: dict[str, str] = {
    "Alabama": "Auburn University|Tuskegee University|Troy University|Jacksonville State University|Jacksonville State",
    "California": "Stanford University",
    # a university named after a region of its state ("near the University of West Georgia campus": Carrollton,
    # Georgia, not the larger Carrollton in Texas)
    "Georgia": "University of West Georgia",
    "Indiana": "Purdue University|Purdue|Ball State University|Ball State",
    # universities named for their town, short or whole ("a Murray State student": Murray, Kentucky, not Utah's)
    "Kentucky": "Murray State University|Murray State|EKU",
    "Mississippi": "Ole Miss",
    "Missouri": "Mizzou",
    "New Hampshire": "Dartmouth College|Dartmouth-Hitchcock Medical Center",
    "New Jersey": "Rutgers University|Rutgers",
    "New York State": "Cornell University",
    "North Carolina": "Vidant Medical Center",
    "Ohio": "Kent State University|Kent State|Bowling Green State University|Bowling Green State|Miami University",
    "Pennsylvania": "Villanova University|Geisinger Medical Center|Hershey Medical Center",
    "South Carolina": "Clemson University|Furman University|Bob Jones University",
    "Texas": "Sam Houston State University|Sam Houston State",
    "Utah": "Brigham Young University",
}
# institution -> the state (as the state cues name it)
INSTITUTIONS: dict[str, str] = {name: state for state, names in _INSTITUTIONS.items() for name in names.split("|")}

# A state university told by its initials or its nickname before its students ("a UGA junior", "a UNH student", "a
# K-State sophomore") says its state, as "a Kansas State student" does: "In Athens, ... a UGA junior" is Georgia's
# Athens, not Greece's; "a URI student ... in Kingston" Rhode Island's.  Only initials no other university of note
# or common word shares (not "OSU", "USC", "ASU", "MSU", "KSU", "UK", "OU", "UD"); read before its students alone,
# since an alumnus ("a UGA graduate") may live anywhere.  Written from general knowledge.
_UNIVERSITY_INITIALS: dict[str, str] = {
    "Georgia": "UGA", "Massachusetts": "UMass", "New Hampshire": "UNH", "Rhode Island": "URI", "Vermont": "UVM",
    "Kansas": "K-State|KU", "North Carolina": "ECU|UNC|UNCW|NCSU|App State", "Connecticut": "UConn",
    "Louisiana": "LSU|ULM", "Tennessee": "MTSU|ETSU|UTK", "West Virginia": "WVU", "Virginia": "UVA|JMU|ODU|VCU",
    "Maine": "UMaine", "Florida": "UCF|FSU|FAMU|FIU|FAU|UWF|FGCU", "Alabama": "UAB|UAH",
    "Texas": "UTEP|UTSA|TCU|SMU|UNT|UTRGV", "Nevada": "UNLV|UNR", "New Mexico": "UNM", "Illinois": "SIU|NIU|UIUC",
    "Iowa": "UNI", "Kentucky": "WKU", "Utah": "BYU",
}
# initials -> the state (as the state cues name it)
UNIVERSITY_INITIALS: dict[str, str] = {
    name: state for state, names in _UNIVERSITY_INITIALS.items() for name in names.split("|")
}

# A state capitol says its city is the state's capital: "a block from the state Capitol" makes the report's
# Springfield Illinois', "near the State House" its Concord New Hampshire's, not California's larger Concord.  Each
# state's capital, by its name and the state (as the state cues name it).  Written from general knowledge.
STATE_CAPITALS: dict[str, str] = {
    "Montgomery": "Alabama", "Juneau": "Alaska", "Phoenix": "Arizona", "Little Rock": "Arkansas",
    "Sacramento": "California", "Denver": "Colorado", "Hartford": "Connecticut", "Dover": "Delaware",
    "Tallahassee": "Florida", "Atlanta": "Georgia", "Honolulu": "Hawaii", "Boise": "Idaho", "Springfield": "Illinois",
    "Indianapolis": "Indiana", "Des Moines": "Iowa", "Topeka": "Kansas", "Frankfort": "Kentucky",
    "Baton Rouge": "Louisiana", "Augusta": "Maine", "Annapolis": "Maryland", "Boston": "Massachusetts",
    "Lansing": "Michigan", "St. Paul": "Minnesota", "Jackson": "Mississippi", "Jefferson City": "Missouri",
    "Helena": "Montana", "Lincoln": "Nebraska", "Carson City": "Nevada", "Concord": "New Hampshire",
    "Trenton": "New Jersey", "Santa Fe": "New Mexico", "Albany": "New York State", "Raleigh": "North Carolina",
    "Bismarck": "North Dakota", "Columbus": "Ohio", "Oklahoma City": "Oklahoma State", "Salem": "Oregon",
    "Harrisburg": "Pennsylvania", "Providence": "Rhode Island", "Columbia": "South Carolina", "Pierre": "South Dakota",
    "Nashville": "Tennessee", "Austin": "Texas", "Salt Lake City": "Utah", "Montpelier": "Vermont",
    "Richmond": "Virginia", "Olympia": "Washington State", "Charleston": "West Virginia", "Madison": "Wisconsin",
    "Cheyenne": "Wyoming",
}

# A river says the states it flows through: "a home near the Susquehanna River" makes the report's Milton
# Pennsylvania's, not Georgia's.  Only rivers of one to three states whose name no river of another state bears (not
# the Red, the Grand, the Fox, the Salt or the Cedar) nor a state does where it flows through others too (the Ohio,
# the Tennessee).  Written from
# general knowledge.
RIVERS: dict[str, tuple[str, ...]] = {
    "Willamette": ("Oregon",), "Cuyahoga": ("Ohio",), "Scioto": ("Ohio",), "Muskingum": ("Ohio",),
    "Kanawha": ("West Virginia",), "Neuse": ("North Carolina",), "Cape Fear": ("North Carolina",),
    "Kalamazoo": ("Michigan",), "Saginaw": ("Michigan",), "Sangamon": ("Illinois",), "Kennebec": ("Maine",),
    "Penobscot": ("Maine",), "Brazos": ("Texas",), "Nueces": ("Texas",), "Sacramento": ("California",),
    "San Joaquin": ("California",), "Raritan": ("New Jersey",),
    "Passaic": ("New Jersey",), "Rappahannock": ("Virginia",),
    "Susquehanna": ("New York State", "Pennsylvania", "Maryland"),
    "Merrimack": ("New Hampshire", "Massachusetts"), "Monongahela": ("West Virginia", "Pennsylvania"),
    "Allegheny": ("Pennsylvania", "New York State"), "Wabash": ("Indiana", "Illinois", "Ohio"),
    "Maumee": ("Indiana", "Ohio"), "Savannah": ("Georgia", "South Carolina"),
    "Chattahoochee": ("Georgia", "Alabama", "Florida"),
    # rivers bearing the name of the one state they flow within: "by the Alabama River" is Alabama's Selma, not
    # California's, where the tagger reads the river whole and the state's name inside it is lost (not the Ohio, the
    # Tennessee, the Missouri, the Delaware, the Illinois: those flow through or along other states too)
    "Alabama": ("Alabama",), "Kansas": ("Kansas",), "Wisconsin": ("Wisconsin",), "Kentucky": ("Kentucky",),
    "Iowa": ("Iowa",), "Minnesota": ("Minnesota",),
}

# An interstate's number says the states it runs through: "a motel just off I-65" makes the report's Hobart Indiana's,
# not Oklahoma's, "near Interstate 91" its Springfield Massachusetts', not Missouri's.  Only the two-digit routes of
# one stretch through at most eight states (not I-70, I-80, I-90 or I-95, which cross ten or more, nor the numbers two
# routes far apart share: I-74, I-76, I-84, I-86, I-87, I-88); three-digit spurs and loops repeat in many states.
# Written from general knowledge.
_INTERSTATES: dict[str, str] = {
    "4": "Florida", "5": "California|Oregon|Washington State", "8": "California|Arizona",
    "10": "California|Arizona|New Mexico|Texas|Louisiana|Mississippi|Alabama|Florida", "12": "Louisiana",
    "15": "California|Nevada|Arizona|Utah|Idaho|Montana", "16": "Georgia", "17": "Arizona", "19": "Arizona",
    "20": "Texas|Louisiana|Mississippi|Alabama|Georgia|South Carolina", "22": "Mississippi|Alabama",
    "24": "Illinois|Kentucky|Tennessee|Georgia", "25": "New Mexico|Colorado|Wyoming",
    "26": "Tennessee|North Carolina|South Carolina", "27": "Texas", "29": "Missouri|Iowa|South Dakota|North Dakota",
    "30": "Texas|Arkansas", "35": "Texas|Oklahoma|Kansas|Missouri|Iowa|Minnesota", "37": "Texas",
    "39": "Illinois|Wisconsin", "40": "California|Arizona|New Mexico|Texas|Oklahoma|Arkansas|Tennessee|North Carolina",
    "43": "Wisconsin", "44": "Texas|Oklahoma|Missouri", "45": "Texas", "49": "Louisiana|Arkansas|Missouri",
    "55": "Louisiana|Mississippi|Arkansas|Tennessee|Missouri|Illinois", "57": "Illinois|Missouri",
    "59": "Louisiana|Mississippi|Alabama|Georgia", "64": "Missouri|Illinois|Indiana|Kentucky|West Virginia|Virginia",
    "65": "Alabama|Tennessee|Kentucky|Indiana", "66": "Virginia", "68": "West Virginia|Maryland",
    "71": "Kentucky|Ohio", "72": "Missouri|Illinois", "75": "Florida|Georgia|Tennessee|Kentucky|Ohio|Michigan",
    "77": "South Carolina|North Carolina|Virginia|West Virginia|Ohio", "78": "Pennsylvania|New Jersey|New York State",
    "79": "West Virginia|Pennsylvania", "81": "Tennessee|Virginia|West Virginia|Maryland|Pennsylvania|New York State",
    "82": "Washington State|Oregon", "83": "Maryland|Pennsylvania", "85": "Alabama|Georgia|South Carolina|North Carolina|Virginia",
    "89": "New Hampshire|Vermont", "91": "Connecticut|Massachusetts|Vermont", "93": "Massachusetts|New Hampshire|Vermont",
    "94": "Montana|North Dakota|Minnesota|Wisconsin|Illinois|Indiana|Michigan", "96": "Michigan", "97": "Maryland",
    "99": "Pennsylvania|New York State",
}
# interstate number -> the states (as the state cues name them)
INTERSTATES: dict[str, tuple[str, ...]] = {number: tuple(states.split("|")) for number, states in _INTERSTATES.items()}

# A hospital known by a name of its own that lies in one city, most often the trauma centre the city's shootings are
# taken to: "flown to UPMC Presbyterian", "taken to Phoebe Putney Memorial Hospital", "in critical condition at
# Harborview".  It says the city's region: which of the towns of a name several states share the report means
# (Albany beside Phoebe Putney is Georgia's, Charleston beside CAMC West Virginia's), and which big city's
# neighbourhood a name known to the gazetteer only as a town elsewhere is ("East Hills" beside UPMC is Pittsburgh's).
# Only names of one campus in one city: not a chain's or a saint's ("Mercy", "St. Joseph's", "Methodist", "Kaiser"),
# nor one several cities share ("Grady Memorial Hospital" is Atlanta's and also Chickasha's and Delaware, Ohio's; "Highland
# Hospital" Oakland's and Rochester's), nor a system's prefix alone where it has hospitals in several towns ("UPMC",
# "OSF").  A name that holds its town's name ("Tampa General") is read as a town's hospital already.  Written from
# general knowledge, as the stations are.
_CITY_HOSPITALS: dict[tuple[str, str], str] = {
    ("Albany", "GA"): "Phoebe Putney Memorial Hospital|Phoebe Putney",
    ("Albany", "NY"): "Albany Medical Center",
    ("Albuquerque", "NM"): "UNM Hospital|University of New Mexico Hospital",
    ("Athens", "OH"): "O'Bleness Memorial Hospital|OhioHealth O'Bleness Hospital|O'Bleness Hospital",
    ("Aurora", "IL"): "Rush Copley Medical Center|Rush-Copley Medical Center|Rush Copley",
    ("Austin", "TX"): "Dell Seton Medical Center",
    ("Bakersfield", "CA"): "Kern Medical Center|Kern Medical",
    ("Baltimore", "MD"): "R Adams Cowley Shock Trauma Center|Johns Hopkins Hospital|Johns Hopkins Bayview",
    ("Birmingham", "AL"): "UAB Hospital|Princeton Baptist Medical Center",
    ("Boston", "MA"): "Brigham and Women's Hospital|Beth Israel Deaconess Medical Center|Massachusetts General Hospital",
    ("Buffalo", "NY"): "Erie County Medical Center|ECMC",
    ("Camden", "NJ"): "Cooper University Hospital",
    ("Charleston", "SC"): "MUSC|Roper Hospital",
    ("Charleston", "WV"): "CAMC General Hospital|CAMC General|CAMC Women and Children's Hospital|Charleston Area Medical Center|CAMC",
    ("Charlotte", "NC"): "Carolinas Medical Center",
    ("Chicago", "IL"): "Stroger Hospital|John H. Stroger Jr. Hospital|Northwestern Memorial Hospital|Comer Children's Hospital",
    ("Cleveland", "OH"): "MetroHealth Medical Center|MetroHealth",
    ("Colton", "CA"): "Arrowhead Regional Medical Center",
    ("Columbia", "MO"): "Boone Hospital Center",
    ("Columbia", "SC"): "Palmetto Health Richland|Prisma Health Richland",
    # Piedmont Columbus Regional: the Georgia city's hospital system (its Midtown and Northside campuses)
    ("Columbus", "GA"): "Midtown Medical Center|Piedmont Columbus Regional",
    ("Columbus", "OH"): "Grant Medical Center|Nationwide Children's Hospital|Wexner Medical Center",
    ("Dallas", "TX"): "Parkland Memorial Hospital|Parkland Hospital",
    ("Dayton", "OH"): "Miami Valley Hospital",
    ("Detroit", "MI"): "Sinai-Grace Hospital|Henry Ford Hospital",
    ("Durham", "NC"): "Duke University Hospital|Duke University Medical Center",
    ("Escondido", "CA"): "Palomar Medical Center",
    ("Fayetteville", "AR"): "Washington Regional Medical Center",
    ("Fayetteville", "NC"): "Cape Fear Valley Medical Center",
    ("Flint", "MI"): "Hurley Medical Center",
    ("Florence", "SC"): "McLeod Regional Medical Center",
    ("Fort Wayne", "IN"): "Parkview Regional Medical Center",
    ("Fort Worth", "TX"): "John Peter Smith Hospital|JPS Hospital",
    ("Fresno", "CA"): "Community Regional Medical Center",
    ("Gainesville", "FL"): "UF Health Shands Hospital|Shands Hospital|UF Health Shands",
    ("Gainesville", "GA"): "Northeast Georgia Medical Center",
    ("Grand Rapids", "MI"): "Butterworth Hospital|Spectrum Health Butterworth",
    ("Greensboro", "NC"): "Moses Cone Hospital|Moses H. Cone Memorial Hospital",
    ("Greenville", "NC"): "Vidant Medical Center|ECU Health Medical Center",
    ("Greenville", "SC"): "Greenville Memorial Hospital",
    ("Houston", "TX"): "Ben Taub General Hospital|Ben Taub Hospital|Ben Taub",
    ("Indianapolis", "IN"): "Eskenazi Hospital|Eskenazi Health|Wishard Memorial Hospital|Riley Hospital for Children",
    ("Jackson", "MS"): "University of Mississippi Medical Center|UMMC",
    ("Jacksonville", "FL"): "Shands Jacksonville",
    ("Kalamazoo", "MI"): "Bronson Methodist Hospital|Borgess Medical Center",
    ("Kansas City", "MO"): "Truman Medical Center|Research Medical Center|Children's Mercy Hospital",
    ("Knoxville", "TN"): "University of Tennessee Medical Center|UT Medical Center",
    ("Lafayette", "IN"): "IU Health Arnett Hospital|IU Health Arnett",
    ("Lansing", "MI"): "Sparrow Hospital",
    ("Lexington", "KY"): "UK Chandler Hospital|UK HealthCare|UK Hospital|UK Albert B. Chandler Hospital",
    ("Lincoln", "NE"): "Bryan West Campus|Bryan Medical Center",
    ("Little Rock", "AR"): "UAMS Medical Center|UAMS",
    ("Los Angeles", "CA"): "LAC+USC Medical Center|Cedars-Sinai Medical Center|Cedars-Sinai",
    ("Louisville", "KY"): "UofL Hospital|Norton Children's Hospital|Kosair Children's Hospital",
    ("Macon", "GA"): "Navicent Health|Medical Center of Central Georgia",
    ("Madison", "WI"): "UW Hospital|University of Wisconsin Hospital",
    ("Manchester", "NH"): "Elliot Hospital",
    ("Memphis", "TN"): "Regional One Health|Regional One|Elvis Presley Trauma Center|Le Bonheur Children's Hospital|Le Bonheur",
    ("Miami", "FL"): "Jackson Memorial Hospital|Ryder Trauma Center",
    ("Milwaukee", "WI"): "Froedtert Hospital|Froedtert",
    ("Minneapolis", "MN"): "Hennepin County Medical Center|HCMC|Hennepin Healthcare",
    ("Nashville", "TN"): "Vanderbilt University Medical Center|Vanderbilt University Hospital",
    ("Oklahoma City", "OK"): "OU Medical Center",
    ("Omaha", "NE"): "Nebraska Medical Center|Nebraska Medicine|Creighton University Medical Center",
    ("Peoria", "IL"): "OSF Saint Francis Medical Center|OSF St. Francis Medical Center|OSF Saint Francis",
    ("Philadelphia", "PA"): "Temple University Hospital|Einstein Medical Center|Hahnemann University Hospital|Penn Presbyterian Medical Center|Thomas Jefferson University Hospital",
    ("Pittsburgh", "PA"): "UPMC Presbyterian|UPMC Mercy|UPMC Shadyside|UPMC Children's Hospital|Allegheny General Hospital",
    ("Portland", "ME"): "Maine Medical Center",
    ("Portland", "OR"): "OHSU Hospital|Legacy Emanuel Medical Center|Legacy Emanuel",
    ("Raleigh", "NC"): "WakeMed",
    ("Richmond", "VA"): "VCU Medical Center",
    ("Rochester", "NY"): "Strong Memorial Hospital",
    ("Rockford", "IL"): "SwedishAmerican Hospital",
    ("Sacramento", "CA"): "UC Davis Medical Center",
    ("San Antonio", "TX"): "Brooke Army Medical Center",
    ("San Diego", "CA"): "Scripps Mercy Hospital",
    ("San Jose", "CA"): "Santa Clara Valley Medical Center",
    ("Seattle", "WA"): "Harborview Medical Center|Harborview",
    ("Springfield", "MA"): "Baystate Medical Center",
    ("Springfield", "MO"): "Cox South",
    ("St. Louis", "MO"): "Barnes-Jewish Hospital|Barnes-Jewish|Cardinal Glennon Children's Hospital",
    ("St. Paul", "MN"): "Regions Hospital",
    ("Syracuse", "NY"): "Upstate University Hospital",
    ("Trenton", "NJ"): "Capital Health Regional Medical Center",
    ("Wichita", "KS"): "Wesley Medical Center",
    ("Wilmington", "DE"): "Christiana Hospital|Christiana Care",
    ("Wilmington", "NC"): "New Hanover Regional Medical Center",
    ("Worcester", "MA"): "UMass Memorial Medical Center|UMass Memorial",
}
# hospital -> (city, postal code of its state)
CITY_HOSPITALS: dict[str, tuple[str, str]] = {
    name: city for city, names in _CITY_HOSPITALS.items() for name in names.split("|")
}

# A hospital's name that a few cities' hospitals bear ("Memorial Medical Center" is Springfield, Illinois' and
# Modesto's and Las Cruces'; "Grady Memorial Hospital" Atlanta's, Chickasha's and Delaware, Ohio's; "Highland
# Hospital" Oakland's and Rochester's) says no city alone, but beside one of those cities' names it says which of that
# name's namesakes the report means: "SPRINGFIELD — ... taken to Memorial Medical Center" is Illinois', not the larger
# Springfield in Missouri.  Written from general knowledge, as the stations are.
SHARED_HOSPITALS: dict[str, tuple[tuple[str, str], ...]] = {
    "Memorial Medical Center": (("Springfield", "IL"), ("Modesto", "CA"), ("Las Cruces", "NM")),
    "Grady Memorial Hospital": (("Atlanta", "GA"), ("Chickasha", "OK"), ("Delaware", "OH")),
    "Highland Hospital": (("Oakland", "CA"), ("Rochester", "NY")),
}

# A city's trauma centre its own reports call by one word where the victims were taken ("taken to Grady", "rushed to
# Parkland", "airlifted to Vanderbilt"): after "taken to" the word is that hospital, no town of its name elsewhere
# (Grady, Alabama; Parkland, Washington), and says its city's region as the hospital's whole name does.  Only after
# a transfer, since each word is a town's or a person's too ("in Parkland", "Sen. Truman"), and only words whose
# towns lie far from the hospital (not "Temple": Temple, Texas has its own trauma centre).  Written from general
# knowledge, as the stations are.
BARE_CITY_HOSPITALS: dict[str, tuple[str, str]] = {
    "Grady": ("Atlanta", "GA"), "Parkland": ("Dallas", "TX"), "Erlanger": ("Chattanooga", "TN"),
    "Hurley": ("Flint", "MI"), "Regions": ("St. Paul", "MN"), "Sparrow": ("Lansing", "MI"),
    "Baystate": ("Springfield", "MA"), "Vanderbilt": ("Nashville", "TN"), "Truman": ("Kansas City", "MO"),
}
