#!/bin/sh
# sitrep places with the GeoNames gazetteer: the founding example's places
# resolve, names inside actors and organisations give none, and common words
# and people are not towns, and a far namesake known by another spelling, or a
# small town abroad, is no event place, nor is a name inside a date or a people's
# adjective ("Somali refugees"), nor a small town abroad found by another of its names
# when the document names no place with confidence; "In" after a colon starts no name; a
# known name that only begins an unknown one gives way to the container after the comma, and
# a place before an institution's people is where they act; a direction word that a name
# goes on from ("Northern Bahr el Ghazal") begins that name; an article opening a name
# ("As Suwayda", "El Paso") is found; a place's own name beats another's alternate, and
# a word said twice ("Boda boda") is no town.  Skips (77) when the gazetteer is not built.
set -u
S=${SITREP:-build/sitrep}
G=${SITREP_TEST_GAZETTEER:-}
[ -n "$G" ] && [ -f "$G" ] || { echo "gazetteer not built (make gazetteer)"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
has() { printf '%s\n' "$1" | jq -s -e "any(.[]; $2)" > /dev/null; }
none() { printf '%s\n' "$1" | jq -s -e "all(.[]; ($2) | not)" > /dev/null; }
places() { printf '%s\n' "$1" | SITREP_GAZETTEER="$G" "$S" places --quiet; }
code() { printf '%s\n' "$1" | SITREP_GAZETTEER="$G" "$S" code --jsonl --quiet; } # one JSONL document

out=$(places "Rockets fired from the Tell Rifaat area in Aleppo Governorate fell in the province of Kilis, the Turkish Defence Ministry said, Sputnik Türkiye reported. Idlib is held by rebels.")
has "$out" '.kind=="place" and .text=="Tell Rifaat" and .country=="SYR" and .admin1=="Aleppo"' || fail "Tell Rifaat: $out"
has "$out" '.kind=="place" and .text=="Aleppo Governorate" and .country=="SYR" and .feature=="admin1"' || fail "Aleppo Governorate"
has "$out" '.kind=="place" and .text=="Kilis" and .country=="TUR" and (.lat - 36.72 | fabs) < 0.3' || fail "Kilis"
has "$out" '.kind=="place" and .text=="Idlib" and .country=="SYR"' || fail "Idlib"
none "$out" '.kind=="place" and (.text | test("Turkish|Defence|Sputnik|Türkiye"))' || fail "a place inside an actor: $out"

# Turkish spellings and case suffixes
out=$(places "Suriye'den atılan roketler Kilis'e düştü. Halep ve Tel Rıfat'ta çatışma var.")
has "$out" '.kind=="place" and .text=="Kilis" and .country=="TUR"' || fail "Kilis'e"
has "$out" '.kind=="place" and .text=="Suriye" and .country=="SYR"' || fail "Suriye'den"
has "$out" '.kind=="place" and .text=="Halep" and .country=="SYR"' || fail "Halep"

# common words and people are not towns without a place's context
out=$(places "Reading the report, He said Mobile phones were banned. David Clark said so, and Clark added that Lincoln Brown agreed.")
none "$out" '.kind=="place" and .feature=="place"' || fail "a word or a person as a town: $out"
# an English word that is only another name of a place is the word, however notable the place
out=$(places "Ten people were killed in Mandera.")
none "$out" '.kind=="place" and .country=="USA"' || fail "Ten as Tennessee: $out"
out=$(places "The fire spread from Reading to the outskirts of Mobile, Alabama.")
has "$out" '.kind=="place" and .text=="Reading"' || fail "in Reading"
has "$out" '.kind=="place" and .text=="Mobile" and .country=="USA"' || fail "Mobile, Alabama"

# a town abroad known only by another of its spellings, far from the places the document names
# with confidence, is a village the gazetteer lacks: the event stays in Accra (Nima is no Nîmes)
out=$(code '{"id":"n","text":"A civil society group demonstrated in the Nima community of Accra (Accra, Greater Accra) and demanded water."}')
has "$out" '.kind=="event" and .location.country=="GHA"' || fail "Nima read abroad: $out"
none "$out" '.kind=="event" and .location.country=="FRA"' || fail "Nima as Nîmes: $out"

# ... and so is a small town abroad by its own name, when a county of another country is named:
# Bar, Montenegro is no village in Kakamega County
out=$(code '{"id":"b","text":"Armed men burned houses at Bar Achieng village in Kakamega County, Kenya."}')
has "$out" '.kind=="event" and .location.country=="KEN"' || fail "Bar read abroad: $out"
none "$out" '.kind=="event" and .location.country=="MNE"' || fail "Bar as Bar, Montenegro: $out"

# a known name that only begins a name the gazetteer lacks ("Lagh" of "Lagh Kutulo") is no
# place of its own: the container after the comma stands in for the whole name
out=$(code '{"id":"l","text":"An IED exploded near a military patrol in Lagh Kutulo, Wajir."}')
has "$out" '.kind=="event" and .location.name=="Wajir"' || fail "Lagh Kutulo, Wajir: $out"
# … and so does a division in brackets after a name we cannot place, near it (precision 2)
out=$(code '{"id":"k","text":"Suspected Fulani militias attacked Karakai (Bungudu LGA, Zamfara) to rustle cows."}')
has "$out" '.kind=="event" and .location.name=="Zamfara State" and .location.precision >= 2' || fail "Karakai (Bungudu LGA, Zamfara): $out"
# … and so does the place of an unknown name's area ("in Chowni area of Gardez district")
out=$(code '{"id":"c","text":"Afghan security forces shot and injured 1 civilian, in Chowni area of Gardez district, Paktia."}')
has "$out" '.kind=="event" and .location.name=="Gardez" and .location.precision >= 2' || fail "Chowni area of Gardez: $out"
# … and a place that heads the sentence after its date, set off by a comma
out=$(code '{"id":"o","text":"On 5 May 2020, Barinas, Barinas state, residents burned tires to reject power cuts."}')
has "$out" '.kind=="event" and .location.name=="Barinas"' || fail "On 5 May 2020, Barinas, …: $out"
# … and the events of one sentence share the one place it gives
out=$(code '{"id":"a","text":"NDS forces attacked a joint Islamic State centre, killing 5 IS militants and arresting 8, in Kochkin village of Shakardara district, Kabul."}')
has "$out" '.kind=="event" and .type.key=="armed_clash" and .location.country=="AFG"' || fail "the clash placed with the arrests: $out"
# … and a place that names the doers, right before them ("Kisumu sugar cane farmers")
out=$(code '{"id":"f","text":"Kisumu sugar cane farmers protested against the lack of representation."}')
has "$out" '.kind=="event" and .location.name=="Kisumu"' || fail "Kisumu sugar cane farmers: $out"
# … and a place in the country the sentence names as where it happened is where it happened
out=$(code '{"id":"w","text":"Mombasa women protested over the inequality of women and men in Kenya."}')
has "$out" '.kind=="event" and .location.name=="Mombasa"' || fail "Mombasa women … in Kenya: $out"
# … and Kenya's sub-counties are place nouns of unknown names before their county
out=$(code '{"id":"g","text":"Militiamen killed a farmer in Balambala sub-county, Garissa county."}')
has "$out" '.kind=="event" and .location.name=="Garissa"' || fail "Balambala sub-county, Garissa county: $out"
# … and a department is a first-level division: Cartagena, Bolivar department is in Colombia
out=$(places "On 4 May 2020, in Cartagena, Bolivar department, 13 people were arrested.")
has "$out" '.kind=="place" and .text=="Cartagena" and .country=="COL"' || fail "Cartagena, Bolivar department: $out"
# … and so do Embu's students stand where Embu is
out=$(code '{"id":"e","text":"Embu University students staged a protest over fees."}')
has "$out" '.kind=="event" and .location.name=="Embu"' || fail "Embu University students: $out"

# a name inside a date is the date's: "Jul" is no Suhl (one of its GeoNames names)
out=$(code '{"id":"j","text":"On Jul 23rd, residents of Kisumu held a demonstration.","date":"2019-08-01"}')
has "$out" '.kind=="event" and .location.name=="Kisumu" and .date=="2019-07-23"' || fail "Jul 23rd: $out"

# a people's adjective that GeoNames also lists as a name of its country is no place of the
# event: the refugees killed at Kakuma are Somali, the killing is not in Somalia
out=$(code '{"id":"s","text":"Bandits attacked Kakuma refugee camp. In the process two Somali refugees were killed."}')
has "$out" '.kind=="event" and .location.name=="Kakuma" and .fatalities==2' || fail "Kakuma: $out"
none "$out" '.kind=="event" and .location.country=="SOM"' || fail "Somali refugees as Somalia: $out"

# with no place named with confidence, a small town abroad known only by another of its
# names is no place at all: "Kibaki" the president is no Kybaky, Ukraine
out=$(code '{"id":"k","text":"Riots broke out when Kibaki named new cabinet ministers."}')
has "$out" '.kind=="event"' || fail "Kibaki riots: no event: $out"
none "$out" '.kind=="event" and .location.country=="UKR"' || fail "Kibaki as Kybaky: $out"

# a people's adjective that is also a town's name is the adjective: "(Canadian)" is no Canadian, Texas
out=$(code '{"id":"a","text":"Gunmen kidnapped an aid worker (Canadian) after she left her office."}')
has "$out" '.kind=="event"' || fail "kidnapped (Canadian): no event: $out"
none "$out" '.kind=="event" and .location != null' || fail "Canadian as a town: $out"

# an agent with no country of its own takes none from a name read as no place: "Zhari district,
# Kandahar" is no Żary, Poland, so the policemen are Afghanistan's
out=$(code '{"id":"z","text":"A local policeman turned on his colleagues, killing 4 policemen in Zhari district, Kandahar."}')
has "$out" '.kind=="event" and .actor1.country=="AFG"' || fail "policeman of Zhari: $out"

# ... nor from a name read as no place inside the actor: "Boda boda riders" are no Norwegians
out=$(code '{"id":"r","text":"Boda boda riders protested a tax increase in Mumias."}')
has "$out" '.kind=="event" and .actor1.country=="KEN"' || fail "Boda boda riders: $out"

# ... nor, with no other place named, does such a reading vote for its country: "Boda" (of "Boda
# boda") is no Bodø, "Omar" no ‘Omer, Israel, so the police are no Norway's or Israel's
out=$(code '{"id":"b","text":"After a Boda boda rider was gunned down by a police officer, his colleagues protested the shooting."}')
none "$out" '(.kind=="event" and ((.actor1.country // "") == "NOR" or (.actor2.country // "") == "NOR" or (.location.country // "") == "NOR"))' ||
    fail "Boda boda rider alone: $out"
out=$(code '{"id":"o","text":"Police shot dead Al Shabaab member Omar."}')
none "$out" '(.kind=="event" and ((.actor1.country // "") == "ISR" or (.location.country // "") == "ISR"))' ||
    fail "member Omar: $out"

# another spelling is another name: "Tugen" (a people) is no Tuggen, Switzerland, though the two
# share a gazetteer key
out=$(code '{"id":"g","text":"Pokot and Tugen herders clashed over grazing land."}')
has "$out" '.kind=="event"' || fail "Tugen herders: no event: $out"
none "$out" '.kind=="event" and (.location.country=="CHE" or .actor1.country=="CHE")' || fail "Tugen as Tuggen: $out"

# "X, Y" where Y is a town and also its province names the province: no Bambo lies in Mandera
# county, so the attack is in Mandera, not in Bamboo, Jamaica
out=$(code '{"id":"m","text":"Gunmen attacked herders in Bambo, Mandera."}')
has "$out" '.kind=="event" and .location.country=="KEN"' || fail "Bambo, Mandera: $out"

# an article opening a longer name the gazetteer lacks is no place by itself: "Al Jabes street"
# is in Tripoli, not in Ål, Norway
out=$(code '{"id":"al","text":"Indiscriminate shells fell in Al Jabes street in Janzur, Tripoli."}')
none "$out" '.kind=="event" and .location.country=="NOR"' || fail "Al as Ål: $out"

# a province in brackets after a town corrects a reading abroad: "Dunda (Uttarakhand)" is no
# Dunda, Tanzania (the province stands in) ...
out=$(code '{"id":"d","text":"Women staged a protest in Dunda (Uttarakhand) against the opening of liquor shops."}')
has "$out" '.kind=="event" and .location.country=="IND"' || fail "Dunda (Uttarakhand): $out"
# ... but does not move a town of its own country ("Bathinda (Punjab)": Punjab is also Pakistan's)
out=$(code '{"id":"p","text":"Health workers staged a protest in Bathinda city (Punjab) demanding regular jobs."}')
has "$out" '.kind=="event" and .location.name=="Bathinda"' || fail "Bathinda (Punjab): $out"

# a name that goes on past a particle ("Santa Cruz de Asia") is not the shorter place it starts
# with (Santa Cruz de la Sierra, Bolivia)
out=$(code '{"id":"sc","text":"On 30 April 2020, in Santa Cruz de Asia, Lima, a group of neighbors staged a demonstration."}')
none "$out" '.kind=="event" and .location.country=="BOL"' || fail "Santa Cruz de Asia: $out"

# a colon opens a clause as a sentence does: "In" after it does not start a name
out=$(code '{"id":"c","text":"23 January: In Kajiado, students protested against fees.","date":"2019-03-04"}')
has "$out" '.kind=="event" and .location.name=="Kajiado"' || fail "In Kajiado after a colon: $out"

# an article word opening a name of several words keys as "al", as the gazetteer keys it
out=$(places "Shelling hit As Suwayda and Ar Raqqah; the family later moved to El Paso and then to Ann Arbor.")
has "$out" '.kind=="place" and .text=="As Suwayda" and .country=="SYR"' || fail "As Suwayda: $out"
has "$out" '.kind=="place" and .text=="Ar Raqqah" and .country=="SYR"' || fail "Ar Raqqah: $out"
has "$out" '.kind=="place" and .text=="El Paso" and .country=="USA"' || fail "El Paso: $out"
has "$out" '.kind=="place" and .text=="Ann Arbor" and .country=="USA"' || fail "Ann Arbor: $out"

# a town the name is the own name of comes before a city that GeoNames also calls so
# (Taguig is "Santa Ana" among its alternate names); a word said twice is a word ("Boda boda")
out=$(places "A man was shot in Santa Ana on Monday.")
has "$out" '.kind=="place" and .text=="Santa Ana" and .name=="Santa Ana"' || fail "Santa Ana by its own name: $out"
out=$(places "Boda boda operators protested in Kisumu.")
none "$out" '.kind=="place" and .text=="Boda"' || fail "Boda of Boda boda: $out"

# a surname after a middle initial is the person's wherever the document names them alone
out=$(places "Officer Eggers shot Tyrise M. Bell near the station. The fight between Bell and Eggers ended there.")
none "$out" '.kind=="place" and .text=="Bell"' || fail "Bell, a surname: $out"

# a country named before another country is one of a list, not a town in the second
out=$(places "Health officials in Mexico, China, Japan and Brazil reported cases.")
has "$out" '.kind=="place" and .text=="China" and .country=="CHN"' || fail "China of a list of countries: $out"

# towns near the story's places do not take a country's own name ("Egypt", Alabama)
out=$(places "The girl flew from Atlanta, Georgia to Wichita, Kansas, then on to Birmingham, Alabama. Doctors in Egypt were told.")
has "$out" '.kind=="place" and .text=="Egypt" and .country=="EGY"' || fail "Egypt near Alabama: $out"
has "$out" '.kind=="place" and .text=="Georgia" and .country=="USA"' || fail "Georgia of Atlanta: $out"

# a continent is the continent, not the town GeoNames also calls so (Mahdia, "Africa"; Asia, Philippines)
out=$(places "Cases were found in Africa and Asia and in Europe.")
has "$out" '.kind=="place" and .text=="Africa" and .feature=="region"' || fail "Africa: $out"
has "$out" '.kind=="place" and .text=="Asia" and .feature=="region"' || fail "Asia: $out"

# an unknown name after "in the" stands before the place after the comma ("in Watamu, Kilifi")
out=$(code '{"id":"h","text":"Nurses staged a protest in the Civil Hospital, Ludhiana, demanding masks.","date":"2020-05-01"}')
has "$out" '.kind=="event" and .location.country=="IND"' || fail "in the Civil Hospital, Ludhiana: $out"

# a province in brackets is the one of the town's country when the town has no reading in the other's
out=$(places "Nurses protested in Ludhiana (Punjab) on Monday.")
has "$out" '.kind=="place" and .text=="Punjab" and .country=="IND"' || fail "Punjab of Ludhiana: $out"

# a city's zone, a regency, a sub-district name the place they are of or in
out=$(code '{"id":"z","text":"On 8 May 2020, in the North Zone of Rio de Janeiro, Rio de Janeiro, police carried out an operation. Two men were killed.","date":"2020-05-08"}')
has "$out" '.kind=="event" and .location.name=="Rio de Janeiro"' || fail "North Zone of Rio de Janeiro: $out"

# a street named after a town is in another town ("on Murree road in Rawalpindi"), but "a
# busy Nairobi street" is Nairobi's
out=$(code '{"id":"m","text":"On 9 May 2020, journalists held a protest outside the Geo office on Murree road in Rawalpindi city.","date":"2020-05-09"}')
has "$out" '.kind=="event" and .location.name=="Rawalpindi"' || fail "Murree road in Rawalpindi: $out"
out=$(code '{"id":"n","text":"Police shot three men on a busy Nairobi street.","date":"2020-05-09"}')
has "$out" '.kind=="event" and .location.name=="Nairobi"' || fail "a Nairobi street: $out"

# "Northeast", like "North", is a direction: alone a region of the story, before a name its part
out=$(places "The jobless rate for wider Northeast Georgia rose. Storms hit the Southeast on Monday.")
has "$out" '.kind=="place" and .text=="Georgia"' || fail "Georgia of Northeast Georgia: $out"
none "$out" '.kind=="place" and (.text=="Northeast" or .text=="Southeast")' || fail "Northeast as a place: $out"

# a direction word that a capitalised name goes on from begins that name, not its own region
out=$(places "Cattle raiders killed four herders in Northern Bahr el Ghazal state.")
none "$out" '.kind=="place" and .text=="Northern"' || fail "Northern of Northern Bahr el Ghazal: $out"
out=$(places "Troops were deployed to the Northern Region of Ghana and to Central Equatoria.")
has "$out" '.kind=="place" and .text=="Central Equatoria" and .country=="SSD"' || fail "Central Equatoria: $out"
echo ok
