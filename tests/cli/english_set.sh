#!/bin/sh
# The English rule set (tests/english/, same format as tests/turkish/, see its
# README.md): sentences we wrote, one or more for each English coding rule,
# each checked against the record ACLED would code.  Runs the Turkish set's
# runner on it; arguments as there (row ids print those rows' primary events).
TURKISH_SET_DIR=$(dirname "$0")/../english SET_NAME=english exec sh "$(dirname "$0")/turkish_set.sh" "$@"
