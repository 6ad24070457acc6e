#!/bin/sh
# The bad-input catalogue of `sitrep code`: each input gives a record naming
# the input and position, the documented exit code, and the good records
# around it are still coded.  Exit codes: 0 all coded, 1 some error records,
# 2 usage, 3 data, 4 I/O.
set -u
S=${SITREP:-build/sitrep}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# has JSONL PREDICATE: some record of the JSON lines satisfies the jq predicate
has() { printf '%s\n' "$1" | jq -s -e "any(.[]; $2)" > /dev/null; }

# empty file: one error record, exit 1
: > "$T/empty.txt"
out=$("$S" code --quiet "$T/empty.txt"); rc=$?
[ $rc -eq 1 ] || fail "empty: exit $rc"
has "$out" '.kind=="error" and (.input == "'"$T"'/empty.txt" and .offset == 0)' || fail "empty: $out"

# binary file: error record with the offset of the first bad byte
printf 'ELF\000\001\002\003\377\376binary' > "$T/bin.dat"
out=$("$S" code --quiet "$T/bin.dat"); rc=$?
[ $rc -eq 1 ] || fail "binary: exit $rc"
has "$out" '.kind=="error" and (.offset == 3 and (.reason | test("binary")))' || fail "binary: $out"

# invalid UTF-8 inside text: repaired, warned with its offset, still coded
printf 'Police arrested 3 men in Nairobi \303\050 on Monday.\n' > "$T/bad.txt"
out=$("$S" code --quiet --date 2020-05-05 "$T/bad.txt"); rc=$?
[ $rc -eq 0 ] || fail "invalid utf-8: exit $rc"
has "$out" '.kind=="doc" and (.warnings[0].offset == 33)' || fail "invalid utf-8 warning: $out"
has "$out" '.kind=="event" and (.type.acled_sub == "Arrests")' || fail "invalid utf-8 not coded: $out"

# a missing file between two good ones: an error record, the others coded
printf 'Rebels attacked a convoy near Goma on Friday.\n' > "$T/good.txt"
out=$("$S" code --quiet --date 2020-05-08 "$T/good.txt" "$T/missing.txt" "$T/good.txt"); rc=$?
[ $rc -eq 1 ] || fail "missing: exit $rc"
[ "$(printf "%s\n" "$out" | jq -r .kind | grep -c doc)" -eq 2 ] || fail "missing: good files not coded"
has "$out" '.kind=="error" and (.input == "'"$T"'/missing.txt")' || fail "missing: $out"

# a truncated JSONL line among good ones: named by line and byte offset
printf '%s\n' '{"id":"g1","text":"Police arrested 3 men in Nairobi.","date":"2020-05-05"}' \
    '{"id":"bad","text":"cut off' \
    '{"id":"g2","text":"Gunmen killed 2 people in Lamu.","date":"2020-05-05"}' > "$T/in.jsonl"
out=$("$S" code --quiet --jsonl "$T/in.jsonl"); rc=$?
[ $rc -eq 1 ] || fail "truncated jsonl: exit $rc"
[ "$(printf "%s\n" "$out" | jq -r 'select(.kind=="doc") | .id' | tr '\n' ' ')" = "g1 g2 " ] || fail "truncated jsonl: good records"
has "$out" '.kind=="error" and (.record == 2 and .offset >= 79)' || fail "truncated jsonl: $out"

# a 12 MB single line: coded in one piece, no crash
awk 'BEGIN { s = "Police arrested 3 men in Nairobi on Monday and protesters marched in Mombasa "; for (i = 0; i < 160000; i++) printf "%s", s; print "" }' > "$T/long.txt"
out=$("$S" code --quiet --date 2020-05-05 "$T/long.txt" | head -c 2000 | head -n 1); rc=$?
printf "%s\n" "$out" | jq -e '.kind == "doc" and .bytes > 12000000' > /dev/null || fail "12 MB line: $out"
# a 100 MB single line: longer than the document limit (16 MiB, --max-doc-mb): an error
# record that says so and how to raise it, exit 1; the document after it is coded
{ awk 'BEGIN { s = "Police arrested 3 men in Nairobi on Monday and protesters marched in Mombasa "; printf "{\"id\":\"huge\",\"text\":\""; for (i = 0; i < 1300000; i++) printf "%s", s; print "\"}" }'
  echo '{"id":"after","text":"Gunmen killed 2 people in Lamu.","date":"2020-05-05"}'; } > "$T/huge.jsonl"
out=$("$S" code --quiet --jsonl "$T/huge.jsonl"); rc=$?
[ $rc -eq 1 ] || fail "100 MB line: exit $rc"
has "$out" '.kind=="error" and .doc=="huge" and .record==1 and (.reason|test("limit.*--max-doc-mb"))' || fail "100 MB line: $out"
has "$out" '.kind=="doc" and .id=="after"' || fail "100 MB line: the next document was not coded"

# usage errors exit 2; an unloadable data directory exits 3
"$S" code --date yesterday "$T/good.txt" > /dev/null 2>&1; [ $? -eq 2 ] || fail "bad --date not a usage error"
"$S" code --bogus > /dev/null 2>&1; [ $? -eq 2 ] || fail "unknown option not a usage error"
"$S" code --data "$T/nodata" "$T/good.txt" > /dev/null 2>"$T/err"; [ $? -eq 3 ] || fail "missing data not exit 3"
grep -q "cannot load data" "$T/err" || fail "missing data message: $(cat "$T/err")"
echo ok
