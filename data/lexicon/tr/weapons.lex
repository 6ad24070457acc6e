# Turkish weapons and countable units.  Format: docs/lexicon-format.md;
# attributes as in data/lexicon/en/weapons.lex.  Prefix patterns take the
# plural and case endings (roketler, roketlerin, havan mermisi); short words
# that would catch others as prefixes are listed form by form (iha: ihale,
# ihanet; bomba: bombaladı, bombardıman; taş: taşıdı).
[weapon]
%lang tr
roket*          | type=shelling unit=rocket
füze*           | type=shelling unit=missile
havan*          | type=shelling unit=mortar
havan mermi*    | type=shelling unit=mortar
roket mermi*    | type=shelling unit=rocket
top mermisi*    | type=shelling unit=shell
top atış*       | type=shelling
topçu*          | type=shelling
obüs*           | type=shelling
fırtına obüs*   | type=shelling
katyuşa*        | type=shelling unit=rocket
tanksavar*      | type=shelling
siha            | type=air_strike unit=drone
sihalar*        | type=air_strike unit=drone
iha             | type=air_strike unit=drone
ihalar*         | type=air_strike unit=drone
insansız hava aracı* | type=air_strike unit=drone
savaş uçak*     | type=air_strike unit=aircraft
uçaklar*        | type=air_strike unit=aircraft
helikopter*     | type=air_strike unit=aircraft
hava harekat*   | type=air_strike
hava harekât*   | type=air_strike
eyp*            | type=remote_explosive unit=device
el yapımı patlayıcı* | type=remote_explosive unit=device
mayın*          | type=remote_explosive unit=mine
bombalı araç*   | type=remote_explosive unit=bomb
bomba yüklü*    | type=remote_explosive unit=bomb
patlayıcı*      | type=remote_explosive
bomba           | type=remote_explosive unit=bomb
bombası         | type=remote_explosive unit=bomb
bombalar        | type=remote_explosive unit=bomb
bombaları       | type=remote_explosive unit=bomb
bombayla        | type=remote_explosive unit=bomb
bombalı         | type=remote_explosive unit=bomb
el bombası*     | type=grenade unit=grenade
el bombaları*   | type=grenade unit=grenade
canlı bomba*    | type=suicide_bomb unit=bomber
intihar yelek*  | type=suicide_bomb
kimyasal*       | type=chemical
uzun namlulu*   | type=armed_clash
kalaşnikof*     | type=armed_clash
# small arms named as things, what is seized or found ("mühimmat ele geçirildi"): as the
# English small arms, weapons taken, refining no word of violence
mühimmat*       | type=disrupted_weapons
tüfek*          | type=disrupted_weapons
tabanca*        | type=disrupted_weapons
fişek*          | type=disrupted_weapons

taşlı           | type=violent_demonstration
taşla*          | type=violent_demonstration
taşlar*         | type=violent_demonstration
taş at*         | type=violent_demonstration
molotof*        | type=violent_demonstration
havai fişek*    | type=violent_demonstration
barikat*        | type=violent_demonstration
biber gaz*      | type=protest_intervention
göz yaşartıcı gaz* | type=protest_intervention
gaz bombası*    | type=protest_intervention
tazyikli su*    | type=protest_intervention
plastik mermi*  | type=protest_intervention

[unit]
%lang tr
saldırı*        | unit=strike
atış*           | unit=shot
patlama*        | unit=explosion
