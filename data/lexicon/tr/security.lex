# Turkish triggers of the security events ACLED does not code but the CASE 2021
# label set does: disasters, natural and man-made, organised crime, claims
# or denials of responsibility for an attack, and the diplomacy around a
# conflict (English has these in politics.lex; see data/lexicon/en/security.lex,
# whose rules these follow: weak, so a flood named beside an attack is its
# background).  Nouns are written as prefixes to take their case endings
# (depremde, selde, kazada); a prefix is kept long enough not to catch common
# words ("sel*" would catch selam, "kaza*" kazan and kazanç, so their forms are
# listed).  Format: docs/lexicon-format.md.
[trigger]
%lang tr

# --- natural disasters ---------------------------------------------------------------
deprem*                 | type=natural_disaster pos=noun weak
artçı sarsıntı*         | type=natural_disaster pos=noun weak
sel                     | type=natural_disaster pos=noun weak
sele                    | type=natural_disaster pos=noun weak
selde                   | type=natural_disaster pos=noun weak
selden                  | type=natural_disaster pos=noun weak
sel felaketi*           | type=natural_disaster pos=noun weak
su baskın*              | type=natural_disaster pos=noun weak
heyelan*                | type=natural_disaster pos=noun weak
çığ düştü*              | type=natural_disaster pos=verb weak
kasırga*                | type=natural_disaster pos=noun weak
fırtına*                | type=natural_disaster pos=noun weak
orman yangın*           | type=natural_disaster pos=noun weak
kuraklık*               | type=natural_disaster pos=noun weak
salgın*                 | type=natural_disaster pos=noun weak
pandemi*                | type=natural_disaster pos=noun weak
kolera*                 | type=natural_disaster pos=noun weak

# --- man-made disasters ------------------------------------------------------------------
kaza                    | type=man_made_disaster pos=noun weak
kazada                  | type=man_made_disaster pos=noun weak
kazası*                 | type=man_made_disaster pos=noun weak
kazasında*              | type=man_made_disaster pos=noun weak
kaza yaptı*             | type=man_made_disaster pos=verb weak
çarpıştı*               | type=man_made_disaster pos=verb weak
devrildi*               | type=man_made_disaster pos=verb weak
raydan çıktı*           | type=man_made_disaster pos=verb weak
göçük*                  | type=man_made_disaster pos=noun weak
çöktü*                  | type=man_made_disaster pos=verb weak
gaz sızıntı*            | type=man_made_disaster pos=noun weak
doğalgaz patlaması*     | type=man_made_disaster pos=noun weak
maden faciası*          | type=man_made_disaster pos=noun weak
zehirlen*               | type=man_made_disaster pos=verb weak
# a fire that broke out ("fabrikada çıkan yangında"; arson is "ateşe verdi", triggers.lex)
yangında                | type=man_made_disaster pos=noun weak
yangın çıktı*           | type=man_made_disaster pos=verb weak
çıkan yangın*           | type=man_made_disaster pos=noun weak
patlama meydana geldi*  | type=man_made_disaster pos=verb weak
# an explosion or a fire in a mine or a factory, a building's collapse
maden ocağında meydana gelen patlama* | type=man_made_disaster pos=noun weak
madende meydana gelen patlama* | type=man_made_disaster pos=noun weak
fabrikada meydana gelen patlama* | type=man_made_disaster pos=noun weak
fabrikada çıkan yangın* | type=man_made_disaster pos=noun weak
maden ocağında*         | type=man_made_disaster pos=noun weak
çökmesi*                | type=man_made_disaster pos=noun weak

# --- organised crime ---------------------------------------------------------------------
kaçakçılı*              | type=org_crime pos=noun weak
dolandırıcılı*          | type=org_crime pos=noun weak
rüşvet*                 | type=org_crime pos=noun weak
yolsuzluk*              | type=org_crime pos=noun weak
zimmet*                 | type=org_crime pos=noun weak
kara para aklama*       | type=org_crime pos=noun weak
haraç*                  | type=org_crime pos=noun weak
siber saldırı*          | type=org_crime pos=noun weak
uyuşturucu*             | type=org_crime pos=noun weak
eroin*                  | type=org_crime pos=noun weak
kokain*                 | type=org_crime pos=noun weak

# --- claims and denials of responsibility ------------------------------------------------
sorumluluğunu üstlen*   | type=attrib pos=verb
sorumluluğu üstlen*     | type=attrib pos=verb
üstlendi*               | type=attrib pos=verb
üstlenen                | type=attrib pos=verb
ilgisi olmadığını*      | type=attrib pos=verb

# --- diplomacy bearing on a conflict: condemnation, concern, sanctions, envoys -------------
# (a condemnation's object is its topic, cues.lex: "saldırıyı kınadı" tells no attack)
kınadı*                 | type=disapprove pos=verb
kınıyoruz               | type=disapprove pos=verb
kınıyorum               | type=disapprove pos=verb
endişe duy*             | type=disapprove pos=verb
endişelerini dile getir* | type=disapprove pos=verb
yaptırım uygula*        | type=sanction pos=verb
yaptırım karar*         | type=sanction pos=noun
yaptırımlar*            | type=sanction pos=noun weak
büyükelçisini geri çağır* | type=sanction pos=verb
büyükelçiliğini kapat*  | type=sanction pos=verb
bakanlığa çağır*        | type=disapprove pos=verb
bakanlığına çağır*      | type=disapprove pos=verb
çağrısında bulun*       | type=demand pos=verb
memnuniyetle karşıla*   | type=support pos=verb
