#!/usr/bin/env bash
# The team database under load: WRITERS processes (default 10), each making CHANGES changes
# (default 1000; added people and consents, each acknowledged after COMMIT) at once against one
# database on loopback, reported as changes per second; then pgbench's TPC-B-like run with as
# many clients on the same server, for scale. See docs/performance.md.
#
#   scripts/team-load.sh [WRITERS [CHANGES]]
#   BUILD=debug scripts/team-load.sh     with the debug build (default: release)
#
# Starts a PostgreSQL cluster of its own (Debian's initdb and pg_ctl, as the postgres user when
# run as root) in a temporary folder, Unix socket only, and removes it at the end. Checks that
# the journal is whole afterwards: gapless sequence numbers, one hash chain (zgoda verify).
set -euo pipefail
writers=${1:-10}
changes=${2:-1000}
config=${BUILD:-release}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x "$pgbin/initdb" ]] || { echo "team-load: PostgreSQL's server is not installed (apt-get install postgresql)" >&2; exit 1; }
[[ -x "$pgbin/pgbench" ]] || { echo "team-load: pgbench is missing (it comes with Debian's postgresql)" >&2; exit 1; }

echo "team-load: building ($config)"
swift build -c "$config" --product zgoda-team-load >/dev/null
swift build -c "$config" --product zgoda >/dev/null
bin=$(swift build -c "$config" --show-bin-path)

tmp=$(mktemp -d /tmp/zgoda-load.XXXXXX)
chmod 755 "$tmp"
as=()
if [[ $(id -u) -eq 0 ]]; then chown postgres "$tmp"; as=(runuser -u postgres --); fi
port=$((20000 + RANDOM % 20000))
cleanup() {
    "${as[@]}" "$pgbin/pg_ctl" -D "$tmp/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$tmp"
}
trap cleanup EXIT
"${as[@]}" "$pgbin/initdb" -D "$tmp/data" -U postgres --auth-local=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as[@]}" sh -c "cat >> '$tmp/data/postgresql.conf'" <<CONF
listen_addresses = ''
port = $port
unix_socket_directories = '$tmp'
max_connections = 60
CONF
"${as[@]}" "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w start >/dev/null
psql=(psql -X -q -A -t -h "$tmp" -p "$port" -U postgres)
"${psql[@]}" -d postgres -c "CREATE DATABASE team" -c "CREATE DATABASE bench"
url="postgres://postgres@/team?host=$tmp&port=$port"
mkdir -p "$tmp/members"

# The first member makes the schema; the others join while the clock runs.
"$bin/zgoda-team-load" --data-dir "$tmp/members/m0" --team "$url" --changes 0 >/dev/null
for i in $(seq 1 "$writers"); do "$bin/zgoda-team-load" --data-dir "$tmp/members/m$i" --team "$url" --changes 0 >/dev/null; done
before=$("${psql[@]}" -d team -c "SELECT count(*) FROM zgoda_journal")
start=$(date +%s.%N)
pids=()
for i in $(seq 1 "$writers"); do
    "$bin/zgoda-team-load" --data-dir "$tmp/members/m$i" --team "$url" --changes "$changes" > "$tmp/w$i.out" &
    pids+=($!)
done
failed=0
for p in "${pids[@]}"; do wait "$p" || failed=1; done
end=$(date +%s.%N)
[[ $failed -eq 0 ]] || { echo "team-load: a writer failed:" >&2; cat "$tmp"/w*.out >&2; exit 1; }
after=$("${psql[@]}" -d team -c "SELECT count(*) FROM zgoda_journal")
gaps=$("${psql[@]}" -d team -c "SELECT count(*) FROM (SELECT seq - lag(seq) OVER (ORDER BY seq) AS d FROM zgoda_journal) t WHERE d <> 1")
total=$((writers * changes))
awk -v w="$writers" -v c="$changes" -v t="$total" -v s="$start" -v e="$end" -v b="$before" -v a="$after" -v g="$gaps" \
    'BEGIN { printf "team-load: %d writers x %d changes = %d changes in %.2f s: %.0f changes/s (journal %d -> %d records, %d gaps)\n", w, c, t, e - s, t / (e - s), b, a, g }'
[[ $((after - before)) -eq $total && $gaps -eq 0 ]] || { echo "team-load: the journal does not hold every change exactly once" >&2; exit 1; }
ZGODA_OPERATOR=load XDG_STATE_HOME="$tmp/state" "$bin/zgoda" --data-dir "$tmp/members/m0" verify | sed 's/^/team-load: verify: /'

"${as[@]}" "$pgbin/pgbench" -h "$tmp" -p "$port" -U postgres -i -s 10 -q bench >/dev/null 2>&1
tps=$("${as[@]}" "$pgbin/pgbench" -h "$tmp" -p "$port" -U postgres -c "$writers" -j 2 -t "$changes" bench 2>/dev/null \
    | sed -nE 's/^tps = ([0-9.]+).*/\1/p' | head -1)
echo "team-load: pgbench (TPC-B-like, scale 10) with $writers clients x $changes transactions: ${tps:-?} tps on the same server"
