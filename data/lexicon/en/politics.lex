# English triggers of political and diplomatic events: what states, leaders
# and groups say and do to each other short of violence (PLOVER's
# vocabulary; ACLED codes none of them, so `classify --labels acled` says
# NONE for them).  Format: docs/lexicon-format.md; attributes as in
# triggers.lex.
[trigger]
%lang en
agreed                  | type=agreement pos=verb weak
agree~ to               | type=agreement pos=verb
agree~ on               | type=agreement pos=verb
agreed that             | type=agreement pos=verb
reached an agreement    | type=agreement pos=verb
reached a deal          | type=agreement pos=verb
signed                  | type=agreement pos=verb weak
sign~ a treaty          | type=agreement pos=verb
accord                  | type=agreement pos=noun weak
peace accord~           | type=agreement pos=noun
peace agreement~        | type=agreement pos=noun
peace deal~             | type=agreement pos=noun
demand~                 | type=demand pos=verb
# the police's order to a crowd is no dispersal done ("when police asked them to disperse")
asked them to disperse  | type=demand pos=verb
asked to disperse       | type=demand pos=verb
told them to disperse   | type=demand pos=verb
told to disperse        | type=demand pos=verb
ordered them to disperse | type=demand pos=verb
ordered to disperse     | type=demand pos=verb
called on               | type=demand pos=verb
call~ on                | type=demand pos=verb
call~ for               | type=demand pos=verb
urge~                   | type=demand pos=verb
appeal~ to              | type=demand pos=verb
appeal~ for             | type=demand pos=verb
ask~                    | type=demand pos=verb weak
request~                | type=demand pos=verb
insist~                 | type=demand pos=verb
reject~                 | type=reject pos=verb
refuse~                 | type=reject pos=verb
rebuff~                 | type=reject pos=verb
veto~                   | type=reject pos=verb
ruled out               | type=reject pos=verb
turned down             | type=reject pos=verb
dismiss~                | type=reject pos=verb
threaten~               | type=threaten pos=verb
warned                  | type=threaten pos=verb
warns                   | type=threaten pos=verb
ultimatum               | type=threaten pos=noun
# (not criticize~: Snowball stems "critical" and "critic" to it too, "in a critical condition")
criticize               | type=disapprove pos=verb
criticizes              | type=disapprove pos=verb
criticized              | type=disapprove pos=verb
criticizing             | type=disapprove pos=verb
criticise               | type=disapprove pos=verb
criticises              | type=disapprove pos=verb
criticised              | type=disapprove pos=verb
criticising             | type=disapprove pos=verb
criticism               | type=disapprove pos=noun
condemn~                | type=disapprove pos=verb
denounce~               | type=disapprove pos=verb
deplore~                | type=disapprove pos=verb
complain~               | type=disapprove pos=verb
objected                | type=disapprove pos=verb
accuse~                 | type=accuse pos=verb
blame~                  | type=accuse pos=verb
sanction~               | type=sanction pos=verb
imposed sanctions       | type=sanction pos=verb
expel~                  | type=sanction pos=verb
suspend~                | type=sanction pos=verb
cut ties                | type=sanction pos=verb
broke off               | type=sanction pos=verb
severed                 | type=sanction pos=verb
embargo                 | type=sanction pos=noun
recall~ its ambassador  | type=sanction pos=verb
# an envoy called in to hear a complaint, an embassy shut (CAMEO 111, 160)
summon~ the _ ambassador | type=disapprove pos=verb
summon~ the ambassador  | type=disapprove pos=verb
summon~ _ ambassador    | type=disapprove pos=verb
summon~ the _ envoy     | type=disapprove pos=verb
summon~ the envoy       | type=disapprove pos=verb
summon~ _ envoy         | type=disapprove pos=verb
summon~ the charge      | type=disapprove pos=verb
close~ its embassy      | type=sanction pos=verb
close~ the embassy      | type=sanction pos=verb
shut~ its embassy       | type=sanction pos=verb
embassy closure~        | type=sanction pos=noun
closure of its embassy  | type=sanction pos=noun
# concern voiced about a conflict: a mild disapproval
expressed concern       | type=disapprove pos=verb
expressed deep concern  | type=disapprove pos=verb
expressed grave concern | type=disapprove pos=verb
expressed its concern   | type=disapprove pos=verb
voiced concern~         | type=disapprove pos=verb
deeply concerned        | type=disapprove pos=verb
gravely concerned       | type=disapprove pos=verb
praise~                 | type=support pos=verb
welcome~                | type=support pos=verb
back~                   | type=support pos=verb weak
support~                | type=support pos=verb weak
endorse~                | type=support pos=verb
release~                | type=concede pos=verb
# prisoners exchanged between two sides are an agreement carried out (ACLED's codebook puts
# prisoner exchanges under Agreement)
exchange~ prisoners     | type=agreement pos=verb
exchange~ _ prisoners   | type=agreement pos=verb
exchange~ <num> prisoners | type=agreement pos=verb
exchange~ <num> _ prisoners | type=agreement pos=verb
swap~ <num> prisoners   | type=agreement pos=verb
swap~ prisoners         | type=agreement pos=verb
prisoner exchange~      | type=agreement pos=noun
prisoner swap~          | type=agreement pos=noun
exchange of prisoners   | type=agreement pos=noun
# prisoners released are a concession to PLOVER and "Other" to ACLED (taxonomy prisoner_release)
release~ prisoners      | type=prisoner_release pos=verb
release~ _ prisoners    | type=prisoner_release pos=verb
release~ _ _ prisoners  | type=prisoner_release pos=verb
release~ <num> prisoners | type=prisoner_release pos=verb
release~ <num> _ prisoners | type=prisoner_release pos=verb
# people driven from their homes (ACLED "Other"); weak: the violence that drove them comes first
fled their village~     | type=displacement pos=verb weak
fled their home~        | type=displacement pos=verb weak
displacement           | type=displacement pos=noun weak
evacuated their home~   | type=displacement pos=verb weak
families evacuated      | type=displacement pos=verb weak
residents evacuated     | type=displacement pos=verb weak
villagers evacuated     | type=displacement pos=verb weak
# migrants and refugees going home or arriving, in groups the text counts: movements ACLED calls "Other"
migrants returned       | type=displacement pos=verb weak
refugees returned       | type=displacement pos=verb weak
refugees arrived        | type=displacement pos=verb weak
migrants arrived        | type=displacement pos=verb weak
were released from _ prisons | type=prisoner_release pos=verb
were released from prison | type=prisoner_release pos=verb
freed                   | type=concede pos=verb
ease~ restrictions      | type=concede pos=verb
lift~                   | type=concede pos=verb
pardon~                 | type=concede pos=verb
met                     | type=consult pos=verb
meet~                   | type=consult pos=verb weak
meeting                 | type=consult pos=noun weak
visit~                  | type=consult pos=verb
held talks              | type=consult pos=verb
talks                   | type=consult pos=noun weak
discuss~                | type=consult pos=verb
negotiate               | type=consult pos=verb
negotiated              | type=consult pos=verb
negotiates              | type=consult pos=verb
negotiating             | type=consult pos=verb
negotiation             | type=consult pos=verb
negotiations            | type=consult pos=verb
aid                     | type=aid pos=noun weak
provide~ aid            | type=aid pos=verb
sent aid                | type=aid pos=verb
donate~                 | type=aid pos=verb
humanitarian assistance | type=aid pos=noun
grant~                  | type=aid pos=verb weak
investigate             | type=investigate pos=verb
# a case or charge named after a crime is the law's business, not the crime told ("arrested
# in a looting case", "a murder case was filed")
looting case            | type=investigate pos=noun
looting cases           | type=investigate pos=noun
looting charges         | type=investigate pos=noun
murder case             | type=investigate pos=noun
murder cases            | type=investigate pos=noun
murder charges          | type=investigate pos=noun
rape case               | type=investigate pos=noun
rape cases              | type=investigate pos=noun
rape charges            | type=investigate pos=noun
robbery case            | type=investigate pos=noun
robbery cases           | type=investigate pos=noun
robbery charges         | type=investigate pos=noun
theft case              | type=investigate pos=noun
theft cases             | type=investigate pos=noun
theft charges           | type=investigate pos=noun
kidnapping case         | type=investigate pos=noun
kidnapping cases        | type=investigate pos=noun
kidnapping charges      | type=investigate pos=noun
assault case            | type=investigate pos=noun
assault cases           | type=investigate pos=noun
assault charges         | type=investigate pos=noun
arson case              | type=investigate pos=noun
arson cases             | type=investigate pos=noun
arson charges           | type=investigate pos=noun
terrorism case          | type=investigate pos=noun
terrorism cases         | type=investigate pos=noun
terrorism charges       | type=investigate pos=noun
investigated            | type=investigate pos=verb
investigates            | type=investigate pos=verb
investigating           | type=investigate pos=verb
investigation           | type=investigate pos=verb
investigations          | type=investigate pos=verb
probe~                  | type=investigate pos=verb
inquiry                 | type=investigate pos=noun
cooperate~              | type=cooperate pos=verb
collaborate~            | type=cooperate pos=verb
pulled out              | type=retreat pos=verb
pull~ out               | type=retreat pos=verb
evacuate~               | type=retreat pos=verb
# … but people carried out of harm's way are helped: "helicopters evacuated the wounded"
evacuate~ the wounded   | type=aid pos=verb
evacuate~ the injured   | type=aid pos=verb
evacuate~ the sick      | type=aid pos=verb
evacuate~ civilians     | type=aid pos=verb
# (spelled out: the stem of "mobilize" is that of "mobile")
mobilize                | type=mobilize pos=verb
mobilizes               | type=mobilize pos=verb
mobilized               | type=mobilize pos=verb
mobilizing              | type=mobilize pos=verb
mobilise                | type=mobilize pos=verb
mobilises               | type=mobilize pos=verb
mobilised               | type=mobilize pos=verb
mobilising              | type=mobilize pos=verb
mobilization            | type=mobilize pos=noun
mobilisation            | type=mobilize pos=noun
hand~ over              | type=concede pos=verb
order~                  | type=demand pos=verb weak
decline~                | type=reject pos=verb
will not accept         | type=reject pos=verb
would not accept        | type=reject pos=verb
defend~                 | type=support pos=verb weak
send~ arms              | type=aid pos=verb
sent arms               | type=aid pos=verb
cancel~ restrictions    | type=concede pos=verb
cancel~                 | type=reject pos=verb weak
receive~                | type=consult pos=verb weak
dispatch~ inspectors    | type=investigate pos=verb
inspectors              | type=investigate pos=noun weak
collect~ signatures     | type=peaceful_protest pos=verb
petition~               | type=peaceful_protest pos=verb weak
strengthen~ its forces  | type=mobilize pos=verb
reinforce~              | type=mobilize pos=verb
reinforcements          | type=mobilize pos=noun
reduce~ aid             | type=sanction pos=verb
cut aid                 | type=sanction pos=verb
end~ mediation          | type=sanction pos=verb
mediation               | type=consult pos=noun weak
mediate                 | type=consult pos=verb weak
mediated                | type=consult pos=verb weak
mediates                | type=consult pos=verb weak
mediating               | type=consult pos=verb weak
forced out              | type=attack pos=verb weak
invasion                | type=armed_clash pos=noun refine
invade~                 | type=armed_clash pos=verb refine
assassinate~            | type=attack pos=verb casualty=killed
assassination           | type=attack pos=noun
sexually abuse~         | type=sexual_violence pos=verb
# (for_crime: no event of its own when "for" and a crime follow, "sentenced to 12 years for
# embezzling public funds": the crime is the news)
jail~                   | type=arrests pos=verb for_crime
imprison~               | type=arrests pos=verb for_crime
sentence~               | type=arrests pos=verb weak for_crime
vow~                    | type=threaten pos=verb weak

# --- promises, threats and demands ----------------------------------------------
# Saying what one will do or what another must do: a promise (PLOVER AGREE,
# CAMEO 03), a threat, a demand.  The words alone are weak triggers; as cues
# (below) they make the event they introduce what is promised or demanded.
promise~ to             | type=promise pos=verb weak
pledge~ to              | type=promise pos=verb weak
offer~ to               | type=promise pos=verb weak
offer~                  | type=promise pos=verb weak
willing to              | type=promise pos=verb weak
ready to                | type=promise pos=verb weak
prepared to             | type=promise pos=verb weak
committed to            | type=promise pos=verb weak
must                    | type=demand pos=verb weak
swore to                | type=threaten pos=verb weak
sworn to                | type=threaten pos=verb weak

# --- coercion short of violence: curfews, bans, deportations (PLOVER COERCE, CAMEO 17)
curfew                  | type=restrict pos=noun weak
impose~ a curfew        | type=restrict pos=verb
impose~ restrictions    | type=restrict pos=verb
martial law             | type=restrict pos=noun
state of emergency      | type=restrict pos=noun
state of siege          | type=restrict pos=noun
emergency measures      | type=restrict pos=noun
ban~                    | type=restrict pos=verb weak
outlaw~ the             | type=restrict pos=verb
outlaw~ a               | type=restrict pos=verb
censor~                 | type=restrict pos=verb
blockade~               | type=blockade pos=verb
deport~                 | type=deport pos=verb
hack~ into              | type=cyber pos=verb
hack~ the website~      | type=cyber pos=verb
hack~ _ website~        | type=cyber pos=verb
hack~ _ account~        | type=cyber pos=verb
hack~ _ computer~       | type=cyber pos=verb
hack~ _ server~         | type=cyber pos=verb
hack~ _ network~        | type=cyber pos=verb
cyber attack~           | type=cyber pos=noun
cyberattack~            | type=cyber pos=noun

# --- de-escalation: resignations, surrenders, ceasefires (PLOVER RETREAT)
resign~                 | type=retreat pos=verb
step~ down              | type=retreat pos=verb
stepped down            | type=retreat pos=verb
# a surrender is an agreement to ACLED, a retreat to PLOVER (taxonomy row surrender)
surrender~              | type=surrender pos=verb
demobilize~             | type=retreat pos=verb
demobilise~             | type=retreat pos=verb
declare~ a ceasefire    | type=retreat pos=verb
declare~ a truce        | type=retreat pos=verb
unilateral ceasefire    | type=retreat pos=noun
lift~ the blockade      | type=retreat pos=verb
lift~ the siege         | type=retreat pos=verb

# --- recognition and apology (PLOVER SUPPORT, CAMEO 054-056)
diplomatic ties         | type=cooperate pos=noun
diplomatic relations    | type=cooperate pos=noun
recognize~              | type=recognize pos=verb weak
recognise~              | type=recognize pos=verb weak
apologize~              | type=apologize pos=verb
apologise~              | type=apologize pos=verb
apology                 | type=apologize pos=noun
forgive~                | type=apologize pos=verb
forgave                 | type=apologize pos=verb
forgiven                | type=apologize pos=verb

# --- cooperation between states (PLOVER COOPERATE)
share~ intelligence     | type=cooperate pos=verb
share~ information      | type=cooperate pos=verb
share~ evidence         | type=cooperate pos=verb
share~ expertise        | type=cooperate pos=verb
share~ technology       | type=cooperate pos=verb
exchange~ information   | type=cooperate pos=verb
extradite~              | type=cooperate pos=verb
joint exercise~         | type=cooperate pos=noun
joint military exercise~ | type=cooperate pos=noun
naval exercise~         | type=cooperate pos=noun
war games               | type=cooperate pos=noun
joint patrol~           | type=cooperate pos=noun

# --- complaints, lawsuits, rejections, concessions, acceptance
sue~                    | type=disapprove pos=verb
suing                   | type=disapprove pos=verb
sued                    | type=disapprove pos=verb
lawsuit                 | type=disapprove pos=noun
lodge~ a protest        | type=disapprove pos=verb
lodge~ a complaint      | type=disapprove pos=verb
official protest        | type=disapprove pos=noun
formal protest          | type=disapprove pos=noun
opposed to              | type=reject pos=verb
opposes                 | type=reject pos=verb
oppose~ the             | type=reject pos=verb
renege~                 | type=reject pos=verb
out of the question     | type=reject pos=verb
concede~                | type=concede pos=verb
give~ in to             | type=concede pos=verb
gave in to              | type=concede pos=verb
given in to             | type=concede pos=verb
meet~ _ demands         | type=concede pos=verb
met _ demands           | type=concede pos=verb
allow~                  | type=concede pos=verb weak
permit~                 | type=concede pos=verb weak
accept~                 | type=promise pos=verb weak
reach~ a consensus      | type=agreement pos=verb
provide~                | type=aid pos=verb weak
on alert                | type=mobilize pos=noun weak
on high alert           | type=mobilize pos=noun weak
patrols                 | type=mobilize pos=noun weak

# a demand in words, not a protest ("are demanding autonomy"; triggers.lex
# reads a bare "demanding" as a protest)
are demanding           | type=demand pos=verb
is demanding            | type=demand pos=verb

# --- more of the same families ---------------------------------------------------
# withdrawing peacekeepers, inspectors or an ambassador cuts a relation (CAMEO 166)
withdraw~ _ peacekeepers | type=sanction pos=verb
withdrew _ peacekeepers | type=sanction pos=verb
withdrawn _ peacekeepers | type=sanction pos=verb
withdraw~ _ peacekeeping | type=sanction pos=verb
withdrew _ peacekeeping | type=sanction pos=verb
withdrawn _ peacekeeping | type=sanction pos=verb
withdraw~ _ inspectors  | type=sanction pos=verb
withdrew _ inspectors   | type=sanction pos=verb
withdrawn _ inspectors  | type=sanction pos=verb
withdraw~ _ monitors    | type=sanction pos=verb
withdrew _ monitors     | type=sanction pos=verb
withdrawn _ monitors    | type=sanction pos=verb
withdraw~ _ observers   | type=sanction pos=verb
withdrew _ observers    | type=sanction pos=verb
withdrawn _ observers   | type=sanction pos=verb
withdraw~ _ ambassador  | type=sanction pos=verb
withdrew _ ambassador   | type=sanction pos=verb
withdrawn _ ambassador  | type=sanction pos=verb
suspension of           | type=sanction pos=noun
reach~ agreement        | type=agreement pos=verb
reach~ an agreement     | type=agreement pos=verb
reach~ a deal           | type=agreement pos=verb
indict~                 | type=disapprove pos=verb
defy~                   | type=reject pos=verb
defied                  | type=reject pos=verb
violated                | type=reject pos=verb
violate                 | type=reject pos=verb
violates                | type=reject pos=verb
violating               | type=reject pos=verb
flout~                  | type=reject pos=verb
push~ for               | type=demand pos=verb
press~ for              | type=demand pos=verb
lobby~ for              | type=demand pos=verb
hearing into            | type=investigate pos=noun
hearings into           | type=investigate pos=noun
food supplies           | type=aid pos=noun weak
relief supplies         | type=aid pos=noun weak
medical supplies        | type=aid pos=noun weak
humanitarian supplies   | type=aid pos=noun weak
agree that              | type=promise pos=verb
agrees that             | type=promise pos=verb
agree with              | type=promise pos=verb
agrees with             | type=promise pos=verb
agreed with             | type=promise pos=verb
break~ relations        | type=sanction pos=verb
broke relations         | type=sanction pos=verb
broken relations        | type=sanction pos=verb
break~ off              | type=sanction pos=verb
broken off              | type=sanction pos=verb
break~ ties             | type=sanction pos=verb
broken ties             | type=sanction pos=verb
broke ties              | type=sanction pos=verb
confiscate~ weapons     | type=disrupted_weapons pos=verb
confiscate~ arms        | type=disrupted_weapons pos=verb

# --- common phrasings of the same families -------------------------------------
send~ troops            | type=mobilize pos=verb
sent troops             | type=mobilize pos=verb
sent <num> troops       | type=mobilize pos=verb
send~ <num> troops      | type=mobilize pos=verb
phone call              | type=consult pos=noun
telephone call          | type=consult pos=noun
telephone conversation  | type=consult pos=noun
spoke by phone          | type=consult pos=verb
spoke by telephone      | type=consult pos=verb
pledge~                 | type=promise pos=verb weak
promise~                | type=promise pos=verb weak
shut~ down the internet | type=restrict pos=verb
internet shutdown       | type=restrict pos=noun
internet blackout       | type=restrict pos=noun
block~ access to        | type=restrict pos=verb
close~ the border       | type=restrict pos=verb
close~ its border       | type=restrict pos=verb
close~ its borders      | type=restrict pos=verb
close~ the borders      | type=restrict pos=verb
border closure          | type=restrict pos=noun
dissolve~ parliament    | type=restrict pos=verb
dissolve~ the parliament | type=restrict pos=verb
suspend~ the constitution | type=restrict pos=verb
froze the assets        | type=sanction pos=verb
froze _ assets          | type=sanction pos=verb
freeze~ the assets      | type=sanction pos=verb
frozen the assets       | type=sanction pos=verb
freeze~ _ assets        | type=sanction pos=verb
frozen _ assets         | type=sanction pos=verb
asset freeze            | type=sanction pos=noun
announce~ a ceasefire   | type=retreat pos=verb
announce~ a truce       | type=retreat pos=verb
fail~ to reach          | type=reject pos=verb
fail~ to agree          | type=reject pos=verb

[cue]
%lang en
# frames (docs/lexicon-format.md, cues.lex): "will withdraw" is a promise,
# "will impose a curfew" a threat, "must release" a demand
will                    | cue=hypothetical coop=promise conflict=threaten
willing to              | cue=hypothetical coop=promise conflict=threaten
ready to                | cue=hypothetical coop=promise conflict=threaten
prepared to             | cue=hypothetical coop=promise conflict=threaten
promise~ to             | cue=hypothetical coop=promise conflict=threaten
pledge~ to              | cue=hypothetical coop=promise conflict=threaten
offer~ to               | cue=hypothetical coop=promise conflict=threaten
committed to            | cue=hypothetical coop=promise conflict=threaten
swore to                | cue=hypothetical coop=threaten conflict=threaten
sworn to                | cue=hypothetical coop=threaten conflict=threaten
must                    | cue=hypothetical coop=demand conflict=demand
has to                  | cue=hypothetical coop=demand conflict=demand
have to                 | cue=hypothetical coop=demand conflict=demand
# what is stopped, cut or refused: "suspended talks" and "halted aid" are
# sanctions, "lifted the curfew" and "called off the strike" concessions,
# "failed to reach agreement" and "would not meet the demands" rejections,
# "accepted the demands" a concession
halt~                   | cue=frame coop=sanction
stop~                   | cue=frame coop=sanction
cease~                  | cue=frame coop=sanction
end~                    | cue=frame coop=sanction
suspend~                | cue=frame coop=sanction
cancel~                 | cue=frame coop=sanction conflict=concede
call~ off               | cue=frame coop=sanction conflict=concede
cut~                    | cue=frame coop=sanction
cut~ off                | cue=frame coop=sanction
severed                 | cue=frame coop=sanction
sever                   | cue=frame coop=sanction
broke off               | cue=frame coop=sanction
freeze~                 | cue=frame coop=sanction
froze                   | cue=frame coop=sanction
frozen                  | cue=frame coop=sanction
withhold~               | cue=frame coop=sanction
reduce~                 | cue=frame coop=sanction
prohibit~               | cue=frame coop=sanction
lift~                   | cue=frame conflict=concede
ease~                   | cue=frame conflict=concede
refuse~ to              | cue=frame coop=reject
decline~ to             | cue=frame coop=reject
would not               | cue=negation coop=reject negative
will not                | cue=negation coop=reject negative
reject~                 | cue=frame coop=reject verbal=reject
accept~                 | cue=frame verbal=concede
# what is urged or asked for is a demand: "urged Iraq to cooperate", "called on the army to
# withdraw" (what is "demanded", and "call~ on", are topic cues in cues.lex: no event)
urge~                   | cue=frame coop=demand conflict=demand
called on               | cue=frame coop=demand conflict=demand
call~ for               | cue=frame coop=demand conflict=demand
ask~                    | cue=frame coop=demand conflict=demand
appeal~ to              | cue=frame coop=demand conflict=demand
appeal~ for             | cue=frame coop=demand conflict=demand
# what is ordered or prevented: "ordered patrols" is the patrols, "prevented the
# demonstration" coercion, "prevented aid from reaching" a sanction
order~                  | cue=frame
prevent~                | cue=frame coop=sanction conflict=restrict
