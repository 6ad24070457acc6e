#!/bin/sh
# `sitrep eval geo` on tiny corpora written here (made-up articles, no
# /work/shared needed): the numbers of the report, worked out by hand, and
# the exit codes (0 scored, 1 some articles skipped, 2 usage, 3 malformed or
# empty corpus, 4 unreadable file).
#
# Each text starts with non-ASCII words, so character offsets (the files')
# and byte offsets (the engine's) differ by more than a name's length: any
# mix-up of the two loses the matches.  Places the engine must not find are
# made up (Velmora, Tarsk Hollow, Qarmelun); places it finds are ones any
# gazetteer has (Aleppo, Kilis, Turkey, Idlib).  Gold points are sitrep's own
# table's (Aleppo) or one degree of latitude (111.2 km) north of them; the
# GeoNames gazetteer puts Aleppo 2.4 km off that, so distances are checked
# with a tolerance and median, mean and AUC against the reported errors.
# The exact arithmetic is in tests/unit/test_geoxml.c.
set -u
S=${SITREP:-build/sitrep}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
command -v jq > /dev/null || { echo "jq is not installed"; exit 77; }
# near JSON JQPATH VALUE [TOLERANCE]: the number at JQPATH is within TOLERANCE (default 2) of VALUE
near() { printf '%s\n' "$1" | jq -e "($2 - $3) | fabs < ${4:-2}" > /dev/null; }

# LGL style.  a1 (character offsets; bytes are 13 more from Aleppo on):
#   Aleppo 54-60 gold at our point (0 km), Kilis 87-92 gold 1 degree north of
#   ours (111.195 km), Turkey 96-102 without <gaztag>, Velmora 117-124 not a
#   place we know; Idlib 133-138 found but not gold (a false positive).
# a2: Tarsk Hollow 22-34 (bytes 30-42) not found.  (Demonyms are left out by
#   the scorer; that rule is tested on hand-made mentions in test_geoxml.c, not
#   here, where it would test the engine's demonym flag.)
cat > "$T/lgl.xml" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="a1">
    <title>Test one</title>
    <text><![CDATA[Καλημέρα — ça va, naïve café. Fighting continued near Aleppo on Monday, and shells hit Kilis in Turkey. Residents of Velmora fled to Idlib.]]></text>
    <toponyms count="4">
      <toponym><start>54</start><end>60</end><phrase>Aleppo</phrase>
        <gaztag geonameid="170063"><name>Aleppo</name><lat>36.2021</lat><lon>37.1343</lon></gaztag></toponym>
      <toponym><start>87</start><end>92</end><phrase>Kilis</phrase>
        <gaztag geonameid="1"><name>Kilis</name><lat>37.7184</lat><lon>37.1212</lon></gaztag></toponym>
      <toponym><start>96</start><end>102</end><phrase>Turkey</phrase></toponym>
      <toponym><start>117</start><end>124</end><phrase>Velmora</phrase>
        <gaztag geonameid="2"><name>Velmora</name><lat>10</lat><lon>10</lon></gaztag></toponym>
    </toponyms>
  </article>
  <article docid="a2">
    <text>Καλή μέρα. A man from Tarsk Hollow spoke.</text>
    <toponyms count="1">
      <toponym><start>22</start><end>34</end><phrase>Tarsk Hollow</phrase>
        <gaztag geonameid="3"><name>Tarsk Hollow</name><lat>20</lat><lon>20</lon></gaztag></toponym>
    </toponyms>
  </article>
</articles>
EOF

out=$("$S" eval geo --json "$T/lgl.xml"); rc=$?
[ $rc -eq 0 ] || fail "lgl: exit $rc"
printf '%s\n' "$out" | jq -e '
    .articles == 2 and .articles_skipped == 0 and .articles_uncoded == 0 and
    .gold == {toponyms: 5, with_coords: 4, as_given: 5, realigned: 0, unaligned: 0, realigned_by: {}} and
    .detection.predicted == 4 and .detection.demonyms_excluded == 0 and
    .detection.matched == 3 and .detection.false_positives == 1 and .detection.undetected == 2 and
    .detection.precision == 0.75 and .detection.recall == 0.6 and .detection.f1 == 0.6667 and
    .resolution.pairs == 2 and .resolution.within_161km == 2 and .resolution.accuracy_161km == 1 and
    .false_positive_names == [{name: "Idlib", count: 1}] and
    ([.undetected_names[].name] == ["Tarsk Hollow", "Velmora"]) and
    .worst[0].text == "Kilis" and .worst[0].doc == "a1" and .worst[0].count == 1 and
    .worst[1].text == "Aleppo" and (.worst | length) == 2' > /dev/null || fail "lgl numbers: $out"
near "$out" .worst[0].km 111.2 || fail "lgl worst km: $out"
near "$out" .worst[1].km 0 10 || fail "lgl Aleppo km: $out"
# with two errors, median = mean = their average, AUC = mean ln(1 + km) / ln(1 + 20039)
printf '%s\n' "$out" | jq -e '((.worst[0].km + .worst[1].km) / 2) as $m |
    (((.worst[0].km + 1 | log) + (.worst[1].km + 1 | log)) / 2 / (20040 | log)) as $auc |
    ((.resolution.median_km - $m) | fabs) < 0.1 and ((.resolution.mean_km - $m) | fabs) < 0.1 and
    ((.resolution.auc - $auc) | fabs) < 0.001' > /dev/null || fail "lgl median, mean, auc: $out"

# --limit 1: a1 alone
out=$("$S" eval geo --json --limit 1 "$T/lgl.xml") || fail "limit: exit $?"
printf '%s\n' "$out" | jq -e '.articles == 1 and .gold.toponyms == 4 and .detection.matched == 3 and
    .detection.precision == 0.75 and .detection.recall == 0.75' > /dev/null ||
    fail "limit: $out"

# the human report carries the same numbers
out=$("$S" eval geo "$T/lgl.xml") || fail "report: exit $?"
printf '%s\n' "$out" | grep -Eq '^  precision +0\.7500$' || fail "report precision: $out"
printf '%s\n' "$out" | grep -Eq '^  recall +0\.6000$' || fail "report recall: $out"
printf '%s\n' "$out" | grep -Eq '^  F1 +0\.6667$' || fail "report F1: $out"
printf '%s\n' "$out" | grep -Eq '^  within 161 km +1\.0000 +\(2 of 2\)$' || fail "report accuracy: $out"
printf '%s\n' "$out" | grep -Eq '^  gold never detected +2$' || fail "report undetected: $out"

# GeoVirus style: no docid, offsets one character to the right of the names
# (as in the real GeoVirus), an <altName>.  Idlib 35-40 (file: 36-41) gold 1
# degree north of ours; Qarmelun 45-53 (file: 46-54) not found.
cat > "$T/geovirus.xml" <<'EOF'
<articles>
    <article>
        <source>https://example.org/wiki/Test</source>
        <text>Ébola — «Ωμέγα». Health workers in Idlib and Qarmelun reported new cases.</text>
        <locations>
            <location>
                <name>Idlib</name>
                <start>36</start>
                <end>41</end>
                <lat>36.9306</lat>
                <lon>36.6339</lon>
                <page>https://en.wikipedia.org/wiki/Idlib</page>
            </location>
            <location>
                <name>Qarmelun</name>
                <altName>Qarmelun Oasis</altName>
                <start>46</start>
                <end>54</end>
                <lat>1</lat>
                <lon>2</lon>
                <page>https://example.org/wiki/Qarmelun</page>
            </location>
        </locations>
    </article>
</articles>
EOF
out=$("$S" eval geo --json "$T/geovirus.xml"); rc=$?
[ $rc -eq 0 ] || fail "geovirus: exit $rc"
printf '%s\n' "$out" | jq -e '
    .articles == 1 and
    .gold == {toponyms: 2, with_coords: 2, as_given: 0, realigned: 2, unaligned: 0, realigned_by: {"-1": 2}} and
    .detection.predicted == 1 and .detection.matched == 1 and .detection.false_positives == 0 and
    .detection.precision == 1 and .detection.recall == 0.5 and .detection.f1 == 0.6667 and
    .resolution.pairs == 1 and .resolution.within_161km == 1 and
    .worst[0].doc == "#1" and .worst[0].text == "Idlib" and
    .undetected_names == [{name: "Qarmelun", count: 1}]' > /dev/null || fail "geovirus numbers: $out"
near "$out" .resolution.median_km 111.2 || fail "geovirus median: $out"

# an unusable article is skipped, named with its line, the rest scored: exit 1
cat > "$T/skip.xml" <<'EOF'
<articles>
  <article docid="bad">
    <text>Shells hit Aleppo.</text>
    <toponyms><toponym>
      <start>eleven</start><end>17</end><phrase>Aleppo</phrase></toponym></toponyms>
  </article>
  <article docid="good">
    <text>Shells hit Aleppo.</text>
    <toponyms><toponym><start>11</start><end>17</end><phrase>Aleppo</phrase></toponym></toponyms>
  </article>
</articles>
EOF
out=$("$S" eval geo --json "$T/skip.xml" 2> "$T/err"); rc=$?
[ $rc -eq 1 ] || fail "skip: exit $rc"
grep -q "skip.xml:5: article bad skipped: <start> is not a character offset" "$T/err" || fail "skip message: $(cat "$T/err")"
printf '%s\n' "$out" | jq -e '.articles == 1 and .articles_skipped == 1 and .detection.matched == 1' > /dev/null ||
    fail "skip numbers: $out"

# malformed XML: exit 3, file:line:column on stderr, no report
printf '<articles>\n<article docid="x"><text>Aleppo</text>\n<oops></article>\n</articles>\n' > "$T/bad.xml"
out=$("$S" eval geo "$T/bad.xml" 2> "$T/err"); rc=$?
[ $rc -eq 3 ] || fail "malformed: exit $rc"
[ -z "$out" ] || fail "malformed: a report was printed: $out"
grep -Eq "bad.xml:3:[0-9]+: malformed XML" "$T/err" || fail "malformed message: $(cat "$T/err")"

# well-formed but no article: exit 3
printf '<articles/>\n' > "$T/none.xml"
"$S" eval geo "$T/none.xml" > /dev/null 2> "$T/err"; rc=$?
[ $rc -eq 3 ] || fail "no article: exit $rc"
grep -q "no <article>" "$T/err" || fail "no article message: $(cat "$T/err")"

# unreadable: exit 4
"$S" eval geo "$T/missing.xml" > /dev/null 2> "$T/err"; rc=$?
[ $rc -eq 4 ] || fail "missing: exit $rc"
grep -q "missing.xml: No such file" "$T/err" || fail "missing message: $(cat "$T/err")"

# help and usage
"$S" eval --help | grep -q "^  geo " || fail "eval --help"
"$S" eval geo --help | grep -q -- "--limit N" || fail "eval geo --help"
"$S" --help | grep -q "^  eval " || fail "sitrep --help lists eval"
for args in "eval" "eval nosuch" "eval geo" "eval geo a.xml b.xml" "eval geo --limit 0 $T/lgl.xml" \
    "eval geo --limit x $T/lgl.xml" "eval geo --lang fr $T/lgl.xml" "eval geo --bogus $T/lgl.xml"; do
    # shellcheck disable=SC2086
    "$S" $args > /dev/null 2>&1; rc=$?
    [ $rc -eq 2 ] || fail "'sitrep $args': exit $rc, not 2"
done
echo ok
