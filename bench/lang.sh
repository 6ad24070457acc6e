#!/bin/sh
# bench/lang.sh — what Turkish text costs against English text of the same size (run by
# `make bench-lang`).
#
# Our English/Turkish pairs (tests/turkish/pairs.tsv: the same report in each language)
# give two corpora of the same content: the English sides and the Turkish sides, each
# repeated under new ids to LANG_MB megabytes (10^6 bytes, default 20) of JSONL.  Both
# are coded with `sitrep code --jsonl` in the same run, best of 3 wall-clock runs each,
# and the table gives seconds, MB/s, sentences/s and the Turkish/English cost per MB.
# POSIX sh + awk, like bench/run.sh.
set -eu
LC_ALL=C; export LC_ALL
cd "$(dirname "$0")/.."
MB=${LANG_MB:-20}
BIN=${BIN:-build/sitrep}
OUT=bench/out
PAIRS=tests/turkish/pairs.tsv
say() { echo "bench-lang: $*" >&2; }
die() { say "$*"; exit 1; }
case $MB in ''|*[!0-9]*) die "LANG_MB must be a whole number of megabytes, got '$MB'" ;; esac
[ -x "$BIN" ] || die "$BIN not built (make $BIN)"
[ -f "$PAIRS" ] || die "$PAIRS not found"
mkdir -p bench/corpus "$OUT"

# one corpus per column: 2 = English, 3 = Turkish (JSON-escaped; the texts have no
# control characters or backslashes, which the awk checks)
corpus() {     # corpus COLUMN FILE
    awk -F '\t' -v col="$1" -v mb="$MB" '
        NR == 1 || /^#/ || NF < 3 { next }
        { t = $col; if (t ~ /[\\\001-\037]/) { print "bench-lang: unexpected character in line " NR > "/dev/stderr"; exit 1 }
          gsub(/"/, "\\\"", t); text[++n] = t }
        END {
            target = mb * 1e6
            while (bytes < target)
                for (i = 1; i <= n && bytes < target; i++) {
                    line = "{\"id\":\"lang-" ++id "\",\"text\":\"" text[i] "\",\"date\":\"2021-06-02\"}"
                    print line; bytes += length(line) + 1
                }
        }' "$PAIRS" > "$2"
}
EN=bench/corpus/lang-en-${MB}mb.jsonl
TR=bench/corpus/lang-tr-${MB}mb.jsonl
say "building $EN and $TR"
corpus 2 "$EN"
corpus 3 "$TR"

sentences() { "$BIN" code --jsonl --quiet "$1" | awk '/^\{"kind":"doc"/ && match($0, /"sentences":[0-9]+/) { s += substr($0, RSTART + 12, RLENGTH - 12) } END { print s + 0 }'; }
best() {       # best FILE: best of 3 wall-clock seconds
    b=
    for _ in 1 2 3; do
        t0=$(date +%s.%N); "$BIN" code --jsonl --quiet "$1" > /dev/null || [ $? -le 1 ] || die "sitrep failed on $1"
        t1=$(date +%s.%N)
        b=$(awk -v a="$t0" -v z="$t1" -v b="$b" 'BEGIN { s = z - a; print (b == "" || s < b) ? s : b }')
    done
    echo "$b"
}
say "timing, best of 3"
SEN_EN=$(sentences "$EN"); SEN_TR=$(sentences "$TR")
T_EN=$(best "$EN"); T_TR=$(best "$TR")
B_EN=$(wc -c < "$EN"); B_TR=$(wc -c < "$TR")
{
    echo "# Turkish against English"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, sitrep $(git rev-parse --short HEAD 2>/dev/null || echo unknown);"
    echo "the English and Turkish sides of \`$PAIRS\`, each repeated to $MB MB; best of 3."
    echo
    awk -v ten="$T_EN" -v ttr="$T_TR" -v ben="$B_EN" -v btr="$B_TR" -v sen="$SEN_EN" -v str="$SEN_TR" 'BEGIN {
        print "| corpus | MB | seconds | MB/s | sentences/s | cost per MB × English |"
        print "|---|---:|---:|---:|---:|---:|"
        printf "| English | %.1f | %.3f | %.1f | %.0f | 1.00 |\n", ben / 1e6, ten, ben / 1e6 / ten, sen / ten
        printf "| Turkish | %.1f | %.3f | %.1f | %.0f | %.2f |\n", btr / 1e6, ttr, btr / 1e6 / ttr, str / ttr,
               (ttr / btr) / (ten / ben)
    }'
} > "$OUT/lang.md"
cat "$OUT/lang.md"
say "written to $OUT/lang.md"
