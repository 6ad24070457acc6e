# English weapon words: each names the event type it makes of a refinable
# trigger in the same sentence ("an attack" with "drones" is an air strike),
# and the unit it counts for quantities ("2 projectiles").
# Format: docs/lexicon-format.md.
[weapon]
%lang en
rocket~         | type=shelling unit=rocket
missile~        | type=shelling unit=missile
projectile~     | type=shelling unit=projectile
mortar~         | type=shelling unit=mortar
artillery       | type=shelling
howitzer~       | type=shelling
shell           | type=shelling unit=shell
shells          | type=shelling unit=shell
katyusha~       | type=shelling unit=rocket
tank fire       | type=shelling
drone~          | type=air_strike unit=drone
uav~            | type=air_strike unit=drone
warplane~       | type=air_strike unit=aircraft
air force~      | type=air_strike
jet~            | type=air_strike unit=aircraft
fighter jet~    | type=air_strike unit=aircraft
aircraft        | type=air_strike unit=aircraft
helicopter~     | type=air_strike unit=aircraft
gunship~        | type=air_strike unit=aircraft
airstrike~      | type=air_strike unit=strike
air strike~     | type=air_strike unit=strike
air operation~  | type=air_strike
barrel bomb~    | type=air_strike unit=bomb
# exact forms where Snowball's stems part: ied -> ie but ieds -> i; rpgs -> rpgs
ied             | type=remote_explosive unit=device
ieds            | type=remote_explosive unit=device
improvised explosive device~ | type=remote_explosive unit=device
roadside bomb~  | type=remote_explosive unit=bomb
car bomb~       | type=remote_explosive unit=bomb
landmine~       | type=remote_explosive unit=mine
land mine~      | type=remote_explosive unit=mine
# not mine~: it stems "mining" and "mined" to "mine" too; "near Karbonit Mine" is a place
mine            | type=remote_explosive unit=mine in_name_not
mines           | type=remote_explosive unit=mine in_name_not
# not explosive~: its stem is explosion's ("explos")
explosive       | type=remote_explosive
explosives      | type=remote_explosive
bomb~           | type=remote_explosive unit=bomb
grenade~        | type=grenade unit=grenade
grenade launcher~ | type=shelling
rocket-propelled grenade~ | type=shelling
rpg             | type=shelling
rpgs            | type=shelling
suicide bomber~ | type=suicide_bomb unit=bomber
small arms      | type=armed_clash
small-arms      | type=armed_clash
# crew-served heavy weapons fired from positions are shelling in ACLED's codebook
heavy machine gun~ | type=shelling
heavy machinegun~ | type=shelling
heavy weapons   | type=shelling
infantry fighting vehicle~ | type=shelling
ifv~            | type=shelling
machine gun~    | type=armed_clash
# small arms named as things: what a verb of weapons taken acts on ("police recovered three
# AK-47 rifles"); typed as weapons taken, so they refine no word of violence (a gun in a
# killing says who was armed, not what kind of violence it was: the actors tell that)
rifle~          | type=disrupted_weapons
firearm~        | type=disrupted_weapons
pistol~         | type=disrupted_weapons
gun             | type=disrupted_weapons
guns            | type=disrupted_weapons
ammunition      | type=disrupted_weapons
ak-47~          | type=disrupted_weapons
suicide vest~   | type=suicide_bomb
suicide         | type=suicide_bomb
chemical weapon~ | type=chemical
chemical        | type=chemical
chlorine        | type=chemical
sarin           | type=chemical
nerve agent~    | type=chemical

# Protest modifiers: what turns a protest violent or met with force.  A
# modifier refines only a trigger of its own family (see taxonomy.tsv).
# thing: an object, which after "of" is what a protest is about ("against the
# extraction of stones"), not what it fights with.
violent~        | type=violent_demonstration
violently       | type=violent_demonstration
# a crowd told as disorderly ("a rowdy crowd", "rowdy youths") is one that turned violent
rowdy           | type=violent_demonstration
stone~          | type=violent_demonstration thing
rock~           | type=violent_demonstration thing
pelt~           | type=violent_demonstration
burning tyres   | type=violent_demonstration
burn~ tyres     | type=violent_demonstration
burn~ tires     | type=violent_demonstration
set alight      | type=violent_demonstration
bonfire~        | type=violent_demonstration thing
boulder~        | type=violent_demonstration thing
lit fires       | type=violent_demonstration
lit a fire      | type=violent_demonstration
lit twigs       | type=violent_demonstration
bullet~         | type=armed_clash
threw stones    | type=violent_demonstration
burning tires   | type=violent_demonstration
burnt tyres     | type=violent_demonstration
burnt tires     | type=violent_demonstration
flaming tyres   | type=violent_demonstration
tyres on fire   | type=violent_demonstration
tires on fire   | type=violent_demonstration
flaming tires   | type=violent_demonstration
# refuse burned in the street to block it or to be seen
burning debris  | type=violent_demonstration
burning garbage | type=violent_demonstration
burning rubbish | type=violent_demonstration
burning trash   | type=violent_demonstration
burn~ debris    | type=violent_demonstration
burn~ garbage   | type=violent_demonstration
burn~ rubbish   | type=violent_demonstration
burn~ trash     | type=violent_demonstration
burned debris   | type=violent_demonstration
burnt debris    | type=violent_demonstration
barricade~      | type=violent_demonstration thing
petrol bomb~    | type=violent_demonstration thing
molotov~        | type=violent_demonstration thing
tear gas        | type=protest_intervention thing
teargas         | type=protest_intervention thing
water cannon~   | type=protest_intervention thing
rubber bullet~  | type=protest_intervention thing
live bullet~    | type=excessive_force thing
live ammunition | type=excessive_force

[unit]
%lang en
strike~         | unit=strike
shot~           | unit=shot
blast~          | unit=blast
explosion~      | unit=explosion
