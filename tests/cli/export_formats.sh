#!/bin/sh
# sitrep export: the ACLED CSV opens with ACLED's header and has its 31 columns
# on every row, the GDELT TSV has 61 tab-separated columns on every line, the
# GeoJSON is one FeatureCollection, JSONL gives the stored records; the
# filters (dates, bounding box, type, Turkish-aware text) narrow them; usage
# errors are exit 2.
set -u
S=${SITREP:-build/sitrep}
fail() { echo "FAIL: $*"; exit 1; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/in.jsonl" <<'JSONL'
{"id":"wire-1","date":"2021-06-08","source":"Example Wire","url":"https://example.org/1","text":"Mortar shells fired from Syria hit farmland near Akçakale on Tuesday, Turkish officials said. No one was killed."}
{"id":"wire-2","date":"2021-06-08","source":"Daily Example","text":"Two people were killed when mortar shells fired from Syria landed near Akçakale in Şanlıurfa province on Tuesday, local sources said."}
{"id":"wire-3","date":"2021-06-09","source":"Example Post","text":"Syrian army shelling killed 3 civilians in Idlib on Wednesday, activists said."}
{"id":"bg","date":"2021-06-08","text":"Police detained 5 people in Gaziantep on Tuesday. Officials condemned the attack. In October 2019, Turkey launched a military operation in northern Syria against Kurdish militants."}
JSONL
"$S" ingest --quiet --db "$tmp/s.db" --jsonl "$tmp/in.jsonl" || fail "ingest exit $?"
x() { "$S" export --quiet --db "$tmp/s.db" "$@"; }

events=$(x --format jsonl --historical | wc -l)
news=$(x --format jsonl | wc -l)
incidents=$(x --format jsonl --incidents --historical | wc -l)
[ "$events" -gt "$news" ] || fail "historical records: $events events, $news news"
[ "$incidents" -lt "$events" ] || fail "$incidents incidents for $events events"
x --format jsonl --historical | jq -e 'select(.kind != "event")' > /dev/null && fail "jsonl events are not event records"
x --format jsonl --incidents | jq -e 'select(.kind != "incident")' > /dev/null && fail "jsonl incidents are not incident records"

# ACLED: the header of ACLED's exports, 31 fields on every row (quoted commas counted right)
acled_header='data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3'
for inc in "" --incidents; do
    # shellcheck disable=SC2086
    x --format acled-csv --historical $inc > "$tmp/a.csv" || fail "acled-csv $inc exit $?"
    [ "$(head -n 1 "$tmp/a.csv")" = "$acled_header" ] || fail "ACLED header: $(head -n 1 "$tmp/a.csv")"
    if command -v python3 > /dev/null; then
        python3 -c 'import csv,sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
bad = [r for r in rows if len(r) != 31]
sys.exit(1 if bad or len(rows) < 3 else 0)' "$tmp/a.csv" || fail "ACLED rows are not 31 fields $inc"
    fi
done
x --format acled-csv | grep -q '^[0-9]*,792,ev-[0-9a-f]*,[0-9]*,2021-06-08,2021,1,Explosions/Remote violence,Shelling/artillery/missile attack,' \
    || fail "the Akçakale row: $(x --format acled-csv)"
# the wire's url is not an ACLED column; its source is
x --format acled-csv | grep -q 'Example Wire' || fail "ACLED source column"

# GDELT: 61 columns on every line, the header first, CAMEO and Goldstein filled
for inc in "" --incidents; do
    # shellcheck disable=SC2086
    x --format gdelt-tsv --historical $inc > "$tmp/g.tsv" || fail "gdelt-tsv $inc exit $?"
    awk -F'\t' 'NF != 61 { bad++ } END { exit bad ? 1 : 0 }' "$tmp/g.tsv" || fail "GDELT lines are not 61 columns $inc"
    [ "$(head -n 1 "$tmp/g.tsv" | cut -f1)" = GlobalEventID ] || fail "GDELT header"
    [ "$(head -n 1 "$tmp/g.tsv" | cut -f61)" = SOURCEURL ] || fail "GDELT header end"
    [ "$(wc -l < "$tmp/g.tsv")" -ge 3 ] || fail "GDELT rows $inc"
done
x --format gdelt-tsv | awk -F'\t' '$27 == "194" && $29 == "19" && $30 == 4 && $31 == "-10.0" && $2 == "20210608" &&
    $52 == 4 && $54 == "TR" { found = 1 } END { exit found ? 0 : 1 }' || fail "the shelling's GDELT row"
# NumSources and NumArticles of an event come from its incident: the two Akçakale reports
x --format gdelt-tsv | awk -F'\t' '$27 == "194" && $54 == "TR" && $34 == 2 { n++ } END { exit n == 2 ? 0 : 1 }' \
    || fail "NumArticles from the incident"
x --format gdelt-tsv --no-header | head -n 1 | cut -f1 | grep -q '^[0-9][0-9]*$' || fail "--no-header"

# GeoJSON
x --format geojson --historical | jq -e --argjson n "$events" '.type == "FeatureCollection" and (.features | length) == $n
    and all(.features[]; .type == "Feature" and (.geometry == null or .geometry.type == "Point"))' > /dev/null \
    || fail "GeoJSON"
x --format geojson --incidents | jq -e 'all(.features[]; .properties.kind == "incident")' > /dev/null || fail "GeoJSON incidents"

# filters
[ "$(x --format jsonl --from 2021-06-09 --to 2021-06-09 | wc -l)" = 1 ] || fail "--from/--to"
[ "$(x --format jsonl --bbox 37,36.5,39.5,37.5 | jq -r .location.name | sort -u | tr '\n' ' ')" = "Akçakale Gaziantep " ] \
    || fail "--bbox: $(x --format jsonl --bbox 37,36.5,39.5,37.5 | jq -r .location.name)"
[ "$(x --format jsonl --type Arrests | wc -l)" = 1 ] || fail "--type"
[ "$(x --format jsonl --type 194 --incidents | wc -l)" = 2 ] || fail "--type on incidents"
[ "$(x --format jsonl --q 'ŞANLIURFA' | wc -l)" = 1 ] || fail "--q Turkish capitals"
[ "$(x --format jsonl --q 'sanliurfa' | wc -l)" = 1 ] || fail "--q without Turkish letters"
[ "$(x --format jsonl --q 'akcakale mortar' --incidents | wc -l)" = 1 ] || fail "--q on incidents"

# usage
"$S" export --help | grep -q "usage: sitrep export" || fail "--help"
x --format xml > /dev/null 2>&1; [ $? = 2 ] || fail "unknown format"
x --format jsonl --bbox 1,2,3 > /dev/null 2>&1; [ $? = 2 ] || fail "short bbox"
x --format jsonl --bbox 10,0,5,1 > /dev/null 2>&1; [ $? = 2 ] || fail "inverted bbox"
x --format jsonl --from 2021-13-01 > /dev/null 2>&1; [ $? = 2 ] || fail "bad --from"
"$S" export --format jsonl > /dev/null 2>&1; [ $? = 2 ] || fail "no --db"
"$S" export --db "$tmp/missing.db" --format jsonl > /dev/null 2>&1; [ $? = 4 ] || fail "missing store"
x --format gdelt-tsv --data /nonexistent > /dev/null 2>&1; [ $? = 3 ] || fail "missing goldstein.tsv"
echo ok
