"""Actor and place pools for the template generator (data only, written for dotterel).

Country facts (names, ISO 3166-1 alpha-3 codes, capitals) are public facts. Each state row is
(name, adjective, ISO3, capital, another city, name is plural?).
"""

STATES = [
    # Africa
    ("Nigeria", "Nigerian", "NGA", "Abuja", "Kano", False),
    ("Kenya", "Kenyan", "KEN", "Nairobi", "Mombasa", False),
    ("Ethiopia", "Ethiopian", "ETH", "Addis Ababa", "Gondar", False),
    ("Sudan", "Sudanese", "SDN", "Khartoum", "Port Sudan", False),
    ("South Sudan", "South Sudanese", "SSD", "Juba", "Malakal", False),
    ("Somalia", "Somali", "SOM", "Mogadishu", "Kismayo", False),
    ("Mali", "Malian", "MLI", "Bamako", "Gao", False),
    ("Niger", "Nigerien", "NER", "Niamey", "Agadez", False),
    ("Burkina Faso", "Burkinabe", "BFA", "Ouagadougou", "Djibo", False),
    ("Senegal", "Senegalese", "SEN", "Dakar", "Ziguinchor", False),
    ("Ghana", "Ghanaian", "GHA", "Accra", "Kumasi", False),
    ("Cameroon", "Cameroonian", "CMR", "Yaoundé", "Bamenda", False),
    ("Egypt", "Egyptian", "EGY", "Cairo", "Alexandria", False),
    ("Libya", "Libyan", "LBY", "Tripoli", "Benghazi", False),
    ("Tunisia", "Tunisian", "TUN", "Tunis", "Sfax", False),
    ("Algeria", "Algerian", "DZA", "Algiers", "Oran", False),
    ("Morocco", "Moroccan", "MAR", "Rabat", "Casablanca", False),
    ("Uganda", "Ugandan", "UGA", "Kampala", "Gulu", False),
    ("Rwanda", "Rwandan", "RWA", "Kigali", "Gisenyi", False),
    ("Tanzania", "Tanzanian", "TZA", "Dodoma", "Arusha", False),
    ("Mozambique", "Mozambican", "MOZ", "Maputo", "Pemba", False),
    ("Zimbabwe", "Zimbabwean", "ZWE", "Harare", "Bulawayo", False),
    ("South Africa", "South African", "ZAF", "Pretoria", "Durban", False),
    ("Angola", "Angolan", "AGO", "Luanda", "Huambo", False),
    ("Chad", "Chadian", "TCD", "N'Djamena", "Abeche", False),
    ("Congo", "Congolese", "COD", "Kinshasa", "Goma", False),
    # Middle East
    ("Iran", "Iranian", "IRN", "Tehran", "Isfahan", False),
    ("Iraq", "Iraqi", "IRQ", "Baghdad", "Basra", False),
    ("Syria", "Syrian", "SYR", "Damascus", "Homs", False),
    ("Israel", "Israeli", "ISR", "Jerusalem", "Haifa", False),
    ("Lebanon", "Lebanese", "LBN", "Beirut", "Tyre", False),
    ("Jordan", "Jordanian", "JOR", "Amman", "Irbid", False),
    ("Saudi Arabia", "Saudi", "SAU", "Riyadh", "Jeddah", False),
    ("Yemen", "Yemeni", "YEM", "Sanaa", "Aden", False),
    ("Turkey", "Turkish", "TUR", "Ankara", "Izmir", False),
    ("Qatar", "Qatari", "QAT", "Doha", "Al Khor", False),
    # Europe
    ("France", "French", "FRA", "Paris", "Lyon", False),
    ("Germany", "German", "DEU", "Berlin", "Hamburg", False),
    ("the United Kingdom", "British", "GBR", "London", "Manchester", False),
    ("Italy", "Italian", "ITA", "Rome", "Naples", False),
    ("Spain", "Spanish", "ESP", "Madrid", "Barcelona", False),
    ("Poland", "Polish", "POL", "Warsaw", "Krakow", False),
    ("Ukraine", "Ukrainian", "UKR", "Kyiv", "Kharkiv", False),
    ("Russia", "Russian", "RUS", "Moscow", "Rostov", False),
    ("Serbia", "Serbian", "SRB", "Belgrade", "Novi Sad", False),
    ("Greece", "Greek", "GRC", "Athens", "Thessaloniki", False),
    ("Hungary", "Hungarian", "HUN", "Budapest", "Debrecen", False),
    ("Belarus", "Belarusian", "BLR", "Minsk", "Grodno", False),
    ("Georgia", "Georgian", "GEO", "Tbilisi", "Batumi", False),
    ("Armenia", "Armenian", "ARM", "Yerevan", "Gyumri", False),
    ("Azerbaijan", "Azerbaijani", "AZE", "Baku", "Ganja", False),
    ("Sweden", "Swedish", "SWE", "Stockholm", "Malmo", False),
    ("the Netherlands", "Dutch", "NLD", "The Hague", "Rotterdam", True),
    # Asia and Pacific
    ("China", "Chinese", "CHN", "Beijing", "Shanghai", False),
    ("Japan", "Japanese", "JPN", "Tokyo", "Osaka", False),
    ("South Korea", "South Korean", "KOR", "Seoul", "Busan", False),
    ("North Korea", "North Korean", "PRK", "Pyongyang", "Wonsan", False),
    ("India", "Indian", "IND", "New Delhi", "Mumbai", False),
    ("Pakistan", "Pakistani", "PAK", "Islamabad", "Karachi", False),
    ("Afghanistan", "Afghan", "AFG", "Kabul", "Kandahar", False),
    ("Bangladesh", "Bangladeshi", "BGD", "Dhaka", "Chittagong", False),
    ("Sri Lanka", "Sri Lankan", "LKA", "Colombo", "Jaffna", False),
    ("Myanmar", "Myanmar", "MMR", "Naypyitaw", "Mandalay", False),
    ("Thailand", "Thai", "THA", "Bangkok", "Chiang Mai", False),
    ("Indonesia", "Indonesian", "IDN", "Jakarta", "Surabaya", False),
    ("the Philippines", "Philippine", "PHL", "Manila", "Davao", True),
    ("Vietnam", "Vietnamese", "VNM", "Hanoi", "Da Nang", False),
    ("Malaysia", "Malaysian", "MYS", "Kuala Lumpur", "Penang", False),
    ("Kazakhstan", "Kazakh", "KAZ", "Astana", "Almaty", False),
    ("Australia", "Australian", "AUS", "Canberra", "Sydney", False),
    ("Papua New Guinea", "Papua New Guinean", "PNG", "Port Moresby", "Lae", False),
    # Americas
    ("the United States", "US", "USA", "Washington", "Chicago", False),
    ("Canada", "Canadian", "CAN", "Ottawa", "Toronto", False),
    ("Mexico", "Mexican", "MEX", "Mexico City", "Monterrey", False),
    ("Guatemala", "Guatemalan", "GTM", "Guatemala City", "Quetzaltenango", False),
    ("Honduras", "Honduran", "HND", "Tegucigalpa", "San Pedro Sula", False),
    ("Haiti", "Haitian", "HTI", "Port-au-Prince", "Cap-Haitien", False),
    ("Cuba", "Cuban", "CUB", "Havana", "Santiago de Cuba", False),
    ("Colombia", "Colombian", "COL", "Bogotá", "Medellín", False),
    ("Venezuela", "Venezuelan", "VEN", "Caracas", "Maracaibo", False),
    ("Ecuador", "Ecuadorian", "ECU", "Quito", "Guayaquil", False),
    ("Peru", "Peruvian", "PER", "Lima", "Arequipa", False),
    ("Bolivia", "Bolivian", "BOL", "La Paz", "Santa Cruz", False),
    ("Brazil", "Brazilian", "BRA", "Brasília", "São Paulo", False),
    ("Argentina", "Argentine", "ARG", "Buenos Aires", "Rosario", False),
    ("Chile", "Chilean", "CHL", "Santiago", "Valparaíso", False),
    ("Nicaragua", "Nicaraguan", "NIC", "Managua", "León", False),
]

# (text, ISO3 of the country it operates in, sector); armed non-state groups as commonly named.
ARMED_GROUPS = [
    ("Al-Shabaab fighters", "SOM", "REB"), ("Boko Haram militants", "NGA", "REB"),
    ("the Houthis", "YEM", "REB"), ("M23 rebels", "COD", "REB"), ("ELN guerrillas", "COL", "REB"),
    ("the Taliban", "AFG", "REB"), ("Islamic State fighters", "IRQ", "REB"),
    ("Kachin Independence Army fighters", "MMR", "REB"), ("the Arakan Army", "MMR", "REB"),
    ("Tuareg rebels", "MLI", "REB"), ("the Rapid Support Forces", "SDN", "PRM"),
    ("separatist fighters", "CMR", "REB"), ("New People's Army guerrillas", "PHL", "REB"),
    ("Hezbollah", "LBN", "REB"), ("Hamas", "PSE", "REB"), ("the PKK", "TUR", "REB"),
    ("Ansaru militants", "NGA", "REB"), ("ADF rebels", "COD", "REB"), ("the Wagner group", "RUS", "PRM"),
    ("Sinaloa cartel gunmen", "MEX", "CRM"), ("gang members", "HTI", "CRM"),
    ("Mai-Mai militiamen", "COD", "PRM"), ("Fulani herdsmen", "NGA", "CVL"),
]

# Cities for armed groups whose territory is not in STATES.
GROUP_CITIES = {"PSE": ("Gaza City", "Khan Younis")}

IGOS = [
    "the United Nations", "the UN Security Council", "the African Union", "the European Union",
    "NATO", "ASEAN", "ECOWAS", "the Arab League", "the OSCE", "the World Bank",
    "the International Monetary Fund", "the UN refugee agency", "the World Food Programme",
    "the Organization of American States", "the UN human rights office", "the Gulf Cooperation Council",
]

NGOS = [
    ("Amnesty International", None), ("Human Rights Watch", None), ("the Red Cross", "MED"),
    ("Doctors Without Borders", "MED"), ("Oxfam", None), ("Save the Children", None),
    ("the Norwegian Refugee Council", None), ("Reporters Without Borders", "JRN"),
    ("Transparency International", None), ("the Committee to Protect Journalists", "JRN"),
]

# Templates for state-bound actors: kind -> list of (pattern, sector, plural).
# {C} country name, {A} adjective, {K} capital, {Y} other city.
KINDS = {
    "gov": [("{C}", "GOV", False), ("the {A} government", "GOV", False), ("{K}", "GOV", False),
            ("the {A} foreign ministry", "GOV", False), ("{C}'s president", "GOV", False),
            ("the {A} prime minister", "GOV", False), ("{A} officials", "GOV", True),
            ("the {A} interior minister", "GOV", False), ("the government in {K}", "GOV", False),
            ("{C}'s foreign minister", "GOV", False), ("the {A} cabinet", "GOV", False)],
    "state": [("{C}", "GOV", False), ("{K}", "GOV", False), ("the {A} government", "GOV", False),
              ("the government of {C}", "GOV", False)],
    "mil": [("{A} troops", "MIL", True), ("the {A} army", "MIL", False), ("{A} forces", "MIL", True),
            ("{A} soldiers", "MIL", True), ("the {A} military", "MIL", False),
            ("{C}'s armed forces", "MIL", True), ("the {A} navy", "MIL", False)],
    "cop": [("{A} police", "COP", True), ("police in {K}", "COP", True), ("riot police in {Y}", "COP", True),
            ("{A} security forces", "COP", True), ("the {A} gendarmerie", "COP", False)],
    "leg": [("the {A} parliament", "LEG", False), ("{A} lawmakers", "LEG", True),
            ("{C}'s senate", "LEG", False)],
    "jud": [("a court in {K}", "JUD", False), ("{C}'s supreme court", "JUD", False),
            ("{A} prosecutors", "JUD", True), ("a judge in {Y}", "JUD", False)],
    "cvl": [("protesters in {K}", "CVL", True), ("{A} activists", "CVL", True),
            ("residents of {Y}", "CVL", True), ("villagers near {Y}", "CVL", True),
            ("civilians in {Y}", "CVL", True), ("{A} civilians", "CVL", True)],
    "opp": [("the {A} opposition", "OPP", False), ("opposition supporters in {K}", "OPP", True),
            ("the {A} opposition leader", "OPP", False), ("{A} opposition parties", "OPP", True)],
    "lab": [("{A} trade unions", "LAB", True), ("dock workers in {Y}", "LAB", True),
            ("{A} teachers", "LAB", True), ("mine workers in {Y}", "LAB", True)],
    "jrn": [("{A} journalists", "JRN", True), ("a reporter in {K}", "JRN", False),
            ("an independent newspaper in {K}", "JRN", False)],
    "ref": [("refugees in {Y}", "REF", True), ("displaced families near {Y}", "REF", True)],
    "bus": [("a {A} mining company", "BUS", False), ("{A} exporters", "BUS", True),
            ("a state oil company", "BUS", False)],
    "rel": [("church leaders in {K}", "REL", True), ("the {A} bishops", "REL", True)],
    "med": [("doctors in {Y}", "MED", True), ("{A} nurses", "MED", True)],
    "edu": [("students in {K}", "EDU", True), ("university students in {Y}", "EDU", True)],
    "agr": [("{A} farmers", "AGR", True), ("cattle herders near {Y}", "AGR", True)],
    "spy": [("{A} intelligence", "SPY", False), ("{A} intelligence agents", "SPY", True)],
    "eli": [("the former {A} president", "ELI", False), ("a former {A} minister", "ELI", False)],
    "pty": [("the ruling party in {K}", "PTY", False), ("the {A} ruling party", "PTY", False)],
    "uaf": [("gunmen", "UAF", True), ("unidentified gunmen", "UAF", True), ("armed men", "UAF", True),
            ("masked attackers", "UAF", True)],
}

# Heads of government/state where "president" would be wrong, by ISO3.
HEAD_TITLES = {"GBR": "prime minister", "JPN": "prime minister", "AUS": "prime minister", "CAN": "prime minister",
               "ESP": "prime minister", "SWE": "prime minister", "NLD": "prime minister", "THA": "prime minister",
               "MYS": "prime minister", "PNG": "prime minister", "ITA": "prime minister", "SAU": "king",
               "JOR": "king", "MAR": "king", "QAT": "emir"}
# States without a prime minister: the phrase becomes this title.
NO_PRIME_MINISTER = {"USA": "secretary of state", "MEX": "interior minister", "BRA": "foreign minister",
                     "ARG": "foreign minister", "COL": "foreign minister", "CHL": "foreign minister",
                     "SAU": "crown prince", "QAT": "foreign minister", "AFG": "foreign minister"}

REPORTERS = [
    ("state media", "JRN", "state"), ("{A} officials", "GOV", "state"), ("a government spokesman", "GOV", "state"),
    ("witnesses", "CVL", "state"), ("local media", "JRN", "state"), ("the {A} defence ministry", "GOV", "state"),
    ("a military spokesman", "MIL", "state"), ("residents", "CVL", "state"), ("{A} police", "COP", "state"),
    ("the UN", None, "IGO"), ("a UN spokesperson", None, "IGO"), ("Human Rights Watch", None, "NGO"),
    ("Amnesty International", None, "NGO"), ("a human rights group", None, "NGO"),
]
