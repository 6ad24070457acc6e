#!/bin/sh
# bench/load.sh — `sitrep serve` under load while an ingest writes (run by `make load`).
#
# 1. Store.  bench/load/store.db is filled with at least LOAD_EVENTS (default 1,000,000)
#    events by `sitrep ingest`, coding real documents made of our own sample texts
#    (examples/*.txt, tests/cases/*.txt, the sentences of tests/turkish/sentences.tsv): each
#    document joins one to four of them, picked at random, under a new id and a random date
#    in 2000-2024.  Every row is a coded record and every incident a real fusion; nothing is
#    multiplied in SQL.  An existing store with enough events is reused (rm -rf bench/load
#    to rebuild; building takes about 25 minutes on 2 cores, ingest slowing from ~1200 to
#    ~180 documents/s as the store grows).
# 2. Server.  `sitrep serve --db bench/load/store.db` on 127.0.0.1, a free port.
# 3. Ingest.  `sitrep ingest` in another process writes new documents (new ids each run)
#    into the same store for as long as the load lasts: one writer beside the server's
#    readers (WAL).  Run flat out; LOAD_INGEST_NICE=N runs it under `nice -n N`.
# 4. Load.  wrk, LOAD_CONNECTIONS (64) connections on LOAD_WRK_THREADS (2) threads for
#    LOAD_SECONDS (30) against each URL of the scenarios below; a Lua script
#    (bench/load.lua) reports requests/s, latency percentiles and every kind of error.
# 5. Prints a Markdown table and writes it, with the machine, the date and the store's
#    size, to bench/load/results.md.
# POSIX sh + awk; needs wrk, curl and the sqlite3 shell.
set -eu
LC_ALL=C; export LC_ALL
cd "$(dirname "$0")/.."
BIN=${BIN:-build/sitrep}
DIR=bench/load
DB=$DIR/store.db
EVENTS=${LOAD_EVENTS:-1000000}
SECONDS_=${LOAD_SECONDS:-30}
CONNS=${LOAD_CONNECTIONS:-64}
WRK_THREADS=${LOAD_WRK_THREADS:-2}
NICE=${LOAD_INGEST_NICE:-0}
say() { echo "load: $*" >&2; }
die() { say "$*"; exit 1; }

for n in "$EVENTS" "$SECONDS_" "$CONNS" "$WRK_THREADS" "$NICE"; do
    case $n in ''|*[!0-9]*) die "LOAD_* settings are whole numbers, got '$n'" ;; esac
done
[ -x "$BIN" ] || die "$BIN not built (make $BIN)"
for c in wrk curl sqlite3; do command -v "$c" > /dev/null || die "needs $c"; done
mkdir -p "$DIR"

# ---- 1. the store --------------------------------------------------------------------------
# base.txt: our sample texts as JSON string bodies, one a line
if [ ! -s "$DIR/base.txt" ]; then
    for f in examples/*.txt tests/cases/*.txt; do
        [ -s "$f" ] || continue
        iconv -f UTF-8 -t UTF-8 "$f" > /dev/null 2>&1 || { say "skipping $f: not valid UTF-8"; continue; }
        cat "$f"
        printf '\036'                           # record separator between files
    done | awk 'BEGIN { RS = "\036" }
        function rep(s, a, b,   o, i) {
            o = ""
            while ((i = index(s, a)) > 0) { o = o substr(s, 1, i - 1) b; s = substr(s, i + length(a)) }
            return o s
        }
        { s = rep($0, "\\", "\\\\"); s = rep(s, "\"", "\\\""); s = rep(s, "\r", "\\r"); s = rep(s, "\t", "\\t")
          s = rep(s, "\n", "\\n"); if (s != "") print s }' > "$DIR/base.tmp"
    awk -F '\t' 'NR > 1 && $1 !~ /^#/ && $2 != "" { gsub(/\\/, "\\\\", $2); gsub(/"/, "\\\"", $2); print $2 }' \
        tests/turkish/sentences.tsv >> "$DIR/base.tmp"
    # Texts that date an event themselves ("HAKKARİ, 8 Haziran 2021 - ...", "on May 4", "this
    # month") are left out: repeated under random dates they would make incidents of thousands of
    # reports, which no feed sends.  Such a text gives an event of the same date in documents dated
    # a week apart; the others' events move with the document's date.
    for d in 2022-07-13 2022-07-20; do
        awk -v d="$d" '{ printf "{\"id\":\"t%d\",\"date\":\"%s\",\"text\":\"%s\"}\n", NR, d, $0 }' "$DIR/base.tmp" |
            "$BIN" code --jsonl --quiet - | sed -n 's/^{"kind":"event","id":"[^"]*","doc":"\(t[0-9]*\)","date":"\([^"]*\)".*/\1 \2/p' |
            sort -u > "$DIR/dates-$d"
    done
    comm -12 "$DIR/dates-2022-07-13" "$DIR/dates-2022-07-20" | sed 's/^t\([0-9]*\) .*/\1/' | sort -u > "$DIR/fixed"
    awk 'NR == FNR { fixed[$1] = 1; next } !(FNR in fixed)' "$DIR/fixed" "$DIR/base.tmp" > "$DIR/base.txt"
    say "$(wc -l < "$DIR/base.txt") texts, $(wc -l < "$DIR/fixed") left out for dating their events themselves"
    rm -f "$DIR/base.tmp" "$DIR/dates-"* "$DIR/fixed"
fi

# docs PREFIX SEED N: N documents of one to four base texts, dated at random in 2000-2024
docs() {
    awk -v prefix="$1" -v seed="$2" -v n="$3" '
    function ymd(z,   era, doe, yoe, y, doy, mp, d, m) {       # days since 1970-01-01 -> YYYY-MM-DD
        z += 719468; era = int(z / 146097); doe = z - era * 146097
        yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
        y = yoe + era * 400; doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
        mp = int((5 * doy + 2) / 153); d = doy - int((153 * mp + 2) / 5) + 1
        m = mp < 10 ? mp + 3 : mp - 9
        return sprintf("%04d-%02d-%02d", m <= 2 ? y + 1 : y, m, d)
    }
    { base[NR] = $0 }
    END {
        srand(seed)
        for (i = 0; i < n; i++) {
            k = 1 + int(rand() * 4); t = ""
            for (j = 0; j < k; j++) t = t (j ? "\\n\\n" : "") base[1 + int(rand() * NR)]
            printf "{\"id\":\"%s%d\",\"date\":\"%s\",\"text\":\"%s\"}\n", prefix, i, ymd(10957 + int(rand() * 9132)), t
        }
    }' "$DIR/base.txt"
}

count() { sqlite3 "$DB" "SELECT count(*) FROM $1" 2> /dev/null || echo 0; }

have=$(count events)
if [ "$have" -ge "$EVENTS" ]; then
    say "reusing $DB: $have events (rm -rf $DIR to rebuild)"
else
    chunk=0
    [ -f "$DIR/chunks" ] && chunk=$(cat "$DIR/chunks")
    while [ "$have" -lt "$EVENTS" ]; do
        chunk=$((chunk + 1))
        say "store: $have events; ingesting 40,000 more documents (chunk $chunk)"
        docs "L$chunk-" "$chunk" 40000 > "$DIR/chunk.jsonl"
        t0=$(date +%s)
        "$BIN" ingest --db "$DB" --jsonl "$DIR/chunk.jsonl" 2>> "$DIR/build.log" || die "ingest failed: see $DIR/build.log"
        echo "$chunk" > "$DIR/chunks"
        have=$(count events)
        say "chunk $chunk: $(($(date +%s) - t0)) s"
    done
    rm -f "$DIR/chunk.jsonl"
fi

# ---- 2. the server -------------------------------------------------------------------------
PIDS=""
cleanup() { for p in $PIDS; do kill "$p" 2> /dev/null; wait "$p" 2> /dev/null || true; done; PIDS=""; }
trap cleanup EXIT INT TERM
"$BIN" serve --db "$DB" --port 0 > "$DIR/serve.out" 2> "$DIR/serve.err" &
PIDS="$PIDS $!"
URL=""
for _ in $(seq 1 600); do
    URL=$(sed -n 's/^sitrep serve: open //p' "$DIR/serve.out")
    [ -n "$URL" ] && break
    sleep 0.1
done
[ -n "$URL" ] || die "sitrep serve did not start: $(cat "$DIR/serve.err")"
URL=${URL%/}

# the scenarios, name and path: the newest 100 events; a region (the Turkish-Syrian border) since
# a date, read off the listing index; a box of a few thousand events (Elbeyli, near Kilis), counted
# from its R*Tree and walked on a budget; the newest 100 incidents
SCENARIOS="events|/api/events
events_region_2024|/api/events?bbox=35.5,35.5,43,38&from=2024-01-01
events_small_box|/api/events?bbox=37.4,36.6,37.55,36.75
incidents|/api/incidents"
echo "$SCENARIOS" > "$DIR/scenarios"
while IFS='|' read -r name path; do
    code=$(curl -s -o "$DIR/first.json" -w '%{http_code}' "$URL$path")
    [ "$code" = 200 ] || die "$path: HTTP $code: $(head -c 300 "$DIR/first.json")"
done < "$DIR/scenarios"

# ---- 3. the ingest beside it ---------------------------------------------------------------
run=$(date +%s)
docs "F$run-" "$run" 150000 > "$DIR/feed.jsonl"
docs_before=$(count documents)
if [ "$NICE" -gt 0 ]; then
    nice -n "$NICE" "$BIN" ingest --db "$DB" --jsonl "$DIR/feed.jsonl" 2> "$DIR/ingest.err" &
else
    "$BIN" ingest --db "$DB" --jsonl "$DIR/feed.jsonl" 2> "$DIR/ingest.err" &
fi
INGEST=$!
PIDS="$INGEST $PIDS"
sleep 2                                 # coding and committing by now

# ---- 4. the load ---------------------------------------------------------------------------
t0=$(date +%s)
: > "$DIR/wrk.out"
while IFS='|' read -r name path; do
    say "$name: wrk -t$WRK_THREADS -c$CONNS -d${SECONDS_}s $path"
    kill -0 "$INGEST" 2> /dev/null || die "the ingest stopped before $name: $(cat "$DIR/ingest.err")"
    line=$(wrk -t"$WRK_THREADS" -c"$CONNS" -d"${SECONDS_}s" -s bench/load.lua "$URL$path" | grep '^RESULT') ||
        die "wrk failed on $path"
    echo "$name $path ${line#RESULT }" >> "$DIR/wrk.out"
done < "$DIR/scenarios"
t1=$(date +%s)
kill -0 "$INGEST" 2> /dev/null || die "the ingest stopped during the load: $(cat "$DIR/ingest.err")"
docs_during=$(($(count documents) - docs_before))
cleanup
grep -q -e 'Sanitizer' -e 'runtime error' "$DIR/serve.err" && die "sanitizer findings in the server"

# ---- 5. the table --------------------------------------------------------------------------
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2> /dev/null | head -n 1)
REV=$(git rev-parse --short HEAD 2> /dev/null || echo unknown)
SIZE=$(($(stat -c %s "$DB") / 1000000))
{
    echo "$(date -u '+%Y-%m-%d %H:%M UTC'), ${CPU:-unknown CPU}, $(nproc) CPUs, sitrep $REV;"
    echo "store: $(count events) events, $(count incidents) incidents, $(count documents) documents, $SIZE MB;"
    echo "wrk -t$WRK_THREADS -c$CONNS -d${SECONDS_}s per URL; beside it \`sitrep ingest\` stored" \
         "$docs_during documents in $((t1 - t0 + 2)) s ($(awk -v n="$docs_during" -v s=$((t1 - t0 + 2)) \
         'BEGIN { printf "%.0f", n / s }') documents/s$([ "$NICE" -gt 0 ] && echo ", nice $NICE"))."
    echo
    echo "| URL | requests/s | p50 ms | p90 ms | p99 ms | max ms | errors (status, connect, read, write, timeout) | MB/s |"
    echo "|---|---:|---:|---:|---:|---:|---|---:|"
    awk '{ for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
           printf "| `%s` | %.0f | %.1f | %.1f | %.1f | %.1f | %d (%d, %d, %d, %d, %d) | %.0f |\n", $2, v["rps"], v["p50"],
               v["p90"], v["p99"], v["max"], v["status"] + v["connect"] + v["read"] + v["write"] + v["timeout"],
               v["status"], v["connect"], v["read"], v["write"], v["timeout"], v["bytes"] / v["seconds"] / 1e6 }' \
        "$DIR/wrk.out"
} > "$DIR/results.md"
cat "$DIR/results.md"
