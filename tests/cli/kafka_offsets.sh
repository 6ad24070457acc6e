#!/bin/sh
# The parts of `sitrep kafka` that need no cluster, with their cmocka tests:
# the commit ledger (src/cli/kafka_offsets.c, tests/kafka/test_kafka_offsets.c)
# and the record key (src/cli/kafka_key.c, tests/kafka/test_kafka_key.c).
# They are built here because they belong to the command, not to libsitrep,
# so the unit-test rule of the Makefile does not link them.
set -u
B=${BUILD:-build}
fail() { echo "FAIL: $*"; exit 1; }
mkdir -p "$B/kafka"
san=""
[ "$B" = build-san ] && san="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"
for unit in offsets key; do
    bin="$B/kafka/test_kafka_$unit"
    # shellcheck disable=SC2086
    ${CC:-cc} -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -D_GNU_SOURCE -O1 -g $san -Isrc \
        $(pkg-config --cflags json-c) -o "$bin" "tests/kafka/test_kafka_$unit.c" "src/cli/kafka_$unit.c" \
        $(pkg-config --libs json-c) -lcmocka || fail "cannot build $bin"
    "$bin" || fail "$bin"
    if command -v valgrind > /dev/null && [ "$B" != build-san ]; then
        valgrind -q --leak-check=full --error-exitcode=9 "$bin" > /dev/null 2>&1 || fail "$bin under valgrind"
    fi
done
echo ok
