#!/usr/bin/env bash
# Writes a fixture data directory with the zgoda binary given, and the expected outputs that
# every later version must reproduce when it opens that directory (see docs/data-format.md,
# "Compatibility"). Fixtures are written once per format version and then never changed.
#
#   scripts/make-fixtures.sh ZGODA_BINARY OUT_DIR [--encrypt]
set -euo pipefail
zgoda=$1; out=$2; encrypt=${3:-}
rm -rf "$out"; mkdir -p "$out"
dir="$out/data"
export ZGODA_DATA_DIR="$dir" ZGODA_OPERATOR=fixture
if [ "$encrypt" = --encrypt ]; then export ZGODA_PASSPHRASE="fixture passphrase"; fi
at() { export ZGODA_NOW="$1"; }

at 2026-03-02T09:00:00Z
if [ "$encrypt" = --encrypt ]; then "$zgoda" init --encrypt --admin-name "Firma Testowa Sp. z o.o." --admin-address "ul. Długa 1, 80-001 Gdańsk";
else "$zgoda" init --admin-name "Firma Testowa Sp. z o.o." --admin-address "ul. Długa 1, 80-001 Gdańsk"; fi
at 2026-03-02T09:05:00Z
a=$("$zgoda" contact add --name "Zażółć Gęślą-Jaźń" --email zazolc@example.pl --phone "+48 601 202 303" \
     --company "Łódzkie Młyny" --position "Kierownik" --city Łódź --tag vip --tag "targi 2026" --notes "lubi kawę")
b=$("$zgoda" contact add --name "Anna Kowalska" --email anna.kowalska@example.com --phone "611222333" --company Kowalex --city Poznań)
c=$("$zgoda" contact add --name "山田 太郎" --email taro@example.jp --city Tokyo --tag partner)
d=$("$zgoda" contact add --name "Ørjan Ødegård 🎉" --email orjan@example.no --notes "line one")
at 2026-03-03T10:00:00Z
"$zgoda" contact edit "$a" --city "Kraków" --phone "+48 601 999 000"
"$zgoda" contact edit "$b" --company "Kowalex Sp. j." --notes "met at the fair"
"$zgoda" consent grant "$a" email-marketing --source paper --evidence "form no. 12"
"$zgoda" consent grant "$a" phone-marketing --source phone --evidence "call of 3 March" --expires 2099-12-31
"$zgoda" consent refuse "$b" profiling --source in-person
"$zgoda" consent grant "$b" email-marketing --source web-form --evidence "ip 192.0.2.1"
"$zgoda" consent grant "$c" partners --source email
"$zgoda" consent grant "$d" email-marketing --source import
at 2026-03-04T11:00:00Z
"$zgoda" consent withdraw "$b" email-marketing --source email --evidence "reply to newsletter"
# From format 3 on a new version says whether it needs fresh consent.
material=(); if "$zgoda" purpose edit --help 2>/dev/null | grep -q -- --material; then material=(--material); fi
"$zgoda" purpose edit profiling --description "Analiza historii zakupów w celu dopasowania ofert." ${material[@]+"${material[@]}"}
"$zgoda" export --format csv --query kowal --output "$out/export-kowal.csv"
"$zgoda" export --format json --consent email-marketing=granted --output "$out/export-granted.json"
"$zgoda" request add "$b" --type erasure
"$zgoda" compact
at 2026-03-05T12:00:00Z
e=$("$zgoda" contact add --name "Piotr Nowak" --email piotr@example.pl --phone "501 000 111" --city Gdynia)
"$zgoda" consent grant "$e" email-marketing --source paper --evidence "card at the stand"
"$zgoda" anonymize "$b" --request R1 --yes
"$zgoda" form "$a" --format text --output "$out/form.txt" >/dev/null
"$zgoda" report "$a" --format md --output "$out/report.md" >/dev/null
printf 'name;email;city\nJan Wiśniewski;jan@example.pl;Wrocław\n' > "$out/import.csv"
"$zgoda" import "$out/import.csv" >/dev/null
"$zgoda" contact edit "$e" --city "Sopot"
"$zgoda" compact
at 2026-03-06T08:00:00Z
"$zgoda" anonymize "$d" --yes
"$zgoda" consent grant "$c" profiling --source in-person --evidence "signed at the desk"
# Format 3: links, objections, overrides, extensions, editorial versions, the grace period and
# breaches (the format 1 and 2 fixtures were made before these existed).
if "$zgoda" breach --help >/dev/null 2>&1; then
  at 2026-03-07T09:00:00Z
  "$zgoda" link "$a" --expires 90d --public-url https://zgoda.example.pl >/dev/null
  "$zgoda" link "$e" --purpose email-marketing --expires 30d --public-url https://zgoda.example.pl >/dev/null
  "$zgoda" link revoke L2 >/dev/null
  "$zgoda" purpose add direct-offers --title "Oferty dla klientów" --description "Oferty podobnych produktów dla obecnych klientów." \
       --basis legitimate-interest --retention 3y --fields name,email
  "$zgoda" consent object "$e" direct-offers --source email --evidence "reply of 7 March"
  "$zgoda" purpose edit email-marketing --description "Sending offers, newsletters and invitations by e-mail." --editorial
  "$zgoda" request add "$e" --type access
  "$zgoda" request extend R2 --reason "many systems to search"
  "$zgoda" contact add --name "Anna Kowalska" --email anna.kowalska@example.com --override "came back to the stand" >/dev/null
  "$zgoda" admin set --grace 14d
  "$zgoda" breach add --what "laptop with an export lost" --people 2 --contact "$a" --contact "$e" \
       --noticed 2026-03-07T08:00:00Z --measures "disk encrypted, passwords changed" >/dev/null
  "$zgoda" breach close B1 --note "disk encrypted: no risk" >/dev/null
  "$zgoda" compact
fi
# Format 5: purposes worded in Polish as well, and decisions given on the Polish wording.
if "$zgoda" purpose edit --help 2>/dev/null | grep -q -- --title-pl; then
  at 2026-03-08T10:00:00Z
  "$zgoda" purpose edit direct-offers --title-pl "Oferty dla klientów" \
       --description-pl "Oferty podobnych produktów dla obecnych klientów." --editorial
  "$zgoda" purpose add events --title "Event invitations" --description "Invitations to fairs and open days." \
       --title-pl "Zaproszenia na wydarzenia" --description-pl "Zaproszenia na targi i dni otwarte." \
       --retention 2y --fields name,email
  "$zgoda" --lang pl consent grant "$a" events --source in-person --evidence "podpis na stoisku"
  "$zgoda" consent grant "$c" events --source email --evidence "reply of 8 March"
  "$zgoda" --lang pl purpose edit events --description-pl "Zaproszenia na targi, dni otwarte i webinaria." \
       --title-pl "Zaproszenia na wydarzenia" --material
  "$zgoda" compact
fi
# Format 6: reads of people's data (who looked).
if "$zgoda" history --help 2>/dev/null | grep -q -- --access; then
  at 2026-03-09T09:00:00Z
  "$zgoda" contact show "$a" >/dev/null
  "$zgoda" consent list "$c" >/dev/null
  "$zgoda" contact list --query kowal --format json >/dev/null
fi
rm -f "$out"/export-*.csv "$out"/export-*.json "$out"/form.txt "$out"/report.md "$out"/import.csv

# The expected view of that directory, as every later version must show it.
exp="$out/expected"; mkdir -p "$exp"
at 2026-03-10T08:00:00Z
"$zgoda" contact list --format json > "$exp/contacts.json"
"$zgoda" history --format json > "$exp/history.json"
"$zgoda" purpose list --format json > "$exp/purposes.json"
"$zgoda" request list --format json > "$exp/requests.json"
for id in "$a" "$b" "$c" "$d" "$e"; do
  "$zgoda" consent list "$id" --format json > "$exp/consents-$id.json"
done
if "$zgoda" breach --help >/dev/null 2>&1; then
  "$zgoda" link list --format json > "$exp/links.json"
  "$zgoda" breach list --format json > "$exp/breaches.json"
fi
# Who looked, last: the views above are reads, and are recorded in the directory with it (the
# test reads this view first, before its own reads).
if "$zgoda" history --help 2>/dev/null | grep -q -- --access; then
  "$zgoda" history --access --format json > "$exp/accesses.json"
fi
"$zgoda" verify --format json > "$exp/verify.json"
rm -f "$dir/search.zc" "$dir/search.zc.tmp" "$dir/lock"
