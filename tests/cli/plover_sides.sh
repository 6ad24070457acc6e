#!/bin/sh
# The two sides of acts between states, as `sitrep eval plover` scores them (actor 1's
# country against the gold source, actor 2's against the target): sentences written for
# this test, one per mechanism —
#   a country named as the act's object or after "to", "for", "with" or "against", and a
#   people's adjective on the object ("rejected an Indian proposal"), is the other side;
#   a speaker who tells of its own deed ("Norway said it had suspended …") is the doer;
#   the state's diplomats are the state;
#   with no other side named, the state of the place the act is done at ("lifted the
#   curfew in Montenegro", "arrived in Amman").
# Then: after a word of violence a country is where it happened, not a side.
set -u
S=${SITREP:-build/sitrep}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
command -v jq > /dev/null || { echo "jq is not installed"; exit 77; }

# source<TAB>target<TAB>sentence
cat > "$T/sent.tsv" <<'TSV'
PRT	ESP	Portugal will support Spain in its bid to host the summit, the foreign minister said.
ARG	CHL	Argentina apologized to Chile for the incident at sea.
NOR	MLI	Norway said it had suspended aid to Mali after the coup.
ITA	TUN	Italy announced a suspension of flights with Tunisia.
BGD	IND	Bangladesh rejected an Indian proposal for a border fence.
AZE	RUS	The Azerbaijani government threatened to cut ties with Russia.
POL	BLR	Polish diplomats said they would expel the Belarusian ambassador.
SRB	MNE	Serbia lifted the night curfew in Montenegro on Wednesday.
IRQ	JOR	The Iraqi president arrived in Amman on an unannounced visit.
TSV
jq -R -s 'split("\n") | map(select(length > 0) | split("\t")) | to_entries
          | map({id: "S-\(.key)", date: "2000-01-01", event: "AGREE", text: .value[2],
                 source: [{actorText: "x", code: .value[0]}], target: [{actorText: "y", code: .value[1]}]})' \
    "$T/sent.tsv" > "$T/gold.json" || fail "could not write the gold file"
"$S" eval plover --json "$T/gold.json" > "$T/out.json" || fail "eval plover exited $?"
total=$(grep -c . "$T/sent.tsv")
for side in source target; do
    n=$(jq ".actors.$side.agree" "$T/out.json")
    [ "$n" = "$total" ] || {
        while IFS='	' read -r _ _ text; do printf '%s\n' "$text" | "$S" code -q |
            jq -c 'select(.kind == "event") | [.type.plover, .actor1.country, .actor2.country]'; done < "$T/sent.tsv"
        fail "$side country agreement $n of $total"
    }
done

# a country after a word of violence is the place, not the other side
printf '%s\n' "Turkish forces shelled Syria on Monday." | "$S" code -q > "$T/shell.jsonl" || fail "code exited $?"
jq -e -s '[.[] | select(.kind == "event")] | length == 1 and .[0].actor1.country == "TUR" and .[0].actor2 == null
          and .[0].location.country == "SYR"' "$T/shell.jsonl" > /dev/null || fail "shelling of a country: $(cat "$T/shell.jsonl")"
exit 0
