#!/bin/sh
# `sitrep classify` labels a snippet by its report's event: another event told
# beside it ("In another incident, …") ranks after the report's and is not
# merged into it, however many it killed.  Sentences written for this test.
set -u
S=${SITREP:-build/sitrep}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cat > "$T/in.tsv" <<'TSV'
Shelling/artillery/missile attack	A farmer was wounded by a mortar round in Logar. In another incident, seven people were killed when a roadside bomb hit a bus in Kabul.
Attack	Gunmen shot dead a trader in Mandera. In a separate attack, militants fired rockets at an army base, wounding three soldiers.
Remote explosive/landmine/IED	Seven people were killed when a roadside bomb hit a bus in Kabul. A farmer was wounded by a mortar round in Logar.
TSV
"$S" classify --labels acled < "$T/in.tsv" > "$T/out.tsv" || fail "classify exited $?"
bad=$(paste "$T/out.tsv" "$T/in.tsv" | awk -F'\t' '$1 != $2 { print "  want " $1 ", got " $2 ": " $4 }')
[ -z "$bad" ] || { echo "$bad"; fail "the report's event is not the label"; }
exit 0
