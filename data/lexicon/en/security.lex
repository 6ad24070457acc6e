# English triggers of the security events ACLED does not code but the CASE 2021
# label set does (`sitrep classify --labels case2021`): disasters, natural and
# man-made, organised crime, and claims or denials of responsibility for an
# attack.  Their taxonomy rows have no ACLED type, so `--labels acled` and the
# ACLED evaluation never pick them; in `sitrep code` they are events of their
# own (PLOVER and CAMEO as taxonomy.tsv says).
# Most are `weak`: a flood or a fraud named in a sentence that tells an attack
# is its background, not its event ("gunmen attacked flood victims").
# Format: docs/lexicon-format.md; attributes as in triggers.lex.
[trigger]
%lang en

# --- natural disasters: earthquakes, floods, storms, fires of the land, epidemics ----
earthquake~             | type=natural_disaster pos=noun weak
quake                   | type=natural_disaster pos=noun weak
aftershock~             | type=natural_disaster pos=noun weak
tsunami~                | type=natural_disaster pos=noun weak
# exact forms: "flood~" would take "protesters flooded the streets"; a bare "storm" is
# the verb of a crowd ("residents storm the school")
flood                   | type=natural_disaster pos=noun weak
floods                  | type=natural_disaster pos=noun weak
flooding                | type=natural_disaster pos=noun weak
flash flood~            | type=natural_disaster pos=noun weak
floodwater~             | type=natural_disaster pos=noun weak
heavy rain~             | type=natural_disaster pos=noun weak
torrential rain~        | type=natural_disaster pos=noun weak
landslide~              | type=natural_disaster pos=noun weak
mudslide~               | type=natural_disaster pos=noun weak
avalanche~              | type=natural_disaster pos=noun weak
tropical storm~         | type=natural_disaster pos=noun weak
severe storm~           | type=natural_disaster pos=noun weak
heavy storm~            | type=natural_disaster pos=noun weak
rainstorm~              | type=natural_disaster pos=noun weak
thunderstorm~           | type=natural_disaster pos=noun weak
snowstorm~              | type=natural_disaster pos=noun weak
sandstorm~              | type=natural_disaster pos=noun weak
cyclone~                | type=natural_disaster pos=noun weak
hurricane~              | type=natural_disaster pos=noun weak
typhoon~                | type=natural_disaster pos=noun weak
tornado~                | type=natural_disaster pos=noun weak
blizzard~               | type=natural_disaster pos=noun weak
heatwave~               | type=natural_disaster pos=noun weak
heat wave~              | type=natural_disaster pos=noun weak
drought~                | type=natural_disaster pos=noun weak
wildfire~               | type=natural_disaster pos=noun weak
forest fire~            | type=natural_disaster pos=noun weak
bushfire~               | type=natural_disaster pos=noun weak
volcanic eruption~      | type=natural_disaster pos=noun weak
volcano erupted         | type=natural_disaster pos=verb weak
epidemic~               | type=natural_disaster pos=noun weak
pandemic~               | type=natural_disaster pos=noun weak
# an outbreak of a disease, not "an outbreak of violence"
disease outbreak~       | type=natural_disaster pos=noun weak
outbreak of cholera     | type=natural_disaster pos=noun weak
outbreak of measles     | type=natural_disaster pos=noun weak
outbreak of ebola       | type=natural_disaster pos=noun weak
outbreak of the disease | type=natural_disaster pos=noun weak
cholera outbreak~       | type=natural_disaster pos=noun weak
measles outbreak~       | type=natural_disaster pos=noun weak
cholera                 | type=natural_disaster pos=noun weak
# diseases that spread: an epidemic told by its name
ebola                   | type=natural_disaster pos=noun weak
bird flu                | type=natural_disaster pos=noun weak
avian flu               | type=natural_disaster pos=noun weak
avian influenza         | type=natural_disaster pos=noun weak
swine flu               | type=natural_disaster pos=noun weak
influenza               | type=natural_disaster pos=noun weak
h1n1                    | type=natural_disaster pos=noun weak
h5n1                    | type=natural_disaster pos=noun weak
coronavirus             | type=natural_disaster pos=noun weak
covid-19                | type=natural_disaster pos=noun weak
measles                 | type=natural_disaster pos=noun weak
polio                   | type=natural_disaster pos=noun weak
dengue                  | type=natural_disaster pos=noun weak
malaria                 | type=natural_disaster pos=noun weak
meningitis              | type=natural_disaster pos=noun weak
tuberculosis            | type=natural_disaster pos=noun weak
west nile virus         | type=natural_disaster pos=noun weak
mad cow disease         | type=natural_disaster pos=noun weak
foot-and-mouth disease  | type=natural_disaster pos=noun weak
tested positive         | type=natural_disaster pos=verb weak
locust~                 | type=natural_disaster pos=noun weak
famine~                 | type=natural_disaster pos=noun weak

# --- man-made disasters: accidents, failures, contamination ---------------------------
accident                | type=man_made_disaster pos=noun weak
accidents               | type=man_made_disaster pos=noun weak
road crash~             | type=man_made_disaster pos=noun weak
car crash~              | type=man_made_disaster pos=noun weak
bus crash~              | type=man_made_disaster pos=noun weak
plane crash~            | type=man_made_disaster pos=noun weak
helicopter crash~       | type=man_made_disaster pos=noun weak
collided                | type=man_made_disaster pos=verb weak
collision~              | type=man_made_disaster pos=noun weak
derail~                 | type=man_made_disaster pos=verb weak
capsized                | type=man_made_disaster pos=verb weak
sank                    | type=man_made_disaster pos=verb weak
building collapse~      | type=man_made_disaster pos=noun weak
bridge collapse~        | type=man_made_disaster pos=noun weak
dam burst               | type=man_made_disaster pos=verb weak
gas leak~               | type=man_made_disaster pos=noun weak
chemical leak~          | type=man_made_disaster pos=noun weak
gas explosion~          | type=man_made_disaster pos=noun weak
gas cylinder explosion~ | type=man_made_disaster pos=noun weak
boiler explosion~       | type=man_made_disaster pos=noun weak
oil spill~              | type=man_made_disaster pos=noun weak
fire broke out          | type=man_made_disaster pos=verb weak
power outage~           | type=man_made_disaster pos=noun weak
contaminat~             | type=man_made_disaster pos=verb weak
food poisoning          | type=man_made_disaster pos=noun weak
stampede~               | type=man_made_disaster pos=noun weak

# --- organised crime: smuggling, trafficking, fraud, corruption, cyber and property crime ---
smuggl~                 | type=org_crime pos=verb weak
# exact forms: "traffick~" is the stem of the actor "trafficker~"
trafficked              | type=org_crime pos=verb weak
trafficking             | type=org_crime pos=noun weak
counterfeit~            | type=org_crime pos=noun weak
defraud~                | type=org_crime pos=verb weak
embezzl~                | type=org_crime pos=verb weak
corruption              | type=org_crime pos=noun weak
bribe~                  | type=org_crime pos=verb weak
bribery                 | type=org_crime pos=noun weak
money laundering        | type=org_crime pos=noun weak
launder~ money          | type=org_crime pos=verb weak
extort~                 | type=org_crime pos=verb weak
extortion               | type=org_crime pos=noun weak
racketeer~              | type=org_crime pos=noun weak
burglar~                | type=org_crime pos=noun weak
cyberattack~            | type=org_crime pos=noun weak
cyber attack~           | type=org_crime pos=noun weak
ransomware              | type=org_crime pos=noun weak
ransomware attack~      | type=org_crime pos=noun weak
# what is demanded is money, not a cause: a protest it is not ("stormed the camp
# demanding money from refugees")
demanding money         | type=org_crime pos=verb weak
demanding ransom        | type=org_crime pos=verb weak
demanding a ransom      | type=org_crime pos=verb weak
demanding cash          | type=org_crime pos=verb weak
demanding bribes        | type=org_crime pos=verb weak

# --- claims and denials of responsibility for an attack --------------------------------
claimed responsibility  | type=attrib pos=verb
claim~ responsibility   | type=attrib pos=verb
claiming responsibility | type=attrib pos=verb
took responsibility     | type=attrib pos=verb
denied responsibility   | type=attrib pos=verb
denied involvement      | type=attrib pos=verb
denies involvement      | type=attrib pos=verb
denied any involvement  | type=attrib pos=verb
