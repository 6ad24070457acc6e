#!/bin/sh
# sitrep ingest: a second ingest of the same inputs leaves every table's row
# count unchanged; the order of documents does not change the incidents; usage
# and exit codes.  Runs killed at random points: store_durability.sh.
# Row counts need the sqlite3 shell (skips, exit 77, without it).
set -u
S=${SITREP:-build/sitrep}
fail() { echo "FAIL: $*"; exit 1; }
command -v sqlite3 > /dev/null || { echo "no sqlite3 shell"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
tables="documents posts events incidents incident_members sources evidence event_sources"
counts() {
    for t in $tables; do printf '%s=%s ' "$t" "$(sqlite3 "$1" "SELECT count(*) FROM $t")"; done
    printf 'fts=%s' "$(sqlite3 "$1" "SELECT count(*) FROM evidence_fts WHERE evidence_fts MATCH 'shells OR rockets'")"
}
files="examples/border-shelling.txt tests/cases/airstrike_civilians.txt tests/cases/clash_casualties.txt tests/cases/background.txt"
# shellcheck disable=SC2086
"$S" ingest --quiet --db "$tmp/a.db" $files || fail "ingest exit $?"
first=$(counts "$tmp/a.db")
case "$first" in *"documents=4 "*) ;; *) fail "documents: $first" ;; esac
case "$first" in *"incidents=0 "*) fail "no incidents: $first" ;; esac
# shellcheck disable=SC2086
"$S" ingest --db "$tmp/a.db" $files 2> "$tmp/err" || fail "second ingest exit $?"
grep -q "(0 new)" "$tmp/err" || fail "second ingest summary: $(cat "$tmp/err")"
[ "$(counts "$tmp/a.db")" = "$first" ] || fail "row counts changed: $first -> $(counts "$tmp/a.db")"
[ "$(sqlite3 "$tmp/a.db" 'PRAGMA journal_mode')" = wal ] || fail "not in WAL mode"
# stdin and JSON lines
echo "Rebels shelled the town of Goma on Tuesday, the army said." | "$S" ingest --quiet --db "$tmp/a.db" --date 2020-05-05 - \
    || fail "stdin exit $?"
[ "$(sqlite3 "$tmp/a.db" "SELECT count(*) FROM documents WHERE id='stdin'")" = 1 ] || fail "stdin document"

# the reverse order gives the same incidents
rev=$(printf '%s\n' $files | tac | tr '\n' ' ')
# shellcheck disable=SC2086
"$S" ingest --quiet --db "$tmp/b.db" $rev || fail "reverse ingest exit $?"
sqlite3 "$tmp/a.db" "SELECT record FROM incidents WHERE id IN (SELECT incident FROM incident_members m
    JOIN events e ON e.id = m.event WHERE e.doc != 'stdin') ORDER BY id" > "$tmp/a.inc"
sqlite3 "$tmp/b.db" "SELECT record FROM incidents ORDER BY id" > "$tmp/b.inc"
cmp -s "$tmp/a.inc" "$tmp/b.inc" || fail "the order of documents changed the incidents"

# usage and exit codes
"$S" ingest --help | grep -q "usage: sitrep ingest" || fail "--help"
"$S" ingest examples/border-shelling.txt > /dev/null 2>&1; [ $? = 2 ] || fail "no --db should be exit 2"
"$S" ingest --db "$tmp/a.db" --date 18.03.2021 examples/border-shelling.txt > /dev/null 2>&1; [ $? = 2 ] || fail "bad --date"
echo "not a database" > "$tmp/text.db"
printf 'x%.0s' $(seq 1 200) >> "$tmp/text.db"
"$S" ingest --db "$tmp/text.db" examples/border-shelling.txt > /dev/null 2>&1
rc=$?; [ $rc = 3 ] || [ $rc = 4 ] || fail "a file that is not a store: exit $rc"
sqlite3 "$tmp/other.db" 'CREATE TABLE t(x)'
"$S" ingest --db "$tmp/other.db" examples/border-shelling.txt > /dev/null 2>&1; [ $? = 3 ] || fail "a foreign SQLite file should be exit 3"
"$S" ingest --quiet --db "$tmp/a.db" tests/cases/empty.txt > /dev/null 2>&1; [ $? = 1 ] || fail "an uncodable document should be exit 1"
"$S" ingest --quiet --db "$tmp/a.db" "$tmp/missing.txt" > /dev/null 2>&1; [ $? = 1 ] || fail "a missing input should be exit 1"
echo ok
