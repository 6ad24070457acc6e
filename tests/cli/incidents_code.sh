#!/bin/sh
# sitrep code --incidents: incidents fused across documents come after the last
# document; two reports of one shelling merge with their disagreement kept side
# by side; the incidents do not depend on the order or repetition of inputs.
set -u
S=${SITREP:-build/sitrep}
fail() { echo "FAIL: $*"; exit 1; }
has() { printf '%s\n' "$1" | jq -s -e "any(.[]; $2)" > /dev/null; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/in.jsonl" <<'JSONL'
{"id":"wire-1","date":"2021-06-08","source":"Example Wire","text":"Mortar shells fired from Syria hit farmland near Akçakale on Tuesday, Turkish officials said. No one was killed."}
{"id":"wire-2","date":"2021-06-08","source":"Daily Example","text":"Two people were killed when mortar shells fired from Syria landed near Akçakale in Şanlıurfa province on Tuesday, local sources said."}
{"id":"wire-3","date":"2021-06-09","source":"Example Post","text":"Syrian army shelling killed 3 civilians in Idlib on Wednesday, activists said."}
{"id":"bg","date":"2021-06-08","text":"Police detained 5 people in Gaziantep on Tuesday. In October 2019, Turkey launched a military operation in northern Syria against Kurdish militants."}
JSONL
out=$("$S" code --quiet --jsonl --incidents "$tmp/in.jsonl") || fail "exit $?"
# every incident after every doc and event record
kinds=$(printf '%s\n' "$out" | jq -r .kind | uniq | tr '\n' ' ')
case "$kinds" in
    "doc event doc event doc event doc event incident ") ;;
    *) fail "record order: $kinds" ;;
esac
has "$out" '.kind=="incident" and .docs==["wire-1","wire-2"] and (.events|length)==2 and .n_reports==2
    and .n_sources>=2 and .fatalities==0 and .location.name=="Akçakale"
    and (.conflicts|length)==1 and .conflicts[0].field=="fatalities"
    and ([.conflicts[0].claims[].value]==[0,2])
    and any(.conflicts[0].claims[]; .value==2 and .sources==["Daily Example"])' || fail "the Akçakale reports: $out"
has "$out" '.kind=="incident" and .docs==["wire-3"] and .fatalities==3' || fail "Idlib stays apart"
has "$out" '.kind=="incident" and .historical and .date=="2019-10"' || fail "background incident"
n=$(printf '%s\n' "$out" | jq -s '[.[] | select(.kind=="incident")] | length')
[ "$n" = 4 ] || fail "$n incidents, want 4"
# the same lines reversed, and the whole input twice: the same incidents
inc=$(printf '%s\n' "$out" | grep '"kind":"incident"')
tac "$tmp/in.jsonl" > "$tmp/rev.jsonl"
rev=$("$S" code --quiet --jsonl --incidents "$tmp/rev.jsonl" | grep '"kind":"incident"')
[ "$rev" = "$inc" ] || fail "order changes the incidents"
twice=$("$S" code --quiet --jsonl --incidents "$tmp/in.jsonl" "$tmp/in.jsonl" | grep '"kind":"incident"')
[ "$twice" = "$inc" ] || fail "repeated input changes the incidents"
# without --incidents nothing changes; places takes no --incidents
plain=$("$S" code --quiet --jsonl "$tmp/in.jsonl")
[ "$plain" = "$(printf '%s\n' "$out" | grep -v '"kind":"incident"')" ] || fail "--incidents changed the other records"
"$S" places --incidents "$tmp/in.jsonl" > /dev/null 2>&1
[ $? = 2 ] || fail "places --incidents should be a usage error"
"$S" code --help | grep -q -- "--incidents" || fail "code --help lacks --incidents"
echo ok
