#!/bin/sh
# `sitrep eval plover` and `sitrep eval petrarch` on tiny gold files written
# here (made-up records, no /work/shared needed): the numbers of the report
# and the exit codes (0 scored, 1 some records skipped, 2 usage, 3 malformed
# or empty gold, 4 unreadable file).  Skips (77) until the two evaluations
# are wired into `sitrep eval`.
#
# The sentences are ones any lexicon of sitrep codes the same way: Turkish
# troops shelling Syrian positions (FIGHT, CAMEO 194, actors TUR and SYR),
# Kenyan police arresting men (COERCE, CAMEO 173, actor KEN), and weather in
# a made-up town (no event).  Gold that disagrees is deliberate: an AGREE on
# the weather, a PETRARCH 111 on the arrest.  The exact arithmetic of every
# number is in tests/unit/test_cameogold.c.
set -u
S=${SITREP:-build/sitrep}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
command -v jq > /dev/null || { echo "jq is not installed"; exit 77; }
if ! "$S" eval plover --help > /dev/null 2>&1 || ! "$S" eval petrarch --help > /dev/null 2>&1; then
    echo "sitrep eval plover/petrarch are not wired into sitrep eval yet"
    exit 77
fi

# ---- PLOVER: a DOCUMENT entry (passed over), three records ----
cat > "$T/gsr.json" <<'EOF'
[
{"id": "T-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "made-up records for sitrep's tests"},
{"id": "T-FIGHT-0001", "date": "2000-01-01", "event": "FIGHT", "language": "en",
 "source": [{"actorText": "Turkish troops", "code": "TURMIL", "sector": "MIL"}],
 "target": [{"actorText": "Syrian", "code": "SYR"}],
 "text": "Turkish troops shelled Syrian army positions near Kobani on Monday."},
{"id": "T-COERCE-0001", "date": "2000-01-01", "event": "COERCE",
 "source": [{"actorText": "Kenyan police", "code": "KENCOP"}], "target": "",
 "text": "Kenyan police arrested four men in Nairobi on Tuesday."},
{"id": "T-AGREE-0001", "date": "2000-01-01", "event": "AGREE",
 "source": [{"actorText": "Velmora", "code": "---"}],
 "text": "The weather in Velmora was mild on Sunday."}
]
EOF
out=$("$S" eval plover --json "$T/gsr.json"); rc=$?
[ $rc -eq 0 ] || fail "plover: exit $rc"
printf '%s\n' "$out" | jq -e '
    .eval == "plover" and .records == 3 and .records_skipped == 0 and .refused == 0 and .no_event == 1 and
    .type == {scored: 3, agree: 2, agreement: 0.6667, agreement_on_events: 1, no_event: 1, no_code: 0, wrong: 0} and
    .actors == {source: {agree: 2, of: 2, rate: 1}, source_unknown: 0,
                target: {agree: 1, of: 1, rate: 1}, target_unknown: 0} and
    .by_gold[0] == {gold: "AGREE", n: 1, agree: 0, missed: 1, no_event: 1, agreement: 0,
                    instead: [{label: "(no event)", count: 1}]} and
    ([.by_gold[].gold] == ["AGREE", "COERCE", "FIGHT"]) and (has("misses") | not)' > /dev/null ||
    fail "plover numbers: $out"

# --misses lists the one disagreement; --limit 1 scores the first record alone
out=$("$S" eval plover --json --misses "$T/gsr.json") || fail "plover misses: exit $?"
printf '%s\n' "$out" | jq -e '.misses == [{id: "T-AGREE-0001", gold: "AGREE", ours: "(no event)", cameo: null,
    text: "The weather in Velmora was mild on Sunday."}]' > /dev/null || fail "plover misses: $out"
out=$("$S" eval plover --json --limit 1 "$T/gsr.json") || fail "plover limit: exit $?"
printf '%s\n' "$out" | jq -e '.records == 1 and .type.agree == 1 and .actors.target.of == 1' > /dev/null ||
    fail "plover limit: $out"

# the human report carries the same numbers
out=$("$S" eval plover --misses "$T/gsr.json") || fail "plover report: exit $?"
printf '%s\n' "$out" | grep -Eq '^  type agreement +0\.6667   \(2 of 3\)$' || fail "report agreement: $out"
printf '%s\n' "$out" | grep -Eq '^  source = actor1 country +1\.0000   \(2 of 2\)$' || fail "report source: $out"
printf '%s\n' "$out" | grep -Eq '^  AGREE +1 +0 +1 +0\.0000  \(no event\) x1$' || fail "report table: $out"
printf '%s\n' "$out" | grep -Eq '^  T-AGREE-0001 +AGREE +\(no event\) +The weather' || fail "report misses: $out"

# an unusable record is skipped and named, the rest scored: exit 1
printf '[{"id": "x", "event": "AGREE"},\n {"id": "y", "event": "AGREE", "text": "The weather was mild."}]\n' \
    > "$T/skip.json"
out=$("$S" eval plover --json "$T/skip.json" 2> "$T/err"); rc=$?
[ $rc -eq 1 ] || fail "plover skip: exit $rc"
grep -q 'skip.json: record 1 (x) skipped: no "text" string' "$T/err" || fail "plover skip message: $(cat "$T/err")"
printf '%s\n' "$out" | jq -e '.records == 1 and .records_skipped == 1' > /dev/null || fail "plover skip: $out"

# malformed, not an array, no record: exit 3, no report
for bad in '[{"id": "a", "event": }]' '{"id": "a"}' '[]' '[{"event": "DOCUMENT"}]' ''; do
    printf '%s' "$bad" > "$T/bad.json"
    out=$("$S" eval plover "$T/bad.json" 2> "$T/err"); rc=$?
    [ $rc -eq 3 ] || fail "plover '$bad': exit $rc"
    [ -z "$out" ] || fail "plover '$bad': a report was printed: $out"
    grep -Eq 'bad.json(:1)?: (malformed JSON|not a PLOVER|no record)' "$T/err" || fail "plover '$bad': $(cat "$T/err")"
done

# ---- PETRARCH: codings, noevents, error, a test code ----
cat > "$T/unit.xml" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<Validation>
<Sentences>
<Sentence date="20000101" id="T-01" category="DEMO" sentence="true">
<!-- made up for sitrep's tests -->
<EventCoding sourcecode="TURMIL" targetcode="SYRMIL" eventcode="194"></EventCoding>
<EventCoding sourcecode="TURMIL" targetcode="---" eventcode="190"></EventCoding>
<Text>
Turkish troops shelled Syrian army positions
near Kobani on Monday.
</Text>
<Parse>(ROOT (S (NP (NNP Turkish))))</Parse>
</Sentence>
<Sentence date="20000101" id="T-02" category="DEMO" sentence="true">
<EventCoding sourcecode="KENCOP" targetcode="---" eventcode="111"></EventCoding>
<Text>Kenyan police arrested four men in Nairobi on Tuesday.</Text>
</Sentence>
<Sentence date="20000101" id="T-03" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>The weather in Velmora was mild on Sunday.</Text>
</Sentence>
<Sentence date="20000101" id="T-04" category="PATTERN" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>The weather in Velmora was mild on Monday.</Text>
</Sentence>
<Sentence date="20000101" id="T-05" category="ERROR" sentence="true">
<EventCoding error="dateline"></EventCoding>
<Text>VELMORA: -- The weather was mild.</Text>
</Sentence>
<Sentence date="20000101" id="T-06" category="VERB" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="903"></EventCoding>
<Text>Arnor blorfed Gondor on Monday.</Text>
</Sentence>
</Sentences>
</Validation>
EOF
out=$("$S" eval petrarch --json --misses "$T/unit.xml"); rc=$?
[ $rc -eq 0 ] || fail "petrarch: exit $rc"
printf '%s\n' "$out" | jq -e '
    .eval == "petrarch" and .records == 6 and .records_skipped == 0 and .no_event == 4 and
    .code == {scored: 3, agree: 1, agreement: 0.3333, agree_full: 1, agreement_full: 0.3333,
              agreement_on_events: 0.5, no_event: 1, no_code: 0, wrong: 1} and
    .gold_none == {sentences: 1, no_event: 1} and .gold_error == {sentences: 1, no_event: 1} and
    .gold_test_codes == 1 and
    .actors.source == {agree: 2, of: 2, rate: 1} and .actors.target == {agree: 1, of: 1, rate: 1} and
    ([.by_gold[] | [.gold, .n, .agree]] == [["06", 1, 0], ["11", 1, 0], ["19", 1, 1]]) and
    .by_gold[1].instead == [{label: "17", count: 1}] and
    ([.misses[] | [.id, .gold, .ours, .cameo]] == [["T-02", "111", "17", "173"], ["T-03", "064", "(no event)", null]])' \
    > /dev/null || fail "petrarch numbers: $out"
out=$("$S" eval petrarch "$T/unit.xml") || fail "petrarch report: exit $?"
printf '%s\n' "$out" | grep -Eq '^  root agreement +0\.3333   \(1 of 3\)$' || fail "report root: $out"
printf '%s\n' "$out" | grep -Eq '^  full-code agreement +0\.3333   \(1 of 3\)$' || fail "report full: $out"
printf '%s\n' "$out" | grep -Eq '^  noevents +1   \(we gave no event on 1\)$' || fail "report noevents: $out"

# a skipped sentence (a coding without eventcode), malformed XML, no sentence, a missing file
printf '<S><Sentence id="b"><EventCoding sourcecode="ARN"/><Text>x</Text></Sentence>\n%s\n</S>\n' \
    '<Sentence id="g"><EventCoding eventcode="010"/><Text>The weather was mild.</Text></Sentence>' > "$T/skip.xml"
out=$("$S" eval petrarch --json "$T/skip.xml" 2> "$T/err"); rc=$?
[ $rc -eq 1 ] || fail "petrarch skip: exit $rc"
grep -q "skip.xml:1: sentence b skipped: an <EventCoding> without eventcode" "$T/err" ||
    fail "petrarch skip message: $(cat "$T/err")"
printf '%s\n' "$out" | jq -e '.records == 1 and .records_skipped == 1' > /dev/null || fail "petrarch skip: $out"
printf '<S>\n<Sentence id="x"><Text>a</Sentence>\n</S>\n' > "$T/bad.xml"
out=$("$S" eval petrarch "$T/bad.xml" 2> "$T/err"); rc=$?
[ $rc -eq 3 ] || fail "petrarch malformed: exit $rc"
[ -z "$out" ] || fail "petrarch malformed: a report was printed: $out"
grep -Eq "bad.xml:2:[0-9]+: malformed XML" "$T/err" || fail "petrarch malformed message: $(cat "$T/err")"
printf '<Validation/>\n' > "$T/none.xml"
"$S" eval petrarch "$T/none.xml" > /dev/null 2> "$T/err"; rc=$?
[ $rc -eq 3 ] || fail "petrarch no sentence: exit $rc"
grep -q "no record" "$T/err" || fail "petrarch no sentence message: $(cat "$T/err")"
for what in plover petrarch; do
    "$S" eval $what "$T/missing" > /dev/null 2> "$T/err"; rc=$?
    [ $rc -eq 4 ] || fail "$what missing: exit $rc"
    grep -q "missing: No such file" "$T/err" || fail "$what missing message: $(cat "$T/err")"
done

# help and usage
"$S" eval --help | grep -q "^  plover " || fail "eval --help lists plover"
"$S" eval --help | grep -q "^  petrarch " || fail "eval --help lists petrarch"
for what in plover petrarch; do
    "$S" eval $what --help | grep -q -- "--limit N" || fail "eval $what --help"
    for args in "" "a b" "--limit 0 $T/gsr.json" "--limit x $T/gsr.json" "--bogus $T/gsr.json"; do
        # shellcheck disable=SC2086
        "$S" eval $what $args > /dev/null 2>&1; rc=$?
        [ $rc -eq 2 ] || fail "'sitrep eval $what $args': exit $rc, not 2"
    done
done
echo ok
