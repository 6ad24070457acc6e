#!/bin/sh
# sitrep serve bound beyond loopback (--bind 0.0.0.0): without a token POST
# /api/documents is off (403) while GETs work; with --token it needs the token.
# Runs inside a network namespace of its own (unshare -rn), where the only
# interface is its own loopback, so nothing listens where others could reach
# it; skips when namespaces are not available.
set -u
if [ "${SERVE_BIND_IN_NS:-}" != 1 ]; then
    command -v unshare > /dev/null 2>&1 && command -v ip > /dev/null 2>&1 || { echo "no unshare or ip"; exit 77; }
    unshare -rn sh -c 'ip link set lo up' 2> /dev/null || { echo "cannot make a network namespace here"; exit 77; }
    SERVE_BIND_IN_NS=1 exec unshare -rn sh -c 'ip link set lo up && exec sh "$0"' "$0"
fi
. tests/cli/serve_lib.inc
make_store "$WORK/s.db"
start_server open --db "$WORK/s.db" --bind 0.0.0.0
grep -q 'POST /api/documents: off' "$WORK/open.err" || fail "start-up line: $(cat "$WORK/open.err")"
URL=$(printf '%s' "$URL" | sed 's/0\.0\.0\.0/127.0.0.1/')
stats=$(get /api/stats)
expect 403 /api/documents -X POST -H 'Content-Type: text/plain' --data-binary 'Rockets hit Kilis on 18 March 2021.'
jq -e '.error | test("--token")' "$WORK/body" > /dev/null || fail "403 does not say why: $(cat "$WORK/body")"
[ "$(get /api/stats)" = "$stats" ] || fail "a refused POST changed the store"

start_server token --db "$WORK/s.db" --bind 0.0.0.0 --token 'tok en'
URL=$(printf '%s' "$URL" | sed 's/0\.0\.0\.0/127.0.0.1/')
expect 401 /api/documents -X POST -H 'Content-Type: text/plain' --data-binary 'Rockets hit Kilis on 18 March 2021.'
expect 200 '/api/documents?id=bind-1' -X POST -H 'Content-Type: text/plain' -H 'Authorization: Bearer tok en' \
    --data-binary 'Rockets fired from Syria hit Kilis on 18 March 2021.'
finish
