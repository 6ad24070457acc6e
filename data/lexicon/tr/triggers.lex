# Turkish event triggers.  Format: docs/lexicon-format.md; attributes as in
# data/lexicon/en/triggers.lex, plus:
#   voice=passive|active  Turkish marks the passive in the verb (-ıl-, -n-):
#                   the subject of a passive trigger is what was hit, its actor
#                   the phrase before "tarafından"
#   actor1=, actor1_sector=  the actor the word itself implies when the text
#                   names none (only state forces "neutralise": etkisiz hale
#                   getirildi), as the taxonomy's default does for a type
#
# Turkish verbs take long chains of suffixes that the Snowball stemmer does not
# undo (vuruyor, bombalandı), so verbs are written as prefixes ending at the
# verb stem plus its voice: "atıl*" is atıldı, atılan, atıldığı, atılmıştır.
# Negated forms (atılmadı, düşmemiştir) match too; the negation infix is read
# from [suffix] entries with `negation` (data/lexicon/tr/cues.lex).
# A prefix is kept long enough not to catch common words ("düşm*" would catch
# düşman "enemy", so the forms of düşmek are listed).
[trigger]
%lang tr

# --- generic violence, refined by weapons and targets ---------------------------
saldırı*                | type=attack pos=noun refine
saldırd*                | type=attack pos=verb refine voice=active
saldırıya uğra*         | type=attack pos=verb refine voice=passive
saldırgan*              | type=attack pos=noun refine weak
atıl*                   | type=attack pos=verb refine voice=passive needs_weapon
attı*                   | type=attack pos=verb refine voice=active needs_weapon
atmış*                  | type=attack pos=verb refine voice=active needs_weapon
atarak                  | type=attack pos=verb refine voice=active needs_weapon
fırlatıl*               | type=attack pos=verb refine voice=passive needs_weapon
fırlattı*               | type=attack pos=verb refine voice=active needs_weapon
düştü*                  | type=attack pos=verb refine voice=passive needs_weapon
düşmüş*                 | type=attack pos=verb refine voice=passive needs_weapon
düşmedi*                | type=attack pos=verb refine voice=passive needs_weapon
düşmemiş*               | type=attack pos=verb refine voice=passive needs_weapon
düşen                   | type=attack pos=verb refine voice=passive needs_weapon
düşerek                 | type=attack pos=verb refine voice=passive needs_weapon
isabet et*              | type=attack pos=verb refine voice=passive needs_weapon
vurdu*                  | type=attack pos=verb refine voice=active
vuruyor*                | type=attack pos=verb refine voice=active
vurul*                  | type=attack pos=verb refine voice=passive
vurmuş*                 | type=attack pos=verb refine voice=active
vurarak                 | type=attack pos=verb refine voice=active
hedef alındı*           | type=attack pos=verb refine voice=passive
hedef aldı*             | type=attack pos=verb refine voice=active
hedef alan              | type=attack pos=verb refine voice=active
ateş açtı*              | type=attack pos=verb refine voice=active
ateş açıldı*            | type=attack pos=verb refine voice=passive
ateş açan               | type=attack pos=verb refine voice=active
ateş açarak             | type=attack pos=verb refine voice=active
silahlı saldırı*        | type=attack pos=noun refine
kurşunla*               | type=attack pos=verb refine voice=active
kurşunlan*              | type=attack pos=verb refine voice=passive
bıçakla*                | type=attack pos=verb refine voice=active
bıçaklan*               | type=attack pos=verb refine voice=passive
ateşlen*                | type=attack pos=verb refine voice=passive needs_weapon
ateşledi*               | type=attack pos=verb refine voice=active needs_weapon
ateş açma*              | type=attack pos=noun refine
ateşine tuttu*          | type=attack pos=verb refine voice=active
ateşine tutul*          | type=attack pos=verb refine voice=passive
keskin nişancı ateşi*   | type=attack pos=noun refine
infaz etti*             | type=attack pos=verb voice=active casualty=killed
infaz edil*             | type=attack pos=verb voice=passive casualty=killed
öldürül*                | type=attack pos=verb refine voice=passive weak casualty=killed
öldürdü*                | type=attack pos=verb refine voice=active weak casualty=killed
öldüren                 | type=attack pos=verb refine voice=active weak casualty=killed
katledil*               | type=attack pos=verb refine voice=passive casualty=killed
katletti*               | type=attack pos=verb refine voice=active casualty=killed
# "etkisiz hale getirildi" (neutralised) covers killed, captured and
# surrendered: an attack, but not a count of the dead
etkisiz hale getiril*   | type=attack pos=verb refine voice=passive actor1="Military Forces of {country}" actor1_sector=military
etkisiz hale getirdi*   | type=attack pos=verb refine voice=active actor1="Military Forces of {country}" actor1_sector=military
baskın*                 | type=attack pos=noun refine weak
hain saldırı*           | type=attack pos=noun refine
pusu*                   | type=armed_clash pos=noun refine
pusuya düşürül*         | type=armed_clash pos=verb refine voice=passive

# --- fighting between armed sides ------------------------------------------------
çatışma*                | type=armed_clash pos=noun
çatıştı*                | type=armed_clash pos=verb voice=active
çatışmaya gir*          | type=armed_clash pos=verb voice=active
çatışmalar*             | type=armed_clash pos=noun
sıcak temas*            | type=armed_clash pos=noun
karşılıklı ateş*        | type=armed_clash pos=noun

# --- responses to an attack (placed where the attack came from) ------------------
karşılık verdi*         | type=armed_clash pos=verb refine voice=active retaliation
karşılık veren          | type=armed_clash pos=verb refine voice=active retaliation
karşılık verildi*       | type=armed_clash pos=verb refine voice=passive retaliation
karşılık veril*         | type=armed_clash pos=verb refine voice=passive retaliation
mukabele edil*          | type=armed_clash pos=verb refine voice=passive retaliation
mukabele etti*          | type=armed_clash pos=verb refine voice=active retaliation
misilleme*              | type=armed_clash pos=noun refine retaliation

# --- shelling, air strikes, explosives --------------------------------------------
bombala*                | type=attack pos=verb refine voice=active
bombalan*               | type=attack pos=verb refine voice=passive
bombardıman*            | type=shelling pos=noun
top atışı*              | type=shelling pos=noun
topçu atışı*            | type=shelling pos=noun
havan atışı*            | type=shelling pos=noun
roket atışı*            | type=shelling pos=noun
füze atışı*             | type=shelling pos=noun
havan saldırısı*        | type=shelling pos=noun
roketli saldırı*        | type=shelling pos=noun
topçu saldırısı*        | type=shelling pos=noun
top ateşi*              | type=shelling pos=noun
topçu ateşi*            | type=shelling pos=noun
obüs atışı*             | type=shelling pos=noun
ateş altına alındı*     | type=shelling pos=verb voice=passive
ateş altına aldı*       | type=shelling pos=verb voice=active
hava harekatı*          | type=air_strike pos=noun
hava harekâtı*          | type=air_strike pos=noun
hava saldırısı*         | type=air_strike pos=noun
hava saldırıları*       | type=air_strike pos=noun
hava operasyonu*        | type=air_strike pos=noun
patlama*                | type=remote_explosive pos=noun refine
patladı*                | type=remote_explosive pos=verb refine voice=passive
patlatıl*               | type=remote_explosive pos=verb refine voice=passive
patlattı*               | type=remote_explosive pos=verb refine voice=active
infilak et*             | type=remote_explosive pos=verb refine voice=passive
bombalı saldırı*        | type=remote_explosive pos=noun refine
bombalı araç*           | type=remote_explosive pos=noun refine
canlı bomba*            | type=suicide_bomb pos=noun
kendini patlattı*       | type=suicide_bomb pos=verb voice=active
kendini patlatan        | type=suicide_bomb pos=verb voice=active
mayına bastı*           | type=remote_explosive pos=verb voice=active
mayına basan            | type=remote_explosive pos=verb voice=active
mayına basması*         | type=remote_explosive pos=noun
tuzakla*                | type=remote_explosive pos=verb refine voice=active weak
intihar saldırı*        | type=suicide_bomb pos=noun

# --- people taken ------------------------------------------------------------------
gözaltına alındı*       | type=arrests pos=verb voice=passive
gözaltına alındığı      | type=arrests pos=verb voice=passive
gözaltına alınan        | type=arrests pos=verb voice=passive
gözaltına aldı*         | type=arrests pos=verb voice=active
gözaltı*                | type=arrests pos=noun weak
tutuklandı*             | type=arrests pos=verb voice=passive
tutuklanan              | type=arrests pos=verb voice=passive
tutukladı*              | type=arrests pos=verb voice=active
yakalandı*              | type=arrests pos=verb voice=passive
yakalanan               | type=arrests pos=verb voice=passive
yakaladı*               | type=arrests pos=verb voice=active
kaçırıldı*              | type=abduction pos=verb voice=passive
kaçırılan               | type=abduction pos=verb voice=passive
kaçırdı*                | type=abduction pos=verb voice=active
rehin alındı*           | type=abduction pos=verb voice=passive
rehin aldı*             | type=abduction pos=verb voice=active

# --- protest ------------------------------------------------------------------------
eylem*                  | type=peaceful_protest pos=noun
gösteri*                | type=peaceful_protest pos=noun
protesto*               | type=peaceful_protest pos=noun
yürüyüş*                | type=peaceful_protest pos=noun weak
oturma eylemi*          | type=peaceful_protest pos=noun
basın açıklaması*       | type=peaceful_protest pos=noun weak
müdahale etti*          | type=protest_intervention pos=verb voice=active weak
müdahale edildi*        | type=protest_intervention pos=verb voice=passive weak
müdahale eden           | type=protest_intervention pos=verb voice=active weak
dağıtıldı*              | type=protest_intervention pos=verb voice=passive
dağıttı*                | type=protest_intervention pos=verb voice=active
arbede*                 | type=violent_demonstration pos=noun weak
taşlı saldırı*          | type=violent_demonstration pos=noun
linç*                   | type=mob_violence pos=noun

# --- property ----------------------------------------------------------------------------
ateşe verildi*          | type=looting pos=verb voice=passive
ateşe verdi*            | type=looting pos=verb voice=active
kundaklandı*            | type=looting pos=verb voice=passive
kundakladı*             | type=looting pos=verb voice=active
yağmalandı*             | type=looting pos=verb voice=passive
yağmaladı*              | type=looting pos=verb voice=active
tahrip edildi*          | type=looting pos=verb voice=passive weak
tahrip etti*            | type=looting pos=verb voice=active weak

# --- the bomb squad: clearing what was fired is not a second attack ----------------------
imha edildi*            | type=disrupted_weapons pos=verb voice=passive
imha etti*              | type=disrupted_weapons pos=verb voice=active
# territory taken ("kasabanın kontrolünü ele geçirdi": took control of the town; overtaken,
# or regained when the state's forces take it at home, as in English)
kontrolünü ele geçirdi*  | type=nsa_overtakes pos=verb voice=active
kontrolünü ele geçirmiş* | type=nsa_overtakes pos=verb voice=active
kontrolünü ele geçiren   | type=nsa_overtakes pos=verb voice=active
kontrolünü yeniden ele geçirdi* | type=gov_regains pos=verb voice=active
geri aldı*              | type=gov_regains pos=verb voice=active
# weapons seized or found ("50 kilogram patlayıcı ele geçirildi"): an event only with a weapon
# as what was taken (object=weapon)
ele geçiril*            | type=disrupted_weapons pos=verb voice=passive object=weapon seizure
ele geçirdi*            | type=disrupted_weapons pos=verb voice=active object=weapon seizure
