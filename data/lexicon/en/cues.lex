# English cue words: who says so, how sure, casualties, places, numbers.
# Format: docs/lexicon-format.md.
#
# [cue]  cue=attribution   a source verb or phrase; its subject (or the phrase
#                          after "according to") is the source, not an actor
#        cue=claim|denial  attribution that also sets the modality
#        cue=allegation    anywhere in the sentence: modality "alleged";
#                          of_next: only when a trigger follows it ("a suspected
#                          attack"), not a doer ("suspected militants killed")
#        cue=negation      within 4 tokens before a trigger: modality "negated"
#        cue=hypothetical  within 4 tokens before a trigger: "hypothetical"
#        coop=KEY conflict=KEY verbal=KEY  (a frame) within 4 tokens before a
#                          trigger: the event is what is promised, threatened,
#                          demanded, stopped or refused; an act of cooperation
#                          (CAMEO roots 01-09) becomes type coop=, one of
#                          material conflict (14-20) conflict=, one of verbal
#                          conflict (10-13) verbal= ("would withdraw" a promise,
#                          "would boycott" a threat); `negative`: the frame is a
#                          negation and the result is asserted
#        cue=background    the paragraph tells background, not news of the day
#        cue=habitual      the sentence tells what has been happening over time, not
#                          the news: its events are background ("there have been")
#        cue=motive        a gang war named as a motive ("gang rivalry"): no effect; it
#                          keeps the armed_milieu words inside it from counting
#        cue=exclude       the place after it is excluded ("apart from Idlib")
#        cue=topic         within 4 tokens before a trigger: the trigger is what
#                          the sentence is about, not an event it reports
#                          ("condemned the killing"); protest_only: only after
#                          a protest word ("protested after a man was killed");
#                          not_protest: never of a protest trigger; not_disaster:
#                          never of a disaster ("ahead of the cyclone"); next: only
#                          of the word right after it ("accused of killing");
#                          earlier: it names an earlier deed, so a weapon after
#                          it is that deed's ("attacks by mobs after militants
#                          threw a grenade"), not the trigger's before it
#        cue=unopposed     anywhere in the paragraph: no one fought, so territory
#                          taken is a non-violent transfer ("without a fight")
#        cue=rescued       anywhere in the paragraph: the harmed were rescued or survived,
#                          so a casualty word marked survivable ("lynched") tells wounded
#        cue=separate      the sentence tells another event than the report's ("In another
#                          incident, …"): its events rank after the report's as its primary
#        cue=mob_justice   anywhere in the paragraph: its victims are suspected of a
#                          wrong, so violence by no one armed is a mob's justice
#        cue=extrajudicial anywhere in the paragraph: its killings are named
#                          extrajudicial, so men killed, armed or not, did not
#                          fight: an attack, not a clash
#        cue=armed_milieu  anywhere in the paragraph: its violence is among armed
#                          gangs ("drug trafficking"), so an attack with no
#                          specific trigger is a clash
#        cue=blade         in the sentence: a blade or bow in an attacker's hand ("with
#                          a knife", "armed with arrows"): violence on armed men on duty
#                          done with one is a fight, as one done with a gun
#        purpose           (any cue) a demand or a protest's aim: a crowd's riot
#                          with one is a violent demonstration, not mob violence
#        cue=retaliation   within 4 tokens before a trigger: the event answers
#                          an earlier attack and is placed where it came from
#        after             (with attribution) the source follows the cue;
#                          (with negation, in Turkish) the cue follows the verb
[cue]
%lang en
said            | cue=attribution
says            | cue=attribution
say             | cue=attribution
saying          | cue=attribution
report          | cue=attribution
reports         | cue=attribution
reported        | cue=attribution
reporting       | cue=attribution
confirmed       | cue=attribution
confirms        | cue=attribution
confirming      | cue=attribution
announced       | cue=attribution
announces       | cue=attribution
announcing      | cue=attribution
stated          | cue=attribution
told            | cue=attribution
tells           | cue=attribution
added           | cue=attribution
adding          | cue=attribution
adds            | cue=attribution
tweeted         | cue=attribution
posted          | cue=attribution
wrote           | cue=attribution
according to    | cue=attribution after
quoted          | cue=attribution
quoting         | cue=attribution after
claimed         | cue=claim
claims          | cue=claim
claiming        | cue=claim
claimed responsibility | cue=claim
denied          | cue=denial
denies          | cue=denial
denying         | cue=denial
dismissed reports | cue=denial
dismissed claims | cue=denial
dismissed the reports | cue=denial
dismissed the claims | cue=denial
# what a protest is about ("residents protested after a pedestrian was killed",
# "marched against the assault of an activist"): the violence after the cue is
# the protest's cause, not violence at the protest (protest_only: only after a
# protest word in the same sentence)
after           | cue=topic protest_only earlier
over            | cue=topic protest_only
against         | cue=topic protest_only
following       | cue=topic protest_only earlier
reaction to     | cue=topic protest_only earlier
response to     | cue=topic protest_only earlier
demanding justice for | cue=topic protest_only
for             | cue=topic protest_only
# what is yet to come: "detained dozens of opposition supporters ahead of a rally" (but a
# storm on its way is already the news: "evacuated the coast ahead of the cyclone")
ahead of        | cue=topic not_disaster
in the run-up to | cue=topic
# an earlier deed named as the motive: "killed 12 in revenge for a recent attack"
revenge for     | cue=topic earlier
retaliation for | cue=topic earlier
to avenge       | cue=topic earlier
# what is demanded is not done: "demanding the arrest of", "called for the release of"
# (but a protest is how it is demanded: "workers demanding higher pay went on strike")
demand~         | cue=topic not_protest purpose
calling for     | cue=topic not_protest purpose
called for      | cue=topic not_protest
call~ on        | cue=topic not_protest
urg~            | cue=topic not_protest
condemn~        | cue=topic
# what an accord or a truce is meant to end ("signed a peace accord to end the fighting"; not
# "failed to stop the attack", which happened)
to end          | cue=topic not_protest
an end to       | cue=topic not_protest
# the dead remembered are not the day's dead ("a memorial rally to honour 60 people killed")
honour~         | cue=topic
honor~          | cue=topic
commemorat~     | cue=topic
in memory of    | cue=topic
mourn~          | cue=topic
# what someone was covering or looking into when something happened to them
covering        | cue=topic
investigating   | cue=topic
reporting on    | cue=topic
probing         | cue=topic
# a fight against a disease or an ill is no fighting ("the fight against the coronavirus"),
# but a protest against one is a protest ("teachers protest corruption")
coronavirus     | cue=topic after not_protest
covid-19        | cue=topic after not_protest
pandemic        | cue=topic after not_protest
corruption      | cue=topic after not_protest
poverty         | cue=topic after not_protest
denounce~       | cue=topic purpose
# an earlier fight a deed is tied to is its background, not what it was ("an explosion
# near a hospital … may be related to a nearby ethnic clash")
related to      | cue=topic
connected to    | cue=topic
in connection with | cue=topic
# a crime someone is said to have done is why something happened to them, not
# the event reported ("lynched a man accused of killing his father", "police
# killed three men suspected of murdering a chief")
accused of      | cue=topic next
# an event the one reported is likened to or follows is another one ("comes a day
# after a similar attack in Mombasa", "a previous raid")
similar         | cue=topic next earlier
previous        | cue=topic next earlier
a recent        | cue=topic earlier
the recent      | cue=topic earlier
# … but a subject accused of doing it is the event, alleged ("police are accused of
# assaulting a driver"): the longer cue, at the earlier word, wins
is accused of   | cue=allegation of_next
are accused of  | cue=allegation of_next
was accused of  | cue=allegation of_next
were accused of | cue=allegation of_next
been accused of | cue=allegation of_next
accused _ of    | cue=topic next earlier
suspected of    | cue=topic next earlier
suspect in the  | cue=topic next earlier
suspect in a    | cue=topic next earlier
suspects in the | cue=topic next earlier
for allegedly   | cue=topic next earlier
charged with    | cue=topic next earlier
convicted of    | cue=topic next earlier
blamed for      | cue=topic next earlier
# a verb that carries a noun trigger ("carried out an air strike"): the noun is
# read as that verb, with its subject
carried out     | cue=light_verb
carry out       | cue=light_verb
carrying out    | cue=light_verb
conducted       | cue=light_verb
launched        | cue=light_verb
launch          | cue=light_verb
launches        | cue=light_verb
launching       | cue=light_verb
carries out     | cue=light_verb
conduct         | cue=light_verb
conducts        | cue=light_verb
conducting      | cue=light_verb
staged          | cue=light_verb
stage           | cue=light_verb
stages          | cue=light_verb
staging         | cue=light_verb
engaged in      | cue=light_verb
engage in       | cue=light_verb
engaging in     | cue=light_verb
held            | cue=light_verb
hold            | cue=light_verb
holds           | cue=light_verb
holding         | cue=light_verb
allegedly       | cue=allegation
reportedly      | cue=allegation
purportedly     | cue=allegation
believed to     | cue=allegation
thought to      | cue=allegation
assumed to      | cue=allegation
presumed to     | cue=allegation
feared to       | cue=allegation
suspected       | cue=allegation of_next
alleged         | cue=allegation of_next
# a claim named as a noun alleges what it is of, not the sentence's deed ("houses destroyed
# after claims of witchcraft", "claims of killings by police")
claims of       | cue=allegation of_next
claim of        | cue=allegation of_next
allegations of  | cue=allegation of_next
unconfirmed     | cue=allegation
did not         | cue=negation
didn't          | cue=negation
do not          | cue=negation
does not        | cue=negation
was not         | cue=negation
were not        | cue=negation
not             | cue=negation
no              | cue=negation
never           | cue=negation
without         | cue=negation
devoid of       | cue=negation
free of         | cue=negation
could           | cue=hypothetical
may             | cue=hypothetical
might           | cue=hypothetical
would           | cue=hypothetical coop=promise conflict=threaten
threaten~ to    | cue=hypothetical coop=threaten conflict=threaten
plan~ to        | cue=hypothetical coop=promise conflict=threaten
# a plot is no deed done ("arrested members of a group accused of plotting attacks")
plotting        | cue=hypothetical
plotted         | cue=hypothetical
plot to         | cue=hypothetical
vow~ to         | cue=hypothetical coop=promise conflict=threaten
# the verb, not the noun of "warning shots"
warn            | cue=hypothetical
warns           | cue=hypothetical
warned          | cue=hypothetical
warning of      | cue=hypothetical
warning that    | cue=hypothetical
if              | cue=hypothetical
# no one fought: territory taken is a transfer without violence ("No violence was reported")
without a fight | cue=unopposed
without fighting | cue=unopposed
without resistance | cue=unopposed
without any resistance | cue=unopposed
unopposed       | cue=unopposed
no violence was reported | cue=unopposed
no violence reported | cue=unopposed
no fighting was reported | cue=unopposed
no fighting reported | cue=unopposed
# the harmed lived: "The man was rescued by police before death", "the victim survived"
rescued         | cue=rescued
was rescued     | cue=rescued
were rescued    | cue=rescued
survived        | cue=rescued
before death    | cue=rescued
expected to survive | cue=rescued
repeatedly      | cue=background
formerly        | cue=background
has been engulfed | cue=background
over the years  | cue=background
# another event than the report's, told beside it: not its primary one
in another event | cue=separate
in another incident | cue=separate
in another attack | cue=separate
in a separate event | cue=separate
in a separate incident | cue=separate
in a separate attack | cue=separate
in an unrelated incident | cue=separate
there have been | cue=habitual
there has been a series | cue=habitual
in recent months | cue=habitual
in recent weeks | cue=habitual
in recent days  | cue=habitual
in recent years | cue=habitual
apart from      | cue=exclude
except          | cue=exclude
excluding       | cue=exclude
other than      | cue=exclude

[casualty]
%lang en
killed          | casualty=killed
dead            | casualty=killed
died            | casualty=killed
deaths          | casualty=killed
fatalities      | casualty=killed
fatality        | casualty=killed
to death        | casualty=killed
death           | casualty=killed
lives           | casualty=killed
bodies          | casualty=killed
corpses         | casualty=killed
die             | casualty=killed
dies            | casualty=killed
succumbed       | casualty=killed
fatally shot    | casualty=killed
fatally stabbed | casualty=killed
fatally wounded | casualty=killed
fatally injured | casualty=killed
perished        | casualty=killed
lost his life   | casualty=killed
lost her life   | casualty=killed
lost their lives | casualty=killed
# a later total of the dead, the number after it: "the death toll was raised to six"
death toll rose to | casualty=killed
death toll rises to | casualty=killed
death toll has risen to | casualty=killed
death toll had risen to | casualty=killed
death toll was raised to | casualty=killed
death toll climbed to | casualty=killed
death toll reached | casualty=killed
death total was raised from <num> to | casualty=killed
death toll was raised from <num> to | casualty=killed
# … and with the event named between ("the death toll from Sunday's attack has risen to 21"):
# total: the count after "to", "at" or "reached" later in the clause
death toll from         | casualty=killed total
death toll in           | casualty=killed total
# a mob's killing: "lynched a suspected thief" ("nearly lynched", "tried to lynch": none);
# survivable: wounded, not dead, in a paragraph that tells a rescue ("was rescued by police
# before death")
lynch~          | casualty=killed survivable
wounded         | casualty=injured
injured         | casualty=injured
injuries        | casualty=injured
hurt            | casualty=injured
casualties      | casualty=any
# a court's sentence, no death told: "a girl who was sentenced to death for killing her husband"
sentenced to death | casualty=any
condemned to death | casualty=any
victims         | casualty=any
no casualties   | casualty=any none
neither fatalities nor injuries | casualty=any none
no fatalities or injuries | casualty=any none
no fatalities and/or injuries | casualty=any none
no injuries or fatalities | casualty=any none
no deaths or injuries | casualty=any none
no fatalities   | casualty=killed none
no deaths       | casualty=killed none
no injuries     | casualty=injured none
no one was killed | casualty=killed none
# a doer who killed himself: one dead more than those he killed
killed himself  | casualty=killed self
killed herself  | casualty=killed self
turning the gun on himself | casualty=killed self
turned the gun on himself | casualty=killed self
committing suicide | casualty=killed self
committed suicide | casualty=killed self
nobody was killed | casualty=killed none
no one was hurt | casualty=any none
no one was injured | casualty=injured none
without casualties | casualty=any none
no damage       | casualty=damage none
# a coder's note of the count it recorded ("Fatalities coded as 0"): overrides
# the counts the paragraph gives
fatalities coded as | casualty=killed coded
fatality coded as | casualty=killed coded
fatalities were coded as | casualty=killed coded
# … and of the share of a total it gave this record ("Fatalities are split across 3 events (4)")
fatalities are split across <num> events ( | casualty=killed coded
fatalities split across <num> events ( | casualty=killed coded
fatalities are split over <num> locations ( | casualty=killed coded
fatalities split over <num> locations ( | casualty=killed coded
# … and of the share each record got, the number inside the note ("Two events coded at
# Malalani and Kakeani, with 1 fatality each", "10 killed (coded as 8 here and 2 for …)")
with <num> fatality each | casualty=killed coded
with <num> fatalities each | casualty=killed coded
coded as <num> here     | casualty=killed coded

# Prepositions that mark a place's role in the event.
[prep]
%lang en
in              | role=location
at              | role=location
on              | role=location
near            | role=location
into            | role=location
inside          | role=location
outside         | role=location
across          | role=location
toward          | role=location
towards         | role=location
to              | role=location weak
around          | role=location
through         | role=location
throughout      | role=location
along           | role=location
of              | role=of
from            | role=origin
by              | role=agent
attributed to   | role=agent
blamed on       | role=agent
carried out by  | role=agent
at the hands of | role=agent
against         | role=target
between         | role=agent
apart from      | role=exclude
except          | role=exclude

# Nouns that say what kind of place follows or precedes ("the province of Kilis").
[placenoun]
%lang en
province        | level=admin1
provinces       | level=admin1
governorate     | level=admin1
state           | level=admin1 weak
region          | level=admin1 weak
county          | level=admin1
district        | level=admin2
districts       | level=admin2
subdistrict     | level=admin2
sub-district    | level=admin2
sub-districts   | level=admin2
# Indonesia's regencies (kabupaten), the Philippines' barangays, a city's zones ("the North
# Zone of Rio de Janeiro", "the Jose Felix Ribas zone"; not "community", measured: it names
# people as often as places)
regency         | level=admin2
barangay        | level=area
zone            | level=area
# the divisions other countries' reports name ("Bolivar department", "Maturin municipality",
# "Bungudu LGA", "Shailkupa upazila", "Marshiraj tehsil"; not "commune", which
# names places as often as it divides them)
department      | level=admin1
departments     | level=admin1
municipality    | level=admin2
municipalities  | level=admin2
lga             | level=admin2
upazila         | level=admin2
tehsil          | level=admin2
taluka          | level=admin2
parish          | level=area
# Kenya's counties divide into sub-counties (constituencies), wards and locations
sub-county      | level=admin2
sub-counties    | level=admin2
subcounty       | level=admin2
constituency    | level=admin2
ward            | level=area
sub-location    | level=area
city            | level=place
town            | level=place
village         | level=place
villages        | level=place
neighbourhood   | level=place
neighborhood    | level=place
area            | level=area
areas           | level=area
territory       | level=area
territories     | level=area
border          | level=area
countryside     | level=area
outskirts       | level=area
vicinity        | level=area
points          | level=area
camp            | level=area
# a natural feature named after a place: near that place, in the country the text is about
forest          | level=natural
river           | level=natural
lake            | level=natural
hills           | level=natural
mountains       | level=natural
valley          | level=natural
game reserve    | level=natural
national park   | level=natural
# a police station's precinct names an area, not the police ("Kotwali police area")
police area     | level=area
police station area | level=area
police station limits | level=area

[number]
%lang en
a               | value=1 article
an              | value=1 article
one             | value=1
two             | value=2
three           | value=3
four            | value=4
five            | value=5
six             | value=6
seven           | value=7
eight           | value=8
nine            | value=9
ten             | value=10
eleven          | value=11
twelve          | value=12
thirteen        | value=13
fourteen        | value=14
fifteen         | value=15
sixteen         | value=16
seventeen       | value=17
eighteen        | value=18
nineteen        | value=19
twenty          | value=20
thirty          | value=30
forty           | value=40
fifty           | value=50
hundred         | value=100
a dozen         | value=12
dozens          | value=24 vague
scores          | value=40 vague
hundreds        | value=200 vague
several         | value=3 vague
a few           | value=3 vague
both            | value=2

# violence among drug gangs: ACLED counts its victims as armed men
[cue]
%lang en
# a coder's note that the count or the event before it was recorded as another event's
# ("2 killed (coded separately)"): not this event's dead, nor the report's primary event
coded separately        | cue=elsewhere
coded seperately        | cue=elsewhere
recorded separately     | cue=elsewhere
coded elsewhere         | cue=elsewhere
recorded elsewhere      | cue=elsewhere
coded as separate events | cue=elsewhere
coded as a separate event | cue=elsewhere
coded in a separate event | cue=elsewhere
recorded in a separate event | cue=elsewhere
# … and that a total is shared by several events ("Fatalities split between two events",
# "[1 fatality split among 12 events]"): each has its share, rounded down
split between _ events  | cue=split
split among _ events    | cue=split
split across _ events   | cue=split
split over _ events     | cue=split
coded across _ events   | cue=split
coded across <num> events | cue=split
spread across _ events  | cue=split
spread across _ locations | cue=split
spread across <num> locations | cue=split
split between _ locations | cue=split
split among _ locations | cue=split
split across _ locations | cue=split
split over _ locations  | cue=split
split between _ incidents | cue=split
split among _ incidents | cue=split
split between <num> events | cue=split
split among <num> events | cue=split
split across <num> events | cue=split
split over <num> events | cue=split
split between <num> locations | cue=split
split among <num> locations | cue=split
split across <num> locations | cue=split
split over <num> locations | cue=split
# victims suspected of a wrong (with "suspected" or "alleged" before an agent marked
# wrongdoer: "suspected thieves"): violence on them by no one armed is a mob's
witchcraft              | cue=mob_justice
# killings named extrajudicial, whoever says so or denies it ("Police dismissed claims that
# these were extra-judicial killings"): the dead were killed, not fought
# (exact forms: "killing~" stems as "kill~")
extrajudicial killing   | cue=extrajudicial
extrajudicial killings  | cue=extrajudicial
extra-judicial killing  | cue=extrajudicial
extra-judicial killings | cue=extrajudicial
extra judicial killing  | cue=extrajudicial
extra judicial killings | cue=extrajudicial
extrajudicial execution~ | cue=extrajudicial
extra-judicial execution~ | cue=extrajudicial
summary execution~      | cue=extrajudicial
summarily executed      | cue=extrajudicial
mob justice             | cue=mob_justice
on suspicion of         | cue=mob_justice
drug trafficking        | cue=armed_milieu
drug traffickers        | cue=armed_milieu
drug trafficker         | cue=armed_milieu
drug dealer~            | cue=armed_milieu
# a gang war named as the motive says who shot, not that the victims were gang members
# (drive-by shootings of bystanders are attacks): a cue of its own, longer than the
# armed_milieu words inside it, with no effect
gang rivalry            | cue=motive
drug trafficking dispute | cue=motive
drug trafficking territorial dispute | cue=motive
involved in a gang      | cue=armed_milieu
death squad~            | cue=armed_milieu

# a protest's aim, told with a crowd's riot: "residents burned tyres to reject power cuts"
[cue]
%lang en
to protest              | cue=purpose purpose
in protest              | cue=purpose purpose
to demonstrate          | cue=purpose purpose
form of demonstration   | cue=purpose purpose
form of protest         | cue=purpose purpose
to reject               | cue=purpose purpose
rejecting               | cue=purpose purpose
complaining             | cue=purpose purpose
# blades and bows: whoever uses one on armed men on duty fights them (exact forms: a
# stem would take the verbs "speared", "macheted", which are casualty words)
knife                   | cue=blade
knives                  | cue=blade
machete                 | cue=blade
machetes                | cue=blade
panga                   | cue=blade
pangas                  | cue=blade
sword                   | cue=blade
swords                  | cue=blade
arrow                   | cue=blade
arrows                  | cue=blade
spear                   | cue=blade
spears                  | cue=blade
sharp weapon            | cue=blade
sharp weapons           | cue=blade
sharp object            | cue=blade
sharp objects           | cue=blade
crude weapon            | cue=blade
crude weapons           | cue=blade
