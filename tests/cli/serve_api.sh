#!/bin/sh
# sitrep serve's API on a store of our sample articles: every route, every
# query parameter doing what it says, the page's files, POST /api/documents
# (text and JSON lines, idempotent), and the store left as it was by reads.
set -u
. tests/cli/serve_lib.inc
make_store "$WORK/s.db"
mkdir -p "$WORK/web/sub"
echo '<!doctype html><title>test page</title>' > "$WORK/web/index.html"
echo 'console.log(1)' > "$WORK/web/sub/x.js"
start_server main --db "$WORK/s.db" --web "$WORK/web"

# the page and its files, with their types; HEAD answers without a body
get / | grep -q 'test page' || fail "GET /"
[ "$(curl -s -o /dev/null -w '%{content_type}' "${URL}sub/x.js")" = "text/javascript; charset=utf-8" ] || fail "js type"
curl -sI "${URL}index.html" | grep -qi '^content-security-policy:' || fail "no CSP on the page"
expect 404 /nothing.html

stats=$(get /api/stats)
printf '%s' "$stats" | jq --argjson n0 "$N_EXAMPLES" -e '.documents == (0 + $n0) and .events > 0 and .incidents > 0' > /dev/null || fail "stats: $stats"

# events: records as `sitrep code` writes them
ev=$(get /api/events)
printf '%s' "$ev" | jq -e '.total > 0 and .limit == 100 and .offset == 0 and (.items | length) == .total
    and all(.items[]; .kind == "event" and (.id | startswith("ev-")))' > /dev/null || fail "events: $ev"
n_all=$(printf '%s' "$ev" | jq .total)
# bbox around Akçakale and Tell Abyad (38.95 E, 36.7 N): every item inside it
bb=$(get '/api/events?bbox=38,36,40,37.5')
printf '%s' "$bb" | jq -e '.total > 0 and all(.items[]; .location.lon >= 38 and .location.lon <= 40
    and .location.lat >= 36 and .location.lat <= 37.5)' > /dev/null || fail "bbox: $bb"
get '/api/events?bbox=0,0,1,1' | jq -e '.total == 0' > /dev/null || fail "empty bbox"
get '/api/events?from=2030-01-01' | jq -e '.total == 0' > /dev/null || fail "from"
get '/api/events?to=2000-01-01' | jq -e '.total == 0' > /dev/null || fail "to"
get '/api/events?from=2021-06-08&to=2021-06-08' | jq -e '.total > 0 and all(.items[]; .date == "2021-06-08")' > /dev/null || fail "from/to"
get '/api/events?limit=1' | jq -e --argjson n "$n_all" '.total == $n and (.items | length) == 1 and .limit == 1' > /dev/null || fail "limit"
first=$(get '/api/events?limit=1' | jq -r '.items[0].id')
second=$(get '/api/events?limit=1&offset=1' | jq -r '.items[0].id')
[ -n "$second" ] && [ "$first" != "$second" ] || fail "offset: $first / $second"
get '/api/events?type=Explosions/Remote%20violence' | jq -e '.total > 0 and all(.items[]; .type.acled == "Explosions/Remote violence")' > /dev/null || fail "type"
get '/api/events?type=NoSuchType' | jq -e '.total == 0' > /dev/null || fail "unknown type"
get '/api/events?q=mortar' | jq -e '.total > 0' > /dev/null || fail "q"
get '/api/events?q=mortar+shells' | jq -e '.total > 0' > /dev/null || fail "q, two words"
get '/api/events?q=zzqxv' | jq -e '.total == 0' > /dev/null || fail "q, no match"
h0=$(get '/api/events' | jq .total)
h1=$(get '/api/events?historical=1' | jq .total)
[ "$h1" -ge "$h0" ] || fail "historical=1 ($h1) < historical=0 ($h0)"
get '/api/events?q=&type=&limit=5&' | jq -e '.limit == 5' > /dev/null || fail "empty q and type mean none"

# incidents, and one incident with its events and documents
inc=$(get /api/incidents)
printf '%s' "$inc" | jq -e '.total > 0 and all(.items[]; .kind == "incident" and (.id | startswith("in-")))' > /dev/null || fail "incidents: $inc"
id=$(printf '%s' "$inc" | jq -r '[.items[] | select(.n_reports > 1)][0].id // .items[0].id')
one=$(get "/api/incidents/$id")
printf '%s' "$one" | jq -e --arg id "$id" '.incident.id == $id and (.events | length) > 0 and (.documents | length) > 0
    and all(.events[]; .kind == "event" and (.evidence | length) > 0)' > /dev/null || fail "incident $id: $one"
expect 404 /api/incidents/in-0000000000000000
expect 404 /api/nothing
expect 405 /api/events -X PUT
curl -s -D - -o /dev/null -X DELETE "${URL}api/incidents" | grep -qi '^allow: GET, HEAD' || fail "405 without Allow"

# reading changed nothing
[ "$(get /api/stats)" = "$stats" ] || fail "reads changed the store"

# POST one document as text, then again: the second changes nothing
text='Rockets fired from Syria hit a field near Kilis on Thursday, Turkish officials said. No one was hurt.'
code=$(status -X POST -H 'Content-Type: text/plain; charset=utf-8' --data-binary "$text" \
    "${URL}api/documents?id=post-test-1&date=2021-03-18&source=Test%20Wire&url=https://example.org/a")
[ "$code" = 200 ] || fail "POST text: $code $(cat "$WORK/body")"
jq -e '.documents == 1 and .stored == 1 and .events > 0 and .errors == []' "$WORK/body" > /dev/null || fail "POST text: $(cat "$WORK/body")"
after=$(get /api/stats)
printf '%s' "$after" | jq --argjson n0 "$N_EXAMPLES" -e '.documents == (1 + $n0)' > /dev/null || fail "POST did not store: $after"
code=$(status -X POST -H 'Content-Type: text/plain' --data-binary "$text" "${URL}api/documents?id=post-test-1&date=2021-03-18&source=Test%20Wire&url=https://example.org/a")
[ "$code" = 200 ] && [ "$(get /api/stats)" = "$after" ] || fail "a second POST of the same document changed the store"
get '/api/events?q=Kilis' | jq -e '.total > 0' > /dev/null || fail "the posted document is not searchable"
# without an id the text names the document: posting it twice stores it once
status -X POST -H 'Content-Type: text/plain' --data-binary "$text Again." "${URL}api/documents" > /dev/null
status -X POST -H 'Content-Type: text/plain' --data-binary "$text Again." "${URL}api/documents" > /dev/null
get /api/stats | jq --argjson n0 "$N_EXAMPLES" -e '.documents == (2 + $n0)' > /dev/null || fail "id-less posts: $(get /api/stats)"

# JSON lines: one good, one broken, one empty text -> 207 with the error records
printf '%s\n%s\n\n%s\n' '{"id":"j1","text":"Turkish jets bombed PKK positions in northern Iraq on Tuesday, the Defence Ministry said.","date":"2021-06-08"}' \
    '{"id":"j2",' '{"id":"j3","text":""}' > "$WORK/docs.jsonl"
code=$(status -X POST -H 'Content-Type: application/x-ndjson' --data-binary @"$WORK/docs.jsonl" "${URL}api/documents")
[ "$code" = 207 ] || fail "POST jsonl: $code $(cat "$WORK/body")"
jq -e '.documents == 2 and .stored == 1 and (.errors | length) == 2 and all(.errors[]; .kind == "error")
    and .errors[0].record == 2' "$WORK/body" > /dev/null || fail "POST jsonl: $(cat "$WORK/body")"
# nothing stored at all -> 400
code=$(status -X POST -H 'Content-Type: application/x-ndjson' --data-binary 'not json' "${URL}api/documents")
[ "$code" = 400 ] || fail "POST of nothing good: $code"
finish
