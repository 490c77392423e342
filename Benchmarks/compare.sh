#!/usr/bin/env bash
# Whole-process measurements for docs/performance.md (SPEC §5), each beside its peer in one
# hyperfine run so the ratio compares like with like on this machine:
#   contact list --query vs fzf --filter and grep -i over the same names,
#   import of 100k CSV rows vs sqlite3 .import of the same file,
#   open + index in one process (with peak memory), verify of 1M records, anonymise.
# In-process figures (keystroke p99, one commit vs one raw append + fsync, anonymise) come
# from `swift package --disable-sandbox benchmark` in this folder.
#
#   Benchmarks/compare.sh [CONTACTS]      default 100000
#
# Needs hyperfine, fzf and sqlite3 (apt-get install hyperfine fzf sqlite3). Scratch data goes
# under a temporary directory removed at the end; the 1M-record data set is kept in
# $ZGODA_BENCH_DATA (default /tmp/zgoda-bench), shared with the benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
for tool in hyperfine fzf sqlite3 python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool"; exit 1; }
done

echo "== build (release, Swift runtime linked in: --static-swift-stdlib)"
swift build -c release --scratch-path .build-release --static-swift-stdlib --product zgoda >/dev/null 2>&1 \
  || { echo "build failed: run the command above by hand to see why"; exit 1; }
swift build -c release --package-path Benchmarks --product bench-data >/dev/null 2>&1 \
  || { echo "build of Benchmarks failed"; exit 1; }
Z=$PWD/.build-release/release/zgoda
B=$PWD/Benchmarks/.build/release/bench-data
WORK=$(mktemp -d /tmp/zgoda-compare.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export ZGODA_OPERATOR=bench
D=$WORK/data
echo "machine: $(nproc) cores, $(uname -sr), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== demo data: $N contacts"
ZGODA_DATA_DIR=$D /usr/bin/time -f "demo: %e s, peak %M KB" "$Z" demo --contacts "$N" --seed 7 2>&1 | tail -1
ZGODA_DATA_DIR=$D "$Z" compact >/dev/null
ZGODA_DATA_DIR=$D "$Z" contact list --format json \
  | python3 -c 'import json,sys; [print(c["name"]) for c in json.load(sys.stdin)]' > "$WORK/names.txt"
echo "names: $(wc -l < "$WORK/names.txt")"

echo "== open + search index in one process (what the terminal UI does before its first frame)"
echo "-- index built from the state (SearchIndex(state:))"
for i in 1 2 3 4 5; do /usr/bin/time -f "  %e s wall, peak %M KB" "$B" phases "$D" kow; done 2>&1
echo "-- index from the saved one when current (store.searchIndex())"
for i in 1 2 3 4 5; do SAVED=1 /usr/bin/time -f "  %e s wall, peak %M KB" "$B" phases "$D" kow; done 2>&1

echo "== contact list --query kow --format ids vs fzf --filter kow vs grep -i kow"
# The first listing after a change opens the store and saves the index; later ones use it.
rm -f "$D/search.zc"
/usr/bin/time -f "first listing after the data changed: %e s, peak %M KB" env ZGODA_DATA_DIR=$D "$Z" contact list --query kow --format ids >/dev/null
/usr/bin/time -f "listing from the saved index: %e s, peak %M KB" env ZGODA_DATA_DIR=$D "$Z" contact list --query kow --format ids >/dev/null
hyperfine --warmup 5 --runs 40 --export-markdown "$WORK/search.md" \
  "ZGODA_DATA_DIR=$D $Z contact list --query kow --format ids" \
  "fzf --filter kow < $WORK/names.txt" \
  "grep -i kow $WORK/names.txt" >/dev/null
cat "$WORK/search.md"
echo "matches: zgoda $(ZGODA_DATA_DIR=$D "$Z" contact list --query kow --format ids | wc -l)," \
     "fzf $(fzf --filter kow < "$WORK/names.txt" | wc -l), grep $(grep -ci kow "$WORK/names.txt") (zgoda also searches e-mails, companies, cities…)"

echo "== import of 100k CSV rows vs sqlite3 .import"
python3 Benchmarks/make-people-csv.py "$WORK/people.csv" 100000
hyperfine --runs 3 --export-markdown "$WORK/import.md" \
  --prepare "rm -rf $WORK/imp $WORK/people.db" \
  "ZGODA_DATA_DIR=$WORK/imp $Z import $WORK/people.csv" \
  "sqlite3 $WORK/people.db '.mode csv' '.import $WORK/people.csv people'" >/dev/null
cat "$WORK/import.md"
rm -rf "$WORK/imp"
/usr/bin/time -f "zgoda import: %e s, peak %M KB" env ZGODA_DATA_DIR=$WORK/imp "$Z" import "$WORK/people.csv" 2>&1 | tail -1

echo "== verify 1M journal records"
M=${ZGODA_BENCH_DATA:-/tmp/zgoda-bench}/1m
if [ ! -f "$M.ready" ]; then
  rm -rf "$M"; mkdir -p "$(dirname "$M")"
  "$B" fill "$M" 100000 1000000 && touch "$M.ready"
fi
hyperfine --warmup 1 --runs 5 "ZGODA_DATA_DIR=$M $Z verify" | grep -E "Time|Range"
/usr/bin/time -f "verify: %e s, peak %M KB" env ZGODA_DATA_DIR=$M "$Z" verify 2>&1 | tail -1

echo "== anonymise one person, whole process (open included), 1M-record journal"
cp -r "$M" "$WORK/m"
for id in $(ZGODA_DATA_DIR=$WORK/m "$Z" contact list --format ids | head -3); do
  /usr/bin/time -f "  zgoda anonymize: %e s" env ZGODA_DATA_DIR=$WORK/m "$Z" anonymize "$id" --yes 2>&1 | tail -1
done
