#!/bin/sh
# --threads gives byte-identical output to one thread, in input order; --shard K/N
# splits an input with no overlap and no gap; --progress always draws a progress
# line on stderr and never touches stdout; bad values are usage errors (exit 2).
# The input: our own sample texts (tests/cases/*.txt, examples/*.txt, the Turkish
# set) as JSONL, repeated under new ids, with a malformed line among them.
set -u
S=${SITREP:-build/sitrep}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
command -v jq > /dev/null || { echo "jq is not installed"; exit 77; }

for f in tests/cases/*.txt examples/*.txt; do
    iconv -f UTF-8 -t UTF-8 "$f" > /dev/null 2>&1 || continue
    jq -Rs --arg id "$f" '{id: $id, text: .}' "$f" | jq -c .
done > "$T/one.jsonl"
cut -f2 tests/turkish/sentences.tsv | tail -n +2 | grep -v '^#' | jq -Rc '{text: .}' >> "$T/one.jsonl"
for i in 1 2 3 4 5 6; do jq -c --arg r "$i" '.id = ((.id // "tr") + "#" + $r + "#" + (input_line_number | tostring))' "$T/one.jsonl"; done > "$T/in.jsonl"
echo 'this line is not JSON' >> "$T/in.jsonl"
n_in=$(wc -l < "$T/in.jsonl")
[ "$n_in" -gt 500 ] || fail "test input too small: $n_in lines"

"$S" code --jsonl --quiet "$T/in.jsonl" > "$T/t1.jsonl"; rc=$?
[ $rc -eq 1 ] || fail "one thread: exit $rc, want 1 (one malformed line)"
for t in 2 3 8; do
    "$S" code --jsonl --quiet --threads "$t" "$T/in.jsonl" > "$T/t$t.jsonl"; rc=$?
    [ $rc -eq 1 ] || fail "$t threads: exit $rc"
    cmp -s "$T/t1.jsonl" "$T/t$t.jsonl" || fail "$t threads: output differs from one thread"
done
# every input line gave its doc or error record, in input order
docs=$(jq -r 'select(.kind=="doc" or .kind=="error") | .id // "error"' "$T/t1.jsonl" | wc -l)
[ "$docs" -eq "$n_in" ] || fail "$n_in input lines but $docs doc/error records"
jq -r 'select(.kind=="doc") | .id' "$T/t1.jsonl" > "$T/order.txt"
# the input's ids in input order, less those that gave an error record (an empty text)
jq -r '.id' "$T/in.jsonl" 2> /dev/null | grep -Fx -f "$T/order.txt" > "$T/want.txt" || true
[ "$(wc -l < "$T/order.txt")" -gt 500 ] && cmp -s "$T/order.txt" "$T/want.txt" || fail "documents out of input order"

# shards: disjoint, and together the whole output
"$S" code --jsonl --quiet --shard 0/3 "$T/in.jsonl" > "$T/s0.jsonl"
"$S" code --jsonl --quiet --shard 1/3 --threads 2 "$T/in.jsonl" > "$T/s1.jsonl"
"$S" code --jsonl --quiet --shard 2/3 "$T/in.jsonl" > "$T/s2.jsonl"
for k in 0 1 2; do [ -s "$T/s$k.jsonl" ] || fail "shard $k/3 is empty"; done
sort "$T/s0.jsonl" "$T/s1.jsonl" "$T/s2.jsonl" > "$T/union.txt"
sort "$T/t1.jsonl" > "$T/all.txt"
cmp -s "$T/union.txt" "$T/all.txt" || fail "the shards' union is not the unsharded output"
[ "$(jq -r 'select(.kind=="doc") | .id' "$T/s0.jsonl" "$T/s1.jsonl" "$T/s2.jsonl" | sort | uniq -d | wc -l)" -eq 0 ] ||
    fail "a document in two shards"

# progress: on stderr only, and the records unchanged
"$S" code --jsonl --progress always --threads 2 "$T/in.jsonl" > "$T/p.jsonl" 2> "$T/p.err"
cmp -s "$T/t1.jsonl" "$T/p.jsonl" || fail "--progress changed stdout"
grep -q "documents, .* MB/s" "$T/p.err" || fail "no progress line: $(cat "$T/p.err")"
"$S" code --jsonl --progress never "$T/in.jsonl" > /dev/null 2> "$T/n.err"
grep -q "MB/s" "$T/n.err" && fail "--progress never drew a progress line"

# usage errors
for bad in "--threads 0" "--threads x" "--threads 999" "--shard 2/2" "--shard 1" "--shard -1/2" "--progress sometimes"; do
    # shellcheck disable=SC2086
    "$S" code --jsonl $bad "$T/in.jsonl" > /dev/null 2>&1; rc=$?
    [ $rc -eq 2 ] || fail "$bad: exit $rc, want 2"
done
echo ok
