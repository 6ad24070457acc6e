# set.jq — the Turkish test set's rules, used by tests/cli/turkish_set.sh:
# reading sentences.tsv and pairs.tsv, turning their rows into JSONL
# documents for `sitrep code --jsonl`, picking each document's primary event
# from the coder's output, and comparing it with a row's expectations or with
# the other side of a pair.  The file format is in tests/turkish/README.md.
# jq 1.6 module: `jq -L tests/turkish 'include "set"; ...'`.

def sentence_columns:
  ["id", "text", "date", "acled_sub", "actor1_country", "actor1_sector", "location",
   "location_country", "fatalities", "modality", "origin_country", "event_date"];
def pair_columns: ["id", "en", "tr", "date"];
# the expectation columns, in the order they are reported
def checked_fields:
  ["acled_sub", "actor1_country", "actor1_sector", "location", "location_country",
   "fatalities", "modality", "origin_country", "event_date"];
def pair_fields:
  ["acled_sub", "actor1_country", "actor1_sector", "location", "location_country",
   "fatalities", "modality"];
def sectors:
  ["military", "police", "government", "rebel", "militia", "terrorist", "civilians",
   "protesters", "rioters", "media", "international"];
def modalities: ["asserted", "claimed", "alleged", "hypothetical", "denied", "negated"];

# ---- reading the TSV files ---------------------------------------------------------

# A TSV text (the whole file as one string) -> {rows: [objects with the
# header's keys and `line`], errors: [messages]}.  Blank lines and lines
# starting with '#' are skipped; the first other line must be the header.
def parse_tsv($file; $cols):
  [split("\n") | to_entries[] | {line: (.key + 1), text: (.value | rtrimstr("\r"))}
   | select(.text != "" and (.text | startswith("#") | not))] as $lines
  | if ($lines | length) == 0 then {rows: [], errors: ["\($file): no header line"]}
    elif ($lines[0].text | split("\t")) != $cols then
      {rows: [], errors: ["\($file):\($lines[0].line): the header is not: \($cols | join(" "))"]}
    else
      reduce $lines[1:][] as $l ({rows: [], errors: []};
        ($l.text | split("\t")) as $f
        | if ($f | length) != ($cols | length) then
            .errors += ["\($file):\($l.line): \($f | length) columns, the header has \($cols | length)"]
          else
            .rows += [([$cols, $f] | transpose | map({(.[0]): .[1]}) | add) + {line: $l.line}]
          end)
    end;

def is_date: test("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
def is_country: test("^[A-Z]{3}$");

# Problems with one sentence row, as messages; $subs: ACLED sub-event types.
def sentence_problems($file; $subs):
  . as $r
  | "\($file):\(.line): \(.id): " as $at
  | [ (if (.id | test("^[A-Za-z0-9_-]+$")) then empty else "\($at)id must be letters, digits, - or _" end),
      (if (.text | length) > 0 then empty else "\($at)empty text" end),
      (if (.date | is_date) then empty else "\($at)date '\(.date)' is not YYYY-MM-DD" end),
      (if .acled_sub == "NONE" or ($subs | index([$r.acled_sub])) then empty
       else "\($at)'\(.acled_sub)' is not an ACLED sub-event type in data/taxonomy.tsv, nor NONE" end),
      (.actor1_country, .location_country, .origin_country
       | if . == "-" or is_country then empty else "\($at)country '\(.)' is not ISO3 or -" end),
      (if .actor1_sector == "-" or (sectors | index([$r.actor1_sector])) then empty
       else "\($at)sector '\(.actor1_sector)' is not one of \(sectors | join(" ")) or -" end),
      (if .fatalities == "-" or (.fatalities | test("^[0-9]+$")) then empty
       else "\($at)fatalities '\(.fatalities)' is not a count or -" end),
      (if .modality == "-" or (modalities | index([$r.modality])) then empty
       else "\($at)modality '\(.modality)' is not one of \(modalities | join(" ")) or -" end),
      (if .event_date == "-" or (.event_date | test("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")) then empty
       else "\($at)event_date '\(.event_date)' is not YYYY[-MM[-DD]] or -" end),
      (if .acled_sub == "NONE" and ([.[checked_fields[1:][]]] | any(. != "-")) then
         "\($at)a NONE row checks nothing else: its other expectations must be -" else empty end)
    ];

def pair_problems($file):
  "\($file):\(.line): \(.id): " as $at
  | [ (if (.id | test("^[A-Za-z0-9_-]+$")) then empty else "\($at)id must be letters, digits, - or _" end),
      (if (.en | length) > 0 and (.tr | length) > 0 then empty else "\($at)empty text" end),
      (if (.date | is_date) then empty else "\($at)date '\(.date)' is not YYYY-MM-DD" end) ];

# The JSONL documents to code: one per sentence, two per pair (ID/en, ID/tr).
# No "lang": the coder must tell Turkish from English itself.
def documents($sentences; $pairs):
  ($sentences[] | {id, text, date}),
  ($pairs[] | {id: "\(.id)/en", text: .en, date}, {id: "\(.id)/tr", text: .tr, date});

# ---- the coder's output ------------------------------------------------------------

# The records of `sitrep code` (an array) -> {DOC: {coded, error, primary}}.
# The primary event is the one `sitrep eval acled` scores (engine.c's
# primary_tier): among the events with an ACLED sub-event type, one the text
# says happened before one it denies or supposes, the news of the day before
# background, violence and protest before a strategic development (unless a
# coder's label names it), then the one of highest confidence, the first in
# output order on a tie; null when there is none.
def tier:
  (if .modality == "asserted" or .modality == "claimed" or .modality == "alleged" then 0 else 4 end)
  + (if .historical then 2 else 0 end)
  + (if .type.acled == "Strategic developments" and (.labelled | not) then 1 else 0 end);
def by_document:
  reduce .[] as $r ({};
    if $r.kind == "doc" then .[$r.id].coded = true
    elif $r.kind == "event" then
      if $r.type.acled_sub == null then .
      elif .[$r.doc].primary == null or ($r | tier) < (.[$r.doc].primary | tier) or
           (($r | tier) == (.[$r.doc].primary | tier) and $r.confidence > .[$r.doc].primary.confidence) then
        .[$r.doc].primary = $r
      else . end
    elif $r.kind == "error" then .[$r.doc // "?"].error = $r.reason
    else . end);

# ---- comparing ---------------------------------------------------------------------

# Names compared loosely: case, Turkish and Latin diacritics, transliteration
# macrons, apostrophes and ‘ayn signs, hyphens and spacing do not count.
def fold:
  {"304": 105, "305": 105, "350": 115, "351": 115, "286": 103, "287": 103, "199": 99, "231": 99,
   "214": 111, "246": 111, "220": 117, "252": 117, "194": 97, "226": 97, "206": 105, "238": 105,
   "219": 117, "251": 117, "201": 101, "233": 101, "202": 101, "234": 101, "192": 97, "224": 97,
   "193": 97, "225": 97, "200": 101, "232": 101, "256": 97, "257": 97, "274": 101, "275": 101,
   "298": 105, "299": 105, "332": 111, "333": 111, "362": 117, "363": 117} as $plain
  | explode
  | map(if . >= 65 and . <= 90 then . + 32 else ($plain[tostring] // .) end)
  | map(select(. != 39 and . != 96 and . != 8216 and . != 8217 and . != 703 and . != 702))
  | map(if . == 45 or . == 95 then 32 else . end)
  | implode | gsub("\\s+"; " ") | ltrimstr(" ") | rtrimstr(" ");

# What the primary event (the input, maybe null) says for an expectation column.
def got($field):
  if . == null then (if $field == "acled_sub" then "NONE" else "(no event)" end)
  elif $field == "acled_sub" then .type.acled_sub
  elif $field == "actor1_country" then .actor1.country
  elif $field == "actor1_sector" then .actor1.sector
  elif $field == "location" then
    (.location | if . == null then null else [.name, .text, .admin1] end)
  elif $field == "location_country" then .location.country
  elif $field == "fatalities" then (.fatalities // 0)
  elif $field == "modality" then .modality
  elif $field == "origin_country" then .origin.country
  elif $field == "event_date" then .date
  else error("unknown field \($field)") end;

# Does the value got for $field agree with the expectation $exp (a TSV cell)?
def agrees($field; $exp):
  if $field == "fatalities" then . == ($exp | tonumber)
  elif $field == "location" then
    ($exp | split("|") | map(fold)) as $alts
    | type == "array" and any(.[] | select(. != null) | fold; . as $g | any($alts[]; . == $g))
  else . == $exp end;

def show: if type == "array" then (map(select(. != null)) | unique | join(" / ")) else tostring end;

# One sentence row against the coded documents $docs -> {id, acled_sub, fails, checked}.
def check_sentence($docs):
  . as $row
  | $docs[$row.id] as $d
  | ($d.primary) as $p
  | [checked_fields[] | select($row[.] != "-")] as $checked
  | {id: $row.id, acled_sub: $row.acled_sub, checked: $checked, primary: $p,
     fails: (if $d == null or ($d.coded | not) then
               [{field: "document", expected: "coded", got: ($d.error // "no output")}]
             else
               [$checked[] as $f | ($p | got($f)) as $g
                | select(($g | agrees($f; $row[$f])) | not)
                | {field: $f, expected: $row[$f], got: ($g | show)}]
             end)};

# Is the place of two primaries the same: both none, or equal names?
def same_place($a; $b):
  ($a.location.name // null) as $x | ($b.location.name // null) as $y
  | ($x == null and $y == null) or ($x != null and $y != null and ($x | fold) == ($y | fold));

# What one side of a pair says for a field: its place is compared by name.
def side($field):
  if $field == "location" then (if . == null then null else (.location.name // null) end) else got($field) end;

# One pair against the coded documents -> {id, en, tr, both_none, fails}.
def check_pair($docs):
  . as $pair
  | $docs["\(.id)/en"] as $de | $docs["\(.id)/tr"] as $dt
  | $de.primary as $e | $dt.primary as $t
  | {id: $pair.id, en: $e, tr: $t, both_none: ($e == null and $t == null),
     fails: (if (($de.coded // false) and ($dt.coded // false)) | not then
               [{field: "document", en: ($de.error // (if $de.coded then "coded" else "no output" end)),
                 tr: ($dt.error // (if $dt.coded then "coded" else "no output" end))}]
             else
               [pair_fields[] as $f
                | select(if $f == "location" then (same_place($e; $t) | not)
                         else ($e | side($f)) != ($t | side($f)) end)
                | {field: $f, en: ($e | side($f)), tr: ($t | side($f))}]
             end)};

# Does a checked row's or pair's list of failures leave $field standing?
def holds($field): .fails | map(.field) | any(. == $field or . == "document") | not;

# The whole report: rows and pairs checked, per-field and per-type counts.
def report($sentences; $pairs; $docs):
  ([$sentences[] | check_sentence($docs)]) as $rs
  | ([$pairs[] | check_pair($docs)]) as $ps
  | {sentences: $rs, pairs: $ps,
     sentences_pass: ([$rs[] | select(.fails == [])] | length),
     pairs_agree: ([$ps[] | select(.fails == [])] | length),
     pairs_both_none: ([$ps[] | select(.both_none)] | length),
     fields: [checked_fields[] as $f
              | {field: $f, checked: ([$rs[] | select(.checked | index([$f]))] | length),
                 pass: ([$rs[] | select((.checked | index([$f])) and holds($f))] | length)}],
     pair_fields: [pair_fields[] as $f
                   | {field: $f, agree: ([$ps[] | select(holds($f))] | length)}],
     types: ($rs | group_by(.acled_sub)
             | map({type: .[0].acled_sub, rows: length, pass: ([.[] | select(.fails == [])] | length)})
             | sort_by(-.rows))};
