#!/bin/sh
# Runs `sitrep code` over the bundled example and every golden case under
# valgrind memcheck; fails on any memory error or leak (exit 9), or when the
# coder itself exits with anything but 0 or 1 (1: the case has bad input).
set -u
cd "$(dirname "$0")/.."
BIN=${1:-build/sitrep}
status=0
run() {
    valgrind --quiet --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite,indirect \
        "$BIN" code --quiet "$@" > /dev/null
    rc=$?
    if [ $rc -gt 1 ]; then echo "valgrind: $* exited $rc"; status=1; fi
}
for f in examples/*.txt tests/cases/*.txt; do
    [ -e "$f" ] && run "$f"
done
for f in tests/cases/*.jsonl; do
    case "$f" in *.expected.jsonl) continue ;; esac
    [ -e "$f" ] && run --jsonl "$f"
done
[ $status -eq 0 ] && echo "valgrind: clean"
exit $status
