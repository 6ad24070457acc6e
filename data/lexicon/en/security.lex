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
# lightning, cold and heat that kill; rivers over their banks; the ground that shakes;
# a volcano's eruption told by what it throws out ("spewing ash"; not "eruption~": "the
# eruption of hostilities")
lightning               | type=natural_disaster pos=noun weak
struck by lightning     | type=natural_disaster pos=verb weak
cold wave~              | type=natural_disaster pos=noun weak
cold snap~              | type=natural_disaster pos=noun weak
freezing temperatures   | type=natural_disaster pos=noun weak
extreme cold            | type=natural_disaster pos=noun weak
heatstroke              | type=natural_disaster pos=noun weak
heat stroke             | type=natural_disaster pos=noun weak
burst its banks         | type=natural_disaster pos=verb weak
burst their banks       | type=natural_disaster pos=verb weak
overflowed its banks    | type=natural_disaster pos=verb weak
inundat~                | type=natural_disaster pos=verb weak
downpour~               | type=natural_disaster pos=noun weak
monsoon rain~           | type=natural_disaster pos=noun weak
hailstorm~              | type=natural_disaster pos=noun weak
storm surge~            | type=natural_disaster pos=noun weak
heavy snowfall~         | type=natural_disaster pos=noun weak
tremor~                 | type=natural_disaster pos=noun weak
spewing ash             | type=natural_disaster pos=verb weak
volcanic ash            | type=natural_disaster pos=noun weak
lava                    | type=natural_disaster pos=noun weak
# a virus that spreads ("the virus has infected 10,000"), not a computer's
virus                   | type=natural_disaster pos=noun weak
new infections          | type=natural_disaster pos=noun weak
confirmed cases         | type=natural_disaster pos=noun weak

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
# a fire somewhere is a blaze ("a fire at a warehouse burned through the night"); gunfire is
# opened, exchanged or come under
a fire at a             | type=man_made_disaster pos=noun weak
a fire at an            | type=man_made_disaster pos=noun weak
a fire at the           | type=man_made_disaster pos=noun weak
a fire in a             | type=man_made_disaster pos=noun weak
a fire in an            | type=man_made_disaster pos=noun weak
power outage~           | type=man_made_disaster pos=noun weak
contaminat~             | type=man_made_disaster pos=verb weak
food poisoning          | type=man_made_disaster pos=noun weak
# poisoned drink ("died after drinking methanol-laced alcohol")
methanol                | type=man_made_disaster pos=noun weak
methanol-laced          | type=man_made_disaster pos=noun weak
toxic alcohol           | type=man_made_disaster pos=noun weak
adulterated alcohol     | type=man_made_disaster pos=noun weak
illicit brew~           | type=man_made_disaster pos=noun weak
illicit liquor          | type=man_made_disaster pos=noun weak
spurious liquor         | type=man_made_disaster pos=noun weak
stampede~               | type=man_made_disaster pos=noun weak
# fires no one is said to have set, told by what burned ("a blaze gutted the market": the
# fire, not a looter, destroyed it); explosions and fires at a works, a tanker, a boiler
blaze~                  | type=man_made_disaster pos=noun weak
inferno                 | type=man_made_disaster pos=noun weak
caught fire             | type=man_made_disaster pos=verb weak
fire gutted             | type=man_made_disaster pos=verb weak
gutted by fire          | type=man_made_disaster pos=verb weak
gutted by a fire        | type=man_made_disaster pos=verb weak
fire destroyed          | type=man_made_disaster pos=verb weak
fire razed              | type=man_made_disaster pos=verb weak
fire swept through      | type=man_made_disaster pos=verb weak
fire tore through       | type=man_made_disaster pos=verb weak
fire ripped through     | type=man_made_disaster pos=verb weak
factory fire~           | type=man_made_disaster pos=noun weak
fire at a factory       | type=man_made_disaster pos=noun weak
fire at a _ factory     | type=man_made_disaster pos=noun weak
fire at the _ factory   | type=man_made_disaster pos=noun weak
explosion at a factory  | type=man_made_disaster pos=noun weak
explosion at a _ factory | type=man_made_disaster pos=noun weak
explosion at the _ factory | type=man_made_disaster pos=noun weak
explosion at a _ plant  | type=man_made_disaster pos=noun weak
explosion at the _ plant | type=man_made_disaster pos=noun weak
blast at a _ factory    | type=man_made_disaster pos=noun weak
blast at a _ plant      | type=man_made_disaster pos=noun weak
factory explosion~      | type=man_made_disaster pos=noun weak
tanker exploded         | type=man_made_disaster pos=verb weak
tanker explosion~       | type=man_made_disaster pos=noun weak
tanker fire~            | type=man_made_disaster pos=noun weak
cylinder exploded       | type=man_made_disaster pos=verb weak
boiler exploded         | type=man_made_disaster pos=verb weak
transformer exploded    | type=man_made_disaster pos=verb weak
pipeline explosion~     | type=man_made_disaster pos=noun weak
pipeline exploded       | type=man_made_disaster pos=verb weak
chemical plant explosion~ | type=man_made_disaster pos=noun weak
# boats that went down, roofs and mines that fell in, the power that failed
boat overturned         | type=man_made_disaster pos=verb weak
boat capsized           | type=man_made_disaster pos=verb weak
shipwreck~              | type=man_made_disaster pos=noun weak
drowned                 | type=man_made_disaster pos=verb weak
plunged into            | type=man_made_disaster pos=verb weak
mine collapse~          | type=man_made_disaster pos=noun weak
mine collapsed          | type=man_made_disaster pos=verb weak
shaft collapsed         | type=man_made_disaster pos=verb weak
collapsed at the _ mine | type=man_made_disaster pos=verb weak
collapsed at a _ mine   | type=man_made_disaster pos=verb weak
mine accident~          | type=man_made_disaster pos=noun weak
mining accident~        | type=man_made_disaster pos=noun weak
mine blast~             | type=man_made_disaster pos=noun weak
trapped underground     | type=man_made_disaster pos=verb weak
# a store of chemicals that burns or explodes (bare "chemical" is a weapon: "a chemical attack")
chemical warehouse~     | type=man_made_disaster pos=noun weak
chemical factory        | type=man_made_disaster pos=noun weak
chemical plant~         | type=man_made_disaster pos=noun weak
chemical depot~         | type=man_made_disaster pos=noun weak
explosion at a _ warehouse | type=man_made_disaster pos=noun weak
explosion at the _ warehouse | type=man_made_disaster pos=noun weak
warehouse explosion~    | type=man_made_disaster pos=noun weak
warehouse fire~         | type=man_made_disaster pos=noun weak
contaminated water      | type=man_made_disaster pos=noun weak
contaminated food       | type=man_made_disaster pos=noun weak
tainted water           | type=man_made_disaster pos=noun weak
tainted alcohol         | type=man_made_disaster pos=noun weak
bootleg alcohol         | type=man_made_disaster pos=noun weak
# what fell in, told by its noun ("a building under construction collapsed"; not "talks collapsed")
building collapsed      | type=man_made_disaster pos=verb weak
construction collapsed  | type=man_made_disaster pos=verb weak
house collapsed         | type=man_made_disaster pos=verb weak
bridge collapsed        | type=man_made_disaster pos=verb weak
wall collapsed          | type=man_made_disaster pos=verb weak
roof collapsed          | type=man_made_disaster pos=verb weak
dam collapsed           | type=man_made_disaster pos=verb weak
tower collapsed         | type=man_made_disaster pos=verb weak
collapse of a building  | type=man_made_disaster pos=noun weak
collapse of the building | type=man_made_disaster pos=noun weak
collapse of a bridge    | type=man_made_disaster pos=noun weak
collapse of the bridge  | type=man_made_disaster pos=noun weak
roof collapse~          | type=man_made_disaster pos=noun weak
wall collapse~          | type=man_made_disaster pos=noun weak
dam collapse~           | type=man_made_disaster pos=noun weak
# (the power's: not "an information blackout")
power blackout~         | type=man_made_disaster pos=noun weak
electricity blackout~   | type=man_made_disaster pos=noun weak
nationwide blackout~    | type=man_made_disaster pos=noun weak
massive blackout~       | type=man_made_disaster pos=noun weak
power cut~              | type=man_made_disaster pos=noun weak
toxic fumes             | type=man_made_disaster pos=noun weak
toxic gas               | type=man_made_disaster pos=noun weak
chemical spill~         | type=man_made_disaster pos=noun weak
radiation leak~         | type=man_made_disaster pos=noun weak
nuclear accident~       | type=man_made_disaster pos=noun weak

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
burglary                | type=org_crime pos=noun weak
burglaries              | type=org_crime pos=noun weak
ransomware              | type=org_crime pos=noun weak
# (cyber attacks are their own type, politics.lex, whose CASE 2021 label is ORG_CRIME too)
cybercrime~             | type=org_crime pos=noun weak
cyber crime~            | type=org_crime pos=noun weak
data breach~            | type=org_crime pos=noun weak
fraud                   | type=org_crime pos=noun weak
frauds                  | type=org_crime pos=noun weak
fraudulent~             | type=org_crime pos=noun weak
scam~                   | type=org_crime pos=noun weak
ponzi                   | type=org_crime pos=noun weak
misappropriat~          | type=org_crime pos=verb weak
graft                   | type=org_crime pos=noun weak
kickback~               | type=org_crime pos=noun weak
# theft and robbery named as such; a robbery with violence told beside it is that violence's
# background (weak)
robbery                 | type=org_crime pos=noun weak
robberies               | type=org_crime pos=noun weak
heist~                  | type=org_crime pos=noun weak
theft                   | type=org_crime pos=noun weak
thefts                  | type=org_crime pos=noun weak
contraband              | type=org_crime pos=noun weak
# the drug trade (drugs seized by police are ACLED's looting and stay so: weak)
cocaine                 | type=org_crime pos=noun weak
heroin                  | type=org_crime pos=noun weak
methamphetamine         | type=org_crime pos=noun weak
narcotics               | type=org_crime pos=noun weak
cannabis                | type=org_crime pos=noun weak
marijuana               | type=org_crime pos=noun weak
drug haul~              | type=org_crime pos=noun weak
drug bust~              | type=org_crime pos=noun weak
# taking what the law protects: minerals, timber, wildlife
illegal mining          | type=org_crime pos=noun weak
illegal miners          | type=org_crime pos=noun weak
illegal logging         | type=org_crime pos=noun weak
illegal loggers         | type=org_crime pos=noun weak
illegal fishing         | type=org_crime pos=noun weak
poaching                | type=org_crime pos=noun weak
ransomware attack~      | type=org_crime pos=noun weak
# what is demanded is money, not a cause: a protest it is not ("stormed the camp
# demanding money from refugees")
demanding money         | type=org_crime pos=verb weak
demanding ransom        | type=org_crime pos=verb weak
demanding a ransom      | type=org_crime pos=verb weak
demanding cash          | type=org_crime pos=verb weak
demanding bribes        | type=org_crime pos=verb weak
demanded a ransom       | type=org_crime pos=verb weak
demanded ransom         | type=org_crime pos=verb weak
demanded money          | type=org_crime pos=verb weak
demanded bribes         | type=org_crime pos=verb weak

# --- claims and denials of responsibility for an attack --------------------------------
claimed responsibility  | type=attrib pos=verb
claim~ responsibility   | type=attrib pos=verb
claiming responsibility | type=attrib pos=verb
took responsibility     | type=attrib pos=verb
denied responsibility   | type=attrib pos=verb
denied involvement      | type=attrib pos=verb
denied carrying out     | type=attrib pos=verb
denies carrying out     | type=attrib pos=verb
denied having carried out | type=attrib pos=verb
reject~ claims          | type=attrib pos=verb
reject~ the claims      | type=attrib pos=verb
denied claims           | type=attrib pos=verb
denies involvement      | type=attrib pos=verb
denied any involvement  | type=attrib pos=verb
# who was behind it, to whom it is put down, who is held responsible ("officials said the
# militants were behind the attack", "police attributed the blast to Boko Haram")
was behind              | type=attrib pos=verb
were behind             | type=attrib pos=verb
is behind               | type=attrib pos=verb
are behind              | type=attrib pos=verb
be behind               | type=attrib pos=verb
being behind            | type=attrib pos=verb
# (active only: "an attack attributed to ADF fighters" names the attackers, cues.lex)
attributed the          | type=attrib pos=verb
attributes the          | type=attrib pos=verb
attributing the         | type=attrib pos=verb
attributed it to        | type=attrib pos=verb
hold~ _ responsible     | type=attrib pos=verb
held _ responsible      | type=attrib pos=verb
held responsible        | type=attrib pos=verb
hold~ the _ responsible | type=attrib pos=verb
held the _ responsible  | type=attrib pos=verb
was responsible for     | type=attrib pos=verb
were responsible for    | type=attrib pos=verb
is responsible for      | type=attrib pos=verb
be responsible for      | type=attrib pos=verb
said it was responsible | type=attrib pos=verb
took credit             | type=attrib pos=verb
claimed credit          | type=attrib pos=verb
# a claim still awaited ("no group has yet claimed it")
yet to claim            | type=attrib pos=verb
yet claimed             | type=attrib pos=verb
# a group telling it did it ("the group said in a statement that it carried out the attack",
# "said its fighters had carried out the raid")
that its _ carried out  | type=attrib pos=verb
that its _ had carried out | type=attrib pos=verb
that their _ carried out | type=attrib pos=verb
that their _ had carried out | type=attrib pos=verb
# a claim of an attack named as its object ("a spokesman claimed the attack on the
# checkpoint", "has claimed Monday's bombing"; not "a source claims the attack took place on 6
# March"): the noun stays its own event, so ACLED's labels still code the attack
claimed                 | type=attrib pos=verb object=deed
claims                  | type=attrib pos=verb object=deed
# a denial of the deed told after it ("the army denied that its soldiers had shot the
# protesters")
denied that its         | type=attrib pos=verb
denied that their       | type=attrib pos=verb
denies that its         | type=attrib pos=verb
denied that it had      | type=attrib pos=verb
denies that it had      | type=attrib pos=verb
that it carried out     | type=attrib pos=verb
said it carried out     | type=attrib pos=verb
says it carried out     | type=attrib pos=verb
it had carried out      | type=attrib pos=verb
# an accusation rejected is a denial ("rejected accusations that it had killed the villagers")
reject~ accusations     | type=attrib pos=verb
reject~ the accusations | type=attrib pos=verb
reject~ allegations     | type=attrib pos=verb
reject~ the allegations | type=attrib pos=verb
denied accusations      | type=attrib pos=verb
denied the accusations  | type=attrib pos=verb
denied allegations      | type=attrib pos=verb
denied the allegations  | type=attrib pos=verb
denies accusations      | type=attrib pos=verb
denies allegations      | type=attrib pos=verb
