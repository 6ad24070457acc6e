#!/bin/sh
# The browser test of the map page (issue 6): builds a store with `sitrep
# ingest` from our sample articles (examples/*.txt) and, when it exists, the
# founding example ../shared/corpus/kilis-2021-03-18.txt; starts `sitrep serve`
# on it; and has headless Chromium (Debian's /usr/bin/chromium, driven by
# playwright-core from build/web-test-npm) load the page, find the expected
# incident's marker, click it and read the evidence panel (map.cjs says what
# is checked).  Screenshots go to build/test-output/.
# Exit 0 pass, 1 fail, 77 skip (no chromium, node, npm packages or page).
set -u
cd "$(dirname "$0")/../.."
S=${SITREP:-build/sitrep}
OUT=${TEST_OUTPUT:-build/test-output}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
PW=build/web-test-npm/node_modules/playwright-core
skip() { echo "skip: $*"; exit 77; }
[ -x "$CHROMIUM" ] || skip "no chromium at $CHROMIUM (scripts/deps.sh --dev installs it)"
command -v node > /dev/null 2>&1 || skip "no node"
[ -f "$PW/package.json" ] || skip "playwright-core is not installed (make web-test-deps, needs the npm registry)"
[ -f build/web/index.html ] || skip "the map page is not built (make map, needs the npm registry)"
[ -x "$S" ] || { echo "FAIL: no $S"; exit 1; }

work=$(mktemp -d)
pid=""
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2> /dev/null && wait "$pid" 2> /dev/null
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

founding=${SITREP_SHARED:-../shared}/corpus/kilis-2021-03-18.txt
set -- examples/*.txt
[ -f "$founding" ] && set -- "$@" "$founding"
if ! "$S" ingest --quiet --db "$work/map.db" "$@" > "$work/ingest.log" 2>&1; then
    echo "FAIL: sitrep ingest:"; cat "$work/ingest.log"; exit 1
fi
"$S" serve --db "$work/map.db" --port 0 --web build/web > "$work/url" 2> "$work/serve.log" &
pid=$!
url=""
for _ in $(seq 1 100); do
    url=$(sed -n 's/^sitrep serve: open //p' "$work/url" 2> /dev/null)
    [ -n "$url" ] && break
    kill -0 "$pid" 2> /dev/null || break
    sleep 0.1
done
[ -n "$url" ] || { echo "FAIL: sitrep serve did not start:"; cat "$work/serve.log"; exit 1; }

expect=""
[ -f "$founding" ] && expect=Kilis
mkdir -p "$OUT"
CHROMIUM="$CHROMIUM" PLAYWRIGHT_CORE="$(pwd)/$PW" node tests/browser/map.cjs "$url" "$OUT" "$expect"
