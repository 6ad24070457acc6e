#!/bin/sh
# The rest of the bad-input catalogue (docs/reliability.md; bad_inputs.sh has empty,
# binary, invalid UTF-8, missing files, truncated JSON, 12 MB and 100 MB lines): each
# input gives its documented result, and every input record gives at least one output
# record.
set -u
S=${SITREP:-build/sitrep}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
has() { printf '%s\n' "$1" | jq -s -e "any(.[]; $2)" > /dev/null; }
command -v jq > /dev/null || { echo "jq is not installed"; exit 77; }
code() { "$S" code --quiet --date 2020-05-05 "$@"; }

# overlong UTF-8 (C0 AF for '/'): repaired as '?', warned with its offset, coded
printf 'Police arrested 3 men in Nairobi \300\257 on Monday.\n' > "$T/overlong.txt"
out=$(code "$T/overlong.txt") || fail "overlong: exit $?"
has "$out" '.kind=="doc" and .sentences==1 and .warnings[0].offset==33 and (.warnings[0].reason|test("overlong"))' ||
    fail "overlong: $out"
has "$out" '.kind=="event" and .type.acled_sub=="Arrests" and .location.name=="Nairobi"' || fail "overlong not coded"

# a NUL byte inside a word: repaired as '?', warned, coded
printf 'Police arrested 3 men\000 in Nairobi on Monday.\n' > "$T/nul.txt"
out=$(code "$T/nul.txt") || fail "nul: exit $?"
has "$out" '.kind=="doc" and .warnings[0].offset==21 and (.warnings[0].reason|test("NUL"))' || fail "nul: $out"
has "$out" '.kind=="event" and .type.acled_sub=="Arrests"' || fail "nul not coded"

# a byte-order mark: ignored, offsets still count it (the sentence starts at byte 3)
printf '\357\273\277Police arrested 3 men in Nairobi on Monday.\n' > "$T/bom.txt"
out=$(code "$T/bom.txt") || fail "bom: exit $?"
has "$out" '.kind=="doc" and .warnings==[]' || fail "bom warned: $out"
has "$out" '.kind=="event" and .type.acled_sub=="Arrests" and (.evidence[0].text|startswith("Police"))' || fail "bom: $out"

# CRLF line ends: two paragraphs, no '\r' in any evidence sentence
printf 'Police arrested 3 men in Nairobi on Monday.\r\nGunmen killed 2 people in Lamu.\r\n' > "$T/crlf.txt"
out=$(code "$T/crlf.txt") || fail "crlf: exit $?"
has "$out" '.kind=="doc" and .paragraphs==2' || fail "crlf paragraphs: $out"
printf '%s\n' "$out" | jq -s -e 'all(.[] | select(.kind=="event") | .evidence[].text; test("\r") | not) and
    ([.[] | select(.kind=="event")] | length) == 2' > /dev/null || fail "crlf events: $out"

# deeply nested JSON on a JSONL line: an error record with line and offset; the next line coded
{ awk 'BEGIN { for (i = 0; i < 100000; i++) printf "["; print "" }'
  echo '{"id":"next","text":"Police arrested 3 men in Nairobi.","date":"2020-05-05"}'; } > "$T/nest.jsonl"
out=$("$S" code --quiet --jsonl "$T/nest.jsonl"); rc=$?
[ $rc -eq 1 ] || fail "nested: exit $rc"
has "$out" '.kind=="error" and .record==1 and .offset >= 0 and (.reason|test("nested|JSON"))' || fail "nested: $out"
has "$out" '.kind=="doc" and .id=="next"' || fail "nested: next line not coded"

# right-to-left and mixed scripts: Arabic and Hebrew around English; offsets are bytes
printf 'الشرطة اعتقلت ثلاثة رجال. Police arrested 3 men in Nairobi on Monday. המשטרה עצרה\n' > "$T/rtl.txt"
out=$(code "$T/rtl.txt") || fail "rtl: exit $?"
start=$(printf '%s\n' "$out" | jq -r 'select(.kind=="event") | .evidence[0].start')
[ "$(tail -c +$((start + 1)) "$T/rtl.txt" | head -c 6)" = "Police" ] || fail "rtl: evidence offset $start"

# emoji, flags, ZWJ sequences: inside a sentence, no split, coded
printf 'Police arrested 3 men in Nairobi \360\237\207\260\360\237\207\252\360\237\221\256\342\200\215\342\231\202\357\270\217 on Monday. \360\237\207\271\360\237\207\267\n' > "$T/emoji.txt"
out=$(code "$T/emoji.txt") || fail "emoji: exit $?"
has "$out" '.kind=="event" and .type.acled_sub=="Arrests" and (.evidence[0].text|test("on Monday"))' || fail "emoji: $out"

# a 10,000-sentence document: every sentence counted, its events coded
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "Police arrested %d men in Nairobi on Monday. ", i % 50 + 1; print "" }' > "$T/long.txt"
out=$(code "$T/long.txt") || fail "10,000 sentences: exit $?"
has "$out" '.kind=="doc" and .sentences==10000' || fail "10,000 sentences: $(printf '%s\n' "$out" | head -c 400)"
has "$out" '.kind=="event" and .type.acled_sub=="Arrests" and .mentions==10000' || fail "10,000 sentences: not merged"

# 1,000,000 tiny records: one doc record each, in order, exit 0, memory flat
awk 'BEGIN { for (i = 0; i < 1000000; i++) printf "{\"id\":\"t%d\",\"text\":\"ok\"}\n", i }' > "$T/tiny.jsonl"
"$S" code --quiet --jsonl --threads 2 "$T/tiny.jsonl" > "$T/tiny.out"; rc=$?
[ $rc -eq 0 ] || fail "1,000,000 records: exit $rc"
[ "$(grep -c '"kind":"doc"' "$T/tiny.out")" -eq 1000000 ] || fail "1,000,000 records: $(wc -l < "$T/tiny.out") records"
[ "$(tail -n 1 "$T/tiny.out" | jq -r .id)" = "t999999" ] || fail "1,000,000 records: the last is not last"
echo ok
