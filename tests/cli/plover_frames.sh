#!/bin/sh
# PLOVER types of political statements, as `sitrep eval plover` scores them:
# sentences written for this test (not from any gold corpus), one per
# mechanism — frames that make an act promised, threatened, demanded,
# stopped or refused (docs/lexicon-format.md, "Frames"), and the vocabulary
# of data/lexicon/en/politics.lex.  One sentence (Kidal) tests the primary
# event, the one a sentence states first (not the cause after it, though that
# has more detail); the last two, that a frame reaches only its object.
# Then: a framed act ACLED codes keeps its ACLED event (hypothetical), and a
# negated political act keeps its type.
set -u
S=${SITREP:-build/sitrep}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
command -v jq > /dev/null || { echo "jq is not installed"; exit 77; }
"$S" eval plover --help > /dev/null 2>&1 || { echo "sitrep eval plover is not wired in"; exit 77; }

# gold<TAB>sentence
cat > "$T/sent.tsv" <<'TSV'
AGREE	Canada will provide emergency aid to flood victims in Pakistan, officials said on Monday.
AGREE	The rebels said they were ready to release the hostages.
AGREE	The government pledged to withdraw its troops from the border area.
AGREE	Serbia offered to negotiate with Kosovo over the disputed mine.
THREATEN	The union said it would boycott the elections.
THREATEN	The interior minister announced he will impose a curfew in the capital.
THREATEN	Rebel leaders vowed to attack the airport.
DEMAND	Washington said Iran must release the detained sailors.
DEMAND	The opposition said the president has to resign.
SANCTION	Germany suspended development aid to Mali after the coup.
SANCTION	The foreign minister cancelled a planned visit to Caracas.
CONCEDE	The military government lifted the curfew in Yangon on Friday.
CONCEDE	The teachers' union called off its strike after talks with the ministry.
CONCEDE	The government accepted the demands of the striking nurses.
REJECT	The two sides failed to agree on a new ceasefire.
REJECT	The minister said the government would not meet the demands of the kidnappers.
REJECT	Israel is opposed to the proposed mediation by France.
COERCE	Authorities deported 40 migrants to Libya on Tuesday.
COERCE	The junta declared a state of emergency in the north.
COERCE	Unknown attackers hacked the website of the electoral commission.
RETREAT	The prime minister resigned on Sunday after weeks of protests.
RETREAT	Some 300 fighters surrendered to the army in the east.
RETREAT	The rebels declared a ceasefire on Wednesday.
SUPPORT	The president apologized to Brazil for the incident.
COOPERATE	Egyptian and French warships began joint exercises in the Mediterranean.
DISAPPROVE	The businessman is suing the government for damages.
DEMAND	The president said the army must be ready to negotiate with the rebels.
SANCTION	The European Union may suspend trade talks with Belgrade.
MOBILIZE	The governor ordered patrols along the border.
COERCE	Police prevented the march through the city centre.
THREATEN	The United Nations will withdraw its monitors from the region.
REJECT	The negotiators failed to reach an agreement on Sunday.
AGREE	The Regional Economic Cooperation Council agreed to open an office in Nairobi.
MOBILIZE	The United States sent 3,000 troops to Poland on Monday.
SANCTION	The EU froze the assets of five Russian businessmen.
COERCE	Nigeria closed its border with Benin.
CONSULT	The foreign minister held a phone call with his Turkish counterpart.
AGREE	Japan pledged $2 billion in reconstruction aid to Ukraine.
PROTEST	Workers demanding higher pay went on strike in Mombasa.
ASSAULT	Police failed to stop the attack on the market.
RETREAT	A unilateral ceasefire took effect on Monday after government troops shelled rebel positions in Kidal.
AID	Red Cross teams evacuated the wounded from the besieged town on Tuesday.
RETREAT	The army evacuated its outpost near the border.
TSV
jq -R -s 'split("\n") | map(select(length > 0) | split("\t")) | to_entries
          | map({id: "T-\(.value[0])-\(.key)", date: "2000-01-01", event: .value[0], text: .value[1]})' \
    "$T/sent.tsv" > "$T/gold.json" || fail "could not write the gold file"
"$S" eval plover --json --misses "$T/gold.json" > "$T/out.json" || fail "eval plover exited $?"
n=$(jq '.type.agree' "$T/out.json")
total=$(grep -c . "$T/sent.tsv")
if [ "$n" != "$total" ]; then
    jq -r '.misses[]? | "\(.id)\t\(.gold)\t\(.ours)\t\(.text)"' "$T/out.json"
    fail "PLOVER type agreement $n of $total"
fi

# a framed act that ACLED codes keeps its ACLED event, hypothetical, beside the threat
printf 'a\tMilitants threatened to bomb the market in Garissa.\n' | "$S" classify --labels acled > "$T/acled.tsv" ||
    fail "classify exited $?"
[ "$(cut -f2 "$T/acled.tsv")" = NONE ] && fail "a threatened bombing lost its ACLED event"
printf '%s\n' "Militants threatened to bomb the market in Garissa." | "$S" code -q > "$T/bomb.jsonl" || fail "code exited $?"
jq -e -s '[.[] | select(.kind == "event")] | (map(select(.type.plover == "THREATEN" and .modality == "asserted")) | length == 1)
          and (map(select(.type.acled != null and .modality == "hypothetical")) | length == 1)' "$T/bomb.jsonl" > /dev/null ||
    fail "expected an asserted THREATEN and a hypothetical ACLED event: $(cat "$T/bomb.jsonl")"
jq -e -s '[.[] | select(.kind == "event") | .id] | length == (unique | length)' "$T/bomb.jsonl" > /dev/null ||
    fail "the threat and the threatened bombing share an id"

# a negated political act keeps its type: no attack on civilians
printf '%s\n' "The government is not allowing journalists to enter the region." | "$S" code -q > "$T/neg.jsonl" ||
    fail "code exited $?"
jq -e -s '[.[] | select(.kind == "event")] | length == 1 and .[0].type.plover == "CONCEDE" and .[0].modality == "negated"' \
    "$T/neg.jsonl" > /dev/null || fail "negated concession: $(cat "$T/neg.jsonl")"
exit 0
