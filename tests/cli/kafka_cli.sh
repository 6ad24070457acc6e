#!/bin/sh
# `sitrep kafka` without a cluster: --help, usage errors (exit 2), and a broker
# that cannot be reached (exit 4, quickly, saying so).
set -u
S=${SITREP:-build/sitrep}
fail() { echo "FAIL: $*"; exit 1; }
"$S" kafka --help | grep -q "usage: sitrep kafka --brokers LIST" || fail "--help"
"$S" --help | grep -q "^  kafka " || fail "sitrep --help lists kafka"
need='--brokers 127.0.0.1:1 --in a --out b --group g'
usage() {   # usage WHAT ARGS...: exit 2 with a message that names WHAT
    what=$1; shift
    err=$("$S" kafka "$@" 2>&1 >/dev/null); rc=$?
    [ $rc -eq 2 ] || fail "$*: exit $rc, want 2"
    printf '%s' "$err" | grep -q -- "$what" || fail "$*: message does not name $what: $err"
}
usage --brokers --in a --out b --group g
usage --group --brokers x:1 --in a --out b
# shellcheck disable=SC2086
usage "KEY=VALUE" $need -X linger.ms
# shellcheck disable=SC2086
usage "group.id" $need -X consumer.group.id=other
# shellcheck disable=SC2086
usage "no.such.property" $need -X no.such.property=1
# shellcheck disable=SC2086
usage "--date" $need --date 18/03/2021
# shellcheck disable=SC2086
usage "unexpected argument" $need article.txt
start=$(date +%s)
# shellcheck disable=SC2086
err=$("$S" kafka $need 2>&1 >/dev/null); rc=$?
[ $rc -eq 4 ] || fail "unreachable broker: exit $rc, want 4"
printf '%s' "$err" | grep -q "no broker of '127.0.0.1:1' answers" || fail "unreachable broker: $err"
[ $(( $(date +%s) - start )) -le 12 ] || fail "unreachable broker: took more than 12 s"
echo ok
