#!/bin/sh
# Acceptance on the founding example (../shared/corpus/kilis-2021-03-18.txt),
# coded with no date given.  Skips (exit 77) when the file is absent.
set -u
S=${SITREP:-build/sitrep}
F=${SITREP_SHARED:-../shared}/corpus/kilis-2021-03-18.txt
[ -f "$F" ] || { echo "founding example not found at $F"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
has() { printf '%s\n' "$1" | jq -s -e "any(.[]; $2)" > /dev/null; }
all() { printf '%s\n' "$1" | jq -s -e "all(.[]; $2)" > /dev/null; }
# with the GeoNames gazetteer when it is built, else the small place table
out=$(SITREP_GAZETTEER="${SITREP_TEST_GAZETTEER:-}" "$S" code --quiet "$F") || fail "exit $?"

# the doc record: date from the text, four posts
has "$out" '.kind=="doc" and .date=="2021-03-18" and (.posts|length)==4' || fail "doc date/posts"
has "$out" '.kind=="doc" and ([.posts[].handle] == ["tcsavunma","sputnik_TR","kara_karga58","Gndgd1905GS"])' || fail "post handles"
has "$out" '.kind=="doc" and all(.posts[]; .date=="2021-03-18") and .posts[0].lang=="tr" and .posts[1].lang=="tr"' || fail "post dates/langs"

# within 25 km of Kilis (36.72 N, 37.12 E)
near_kilis='(((.location.lat - 36.72) * 111) as $dy | ((.location.lon - 37.12) * 89) as $dx | ($dy*$dy + $dx*$dx) < 625)'
# the rocket strike on Kilis
has "$out" ".kind==\"event\" and .type.acled_sub==\"Shelling/artillery/missile attack\" and .date==\"2021-03-18\"
    and .historical==false and .location.country==\"TUR\" and $near_kilis and .origin.country==\"SYR\"
    and .fatalities==0 and .quantity.n==2
    and any(.sources[]; (.name|test(\"Defence|Military Forces of Turkey|Government of Turkey\")))" || fail "the strike on Kilis"
# the Turkish return fire, into Syria
has "$out" '.kind=="event" and .type.acled_sub=="Shelling/artillery/missile attack" and .date=="2021-03-18"
    and .actor1.country=="TUR" and .actor1.sector=="military" and .location.country=="SYR"' || fail "the return fire"
# background: Operation Peace Spring (2019-10) and Russia's deployment (2015)
has "$out" '.kind=="event" and .historical and .date=="2019-10" and .actor1.country=="TUR"' || fail "Peace Spring"
has "$out" '.kind=="event" and .historical and .date=="2015" and .actor1.country=="RUS"' || fail "Russia 2015"
all "$out" '.kind!="event" or .historical or .date=="2021-03-18"' || fail "a non-historical event off the day"
# no event placed where the text names no place: every location name occurs in the text
for name in $(printf '%s\n' "$out" | jq -r 'select(.kind=="event") | .location.text // empty, .origin.text // empty' | sort -u); do
    grep -q "$name" "$F" || fail "place '$name' not in the text"
done
echo ok
