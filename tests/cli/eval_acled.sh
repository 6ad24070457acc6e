#!/bin/sh
# `sitrep eval acled` on a small ACLED-shaped export written here (five
# made-up Kenyan events in the Kenya export's columns and date format; no
# /work/shared needed): every number of the report, worked out by hand below,
# and the exit codes (0 scored, 1 some rows skipped, 2 usage, 3 no header, a
# required column missing or no row, 4 unreadable file).
#
# The engine runs on its small place table (SITREP_GAZETTEER empty), which
# has every town named here.  What it codes, row by row:
#   1 Mandera clash   gold Battles/Armed clash; ours the same, 2 killed, at
#                     ACLED's point, admin1 Mandera; actor 1 Al Shabaab: not scored
#   2 Kisumu protest  gold Protests/Peaceful protest; ours the same, no count
#                     (= 0, as gold); gold point 0.0917 degrees north (10.2 km);
#                     "Kisumu County" = "Kisumu"; Protesters (Kenya): the text names
#                     none, so the codebook's protesters of the place's country: KEN agrees
#   3 Garissa budget  gold Strategic developments/Agreement; ours only a meeting,
#                     outside ACLED's codebook, so no ACLED event: NONE, no place;
#                     no count (= gold 0); geo_precision 2; Government of Kenya:
#                     we name no country
#   4 Lamu gunmen     gold Violence against civilians/Attack; ours the same, 3 killed;
#                     gold point 1 degree south (111 km); gold admin1 Tana River,
#                     ours Lamu; date "someday" unreadable; actor 1 not scored
#   5 Nairobi police  gold Riots/Violent demonstration; ours Protests/Excessive force
#                     against protesters, 2 killed (as gold); Police Forces of Kenya:
#                     KEN agrees; at ACLED's point; empty date
# So: sub-types right 3 of 5 (each right class F1 1, the two missed 0): accuracy,
# macro and weighted F1 0.6.  Types right 3 of 5; Protests predicted twice, right
# once: F1 2/3; macro = weighted = (1 + 1 + 2/3) / 5 = 0.5333.  Fatalities exact
# 5 of 5 (gold > 0: 3 of 3; gold 0: 2).  Actor 1: rows 2, 3, 5 scored, 2 agree.
# Within 25 km: rows 1, 2, 5 of the four at precision 1.  admin1: 3 of 5 (row 3
# has no place, row 4 is in the wrong county).
set -u
S=${SITREP:-build/sitrep}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
command -v jq > /dev/null || { echo "jq is not installed"; exit 77; }
SITREP_GAZETTEER=""
export SITREP_GAZETTEER

cat > "$T/kenya.csv" <<'EOF'
data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3
1,404,TST1,1,03-05-20,2020,1,Battles,Armed clash,Al Shabaab,,2,"Military Forces of Kenya (2013-)",,1,12,Eastern Africa,Kenya,Mandera,Mandera East,,Mandera,3.9366,41.867,1,Test,National,"On 3 May 2020, Al Shabaab militants clashed with Kenyan soldiers near Mandera, Mandera county. Two soldiers were killed.",2,1,KEN
2,404,TST2,2,05-05-20,2020,1,Protests,Peaceful protest,Protesters (Kenya),,6,,,0,60,Eastern Africa,Kenya,Kisumu County,Kisumu Central,,Kisumu,0.0,34.768,1,Test,National,"On 5 May 2020, hundreds of residents held a ""peaceful"" demonstration in Kisumu over water shortages.",0,1,KEN
3,404,TST3,3,06-05-20,2020,1,Strategic developments,Agreement,Government of Kenya (2013-),,1,,,0,10,Eastern Africa,Kenya,Garissa,Garissa,,Garissa,-0.4532,39.6461,2,Test,National,"On 6 May 2020, the county assembly met in Garissa to discuss the budget.",0,1,KEN
4,404,TST4,4,someday,2020,1,Violence against civilians,Attack,Unidentified Armed Group (Kenya),,3,Civilians (Kenya),,7,37,Eastern Africa,Kenya,Tana River,Garsen,,Kipini,-3.2717,40.902,1,Test,National,"On 7 May 2020, gunmen shot dead three civilians in Lamu.",3,1,KEN
5,404,TST5,5,,2020,1,Riots,Violent demonstration,Police Forces of Kenya (2013-),,1,Rioters (Kenya),,5,15,Eastern Africa,Kenya,Nairobi,Nairobi,,Nairobi,-1.2864,36.8172,1,Test,National,"On 4 May 2020, police shot dead two protesters in Nairobi.",2,1,KEN
EOF

check_numbers() {   # $1: JSON, $2: label
    printf '%s\n' "$1" | jq -e '
        .eval == "acled" and .rows == 5 and .rows_skipped == 0 and .gazetteer == null and
        .none == 1 and .none_share == 0.2 and .uncoded == 0 and .outside_acled <= 1 and
        .dates == {read: 3, empty: 1, unreadable: 1} and .shared_notes == {rows: 0, notes: 0} and
        .sub_event_type.correct == 3 and .sub_event_type.accuracy == 0.6 and
        .sub_event_type.macro_f1 == 0.6 and .sub_event_type.weighted_f1 == 0.6 and
        ([.sub_event_type.classes[] | [.label, .support, .predicted, .correct]] == [
            ["Armed clash", 1, 1, 1], ["Attack", 1, 1, 1], ["Peaceful protest", 1, 1, 1],
            ["Agreement", 1, 0, 0], ["Violent demonstration", 1, 0, 0],
            ["Excessive force against protesters", 0, 1, 0], ["NONE", 0, 1, 0]]) and
        .sub_event_type.confusions == [
            {gold: "Agreement", predicted: "NONE", count: 1},
            {gold: "Violent demonstration", predicted: "Excessive force against protesters", count: 1}] and
        .event_type.correct == 3 and .event_type.accuracy == 0.6 and
        .event_type.macro_f1 == 0.5333 and .event_type.weighted_f1 == 0.5333 and
        .event_type.classes[0] == {label: "Protests", support: 1, predicted: 2, correct: 1,
                                   precision: 0.5, recall: 1, f1: 0.6667} and
        .fatalities == {rows: 5, exact: 5, accuracy: 1, gold_zero: 2, gold_zero_share: 0.4,
                        gold_positive: 3, exact_positive: 3, accuracy_positive: 1,
                        stated: 3, unreadable: 0} and
        .actor1_country == {rows: 3, agree: 2, agreement: 0.6667, ours_unknown: 1, ours_other: 0,
                            state: {rows: 2, agree: 1}, people: {rows: 1, agree: 1},
                            not_scored: 2, unresolved: 0} and
        .location == {precise_rows: 4, precise_located: 4, within_25km: 3, share_25km: 0.75,
                      precise_unreadable: 0, admin1_rows: 5, admin1_located: 4, admin1_match: 3,
                      share_admin1: 0.6}' > /dev/null || fail "$2 numbers: $1"
}

out=$("$S" eval acled --json "$T/kenya.csv"); rc=$?
[ $rc -eq 0 ] || fail "kenya: exit $rc"
check_numbers "$out" kenya

# the same file with CR LF line ends and a byte order mark reads the same
{ printf '\357\273\277'; sed 's/$/\r/' "$T/kenya.csv"; } > "$T/crlf.csv"
out=$("$S" eval acled --json "$T/crlf.csv") || fail "crlf: exit $?"
check_numbers "$out" crlf

# --limit 2: the first two rows, both right
out=$("$S" eval acled --json --limit 2 "$T/kenya.csv") || fail "limit: exit $?"
printf '%s\n' "$out" | jq -e '.rows == 2 and .sub_event_type.accuracy == 1 and .fatalities.exact == 2 and
    .location.within_25km == 2' > /dev/null || fail "limit: $out"

# the human report carries the same numbers
out=$("$S" eval acled "$T/kenya.csv") || fail "report: exit $?"
printf '%s\n' "$out" | grep -Eq '^  sub-event type +0\.6000 +0\.6000 +0\.6000$' || fail "report sub: $out"
printf '%s\n' "$out" | grep -Eq '^  event type +0\.6000 +0\.5333 +0\.5333$' || fail "report type: $out"
printf '%s\n' "$out" | grep -Eq '^ +1  Violent demonstration -> Excessive force against protesters$' ||
    fail "report confusions: $out"
printf '%s\n' "$out" | grep -Eq '^  exact +1\.0000 +\(5 of 5\)$' || fail "report fatalities: $out"
printf '%s\n' "$out" | grep -Eq '^  agreement +0\.6667 +\(2 of 3\)$' || fail "report actor: $out"
printf '%s\n' "$out" | grep -Eq '^  within 25 km \(precision 1\) +0\.7500 +\(3 of 4\)$' || fail "report 25 km: $out"
printf '%s\n' "$out" | grep -Eq '^  admin1 matches +0\.6000 +\(3 of 5\)$' || fail "report admin1: $out"
printf '%s\n' "$out" | grep -Eq '^dates +3 read; coded without a date: 1 empty, 1 unreadable$' || fail "report dates: $out"

# --misses: the two rows whose sub-event type we miss (3 and 5), no other
out=$("$S" eval acled --json --misses "$T/kenya.csv") || fail "misses: exit $?"
printf '%s\n' "$out" | jq -e '[.misses[] | [.id, .gold, .ours, .gold_fatalities, .fatalities]] == [
    ["TST3", "Agreement", "NONE", "0", 0],
    ["TST5", "Violent demonstration", "Excessive force against protesters", "2", 2]] and
    (.misses[1].notes | startswith("On 4 May 2020, police shot dead"))' > /dev/null || fail "misses: $out"
out=$("$S" eval acled --misses "$T/kenya.csv") || fail "misses report: exit $?"
printf '%s\n' "$out" | grep -Pq '^  TST3\tAgreement\tNONE\t0\t0\tOn 6 May 2020, ' || fail "misses report: $out"
[ "$(printf '%s\n' "$out" | grep -c '^  TST')" -eq 2 ] || fail "misses report count: $out"

# skipped rows: a stray quote (named with line and byte), a short row, no
# sub_event_type; the rest scored, and the two rows sharing a note counted: exit 1
NOTE='"On 3 May 2020, Al Shabaab militants clashed with Kenyan soldiers near Mandera, Mandera county."'
cat > "$T/skip.csv" <<EOF
event_type,sub_event_type,notes,event_date
Battles,Armed clash,$NOTE,2020-05-03
Battles,Armed clash,"bad "quote,2020-05-03
Battles,Armed clash,$NOTE
Riots,,"On 3 May 2020, rioters burnt tyres in Nairobi.",2020-05-03
Battles,Armed clash,$NOTE,03-05-20
EOF
out=$("$S" eval acled --json "$T/skip.csv" 2> "$T/err"); rc=$?
[ $rc -eq 1 ] || fail "skip: exit $rc"
grep -Eq "skip.csv:3: byte [0-9]+: row skipped: text after a closing quote \(row from line 3\)" "$T/err" ||
    fail "skip quote message: $(cat "$T/err")"
grep -q "skip.csv:4: row skipped: 3 fields, the header has 4" "$T/err" || fail "skip short: $(cat "$T/err")"
grep -q "skip.csv:5: row skipped: no sub_event_type" "$T/err" || fail "skip no type: $(cat "$T/err")"
printf '%s\n' "$out" | jq -e '.rows == 2 and .rows_skipped == 3 and .shared_notes == {rows: 2, notes: 1} and
    .sub_event_type.accuracy == 1 and .dates.read == 2 and .fatalities.rows == 0 and
    .actor1_country.rows == 0 and .location.admin1_rows == 0' > /dev/null || fail "skip numbers: $out"

# an unclosed quote ends the file: the rows before it are scored, exit 1
printf 'notes,event_type,sub_event_type\n"Shelling hit Kilis.",Explosions/Remote violence,Shelling/artillery/missile attack\n"open,Battles,Armed clash\n' > "$T/open.csv"
out=$("$S" eval acled --json "$T/open.csv" 2> "$T/err"); rc=$?
[ $rc -eq 1 ] || fail "open quote: exit $rc"
grep -q "open.csv:3: byte 115: a quoted field opened here is never closed (the file ends on line 4)" "$T/err" ||
    fail "open quote message: $(cat "$T/err")"
printf '%s\n' "$out" | jq -e '.rows == 1' > /dev/null || fail "open quote numbers: $out"

# a required column missing, no header, no row: exit 3, no report
for case in "missing:event_type,notes\nBattles,x\n:no column 'sub_event_type'" "empty::no header row" \
    "header:notes,event_type,sub_event_type\n:no row to score"; do
    name=${case%%:*}; rest=${case#*:}; body=${rest%%:*}; msg=${rest#*:}
    printf "$body" > "$T/$name.csv"
    out=$("$S" eval acled "$T/$name.csv" 2> "$T/err"); rc=$?
    [ $rc -eq 3 ] || fail "$name: exit $rc"
    [ -z "$out" ] || fail "$name: a report was printed: $out"
    grep -q "$msg" "$T/err" || fail "$name message: $(cat "$T/err")"
done

# unreadable: exit 4
"$S" eval acled "$T/missing-file.csv" > /dev/null 2> "$T/err"; rc=$?
[ $rc -eq 4 ] || fail "missing: exit $rc"
grep -q "missing-file.csv: No such file" "$T/err" || fail "missing message: $(cat "$T/err")"

# help and usage
"$S" eval --help | grep -q "^  acled " || fail "eval --help"
"$S" eval acled --help | grep -q -- "--limit N" || fail "eval acled --help"
for args in "eval acled" "eval acled a.csv b.csv" "eval acled --limit 0 $T/kenya.csv" \
    "eval acled --limit x $T/kenya.csv" "eval acled --bogus $T/kenya.csv"; do
    # shellcheck disable=SC2086
    "$S" $args > /dev/null 2>&1; rc=$?
    [ $rc -eq 2 ] || fail "'sitrep $args': exit $rc, not 2"
done
echo ok
