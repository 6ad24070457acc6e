#!/bin/sh
# The Turkish test set (tests/turkish/, format in its README.md): every
# sentence of sentences.tsv coded and its primary event checked against the
# row's expected record, and both sides of every English/Turkish pair of
# pairs.tsv coded and their primary events required to agree.  All rows go
# through one `sitrep code --jsonl` run, without a language tag.  Prints one
# line per failing row or pair, per-field and per-type counts, and
#   turkish set: N/M sentences pass, P/Q pairs agree
# Exit 0 when everything passes, 1 otherwise.
#
# Places: with the GeoNames gazetteer when SITREP_TEST_GAZETTEER names it
# (tests/run-all.sh sets it when build/gazetteer.bin exists), else with the
# small place table (data/places.tsv); the expected names hold for both, but for
# rows whose expected place the small table lacks: without the gazetteer their
# place, its country and actor 1's country (often read from the place) are not
# checked, and the report says how many rows that left out.
#
#   sh tests/cli/turkish_set.sh [ID...]   only these rows and pairs, each
#                                         printed with its primary event
# TURKISH_SET_DIR names another directory holding a set in the same format,
# SET_NAME what the last line calls it (tests/cli/english_set.sh does both).
# shellcheck disable=SC2016  # the single-quoted jq programs use jq variables
set -u
S=${SITREP:-${BUILD:-build}/sitrep}
D=${TURKISH_SET_DIR:-$(dirname "$0")/../turkish}
M=$(dirname "$0")/../turkish                       # where set.jq lives
TAX=$(dirname "$0")/../../data/taxonomy.tsv
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
command -v jq > /dev/null || { echo "jq is not installed"; exit 77; }
[ -x "$S" ] || fail "no sitrep binary at $S (make first)"
jqs() { jq -L "$M" "$@"; }

G=${SITREP_TEST_GAZETTEER:-}
if [ -n "$G" ] && [ -f "$G" ]; then
    SITREP_GAZETTEER=$G
    places="GeoNames gazetteer"
else
    SITREP_GAZETTEER=""
    places="small place table"
fi
export SITREP_GAZETTEER

# ---- the runner's own check: set.jq's primary pick and comparisons on
# made-up coder output, so a broken comparison cannot pass everything
self=$(jqs -n -c 'include "set";
    def ev($doc; $sub; $conf; $place; $fat): {kind: "event", doc: $doc, confidence: $conf,
        type: {acled_sub: $sub}, actor1: null, location: $place, fatalities: $fat, modality: "asserted"};
    def row($id; $place; $fat): {id: $id, acled_sub: "Shelling/artillery/missile attack",
        actor1_country: "-", actor1_sector: "-", location: $place, location_country: "TUR",
        fatalities: $fat, modality: "asserted", origin_country: "-", event_date: "-"};
    {name: "Kilis", text: "Kilis\u2019te", admin1: "Kilis", country: "TUR"} as $kilis
    | [{kind: "doc", id: "x"}, ev("x"; null; 0.9; null; null),
       ev("x"; "Shelling/artillery/missile attack"; 0.6; $kilis; null),
       ev("x"; "Armed clash"; 0.6; null; 3),
       {kind: "doc", id: "p/en"}, ev("p/en"; "Arrests"; 0.5; $kilis; null),
       {kind: "doc", id: "p/tr"}, ev("p/tr"; "Arrests"; 0.5; $kilis; 0),
       {kind: "doc", id: "q/en"}, ev("q/en"; "Arrests"; 0.5; $kilis; 2),
       {kind: "doc", id: "q/tr"}, ev("q/tr"; "Arrests"; 0.5; $kilis; 0)] | by_document as $docs
    | report([row("x"; "KİLİS"; "0"), row("x"; "Hatay|Antakya"; "3"), row("y"; "Kilis"; "0")];
             [{id: "p"}, {id: "q"}]; $docs)
    | (.sentences[] | [.fails[] | .field]), (.pairs[] | [.fails[] | .field])') ||
    fail "set.jq does not run"
[ "$self" = '[]
["location","fatalities"]
["document"]
[]
["fatalities"]' ] || fail "the runner's self-check: $self"

# ---- read and check the set
subs=$(awk -F'\t' '!/^#/ && $1 != "key" && $3 != "-" && $3 != "" { print $3 }' "$TAX" | jq -R . | jq -s -c .)
# (without the gazetteer, the place fields of rows whose place the small table lacks are "-")
SENTENCES=$D/sentences.tsv
unplaced=0
if [ -z "$SITREP_GAZETTEER" ]; then
    awk -F'\t' -v OFS='\t' 'NR == FNR { if ($0 !~ /^#/) { known[tolower($1)] = 1
                                             n = split($9, a, "|"); for (i = 1; i <= n; i++) known[tolower(a[i])] = 1 }
                                         next }
        /^#/ || $1 == "id" || $7 == "-" || $7 == "" { print; next }
        { n = split($7, alt, "|"); ok = 0; for (i = 1; i <= n; i++) if (tolower(alt[i]) in known) ok = 1
          if (!ok) { $5 = "-"; $7 = "-"; $8 = "-"; print FILENAME > "/dev/stderr" } print }' \
        "$(dirname "$0")/../../data/places.tsv" "$D/sentences.tsv" > "$T/sentences.tsv" 2> "$T/unplaced" ||
        fail "cannot read $D/sentences.tsv"
    unplaced=$(grep -c . "$T/unplaced")
    SENTENCES=$T/sentences.tsv
fi
jqs -R -s --arg f "$D/sentences.tsv" 'include "set"; parse_tsv($f; sentence_columns)' "$SENTENCES" \
    > "$T/sentences.json" || fail "cannot read $D/sentences.tsv"
jqs -R -s --arg f "$D/pairs.tsv" 'include "set"; parse_tsv($f; pair_columns)' "$D/pairs.tsv" \
    > "$T/pairs.json" || fail "cannot read $D/pairs.tsv"
problems=$(jqs -r -n --slurpfile s "$T/sentences.json" --slurpfile p "$T/pairs.json" --argjson subs "$subs" \
    --arg sf "$D/sentences.tsv" --arg pf "$D/pairs.tsv" 'include "set";
    $s[0].errors[], $p[0].errors[],
    ($s[0].rows[] | sentence_problems($sf; $subs)[]),
    ($p[0].rows[] | pair_problems($pf)[]),
    ([$s[0].rows[].id, $p[0].rows[].id] | group_by(.)[] | select(length > 1) | "id \(.[0]) used \(length) times")')
[ -z "$problems" ] || fail "the set is malformed:
$problems"

# only the rows named on the command line
ids=$(printf '%s\n' "$@" | jq -R . | jq -s -c 'map(select(. != ""))')
jqs -c -n --slurpfile s "$T/sentences.json" --argjson ids "$ids" \
    '$s[0].rows | map(select($ids == [] or (.id as $i | $ids | index([$i]))))' > "$T/srows.json"
jqs -c -n --slurpfile p "$T/pairs.json" --argjson ids "$ids" \
    '$p[0].rows | map(select($ids == [] or (.id as $i | $ids | index([$i]))))' > "$T/prows.json"

# ---- code everything in one run
jqs -c -n --slurpfile s "$T/srows.json" --slurpfile p "$T/prows.json" \
    'include "set"; documents($s[0]; $p[0])' > "$T/docs.jsonl"
"$S" code --jsonl --quiet "$T/docs.jsonl" > "$T/out.jsonl" 2> "$T/err"
rc=$?
[ $rc -le 1 ] || fail "sitrep code exited $rc: $(cat "$T/err")"

# ---- compare and report
jqs -n --slurpfile s "$T/srows.json" --slurpfile p "$T/prows.json" --slurpfile out "$T/out.jsonl" \
    'include "set"; report($s[0]; $p[0]; $out | by_document)' > "$T/report.json" ||
    fail "cannot compare the coder's output"
[ "$unplaced" -gt 0 ] && places="$places; $unplaced rows name a place it lacks, their places not checked"
jq -r --arg places "$places" --argjson verbose "$([ "$ids" = "[]" ] && echo false || echo true)" '
    def q: if type == "string" then "\"\(.)\"" else tojson end;
    (.sentences[] | select(.fails != [] or $verbose)
     | "\(.id): " + (if .fails == [] then "ok"
         elif .primary == null and .acled_sub != "NONE" and (.fails[0].field == "acled_sub") then
           "no ACLED event, expected \(.acled_sub | q) (so \(.fails | length) fields fail)"
         else (.fails | map("\(.field): expected \(.expected | q), got \(.got | q)") | join("; ")) end)
       + (if $verbose then "\n  primary: \(.primary | tojson)" else "" end)),
    (.pairs[] | select(.fails != [] or $verbose)
     | "\(.id) (pair): " + (if .fails == [] then "agree"
         elif (.en == null) != (.tr == null) then
           (if .en == null then "en" else "tr" end) + " has no ACLED event, " +
           (if .en == null then "tr \(.tr.type.acled_sub | q)" else "en \(.en.type.acled_sub | q)" end)
         else (.fails | map("\(.field): en \(.en | q), tr \(.tr | q)") | join("; ")) end)
       + (if $verbose then "\n  en: \(.en | tojson)\n  tr: \(.tr | tojson)" else "" end)),
    "",
    "places: \($places)",
    "fields (sentences): " + (.fields | map("\(.field) \(.pass)/\(.checked)") | join(", ")),
    "types (sentences): " + (.types | map("\(.type) \(.pass)/\(.rows)") | join(", ")),
    "fields (pairs agree): " + (.pair_fields | map("\(.field) \(.agree)/\($p)") | join(", ")),
    "\($set) set: \(.sentences_pass)/\(.sentences | length) sentences pass, \(.pairs_agree)/\(.pairs | length) pairs agree" +
      " (\(.pairs_both_none) of the pairs with no ACLED event on either side)"
    ' --argjson p "$(jq '.pairs | length' "$T/report.json")" --arg set "${SET_NAME:-turkish}" "$T/report.json"
jq -e '.sentences_pass == (.sentences | length) and .pairs_agree == (.pairs | length)' "$T/report.json" > /dev/null
