#!/bin/sh
# Acceptance of incident fusion on the founding example: exactly two news
# incidents of violence dated 2021-03-18 (the rocket strike on Kilis and the
# Turkish return fire into Syria), each told by at least two sources, English
# and Turkish mentions in the same incident; background kept as historical.
# Skips (exit 77) when ../shared is absent.
set -u
S=${SITREP:-build/sitrep}
F=${SITREP_SHARED:-../shared}/corpus/kilis-2021-03-18.txt
[ -f "$F" ] || { echo "founding example not found at $F"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
export SITREP_GAZETTEER="${SITREP_TEST_GAZETTEER:-}"
"$S" ingest --quiet --db "$tmp/k.db" "$F" || fail "ingest exit $?"
inc=$("$S" export --quiet --db "$tmp/k.db" --format jsonl --incidents --historical) || fail "export exit $?"
violent='(.type.acled=="Battles" or .type.acled=="Explosions/Remote violence" or .type.acled=="Violence against civilians")'
day=$(printf '%s\n' "$inc" | jq -c "select(.historical==false and .date==\"2021-03-18\" and $violent)")
n=$(printf '%s\n' "$day" | grep -c .)
[ "$n" = 2 ] || fail "$n violent incidents on 2021-03-18, want 2: $day"
printf '%s\n' "$day" | jq -s -e 'all(.[]; .n_sources >= 2)' > /dev/null || fail "an incident with fewer than two sources"
# the strike landed in Turkey, the return fire in Syria
printf '%s\n' "$day" | jq -s -e 'any(.[]; .location.country=="TUR" and .retaliation==false)
    and any(.[]; .location.country=="SYR" and .actor1.country=="TUR")' > /dev/null || fail "strike and return fire: $day"
# English and Turkish: the strike's evidence lies both in the English prose and in a Turkish post
ids=$(printf '%s\n' "$day" | jq -c 'select(.location.country=="TUR") | .events')
events=$("$S" export --quiet --db "$tmp/k.db" --format jsonl --historical | jq -c --argjson ids "$ids" 'select(.id as $e | $ids | index($e))')
[ -n "$events" ] || fail "no events for the strike's incident"
posts=$(SITREP_GAZETTEER="${SITREP_TEST_GAZETTEER:-}" "$S" code --quiet "$F" | jq -c 'select(.kind=="doc") | [.posts[] | select(.lang=="tr") | [.start, .end]]')
printf '%s\n' "$events" | jq -s -e --argjson posts "$posts" '
    [.[].evidence[] | [.start, .end]] as $spans
    | any($spans[]; . as $s | any($posts[]; .[0] <= $s[0] and $s[1] <= .[1]))
      and any($spans[]; . as $s | all($posts[]; $s[1] <= .[0] or .[1] <= $s[0]))' > /dev/null \
    || fail "the strike's incident does not hold both English and Turkish mentions"
# background is stored, as historical
printf '%s\n' "$inc" | jq -s -e 'any(.[]; .historical and .date=="2019-10")' > /dev/null || fail "Peace Spring not historical"
echo ok
