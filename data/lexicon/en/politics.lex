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
demand~                 | type=demand pos=verb
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
criticize~              | type=disapprove pos=verb
criticise~              | type=disapprove pos=verb
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
praise~                 | type=support pos=verb
welcome~                | type=support pos=verb
back~                   | type=support pos=verb weak
support~                | type=support pos=verb weak
endorse~                | type=support pos=verb
release~                | type=concede pos=verb
freed                   | type=concede pos=verb
ease~ restrictions      | type=concede pos=verb
lift~                   | type=concede pos=verb
apologize~              | type=concede pos=verb
pardon~                 | type=concede pos=verb
met                     | type=consult pos=verb
meet~                   | type=consult pos=verb weak
meeting                 | type=consult pos=noun weak
visit~                  | type=consult pos=verb
held talks              | type=consult pos=verb
talks                   | type=consult pos=noun weak
discuss~                | type=consult pos=verb
negotiate~              | type=consult pos=verb
aid                     | type=aid pos=noun weak
provide~ aid            | type=aid pos=verb
sent aid                | type=aid pos=verb
donate~                 | type=aid pos=verb
humanitarian assistance | type=aid pos=noun
grant~                  | type=aid pos=verb weak
investigate~            | type=investigate pos=verb
probe~                  | type=investigate pos=verb
inquiry                 | type=investigate pos=noun
cooperate~              | type=cooperate pos=verb
collaborate~            | type=cooperate pos=verb
joint                   | type=cooperate pos=noun weak
pulled out              | type=retreat pos=verb
pull~ out               | type=retreat pos=verb
evacuate~               | type=retreat pos=verb
mobilize~               | type=mobilize pos=verb
mobilise~               | type=mobilize pos=verb
apologise~              | type=concede pos=verb
offer~ to               | type=agreement pos=verb
hand~ over              | type=concede pos=verb
order~                  | type=demand pos=verb weak
decline~                | type=reject pos=verb
will not accept         | type=reject pos=verb
would not accept        | type=reject pos=verb
diplomatic ties         | type=cooperate pos=noun
diplomatic relations    | type=cooperate pos=noun
defend~                 | type=support pos=verb weak
send~ arms              | type=aid pos=verb
cancel~ restrictions    | type=concede pos=verb
cancel~                 | type=reject pos=verb weak
receive~                | type=consult pos=verb weak
dispatch~ inspectors    | type=investigate pos=verb
inspectors              | type=investigate pos=noun weak
impose~ restrictions    | type=sanction pos=verb
curfew                  | type=sanction pos=noun weak
collect~ signatures     | type=peaceful_protest pos=verb
petition~               | type=peaceful_protest pos=verb weak
strengthen~ its forces  | type=mobilize pos=verb
reinforce~              | type=mobilize pos=verb
reinforcements          | type=mobilize pos=noun
reduce~ aid             | type=sanction pos=verb
cut aid                 | type=sanction pos=verb
end~ mediation          | type=sanction pos=verb
mediation               | type=consult pos=noun weak
mediate~                | type=consult pos=verb weak
forced out              | type=attack pos=verb weak
invasion                | type=armed_clash pos=noun
invade~                 | type=armed_clash pos=verb
assassinate~            | type=attack pos=verb casualty=killed
assassination           | type=attack pos=noun
sexually abuse~         | type=sexual_violence pos=verb
ban~                    | type=sanction pos=verb weak
jail~                   | type=arrests pos=verb
imprison~               | type=arrests pos=verb
sentence~               | type=arrests pos=verb weak
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
