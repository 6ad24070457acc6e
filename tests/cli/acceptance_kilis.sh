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
# Turkish (issue 5): the ministry's post, the eyewitness and the Sputnik follow-up are
# mentions of the same strike, not strikes of their own; the return fire is told in
# Turkish too ("TSK o bölgeyi vuruyor")
has "$out" ".kind==\"event\" and .type.acled_sub==\"Shelling/artillery/missile attack\" and $near_kilis
    and (.langs|index(\"tr\")) != null and any(.sources[]; .handle==\"tcsavunma\")
    and any(.sources[]; .handle==\"sputnik_TR\") and any(.sources[]; .handle==\"kara_karga58\")" ||
    fail "the Turkish posts are mentions of the strike on Kilis"
[ "$(printf '%s\n' "$out" | jq -s "[.[] | select(.kind==\"event\" and .historical==false and .retaliation==false
    and .type.acled==\"Explosions/Remote violence\" and $near_kilis)] | length")" = 1 ] ||
    fail "more than one strike on Kilis: a follow-up was taken for a second attack"
has "$out" '.kind=="event" and .retaliation and .actor1.country=="TUR" and (.langs|index("tr")) != null
    and any(.sources[]; .handle=="Gndgd1905GS")' || fail "the Turkish return fire"
# the ministry's post alone: a Turkish event in Kilis, from Syria, with no one hurt
post=$(sed -n '/^1️⃣/p' "$F")
[ -n "$post" ] || fail "the ministry's post is not in the file"
tr_out=$(printf '%s\n' "$post" | SITREP_GAZETTEER="${SITREP_TEST_GAZETTEER:-}" "$S" code --quiet --date 2021-03-18 -) ||
    fail "post: exit $?"
has "$tr_out" ".kind==\"event\" and .lang==\"tr\" and .type.acled_sub==\"Shelling/artillery/missile attack\"
    and $near_kilis and .origin.country==\"SYR\" and .fatalities==0" || fail "the ministry's post alone"
# background: Operation Peace Spring (2019-10) and Russia's deployment (2015)
has "$out" '.kind=="event" and .historical and .date=="2019-10" and .actor1.country=="TUR"' || fail "Peace Spring"
has "$out" '.kind=="event" and .historical and .date=="2015" and .actor1.country=="RUS"' || fail "Russia 2015"
all "$out" '.kind!="event" or .historical or .date=="2021-03-18"' || fail "a non-historical event off the day"
# no event placed where the text names no place: every location name occurs in the text
for name in $(printf '%s\n' "$out" | jq -r 'select(.kind=="event") | .location.text // empty, .origin.text // empty' | sort -u); do
    grep -q "$name" "$F" || fail "place '$name' not in the text"
done
echo ok
