#!/usr/bin/env bash
# The scaling table of docs/performance.md ("Scaling: 10k, 100k and 1M people"): every
# operation of the scale targets at each size, whole processes, time and peak memory, each
# beside its peer from the same run (fzf and grep for search, sqlite3 .import for import,
# sha256sum of the journal for verify, a raw append with fsync for one change).
#
#   Benchmarks/scaling.sh [SIZES…]        default: 10000 100000 1000000
#
# Needs hyperfine, fzf, sqlite3, tmux and python3. The data sets (`zgoda demo --contacts N
# --seed 7`, compacted; 1M takes a few minutes) are kept in $ZGODA_BENCH_DATA (default
# /tmp/zgoda-bench) as scale-N and reused; everything else goes to a temporary folder.
# Ratios mean more than the times: this machine is shared, and times move between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${*:-10000 100000 1000000}
for tool in hyperfine fzf sqlite3 tmux python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool"; exit 1; }
done
swift build -c release --scratch-path .build-release --static-swift-stdlib --product zgoda >/dev/null 2>&1 \
  || { echo "build failed: run the command above by hand to see why"; exit 1; }
Z=$PWD/.build-release/release/zgoda
DATA=${ZGODA_BENCH_DATA:-/tmp/zgoda-bench}
WORK=$(mktemp -d /tmp/zgoda-scaling.XXXXXX)
trap 'rm -rf "$WORK"; tmux kill-session -t scaling 2>/dev/null || true' EXIT
export ZGODA_OPERATOR=bench
echo "machine: $(nproc) cores, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"

declare -A R
# Mean of a hyperfine run (JSON export) in ms, or in s when over 10 s.
mean() { python3 -c 'import json,sys; m=json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["mean"]; print(f"{m*1000:.0f} ms" if m < 10 else f"{m:.1f} s")' "$1" "$2"; }
# Runs a command once under /usr/bin/time; prints "TIME s, PEAK MB".
timed() { /usr/bin/time -f "%e %M" -o "$WORK/t" "$@" >/dev/null 2>&1 || true; awk '{printf "%.2f s, %d MB", $1, $2/1024}' "$WORK/t"; }
peak() { /usr/bin/time -f "%M" -o "$WORK/t" "$@" >/dev/null 2>&1 || true; awk '{printf "%d MB", $1/1024}' "$WORK/t"; }
runs() { [ "$1" -ge 1000000 ] && echo 3 || echo 10; }

for N in $SIZES; do
  D=$DATA/scale-$N
  echo "== $N people"
  if [ ! -f "$D.ready" ]; then
    rm -rf "$D"; mkdir -p "$DATA"
    R["demo|$N"]=$(timed env ZGODA_DATA_DIR=$D "$Z" demo --contacts "$N" --seed 7 --quiet)
    ZGODA_DATA_DIR=$D "$Z" compact >/dev/null
    ZGODA_DATA_DIR=$D "$Z" contact list --format json \
      | python3 -c 'import json,sys; [print(c["name"]) for c in json.load(sys.stdin)]' > "$D.names"
    echo "${R["demo|$N"]}" > "$D.demo"
    touch "$D.ready"
  fi
  R["demo|$N"]=$(cat "$D.demo")
  ID=$(ZGODA_DATA_DIR=$D "$Z" contact list --format ids | sed -n "$((N / 2))p")
  n=$(runs "$N")

  hyperfine -N --warmup 2 --runs "$n" --export-json "$WORK/one.json" \
    "$Z --data-dir $D contact show $ID" "$Z --data-dir $D history $ID" "$Z --data-dir $D report $ID" >/dev/null
  R["show|$N"]="$(mean "$WORK/one.json" 0), $(peak "$Z" --data-dir "$D" contact show "$ID")"
  R["history|$N"]="$(mean "$WORK/one.json" 1), $(peak "$Z" --data-dir "$D" history "$ID")"
  R["report|$N"]="$(mean "$WORK/one.json" 2), $(peak "$Z" --data-dir "$D" report "$ID")"

  # One change, whole process, beside a raw append of a record's size with its fsync.
  hyperfine -N --warmup 1 --runs "$n" --export-json "$WORK/change.json" \
    "$Z --data-dir $D consent grant $ID partners --source email" \
    "dd if=/dev/zero of=$WORK/raw bs=400 count=1 oflag=append,dsync conv=notrunc status=none" >/dev/null
  R["change|$N"]="$(mean "$WORK/change.json" 0), $(peak "$Z" --data-dir "$D" consent withdraw "$ID" partners --source email)"
  R["change-peer|$N"]="$(mean "$WORK/change.json" 1)"

  # Through the shell, all three alike (fzf reads its input from a redirection).
  hyperfine --warmup 2 --runs "$n" --export-json "$WORK/search.json" \
    "$Z --data-dir $D contact list --query kow --format ids" \
    "fzf --filter kow < $D.names" "grep -i kow $D.names" >/dev/null
  R["search|$N"]="$(mean "$WORK/search.json" 0), $(peak "$Z" --data-dir "$D" contact list --query kow --format ids)"
  R["search-peer|$N"]="fzf $(mean "$WORK/search.json" 1), grep $(mean "$WORK/search.json" 2)"

  R["everyone|$N"]=$(timed "$Z" --data-dir "$D" contact list --consent email-marketing=granted --format ids)

  hyperfine --warmup 1 --runs "$([ "$N" -ge 1000000 ] && echo 1 || echo 3)" --export-json "$WORK/verify.json" \
    "$Z --data-dir $D verify" "cat $D/journal/* $D/snapshots/* | sha256sum" >/dev/null
  R["verify|$N"]="$(mean "$WORK/verify.json" 0), $(peak "$Z" --data-dir "$D" verify)"
  R["verify-peer|$N"]="$(mean "$WORK/verify.json" 1)"

  python3 Benchmarks/make-people-csv.py "$WORK/people.csv" "$N"
  hyperfine --runs 1 --export-json "$WORK/import.json" --prepare "rm -rf $WORK/imp $WORK/people.db" \
    "ZGODA_DATA_DIR=$WORK/imp $Z import --quiet $WORK/people.csv" \
    "sqlite3 $WORK/people.db '.mode csv' '.import $WORK/people.csv people'" >/dev/null
  rm -rf "$WORK/imp"
  R["import|$N"]="$(mean "$WORK/import.json" 0), $(peak env ZGODA_DATA_DIR="$WORK/imp" "$Z" import --quiet "$WORK/people.csv")"
  R["import-peer|$N"]="$(mean "$WORK/import.json" 1)"
  rm -rf "$WORK/imp" "$WORK/people.db" "$WORK/people.csv"

  # The terminal UI in tmux: until the list shows (from the saved index while everyone is
  # read), until everyone is read, and its peak memory.
  tmux kill-session -t scaling 2>/dev/null || true
  start=$(date +%s%N)
  tmux new-session -d -s scaling -x 160 -y 50 "/usr/bin/time -f %M -o $WORK/tui $Z --data-dir $D; sleep 60"
  wait_for() { for _ in $(seq 1 12000); do tmux capture-pane -p -t scaling | grep -q -- "$1" && return; sleep 0.005; done; }
  wait_for "Contacts ·"; list=$(( ($(date +%s%N) - start) / 1000000 ))
  for _ in $(seq 1 24000); do tmux capture-pane -p -t scaling | grep -q "Reading all" || break; sleep 0.005; done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  tmux send-keys -t scaling q
  for _ in $(seq 1 200); do [ -s "$WORK/tui" ] && break; sleep 0.05; done
  tmux kill-session -t scaling
  R["tui|$N"]="list ${list} ms, everyone ${ready} ms, $(awk '{printf "%d MB", $1/1024}' "$WORK/tui")"
  rm -f "$WORK/tui"
done

row() {
  local label=$1 key=$2
  local line="| $label |"
  for N in $SIZES; do line+=" ${R["$key|$N"]:-} |"; done
  echo "$line"
}
echo
echo -n "| operation |"; for N in $SIZES; do echo -n " $N |"; done; echo
echo -n "|---|"; for N in $SIZES; do echo -n "---|"; done; echo
row "make the data (\`demo\`), time and peak" demo
row "\`contact show ID\`" show
row "\`history ID\`" history
row "\`report ID\`" report
row "one change (\`consent grant\`)" change
row "— peer: raw append of 400 bytes + fsync (\`dd oflag=dsync\`)" change-peer
row "\`contact list --query kow --format ids\`" search
row "— peers: \`fzf --filter kow\`, \`grep -i kow\` over the names" search-peer
row "a command that reads everyone (\`contact list --consent …\`)" everyone
row "\`verify\`" verify
row "— peer: \`sha256sum\` of the journal and snapshots" verify-peer
row "\`import\` of N CSV rows" import
row "— peer: \`sqlite3 .import\` of the same file" import-peer
row "terminal UI: list shown, everyone read, peak" tui
