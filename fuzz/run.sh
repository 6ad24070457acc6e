#!/bin/sh
# Runs each libFuzzer target given on the command line for FUZZ_SECONDS
# (default 60) over a scratch copy of its seed corpus fuzz/corpus/NAME (NAME =
# the target without "fuzz_"), so the repository's seeds stay as written.
# A crash leaves its input in fuzz/ (crash-*) and fails the run.
set -u
cd "$(dirname "$0")/.."
secs=${FUZZ_SECONDS:-60}
status=0
for bin in "$@"; do
    name=$(basename "$bin")
    seeds="fuzz/corpus/${name#fuzz_}"
    work=$(mktemp -d)
    [ -d "$seeds" ] && cp -r "$seeds"/. "$work"/
    echo "fuzz: $name for ${secs}s"
    if ! "$bin" -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536 -artifact_prefix=fuzz/ \
        -print_final_stats=1 "$work" > "$work.log" 2>&1; then
        status=1
        echo "fuzz: $name FAILED"
        tail -n 40 "$work.log"
    else
        grep -E "stat::number_of_executed_units" "$work.log" | sed "s/^/fuzz: $name /"
    fi
    rm -rf "$work" "$work.log"
done
exit $status
