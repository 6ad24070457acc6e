#!/bin/sh
# bench/instr.sh — instructions per MB of `sitrep code --jsonl`, startup excluded, by callgrind.
#
# Wall time on a shared VM moves by 10-20% from one run to the next; instruction counts do
# not, so this is the number to compare across commits (run it with BIN=old and BIN=new).
# 1. Cuts the first INSTR_MB megabytes (default 2; whole lines) of the bench corpus
#    (bench/corpus/bench-*.jsonl, the largest present; `make bench` or `BENCH_MB=20 make bench`
#    builds one) into bench/out/instr-<MB>mb.jsonl.
# 2. Runs `valgrind --tool=callgrind` on `sitrep code --jsonl -q` over an empty input
#    (startup: lexicons and gazetteer) and over the slice.
# 3. Prints the slice's bytes, both totals and (slice - startup) / MB, in millions; with
#    INSTR_TOP=N also the N functions of ours with most inclusive cost in the slice's run (the
#    command's loop and the thread pool left out).
set -eu
LC_ALL=C; export LC_ALL
cd "$(dirname "$0")/.."
BIN=${BIN:-build/sitrep}
MB=${INSTR_MB:-2}
TOP=${INSTR_TOP:-0}
OUT=bench/out
say() { echo "instr: $*" >&2; }
die() { say "$*"; exit 1; }

command -v valgrind >/dev/null || die "valgrind not installed"
[ -x "$BIN" ] || die "$BIN not built (make $BIN)"
CORPUS=$(ls -S bench/corpus/bench-*.jsonl 2>/dev/null | head -n 1) || true
[ -n "$CORPUS" ] || die "no bench corpus in bench/corpus/ (BENCH_MB=20 make bench builds one)"
mkdir -p "$OUT"
SLICE=$OUT/instr-${MB}mb.jsonl
awk -v max="$MB" 'BEGIN { max *= 1e6 } { n += length($0) + 1; if (n > max) exit; print }' "$CORPUS" > "$SLICE"
: > "$OUT/instr-empty.jsonl"
BYTES=$(wc -c < "$SLICE")
[ "$BYTES" -gt 0 ] || die "empty slice"

count() { # total instructions of one run over $1
    valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.$2" "$BIN" code --jsonl -q "$1" 2>&1 >/dev/null |
        sed -n 's/.*I *refs: *//p' | tr -d ,
}
say "$BIN over $SLICE ($BYTES bytes) from $CORPUS"
START=$(count "$OUT/instr-empty.jsonl" empty)
TOTAL=$(count "$SLICE" slice)
awk -v b="$BYTES" -v s="$START" -v t="$TOTAL" 'BEGIN {
    printf "startup %.1f M, slice %.1f M, %.1f M instructions per MB (10^6 bytes) without startup\n",
           s / 1e6, t / 1e6, (t - s) / 1e6 / (b / 1e6) }'
if [ "$TOP" -gt 0 ]; then
    callgrind_annotate --inclusive=yes "$OUT/callgrind.slice" 2>/dev/null | grep -E '^ *[0-9,]+ .*/src/' |
        grep -vE 'main\.c:main|cmd_code\.c|pool\.c' | sed -n "1,${TOP}p"
fi
