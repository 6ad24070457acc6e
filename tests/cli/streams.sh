#!/bin/sh
# stdin and '-' read one document; output is deterministic (same input, same
# bytes); record ids depend on the document id; --help answers on stdout.
set -u
S=${SITREP:-build/sitrep}
fail() { echo "FAIL: $*"; exit 1; }
# has JSONL PREDICATE: some record of the JSON lines satisfies the jq predicate
has() { printf '%s\n' "$1" | jq -s -e "any(.[]; $2)" > /dev/null; }
text='Turkish jets bombed PKK positions in northern Iraq on Tuesday, the Defence Ministry said.'
a=$(echo "$text" | "$S" code --quiet --date 2021-06-08) || fail "stdin exit"
b=$(echo "$text" | "$S" code --quiet --date 2021-06-08 -) || fail "- exit"
[ "$a" = "$b" ] || fail "stdin and - differ"
has "$a" '.kind=="doc" and (.id == "stdin")' || fail "stdin id"
has "$a" '.kind=="event" and (.type.acled_sub == "Air/drone strike" and .location.country == "IRQ" and .actor1.country == "TUR")' || fail "stdin event: $a"
j1=$(printf '{"id":"x1","text":"%s","date":"2021-06-08"}\n' "$text" | "$S" code --quiet --jsonl | jq -r 'select(.kind=="event") | .id')
j2=$(printf '{"id":"x1","text":"%s","date":"2021-06-08"}\n' "$text" | "$S" code --quiet --jsonl | jq -r 'select(.kind=="event") | .id')
j3=$(printf '{"id":"x2","text":"%s","date":"2021-06-08"}\n' "$text" | "$S" code --quiet --jsonl | jq -r 'select(.kind=="event") | .id')
[ -n "$j1" ] && [ "$j1" = "$j2" ] || fail "ids not deterministic: $j1 / $j2"
[ "$j1" != "$j3" ] || fail "ids ignore the document id"
"$S" --help | grep -q "usage: sitrep" || fail "sitrep --help"
"$S" code --help | grep -q "usage: sitrep code" || fail "sitrep code --help"
"$S" --version | grep -q "^sitrep " || fail "--version"
echo ok
