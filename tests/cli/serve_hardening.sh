#!/bin/sh
# sitrep serve refuses what it must (issue 8, item 5): malformed, unknown,
# repeated and oversized parameters, SQL-injection strings in every parameter
# and in the path, path traversal in every spelling, oversized request lines,
# headers and bodies, wrong methods and content types, cross-origin and
# rebinding posts, and POST without the token; every refusal is a 4xx with a
# JSON error naming the parameter, and none changes the store.
set -u
. tests/cli/serve_lib.inc
make_store "$WORK/s.db"
mkdir -p "$WORK/web"
echo '<!doctype html><title>page</title>' > "$WORK/web/index.html"
echo 'secret outside the web directory' > "$WORK/outside.txt"
ln -s "$WORK/outside.txt" "$WORK/web/link.txt"
start_server main --db "$WORK/s.db" --web "$WORK/web" --max-body 1
stats=$(get /api/stats)

# each parameter, malformed: 400 naming it
for case in 'foo=1 foo' 'limit=1&limit=2 limit' 'limit=0 limit' 'limit=1001 limit' 'limit=abc limit' \
    'limit=-1 limit' 'limit=1e3 limit' 'offset=-1 offset' 'offset=99999999 offset' 'offset=0x10 offset' \
    'bbox=1,2,3 bbox' 'bbox=1,2,3,4,5 bbox' 'bbox=200,0,210,1 bbox' 'bbox=0,-91,1,0 bbox' 'bbox=5,0,4,1 bbox' \
    'bbox=nan,0,1,1 bbox' 'bbox=inf,0,1,1 bbox' 'bbox=0x1,0,1,1 bbox' 'bbox=%201,0,1,1 bbox' 'bbox= bbox' \
    'from=2021-13-01 from' 'from=2021-02-30 from' 'from=2021-3-1 from' 'from=2021 from' 'from=2021-03-18T00:00 from' \
    'to=yesterday to' 'from=2021-03-02&to=2021-03-01 from' 'historical=2 historical' 'historical=true historical' \
    'historical historical' 'type=%3Cscript%3E type' 'q=%zz q' 'q=%00 q' 'q=a%0Ab q' 'q=%ff%fe q' \
    'q=kilis%22 q' 'q=(kilis) q' 'q=*kilis q' 'q=a%20--%20b q' "q=kilis' q" 'type=%E2%80%AE type'; do
    query=${case% *}
    param=${case##* }
    expect 400 "/api/events?$query"
    error_names "$param"
    expect 400 "/api/incidents?$query"
done

# SQL injection strings, in every parameter and in the incident id
for p in from to bbox type q limit offset historical; do
    for inj in "1' OR '1'='1" '1; DROP TABLE events; --' '1" OR "1"="1' "') UNION SELECT * FROM documents --" \
        '1 OR 1=1' "%27%3B%20DELETE%20FROM%20events%3B--"; do
        enc=$(printf '%s' "$inj" | jq -sRr @uri)
        case $inj in %*) enc=$inj ;; esac
        expect 400 "/api/events?$p=$enc"
        error_names "$p"
    done
done
for id in "in-1'%20OR%20'1'='1" 'in-1%3BDROP%20TABLE%20incidents' '%27' 'a%20b'; do
    expect 400 "/api/incidents/$id"
    error_names id
done

# oversized: a q of 257 bytes, a query string over 2048 bytes, a request line over 8 KiB, 100 KiB of headers
long=$(head -c 257 /dev/zero | tr '\0' 'a')
expect 400 "/api/events?q=$long"
error_names q
expect 414 "/api/events?q=a&type=$(head -c 2100 /dev/zero | tr '\0' 'b')"
expect 414 "/$(head -c 9000 /dev/zero | tr '\0' 'c')"
big=$(head -c 100000 /dev/zero | tr '\0' 'h')
code=$(status -H "X-Big: $big" "${URL}api/events")
case $code in 4??) ;; *) fail "100 KiB of headers: $code" ;; esac

# path traversal in every spelling: 400 or 404, and never a file from outside
for path in '/../../../../etc/passwd' '/%2e%2e/%2e%2e/etc/passwd' '/..%2f..%2fetc%2fpasswd' '/%2e%2e%2f%2e%2e%2fetc/passwd' \
    '/./index.html' '/web/../index.html' '//etc/passwd' '/..\\..\\etc\\passwd' '/%5c..%5cetc%5cpasswd' \
    '/index.html%00.js' '/%00' '/link.txt' '/../outside.txt' '/%252e%252e/outside.txt' '/api/../../etc/passwd'; do
    code=$(status --path-as-is "$URL${path#/}")
    case $code in 400|404) ;; *) fail "$path: $code" ;; esac
    if grep -q -e 'root:' -e 'secret outside' "$WORK/body"; then fail "$path served a file from outside"; fi
done

# methods and bodies
expect 405 /api/events -X POST -d x
expect 405 / -X DELETE
expect 405 /api/documents
expect 415 /api/documents -X POST -H 'Content-Type: application/json' --data-binary '{}'
expect 415 /api/documents -X POST -H 'Content-Type: text/plain; charset=latin1' --data-binary 'x'
head -c 1100000 /dev/zero | tr '\0' 'a' > "$WORK/big.txt"
expect 413 /api/documents -X POST -H 'Content-Type: text/plain' --data-binary @"$WORK/big.txt"
expect 413 /api/documents -X POST -H 'Content-Type: text/plain' -H 'Transfer-Encoding: chunked' --data-binary @"$WORK/big.txt"
expect 400 '/api/documents?id=a%20b' -X POST -H 'Content-Type: text/plain' --data-binary 'Rockets hit Kilis.'
error_names id
expect 400 '/api/documents?url=javascript:alert(1)' -X POST -H 'Content-Type: text/plain' --data-binary 'Rockets hit Kilis.'
error_names url
expect 400 '/api/documents?id=x' -X POST -H 'Content-Type: application/x-ndjson' --data-binary '{"text":"x"}'
expect 403 /api/documents -X POST -H 'Content-Type: text/plain' -H 'Origin: http://evil.example' --data-binary 'Rockets hit Kilis.'
expect 403 /api/documents -X POST -H 'Content-Type: text/plain' -H 'Host: evil.example' --data-binary 'Rockets hit Kilis.'

# none of that changed the store
[ "$(get /api/stats)" = "$stats" ] || fail "the store changed: $(get /api/stats) vs $stats"

# with a token (here from a file), POST needs it
printf 's3cret-token\n' > "$WORK/token"
start_server token --db "$WORK/s.db" --web "$WORK/web" --token-file "$WORK/token"
expect 401 /api/documents -X POST -H 'Content-Type: text/plain' --data-binary 'Rockets hit Kilis.'
expect 401 /api/documents -X POST -H 'Content-Type: text/plain' -H 'Authorization: Bearer wrong' --data-binary 'Rockets hit Kilis.'
expect 401 /api/documents -X POST -H 'Content-Type: text/plain' -H 'Authorization: Bearer s3cret-tokenX' --data-binary 'Rockets hit Kilis.'
[ "$(get /api/stats)" = "$stats" ] || fail "a refused POST changed the store"
expect 200 '/api/documents?id=with-token' -X POST -H 'Content-Type: text/plain' -H 'Authorization: Bearer s3cret-token' \
    --data-binary 'Rockets fired from Syria hit Kilis on 18 March 2021.'
get /api/stats | jq --argjson n0 "$N_EXAMPLES" -e '.documents == (1 + $n0)' > /dev/null || fail "POST with the token did not store"

finish
