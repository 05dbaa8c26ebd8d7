"""Non-event sentence templates (data only, written for dotterel).

Slots: {C}/{A}/{K}/{Y} a country, its adjective, capital and another city; {C2}/{A2}/{K2} a second
country; {N} a large number, {n} a small one, {pct} a percentage, {year}, {month}, {day}, {team},
{team2}, {score}, {goods}, {weather}, {deg}. None of these sentences reports a political event.
"""

TEMPLATES = [
    # statistics and background
    "More than {N} people have died in the conflict in {C} since {year}, according to monitors.",
    "An estimated {N} people remain displaced in {C}, the UN refugee agency says.",
    "{C} has a population of roughly {n} million, most of them under the age of 30.",
    "The border between {C} and {C2} runs for more than {N} kilometres.",
    "{K}, the capital of {C}, is home to several million people.",
    "{Y} is the second-largest city in {C} and an important trading hub.",
    "The ruling party in {C} has been in power since {year}.",
    "Relations between {C} and {C2} have been strained for decades.",
    "The conflict in {C} has its roots in disputes over land that go back generations.",
    "About {pct} percent of the workforce in {C} is employed in agriculture.",
    "{C} is one of the largest producers of {goods} in the world.",
    "Since {year}, the number of tourists visiting {C} has more than tripled.",
    # economy
    "Inflation in {C} rose to {pct} percent in {month}, the statistics office said.",
    "The {A} economy grew by {pct} percent last year, slower than forecast.",
    "The {A} central bank left its main interest rate unchanged at {pct} percent.",
    "Exports of {goods} from {C} fell by {pct} percent in the first quarter.",
    "The {A} currency weakened against the dollar for a third straight week.",
    "Unemployment in {C} stands at {pct} percent, according to official figures.",
    "Shares on the {A} stock exchange closed {pct} percent higher on {day}.",
    "Prices of {goods} in {K} markets have risen sharply since {month}.",
    "The {A} budget deficit is expected to narrow to {pct} percent of output next year.",
    "{A} banks reported higher profits for the year, helped by rising interest rates.",
    # weather and nature
    "{weather} is expected across much of {C} over the coming days.",
    "Temperatures in {K} reached {deg} degrees Celsius on {day}, forecasters said.",
    "The rainy season in {C} usually lasts from {month} until the end of the year.",
    "Forecasters expect {weather} in {Y} through the weekend.",
    "Drought has cut the harvest of {goods} in {C} for a second year.",
    # sports and culture
    "{team} beat {team2} {score} in the league on {day} evening.",
    "{team} and {team2} drew {score} in front of a crowd of {N} fans.",
    "The national football team of {C} will play {C2} in a friendly in {month}.",
    "The film festival in {Y} opens on {day} with more than {n} films from {C2} and other countries.",
    "{A} athletes won {n} medals at the regional games.",
    "The marathon in {K} will take place in {month}, with road closures in the centre.",
    "A new museum of {A} history opened its doors to the public in {K}.",
    # opinion and analysis
    "Analysts say relations between {C} and {C2} are unlikely to improve before the election.",
    "Critics argue that the new tax law in {C} will hurt small businesses.",
    "Many observers believe the {A} economy is more fragile than official figures suggest.",
    "It remains unclear whether the {A} government can meet its spending targets.",
    "Experts say the crisis in {C} could take years to resolve.",
    "Opinion polls suggest the {A} prime minister's popularity has slipped since {month}.",
    # schedules and descriptions
    "The {A} parliament will resume its session in {month} after the summer recess.",
    "Presidential elections in {C} are scheduled for {month}, with {n} candidates registered.",
    "The new railway between {K} and {Y} is due to open in {month}.",
    "The {A} president, a former lawyer, is serving his second term.",
    "The {A} foreign minister is a career diplomat who once served as ambassador to {C2}.",
    "Schools in {K} will reopen on {day} after the holidays.",
    "The summit is held every two years and rotates between member states.",
    "The airport in {Y} handled a record {N} passengers last month.",
    "The {A} army is one of the largest employers in the country.",
    "Voter turnout in {C}'s last election was about {pct} percent.",
    # quotes without an act
    "The {A} finance minister said the economy was recovering faster than expected.",
    "An official in {K} said the new highway would cut travel times by half.",
    "The mayor of {Y} said the city was ready to welcome visitors for the festival.",
    "A spokesman for the {A} health ministry said hospitals were coping with the flu season.",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TEAMS = ["Al Ahly", "Kaizer Chiefs", "Boca Juniors", "River Plate", "Flamengo", "Galatasaray", "Fenerbahce",
         "Celtic", "Rangers", "Ajax", "PSV Eindhoven", "Benfica", "Porto", "Esperance", "Wydad Casablanca",
         "Urawa Reds", "Al Hilal", "Club America", "Olympiacos", "Dinamo Zagreb"]
GOODS = ["cocoa", "coffee", "copper", "rice", "wheat", "palm oil", "cotton", "natural gas", "tea", "lithium",
         "sugar", "cashew nuts", "fish", "textiles"]
WEATHER = ["Heavy rain", "Heavy snow", "A heatwave", "Strong winds", "Thick fog", "Freezing temperatures",
           "Thunderstorms", "Hot and dry weather"]
