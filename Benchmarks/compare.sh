#!/usr/bin/env bash
# Side-by-side measurements for docs/performance.md (SPEC §5).
#
#   Benchmarks/compare.sh [CONTACTS]      default 100000
#
# Builds the release binary, fills a scratch data directory with demo data, then times Zgoda
# against the tools users already know (fzf, grep, a raw append+fsync) with hyperfine in one
# run, so the ratios compare like with like on this machine. Needs hyperfine and fzf
# (apt-get install hyperfine fzf). Everything is written under a temporary directory that is
# removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
command -v hyperfine >/dev/null || { echo "needs hyperfine (apt-get install hyperfine)"; exit 1; }
command -v fzf >/dev/null || { echo "needs fzf (apt-get install fzf)"; exit 1; }

swift build -c release --scratch-path .build-release --product zgoda >/dev/null
Z=$PWD/.build-release/release/zgoda
WORK=$(mktemp -d /tmp/zgoda-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export ZGODA_DATA_DIR=$WORK/data ZGODA_OPERATOR=bench

echo "== demo data: $N contacts"
/usr/bin/time -f "demo: %e s, peak %M KB" "$Z" demo --contacts "$N" --seed 7
"$Z" compact
"$Z" contact list --format json | python3 -c 'import json,sys; [print(c["name"]) for c in json.load(sys.stdin)]' > "$WORK/names.txt"
wc -l < "$WORK/names.txt"

echo "== open + search + print ids vs fzf --filter vs grep -i (query: kow)"
hyperfine -N --warmup 3 --runs 20 --export-markdown "$WORK/search.md" \
  "$Z contact list --query kow --format ids" \
  "fzf --filter kow --no-sort < $WORK/names.txt" \
  "grep -i kow $WORK/names.txt" 2>/dev/null || \
hyperfine --warmup 3 --runs 20 --export-markdown "$WORK/search.md" \
  "$Z contact list --query kow --format ids" \
  "fzf --filter kow --no-sort < $WORK/names.txt" \
  "grep -i kow $WORK/names.txt"
cat "$WORK/search.md"

echo "== peak memory of open + search"
/usr/bin/time -f "contact list --query kow: %e s, peak %M KB" "$Z" contact list --query kow --format ids > /dev/null

echo "== one acknowledged change vs one raw append + fsync"
ID=$("$Z" contact list --format ids | head -1)
cat > "$WORK/append.py" <<'PY'
import os, sys
fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
os.write(fd, b"x" * 300); os.fsync(fd); os.close(fd)
PY
hyperfine --warmup 2 --runs 20 --export-markdown "$WORK/change.md" \
  "$Z consent grant $ID profiling --source phone" \
  "python3 $WORK/append.py $WORK/raw.bin"
cat "$WORK/change.md"

echo "== verify"
hyperfine --warmup 1 --runs 5 "$Z verify"

echo "== anonymise one person"
for id in $("$Z" contact list --format ids | head -5); do
  /usr/bin/time -f "anonymize: %e s" "$Z" anonymize "$id" --yes 2>&1 | tail -1
done
