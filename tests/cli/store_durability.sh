#!/bin/sh
# store_durability.sh — `sitrep ingest` killed with SIGKILL at 20 random points
# loses nothing and stores nothing twice.
#
# Input: our own texts (examples/*.txt, tests/cases/*.txt, the sentences of
# tests/turkish/sentences.tsv), each repeated 100 times under new ids on dates
# spread over 50 days, so that reports fuse into incidents across documents and
# batches.  A clean run gives the wanted store and its duration.  Then one
# store is ingested into again and again, each run killed with SIGKILL after a
# random delay and resuming where the last one stopped, until 20 kills; the
# delays are drawn so that the kills fall all through the input (while loading
# data, coding, inside a batch, committing, re-fusing incidents).  After every
# kill the store must pass PRAGMA integrity_check, the FTS5 and R*Tree checks,
# hold no document in part (its posts, events, evidence, coordinates and
# incident memberships all there, every incident whole), have lost no document
# stored before, and the killed run must have said nothing on stderr.  A last
# run completes (exit 0), and the store must then hold exactly what the clean
# run holds: the same row counts and the same documents, events, incidents and
# memberships, byte for byte (so none lost, none twice).
# SITREP_KILL_SEED=N repeats a run's delays (the seed is printed on failure).
# Needs the sqlite3 shell, jq and curl (skips, exit 77, without them).
set -u
command -v sqlite3 > /dev/null || { echo "no sqlite3 shell"; exit 77; }
. tests/cli/serve_lib.inc                  # S, a scratch directory, the server's helpers
KILLS=20
seed=${SITREP_KILL_SEED:-$$}
fail() { echo "FAIL (seed $seed): $*"; exit 1; }
tmp=$WORK

# ---- input ---------------------------------------------------------------------------------
for f in examples/*.txt tests/cases/*.txt; do
    [ -s "$f" ] && iconv -f UTF-8 -t UTF-8 "$f" > /dev/null 2>&1 && jq -Rs . "$f"
done > "$tmp/texts"
awk -F '\t' 'NR > 1 && $1 !~ /^#/ && $2 != "" { print $2 }' tests/turkish/sentences.tsv | jq -R . >> "$tmp/texts"
# each text 100 times, as d<copy>-<text>, dated 2021-04-01 + copy % 50 days
awk '{ for (i = 0; i < 100; i++) { d = i % 50
         printf "{\"id\":\"d%d-%d\",\"date\":\"2021-%02d-%02d\",\"text\":%s}\n", i, NR, 4 + int(d / 25), 1 + d % 25, $0 } }' \
    "$tmp/texts" > "$tmp/in.jsonl"
[ "$(wc -l < "$tmp/in.jsonl")" -ge 2500 ] || fail "test input: $(wc -l < "$tmp/in.jsonl") documents"

# ---- the clean run ---------------------------------------------------------------------------
now_ms() { date +%s%3N; }
t0=$(now_ms)
"$S" ingest --quiet --db "$tmp/clean.db" --jsonl "$tmp/in.jsonl" || fail "clean ingest exit $?"
T=$(($(now_ms) - t0))

# contents DB: row counts, then every document, event and incident, sorted by id
contents() {
    sqlite3 "$1" "SELECT 'documents', count(*) FROM documents; SELECT 'posts', count(*) FROM posts;
        SELECT 'events', count(*) FROM events; SELECT 'evidence', count(*) FROM evidence;
        SELECT 'sources', count(*) FROM sources; SELECT 'event_sources', count(*) FROM event_sources;
        SELECT 'incidents', count(*) FROM incidents; SELECT 'members', count(*) FROM incident_members;
        SELECT 'event_geo', count(*) FROM event_geo; SELECT 'incident_geo', count(*) FROM incident_geo;
        SELECT id, input_hash, record FROM documents ORDER BY id;
        SELECT id, record FROM events ORDER BY id;
        SELECT id, record FROM incidents ORDER BY id;
        SELECT event, incident FROM incident_members ORDER BY event;"
}
contents "$tmp/clean.db" > "$tmp/clean.txt" || fail "reading the clean store"

# ---- 20 kills --------------------------------------------------------------------------------
# check DB: one line of problem counts, all 0 when the store is consistent
check() {
    sqlite3 "$1" "
    SELECT 'integrity=' || (SELECT group_concat(integrity_check) FROM pragma_integrity_check) ||
      ' event_geo=' || (SELECT rtreecheck('event_geo')) || ' incident_geo=' || (SELECT rtreecheck('incident_geo'));
    INSERT INTO evidence_fts(evidence_fts) VALUES ('integrity-check');
    SELECT 'half_docs=' || (SELECT count(*) FROM documents d WHERE
          json_extract(d.record, '\$.events') != (SELECT count(*) FROM events e WHERE e.doc = d.id)
       OR json_array_length(d.record, '\$.posts') != (SELECT count(*) FROM posts p WHERE p.doc = d.id)) ||
      ' orphan_events=' || (SELECT count(*) FROM events e WHERE e.doc NOT IN (SELECT id FROM documents)) ||
      ' half_events=' || (SELECT count(*) FROM events e WHERE
          json_array_length(e.record, '\$.evidence') != (SELECT count(*) FROM evidence v WHERE v.event = e.id)
       OR (e.lat IS NOT NULL) != (e.rowid IN (SELECT id FROM event_geo))) ||
      ' no_incident=' || (SELECT count(*) FROM events WHERE id NOT IN (SELECT event FROM incident_members)) ||
      ' stray_members=' || (SELECT count(*) FROM incident_members WHERE event NOT IN (SELECT id FROM events)
          OR incident NOT IN (SELECT id FROM incidents)) ||
      ' half_incidents=' || (SELECT count(*) FROM incidents i WHERE
          i.n_events != (SELECT count(*) FROM incident_members m WHERE m.incident = i.id)
       OR (i.lat IS NOT NULL) != (i.rowid IN (SELECT id FROM incident_geo))) ||
      ' documents=' || (SELECT count(*) FROM documents);"
}
ok_line="integrity=ok event_geo=ok incident_geo=ok"
# the start-up time S (data, store) of a run that stores nothing
t0=$(now_ms)
"$S" ingest --quiet --db "$tmp/startup.db" --jsonl /dev/null || fail "empty ingest exit $?"
S_MS=$(($(now_ms) - t0))
# each run is killed S + a random 0..2R/(K+1) ms after it starts, R the time the clean run took
# for the documents not stored yet and K the kills to go: the kills walk through the whole
# input, each run resuming the last.  A run that completes before its kill (when the last
# kills draw long delays) is checked against the clean store like the last run is, and the
# next run starts again from an empty store.
N=$(wc -l < "$tmp/in.jsonl")
kills=0 runs=0 restarts=0 stored=0 empty=0
while [ "$kills" -lt "$KILLS" ]; do
    [ "$runs" -lt $((KILLS * 3)) ] || fail "only $kills kills in $runs runs"
    ms=$(awk -v seed="$seed" -v r="$runs" -v s="$S_MS" -v t="$T" -v n="$N" -v done="$stored" -v k=$((KILLS - kills)) \
        'BEGIN { srand(seed * 100 + r); printf "%d", s + rand() * 2 * (t - s) * (n - done) / n / (k + 1) }')
    runs=$((runs + 1))
    "$S" ingest --quiet --db "$tmp/killed.db" --jsonl "$tmp/in.jsonl" 2> "$tmp/run.err" &
    pid=$!
    sleep "$(awk -v ms="$ms" 'BEGIN { printf "%.3f", ms / 1000 }')"
    if kill -9 "$pid" 2> /dev/null; then
        wait "$pid" 2> /dev/null
        kills=$((kills + 1))
    else
        wait "$pid" || fail "run $runs: exit $? before its kill: $(head -n 3 "$tmp/run.err")"
        contents "$tmp/killed.db" > "$tmp/killed.txt" || fail "reading the store"
        cmp -s "$tmp/clean.txt" "$tmp/killed.txt" || fail "run $runs completed after $kills kills, unlike a clean run"
        rm -f "$tmp/killed.db" "$tmp/killed.db-wal" "$tmp/killed.db-shm"
        restarts=$((restarts + 1)) stored=0
        continue
    fi
    [ -s "$tmp/run.err" ] && fail "kill $kills: the run said: $(head -n 3 "$tmp/run.err")"
    # killed before the schema was committed: no tables (the shell makes an empty file when there is none)
    if [ "$(sqlite3 "$tmp/killed.db" 'SELECT count(*) FROM sqlite_master')" = 0 ]; then
        [ "$stored" = 0 ] || fail "kill $kills: the store is gone"
        empty=$((empty + 1))
        continue
    fi
    line=$(check "$tmp/killed.db" 2>&1) || fail "kill $kills after ${ms} ms: $line"
    case "$line" in
    "$ok_line
half_docs=0 orphan_events=0 half_events=0 no_incident=0 stray_members=0 half_incidents=0 documents="*) ;;
    *) fail "kill $kills after ${ms} ms: $line" ;;
    esac
    now=${line##*documents=}
    [ "$now" -ge "$stored" ] || fail "kill $kills: $stored documents were stored, now $now"
    stored=$now
done
"$S" ingest --quiet --db "$tmp/killed.db" --jsonl "$tmp/in.jsonl" || fail "the ingest after the last kill: exit $?"
contents "$tmp/killed.db" > "$tmp/killed.txt" || fail "reading the store after the last kill"
if ! cmp -s "$tmp/clean.txt" "$tmp/killed.txt"; then
    diff "$tmp/clean.txt" "$tmp/killed.txt" | head -n 20 | cut -c 1-200
    fail "after $KILLS kills and a last run, the store differs from a clean run's"
fi

# ---- pages of a store this size ---------------------------------------------------------------
# The clean store, ~11,000 events, is the largest of the suite: big enough for `total` to reach its
# cap (limit + offset + 10,000) and for a box to be searched every way (query.c: the index walk, the
# walk on a budget, the R*Tree).  Every page must be what plain SQL over the table gives, whichever
# way it was found, and a count kept by a server connection must not outlive a commit by another
# process.
db=$tmp/clean.db
start_server pages --db "$db"
url=$URL
# page QUERY LIMIT OFFSET WHERE: the API's ids and total against SQL's
page() {
    got=$(curl -s "${url}api/events?$1&limit=$2&offset=$3" | jq -r '(.items[] | .id), .total, .total_capped') ||
        fail "GET /api/events?$1"
    n=$(sqlite3 "$db" "SELECT count(*) FROM events WHERE $4")
    cap=$(($2 + $3 + 10000))
    want=$(sqlite3 "$db" "SELECT id FROM events WHERE $4 ORDER BY day0 DESC NULLS LAST, id LIMIT $2 OFFSET $3"
           if [ "$n" -gt "$cap" ]; then printf '%s\ntrue\n' "$cap"; else printf '%s\nfalse\n' "$n"; fi)
    [ "$got" = "$want" ] || fail "GET /api/events?$1&limit=$2&offset=$3: not what SQL gives ($n matches)"
}
live="historical = 0"
[ "$(sqlite3 "$db" "SELECT count(*) > 10101 FROM events WHERE $live")" = 1 ] || fail "the store is too small"
page "historical=0" 1 0 "$live"
page "historical=0" 1000 0 "$live"
page "historical=0" 1000 6000 "$live"
page "historical=1" 100 0 "1"
world="lon BETWEEN -180 AND 180 AND lat BETWEEN -90 AND 90"
page "bbox=-180,-90,180,90" 1 0 "$live AND $world"              # the box holds >= the cap: the index walk
page "bbox=-180,-90,180,90" 1000 200 "$live AND $world"         # < the cap: counted from its R*Tree
# a box of 100 events: the walk's budget runs out, its R*Tree gives the page
izmir="lon BETWEEN 27 AND 27.3 AND lat BETWEEN 38.3 AND 38.5"
page "bbox=27,38.3,27.3,38.5" 100 0 "$live AND $izmir"
page "bbox=27,38.3,27.3,38.5" 50 30 "$live AND $izmir"
town="lon BETWEEN 36.5 AND 37.5 AND lat BETWEEN 36.5 AND 37.5"
page "bbox=36.5,36.5,37.5,37.5&from=2021-04-20" 100 0 "$live AND $town AND day0 >= 18737"
page "bbox=36.5,36.5,37.5,37.5&to=2021-04-20" 50 30 "$live AND $town AND day0 <= 18737"
# another process commits: each of the server's connections counts again
before=$(sqlite3 "$db" "SELECT count(*) FROM events WHERE $live AND $town")
for _ in 1 2 3 4 5 6 7 8; do page "bbox=36.5,36.5,37.5,37.5" 100 0 "$live AND $town"; done
printf '{"id":"late","date":"2021-06-01","text":%s}\n' "$(jq -Rs . tests/cases/modality.txt)" |
    "$S" ingest --quiet --db "$db" --jsonl - || fail "ingest beside the server: exit $?"
after=$(sqlite3 "$db" "SELECT count(*) FROM events WHERE $live AND $town")
[ "$after" -gt "$before" ] || fail "the late document adds nothing in the box"
for _ in 1 2 3 4 5 6 7 8; do page "bbox=36.5,36.5,37.5,37.5" 100 0 "$live AND $town"; done
echo "$KILLS kills in $runs runs ($restarts completed early, $empty before the schema), clean run ${T} ms," \
     "start-up ${S_MS} ms; $stored of $N documents stored at the last kill"
finish
