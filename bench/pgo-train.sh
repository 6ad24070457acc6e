#!/bin/sh
# bench/pgo-train.sh — the training run of `make pgo` (profile-guided build), and its check.
#
#   sh bench/pgo-train.sh BIN        runs BIN (the instrumented build/pgo/sitrep of `make pgo`)
#                                    over the training inputs, so that it writes its profile;
#   sh bench/pgo-train.sh BIN REF    runs BIN and REF (the plain build/sitrep) over the same
#                                    inputs, on 1 and 2 threads, and fails unless every output
#                                    is the same, byte for byte.
# Training inputs:
# 1. the first PGO_TRAIN_MB megabytes (default 3; whole lines) of the bench corpus, the largest
#    bench/corpus/bench-*.jsonl present; when there is none, bench/run.sh builds one of that
#    size (BENCH_CORPUS_ONLY=1: the corpus only, no timing);
# 2. the bundled sample texts, examples/*.txt, and the golden cases tests/cases/*.txt and
#    *.jsonl with their .args.
# sitrep reads build/gazetteer.bin when it is there (`make gazetteer`); without it the training
# runs on the small place table, and the profile fits the gazetteer's code paths less well.
set -eu
LC_ALL=C; export LC_ALL
cd "$(dirname "$0")/.."
say() { echo "pgo: $*" >&2; }
die() { say "$*"; exit 1; }

if [ $# -lt 1 ] || [ $# -gt 2 ]; then die "usage: sh bench/pgo-train.sh BIN [REF]"; fi
BIN=$1
REF=${2:-}
MB=${PGO_TRAIN_MB:-3}
OUT=bench/out
[ -x "$BIN" ] || die "$BIN not built"
[ -z "$REF" ] || [ -x "$REF" ] || die "$REF not built"
case $MB in ''|*[!0-9]*) die "PGO_TRAIN_MB must be a whole number of megabytes, got '$MB'" ;; esac
[ "$MB" -gt 0 ] || die "PGO_TRAIN_MB must be at least 1"
[ -f build/gazetteer.bin ] || say "no build/gazetteer.bin: training on the small place table"
mkdir -p "$OUT"

CORPUS=$(ls -S bench/corpus/bench-*.jsonl 2>/dev/null | head -n 1) || true
if [ -z "$CORPUS" ]; then
    say "no bench corpus: building a $MB MB one"
    BENCH_MB=$MB BENCH_CORPUS_ONLY=1 BIN=$BIN sh bench/run.sh
    CORPUS=$(ls -S bench/corpus/bench-*.jsonl 2>/dev/null | head -n 1) || true
    [ -n "$CORPUS" ] || die "bench/run.sh built no corpus"
fi
SLICE=$OUT/pgo-${MB}mb.jsonl
awk -v max="$MB" 'BEGIN { max *= 1e6 } { n += length($0) + 1; if (n > max) exit; print }' "$CORPUS" > "$SLICE"
[ -s "$SLICE" ] || die "empty training slice from $CORPUS"

# run LABEL BIN ARGS...: BIN's stdout into $OUT/pgo-out.LABEL; exit 1 (bad input, as in the
# bad_utf8 case) is part of the expected behaviour, anything above it is a failure
run() {
    label=$1; shift
    rc=0; "$@" < /dev/null > "$OUT/pgo-out.$label" 2>/dev/null || rc=$?
    [ "$rc" -le 1 ] || die "$* exited $rc"
}
# each ARGS... of the training, one per line, fields split on spaces (no file has one)
inputs() {
    echo "code --jsonl -q $SLICE"
    [ -z "$REF" ] || echo "code --jsonl -q --threads 2 $SLICE"
    for f in examples/*.txt tests/cases/*.txt tests/cases/*.jsonl; do
        [ -f "$f" ] || continue
        case $f in *.expected.jsonl) continue ;; *.jsonl) fmt=--jsonl ;; *) fmt= ;; esac
        args=; [ -f "${f%.*}.args" ] && args=$(cat "${f%.*}.args")
        echo "code -q $fmt $args $f"
    done
}
if [ -z "$REF" ]; then
    say "training $BIN on $SLICE ($(wc -c < "$SLICE") bytes of $CORPUS) and the sample texts"
else
    say "comparing $BIN with $REF on the training inputs"
fi
n=0 bad=0
inputs > "$OUT/pgo-inputs"
while read -r line; do
    n=$((n + 1))
    # shellcheck disable=SC2086
    run new "$BIN" $line
    [ -n "$REF" ] || continue
    # shellcheck disable=SC2086
    run ref "$REF" $line
    cmp -s "$OUT/pgo-out.new" "$OUT/pgo-out.ref" || { say "DIFFERENT output: sitrep $line"; bad=$((bad + 1)); }
done < "$OUT/pgo-inputs"
rm -f "$OUT/pgo-out.new" "$OUT/pgo-out.ref" "$OUT/pgo-inputs"
[ "$bad" -eq 0 ] || die "$bad of $n runs differ between $BIN and $REF"
if [ -n "$REF" ]; then say "$n runs, every output the same as $REF's"; else say "$n runs"; fi
