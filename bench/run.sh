#!/bin/sh
# bench/run.sh — throughput of `sitrep code` against `cat` and `wc -w` (run by `make bench`).
#
# 1. Builds a JSONL corpus of BENCH_MB megabytes (10^6 bytes; default 100) in bench/corpus/
#    from our own sample texts (examples/*.txt, tests/cases/*.txt) and, when present, the
#    development data in $SITREP_SHARED/eval (default ../shared): the `notes` column of
#    acled/*.csv and the <text> of geo/*.xml articles. The texts are repeated under new ids
#    ({"id":"bench-N","text":"..."}) until the size is reached. An existing corpus is reused.
#    With BENCH_CORPUS_ONLY=1 the script stops here (bench/pgo-train.sh uses that).
# 2. Counts documents and sentences from one untimed run of sitrep (which also stops the
#    bench, saying so, if sitrep crashes or fails).
# 3. Times `cat FILE`, `wc -w FILE` and `sitrep code --jsonl --quiet FILE` (1 and 2 threads)
#    on that file, best of 3 wall-clock runs each, with peak RSS and CPU time (user + system,
#    least of the 3: what other work on a shared machine disturbs least) from /usr/bin/time
#    when it is installed; with BENCH_STREAM_MB=N, also N MB of the corpus repeated through a pipe
#    (bounded memory whatever the input size).
# 4. Prints a Markdown table and writes it, with the machine and date, to bench/out/results.md.
# POSIX sh + awk: no python, nothing beyond the project's build dependencies.
set -eu
LC_ALL=C; export LC_ALL                 # awk works on bytes
cd "$(dirname "$0")/.."
MB=${BENCH_MB:-100}
SHARED=${SITREP_SHARED:-../shared}
BIN=${BIN:-build/sitrep}
OUT=bench/out
say() { echo "bench: $*" >&2; }
die() { say "$*"; exit 1; }

case $MB in ''|*[!0-9.]*|*.*.*|.) MB=0 ;; esac
awk "BEGIN { exit !($MB > 0) }" || die "BENCH_MB must be a positive number of megabytes, got '${BENCH_MB:-}'"
[ -x "$BIN" ] || die "$BIN not built (make $BIN)"
mkdir -p bench/corpus "$OUT"

# ---- 1. corpus -----------------------------------------------------------------------------
if [ -d "$SHARED/eval" ]; then TAG=own+shared; else TAG=own; say "no $SHARED/eval: our own sample texts only"; fi
CORPUS=bench/corpus/bench-${MB}mb-$TAG.jsonl

if [ -s "$CORPUS" ]; then
    say "reusing $CORPUS (rm -rf bench/corpus to rebuild)"
else
    say "building $CORPUS"
    set --
    for f in examples/*.txt tests/cases/*.txt "$SHARED"/eval/acled/*.csv "$SHARED"/eval/geo/*.xml; do
        [ -f "$f" ] || continue                               # an unmatched glob
        if iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then set -- "$@" "$f"
        else say "skipping $f: not valid UTF-8"; fi
    done
    awk -v mb="$MB" '
    function rep(s, a, b,   o, i) {                           # replace every a by b, literally
        o = ""
        while ((i = index(s, a)) > 0) { o = o substr(s, 1, i - 1) b; s = substr(s, i + length(a)) }
        return o s
    }
    function esc(s,   c) {                                    # JSON string body
        s = rep(s, "\\", "\\\\"); s = rep(s, "\"", "\\\"")
        s = rep(s, "\n", "\\n"); s = rep(s, "\r", "\\r"); s = rep(s, "\t", "\\t")
        for (c = 1; c < 32; c++) if (index(s, ctl[c])) s = rep(s, ctl[c], sprintf("\\u%04x", c))
        return s
    }
    function add(s, src) { if (s ~ /[^ \t\r\n]/) { text[++n] = esc(s); uniq += length(text[n]); used[src]++ } }
    function csvfield(r, k,   i, j, f) {                      # k-th field of a CSV record
        for (i = 1; i <= k; i++) {
            if (substr(r, 1, 1) == "\"") {                    # quoted: "" is a quote, may hold , and newlines
                f = ""; r = substr(r, 2)
                while ((j = index(r, "\"")) > 0) {
                    f = f substr(r, 1, j - 1)
                    if (substr(r, j + 1, 1) != "\"") break
                    f = f "\""; r = substr(r, j + 2)
                }
                r = substr(r, j + 2)
            } else if ((j = index(r, ",")) > 0) { f = substr(r, 1, j - 1); r = substr(r, j + 1) }
            else { f = r; r = "" }
        }
        return f
    }
    function endfile() { if (kind == "txt") add(buf, "our sample texts"); buf = ""; pending = 0; intext = 0 }
    BEGIN { for (c = 1; c < 32; c++) ctl[c] = sprintf("%c", c) }
    FNR == 1 {
        endfile()
        kind = FILENAME ~ /\.csv$/ ? "csv" : FILENAME ~ /\.xml$/ ? "xml" : "txt"
        if (kind == "csv") {
            sub(/\r$/, ""); col = 0
            for (i = 1; (h = csvfield($0, i)) != ""; i++) if (h == "notes") col = i
            if (!col) print "bench: skipping " FILENAME ": no notes column" > "/dev/stderr"
            next
        }
    }
    kind == "txt" { buf = buf (FNR > 1 ? "\n" : "") $0 }
    kind == "csv" && col {
        sub(/\r$/, ""); line = $0
        buf = pending ? buf "\n" line : line
        if ((gsub(/"/, "\"", line) + pending) % 2) { pending = 1; next }   # inside a quoted field
        pending = 0; add(csvfield(buf, col), "ACLED notes")
    }
    kind == "xml" {
        line = $0
        while (line != "") {
            if (!intext) {
                if (!(i = index(line, "<text>"))) break
                line = substr(line, i + 6); intext = 1; buf = ""
            }
            if (!(i = index(line, "</text>"))) { buf = buf line "\n"; break }
            buf = buf substr(line, 1, i - 1); line = substr(line, i + 7); intext = 0
            if (buf ~ /^<!\[CDATA\[/ && buf ~ /\]\]>$/) buf = substr(buf, 10, length(buf) - 12)
            else buf = rep(rep(rep(rep(rep(buf, "&lt;", "<"), "&gt;", ">"), "&quot;", "\""),
                               "&apos;", "\047"), "&amp;", "&")          # the XML entities
            add(buf, "geo articles")
        }
    }
    END {
        endfile()
        if (!n) { print "bench: no texts found" > "/dev/stderr"; exit 1 }
        for (s in used) print "bench: source: " s ", " used[s] " texts" > "/dev/stderr"
        printf "bench: %d texts, %d bytes as JSON, repeated to %s MB\n", n, uniq, mb > "/dev/stderr"
        target = mb * 1e6
        while (bytes < target)
            for (i = 1; i <= n && bytes < target; i++) {
                line = "{\"id\":\"bench-" ++id "\",\"text\":\"" text[i] "\"}"
                print line; bytes += length(line) + 1
            }
    }' "$@" > "$CORPUS.tmp"
    mv "$CORPUS.tmp" "$CORPUS"
fi
[ "${BENCH_CORPUS_ONLY:-0}" != 1 ] || { say "corpus only (BENCH_CORPUS_ONLY=1): $CORPUS"; exit 0; }

# ---- 2. documents and sentences (one untimed run) ------------------------------------------
say "counting documents and sentences"
rc=0; "$BIN" code --jsonl --quiet "$CORPUS" > "$OUT/records.jsonl" || rc=$?
[ "$rc" -le 1 ] || die "sitrep code exited $rc on $CORPUS (crash or failure; see above)"
read -r DOCS SENTS EVENTS ERRORS <<EOF
$(awk '
    /^\{"kind":"doc"/ { docs++; if (match($0, /"sentences":[0-9]+/)) sent += substr($0, RSTART + 12, RLENGTH - 12) }
    /^\{"kind":"event"/ { events++ }
    /^\{"kind":"error"/ { errors++; if (errors <= 3) print "bench: error record: " $0 > "/dev/stderr" }
    END { printf "%d %d %d %d\n", docs, sent, events, errors }' "$OUT/records.jsonl")
EOF
rm -f "$OUT/records.jsonl"
LINES=$(wc -l < "$CORPUS")
BYTES=$(wc -c < "$CORPUS")
[ "$ERRORS" -eq 0 ] || say "WARNING: sitrep wrote $ERRORS error records (exit $rc)"
[ "$DOCS" -eq "$LINES" ] || say "WARNING: $LINES input lines but $DOCS doc records"

# ---- 3. timings ----------------------------------------------------------------------------
# Wall time: GNU date's nanoseconds around each run, less the same bracket around `true`
# (best of 10): /usr/bin/time's %e has 10 ms resolution, too coarse for cat. RSS: time's %M;
# CPU: its %U + %S.
case $(date +%N) in *[!0-9]*|'') die "needs GNU date (date +%N)" ;; esac
if [ -x /usr/bin/time ]; then TIME="/usr/bin/time -f %M\t%U\t%S -o $OUT/rss.txt"
else TIME=; say "no /usr/bin/time (apt-get install time): peak RSS and CPU time not measured"; fi
measure() {     # measure NAME RUNS CMD... : appends "NAME start end rss_kb [user sys]" per run to $OUT/runs
    name=$1; n=$2; shift 2
    while [ "$n" -gt 0 ]; do n=$((n - 1))
        echo - > "$OUT/rss.txt"
        t0=$(date +%s.%N); $TIME "$@" > /dev/null || [ $? -le 1 ] || die "$name failed"; t1=$(date +%s.%N)
        echo "$name $t0 $t1 $(tail -n 1 "$OUT/rss.txt")" >> "$OUT/runs"
    done
}
say "timing, best of 3: cat, wc -w, sitrep code on 1 and 2 threads"
rm -f "$OUT/runs"
measure overhead 10 true
measure cat 3 cat "$CORPUS"
measure wc 3 wc -w "$CORPUS"
measure sitrep 3 "$BIN" code --jsonl --quiet "$CORPUS"
measure sitrep2 3 "$BIN" code --jsonl --quiet --threads 2 "$CORPUS"
# streaming: BENCH_STREAM_MB (default 0 = skip) megabytes of the corpus, repeated, through a
# pipe on stdin; peak RSS shows whether memory stays bounded whatever the input size
STREAM_MB=${BENCH_STREAM_MB:-0}
if [ "$STREAM_MB" -gt 0 ] 2>/dev/null && [ -n "$TIME" ]; then
    say "streaming $STREAM_MB MB through stdin (2 threads)"
    reps=$(awk -v s="$STREAM_MB" -v b="$(wc -c < "$CORPUS")" 'BEGIN { r = int(s * 1e6 / b); print r < 1 ? 1 : r }')
    t0=$(date +%s.%N)
    i=0; while [ "$i" -lt "$reps" ]; do cat "$CORPUS"; i=$((i + 1)); done |
        $TIME "$BIN" code --jsonl --quiet --threads 2 > /dev/null || [ $? -le 1 ] || die "streaming run failed"
    t1=$(date +%s.%N)
    echo "stream $t0 $t1 $(tail -n 1 "$OUT/rss.txt") $reps" >> "$OUT/runs"
fi

# ---- 4. table ------------------------------------------------------------------------------
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
REV=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -z "$(git status --porcelain -- src include data 2>/dev/null)" ] || REV="$REV + local changes"
{
    echo "# sitrep benchmark"
    echo
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), ${CPU:-unknown CPU}, $(nproc) CPUs, sitrep $REV;"
    echo "corpus \`$CORPUS\`; best of 3 wall-clock runs, all in the same run of bench/run.sh."
    echo
    awk -v bytes="$BYTES" -v docs="$DOCS" -v sents="$SENTS" -v events="$EVENTS" -v errors="$ERRORS" '
    $1 == "stream" { stream_s = $3 - $2; stream_rss = $4; stream_reps = $NF; next }
    { s = $3 - $2; if (!($1 in t) || s < t[$1]) t[$1] = s; if ($4 != "-" && $4 > rss[$1]) rss[$1] = $4
      if (NF >= 6 && (!($1 in cpu) || $5 + $6 < cpu[$1])) cpu[$1] = $5 + $6 }
    function best(key,   s) { s = t[key] - t["overhead"]; return s < 1e-4 ? 1e-4 : s }
    function row(name, key, per,   s) {
        s = best(key)
        printf "| %s | %.3f | %.1f | %s | %s | %s | %s | %.2f | %.2f |\n", name, s, mb / s,
            per ? sprintf("%.0f", docs / s) : "", per ? sprintf("%.0f", sents / s) : "",
            key in cpu ? sprintf("%.2f", cpu[key]) : "n/a",
            key in rss ? sprintf("%.1f", rss[key] / 1024) : "n/a", s / tc, s / tw
    }
    END {
        mb = bytes / 1e6; tc = best("cat"); tw = best("wc")
        print "| input MB | docs | sentences | events | error records |"
        print "|---:|---:|---:|---:|---:|"
        printf "| %.1f | %d | %d | %d | %d |\n\n", mb, docs, sents, events, errors
        print "| command | seconds | MB/s | docs/s | sentences/s | CPU s | peak RSS MB | × cat | × wc -w |"
        print "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
        row("`cat`", "cat", 0); row("`wc -w`", "wc", 0); row("`sitrep code --jsonl`", "sitrep", 1)
        row("`sitrep code --jsonl --threads 2`", "sitrep2", 1)
        printf "\n2 threads: %.2f × one thread.\n", best("sitrep") / best("sitrep2")
        if (stream_reps)
            printf "\nStreaming: %.0f MB (the corpus %d times) through stdin on 2 threads in %.1f s (%.1f MB/s), peak RSS %.1f MB.\n",
                mb * stream_reps, stream_reps, stream_s, mb * stream_reps / stream_s, stream_rss / 1024
        printf "\nSeconds: best of 3 wall-clock runs, less the timer overhead (%.1f ms, %s).\n",
            t["overhead"] * 1000, "best of 10 around `true`"
        if ("sitrep" in cpu && "sitrep2" in cpu)
            printf "CPU s: user + system time, least of the 3 runs; 2 threads used %.2f × the CPU time of one.\n",
                cpu["sitrep2"] / cpu["sitrep"]
    }' "$OUT/runs"
} > "$OUT/results.md"
rm -f "$OUT/runs" "$OUT/rss.txt"
cat "$OUT/results.md"
say "written to $OUT/results.md"
