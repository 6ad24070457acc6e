#!/bin/sh
# Runs every test: unit tests (cmocka), golden cases, CLI tests.  Prints one
# line per test and a closing "N passed, N failed, N skipped" line; exits 1
# when anything failed.  BUILD names the build directory (build or build-san).
# SITREP_UPDATE_GOLDEN=1 rewrites tests/cases/*.expected.jsonl (review the diff).
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
SITREP="$BUILD/sitrep"
# Golden and CLI tests run on the small place table, so their expectations do
# not depend on whether the GeoNames gazetteer was built; tests that need the
# gazetteer read SITREP_TEST_GAZETTEER (empty when it is not built).
SITREP_GAZETTEER=""
SITREP_TEST_GAZETTEER=""
[ -f build/gazetteer.bin ] && SITREP_TEST_GAZETTEER="$(pwd)/build/gazetteer.bin"
export SITREP BUILD SITREP_GAZETTEER SITREP_TEST_GAZETTEER
pass=0 fail=0 skip=0
failed_names=""

ok()   { pass=$((pass + 1)); echo "ok    $1"; }
bad()  { fail=$((fail + 1)); failed_names="$failed_names $1"; echo "FAIL  $1"; }
skp()  { skip=$((skip + 1)); echo "skip  $1${2:+: $2}"; }

# unit tests
for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    name="unit/$(basename "$t")"
    if out=$("$t" 2>&1); then ok "$name"; else bad "$name"; printf '%s\n' "$out" | tail -n 30; fi
done

# golden cases: tests/cases/NAME.txt (+ NAME.args) -> NAME.expected.jsonl, ids and lexicon version masked
normalise() { sed -E 's/"lexicon":"lex-[0-9a-f]+"/"lexicon":"LEX"/g; s/"id":"ev-[0-9a-f]+"/"id":"EV"/g'; }
for in_file in tests/cases/*.txt tests/cases/*.jsonl; do
    [ -e "$in_file" ] || continue
    case "$in_file" in *.expected.jsonl) continue ;; esac
    base="${in_file%.*}"
    name="golden/$(basename "$base")"
    args=""
    [ -f "$base.args" ] && args=$(cat "$base.args")
    # shellcheck disable=SC2086
    actual=$("$SITREP" code --quiet $args "$in_file" 2>/dev/null | normalise)
    if [ "${SITREP_UPDATE_GOLDEN:-0}" = 1 ]; then
        printf '%s\n' "$actual" > "$base.expected.jsonl"
        ok "$name (rewritten)"
        continue
    fi
    if [ ! -f "$base.expected.jsonl" ]; then bad "$name (no $base.expected.jsonl)"; continue; fi
    if printf '%s\n' "$actual" | diff -u "$base.expected.jsonl" - > /tmp/sitrep-golden.diff; then
        ok "$name"
    else
        bad "$name"
        head -n 40 /tmp/sitrep-golden.diff
    fi
done

# CLI tests: each script exits 0 (pass), 77 (skip, reason on stdout) or else (fail)
for t in tests/cli/*.sh; do
    [ -f "$t" ] || continue
    name="cli/$(basename "$t" .sh)"
    out=$(sh "$t" 2>&1)
    rc=$?
    if [ $rc -eq 0 ]; then ok "$name"
    elif [ $rc -eq 77 ]; then skp "$name" "$(printf '%s' "$out" | tail -n 1)"
    else bad "$name"; printf '%s\n' "$out" | tail -n 30; fi
done

echo
[ -n "$failed_names" ] && echo "failed:$failed_names"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
