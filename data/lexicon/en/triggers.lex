# English event triggers.  Format: docs/lexicon-format.md.
# Attributes:
#   type=KEY        event type from data/taxonomy.tsv
#   pos=verb|noun   how roles are read: a verb takes its subject (active) or its
#                   "by" phrase (passive) as actor1; a noun takes "by"/"of"/an
#                   adjective before it
#   refine          the type is a default that weapons and targets in the
#                   sentence refine (a "killed" with a drone is an air strike)
#   weak            only an event when the sentence has no other trigger
#   generic         says only that violence happened ("attacked", "ambushed"): beside an
#                   abduction it tells no harm of its own (an abduction with a beating is
#                   an attack, one in an attack stays an abduction)
#   alone           (with weak) only an event when the sentence has no other trigger, weak ones too
#   needs_weapon    only an event when the sentence names a weapon ("fell", "landed")
#   retaliation     a response to an earlier attack: placed where that attack came from
#   two_armed       fire exchanged: both sides bear arms, so a clash however plain its
#                   sides' names ("an exchange of fire between two groups")
#   firearm         the trigger tells a gun used: whoever fires it is armed ("a man shot
#                   two police officers" is a clash, as ACLED codes attacks on police)
#   object=weapon   an event only when a weapon is its object: named within six words after
#                   it, or before it in a passive ("recovered four IEDs", "a grenade was found")
#   seizure         weapons taken: beside a killing it is that fight's detail, no event of
#                   its own ("killing 10 fighters and seizing weapons")
#   object=territory no event when its object, read as for object=weapon, is people or things
#                   taken ("captured a thief", "vehicles were captured"; "captured the town" is one)
#   object=armed    an event only when an armed actor follows it ("joined the Taliban",
#                   not "joined the talks")
#   for_crime       no event of its own when "for" and a crime follow in its clause
#                   ("sentenced to 12 years for embezzling public funds": the crime)
#   uxo             a relic of war ("unexploded ordnance"): when the sentence tells dead or
#                   wounded it went off, a remote explosive (shelling when a mortar, shell or
#                   rocket is named)
#   on_people       a burning told of people (a person heads its object, inside the pattern or
#                   just after it, or a passive's subject: "suspects were set on fire"): an
#                   attack on them, refined by who did it, not property destroyed
#   needs_crowd     alone in its group, an event only where the paragraph names a crowd or
#                   tells a protest ("when police intervened, the gunmen opened fire")
#   object=deed     an event only when a noun of an event ACLED codes is its object, within
#                   three words and ended by a preposition, a mark or the sentence's end
#                   ("claimed the attack on the checkpoint", not "claims the attack took
#                   place"); the noun stays an event of its own
#   in_deed         followed by "in", an event only when a word of an event comes within
#                   three words or armed men do it ("engaged in running battles", "forces
#                   were engaged in ethnic cleansing", not "workers engaged in mining")
#   or_dismissal    no event as a passive said of people with no target after it ("they
#                   were fired in an irregular manner": dismissed, not shot at)
#   not_with=FAMILY no event in a sentence that has a trigger of that family: "striking
#                   nurses protest" is a labour strike, "stormed the office demanding a
#                   report" a protest
#   label           an event only as a coder's label opening a sentence ("Detonation: …");
#                   any trigger that opens a sentence before ":" names its event
#   gathering       a gathering that others may attack (a rally): it does not make a
#                   crowd's act in the same sentence a protest's violence
#   crowd_act       a crowd's act ("threw stones"): a violent demonstration when protesters
#                   do it or the sentence tells a protest or its aim, else mob violence
#   casualty=killed|injured   the trigger itself reports casualties
#   warning         shots fired at no one ("fired in the air"): where the paragraph names no
#                   crowd and tells no protest, a show of force (type other), not an intervention
#   thing           a thing a crowd raises ("barricade"): no event when a verb right before
#                   it takes one down ("broke barricades", "cleared a barricaded road")
#   barrier         a road or door blocked: a protest when people block it, the state's
#                   intervention in one when its forces do ("police blocked the road so
#                   that the march could not pass")
#   finder          its subject finds the harm rather than does it ("police found the
#                   bodies"): the subject is no actor1
#   state=military  a country as the subject acts through its forces (default: its
#                   forces for violence, its government otherwise)
[trigger]
%lang en

# --- generic violence, refined by weapons and targets --------------------------
attack~                 | type=attack pos=verb refine generic
attack                  | type=attack pos=noun refine generic
attacks                 | type=attack pos=noun refine generic
# a crowd chasing someone off ("residents chased the MP from the polling station")
chase~ away             | type=attack pos=verb refine weak
chase~ _ away           | type=attack pos=verb refine weak
chase~ _ from           | type=attack pos=verb refine weak
chase~ _ _ from         | type=attack pos=verb refine weak
chase~ _ _ _ from       | type=attack pos=verb refine weak
chase~ _ _ away         | type=attack pos=verb refine weak
chase~ _ _ _ away       | type=attack pos=verb refine weak
assault~                | type=attack pos=verb refine
fire~                   | type=armed_clash pos=verb refine firearm or_dismissal
fire on                 | type=attack pos=verb refine firearm
opened fire             | type=attack pos=verb refine firearm
open fire               | type=attack pos=verb refine firearm
open~ fire              | type=attack pos=verb refine firearm
firing                  | type=armed_clash pos=noun refine
gunfire                 | type=armed_clash pos=noun refine
strike~                 | type=attack pos=verb refine not_with=protest
strike                  | type=attack pos=noun refine not_with=protest
strikes                 | type=attack pos=noun refine not_with=protest
hit~                    | type=attack pos=verb refine needs_weapon
# a blow to the head needs no weapon named ("was hit in the head by a police officer")
hit in the head         | type=attack pos=verb refine
hit on the head         | type=attack pos=verb refine
target~                 | type=attack pos=verb refine
ambush~                 | type=attack pos=verb refine generic
kill~                   | type=attack pos=verb refine weak casualty=killed
neutralise~             | type=attack pos=verb refine weak
neutralize~             | type=attack pos=verb refine weak
shot dead               | type=attack pos=verb refine casualty=killed firearm
shoot~ dead             | type=attack pos=verb refine casualty=killed firearm
shoot~                  | type=attack pos=verb refine firearm
shot                    | type=attack pos=verb refine firearm
shooting                | type=attack pos=noun refine firearm
drive-by shooting       | type=attack pos=noun refine firearm
shoot-out               | type=armed_clash pos=noun two_armed
running battles         | type=armed_clash pos=noun
running battle          | type=armed_clash pos=noun
shootout                | type=armed_clash pos=noun two_armed
shootouts               | type=armed_clash pos=noun two_armed
shoot-outs              | type=armed_clash pos=noun two_armed
# projectiles counted by observers are shells landing ("a total of 23 projectiles")
projectiles             | type=shelling pos=noun refine weak
stab~                   | type=attack pos=verb refine
hacked to death         | type=attack pos=verb refine casualty=killed
burn~ to death          | type=attack pos=verb refine casualty=killed
burnt to death          | type=attack pos=verb refine casualty=killed
# a killing verb, its object, then "to death": "stone two suspected robbers to death"
stone~ _ to death       | type=attack pos=verb refine casualty=killed
stone~ _ _ to death     | type=attack pos=verb refine casualty=killed
stone~ _ _ _ to death   | type=attack pos=verb refine casualty=killed
stoned to death         | type=attack pos=verb refine casualty=killed
hack~ _ to death        | type=attack pos=verb refine casualty=killed
hack~ _ _ to death      | type=attack pos=verb refine casualty=killed
hack~ _ _ _ to death    | type=attack pos=verb refine casualty=killed
beat~ _ to death        | type=attack pos=verb refine casualty=killed
beaten _ to death       | type=attack pos=verb refine casualty=killed
beat~ _ _ to death      | type=attack pos=verb refine casualty=killed
beaten _ _ to death     | type=attack pos=verb refine casualty=killed
beat~ _ _ _ to death    | type=attack pos=verb refine casualty=killed
beaten _ _ _ to death   | type=attack pos=verb refine casualty=killed
# a limb cut off: "a mob chopped the foot off a man", "chopped off his hand"
chop~ off               | type=attack pos=verb refine
chop~ _ off             | type=attack pos=verb refine
chop~ _ _ off           | type=attack pos=verb refine
flog~                   | type=attack pos=verb refine
whip~                   | type=attack pos=verb refine weak
# a thrown weapon: "a hand grenade was thrown at a police vehicle"
throw~                  | type=attack pos=verb refine needs_weapon
# (irregular forms Snowball leaves apart from "throw")
threw                   | type=attack pos=verb refine needs_weapon
thrown                  | type=attack pos=verb refine needs_weapon
flung                   | type=attack pos=verb refine needs_weapon
hurl~                   | type=attack pos=verb refine needs_weapon
lob~                    | type=attack pos=verb refine needs_weapon
launch~                 | type=attack pos=verb refine needs_weapon
pour~ acid              | type=attack pos=verb
found the bodies        | type=attack pos=verb casualty=killed finder
# deaths told with no deed: a killing when nothing else in the sentence is ("Two deaths reported")
deaths reported         | type=attack pos=noun refine weak casualty=killed
reported dead           | type=attack pos=verb refine weak casualty=killed
# deaths told with no deed ("Two are dead in or near Kopere over a land issue"): a killing when
# no stronger word is told
are dead                | type=attack pos=verb refine weak casualty=killed
were dead               | type=attack pos=verb refine weak casualty=killed
human remains           | type=attack pos=noun casualty=killed
remains were found      | type=attack pos=verb casualty=killed
head was found          | type=attack pos=verb casualty=killed
decapitated             | type=attack pos=verb casualty=killed
dismembered             | type=attack pos=verb casualty=killed
found the body          | type=attack pos=verb casualty=killed finder
recover~ the body       | type=attack pos=verb casualty=killed finder
recover~ the bodies     | type=attack pos=verb casualty=killed finder
bodies were dumped      | type=attack pos=verb casualty=killed
body was dumped         | type=attack pos=verb casualty=killed
beat~                   | type=attack pos=verb refine weak
slash~                  | type=attack pos=verb refine
slash~ _ to death       | type=attack pos=verb refine casualty=killed
slashed to death        | type=attack pos=verb refine casualty=killed
beaten                  | type=attack pos=verb refine weak
roughed up              | type=attack pos=verb refine weak
caught in the crossfire | type=attack pos=verb
caught in _ crossfire   | type=attack pos=verb
lynch~                  | type=mob_violence pos=verb
found dead              | type=attack pos=verb casualty=killed
# a death at someone's hands: "six have died at the hands of vigilantes"
died at the hands of    | type=attack pos=verb refine casualty=killed voice=passive
killed at the hands of  | type=attack pos=verb refine casualty=killed voice=passive
bodies were found       | type=attack pos=verb casualty=killed
bodies found            | type=attack pos=noun casualty=killed
body was found          | type=attack pos=verb casualty=killed
body of _ was found     | type=attack pos=verb casualty=killed
body of _ _ was found   | type=attack pos=verb casualty=killed
bodies of _ were found  | type=attack pos=verb casualty=killed
bodies of _ _ were found | type=attack pos=verb casualty=killed
body was discovered     | type=attack pos=verb casualty=killed
body is discovered      | type=attack pos=verb casualty=killed
body is found           | type=attack pos=verb casualty=killed
body was recovered      | type=attack pos=verb casualty=killed
bodies were discovered  | type=attack pos=verb casualty=killed
bodies were recovered   | type=attack pos=verb casualty=killed
bodies are discovered   | type=attack pos=verb casualty=killed
bodies are found        | type=attack pos=verb casualty=killed
body of _ was discovered | type=attack pos=verb casualty=killed
body of _ _ was discovered | type=attack pos=verb casualty=killed
body of _ is discovered | type=attack pos=verb casualty=killed
body of _ _ is discovered | type=attack pos=verb casualty=killed
bodies of _ were discovered | type=attack pos=verb casualty=killed
bodies of _ _ were discovered | type=attack pos=verb casualty=killed
bodies of _ _ are discovered | type=attack pos=verb casualty=killed
body of _ was recovered | type=attack pos=verb casualty=killed
body of _ _ was recovered | type=attack pos=verb casualty=killed
bodies of _ were recovered | type=attack pos=verb casualty=killed
bodies of _ _ were recovered | type=attack pos=verb casualty=killed
body of _ _ _ was found | type=attack pos=verb casualty=killed
heads were found        | type=attack pos=verb casualty=killed
dead body               | type=attack pos=noun casualty=killed
dead man was            | type=attack pos=verb casualty=killed
dead woman was          | type=attack pos=verb casualty=killed
dead bodies             | type=attack pos=noun casualty=killed
dead men                | type=attack pos=noun casualty=killed
dead women              | type=attack pos=noun casualty=killed
# killed by the knife ("with their throats slit", "slit his throat")
throats slit            | type=attack pos=noun casualty=killed
throat slit             | type=attack pos=noun casualty=killed
slit their throats      | type=attack pos=verb casualty=killed
slit his throat         | type=attack pos=verb casualty=killed
slit her throat         | type=attack pos=verb casualty=killed
were found wrapped      | type=attack pos=verb casualty=killed
was found wrapped       | type=attack pos=verb casualty=killed
remains of              | type=attack pos=noun casualty=killed
bodies of _ _ are found | type=attack pos=verb casualty=killed
body of _ is found      | type=attack pos=verb casualty=killed
body of _ _ is found    | type=attack pos=verb casualty=killed
# … with a word or a time between ("a body is later found", "His body was on Thursday
# evening found floating", "The body of a trader was later discovered")
body is _ found         | type=attack pos=verb casualty=killed
body was _ found        | type=attack pos=verb casualty=killed
body was _ _ found      | type=attack pos=verb casualty=killed
body was _ _ _ found    | type=attack pos=verb casualty=killed
body was _ discovered   | type=attack pos=verb casualty=killed
body is _ discovered    | type=attack pos=verb casualty=killed
bodies were _ found     | type=attack pos=verb casualty=killed
bodies were _ discovered | type=attack pos=verb casualty=killed
body of _ was _ found   | type=attack pos=verb casualty=killed
body of _ _ was _ found | type=attack pos=verb casualty=killed
body of _ _ _ was _ found | type=attack pos=verb casualty=killed
body of _ was _ discovered | type=attack pos=verb casualty=killed
body of _ _ was _ discovered | type=attack pos=verb casualty=killed
body of _ _ _ was _ discovered | type=attack pos=verb casualty=killed
# … in the present and perfect tenses a report leads with ("A body has been found dumped")
body has been found     | type=attack pos=verb casualty=killed
body has been discovered | type=attack pos=verb casualty=killed
body has been recovered | type=attack pos=verb casualty=killed
bodies have been found  | type=attack pos=verb casualty=killed
bodies have been discovered | type=attack pos=verb casualty=killed
bodies have been recovered | type=attack pos=verb casualty=killed
bodies have been pulled | type=attack pos=verb casualty=killed
bodies were pulled      | type=attack pos=verb casualty=killed
bodies collected        | type=attack pos=noun casualty=killed
raid~                   | type=attack pos=verb refine weak generic
# stock theft by armed raiders ("cattle rustling incident", "during rustling of 800 goats")
rustling                | type=attack pos=noun refine weak generic
torture~                | type=attack pos=verb
storm~                  | type=attack pos=verb refine not_with=protest
forced their way into   | type=attack pos=verb refine weak not_with=protest
forced the entrance     | type=attack pos=verb refine weak not_with=protest
forced entry into       | type=attack pos=verb refine weak not_with=protest
sprayed                 | type=attack pos=verb refine weak needs_weapon
arson                   | type=looting pos=noun
rampage                 | type=violent_demonstration pos=noun
went on a rampage       | type=violent_demonstration pos=verb
unrest                  | type=violent_demonstration pos=noun weak
gunned down             | type=attack pos=verb refine casualty=killed
gun~ down               | type=attack pos=verb refine casualty=killed
set~ _ alight           | type=attack pos=verb refine
set~ _ _ alight         | type=attack pos=verb refine
set~ alight             | type=looting pos=verb
set~ _ _ _ alight       | type=attack pos=verb refine
stone~ to death         | type=attack pos=verb casualty=killed
# a vehicle on a mine: "their vehicle ran over an IED", "stepped on a landmine"
ran over                | type=attack pos=verb refine needs_weapon
run~ over               | type=attack pos=verb refine needs_weapon
stepped on              | type=attack pos=verb refine needs_weapon
struck                  | type=attack pos=verb refine needs_weapon
hit an                  | type=attack pos=verb refine needs_weapon
murder~                 | type=attack pos=verb weak casualty=killed
behead~                 | type=attack pos=verb casualty=killed
# exact forms: "execute~" would match "executive" (one Snowball stem)
execute                 | type=attack pos=verb casualty=killed
executed                | type=attack pos=verb casualty=killed
executes                | type=attack pos=verb casualty=killed
executing               | type=attack pos=verb casualty=killed
execution               | type=attack pos=noun casualty=killed
executions              | type=attack pos=noun casualty=killed
massacre~               | type=attack pos=verb casualty=killed
wound~                  | type=attack pos=verb refine weak casualty=injured
injure~                 | type=attack pos=verb refine weak casualty=injured
# "fighting for his life" is a wounded man's state, no fight
fighting for his life   | type=attack pos=verb refine weak casualty=injured
fighting for her life   | type=attack pos=verb refine weak casualty=injured
fighting for their lives | type=attack pos=verb refine weak casualty=injured
fell                    | type=shelling pos=verb needs_weapon
fall~                   | type=shelling pos=verb needs_weapon
fallen                  | type=shelling pos=verb needs_weapon
land~                   | type=shelling pos=verb needs_weapon
impact~                 | type=shelling pos=verb needs_weapon

# --- battles -----------------------------------------------------------------
clash~                  | type=armed_clash pos=verb
clash                   | type=armed_clash pos=noun
clashes                 | type=armed_clash pos=noun
fight~                  | type=armed_clash pos=verb
fought                  | type=armed_clash pos=verb
fighting                | type=armed_clash pos=noun
clan war~               | type=armed_clash pos=noun
tribal conflict~        | type=armed_clash pos=noun
inter-tribal conflict~  | type=armed_clash pos=noun
gun battle              | type=armed_clash pos=noun two_armed
firefight~              | type=armed_clash pos=noun two_armed
gunfight~               | type=armed_clash pos=noun
shoot out               | type=armed_clash pos=noun
exchange~ gunfire       | type=armed_clash pos=verb two_armed
confrontation~          | type=armed_clash pos=noun refine
exchange~ fire          | type=armed_clash pos=verb two_armed
exchange of fire        | type=armed_clash pos=noun two_armed
fire exchange~          | type=armed_clash pos=noun two_armed
exchange of gunfire     | type=armed_clash pos=noun two_armed
gunfire exchange~       | type=armed_clash pos=noun two_armed
traded fire             | type=armed_clash pos=verb two_armed
trading fire            | type=armed_clash pos=verb two_armed
# the attacked fought back: two sides ("repelled the attack", "routed the assailants")
repel~                  | type=armed_clash pos=verb
repulse~                | type=armed_clash pos=verb
routed                  | type=armed_clash pos=verb
push~ back              | type=armed_clash pos=verb object=armed
shot back               | type=armed_clash pos=verb
fought back             | type=armed_clash pos=verb
exchanges of fire       | type=armed_clash pos=noun
# fire going both ways across a front line is an exchange, whatever was fired
in both directions      | type=armed_clash pos=noun two_armed
gunbattle~              | type=armed_clash pos=noun
# forces meeting armed men ("police encountered an armed group", South Asia's "an encounter
# with militants"): a fight, when armed men are what was met
encounter~              | type=armed_clash pos=verb object=armed
an encounter            | type=armed_clash pos=noun weak object=armed
engage~                 | type=armed_clash pos=verb weak in_deed
battle~                 | type=armed_clash pos=verb
launch~ operation       | type=armed_clash pos=verb
launch~ an operation    | type=armed_clash pos=verb
launch~ a military operation | type=armed_clash pos=verb
launch~ an offensive    | type=armed_clash pos=verb
launch~ a ground offensive | type=armed_clash pos=verb
launch~ an assault      | type=armed_clash pos=verb
offensive               | type=armed_clash pos=noun weak
regain~ control         | type=gov_regains pos=verb
retake~                 | type=gov_regains pos=verb
retook                  | type=gov_regains pos=verb
recapture~              | type=gov_regains pos=verb
# stolen animals recovered are no territory ("clash with the raiders and recapture the stolen livestock")
recapture~ livestock    | type=other pos=verb weak
recapture~ cattle       | type=other pos=verb weak
recapture~ _ livestock  | type=other pos=verb weak
recapture~ _ cattle     | type=other pos=verb weak
recapture~ _ animals    | type=other pos=verb weak
recapture~ _ _ livestock | type=other pos=verb weak
recapture~ _ _ cattle   | type=other pos=verb weak
recapture~ _ _ animals  | type=other pos=verb weak
re-capture~             | type=gov_regains pos=verb
re-take~                | type=gov_regains pos=verb
took control            | type=nsa_overtakes pos=verb
took over control       | type=nsa_overtakes pos=verb
take~ over control      | type=nsa_overtakes pos=verb
take~ control           | type=nsa_overtakes pos=verb
# (irregular participles Snowball leaves apart: "had taken control")
taken control           | type=nsa_overtakes pos=verb
taken over control      | type=nsa_overtakes pos=verb
seize~ control          | type=nsa_overtakes pos=verb
capture~                | type=nsa_overtakes pos=verb weak object=territory
overran                 | type=nsa_overtakes pos=verb
# held by armed men who moved in ("the town was then occupied by the rebels"; not "a village
# occupied by Kikuyu people", who live there, nor a crowd's occupation, a protest: occupy~)
was occupied by         | type=nsa_overtakes pos=verb doer=armed
were occupied by        | type=nsa_overtakes pos=verb doer=armed
was then occupied by    | type=nsa_overtakes pos=verb doer=armed
been occupied by        | type=nsa_overtakes pos=verb doer=armed
overrun                 | type=nsa_overtakes pos=verb

# --- responses to an attack ----------------------------------------------------
return~ fire            | type=armed_clash pos=verb refine retaliation
return fire             | type=armed_clash pos=noun refine retaliation
retaliatory fire        | type=armed_clash pos=noun refine retaliation
retaliatory strike~     | type=attack pos=noun refine retaliation
retaliate~              | type=armed_clash pos=verb refine retaliation
counterattack~          | type=armed_clash pos=verb retaliation

# --- explosions and remote violence -----------------------------------------------
shelled                 | type=shelling pos=verb
shelling                | type=shelling pos=noun
bombard~                | type=shelling pos=verb
pound~                  | type=shelling pos=verb
artillery fire          | type=shelling pos=noun
rocket attack~          | type=shelling pos=noun
mortar attack~          | type=shelling pos=noun
missile attack~         | type=shelling pos=noun
airstrike~              | type=air_strike pos=noun
air strike~             | type=air_strike pos=noun
air raid~               | type=air_strike pos=noun
drone strike~           | type=air_strike pos=noun
drone attack~           | type=air_strike pos=noun
bomb~                   | type=attack pos=verb refine
bombing                 | type=remote_explosive pos=noun refine
explode~                | type=remote_explosive pos=verb refine
explosion~              | type=remote_explosive pos=noun refine
# explosions counted in a war zone with no device named are shells landing; a bomb
# or a mine in the sentence still makes them its own type
explosions              | type=shelling pos=noun refine
blast~                  | type=remote_explosive pos=noun refine
detonate~               | type=remote_explosive pos=verb refine
suicide bomb~           | type=suicide_bomb pos=noun
suicide attack~         | type=suicide_bomb pos=noun
blew himself up         | type=suicide_bomb pos=verb
blew herself up         | type=suicide_bomb pos=verb
# a protester who sets himself on fire harms no one else: a protest, not a riot
set~ himself on fire    | type=peaceful_protest pos=verb
set~ herself on fire    | type=peaceful_protest pos=verb
set~ themselves on fire | type=peaceful_protest pos=verb
put herself on fire     | type=peaceful_protest pos=verb
put himself on fire     | type=peaceful_protest pos=verb
set~ himself alight     | type=peaceful_protest pos=verb
set~ herself alight     | type=peaceful_protest pos=verb
self-immolat~           | type=peaceful_protest pos=verb
grenade attack~         | type=grenade pos=noun
chemical attack~        | type=chemical pos=noun
gas attack~             | type=chemical pos=noun

# the state's abuse of people named by its kind ("police use violence and brutality against
# civilians"; what a protest is against is its topic, not this)
brutality               | type=attack pos=noun refine weak alone
use~ violence against   | type=attack pos=verb refine weak
used violence against   | type=attack pos=verb refine weak
violence against civilians | type=attack pos=noun refine weak alone
# a community's violence named by its kind, with no deed told: attacks that its actors refine
# (alone: any deed the sentence tells, however weakly, is the event)
ethnic violence         | type=attack pos=noun refine weak alone
communal violence       | type=attack pos=noun refine weak alone
tribal violence         | type=attack pos=noun refine weak alone
clan violence           | type=attack pos=noun refine weak alone
sectarian violence      | type=attack pos=noun refine weak alone
# … but violence "inter-" or "between" communities names two sides: a clash of their militias
# ("inter-clan violence erupted, leaving 5 dead", "revenge killings between Dinka sections")
inter-communal violence | type=armed_clash pos=noun refine weak alone
intercommunal violence  | type=armed_clash pos=noun refine weak alone
inter-clan violence     | type=armed_clash pos=noun refine weak alone
interclan violence      | type=armed_clash pos=noun refine weak alone
inter-ethnic violence   | type=armed_clash pos=noun refine weak alone
interethnic violence    | type=armed_clash pos=noun refine weak alone
violence between        | type=armed_clash pos=noun refine weak alone
killings between        | type=armed_clash pos=noun refine weak
# the unrest of an election named by its kind, with no deed told: its crowds' riots
post-election violence  | type=violent_demonstration pos=noun weak alone
post election violence  | type=violent_demonstration pos=noun weak alone
election violence       | type=violent_demonstration pos=noun weak alone
electoral violence      | type=violent_demonstration pos=noun weak alone
election-related violence | type=violent_demonstration pos=noun weak alone

# --- violence against civilians ------------------------------------------------------
abduct~                 | type=abduction pos=verb
kidnap~                 | type=abduction pos=verb
abduction~              | type=abduction pos=noun
went missing            | type=abduction pos=verb weak
# taken away and not seen since: a forced disappearance
whereabouts remain~ unknown | type=abduction pos=verb weak
whereabouts are unknown | type=abduction pos=verb weak
whereabouts are still unknown | type=abduction pos=verb weak
not been seen since     | type=abduction pos=verb weak
forcibly disappeared    | type=abduction pos=verb
enforced disappearance~ | type=abduction pos=noun
forced disappearance~   | type=abduction pos=noun
took _ hostage          | type=abduction pos=verb
took _ _ hostage        | type=abduction pos=verb
took <num> _ hostage    | type=abduction pos=verb
taken hostage           | type=abduction pos=verb
hold~ hostages          | type=abduction pos=verb
held hostages           | type=abduction pos=verb
holding hostages        | type=abduction pos=verb
held hostage            | type=abduction pos=verb
hold~ _ hostage         | type=abduction pos=verb
held _ hostage          | type=abduction pos=verb
held captive            | type=abduction pos=verb
held _ captive          | type=abduction pos=verb
taken captive           | type=abduction pos=verb
took _ captive          | type=abduction pos=verb
held _ _ hostage        | type=abduction pos=verb
rape~                   | type=sexual_violence pos=verb
gang-rape~              | type=sexual_violence pos=verb
sexual~ assault~        | type=sexual_violence pos=noun
sexually assault~       | type=sexual_violence pos=verb

# --- protests and riots ------------------------------------------------------------
protest~                | type=peaceful_protest pos=verb
demonstrate~            | type=peaceful_protest pos=verb
demonstration~          | type=peaceful_protest pos=noun
demostration~           | type=peaceful_protest pos=noun
demo                    | type=peaceful_protest pos=noun
demos                   | type=peaceful_protest pos=noun
motorcade~              | type=peaceful_protest pos=noun
boycott~                | type=peaceful_protest pos=verb weak
picket~                 | type=peaceful_protest pos=verb
went on strike          | type=peaceful_protest pos=verb
held a strike           | type=peaceful_protest pos=verb
# a labour strike, not an attack: the longer match at an earlier word wins
on strike               | type=peaceful_protest pos=verb
on a strike             | type=peaceful_protest pos=verb
on an _ strike          | type=peaceful_protest pos=verb
staged a strike         | type=peaceful_protest pos=verb
general strike          | type=peaceful_protest pos=noun
hunger strike           | type=peaceful_protest pos=noun
labour strike           | type=peaceful_protest pos=noun
# a strike one joins is a labour strike
join~ the strike        | type=peaceful_protest pos=verb
join~ a strike          | type=peaceful_protest pos=verb
# … as is one a trade strikes or one for pay ("Teachers strike over pay in Nairobi")
teachers strike         | type=peaceful_protest pos=verb
nurses strike           | type=peaceful_protest pos=verb
doctors strike          | type=peaceful_protest pos=verb
workers strike          | type=peaceful_protest pos=verb
lecturers strike        | type=peaceful_protest pos=verb
employees strike        | type=peaceful_protest pos=verb
strike over pay         | type=peaceful_protest pos=verb
strike over unpaid      | type=peaceful_protest pos=verb
strike over wages       | type=peaceful_protest pos=verb
strike over salaries    | type=peaceful_protest pos=verb
strike for better       | type=peaceful_protest pos=verb
strike for higher       | type=peaceful_protest pos=verb
strike to demand        | type=peaceful_protest pos=verb
strike to protest       | type=peaceful_protest pos=verb
sit-down strike         | type=peaceful_protest pos=noun
# blocking a road is a protest; with barricades, stones or burning tyres (weapons.lex)
# it is a violent demonstration, as are the barricades themselves
blocked the road        | type=peaceful_protest pos=verb barrier
block~ the _ road       | type=peaceful_protest pos=verb barrier
block~ the _ highway    | type=peaceful_protest pos=verb barrier
block~ _ road           | type=peaceful_protest pos=verb barrier
block~ road             | type=peaceful_protest pos=verb barrier
block~ roads            | type=peaceful_protest pos=verb barrier
barricade~              | type=violent_demonstration pos=verb thing
barricaded themselves   | type=peaceful_protest pos=verb
blockade~ roads         | type=violent_demonstration pos=verb
blockade~ the road      | type=violent_demonstration pos=verb
set up road blocks      | type=violent_demonstration pos=verb
set up roadblocks       | type=violent_demonstration pos=verb
erected barricades      | type=violent_demonstration pos=verb
block~ the entrance     | type=peaceful_protest pos=verb barrier
block~ the road~        | type=peaceful_protest pos=verb barrier
block~ _ highway        | type=peaceful_protest pos=verb barrier
block~ _ _ highway      | type=peaceful_protest pos=verb barrier
block~ the _ _ highway  | type=peaceful_protest pos=verb barrier
block~ _ boulevard      | type=peaceful_protest pos=verb barrier
block~ _ _ boulevard    | type=peaceful_protest pos=verb barrier
block~ _ avenue         | type=peaceful_protest pos=verb barrier
block~ the _ avenue     | type=peaceful_protest pos=verb barrier
block~ the rn           | type=peaceful_protest pos=verb barrier
block~ the route        | type=peaceful_protest pos=verb barrier
block~ the sector       | type=peaceful_protest pos=verb barrier
block~ with             | type=peaceful_protest pos=verb barrier
slogan~                 | type=peaceful_protest pos=noun weak
commemorate~            | type=peaceful_protest pos=verb weak
block~ the street~      | type=peaceful_protest pos=verb barrier
block~ street~          | type=peaceful_protest pos=verb barrier
block~ the rail~        | type=peaceful_protest pos=verb barrier
block~ the _ rail~      | type=peaceful_protest pos=verb barrier
block~ traffic          | type=peaceful_protest pos=verb barrier
block~ access           | type=peaceful_protest pos=verb barrier
block~ the bridge       | type=peaceful_protest pos=verb barrier
block~ the _ bridge     | type=peaceful_protest pos=verb barrier
block~ _ bridge         | type=peaceful_protest pos=verb barrier
block~ transport        | type=peaceful_protest pos=verb barrier
gathered in front of    | type=peaceful_protest pos=verb
gathered outside        | type=peaceful_protest pos=verb
gathered in the streets | type=peaceful_protest pos=verb
gathered in the street  | type=peaceful_protest pos=verb
assembled in front of   | type=peaceful_protest pos=verb
human chain~            | type=peaceful_protest pos=noun
pot-banging             | type=peaceful_protest pos=noun
banged pots             | type=peaceful_protest pos=verb
road blockade~          | type=peaceful_protest pos=noun
block~ the office       | type=peaceful_protest pos=verb barrier
block~ _ from entering  | type=peaceful_protest pos=verb barrier
block~ _ _ from entering | type=peaceful_protest pos=verb barrier
block~ _ from accessing | type=peaceful_protest pos=verb barrier
block~ _ _ from accessing | type=peaceful_protest pos=verb barrier
disrupt~ _ training     | type=violent_demonstration pos=verb crowd_act
disrupt~ _ _ training   | type=violent_demonstration pos=verb crowd_act
placard~                | type=peaceful_protest pos=noun weak
# exact forms: "procession~" would match "processing" (one Snowball stem)
procession              | type=peaceful_protest pos=noun weak
processions             | type=peaceful_protest pos=noun weak
chanted                 | type=peaceful_protest pos=verb weak
booed                   | type=peaceful_protest pos=verb weak
took to the streets     | type=peaceful_protest pos=verb
taken to the streets    | type=peaceful_protest pos=verb
poured into the streets | type=peaceful_protest pos=verb
poured to the streets   | type=peaceful_protest pos=verb
thronged the streets    | type=peaceful_protest pos=verb
take~ to the streets    | type=peaceful_protest pos=verb
gathered to demand      | type=peaceful_protest pos=verb
gathered to protest     | type=peaceful_protest pos=verb
to demand               | type=peaceful_protest pos=verb weak
demanding               | type=peaceful_protest pos=verb weak
chanting                | type=peaceful_protest pos=verb weak
occupy~                 | type=peaceful_protest pos=verb weak
shots                   | type=armed_clash pos=noun refine weak
blocked a road          | type=peaceful_protest pos=verb barrier
blocked roads           | type=peaceful_protest pos=verb barrier
blocked the highway     | type=peaceful_protest pos=verb barrier
rioted                  | type=violent_demonstration pos=verb
# stones thrown tell a riot even in a sentence of their own ("Pelted vehicles with stones.")
pelt~                   | type=violent_demonstration pos=verb weak crowd_act
threw stones            | type=violent_demonstration pos=verb crowd_act
pelted stones           | type=violent_demonstration pos=verb crowd_act
stoned                  | type=violent_demonstration pos=verb weak crowd_act
stone                   | type=violent_demonstration pos=verb weak crowd_act
lit fires               | type=violent_demonstration pos=verb
lit tyres               | type=violent_demonstration pos=verb
lit tires               | type=violent_demonstration pos=verb
lit bonfires            | type=violent_demonstration pos=verb
lit _ bonfire~          | type=violent_demonstration pos=verb
# strikers who barricade themselves in an office occupy it: a sit-in, not a barricade
barricade~ themselves   | type=peaceful_protest pos=verb
burned tyres            | type=violent_demonstration pos=verb
burned tires            | type=violent_demonstration pos=verb
burnt tyres             | type=violent_demonstration pos=verb
burnt tires             | type=violent_demonstration pos=verb
burn~ tyres             | type=violent_demonstration pos=verb
burn~ tires             | type=violent_demonstration pos=verb
burn~ _ tyres           | type=violent_demonstration pos=verb
burn~ _ tires           | type=violent_demonstration pos=verb
burnt _ tyres           | type=violent_demonstration pos=verb
burnt _ tires           | type=violent_demonstration pos=verb
set fire to tyres       | type=violent_demonstration pos=verb
set fire to tires       | type=violent_demonstration pos=verb
set fire to _ tyres     | type=violent_demonstration pos=verb
set fire to _ tires     | type=violent_demonstration pos=verb
set~ tyres on fire      | type=violent_demonstration pos=verb
set~ tires on fire      | type=violent_demonstration pos=verb
hurled stones           | type=violent_demonstration pos=verb crowd_act
# … and said of the crowd: "stone-throwing youths", "stone-pelting mobs"
stone-throwing          | type=violent_demonstration pos=noun weak crowd_act
stone-pelting           | type=violent_demonstration pos=noun weak crowd_act
riots                   | type=violent_demonstration pos=noun
riot                    | type=violent_demonstration pos=noun
rally~                  | type=peaceful_protest pos=verb weak gathering
march~                  | type=peaceful_protest pos=verb weak
sit-in                  | type=peaceful_protest pos=noun
# a vigil for the dead or the wronged, and the crowd that answers a protest with its own
# (exact forms: Snowball stems "vigilance" and "vigilante" to "vigil")
vigil                   | type=peaceful_protest pos=noun weak gathering
vigils                  | type=peaceful_protest pos=noun weak gathering
counter-protest~        | type=peaceful_protest pos=noun
counter-demonstration~  | type=peaceful_protest pos=noun
counterprotest~         | type=peaceful_protest pos=noun
strike action           | type=peaceful_protest pos=noun
rioting                 | type=violent_demonstration pos=noun
# a crowd breaking up a politician's rally or meeting riots
disrupt~ _ rally        | type=violent_demonstration pos=verb
disrupt~ _ _ rally      | type=violent_demonstration pos=verb
disrupt~ _ meeting      | type=violent_demonstration pos=verb
disrupt~ _ _ meeting    | type=violent_demonstration pos=verb
mob                     | type=mob_violence pos=noun
tear gas                | type=protest_intervention pos=noun
# exact forms: Snowball stems teargas to "tearga" but teargassed to "teargass"
teargas                 | type=protest_intervention pos=noun
teargassed              | type=protest_intervention pos=verb
teargassing             | type=protest_intervention pos=verb
teargases               | type=protest_intervention pos=verb
tear-gas                | type=protest_intervention pos=noun
tear-gassed             | type=protest_intervention pos=verb
tear-gassing            | type=protest_intervention pos=verb
tear-gases              | type=protest_intervention pos=verb
# police ending a gathering; "talks broke up" has no object a crowd holds
broke up the           | type=protest_intervention pos=verb
broke up a             | type=protest_intervention pos=verb
broken up by           | type=protest_intervention pos=verb
break up the           | type=protest_intervention pos=verb
disperse~               | type=protest_intervention pos=verb
dispel~                 | type=protest_intervention pos=verb
baton charge~           | type=protest_intervention pos=noun
baton-charge~           | type=protest_intervention pos=verb
lathi charge~           | type=protest_intervention pos=noun
lathi-charge~           | type=protest_intervention pos=verb
intervene~ in the protest | type=protest_intervention pos=verb
intervene~ in the demonstration | type=protest_intervention pos=verb
# shots in the air warn a crowd off, they are fired at no one (warning: where the paragraph
# names no crowd and no protest, a show of force, ACLED's "other")
shot in the air         | type=protest_intervention pos=verb warning
shot into the air       | type=protest_intervention pos=verb warning
fire~ in the air        | type=protest_intervention pos=verb warning
fire~ into the air      | type=protest_intervention pos=verb warning
fire~ shots in the air  | type=protest_intervention pos=verb warning
fire~ shots into the air | type=protest_intervention pos=verb warning
fire~ warning shots     | type=protest_intervention pos=verb warning
shots being fired in the air | type=protest_intervention pos=noun warning
shots were fired in the air | type=protest_intervention pos=noun warning
shots fired in the air  | type=protest_intervention pos=noun warning
shots in the air        | type=protest_intervention pos=noun warning
shots into the air      | type=protest_intervention pos=noun warning
intervene~ to disperse  | type=protest_intervention pos=verb
# a march stopped in its way ("police blocked protesters from marching to parliament")
block~ protesters       | type=protest_intervention pos=verb
block~ the protesters   | type=protest_intervention pos=verb
block~ demonstrators    | type=protest_intervention pos=verb
block~ the demonstrators | type=protest_intervention pos=verb
block~ the marchers     | type=protest_intervention pos=verb
block~ the march        | type=protest_intervention pos=verb
block~ the protest march | type=protest_intervention pos=verb
use~ force              | type=protest_intervention pos=verb
used force              | type=protest_intervention pos=verb
control the crowd       | type=protest_intervention pos=verb
crowd control           | type=protest_intervention pos=noun
# the verb that throws it is the police's act, not a firing at people ("police fired tear gas")
fire~ tear gas          | type=protest_intervention pos=verb
fire~ teargas           | type=protest_intervention pos=verb
fire~ rubber bullet~    | type=protest_intervention pos=verb
lob~ tear gas           | type=protest_intervention pos=verb
lob~ teargas            | type=protest_intervention pos=verb
threw tear gas          | type=protest_intervention pos=verb
threw teargas           | type=protest_intervention pos=verb
hurl~ tear gas          | type=protest_intervention pos=verb
intervene~              | type=protest_intervention pos=verb weak needs_crowd
# the state stopping a protest before it could go on: "police stopped a demonstration"
stop~ _ demonstration~  | type=protest_intervention pos=verb
stop~ _ protest~        | type=protest_intervention pos=verb
stop~ _ march~          | type=protest_intervention pos=verb
stop~ _ rally~          | type=protest_intervention pos=verb
block~ _ march~         | type=protest_intervention pos=verb
bar~ _ from attending   | type=protest_intervention pos=verb
removed by police       | type=protest_intervention pos=verb
removed by the police   | type=protest_intervention pos=verb
bar~ _ _ from attending | type=protest_intervention pos=verb
bar~ _ _ _ from attending | type=protest_intervention pos=verb

# --- strategic developments -------------------------------------------------------------
arrest~                 | type=arrests pos=verb
# (the verb's forms, not "detainment": "a detainment facility" is a place)
detain                  | type=arrests pos=verb
detains                 | type=arrests pos=verb
detained                | type=arrests pos=verb
detaining               | type=arrests pos=verb
taken into custody      | type=arrests pos=verb
apprehend~              | type=arrests pos=verb
sign~ agreement         | type=agreement pos=verb
sign~ a peace deal      | type=agreement pos=verb
sign~ a ceasefire       | type=agreement pos=verb
agree~ to a ceasefire   | type=agreement pos=verb
agree~ a ceasefire      | type=agreement pos=verb
agreed to               | type=agreement pos=verb weak
prisoner exchange       | type=agreement pos=noun
put on alert            | type=change_group pos=verb
placed on alert         | type=change_group pos=verb
been alerted            | type=change_group pos=verb
were alerted            | type=change_group pos=verb
was alerted             | type=change_group pos=verb
deploy~ troops          | type=change_group pos=verb state=military
deploy~ forces          | type=change_group pos=verb state=military
deployed                | type=change_group pos=verb weak state=military
deploys                 | type=change_group pos=verb weak state=military
deploying               | type=change_group pos=verb weak state=military
set up a base           | type=hq_established pos=verb
set up a _ base         | type=hq_established pos=verb
set up _ base~          | type=hq_established pos=verb
establish~ a base       | type=hq_established pos=verb
establish~ a _ base     | type=hq_established pos=verb
establish~ _ base~      | type=hq_established pos=verb
establish~ a headquarters | type=hq_established pos=verb
establish~ _ headquarters | type=hq_established pos=verb
establish~ a _ headquarters | type=hq_established pos=verb
opened a _ base         | type=hq_established pos=verb
establish~ a _ _ base   | type=hq_established pos=verb
set up a _ _ base       | type=hq_established pos=verb
set up a camp           | type=hq_established pos=verb doer=armed
set up a _ camp         | type=hq_established pos=verb doer=armed
set up camp             | type=hq_established pos=verb doer=armed
establish~ a camp       | type=hq_established pos=verb doer=armed
establish~ a _ camp     | type=hq_established pos=verb doer=armed
loot~                   | type=looting pos=verb
ransack~                | type=looting pos=verb
# what was taken, told by the getaway ("robbers held up a bank and made off with cash")
made off with           | type=looting pos=verb weak
made away with          | type=looting pos=verb weak
shatter~                | type=looting pos=verb weak
torched                 | type=looting pos=verb on_people
# a building burned with fire bombs: "petrol-bombed the party offices"
petrol-bombed           | type=looting pos=verb
firebombed              | type=looting pos=verb
fire-bombed             | type=looting pos=verb
# a headline's present, told by what burned ("Angry villagers torch house of suspected
# murderer", "Village mob torches homes"; not a bare "torch": "the campesino torch movement",
# "torch coffins" in protest)
torch house~            | type=looting pos=verb
torches house~          | type=looting pos=verb
torch _ house~          | type=looting pos=verb
torches _ house~        | type=looting pos=verb
torch home~             | type=looting pos=verb
torches home~           | type=looting pos=verb
torch _ home~           | type=looting pos=verb
torches _ home~         | type=looting pos=verb
torch vehicle~          | type=looting pos=verb
torches vehicle~        | type=looting pos=verb
torch _ vehicle~        | type=looting pos=verb
torches _ vehicle~      | type=looting pos=verb
torch car~              | type=looting pos=verb
torches car~            | type=looting pos=verb
torch _ car~            | type=looting pos=verb
torches _ car~          | type=looting pos=verb
torch school~           | type=looting pos=verb
torches school~         | type=looting pos=verb
torch _ school~         | type=looting pos=verb
torches _ school~       | type=looting pos=verb
torch shop~             | type=looting pos=verb
torches shop~           | type=looting pos=verb
torch _ shop~           | type=looting pos=verb
torches _ shop~         | type=looting pos=verb
torching                | type=looting pos=verb
# (on_people: told of people, "were set on fire", "torched a man", it is violence on them)
set ablaze              | type=looting pos=verb on_people
set on fire             | type=looting pos=verb on_people
set~ _ on fire          | type=looting pos=verb on_people
set~ _ _ on fire        | type=looting pos=verb on_people
set~ _ ablaze           | type=looting pos=verb on_people
set~ _ _ ablaze         | type=looting pos=verb on_people
demolish~               | type=looting pos=verb
destroy~                | type=looting pos=verb weak
# exact forms: Snowball stems "vandalized" to "vandal", not to the stem of "vandaliz"
vandalized              | type=looting pos=verb
vandalised              | type=looting pos=verb
vandalizing             | type=looting pos=verb
vandalising             | type=looting pos=verb
vandalize~              | type=looting pos=verb
vandalise~              | type=looting pos=verb
vandalism               | type=looting pos=noun
destruction of property | type=looting pos=noun
broke into              | type=looting pos=verb weak
# a fight of bare fists: a clash of the unarmed, which their sides make mob violence
broke into fistfight~   | type=armed_clash pos=verb
fistfight~              | type=armed_clash pos=noun
# … and other fights of bare hands ("engage in shoving and pushing")
scuffle~                | type=armed_clash pos=noun
brawl~                  | type=armed_clash pos=noun
shoving                 | type=armed_clash pos=noun
smash~                  | type=looting pos=verb weak
set fire to             | type=looting pos=verb
setting fire to         | type=looting pos=verb
setting ablaze          | type=looting pos=verb on_people
damage~ property        | type=looting pos=verb
threw molotov~          | type=looting pos=verb
hurled molotov~         | type=looting pos=verb
burnt down              | type=looting pos=verb
burned                  | type=looting pos=verb weak
burn                    | type=looting pos=verb weak
burns                   | type=looting pos=verb weak
burnt                   | type=looting pos=verb weak
burning                 | type=looting pos=verb weak
burned down             | type=looting pos=verb
# taking what is not one's own: a detail of violence when violence is told (weak)
stole                   | type=looting pos=verb weak
steal~                  | type=looting pos=verb weak
stolen                  | type=looting pos=verb weak
seize~ _ vehicle~       | type=looting pos=verb
seize~ a _ vehicle~     | type=looting pos=verb
seize~ _ car~           | type=looting pos=verb
hijack~                 | type=looting pos=verb weak
# goods the state seizes (drugs, contraband): property taken, ACLED's looting; the arrests
# that come with a seizure are part of it
seize~ _ ton~ of        | type=looting pos=verb
seize~ _ _ ton~ of      | type=looting pos=verb
seize~ <num> ton~ of    | type=looting pos=verb
seize~ _ <num> ton~ of  | type=looting pos=verb
seize~ _ kilogram~ of   | type=looting pos=verb
seize~ _ _ kilogram~ of | type=looting pos=verb
seize~ <num> kilogram~ of| type=looting pos=verb
seize~ _ <num> kilogram~ of| type=looting pos=verb
seize~ _ kilo~ of       | type=looting pos=verb
seize~ _ _ kilo~ of     | type=looting pos=verb
seize~ <num> kilo~ of   | type=looting pos=verb
seize~ _ <num> kilo~ of | type=looting pos=verb
seize~ _ pack~ of       | type=looting pos=verb
seize~ _ _ pack~ of     | type=looting pos=verb
seize~ <num> pack~ of   | type=looting pos=verb
seize~ _ <num> pack~ of | type=looting pos=verb
seize~ _ drugs          | type=looting pos=verb
seize~ _ _ drugs        | type=looting pos=verb
seize~ _ marijuana      | type=looting pos=verb
seize~ _ cocaine        | type=looting pos=verb
seize~ _ contraband     | type=looting pos=verb
seize~ contraband       | type=looting pos=verb
seize~ drugs            | type=looting pos=verb
dismantle~ a _ lab      | type=looting pos=verb
dismantle~ a _ laboratory | type=looting pos=verb
dismantle~ a _ _ lab    | type=looting pos=verb
dismantle~ a _ _ laboratory | type=looting pos=verb
dismantle~ _ lab~       | type=looting pos=verb
# a quantity of drugs found or seized, however the verb says it ("discovered nearly 4000
# kilograms of marihuana", "seized on the highway 1 ton of marijuana")
ton~ of marijuana       | type=looting pos=noun
ton~ of marihuana       | type=looting pos=noun
ton~ of cocaine         | type=looting pos=noun
ton~ of heroin          | type=looting pos=noun
ton~ of methamphetamine | type=looting pos=noun
ton~ of drugs           | type=looting pos=noun
ton~ of cannabis        | type=looting pos=noun
tonne~ of marijuana     | type=looting pos=noun
tonne~ of marihuana     | type=looting pos=noun
tonne~ of cocaine       | type=looting pos=noun
tonne~ of heroin        | type=looting pos=noun
tonne~ of methamphetamine| type=looting pos=noun
tonne~ of drugs         | type=looting pos=noun
tonne~ of cannabis      | type=looting pos=noun
kilogram~ of marijuana  | type=looting pos=noun
kilogram~ of marihuana  | type=looting pos=noun
kilogram~ of cocaine    | type=looting pos=noun
kilogram~ of heroin     | type=looting pos=noun
kilogram~ of methamphetamine| type=looting pos=noun
kilogram~ of drugs      | type=looting pos=noun
kilogram~ of cannabis   | type=looting pos=noun
kilo~ of marijuana      | type=looting pos=noun
kilo~ of marihuana      | type=looting pos=noun
kilo~ of cocaine        | type=looting pos=noun
kilo~ of heroin         | type=looting pos=noun
kilo~ of methamphetamine| type=looting pos=noun
kilo~ of drugs          | type=looting pos=noun
kilo~ of cannabis       | type=looting pos=noun
kg of marijuana         | type=looting pos=noun
kg of marihuana         | type=looting pos=noun
kg of cocaine           | type=looting pos=noun
kg of heroin            | type=looting pos=noun
kg of methamphetamine   | type=looting pos=noun
kg of drugs             | type=looting pos=noun
kg of cannabis          | type=looting pos=noun
pound~ of marijuana     | type=looting pos=noun
pound~ of marihuana     | type=looting pos=noun
pound~ of cocaine       | type=looting pos=noun
pound~ of heroin        | type=looting pos=noun
pound~ of methamphetamine| type=looting pos=noun
pound~ of drugs         | type=looting pos=noun
pound~ of cannabis      | type=looting pos=noun
drug bust               | type=looting pos=noun
seize~ _ _ _ ton~ of    | type=looting pos=verb
seize~ _ _ <num> ton~ of | type=looting pos=verb
seize~ _ million pack~ of | type=looting pos=verb
seize~ _ <num> million pack~ of | type=looting pos=verb
seize~ <num> million pack~ of | type=looting pos=verb
seize~ _ _ marijuana    | type=looting pos=verb
seize~ _ _ cocaine      | type=looting pos=verb
marijuana bust          | type=looting pos=noun
# a group changes: members defect or join another side, new units form, forces train
defect~                 | type=change_group pos=verb
join~                   | type=change_group pos=verb object=armed
military exercise~      | type=change_group pos=noun
# armed groups allying, merging or splitting ("the OLA announced an alliance with the TPLF")
alliance with           | type=change_group pos=noun doer=armed
formed an alliance      | type=change_group pos=verb doer=armed
announced an alliance   | type=change_group pos=verb doer=armed
announced a merger      | type=change_group pos=verb doer=armed
joined forces with      | type=change_group pos=verb doer=armed
merged with             | type=change_group pos=verb doer=armed
merger with             | type=change_group pos=noun doer=armed
split from              | type=change_group pos=verb doer=armed
broke away from         | type=change_group pos=verb doer=armed
splinter group~         | type=change_group pos=noun
recruit~                | type=change_group pos=verb doer=armed
urged _ to join         | type=change_group pos=verb doer=armed
urging _ to join        | type=change_group pos=verb doer=armed
# an armed group handing out aid is a change in its activity (doer=armed: only when it does)
deliver~ food           | type=change_group pos=verb doer=armed
deliver~ boxes          | type=change_group pos=verb doer=armed
distribut~ food         | type=change_group pos=verb doer=armed
hand~ out food          | type=change_group pos=verb doer=armed
military drill~         | type=change_group pos=noun
# armed men taking up posts, patrols and arms ("vans with armed men were patrolling the streets",
# "a group of National Guard officers were moved to secure the area", "placed two check points")
to secure the area      | type=change_group pos=verb weak
form~ a patrol          | type=change_group pos=verb
formed patrols          | type=change_group pos=verb
patrolling the streets  | type=change_group pos=verb doer=armed
set up checkpoints      | type=change_group pos=verb doer=armed
set up check points     | type=change_group pos=verb doer=armed
placed _ checkpoints    | type=change_group pos=verb doer=armed
placed _ check points   | type=change_group pos=verb doer=armed
erected checkpoints     | type=change_group pos=verb doer=armed
# (arms taken up to be used: "announced they are going to take up arms"; not "residents take up
# arms to battle raiding fighters", which tells the fight)
going to take up arms   | type=change_group pos=verb
will take up arms       | type=change_group pos=verb
decided to take up arms | type=change_group pos=verb
vowed to take up arms   | type=change_group pos=verb
recruitment drive~      | type=change_group pos=noun
# the kinds of event a coder's note opens with, as a label ("Detonation: …"): `label`, an
# event only there
security measures       | type=change_group pos=noun label
non-violent activity    | type=other pos=noun label
detonation              | type=disrupted_weapons pos=noun label
property destruction    | type=looting pos=noun
# the kinds of change a coder's note names: "Movement of forces: …", "Recruitment: …"
movement of forces      | type=change_group pos=noun
movement~ of troops     | type=change_group pos=noun
troop movement~         | type=change_group pos=noun
recruitment             | type=change_group pos=noun weak
recruit~ _ members      | type=change_group pos=verb
recruit~ fighters       | type=change_group pos=verb
recruit~ youth~         | type=change_group pos=verb
recruited               | type=change_group pos=verb doer=armed
defuse~                 | type=disrupted_weapons pos=verb
# a bomb squad's work: "the bombs were later disposed of", "disposed-off" (not "disposed of the bodies")
disposed of             | type=disrupted_weapons pos=verb object=weapon
disposed off            | type=disrupted_weapons pos=verb object=weapon
disposed-off            | type=disrupted_weapons pos=verb object=weapon
# weapons taken: any of these verbs with a weapon as its object ("recovered four improvised
# explosive devices", "two grenades were found")
recover~                | type=disrupted_weapons pos=verb object=weapon seizure
recovered               | type=disrupted_weapons pos=verb object=weapon seizure
discover~               | type=disrupted_weapons pos=verb object=weapon seizure
found                   | type=disrupted_weapons pos=verb object=weapon seizure
seize~                  | type=disrupted_weapons pos=verb object=weapon seizure
seized                  | type=disrupted_weapons pos=verb object=weapon seizure
confiscate~             | type=disrupted_weapons pos=verb object=weapon seizure
dismantle~              | type=disrupted_weapons pos=verb object=weapon seizure
seize~ weapons          | type=disrupted_weapons pos=verb seizure
seized weapons          | type=disrupted_weapons pos=verb seizure
recover~ arms           | type=disrupted_weapons pos=verb seizure
recover~ weapons        | type=disrupted_weapons pos=verb seizure
seize~ _ munitions      | type=disrupted_weapons pos=verb seizure
seize~ _ _ munitions    | type=disrupted_weapons pos=verb seizure
seize~ _ _ _ munitions  | type=disrupted_weapons pos=verb seizure
seized a cache          | type=disrupted_weapons pos=verb seizure
weapons cache           | type=disrupted_weapons pos=noun seizure
cache of                | type=disrupted_weapons pos=noun seizure
recover~ _ bombs        | type=disrupted_weapons pos=verb seizure
recover~ _ _ bombs      | type=disrupted_weapons pos=verb seizure
recover~ <num> bombs    | type=disrupted_weapons pos=verb seizure
recover~ <num> _ bombs  | type=disrupted_weapons pos=verb seizure
recovered explosives    | type=disrupted_weapons pos=verb seizure
ied was found           | type=disrupted_weapons pos=verb seizure
bomb was found          | type=disrupted_weapons pos=verb seizure
exploded prematurely    | type=disrupted_weapons pos=verb
detonated prematurely   | type=disrupted_weapons pos=verb
premature explosion     | type=disrupted_weapons pos=noun
# a bomb found before it went off, or made safe; explosives seized ("explosives" by its exact
# forms: "explosive~" would stem as "explosion~")
bomb~ found             | type=disrupted_weapons pos=verb
bomb~ discovered        | type=disrupted_weapons pos=verb
bomb~ were found        | type=disrupted_weapons pos=verb
bomb~ were discovered   | type=disrupted_weapons pos=verb
bomb was discovered     | type=disrupted_weapons pos=verb
explosives found        | type=disrupted_weapons pos=verb
explosive found         | type=disrupted_weapons pos=verb
explosive was found     | type=disrupted_weapons pos=verb
explosive is found      | type=disrupted_weapons pos=verb
explosive device~ found | type=disrupted_weapons pos=verb
# (relics of war: `uxo`, one that kills or wounds went off, "two children were killed when an
# unexploded device they were playing with went off": a remote explosive, or shelling when a
# mortar, a shell or a rocket is named)
unexploded bomb~        | type=disrupted_weapons pos=noun uxo
unexploded device~      | type=disrupted_weapons pos=noun uxo
unexploded ordnance     | type=disrupted_weapons pos=noun uxo
unexploded explosives   | type=disrupted_weapons pos=noun uxo
unexploded shell~       | type=disrupted_weapons pos=noun uxo
unexploded mortar~      | type=disrupted_weapons pos=noun uxo
unexploded grenade~     | type=disrupted_weapons pos=noun uxo
failed to explode       | type=disrupted_weapons pos=verb
failed to detonate      | type=disrupted_weapons pos=verb
disarm~ the bomb        | type=disrupted_weapons pos=verb
disarm~ it              | type=disrupted_weapons pos=verb
disposed of the device  | type=disrupted_weapons pos=verb
controlled explosion    | type=disrupted_weapons pos=noun
seize~ explosives       | type=disrupted_weapons pos=verb seizure
seize~ explosive device~ | type=disrupted_weapons pos=verb seizure
seize~ explosive equipment | type=disrupted_weapons pos=verb seizure
defusal                 | type=disrupted_weapons pos=noun
weapons seizure         | type=disrupted_weapons pos=noun
intercept~              | type=disrupted_weapons pos=verb needs_weapon
shot down               | type=disrupted_weapons pos=verb needs_weapon
withdraw~               | type=nonviolent_transfer pos=verb weak
withdrew                | type=nonviolent_transfer pos=verb weak
withdrawn               | type=nonviolent_transfer pos=verb weak
handed over             | type=nonviolent_transfer pos=verb weak
# an armed group taking a place over, no fighting told: "al Shabaab took over the village and
# preached" (a fight in the sentence makes it a battle for it: the trigger is weak)
took over               | type=nonviolent_transfer pos=verb weak doer=armed
take~ over              | type=nonviolent_transfer pos=verb weak doer=armed
taken over              | type=nonviolent_transfer pos=verb weak doer=armed
overtake~               | type=nonviolent_transfer pos=verb weak doer=armed
overtook                | type=nonviolent_transfer pos=verb weak doer=armed
