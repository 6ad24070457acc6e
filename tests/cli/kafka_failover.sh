#!/bin/sh
# `sitrep kafka` failover on librdkafka's mock cluster (tests/kafka/kafka_failover.c
# runs it): two members share 4 partitions, one is killed with SIGKILL after
# coding its half of the first articles, the survivor takes its partitions over
# and codes them again with the rest.  Then every input article has its records
# in the output topic; copies of a record id are byte-identical; and the
# records, deduplicated by id, are exactly those of one clean run of
# `sitrep code --jsonl` over the same articles.  Error records are compared on
# (doc, reason): where they point (a file line, a topic/partition/offset)
# differs by design.  Skips only when librdkafka's mock cluster is unavailable.
set -u
S=${SITREP:-build/sitrep}
B=${BUILD:-build}
fail() { echo "FAIL: $*"; exit 1; }
pkg-config --exists rdkafka json-c || { echo "librdkafka or json-c development files are not installed"; exit 77; }
[ -f "$(pkg-config --variable=includedir rdkafka)/librdkafka/rdkafka_mock.h" ] ||
    { echo "librdkafka has no mock cluster header (rdkafka_mock.h)"; exit 77; }
command -v jq > /dev/null || fail "jq is needed"

driver="$B/kafka/kafka_failover"
mkdir -p "$B/kafka"
san=""
[ "$B" = build-san ] && san="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"
# shellcheck disable=SC2086
${CC:-cc} -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -O1 -g $san \
    $(pkg-config --cflags rdkafka json-c) -o "$driver" tests/kafka/kafka_failover.c \
    $(pkg-config --libs rdkafka json-c) || fail "cannot build $driver"

work=$(mktemp -d)
trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
"$driver" "$S" "$work" examples/*.txt tests/cases/*.txt
rc=$?
[ $rc -eq 77 ] && exit 77
if [ $rc -ne 0 ]; then
    for log in "$work"/member-*.log; do [ -f "$log" ] && { echo "--- $log"; tail -n 15 "$log"; }; done
    fail "the failover run (exit $rc)"
fi

"$S" code --quiet --jsonl "$work/input.jsonl" > "$work/clean.jsonl"
[ $? -le 1 ] || fail "sitrep code --jsonl over the same articles"

# the key each record is produced under
key='if .kind == "error" then (.doc // .input) else .id end'
sort -u "$work/output.jsonl" > "$work/unique.jsonl"
total=$(wc -l < "$work/output.jsonl")
unique=$(wc -l < "$work/unique.jsonl")
[ "$total" -gt "$unique" ] || fail "no record was produced twice: the survivor did not code the killed member's messages again"
clash=$(jq -r "$key" "$work/unique.jsonl" | sort | uniq -d | head -n 3)
[ -z "$clash" ] || fail "one id, different records: $clash"

# every input article has its records
jq -r .id "$work/input.jsonl" | sort > "$work/ids"
jq -r 'select(.kind == "doc" or .kind == "error") | .doc // .id' "$work/unique.jsonl" | sort -u > "$work/seen"
missing=$(comm -23 "$work/ids" "$work/seen" | head -n 3)
[ -z "$missing" ] || fail "articles without records: $missing"

# each malformed message gave one error record naming it
while read -r where; do
    n=$(jq -r --arg w "$where" 'select(.kind == "error" and .input == $w) | .reason' "$work/unique.jsonl" | wc -l)
    [ "$n" -eq 1 ] || fail "malformed message $where: $n error records, want 1"
done < "$work/malformed.txt"

# deduplicated, the records of one clean run
same='if .kind == "error" then {kind, doc, reason} else . end'
jq -c --rawfile bad "$work/malformed.txt" \
    "select(.kind != \"error\" or (.input as \$i | \$bad | split(\"\n\") | index([\$i]) | not)) | $same" \
    "$work/unique.jsonl" | sort > "$work/got"
jq -c "$same" "$work/clean.jsonl" | sort > "$work/want"
[ -s "$work/want" ] || fail "the clean run wrote nothing"
if ! diff "$work/want" "$work/got" > "$work/diff"; then
    head -c 2000 "$work/diff"
    fail "deduplicated Kafka output differs from the clean run"
fi
echo "ok: $total records read, $unique distinct, $(wc -l < "$work/want") in the clean run"
