# Turkish actors and agent nouns.  Format: docs/lexicon-format.md; attributes
# as in data/lexicon/en/actors.lex.  Named actors carry the same standard
# names and codes as their English names, so an event told in both languages
# codes the same.  Agent nouns are prefixes: Turkish adds plural, possessive
# and case endings (asker, askerler, askerimiz, askerlere).
[actor]
%lang tr
tsk                             | name="Military Forces of Turkey" country=TUR sector=military
türk silahlı kuvvetleri*        | name="Military Forces of Turkey" country=TUR sector=military
mehmetçik*                      | name="Military Forces of Turkey" country=TUR sector=military
msb                             | name="Ministry of National Defence (Turkey)" country=TUR sector=military source=official
milli savunma bakanlığı*        | name="Ministry of National Defence (Turkey)" country=TUR sector=military source=official
millî savunma bakanlığı*        | name="Ministry of National Defence (Turkey)" country=TUR sector=military source=official
t.c. milli savunma bakanlığı*   | name="Ministry of National Defence (Turkey)" country=TUR sector=military source=official
içişleri bakanlığı*             | name="Ministry of Interior (Turkey)" country=TUR sector=government source=official
dışişleri bakanlığı*            | name="Ministry of Foreign Affairs (Turkey)" country=TUR sector=government source=official
jandarma*                       | name="Gendarmerie of Turkey" country=TUR sector=police
emniyet müdürlüğü*              | name="Police Forces of Turkey" country=TUR sector=police source=official
emniyet güçleri*                | name="Police Forces of Turkey" country=TUR sector=police
valilik*                        | name="Government of Turkey" country=TUR sector=government source=official
kaymakamlık*                    | name="Government of Turkey" country=TUR sector=government source=official
başsavcılık*                    | name="Government of Turkey" country=TUR sector=government source=official
cumhuriyet başsavcılığı*        | name="Government of Turkey" country=TUR sector=government source=official
mit                             | name="National Intelligence Organisation (Turkey)" country=TUR sector=military
ankara                          | name="Government of Turkey" country=TUR sector=government
şam yönetimi*                   | name="Government of Syria" country=SYR sector=government
esad rejimi*                    | name="Military Forces of Syria" country=SYR sector=military
rejim güçleri*                  | name="Military Forces of Syria" country=SYR sector=military
rejim*                          | name="Military Forces of Syria" country=SYR sector=military
suriye ordusu*                  | name="Military Forces of Syria" country=SYR sector=military
rus ordusu*                     | name="Military Forces of Russia" country=RUS sector=military
pkk*                            | name="PKK: Kurdistan Workers' Party" sector=rebel
ypg*                            | name="YPG: People's Protection Units" country=SYR sector=rebel
pyd*                            | name="YPG: People's Protection Units" country=SYR sector=rebel
pkk/ypg*                        | name="YPG: People's Protection Units" country=SYR sector=rebel
sdg*                            | name="SDF: Syrian Democratic Forces" country=SYR sector=rebel
htş*                            | name="HTS: Hayat Tahrir al-Sham" country=SYR sector=rebel
heyet tahrir el şam*            | name="HTS: Hayat Tahrir al-Sham" country=SYR sector=rebel
heyet tahrir eş şam*            | name="HTS: Hayat Tahrir al-Sham" country=SYR sector=rebel
deaş*                           | name="Islamic State" sector=rebel
daeş*                           | name="Islamic State" sector=rebel
ışid*                           | name="Islamic State" sector=rebel
işid*                           | name="Islamic State" sector=rebel
öso*                            | name="Free Syrian Army" country=SYR sector=rebel
özgür suriye ordusu*            | name="Free Syrian Army" country=SYR sector=rebel
smo*                            | name="Syrian National Army" country=SYR sector=rebel
suriye milli ordusu*            | name="Syrian National Army" country=SYR sector=rebel
fetö*                           | name="FETO: Gulenist Movement" country=TUR sector=rebel
anadolu ajansı*                 | name="Anadolu Agency" country=TUR sector=media source=media
aa                              | name="Anadolu Agency" country=TUR sector=media source=media
dha                             | name="Demirören News Agency" country=TUR sector=media source=media
demirören haber ajansı*         | name="Demirören News Agency" country=TUR sector=media source=media
iha muhabiri*                   | name="Ihlas News Agency" country=TUR sector=media source=media
sputnik türkiye                 | name="Sputnik Türkiye" country=RUS sector=media source=media

[agent]
%lang tr
asker*                  | name="Military Forces of {country}" sector=military armed person
askeri birlik*          | name="Military Forces of {country}" sector=military armed
ordu*                   | name="Military Forces of {country}" sector=military armed
güvenlik güçleri*       | name="Military Forces of {country}" sector=military armed
güvenlik korucu*        | name="Military Forces of {country}" sector=military armed person
komando*                | name="Military Forces of {country}" sector=military armed person
topçusu                 | name="Military Forces of {country}" sector=military armed
topçu birlik*           | name="Military Forces of {country}" sector=military armed
silahlı kuvvetler*      | name="Military Forces of {country}" sector=military armed
birlikler*              | name="Military Forces of {country}" sector=military armed
hava kuvvetleri*        | name="Air Force of {country}" sector=military armed
savunma bakanlığı*      | name="Ministry of Defence ({country})" sector=military source=official
polis*                  | name="Police Forces of {country}" sector=police armed person
emniyet*                | name="Police Forces of {country}" sector=police armed
çevik kuvvet*           | name="Police Forces of {country}" sector=police armed
ekip*                   | name="Police Forces of {country}" sector=police armed
jandarma*               | name="Gendarmerie of {country}" sector=police armed person
sınır karakolu*         | name="Military Forces of {country}" sector=military armed facility=state
karakol*                | name="Military Forces of {country}" sector=military armed facility=state
üs bölgesi*             | name="Military Forces of {country}" sector=military armed facility
terörist*               | name="Unidentified Armed Group ({country})" sector=rebel armed person
terör örgütü*           | name="Unidentified Armed Group ({country})" sector=rebel armed
teröristler*            | name="Unidentified Armed Group ({country})" sector=rebel armed person
militan*                | name="Unidentified Armed Group ({country})" sector=rebel armed person
silahlı kişi*           | name="Unidentified Armed Group ({country})" sector=rebel armed person
silahlı grup*           | name="Unidentified Armed Group ({country})" sector=rebel armed
silahlı saldırgan*      | name="Unidentified Armed Group ({country})" sector=rebel armed person
saldırgan*              | name="Unidentified Armed Group ({country})" sector=rebel armed person
şüpheli*                | name="Civilians ({country})" sector=civilians person
yönetici*               | name="Civilians ({country})" sector=civilians person
zanlı*                  | name="Civilians ({country})" sector=civilians person
muhtar*                 | name="Civilians ({country})" sector=civilians person
çoban*                  | name="Civilians ({country})" sector=civilians person
sürücü*                 | name="Civilians ({country})" sector=civilians person
sığınmacı*              | name="Refugees ({country})" sector=civilians person
mülteci*                | name="Refugees ({country})" sector=civilians person
mensub*                 | name="Unidentified Armed Group ({country})" sector=rebel armed person
militanlar*             | name="Unidentified Armed Group ({country})" sector=rebel armed person
savaş uçak*             | name="Air Force of {country}" sector=military armed
uçak*                   | name="Air Force of {country}" sector=military armed
koalisyon*              | name="International Coalition Forces" sector=military armed
rejim güçleri*          | name="Military Forces of Syria" sector=military armed
sivil*                  | name="Civilians ({country})" sector=civilians person
vatandaş*               | name="Civilians ({country})" sector=civilians person
kişi*                   | name="Civilians ({country})" sector=civilians person
köylü*                  | name="Civilians ({country})" sector=civilians person crowd
çocuk*                  | name="Civilians ({country})" sector=civilians person
çocuğ*                  | name="Civilians ({country})" sector=civilians person
kadın*                  | name="Civilians ({country})" sector=civilians person
çiftçi*                 | name="Civilians ({country})" sector=civilians person
işçi*                   | name="Civilians ({country})" sector=civilians person
öğrenci*                | name="Students ({country})" sector=civilians person
gazeteci*               | name="Journalists ({country})" sector=civilians person
gösterici*              | name="Protesters ({country})" sector=protesters person
eylemci*                | name="Protesters ({country})" sector=protesters person
protestocu*             | name="Protesters ({country})" sector=protesters person
grup*                   | name="Civilians ({country})" sector=civilians crowd
grubu*                  | name="Civilians ({country})" sector=civilians crowd
kalabalık*              | name="Rioters ({country})" sector=rioters crowd
yetkili*                | name="Government of {country}" sector=government person
vali*                   | name="Government of {country}" sector=government person
valilik*                | name="Government of {country}" sector=government source=official
valiliğ*                | name="Government of {country}" sector=government source=official
başsavcılığ*            | name="Government of {country}" sector=government source=official
cumhuriyet başsavcılığ* | name="Government of {country}" sector=government source=official
kaymakamlığ*            | name="Government of {country}" sector=government source=official
belediye*               | name="Government of {country}" sector=government
büyükşehir belediye*    | name="Government of {country}" sector=government
anneler*                | name="Civilians ({country})" sector=civilians person crowd
kaymakam*               | name="Government of {country}" sector=government person
bakanlık*               | name="Government of {country}" sector=government
hükümet*                | name="Government of {country}" sector=government
görgü tanık*            | name="Witnesses ({country})" sector=civilians person source=witness
bomba imha uzman*       | name="Police Forces of {country}" sector=police person
