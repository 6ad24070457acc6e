#!/bin/sh
# `sitrep classify --labels case2021` on the five CASE 2021 types ACLED does
# not code (data/lexicon/en/security.lex): natural and man-made disasters,
# organised crime, claims of responsibility, diplomacy, in English and
# Turkish (data/lexicon/tr/security.lex).  Sentences written for
# this test.  Then: with ACLED labels the disasters and crimes say NONE, and a
# disaster or crime word is the background of an attack told beside it, not
# its event.
set -u
S=${SITREP:-build/sitrep}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# id<TAB>text, expected label in the id
cat > "$T/in.tsv" <<'TSV'
NATURAL_DISASTER	A strong earthquake shook the eastern provinces on Tuesday.
NATURAL_DISASTER	Floods swept away hundreds of homes along the river.
NATURAL_DISASTER	Health officials confirmed an outbreak of cholera in the camp.
NATURAL_DISASTER	A wildfire forced thousands to leave their villages.
NATURAL_DISASTER	Three more people have died of swine flu in the capital, bringing the toll to nine.
MAN_MADE_DISASTER	Fourteen people died when their bus collided with a lorry near Nakuru.
MAN_MADE_DISASTER	A gas leak at the fertiliser plant sent forty workers to hospital.
MAN_MADE_DISASTER	The ferry capsized on the lake with eighty passengers on board.
ORG_CRIME	Customs officers said the gang had smuggled cigarettes across the border for years.
ORG_CRIME	Two county officials embezzled funds meant for schools.
ORG_CRIME	A ransomware attack shut down the hospital's computers.
ATTRIB	The Islamic State group claimed responsibility for the bombing.
ATTRIB	The rebel movement denied any involvement in the ambush.
DIPLO	The foreign ministry condemned the attack on the embassy.
ATTACK	Gunmen attacked flood victims at a camp in Garissa.
VIOL_DEMONSTR	Protesters flooded the streets and burned tyres in Kisumu.
ATTACK	Gunmen stormed the camp demanding money from refugees.
NATURAL_DISASTER	Malatya'da 5,2 büyüklüğünde deprem meydana geldi.
MAN_MADE_DISASTER	Konya'da yolcu otobüsü ile kamyon çarpıştı.
ATTRIB	Saldırıyı terör örgütü üstlendi.
ORG_CRIME	Gümrükte sigara kaçakçılığı yapan çete çökertildi.
MAN_MADE_DISASTER	Depoda çıkan yangında iki işçi yaralandı.
ORG_CRIME	Limanda bir konteynerde 50 kilo kokain bulundu.
DIPLO	Dışişleri Bakanlığı, köye yönelik saldırıyı kınadı.
DIPLO	Hollanda, Ankara'daki büyükelçisini geri çağırdı.
DIPLO	AB, sınırdaki çatışmalardan endişe duyduğunu bildirdi.
NATURAL_DISASTER	Two herders were killed when lightning struck their camp near Marsabit.
NATURAL_DISASTER	The river burst its banks overnight and cut the road to the district headquarters.
NATURAL_DISASTER	A cold wave has killed eleven people sleeping rough in the capital.
MAN_MADE_DISASTER	A blaze swept through the timber market, destroying more than a hundred stalls.
MAN_MADE_DISASTER	Six workers died after a boiler exploded at the brewery.
MAN_MADE_DISASTER	A fuel tanker explosion on the highway killed at least forty people.
MAN_MADE_DISASTER	Eight people died when their boat capsized on the lake.
ORG_CRIME	The county treasurer was accused of embezzling funds meant for a hospital.
ORG_CRIME	A former minister was convicted of money laundering on Monday.
ORG_CRIME	Investigators said the heroin had been hidden in a shipment of fruit.
DIPLO	Ghana summoned the Nigerian ambassador over the demolition of its embassy buildings.
DIPLO	Britain closed its embassy in the capital as the fighting spread.
DIPLO	The regional bloc expressed deep concern at the escalation and called for talks.
ATTRIB	Police said a criminal gang was behind the kidnapping of the engineers.
ATTRIB	The army attributed the explosion to rebels operating from across the border.
ATTRIB	The president held the opposition responsible for the unrest.
REM_EXPLOS	A roadside bomb killed three soldiers on the road to Mandera. The militant group denied involvement.
ATTRIB	The separatists denied they were behind the raid that killed four policemen.
ATTRIB	The faction rejected allegations that its fighters had burned the village.
ATTRIB	In an online statement the movement said it carried out the ambush.
ATTRIB	No group has yet claimed the attack on the convoy.
MAN_MADE_DISASTER	A bridge collapsed under a loaded truck, sending it into the river.
ORG_CRIME	The hackers demanded a ransom to unlock the hospital's records.
NATURAL_DISASTER	The Ebola outbreak has reached a second district.
NATURAL_DISASTER	Officials moved fishing families inland ahead of the cyclone.
NATURAL_DISASTER	The agency appealed for funds to feed drought victims in the north.
NATURAL_DISASTER	The cabinet declared a state of emergency after the earthquake.
MAN_MADE_DISASTER	Eleven miners were trapped underground after a shaft collapsed.
MAN_MADE_DISASTER	A fire at a chemical warehouse near the docks burned through the night.
MAN_MADE_DISASTER	Forty villagers fell ill after drinking contaminated water from a well.
ATTRIB	A spokesman for the rebels claimed the attack on the border post.
ATTRIB	The movement said that its fighters had carried out the ambush.
ATTRIB	The ministry denied that its officers had beaten the detainees.
MAN_MADE_DISASTER	Nine men died after drinking illicit brew at a bar in the village.
ATTRIB	The group has not claimed the attack on the convoy.
ATTRIB	Terör örgütü saldırının sorumluluğunu üstlenmedi.
MAN_MADE_DISASTER	Maden ocağında meydana gelen patlamada 12 işçi yaralandı.
MAN_MADE_DISASTER	Ankara'da bir binanın çökmesi sonucu 3 kişi enkaz altında kaldı.
ORG_CRIME	A former county official was jailed for six years for embezzling relief funds.
ATTRIB	The rebels denied carrying out the ambush on the convoy.
ATTRIB	The movement rejected claims that its men burned the market.
TSV
"$S" classify --labels case2021 < "$T/in.tsv" > "$T/out.tsv" || fail "classify exited $?"
[ "$(wc -l < "$T/out.tsv")" -eq "$(wc -l < "$T/in.tsv")" ] || fail "not one line out per line in"
bad=$(awk -F'\t' '$1 != $2' "$T/out.tsv")
if [ -n "$bad" ]; then
    paste "$T/out.tsv" "$T/in.tsv" | awk -F'\t' '$1 != $2 { print "  want " $1 ", got " $2 ": " $4 }'
    fail "case2021 labels differ"
fi

# ACLED's codebook has no disasters and no crime: NONE, not a guess among its 25
# (a claim of responsibility still tells the bombing it claims)
grep -E '^(NATURAL_DISASTER|MAN_MADE_DISASTER|ORG_CRIME)' "$T/in.tsv" | "$S" classify --labels acled > "$T/acled.tsv" ||
    fail "classify --labels acled exited $?"
awk -F'\t' '$2 != "NONE"' "$T/acled.tsv" | grep . && fail "ACLED labels for events ACLED does not code"
# what thieves take is a crime of gain to CASE 2021 and ACLED's looting still
printf 'ORG_CRIME\t%s\nORG_CRIME\t%s\n' "Robbers broke into the pharmacy and made off with cash and medicines." \
    "Hackers stole the personal records of two million voters." > "$T/theft.tsv"
"$S" classify --labels case2021 < "$T/theft.tsv" | awk -F'\t' '$1 != $2' | grep . && fail "theft is not ORG_CRIME"
"$S" classify --labels acled < "$T/theft.tsv" | awk -F'\t' '$2 != "Looting/property destruction"' | grep . &&
    fail "theft is not ACLED's looting"
# a claim names the attack it claims: to ACLED the report is still the attack, and an attack
# told as news ("claimed an attack in …", indefinite) is the attack to CASE 2021 as well
printf 'a\t%s\nb\t%s\n' "A spokesman for the rebels claimed the attack on the border post." \
    "Militants claimed an attack on an army post in the hills." > "$T/claim.tsv"
[ "$("$S" classify --labels acled < "$T/claim.tsv" | cut -f2 | tr '\n' ' ')" = "Armed clash Armed clash " ] ||
    fail "a claimed attack is not ACLED's attack: $("$S" classify --labels acled < "$T/claim.tsv")"
[ "$("$S" classify --labels case2021 < "$T/claim.tsv" | cut -f2 | tr '\n' ' ')" = "ATTRIB ARMED_CLASH " ] ||
    fail "a claim is not ATTRIB, or an attack told as news is: $("$S" classify --labels case2021 < "$T/claim.tsv")"
# ... and in `sitrep code` the background is no event of its own
printf '%s\n' "Gunmen attacked flood victims at a camp in Garissa." | "$S" code -q > "$T/flood.jsonl" ||
    fail "code exited $?"
n=$(grep -c '"kind":"event"' "$T/flood.jsonl")
[ "$n" -eq 1 ] || fail "expected the attack alone, got $n events: $(cat "$T/flood.jsonl")"
exit 0
