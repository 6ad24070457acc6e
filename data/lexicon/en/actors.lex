# English actors.  Format: docs/lexicon-format.md.
#
# [actor]  a named actor.  name= the actor's standard name; country= ISO 3166-1
#          alpha-3 (absent for groups without one); sector= one of
#          military police government rebel militia terrorist civilians
#          protesters media international; source=official|media when the
#          actor speaks as a source of record.
# [agent]  a noun for a kind of actor, named after a country when an
#          adjective, demonym or place stands before it ("Turkish forces",
#          "Kilis officials").  name= a template where {country} is the
#          country's name; sector= as above; armed marks armed actors;
#          generic: a word that after a more specific agent adds nothing
#          ("gendarmerie forces" are the gendarmerie).
[actor]
%lang en
# state institutions
turkish defence ministry        | name="Ministry of National Defence (Turkey)" country=TUR sector=military source=official
turkish defense ministry        | name="Ministry of National Defence (Turkey)" country=TUR sector=military source=official
turkish ministry of national defence | name="Ministry of National Defence (Turkey)" country=TUR sector=military source=official
turkish armed forces            | name="Military Forces of Turkey" country=TUR sector=military
tsk                             | name="Military Forces of Turkey" country=TUR sector=military
ankara                          | name="Government of Turkey" country=TUR sector=government
damascus                        | name="Government of Syria" country=SYR sector=government
moscow                          | name="Government of Russia" country=RUS sector=government
kremlin                         | name="Government of Russia" country=RUS sector=government
tehran                          | name="Government of Iran" country=IRN sector=government
washington                      | name="Government of the United States" country=USA sector=government
pentagon                        | name="Military Forces of the United States" country=USA sector=military
bashar al-assad                 | name="Government of Syria" country=SYR sector=government
president bashar al-assad       | name="Government of Syria" country=SYR sector=government
assad                           | name="Government of Syria" country=SYR sector=government
syrian arab army                | name="Military Forces of Syria" country=SYR sector=military
saa                             | name="Military Forces of Syria" country=SYR sector=military
russian defence ministry        | name="Ministry of Defence (Russia)" country=RUS sector=military source=official
russian defense ministry        | name="Ministry of Defence (Russia)" country=RUS sector=military source=official
afghan national army            | name="Military Forces of Afghanistan" country=AFG sector=military
kenya defence forces            | name="Military Forces of Kenya" country=KEN sector=military
kdf                             | name="Military Forces of Kenya" country=KEN sector=military
kenya police                    | name="Police Forces of Kenya" country=KEN sector=police
general service unit            | name="Police Forces of Kenya" country=KEN sector=police
gsu                             | name="Police Forces of Kenya" country=KEN sector=police
administration police           | name="Police Forces of Kenya" country=KEN sector=police
# other national armies by the names and acronyms news gives them (not "UPDF": also
# Bangladesh's United People's Democratic Front)
fardc                           | name="Military Forces of the Democratic Republic of Congo" country=COD sector=military
uganda people's defence force~  | name="Military Forces of Uganda" country=UGA sector=military
endf                            | name="Military Forces of Ethiopia" country=ETH sector=military
somali national army            | name="Military Forces of Somalia" country=SOM sector=military
fama                            | name="Military Forces of Mali" country=MLI sector=military
idf                             | name="Military Forces of Israel" country=ISR sector=military
israel defense forces           | name="Military Forces of Israel" country=ISR sector=military
iraqi security forces           | name="Military Forces of Iraq" country=IRQ sector=military
andsf                           | name="Military Forces of Afghanistan" country=AFG sector=military
sandf                           | name="Military Forces of South Africa" country=ZAF sector=military
tpdf                            | name="Military Forces of Tanzania" country=TZA sector=military
spla                            | name="Military Forces of South Sudan" country=SSD sector=military
tatmadaw                        | name="Military Forces of Myanmar" country=MMR sector=military
# armed groups and their aliases
syrian democratic forces        | name="SDF: Syrian Democratic Forces" country=SYR sector=rebel
sdf                             | name="SDF: Syrian Democratic Forces" country=SYR sector=rebel
people's protection units       | name="YPG: People's Protection Units" country=SYR sector=rebel
peoples protection units        | name="YPG: People's Protection Units" country=SYR sector=rebel
ypg                             | name="YPG: People's Protection Units" country=SYR sector=rebel
syrian kurdish militia          | name="YPG: People's Protection Units" country=SYR sector=rebel
kurdish militia                 | name="Kurdish militia" sector=rebel
kurdistan workers party         | name="PKK: Kurdistan Workers' Party" sector=rebel
kurdistan workers ' party       | name="PKK: Kurdistan Workers' Party" sector=rebel
pkk                             | name="PKK: Kurdistan Workers' Party" sector=rebel
hayat tahrir al-sham            | name="HTS: Hayat Tahrir al-Sham" country=SYR sector=rebel
hayat tahrir al sham            | name="HTS: Hayat Tahrir al-Sham" country=SYR sector=rebel
hts                             | name="HTS: Hayat Tahrir al-Sham" country=SYR sector=rebel
jabhat al-nusra                 | name="HTS: Hayat Tahrir al-Sham" country=SYR sector=rebel
al-nusra front                  | name="HTS: Hayat Tahrir al-Sham" country=SYR sector=rebel
nusra front                     | name="HTS: Hayat Tahrir al-Sham" country=SYR sector=rebel
islamic state                   | name="Islamic State" sector=rebel
isis                            | name="Islamic State" sector=rebel
isil                            | name="Islamic State" sector=rebel
daesh                           | name="Islamic State" sector=rebel
free syrian army                | name="Free Syrian Army" country=SYR sector=rebel
syrian national army            | name="Syrian National Army" country=SYR sector=rebel
taliban                         | name="Taliban" country=AFG sector=rebel
al-shabaab                      | name="Al Shabaab" sector=rebel
alshabaab                       | name="Al Shabaab" sector=rebel
al-shabab                       | name="Al Shabaab" sector=rebel
al shabab                       | name="Al Shabaab" sector=rebel
shabaab                         | name="Al Shabaab" sector=rebel
ansf                            | name="Military Forces of Afghanistan" country=AFG sector=military
ana                             | name="Military Forces of Afghanistan" country=AFG sector=military
anp                             | name="Police Forces of Afghanistan" country=AFG sector=police
nds                             | name="National Directorate of Security (Afghanistan)" country=AFG sector=military
iswap                           | name="Islamic State West Africa Province" sector=rebel
naf                             | name="Donetsk and Luhansk armed groups (NAF)" sector=rebel
al shabaab                      | name="Al Shabaab" sector=rebel
boko haram                      | name="Boko Haram" sector=rebel
mungiki                         | name="Mungiki Militia" country=KEN sector=militia
mungiki sect                    | name="Mungiki Militia" country=KEN sector=militia
sabaot land defence force       | name="SLDF: Sabaot Land Defence Force" country=KEN sector=rebel
sabaot land defense force       | name="SLDF: Sabaot Land Defence Force" country=KEN sector=rebel
sldf                            | name="SLDF: Sabaot Land Defence Force" country=KEN sector=rebel
mombasa republican council      | name="MRC: Mombasa Republican Council" country=KEN sector=rebel
oromo liberation front          | name="OLF: Oromo Liberation Front" country=ETH sector=rebel
oromo liberation army           | name="OLA: Oromo Liberation Army" country=ETH sector=rebel
olf                             | name="OLF: Oromo Liberation Front" country=ETH sector=rebel
ogaden national liberation front | name="ONLF: Ogaden National Liberation Front" country=ETH sector=rebel
onlf                            | name="ONLF: Ogaden National Liberation Front" country=ETH sector=rebel
hezbollah                       | name="Hezbollah" country=LBN sector=militia
hamas                           | name="Hamas" country=PSE sector=rebel
houthis                         | name="Ansar Allah (Houthis)" country=YEM sector=rebel
houthi rebels                   | name="Ansar Allah (Houthis)" country=YEM sector=rebel
# … and others of the wars in Yemen, Iraq, Syria, Palestine, Sudan and the Central African
# Republic ("Houthi forces": a group's name before an agent word names the group)
houthi                          | name="Ansar Allah (Houthis)" country=YEM sector=rebel
ansar allah                     | name="Ansar Allah (Houthis)" country=YEM sector=rebel
saudi-led coalition             | name="Saudi-led coalition" country=SAU sector=military
arab coalition                  | name="Saudi-led coalition" country=SAU sector=military
us-led coalition                | name="US-led coalition" country=USA sector=military
security belt forces            | name="Security Belt Forces" country=YEM sector=militia
popular mobilization forces     | name="PMF: Popular Mobilization Forces" country=IRQ sector=militia
popular mobilisation forces     | name="PMF: Popular Mobilization Forces" country=IRQ sector=militia
popular mobilization units      | name="PMF: Popular Mobilization Forces" country=IRQ sector=militia
pmf                             | name="PMF: Popular Mobilization Forces" country=IRQ sector=militia
hashd al-shaabi                 | name="PMF: Popular Mobilization Forces" country=IRQ sector=militia
kataib hezbollah                | name="Kataib Hezbollah" country=IRQ sector=militia
peshmerga                       | name="Peshmerga" country=IRQ sector=military
palestinian islamic jihad       | name="Palestinian Islamic Jihad" country=PSE sector=rebel
al-quds brigades                | name="Palestinian Islamic Jihad" country=PSE sector=rebel
qassam brigades                 | name="Hamas" country=PSE sector=rebel
al-qassam brigades              | name="Hamas" country=PSE sector=rebel
ahrar al-sham                   | name="Ahrar al-Sham" country=SYR sector=rebel
jaysh al-islam                  | name="Jaysh al-Islam" country=SYR sector=rebel
janjaweed                       | name="Janjaweed" country=SDN sector=militia
ex-seleka                       | name="Ex-Seleka" country=CAF sector=rebel
wagner group                    | name="Wagner Group" country=RUS sector=militia
# armed groups of other conflicts the news often names (names and countries are facts; the
# sitrep team's own list, short acronyms only where they name nothing else)
al-qaeda                        | name="Al Qaeda" sector=rebel
al qaeda                        | name="Al Qaeda" sector=rebel
al-qaida                        | name="Al Qaeda" sector=rebel
aqap                            | name="AQAP: Al Qaeda in the Arabian Peninsula" country=YEM sector=rebel
aqim                            | name="AQIM: Al Qaeda in the Islamic Maghreb" sector=rebel
jnim                            | name="JNIM: Group for Support of Islam and Muslims" sector=rebel
isgs                            | name="Islamic State Sahel Province (ISGS)" sector=rebel
islamic state in the greater sahara | name="Islamic State Sahel Province (ISGS)" sector=rebel
ansarul islam                   | name="Ansaroul Islam" country=BFA sector=rebel
ansaroul islam                  | name="Ansaroul Islam" country=BFA sector=rebel
allied democratic forces        | name="ADF: Allied Democratic Forces" country=COD sector=rebel
adf                             | name="ADF: Allied Democratic Forces" country=COD sector=rebel
m23                             | name="M23: March 23 Movement" country=COD sector=rebel
codeco                          | name="CODECO: Cooperative for the Development of Congo" country=COD sector=militia
mai-mai                         | name="Mai-Mai Militia" country=COD sector=militia
mai mai                         | name="Mai-Mai Militia" country=COD sector=militia
fdlr                            | name="FDLR: Democratic Forces for the Liberation of Rwanda" sector=rebel
anti-balaka                     | name="Anti-Balaka" country=CAF sector=militia
ambazonian separatists          | name="Ambazonian Separatists" country=CMR sector=rebel
ambazonia separatists           | name="Ambazonian Separatists" country=CMR sector=rebel
amba boys                       | name="Ambazonian Separatists" country=CMR sector=rebel
tigray defense forces           | name="TDF: Tigray Defense Forces" country=ETH sector=rebel
tplf                            | name="TPLF: Tigray People's Liberation Front" country=ETH sector=rebel
fano                            | name="Fano Militia" country=ETH sector=militia
rapid support forces            | name="RSF: Rapid Support Forces" country=SDN sector=militia
sudan people's liberation movement-north | name="SPLM-N: Sudan People's Liberation Movement-North" country=SDN sector=rebel
splm-n                          | name="SPLM-N: Sudan People's Liberation Movement-North" country=SDN sector=rebel
splm-io                         | name="SPLM/A-IO: Sudan People's Liberation Movement/Army in Opposition" country=SSD sector=rebel
national salvation front        | name="NAS: National Salvation Front" country=SSD sector=rebel
lord's resistance army          | name="LRA: Lord's Resistance Army" sector=rebel
tehreek-e-taliban pakistan      | name="TTP: Tehreek-e-Taliban Pakistan" country=PAK sector=rebel
pakistani taliban               | name="TTP: Tehreek-e-Taliban Pakistan" country=PAK sector=rebel
ttp                             | name="TTP: Tehreek-e-Taliban Pakistan" country=PAK sector=rebel
baloch liberation army          | name="BLA: Baloch Liberation Army" country=PAK sector=rebel
islamic state khorasan          | name="Islamic State Khorasan Province" country=AFG sector=rebel
is-k                            | name="Islamic State Khorasan Province" country=AFG sector=rebel
iskp                            | name="Islamic State Khorasan Province" country=AFG sector=rebel
hizbul mujahideen               | name="Hizbul Mujahideen" country=IND sector=rebel
lashkar-e-taiba                 | name="Lashkar-e-Taiba" sector=rebel
jaish-e-mohammed                | name="Jaish-e-Mohammed" sector=rebel
ulfa                            | name="ULFA: United Liberation Front of Asom" country=IND sector=rebel
maoists                         | name="Maoist Rebels" sector=rebel
naxalites                       | name="CPI (Maoist): Communist Party of India (Maoist)" country=IND sector=rebel
naxals                          | name="CPI (Maoist): Communist Party of India (Maoist)" country=IND sector=rebel
arakan army                     | name="AA: Arakan Army" country=MMR sector=rebel
kachin independence army        | name="KIA: Kachin Independence Army" country=MMR sector=rebel
karen national union            | name="KNU: Karen National Union" country=MMR sector=rebel
knla                            | name="KNLA: Karen National Liberation Army" country=MMR sector=rebel
karen national liberation army  | name="KNLA: Karen National Liberation Army" country=MMR sector=rebel
people's defence force~         | name="PDF: People's Defence Force" country=MMR sector=rebel
people's defense force~         | name="PDF: People's Defence Force" country=MMR sector=rebel
chinland defence force          | name="CDF: Chinland Defence Force" country=MMR sector=rebel
ta'ang national liberation army | name="TNLA: Ta'ang National Liberation Army" country=MMR sector=rebel
tnla                            | name="TNLA: Ta'ang National Liberation Army" country=MMR sector=rebel
new people's army               | name="NPA: New People's Army" country=PHL sector=rebel
npa                             | name="NPA: New People's Army" country=PHL sector=rebel
abu sayyaf                      | name="Abu Sayyaf Group" country=PHL sector=rebel
bangsamoro islamic freedom fighters | name="BIFF: Bangsamoro Islamic Freedom Fighters" country=PHL sector=rebel
biff                            | name="BIFF: Bangsamoro Islamic Freedom Fighters" country=PHL sector=rebel
moro islamic liberation front   | name="MILF: Moro Islamic Liberation Front" country=PHL sector=rebel
dawlah islamiyah                | name="Dawlah Islamiyah" country=PHL sector=rebel
national liberation army        | name="ELN: National Liberation Army" country=COL sector=rebel
eln                             | name="ELN: National Liberation Army" country=COL sector=rebel
farc                            | name="FARC dissidents" country=COL sector=rebel
farc dissidents                 | name="FARC dissidents" country=COL sector=rebel
clan del golfo                  | name="Clan del Golfo" country=COL sector=rebel
gulf clan                       | name="Clan del Golfo" country=COL sector=rebel
jalisco new generation cartel   | name="CJNG: Jalisco New Generation Cartel" country=MEX sector=rebel
cjng                            | name="CJNG: Jalisco New Generation Cartel" country=MEX sector=rebel
sinaloa cartel                  | name="Sinaloa Cartel" country=MEX sector=rebel
los zetas                       | name="Los Zetas" country=MEX sector=rebel
gulf cartel                     | name="Gulf Cartel" country=MEX sector=rebel
la familia michoacana           | name="La Familia Michoacana" country=MEX sector=rebel
familia michoacana              | name="La Familia Michoacana" country=MEX sector=rebel
carteles unidos                 | name="Carteles Unidos" country=MEX sector=rebel
los viagras                     | name="Los Viagras" country=MEX sector=rebel
santa rosa de lima cartel       | name="CSRL: Santa Rosa de Lima Cartel" country=MEX sector=rebel
csrl                            | name="CSRL: Santa Rosa de Lima Cartel" country=MEX sector=rebel
cartel del noreste              | name="Cartel del Noreste" country=MEX sector=rebel
northeast cartel                | name="Cartel del Noreste" country=MEX sector=rebel
beltran leyva organization      | name="Beltran Leyva Organization" country=MEX sector=rebel
juarez cartel                   | name="Juarez Cartel" country=MEX sector=rebel
knights templar cartel          | name="Caballeros Templarios" country=MEX sector=rebel
caballeros templarios           | name="Caballeros Templarios" country=MEX sector=rebel
comando vermelho                | name="CV: Comando Vermelho" country=BRA sector=rebel
red command                     | name="CV: Comando Vermelho" country=BRA sector=rebel
primeiro comando da capital     | name="PCC: Primeiro Comando da Capital" country=BRA sector=rebel
ms-13                           | name="MS-13: Mara Salvatrucha" sector=rebel
mara salvatrucha                | name="MS-13: Mara Salvatrucha" sector=rebel
barrio 18                       | name="Barrio 18" sector=rebel
# media
sputnik                         | name="Sputnik" country=RUS sector=media source=media
sputnik türkiye                 | name="Sputnik Türkiye" country=RUS sector=media source=media
sputnik turkiye                 | name="Sputnik Türkiye" country=RUS sector=media source=media
anadolu agency                  | name="Anadolu Agency" country=TUR sector=media source=media
reuters                         | name="Reuters" sector=media source=media
associated press                | name="Associated Press" sector=media source=media
afp                             | name="AFP" sector=media source=media
syrian observatory for human rights | name="Syrian Observatory for Human Rights" sector=media source=media

[agent]
%lang en
forces                  | name="Military Forces of {country}" sector=military armed generic
troops                  | name="Military Forces of {country}" sector=military armed generic
military                | name="Military Forces of {country}" sector=military armed
army                    | name="Military Forces of {country}" sector=military armed
soldiers                | name="Military Forces of {country}" sector=military armed person
soldier                 | name="Military Forces of {country}" sector=military armed person
military forces         | name="Military Forces of {country}" sector=military armed
armed forces            | name="Military Forces of {country}" sector=military armed
defence forces          | name="Military Forces of {country}" sector=military armed
defense forces          | name="Military Forces of {country}" sector=military armed
defence force           | name="Military Forces of {country}" sector=military armed
defense force           | name="Military Forces of {country}" sector=military armed
security forces         | name="Military Forces of {country}" sector=military armed
security personnel      | name="Military Forces of {country}" sector=military armed person
security services       | name="Military Forces of {country}" sector=military armed
security agents         | name="Military Forces of {country}" sector=military armed person
security operatives     | name="Military Forces of {country}" sector=military armed person
security officers       | name="Police Forces of {country}" sector=police armed person
security officer        | name="Police Forces of {country}" sector=police armed person
commando~               | name="Military Forces of {country}" sector=military armed person
commando forces         | name="Military Forces of {country}" sector=military armed
special forces          | name="Military Forces of {country}" sector=military armed
navy                    | name="Navy of {country}" sector=military armed
naval patrol            | name="Navy of {country}" sector=military armed facility=state
military base           | name="Military Forces of {country}" sector=military armed facility=state
army base               | name="Military Forces of {country}" sector=military armed facility=state
# a base attacked is armed men's, whoever's it is ("attacked a base in Khost")
base                    | name="Military Forces of {country}" sector=military armed facility
bases                   | name="Military Forces of {country}" sector=military armed facility
tank                    | name="Military Forces of {country}" sector=military armed facility
administration police   | name="Police Forces of {country}" sector=police armed
police reservist~       | name="Police Forces of {country}" sector=police armed person
reservist~              | name="Police Forces of {country}" sector=police armed person
ranger~                 | name="Police Forces of {country}" sector=police armed person
local police            | name="Police Forces of {country}" sector=police armed
arbaki~                 | name="Militia ({country})" sector=militia armed person
pro-government militia~ | name="Militia ({country})" sector=militia armed
home guard~             | name="Militia ({country})" sector=militia armed person
vigilante~              | name="Vigilante Group ({country})" sector=militia crowd person
# settlers who raid their neighbours: a militia of their people in ACLED's codebook (exact
# forms: a stem would take in "settle" and "settled")
settlers                | name="Settlers ({country})" sector=militia person
settler                 | name="Settlers ({country})" sector=militia person
vigilante group~        | name="Vigilante Group ({country})" sector=militia crowd
vigilante militia~      | name="Vigilante Group ({country})" sector=militia crowd
bodyguard~              | name="Private Security Forces ({country})" sector=militia armed person
sniper~                 | name="Unidentified Armed Group ({country})" sector=rebel armed person
air force~              | name="Air Force of {country}" sector=military armed
warplanes               | name="Air Force of {country}" sector=military armed
jets                    | name="Air Force of {country}" sector=military armed
police                  | name="Police Forces of {country}" sector=police armed
riot police             | name="Police Forces of {country}" sector=police armed
anti-riot police        | name="Police Forces of {country}" sector=police armed
riot police officers    | name="Police Forces of {country}" sector=police armed person
policemen               | name="Police Forces of {country}" sector=police armed person
policeman               | name="Police Forces of {country}" sector=police armed person
cop                     | name="Police Forces of {country}" sector=police armed person
cops                    | name="Police Forces of {country}" sector=police armed person
policewoman             | name="Police Forces of {country}" sector=police armed person
policewomen             | name="Police Forces of {country}" sector=police armed person
traffic police          | name="Police Forces of {country}" sector=police armed
guard                   | name="Police Forces of {country}" sector=police armed person
police officer          | name="Police Forces of {country}" sector=police armed person
police team             | name="Police Forces of {country}" sector=police armed
officer                 | name="Police Forces of {country}" sector=police armed person
# officers who bear no arms: of elections and local government, of health and aid
returning officer       | name="Government of {country}" sector=government person
returning officers      | name="Government of {country}" sector=government person
presiding officer       | name="Government of {country}" sector=government person
presiding officers      | name="Government of {country}" sector=government person
election officer        | name="Government of {country}" sector=government person
election officers       | name="Government of {country}" sector=government person
electoral officer       | name="Government of {country}" sector=government person
electoral officers      | name="Government of {country}" sector=government person
divisional officer      | name="Government of {country}" sector=government person
district officer        | name="Government of {country}" sector=government person
clinical officer        | name="Civilians ({country})" sector=civilians person
clinical officers       | name="Civilians ({country})" sector=civilians person
health officer          | name="Civilians ({country})" sector=civilians person
health officers         | name="Civilians ({country})" sector=civilians person
medical officer         | name="Civilians ({country})" sector=civilians person
medical officers        | name="Civilians ({country})" sector=civilians person
education officer       | name="Civilians ({country})" sector=civilians person
red cross officer       | name="Civilians ({country})" sector=civilians person
aid officer             | name="Civilians ({country})" sector=civilians person
information officer     | name="Civilians ({country})" sector=civilians person
detective~              | name="Police Forces of {country}" sector=police armed person
guards                  | name="Police Forces of {country}" sector=police armed person
security guard          | name="Private Security Forces ({country})" sector=militia armed person
fighter                 | name="Unidentified Armed Group ({country})" sector=rebel armed person
gunman                  | name="Unidentified Armed Group ({country})" sector=rebel armed person
armed men               | name="Unidentified Armed Group ({country})" sector=rebel armed person
# people named by their arms or masks: an unidentified armed group, not civilians
armed individuals       | name="Unidentified Armed Group ({country})" sector=rebel armed person
armed persons           | name="Unidentified Armed Group ({country})" sector=rebel armed person
masked men              | name="Unidentified Armed Group ({country})" sector=rebel armed person
armed group             | name="Unidentified Armed Group ({country})" sector=rebel armed
armed groups            | name="Unidentified Armed Group ({country})" sector=rebel armed
criminal group          | name="Unidentified Armed Group ({country})" sector=rebel armed
criminal groups         | name="Unidentified Armed Group ({country})" sector=rebel armed
militias                | name="Militia ({country})" sector=militia armed
gang                    | name="Unidentified Armed Group ({country})" sector=rebel armed
cartel                  | name="Unidentified Armed Group ({country})" sector=rebel armed
cartels                 | name="Unidentified Armed Group ({country})" sector=rebel armed
gangs                   | name="Unidentified Armed Group ({country})" sector=rebel armed
gang members            | name="Unidentified Armed Group ({country})" sector=rebel armed person
criminals               | name="Unidentified Armed Group ({country})" sector=rebel armed person wrongdoer criminal
robbers                 | name="Unidentified Armed Group ({country})" sector=rebel armed person wrongdoer criminal
criminal                | name="Unidentified Armed Group ({country})" sector=rebel armed person wrongdoer criminal
robber                  | name="Unidentified Armed Group ({country})" sector=rebel armed person wrongdoer criminal
# petty offenders, the usual victims of mob justice, are civilians to ACLED (not "suspects":
# the suspected criminals police shoot are an armed gang to it); wrongdoer: "suspected" or
# "alleged" before it tells violence on them by no one armed as mob justice
suspect                 | name="Civilians ({country})" sector=civilians person generic
suspects                | name="Civilians ({country})" sector=civilians person generic
murderer                | name="Civilians ({country})" sector=civilians person wrongdoer
murderers               | name="Civilians ({country})" sector=civilians person wrongdoer
informant~              | name="Civilians ({country})" sector=civilians person
thief                   | name="Civilians ({country})" sector=civilians person wrongdoer criminal
thieves                 | name="Civilians ({country})" sector=civilians person wrongdoer criminal
# people whose trade is crime by deceit, stealth or smuggling; criminal (as for thieves and
# robbers above): what they take is a crime of gain
fraudster~              | name="Civilians ({country})" sector=civilians person criminal
scammer~                | name="Civilians ({country})" sector=civilians person criminal
conman                  | name="Civilians ({country})" sector=civilians person criminal
conmen                  | name="Civilians ({country})" sector=civilians person criminal
hacker~                 | name="Civilians ({country})" sector=civilians person criminal
cybercriminal~          | name="Civilians ({country})" sector=civilians person criminal
smuggler~               | name="Civilians ({country})" sector=civilians person criminal
counterfeiters          | name="Civilians ({country})" sector=civilians person criminal
pickpockets             | name="Civilians ({country})" sector=civilians person wrongdoer criminal
burglars                | name="Civilians ({country})" sector=civilians person wrongdoer criminal
rapist                  | name="Civilians ({country})" sector=civilians person wrongdoer
pickpocket              | name="Civilians ({country})" sector=civilians person wrongdoer criminal
witch                   | name="Civilians ({country})" sector=civilians person wrongdoer
witches                 | name="Civilians ({country})" sector=civilians person wrongdoer
herders                 | name="Civilians ({country})" sector=civilians person communal
herder                  | name="Civilians ({country})" sector=civilians person
headman                 | name="Civilians ({country})" sector=civilians person
village headman         | name="Civilians ({country})" sector=civilians person
driver                  | name="Civilians ({country})" sector=civilians person
victim                  | name="Civilians ({country})" sector=civilians person
victims                 | name="Civilians ({country})" sector=civilians person
person                  | name="Civilians ({country})" sector=civilians person
workers                 | name="Civilians ({country})" sector=civilians person
traders                 | name="Civilians ({country})" sector=civilians person
riders                  | name="Civilians ({country})" sector=civilians person crowd
operators               | name="Civilians ({country})" sector=civilians person crowd
squatters               | name="Civilians ({country})" sector=civilians person crowd
group of people         | name="Civilians ({country})" sector=civilians crowd
groups                  | name="Civilians ({country})" sector=civilians crowd
inhabitants             | name="Civilians ({country})" sector=civilians person crowd
community members       | name="Civilians ({country})" sector=civilians person crowd
shopkeepers             | name="Civilians ({country})" sector=civilians person crowd
vendors                 | name="Civilians ({country})" sector=civilians person crowd
market vendors          | name="Civilians ({country})" sector=civilians person crowd
sellers                 | name="Civilians ({country})" sector=civilians person crowd
beneficiaries           | name="Civilians ({country})" sector=civilians person crowd
inmates                 | name="Prisoners ({country})" sector=civilians person crowd
prisoners               | name="Prisoners ({country})" sector=civilians person crowd
migrants                | name="Migrants ({country})" sector=civilians person crowd
party members           | name="Civilians ({country})" sector=civilians person crowd partisan
party activists         | name="Civilians ({country})" sector=civilians person crowd partisan
party supporters        | name="Civilians ({country})" sector=civilians person crowd partisan
members of the _ party  | name="Civilians ({country})" sector=civilians person crowd partisan
members of the _ _ party | name="Civilians ({country})" sector=civilians person crowd partisan
members of _ parties    | name="Civilians ({country})" sector=civilians person crowd partisan
members of _ and _ parties | name="Civilians ({country})" sector=civilians person crowd partisan
political parties       | name="Civilians ({country})" sector=civilians person crowd partisan
political rivals        | name="Civilians ({country})" sector=civilians person crowd partisan
rival political factions | name="Civilians ({country})" sector=civilians person crowd partisan
persons                 | name="Civilians ({country})" sector=civilians person
# peoples who fight as peoples are communal militias in ACLED's codebook
ethnic groups           | name="Communal Militia ({country})" sector=militia armed
militia groups          | name="Militia ({country})" sector=militia armed
clans                   | name="Communal Militia ({country})" sector=militia armed
rival clans             | name="Communal Militia ({country})" sector=militia armed
rival groups            | name="Civilians ({country})" sector=civilians crowd
activists               | name="Civilians ({country})" sector=civilians person crowd
citizens                | name="Civilians ({country})" sector=civilians person crowd
nationals               | name="Civilians ({country})" sector=civilians person crowd
police officers         | name="Police Forces of {country}" sector=police armed person
officers                | name="Police Forces of {country}" sector=police armed person
gendarmerie             | name="Gendarmerie of {country}" sector=police armed
officials               | name="Government of {country}" sector=government person
authorities             | name="Government of {country}" sector=government
government              | name="Government of {country}" sector=government
ministry                | name="Government of {country}" sector=government
defence ministry        | name="Ministry of Defence ({country})" sector=military source=official
defense ministry        | name="Ministry of Defence ({country})" sector=military source=official
president               | name="Government of {country}" sector=government person
governor                | name="Government of {country}" sector=government person
minister                | name="Government of {country}" sector=government person
ministers               | name="Government of {country}" sector=government person
governor office         | name="Government of {country}" sector=government source=official
governorship            | name="Government of {country}" sector=government source=official
prosecutor office       | name="Government of {country}" sector=government source=official
interior ministry       | name="Ministry of Interior ({country})" sector=government source=official
foreign ministry        | name="Ministry of Foreign Affairs ({country})" sector=government source=official
spokesman               | name="Government of {country}" sector=government person
# the state's voice abroad: "Serbian diplomats", "the Greek envoy" (not "parliament", also
# a building protesters march to)
diplomat                | name="Government of {country}" sector=government person
diplomats               | name="Government of {country}" sector=government person
ambassador              | name="Government of {country}" sector=government person
ambassadors             | name="Government of {country}" sector=government person
envoy                   | name="Government of {country}" sector=government person
envoys                  | name="Government of {country}" sector=government person
negotiator              | name="Government of {country}" sector=government person
negotiators             | name="Government of {country}" sector=government person
premier                 | name="Government of {country}" sector=government person
king                    | name="Government of {country}" sector=government person
spokesperson            | name="Government of {country}" sector=government person
militants               | name="Unidentified Armed Group ({country})" sector=rebel armed person
militant                | name="Unidentified Armed Group ({country})" sector=rebel armed person
insurgents              | name="Unidentified Armed Group ({country})" sector=rebel armed person
insurgent groups        | name="Unidentified Armed Group ({country})" sector=rebel armed
rebels                  | name="Rebel Forces ({country})" sector=rebel armed person
rebel                   | name="Rebel Forces ({country})" sector=rebel armed person
rebel group~            | name="Rebel Forces ({country})" sector=rebel armed
rebel movement~         | name="Rebel Forces ({country})" sector=rebel armed
rebel force~            | name="Rebel Forces ({country})" sector=rebel armed
insurgent group         | name="Unidentified Armed Group ({country})" sector=rebel armed
militant group~         | name="Unidentified Armed Group ({country})" sector=rebel armed
jihadist group~         | name="Unidentified Armed Group ({country})" sector=rebel armed
fighters                | name="Unidentified Armed Group ({country})" sector=rebel armed person
combatants              | name="Unidentified Armed Group ({country})" sector=rebel armed person
combatant               | name="Unidentified Armed Group ({country})" sector=rebel armed person
gunmen                  | name="Unidentified Armed Group ({country})" sector=rebel armed person
assailants              | name="Unidentified Armed Group ({country})" sector=rebel armed person
attackers               | name="Unidentified Armed Group ({country})" sector=rebel armed person
terrorists              | name="Unidentified Armed Group ({country})" sector=rebel armed person
terrorist groups        | name="Unidentified Armed Group ({country})" sector=rebel armed
militia                 | name="Militia ({country})" sector=militia armed
militiamen              | name="Militia ({country})" sector=militia armed person
bandits                 | name="Unidentified Armed Group ({country})" sector=rebel armed person
bandit                  | name="Unidentified Armed Group ({country})" sector=rebel armed person
raider~                 | name="Unidentified Armed Group ({country})" sector=rebel armed person
cattle raider~          | name="Unidentified Armed Group ({country})" sector=rebel armed person
rustler~                | name="Unidentified Armed Group ({country})" sector=rebel armed person
cattle rustler~         | name="Unidentified Armed Group ({country})" sector=rebel armed person
kidnapper~              | name="Unidentified Armed Group ({country})" sector=rebel armed person
pirate~                 | name="Unidentified Armed Group ({country})" sector=rebel armed person
gangster~               | name="Unidentified Armed Group ({country})" sector=rebel armed person
# exact forms: Snowball stems "carjackers" to the stem of the verb "carjacked"
carjacker               | name="Unidentified Armed Group ({country})" sector=rebel armed person criminal
carjackers              | name="Unidentified Armed Group ({country})" sector=rebel armed person criminal
hijackers               | name="Unidentified Armed Group ({country})" sector=rebel armed person
thug~                   | name="Unidentified Armed Group ({country})" sector=rebel armed person
poacher~                | name="Unidentified Armed Group ({country})" sector=rebel armed person criminal
attacker                | name="Unidentified Armed Group ({country})" sector=rebel armed person
assailant               | name="Unidentified Armed Group ({country})" sector=rebel armed person
insurgent               | name="Unidentified Armed Group ({country})" sector=rebel armed person
gang member             | name="Unidentified Armed Group ({country})" sector=rebel armed person
# men of the drug trade are armed gangs to ACLED: killing one is a clash of gangs
drug trafficker~        | name="Unidentified Armed Group ({country})" sector=rebel armed person criminal
drug dealer~            | name="Unidentified Armed Group ({country})" sector=rebel armed person criminal
hitman                  | name="Unidentified Armed Group ({country})" sector=rebel armed person
hitmen                  | name="Unidentified Armed Group ({country})" sector=rebel armed person
hit man                 | name="Unidentified Armed Group ({country})" sector=rebel armed person
hit men                 | name="Unidentified Armed Group ({country})" sector=rebel armed person
sect members            | name="Unidentified Armed Group ({country})" sector=rebel armed person
civilians               | name="Civilians ({country})" sector=civilians person
civilian                | name="Civilians ({country})" sector=civilians person
people                  | name="Civilians ({country})" sector=civilians person
residents               | name="Civilians ({country})" sector=civilians person crowd
villagers               | name="Civilians ({country})" sector=civilians person crowd
children                | name="Civilians ({country})" sector=civilians person
women                   | name="Civilians ({country})" sector=civilians person
man                     | name="Civilians ({country})" sector=civilians person
woman                   | name="Civilians ({country})" sector=civilians person
men                     | name="Civilians ({country})" sector=civilians person
farmers                 | name="Civilians ({country})" sector=civilians person
students                | name="Students ({country})" sector=civilians person crowd
student                 | name="Students ({country})" sector=civilians person
# one person, the victim a count reads ("gunmen kill Italian missionary"); not "refugee" or
# "migrant", which name camps and workers more often than a victim ("Kakuma refugee camp")
missionary              | name="Civilians ({country})" sector=civilians person
tourist                 | name="Civilians ({country})" sector=civilians person
activist                | name="Civilians ({country})" sector=civilians person
aspirant                | name="Civilians ({country})" sector=civilians person targeted
candidate               | name="Civilians ({country})" sector=civilians person targeted
employee                | name="Civilians ({country})" sector=civilians person
aide                    | name="Civilians ({country})" sector=civilians person
teenager                | name="Civilians ({country})" sector=civilians person
wife                    | name="Civilians ({country})" sector=civilians person
husband                 | name="Civilians ({country})" sector=civilians person
son                     | name="Civilians ({country})" sector=civilians person
daughter                | name="Civilians ({country})" sector=civilians person
mother                  | name="Civilians ({country})" sector=civilians person
father                  | name="Civilians ({country})" sector=civilians person
brother                 | name="Civilians ({country})" sector=civilians person
sister                  | name="Civilians ({country})" sector=civilians person
widow                   | name="Civilians ({country})" sector=civilians person
baby                    | name="Civilians ({country})" sector=civilians person
watchman                | name="Civilians ({country})" sector=civilians person
prisoner                | name="Prisoners ({country})" sector=civilians person
inmate                  | name="Civilians ({country})" sector=civilians person
voter                   | name="Civilians ({country})" sector=civilians person
# people around the victim acting together: a crowd ("attacked by voters", "assaulted by her neighbours")
voters                  | name="Civilians ({country})" sector=civilians person crowd
neighbours              | name="Civilians ({country})" sector=civilians person crowd
neighbors               | name="Civilians ({country})" sector=civilians person crowd
# workers dismissed ("complained about workers fired during the lockdown"): no gunfire
fired workers           | name="Civilians ({country})" sector=civilians person crowd
workers fired           | name="Civilians ({country})" sector=civilians person crowd
fired employees         | name="Civilians ({country})" sector=civilians person crowd
employees fired         | name="Civilians ({country})" sector=civilians person crowd
aid workers             | name="Aid Workers ({country})" sector=civilians person
aid worker              | name="Aid Workers ({country})" sector=civilians person
journalists             | name="Journalists ({country})" sector=civilians person
journalist              | name="Journalists ({country})" sector=civilians person
correspondent           | name="Journalists ({country})" sector=civilians person
correspondents          | name="Journalists ({country})" sector=civilians person
reporter                | name="Journalists ({country})" sector=civilians person
reporters               | name="Journalists ({country})" sector=civilians person
photographer            | name="Journalists ({country})" sector=civilians person
photographers           | name="Journalists ({country})" sector=civilians person
photojournalist         | name="Journalists ({country})" sector=civilians person
photojournalists        | name="Journalists ({country})" sector=civilians person
cameraman               | name="Journalists ({country})" sector=civilians person
cameramen               | name="Journalists ({country})" sector=civilians person
protesters              | name="Protesters ({country})" sector=protesters person
protestors              | name="Protesters ({country})" sector=protesters person
demonstrators           | name="Protesters ({country})" sector=protesters person
protester               | name="Protesters ({country})" sector=protesters person
demonstrator            | name="Protesters ({country})" sector=protesters person
rioters                 | name="Rioters ({country})" sector=rioters person
mob                     | name="Rioters ({country})" sector=rioters armed crowd
mobs                    | name="Rioters ({country})" sector=rioters armed crowd
crowds                  | name="Rioters ({country})" sector=rioters crowd
crowd                   | name="Rioters ({country})" sector=rioters crowd
irate public            | name="Civilians ({country})" sector=civilians person crowd
angry public            | name="Civilians ({country})" sector=civilians person crowd
members of the public   | name="Civilians ({country})" sector=civilians person crowd
locals                  | name="Civilians ({country})" sector=civilians person crowd
checkpoint              | name="Military Forces of {country}" sector=military armed facility
check point             | name="Military Forces of {country}" sector=military armed facility
check points            | name="Military Forces of {country}" sector=military armed facility
youths                  | name="Civilians ({country})" sector=civilians person crowd
refugees                | name="Refugees ({country})" sector=civilians person
# a party's or candidate's crowd: its attacks on people are a political militia's
supporters              | name="Civilians ({country})" sector=civilians person crowd partisan
clan members            | name="Civilians ({country})" sector=civilians person
# peoples: when two of them fight, ACLED codes communal militias (attribute communal)
communities             | name="Civilians ({country})" sector=civilians crowd communal
ethnic communities      | name="Civilians ({country})" sector=civilians crowd communal
tribes                  | name="Civilians ({country})" sector=civilians crowd communal
clan militia            | name="Communal Militia ({country})" sector=militia armed
# herders' armed youth in East Africa ("Jie warriors", "Turkana warriors")
warrior~                | name="Communal Militia ({country})" sector=militia armed person
moran~                  | name="Communal Militia ({country})" sector=militia armed person
clan militias           | name="Communal Militia ({country})" sector=militia armed
communal militia        | name="Communal Militia ({country})" sector=militia armed
youth                   | name="Civilians ({country})" sector=civilians person crowd
checkpoints             | name="Military Forces of {country}" sector=military armed facility
military post           | name="Military Forces of {country}" sector=military armed facility=state
border post~            | name="Military Forces of {country}" sector=military armed facility=state
police post             | name="Police Forces of {country}" sector=police armed facility=state
police station          | name="Police Forces of {country}" sector=police armed facility=state
convoy                  | name="Military Forces of {country}" sector=military armed facility
# convoys and vehicles that carry civilians: shooting at them is an attack on civilians
relief convoy~          | name="Civilians ({country})" sector=civilians facility
aid convoy~             | name="Civilians ({country})" sector=civilians facility
food convoy~            | name="Civilians ({country})" sector=civilians facility
humanitarian convoy~    | name="Civilians ({country})" sector=civilians facility
civilian convoy~        | name="Civilians ({country})" sector=civilians facility
passenger bus~          | name="Civilians ({country})" sector=civilians facility
passenger vehicle~      | name="Civilians ({country})" sector=civilians facility
patrol                  | name="Military Forces of {country}" sector=military armed facility
positions               | name="Military Forces of {country}" sector=military armed facility
outpost                 | name="Military Forces of {country}" sector=military armed facility
witnesses               | name="Witnesses ({country})" sector=civilians person source=witness
# people whose name holds a trigger word: "fire companies" are no firing
firefighters            | name="Civilians ({country})" sector=civilians person
fire fighters           | name="Civilians ({country})" sector=civilians person
fire brigade~           | name="Civilians ({country})" sector=civilians
fire department~        | name="Civilians ({country})" sector=civilians
fire company~           | name="Civilians ({country})" sector=civilians
fire service~           | name="Civilians ({country})" sector=civilians
# one person, and people a report counts as victims ("killed a villager",
# "two passengers were shot"): countable, so a verb of killing counts them
villager                | name="Civilians ({country})" sector=civilians person
elder                   | name="Civilians ({country})" sector=civilians person
elders                  | name="Civilians ({country})" sector=civilians person
girl                    | name="Civilians ({country})" sector=civilians person
girls                   | name="Civilians ({country})" sector=civilians person
boy                     | name="Civilians ({country})" sector=civilians person
boys                    | name="Civilians ({country})" sector=civilians person
child                   | name="Civilians ({country})" sector=civilians person
teacher                 | name="Civilians ({country})" sector=civilians person
teachers                | name="Civilians ({country})" sector=civilians person
family                  | name="Civilians ({country})" sector=civilians person
families                | name="Civilians ({country})" sector=civilians person
# people by their work or station, who protest and are harmed as civilians
nurses                  | name="Civilians ({country})" sector=civilians person
nurse                   | name="Civilians ({country})" sector=civilians person
doctors                 | name="Civilians ({country})" sector=civilians person
doctor                  | name="Civilians ({country})" sector=civilians person
lecturers               | name="Civilians ({country})" sector=civilians person
hawkers                 | name="Civilians ({country})" sector=civilians person
drivers                 | name="Civilians ({country})" sector=civilians person
motorists               | name="Civilians ({country})" sector=civilians person
miners                  | name="Civilians ({country})" sector=civilians person
pensioners              | name="Civilians ({country})" sector=civilians person
retirees                | name="Civilians ({country})" sector=civilians person
parents                 | name="Civilians ({country})" sector=civilians person
employees               | name="Civilians ({country})" sector=civilians person
lawyers                 | name="Civilians ({country})" sector=civilians person
labourers               | name="Civilians ({country})" sector=civilians person
laborers                | name="Civilians ({country})" sector=civilians person
labourer                | name="Civilians ({country})" sector=civilians person
laborer                 | name="Civilians ({country})" sector=civilians person
entrepreneurs           | name="Civilians ({country})" sector=civilians person
merchants               | name="Civilians ({country})" sector=civilians person
artisans                | name="Civilians ({country})" sector=civilians person
health workers          | name="Civilians ({country})" sector=civilians person
pupil                   | name="Students ({country})" sector=civilians person
pupils                  | name="Students ({country})" sector=civilians person
trader                  | name="Civilians ({country})" sector=civilians person
businessman             | name="Civilians ({country})" sector=civilians person
businessmen             | name="Civilians ({country})" sector=civilians person
farmer                  | name="Civilians ({country})" sector=civilians person
herdsman                | name="Civilians ({country})" sector=civilians person
shepherd                | name="Civilians ({country})" sector=civilians person
shepherds               | name="Civilians ({country})" sector=civilians person communal
herdsmen                | name="Civilians ({country})" sector=civilians person communal
pastoralists            | name="Civilians ({country})" sector=civilians person communal
pedestrian              | name="Civilians ({country})" sector=civilians person
passenger               | name="Civilians ({country})" sector=civilians person
passengers              | name="Civilians ({country})" sector=civilians person
motorist                | name="Civilians ({country})" sector=civilians person
motorcyclist            | name="Civilians ({country})" sector=civilians person
pastor                  | name="Civilians ({country})" sector=civilians person
priest                  | name="Civilians ({country})" sector=civilians person
resident                | name="Civilians ({country})" sector=civilians person
worker                  | name="Civilians ({country})" sector=civilians person
shopkeeper              | name="Civilians ({country})" sector=civilians person
fisherman               | name="Civilians ({country})" sector=civilians person
fishermen               | name="Civilians ({country})" sector=civilians person
rider                   | name="Civilians ({country})" sector=civilians person
official                | name="Government of {country}" sector=government person
# local office holders and clergy, often the victims named
chief                   | name="Government of {country}" sector=government person
assistant chief         | name="Government of {country}" sector=government person
chiefs                  | name="Government of {country}" sector=government person
mp                      | name="Government of {country}" sector=government person
mca                     | name="Government of {country}" sector=government person
mps                     | name="Government of {country}" sector=government person
mcas                    | name="Government of {country}" sector=government person
councillors             | name="Government of {country}" sector=government person
councillor              | name="Government of {country}" sector=government person
mla                     | name="Government of {country}" sector=government person
mlas                    | name="Government of {country}" sector=government person
legislator              | name="Government of {country}" sector=government person
legislators             | name="Government of {country}" sector=government person
lawmaker                | name="Government of {country}" sector=government person
lawmakers               | name="Government of {country}" sector=government person
senator                 | name="Government of {country}" sector=government person
senators                | name="Government of {country}" sector=government person
mayor                   | name="Government of {country}" sector=government person
mayors                  | name="Government of {country}" sector=government person
councilor               | name="Government of {country}" sector=government person
politician              | name="Civilians ({country})" sector=civilians person targeted
cleric                  | name="Civilians ({country})" sector=civilians person
imam                    | name="Civilians ({country})" sector=civilians person
sheikh                  | name="Civilians ({country})" sector=civilians person
reservist               | name="Police Forces of {country}" sector=police armed person
reservists              | name="Police Forces of {country}" sector=police armed person
eyewitnesses            | name="Witnesses ({country})" sector=civilians person source=witness
