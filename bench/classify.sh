#!/bin/sh
# bench/classify.sh — how many snippets a second `sitrep classify` labels on one core
# (run by `make bench-classify`).
#
# The snippets are short reports, one per line as `id<TAB>text`: the sentences of our own
# rule sets (tests/english/sentences.tsv, tests/turkish/sentences.tsv, both sides of
# tests/turkish/pairs.tsv) and, when present, the `notes` column of the ACLED exports in
# $SITREP_SHARED/eval/acled (default ../shared), repeated under new ids to CLASSIFY_N
# snippets (default 200000).  `cat` and `wc -w` over the same file are the baselines of
# the same run; each command is timed best of 3 (wall clock), and the table gives
# seconds, snippets/s and the time as a multiple of `wc -w`'s.
# POSIX sh + awk, like bench/run.sh.
set -eu
LC_ALL=C; export LC_ALL
cd "$(dirname "$0")/.."
N=${CLASSIFY_N:-200000}
SHARED=${SITREP_SHARED:-../shared}
BIN=${BIN:-build/sitrep}
OUT=bench/out
say() { echo "bench-classify: $*" >&2; }
die() { say "$*"; exit 1; }
case $N in ''|*[!0-9]*|0) die "CLASSIFY_N must be a positive whole number of snippets, got '$N'" ;; esac
[ -x "$BIN" ] || die "$BIN not built (make $BIN)"
mkdir -p bench/corpus "$OUT"

# the texts, one per line (tabs and line breaks inside a text become spaces)
TEXTS=bench/corpus/classify-texts.txt
{
    awk -F '\t' 'FNR > 1 && !/^#/ && NF >= 2 { print $2 }' tests/english/sentences.tsv tests/turkish/sentences.tsv
    awk -F '\t' 'FNR > 1 && !/^#/ && NF >= 3 { print $2; print $3 }' tests/turkish/pairs.tsv
} > "$TEXTS"
sources="our rule sets"
if ls "$SHARED"/eval/acled/*.csv > /dev/null 2>&1; then
    # the notes column of each export, with CSV quoting undone (a small reader: fields
    # may be quoted, quotes doubled, line breaks inside quotes)
    for f in "$SHARED"/eval/acled/*.csv; do
        awk 'BEGIN { RS = "\r?\n" }
            function fields(line,    n, i, c, q, f) {
                n = 0; f = ""; q = 0
                for (i = 1; i <= length(line); i++) {
                    c = substr(line, i, 1)
                    if (q) { if (c == "\"") { if (substr(line, i + 1, 1) == "\"") { f = f c; i++ } else q = 0 } else f = f c }
                    else if (c == "\"") q = 1
                    else if (c == ",") { F[++n] = f; f = "" }
                    else f = f c
                }
                F[++n] = f; return q
            }
            { buf = buf == "" ? $0 : buf " " $0; if (fields(buf)) next
              if (!col) { for (i in F) if (F[i] == "notes") col = i }
              else if (F[col] != "") { t = F[col]; gsub(/\t/, " ", t); print t }
              buf = "" }' "$f"
    done >> "$TEXTS"
    sources="our rule sets and the ACLED notes of $SHARED/eval/acled"
fi
NT=$(wc -l < "$TEXTS")
[ "$NT" -gt 0 ] || die "no snippets found"
TSV=bench/corpus/classify-$N.tsv
awk -v n="$N" '{ t[++k] = $0 } END { for (i = 1; i <= n; i++) print "s" i "\t" t[(i - 1) % k + 1] }' "$TEXTS" > "$TSV"
say "$N snippets from $NT texts ($sources) in $TSV"

best() {       # best CMD...: best of 3 wall-clock seconds, stdin from $TSV
    b=
    for _ in 1 2 3; do
        t0=$(date +%s.%N); "$@" < "$TSV" > /dev/null; t1=$(date +%s.%N)
        b=$(awk -v a="$t0" -v z="$t1" -v b="$b" 'BEGIN { s = z - a; print (b == "" || s < b) ? s : b }')
    done
    echo "$b"
}
out=$("$BIN" classify --labels acled < "$TSV" | wc -l)
[ "$out" -eq "$N" ] || die "classify wrote $out lines for $N snippets"
say "timing, best of 3"
T_CAT=$(best cat); T_WC=$(best wc -w); T_CL=$(best "$BIN" classify --labels acled)
BYTES=$(wc -c < "$TSV")
{
    echo "# sitrep classify"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, sitrep $(git rev-parse --short HEAD 2>/dev/null || echo unknown);"
    echo "$N snippets ($(awk -v b="$BYTES" 'BEGIN { printf "%.1f", b / 1e6 }') MB) from $sources; best of 3, one thread."
    echo
    awk -v n="$N" -v cat="$T_CAT" -v wc="$T_WC" -v cl="$T_CL" 'BEGIN {
        print "| command | seconds | snippets/s | time × `wc -w` |"
        print "|---|---:|---:|---:|"
        printf "| `cat` | %.3f | %.0f | %.2f |\n", cat, n / cat, cat / wc
        printf "| `wc -w` | %.3f | %.0f | 1.00 |\n", wc, n / wc
        printf "| `sitrep classify --labels acled` | %.3f | %.0f | %.1f |\n", cl, n / cl, cl / wc
    }'
} > "$OUT/classify.md"
cat "$OUT/classify.md"
say "written to $OUT/classify.md"
